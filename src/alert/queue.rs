//! The hand-off from the dispatcher to one notifier's delivery worker, bounded by the
//! notifier's `max_queued`.
//!
//! Every notification is in the store's outbox (`pending`) before it is handed over, so the
//! in-memory queue is only a shortcut: when it is full, the row stays in the store, counted
//! as `notifications{outcome="deferred"}`, and the worker reads the backlog back from the
//! store, oldest first, once it has room. Memory per notifier is then at most `max_queued`
//! notifications however far delivery falls behind, and nothing decided is dropped.
//!
//! Order: once a row was deferred, nothing more is handed over in memory (it would overtake
//! the deferred rows); the worker's refill reads the store, and turns the shortcut back on only
//! when it took every pending row and nothing was deferred while it read.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};

use prometheus_client::metrics::counter::Counter;
use tokio::sync::Notify;

use crate::store::NotificationRow;
use crate::telemetry::{Metrics, NotificationLabels};

/// What became of a row offered to the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handoff {
    /// In memory: the worker takes it next.
    Queued,
    /// Left in the store's outbox (the queue is full or behind): a refill reads it.
    Deferred,
}

/// Proof that a refill began, with the deferral count it began at.
#[derive(Debug)]
pub struct RefillTicket {
    deferred_at_start: u64,
}

#[derive(Debug, Default)]
struct State {
    /// Handed over, not yet taken by the worker.
    rows: VecDeque<NotificationRow>,
    /// Rows the worker holds in its own queue.
    held: usize,
    /// Rows were left in the store: hand nothing over until a refill caught up.
    behind: bool,
    /// Rows ever left in the store; a refill that sees it change while reading may have missed one.
    deferred: u64,
}

/// One notifier's bounded queue; see the module docs.
#[derive(Debug)]
pub struct DeliveryQueue {
    notifier: String,
    capacity: usize,
    state: Mutex<State>,
    wake: Notify,
    deferred: Counter,
}

impl DeliveryQueue {
    /// An empty queue for `notifier` holding at most `capacity` (at least 1) rows in memory.
    pub fn new(notifier: &str, capacity: usize, metrics: &Metrics) -> Arc<DeliveryQueue> {
        let deferred = metrics
            .notifications
            .get_or_create(&NotificationLabels {
                notifier: notifier.to_owned(),
                outcome: "deferred",
            })
            .clone();
        Arc::new(DeliveryQueue {
            notifier: notifier.to_owned(),
            capacity: capacity.max(1),
            state: Mutex::new(State::default()),
            wake: Notify::new(),
            deferred,
        })
    }

    /// Most rows held in memory, handed over and held by the worker together.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // The state is valid after any panic (plain counters and a queue): keep going.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Hand `row` (already in the store's outbox) to the worker, or leave it in the store
    /// when the queue is full or behind.
    pub fn offer(&self, row: NotificationRow) -> Handoff {
        let mut state = self.state();
        if !state.behind && state.rows.len() + state.held < self.capacity {
            state.rows.push_back(row);
            drop(state);
            self.wake.notify_one();
            return Handoff::Queued;
        }
        if !state.behind {
            tracing::warn!(notifier = %self.notifier, max_queued = self.capacity, "delivery queue full: notifications wait in the store outbox until the notifier catches up");
        }
        state.behind = true;
        state.deferred += 1;
        drop(state);
        self.deferred.inc();
        // The worker may be asleep with room to refill.
        self.wake.notify_one();
        Handoff::Deferred
    }

    /// Move every handed-over row to the worker, which then holds `held` plus those.
    pub fn take(&self, held: usize) -> Vec<NotificationRow> {
        let mut state = self.state();
        let rows: Vec<NotificationRow> = state.rows.drain(..).collect();
        state.held = held + rows.len();
        rows
    }

    /// The worker now holds `held` rows.
    pub fn set_held(&self, held: usize) {
        self.state().held = held;
    }

    /// Whether rows wait in the store that the worker has not read.
    pub fn is_behind(&self) -> bool {
        self.state().behind
    }

    /// Mark the queue behind: the worker reads the store before taking anything new (a
    /// resume with more pending rows than fit, a restarted worker).
    pub fn fall_behind(&self) {
        self.state().behind = true;
        self.wake.notify_one();
    }

    /// Start a refill when behind: rows still handed over are dropped (they are in the store,
    /// and the refill reads them in order).
    pub fn begin_refill(&self) -> Option<RefillTicket> {
        let mut state = self.state();
        if !state.behind {
            return None;
        }
        state.rows.clear();
        Some(RefillTicket {
            deferred_at_start: state.deferred,
        })
    }

    /// End a refill that read the store; `took_all`: it took every pending row of this
    /// notifier. The shortcut is back on only if nothing was deferred meanwhile.
    pub fn end_refill(&self, ticket: RefillTicket, took_all: bool) {
        let mut state = self.state();
        if took_all && state.deferred == ticket.deferred_at_start {
            state.behind = false;
        }
    }

    /// Wait until something is handed over or deferred.
    pub async fn notified(&self) {
        self.wake.notified().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pending notification of group `g`.
    fn row(id: &str) -> NotificationRow {
        crate::alert::delivery::tests::row(id, "g", 0)
    }

    #[test]
    fn a_full_queue_defers_and_stays_behind_until_a_refill_takes_everything() {
        let metrics = Metrics::new();
        let q = DeliveryQueue::new("audit", 2, &metrics);
        assert_eq!(q.offer(row("a")), Handoff::Queued);
        assert_eq!(q.take(0).len(), 1);
        assert_eq!(q.offer(row("b")), Handoff::Queued);
        // Held 1 + handed over 1: full.
        assert_eq!(q.offer(row("c")), Handoff::Deferred);
        // Behind: even with room, nothing overtakes the deferred row.
        q.set_held(0);
        assert_eq!(q.offer(row("d")), Handoff::Deferred);
        let counted = metrics
            .notifications
            .get_or_create(&NotificationLabels {
                notifier: "audit".into(),
                outcome: "deferred",
            })
            .get();
        assert_eq!(counted, 2);

        let ticket = q.begin_refill().unwrap();
        assert!(
            q.take(0).is_empty(),
            "handed-over rows are read again from the store"
        );
        q.end_refill(ticket, false);
        assert!(q.is_behind(), "a partial refill stays behind");
        let ticket = q.begin_refill().unwrap();
        q.offer(row("e"));
        q.end_refill(ticket, true);
        assert!(
            q.is_behind(),
            "a row deferred during the read may have been missed"
        );
        let ticket = q.begin_refill().unwrap();
        q.end_refill(ticket, true);
        assert!(!q.is_behind());
        assert!(q.begin_refill().is_none());
        assert_eq!(q.offer(row("f")), Handoff::Queued);
    }
}
