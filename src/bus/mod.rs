//! The two logs between the stages, behind interfaces the stages use without knowing the
//! transport:
//!
//! - the **span log** carries accepted OTLP requests from ingest to the score workers. Ingest
//!   acknowledges its client only when `publish` returned Ok — for the embedded bus that means
//!   queued in this process, for Kafka acknowledged by the broker (`acks=all`). Score workers
//!   acknowledge each [`Delivery`] only after its scores are durable, which frees the capacity
//!   it held (embedded) or lets its offset be committed (Kafka).
//! - the **aggregates log** carries partial window aggregates from the score workers to the
//!   detect stage, keyed by series. The detect stage commits a position only once every window
//!   fed by it is closed and written ([`OffsetTracker`]).
//!
//! [`build()`] gives a process the ends its role needs, on the bus the pipeline file names.

mod build;
pub mod config;
mod embedded;
pub mod kafka;
mod offset_gaps;
mod offsets;

use std::time::Duration;

use async_trait::async_trait;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

use crate::otlp::count_spans;
use crate::window::Partials;

pub use crate::log_position::LogPosition;
pub use build::{BusEnds, Needs, build};
pub use embedded::{EmbeddedBus, embedded_aggregates};
pub use offsets::OffsetTracker;

/// One accepted, validated OTLP request on its way to the score stage.
#[derive(Debug, Clone)]
pub struct SpanBatch {
    /// The request, with spans that failed validation already removed.
    pub request: ExportTraceServiceRequest,
    /// Number of spans in `request`.
    pub span_count: usize,
    /// What the receiver charged to its memory budget for this batch: released when the last
    /// copy of the batch is dropped (embedded bus: once scored).
    pub memory: Option<std::sync::Arc<dyn std::any::Any + Send + Sync>>,
    /// When this process took the batch (ingest, or the consumer of a span log): spans that
    /// wait for their content events wait from here (`score.join.span_wait`).
    pub received: std::time::Instant,
}

impl SpanBatch {
    /// Wrap a validated request, counting its spans.
    pub fn new(request: ExportTraceServiceRequest) -> SpanBatch {
        let span_count = count_spans(&request);
        SpanBatch {
            request,
            span_count,
            memory: None,
            received: std::time::Instant::now(),
        }
    }
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
    /// The producer's local queue toward the broker is full: the client should back off.
    #[error(
        "the span log's producer queue is full ({0} messages waiting for the broker); retry later"
    )]
    Backlogged(i32),
    /// The log is shut down or unreachable: retryable, against this or another instance.
    #[error("span log unavailable: {0}")]
    Unavailable(String),
    /// The log refused the batch for what it is (e.g. a span too large for one message):
    /// sending it again cannot help.
    #[error("span log refused the batch: {0}")]
    Refused(String),
}

/// A batch handed to a score worker. Call [`Delivery::ack`] once its results are durable;
/// dropping it unacknowledged means "not processed" (a Kafka bus would redeliver it).
pub struct Delivery {
    /// The batch.
    pub batch: SpanBatch,
    /// Where the batch sits in the span log, when it has positions (Kafka).
    pub position: Option<LogPosition>,
    acker: Option<Box<dyn FnOnce() + Send>>,
}

impl Delivery {
    /// A delivery whose acknowledgement runs `acker`.
    pub fn new(batch: SpanBatch, acker: impl FnOnce() + Send + 'static) -> Delivery {
        Delivery {
            batch,
            position: None,
            acker: Some(Box::new(acker)),
        }
    }

