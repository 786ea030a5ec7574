//! `exporters:` — forwarding received spans to the next OTLP hop and publishing scores there
//! as `gen_ai.evaluation.result` events, and the values it takes. Shaped like the
//! OpenTelemetry Collector's `otlp` (gRPC) and `otlphttp` exporters.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;

use crate::config::{Parsed, Secret, one_of, serde_duration};
use crate::security::client_tls::ClientTlsConfig;

/// `exporters:`
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ExportersConfig {
    /// Forward received spans to an OTLP/gRPC endpoint.
    pub otlp: Option<OtlpExporterConfig>,
    /// Forward received spans to an OTLP/HTTP endpoint (protobuf, `POST /v1/traces`).
    pub otlphttp: Option<OtlpHttpExporterConfig>,
}

/// `exporters.otlp:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OtlpExporterConfig {
    /// `http://host:port` or `https://host:port` of the next hop's OTLP/gRPC receiver.
    pub endpoint: String,
    /// TLS of an `https://` endpoint: the CA to trust, a client certificate.
    #[serde(default)]
    pub tls: ClientTlsConfig,
    /// `gzip` or `none`.
    #[serde(default)]
    pub compression: Parsed<ExportCompression>,
    /// Per-request timeout.
    #[serde(default = "default_export_timeout", with = "serde_duration")]
    pub timeout: Duration,
    /// Requests held while the next hop is slow or down; beyond that, requests are dropped and counted.
    #[serde(default = "default_export_queue")]
    pub queue_size: usize,
    /// How long a request is retried on retryable errors before it is dropped and counted.
    #[serde(default = "default_max_elapsed", with = "serde_duration")]
    pub max_elapsed_time: Duration,
    /// Extra gRPC metadata (e.g. an API key from `${env:...}`).
    #[serde(default)]
    pub headers: BTreeMap<String, Secret>,
    /// Forward the spans received (default true; false: only publish evaluations).
    #[serde(default = "default_true")]
    pub spans: bool,
    /// Publish every score as a `gen_ai.evaluation.result` log event (off by default).
    #[serde(default)]
    pub evaluations: EvaluationExportConfig,
}

/// `exporters.otlphttp:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OtlpHttpExporterConfig {
    /// Base URL of the next hop's OTLP/HTTP receiver (`https://host:4318`); spans go to
    /// `{endpoint}/v1/traces`.
    #[serde(default)]
    pub endpoint: Option<String>,
    /// The full URL spans are posted to, instead of `{endpoint}/v1/traces`.
    #[serde(default)]
    pub traces_endpoint: Option<String>,
    /// The full URL evaluation events are posted to, instead of `{endpoint}/v1/logs`.
    #[serde(default)]
    pub logs_endpoint: Option<String>,
    /// TLS of an `https://` endpoint: the CA to trust, a client certificate.
    #[serde(default)]
    pub tls: ClientTlsConfig,
    /// `gzip` or `none`.
    #[serde(default)]
    pub compression: Parsed<ExportCompression>,
    /// Per-request timeout.
    #[serde(default = "default_export_timeout", with = "serde_duration")]
    pub timeout: Duration,
    /// Requests held while the next hop is slow or down; beyond that, requests are dropped and counted.
    #[serde(default = "default_export_queue")]
    pub queue_size: usize,
    /// How long a request is retried on retryable errors before it is dropped and counted.
    #[serde(default = "default_max_elapsed", with = "serde_duration")]
    pub max_elapsed_time: Duration,
    /// Extra HTTP headers (e.g. `authorization: Bearer ${env:...}`).
    #[serde(default)]
    pub headers: BTreeMap<String, Secret>,
    /// Forward the spans received (default true; false: only publish evaluations).
    #[serde(default = "default_true")]
    pub spans: bool,
    /// Publish every score as a `gen_ai.evaluation.result` log event (off by default).
    #[serde(default)]
    pub evaluations: EvaluationExportConfig,
}

impl OtlpHttpExporterConfig {
    /// The URL spans are posted to: `traces_endpoint`, or `endpoint` + `/v1/traces`.
    pub fn traces_url(&self) -> String {
        match (&self.traces_endpoint, &self.endpoint) {
            (Some(url), _) => url.clone(),
            (None, Some(base)) => format!("{}/v1/traces", base.trim_end_matches('/')),
            (None, None) => String::new(),
        }
    }

    /// The URL evaluation events are posted to: `logs_endpoint`, or `endpoint` + `/v1/logs`.
    pub fn logs_url(&self) -> String {
        match (&self.logs_endpoint, &self.endpoint) {
            (Some(url), _) => url.clone(),
            (None, Some(base)) => format!("{}/v1/logs", base.trim_end_matches('/')),
            (None, None) => String::new(),
        }
    }

