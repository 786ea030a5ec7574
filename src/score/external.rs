//! Logs taken by a process that scores (the embedded bus): GenAI content events go to the
//! join stage; `gen_ai.evaluation.result` events published by evaluators elsewhere become
//! score rows and feed the external metrics, committed like a scored batch before the
//! client is answered.
//!
//! A row per result: `evaluator` is the result's `gen_ai.evaluation.name` (prefixed
//! `external.` when it is the name of one of agentwatch's own evaluators, whose rows it would
//! otherwise overwrite), `value` its `gen_ai.evaluation.score.value`, `label` `fail` when its
//! `gen_ai.evaluation.score.label` is one of `score.join.fail_labels`, `ok` otherwise
//! (`unscoreable` when it has neither value nor label), and `detail`
//! `{"source": "external", "label": <the label as sent>, "response_id": ...}`. The
//! explanation is not stored: it is free text that may quote the content judged, and the
//! scores table must not become a copy of it.

use std::sync::Arc;

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;

use super::ScoreStage;
use crate::eval::config::EvaluatorsConfig;
use crate::eval::{
    EvaluatorId, ExternalFailEvaluator, ExternalScoreEvaluator, Label, Registered, Score,
};
use crate::export::evaluation::EVENT_NAME as EVALUATION_EVENT;
use crate::join::config::JoinConfig;
use crate::join::events::{ExternalEvaluation, extract};
use crate::normalize::AgentSpan;
use crate::store::ScoreRow;
use crate::telemetry::OutcomeLabels;
use crate::window::Partials;

/// Which external metrics received results feed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExternalMetrics {
    /// `external_fail_rate` (`evaluators.external_fail.enabled`).
    pub fail: bool,
    /// `external_score_mean` (`evaluators.external_score.enabled`).
    pub score: bool,
}

impl ExternalMetrics {
    /// As the `evaluators:` section says.
    pub fn from_config(config: &EvaluatorsConfig) -> ExternalMetrics {
        ExternalMetrics {
            fail: config.external_fail.enabled,
            score: config.external_score.enabled,
        }
    }
}

/// Why a logs request was not taken.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TakeLogsError {
    /// The evaluation results could not be made durable (shutting down): retryable.
    #[error("{0}")]
    Unavailable(String),
}

/// The stored name of an external evaluator: as sent, unless it is one of ours.
fn stored_name(name: &str) -> String {
    match EvaluatorId::named(name) {
        Some(_) => format!("external.{name}"),
        None => name.to_owned(),
    }
}

/// What a result stands for in the windows: a span of kind `other` named after the
/// external evaluator (the series' dimension), ending when the result was dated.
fn result_span(result: &ExternalEvaluation) -> AgentSpan {
    let mut span = AgentSpan::bare(
        (result.trace_id, result.span_id),
        (result.time_unix_nano, result.time_unix_nano),
        result.name.clone(),
        result.service.clone(),
    );
    span.response_id = result.response_id.clone();
    span
}

/// The label a result is stored and counted under.
fn label_of(result: &ExternalEvaluation, join: &JoinConfig) -> Label {
    match (&result.label, result.value) {
        (Some(label), _) if join.is_fail_label(label) => Label::Fail,
        (None, None) => Label::Unscoreable,
        _ => Label::Ok,
    }
}

