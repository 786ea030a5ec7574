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
//! back-off and jitter, waiting at least what `Retry-After` asks, up to an hour (see
//! [`retry_delay`]: an absurd `Retry-After` must not park a notification for ever, nor
//! overflow); other 4xx are permanent
//! (`failed`, not retried). A notification still failing after `max_elapsed_time` is
//! `expired`, and so is one found older than that when its turn comes (after a long outage).
//! Notifications of one group go out in the order they were decided, so a resolve never
//! overtakes its trigger; other groups do not wait behind a group whose delivery is backing
//! off. `max_per_minute` spaces them.
//!
//! Memory: a worker holds at most its notifier's `max_queued` notifications; the rest wait in
//! the store and are read back oldest first (see [`super::queue`]). A panic in an attempt is
//! caught, logged and counted (`notifications{outcome="panicked"}`) and the notification
//! retried; a worker that ends any other way is restarted by the alert stage.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use std::panic::AssertUnwindSafe;

use futures::FutureExt;
use rand::Rng;
use tokio_util::sync::CancellationToken;

use super::message::Notification;
use super::notifiers::{DeliveryConfig, Notifier, Outcome};
use super::queue::DeliveryQueue;
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

/// The longest `Retry-After` honoured when `max_backoff` is shorter: longer than any real
/// rate limit asks for, short enough that an absurd answer only delays one notification.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);

/// The wait before attempt `attempts + 1`: the back-off, or longer when the receiver's
/// `Retry-After` asks for it — up to [`MAX_RETRY_AFTER`] (or `max_backoff` if longer). A
/// receiver, or a proxy in front of it, answering an absurd `Retry-After`
/// (`18446744073709551615`, a date in the year 9999) delays that notification by an hour at
/// most, and cannot overflow the clock arithmetic.
pub fn retry_delay(
    attempts: i64,
    retry_after: Option<Duration>,
    config: &DeliveryConfig,
) -> Duration {
    let attempt = u32::try_from(attempts).unwrap_or(u32::MAX);
    let cap = MAX_RETRY_AFTER.max(config.max_backoff);
    let asked = retry_after.unwrap_or(Duration::ZERO).min(cap);
    backoff(attempt, config.initial_backoff, config.max_backoff).max(asked)
}

/// `d` in ns for unix-ns arithmetic, saturating instead of wrapping negative.
fn nanos(d: Duration) -> i64 {
    i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)
}

/// What a caught panic said.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_owned()
    }
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

/// How long a worker waits before reading the store again after a refill failed.
const REFILL_RETRY: Duration = Duration::from_secs(5);

/// One notifier's delivery worker.
pub struct DeliveryWorker {
    notifier: Notifier,
    store: Arc<dyn Outbox>,
    metrics: Arc<Metrics>,
    queue: VecDeque<NotificationRow>,
    incoming: Arc<DeliveryQueue>,
    limiter: RateLimiter,
    /// No refill before this (after a failed store read).
    refill_after: tokio::time::Instant,
}

impl DeliveryWorker {
    /// A worker for `notifier`, starting with its `pending` rows from a previous run (oldest
    /// first; those beyond the queue's capacity are read from the store later).
    pub fn new(
        notifier: Notifier,
        pending: Vec<NotificationRow>,
        incoming: Arc<DeliveryQueue>,
        store: Arc<dyn Outbox>,
        metrics: Arc<Metrics>,
    ) -> DeliveryWorker {
        let limiter = RateLimiter::new(notifier.config.delivery().max_per_minute);
        let mine: Vec<NotificationRow> = pending
            .into_iter()
            .filter(|r| r.notifier == notifier.name)
            .collect();
        if !mine.is_empty() {
            tracing::info!(notifier = %notifier.name, pending = mine.len(), "resuming undelivered notifications");
        }
        if mine.len() > incoming.capacity() {
            incoming.fall_behind();
        }
        let queue: VecDeque<NotificationRow> = mine.into_iter().take(incoming.capacity()).collect();
        incoming.set_held(queue.len());
        DeliveryWorker {
            notifier,
            store,
            metrics,
            queue,
            incoming,
            limiter,
            refill_after: tokio::time::Instant::now(),
        }
    }

