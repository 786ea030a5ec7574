//! Decoding OTLP request bodies (traces, and logs through the `_as` forms), large ones off
//! the async reactor.

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

/// Decode an OTLP trace protobuf body, off the reactor when it is large.
pub async fn decode_protobuf(body: Bytes) -> Result<ExportTraceServiceRequest, DecodeError> {
    decode_protobuf_as(body).await
}

/// Decode an OTLP/JSON trace body, off the reactor when it is large.
pub async fn decode_json(body: Bytes) -> Result<ExportTraceServiceRequest, DecodeError> {
    decode_json_as(body).await
}

/// Decode a protobuf body as the OTLP request `T` (traces, logs), off the reactor when large.
pub async fn decode_protobuf_as<T>(body: Bytes) -> Result<T, DecodeError>
where
    T: Message + Default + Send + 'static,
{
    off_reactor(body, |b| {
        T::decode(b).map_err(|e| DecodeError::Malformed(format!("invalid OTLP protobuf: {e}")))
    })
    .await
}

/// Decode an OTLP/JSON body as the OTLP request `T`, off the reactor when large.
pub async fn decode_json_as<T>(body: Bytes) -> Result<T, DecodeError>
where
    T: serde::de::DeserializeOwned + Send + 'static,
{
    off_reactor(body, |b| {
        serde_json::from_slice::<T>(&b)
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
