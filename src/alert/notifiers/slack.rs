//! Slack (incoming webhook): its settings, and the message a notification becomes.

use serde_json::{Value, json};

use super::config::{
    CommonParts, DeliveryConfig, FieldIssues, HttpUrl, NotifierFields, PAGERDUTY_ONLY, WEBHOOK_ONLY,
};
use crate::alert::message::{Notification, Status};

/// A Slack notifier (`kind: slack`).
#[derive(Debug, Clone, PartialEq)]
pub struct SlackConfig {
    /// The incoming-webhook URL (a credential).
    pub url: HttpUrl,
    /// Timeouts, rate and retries.
    pub delivery: DeliveryConfig,
}

impl SlackConfig {
    /// The settings of a `kind: slack` notifier, or None with the reasons in `issues`.
    pub(super) fn parse(
        fields: &NotifierFields,
        parts: CommonParts,
        issues: &mut FieldIssues,
    ) -> Option<SlackConfig> {
        let url = fields.required_url(parts.url, issues);
        if fields.has_pagerduty_fields() {
            issues.push("kind", PAGERDUTY_ONLY);
        }
        if fields.has_webhook_fields() {
            issues.push("kind", WEBHOOK_ONLY);
        }
        Some(SlackConfig {
            url: url?,
            delivery: parts.delivery,
        })
    }
}

/// Slack's mrkdwn needs `&`, `<` and `>` escaped.
fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Most alerts listed in one Slack message (Slack allows 50 blocks).
const SLACK_MAX_ALERTS: usize = 10;

/// The Slack incoming-webhook message: `text` for notifications and clients without blocks,
/// and blocks with a header, one section per alert and a context line.
pub fn slack_message(n: &Notification) -> Value {
    let header = match n.status {
        Status::Firing => format!("🔴 {}", n.summary),
        Status::Resolved => format!("✅ {}", n.summary),
    };
    let mut header: String = header.chars().take(150).collect();
    if header.is_empty() {
        header = "agentwatch".into();
    }
    let mut blocks = vec![json!({
        "type": "header",
        "text": {"type": "plain_text", "text": header, "emoji": true},
    })];
    for a in n.alerts.iter().take(SLACK_MAX_ALERTS) {
        let mark = match a.status {
            Status::Firing => "*FIRING*",
            Status::Resolved => "*RESOLVED*",
        };
        let mut text = format!(
            "{mark} `{}` · *{}*\n{}\nwindow {} → {}",
            slack_escape(&a.rule),
            slack_escape(&a.series()),
            slack_escape(&a.describe()),
            a.window_start,
            a.window_end
        );
        if !a.exemplar_trace_ids.is_empty() {
            let traces: Vec<String> = a
                .exemplar_trace_ids
                .iter()
                .take(5)
                .map(|t| format!("`{}`", slack_escape(t)))
                .collect();
            text.push_str(&format!("\nexemplar traces: {}", traces.join(", ")));
        }
        let text: String = text.chars().take(3000).collect();
        blocks.push(json!({"type": "section", "text": {"type": "mrkdwn", "text": text}}));
    }
    if n.alerts.len() > SLACK_MAX_ALERTS {
        blocks.push(json!({
            "type": "section",
            "text": {"type": "mrkdwn", "text": format!("…and {} more", n.alerts.len() - SLACK_MAX_ALERTS)},
        }));
    }
    blocks.push(json!({
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": slack_escape(&format!(
            "agentwatch · route {} · group {}", n.route, n.group_key
        ))}],
    }));
    json!({"text": slack_escape(&n.summary), "blocks": blocks})
}
