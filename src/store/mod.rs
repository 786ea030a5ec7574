//! The store interface: where scores, windows, alerts and the notification outbox are written
//! and queried.
//!
//! Stages talk to a `dyn Store`, never to a database directly; the pipeline file picks the
//! implementation. Writes are idempotent: writing the same (trace, span, evaluator) twice leaves
//! one row, so redelivery after a crash never doubles a score.

mod clickhouse;
pub mod config;
mod sqlite;

use std::sync::Arc;
use std::time::SystemTime;

use async_trait::async_trait;
use serde::Serialize;

use self::config::StoreConfig;
use crate::eval::Score;
use crate::normalize::AgentSpan;
use crate::telemetry::Metrics;

pub use self::clickhouse::{ClickhouseStore, Flavor, schema_statements as clickhouse_schema};
pub use sqlite::SqliteStore;

/// One row of the `scores` table: one span × one evaluator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreRow {
    /// Span start, RFC 3339 UTC with microseconds (`2026-11-25T17:36:44.123456Z`).
    pub time: String,
    /// Lower-case hex trace id.
    pub trace_id: String,
    /// Lower-case hex span id.
    pub span_id: String,
    /// `service.name`.
    pub service: String,
    /// Agent name, if the span carried one.
    pub agent: Option<String>,
    /// Operation kind: llm, tool, agent, retrieval, other.
    pub operation: String,
    /// The span's name.
    pub span_name: String,
    /// Model, if any.
    pub model: Option<String>,
    /// Tool name, if any.
    pub tool: Option<String>,
    /// Evaluator name.
    pub evaluator: String,
    /// Measured value (see each evaluator); None when unscoreable.
    pub value: Option<f64>,
    /// `ok`, `fail`, `slow`, `unscoreable`.
    pub label: String,
    /// Masked evidence as JSON text.
    pub detail: Option<String>,
    /// Span end, Unix ns. SQLite keys its rows by it (rows arrive in end order); ClickHouse
    /// does not keep it, so rows read from there have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_ns: Option<i64>,
}

impl ScoreRow {
    /// The row for one evaluator's score of one span.
    pub fn new(span: &AgentSpan, score: Score) -> ScoreRow {
        ScoreRow {
            time: format_time(span.start_unix_nano),
            trace_id: span.trace_id_hex(),
            span_id: span.span_id_hex(),
            service: span.service.clone(),
            agent: span.agent.clone(),
            operation: span.kind.as_str().to_owned(),
            span_name: span.name.clone(),
            model: span.model.clone(),
            tool: span.tool.clone(),
            evaluator: score.evaluator.to_owned(),
            value: score.value,
            label: score.label.as_str().to_owned(),
            detail: score.detail.map(|d| d.to_string()),
            end_ns: Some(i64::try_from(span.end_unix_nano).unwrap_or(i64::MAX)),
        }
    }

    /// The row for another score of the same span: the span's columns copied from this one.
    pub fn for_score(&self, score: Score) -> ScoreRow {
        ScoreRow {
            time: self.time.clone(),
            trace_id: self.trace_id.clone(),
            span_id: self.span_id.clone(),
            service: self.service.clone(),
            agent: self.agent.clone(),
            operation: self.operation.clone(),
            span_name: self.span_name.clone(),
            model: self.model.clone(),
            tool: self.tool.clone(),
            evaluator: score.evaluator.to_owned(),
            value: score.value,
            label: score.label.as_str().to_owned(),
            detail: score.detail.map(|d| d.to_string()),
            end_ns: self.end_ns,
        }
    }
}

/// Unix nanoseconds → RFC 3339 UTC with microseconds; fixed width, so text order is time order.
pub fn format_time(unix_nano: u64) -> String {
    let t = SystemTime::UNIX_EPOCH + std::time::Duration::from_nanos(unix_nano);
    humantime::format_rfc3339_micros(t).to_string()
}

/// RFC 3339 (as the store's rows and the CLI's time filters carry it) → Unix ns.
pub(crate) fn parse_ns(text: &str, what: &str) -> Result<i64, StoreError> {
    let t = humantime::parse_rfc3339_weak(text).map_err(|e| StoreError::Write {
        reason: format!("{what} '{text}' is not an RFC 3339 time: {e}"),
        retryable: false,
    })?;
    let ns = t
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(i64::try_from(ns).unwrap_or(i64::MAX))
}

