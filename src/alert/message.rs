//! The notification: what one notifier is told about one group of alerts. It is agentwatch's
//! generic webhook body as is (documented in the README), stored in the outbox, and what the
//! PagerDuty and Slack notifiers render their own formats from.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::alert_state::AlertState;
use crate::detect::rules::config::{Comparison, RuleConfig};
use crate::eval::{Metric, Severity};
use crate::store::AlertRow;

/// Version of the webhook body; bumped only on incompatible changes.
pub const BODY_VERSION: &str = "1";

/// Whether a group (or one alert in it) is firing or resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// At least one alert of the group is firing.
    Firing,
    /// Every alert of the group has resolved.
    Resolved,
}

impl Status {
    /// `firing` or `resolved`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Firing => "firing",
            Status::Resolved => "resolved",
        }
    }
}

/// One notification about one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    /// [`BODY_VERSION`].
    pub version: String,
    /// Unique per notification: a receiver that sees an id twice got a redelivery.
    pub id: String,
    /// Route that matched.
    pub route: String,
    /// Stable id of the group; with the default `group_by` it is the alert's own dedup key.
    pub group_key: String,
    /// The group's status.
    pub status: Status,
    /// The `group_by` labels and their values.
    pub group_labels: BTreeMap<String, String>,
    /// One line for humans.
    pub summary: String,
    /// The group's firing alerts, and the ones resolved since the last notification.
    pub alerts: Vec<AlertEntry>,
    /// When agentwatch decided to send it, RFC 3339.
    pub created_at: String,
    /// True only for `agentwatch notify-test`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub test: bool,
}

/// One alert in a notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlertEntry {
    /// Stable id of the (rule, series) pair.
    pub dedup_key: String,
    /// This alert's status.
    pub status: Status,
    /// Why it resolved: `recovered` (calm windows), `adapted` (the change lasted and is the
    /// baseline's new normal) or `no_data` (the series went silent). Absent while firing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_reason: Option<String>,
    /// Rule name.
    pub rule: String,
    /// The rule's severity.
    pub severity: Severity,
    /// `service.name`.
    pub service: String,
    /// Agent, empty when none.
    pub agent: String,
    /// Metric judged.
    pub metric: Metric,
    /// Tool, operation/model, or empty.
    pub dimension: String,
    /// The judged value.
    pub value: Option<f64>,
    /// Baseline mean (anomaly rules).
    pub baseline_mean: Option<f64>,
    /// σ used (anomaly rules).
    pub baseline_sigma: Option<f64>,
    /// z score (anomaly rules).
    pub z: Option<f64>,
    /// Static rules: `>`, `>=`, `<` or `<=`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub op: Option<String>,
    /// Static rules: the threshold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Start of the window that caused the status, RFC 3339.
    pub window_start: String,
    /// Its end (when the status began, in event time), RFC 3339.
    pub window_end: String,
    /// Trace ids of spans that show the problem.
    pub exemplar_trace_ids: Vec<String>,
}

impl AlertEntry {
    /// The entry for a stored transition; `rule` adds the static threshold when known.
    pub fn from_row(row: &AlertRow, rule: Option<&RuleConfig>) -> AlertEntry {
        let status = if row.state == AlertState::Resolved {
            Status::Resolved
        } else {
            Status::Firing
        };
        let op = rule.and_then(|r| r.op).map(|op| {
            match op {
                Comparison::Gt => ">",
                Comparison::Ge => ">=",
                Comparison::Lt => "<",
                Comparison::Le => "<=",
            }
            .to_owned()
        });
        AlertEntry {
            dedup_key: row.dedup_key.clone(),
            status,
            resolved_reason: (status == Status::Resolved && !row.resolved_reason.is_empty())
                .then(|| row.resolved_reason.clone()),
            rule: row.rule.clone(),
            severity: row.severity,
            service: row.service.clone(),
            agent: row.agent.clone(),
            metric: row.metric,
            dimension: row.dimension.clone(),
            value: row.value,
            baseline_mean: row.baseline_mean,
            baseline_sigma: row.baseline_sigma,
            z: row.z,
            threshold: op.as_ref().and(rule.and_then(|r| r.threshold)),
            op,
            window_start: row.window_start.clone(),
            window_end: row.at.clone(),
            exemplar_trace_ids: serde_json::from_str(&row.exemplars).unwrap_or_default(),
        }
    }

    /// `checkout-agent/planner search` — where the alert is.
    pub fn series(&self) -> String {
        let mut s = self.service.clone();
        if !self.agent.is_empty() {
            s.push('/');
            s.push_str(&self.agent);
        }
        if !self.dimension.is_empty() {
            s.push(' ');
            s.push_str(&self.dimension);
        }
        s
    }

