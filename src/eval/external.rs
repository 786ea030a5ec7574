//! `external_fail` and `external_score`: verdicts other evaluators published as OTel
//! `gen_ai.evaluation.result` events, received as OTLP logs. They judge no span themselves —
//! the join stage turns each event into a score row (evaluator = the event's
//! `gen_ai.evaluation.name`) and feeds these two into the windows, one series per external
//! evaluator name, so rules judge them like any other metric:
//! - `external_fail_rate`: the share of results whose `gen_ai.evaluation.score.label` is one
//!   of `score.join.fail_labels` (results without a label are not counted);
//! - `external_score_mean`: the mean `gen_ai.evaluation.score.value` (results without a
//!   value are not counted).
//!
//! Neither proposes a default rule: what a failing label or a low mean means depends on the
//! evaluator that sent it, so the pipeline file names the rules (`metric: external_fail_rate`).

use serde::Deserialize;

use crate::eval::descriptor::{
    Aggregation, Descriptor, Dimension, MetricDef, Registered, Rows, Statistic,
};
use crate::eval::{Evaluator, Score};
use crate::normalize::AgentSpan;

/// `evaluators.external_fail:` and `evaluators.external_score:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ExternalConfig {
    /// Feed received evaluation results into this metric's windows.
    pub enabled: bool,
}

impl Default for ExternalConfig {
    fn default() -> Self {
        ExternalConfig { enabled: true }
    }
}

/// Failing labels of external evaluation results (1 fail, 0 not).
pub struct ExternalFailEvaluator;

/// Values of external evaluation results.
pub struct ExternalScoreEvaluator;

impl Registered for ExternalFailEvaluator {
    type Config = ExternalConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "external_fail",
        wire_id: 11,
        aggregation: Aggregation::Counts,
        dimension: Dimension::SpanName,
        // Rows are written by the join stage, one per received result, under its own name.
        rows: Rows::WindowsOnly,
        metrics: &[MetricDef {
            name: "external_fail_rate",
            statistic: Statistic::HitRate,
        }],
        default_rules: &[],
    };

    /// Never part of the per-span evaluators: the join stage feeds it (and reads `enabled`).
    fn enabled(_config: &ExternalConfig) -> bool {
        false
    }

    fn build(
        _config: &ExternalConfig,
    ) -> Result<ExternalFailEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ExternalFailEvaluator)
    }
}

impl Registered for ExternalScoreEvaluator {
    type Config = ExternalConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "external_score",
        wire_id: 12,
        aggregation: Aggregation::Counts,
        dimension: Dimension::SpanName,
        rows: Rows::WindowsOnly,
        metrics: &[MetricDef {
            name: "external_score_mean",
            statistic: Statistic::Mean,
        }],
        default_rules: &[],
    };

    /// Never part of the per-span evaluators: the join stage feeds it (and reads `enabled`).
    fn enabled(_config: &ExternalConfig) -> bool {
        false
    }

    fn build(
        _config: &ExternalConfig,
    ) -> Result<ExternalScoreEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ExternalScoreEvaluator)
    }
}

impl Evaluator for ExternalFailEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, _span: &AgentSpan) -> Option<Score> {
        None
    }
}

impl Evaluator for ExternalScoreEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, _span: &AgentSpan) -> Option<Score> {
        None
    }
}
