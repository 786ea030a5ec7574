//! The score stage: take batches off the span log, normalize every span, run the evaluators,
//! write one row per span × evaluator, and only then acknowledge the batch.
//!
//! Workers are stateless, so any number can share one span log. Normalizing and evaluating is
//! CPU work and runs on the blocking pool, never on the async reactor.
//!
//! [`scorer`] is the `agentwatch score` command's scorer: the content evaluators on one's own
//! data, with the same code.

pub mod config;
pub mod scorer;

use std::sync::Arc;
use std::time::Duration;

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

use crate::bus::{AggregateLog, PublishError, SpanLogConsumer};
use crate::eval::EvaluatorSet;
use crate::normalize::{NormalizeOptions, normalize_request};
use crate::store::{ScoreRow, ScoreSink};
use crate::telemetry::Metrics;
use crate::window::{Aggregator, Partials};

/// What every score worker shares.
pub struct ScoreStage {
    evaluators: EvaluatorSet,
    normalize: NormalizeOptions,
    aggregator: Aggregator,
    store: Arc<dyn ScoreSink>,
    /// Where partial window aggregates go (the aggregates log, read by the detect stage).
    partials: Option<Arc<dyn AggregateLog>>,
    metrics: Arc<Metrics>,
}

impl ScoreStage {
    /// Build the stage.
    pub fn new(
        evaluators: EvaluatorSet,
        normalize: NormalizeOptions,
        aggregator: Aggregator,
        store: Arc<dyn ScoreSink>,
        partials: Option<Arc<dyn AggregateLog>>,
        metrics: Arc<Metrics>,
    ) -> ScoreStage {
        ScoreStage {
            evaluators,
            normalize,
            aggregator,
            store,
            partials,
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
            self.evaluators.evaluate(span, |score| {
                self.aggregator.add(&mut partials, span, &score);
                // The span's columns are formatted once; its other rows copy them.
                let row = match rows.get(first) {
                    Some(sibling) => sibling.for_score(score),
                    None => ScoreRow::new(span, score),
                };
                rows.push(row);
            });
        }
        (rows, partials)
    }

    /// Write a scored batch and hand its partials to the detect stage; returns when both are
    /// done, so the caller may acknowledge the batch.
    ///
    /// Returns false when the partials could not be handed on because the aggregates log was
    /// closed while it was unavailable (shutdown during a broker outage): the batch must not
    /// be acknowledged then, so that it is delivered again after the restart.
    pub async fn commit(&self, rows: Vec<ScoreRow>, partials: Partials, spans: u64) -> bool {
        self.write_with_retries(rows).await;
        if let Some(log) = &self.partials
            && !partials.is_empty()
            && !self.publish_with_retries(log.as_ref(), partials).await
        {
            return false;
        }
        self.metrics.scored_spans.inc_by(spans);
        true
    }

    /// Retry while the aggregates log is unavailable (a broker outage holds the batch, and
    /// with it the span-log offset, until it is back) unless it is closed meanwhile; a
    /// refusal is logged and dropped. True when the partials were handed on or dropped.
    async fn publish_with_retries(&self, log: &dyn AggregateLog, mut partials: Partials) -> bool {
        let mut backoff = Duration::from_millis(50);
        loop {
            match log.publish(partials).await {
                Ok(()) => return true,
                Err((PublishError::Refused(e), _)) => {
                    tracing::warn!(error = %e, "partial aggregates not merged");
                    return true;
                }
                Err((e, _)) if log.is_closed() => {
                    tracing::warn!(error = %e, "shutting down with partial aggregates unpublished; the batch is delivered again at the next start");
                    return false;
                }
                Err((e, unpublished)) => {
                    partials = unpublished;
                    tracing::warn!(error = %e, "publishing partial aggregates failed; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
            }
        }
    }

    /// Run one worker until the span log is closed and drained.
    pub async fn run_worker(self: Arc<Self>, mut consumer: Box<dyn SpanLogConsumer>) {
        while let Some(delivery) = consumer.next().await {
            let stage = self.clone();
            let (delivery, rows, partials) = match tokio::task::spawn_blocking(move || {
                let mut delivery = delivery;
                let (rows, mut partials) = stage.score(&delivery.batch.request);
                partials.source = delivery.position;
                // The request is no longer needed (its permit is what holds the bus's room
                // until the ack): free it now, on this thread, not while waiting for the store.
                drop(std::mem::take(&mut delivery.batch.request));
                (delivery, rows, partials)
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
            if self.commit(rows, partials, spans).await {
                delivery.ack();
            }
        }
    }

    /// Retry retryable store errors with back-off; permanent ones are logged and counted.
    async fn write_with_retries(&self, rows: Vec<ScoreRow>) {
        let rows = Arc::new(rows);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::PipelineConfig;
    use crate::eval::EvaluatorId;
    use crate::store::config::StoreConfig;
    use crate::window::Aggregate;
    use async_trait::async_trait;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    /// An aggregates log whose broker never answers, closed after its second failure.
    #[derive(Default)]
    struct Unreachable {
        attempts: AtomicUsize,
        closed: AtomicBool,
    }

    #[async_trait]
    impl AggregateLog for Unreachable {
        async fn publish(&self, partials: Partials) -> Result<(), (PublishError, Partials)> {
            if self.attempts.fetch_add(1, Ordering::SeqCst) == 1 {
                self.close();
            }
            Err((PublishError::Unavailable("no broker".into()), partials))
        }
        fn close(&self) {
            self.closed.store(true, Ordering::SeqCst);
        }
        fn is_closed(&self) -> bool {
            self.closed.load(Ordering::SeqCst)
        }
    }

    #[tokio::test]
    async fn a_batch_whose_partials_never_left_is_not_committed_at_shutdown() {
        let dir = tempfile::tempdir().unwrap();
        let config = PipelineConfig::default();
        let metrics = Metrics::new();
        let store_config = StoreConfig::Sqlite {
            path: dir.path().join("db"),
            max_batch_rows: 100,
        };
        let store = crate::store::open(&store_config, metrics.clone())
            .await
            .unwrap();
        let log = Arc::new(Unreachable::default());
        let stage = ScoreStage::new(
            EvaluatorSet::from_config(&config.evaluators).unwrap(),
            NormalizeOptions::default(),
            Aggregator::new(config.windows.length),
            store,
            Some(log.clone()),
            metrics.clone(),
        );
        let mut partials = Partials::default();
        let key = crate::window::SeriesKey {
            service: "svc".into(),
            agent: String::new(),
            source: EvaluatorId::named("refusal").unwrap(),
            dimension: String::new(),
        };
        partials.windows.insert(
            (key, 0),
            Aggregate::new(EvaluatorId::named("refusal").unwrap()),
        );
        assert!(!stage.commit(Vec::new(), partials, 1).await);
        assert_eq!(
            log.attempts.load(Ordering::SeqCst),
            2,
            "retried until closed"
        );
        assert_eq!(metrics.scored_spans.get(), 0, "not counted as scored");
    }
}
