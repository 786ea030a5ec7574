//! `agent_success`: agent invocations that fail, loudly or quietly. An agent span counts as
//! failed when the run errored (status ERROR, `error.type`, an exception), or when its reply
//! is a refusal, is empty, or breaks its declared format (the `format` evaluator's verdict on
//! the same span). Windows give `agent_success_rate`, the share of invocations that did not
//! fail; production guides page when it drops below 99% over 5 minutes.

use serde::Deserialize;
use serde_json::json;

use super::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};
use super::refusal::{CueClass, RefusalDetector};
use super::reply::is_empty_reply;
use super::{Evaluator, FormatEvaluator, Label, Score, Verdicts};
use crate::normalize::{AgentSpan, OperationKind};

/// `evaluators.agent_success:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AgentSuccessConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// A reply that declines counts as a failure (the refusal detector with every cue class).
    pub refusal: bool,
    /// An empty reply counts as a failure.
    pub empty: bool,
    /// A reply that breaks its declared format counts as a failure.
    pub format: bool,
}

impl Default for AgentSuccessConfig {
    fn default() -> Self {
        AgentSuccessConfig {
            enabled: true,
            refusal: true,
            empty: true,
            format: true,
        }
    }
}

/// Scores agent spans 1 (failed) or 0 (succeeded).
pub struct AgentSuccessEvaluator {
    refusal: Option<RefusalDetector>,
    empty: bool,
    format: bool,
}

impl Registered for AgentSuccessEvaluator {
    type Config = AgentSuccessConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "agent_success",
        wire_id: 10,
        aggregation: Aggregation::Counts,
        dimension: Dimension::Whole,
        rows: crate::eval::Rows::NotOk,
        // Share of invocations that did not fail (the scores' value is 1 for a failure, so
        // exemplars are failed runs).
        metrics: &[MetricDef {
            name: "agent_success_rate",
            statistic: Statistic::MissRate,
        }],
        default_rules: &[DefaultRule {
            name: "agent_success_rate_low",
            metric: "agent_success_rate",
            check: DefaultCheck::Below {
                threshold: 0.99,
                min_samples: 20,
            },
            for_windows: 1,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &AgentSuccessConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &AgentSuccessConfig,
    ) -> Result<AgentSuccessEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AgentSuccessEvaluator {
            refusal: if config.refusal {
                Some(RefusalDetector::with_classes(&[], &CueClass::ALL)?)
            } else {
                None
            },
            empty: config.empty,
            format: config.format,
        })
    }
}

impl Evaluator for AgentSuccessEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        self.evaluate_after(span, &Verdicts::default())
    }

    fn evaluate_after(&self, span: &AgentSpan, earlier: &Verdicts) -> Option<Score> {
        if span.kind != OperationKind::Agent {
            return None;
        }
        let mut why: Vec<&str> = Vec::new();
        if span.error.is_some() {
            why.push("error");
        }
        if let Some(reply) = span.output.text.as_deref() {
            if self.empty && is_empty_reply(reply) {
                why.push("empty");
            } else if let Some(detector) = &self.refusal
                && detector.detect(reply).refused
            {
                why.push("refusal");
            }
        }
        if self.format
            && earlier.label_of(<FormatEvaluator as Registered>::DESCRIPTOR.name)
                == Some(Label::Fail)
        {
            why.push("format");
        }
        let failed = !why.is_empty();
        let error_type = span.error.as_ref().and_then(|e| e.error_type.as_deref());
        Some(Score {
            evaluator: Self::DESCRIPTOR.name,
            value: Some(if failed { 1.0 } else { 0.0 }),
            label: if failed { Label::Fail } else { Label::Ok },
            detail: failed.then(|| json!({ "failed": why, "error_type": error_type })),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;
    use crate::normalize::{Content, ErrorSource, SpanError};

    fn eval() -> AgentSuccessEvaluator {
        AgentSuccessEvaluator::build(&AgentSuccessConfig::default()).unwrap()
    }

    fn agent(reply: Option<&str>) -> AgentSpan {
        let mut s = test_span();
        s.kind = OperationKind::Agent;
        s.agent = Some("planner".into());
        s.output = Content {
            text: reply.map(str::to_owned),
            truncated: false,
        };
        s
    }

    fn failed(score: &Score) -> Vec<String> {
        score.detail.as_ref().map_or(vec![], |d| {
            d["failed"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned())
                .collect()
        })
    }

    #[test]
    fn errors_refusals_empty_replies_and_format_failures_fail_a_run() {
        let e = eval();
        let ok = e
            .evaluate(&agent(Some("Booked: TAP 1234, 09:45.")))
            .unwrap();
        assert_eq!((ok.value, ok.label), (Some(0.0), Label::Ok));
        let no_content = e.evaluate(&agent(None)).unwrap();
        assert_eq!(
            no_content.label,
            Label::Ok,
            "a run without captured reply and error"
        );

        let refused = e
            .evaluate(&agent(Some(
                "I'm sorry, but I can't help with that request.",
            )))
            .unwrap();
        assert_eq!(failed(&refused), ["refusal"]);
        assert_eq!(failed(&e.evaluate(&agent(Some("  "))).unwrap()), ["empty"]);

        let mut errored = agent(None);
        errored.error = Some(SpanError {
            error_type: Some("MaxTurnsExceeded".into()),
            message: Some("secret user text".into()),
            sources: vec![ErrorSource::Exception],
        });
        let score = e.evaluate(&errored).unwrap();
        assert_eq!(failed(&score), ["error"]);
        assert_eq!(
            score.detail.as_ref().unwrap()["error_type"],
            "MaxTurnsExceeded"
        );
        assert!(!score.detail.unwrap().to_string().contains("secret"));

        let mut verdicts = Verdicts::default();
        verdicts.push("format", Label::Fail);
        let score = e
            .evaluate_after(&agent(Some("```json\n{}\n```")), &verdicts)
            .unwrap();
        assert_eq!(failed(&score), ["format"]);

        let mut llm = agent(Some(""));
        llm.kind = OperationKind::Llm;
        assert_eq!(e.evaluate(&llm), None);
    }
}
