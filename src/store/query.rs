//! Filters for reading rows back (the CLI's commands and the alert stage's restore).

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
    /// Only this agent (empty: series without one).
    pub agent: Option<String>,
    /// Only this metric.
    pub metric: Option<String>,
    /// Only this dimension (empty: series without one).
    pub dimension: Option<String>,
    /// Transitions at or after (RFC 3339).
    pub since: Option<String>,
    /// Transitions before (RFC 3339).
    pub until: Option<String>,
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
    /// Only this agent (empty: series without one).
    pub agent: Option<String>,
    /// Only this metric.
    pub metric: Option<String>,
    /// Only this dimension (empty: series without one).
    pub dimension: Option<String>,
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
    /// Spans that ended at or after this (Unix ns).
    pub ended_since_ns: Option<i64>,
    /// Spans that ended before this (Unix ns).
    pub ended_until_ns: Option<i64>,
    /// At most this many rows, newest first.
    pub limit: usize,
}

/// How many scores of one (service, agent, evaluator) carry one label: what the page of
/// evaluators turns into rates.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LabelCount {
    /// `service.name`.
    pub service: String,
    /// Agent, empty when none.
    pub agent: String,
    /// Evaluator name.
    pub evaluator: String,
    /// Stored label (`ok`, `fail`, `slow`, `unscoreable`).
    pub label: String,
    /// Scores with that label.
    pub count: u64,
}
