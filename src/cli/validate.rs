//! `agentwatch validate FILE`: load a pipeline file and say it is valid, or explain every
//! problem with its path in the file.

use std::path::PathBuf;

use super::args::SetArgs;
use super::load_config;
use crate::app::Role;

/// `agentwatch validate` arguments.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Pipeline file (YAML).
    pub file: PathBuf,
    /// `--set PATH=VALUE` overrides of the pipeline file.
    #[command(flatten)]
    pub set: SetArgs,
    /// Check the file as this role would run it (`run --role`): its defaults (the admin
    /// endpoint) apply where the file leaves them out.
    #[arg(long, value_enum, default_value_t = Role::All)]
    pub role: Role,
}

/// Check the file; warn (on stderr) about listeners that `run` would refuse to expose.
pub fn validate(args: &ValidateArgs) -> anyhow::Result<()> {
    let file = &args.file;
    let config = load_config(Some(file), &args.set, args.role)?;
    let exposed = config.exposed(args.role.ingests());
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
