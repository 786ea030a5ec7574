//! The score stage: take batches off the span log, normalize every span, run the evaluators,
//! write one row per span × evaluator, and only then acknowledge the batch.
//!
//! Workers are stateless, so any number can share one span log. Normalizing and evaluating is
//! CPU work and runs on the blocking pool, never on the async reactor.
//!
//! Nothing is dropped in silence:
//! - an evaluator that panics on a span scores it `unscoreable` (reason "evaluator panicked",
//!   counted in `evaluator_panics`); the span's other evaluators and the batch go on;
//! - a batch's partial aggregates hold at most `score.max_series` series (further scores are
//!   stored, not aggregated, and counted), and the batches handed on to the detect stage hold
//!   at most that many together ([`SeriesBudget`]); the score stage keeps no series between
//!   batches, so there is nothing idle to evict;
//! - a store error, retryable or permanent, holds the batch unacknowledged and is retried
//!   (see `commit.rs`).
//!
//! [`scorer`] is the `agentwatch score` command's scorer: the content evaluators on one's own
//! data, with the same code.

mod commit;
pub mod config;
pub mod scorer;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

use crate::bus::{AggregateLog, SpanLogConsumer};
use crate::eval::EvaluatorSet;
use crate::normalize::{NormalizeOptions, normalize_request};
use crate::store::{ScoreRow, ScoreSink};
use crate::telemetry::{EvaluatorLabels, Metrics};
use crate::window::{Aggregator, Partials, SeriesBudget};

/// What every score worker shares.
pub struct ScoreStage {
    evaluators: EvaluatorSet,
    normalize: NormalizeOptions,
    aggregator: Aggregator,
    store: Arc<dyn ScoreSink>,
    /// Where partial window aggregates go (the aggregates log, read by the detect stage).
    partials: Option<Arc<dyn AggregateLog>>,
    /// Series the partials handed on may hold together (the aggregator's per-batch cap).
    budget: SeriesBudget,
    metrics: Arc<Metrics>,
}

impl ScoreStage {
    /// Build the stage; `aggregator`'s series cap also caps the partials handed on together.
    pub fn new(
        evaluators: EvaluatorSet,
        normalize: NormalizeOptions,
        aggregator: Aggregator,
        store: Arc<dyn ScoreSink>,
        partials: Option<Arc<dyn AggregateLog>>,
        metrics: Arc<Metrics>,
    ) -> ScoreStage {
        let budget = SeriesBudget::new(
            aggregator.max_series(),
            metrics.score_series_in_flight.clone(),
        );
        ScoreStage {
            evaluators,
            normalize,
            aggregator,
            store,
            partials,
            budget,
            metrics,
        }
    }

    /// Names of the evaluators this stage runs.
    pub fn evaluator_names(&self) -> Vec<&'static str> {
        self.evaluators.names()
    }

    /// Score a request into rows and partial window aggregates (CPU only, no I/O).
    pub fn score(&self, request: &ExportTraceServiceRequest) -> (Vec<ScoreRow>, Partials) {
        let spans = normalize_request(request, &self.normalize);
        let mut rows: Vec<ScoreRow> = Vec::with_capacity(spans.len() * 3);
        let mut partials = Partials::default();
        for span in &spans {
            let first = rows.len();
            let scored = |score| {
                self.aggregator.add(&mut partials, span, &score);
                // The span's columns are formatted once; its other rows copy them.
                let row = match rows.get(first) {
                    Some(sibling) => sibling.for_score(score),
                    None => ScoreRow::new(span, score),
                };
                rows.push(row);
            };
            let panicked = |evaluator| {
                self.metrics
                    .evaluator_panics
                    .get_or_create(&EvaluatorLabels { evaluator })
                    .inc();
                // Ids only: the panic's message may quote the span's content.
                tracing::error!(
                    evaluator,
                    trace_id = %span.trace_id_hex(),
                    span_id = %span.span_id_hex(),
                    "evaluator panicked; the span is scored unscoreable for it"
                );
            };
            self.evaluators.evaluate_guarded(span, scored, panicked);
        }
        if partials.dropped_scores > 0 {
            self.metrics
                .score_dropped_series_scores
                .inc_by(partials.dropped_scores);
            tracing::warn!(
                scores = partials.dropped_scores,
                max_series = self.aggregator.max_series(),
                "a batch opened more series than score.max_series: those scores are stored, not aggregated"
            );
        }
        (rows, partials)
    }

    /// Run one worker until the span log is closed and drained.
    pub async fn run_worker(self: Arc<Self>, mut consumer: Box<dyn SpanLogConsumer>) {
        while let Some(mut delivery) = consumer.next().await {
            // The request goes to the blocking pool and is freed there once scored (the
            // delivery's permit is what holds the bus's room until the ack), not while
            // waiting for the store.
            let request = std::mem::take(&mut delivery.batch.request);
            let stage = self.clone();
            let scored = tokio::task::spawn_blocking(move || stage.score(&request)).await;
            let spans = delivery.batch.span_count as u64;
            let (rows, mut partials) = match scored {
                Ok(done) => done,
                Err(e) => {
                    // Evaluator panics are caught per span; this is a bug in normalizing or
                    // aggregating, which would panic again on redelivery. Counted, and the
                    // delivery dropped unacknowledged (embedded: its room is freed).
                    self.metrics.score_panicked_batches.inc();
                    tracing::error!(
                        spans,
                        panicked = e.is_panic(),
                        "scoring a batch failed outside the evaluators; batch not scored"
                    );
                    continue;
                }
            };
            partials.source = delivery.position;
            if self.commit(rows, partials, spans).await {
                delivery.ack();
            }
        }
    }
}
