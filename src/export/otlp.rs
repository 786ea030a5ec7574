//! The `otlp` exporter: OTLP/gRPC to the next hop, over TLS for an `https://` endpoint.

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
use super::sender::{Delivered, Failure, Transport};
use crate::security::client_tls::{ClientTls, error_chain};

/// The longest a TLS diagnosis of a failed connection waits for the server's first answer.
const DIAGNOSE_WITHIN: Duration = Duration::from_secs(2);

pub(super) struct Grpc {
    client: TraceServiceClient<Channel>,
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
        let mut client = TraceServiceClient::new(endpoint.connect_lazy());
        if config.compression.get() == ExportCompression::Gzip {
            client = client.send_compressed(CompressionEncoding::Gzip);
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
            client,
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

impl Transport for Grpc {
    async fn export(&mut self, request: &ExportTraceServiceRequest) -> Result<Delivered, Failure> {
        let mut call = tonic::Request::new(request.clone());
        *call.metadata_mut() = self.headers.clone();
        match self.client.export(call).await {
            Ok(response) => {
                let partial = response.into_inner().partial_success.unwrap_or_default();
                Ok(Delivered {
                    rejected: partial.rejected_spans.max(0) as u64,
                    message: partial.error_message,
                })
            }
            Err(status) => {
                // tonic keeps the transport's error as the source of the statuses it makes up
                // (Unavailable, Cancelled, or Unknown for a connection that broke): those are
                // retried whatever their code, as a server that is down may come back.
                let connection = std::error::Error::source(&status).is_some();
                Err(Failure {
                    retryable: connection || retryable(&status),
                    retry_after: status
                        .get_details_retry_info()
                        .and_then(|info| info.retry_delay),
                    reason: describe(&status),
                    connection,
                })
            }
        }
    }

    async fn diagnose(&self) -> Option<String> {
        let (tls, uri) = self.tls.as_ref()?;
        tls.diagnose(uri, b"h2", self.timeout.min(DIAGNOSE_WITHIN))
            .await
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
