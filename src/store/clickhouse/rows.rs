//! Row types as ClickHouse stores them, and conversions from and to the store's rows.
//!
//! Field names are column names (the `clickhouse` crate lists them in INSERTs and `?fields`).
//! Times travel as `*_ns` integers; the stored rows' RFC 3339 strings are rebuilt from them.

use std::borrow::Cow;
use std::sync::Arc;

use ::clickhouse::Row;
use serde::{Deserialize, Serialize};

use crate::alert_state::AlertState;
use crate::eval::{Metric, Severity};
pub(super) use crate::store::parse_ns;
use crate::store::rows::{parse_label, parse_stored};
use crate::store::{AlertRow, NotificationRow, ScoreRow, StoreError, WindowRow, format_time};

/// A JSON array of strings (exemplar trace ids) → its items; anything else → empty.
fn json_list(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

fn list_json(items: &[String]) -> String {
    serde_json::to_string(items).expect("strings serialize")
}

/// `scores` (the span's columns shared with the store's rows, as [`ScoreRow`] holds them).
#[derive(Debug, Clone, Row, Serialize, Deserialize)]
pub struct ScoreRecord {
    pub time_ns: i64,
    pub end_ns: i64,
    pub trace_id: Arc<str>,
    pub span_id: Arc<str>,
    pub service: Arc<str>,
    pub agent: Option<Arc<str>>,
    pub operation: Cow<'static, str>,
    pub span_name: Arc<str>,
    pub model: Option<Arc<str>>,
    pub tool: Option<Arc<str>>,
    pub evaluator: Cow<'static, str>,
    pub value: Option<f64>,
    pub label: String,
    pub detail: Option<String>,
    pub version: u64,
}

impl ScoreRecord {
    pub fn from_row(row: &ScoreRow, version: u64) -> Result<ScoreRecord, StoreError> {
        let time_ns = parse_ns(&row.time, "score time")?;
        Ok(ScoreRecord {
            time_ns,
            end_ns: row.end_ns.unwrap_or(time_ns),
            trace_id: row.trace_id.clone(),
            span_id: row.span_id.clone(),
            service: row.service.clone(),
            agent: row.agent.clone(),
            operation: row.operation.clone(),
            span_name: row.span_name.clone(),
            model: row.model.clone(),
            tool: row.tool.clone(),
            evaluator: row.evaluator.clone(),
            value: row.value,
            label: row.label.as_str().to_owned(),
            detail: row.detail.clone(),
            version,
        })
    }

    pub fn into_row(self) -> Result<ScoreRow, StoreError> {
        Ok(ScoreRow {
            time: format_time(self.time_ns.max(0) as u64).into(),
            trace_id: self.trace_id,
            span_id: self.span_id,
            service: self.service,
            agent: self.agent,
            operation: self.operation,
            span_name: self.span_name,
            model: self.model,
            tool: self.tool,
            evaluator: self.evaluator,
            value: self.value,
            label: parse_label(&self.label)?,
            detail: self.detail,
            end_ns: Some(self.end_ns),
        })
    }
}

/// `windows`.
#[derive(Debug, Clone, Row, Serialize, Deserialize)]
pub struct WindowRecord {
    pub window_start_ns: i64,
    pub window_end_ns: i64,
    pub service: String,
    pub agent: String,
    pub metric: String,
    pub dimension: String,
    pub rule: String,
    pub n: i64,
    pub value: Option<f64>,
    pub judged_value: Option<f64>,
    pub baseline_mean: Option<f64>,
    pub baseline_sigma: Option<f64>,
    pub z: Option<f64>,
    pub verdict: String,
    pub state: String,
    pub pooled_windows: i64,
    pub in_baseline: u8,
    pub exemplars: Vec<String>,
    pub version: u64,
}

impl WindowRecord {
    pub fn from_row(row: WindowRow, version: u64) -> Result<WindowRecord, StoreError> {
        Ok(WindowRecord {
            window_start_ns: row.window_start_ns,
            window_end_ns: parse_ns(&row.window_end, "window end")?,
            service: row.service,
            agent: row.agent,
            metric: row.metric,
            dimension: row.dimension,
            rule: row.rule,
            n: row.n,
            value: row.value,
            judged_value: row.judged_value,
            baseline_mean: row.baseline_mean,
            baseline_sigma: row.baseline_sigma,
            z: row.z,
            verdict: row.verdict,
            state: row.state,
            pooled_windows: row.pooled_windows,
            in_baseline: u8::from(row.in_baseline),
            exemplars: json_list(&row.exemplars),
            version,
        })
    }

    pub fn into_row(self) -> WindowRow {
        WindowRow {
            service: self.service,
            agent: self.agent,
            metric: self.metric,
            dimension: self.dimension,
            window_start: format_time(self.window_start_ns.max(0) as u64),
            window_end: format_time(self.window_end_ns.max(0) as u64),
            window_start_ns: self.window_start_ns,
            rule: self.rule,
            n: self.n,
            value: self.value,
            judged_value: self.judged_value,
            baseline_mean: self.baseline_mean,
            baseline_sigma: self.baseline_sigma,
            z: self.z,
            verdict: self.verdict,
            state: self.state,
            pooled_windows: self.pooled_windows,
            in_baseline: self.in_baseline != 0,
            exemplars: list_json(&self.exemplars),
        }
    }
}

/// `alerts`.
#[derive(Debug, Clone, Row, Serialize, Deserialize)]
pub struct AlertRecord {
    pub dedup_key: String,
    pub window_start_ns: i64,
    pub state: String,
    pub at_ns: i64,
    pub rule: String,
    pub severity: String,
    pub service: String,
    pub agent: String,
    pub metric: String,
    pub dimension: String,
    pub previous_state: String,
    pub resolved_reason: String,
    pub value: Option<f64>,
    pub baseline_mean: Option<f64>,
    pub baseline_sigma: Option<f64>,
    pub z: Option<f64>,
    pub exemplars: Vec<String>,
    pub version: u64,
}

impl AlertRecord {
    pub fn from_row(row: AlertRow, version: u64) -> Result<AlertRecord, StoreError> {
        Ok(AlertRecord {
            at_ns: parse_ns(&row.at, "alert time")?,
            dedup_key: row.dedup_key,
            window_start_ns: row.window_start_ns,
            state: row.state.as_str().to_owned(),
            rule: row.rule,
            severity: row.severity.as_str().to_owned(),
            service: row.service,
            agent: row.agent,
            metric: row.metric.as_str().to_owned(),
            dimension: row.dimension,
            previous_state: row.previous_state.as_str().to_owned(),
            resolved_reason: row.resolved_reason,
            value: row.value,
            baseline_mean: row.baseline_mean,
            baseline_sigma: row.baseline_sigma,
            z: row.z,
            exemplars: json_list(&row.exemplars),
            version,
        })
    }

    /// The row, with its `metric` (read by the caller, which leaves out rows of unknown
    /// metrics) and `delivery` (a JSON object) filled in by the caller.
    pub fn into_row(self, metric: Metric, delivery: String) -> Result<AlertRow, StoreError> {
        Ok(AlertRow {
            dedup_key: self.dedup_key,
            rule: self.rule,
            severity: parse_stored(&self.severity, Severity::parse, "alert severity")?,
            service: self.service,
            agent: self.agent,
            metric,
            dimension: self.dimension,
            state: parse_stored(&self.state, AlertState::parse, "alert state")?,
            previous_state: parse_stored(&self.previous_state, AlertState::parse, "alert state")?,
            resolved_reason: self.resolved_reason,
            window_start: format_time(self.window_start_ns.max(0) as u64),
            window_start_ns: self.window_start_ns,
            at: format_time(self.at_ns.max(0) as u64),
            value: self.value,
            baseline_mean: self.baseline_mean,
            z: self.z,
            baseline_sigma: self.baseline_sigma,
            exemplars: list_json(&self.exemplars),
            delivery,
        })
    }
}

/// `alert_deliveries`: one notifier's status on one transition.
#[derive(Debug, Clone, Row, Serialize, Deserialize)]
pub struct DeliveryRecord {
    pub dedup_key: String,
    pub window_start_ns: i64,
    pub state: String,
    pub notifier: String,
    pub delivery: String,
    pub version: u64,
}

/// `notifications`.
#[derive(Debug, Clone, Row, Serialize, Deserialize)]
pub struct NotificationRecord {
    pub id: String,
    pub created_ns: i64,
    pub notifier: String,
    pub route: String,
    pub group_key: String,
    pub status: String,
    pub firing: String,
    pub covers: String,
    pub body: String,
    pub delivery: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub next_attempt_ns: i64,
    pub delivered_at: Option<String>,
    pub version: u64,
}

impl NotificationRecord {
    pub fn from_row(row: NotificationRow, version: u64) -> NotificationRecord {
        NotificationRecord {
            id: row.id,
            created_ns: row.created_ns,
            notifier: row.notifier,
            route: row.route,
            group_key: row.group_key,
            status: row.status,
            firing: row.firing,
            covers: row.covers,
            body: row.body,
            delivery: row.delivery,
            attempts: row.attempts,
            last_error: row.last_error,
            next_attempt_ns: row.next_attempt_ns,
            delivered_at: row.delivered_at,
            version,
        }
    }

    pub fn into_row(self) -> NotificationRow {
        NotificationRow {
            id: self.id,
            notifier: self.notifier,
            route: self.route,
            group_key: self.group_key,
            status: self.status,
            firing: self.firing,
            covers: self.covers,
            body: self.body,
            created_at: format_time(self.created_ns.max(0) as u64),
            created_ns: self.created_ns,
            delivery: self.delivery,
            attempts: self.attempts,
            last_error: self.last_error,
            next_attempt_ns: self.next_attempt_ns,
            delivered_at: self.delivered_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_round_trip_through_nanoseconds() {
        let ns = 1_764_115_200_123_456_000i64;
        let text = format_time(ns as u64);
        assert_eq!(parse_ns(&text, "t").unwrap(), ns);
        assert!(parse_ns("yesterday", "t").is_err());
    }

    #[test]
    fn exemplars_round_trip_as_arrays() {
        let json = r#"["0af7651916cd43dd8448eb211c80319c","b7ad6b7169203331"]"#;
        assert_eq!(list_json(&json_list(json)), json);
        assert!(json_list("not json").is_empty());
    }
}
