//! The span log: how ingest hands accepted batches to the score stage.
//!
//! Ingest publishes and acknowledges its client only when `publish` returned Ok — for the embedded
//! bus that means queued in this process, for Kafka it will mean acknowledged by the broker. Score
//! workers acknowledge each [`Delivery`] only after its scores are durable in the store, which
//! frees the capacity it held (embedded) or lets its offset be committed (Kafka).

mod embedded;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

use crate::config::BusConfig;
use crate::telemetry::Metrics;

pub use embedded::EmbeddedBus;

/// One accepted, validated OTLP request on its way to the score stage.
#[derive(Debug, Clone)]
pub struct SpanBatch {
    /// The request, with spans that failed validation already removed.
    pub request: ExportTraceServiceRequest,
    /// Number of spans in `request`.
    pub span_count: usize,
}

impl SpanBatch {
    /// Wrap a validated request, counting its spans.
    pub fn new(request: ExportTraceServiceRequest) -> SpanBatch {
        let span_count = count_spans(&request);
        SpanBatch {
            request,
            span_count,
        }
    }
}

/// Number of spans in a request.
pub fn count_spans(request: &ExportTraceServiceRequest) -> usize {
    request
        .resource_spans
        .iter()
        .flat_map(|r| &r.scope_spans)
        .map(|s| s.spans.len())
        .sum()
}

/// Why a batch could not be published.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PublishError {
    /// No room within the wait time: the client should back off and retry.
    #[error("span log is full ({queued} of {capacity} spans queued); retry later")]
    Overloaded {
        /// Spans queued when we gave up waiting.
        queued: usize,
        /// Capacity in spans.
        capacity: usize,
    },
    /// The log is shut down or unreachable: retryable, against this or another instance.
    #[error("span log unavailable: {0}")]
    Unavailable(String),
}

/// A batch handed to a score worker. Call [`Delivery::ack`] once its results are durable;
/// dropping it unacknowledged means "not processed" (a Kafka bus would redeliver it).
pub struct Delivery {
    /// The batch.
    pub batch: SpanBatch,
    acker: Option<Box<dyn FnOnce() + Send>>,
}

impl Delivery {
    /// A delivery whose acknowledgement runs `acker`.
    pub fn new(batch: SpanBatch, acker: impl FnOnce() + Send + 'static) -> Delivery {
        Delivery {
            batch,
            acker: Some(Box::new(acker)),
        }
    }

    /// Mark the batch processed and durable.
    pub fn ack(mut self) {
        if let Some(acker) = self.acker.take() {
            acker();
        }
    }
}

impl std::fmt::Debug for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Delivery")
            .field("spans", &self.batch.span_count)
            .finish()
    }
}

/// Producer side of the span log.
#[async_trait]
pub trait SpanLog: Send + Sync {
    /// Publish a batch, waiting up to `wait` for room. Ok means the log holds it.
    async fn publish(&self, batch: SpanBatch, wait: Duration) -> Result<(), PublishError>;
    /// A consumer for one score worker; every consumer of one log shares its deliveries.
    fn consumer(&self) -> Box<dyn SpanLogConsumer>;
    /// Stop accepting publishes; consumers drain what is queued, then see the end.
    fn close(&self);
}

/// Consumer side of the span log.
#[async_trait]
pub trait SpanLogConsumer: Send {
    /// The next batch, or None once the log is closed and drained.
    async fn next(&mut self) -> Option<Delivery>;
}

/// Build the span log the pipeline file names.
pub fn build(config: &BusConfig, metrics: Arc<Metrics>) -> Arc<dyn SpanLog> {
    match config {
        BusConfig::Embedded { max_queued_spans } => {
            Arc::new(EmbeddedBus::new(*max_queued_spans, metrics))
        }
    }
}
