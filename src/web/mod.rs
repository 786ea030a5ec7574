//! The built-in pages: what agentwatch knows, read-only, on the admin endpoint (and behind its
//! TLS and token), for a single binary with no Grafana in front of it.
//!
//! - `/ui` ([`now`]): active alerts with their values, baselines, exemplar traces and each
//!   notifier's delivery status; the latest transitions.
//! - `/ui/series` ([`series`]): one series' windows over a range, drawn against the baseline
//!   band its rule judged them by ([`plot`]), breaches and the alert's transitions marked.
//! - `/ui/evaluators` ([`evaluators`]): per service and agent, the last hour's rates and the
//!   newest failing spans with their masked evidence.
//!
//! Server-rendered HTML and SVG, no script: nothing to fetch, works offline. Every read is
//! bounded in time and rows. Bad parameters get a 400 that names them, an unknown series a
//! 404.

pub mod config;
mod evaluators;
pub mod html;
mod now;
pub mod plot;
mod series;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

pub use self::config::UiConfig;
use crate::store::{Store, StoreError};

/// How a rule judges, as the pages show it.
#[derive(Debug, Clone, PartialEq)]
pub enum RuleView {
    /// Anomaly: a breach is more than `sigma` σ from the baseline mean.
    Anomaly {
        /// The rule's k.
        sigma: f64,
    },
    /// Static: `value op threshold` is a breach.
    Static {
        /// `>`, `>=`, `<` or `<=`.
        op: &'static str,
        /// The threshold.
        threshold: f64,
    },
}

/// What the pages read and how they show it.
#[derive(Clone)]
pub struct Pages {
    store: Arc<dyn Store>,
    config: UiConfig,
    rules: Arc<HashMap<String, RuleView>>,
    window: Duration,
}

impl Pages {
    /// Pages over `store`, for a pipeline whose rules are `rules` (by name) and whose windows
    /// are `window` long.
    pub fn new(
        store: Arc<dyn Store>,
        config: UiConfig,
        rules: HashMap<String, RuleView>,
        window: Duration,
    ) -> Pages {
        Pages {
            store,
            config,
            rules: Arc::new(rules),
            window,
        }
    }

    fn window_ns(&self) -> i64 {
        i64::try_from(self.window.as_nanos())
            .unwrap_or(i64::MAX)
            .max(1)
    }
}

/// The pages' routes, under `/ui`.
pub fn router<S: Clone + Send + Sync + 'static>(pages: Pages) -> Router<S> {
    Router::new()
        .route("/ui", get(now::page))
        .route("/ui/", get(now::page))
        .route("/ui/series", get(series::page))
        .route("/ui/evaluators", get(evaluators::page))
        .with_state(pages)
}

/// Why a page cannot be shown: the request's fault (4xx, naming what was wrong) or the
/// store's (503 when retrying may help, else 500).
#[derive(Debug)]
pub struct PageError {
    status: StatusCode,
    message: String,
}

impl PageError {
    /// 400: a parameter is missing or wrong.
    pub fn bad_request(message: impl Into<String>) -> PageError {
        PageError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }

    /// 404: what was asked for does not exist.
    pub fn not_found(message: impl Into<String>) -> PageError {
        PageError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
        }
    }
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> PageError {
        tracing::warn!(error = %e, "ui: store read failed");
        PageError {
            status: if e.is_retryable() {
                StatusCode::SERVICE_UNAVAILABLE
            } else {
                StatusCode::INTERNAL_SERVER_ERROR
            },
            message: format!("the store could not be read: {e}"),
        }
    }
}

impl From<axum::extract::rejection::QueryRejection> for PageError {
    fn from(e: axum::extract::rejection::QueryRejection) -> PageError {
        PageError::bad_request(format!("bad query string: {}", e.body_text()))
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let body = format!(
            "<h1>{} {}</h1><p class=\"err\" id=\"error\">{}</p>",
            self.status.as_u16(),
            html::escape(self.status.canonical_reason().unwrap_or("")),
            html::escape(&self.message)
        );
        with_headers(self.status, html::page("error", "", &body))
    }
}

/// An HTML response with the headers every page carries: no script may run (the pages have
/// none, so injected markup could not run one either), nothing cached, no sniffing, no
/// framing.
fn with_headers(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; \
                 form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::X_FRAME_OPTIONS, "DENY"),
        ],
        body,
    )
        .into_response()
}

/// A page's answer.
type PageResult = Result<Response, PageError>;

/// A page's HTML with its headers, 200.
fn ok(title: &str, active: &str, body: &str) -> PageResult {
    Ok(with_headers(
        StatusCode::OK,
        html::page(title, active, body),
    ))
}

