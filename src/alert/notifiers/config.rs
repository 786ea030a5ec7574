//! `notifiers:` — each notifier as written in the pipeline file, parsed into its kind's
//! settings while the file is read.
//!
//! The file format is one flat mapping per notifier whose `kind` says which fields apply. It is
//! read as [`NotifierFields`], so unknown keys and badly typed values are reported by serde
//! with their path as always, and then parsed into the tagged [`NotifierConfig`]: URLs and
//! headers parsed, each kind's required settings present, fields of other kinds refused. What
//! does not parse is not an error at once but an issue kept with its path: the loader's check
//! reports it together with every other problem of the file, so one run shows them all.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use serde::Deserialize;

use super::pagerduty::{LinkConfig, PagerdutyConfig};
use super::slack::SlackConfig;
use super::webhook::WebhookConfig;
use super::{NotifierConfig, NotifierKind};
use crate::config::{ConfigIssue, Secret, serde_duration};

/// One notifier (`notifiers.NAME`) as written in the pipeline file; [`NotifierFields::parse`]
/// turns it into a [`NotifierConfig`].
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NotifierFields {
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
    /// Longest delay between attempts (a longer `Retry-After` is still honoured, up to an
    /// hour or this, whichever is longer).
    #[serde(default = "default_max_backoff", with = "serde_duration")]
    pub max_backoff: Duration,
    /// A notification still failing after this long is given up (`expired`).
    #[serde(default = "default_max_elapsed", with = "serde_duration")]
    pub max_elapsed_time: Duration,
    /// Most notifications held in memory for delivery; more wait in the store's outbox and
    /// are read back as delivery catches up (none are dropped).
    #[serde(default = "default_max_queued")]
    pub max_queued: usize,
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
/// A day of sends at the default rate limit is 86,400; a thousand notifications of a few KB
/// each is a few MB per notifier, and the store holds the rest.
fn default_max_queued() -> usize {
    1000
}

/// How a notifier delivers, whatever its kind: timeouts, rate and retries.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryConfig {
    /// Per-request timeout (more than 0).
    pub timeout: Duration,
    /// Most notifications sent per minute (at least 1).
    pub max_per_minute: u32,
    /// First retry delay (more than 0).
    pub initial_backoff: Duration,
    /// Longest delay between attempts (at least `initial_backoff`).
    pub max_backoff: Duration,
    /// A notification still failing after this long is given up (more than 0).
    pub max_elapsed_time: Duration,
    /// Most notifications held in memory (at least 1); the rest wait in the store.
    pub max_queued: usize,
}

/// An absolute `http://` or `https://` URL, parsed when the file is read. It may be a
/// credential (a Slack webhook URL carries its token in the path), so `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpUrl {
    /// As written: receivers echo this form, and scrubbing looks for it.
    text: String,
    url: reqwest::Url,
}

impl HttpUrl {
    /// `text` as an absolute http(s) URL with a host, or None.
    pub fn parse(text: &str) -> Option<HttpUrl> {
        let url = reqwest::Url::parse(text).ok()?;
        let web = matches!(url.scheme(), "http" | "https") && url.host().is_some();
        web.then(|| HttpUrl {
            text: text.to_owned(),
            url,
        })
    }

    /// The parsed URL.
    pub fn url(&self) -> &reqwest::Url {
        &self.url
    }

    /// The URL as written; do not log it.
    pub fn expose(&self) -> &str {
        &self.text
    }
}

impl fmt::Debug for HttpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("HttpUrl(***)")
    }
}

/// A problem found while parsing one notifier: the field (relative to `notifiers.NAME`) and
/// what is wrong. Never holds a secret value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIssue {
    /// `url`, `headers.NAME`, `links[0].href`, ...
    pub field: String,
    /// What is wrong and which rule was broken.
    pub message: String,
}

/// The issues of one notifier, in the order they are reported.
#[derive(Debug, Default)]
pub(super) struct FieldIssues(Vec<FieldIssue>);

