//! `agentwatch replay FILE...`: OTLP/JSON files through the pipeline with their own timestamps;
//! `agentwatch replay --csv FILE...`: `timestamp,value` series as agent traffic.

use std::path::PathBuf;

use anyhow::bail;

use super::args::SetArgs;
use super::{load_config, runtime};
use crate::app::Role;
use crate::app::replay::traffic::MAX_SPANS_PER_POINT;
use crate::app::replay::{CsvOptions, ReplaySummary, TrafficKind};
use crate::telemetry;

/// `agentwatch replay` arguments.
#[derive(Debug, clap::Args)]
#[command(after_long_help = CSV_HELP)]
pub struct ReplayArgs {
    /// Pipeline file (store, evaluators, windows, rules); embedded defaults without it.
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// `--set PATH=VALUE` overrides of the pipeline file.
    #[command(flatten)]
    pub set: SetArgs,
    /// OTLP/JSON files, replayed in the order given.
    // Not `conflicts_with = "csv"`: clap would then waive the CSV options' `requires = "csv"`
    // whenever files are given; `replay` refuses both together instead.
    #[arg(required_unless_present = "csv")]
    pub files: Vec<PathBuf>,
    /// CSV series of `timestamp,value` points, replayed as tool spans of one agent (see
    /// below); several files are several series, replayed together in time order.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub csv: Vec<PathBuf>,
    // The CSV options carry no clap default, so `requires = "csv"` can refuse them without
    // --csv; their defaults are applied in `csv_options` and named in the help.
    /// What a CSV value is: the duration of each span in ms, or the number of spans
    /// [default: latency].
    #[arg(long = "as", value_enum, value_name = "KIND", requires = "csv")]
    pub kind: Option<CsvKind>,
    /// Spans per CSV point in latency mode [default: 20].
    #[arg(long, requires = "csv",
          value_parser = clap::value_parser!(u64).range(1..=MAX_SPANS_PER_POINT))]
    pub spans_per_point: Option<u64>,
    /// `service.name` of the CSV spans [default: csv-replay].
    #[arg(long, requires = "csv")]
    pub service: Option<String>,
    /// Agent name (`gen_ai.agent.name`) of the CSV spans [default: csv-replay].
    #[arg(long, requires = "csv")]
    pub agent: Option<String>,
    /// Tool name of the CSV spans (the series dimension `tool/<name>`); each file's stem
    /// without it.
    #[arg(long, requires = "csv")]
    pub tool: Option<String>,
}

const CSV_HELP: &str = "\
CSV series (--csv):
  One point per line, `timestamp,value`; a first line whose value is not a number is a header.
  Timestamps: `YYYY-MM-DD HH:MM:SS` (UTC), RFC 3339, or Unix seconds. Points must be in time
  order. Each point becomes spans of tool `<file stem>` (or --tool) of agent --agent in service
  --service, ending spread over [t, t + gap to the next point), the gap capped at
  windows.length:
    --as latency   --spans-per-point spans whose duration is the value in ms
    --as volume    round(value) spans of 10 ms (at most 100000 per point)
  A bad line (timestamp, value, order) is reported as FILE:LINE and skipped; the other points
  are replayed and the exit code is non-zero. Replaying a file again replaces its rows.

Example:
  agentwatch replay --config pipeline.yaml --csv latency.csv --as latency
  agentwatch query --config pipeline.yaml --windows --metric latency_p95";

/// `--as`: what a CSV value means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvKind {
    /// The duration of each span, in milliseconds.
    Latency,
    /// The number of spans.
    Volume,
}

/// Replay the files and print what happened.
pub fn replay(args: &ReplayArgs) -> anyhow::Result<()> {
    telemetry::init_logging(false);
    if !args.files.is_empty() && !args.csv.is_empty() {
        bail!("give OTLP/JSON files or --csv files, not both");
    }
    let config = load_config(args.config.as_deref(), &args.set, Role::All)?;
    let runtime = runtime()?;
    let summary = if args.csv.is_empty() {
        runtime.block_on(crate::app::replay::replay(&config, &args.files))?
    } else {
        runtime.block_on(crate::app::replay::replay_csv(
            &config,
            &args.csv,
            &csv_options(args),
        ))?
    };
    print_summary(&summary, !args.csv.is_empty());
    if summary.bad_lines > 0 {
        bail!(
            "{} line(s) could not be read (see above)",
            summary.bad_lines
        );
    }
    Ok(())
}

/// The CSV options given, defaults for the others.
fn csv_options(args: &ReplayArgs) -> CsvOptions {
    CsvOptions {
        kind: match args.kind.unwrap_or(CsvKind::Latency) {
            CsvKind::Latency => TrafficKind::Latency,
            CsvKind::Volume => TrafficKind::Volume,
        },
        spans_per_point: args.spans_per_point.unwrap_or(20),
        service: args.service.clone().unwrap_or_else(|| DEFAULT_NAME.into()),
        agent: args.agent.clone().unwrap_or_else(|| DEFAULT_NAME.into()),
        tool: args.tool.clone(),
    }
}

/// Service and agent of CSV spans unless given.
const DEFAULT_NAME: &str = "csv-replay";

fn print_summary(summary: &ReplaySummary, csv: bool) {
    let read = if csv {
        format!("{} points as {} requests", summary.points, summary.requests)
    } else {
        format!("{} requests", summary.requests)
    };
    println!(
        "replayed {read}, {} spans ({} rejected, {} unreadable lines); {} windows closed, {} breach verdicts, {} late scores",
        summary.spans,
        summary.rejected_spans,
        summary.bad_lines,
        summary.detect.windows_closed,
        summary.detect.breaches,
        summary.detect.late_scores
    );
}
