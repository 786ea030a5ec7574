//! `truncation`: replies cut at the token limit or by a content filter.

use serde::Deserialize;
use serde_json::json;

use crate::eval::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};
use crate::eval::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, FinishReason, OperationKind};

/// `evaluators.truncation:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct TruncationConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Count replies stopped by a content filter too (not only by the token limit).
    pub content_filter: bool,
}

impl Default for TruncationConfig {
    fn default() -> Self {
        TruncationConfig {
            enabled: true,
            content_filter: true,
        }
    }
}

/// Scores LLM spans that report why they stopped: 1 cut, 0 finished.
pub struct TruncationEvaluator {
    content_filter: bool,
}

impl Registered for TruncationEvaluator {
    type Config = TruncationConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "truncation",
        wire_id: 8,
        aggregation: Aggregation::Counts,
        dimension: Dimension::Whole,
        rows: crate::eval::Rows::NotOk,
        // Fraction of model replies cut before their end.
        metrics: &[MetricDef {
            name: "truncation_rate",
            statistic: Statistic::HitRate,
        }],
        default_rules: &[DefaultRule {
            name: "truncation_rate_anomaly",
            metric: "truncation_rate",
            check: DefaultCheck::Anomaly,
            for_windows: 2,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &TruncationConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &TruncationConfig,
    ) -> Result<TruncationEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(TruncationEvaluator {
            content_filter: config.content_filter,
        })
    }
}

impl Evaluator for TruncationEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        if span.kind != OperationKind::Llm {
            return None;
        }
        let reason = span.finish_reason?;
        let cut = reason == FinishReason::Length
            || (self.content_filter && reason == FinishReason::ContentFilter);
        Some(Score {
            evaluator: Self::DESCRIPTOR.name,
            value: Some(if cut { 1.0 } else { 0.0 }),
            label: if cut { Label::Fail } else { Label::Ok },
            detail: cut.then(|| json!({ "finish_reason": reason.as_str() })),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;

    #[test]
    fn length_and_filters_are_cuts_stops_and_tool_calls_are_not() {
        let eval = TruncationEvaluator {
            content_filter: true,
        };
        let mut span = test_span();
        span.kind = OperationKind::Llm;
        assert_eq!(eval.evaluate(&span), None, "no finish reason reported");
        for (reason, cut) in [
            (FinishReason::Length, true),
            (FinishReason::ContentFilter, true),
            (FinishReason::Stop, false),
            (FinishReason::ToolCalls, false),
            (FinishReason::Other, false),
        ] {
            span.finish_reason = Some(reason);
            let score = eval.evaluate(&span).unwrap();
            assert_eq!(score.value, Some(if cut { 1.0 } else { 0.0 }), "{reason:?}");
            if cut {
                assert_eq!(score.detail.unwrap()["finish_reason"], reason.as_str());
            }
        }
        let lengths_only = TruncationEvaluator {
            content_filter: false,
        };
        span.finish_reason = Some(FinishReason::ContentFilter);
        assert_eq!(lengths_only.evaluate(&span).unwrap().label, Label::Ok);
        span.kind = OperationKind::Agent;
        assert_eq!(eval.evaluate(&span), None);
    }
}