    /// The setting that holds the URL evaluation events are posted to.
    pub(super) fn logs_url_path(&self) -> &'static str {
        if self.logs_endpoint.is_some() {
            "exporters.otlphttp.logs_endpoint"
        } else {
            "exporters.otlphttp.endpoint"
        }
    }

    /// The setting that holds the URL spans are posted to.
    pub(super) fn url_path(&self) -> &'static str {
        if self.traces_endpoint.is_some() {
            "exporters.otlphttp.traces_endpoint"
        } else {
            "exporters.otlphttp.endpoint"
        }
    }
}

/// `exporters.<otlp|otlphttp>.evaluations:` — which scores leave as `gen_ai.evaluation.result`
/// log events, parented to the span they judge.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct EvaluationExportConfig {
    /// Publish scores (default false).
    pub enabled: bool,
    /// Only these evaluators' scores (empty: every evaluator).
    pub evaluators: Vec<String>,
    /// Only scores with these labels, e.g. `[fail]` (empty: every label).
    pub labels: Vec<String>,
}

impl EvaluationExportConfig {
    /// Value rules, reported under `path` (`exporters.otlp.evaluations`).
    fn check(&self, path: &str, issue: &mut dyn FnMut(&str, String)) {
        for (i, name) in self.evaluators.iter().enumerate() {
            if crate::eval::EvaluatorId::named(name).is_none() {
                let known: Vec<&str> = crate::eval::EvaluatorId::all()
                    .map(|e| e.descriptor().name)
                    .collect();
                issue(
                    &format!("{path}.evaluators[{i}]"),
                    format!("unknown evaluator '{name}' (one of: {})", known.join(", ")),
                );
            }
        }
        for (i, label) in self.labels.iter().enumerate() {
            if crate::eval::Label::parse(label).is_none() {
                issue(
                    &format!("{path}.labels[{i}]"),
                    format!("unknown label '{label}' (one of: ok, fail, slow, unscoreable)"),
                );
            }
        }
    }
}

fn default_true() -> bool {
    true
}

/// The delivery settings both exporters share.
pub(super) struct Delivery {
    /// `otlp` or `otlphttp`: the `exporter` label of its metrics, the key in the file.
    pub name: &'static str,
    pub timeout: Duration,
    pub queue_size: usize,
    pub max_elapsed_time: Duration,
}

impl OtlpExporterConfig {
    pub(super) fn delivery(&self) -> Delivery {
        Delivery {
            name: "otlp",
            timeout: self.timeout,
            queue_size: self.queue_size,
            max_elapsed_time: self.max_elapsed_time,
        }
    }
}

impl OtlpHttpExporterConfig {
    pub(super) fn delivery(&self) -> Delivery {
        Delivery {
            name: "otlphttp",
            timeout: self.timeout,
            queue_size: self.queue_size,
            max_elapsed_time: self.max_elapsed_time,
        }
    }
}

fn default_export_timeout() -> Duration {
    Duration::from_secs(5)
}
fn default_export_queue() -> usize {
    1000
}
fn default_max_elapsed() -> Duration {
    Duration::from_secs(300)
}

/// Whether `url` is an http:// or https:// URL with a host, and which.
fn url_scheme(url: &str) -> Option<&'static str> {
    match url.parse::<http::Uri>() {
        Ok(uri) if uri.authority().is_some() => match uri.scheme_str() {
            Some("http") => Some("http"),
            Some("https") => Some("https"),
            _ => None,
        },
        _ => None,
    }
}

/// Headers agentwatch sets itself on OTLP/HTTP requests.
const OWN_HTTP_HEADERS: [&str; 5] = [
    "content-type",
    "content-encoding",
    "content-length",
    "host",
    "transfer-encoding",
];

