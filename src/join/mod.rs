//! The join stage: GenAI content that instrumentations send as OTLP log events instead of
//! span attributes (content capture in "event" mode) is joined to its span by (trace id,
//! span id), so the span is scored as if the content had been on it.
//!
//! - Content events are held by span ([`Join::offer`]) for up to `score.join.event_ttl`, in
//!   at most `score.join.max_bytes` (the oldest dropped first); expiries and drops are
//!   counted (`join_events{outcome}`) and logged.
//! - Before a batch is scored, [`Join::attach`] moves what is held for each of its spans onto
//!   the span — message events as the span events the normalizer already reads, the
//!   `gen_ai.client.inference.operation.details` attributes as the span attributes they would
//!   have been — so the same evaluators see the same text.
//! - A GenAI model span with no reply of its own, from a service that sends content events,
//!   waits up to `score.join.span_wait` (from when ingest took it) for its reply event, then
//!   is scored with what came (`join_spans{outcome}`).
//! - Until the first content event arrives, [`Join::attach`] is one atomic load: trace-only
//!   traffic takes the path it always took.
//!
//! Events and spans meet in one score process's memory: on the embedded bus the logs
//! receivers offer events here; on Kafka each score worker reads the logs partitions that
//! match its span partitions (both keyed by trace id) and offers what it reads.

pub mod config;
pub mod events;
mod held;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::trace::v1::Span;
use tokio::sync::Notify;

use self::config::JoinConfig;
use self::events::{SpanContent, SpanKey};
use self::held::Held;
use crate::normalize::{awaits_content, resource_service};
use crate::telemetry::{Metrics, OutcomeLabels};

/// How long a service counts as sending content events after its last one: its model spans
/// without a reply wait for theirs meanwhile.
const SERVICE_MEMORY: Duration = Duration::from_secs(3600);

/// Most services remembered as sending content events (the oldest are forgotten first).
const MAX_SERVICES: usize = 10_000;

/// The join stage, shared by the logs receiver (which offers events) and the score workers
/// (which attach them).
pub struct Join {
    config: JoinConfig,
    held: Mutex<Held>,
    /// Services that sent content events, with when they last did.
    services: Mutex<HashMap<String, Instant>>,
    /// Woken whenever content arrives.
    arrived: Notify,
    /// Set by the first content event: until then, nothing to join.
    active: AtomicBool,
    metrics: Arc<Metrics>,
}

impl Join {
    /// A join stage with nothing held.
    pub fn new(config: &JoinConfig, metrics: Arc<Metrics>) -> Arc<Join> {
        metrics.join_limit_bytes.set(config.max_bytes as i64);
        Arc::new(Join {
            config: config.clone(),
            held: Mutex::new(Held::new(config.max_bytes)),
            services: Mutex::new(HashMap::new()),
            arrived: Notify::new(),
            active: AtomicBool::new(false),
            metrics,
        })
    }

    /// Its settings.
    pub fn config(&self) -> &JoinConfig {
        &self.config
    }

    fn count_events(&self, outcome: &'static str, n: u64) {
        if n > 0 {
            self.metrics
                .join_events
                .get_or_create(&OutcomeLabels { outcome })
                .inc_by(n);
        }
    }

    fn count_spans(&self, outcome: &'static str, n: u64) {
        if n > 0 {
            self.metrics
                .join_spans
                .get_or_create(&OutcomeLabels { outcome })
                .inc_by(n);
        }
    }

    /// Hold content events for their spans and wake the spans waiting for them.
    pub fn offer(&self, content: Vec<SpanContent>) {
        if content.is_empty() {
            return;
        }
        let now = Instant::now();
        self.remember_services(&content, now);
        let offered = content.len() as u64;
        let (dropped, bytes) = {
            let mut held = self.held.lock().expect("join lock");
            let dropped: u64 = content
                .into_iter()
                .map(|c| held.insert(c, now).events)
                .sum();
            (dropped, held.bytes())
        };
        self.metrics.join_held_bytes.set(bytes as i64);
        self.count_events("held", offered);
        if dropped > 0 {
            self.count_events("overflow", dropped);
            tracing::warn!(
                events = dropped,
                max_bytes = self.config.max_bytes,
                "GenAI content events dropped to stay within score.join.max_bytes (oldest first); their spans are scored without them"
            );
        }
        self.active.store(true, Ordering::Release);
        self.arrived.notify_waiters();
    }

    fn remember_services(&self, content: &[SpanContent], now: Instant) {
        let mut services = self.services.lock().expect("join services lock");
        for c in content {
            match services.get_mut(&c.service) {
                Some(seen) => *seen = now,
                None => {
                    if services.len() >= MAX_SERVICES {
                        services.retain(|_, seen| now.duration_since(*seen) < SERVICE_MEMORY);
                    }
                    if services.len() >= MAX_SERVICES {
                        // Still full of recent services: forget the oldest one.
                        if let Some(oldest) = services
                            .iter()
                            .min_by_key(|(_, t)| **t)
                            .map(|(s, _)| s.clone())
                        {
                            services.remove(&oldest);
                        }
                    }
                    services.insert(c.service.clone(), now);
                }
            }
        }
    }

