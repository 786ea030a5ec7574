//! Which stages one process runs: all of them, or one role of a deployment over Kafka.

use super::admin::DEFAULT_ADMIN_ENDPOINT;
use crate::bus::Needs;
use crate::bus::config::BusConfig;
use crate::config::Override;

/// Which stages this process runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Role {
    /// Every stage in one process (the only role the embedded bus allows).
    #[default]
    All,
    /// The OTLP receivers, publishing to the span log.
    Ingest,
    /// Score workers: span log → scores table and aggregates log.
    Score,
    /// Detect and alerts: aggregates log → windows, alerts, notifications.
    Detect,
}

impl Role {
    /// Runs the receivers.
    pub fn ingests(self) -> bool {
        matches!(self, Role::All | Role::Ingest)
    }

    /// Runs the score workers.
    pub fn scores(self) -> bool {
        matches!(self, Role::All | Role::Score)
    }

    /// Runs the detect and alert stages.
    pub fn detects(self) -> bool {
        matches!(self, Role::All | Role::Detect)
    }

    /// Writes to the store (ingest alone writes nothing: it needs no store).
    pub fn stores(self) -> bool {
        self != Role::Ingest
    }

    /// The ends of the aggregates log this role uses.
    pub fn bus_needs(self) -> Needs {
        Needs {
            aggregates_out: self.scores(),
            aggregates_in: self.detects(),
        }
    }

    /// The role's name on the command line (`score`).
    pub fn name(self) -> &'static str {
        match self {
            Role::All => "all",
            Role::Ingest => "ingest",
            Role::Score => "score",
            Role::Detect => "detect",
        }
    }

    /// The admin endpoint when neither the pipeline file nor a `--set` names one: a port per
    /// role (8317 for all and ingest, 8318 for score, 8319 for detect), so that the three roles
    /// of a distributed deployment run side by side on one machine from one file.
    pub fn default_admin_endpoint(self) -> &'static str {
        match self {
            Role::All | Role::Ingest => DEFAULT_ADMIN_ENDPOINT,
            Role::Score => "127.0.0.1:8318",
            Role::Detect => "127.0.0.1:8319",
        }
    }

    /// The settings this role defaults differently from the others, applied to the pipeline
    /// file where it leaves them out (see `crate::config::Override`).
    pub fn config_defaults(self) -> Vec<Override> {
        vec![Override::default_for(
            "admin.endpoint",
            self.default_admin_endpoint().into(),
            format!("the default of --role {}", self.name()),
        )]
    }

    /// A role other than `all` needs a bus shared between processes.
    pub fn check_bus(self, bus: &BusConfig) -> anyhow::Result<()> {
        if matches!(bus, BusConfig::Embedded { .. }) && self != Role::All {
            anyhow::bail!(
                "--role {} needs a shared bus: set bus.kind to kafka (the embedded bus lives in one process)",
                self.name()
            );
        }
        Ok(())
    }
}