impl FieldIssues {
    pub(super) fn push(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(FieldIssue {
            field: field.to_owned(),
            message: message.into(),
        });
    }
}

/// The settings every kind parses the same way, handed to the kind's own parser.
pub(super) struct CommonParts {
    /// `url`, when given and valid.
    pub url: Option<HttpUrl>,
    /// `headers`, each name and value valid (values marked sensitive).
    pub headers: Vec<(http::HeaderName, http::HeaderValue)>,
    /// The delivery settings.
    pub delivery: DeliveryConfig,
}

/// Message for PagerDuty-only fields on another kind.
pub(super) const PAGERDUTY_ONLY: &str = "routing_key, links and source are for pagerduty notifiers";
/// Message for webhook-only fields on another kind.
pub(super) const WEBHOOK_ONLY: &str = "secret and headers are for webhook notifiers";

impl NotifierFields {
    /// The notifier's settings, or every problem found in them. The kind's own rules come
    /// first, then the URL, headers, links and delivery settings.
    pub fn parse(&self) -> Result<NotifierConfig, Vec<FieldIssue>> {
        // Parsed first, reported after the kind's rules: the order issues were always listed in.
        let mut common_issues = FieldIssues::default();
        let parts = self.common_parts(&mut common_issues);
        let mut issues = FieldIssues::default();
        let config = match self.kind {
            NotifierKind::Pagerduty => {
                PagerdutyConfig::parse(self, parts, &mut issues).map(NotifierConfig::Pagerduty)
            }
            NotifierKind::Slack => {
                SlackConfig::parse(self, parts, &mut issues).map(NotifierConfig::Slack)
            }
            NotifierKind::Webhook => {
                WebhookConfig::parse(self, parts, &mut issues).map(NotifierConfig::Webhook)
            }
        };
        issues.0.extend(common_issues.0);
        match config {
            Some(config) if issues.0.is_empty() => Ok(config),
            _ => {
                debug_assert!(!issues.0.is_empty(), "a kind refused without saying why");
                Err(issues.0)
            }
        }
    }

    fn common_parts(&self, issues: &mut FieldIssues) -> CommonParts {
        let url = self.url.as_ref().and_then(|url| {
            let parsed = HttpUrl::parse(url.expose());
            if parsed.is_none() {
                // The URL itself is not repeated: a Slack webhook URL is a credential.
                issues.push("url", "is not an absolute http:// or https:// URL");
            }
            parsed
        });
        let mut headers = Vec::new();
        for (name, value) in &self.headers {
            let field = format!("headers.{name}");
            let parsed_name = http::HeaderName::from_bytes(name.as_bytes());
            if parsed_name.is_err() {
                issues.push(&field, "is not a valid HTTP header name");
            }
            let parsed_value = http::HeaderValue::from_str(value.expose());
            if parsed_value.is_err() {
                // The value itself is not repeated: header values are often credentials.
                issues.push(
                    &field,
                    "the value has characters not allowed in an HTTP header (e.g. a newline)",
                );
            }
            if let (Ok(name), Ok(mut value)) = (parsed_name, parsed_value) {
                value.set_sensitive(true);
                headers.push((name, value));
            }
        }
        for (i, link) in self.links.iter().enumerate() {
            if !link.href.starts_with("http://") && !link.href.starts_with("https://") {
                issues.push(
                    &format!("links[{i}].href"),
                    "must start with http:// or https://",
                );
            }
        }
        CommonParts {
            url,
            headers,
            delivery: self.delivery(issues),
        }
    }

