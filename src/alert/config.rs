//! `notifiers:` and `routes:` — where alerts are sent, and which alerts go where.
//!
//! Shaped like Alertmanager: notifiers are named receivers (PagerDuty, Slack, a generic
//! webhook); routes match alerts by severity, service or rule, group them by labels and send
//! each group to their notifiers with `group_wait`, `group_interval` and `repeat_interval`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;

use crate::config::{Secret, serde_duration};

/// `notifiers.NAME.kind`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum NotifierKind {
    /// PagerDuty Events API v2.
    Pagerduty,
    /// Slack incoming webhook.
    Slack,
    /// Any HTTP endpoint taking agentwatch's JSON, optionally HMAC-signed.
    Webhook,
}

impl NotifierKind {
    /// The name used in the pipeline file.
    pub fn as_str(self) -> &'static str {
        match self {
            NotifierKind::Pagerduty => "pagerduty",
            NotifierKind::Slack => "slack",
            NotifierKind::Webhook => "webhook",
        }
    }
}

/// The public PagerDuty Events API v2 endpoint.
pub const PAGERDUTY_EVENTS_URL: &str = "https://events.pagerduty.com/v2/enqueue";

/// A link attached to PagerDuty events (`notifiers.NAME.links[]`). `href` may contain
/// `{service}`, `{agent}`, `{rule}`, `{metric}`, `{dedup_key}` and `{trace_id}`; a link with
/// `{trace_id}` is repeated for each exemplar trace (up to three).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LinkConfig {
    /// URL template.
    pub href: String,
    /// Link text.
    #[serde(default)]
    pub text: String,
}

/// One notifier (`notifiers.NAME`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NotifierConfig {
    /// pagerduty, slack or webhook.
    pub kind: NotifierKind,
    /// Endpoint. PagerDuty: defaults to the public Events API; Slack: the incoming-webhook
    /// URL (a secret); webhook: the receiver's URL.
    #[serde(default)]
    pub url: Option<Secret>,
    /// PagerDuty: the integration's routing key (a secret).
    #[serde(default)]
    pub routing_key: Option<Secret>,
    /// Webhook: HMAC-SHA256 key for `X-Agentwatch-Signature` (a secret).
    #[serde(default)]
    pub secret: Option<Secret>,
    /// Webhook: extra HTTP headers (values may be secrets).
    #[serde(default)]
    pub headers: BTreeMap<String, Secret>,
    /// PagerDuty: `payload.source`; defaults to `agentwatch/<service>`.
    #[serde(default)]
    pub source: Option<String>,
    /// PagerDuty: links attached to each event.
    #[serde(default)]
    pub links: Vec<LinkConfig>,
    /// Per-request timeout (a request that hangs longer is retried).
    #[serde(default = "default_timeout", with = "serde_duration")]
    pub timeout: Duration,
    /// Most notifications sent per minute; more wait their turn (none are dropped).
    #[serde(default = "default_max_per_minute")]
    pub max_per_minute: u32,
    /// First retry delay; doubles per attempt, with jitter, up to `max_backoff`.
    #[serde(default = "default_initial_backoff", with = "serde_duration")]
    pub initial_backoff: Duration,
    /// Longest delay between attempts (a longer `Retry-After` is still honoured).
    #[serde(default = "default_max_backoff", with = "serde_duration")]
    pub max_backoff: Duration,
    /// A notification still failing after this long is given up (`expired`).
    #[serde(default = "default_max_elapsed", with = "serde_duration")]
    pub max_elapsed_time: Duration,
}

fn default_timeout() -> Duration {
    Duration::from_secs(10)
}
fn default_max_per_minute() -> u32 {
    60
}
fn default_initial_backoff() -> Duration {
    Duration::from_secs(1)
}
fn default_max_backoff() -> Duration {
    Duration::from_secs(300)
}
fn default_max_elapsed() -> Duration {
    Duration::from_secs(24 * 3600)
}