/// Wall-clock Unix ns, strictly increasing within the process: for orderings and row
/// versions that must not go backwards when the clock is stepped back.
pub fn monotonic_unix_nano() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static LAST: AtomicU64 = AtomicU64::new(0);
    let wall = crate::clock::now_unix_nano();
    let mut last = LAST.load(Ordering::Relaxed);
    loop {
        let next = wall.max(last + 1);
        match LAST.compare_exchange_weak(last, next, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return next,
            Err(seen) => last = seen,
        }
    }
}

/// One row of the `windows` table: one closed window of one series, judged by one rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WindowRow {
    /// `service.name`.
    pub service: String,
    /// Agent name, empty when none.
    pub agent: String,
    /// Metric (`refusal_rate`, `latency_p95`, ...).
    pub metric: String,
    /// Tool, operation/model, or empty.
    pub dimension: String,
    /// Window start, RFC 3339.
    pub window_start: String,
    /// Window end, RFC 3339.
    pub window_end: String,
    /// Window start, Unix ns (for rebuilding baselines).
    pub window_start_ns: i64,
    /// Rule name; empty when no rule judges this series.
    pub rule: String,
    /// Spans in the window.
    pub n: i64,
    /// The window's own value.
    pub value: Option<f64>,
    /// The value the rule judged: the window's, or the pooled quiet windows' when
    /// `pooled_windows` > 1.
    pub judged_value: Option<f64>,
    /// Baseline mean (anomaly rules).
    pub baseline_mean: Option<f64>,
    /// σ used after flooring (anomaly rules).
    pub baseline_sigma: Option<f64>,
    /// z score (anomaly rules).
    pub z: Option<f64>,
    /// ok, breach, insufficient_data, warming_up, none.
    pub verdict: String,
    /// Rule state after this window: inactive, pending, firing, resolved.
    pub state: String,
    /// Windows judged together (1 unless quiet windows were pooled).
    pub pooled_windows: i64,
    /// Whether this window's value joined the baseline.
    pub in_baseline: bool,
    /// Trace ids of spans that show the problem (JSON array).
    pub exemplars: String,
}

/// One row of the `alerts` table: a (rule, series) changing state.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlertRow {
    /// Stable id of the (rule, series) pair: the same for its trigger and its resolve.
    pub dedup_key: String,
    /// Rule name.
    pub rule: String,
    /// critical, warning, info.
    pub severity: String,
    /// `service.name`.
    pub service: String,
    /// Agent, empty when none.
    pub agent: String,
    /// Metric.
    pub metric: String,
    /// Tool, operation/model, or empty.
    pub dimension: String,
    /// The state entered: pending, firing, resolved, inactive (a pending alert that cleared).
    pub state: String,
    /// The state left.
    pub previous_state: String,
    /// Start of the window that caused the transition, RFC 3339.
    pub window_start: String,
    /// Its start, Unix ns.
    pub window_start_ns: i64,
    /// End of that window: when the transition happened in event time, RFC 3339.
    pub at: String,
    /// The judged value.
    pub value: Option<f64>,
    /// Baseline mean (anomaly rules).
    pub baseline_mean: Option<f64>,
    /// z (anomaly rules).
    pub z: Option<f64>,
    /// σ used after flooring (anomaly rules).
    pub baseline_sigma: Option<f64>,
    /// Trace ids that show the problem (JSON array).
    pub exemplars: String,
    /// Delivery status of this transition per notifier, a JSON object
    /// (`{"oncall":"delivered","team-slack":"pending"}`); `{}` when no notification covers it.
    /// Filled by the outbox; ignored when writing transitions.
    pub delivery: String,
}

impl AlertRow {
    /// This transition's key in the alerts table.
    pub fn alert_ref(&self) -> AlertRef {
        AlertRef {
            dedup_key: self.dedup_key.clone(),
            window_start_ns: self.window_start_ns,
            state: self.state.clone(),
        }
    }
}

/// A transition a notification reports: the alerts-table key of one [`AlertRow`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct AlertRef {
    /// [`AlertRow::dedup_key`].
    pub dedup_key: String,
    /// [`AlertRow::window_start_ns`].
    pub window_start_ns: i64,
    /// [`AlertRow::state`].
    pub state: String,
}

