//! PagerDuty (Events API v2): its settings, and the event a notification becomes — `trigger`
//! while the group fires, `resolve` once it has resolved, both with the group's stable dedup
//! key.

use serde_json::{Value, json};

use super::config::{
    CommonParts, DeliveryConfig, FieldIssues, HttpUrl, LinkConfig, NotifierFields, WEBHOOK_ONLY,
};
use crate::alert::message::{AlertEntry, Notification, Status, max_severity};
use crate::config::Secret;

/// The public PagerDuty Events API v2 endpoint.
pub const PAGERDUTY_EVENTS_URL: &str = "https://events.pagerduty.com/v2/enqueue";

/// A PagerDuty notifier (`kind: pagerduty`).
#[derive(Debug, Clone, PartialEq)]
pub struct PagerdutyConfig {
    /// Endpoint; None means the public Events API ([`PAGERDUTY_EVENTS_URL`]).
    pub url: Option<HttpUrl>,
    /// The integration's routing key (not blank).
    pub routing_key: Secret,
    /// `payload.source`; None means `agentwatch/<service>`.
    pub source: Option<String>,
    /// Links attached to each event.
    pub links: Vec<LinkConfig>,
    /// Timeouts, rate and retries.
    pub delivery: DeliveryConfig,
}

impl PagerdutyConfig {
    /// The settings of a `kind: pagerduty` notifier, or None with the reasons in `issues`.
    pub(super) fn parse(
        fields: &NotifierFields,
        parts: CommonParts,
        issues: &mut FieldIssues,
    ) -> Option<PagerdutyConfig> {
        let routing_key = match &fields.routing_key {
            None => {
                issues.push(
                    "routing_key",
                    "pagerduty notifiers need a routing_key (e.g. ${env:PAGERDUTY_ROUTING_KEY})",
                );
                None
            }
            Some(k) if k.expose().trim().is_empty() => {
                issues.push("routing_key", "is empty");
                None
            }
            Some(k) => Some(k.clone()),
        };
        if fields.has_webhook_fields() {
            issues.push("kind", WEBHOOK_ONLY);
        }
        Some(PagerdutyConfig {
            url: parts.url,
            routing_key: routing_key?,
            source: fields.source.clone(),
            links: fields.links.clone(),
            delivery: parts.delivery,
        })
    }

    /// Where events are posted.
    pub fn endpoint(&self) -> &str {
        self.url
            .as_ref()
            .map_or(PAGERDUTY_EVENTS_URL, |u| u.url().as_str())
    }
}

/// The PagerDuty Events API v2 event for a notification: `trigger` while the group fires,
/// `resolve` once it has resolved, both with the group's stable dedup key.
pub fn pagerduty_event(n: &Notification, config: &PagerdutyConfig) -> Value {
    let routing_key = config.routing_key.expose();
    if n.status == Status::Resolved {
        return json!({
            "routing_key": routing_key,
            "event_action": "resolve",
            "dedup_key": n.group_key,
        });
    }
    let firing: Vec<&AlertEntry> = n
        .alerts
        .iter()
        .filter(|a| a.status == Status::Firing)
        .collect();
    let first = firing.first().copied().or(n.alerts.first());
    let service = first.map_or("agentwatch", |a| a.service.as_str());
    let source = config
        .source
        .clone()
        .unwrap_or_else(|| format!("agentwatch/{service}"));
    let mut summary: String = n.summary.chars().take(1024).collect();
    if summary.is_empty() {
        summary = "agentwatch alert".into();
    }
    let mut event = json!({
        "routing_key": routing_key,
        "event_action": "trigger",
        "dedup_key": n.group_key,
        "client": "agentwatch",
        "payload": {
            "summary": summary,
            "source": source,
            "severity": max_severity(&n.alerts),
            "timestamp": first.map(|a| a.window_end.clone()),
            "component": service,
            "group": first.map(|a| a.agent.clone()).filter(|a| !a.is_empty()),
            "class": first.map(|a| a.metric),
            "custom_details": custom_details(n, first),
        },
    });
    let links = pagerduty_links(config, first);
    if !links.is_empty() {
        event["links"] = Value::Array(links);
    }
    event
}

/// `payload.custom_details`: every alert of the group, and the first firing alert's figures
/// at the top level, where PagerDuty shows them.
fn custom_details(n: &Notification, first: Option<&AlertEntry>) -> Value {
    let details: Vec<Value> = n
        .alerts
        .iter()
        .map(|a| {
            json!({
                "status": a.status.as_str(),
                "rule": a.rule,
                "series": a.series(),
                "metric": a.metric,
                "value": a.value,
                "baseline_mean": a.baseline_mean,
                "baseline_sigma": a.baseline_sigma,
                "z": a.z,
                "threshold": a.threshold,
                "window_start": a.window_start,
                "window_end": a.window_end,
                "exemplar_trace_ids": a.exemplar_trace_ids,
                "dedup_key": a.dedup_key,
            })
        })
        .collect();
    let mut custom_details = json!({
        "route": n.route,
        "group_labels": n.group_labels,
        "alerts": details,
    });
    if let Some(a) = first {
        for (k, v) in [
            ("value", json!(a.value)),
            ("baseline_mean", json!(a.baseline_mean)),
            ("baseline_sigma", json!(a.baseline_sigma)),
            ("z", json!(a.z)),
            ("window_start", json!(a.window_start)),
            ("window_end", json!(a.window_end)),
            ("exemplar_trace_ids", json!(a.exemplar_trace_ids)),
        ] {
            custom_details[k] = v;
        }
    }
    custom_details
}

fn pagerduty_links(config: &PagerdutyConfig, alert: Option<&AlertEntry>) -> Vec<Value> {
    let Some(a) = alert else {
        return Vec::new();
    };
    let fill = |href: &str| {
        href.replace("{service}", &a.service)
            .replace("{agent}", &a.agent)
            .replace("{rule}", &a.rule)
            .replace("{metric}", a.metric.as_str())
            .replace("{dedup_key}", &a.dedup_key)
    };
    let mut links = Vec::new();
    for link in &config.links {
        if link.href.contains("{trace_id}") {
            for trace in a.exemplar_trace_ids.iter().take(3) {
                let text = if link.text.is_empty() {
                    format!("trace {trace}")
                } else {
                    format!("{} {trace}", link.text)
                };
                links.push(
                    json!({"href": fill(&link.href).replace("{trace_id}", trace), "text": text}),
                );
            }
        } else {
            links.push(json!({"href": fill(&link.href), "text": link.text}));
        }
    }
    links
}
