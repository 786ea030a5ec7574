//! Delivery: one worker per notifier drains its share of the outbox in order, with retries.
//!
//! A notification is in the outbox (the store's `notifications` table) before the first
//! attempt, and every attempt's outcome is written back. A restart resumes with whatever is
//! still `pending`, so nothing decided is lost; a crash in the instant between a receiver
//! accepting a notification and the outcome being written means that one notification is sent
//! again — PagerDuty folds it into the same incident by its dedup key, and webhook receivers
//! can drop it by its id.
//!
//! Retries: 408, 429, 5xx, timeouts and connection failures are retried with exponential
//! back-off and jitter, waiting at least what `Retry-After` asks; other 4xx are permanent
//! (`failed`, not retried). A notification still failing after `max_elapsed_time` is
//! `expired`, and so is one found older than that when its turn comes (after a long outage).
//! Notifications of one group go out in the order they were decided, so a resolve never
//! overtakes its trigger; other groups do not wait behind a group whose delivery is backing
//! off. `max_per_minute` spaces them.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::message::Notification;
use super::notifiers::{Notifier, Outcome};
use crate::clock::now_unix_nano;
use crate::store::{NotificationRow, NotificationUpdate, Outbox, format_time};
use crate::telemetry::{Metrics, NotifierLabels};

/// How long an attempt in flight may finish after shutdown was asked for: enough for a
/// receiver that is answering, not for one that hangs.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

/// The delay before attempt `attempt + 1` (after `attempt` failures, from 1): `initial`
/// doubled per failure up to `max`, then jittered into its upper half so that many
/// agentwatch processes do not retry in step.
pub fn backoff(attempt: u32, initial: Duration, max: Duration) -> Duration {
    let exp = initial.saturating_mul(1u32 << attempt.saturating_sub(1).min(20));
    let full = exp.min(max);
    let half = full / 2;
    half + rand::rng().random_range(Duration::ZERO..=half)
}

/// A token bucket: `per_minute` sends a minute, in bursts of at most `per_minute`.
pub struct RateLimiter {
    capacity: f64,
    tokens: f64,
    per_second: f64,
    last: tokio::time::Instant,
}

impl RateLimiter {
    /// A full bucket.
    pub fn new(per_minute: u32) -> RateLimiter {
        let capacity = f64::from(per_minute.max(1));
        RateLimiter {
            capacity,
            tokens: capacity,
            per_second: capacity / 60.0,
            last: tokio::time::Instant::now(),
        }
    }

    /// Take one token, waiting for it if the bucket is empty.
    pub async fn acquire(&mut self) {
        loop {
            let now = tokio::time::Instant::now();
            let elapsed = now.duration_since(self.last).as_secs_f64();
            self.tokens = (self.tokens + elapsed * self.per_second).min(self.capacity);
            self.last = now;
            if self.tokens >= 1.0 {
                self.tokens -= 1.0;
                return;
            }
            let wait = (1.0 - self.tokens) / self.per_second;
            tokio::time::sleep(Duration::from_secs_f64(wait)).await;
        }
    }
}

fn now_ns() -> i64 {
    now_unix_nano() as i64
}

/// Write an outcome back, retrying while the store is busy; a failure here only means the
/// row is retried after a restart.
async fn record(store: &dyn Outbox, update: NotificationUpdate) {
    let mut wait = Duration::from_millis(50);
    for _ in 0..8 {
        match store.update_notification(update.clone()).await {
            Ok(()) => return,
            Err(e) if e.is_retryable() => {
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(2));
            }
            Err(e) => {
                tracing::error!(error = %e, notification = %update.id, "recording a delivery outcome failed");
                return;
            }
        }
    }
    tracing::error!(notification = %update.id, "recording a delivery outcome failed: store busy");
}

/// What is left to do with the head of the queue after an attempt.
enum Retry {
    /// Delivered, failed or expired: take the next one.
    Finished,
    /// Try again at `next_ns`.
    At {
        /// Attempts made so far.
        attempts: i64,
        /// Unix ns.
        next_ns: i64,
    },
}

/// One notifier's delivery worker.
pub struct DeliveryWorker {
    notifier: Notifier,
    store: Arc<dyn Outbox>,
    metrics: Arc<Metrics>,
    queue: VecDeque<NotificationRow>,
    incoming: mpsc::UnboundedReceiver<NotificationRow>,
    limiter: RateLimiter,
}

impl DeliveryWorker {
    /// A worker for `notifier`, starting with its `pending` rows from a previous run.
    pub fn new(
        notifier: Notifier,
        pending: Vec<NotificationRow>,
        incoming: mpsc::UnboundedReceiver<NotificationRow>,
        store: Arc<dyn Outbox>,
        metrics: Arc<Metrics>,
    ) -> DeliveryWorker {
        let limiter = RateLimiter::new(notifier.config.delivery().max_per_minute);
        let queue: VecDeque<NotificationRow> = pending
            .into_iter()
            .filter(|r| r.notifier == notifier.name)
            .collect();
        if !queue.is_empty() {
            tracing::info!(notifier = %notifier.name, pending = queue.len(), "resuming undelivered notifications");
        }
        DeliveryWorker {
            notifier,
            store,
            metrics,
            queue,
            incoming,
            limiter,
        }
    }