/// `routes[].match` — every field given must match (lists: any of their values).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RouteMatch {
    /// Rule severities (critical, warning, info).
    pub severity: Vec<String>,
    /// `service.name` values.
    pub service: Vec<String>,
    /// Rule names.
    pub rule: Vec<String>,
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

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// Whether `url` is an absolute http(s) URL. Never echo it: it may be a secret.
fn is_http_url(url: &str) -> bool {
    reqwest::Url::parse(url)
        .map(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .unwrap_or(false)
}

/// Value rules of `notifiers:` and `routes:`, checked together; `rule_names` are the
/// configured rules.
pub fn check(
    notifiers: &BTreeMap<String, NotifierConfig>,
    routes: &[RouteConfig],
    rule_names: &[&str],
    issue: &mut dyn FnMut(&str, String),
) {
    for (name, n) in notifiers {
        n.check(name, issue);
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

impl NotifierConfig {
    /// Value rules of `notifiers.NAME`.
    fn check(&self, name: &str, issue: &mut dyn FnMut(&str, String)) {
        let n = self;
        let path = |field: &str| format!("notifiers.{name}.{field}");
        if !valid_name(name) {
            issue(
                &format!("notifiers.{name}"),
                "notifier names are lower-case letters, digits, '-' and '_' (at most 64)".into(),
            );
        }
        n.check_kind(&path, issue);
        if let Some(url) = &n.url
            && !is_http_url(url.expose())
        {
            // The URL itself is not repeated: a Slack webhook URL is a credential.
            issue(
                &path("url"),
                "is not an absolute http:// or https:// URL".into(),
            );
        }
        for (header, value) in &n.headers {
            if http::HeaderName::from_bytes(header.as_bytes()).is_err() {
                issue(
                    &format!("notifiers.{name}.headers.{header}"),
                    "is not a valid HTTP header name".into(),
                );
            }
            if http::HeaderValue::from_str(value.expose()).is_err() {
                // The value itself is not repeated: header values are often credentials.
                issue(
                    &format!("notifiers.{name}.headers.{header}"),
                    "the value has characters not allowed in an HTTP header (e.g. a newline)"
                        .into(),
                );
            }
        }
        for (i, link) in n.links.iter().enumerate() {
            if !link.href.starts_with("http://") && !link.href.starts_with("https://") {
                issue(
                    &format!("notifiers.{name}.links[{i}].href"),
                    "must start with http:// or https://".into(),
                );
            }
        }
        if n.timeout.is_zero() {
            issue(&path("timeout"), "must be greater than 0".into());
        }
        if n.max_per_minute == 0 {
            issue(&path("max_per_minute"), "must be at least 1".into());
        }
        if n.initial_backoff.is_zero() {
            issue(&path("initial_backoff"), "must be greater than 0".into());
        }
        if n.max_backoff < n.initial_backoff {
            issue(
                &path("max_backoff"),
                "must be at least initial_backoff".into(),
            );
        }
        if n.max_elapsed_time.is_zero() {
            issue(&path("max_elapsed_time"), "must be greater than 0".into());
        }
    }

    /// The settings each kind needs, and those it does not take.
    fn check_kind(&self, path: &dyn Fn(&str) -> String, issue: &mut dyn FnMut(&str, String)) {
        let n = self;
        match n.kind {
            NotifierKind::Pagerduty => {
                match &n.routing_key {
                    None => issue(
                        &path("routing_key"),
                        "pagerduty notifiers need a routing_key (e.g. ${env:PAGERDUTY_ROUTING_KEY})"
                            .into(),
                    ),
                    Some(k) if k.expose().trim().is_empty() => {
                        issue(&path("routing_key"), "is empty".into())
                    }
                    Some(_) => {}
                }
                if n.secret.is_some() || !n.headers.is_empty() {
                    issue(
                        &path("kind"),
                        "secret and headers are for webhook notifiers".into(),
                    );
                }
            }
            NotifierKind::Slack | NotifierKind::Webhook => {
                if n.url.is_none() {
                    issue(
                        &path("url"),
                        format!("{} notifiers need a url", n.kind.as_str()),
                    );
                }
                if n.routing_key.is_some() || !n.links.is_empty() || n.source.is_some() {
                    issue(
                        &path("kind"),
                        "routing_key, links and source are for pagerduty notifiers".into(),
                    );
                }
                if n.kind == NotifierKind::Slack && (n.secret.is_some() || !n.headers.is_empty()) {
                    issue(
                        &path("kind"),
                        "secret and headers are for webhook notifiers".into(),
                    );
                }
            }
        }
    }
}

impl RouteConfig {
    /// Value rules of `routes[i]`, its name aside.
    fn check(
        &self,
        i: usize,
        notifiers: &BTreeMap<String, NotifierConfig>,
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
            if !matches!(s.as_str(), "critical" | "warning" | "info") {
                issue(
                    &format!("routes[{i}].match.severity[{j}]"),
                    format!("'{s}' is not one of critical, warning, info"),
                );
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
