//! `agentwatch run`: the pipeline, until SIGINT or SIGTERM.

use std::path::PathBuf;

use clap::ValueEnum;
use tokio_util::sync::CancellationToken;

use super::args::SetArgs;
use super::{load_config, runtime};
use crate::app::{Listening, Role};
use crate::telemetry;

/// `agentwatch run` arguments.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Pipeline file (YAML), e.g. pipelines/local.yaml.
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// `--set PATH=VALUE` overrides of the pipeline file.
    #[command(flatten)]
    pub set: SetArgs,
    /// Which stages to run: all (one process), or one role of a distributed
    /// deployment over Kafka (ingest, score, detect). Without admin.endpoint in the file,
    /// each role's admin endpoint has a port of its own: 8317 (all, ingest), 8318 (score),
    /// 8319 (detect), on 127.0.0.1.
    #[arg(long, value_enum, default_value_t = Role::All)]
    pub role: Role,
    /// Log format on stderr.
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

/// Log output format.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// Run the pipeline until a signal asks it to stop.
pub fn run(args: &RunArgs) -> anyhow::Result<()> {
    telemetry::init_logging(matches!(args.log_format, LogFormat::Json));
    let config = load_config(args.config.as_deref(), &args.set, args.role)?;
    let role = args.role;
    runtime()?.block_on(async {
        let shutdown = CancellationToken::new();
        tokio::spawn(stop_on_signal(shutdown.clone()));
        crate::app::run_role(config, role, shutdown, print_listening).await
    })
}

/// Once every listener is bound, one JSON line on stdout with the actual addresses (ports
/// configured as 0 resolved), for supervisors and scripts: `{"event":"listening",...}`.
fn print_listening(listening: &Listening) {
    use std::io::Write;
    let show = |a: Option<std::net::SocketAddr>| a.map(|a| a.to_string());
    let line = serde_json::json!({
        "event": "listening",
        "otlp_grpc": show(listening.grpc),
        "otlp_http": show(listening.http),
        "admin": show(listening.admin),
    });
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// Cancel `token` on SIGINT or SIGTERM.
async fn stop_on_signal(token: CancellationToken) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).expect("installing the SIGTERM handler");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    token.cancel();
}