/// One row of the `notifications` table — the durable outbox: one notification for one
/// notifier, written before it is sent and updated as delivery goes on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NotificationRow {
    /// Unique id (also sent to webhooks, so receivers can drop a redelivery).
    pub id: String,
    /// Notifier name.
    pub notifier: String,
    /// Route name.
    pub route: String,
    /// The group this notification is about (PagerDuty's dedup_key).
    pub group_key: String,
    /// `firing` or `resolved`: the group's status in this notification.
    pub status: String,
    /// Dedup keys announced as firing (JSON array): what the notifier now believes.
    pub firing: String,
    /// Transitions reported (JSON array of [`AlertRef`]).
    pub covers: String,
    /// The notification (agentwatch's webhook JSON); notifiers render from it when sending.
    pub body: String,
    /// When it was decided, RFC 3339.
    pub created_at: String,
    /// When it was decided, Unix ns.
    pub created_ns: i64,
    /// pending, delivered, failed (permanent error), expired (gave up retrying), skipped
    /// (recorded, not sent: a resolve with `send_resolved: false`).
    pub delivery: String,
    /// Attempts made.
    pub attempts: i64,
    /// The last error, if any (never holds a secret).
    pub last_error: Option<String>,
    /// Not before this (Unix ns): back-off and `Retry-After`.
    pub next_attempt_ns: i64,
    /// When it was delivered, RFC 3339.
    pub delivered_at: Option<String>,
}

/// A delivery attempt's outcome, to write back to the outbox.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationUpdate {
    /// [`NotificationRow::id`].
    pub id: String,
    /// [`NotificationRow::notifier`].
    pub notifier: String,
    /// [`NotificationRow::covers`], so the alerts rows get the status too.
    pub covers: String,
    /// New delivery status.
    pub delivery: String,
    /// Attempts made so far.
    pub attempts: i64,
    /// The last error.
    pub last_error: Option<String>,
    /// Next attempt not before (Unix ns).
    pub next_attempt_ns: i64,
    /// Delivery time, RFC 3339.
    pub delivered_at: Option<String>,
}

/// Filters for reading the outbox.
#[derive(Debug, Clone, Default)]
pub struct NotificationQuery {
    /// Only this notifier.
    pub notifier: Option<String>,
    /// Only this delivery status.
    pub delivery: Option<String>,
    /// At most this many, newest first.
    pub limit: usize,
}

/// Filters for reading alerts back.
#[derive(Debug, Clone, Default)]
pub struct AlertQuery {
    /// Only transitions into this state.
    pub state: Option<String>,
    /// Only this service.
    pub service: Option<String>,
    /// Only this rule.
    pub rule: Option<String>,
    /// Transitions at or after (RFC 3339).
    pub since: Option<String>,
    /// Only (rule, series) pairs whose latest transition is pending or firing.
    pub active: bool,
    /// Only the latest transition of each (rule, series) pair.
    pub latest: bool,
    /// At most this many, newest first.
    pub limit: usize,
}

/// Filters for reading windows back.
#[derive(Debug, Clone, Default)]
pub struct WindowQuery {
    /// Only this service.
    pub service: Option<String>,
    /// Only this metric.
    pub metric: Option<String>,
    /// Only this verdict.
    pub verdict: Option<String>,
    /// Only this rule.
    pub rule: Option<String>,
    /// Windows starting at or after (RFC 3339).
    pub since: Option<String>,
    /// Windows starting before (RFC 3339).
    pub until: Option<String>,
    /// At most this many, newest first.
    pub limit: usize,
}

/// Filters for reading scores back; every field is optional.
#[derive(Debug, Clone, Default)]
pub struct ScoreQuery {
    /// Only this service.
    pub service: Option<String>,
    /// Only this evaluator.
    pub evaluator: Option<String>,
    /// Only this label.
    pub label: Option<String>,
    /// Only this trace (hex).
    pub trace_id: Option<String>,
    /// Spans starting at or after this time (RFC 3339, as stored).
    pub since: Option<String>,
    /// Spans starting before this time.
    pub until: Option<String>,
    /// At most this many rows, newest first.
    pub limit: usize,
}

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database refused or failed the operation.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The store could not be opened.
    #[error("cannot open store at {path}: {reason}")]
    Open {
        /// Where.
        path: String,
        /// Why.
        reason: String,
    },
    /// A batch write failed; every write in that batch gets this error.
    #[error("write failed: {reason}")]
    Write {
        /// The database's message.
        reason: String,
        /// Whether retrying later may succeed.
        retryable: bool,
    },
    /// The store was closed (shutting down).
    #[error("store is closed")]
    Closed,
}