/// Parse a time parameter: RFC 3339 (`2026-12-06T08:00:00Z`) → Unix ns.
fn time_param(name: &str, text: &str) -> Result<i64, PageError> {
    humantime::parse_rfc3339_weak(text)
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .and_then(|d| i64::try_from(d.as_nanos()).ok())
        .ok_or_else(|| {
            PageError::bad_request(format!(
                "{name}: '{text}' is not an RFC 3339 time (e.g. 2026-12-06T08:00:00Z)"
            ))
        })
}

/// Parse a duration parameter (`6h`, `2d`) no longer than `max`.
fn duration_param(name: &str, text: &str, max: Duration) -> Result<Duration, PageError> {
    let d = humantime::parse_duration(text).map_err(|e| {
        PageError::bad_request(format!(
            "{name}: '{text}' is not a duration like 6h or 2d ({e})"
        ))
    })?;
    if d.is_zero() || d > max {
        return Err(PageError::bad_request(format!(
            "{name}: '{text}' must be more than 0 and at most {}",
            human(max)
        )));
    }
    Ok(d)
}

/// A duration as people write it in the parameters: `31d`, `6h`, else humantime's form.
fn human(d: Duration) -> String {
    match d.as_secs() {
        s if s > 0 && s % 86400 == 0 && d.subsec_nanos() == 0 => format!("{}d", s / 86400),
        s if s > 0 && s % 3600 == 0 && d.subsec_nanos() == 0 => format!("{}h", s / 3600),
        _ => humantime::format_duration(d).to_string(),
    }
}

/// Wall-clock now, Unix ns.
fn now_ns() -> i64 {
    i64::try_from(crate::clock::now_unix_nano()).unwrap_or(i64::MAX)
}

/// `[]`-JSON of trace ids → the ids (anything else → none).
fn exemplars(json: &str) -> Vec<String> {
    serde_json::from_str::<Vec<String>>(json).unwrap_or_default()
}

/// Exemplar trace ids as links (through `admin.ui.trace_url`) or code, at most `max`.
fn trace_links(config: &UiConfig, ids: &[String], max: usize) -> String {
    let mut out = String::new();
    for id in ids.iter().take(max) {
        let text = html::escape(id);
        match config.trace_link(id) {
            Some(href) => out.push_str(&format!(
                "<a class=\"trace\" href=\"{}\" rel=\"noreferrer\"><code>{text}</code></a> ",
                html::escape(&href)
            )),
            None => out.push_str(&format!("<code class=\"trace\">{text}</code> ")),
        }
    }
    if ids.len() > max {
        out.push_str(&format!("<span class=\"note\">+{}</span>", ids.len() - max));
    }
    out
}

/// The link to a series' page.
fn series_link(service: &str, agent: &str, metric: &str, dimension: &str, rule: &str) -> String {
    html::url(
        "/ui/series",
        &[
            ("service", service),
            ("agent", agent),
            ("metric", metric),
            ("dimension", dimension),
            ("rule", rule),
        ],
    )
}

/// A series as text: `service / agent / metric [dimension]`.
fn series_name(service: &str, agent: &str, metric: &str, dimension: &str) -> String {
    let mut name = service.to_owned();
    if !agent.is_empty() {
        name.push_str(" / ");
        name.push_str(agent);
    }
    name.push_str(" / ");
    name.push_str(metric);
    if !dimension.is_empty() {
        name.push_str(" [");
        name.push_str(dimension);
        name.push(']');
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_name_what_was_wrong() {
        let e = time_param("from", "yesterday").unwrap_err();
        assert_eq!(e.status, StatusCode::BAD_REQUEST);
        assert!(e.message.starts_with("from: 'yesterday'"), "{}", e.message);
        let e = duration_param("range", "40d", Duration::from_secs(31 * 86400)).unwrap_err();
        assert!(e.message.ends_with("at most 31d"), "{}", e.message);
        assert!(duration_param("range", "soon", Duration::from_secs(60)).is_err());
        assert_eq!(
            duration_param("range", "6h", Duration::from_secs(86400)).unwrap(),
            Duration::from_secs(6 * 3600)
        );
        assert_eq!(
            time_param("until", "2026-11-02T00:00:00Z").unwrap(),
            1_793_577_600_000_000_000
        );
    }

    #[test]
    fn trace_links_escape_and_cap() {
        let config = UiConfig {
            trace_url: Some("https://tempo/trace/{trace_id}?a=1&b=2".into()),
            ..Default::default()
        };
        let ids = vec!["ab".to_owned(), "<x>".to_owned(), "cd".to_owned()];
        let out = trace_links(&config, &ids, 2);
        assert!(
            out.contains("href=\"https://tempo/trace/ab?a=1&amp;b=2\""),
            "{out}"
        );
        assert!(
            out.contains("<code class=\"trace\">&lt;x&gt;</code>"),
            "{out}"
        );
        assert!(out.contains("+1"), "{out}");
    }
}
