//! `agentwatch-loadgen` arguments: where to send, how fast, for how long, and what traffic.

use std::time::Duration;

/// OTLP transport to send with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Protocol {
    /// OTLP/gRPC (`TraceService/Export`).
    Grpc,
    /// OTLP/HTTP, protobuf bodies on `/v1/traces`.
    Http,
}

/// `agentwatch-loadgen` arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct LoadgenArgs {
    /// Transport.
    #[arg(long, value_enum, default_value_t = Protocol::Grpc)]
    pub protocol: Protocol,
    /// Where the receiver listens (host:port); default 127.0.0.1:4317 for gRPC, :4318 for HTTP.
    #[arg(long)]
    pub target: Option<String>,
    /// How long to send.
    #[arg(long, default_value = "30s", value_parser = humantime::parse_duration)]
    pub duration: Duration,
    /// Target rate in spans per second; without it, as fast as the server accepts.
    #[arg(long)]
    pub rate: Option<f64>,
    /// Concurrent requests (one connection each).
    #[arg(long, default_value_t = 8)]
    pub connections: usize,
    /// Spans per OTLP request.
    #[arg(long, default_value_t = 512)]
    pub spans_per_request: usize,
    /// Fraction of chat spans whose reply leaks personal data.
    #[arg(long, default_value_t = 0.02)]
    pub pii_fraction: f64,
    /// Fraction of chat spans whose reply is a refusal.
    #[arg(long, default_value_t = 0.03)]
    pub refusal_fraction: f64,
    /// Fraction of tool spans that fail.
    #[arg(long, default_value_t = 0.05)]
    pub tool_error_fraction: f64,
    /// Smallest chat reply, bytes (replies are log-uniform between min and max).
    #[arg(long, default_value_t = 512)]
    pub min_reply_bytes: usize,
    /// Largest chat reply, bytes.
    #[arg(long, default_value_t = 8192)]
    pub max_reply_bytes: usize,
    /// Distinct request templates to cycle through (each send gets fresh ids and times).
    #[arg(long, default_value_t = 8)]
    pub templates: usize,
    /// After a push-back answer, a connection pauses this long before its next request.
    #[arg(long, default_value = "50ms", value_parser = humantime::parse_duration)]
    pub pushback_pause: Duration,
    /// Process id of the server, to report its CPU and resident memory (from /proc).
    #[arg(long)]
    pub server_pid: Option<u32>,
    /// Seed of the generated content.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Print the report as one JSON line instead of text.
    #[arg(long)]
    pub json: bool,
    /// Connect with TLS, trusting the CA certificates in this PEM file.
    #[arg(long)]
    pub tls_ca: Option<std::path::PathBuf>,
    /// Client certificate (PEM) for mutual TLS; with `--tls-key`.
    #[arg(long, requires = "tls_key")]
    pub tls_cert: Option<std::path::PathBuf>,
    /// The client certificate's private key (PEM).
    #[arg(long, requires = "tls_cert")]
    pub tls_key: Option<std::path::PathBuf>,
    /// Bearer token sent as `authorization: Bearer …` (or set AGENTWATCH_TOKEN).
    #[arg(long, env = "AGENTWATCH_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
}

impl LoadgenArgs {
    /// Refuse values that make no sense (fractions outside 0..1, no connections, ...).
    pub fn check(&self) -> anyhow::Result<()> {
        let fraction = |name: &str, v: f64| {
            anyhow::ensure!(
                (0.0..=1.0).contains(&v),
                "--{name} must be within 0..1, got {v}"
            );
            Ok(())
        };
        fraction("pii-fraction", self.pii_fraction)?;
        fraction("refusal-fraction", self.refusal_fraction)?;
        fraction("tool-error-fraction", self.tool_error_fraction)?;
        anyhow::ensure!(self.connections > 0, "--connections must be at least 1");
        anyhow::ensure!(
            self.spans_per_request > 0,
            "--spans-per-request must be at least 1"
        );
        anyhow::ensure!(
            self.min_reply_bytes > 0 && self.min_reply_bytes <= self.max_reply_bytes,
            "--min-reply-bytes must be positive and at most --max-reply-bytes"
        );
        if let Some(rate) = self.rate {
            anyhow::ensure!(
                rate.is_finite() && rate > 0.0,
                "--rate must be a positive number of spans per second"
            );
        }
        Ok(())
    }

    /// The receiver address to send to: `--target`, or the protocol's default local port.
    pub fn target(&self) -> String {
        self.target.clone().unwrap_or_else(|| match self.protocol {
            Protocol::Grpc => "127.0.0.1:4317".into(),
            Protocol::Http => "127.0.0.1:4318".into(),
        })
    }
}