impl StoreError {
    /// True when retrying later may succeed (a busy or unreachable database).
    pub fn is_retryable(&self) -> bool {
        match self {
            // A busy, locked, full or failing disk may clear: retry, and push back meanwhile.
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.code,
                rusqlite::ErrorCode::DatabaseBusy
                    | rusqlite::ErrorCode::DatabaseLocked
                    | rusqlite::ErrorCode::DiskFull
                    | rusqlite::ErrorCode::SystemIoFailure
                    | rusqlite::ErrorCode::ReadOnly
                    | rusqlite::ErrorCode::CannotOpen
                    | rusqlite::ErrorCode::OutOfMemory
            ),
            StoreError::Write { retryable, .. } => *retryable,
            StoreError::Closed => true,
            _ => false,
        }
    }
}

/// Where scores are written and read.
#[async_trait]
pub trait Store: Send + Sync {
    /// Write rows idempotently; when this returns Ok they are durable. Shared, so that a
    /// retry after a failed write costs no copy of the batch.
    async fn write_scores(&self, rows: Arc<Vec<ScoreRow>>) -> Result<(), StoreError>;
    /// Read rows back, newest first.
    async fn query_scores(&self, query: &ScoreQuery) -> Result<Vec<ScoreRow>, StoreError>;
    /// Write closed windows and the alert transitions they caused, idempotently, in one
    /// transaction.
    async fn write_windows(
        &self,
        rows: Vec<WindowRow>,
        alerts: Vec<AlertRow>,
    ) -> Result<(), StoreError>;
    /// Read alert transitions back, newest first.
    async fn query_alerts(&self, query: &AlertQuery) -> Result<Vec<AlertRow>, StoreError>;
    /// Read windows back, newest first.
    async fn query_windows(&self, query: &WindowQuery) -> Result<Vec<WindowRow>, StoreError>;
    /// Every window starting at or after `since_ns`, oldest first (to rebuild baselines).
    async fn windows_since(&self, since_ns: i64) -> Result<Vec<WindowRow>, StoreError>;
    /// Start (Unix ns) of the newest stored window, if any.
    async fn latest_window_start(&self) -> Result<Option<i64>, StoreError>;
    /// Put notifications in the outbox (idempotent on id) and mark the transitions they cover.
    async fn enqueue_notifications(&self, rows: Vec<NotificationRow>) -> Result<(), StoreError>;
    /// Record a delivery attempt's outcome, on the outbox row and the transitions it covers.
    async fn update_notification(&self, update: NotificationUpdate) -> Result<(), StoreError>;
    /// Notifications still to deliver, oldest first.
    async fn pending_notifications(&self) -> Result<Vec<NotificationRow>, StoreError>;
    /// The newest notification of each (notifier, route, group) that was not refused or
    /// given up (`failed`, `expired`): what each notifier was last told, to rebuild alert
    /// grouping after a restart.
    async fn notification_log(&self) -> Result<Vec<NotificationRow>, StoreError>;
    /// Read the outbox, newest first.
    async fn query_notifications(
        &self,
        query: &NotificationQuery,
    ) -> Result<Vec<NotificationRow>, StoreError>;
    /// Flush and stop accepting writes.
    async fn close(&self) -> Result<(), StoreError>;
}

/// Open the store for a command that only reads it (no background maintenance).
pub async fn open_reader(config: &StoreConfig) -> Result<Arc<dyn Store>, StoreError> {
    match config {
        StoreConfig::Clickhouse(config) => {
            Ok(Arc::new(ClickhouseStore::open_reader(config).await?))
        }
        StoreConfig::Sqlite { .. } => open(config, Metrics::new()).await,
    }
}

/// Open the store the pipeline file names (a ClickHouse store waits for its server up to
/// `store.startup_timeout`).
pub async fn open(
    config: &StoreConfig,
    metrics: Arc<Metrics>,
) -> Result<Arc<dyn Store>, StoreError> {
    match config {
        StoreConfig::Sqlite {
            path,
            max_batch_rows,
        } => Ok(Arc::new(SqliteStore::open(path, *max_batch_rows, metrics)?)),
        StoreConfig::Clickhouse(config) => {
            Ok(Arc::new(ClickhouseStore::open(config, metrics).await?))
        }
    }
}