    fn labels(&self) -> NotifierLabels {
        NotifierLabels {
            notifier: self.notifier.name.clone(),
        }
    }

    /// Deliver until `stop` is cancelled (or the dispatcher is gone and the queue is empty).
    pub async fn run(mut self, stop: CancellationToken) {
        let mut open = true;
        loop {
            while let Ok(row) = self.incoming.try_recv() {
                self.queue.push_back(row);
            }
            self.metrics
                .notifications_queued
                .get_or_create(&self.labels())
                .set(self.queue.len() as i64);
            if self.queue.is_empty() {
                if !open {
                    return;
                }
                tokio::select! {
                    _ = stop.cancelled() => return,
                    row = self.incoming.recv() => match row {
                        Some(row) => self.queue.push_back(row),
                        None => open = false,
                    },
                }
                continue;
            }
            let (ready, wake_ns) = self.next_ready(now_ns());
            let Some(index) = ready else {
                // Everything is backing off: sleep until the first is due, or something new.
                let wait = Duration::from_nanos((wake_ns - now_ns()).max(0) as u64);
                tokio::select! {
                    _ = stop.cancelled() => return,
                    _ = tokio::time::sleep(wait) => {}
                    row = self.incoming.recv(), if open => match row {
                        Some(row) => self.queue.push_back(row),
                        None => open = false,
                    },
                }
                continue;
            };
            tokio::select! {
                _ = stop.cancelled() => return,
                _ = self.limiter.acquire() => {}
            }
            let row = self.queue[index].clone();
            let done = {
                let attempt = self.attempt(&row);
                tokio::pin!(attempt);
                tokio::select! {
                    done = &mut attempt => done,
                    _ = stop.cancelled() => {
                        match tokio::time::timeout(SHUTDOWN_GRACE, &mut attempt).await {
                            Ok(done) => done,
                            // Left pending: the next start sends it again.
                            Err(_) => return,
                        }
                    }
                }
            };
            match done {
                Retry::Finished => {
                    self.queue.remove(index);
                }
                Retry::At { attempts, next_ns } => {
                    let row = &mut self.queue[index];
                    row.attempts = attempts;
                    row.next_attempt_ns = next_ns;
                }
            }
            if stop.is_cancelled() {
                return;
            }
        }
    }

    /// The queue index of the oldest notification that may be sent now, and otherwise when
    /// the first becomes due. Order is kept per group (a resolve never overtakes its
    /// trigger), not across groups: one group's receiver trouble does not hold up the others.
    fn next_ready(&self, now: i64) -> (Option<usize>, i64) {
        let mut seen = std::collections::HashSet::new();
        let mut wake = i64::MAX;
        for (i, row) in self.queue.iter().enumerate() {
            if !seen.insert(row.group_key.as_str()) {
                continue; // an older notification of this group goes first
            }
            if row.next_attempt_ns <= now {
                return (Some(i), now);
            }
            wake = wake.min(row.next_attempt_ns);
        }
        (None, wake)
    }

    /// One attempt at the head of the queue.
    async fn attempt(&self, row: &NotificationRow) -> Retry {
        let labels = self.labels();
        let name = self.notifier.name.clone();
        let Ok(notification) = serde_json::from_str::<Notification>(&row.body) else {
            tracing::error!(notifier = %name, notification = %row.id, "outbox body is not a notification; dropping it");
            self.finish(
                row,
                "failed",
                Some("stored body is not a notification".into()),
                None,
            )
            .await;
            return Retry::Finished;
        };
        let config = self.notifier.config.delivery();
        let age = Duration::from_nanos((now_ns() - row.created_ns).max(0) as u64);
        if age > config.max_elapsed_time {
            // Decided long ago (agentwatch was down): too old to page anyone with.
            tracing::error!(notifier = %name, notification = %row.id, age = %humantime::format_duration(Duration::from_secs(age.as_secs())), "notification expired before it could be sent");
            self.count("expired");
            self.finish(
                row,
                "expired",
                Some("older than max_elapsed_time when its turn came".into()),
                None,
            )
            .await;
            return Retry::Finished;
        }
        let attempts = row.attempts + 1;
        let started = std::time::Instant::now();
        let outcome = self.notifier.send(&notification, &row.body).await;
        self.metrics
            .notification_seconds
            .get_or_create(&labels)
            .observe(started.elapsed().as_secs_f64());
        let mut row = row.clone();
        row.attempts = attempts;
        match outcome {
            Outcome::Delivered(status) => {
                tracing::info!(notifier = %name, notification = %row.id, status = notification.status.as_str(), group = %row.group_key, http = status, attempts, "notification delivered");
                self.count("delivered");
                self.finish(&row, "delivered", None, Some(format_time(now_ns() as u64)))
                    .await;
                Retry::Finished
            }
            Outcome::Permanent { error } => {
                tracing::error!(notifier = %name, notification = %row.id, group = %row.group_key, attempts, error = %error, "notification refused permanently; not retrying");
                self.count("failed");
                self.finish(&row, "failed", Some(error), None).await;
                Retry::Finished
            }
            Outcome::Retry { error, retry_after } => {
                let delay = backoff(attempts as u32, config.initial_backoff, config.max_backoff)
                    .max(retry_after.unwrap_or(Duration::ZERO));
                if age + delay > config.max_elapsed_time {
                    tracing::error!(notifier = %name, notification = %row.id, attempts, error = %error, "notification expired: still failing after max_elapsed_time");
                    self.count("expired");
                    self.finish(&row, "expired", Some(error), None).await;
                    return Retry::Finished;
                }
                tracing::warn!(notifier = %name, notification = %row.id, attempts, error = %error, retry_in = %humantime::format_duration(Duration::from_millis(delay.as_millis() as u64)), "notification attempt failed; will retry");
                self.count("retry");
                let next = now_ns() + delay.as_nanos() as i64;
                row.next_attempt_ns = next;
                self.finish(&row, "pending", Some(error), None).await;
                Retry::At {
                    attempts,
                    next_ns: next,
                }
            }
        }
    }

