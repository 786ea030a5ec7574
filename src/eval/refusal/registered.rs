//! `refusal` in the registry: its descriptor (metric, aggregation, default rule), how it is
//! built from `evaluators.refusal` and that section's value rules.

use super::RefusalEvaluator;
use super::config::RefusalConfig;
use crate::eval::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};

impl Registered for RefusalEvaluator {
    type Config = RefusalConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "refusal",
        wire_id: 2,
        aggregation: Aggregation::Counts,
        dimension: Dimension::Whole,
        rows: crate::eval::Rows::Every,
        // Fraction of model replies that refused.
        metrics: &[MetricDef {
            name: "refusal_rate",
            statistic: Statistic::HitRate,
        }],
        // Two breaching windows in a row before firing: at 3σ one window in ~740 breaches by
        // chance, two in a row almost never.
        default_rules: &[DefaultRule {
            name: "refusal_rate_anomaly",
            metric: "refusal_rate",
            check: DefaultCheck::Anomaly,
            for_windows: 2,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &RefusalConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &RefusalConfig,
    ) -> Result<RefusalEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(RefusalEvaluator::new(config)?)
    }

    fn check(config: &RefusalConfig, issue: &mut dyn FnMut(&str, String)) {
        for (i, phrase) in config.extra_phrases.iter().enumerate() {
            if phrase.trim().chars().count() < 6 {
                issue(
                    &format!("extra_phrases[{i}]"),
                    format!("'{phrase}' is too short (at least 6 characters) to mean a refusal"),
                );
            }
        }
    }
}