    /// `refusal_rate 31.0% (baseline 3.0% ± 1.0%, z 10.2)` or `pii_leak_count 2 (> 0)`.
    pub fn describe(&self) -> String {
        let metric = self.metric.as_str();
        let value = self
            .value
            .map_or("n/a".to_owned(), |v| format_value(metric, v));
        let mut s = format!("{metric} {value}");
        if let Some(mean) = self.baseline_mean {
            s.push_str(&format!(" (baseline {}", format_value(metric, mean)));
            if let Some(sigma) = self.baseline_sigma {
                s.push_str(&format!(" ± {}", format_value(metric, sigma)));
            }
            if let Some(z) = self.z {
                s.push_str(&format!(", z {z:.1}"));
            }
            s.push(')');
        } else if let (Some(op), Some(t)) = (&self.op, self.threshold) {
            s.push_str(&format!(" ({op} {})", format_value(metric, t)));
        }
        match self.resolved_reason.as_deref() {
            Some("adapted") => s.push_str(" — adapted: the change lasted and is the new normal"),
            Some("no_data") => s.push_str(" — no data: the series went silent"),
            _ => {}
        }
        s
    }
}

/// A metric's value the way people read it: rates as percentages, latencies in ms.
pub fn format_value(metric: &str, v: f64) -> String {
    if metric.ends_with("_rate") {
        format!("{:.1}%", v * 100.0)
    } else if metric.starts_with("latency_") {
        format!("{v:.0} ms")
    } else if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

/// The one-line summary of a group: `[FIRING] pii_leak: checkout-agent pii_leak_count 2 (> 0)`
/// for one alert, `[FIRING:3] rule=refusal_rate_anomaly` for several.
pub fn summarize(
    status: Status,
    labels: &BTreeMap<String, String>,
    alerts: &[AlertEntry],
) -> String {
    let firing = alerts.iter().filter(|a| a.status == Status::Firing).count();
    let tag = match status {
        Status::Firing => "FIRING",
        Status::Resolved => "RESOLVED",
    };
    match alerts {
        [one] => format!("[{tag}] {}: {} {}", one.rule, one.series(), one.describe()),
        _ => {
            let labels: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let count = if status == Status::Firing {
                firing
            } else {
                alerts.len()
            };
            format!("[{tag}:{count}] {}", labels.join(" "))
        }
    }
}

/// The most severe severity among `alerts` (critical > warning > info).
pub fn max_severity(alerts: &[AlertEntry]) -> &'static str {
    alerts
        .iter()
        .map(|a| a.severity)
        .max()
        .unwrap_or(Severity::Info)
        .as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(metric: &str, value: f64) -> AlertEntry {
        AlertEntry {
            dedup_key: "refusal_rate_anomaly:0123456789abcdef".into(),
            status: Status::Firing,
            resolved_reason: None,
            rule: "refusal_rate_anomaly".into(),
            severity: Severity::Warning,
            service: "checkout-agent".into(),
            agent: "planner".into(),
            metric: Metric::parse(metric).unwrap(),
            dimension: String::new(),
            value: Some(value),
            baseline_mean: Some(0.03),
            baseline_sigma: Some(0.01),
            z: Some(28.0),
            op: None,
            threshold: None,
            window_start: "2026-11-25T10:00:00.000000Z".into(),
            window_end: "2026-11-25T10:05:00.000000Z".into(),
            exemplar_trace_ids: vec!["0af7651916cd43dd8448eb211c80319c".into()],
        }
    }

    #[test]
    fn summaries_read_as_sentences() {
        let e = entry("refusal_rate", 0.31);
        assert_eq!(
            summarize(Status::Firing, &BTreeMap::new(), std::slice::from_ref(&e)),
            "[FIRING] refusal_rate_anomaly: checkout-agent/planner refusal_rate 31.0% \
             (baseline 3.0% ± 1.0%, z 28.0)"
        );
        let labels = BTreeMap::from([("rule".to_owned(), "refusal_rate_anomaly".to_owned())]);
        let mut resolved = e.clone();
        resolved.status = Status::Resolved;
        assert_eq!(
            summarize(Status::Firing, &labels, &[e, resolved]),
            "[FIRING:1] rule=refusal_rate_anomaly"
        );
        let mut adapted = entry("latency_p95", 2400.0);
        adapted.status = Status::Resolved;
        adapted.resolved_reason = Some("adapted".into());
        assert!(
            summarize(Status::Resolved, &BTreeMap::new(), &[adapted])
                .ends_with("— adapted: the change lasted and is the new normal"),
        );
        assert_eq!(format_value("latency_p95", 1234.4), "1234 ms");
        assert_eq!(format_value("pii_leak_count", 2.0), "2");
    }
}
