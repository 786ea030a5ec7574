//! Forwarding what was received to the next OTLP hop, so agentwatch can sit in front of an
//! existing trace backend: OTLP/gRPC (`exporters.otlp`) and OTLP/HTTP (`exporters.otlphttp`),
//! each over TLS when its endpoint is `https://`.
//!
//! Forwarding never slows ingest down or makes it fail: accepted requests are queued (bounded,
//! one queue per exporter), sent by a background task per exporter with retries and back-off,
//! and what cannot be queued or delivered is counted (`agentwatch_exporter_*` metrics, labelled
//! by exporter) and logged, as the Collector's exporters do.
//!
//! The same exporters publish scores: with `evaluations.enabled`, every committed score leaves
//! as an OTLP log record, the GenAI event `gen_ai.evaluation.result` parented to the span it
//! judges ([`evaluation`]), through its own bounded queue and counted the same way
//! (`agentwatch_exporter_*_evaluations_total`).

pub mod config;
pub mod evaluation;
mod otlp;
mod otlphttp;
mod payload;
mod sender;

use std::sync::Arc;

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use tokio::sync::mpsc;

use self::config::ExportersConfig;
use self::evaluation::{EvaluationEvent, EvaluationFilter};
use self::payload::Payload;
use self::sender::Sender;
use crate::security::client_tls::ClientTlsError;
use crate::telemetry::{ExporterLabels, Metrics};

/// Handle used by ingest to queue requests for forwarding, and by the score stage to queue
/// evaluation events, to every configured exporter.
#[derive(Clone)]
pub struct Forwarder {
    spans: Vec<Queue<ExportTraceServiceRequest>>,
    evaluations: Vec<(EvaluationFilter, Queue<ExportLogsServiceRequest>)>,
    metrics: Arc<Metrics>,
}

struct Queue<P> {
    labels: ExporterLabels,
    requests: mpsc::Sender<P>,
}

impl<P> Clone for Queue<P> {
    fn clone(&self) -> Self {
        Queue {
            labels: self.labels.clone(),
            requests: self.requests.clone(),
        }
    }
}

/// What a process's exporters carry: the role decides (only a role that ingests forwards
/// spans, only one that scores publishes evaluations).
#[derive(Debug, Clone, Copy)]
pub struct Signals {
    /// Forward received spans.
    pub spans: bool,
    /// Publish scores as `gen_ai.evaluation.result` events.
    pub evaluations: bool,
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
    /// Start the background senders of every configured exporter for `signals` (None when
    /// there is nothing to send); the task runs until every [`Forwarder`] handle is dropped
    /// and the queues are drained.
    pub fn start(
        config: &ExportersConfig,
        signals: Signals,
        metrics: Arc<Metrics>,
    ) -> Result<Option<(Forwarder, tokio::task::JoinHandle<()>)>, ForwarderError> {
        let mut forwarder = Forwarder {
            spans: Vec::new(),
            evaluations: Vec::new(),
            metrics: metrics.clone(),
        };
        let mut tasks = Vec::new();
        // An exporter is built (its TLS files read) only by a role that sends something on it.
        if let Some(exporter) = config.otlp.as_ref().filter(|e| {
            (signals.spans && e.spans) || (signals.evaluations && e.evaluations.enabled)
        }) {
            let delivery = exporter.delivery();
            let transport = otlp::Grpc::new(exporter)?;
            if signals.spans && exporter.spans {
                let (queue, task) =
                    Sender::start(transport.clone(), &delivery, &exporter.endpoint, &metrics);
                forwarder.spans.push(queue);
                tasks.push(task);
            }
            if signals.evaluations && exporter.evaluations.enabled {
                let (queue, task) =
                    Sender::start(transport, &delivery, &exporter.endpoint, &metrics);
                let filter = EvaluationFilter::new(&exporter.evaluations);
                forwarder.evaluations.push((filter, queue));
                tasks.push(task);
            }
        }
        if let Some(exporter) = &config.otlphttp {
            let delivery = exporter.delivery();
            if signals.spans && exporter.spans {
                let url = exporter.traces_url();
                let transport = otlphttp::Http::new(exporter, &url, exporter.url_path())?;
                let (queue, task) = Sender::start(transport, &delivery, &url, &metrics);
                forwarder.spans.push(queue);
                tasks.push(task);
            }
            if signals.evaluations && exporter.evaluations.enabled {
                let url = exporter.logs_url();
                let transport = otlphttp::Http::new(exporter, &url, exporter.logs_url_path())?;
                let (queue, task) = Sender::start(transport, &delivery, &url, &metrics);
                let filter = EvaluationFilter::new(&exporter.evaluations);
                forwarder.evaluations.push((filter, queue));
                tasks.push(task);
            }
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
        Ok(Some((forwarder, task)))
    }

    /// Whether received spans are forwarded.
    pub fn forwards_spans(&self) -> bool {
        !self.spans.is_empty()
    }

    /// Whether scores are published: the score stage builds [`EvaluationEvent`]s only then.
    pub fn publishes_evaluations(&self) -> bool {
        !self.evaluations.is_empty()
    }

    /// Queue a request for every exporter; an exporter whose queue is full drops it and
    /// counts it, never awaited.
    pub fn enqueue(&self, request: ExportTraceServiceRequest) {
        let Some((last, others)) = self.spans.split_last() else {
            return;
        };
        for queue in others {
            self.enqueue_one(queue, request.clone());
        }
        self.enqueue_one(last, request);
    }

    /// Queue the events of a committed batch for every exporter publishing evaluations (each
    /// with its own filter); a full queue drops them and counts them, never awaited.
    pub fn enqueue_evaluations(&self, events: &[EvaluationEvent]) {
        for (filter, queue) in &self.evaluations {
            if let Some(request) = filter.request(events) {
                self.enqueue_one(queue, request);
            }
        }
    }

    fn enqueue_one<P: Payload>(&self, queue: &Queue<P>, request: P) {
        if let Err(e) = queue.requests.try_send(request) {
            let items = match &e {
                mpsc::error::TrySendError::Full(r) | mpsc::error::TrySendError::Closed(r) => {
                    r.items()
                }
            };
            P::enqueue_failed(&self.metrics)
                .get_or_create(&queue.labels)
                .inc_by(items as u64);
            tracing::warn!(
                exporter = queue.labels.exporter,
                items,
                what = P::ITEMS,
                "exporter queue is full; not sent"
            );
        }
    }
}
