//! `rules:` — anomaly and static rules, the defaults, and the values they take.

use std::time::Duration;

use serde::Deserialize;

use crate::config::{Parsed, serde_duration};
use crate::eval::registry::DESCRIPTORS;
use crate::eval::{DefaultCheck, DefaultRule, Metric, Severity};

/// `rules[].kind`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// Compare with the baseline: |z| above `sigma`.
    Anomaly,
    /// Compare with a fixed threshold.
    Static,
}

/// Which side of the baseline is abnormal.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Only higher than normal.
    Above,
    /// Only lower than normal.
    Below,
    /// Either way.
    Both,
}

/// A static rule's comparison.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub enum Comparison {
    /// value > threshold
    #[serde(rename = ">")]
    Gt,
    /// value >= threshold
    #[serde(rename = ">=")]
    Ge,
    /// value < threshold
    #[serde(rename = "<")]
    Lt,
    /// value <= threshold
    #[serde(rename = "<=")]
    Le,
}

/// One rule (`rules[]`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RuleConfig {
    /// Unique name (lower_snake_case), shown in windows and alerts.
    pub name: String,
    /// Metric judged (as the registered evaluators name them): pii_leak_rate,
    /// pii_leak_count, refusal_rate, tool_error_rate, latency_p50, latency_p95, latency_p99.
    pub metric: Metric,
    /// anomaly or static.
    pub kind: RuleKind,
    /// Anomaly: how many σ from the baseline mean is a breach.
    #[serde(default = "default_sigma")]
    pub sigma: f64,
    /// Anomaly: above, below or both.
    #[serde(default = "default_direction")]
    pub direction: Direction,
    /// Static: the comparison.
    #[serde(default)]
    pub op: Option<Comparison>,
    /// Static: the threshold.
    #[serde(default)]
    pub threshold: Option<f64>,
    /// Fewest spans a window needs to be judged; quieter windows are pooled with the next ones
    /// until they have enough (up to `max_pool_windows`).
    #[serde(default = "default_min_samples")]
    pub min_samples: u64,
    /// Most consecutive quiet windows judged together.
    #[serde(default = "default_max_pool")]
    pub max_pool_windows: u32,
    /// Anomaly: no verdict until the baseline spans at least this much history...
    #[serde(default = "default_warmup", with = "serde_duration")]
    pub warmup: Duration,
    /// ...and holds at least this many windows.
    #[serde(default = "default_min_baseline_windows")]
    pub min_baseline_windows: u64,
    /// Anomaly: σ is never taken below this (absolute, in the metric's unit); rates also use
    /// their sampling noise at the window's n as a floor.
    #[serde(default)]
    pub sigma_floor: Option<f64>,
    /// Anomaly: σ is never taken below this fraction of the baseline mean.
    #[serde(default = "default_relative_floor")]
    pub sigma_floor_relative: f64,
    /// Consecutive breaching windows before the rule fires.
    #[serde(rename = "for", default = "default_for")]
    pub for_windows: u32,
    /// Consecutive calm windows before a firing rule resolves.
    #[serde(rename = "recover", default = "default_recover")]
    pub recover_windows: u32,
    /// Anomaly: a window is *calm* — counts towards `recover` — only within this many σ
    /// (default `sigma − 1`, at least `sigma / 2`); between it and `sigma` a firing rule
    /// neither breaches nor recovers (hysteresis).
    #[serde(default)]
    pub recover_sigma: Option<f64>,
    /// Anomaly: a value above the baseline breaches only when it is also at least this many
    /// times the expected value (2: doubled) — for metrics where a small move beyond the
    /// noise is not worth a page. Unset: σ alone decides.
    #[serde(default)]
    pub min_ratio: Option<f64>,
    /// Anomaly: a breach beyond this many σ (never below `sigma`) fires at once, without
    /// waiting for `for` windows — a short, extreme spike. Unset: always wait (the built-in
    /// anomaly rules set 8).
    #[serde(default)]
    pub fire_now_sigma: Option<f64>,
    /// Anomaly: once an incident has lasted this long, the change is taken as the new
    /// normal: the baseline re-learns from the windows since it began and the alert resolves
    /// as `adapted`. 0s never adapts.
    #[serde(default = "default_adapt_after", with = "serde_duration")]
    pub adapt_after: Duration,
    /// A firing alert whose series sends nothing for this long resolves as `no_data`
    /// (volume rules judge the silence as zeros until then). 0s never does.
    #[serde(default = "default_no_data_after", with = "serde_duration")]
    pub no_data_after: Duration,
    /// critical, warning or info (default warning).
    #[serde(default)]
    pub severity: Parsed<Severity>,
    /// Only series of this service.
    #[serde(default)]
    pub service: Option<String>,
    /// Only series of this agent.
    #[serde(default)]
    pub agent: Option<String>,
}

