//! Notifiers: render a [`Notification`] in each service's format, send it over HTTP, and
//! classify the answer as delivered, worth retrying, or permanently refused.
//!
//! Secrets (routing keys, Slack webhook URLs, HMAC keys, header values) never reach a log line
//! or an error message: reqwest errors are stripped of their URL, and anything a receiver
//! echoes back is scrubbed of this notifier's secrets before it is kept.

use std::time::Duration;

use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use super::config::{NotifierConfig, NotifierKind, PAGERDUTY_EVENTS_URL};
use super::message::{AlertEntry, Notification, Status, max_severity};

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

/// Header carrying the webhook body's HMAC-SHA256: `sha256=<hex>`.
pub const SIGNATURE_HEADER: &str = "X-Agentwatch-Signature";
/// Header carrying the notification id, so receivers can drop redeliveries.
pub const ID_HEADER: &str = "X-Agentwatch-Notification-Id";

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
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
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

    fn url(&self) -> &str {
        match (&self.config.url, self.config.kind) {
            (Some(url), _) => url.expose(),
            (None, NotifierKind::Pagerduty) => PAGERDUTY_EVENTS_URL,
            // Validation requires a URL for the other kinds.
            (None, _) => "",
        }
    }

    /// Send one notification; `body` is its stored JSON (sent as is to webhooks, so the
    /// signature covers exactly the bytes stored).
    pub async fn send(&self, notification: &Notification, body: &str) -> Outcome {
        let (payload, headers) = match self.config.kind {
            NotifierKind::Pagerduty => (
                pagerduty_event(notification, &self.config).to_string(),
                Vec::new(),
            ),
            NotifierKind::Slack => (slack_message(notification).to_string(), Vec::new()),
            NotifierKind::Webhook => {
                let mut headers = vec![(ID_HEADER.to_owned(), notification.id.clone())];
                if let Some(secret) = &self.config.secret {
                    headers.push((SIGNATURE_HEADER.to_owned(), sign(secret.expose(), body)));
                }
                for (k, v) in &self.config.headers {
                    headers.push((k.clone(), v.expose().to_owned()));
                }
                (body.to_owned(), headers)
            }
        };
        let mut request = self
            .client
            .post(self.url())
            .header(http::header::CONTENT_TYPE, "application/json")
            .body(payload);
        for (k, v) in headers {
            request = request.header(k, v);
        }
        let response = match request.send().await {
            Ok(r) => r,
            // A request that cannot even be built (a bad header value) never will be.
            Err(e) if e.is_builder() => {
                return Outcome::Permanent {
                    error: self.scrub(&describe_request_error(e, self.config.timeout)),
                };
            }
            Err(e) => {
                return Outcome::Retry {
                    error: self.scrub(&describe_request_error(e, self.config.timeout)),
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
                    error: self.scrub(&describe_request_error(e, self.config.timeout)),
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
                if self.config.kind == NotifierKind::Slack && body.trim() != "ok" {
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
        let secrets = self
            .config
            .url
            .iter()
            .chain(&self.config.routing_key)
            .chain(&self.config.secret)
            .chain(self.config.headers.values());
        for s in secrets {
            let s = s.expose();
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

/// `sha256=<hex HMAC-SHA256 of body under key>`.
pub fn sign(key: &str, body: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body.as_bytes());
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
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

/// The PagerDuty Events API v2 event for a notification: `trigger` while the group fires,
/// `resolve` once it has resolved, both with the group's stable dedup key.
pub fn pagerduty_event(n: &Notification, config: &NotifierConfig) -> Value {
    let routing_key = config
        .routing_key
        .as_ref()
        .map_or("", |k| k.expose())
        .to_owned();
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
        // The first firing alert's figures at the top level, where PagerDuty shows them.
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
            "class": first.map(|a| a.metric.clone()),
            "custom_details": custom_details,
        },
    });
    let links = pagerduty_links(config, first);
    if !links.is_empty() {
        event["links"] = Value::Array(links);
    }
    event
}

fn pagerduty_links(config: &NotifierConfig, alert: Option<&AlertEntry>) -> Vec<Value> {
    let Some(a) = alert else {
        return Vec::new();
    };
    let fill = |href: &str| {
        href.replace("{service}", &a.service)
            .replace("{agent}", &a.agent)
            .replace("{rule}", &a.rule)
            .replace("{metric}", &a.metric)
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

#[cfg(test)]
mod tests {
    use super::*;

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
