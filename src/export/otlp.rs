//! The `otlp` exporter: OTLP/gRPC to the next hop.

use std::sync::Arc;
use std::time::{Duration, Instant};

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use tokio::sync::mpsc;
use tonic::codec::CompressionEncoding;
use tonic::metadata::{AsciiMetadataKey, AsciiMetadataValue, MetadataMap};
use tonic::transport::{Channel, Endpoint};
use tonic::{Code, Status};

use super::config::OtlpExporterConfig;
use crate::otlp::count_spans;
use crate::telemetry::{ExporterLabels, Metrics};

const LABELS: ExporterLabels = ExporterLabels { exporter: "otlp" };

/// Handle used by ingest to queue requests for forwarding.
#[derive(Clone)]
pub struct Forwarder {
    queue: mpsc::Sender<ExportTraceServiceRequest>,
    metrics: Arc<Metrics>,
}

/// Error building the exporter from config.
#[derive(Debug, thiserror::Error)]
pub enum ForwarderError {
    /// The endpoint URL is not usable.
    #[error("exporters.otlp.endpoint: {0}")]
    Endpoint(String),
    /// A header cannot be sent as gRPC metadata (the value is not printed: it may be a secret).
    #[error("exporters.otlp.headers.{0}: not valid as gRPC metadata")]
    Header(String),
}

impl Forwarder {
    /// Start the background sender; it runs until every [`Forwarder`] handle is dropped and the
    /// queue is drained (or `drain_deadline` passes after that).
    pub fn start(
        config: &OtlpExporterConfig,
        metrics: Arc<Metrics>,
    ) -> Result<(Forwarder, tokio::task::JoinHandle<()>), ForwarderError> {
        let endpoint = Endpoint::from_shared(config.endpoint.clone())
            .map_err(|e| ForwarderError::Endpoint(e.to_string()))?
            .timeout(config.timeout)
            .connect_timeout(config.timeout);
        let channel = endpoint.connect_lazy();
        let mut client = TraceServiceClient::new(channel);
        if config.compression.get() == super::config::ExportCompression::Gzip {
            client = client.send_compressed(CompressionEncoding::Gzip);
        }
        let mut headers = MetadataMap::new();
        for (name, value) in &config.headers {
            let key = AsciiMetadataKey::from_bytes(name.as_bytes())
                .map_err(|_| ForwarderError::Header(name.clone()))?;
            let value = AsciiMetadataValue::try_from(value.expose())
                .map_err(|_| ForwarderError::Header(name.clone()))?;
            headers.insert(key, value);
        }
        let (queue, receiver) = mpsc::channel(config.queue_size);
        let sender = Sender {
            client,
            headers,
            max_elapsed: config.max_elapsed_time,
            metrics: metrics.clone(),
        };
        let task = tokio::spawn(sender.run(receiver));
        Ok((Forwarder { queue, metrics }, task))
    }

    /// Queue a request; when the queue is full it is dropped and counted, never awaited.
    pub fn enqueue(&self, request: ExportTraceServiceRequest) {
        if let Err(e) = self.queue.try_send(request) {
            let spans = match &e {
                mpsc::error::TrySendError::Full(r) | mpsc::error::TrySendError::Closed(r) => {
                    count_spans(r)
                }
            };
            self.metrics
                .exporter_enqueue_failed_spans
                .get_or_create(&LABELS)
                .inc_by(spans as u64);
            tracing::warn!(spans, "otlp exporter queue is full; spans not forwarded");
        }
    }
}

struct Sender {
    client: TraceServiceClient<Channel>,
    headers: MetadataMap,
    max_elapsed: Duration,
    metrics: Arc<Metrics>,
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

impl Sender {
    async fn run(mut self, mut receiver: mpsc::Receiver<ExportTraceServiceRequest>) {
        while let Some(request) = receiver.recv().await {
            self.send_with_retries(request).await;
        }
    }

    async fn send_with_retries(&mut self, request: ExportTraceServiceRequest) {
        let spans = count_spans(&request) as u64;
        let started = Instant::now();
        let mut backoff = Duration::from_millis(100);
        loop {
            let mut call = tonic::Request::new(request.clone());
            *call.metadata_mut() = self.headers.clone();
            match self.client.export(call).await {
                Ok(response) => {
                    let rejected = response
                        .into_inner()
                        .partial_success
                        .map(|p| p.rejected_spans.max(0) as u64)
                        .unwrap_or(0)
                        .min(spans);
                    self.metrics
                        .exporter_sent_spans
                        .get_or_create(&LABELS)
                        .inc_by(spans - rejected);
                    if rejected > 0 {
                        self.failed(rejected, "next hop rejected spans (partial success)");
                    }
                    return;
                }
                Err(status) if retryable(&status) && started.elapsed() < self.max_elapsed => {
                    tracing::debug!(code = ?status.code(), "otlp export failed; retrying");
                    tokio::time::sleep(jitter(backoff)).await;
                    backoff = (backoff * 2).min(Duration::from_secs(30));
                }
                Err(status) => {
                    self.failed(spans, &format!("{:?}: {}", status.code(), status.message()));
                    return;
                }
            }
        }
    }

    fn failed(&self, spans: u64, why: &str) {
        self.metrics
            .exporter_send_failed_spans
            .get_or_create(&LABELS)
            .inc_by(spans);
        tracing::warn!(spans, reason = why, "otlp exporter dropped spans");
    }
}

/// Up to ±25% of `d`, so that many exporters do not retry in lockstep.
fn jitter(d: Duration) -> Duration {
    use rand::Rng;
    d.mul_f64(rand::rng().random_range(0.75..=1.25))
}
