//! Committing a scored batch: its rows to the store, its partial aggregates to the detect
//! stage, and only then the acknowledgement.
//!
//! Store errors never drop rows. A retryable error (busy, locked, unreachable) is retried
//! with back-off up to 5 s. A permanent one (a schema changed by hand, a corrupt or read-only
//! file, rows the store's client cannot serialize) is counted in
//! `score_write_permanent_errors`, logged, and retried too, with back-off up to
//! [`PERMANENT_RETRY_MAX`]: the batch stays unacknowledged and keeps its room on the bus, so
//! the failure shows as backpressure (ingest answers 429 once the span log is full) instead
//! of as a gap in the scores table, and the batch is written once the operator fixes the
//! store. A shutdown meanwhile leaves it unacknowledged: Kafka delivers it again at the next
//! start; the embedded bus reports it among the spans not scored at the shutdown deadline.

use std::sync::Arc;
use std::time::Duration;

use super::ScoreStage;
use crate::bus::{AggregateLog, PublishError};
use crate::store::{Committed, PartialsRecord, ScoreRow};
use crate::window::Partials;

/// Longest wait between two attempts at a write the store refused permanently.
pub const PERMANENT_RETRY_MAX: Duration = Duration::from_secs(60);

/// Longest wait between two attempts at a retryable write or publish.
const RETRY_MAX: Duration = Duration::from_secs(5);

impl ScoreStage {
    /// Write a scored batch (with `record`, its partials as the store keeps them, when
    /// given) and hand its partials to the detect stage; returns when both are done, so the
    /// caller may acknowledge the batch.
    ///
    /// Returns false when the partials could not be handed on because the aggregates log was
    /// closed while it was unavailable (shutdown during a broker outage): the batch must not
    /// be acknowledged then, so that it is delivered again after the restart.
    pub async fn commit(
        &self,
        rows: Vec<ScoreRow>,
        mut partials: Partials,
        record: Option<Arc<PartialsRecord>>,
        spans: u64,
    ) -> bool {
        if self.write_with_retries(rows, record).await == Committed::Again {
            // A retry of a batch already committed (and counted in its windows, live or
            // rebuilt at the last start): its scores are stored again, its partials not
            // merged twice.
            self.metrics.score_batches_committed_again.inc();
            self.metrics.scored_spans.inc_by(spans);
            return true;
        }
        if let Some(log) = &self.partials
            && !partials.is_empty()
        {
            // Room for the series before they leave: the batches between here and the detect
            // stage hold at most `score.max_series` together.
            let lease = self.budget.acquire(partials.windows.len()).await;
            partials.leases.push(Arc::new(lease));
            if !self.publish_with_retries(log.as_ref(), partials).await {
                return false;
            }
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
                    backoff = (backoff * 2).min(RETRY_MAX);
                }
            }
        }
    }

    /// Write until the store takes the rows (and `record`): retryable errors with back-off up
    /// to 5 s, permanent ones counted and retried with back-off up to [`PERMANENT_RETRY_MAX`].
    async fn write_with_retries(
        &self,
        rows: Vec<ScoreRow>,
        record: Option<Arc<PartialsRecord>>,
    ) -> Committed {
        let rows = Arc::new(rows);
        let mut backoff = Duration::from_millis(50);
        loop {
            let written = match &record {
                Some(record) => {
                    self.store
                        .write_scores_and_partials(rows.clone(), record.clone())
                        .await
                }
                None => self
                    .store
                    .write_scores(rows.clone())
                    .await
                    .map(|()| Committed::First),
            };
            match written {
                Ok(committed) => return committed,
                Err(e) if e.is_retryable() => {
                    tracing::warn!(error = %e, rows = rows.len(), "store write failed; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(RETRY_MAX);
                }
                Err(e) => {
                    self.metrics.score_write_permanent_errors.inc();
                    tracing::error!(
                        error = %e,
                        rows = rows.len(),
                        retry_in = ?backoff,
                        "the store refused the batch's scores permanently; the batch is held unacknowledged and retried until the store is fixed"
                    );
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(PERMANENT_RETRY_MAX);
                }
            }
        }
    }
}