    fn delivery(&self, issues: &mut FieldIssues) -> DeliveryConfig {
        if self.timeout.is_zero() {
            issues.push("timeout", "must be greater than 0");
        }
        if self.max_per_minute == 0 {
            issues.push("max_per_minute", "must be at least 1");
        }
        if self.initial_backoff.is_zero() {
            issues.push("initial_backoff", "must be greater than 0");
        }
        if self.max_backoff < self.initial_backoff {
            issues.push("max_backoff", "must be at least initial_backoff");
        }
        if self.max_elapsed_time.is_zero() {
            issues.push("max_elapsed_time", "must be greater than 0");
        }
        if self.max_queued == 0 {
            issues.push("max_queued", "must be at least 1");
        }
        DeliveryConfig {
            timeout: self.timeout,
            max_per_minute: self.max_per_minute,
            initial_backoff: self.initial_backoff,
            max_backoff: self.max_backoff,
            max_elapsed_time: self.max_elapsed_time,
            max_queued: self.max_queued,
        }
    }

    /// Whether a PagerDuty-only field is set.
    pub(super) fn has_pagerduty_fields(&self) -> bool {
        self.routing_key.is_some() || !self.links.is_empty() || self.source.is_some()
    }

    /// Whether a webhook-only field is set.
    pub(super) fn has_webhook_fields(&self) -> bool {
        self.secret.is_some() || !self.headers.is_empty()
    }

    /// The `url` a Slack or webhook notifier needs: reports its absence (an unparsable one
    /// is reported with the common settings).
    pub(super) fn required_url(
        &self,
        parsed: Option<HttpUrl>,
        issues: &mut FieldIssues,
    ) -> Option<HttpUrl> {
        if self.url.is_none() {
            issues.push(
                "url",
                format!("{} notifiers need a url", self.kind.as_str()),
            );
        }
        parsed
    }
}

/// A notifier standing alone (outside a pipeline file): every problem in one error.
impl TryFrom<NotifierFields> for NotifierConfig {
    type Error = String;

    fn try_from(fields: NotifierFields) -> Result<Self, Self::Error> {
        fields.parse().map_err(|issues| {
            let text: Vec<String> = issues
                .iter()
                .map(|i| format!("{}: {}", i.field, i.message))
                .collect();
            text.join("; ")
        })
    }
}

/// Whether `name` may name a notifier or route.
pub(crate) fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// `notifiers:` — every notifier by name, parsed while the file is read. Those that did not
/// parse keep their name (routes may name them) and their issues, which the pipeline's check
/// reports; a loaded pipeline has none.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(from = "BTreeMap<String, NotifierFields>")]
pub struct Notifiers {
    /// By name: the parsed settings, or None for a notifier that did not parse.
    entries: BTreeMap<String, Option<NotifierConfig>>,
    /// What did not parse, with paths from the top of the file, in name order.
    issues: Vec<ConfigIssue>,
}

impl From<BTreeMap<String, NotifierFields>> for Notifiers {
    fn from(fields: BTreeMap<String, NotifierFields>) -> Notifiers {
        let mut notifiers = Notifiers::default();
        for (name, fields) in fields {
            if !valid_name(&name) {
                notifiers.issues.push(ConfigIssue {
                    path: format!("notifiers.{name}"),
                    message:
                        "notifier names are lower-case letters, digits, '-' and '_' (at most 64)"
                            .into(),
                });
            }
            let parsed = fields.parse();
            let config = match parsed {
                Ok(config) => Some(config),
                Err(issues) => {
                    notifiers
                        .issues
                        .extend(issues.into_iter().map(|i| ConfigIssue {
                            path: format!("notifiers.{name}.{}", i.field),
                            message: i.message,
                        }));
                    None
                }
            };
            notifiers.entries.insert(name, config);
        }
        notifiers
    }
}

impl Notifiers {
    /// The notifier called `name`.
    pub fn get(&self, name: &str) -> Option<&NotifierConfig> {
        self.entries.get(name).and_then(Option::as_ref)
    }

    /// Whether a notifier called `name` is configured.
    pub fn contains_key(&self, name: &str) -> bool {
        self.entries.contains_key(name)
    }