    fn labels(&self) -> NotifierLabels {
        NotifierLabels {
            notifier: self.notifier.name.clone(),
        }
    }

    /// Take what the dispatcher handed over and, when rows wait in the store and there is
    /// room, read them back.
    async fn fill(&mut self) {
        let taken = self.incoming.take(self.queue.len());
        self.queue.extend(taken);
        let room_for_a_refill = self.queue.len() <= self.incoming.capacity() / 2;
        if room_for_a_refill && tokio::time::Instant::now() >= self.refill_after {
            self.refill().await;
        }
        self.metrics
            .notifications_queued
            .get_or_create(&self.labels())
            .set(self.queue.len() as i64);
    }

    /// Read this notifier's pending rows from the store, oldest first, into the room left.
    async fn refill(&mut self) {
        let Some(ticket) = self.incoming.begin_refill() else {
            return;
        };
        let pending = match self.store.pending_notifications().await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(notifier = %self.notifier.name, error = %e, "reading deferred notifications from the store failed; retrying");
                self.refill_after = tokio::time::Instant::now() + REFILL_RETRY;
                self.incoming.end_refill(ticket, false);
                return;
            }
        };
        let held: std::collections::HashSet<String> =
            self.queue.iter().map(|r| r.id.clone()).collect();
        let mut waiting: Vec<NotificationRow> = pending
            .into_iter()
            .filter(|r| r.notifier == self.notifier.name && !held.contains(&r.id))
            .collect();
        // Oldest first, as decided: a group's resolve never overtakes its trigger.
        waiting.sort_by_key(|r| r.created_ns);
        let room = self.incoming.capacity().saturating_sub(self.queue.len());
        let took_all = waiting.len() <= room;
        self.queue.extend(waiting.into_iter().take(room));
        self.incoming.set_held(self.queue.len());
        self.incoming.end_refill(ticket, took_all);
    }

    /// Wait for something new, a refill retry, `until` (when given), or `stop`; false on stop.
    async fn idle(&self, until: Option<tokio::time::Instant>, stop: &CancellationToken) -> bool {
        let far = tokio::time::Instant::now() + Duration::from_secs(3600);
        let wake = until.unwrap_or(far);
        let room_for_a_refill = self.queue.len() <= self.incoming.capacity() / 2;
        let refill = if self.incoming.is_behind() && room_for_a_refill {
            self.refill_after.max(tokio::time::Instant::now())
        } else {
            far
        };
        tokio::select! {
            _ = stop.cancelled() => false,
            _ = self.incoming.notified() => true,
            _ = tokio::time::sleep_until(wake.min(refill)) => true,
        }
    }

    /// Deliver until `stop` is cancelled.
    pub async fn run(mut self, stop: CancellationToken) {
        loop {
            self.fill().await;
            if self.queue.is_empty() {
                if !self.idle(None, &stop).await {
                    return;
                }
                continue;
            }
            let (ready, wake_ns) = self.next_ready(now_ns());
            let Some(index) = ready else {
                // Everything is backing off: sleep until the first is due, or something new.
                let wait = Duration::from_nanos(wake_ns.saturating_sub(now_ns()).max(0) as u64);
                let until = tokio::time::Instant::now() + wait.min(Duration::from_secs(3600));
                if !self.idle(Some(until), &stop).await {
                    return;
                }
                continue;
            };
            tokio::select! {
                _ = stop.cancelled() => return,
                _ = self.limiter.acquire() => {}
            }
            let row = self.queue[index].clone();
            let done = {
                let attempt = self.guarded_attempt(&row);
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
                    self.incoming.set_held(self.queue.len());
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

    /// One attempt, where a panic (a bug, or input nobody foresaw) is logged, counted as
    /// `panicked` and retried after a back-off instead of ending this notifier's deliveries.
    async fn guarded_attempt(&self, row: &NotificationRow) -> Retry {
        match AssertUnwindSafe(self.attempt(row)).catch_unwind().await {
            Ok(done) => done,
            Err(panic) => {
                let what = panic_message(panic.as_ref());
                tracing::error!(notifier = %self.notifier.name, notification = %row.id, panic = %what, "a delivery attempt panicked; retrying after a back-off");
                self.count("panicked");
                let config = self.notifier.config.delivery();
                let attempts = row.attempts.saturating_add(1);
                let delay = retry_delay(attempts, None, config);
                let mut row = row.clone();
                row.attempts = attempts;
                row.next_attempt_ns = now_ns().saturating_add(nanos(delay));
                self.finish(
                    &row,
                    "pending",
                    Some(format!("attempt panicked: {what}")),
                    None,
                )
                .await;
                Retry::At {
                    attempts,
                    next_ns: row.next_attempt_ns,
                }
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
        let age = Duration::from_nanos(now_ns().saturating_sub(row.created_ns).max(0) as u64);
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
        let attempts = row.attempts.saturating_add(1);
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
                let delay = retry_delay(attempts, retry_after, config);
                if age.saturating_add(delay) > config.max_elapsed_time {
                    tracing::error!(notifier = %name, notification = %row.id, attempts, error = %error, "notification expired: still failing after max_elapsed_time");
                    self.count("expired");
                    self.finish(&row, "expired", Some(error), None).await;
                    return Retry::Finished;
                }
                tracing::warn!(notifier = %name, notification = %row.id, attempts, error = %error, retry_in = %humantime::format_duration(Duration::from_millis(delay.as_millis() as u64)), "notification attempt failed; will retry");
                self.count("retry");
                let next = now_ns().saturating_add(nanos(delay));
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
pub(crate) mod tests {
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

    #[test]
    fn an_absurd_retry_after_is_capped_at_an_hour_or_max_backoff() {
        let config = |max_backoff| DeliveryConfig {
            timeout: Duration::from_secs(1),
            max_per_minute: 60,
            initial_backoff: Duration::from_millis(100),
            max_backoff,
            max_elapsed_time: Duration::from_secs(24 * 3600),
            max_queued: 10,
        };
        let short = config(Duration::from_millis(400));
        let huge = crate::alert::notifiers::parse_retry_after("18446744073709551615");
        assert_eq!(huge, Some(Duration::from_secs(u64::MAX)));
        assert_eq!(retry_delay(1, huge, &short), MAX_RETRY_AFTER);
        let year_9999 = crate::alert::notifiers::parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT");
        assert_eq!(retry_delay(1, year_9999, &short), MAX_RETRY_AFTER);
        // A reasonable Retry-After beyond max_backoff is honoured as asked.
        let two = Some(Duration::from_secs(2));
        assert_eq!(retry_delay(1, two, &short), Duration::from_secs(2));
        // A max_backoff beyond the cap lifts it.
        let long = config(Duration::from_secs(7200));
        assert_eq!(retry_delay(1, huge, &long), Duration::from_secs(7200));
        // Attempt counts from a corrupt row do not overflow either.
        assert!(retry_delay(i64::MAX, None, &short) <= Duration::from_millis(400));
        assert!(retry_delay(-5, None, &short) <= Duration::from_millis(400));
        assert_eq!(nanos(Duration::MAX), i64::MAX);
    }

    /// A pending notification of `group` due at `next_attempt_ns`.
    pub(crate) fn row(id: &str, group: &str, next_attempt_ns: i64) -> NotificationRow {
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
        let metrics = Metrics::new();
        let worker = DeliveryWorker::new(
            Notifier::new("audit", &config).unwrap(),
            vec![row("a1", "a", 500), row("a2", "a", 0), row("b1", "b", 0)],
            DeliveryQueue::new("audit", 10, &metrics),
            store,
            metrics,
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
