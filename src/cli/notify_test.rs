//! `agentwatch notify-test NOTIFIER`: one test notification through one notifier — firing,
//! then resolved — and what its endpoint answered.

use std::path::PathBuf;

use anyhow::{Context, bail};

use super::args::SetArgs;
use super::{load_config, runtime};
use crate::alert::{Notifier, Status};
use crate::app::Role;

/// `agentwatch notify-test` arguments.
#[derive(Debug, clap::Args)]
pub struct NotifyTestArgs {
    /// Pipeline file that defines the notifier.
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// `--set PATH=VALUE` overrides of the pipeline file.
    #[command(flatten)]
    pub set: SetArgs,
    /// The notifier's name under `notifiers:`.
    pub notifier: String,
    /// Send only the firing notification (a PagerDuty test incident then stays open).
    #[arg(long)]
    pub no_resolve: bool,
}

/// Send the test notifications; an error if one was not delivered.
pub fn notify_test(args: &NotifyTestArgs) -> anyhow::Result<()> {
    let (notifier, no_resolve) = (args.notifier.as_str(), args.no_resolve);
    let config = load_config(args.config.as_deref(), &args.set, Role::All)?;
    let Some(notifier_config) = config.notifiers.get(notifier) else {
        let known: Vec<&String> = config.notifiers.keys().collect();
        bail!("no notifier '{notifier}' in the pipeline file (defined: {known:?})");
    };
    let notifier = Notifier::new(notifier, notifier_config)?;
    runtime()?.block_on(async {
        let statuses: &[Status] = if no_resolve {
            &[Status::Firing]
        } else {
            &[Status::Firing, Status::Resolved]
        };
        for status in statuses {
            let report = crate::alert::notify_test::send(&notifier, *status)
                .await
                .with_context(|| {
                    format!(
                        "notifier {}: {} test notification",
                        notifier.name,
                        status.as_str()
                    )
                })?;
            println!("{report}");
        }
        Ok(())
    })
}