    /// Every configured name, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.keys()
    }

    /// Every notifier with its name, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &NotifierConfig)> {
        self.entries
            .iter()
            .filter_map(|(name, config)| Some((name, config.as_ref()?)))
    }

    /// Whether no notifier is configured.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// What did not parse, with paths from the top of the file.
    pub fn issues(&self) -> &[ConfigIssue] {
        &self.issues
    }
}

impl std::ops::Index<&str> for Notifiers {
    type Output = NotifierConfig;

    /// The notifier called `name`; panics when there is none (like a map's index).
    fn index(&self, name: &str) -> &NotifierConfig {
        match self.get(name) {
            Some(config) => config,
            None => panic!("no notifier '{name}'"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notifiers(yaml: &str) -> Notifiers {
        serde_yaml::from_str(yaml).unwrap()
    }

    #[test]
    fn each_kind_parses_into_its_own_settings() {
        let n = notifiers(
            "
pd: {kind: pagerduty, routing_key: k, source: me}
chat: {kind: slack, url: 'https://hooks.slack.com/services/T/B/X'}
hook: {kind: webhook, url: 'http://127.0.0.1:9/h', headers: {X-Token: t}, timeout: 2s}
",
        );
        assert!(n.issues().is_empty(), "{:?}", n.issues());
        let NotifierConfig::Pagerduty(pd) = &n["pd"] else {
            panic!("{:?}", n["pd"]);
        };
        assert_eq!(pd.endpoint(), super::super::PAGERDUTY_EVENTS_URL);
        assert_eq!(pd.source.as_deref(), Some("me"));
        assert!(matches!(&n["chat"], NotifierConfig::Slack(_)));
        let NotifierConfig::Webhook(hook) = &n["hook"] else {
            panic!("{:?}", n["hook"]);
        };
        assert_eq!(hook.headers[0].0, "x-token");
        assert!(hook.headers[0].1.is_sensitive());
        assert_eq!(hook.delivery.timeout, Duration::from_secs(2));
        assert_eq!(hook.delivery.max_per_minute, 60);
    }

    #[test]
    fn what_does_not_parse_is_kept_as_issues_with_paths_in_the_checks_order() {
        let n = notifiers(
            "
bad: {kind: slack, url: 'ftp://x', routing_key: k, secret: s, max_per_minute: 0}
Upper: {kind: webhook, url: 'http://h'}
",
        );
        let found: Vec<String> = n.issues().iter().map(|i| i.to_string()).collect();
        assert_eq!(
            found,
            [
                "notifiers.Upper: notifier names are lower-case letters, digits, '-' and '_' (at most 64)",
                "notifiers.bad.kind: routing_key, links and source are for pagerduty notifiers",
                "notifiers.bad.kind: secret and headers are for webhook notifiers",
                "notifiers.bad.url: is not an absolute http:// or https:// URL",
                "notifiers.bad.max_per_minute: must be at least 1",
            ]
        );
        assert!(n.get("bad").is_none() && n.contains_key("bad"));
        assert!(
            n.get("Upper").is_some(),
            "a bad name is reported, the notifier parsed"
        );
    }

    #[test]
    fn a_notifier_alone_reports_every_problem_in_one_error() {
        let err = serde_yaml::from_str::<NotifierConfig>("kind: webhook\nsource: x\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("url: webhook notifiers need a url; kind: routing_key, links"),
            "{err}"
        );
    }

    #[test]
    fn urls_are_parsed_and_never_shown_by_debug() {
        let url = HttpUrl::parse("https://hooks.example.com/s3cr3t").unwrap();
        assert_eq!(url.url().path(), "/s3cr3t");
        assert!(!format!("{url:?}").contains("s3cr3t"));
        for bad in [
            "hooks.example.com",
            "file:///etc/passwd",
            "mailto:a@b.c",
            "",
        ] {
            assert!(HttpUrl::parse(bad).is_none(), "{bad}");
        }
    }
}
