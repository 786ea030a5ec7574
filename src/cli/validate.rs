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

/// Check the file.
pub fn validate(args: &ValidateArgs) -> anyhow::Result<()> {
    let file = &args.file;
    load_config(Some(file), &args.set, args.role)?;
    println!("{}: valid", file.display());
    Ok(())
}
