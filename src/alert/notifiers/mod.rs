//! Notifiers: render a [`Notification`] in each service's format, send it over HTTP, and
//! classify the answer as delivered, worth retrying, or permanently refused. Each kind has its
//! own file with its settings and format: [`pagerduty`], [`slack`], [`webhook`]; [`config`]
//! reads them from the pipeline file.
//!
//! Secrets (routing keys, Slack webhook URLs, HMAC keys, header values) never reach a log line
//! or an error message: reqwest errors are stripped of their URL, and anything a receiver
//! echoes back is scrubbed of this notifier's secrets before it is kept.

pub mod config;
pub mod pagerduty;
pub mod slack;
pub mod webhook;

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;

use self::config::{FieldIssues, valid_name};
use super::message::Notification;
use crate::config::ConfigIssue;
pub use config::{DeliveryConfig, FieldIssue, HttpUrl, LinkConfig, NotifierFields, NotifierKind};
pub use pagerduty::{PAGERDUTY_EVENTS_URL, PagerdutyConfig, pagerduty_event};
pub use slack::{SlackConfig, slack_message};
pub use webhook::{ID_HEADER, SIGNATURE_HEADER, WebhookConfig, sign};

/// One notifier's settings (`notifiers.NAME`), by `kind`: each kind has the settings it
/// takes, parsed. Read from the file's flat form, [`NotifierFields`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "NotifierFields")]
pub enum NotifierConfig {
    /// `kind: pagerduty`.
    Pagerduty(PagerdutyConfig),
    /// `kind: slack`.
    Slack(SlackConfig),
    /// `kind: webhook`.
    Webhook(WebhookConfig),
}

impl NotifierConfig {
    /// Which kind it is.
    pub fn kind(&self) -> NotifierKind {
        match self {
            NotifierConfig::Pagerduty(_) => NotifierKind::Pagerduty,
            NotifierConfig::Slack(_) => NotifierKind::Slack,
            NotifierConfig::Webhook(_) => NotifierKind::Webhook,
        }
    }

    /// Timeouts, rate and retries.
    pub fn delivery(&self) -> &DeliveryConfig {
        match self {
            NotifierConfig::Pagerduty(c) => &c.delivery,
            NotifierConfig::Slack(c) => &c.delivery,
            NotifierConfig::Webhook(c) => &c.delivery,
        }
    }

    /// Where notifications are posted.
    pub fn endpoint(&self) -> &str {
        match self {
            NotifierConfig::Pagerduty(c) => c.endpoint(),
            NotifierConfig::Slack(c) => c.url.url().as_str(),
            NotifierConfig::Webhook(c) => c.url.url().as_str(),
        }
    }

    /// Every secret value of this notifier, as configured: URL, routing key, HMAC key,
    /// header values.
    fn secrets(&self) -> Vec<String> {
        match self {
            NotifierConfig::Pagerduty(c) => c
                .url
                .iter()
                .map(|u| u.expose().to_owned())
                .chain([c.routing_key.expose().to_owned()])
                .collect(),
            NotifierConfig::Slack(c) => vec![c.url.expose().to_owned()],
            NotifierConfig::Webhook(c) => [c.url.expose().to_owned()]
                .into_iter()
                .chain(c.secret.iter().map(|s| s.expose().to_owned()))
                .chain(
                    c.headers
                        .iter()
                        .map(|(_, v)| String::from_utf8_lossy(v.as_bytes()).into_owned()),
                )
                .collect(),
        }
    }
}

/// What became of one attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The receiver took it (HTTP status).
    Delivered(u16),
    /// Worth trying again: 429, 5xx, 408, a timeout, a connection failure.
    Retry {
        /// What happened (no secrets).
        error: String,
        /// The receiver's `Retry-After`, if it sent one.
        retry_after: Option<Duration>,
    },
    /// Will never succeed as is: a 4xx, a Slack body other than `ok`.
    Permanent {
        /// What happened (no secrets).
        error: String,
    },
}

/// How long a receiver's error body may be when it is kept as the error message.
const MAX_ERROR_BODY: usize = 300;

/// A configured notifier, ready to send.
pub struct Notifier {
    /// Its name in the pipeline file.
    pub name: String,
    /// Its settings.
    pub config: NotifierConfig,
    client: reqwest::Client,
}

impl Notifier {
    /// A notifier for `config`.
    pub fn new(name: &str, config: &NotifierConfig) -> anyhow::Result<Notifier> {
        let timeout = config.delivery().timeout;
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            // A redirected POST is either dropped or resent as GET: neither delivers.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("agentwatch/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| anyhow::anyhow!("notifier {name}: cannot build HTTP client: {e}"))?;
        Ok(Notifier {
            name: name.to_owned(),
            config: config.clone(),
            client,
        })
    }

