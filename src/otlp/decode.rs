//! Decoding OTLP trace request bodies, large ones off the async reactor.

use bytes::Bytes;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;

/// Bodies larger than this are decoded on the blocking pool, off the async reactor.
const DECODE_INLINE_MAX: usize = 64 * 1024;

/// Why a body could not be decoded.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    /// The body is not a valid OTLP request in its encoding. Permanent.
    #[error("{0}")]
    Malformed(String),
    /// The decoder could not run (the blocking pool is shutting down). Retryable.
    #[error("{0}")]
    Unavailable(String),
}

/// Decode an OTLP protobuf body, off the reactor when it is large.
pub async fn decode_protobuf(body: Bytes) -> Result<ExportTraceServiceRequest, DecodeError> {
    off_reactor(body, |b| {
        ExportTraceServiceRequest::decode(b)
            .map_err(|e| DecodeError::Malformed(format!("invalid OTLP protobuf: {e}")))
    })
    .await
}

/// Decode an OTLP/JSON body, off the reactor when it is large.
pub async fn decode_json(body: Bytes) -> Result<ExportTraceServiceRequest, DecodeError> {
    off_reactor(body, |b| {
        serde_json::from_slice::<ExportTraceServiceRequest>(&b)
            .map_err(|e| DecodeError::Malformed(format!("invalid OTLP/JSON: {e}")))
    })
    .await
}

async fn off_reactor<T: Send + 'static>(
    body: Bytes,
    decode: impl FnOnce(Bytes) -> Result<T, DecodeError> + Send + 'static,
) -> Result<T, DecodeError> {
    if body.len() <= DECODE_INLINE_MAX {
        return decode(body);
    }
    tokio::task::spawn_blocking(move || decode(body))
        .await
        .map_err(|e| DecodeError::Unavailable(format!("decoder task failed: {e}")))?
}
