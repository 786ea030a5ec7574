//! `notifiers:` — each notifier as written in the pipeline file, parsed into its kind's
//! settings while the file is read.
//!
//! The file format is one flat mapping per notifier whose `kind` says which fields apply. It is
//! read as [`NotifierFields`], so unknown keys and badly typed values are reported by serde
//! with their path as always; the settings every kind shares (URL, headers, delivery) are
//! parsed here, each kind's own in its file, and [`NotifierFields::parse`] assembles the tagged
//! [`NotifierConfig`](super::NotifierConfig): each kind's required settings present, fields of
//! other kinds refused. What
//! does not parse is not an error at once but an issue kept with its path: the loader's check
//! reports it together with every other problem of the file, so one run shows them all.

use std::collections::BTreeMap;
use std::fmt;
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

/// A link attached to PagerDuty events (`notifiers.NAME.links[]`). `href` may contain
/// `{service}`, `{agent}`, `{rule}`, `{metric}`, `{dedup_key}` and `{trace_id}`; a link with
/// `{trace_id}` is repeated for each exemplar trace (up to three).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LinkConfig {
    /// URL template (starts with http:// or https://).
    pub href: String,
    /// Link text.
    #[serde(default)]
    pub text: String,
}

/// One notifier (`notifiers.NAME`) as written in the pipeline file; [`NotifierFields::parse`]
/// turns it into a [`NotifierConfig`](super::NotifierConfig).
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
pub(super) struct FieldIssues(pub(super) Vec<FieldIssue>);

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
    pub(super) fn common_parts(&self, issues: &mut FieldIssues) -> CommonParts {
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

/// Whether `name` may name a notifier or route.
pub(crate) fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

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
