//! `agentwatch validate FILE`: load a pipeline file and say it is valid, or explain every
//! problem with its path in the file.

use std::path::PathBuf;

use crate::app::PipelineConfig;

/// `agentwatch validate` arguments.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Pipeline file (YAML).
    pub file: PathBuf,
}

/// Check the file.
pub fn validate(args: &ValidateArgs) -> anyhow::Result<()> {
    let file = &args.file;
    PipelineConfig::load(file)?;
    println!("{}: valid", file.display());
    Ok(())
}
