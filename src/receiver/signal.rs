//! What differs between the OTLP signals the receivers take (traces, logs): the gRPC service
//! and path, how a body is exported, and how the response reads in OTLP/JSON. Both
//! transports are written once against [`Signal`]; everything else (auth, limits, memory
//! budget, back-pressure, TLS) is the same code for every signal.

use bytes::Bytes;
use futures::future::BoxFuture;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceResponse;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceResponse;

use super::budget::SharedCharge;
use super::{Encoding, Ingest, IngestError};
use crate::security::Caller;

/// One body a transport received, to be exported.
pub struct Received<'a> {
    /// The ingest core.
    pub ingest: &'a Ingest,
    /// `grpc` or `http`.
    pub transport: &'static str,
    /// The body's encoding.
    pub encoding: Encoding,
    /// The body, uncompressed.
    pub body: Bytes,
    /// What the body holds of the memory budget.
    pub charge: &'a SharedCharge,
    /// Who sent it, when tokens are configured.
    pub caller: Option<&'a Caller>,
}

/// One OTLP signal, as the receivers serve it.
pub trait Signal: Send + Sync + 'static {
    /// The `Export` response message.
    type Response: prost::Message + Default + Send + 'static;
    /// The gRPC service (`opentelemetry.proto.collector.trace.v1.TraceService`).
    const GRPC_SERVICE: &'static str;
    /// The gRPC method path of `Export`.
    const GRPC_EXPORT_PATH: &'static str;
    /// The OTLP/HTTP path (`/v1/traces`).
    const HTTP_PATH: &'static str;
    /// Decode, check and hand on one received body (see [`Ingest::export_body`]).
    fn export(received: Received<'_>) -> BoxFuture<'_, Result<Self::Response, IngestError>>;
    /// The response in OTLP/JSON: `{}` when everything was accepted, else its
    /// `partialSuccess` with the signal's own count field.
    fn json_response(response: &Self::Response) -> serde_json::Value;
}

/// `{}`, or `{"partialSuccess": {COUNT_FIELD: n, "errorMessage": ...}}`.
fn partial_json(count_field: &str, partial: Option<(i64, &str)>) -> serde_json::Value {
    match partial {
        None => serde_json::json!({}),
        Some((rejected, message)) => serde_json::json!({
            "partialSuccess": {count_field: rejected, "errorMessage": message}
        }),
    }
}

/// Spans: `TraceService/Export`, `/v1/traces`.
pub struct Traces;

impl Signal for Traces {
    type Response = ExportTraceServiceResponse;
    const GRPC_SERVICE: &'static str = "opentelemetry.proto.collector.trace.v1.TraceService";
    const GRPC_EXPORT_PATH: &'static str =
        "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
    const HTTP_PATH: &'static str = "/v1/traces";

    fn export(r: Received<'_>) -> BoxFuture<'_, Result<Self::Response, IngestError>> {
        Box::pin(
            r.ingest
                .export_body(r.transport, r.encoding, r.body, r.charge, r.caller),
        )
    }

    fn json_response(response: &Self::Response) -> serde_json::Value {
        let partial = response.partial_success.as_ref();
        partial_json(
            "rejectedSpans",
            partial.map(|p| (p.rejected_spans, &*p.error_message)),
        )
    }
}

/// Log records: `LogsService/Export`, `/v1/logs`.
pub struct Logs;

impl Signal for Logs {
    type Response = ExportLogsServiceResponse;
    const GRPC_SERVICE: &'static str = "opentelemetry.proto.collector.logs.v1.LogsService";
    const GRPC_EXPORT_PATH: &'static str =
        "/opentelemetry.proto.collector.logs.v1.LogsService/Export";
    const HTTP_PATH: &'static str = "/v1/logs";

    fn export(received: Received<'_>) -> BoxFuture<'_, Result<Self::Response, IngestError>> {
        Box::pin(received.ingest.export_logs_body(received))
    }

    fn json_response(response: &Self::Response) -> serde_json::Value {
        let partial = response.partial_success.as_ref();
        partial_json(
            "rejectedLogRecords",
            partial.map(|p| (p.rejected_log_records, &*p.error_message)),
        )
    }
}
