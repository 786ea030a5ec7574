//! The pipeline file: [`PipelineConfig`] composes every component's settings, shaped like an
//! OpenTelemetry Collector config. Loading (see `crate::config`) reports every problem with its
//! path in the file; [`PipelineConfig::validate`] runs each section's checks and the ones that
//! span sections.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

use super::admin::AdminConfig;
use super::role::Role;
use crate::alert::config::{Notifiers, RouteConfig};
use crate::bus::config::BusConfig;
use crate::config::{ConfigError, ConfigIssue, Override, serde_duration};
use crate::detect::config::BaselineConfig;
use crate::detect::rules::config::{RuleConfig, check_rules, default_rules};
use crate::eval::config::EvaluatorsConfig;
use crate::export::config::ExportersConfig;
use crate::receiver::config::ReceiversConfig;
use crate::score::config::ScoreConfig;
use crate::store::config::StoreConfig;
use crate::window::config::WindowsConfig;

/// The whole pipeline.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct PipelineConfig {
    /// Where spans come in.
    pub receivers: ReceiversConfig,
    /// The span log between ingest and scoring.
    pub bus: BusConfig,
    /// The score stage.
    pub score: ScoreConfig,
    /// Per-span evaluators.
    pub evaluators: EvaluatorsConfig,
    /// Where scores are written.
    pub store: StoreConfig,
    /// Optional forwarding of received spans to the next OTLP hop.
    pub exporters: ExportersConfig,
    /// Tumbling event-time windows.
    pub windows: WindowsConfig,
    /// The rolling baseline each window is compared with.
    pub baseline: BaselineConfig,
    /// Anomaly and static rules, judged on every closed window.
    pub rules: Vec<RuleConfig>,
    /// Where alerts can be sent, by name.
    pub notifiers: Notifiers,
    /// Which alerts go to which notifiers, grouped how; tried in order.
    pub routes: Vec<RouteConfig>,
    /// Health and metrics endpoints.
    pub admin: AdminConfig,
    /// Process-level settings.
    pub service: ServiceConfig,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig {
            receivers: ReceiversConfig::default(),
            bus: BusConfig::default(),
            score: ScoreConfig::default(),
            evaluators: EvaluatorsConfig::default(),
            store: StoreConfig::default(),
            exporters: ExportersConfig::default(),
            windows: WindowsConfig::default(),
            baseline: BaselineConfig::default(),
            rules: default_rules(),
            notifiers: Default::default(),
            routes: Vec::new(),
            admin: AdminConfig::default(),
            service: ServiceConfig::default(),
        }
    }
}

/// `service:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ServiceConfig {
    /// How long a graceful shutdown may take (drain the bus, flush the store) before exiting anyway.
    #[serde(with = "serde_duration")]
    pub shutdown_timeout: Duration,
}

impl Default for ServiceConfig {
    fn default() -> Self {
        ServiceConfig {
            shutdown_timeout: Duration::from_secs(10),
        }
    }
}

impl PipelineConfig {
    /// Load and validate a pipeline file.
    pub fn load(path: &Path) -> Result<PipelineConfig, ConfigError> {
        crate::config::load(path, PipelineConfig::validate)
    }

    /// Load the pipeline file at `path` (none: the built-in defaults) as `role` runs it, with
    /// the `--set` overrides `set` applied, and validate it. The settings a role defaults
    /// differently ([`Role::config_defaults`]: its admin endpoint) apply where neither the
    /// file nor a `--set` gives them.
    pub fn load_with(
        path: Option<&Path>,
        role: Role,
        set: &[Override],
    ) -> Result<PipelineConfig, ConfigError> {
        let mut overrides = set.to_vec();
        overrides.extend(role.config_defaults());
        crate::config::load_with(path, &overrides, PipelineConfig::validate)
    }

    /// Parse and validate pipeline YAML; `origin` names the source in errors.
    pub fn from_yaml(text: &str, origin: &str) -> Result<PipelineConfig, ConfigError> {
        crate::config::from_yaml(text, origin, PipelineConfig::validate)
    }

    /// Listeners reachable from other machines without TLS and authentication and not marked
    /// `insecure: true` (the receivers only when `receivers` — a role that runs them). `run`
    /// refuses to start with any; `validate` warns.
    pub fn exposed(&self, receivers: bool) -> Vec<ConfigIssue> {
        let mut out: Vec<ConfigIssue> = Vec::new();
        if receivers {
            for (path, message) in self.receivers.exposed() {
                out.push(ConfigIssue { path, message });
            }
        }
        if let Some(message) = self.admin.exposed() {
            out.push(ConfigIssue {
                path: "admin".into(),
                message,
            });
        }
        out
    }

    /// TLS sections whose files do not load on this machine (`validate` warns; `run` fails).
    pub fn tls_files(&self) -> Vec<ConfigIssue> {
        let protocols = &self.receivers.otlp.protocols;
        [
            (
                "receivers.otlp.protocols.grpc.tls",
                protocols.grpc.as_ref().and_then(|e| e.tls.as_ref()),
            ),
            (
                "receivers.otlp.protocols.http.tls",
                protocols.http.as_ref().and_then(|e| e.tls.as_ref()),
            ),
            ("admin.tls", self.admin.tls.as_ref()),
        ]
        .into_iter()
        .filter_map(|(path, tls)| {
            Some(ConfigIssue {
                path: path.into(),
                message: tls?.load_problem()?,
            })
        })
        .collect()
    }

    /// Every section's value rules and the rules that span sections; returns every problem
    /// found, in file order.
    pub fn validate(&self) -> Vec<ConfigIssue> {
        let mut issues = Vec::new();
        let mut issue = |path: &str, message: String| {
            issues.push(ConfigIssue {
                path: path.into(),
                message,
            })
        };
        let mut listen: Vec<(String, SocketAddr)> = Vec::new();
        self.receivers.check(&mut issue, &mut listen);
        self.bus.check(&mut issue);
        self.score.check(&mut issue);
        self.evaluators.check(&mut issue);
        crate::eval::config::check_counts_need_trajectory(
            &self.evaluators.trajectory,
            [
                ("evaluators.run_steps.enabled", &self.evaluators.run_steps),
                (
                    "evaluators.run_tool_calls.enabled",
                    &self.evaluators.run_tool_calls,
                ),
            ],
            &mut issue,
        );
        self.store.check(self.baseline.history, &mut issue);
        self.exporters.check(&mut issue);
        self.admin.check(&mut issue, &mut listen);
        self.windows.check(&mut issue);
        self.baseline.check(&mut issue);
        check_rules(&self.rules, self.baseline.history, &mut issue);
        let rule_names: Vec<&str> = self.rules.iter().map(|r| r.name.as_str()).collect();
        crate::alert::config::check(&self.notifiers, &self.routes, &rule_names, &mut issue);
        if self.service.shutdown_timeout.is_zero() {
            issue("service.shutdown_timeout", "must be greater than 0".into());
        }
        // Two listeners on one fixed port would fail at start: say so now, with both paths.
        for (i, (path_a, a)) in listen.iter().enumerate() {
            for (path_b, b) in &listen[i + 1..] {
                if a.port() != 0 && a == b {
                    issue(path_b, format!("{b} is already used by {path_a}"));
                }
            }
        }
        issues
    }
}

#[cfg(test)]
mod tests;
