//! What a process's score workers hold scored but not yet committed.
//!
//! A worker does not wait for a batch's store write before it scores the next one: the write
//! of one batch and the scoring of the next overlap, and the store's writer gets many batches
//! at once to put into one large INSERT. What is held meanwhile — the rows, their partial
//! aggregates and the deliveries — is bounded here, in rows and in bytes, for all workers of
//! the process together (`score.max_in_flight_rows`, `score.max_in_flight_bytes`). A worker
//! takes a new batch only while both are below their limit, or when it holds none itself, so
//! the limits are exceeded by at most one batch per worker and no worker waits forever.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use prometheus_client::metrics::gauge::Gauge;

use crate::store::ScoreRow;

/// The process's count of rows and bytes held between scoring and commit.
#[derive(Debug)]
pub struct InFlight {
    rows: AtomicUsize,
    bytes: AtomicUsize,
    max_rows: usize,
    max_bytes: usize,
    rows_gauge: Gauge,
    bytes_gauge: Gauge,
}

impl InFlight {
    /// Limits in rows and bytes; `rows_gauge` and `bytes_gauge` follow what is held.
    pub fn new(max_rows: usize, max_bytes: usize, rows_gauge: Gauge, bytes_gauge: Gauge) -> Self {
        InFlight {
            rows: AtomicUsize::new(0),
            bytes: AtomicUsize::new(0),
            max_rows,
            max_bytes,
            rows_gauge,
            bytes_gauge,
        }
    }

    /// Whether another batch may be taken: both counts below their limit.
    pub fn has_room(&self) -> bool {
        self.rows.load(Ordering::Relaxed) < self.max_rows
            && self.bytes.load(Ordering::Relaxed) < self.max_bytes
    }

    /// Count `rows` and `bytes` as held until the returned guard is dropped.
    pub fn hold(self: &Arc<Self>, rows: usize, bytes: usize) -> Held {
        let now_rows = self.rows.fetch_add(rows, Ordering::Relaxed) + rows;
        let now_bytes = self.bytes.fetch_add(bytes, Ordering::Relaxed) + bytes;
        self.rows_gauge.set(now_rows as i64);
        self.bytes_gauge.set(now_bytes as i64);
        Held {
            in_flight: self.clone(),
            rows,
            bytes,
        }
    }
}

/// One batch's share of [`InFlight`], given back when dropped (after its acknowledgement).
#[derive(Debug)]
pub struct Held {
    in_flight: Arc<InFlight>,
    rows: usize,
    bytes: usize,
}

impl Drop for Held {
    fn drop(&mut self) {
        let f = &self.in_flight;
        let rows = f.rows.fetch_sub(self.rows, Ordering::Relaxed) - self.rows;
        let bytes = f.bytes.fetch_sub(self.bytes, Ordering::Relaxed) - self.bytes;
        f.rows_gauge.set(rows as i64);
        f.bytes_gauge.set(bytes as i64);
    }
}

/// Heap and inline bytes of `rows`, as held until they are written (a span's columns, shared
/// by its rows, counted once per row: an upper bound).
pub fn rows_bytes(rows: &[ScoreRow]) -> usize {
    let text = |s: &str| s.len();
    let optional = |s: Option<&str>| s.map_or(0, str::len);
    rows.iter()
        .map(|r| {
            size_of::<ScoreRow>()
                + text(&r.time)
                + text(&r.trace_id)
                + text(&r.span_id)
                + text(&r.service)
                + text(&r.operation)
                + text(&r.span_name)
                + text(&r.evaluator)
                + optional(r.agent.as_deref())
                + optional(r.model.as_deref())
                + optional(r.tool.as_deref())
                + optional(r.detail.as_deref())
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_flight(max_rows: usize, max_bytes: usize) -> Arc<InFlight> {
        Arc::new(InFlight::new(
            max_rows,
            max_bytes,
            Gauge::default(),
            Gauge::default(),
        ))
    }

    #[test]
    fn room_ends_at_either_limit_and_comes_back_when_released() {
        let f = in_flight(100, 1000);
        assert!(f.has_room());
        let a = f.hold(60, 10);
        assert!(f.has_room());
        let b = f.hold(40, 10);
        assert!(!f.has_room(), "100 rows held of 100");
        drop(a);
        assert!(f.has_room());
        let c = f.hold(1, 990);
        assert!(!f.has_room(), "1000 bytes held of 1000");
        drop((b, c));
        assert!(f.has_room());
        assert_eq!(f.rows_gauge.get(), 0);
        assert_eq!(f.bytes_gauge.get(), 0);
    }

    #[test]
    fn the_gauges_follow_what_is_held() {
        let f = in_flight(100, 1000);
        let a = f.hold(7, 70);
        let _b = f.hold(3, 30);
        assert_eq!((f.rows_gauge.get(), f.bytes_gauge.get()), (10, 100));
        drop(a);
        assert_eq!((f.rows_gauge.get(), f.bytes_gauge.get()), (3, 30));
    }
}