fn default_sigma() -> f64 {
    3.0
}
fn default_direction() -> Direction {
    Direction::Above
}
fn default_min_samples() -> u64 {
    20
}
fn default_max_pool() -> u32 {
    12
}
fn default_warmup() -> Duration {
    Duration::from_secs(24 * 3600)
}
fn default_min_baseline_windows() -> u64 {
    24
}
fn default_relative_floor() -> f64 {
    0.1
}
fn default_for() -> u32 {
    1
}
fn default_recover() -> u32 {
    2
}
/// `fire_now_sigma` of the built-in anomaly rules.
const DEFAULT_FIRE_NOW_SIGMA: f64 = 8.0;

fn default_adapt_after() -> Duration {
    Duration::from_secs(3 * 3600)
}
fn default_no_data_after() -> Duration {
    Duration::from_secs(3600)
}

impl RuleConfig {
    fn anomaly(name: &str, metric: Metric) -> RuleConfig {
        RuleConfig {
            name: name.into(),
            metric,
            kind: RuleKind::Anomaly,
            sigma: default_sigma(),
            direction: default_direction(),
            op: None,
            threshold: None,
            min_samples: default_min_samples(),
            max_pool_windows: default_max_pool(),
            warmup: default_warmup(),
            min_baseline_windows: default_min_baseline_windows(),
            sigma_floor: None,
            sigma_floor_relative: default_relative_floor(),
            for_windows: default_for(),
            recover_windows: default_recover(),
            recover_sigma: None,
            min_ratio: None,
            fire_now_sigma: None,
            adapt_after: default_adapt_after(),
            no_data_after: default_no_data_after(),
            severity: Parsed::default(),
            service: None,
            agent: None,
        }
    }

    /// The rule an evaluator proposes, with the usual defaults for what it does not name.
    fn from_default(proposed: &DefaultRule) -> RuleConfig {
        let metric = Metric::parse(proposed.metric).unwrap_or_else(|| {
            panic!(
                "default rule {} names metric {}, which no evaluator declares",
                proposed.name, proposed.metric
            )
        });
        let rule = RuleConfig {
            for_windows: proposed.for_windows,
            severity: proposed.severity.into(),
            ..RuleConfig::anomaly(proposed.name, metric)
        };
        // The built-in anomaly rules page a short, extreme spike at once.
        let anomaly = RuleConfig {
            fire_now_sigma: Some(DEFAULT_FIRE_NOW_SIGMA),
            ..rule.clone()
        };
        match proposed.check {
            DefaultCheck::Anomaly => anomaly,
            DefaultCheck::AnomalyBothWays {
                min_samples,
                relative_floor,
            } => RuleConfig {
                direction: Direction::Both,
                min_samples,
                sigma_floor_relative: relative_floor,
                ..anomaly
            },
            DefaultCheck::AboveRatio { ratio } => RuleConfig {
                min_ratio: Some(ratio),
                ..anomaly
            },
            DefaultCheck::Below {
                threshold,
                min_samples,
            } => RuleConfig {
                kind: RuleKind::Static,
                op: Some(Comparison::Lt),
                threshold: Some(threshold),
                min_samples,
                ..rule
            },
            DefaultCheck::Above {
                threshold,
                min_samples,
            } => RuleConfig {
                kind: RuleKind::Static,
                op: Some(Comparison::Gt),
                threshold: Some(threshold),
                min_samples,
                ..rule
            },
        }
    }
}

