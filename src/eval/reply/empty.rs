//! `empty_reply`: model replies with nothing in them.

use serde::Deserialize;

use crate::eval::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};
use crate::eval::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, OperationKind};

/// `evaluators.empty_reply:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct EmptyReplyConfig {
    /// Run this evaluator.
    pub enabled: bool,
}

impl Default for EmptyReplyConfig {
    fn default() -> Self {
        EmptyReplyConfig { enabled: true }
    }
}

/// Scores LLM spans that captured their reply: 1 empty, 0 not. Spans that captured nothing
/// are not scored (the content evaluators already say `unscoreable` for them).
pub struct EmptyReplyEvaluator;

/// True when a captured reply holds nothing but white space.
pub fn is_empty_reply(text: &str) -> bool {
    text.trim().is_empty()
}

impl Registered for EmptyReplyEvaluator {
    type Config = EmptyReplyConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "empty_reply",
        wire_id: 9,
        aggregation: Aggregation::Counts,
        dimension: Dimension::Whole,
        rows: crate::eval::Rows::NotOk,
        // Fraction of model replies that came back empty.
        metrics: &[MetricDef {
            name: "empty_reply_rate",
            statistic: Statistic::HitRate,
        }],
        default_rules: &[DefaultRule {
            name: "empty_reply_rate_anomaly",
            metric: "empty_reply_rate",
            check: DefaultCheck::Anomaly,
            for_windows: 2,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &EmptyReplyConfig) -> bool {
        config.enabled
    }

    fn build(
        _config: &EmptyReplyConfig,
    ) -> Result<EmptyReplyEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(EmptyReplyEvaluator)
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
        let empty = is_empty_reply(span.output.text.as_deref()?);
        Some(Score {
            evaluator: Self::DESCRIPTOR.name,
            value: Some(if empty { 1.0 } else { 0.0 }),
            label: if empty { Label::Fail } else { Label::Ok },
            detail: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;
    use crate::normalize::Content;

    #[test]
    fn blank_replies_are_empty_uncaptured_ones_are_not_scored() {
        let mut span = test_span();
        span.kind = OperationKind::Llm;
        assert_eq!(EmptyReplyEvaluator.evaluate(&span), None);
        for (text, empty) in [
            ("", true),
            (" \n\t ", true),
            ("ok", false),
            ("get_weather({})", false),
        ] {
            span.output = Content {
                text: Some(text.into()),
                truncated: false,
            };
            let score = EmptyReplyEvaluator.evaluate(&span).unwrap();
            assert_eq!(score.label == Label::Fail, empty, "{text:?}");
        }
    }
}