    /// The same, at `position` in the span log.
    pub fn at(mut self, position: LogPosition) -> Delivery {
        self.position = Some(position);
        self
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

/// What a score worker does with an OTLP logs request read from the logs topic beside its
/// spans (Kafka): Ok once it is taken — content events held for their spans, evaluation
/// results stored — so that its offset may be committed; Err says why not (it is read again
/// after a restart).
pub type LogsHandler = std::sync::Arc<
    dyn Fn(ExportLogsServiceRequest) -> futures::future::BoxFuture<'static, Result<(), String>>
        + Send
        + Sync,
>;

/// Producer side of the span log.
#[async_trait]
pub trait SpanLog: Send + Sync {
    /// Publish a batch, waiting up to `wait` for room. Ok means the log holds it.
    async fn publish(&self, batch: SpanBatch, wait: Duration) -> Result<(), PublishError>;
    /// A consumer for one score worker; every consumer of one log shares its deliveries.
    fn consumer(&self) -> anyhow::Result<Box<dyn SpanLogConsumer>>;
    /// Stop accepting publishes; consumers see the end (embedded: once the queue is drained;
    /// Kafka: at once, what they did not acknowledge goes to the next member of the group).
    fn close(&self);
    /// The largest span a message of this log can hold, in encoded bytes (None: no limit).
    /// Ingest refuses larger spans one by one instead of failing their whole request.
    fn max_span_bytes(&self) -> Option<usize> {
        None
    }
    /// Whether OTLP logs travel beside the spans (Kafka: the logs topic), for score workers
    /// anywhere; the embedded bus carries none (logs go to this process's join stage).
    fn carries_logs(&self) -> bool {
        false
    }
    /// Publish an OTLP logs request beside the spans (keyed like the spans, so that a trace's
    /// events reach the score worker of its spans), waiting up to `wait` for room.
    async fn publish_logs(
        &self,
        request: ExportLogsServiceRequest,
        wait: Duration,
    ) -> Result<(), PublishError> {
        let _ = (request, wait);
        Err(PublishError::Refused("this bus carries no logs".into()))
    }
}

/// Consumer side of the span log.
#[async_trait]
pub trait SpanLogConsumer: Send {
    /// The next batch, or None once the log is closed (and, embedded, drained).
    async fn next(&mut self) -> Option<Delivery>;
    /// The worker is done (after `next` gave None and every delivery it took was acknowledged
    /// or dropped): make what was acknowledged count now (Kafka: commit the stored offsets).
    fn finish(&mut self) {}
    /// Hand the logs read beside the spans (Kafka) to `handler`; a log without logs ignores it.
    fn handle_logs_with(&mut self, handler: LogsHandler) {
        let _ = handler;
    }
}

/// Producer side of the aggregates log (score workers → detect).
#[async_trait]
pub trait AggregateLog: Send + Sync {
    /// Publish one batch's partials; Ok means the log holds them durably (Kafka: acknowledged).
    /// On failure the partials come back with the error, to be retried without a copy.
    async fn publish(&self, partials: Partials) -> Result<(), (PublishError, Partials)>;
    /// Shutting down: publishers stop retrying (what they hold is delivered again later).
    fn close(&self) {}
    /// True once [`AggregateLog::close`] was called.
    fn is_closed(&self) -> bool {
        false
    }
}

/// What the detect stage reads from the aggregates log.
#[derive(Debug)]
pub enum AggregateEvent {
    /// Partials of one message, with its position when the log has positions.
    Partials(Partials, Option<LogPosition>),
    /// The consumer's partitions changed (a group rebalance): state built from messages not
    /// yet committed must be dropped — those messages are delivered again from the
    /// committed positions.
    Reassigned,
}

/// Consumer side of the aggregates log.
#[async_trait]
pub trait AggregateConsumer: Send {
    /// The next event, or None once the log is closed (shutdown).
    async fn next(&mut self) -> Option<AggregateEvent>;
    /// Record that everything before these positions is durable (their windows written).
    fn commit(&mut self, positions: &[LogPosition]);
    /// Commit recorded positions now and leave (shutdown).
    fn finish(&mut self) {}
    /// True when what was not committed is delivered again after a restart (Kafka): open
    /// windows can be left open at shutdown instead of being judged early.
    fn redelivers_uncommitted(&self) -> bool {
        false
    }
}