impl RuleConfig {
    /// Whether this rule judges `series` (its metric, and its service/agent filters).
    pub fn applies_to(&self, series: &crate::window::SeriesId) -> bool {
        self.metric == series.metric
            && self.service.as_ref().is_none_or(|s| *s == series.service)
            && self.agent.as_ref().is_none_or(|a| *a == series.agent)
    }

    /// Within how many σ a window is calm (counts towards recovery).
    pub fn calm_sigma(&self) -> f64 {
        self.recover_sigma
            .unwrap_or((self.sigma - 1.0).max(self.sigma / 2.0))
    }

    /// Whether a breach with this z fires without waiting for `for` windows.
    pub fn fires_now(&self, z: Option<f64>) -> bool {
        match (self.fire_now_sigma, z) {
            (Some(limit), Some(z)) => z.abs() > limit.max(self.sigma),
            _ => false,
        }
    }

    /// Whether a judged window is calm: an `Ok` static window, or an `Ok` anomaly window
    /// within [`RuleConfig::calm_sigma`] on the side the rule watches.
    pub fn is_calm(&self, verdict: super::Verdict, z: Option<f64>) -> bool {
        if verdict != super::Verdict::Ok {
            return false;
        }
        let (RuleKind::Anomaly, Some(z)) = (self.kind, z) else {
            return true;
        };
        let calm = self.calm_sigma();
        match self.direction {
            Direction::Above => z <= calm,
            Direction::Below => z >= -calm,
            Direction::Both => z.abs() <= calm,
        }
    }
}

/// The rules that run when the pipeline file names none: every registered evaluator's
/// default rules, in registry order.
pub fn default_rules() -> Vec<RuleConfig> {
    DESCRIPTORS
        .iter()
        .flat_map(|d| d.default_rules)
        .map(RuleConfig::from_default)
        .collect()
}

/// Value rules, reported under `rules[i].*`; an anomaly rule's warm-up must fit in
/// `baseline_history` (`baseline.history`).
pub fn check_rules(
    rules: &[RuleConfig],
    baseline_history: Duration,
    issue: &mut dyn FnMut(&str, String),
) {
    let mut names = std::collections::BTreeSet::new();
    for (i, r) in rules.iter().enumerate() {
        let path = |field: &str| format!("rules[{i}].{field}");
        let valid_name = !r.name.is_empty()
            && r.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid_name {
            issue(
                &path("name"),
                format!("'{}' is not lower_snake_case", r.name),
            );
        } else if !names.insert(r.name.clone()) {
            issue(
                &path("name"),
                format!("'{}' is used by another rule", r.name),
            );
        }
        r.check(&path, baseline_history, issue);
    }
}

