//! Per-trace token totals, for the agent span of each trace: an agent invocation consumed the
//! tokens of the LLM spans under it, which end (and usually arrive) before it does.
//!
//! Bounded: at most `max_traces` traces, kept in two generations of up to half that each. When
//! the newer generation is full, the older one is dropped whole and the newer takes its place;
//! traces whose totals no agent span had read by then are counted in [`TraceTokens::dropped`]
//! (traces without an agent span, or whose agent span comes later than `max_traces` other
//! traces). A span is added once however often it is delivered (its id is kept), and at most
//! [`MAX_SPANS_PER_TRACE`] spans of a trace are told apart; further ones are added without
//! that check.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::normalize::{AgentSpan, OperationKind, TokenUsage};

/// LLM spans of one trace whose ids are kept to add each once.
pub(super) const MAX_SPANS_PER_TRACE: usize = 256;

/// What the LLM spans of one trace consumed so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct TraceTotal {
    /// LLM spans counted.
    pub llm_spans: u64,
    /// Their tokens, added up.
    pub usage: TokenUsage,
}

#[derive(Default)]
struct Entry {
    seen: Vec<[u8; 8]>,
    total: TraceTotal,
    read: bool,
}

#[derive(Default)]
struct Generations {
    current: HashMap<[u8; 16], Entry>,
    previous: HashMap<[u8; 16], Entry>,
}

/// Token totals per trace, bounded (see the module doc).
pub(super) struct TraceTokens {
    generation_cap: usize,
    inner: Mutex<Generations>,
    dropped: AtomicU64,
}

impl TraceTokens {
    /// At most `max_traces` traces (at least 2).
    pub(super) fn new(max_traces: usize) -> TraceTokens {
        TraceTokens {
            generation_cap: (max_traces / 2).max(1),
            inner: Mutex::new(Generations::default()),
            dropped: AtomicU64::new(0),
        }
    }

    /// Add the usage of the LLM spans among `spans` to their traces; returns how many traces
    /// no agent span had read were dropped to make room.
    pub(super) fn add_llm_spans(&self, spans: &[AgentSpan]) -> u64 {
        let mut llm = spans
            .iter()
            .filter(|s| s.kind == OperationKind::Llm && s.usage.is_reported())
            .peekable();
        if llm.peek().is_none() {
            return 0;
        }
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        // Rotations happen under the lock: the difference is this call's.
        let before = self.dropped();
        for span in llm {
            let entry = self.entry(&mut g, span.trace_id);
            if entry.seen.contains(&span.span_id) {
                continue;
            }
            if entry.seen.len() < MAX_SPANS_PER_TRACE {
                entry.seen.push(span.span_id);
            }
            let t = &mut entry.total;
            t.llm_spans += 1;
            let add = |a: Option<u64>, b: Option<u64>| match (a, b) {
                (None, None) => None,
                (a, b) => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
            };
            t.usage = TokenUsage {
                input: add(t.usage.input, span.usage.input),
                output: add(t.usage.output, span.usage.output),
                cache_read: add(t.usage.cache_read, span.usage.cache_read),
                cache_write: add(t.usage.cache_write, span.usage.cache_write),
            };
        }
        self.dropped() - before
    }

    /// The total of `trace` so far, if any LLM span of it was added.
    pub(super) fn read(&self, trace: &[u8; 16]) -> Option<TraceTotal> {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let g = &mut *g;
        let entry = g
            .current
            .get_mut(trace)
            .or_else(|| g.previous.get_mut(trace))?;
        entry.read = true;
        Some(entry.total)
    }

