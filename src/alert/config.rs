//! `notifiers:` and `routes:` — where alerts are sent, and which alerts go where.
//!
//! Shaped like Alertmanager: notifiers are named receivers (PagerDuty, Slack, a generic
//! webhook; their settings are in [`super::notifiers`]); routes match alerts by severity, service or rule, group them by labels and send
//! each group to their notifiers with `group_wait`, `group_interval` and `repeat_interval`.

use std::time::Duration;

use serde::Deserialize;

use super::notifiers::config::valid_name;
pub use super::notifiers::{NotifierConfig, Notifiers};
use crate::config::{Parsed, serde_duration};
pub use crate::eval::Severity;

/// `routes[].match` — every field given must match (lists: any of their values).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RouteMatch {
    /// Rule severities (critical, warning, info).
    pub severity: Vec<Parsed<Severity>>,
    /// `service.name` values.
    pub service: Vec<String>,
    /// Rule names.
    pub rule: Vec<String>,
}

impl RouteMatch {
    /// Whether an alert of this rule, severity and service is taken.
    pub fn takes(&self, rule: &str, severity: Severity, service: &str) -> bool {
        (self.severity.is_empty() || self.severity.iter().any(|s| s.get() == severity))
            && (self.service.is_empty() || self.service.iter().any(|s| s == service))
            && (self.rule.is_empty() || self.rule.iter().any(|r| r == rule))
    }
}

/// Alert labels that `group_by` may name.
pub const GROUP_LABELS: [&str; 6] = [
    "rule",
    "severity",
    "service",
    "agent",
    "metric",
    "dimension",
];

/// One route (`routes[]`). Routes are tried in order; the first that matches takes the alert
/// unless it says `continue: true`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RouteConfig {
    /// Name shown in notifications and the outbox; defaults to `route-N`.
    #[serde(default)]
    pub name: Option<String>,
    /// Which alerts this route takes; empty matches every alert.
    #[serde(default, rename = "match")]
    pub matches: RouteMatch,
    /// Notifier names to send to.
    pub notifiers: Vec<String>,
    /// Labels that make a group; alerts of one group go out in one notification. The default,
    /// every label, makes each (rule, series) its own group.
    #[serde(default = "default_group_by")]
    pub group_by: Vec<String>,
    /// How long a new group waits for more alerts before its first notification.
    #[serde(default = "default_group_wait", with = "serde_duration")]
    pub group_wait: Duration,
    /// How long a notified group waits before announcing changes (new or resolved alerts).
    #[serde(default = "default_group_interval", with = "serde_duration")]
    pub group_interval: Duration,
    /// How often a group that is still firing, unchanged, is sent again.
    #[serde(default = "default_repeat_interval", with = "serde_duration")]
    pub repeat_interval: Duration,
    /// Whether to notify when the group's alerts resolve.
    #[serde(default = "default_true")]
    pub send_resolved: bool,
    /// Keep trying later routes after this one matched.
    #[serde(default, rename = "continue")]
    pub continue_matching: bool,
}

fn default_group_by() -> Vec<String> {
    GROUP_LABELS.iter().map(|s| (*s).to_owned()).collect()
}
fn default_group_wait() -> Duration {
    Duration::from_secs(30)
}
fn default_group_interval() -> Duration {
    Duration::from_secs(300)
}
fn default_repeat_interval() -> Duration {
    Duration::from_secs(4 * 3600)
}
fn default_true() -> bool {
    true
}

impl RouteConfig {
    /// The route's name as shown: its own, or `route-N` for the N-th (from 0).
    pub fn display_name(&self, index: usize) -> String {
        self.name
            .clone()
            .unwrap_or_else(|| format!("route-{index}"))
    }
}

/// Value rules of `notifiers:` and `routes:`, checked together; `rule_names` are the
/// configured rules.
pub fn check(
    notifiers: &Notifiers,
    routes: &[RouteConfig],
    rule_names: &[&str],
    issue: &mut dyn FnMut(&str, String),
) {
    // Notifiers were parsed as the file was read; what did not parse is reported here.
    for i in notifiers.issues() {
        issue(&i.path, i.message.clone());
    }
    let mut route_names = std::collections::BTreeSet::new();
    for (i, r) in routes.iter().enumerate() {
        let name = r.display_name(i);
        if !valid_name(&name) {
            issue(
                &format!("routes[{i}].name"),
                format!("'{name}' is not lower-case letters, digits, '-' and '_'"),
            );
        } else if !route_names.insert(name.clone()) {
            issue(
                &format!("routes[{i}].name"),
                format!("'{name}' is used by another route"),
            );
        }
        r.check(i, notifiers, rule_names, issue);
    }
}

impl RouteConfig {
    /// Value rules of `routes[i]`, its name aside.
    fn check(
        &self,
        i: usize,
        notifiers: &Notifiers,
        rule_names: &[&str],
        issue: &mut dyn FnMut(&str, String),
    ) {
        let r = self;
        let path = |field: &str| format!("routes[{i}].{field}");
        if r.notifiers.is_empty() {
            issue(&path("notifiers"), "name at least one notifier".into());
        }
        for (j, n) in r.notifiers.iter().enumerate() {
            if !notifiers.contains_key(n) {
                let known: Vec<&str> = notifiers.keys().map(String::as_str).collect();
                issue(
                    &format!("routes[{i}].notifiers[{j}]"),
                    format!("'{n}' is not a notifier (defined: {known:?})"),
                );
            }
        }
        for (j, label) in r.group_by.iter().enumerate() {
            if !GROUP_LABELS.contains(&label.as_str()) {
                issue(
                    &format!("routes[{i}].group_by[{j}]"),
                    format!("'{label}' is not one of {GROUP_LABELS:?}"),
                );
            }
        }
        for (j, s) in r.matches.severity.iter().enumerate() {
            if let Some(why) = s.refusal() {
                issue(&format!("routes[{i}].match.severity[{j}]"), why.to_owned());
            }
        }
        for (j, rule) in r.matches.rule.iter().enumerate() {
            if !rule_names.contains(&rule.as_str()) {
                issue(
                    &format!("routes[{i}].match.rule[{j}]"),
                    format!("'{rule}' is not a configured rule"),
                );
            }
        }
        if r.group_interval.is_zero() {
            issue(&path("group_interval"), "must be greater than 0".into());
        }
        if r.repeat_interval < r.group_interval {
            issue(
                &path("repeat_interval"),
                "must be at least group_interval".into(),
            );
        }
    }
}