impl RuleConfig {
    /// One rule's values, `path` giving each field's path.
    fn check(
        &self,
        path: &dyn Fn(&str) -> String,
        baseline_history: Duration,
        issue: &mut dyn FnMut(&str, String),
    ) {
        let r = self;
        match r.kind {
            RuleKind::Anomaly => {
                if !(r.sigma > 0.0 && r.sigma.is_finite()) {
                    issue(&path("sigma"), "must be a positive number".into());
                }
                if r.op.is_some() || r.threshold.is_some() {
                    issue(
                        &path("kind"),
                        "anomaly rules take sigma, not op/threshold (use kind: static)".into(),
                    );
                }
                if r.min_ratio.is_some() && r.direction == Direction::Below {
                    issue(
                        &path("min_ratio"),
                        "applies to values above the baseline; direction is below".into(),
                    );
                }
                if r.warmup > baseline_history {
                    issue(
                        &path("warmup"),
                        "is longer than baseline.history: the rule could never judge".into(),
                    );
                }
            }
            RuleKind::Static => {
                if r.op.is_none() {
                    issue(
                        &path("op"),
                        "static rules need op: one of >, >=, <, <=".into(),
                    );
                }
                match r.threshold {
                    None => issue(&path("threshold"), "static rules need a threshold".into()),
                    Some(t) if !t.is_finite() => {
                        issue(&path("threshold"), "must be a finite number".into())
                    }
                    Some(_) => {}
                }
            }
        }
        if r.for_windows == 0 {
            issue(&path("for"), "must be at least 1 window".into());
        }
        if let Some(calm) = r.recover_sigma
            && !(calm > 0.0 && calm <= r.sigma)
        {
            issue(
                &path("recover_sigma"),
                format!("must be above 0 and at most sigma ({})", r.sigma),
            );
        }
        if let Some(ratio) = r.min_ratio
            && !(ratio > 0.0 && ratio.is_finite())
        {
            issue(&path("min_ratio"), "must be a positive number".into());
        }
        if r.min_ratio.is_some() && r.kind == RuleKind::Static {
            issue(
                &path("min_ratio"),
                "only anomaly rules compare with a baseline (use threshold)".into(),
            );
        }
        if let Some(now) = r.fire_now_sigma
            && !(now > 0.0 && now.is_finite())
        {
            issue(&path("fire_now_sigma"), "must be a positive number".into());
        }
        if r.recover_windows == 0 {
            issue(&path("recover"), "must be at least 1 window".into());
        }
        if r.max_pool_windows == 0 {
            issue(&path("max_pool_windows"), "must be at least 1".into());
        }
        if let Some(why) = r.severity.refusal() {
            issue(&path("severity"), why.to_owned());
        }
        if r.sigma_floor.is_some_and(|f| !(f >= 0.0 && f.is_finite())) {
            issue(&path("sigma_floor"), "must be a non-negative number".into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The defaults as they were written out before evaluators declared them.
    fn written_out() -> Vec<RuleConfig> {
        let threshold = |name, metric, threshold, min_samples| RuleConfig {
            kind: RuleKind::Static,
            op: Some(Comparison::Gt),
            threshold: Some(threshold),
            min_samples,
            ..RuleConfig::anomaly(name, Metric::parse(metric).unwrap())
        };
        let anomaly = |name, metric| RuleConfig {
            for_windows: 2,
            fire_now_sigma: Some(8.0),
            ..RuleConfig::anomaly(name, Metric::parse(metric).unwrap())
        };
        vec![
            RuleConfig {
                severity: Severity::Critical.into(),
                ..threshold("pii_leak", "pii_leak_count", 0.0, 1)
            },
            RuleConfig {
                for_windows: 2,
                ..threshold("tool_error_rate_high", "tool_error_rate", 0.10, 20)
            },
            anomaly("refusal_rate_anomaly", "refusal_rate"),
            anomaly("tool_error_rate_anomaly", "tool_error_rate"),
            RuleConfig {
                direction: Direction::Both,
                ..anomaly("latency_p95_anomaly", "latency_p95")
            },
            RuleConfig {
                direction: Direction::Both,
                min_samples: 10,
                sigma_floor_relative: 0.25,
                ..anomaly("volume_anomaly", "volume")
            },
            RuleConfig {
                min_ratio: Some(2.0),
                ..anomaly("tokens_per_request_doubled", "tokens_per_request_p50")
            },
            anomaly("format_error_rate_anomaly", "format_error_rate"),
            anomaly("truncation_rate_anomaly", "truncation_rate"),
            anomaly("empty_reply_rate_anomaly", "empty_reply_rate"),
            RuleConfig {
                op: Some(Comparison::Lt),
                ..threshold("agent_success_rate_low", "agent_success_rate", 0.99, 20)
            },
            threshold(
                "trajectory_fail_rate_high",
                "trajectory_fail_rate",
                0.05,
                20,
            ),
            RuleConfig {
                min_ratio: Some(2.0),
                ..anomaly("run_steps_doubled", "run_steps_p50")
            },
            RuleConfig {
                min_ratio: Some(2.0),
                ..anomaly("run_tool_calls_doubled", "run_tool_calls_p50")
            },
        ]
    }

    #[test]
    fn the_built_in_evaluators_propose_the_same_default_rules() {
        let declared = default_rules();
        for rule in written_out() {
            assert_eq!(declared.iter().find(|r| r.name == rule.name), Some(&rule));
        }
        assert_eq!(declared.len(), written_out().len());
    }
}
