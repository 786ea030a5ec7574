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

/// Check the file; warn (on stderr) about listeners that `run` would refuse to expose.
pub fn validate(args: &ValidateArgs) -> anyhow::Result<()> {
    let file = &args.file;
    let config = PipelineConfig::load(file)?;
    let exposed = config.exposed(true);
    for issue in &exposed {
        eprintln!("warning: {issue}");
    }
    for issue in config.tls_files() {
        eprintln!("warning: {issue} (loaded again when `run` starts)");
    }
    if exposed.is_empty() {
        println!("{}: valid", file.display());
    } else {
        println!(
            "{}: valid, but `agentwatch run` refuses to start it: {} listener(s) exposed without protection (see warnings)",
            file.display(),
            exposed.len()
        );
    }
    Ok(())
}
