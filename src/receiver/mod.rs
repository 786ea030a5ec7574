//! Ingest: the OTLP receivers (gRPC and HTTP) and the transport-independent core they share.
//!
//! Each request is decoded, validated span by span, published to the span log and only then
//! acknowledged. Errors are classified once, here, as permanent (the client must not retry:
//! malformed, too large) or retryable (overloaded, unavailable), and each transport maps that
//! class to its own status codes.

pub mod config;
pub mod grpc;
pub mod http;

use std::sync::Arc;
use std::time::Duration;

use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTracePartialSuccess, ExportTraceServiceRequest, ExportTraceServiceResponse,
};

use self::config::OtlpReceiverConfig;
use crate::bus::{PublishError, SpanBatch, SpanLog};
use crate::export::Forwarder;
use crate::otlp::DecodeError;
use crate::otlp::split::remove_oversize_spans;
use crate::otlp::validate::validate_request;
use crate::telemetry::{Metrics, TransportLabels};

/// Why a request was not accepted.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IngestError {
    /// The body is not a valid OTLP request in its declared encoding. Permanent.
    #[error("{0}")]
    Malformed(String),
    /// The body is over the configured limit. Permanent.
    #[error("request is over the limit of {limit} bytes (receivers.otlp.max_request_bytes){}",
        .size.map(|s| format!(": {s} bytes")).unwrap_or_default())]
    TooLarge {
        /// Size seen, when known (reading stops at the limit).
        size: Option<usize>,
        /// The limit.
        limit: usize,
    },
    /// Content type or encoding we do not speak. Permanent.
    #[error("{0}")]
    Unsupported(String),
    /// No room on the span log in time. Retryable after the hint.
    #[error("{0}")]
    Overloaded(String),
    /// Shutting down or the span log is unreachable. Retryable.
    #[error("{0}")]
    Unavailable(String),
}

impl IngestError {
    /// The `reason` label under which refusals are counted.
    pub fn reason(&self) -> &'static str {
        match self {
            IngestError::Malformed(_) => "malformed",
            IngestError::TooLarge { .. } => "too_large",
            IngestError::Unsupported(_) => "unsupported",
            IngestError::Overloaded(_) => "overloaded",
            IngestError::Unavailable(_) => "unavailable",
        }
    }
}

impl From<DecodeError> for IngestError {
    fn from(error: DecodeError) -> IngestError {
        match error {
            DecodeError::Malformed(m) => IngestError::Malformed(m),
            DecodeError::Unavailable(m) => IngestError::Unavailable(m),
        }
    }
}

/// The ingest core shared by both transports.
pub struct Ingest {
    bus: Arc<dyn SpanLog>,
    forwarder: Option<Forwarder>,
    metrics: Arc<Metrics>,
    backpressure_timeout: Duration,
    /// Hint given to clients that are pushed back.
    pub retry_after: Duration,
    /// Largest request accepted, after decompression.
    pub max_request_bytes: usize,
    /// Turns for decoding and publishing requests (`max_concurrent_requests`).
    turns: Arc<tokio::sync::Semaphore>,
    max_concurrent_requests: usize,
}

impl Ingest {
    /// Build the ingest core.
    pub fn new(
        config: &OtlpReceiverConfig,
        bus: Arc<dyn SpanLog>,
        forwarder: Option<Forwarder>,
        metrics: Arc<Metrics>,
    ) -> Ingest {
        Ingest {
            bus,
            forwarder,
            metrics,
            backpressure_timeout: config.backpressure_timeout,
            retry_after: config.retry_after,
            max_request_bytes: config.max_request_bytes,
            turns: Arc::new(tokio::sync::Semaphore::new(config.max_concurrent_requests)),
            max_concurrent_requests: config.max_concurrent_requests,
        }
    }

    /// Wait (up to the back-pressure timeout) for a turn to decode and publish a received
    /// body; hold the returned permit until the request is answered. Overloaded when none
    /// frees up in time: decoded requests are the largest memory an overload piles up.
    pub async fn turn(
        &self,
        transport: &'static str,
    ) -> Result<tokio::sync::OwnedSemaphorePermit, IngestError> {
        let acquire = self.turns.clone().acquire_owned();
        match tokio::time::timeout(self.backpressure_timeout, acquire).await {
            Ok(Ok(permit)) => Ok(permit),
            Ok(Err(_closed)) => Err(IngestError::Unavailable("shutting down".into())),
            Err(_elapsed) => {
                let error = IngestError::Overloaded(format!(
                    "agentwatch is overloaded: {} requests are being processed \
                     (receivers.otlp.max_concurrent_requests); retry after {}s",
                    self.max_concurrent_requests,
                    self.retry_after.as_secs().max(1)
                ));
                self.refused(transport, &error);
                Err(error)
            }
        }
    }

    /// Validate, publish and (optionally) forward one decoded request.
    pub async fn export(
        &self,
        transport: &'static str,
        mut request: ExportTraceServiceRequest,
    ) -> Result<ExportTraceServiceResponse, IngestError> {
        let mut validated = validate_request(&mut request);
        if let Some(limit) = self.bus.max_span_bytes() {
            let oversize = remove_oversize_spans(&mut request, limit);
            if oversize > 0 {
                validated.refuse_oversize(oversize);
            }
        }
        if validated.rejected > 0 {
            self.metrics
                .refuse(transport, "invalid_span", validated.rejected as u64);
        }
        if validated.accepted > 0 {
            let forward = self.forwarder.as_ref().map(|_| request.clone());
            let batch = SpanBatch::new(request);
            let spans = batch.span_count;
            if let Err(e) = self.bus.publish(batch, self.backpressure_timeout).await {
                let err = match e {
                    PublishError::Overloaded { .. } | PublishError::Backlogged(_) => {
                        IngestError::Overloaded(format!(
                            "agentwatch is overloaded: {e}; retry after {}s",
                            self.retry_after.as_secs().max(1)
                        ))
                    }
                    PublishError::Unavailable(_) => IngestError::Unavailable(e.to_string()),
                    PublishError::Refused(_) => IngestError::Malformed(e.to_string()),
                };
                self.metrics.refuse(transport, err.reason(), spans as u64);
                return Err(err);
            }
            self.metrics
                .receiver_accepted_spans
                .get_or_create(&TransportLabels { transport })
                .inc_by(spans as u64);
            if let (Some(forwarder), Some(request)) = (&self.forwarder, forward) {
                forwarder.enqueue(request);
            }
        }
        Ok(ExportTraceServiceResponse {
            partial_success: validated
                .message()
                .map(|error_message| ExportTracePartialSuccess {
                    rejected_spans: validated.rejected as i64,
                    error_message,
                }),
        })
    }

    /// Count a request refused before it could be decoded (its spans are unknown).
    pub fn refused(&self, transport: &'static str, error: &IngestError) {
        self.metrics.refuse(transport, error.reason(), 0);
    }
}
