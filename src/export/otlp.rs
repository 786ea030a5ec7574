//! The `otlp` exporter: OTLP/gRPC to the next hop, over TLS for an `https://` endpoint —
//! spans (`TraceService/Export`) and evaluation results (`LogsService/Export`) over one
//! connection.

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::logs::v1::logs_service_client::LogsServiceClient;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use tonic::codec::CompressionEncoding;
use tonic::metadata::{AsciiMetadataKey, AsciiMetadataValue, MetadataMap};
use tonic::transport::{Channel, Endpoint};
use tonic::{Code, Status};
use tonic_types::StatusExt;

use std::time::Duration;

use super::ForwarderError;
use super::config::{ExportCompression, OtlpExporterConfig};
use super::payload::Payload;
use super::sender::{Delivered, Failure, Transport};
use crate::security::client_tls::{ClientTls, error_chain};

/// The longest a TLS diagnosis of a failed connection waits for the server's first answer.
const DIAGNOSE_WITHIN: Duration = Duration::from_secs(2);

/// Clones share the connection.
#[derive(Clone)]
pub(super) struct Grpc {
    traces: TraceServiceClient<Channel>,
    logs: LogsServiceClient<Channel>,
    headers: MetadataMap,
    /// For an `https://` endpoint: its TLS settings and URL, to diagnose failed connections.
    tls: Option<(ClientTls, http::Uri)>,
    timeout: Duration,
}

impl Grpc {
    pub fn new(config: &OtlpExporterConfig) -> Result<Grpc, ForwarderError> {
        let endpoint_error = |message: String| ForwarderError::Endpoint {
            path: "exporters.otlp.endpoint".into(),
            message,
        };
        let mut endpoint = Endpoint::from_shared(config.endpoint.clone())
            .map_err(|e| endpoint_error(e.to_string()))?
            .timeout(config.timeout)
            .connect_timeout(config.timeout);
        let mut tls = None;
        if endpoint.uri().scheme_str() == Some("https") {
            let loaded = config.tls.load("exporters.otlp.tls")?;
            endpoint = endpoint
                .tls_config(loaded.tonic().timeout(config.timeout))
                .map_err(|e| endpoint_error(error_chain(&e)))?;
            tls = Some((loaded, endpoint.uri().clone()));
        }
        let channel = endpoint.connect_lazy();
        let mut traces = TraceServiceClient::new(channel.clone());
        let mut logs = LogsServiceClient::new(channel);
        if config.compression.get() == ExportCompression::Gzip {
            traces = traces.send_compressed(CompressionEncoding::Gzip);
            logs = logs.send_compressed(CompressionEncoding::Gzip);
        }
        let mut headers = MetadataMap::new();
        for (name, value) in &config.headers {
            let invalid = || ForwarderError::Header {
                exporter: "otlp",
                name: name.clone(),
            };
            let key = AsciiMetadataKey::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
            let value = AsciiMetadataValue::try_from(value.expose()).map_err(|_| invalid())?;
            headers.insert(key, value);
        }
        Ok(Grpc {
            traces,
            logs,
            headers,
            tls,
            timeout: config.timeout,
        })
    }
}

/// Codes worth retrying, per the OTLP specification's exporter rules.
fn retryable(status: &Status) -> bool {
    matches!(
        status.code(),
        Code::Cancelled
            | Code::DeadlineExceeded
            | Code::Aborted
            | Code::OutOfRange
            | Code::Unavailable
            | Code::DataLoss
            | Code::ResourceExhausted
    )
}

impl Grpc {
    fn call<P: Payload>(&self, request: &P) -> tonic::Request<P> {
        let mut call = tonic::Request::new(request.clone());
        *call.metadata_mut() = self.headers.clone();
        call
    }

    async fn diagnose_tls(&self) -> Option<String> {
        let (tls, uri) = self.tls.as_ref()?;
        tls.diagnose(uri, b"h2", self.timeout.min(DIAGNOSE_WITHIN))
            .await
    }
}

impl Transport<ExportTraceServiceRequest> for Grpc {
    async fn export(&mut self, request: &ExportTraceServiceRequest) -> Result<Delivered, Failure> {
        let call = self.call(request);
        match self.traces.export(call).await {
            Ok(response) => {
                let partial = response.into_inner().partial_success.unwrap_or_default();
                Ok(Delivered {
                    rejected: partial.rejected_spans.max(0) as u64,
                    message: partial.error_message,
                })
            }
            Err(status) => Err(failure(&status)),
        }
    }

    async fn diagnose(&self) -> Option<String> {
        self.diagnose_tls().await
    }
}

impl Transport<ExportLogsServiceRequest> for Grpc {
    async fn export(&mut self, request: &ExportLogsServiceRequest) -> Result<Delivered, Failure> {
        let call = self.call(request);
        match self.logs.export(call).await {
            Ok(response) => {
                let partial = response.into_inner().partial_success.unwrap_or_default();
                Ok(Delivered {
                    rejected: partial.rejected_log_records.max(0) as u64,
                    message: partial.error_message,
                })
            }
            Err(status) => Err(failure(&status)),
        }
    }

    async fn diagnose(&self) -> Option<String> {
        self.diagnose_tls().await
    }
}

/// A failed call, as the sender retries or drops it.
fn failure(status: &Status) -> Failure {
    // tonic keeps the transport's error as the source of the statuses it makes up
    // (Unavailable, Cancelled, or Unknown for a connection that broke): those are retried
    // whatever their code, as a server that is down may come back.
    let connection = std::error::Error::source(status).is_some();
    Failure {
        retryable: connection || retryable(status),
        retry_after: status
            .get_details_retry_info()
            .and_then(|info| info.retry_delay),
        reason: describe(status),
        connection,
    }
}

/// The status code, its message and the transport's causes (e.g. why a TLS handshake failed).
fn describe(status: &Status) -> String {
    let mut text = format!("{:?}: {}", status.code(), status.message());
    if let Some(source) = std::error::Error::source(status) {
        let causes = error_chain(source);
        if !text.contains(&causes) {
            text.push_str(": ");
            text.push_str(&causes);
        }
    }
    text
}
