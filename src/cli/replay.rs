//! `agentwatch replay FILE...`: OTLP/JSON files through the pipeline with their own timestamps.

use std::path::PathBuf;

use anyhow::bail;

use super::{load_config, runtime};
use crate::telemetry;

/// `agentwatch replay` arguments.
#[derive(Debug, clap::Args)]
pub struct ReplayArgs {
    /// Pipeline file (store, evaluators, windows, rules); embedded defaults without it.
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// OTLP/JSON files, replayed in the order given.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Replay the files and print what happened.
pub fn replay(args: &ReplayArgs) -> anyhow::Result<()> {
    telemetry::init_logging(false);
    let config = load_config(args.config.as_deref())?;
    let summary = runtime()?.block_on(crate::app::replay::replay(&config, &args.files))?;
    println!(
        "replayed {} requests, {} spans ({} rejected, {} unreadable lines); {} windows closed, {} breach verdicts, {} late scores",
        summary.requests,
        summary.spans,
        summary.rejected_spans,
        summary.bad_lines,
        summary.detect.windows_closed,
        summary.detect.breaches,
        summary.detect.late_scores
    );
    if summary.bad_lines > 0 {
        bail!(
            "{} line(s) could not be read (see above)",
            summary.bad_lines
        );
    }
    Ok(())
}
