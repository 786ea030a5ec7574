//! `sample`: a model reply that came back empty (or nearly so). A sample of the one-folder
//! path for adding an evaluator — settings, evaluator, descriptor, default rule — registered by
//! one line in [`registry`](super::registry) under the test-only `sample-evaluator` feature;
//! `tests/sample_evaluator.rs` follows it through the pipeline.

use serde::Deserialize;

use super::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};
use super::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, OperationKind};

/// `evaluators.sample:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct EmptyReplyConfig {
    /// Run this evaluator (off by default).
    pub enabled: bool,
    /// Replies with fewer non-blank characters than this count as empty.
    pub min_chars: usize,
}

impl Default for EmptyReplyConfig {
    fn default() -> Self {
        EmptyReplyConfig {
            enabled: false,
            min_chars: 1,
        }
    }
}

/// Scores model replies 1 (empty) or 0; replies with no captured content are unscoreable.
pub struct EmptyReplyEvaluator {
    min_chars: usize,
}

impl Registered for EmptyReplyEvaluator {
    type Config = EmptyReplyConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "sample",
        // Far from the built-ins' numbers: a sample must never collide with a real evaluator.
        wire_id: 1000,
        aggregation: Aggregation::Counts,
        dimension: Dimension::Whole,
        rows: crate::eval::Rows::Every,
        // Fraction of model replies that came back empty.
        metrics: &[MetricDef {
            name: "sample_empty_rate",
            statistic: Statistic::HitRate,
        }],
        default_rules: &[DefaultRule {
            name: "sample_empty_rate_high",
            metric: "sample_empty_rate",
            check: DefaultCheck::Above {
                threshold: 0.2,
                min_samples: 5,
            },
            for_windows: 1,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &EmptyReplyConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &EmptyReplyConfig,
    ) -> Result<EmptyReplyEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(EmptyReplyEvaluator {
            min_chars: config.min_chars,
        })
    }

    fn check(config: &EmptyReplyConfig, issue: &mut dyn FnMut(&str, String)) {
        if config.min_chars == 0 {
            issue("min_chars", "must be at least 1".into());
        }
    }
}

impl Evaluator for EmptyReplyEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        if span.kind != OperationKind::Llm {
            return None;
        }
        let Some(reply) = span.output.text.as_deref() else {
            return Some(Score {
                evaluator: self.name(),
                value: None,
                label: Label::Unscoreable,
                detail: None,
            });
        };
        let empty = reply.chars().filter(|c| !c.is_whitespace()).count() < self.min_chars;
        Some(Score {
            evaluator: self.name(),
            value: Some(if empty { 1.0 } else { 0.0 }),
            label: if empty { Label::Fail } else { Label::Ok },
            detail: None,
        })
    }
}