    fn count(&self, outcome: &'static str) {
        self.metrics
            .notifications
            .get_or_create(&crate::telemetry::NotificationLabels {
                notifier: self.notifier.name.clone(),
                outcome,
            })
            .inc();
    }

    /// Write the outcome of `row`'s latest attempt (its `attempts` and `next_attempt_ns`).
    async fn finish(
        &self,
        row: &NotificationRow,
        delivery: &str,
        error: Option<String>,
        delivered_at: Option<String>,
    ) {
        record(
            self.store.as_ref(),
            NotificationUpdate {
                id: row.id.clone(),
                notifier: row.notifier.clone(),
                covers: row.covers.clone(),
                delivery: delivery.into(),
                attempts: row.attempts,
                last_error: error,
                next_attempt_ns: row.next_attempt_ns,
                delivered_at,
            },
        )
        .await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_within_jitter_and_caps() {
        let (initial, max) = (Duration::from_secs(1), Duration::from_secs(30));
        for _ in 0..200 {
            let first = backoff(1, initial, max);
            assert!(
                first >= Duration::from_millis(500) && first <= initial,
                "{first:?}"
            );
            let third = backoff(3, initial, max);
            assert!(
                third >= Duration::from_secs(2) && third <= Duration::from_secs(4),
                "{third:?}"
            );
            let late = backoff(40, initial, max);
            assert!(late >= Duration::from_secs(15) && late <= max, "{late:?}");
        }
    }

    fn row(id: &str, group: &str, next_attempt_ns: i64) -> NotificationRow {
        NotificationRow {
            id: id.into(),
            notifier: "audit".into(),
            route: "r".into(),
            group_key: group.into(),
            status: "firing".into(),
            firing: "[]".into(),
            covers: "[]".into(),
            body: "{}".into(),
            created_at: String::new(),
            created_ns: 0,
            delivery: "pending".into(),
            attempts: 0,
            last_error: None,
            next_attempt_ns,
            delivered_at: None,
        }
    }

    #[tokio::test]
    async fn a_group_backing_off_holds_up_only_its_own_later_notifications() {
        let config: crate::alert::config::NotifierConfig =
            serde_yaml::from_str("kind: webhook\nurl: http://127.0.0.1:9/hook\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let store: Arc<dyn Outbox> = Arc::new(
            crate::store::SqliteStore::open(&dir.path().join("s.db"), 10, Metrics::new()).unwrap(),
        );
        let (_tx, rx) = mpsc::unbounded_channel();
        let worker = DeliveryWorker::new(
            Notifier::new("audit", &config).unwrap(),
            vec![row("a1", "a", 500), row("a2", "a", 0), row("b1", "b", 0)],
            rx,
            store,
            Metrics::new(),
        );
        // a1 backs off until 500: a2 waits behind it, b1 goes.
        assert_eq!(worker.next_ready(100), (Some(2), 100));
        let mut worker = worker;
        worker.queue.remove(2);
        // Only group a left, its head backing off: wake at 500.
        assert_eq!(worker.next_ready(100), (None, 500));
        assert_eq!(worker.next_ready(500), (Some(0), 500));
    }

    #[tokio::test(start_paused = true)]
    async fn rate_limiter_spaces_sends_after_the_burst() {
        let mut limiter = RateLimiter::new(6); // one every 10 s after a burst of 6
        let start = tokio::time::Instant::now();
        for _ in 0..6 {
            limiter.acquire().await;
        }
        assert!(start.elapsed() < Duration::from_millis(1));
        limiter.acquire().await;
        let waited = start.elapsed();
        assert!(
            waited >= Duration::from_secs(10) && waited < Duration::from_secs(11),
            "{waited:?}"
        );
    }
}
