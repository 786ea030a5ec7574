//! `latency`: every span's duration in milliseconds. Windows turn these into p50/p95/p99 per
//! operation and model; per span, the label says whether it crossed the configured threshold.

use std::time::Duration;

use serde::Deserialize;

use super::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};
use super::{Evaluator, Label, Score};
use crate::config::serde_duration;
use crate::normalize::AgentSpan;

/// `evaluators.latency:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct LatencyConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Spans slower than this are labelled `slow` (the value is always the duration in ms).
    #[serde(with = "serde_duration")]
    pub slow_threshold: Duration,
}

impl Default for LatencyConfig {
    fn default() -> Self {
        LatencyConfig {
            enabled: true,
            slow_threshold: Duration::from_secs(30),
        }
    }
}

/// Scores span duration.
pub struct LatencyEvaluator {
    slow_threshold: Duration,
}

impl LatencyEvaluator {
    /// Build from `evaluators.latency`.
    pub fn new(config: &LatencyConfig) -> LatencyEvaluator {
        LatencyEvaluator {
            slow_threshold: config.slow_threshold,
        }
    }
}

/// A percentile of span durations, ms.
const fn percentile(name: &'static str, q: f64) -> MetricDef {
    MetricDef {
        name,
        statistic: Statistic::Quantile(q),
    }
}

impl Registered for LatencyEvaluator {
    type Config = LatencyConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "latency",
        wire_id: 4,
        aggregation: Aggregation::Histogram,
        dimension: Dimension::Operation,
        rows: crate::eval::Rows::Every,
        metrics: &[
            percentile("latency_p50", 0.50),
            percentile("latency_p95", 0.95),
            percentile("latency_p99", 0.99),
            MetricDef {
                name: "volume",
                statistic: Statistic::Count,
            },
        ],
        // Two breaching windows in a row: a 3σ breach by chance is rare, two almost never.
        // Volume both ways: an agent that goes quiet is the most silent failure there is.
        default_rules: &[
            // Both ways: a tool or model that suddenly answers much faster is failing fast
            // (errors, empty replies) as often as it is improving.
            DefaultRule {
                name: "latency_p95_anomaly",
                metric: "latency_p95",
                check: DefaultCheck::AnomalyBothWays {
                    min_samples: 20,
                    relative_floor: 0.1,
                },
                for_windows: 2,
                severity: Severity::Warning,
            },
            DefaultRule {
                name: "volume_anomaly",
                metric: "volume",
                check: DefaultCheck::AnomalyBothWays {
                    min_samples: 10,
                    relative_floor: 0.25,
                },
                for_windows: 2,
                severity: Severity::Warning,
            },
        ],
    };

    fn enabled(config: &LatencyConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &LatencyConfig,
    ) -> Result<LatencyEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(LatencyEvaluator::new(config))
    }

    fn check(config: &LatencyConfig, issue: &mut dyn FnMut(&str, String)) {
        if config.slow_threshold.is_zero() {
            issue("slow_threshold", "must be greater than 0".into());
        }
    }
}

impl Evaluator for LatencyEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        let nanos = span.duration_nanos();
        let slow = u128::from(nanos) > self.slow_threshold.as_nanos();
        Some(Score {
            evaluator: self.name(),
            value: Some(nanos as f64 / 1e6),
            label: if slow { Label::Slow } else { Label::Ok },
            detail: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;

    #[test]
    fn duration_in_milliseconds_and_threshold() {
        let eval = LatencyEvaluator::new(&LatencyConfig {
            enabled: true,
            slow_threshold: Duration::from_secs(2),
        });
        let mut span = test_span();
        span.start_unix_nano = 1_000_000_000;
        span.end_unix_nano = 1_250_500_000;
        let score = eval.evaluate(&span).unwrap();
        assert_eq!(score.value, Some(250.5));
        assert_eq!(score.label, Label::Ok);
        span.end_unix_nano = span.start_unix_nano + 2_000_000_001;
        assert_eq!(eval.evaluate(&span).unwrap().label, Label::Slow);
        span.end_unix_nano = span.start_unix_nano + 2_000_000_000;
        assert_eq!(eval.evaluate(&span).unwrap().label, Label::Ok);
    }
}