    /// Traces dropped before an agent span read them, since start.
    pub(super) fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// The entry of `trace` in the current generation: moved there from the previous one, or
    /// new (dropping the previous generation first when the current one is full).
    fn entry<'g>(&self, g: &'g mut Generations, trace: [u8; 16]) -> &'g mut Entry {
        if !g.current.contains_key(&trace) {
            let moved = g.previous.remove(&trace);
            if g.current.len() >= self.generation_cap {
                let old = std::mem::take(&mut g.current);
                let unread = g.previous.values().filter(|e| !e.read).count() as u64;
                g.previous = old;
                if unread > 0 {
                    let total = self.dropped.fetch_add(unread, Ordering::Relaxed) + unread;
                    // Traces without agent spans are dropped this way all the time: said
                    // once at warn level, then at debug.
                    if total == unread {
                        tracing::warn!(
                            traces = unread,
                            "evaluators.tokens.max_traces reached: token totals of traces no agent span had read were dropped (traces without agent spans, or agent spans arriving late)"
                        );
                    } else {
                        tracing::debug!(traces = unread, total, "trace token totals dropped");
                    }
                }
            }
            g.current.insert(trace, moved.unwrap_or_default());
        }
        g.current.get_mut(&trace).expect("inserted above")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;

    fn llm(trace: u8, span: u8, input: u64, output: u64) -> AgentSpan {
        let mut s = test_span();
        s.kind = OperationKind::Llm;
        s.trace_id = [trace; 16];
        s.span_id = [span; 8];
        s.usage = TokenUsage {
            input: Some(input),
            output: Some(output),
            cache_read: None,
            cache_write: None,
        };
        s
    }

    #[test]
    fn adds_each_llm_span_of_a_trace_once() {
        let t = TraceTokens::new(100);
        let batch = [llm(1, 1, 100, 20), llm(1, 2, 300, 40), llm(2, 1, 5, 5)];
        t.add_llm_spans(&batch);
        // Redelivered: nothing changes.
        t.add_llm_spans(&batch[..2]);
        let total = t.read(&[1; 16]).unwrap();
        assert_eq!(total.llm_spans, 2);
        assert_eq!(total.usage.input, Some(400));
        assert_eq!(total.usage.output, Some(60));
        assert_eq!(total.usage.cache_read, None);
        assert_eq!(t.read(&[3; 16]), None);
        // Spans without usage, and other kinds, are not counted.
        let mut tool = llm(3, 1, 10, 10);
        tool.kind = OperationKind::Tool;
        let mut silent = llm(3, 2, 0, 0);
        silent.usage = TokenUsage::default();
        t.add_llm_spans(&[tool, silent]);
        assert_eq!(t.read(&[3; 16]), None);
    }

    #[test]
    fn memory_is_bounded_and_drops_are_counted() {
        let t = TraceTokens::new(4); // two generations of two traces
        t.add_llm_spans(&[llm(1, 1, 1, 1), llm(2, 1, 1, 1)]);
        assert!(t.read(&[1; 16]).is_some()); // read: not counted when dropped
        t.add_llm_spans(&[llm(3, 1, 1, 1), llm(4, 1, 1, 1)]);
        assert_eq!(t.dropped(), 0);
        // A fifth trace drops the oldest generation (1 read, 2 unread).
        assert_eq!(t.add_llm_spans(&[llm(5, 1, 1, 1)]), 1);
        assert_eq!(t.dropped(), 1);
        assert_eq!(t.read(&[1; 16]), None);
        assert_eq!(t.read(&[2; 16]), None);
        assert!(t.read(&[3; 16]).is_some());
        let g = t.inner.lock().unwrap();
        assert!(g.current.len() + g.previous.len() <= 4);
    }

    #[test]
    fn a_trace_in_the_older_generation_moves_forward_when_it_grows() {
        let t = TraceTokens::new(4);
        t.add_llm_spans(&[llm(1, 1, 10, 1), llm(2, 1, 1, 1)]);
        t.add_llm_spans(&[llm(3, 1, 1, 1)]); // 1 and 2 now in the older generation
        t.add_llm_spans(&[llm(1, 2, 20, 2)]);
        t.add_llm_spans(&[llm(4, 1, 1, 1), llm(5, 1, 1, 1)]);
        assert_eq!(t.read(&[1; 16]).unwrap().usage.input, Some(30));
    }

    #[test]
    fn spans_past_the_kept_ids_are_still_added() {
        let t = TraceTokens::new(10);
        let spans: Vec<AgentSpan> = (0..MAX_SPANS_PER_TRACE + 10)
            .map(|i| {
                let mut s = llm(7, 0, 1, 0);
                s.span_id = (i as u64).to_be_bytes();
                s
            })
            .collect();
        t.add_llm_spans(&spans);
        let total = t.read(&[7; 16]).unwrap();
        assert_eq!(total.llm_spans, (MAX_SPANS_PER_TRACE + 10) as u64);
        assert_eq!(total.usage.input, Some((MAX_SPANS_PER_TRACE + 10) as u64));
    }
}