impl ExportersConfig {
    /// Value rules, reported under `exporters.*`.
    pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        if let Some(exp) = &self.otlp {
            let scheme = url_scheme(&exp.endpoint);
            if scheme.is_none() {
                issue(
                    "exporters.otlp.endpoint",
                    format!(
                        "'{}' is not an http:// or https:// URL with a host (e.g. http://collector:4317)",
                        exp.endpoint
                    ),
                );
            }
            exp.tls.check(
                "exporters.otlp.tls",
                "exporters.otlp.endpoint",
                scheme != Some("http"),
                issue,
            );
            check_delivery(&exp.compression, &exp.delivery(), issue);
            exp.evaluations.check("exporters.otlp.evaluations", issue);
            if !exp.spans && !exp.evaluations.enabled {
                issue(
                    "exporters.otlp.spans",
                    "is false and evaluations are off: the exporter would send nothing".into(),
                );
            }
            for (name, value) in &exp.headers {
                let path = format!("exporters.otlp.headers.{name}");
                if http::HeaderName::from_bytes(name.as_bytes()).is_err()
                    || name.starts_with("grpc-")
                {
                    issue(
                        &path,
                        "is not a valid gRPC metadata key (lower-case ASCII, not grpc-*)".into(),
                    );
                } else if tonic::metadata::AsciiMetadataValue::try_from(value.expose()).is_err() {
                    issue(&path, "the value is not valid as gRPC metadata (visible ASCII only; not printed: it may be a secret)".into());
                }
            }
        }
        if let Some(exp) = &self.otlphttp {
            self.check_http(exp, issue);
        }
    }

    fn check_http(&self, exp: &OtlpHttpExporterConfig, issue: &mut dyn FnMut(&str, String)) {
        let mut scheme = None;
        for (path, url, example) in [
            (
                "exporters.otlphttp.endpoint",
                &exp.endpoint,
                "https://collector:4318",
            ),
            (
                "exporters.otlphttp.traces_endpoint",
                &exp.traces_endpoint,
                "https://collector:4318/v1/traces",
            ),
            (
                "exporters.otlphttp.logs_endpoint",
                &exp.logs_endpoint,
                "https://collector:4318/v1/logs",
            ),
        ] {
            let Some(url) = url else { continue };
            match url_scheme(url) {
                Some(s) => {
                    if path == exp.url_path() {
                        scheme = Some(s);
                    }
                }
                None => issue(
                    path,
                    format!(
                        "'{url}' is not an http:// or https:// URL with a host (e.g. {example})"
                    ),
                ),
            }
        }
        if exp.endpoint.is_none() && exp.traces_endpoint.is_none() {
            issue(
                "exporters.otlphttp.endpoint",
                "is required (or traces_endpoint), e.g. https://collector:4318".into(),
            );
        }
        exp.tls.check(
            "exporters.otlphttp.tls",
            exp.url_path(),
            scheme != Some("http"),
            issue,
        );
        check_delivery(&exp.compression, &exp.delivery(), issue);
        exp.evaluations
            .check("exporters.otlphttp.evaluations", issue);
        if exp.evaluations.enabled && exp.endpoint.is_none() && exp.logs_endpoint.is_none() {
            issue(
                "exporters.otlphttp.logs_endpoint",
                "evaluations are on: set endpoint or logs_endpoint (e.g. https://collector:4318/v1/logs)".into(),
            );
        }
        if !exp.spans && !exp.evaluations.enabled {
            issue(
                "exporters.otlphttp.spans",
                "is false and evaluations are off: the exporter would send nothing".into(),
            );
        }
        for (name, value) in &exp.headers {
            let path = format!("exporters.otlphttp.headers.{name}");
            match http::HeaderName::from_bytes(name.as_bytes()) {
                Err(_) => issue(&path, "is not a valid HTTP header name".into()),
                Ok(header) if OWN_HTTP_HEADERS.contains(&header.as_str()) => issue(
                    &path,
                    "is set by agentwatch itself (protobuf body, gzip per compression)".into(),
                ),
                Ok(_) => {
                    if http::HeaderValue::from_str(value.expose()).is_err() {
                        issue(&path, "the value is not a valid HTTP header value (not printed: it may be a secret)".into());
                    }
                }
            }
        }
    }
}

/// The rules both exporters share, under `exporters.{name}.*`.
fn check_delivery(
    compression: &Parsed<ExportCompression>,
    delivery: &Delivery,
    issue: &mut dyn FnMut(&str, String),
) {
    let name = delivery.name;
    if let Some(refusal) = compression.refusal() {
        issue(&format!("exporters.{name}.compression"), refusal.to_owned());
    }
    if delivery.queue_size == 0 {
        issue(
            &format!("exporters.{name}.queue_size"),
            "must be greater than 0".into(),
        );
    }
    if delivery.timeout.is_zero() {
        issue(
            &format!("exporters.{name}.timeout"),
            "must be greater than 0".into(),
        );
    }
}

/// `exporters.*.compression`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportCompression {
    /// gzip (the default).
    #[default]
    Gzip,
    /// Uncompressed.
    None,
}

