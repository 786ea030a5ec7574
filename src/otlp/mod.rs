//! OTLP trace requests as every stage handles them: decoding (protobuf and JSON), per-span
//! validation, splitting into bounded messages, counting spans. Shared by the receivers, the
//! Kafka span log (which reads requests a Collector wrote) and forwarding; it knows none of them.

pub mod cost;
pub mod decode;
pub mod split;
pub mod split_logs;
pub mod validate;

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

pub use decode::{DecodeError, decode_json, decode_json_as, decode_protobuf, decode_protobuf_as};

/// The identity of a request's content: a stable hash of its spans' trace and span ids, in
/// order. The same spans sent again (a client's retry) have the same key.
pub fn batch_key(request: &ExportTraceServiceRequest) -> u64 {
    request
        .resource_spans
        .iter()
        .flat_map(|r| &r.scope_spans)
        .flat_map(|s| &s.spans)
        .fold(crate::stable_hash::StableHasher::new(), |key, span| {
            key.write(&span.trace_id).write(&span.span_id)
        })
        .finish()
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
