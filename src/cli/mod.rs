//! The command line: one file per command — `run`, `validate`, `query`, `alerts`,
//! `notify-test`, `replay`, `score`, `clickhouse-schema` — each with its arguments and what it
//! does; the arguments the read-only commands share live in [`args`] and are flattened in.

pub mod alerts;
pub mod args;
pub mod clickhouse_schema;
pub mod notify_test;
pub mod query;
pub mod replay;
pub mod run;
pub mod score;
mod table;
pub mod validate;

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::app::{PipelineConfig, Role};

pub use alerts::AlertArgs;
pub use args::OutputFormat;
pub use clickhouse_schema::SchemaFlavor;
pub use query::QueryArgs;
pub use run::LogFormat;

/// Online evaluation and alerting for AI agents, from their OpenTelemetry spans.
#[derive(Debug, Parser)]
#[command(name = "agentwatch", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the pipeline (embedded defaults when no --config is given).
    Run(run::RunArgs),
    /// Check a pipeline file and explain every problem with its path in the file.
    Validate(validate::ValidateArgs),
    /// Print recent scores, newest first.
    Query(Box<QueryArgs>),
    /// List alert transitions (pending, firing, resolved), newest first; --active for the
    /// alerts pending or firing now.
    Alerts(Box<AlertArgs>),
    /// Feed OTLP/JSON files (one request per line, as the Collector's file exporter writes
    /// them) through the pipeline with their original timestamps: scores, windows, baselines.
    /// With --csv, `timestamp,value` series become tool spans (latency or volume) instead.
    Replay(replay::ReplayArgs),
    /// Send a test notification through one notifier — firing, then resolved — and report
    /// what its endpoint answered; exits non-zero if it was not delivered.
    NotifyTest(notify_test::NotifyTestArgs),
    /// Run the content evaluators (pii_leak, refusal) on JSON lines {"id", "text"} from stdin,
    /// or on OTLP/JSON files; print one JSON line of verdicts per input.
    Score(score::ScoreArgs),
    /// Print the ClickHouse tables agentwatch creates at start (to review them, or to create
    /// them by hand where agentwatch's user may not run DDL).
    ClickhouseSchema(clickhouse_schema::ClickhouseSchemaArgs),
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run::run(&args),
        Command::Validate(args) => validate::validate(&args),
        Command::Query(args) => query::query(*args),
        Command::Alerts(args) => alerts::alerts(*args),
        Command::Replay(args) => replay::replay(&args),
        Command::NotifyTest(args) => notify_test::notify_test(&args),
        Command::Score(args) => score::score(&args),
        Command::ClickhouseSchema(args) => clickhouse_schema::clickhouse_schema(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("agentwatch: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The pipeline file at `path` (the embedded defaults without one) as `role` runs it, with the
/// `--set` overrides applied.
fn load_config(
    path: Option<&Path>,
    set: &args::SetArgs,
    role: Role,
) -> anyhow::Result<PipelineConfig> {
    Ok(PipelineConfig::load_with(path, role, &set.set)?)
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}
