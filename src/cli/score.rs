//! `agentwatch score`: the content evaluators on JSON lines from stdin or on OTLP/JSON files.

use std::path::PathBuf;

use anyhow::{Context, bail};

use super::args::SetArgs;
use super::load_config;
use crate::app::Role;
use crate::score::scorer::ContentScorer;

/// `agentwatch score` arguments.
#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// Pipeline file whose `evaluators:` settings to use (deny terms, extra phrases).
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// `--set PATH=VALUE` overrides of the pipeline file.
    #[command(flatten)]
    pub set: SetArgs,
    /// Read spans from this OTLP/JSON file (one request per line) instead of stdin.
    #[arg(long)]
    pub otlp_json: Option<PathBuf>,
    /// Also print each refusal's evidence sentence (`evidence_text`), to audit a verdict.
    #[arg(long)]
    pub explain: bool,
}

/// Score every input line and print one JSON line of verdicts per input.
pub fn score(args: &ScoreArgs) -> anyhow::Result<()> {
    let config = load_config(args.config.as_deref(), &args.set, Role::All)?;
    let scorer = ContentScorer::new(&config.evaluators)?.with_explain(args.explain);
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let err = std::io::stderr().lock();
    let summary = match args.otlp_json.as_deref() {
        Some(path) => {
            let file = std::fs::File::open(path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            scorer.score_otlp_json(std::io::BufReader::new(file), out, err)?
        }
        None => scorer.score_lines(std::io::stdin().lock(), out, err)?,
    };
    if summary.errors > 0 {
        bail!(
            "{} input line(s) could not be read (see above); {} scored",
            summary.errors,
            summary.scored
        );
    }
    Ok(())
}