    /// Send one notification; `body` is its stored JSON (sent as is to webhooks, so the
    /// signature covers exactly the bytes stored).
    pub async fn send(&self, notification: &Notification, body: &str) -> Outcome {
        let payload = match &self.config {
            NotifierConfig::Pagerduty(c) => pagerduty_event(notification, c).to_string(),
            NotifierConfig::Slack(_) => slack_message(notification).to_string(),
            NotifierConfig::Webhook(_) => body.to_owned(),
        };
        let mut request = self
            .client
            .post(self.config.endpoint())
            .header(http::header::CONTENT_TYPE, "application/json")
            .body(payload);
        if let NotifierConfig::Webhook(c) = &self.config {
            request = c.add_headers(request, notification, body);
        }
        let timeout = self.config.delivery().timeout;
        let response = match request.send().await {
            Ok(r) => r,
            // A request that cannot even be built (a bad header value) never will be.
            Err(e) if e.is_builder() => {
                return Outcome::Permanent {
                    error: self.scrub(&describe_request_error(e, timeout)),
                };
            }
            Err(e) => {
                return Outcome::Retry {
                    error: self.scrub(&describe_request_error(e, timeout)),
                    retry_after: None,
                };
            }
        };
        let status = response.status();
        let retry_after = response
            .headers()
            .get(http::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(parse_retry_after);
        let text = match response.text().await {
            Ok(t) => t,
            Err(e) => {
                return Outcome::Retry {
                    error: self.scrub(&describe_request_error(e, timeout)),
                    retry_after,
                };
            }
        };
        self.classify(status.as_u16(), &text, retry_after)
    }

    fn classify(&self, status: u16, body: &str, retry_after: Option<Duration>) -> Outcome {
        let snippet = || {
            let mut s: String = body.trim().chars().take(MAX_ERROR_BODY).collect();
            if s.is_empty() {
                s = "(empty body)".into();
            }
            self.scrub(&s)
        };
        match status {
            200..=299 => {
                // Slack answers `ok`; anything else in a 2xx is not a delivery.
                if matches!(self.config, NotifierConfig::Slack(_)) && body.trim() != "ok" {
                    Outcome::Permanent {
                        error: format!("HTTP {status} but the body is not 'ok': {}", snippet()),
                    }
                } else {
                    Outcome::Delivered(status)
                }
            }
            408 | 429 | 500..=599 => Outcome::Retry {
                error: format!("HTTP {status}: {}", snippet()),
                retry_after,
            },
            300..=399 => Outcome::Permanent {
                error: format!(
                    "HTTP {status}: redirects are not followed; configure the final URL"
                ),
            },
            _ => Outcome::Permanent {
                error: format!("HTTP {status}: {}", snippet()),
            },
        }
    }

    /// Replace every secret of this notifier in `text` with `***`: whole values, and the
    /// parts a receiver is likely to echo alone — a URL's path, query values and user info,
    /// the token of `Bearer <token>`, and JSON-escaped forms.
    fn scrub(&self, text: &str) -> String {
        let mut fragments: Vec<String> = Vec::new();
        for s in &self.config.secrets() {
            let s = s.as_str();
            fragments.push(s.to_owned());
            fragments.extend(s.split_whitespace().map(str::to_owned));
            if let Ok(url) = reqwest::Url::parse(s) {
                fragments.push(url.path().to_owned());
                fragments.extend(url.path_segments().into_iter().flatten().map(str::to_owned));
                fragments.extend(url.query_pairs().map(|(_, v)| v.into_owned()));
                fragments.push(url.username().to_owned());
                fragments.extend(url.password().map(str::to_owned));
            }
        }
        // Short parts (`v2`, `Bearer`) would only mangle ordinary text; longest first, so a
        // whole URL is replaced before its parts.
        fragments.retain(|f| f.len() >= 8 || (f.len() >= 4 && f.contains('/')));
        fragments.sort_by_key(|f| std::cmp::Reverse(f.len()));
        fragments.dedup();
        let mut out = text.to_owned();
        for f in &fragments {
            out = out.replace(f.as_str(), "***");
            let escaped = f.replace('/', "\\/");
            if escaped != *f {
                out = out.replace(escaped.as_str(), "***");
            }
        }
        out
    }
}

/// A reqwest error in words, without its URL (which may be a secret).
fn describe_request_error(e: reqwest::Error, timeout: Duration) -> String {
    if e.is_timeout() {
        return format!("no answer within {}", humantime::format_duration(timeout));
    }
    let kind = if e.is_connect() {
        "cannot connect"
    } else if e.is_body() || e.is_decode() {
        "reading the answer failed"
    } else {
        "request failed"
    };
    // The innermost source says why (refused, reset, DNS).
    let e = e.without_url();
    let mut why = String::new();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        why = s.to_string();
        source = s.source();
    }
    if why.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind}: {why}")
    }
}

/// `Retry-After` as seconds or an HTTP date.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

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
        assert_eq!(pd.endpoint(), super::PAGERDUTY_EVENTS_URL);
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
    fn secrets_are_scrubbed_whole_and_in_the_parts_receivers_echo() {
        let yaml = "
kind: webhook
url: https://hooks.example.com/services/T000/B000/XXXXSECRETXXXX?token=qwertyuiop123
headers:
  Authorization: Bearer abcdefghijklmnop
";
        let config: NotifierConfig = serde_yaml::from_str(yaml).unwrap();
        let n = Notifier::new("audit", &config).unwrap();
        let echoed = "Cannot POST /services/T000/B000/XXXXSECRETXXXX (token qwertyuiop123, \
                      auth abcdefghijklmnop, json \"https:\\/\\/hooks.example.com\\/services\\/T000\\/B000\\/XXXXSECRETXXXX\")";
        let clean = n.scrub(echoed);
        for secret in ["XXXXSECRETXXXX", "qwertyuiop123", "abcdefghijklmnop"] {
            assert!(!clean.contains(secret), "{secret} in {clean}");
        }
        assert!(clean.starts_with("Cannot POST ***"), "{clean}");
    }

    #[test]
    fn hmac_matches_rfc_4231_test_case_2() {
        // RFC 4231 §4.3: key "Jefe", data "what do ya want for nothing?".
        assert_eq!(
            sign("Jefe", "what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO),
            "a date in the past means now"
        );
        let future = std::time::SystemTime::now() + Duration::from_secs(120);
        let text = httpdate::fmt_http_date(future);
        let got = parse_retry_after(&text).unwrap();
        assert!(
            got > Duration::from_secs(100) && got <= Duration::from_secs(120),
            "{got:?} from {text}"
        );
        assert_eq!(parse_retry_after("soon"), None);
    }
}
