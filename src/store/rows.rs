//! The rows the store writes and reads, one struct per table, shared by every backend.
//!
//! Each backend converts them to its own columns at its edge (`sqlite/`, `clickhouse/rows.rs`).

use std::borrow::Cow;
use std::sync::Arc;

use serde::Serialize;

use super::StoreError;
use super::time::format_time;
use crate::alert_state::AlertState;
use crate::eval::{Label, Metric, Score, Severity};
use crate::normalize::AgentSpan;

/// One row of the `scores` table: one span × one evaluator.
///
/// The span's columns are shared (`Arc<str>`) by the rows of its scores, and the evaluator and
/// operation names are the registry's own `&'static str`: a span's rows cost one copy of its
/// columns, not one per evaluator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreRow {
    /// Span start, RFC 3339 UTC with microseconds (`2026-11-25T17:36:44.123456Z`).
    pub time: Arc<str>,
    /// Lower-case hex trace id.
    pub trace_id: Arc<str>,
    /// Lower-case hex span id.
    pub span_id: Arc<str>,
    /// `service.name`.
    pub service: Arc<str>,
    /// Agent name, if the span carried one.
    pub agent: Option<Arc<str>>,
    /// Operation kind: llm, tool, agent, retrieval, other.
    pub operation: Cow<'static, str>,
    /// The span's name.
    pub span_name: Arc<str>,
    /// Model, if any.
    pub model: Option<Arc<str>>,
    /// Tool name, if any.
    pub tool: Option<Arc<str>>,
    /// Evaluator name.
    pub evaluator: Cow<'static, str>,
    /// Measured value (see each evaluator); None when unscoreable.
    pub value: Option<f64>,
    /// The verdict class (stored as `ok`, `fail`, `slow`, `unscoreable`).
    pub label: Label,
    /// Masked evidence as JSON text.
    pub detail: Option<String>,
    /// Span end, Unix ns: it places the score in its window. SQLite keys its rows by it (rows
    /// arrive in end order); both stores return it (rows written before it was kept have
    /// their start). None only on rows built by hand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_ns: Option<i64>,
}

impl ScoreRow {
    /// The row for one evaluator's score of one span.
    pub fn new(span: &AgentSpan, score: Score) -> ScoreRow {
        ScoreRow {
            time: format_time(span.start_unix_nano).into(),
            trace_id: span.trace_id_hex().into(),
            span_id: span.span_id_hex().into(),
            service: span.service.as_str().into(),
            agent: span.agent.as_deref().map(Arc::from),
            operation: Cow::Borrowed(span.kind.as_str()),
            span_name: span.name.as_str().into(),
            model: span.model.as_deref().map(Arc::from),
            tool: span.tool.as_deref().map(Arc::from),
            evaluator: Cow::Borrowed(score.evaluator),
            value: score.value,
            label: score.label,
            detail: score.detail.map(|d| detail_text(&d)),
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
            evaluator: Cow::Borrowed(score.evaluator),
            value: score.value,
            label: score.label,
            detail: score.detail.map(|d| detail_text(&d)),
            end_ns: self.end_ns,
        }
    }
}

/// A score's detail as stored: compact JSON, serialized into a buffer sized for a typical
/// detail (`Value`'s `Display` starts empty and grows through the formatter).
fn detail_text(detail: &serde_json::Value) -> String {
    let mut text = Vec::with_capacity(128);
    serde_json::to_writer(&mut text, detail).expect("a JSON value serializes");
    String::from_utf8(text).expect("serde_json writes UTF-8")
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
    /// The rule's severity.
    pub severity: Severity,
    /// `service.name`.
    pub service: String,
    /// Agent, empty when none.
    pub agent: String,
    /// Metric.
    pub metric: Metric,
    /// Tool, operation/model, or empty.
    pub dimension: String,
    /// The state entered: pending, firing, resolved, inactive (a pending alert that cleared).
    pub state: AlertState,
    /// The state left.
    pub previous_state: AlertState,
    /// With `resolved`: `recovered` (calm windows), `adapted` (the change lasted and is the
    /// new normal) or `no_data` (the series went silent); empty otherwise.
    pub resolved_reason: String,
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
            state: self.state,
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
    pub state: AlertState,
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

/// A stored spelling → its type (`what` names it in the error: `score label`); a spelling this
/// agentwatch does not know is an error, not a guess.
pub(crate) fn parse_stored<T>(
    text: &str,
    parse: impl FnOnce(&str) -> Option<T>,
    what: &str,
) -> Result<T, StoreError> {
    parse(text).ok_or_else(|| StoreError::Write {
        reason: format!("stored {what} '{text}' is not one this agentwatch knows"),
        retryable: false,
    })
}

/// The stored alert's metric, if this build knows it. A row of an evaluator this build does
/// not register (one turned off, or rows a newer build wrote) is left out of alert reads with
/// a warning, as restore leaves out its windows, rather than failing the read.
pub(crate) fn known_metric(metric: &str, rule: &str) -> Option<Metric> {
    let known = Metric::parse(metric);
    if known.is_none() {
        tracing::warn!(
            metric,
            rule,
            "alert row of a metric this build does not know: left out"
        );
    }
    known
}

/// A stored label → [`Label`].
pub(crate) fn parse_label(text: &str) -> Result<Label, StoreError> {
    parse_stored(text, Label::parse, "score label")
}
