//! [`SeriesBudget`]: a cap on the series a stage holds in partial aggregates it has handed on
//! but that are not merged (or produced) yet.

use std::sync::Arc;

use prometheus_client::metrics::gauge::Gauge;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// A cap on the series held by partial aggregates between the score workers and the detect
/// stage, shared by all workers. Each batch's partials take a [`SeriesLease`] for their series
/// before they are handed on and give it back when dropped — merged by the detect stage
/// (embedded) or produced to the aggregates topic (Kafka) — so however many batches wait in
/// the aggregates log, together they hold at most `max` series. A worker waits for room:
/// the wait pushes back through the span log to the receivers, it loses nothing.
#[derive(Debug, Clone)]
pub struct SeriesBudget {
    permits: Arc<Semaphore>,
    max: u32,
    held: Gauge,
}

impl SeriesBudget {
    /// Room for `max` series (at least 1); `held` shows how many are taken.
    pub fn new(max: usize, held: Gauge) -> SeriesBudget {
        let max = u32::try_from(max).unwrap_or(u32::MAX).max(1);
        SeriesBudget {
            permits: Arc::new(Semaphore::new(max as usize)),
            max,
            held,
        }
    }

    /// Wait until `series` series fit (a larger request takes the whole budget, so it never
    /// waits forever), and hold them until the lease is dropped.
    pub async fn acquire(&self, series: usize) -> SeriesLease {
        let n = u32::try_from(series).unwrap_or(u32::MAX).min(self.max);
        let permit = self
            .permits
            .clone()
            .acquire_many_owned(n)
            .await
            .expect("the budget's semaphore is never closed");
        self.held.inc_by(i64::from(n));
        SeriesLease {
            _permit: permit,
            held: self.held.clone(),
            series: i64::from(n),
        }
    }
}

/// Series held against a [`SeriesBudget`], given back when dropped.
#[derive(Debug)]
pub struct SeriesLease {
    _permit: OwnedSemaphorePermit,
    held: Gauge,
    series: i64,
}

impl Drop for SeriesLease {
    fn drop(&mut self) {
        self.held.dec_by(self.series);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn leases_wait_for_room_and_give_it_back_when_dropped() {
        let budget = SeriesBudget::new(10, Gauge::default());
        let first = budget.acquire(7).await;
        assert_eq!(budget.held.get(), 7);
        let waiting = tokio::time::timeout(std::time::Duration::from_millis(50), budget.acquire(4));
        assert!(waiting.await.is_err(), "4 more do not fit beside 7 of 10");
        drop(first);
        assert_eq!(budget.held.get(), 0);
        let whole = budget.acquire(25).await;
        assert_eq!(
            budget.held.get(),
            10,
            "more than the budget takes all of it"
        );
        drop(whole);
    }
}
