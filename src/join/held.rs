//! The content events waiting for their spans: a map by span, an arrival queue for expiry
//! and eviction, and a byte count held under a limit.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use opentelemetry_proto::tonic::common::v1::KeyValue;
use opentelemetry_proto::tonic::trace::v1::span::Event;

use super::events::{SpanContent, SpanKey};

/// Everything held for one span.
#[derive(Debug)]
pub(super) struct ForSpan {
    /// Span attributes to add.
    pub attributes: Vec<KeyValue>,
    /// Span events to add.
    pub events: Vec<Event>,
    /// Content events merged in.
    pub count: u64,
    bytes: usize,
    /// When the first of them arrived: the whole entry expires `event_ttl` after it.
    arrived: Instant,
    /// Its place in the arrival queue (an entry taken and created again gets a new one).
    seq: u64,
}

/// What an insertion dropped to stay under the limit.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Dropped {
    /// Content events dropped (the oldest entries', or the new one when it alone is larger
    /// than the limit).
    pub events: u64,
}

/// The held content events.
#[derive(Debug)]
pub(super) struct Held {
    entries: HashMap<SpanKey, ForSpan>,
    /// (span, seq) in arrival order; an element whose entry is gone or newer is skipped.
    order: VecDeque<(SpanKey, u64)>,
    bytes: usize,
    max_bytes: usize,
    next_seq: u64,
}

impl Held {
    /// Nothing held, at most `max_bytes`.
    pub(super) fn new(max_bytes: usize) -> Held {
        Held {
            entries: HashMap::new(),
            order: VecDeque::new(),
            bytes: 0,
            max_bytes,
            next_seq: 0,
        }
    }

    /// Bytes held.
    pub(super) fn bytes(&self) -> usize {
        self.bytes
    }

    /// True when nothing is held.
    pub(super) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Hold `content` for its span, dropping the oldest entries first when the limit would be
    /// passed; content larger than the whole limit is dropped itself.
    pub(super) fn insert(&mut self, content: SpanContent, now: Instant) -> Dropped {
        let mut dropped = Dropped::default();
        if content.bytes > self.max_bytes {
            dropped.events += 1;
            return dropped;
        }
        while self.bytes + content.bytes > self.max_bytes {
            match self.pop_oldest() {
                Some(entry) => dropped.events += entry.count,
                None => break,
            }
        }
        // Queue elements of entries already taken wait until they reach the front; when they
        // outnumber the live entries, drop them at once (amortized: the queue at least halves).
        if self.order.len() > 2 * self.entries.len() + 1024 {
            let entries = &self.entries;
            self.order
                .retain(|(key, seq)| entries.get(key).is_some_and(|e| e.seq == *seq));
        }
        let entry = match self.entries.entry(content.key) {
            Entry::Occupied(existing) => existing.into_mut(),
            Entry::Vacant(vacant) => {
                let seq = self.next_seq;
                self.next_seq += 1;
                self.order.push_back((content.key, seq));
                vacant.insert(ForSpan {
                    attributes: Vec::new(),
                    events: Vec::new(),
                    count: 0,
                    bytes: 0,
                    arrived: now,
                    seq,
                })
            }
        };
        entry.attributes.extend(content.attributes);
        entry.events.extend(content.events);
        entry.count += 1;
        entry.bytes += content.bytes;
        self.bytes += content.bytes;
        dropped
    }

    /// Take what is held for `key`.
    pub(super) fn take(&mut self, key: &SpanKey) -> Option<ForSpan> {
        let entry = self.entries.remove(key)?;
        self.bytes -= entry.bytes;
        Some(entry)
    }

    /// Drop entries whose first event arrived `ttl` or more before `now`; returns the content
    /// events dropped.
    pub(super) fn expire(&mut self, now: Instant, ttl: Duration) -> u64 {
        let mut expired = 0;
        while let Some((key, seq)) = self.order.front().copied() {
            match self.entries.get(&key) {
                Some(entry) if entry.seq == seq => {
                    if now.saturating_duration_since(entry.arrived) < ttl {
                        break;
                    }
                    expired += self.pop_oldest().map_or(0, |e| e.count);
                }
                // Taken (or taken and held again, queued further back).
                _ => {
                    self.order.pop_front();
                }
            }
        }
        expired
    }

    /// Remove the oldest entry still held.
    fn pop_oldest(&mut self) -> Option<ForSpan> {
        while let Some((key, seq)) = self.order.pop_front() {
            if self.entries.get(&key).is_some_and(|e| e.seq == seq) {
                return self.take(&key);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(span: u8, bytes: usize, output: bool) -> SpanContent {
        SpanContent {
            key: ([1; 16], [span; 8]),
            service: "svc".into(),
            attributes: Vec::new(),
            events: Vec::new(),
            output,
            bytes,
        }
    }

    #[test]
    fn events_of_one_span_merge_and_are_taken_together() {
        let mut held = Held::new(1000);
        let now = Instant::now();
        held.insert(content(1, 100, false), now);
        held.insert(content(1, 100, true), now);
        assert_eq!(held.bytes(), 200);
        let entry = held.take(&([1; 16], [1; 8])).unwrap();
        assert_eq!(entry.count, 2);
        assert_eq!(held.bytes(), 0);
        assert!(held.take(&([1; 16], [1; 8])).is_none());
    }

    #[test]
    fn the_limit_drops_the_oldest_first_and_whatever_alone_is_too_large() {
        let mut held = Held::new(300);
        let now = Instant::now();
        for span in 1..=3 {
            assert_eq!(held.insert(content(span, 100, false), now).events, 0);
        }
        // Room for a fourth only without the first.
        assert_eq!(held.insert(content(4, 100, false), now).events, 1);
        assert!(held.take(&([1; 16], [1; 8])).is_none());
        assert!(held.take(&([1; 16], [2; 8])).is_some());
        assert_eq!(held.insert(content(5, 301, false), now).events, 1);
        assert_eq!(held.bytes(), 200);
    }

    #[test]
    fn entries_expire_in_arrival_order_and_taken_ones_are_skipped() {
        let mut held = Held::new(10_000);
        let start = Instant::now();
        held.insert(content(1, 10, false), start);
        held.insert(content(2, 10, false), start + Duration::from_secs(5));
        held.take(&([1; 16], [1; 8]));
        held.insert(content(1, 10, false), start + Duration::from_secs(6));
        let ttl = Duration::from_secs(10);
        assert_eq!(held.expire(start + Duration::from_secs(14), ttl), 0);
        assert_eq!(held.expire(start + Duration::from_secs(15), ttl), 1);
        assert_eq!(held.expire(start + Duration::from_secs(16), ttl), 1);
        assert!(held.is_empty());
        assert_eq!(held.bytes(), 0);
    }
}