    /// Whether `service` sent content events lately (its spans may wait for theirs).
    fn sends_content(&self, service: &str, now: Instant) -> bool {
        self.services
            .lock()
            .expect("join services lock")
            .get(service)
            .is_some_and(|seen| now.duration_since(*seen) < SERVICE_MEMORY)
    }

    /// Move held content onto the spans of `request`; spans that await a reply wait for it
    /// until `received + span_wait`. Returns at once (one atomic load) while no content event
    /// was ever offered.
    pub async fn attach(&self, request: &mut ExportTraceServiceRequest, received: Instant) {
        if !self.active.load(Ordering::Acquire) {
            return;
        }
        let deadline = received + self.config.span_wait;
        let mut waiting = self.attach_pass(request, None);
        while !waiting.is_empty() {
            let notified = self.arrived.notified();
            tokio::pin!(notified);
            // Registered before looking again: content offered from here on wakes us.
            notified.as_mut().enable();
            waiting = self.attach_pass(request, Some(&waiting));
            if waiting.is_empty() {
                break;
            }
            let now = Instant::now();
            if now >= deadline {
                self.count_spans("wait_expired", waiting.len() as u64);
                tracing::debug!(
                    spans = waiting.len(),
                    span_wait = ?self.config.span_wait,
                    "GenAI spans scored without the reply events they waited for"
                );
                break;
            }
            let _ = tokio::time::timeout(deadline - now, notified).await;
        }
    }

    /// One pass over the spans of `request` (only those in `only`, when given): attach what
    /// is held for them, and return the spans still awaiting their reply. A span that got
    /// content and has its reply counts as `joined`.
    fn attach_pass(
        &self,
        request: &mut ExportTraceServiceRequest,
        only: Option<&HashSet<SpanKey>>,
    ) -> HashSet<SpanKey> {
        let now = Instant::now();
        let mut waiting = HashSet::new();
        let (mut joined, mut joined_spans) = (0u64, 0u64);
        let mut held = self.held.lock().expect("join lock");
        let was_empty = held.is_empty();
        for resource in &mut request.resource_spans {
            let service = resource_service(resource.resource.as_ref()).to_owned();
            let mut sends: Option<bool> = None;
            for scope in &mut resource.scope_spans {
                for span in &mut scope.spans {
                    let Some(key) = key_of(span) else { continue };
                    if only.is_some_and(|only| !only.contains(&key)) {
                        continue;
                    }
                    let mut took = false;
                    if !was_empty && let Some(entry) = held.take(&key) {
                        joined += entry.count;
                        took = true;
                        span.attributes.extend(entry.attributes);
                        span.events.extend(entry.events);
                    }
                    if awaits_content(span)
                        && *sends.get_or_insert_with(|| self.sends_content(&service, now))
                    {
                        waiting.insert(key);
                    } else if took {
                        joined_spans += 1;
                    }
                }
            }
        }
        let bytes = held.bytes();
        drop(held);
        if joined > 0 {
            self.metrics.join_held_bytes.set(bytes as i64);
            self.count_events("joined", joined);
            self.count_spans("joined", joined_spans);
        }
        waiting
    }

    /// Drop content events held longer than `event_ttl` (counted and logged).
    pub fn expire(&self) {
        let (expired, bytes) = {
            let mut held = self.held.lock().expect("join lock");
            (
                held.expire(Instant::now(), self.config.event_ttl),
                held.bytes(),
            )
        };
        self.metrics.join_held_bytes.set(bytes as i64);
        if expired > 0 {
            self.count_events("expired", expired);
            tracing::info!(
                events = expired,
                event_ttl = ?self.config.event_ttl,
                "GenAI content events expired: their span did not arrive within score.join.event_ttl"
            );
        }
    }

    /// Expire held events every so often (a quarter of `event_ttl`, between 50 ms and 1 s)
    /// until the stage is dropped.
    pub async fn run_expiry(join: Weak<Join>) {
        let Some(period) = join.upgrade().map(|j| {
            (j.config.event_ttl / 4).clamp(Duration::from_millis(50), Duration::from_secs(1))
        }) else {
            return;
        };
        let mut tick = tokio::time::interval(period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match join.upgrade() {
                Some(join) => join.expire(),
                None => return,
            }
        }
    }
}

/// A span's (trace id, span id), when both have their lengths (ingest validated them).
fn key_of(span: &Span) -> Option<SpanKey> {
    Some((
        span.trace_id.as_slice().try_into().ok()?,
        span.span_id.as_slice().try_into().ok()?,
    ))
}