impl std::str::FromStr for ExportCompression {
    type Err = String;
    fn from_str(text: &str) -> Result<ExportCompression, String> {
        one_of(
            text,
            &[
                ("gzip", ExportCompression::Gzip),
                ("none", ExportCompression::None),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (path, message) of every problem `check` finds in the `exporters:` YAML `text`.
    fn issues(text: &str) -> Vec<(String, String)> {
        let config: ExportersConfig = serde_yaml::from_str(text).unwrap();
        let mut found = Vec::new();
        config.check(&mut |path, message| found.push((path.to_owned(), message)));
        found
    }

    fn paths(text: &str) -> Vec<String> {
        issues(text).into_iter().map(|(path, _)| path).collect()
    }

    #[test]
    fn both_exporters_with_tls_and_headers_are_accepted() {
        let text = "
otlp:
  endpoint: https://collector:4317
  tls: {ca_file: /etc/ca.pem, cert_file: /etc/client.pem, key_file: /etc/client.key}
  headers: {authorization: Bearer abc}
otlphttp:
  endpoint: https://collector:4318/
  tls: {ca_file: /etc/ca.pem}
  headers: {Authorization: Bearer abc, x-scope-orgid: team-a}
  compression: none
";
        assert_eq!(issues(text), vec![]);
        let config: ExportersConfig = serde_yaml::from_str(text).unwrap();
        let http = config.otlphttp.unwrap();
        assert_eq!(http.traces_url(), "https://collector:4318/v1/traces");
        assert_eq!(http.compression.get(), ExportCompression::None);
        assert_eq!(
            config.otlp.unwrap().compression.get(),
            ExportCompression::Gzip
        );
    }

    #[test]
    fn traces_endpoint_is_used_as_written() {
        let config: ExportersConfig = serde_yaml::from_str(
            "otlphttp: {endpoint: 'http://a:4318', traces_endpoint: 'https://b/otlp/traces'}",
        )
        .unwrap();
        assert_eq!(
            config.otlphttp.as_ref().unwrap().traces_url(),
            "https://b/otlp/traces"
        );
        // TLS settings follow the URL that is used.
        assert_eq!(
            paths(
                "otlphttp: {endpoint: 'https://a', traces_endpoint: 'http://b/v1/traces', tls: {ca_file: /ca.pem}}"
            ),
            vec!["exporters.otlphttp.tls"]
        );
    }

    #[test]
    fn tls_problems_are_reported_at_their_paths() {
        let found = issues(
            "
otlp:
  endpoint: http://collector:4317
  tls: {ca_file: /etc/ca.pem}
otlphttp:
  endpoint: https://collector:4318
  tls: {cert_file: /etc/client.pem}
",
        );
        let found_paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            found_paths,
            vec!["exporters.otlp.tls", "exporters.otlphttp.tls.key_file"]
        );
        assert!(found[0].1.contains("exporters.otlp.endpoint"), "{found:?}");
        assert!(found[0].1.contains("https://"), "{found:?}");
        assert_eq!(
            paths("otlp: {endpoint: 'https://c:4317', tls: {key_file: /k.pem, ca_file: ''}}"),
            vec!["exporters.otlp.tls.cert_file", "exporters.otlp.tls.ca_file"]
        );
        let unknown = serde_yaml::from_str::<ExportersConfig>(
            "otlp: {endpoint: 'https://c:4317', tls: {insecure_skip_verify: true}}",
        )
        .unwrap_err();
        assert!(
            unknown.to_string().contains("insecure_skip_verify"),
            "{unknown}"
        );
    }

    #[test]
    fn otlphttp_needs_a_url_and_leaves_its_own_headers_alone() {
        assert_eq!(
            paths("otlphttp: {compression: brotli}"),
            vec![
                "exporters.otlphttp.endpoint",
                "exporters.otlphttp.compression"
            ]
        );
        assert_eq!(
            paths("otlphttp: {endpoint: 'collector:4318', queue_size: 0, timeout: 0s}"),
            vec![
                "exporters.otlphttp.endpoint",
                "exporters.otlphttp.queue_size",
                "exporters.otlphttp.timeout"
            ]
        );
        let found = issues(
            "otlphttp:\n  endpoint: https://c\n  headers: {Content-Type: text/plain, 'bad header': x, x-token: \"a\\nb\"}\n",
        );
        let found_paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            found_paths,
            vec![
                "exporters.otlphttp.headers.Content-Type",
                "exporters.otlphttp.headers.bad header",
                "exporters.otlphttp.headers.x-token",
            ]
        );
        assert!(
            found.iter().all(|(_, m)| !m.contains("a\nb")),
            "header values are never printed: {found:?}"
        );
    }
}
