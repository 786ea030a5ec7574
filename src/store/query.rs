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
