//! `pii_leak` in the registry: its descriptor (metrics, aggregation, default rule), how it is
//! built from `evaluators.pii_leak` and that section's value rules.

use super::PiiLeakEvaluator;
use super::config::PiiLeakConfig;
use crate::eval::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};

impl Registered for PiiLeakEvaluator {
    type Config = PiiLeakConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "pii_leak",
        wire_id: 1,
        aggregation: Aggregation::Counts,
        dimension: Dimension::Whole,
        rows: crate::eval::Rows::Every,
        metrics: &[
            // Fraction of scored spans with at least one finding.
            MetricDef {
                name: "pii_leak_rate",
                statistic: Statistic::HitRate,
            },
            // Number of findings.
            MetricDef {
                name: "pii_leak_count",
                statistic: Statistic::Sum,
            },
        ],
        // Any leak is worth a page: one finding in one span fires at once.
        default_rules: &[DefaultRule {
            name: "pii_leak",
            metric: "pii_leak_count",
            check: DefaultCheck::Above {
                threshold: 0.0,
                min_samples: 1,
            },
            for_windows: 1,
            severity: Severity::Critical,
        }],
    };

    fn enabled(config: &PiiLeakConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &PiiLeakConfig,
    ) -> Result<PiiLeakEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(PiiLeakEvaluator::new(config)?)
    }

    fn check(pii: &PiiLeakConfig, issue: &mut dyn FnMut(&str, String)) {
        if pii.enabled && pii.fields.is_empty() {
            issue("fields", "must name at least one of output, input".into());
        }
        if pii.enabled && pii.entities.is_empty() {
            issue(
                "entities",
                "is empty: list entity types, or set enabled: false".into(),
            );
        }
        for (i, term) in pii.deny_terms.iter().enumerate() {
            if term.trim().chars().count() < 3 {
                issue(
                    &format!("deny_terms[{i}]"),
                    format!("'{term}' is too short (at least 3 characters) to match reliably"),
                );
            }
        }
        if pii.deny_terms.len() > 100_000 {
            issue(
                "deny_terms",
                format!("{} terms is over the 100000 allowed", pii.deny_terms.len()),
            );
        }
    }
}
