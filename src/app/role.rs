//! Which stages one process runs: all of them, or one role of a deployment over Kafka.

use clap::ValueEnum;

use crate::bus::Needs;
use crate::bus::config::BusConfig;

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

    /// A role other than `all` needs a bus shared between processes.
    pub fn check_bus(self, bus: &BusConfig) -> anyhow::Result<()> {
        if matches!(bus, BusConfig::Embedded { .. }) && self != Role::All {
            anyhow::bail!(
                "--role {} needs a shared bus: set bus.kind to kafka (the embedded bus lives in one process)",
                self.to_possible_value()
                    .expect("no skipped roles")
                    .get_name()
            );
        }
        Ok(())
    }
}