impl ScoreStage {
    /// Take a logs request: content events are held for their spans, evaluation results are
    /// stored and aggregated; returns once the results are committed.
    pub async fn take_logs(
        self: &Arc<Self>,
        request: ExportLogsServiceRequest,
    ) -> Result<(), TakeLogsError> {
        let stage = self.clone();
        let (extracted, scored) = tokio::task::spawn_blocking(move || {
            let mut extracted = extract(request);
            let evaluations = std::mem::take(&mut extracted.evaluations);
            let scored = (!evaluations.is_empty()).then(|| stage.score_external(&evaluations));
            (extracted, scored)
        })
        .await
        .map_err(|e| TakeLogsError::Unavailable(format!("reading the log records failed: {e}")))?;
        if let Some(join) = &self.join {
            join.offer(extracted.content);
        }
        let (invalid, reason) = extracted.invalid_evaluations;
        if invalid > 0 {
            self.metrics
                .external_evaluations
                .get_or_create(&OutcomeLabels { outcome: "invalid" })
                .inc_by(invalid);
            tracing::debug!(
                results = invalid,
                reason = %reason.unwrap_or_default(),
                "evaluation results ignored"
            );
        }
        let Some((rows, partials, count)) = scored else {
            return Ok(());
        };
        let record = partials
            .batch_key
            .and_then(|key| self.partials_record(key, &partials));
        if !self.commit(rows, partials, record, 0).await {
            return Err(TakeLogsError::Unavailable(
                "shutting down: the evaluation results were not stored; retry".into(),
            ));
        }
        self.metrics
            .external_evaluations
            .get_or_create(&OutcomeLabels { outcome: "stored" })
            .inc_by(count);
        Ok(())
    }

    /// Rows and partial aggregates of received evaluation results (CPU only).
    fn score_external(&self, results: &[ExternalEvaluation]) -> (Vec<ScoreRow>, Partials, u64) {
        let join = self
            .join
            .as_ref()
            .map(|j| j.config().clone())
            .unwrap_or_default();
        let mut rows = Vec::with_capacity(results.len());
        let mut partials = Partials::default();
        let mut key = crate::stable_hash::StableHasher::new().write(EVALUATION_EVENT.as_bytes());
        for result in results {
            key = key
                .write(&result.trace_id)
                .write(&result.span_id)
                .write(result.name.as_bytes());
            let span = result_span(result);
            let label = label_of(result, &join);
            if self.external.fail && result.label.is_some() {
                let fail = Score {
                    evaluator: ExternalFailEvaluator::DESCRIPTOR.name,
                    value: Some(if label == Label::Fail { 1.0 } else { 0.0 }),
                    label,
                    detail: None,
                };
                self.aggregator.add(&mut partials, &span, &fail);
            }
            if self.external.score
                && let Some(value) = result.value
            {
                let score = Score {
                    evaluator: ExternalScoreEvaluator::DESCRIPTOR.name,
                    value: Some(value),
                    label,
                    detail: None,
                };
                self.aggregator.add(&mut partials, &span, &score);
            }
            let mut row = ScoreRow::new(
                &span,
                Score {
                    evaluator: ExternalFailEvaluator::DESCRIPTOR.name,
                    value: result.value,
                    label,
                    detail: Some(serde_json::json!({
                        "source": "external",
                        "label": result.label,
                        "response_id": result.response_id,
                    })),
                },
            );
            row.evaluator = stored_name(&result.name).into();
            row.span_name = EVALUATION_EVENT.into();
            rows.push(row);
        }
        partials.batch_key = Some(key.finish());
        (rows, partials, results.len() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(label: Option<&str>, value: Option<f64>) -> ExternalEvaluation {
        ExternalEvaluation {
            trace_id: [1; 16],
            span_id: [2; 8],
            time_unix_nano: 1_700_000_000_000_000_000,
            service: "svc".into(),
            name: "relevance".into(),
            value,
            label: label.map(String::from),
            response_id: None,
        }
    }

    #[test]
    fn labels_are_classed_by_the_configured_failing_labels() {
        let join = JoinConfig::default();
        assert_eq!(
            label_of(&result(Some("Not_Relevant"), Some(0.1)), &join),
            Label::Fail
        );
        assert_eq!(label_of(&result(Some("relevant"), None), &join), Label::Ok);
        assert_eq!(label_of(&result(None, Some(0.3)), &join), Label::Ok);
        assert_eq!(label_of(&result(None, None), &join), Label::Unscoreable);
    }

    #[test]
    fn names_of_our_own_evaluators_are_prefixed() {
        assert_eq!(stored_name("pii_leak"), "external.pii_leak");
        assert_eq!(stored_name("groundedness"), "groundedness");
    }
}
