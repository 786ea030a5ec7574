//! `tool_error`: did a tool call fail? Evidence, strongest first: span status ERROR, an
//! `error.type` attribute, an `exception` event, and (configurable) an error-shaped tool output
//! such as `{"error": "..."}`. Only tool spans are scored.

use serde::Deserialize;
use serde_json::json;

use super::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};
use super::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, ErrorSource, OperationKind};

/// `evaluators.tool_error:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ToolErrorConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Treat a tool output that is a JSON object with one of these top-level keys (e.g. `error`)
    /// as a failure even when the span status is OK. Empty disables payload inspection.
    pub error_payload_keys: Vec<String>,
}

impl Default for ToolErrorConfig {
    fn default() -> Self {
        ToolErrorConfig {
            enabled: true,
            error_payload_keys: vec!["error".into()],
        }
    }
}

/// Scores tool spans 1 (failed) or 0.
pub struct ToolErrorEvaluator {
    error_payload_keys: Vec<String>,
}

impl ToolErrorEvaluator {
    /// Build from `evaluators.tool_error`.
    pub fn new(config: &ToolErrorConfig) -> ToolErrorEvaluator {
        ToolErrorEvaluator {
            error_payload_keys: config.error_payload_keys.clone(),
        }
    }

    /// The key of an error-shaped JSON object output (`{"error": ...}` with a non-empty value).
    fn error_payload_key(&self, output: &str) -> Option<&str> {
        if self.error_payload_keys.is_empty() {
            return None;
        }
        let trimmed = output.trim_start();
        if !trimmed.starts_with('{') {
            return None;
        }
        let value: serde_json::Value = serde_json::from_str(trimmed).ok()?;
        let object = value.as_object()?;
        self.error_payload_keys
            .iter()
            .find(|key| {
                object.get(key.as_str()).is_some_and(|v| match v {
                    serde_json::Value::Null | serde_json::Value::Bool(false) => false,
                    serde_json::Value::String(s) => !s.is_empty(),
                    serde_json::Value::Object(o) => !o.is_empty(),
                    serde_json::Value::Array(a) => !a.is_empty(),
                    _ => true,
                })
            })
            .map(String::as_str)
    }
}

fn source_name(source: ErrorSource) -> &'static str {
    match source {
        ErrorSource::Status => "status",
        ErrorSource::ErrorType => "error.type",
        ErrorSource::Exception => "exception",
    }
}

impl Registered for ToolErrorEvaluator {
    type Config = ToolErrorConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "tool_error",
        wire_id: 3,
        aggregation: Aggregation::Counts,
        dimension: Dimension::Tool,
        rows: crate::eval::Rows::Every,
        // Fraction of tool calls that failed, per tool.
        metrics: &[MetricDef {
            name: "tool_error_rate",
            statistic: Statistic::HitRate,
        }],
        default_rules: &[
            DefaultRule {
                name: "tool_error_rate_high",
                metric: "tool_error_rate",
                check: DefaultCheck::Above {
                    threshold: 0.10,
                    min_samples: 20,
                },
                for_windows: 2,
                severity: Severity::Warning,
            },
            // Two breaching windows in a row: a 3σ breach by chance is rare, two almost never.
            DefaultRule {
                name: "tool_error_rate_anomaly",
                metric: "tool_error_rate",
                check: DefaultCheck::Anomaly,
                for_windows: 2,
                severity: Severity::Warning,
            },
        ],
    };

    fn enabled(config: &ToolErrorConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &ToolErrorConfig,
    ) -> Result<ToolErrorEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ToolErrorEvaluator::new(config))
    }

    fn check(config: &ToolErrorConfig, issue: &mut dyn FnMut(&str, String)) {
        for (i, key) in config.error_payload_keys.iter().enumerate() {
            if key.is_empty() {
                issue(
                    &format!("error_payload_keys[{i}]"),
                    "must not be empty".into(),
                );
            }
        }
    }
}

impl Evaluator for ToolErrorEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        if span.kind != OperationKind::Tool {
            return None;
        }
        // Error messages can carry user data: only the type and the kind of evidence are kept.
        if let Some(error) = &span.error {
            let sources: Vec<&str> = error.sources.iter().map(|s| source_name(*s)).collect();
            return Some(Score {
                evaluator: self.name(),
                value: Some(1.0),
                label: Label::Fail,
                detail: Some(json!({ "error_type": error.error_type, "evidence": sources })),
            });
        }
        if let Some(key) = span
            .output
            .text
            .as_deref()
            .and_then(|o| self.error_payload_key(o))
        {
            return Some(Score {
                evaluator: self.name(),
                value: Some(1.0),
                label: Label::Fail,
                detail: Some(json!({ "error_type": null, "evidence": [format!("output.{key}")] })),
            });
        }
        Some(Score {
            evaluator: self.name(),
            value: Some(0.0),
            label: Label::Ok,
            detail: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;
    use crate::normalize::{Content, SpanError};

    fn eval() -> ToolErrorEvaluator {
        ToolErrorEvaluator::new(&ToolErrorConfig::default())
    }

    fn tool_span() -> AgentSpan {
        let mut span = test_span();
        span.kind = OperationKind::Tool;
        span.tool = Some("search_flights".into());
        span
    }

    #[test]
    fn non_tool_spans_are_not_scored() {
        let mut span = test_span();
        span.kind = OperationKind::Llm;
        span.error = Some(SpanError {
            error_type: Some("timeout".into()),
            message: None,
            sources: vec![ErrorSource::Status],
        });
        assert_eq!(eval().evaluate(&span), None);
    }

    #[test]
    fn healthy_tool_span_scores_zero() {
        let mut span = tool_span();
        span.output = Content {
            text: Some(r#"{"flights": [], "error": null}"#.into()),
            truncated: false,
        };
        let score = eval().evaluate(&span).unwrap();
        assert_eq!((score.value, score.label), (Some(0.0), Label::Ok));
    }

    #[test]
    fn recorded_error_scores_one_without_the_message() {
        let mut span = tool_span();
        span.error = Some(SpanError {
            error_type: Some("TimeoutError".into()),
            message: Some("call to https://internal/?email=jane@example.org timed out".into()),
            sources: vec![ErrorSource::Status, ErrorSource::Exception],
        });
        let score = eval().evaluate(&span).unwrap();
        assert_eq!((score.value, score.label), (Some(1.0), Label::Fail));
        let detail = score.detail.unwrap().to_string();
        assert_eq!(
            detail,
            r#"{"error_type":"TimeoutError","evidence":["status","exception"]}"#
        );
    }

    #[test]
    fn error_shaped_output_is_a_failure_unless_disabled() {
        let mut span = tool_span();
        span.output = Content {
            text: Some(r#" {"error": {"code": 503, "message": "upstream down"}}"#.into()),
            truncated: false,
        };
        let score = eval().evaluate(&span).unwrap();
        assert_eq!(score.label, Label::Fail);
        assert_eq!(score.detail.unwrap()["evidence"][0], "output.error");

        let lenient = ToolErrorEvaluator::new(&ToolErrorConfig {
            enabled: true,
            error_payload_keys: vec![],
        });
        assert_eq!(lenient.evaluate(&span).unwrap().label, Label::Ok);
    }

    #[test]
    fn plain_text_output_mentioning_error_is_not_a_failure() {
        let mut span = tool_span();
        span.output = Content {
            text: Some("No error: 3 flights found".into()),
            truncated: false,
        };
        assert_eq!(eval().evaluate(&span).unwrap().label, Label::Ok);
    }
}
