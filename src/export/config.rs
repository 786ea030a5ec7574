//! `exporters:` — forwarding received spans to the next OTLP hop, and the values it takes.

use std::time::Duration;

use serde::Deserialize;

use crate::config::{Parsed, Secret, one_of, serde_duration};

/// `exporters:`
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ExportersConfig {
    /// Forward received spans to another OTLP/gRPC endpoint.
    pub otlp: Option<OtlpExporterConfig>,
}

/// `exporters.otlp:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OtlpExporterConfig {
    /// `http://host:port` of the next hop's OTLP/gRPC receiver.
    pub endpoint: String,
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
    pub headers: std::collections::BTreeMap<String, Secret>,
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

impl ExportersConfig {
    /// Value rules, reported under `exporters.*`.
    pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        let Some(exp) = &self.otlp else {
            return;
        };
        match exp.endpoint.parse::<http::Uri>() {
            Ok(uri)
                if matches!(uri.scheme_str(), Some("http" | "https"))
                    && uri.authority().is_some() => {}
            _ => issue(
                "exporters.otlp.endpoint",
                format!(
                    "'{}' is not an http:// or https:// URL with a host (e.g. http://collector:4317)",
                    exp.endpoint
                ),
            ),
        }
        if let Some(refusal) = exp.compression.refusal() {
            issue("exporters.otlp.compression", refusal.to_owned());
        }
        if exp.queue_size == 0 {
            issue("exporters.otlp.queue_size", "must be greater than 0".into());
        }
        if exp.timeout.is_zero() {
            issue("exporters.otlp.timeout", "must be greater than 0".into());
        }
        for name in exp.headers.keys() {
            if http::HeaderName::from_bytes(name.as_bytes()).is_err() || name.starts_with("grpc-") {
                issue(
                    &format!("exporters.otlp.headers.{name}"),
                    "is not a valid gRPC metadata key (lower-case ASCII, not grpc-*)".into(),
                );
            }
        }
    }
}

/// `exporters.otlp.compression`.
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
