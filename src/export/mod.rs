//! Forwarding what was received to the next OTLP hop, so agentwatch can sit in front of an
//! existing trace backend: OTLP/gRPC (`exporters.otlp`) and OTLP/HTTP (`exporters.otlphttp`),
//! each over TLS when its endpoint is `https://`.
//!
//! Forwarding never slows ingest down or makes it fail: accepted requests are queued (bounded,
//! one queue per exporter), sent by a background task per exporter with retries and back-off,
//! and what cannot be queued or delivered is counted (`agentwatch_exporter_*` metrics, labelled
//! by exporter) and logged, as the Collector's exporters do.

pub mod config;
mod otlp;
mod otlphttp;
mod sender;

use std::sync::Arc;

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use tokio::sync::mpsc;

use self::config::ExportersConfig;
use self::sender::Sender;
use crate::otlp::count_spans;
use crate::security::client_tls::ClientTlsError;
use crate::telemetry::{ExporterLabels, Metrics};

/// Handle used by ingest to queue requests for forwarding, to every configured exporter.
#[derive(Clone)]
pub struct Forwarder {
    queues: Vec<Queue>,
    metrics: Arc<Metrics>,
}

#[derive(Clone)]
struct Queue {
    labels: ExporterLabels,
    requests: mpsc::Sender<ExportTraceServiceRequest>,
}

/// Error building an exporter from config; each names the setting's path.
#[derive(Debug, thiserror::Error)]
pub enum ForwarderError {
    /// The endpoint URL is not usable.
    #[error("{path}: {message}")]
    Endpoint {
        /// `exporters.otlp.endpoint`, ...
        path: String,
        /// Why.
        message: String,
    },
    /// A header cannot be sent (the value is not printed: it may be a secret).
    #[error("exporters.{exporter}.headers.{name}: not valid as a header / gRPC metadata")]
    Header {
        /// `otlp` or `otlphttp`.
        exporter: &'static str,
        /// The header's name.
        name: String,
    },
    /// The TLS files cannot be used.
    #[error(transparent)]
    Tls(#[from] ClientTlsError),
}

impl Forwarder {
    /// Start the background sender of every configured exporter (None when there is none);
    /// the task runs until every [`Forwarder`] handle is dropped and the queues are drained.
    pub fn start(
        config: &ExportersConfig,
        metrics: Arc<Metrics>,
    ) -> Result<Option<(Forwarder, tokio::task::JoinHandle<()>)>, ForwarderError> {
        let mut queues = Vec::new();
        let mut tasks = Vec::new();
        if let Some(exporter) = &config.otlp {
            let delivery = exporter.delivery();
            let transport = otlp::Grpc::new(exporter)?;
            let (queue, task) = Sender::start(transport, &delivery, &exporter.endpoint, &metrics);
            queues.push(queue);
            tasks.push(task);
        }
        if let Some(exporter) = &config.otlphttp {
            let delivery = exporter.delivery();
            let transport = otlphttp::Http::new(exporter)?;
            let (queue, task) =
                Sender::start(transport, &delivery, &exporter.traces_url(), &metrics);
            queues.push(queue);
            tasks.push(task);
        }
        let task = match tasks.len() {
            0 => return Ok(None),
            1 => tasks.pop().expect("one task"),
            _ => tokio::spawn(async move {
                for task in tasks {
                    let _ = task.await;
                }
            }),
        };
        Ok(Some((Forwarder { queues, metrics }, task)))
    }

    /// Queue a request for every exporter; an exporter whose queue is full drops it and
    /// counts it, never awaited.
    pub fn enqueue(&self, request: ExportTraceServiceRequest) {
        let Some((last, others)) = self.queues.split_last() else {
            return;
        };
        for queue in others {
            self.enqueue_one(queue, request.clone());
        }
        self.enqueue_one(last, request);
    }

    fn enqueue_one(&self, queue: &Queue, request: ExportTraceServiceRequest) {
        if let Err(e) = queue.requests.try_send(request) {
            let spans = match &e {
                mpsc::error::TrySendError::Full(r) | mpsc::error::TrySendError::Closed(r) => {
                    count_spans(r)
                }
            };
            self.metrics
                .exporter_enqueue_failed_spans
                .get_or_create(&queue.labels)
                .inc_by(spans as u64);
            tracing::warn!(
                exporter = queue.labels.exporter,
                spans,
                "exporter queue is full; spans not forwarded"
            );
        }
    }
}
