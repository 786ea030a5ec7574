//! The score stage: take batches off the span log, normalize every span, run the evaluators,
//! write one row per span × evaluator, and only then acknowledge the batch.
//!
//! Workers are stateless, so any number can share one span log. Normalizing and evaluating is
//! CPU work and runs on the blocking pool, never on the async reactor.

use std::sync::Arc;
use std::time::Duration;

use crate::bus::{Delivery, SpanLogConsumer};
use crate::eval::EvaluatorSet;
use crate::normalize::{NormalizeOptions, normalize_request};
use crate::store::{ScoreRow, Store};
use crate::telemetry::Metrics;

/// What every score worker shares.
pub struct ScoreStage {
    evaluators: EvaluatorSet,
    normalize: NormalizeOptions,
    store: Arc<dyn Store>,
    metrics: Arc<Metrics>,
}

impl ScoreStage {
    /// Build the stage.
    pub fn new(
        evaluators: EvaluatorSet,
        normalize: NormalizeOptions,
        store: Arc<dyn Store>,
        metrics: Arc<Metrics>,
    ) -> ScoreStage {
        ScoreStage {
            evaluators,
            normalize,
            store,
            metrics,
        }
    }

    /// Names of the evaluators this stage runs.
    pub fn evaluator_names(&self) -> Vec<&'static str> {
        self.evaluators.names()
    }

    /// Score a batch into rows (CPU only, no I/O).
    pub fn score(&self, delivery: &Delivery) -> Vec<ScoreRow> {
        let spans = normalize_request(&delivery.batch.request, &self.normalize);
        let mut rows = Vec::with_capacity(spans.len() * 2);
        for span in &spans {
            self.evaluators
                .evaluate(span, |score| rows.push(ScoreRow::new(span, score)));
        }
        rows
    }

    /// Run one worker until the span log is closed and drained.
    pub async fn run_worker(self: Arc<Self>, mut consumer: Box<dyn SpanLogConsumer>) {
        while let Some(delivery) = consumer.next().await {
            let stage = self.clone();
            let (delivery, rows) = match tokio::task::spawn_blocking(move || {
                let rows = stage.score(&delivery);
                (delivery, rows)
            })
            .await
            {
                Ok(done) => done,
                Err(e) => {
                    // A panic in an evaluator is a bug; the delivery was consumed with it.
                    tracing::error!(error = %e, "score task failed; batch not scored");
                    continue;
                }
            };
            let spans = delivery.batch.span_count as u64;
            self.write_with_retries(rows).await;
            self.metrics.scored_spans.inc_by(spans);
            delivery.ack();
        }
    }

    /// Retry retryable store errors with back-off; permanent ones are logged and counted.
    async fn write_with_retries(&self, rows: Vec<ScoreRow>) {
        let mut backoff = Duration::from_millis(50);
        loop {
            match self.store.write_scores(rows.clone()).await {
                Ok(()) => return,
                Err(e) if e.is_retryable() => {
                    tracing::warn!(error = %e, rows = rows.len(), "store write failed; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
                Err(e) => {
                    tracing::error!(error = %e, rows = rows.len(), "store write failed permanently; rows lost");
                    return;
                }
            }
        }
    }
}
