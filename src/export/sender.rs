//! One exporter's background sender: its queue, retries with back-off (or the delay the next
//! hop asked for), and the counting and logging of what is sent and what is dropped. The wire
//! (gRPC or HTTP) is a [`Transport`].

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use super::Queue;
use super::config::Delivery;
use super::payload::Payload;
use crate::telemetry::{ExporterLabels, Metrics};

/// The longest wait between two attempts, even when the next hop asks for more.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// What the next hop answered to a delivered request.
pub(super) struct Delivered {
    /// Items it refused (OTLP partial success).
    pub rejected: u64,
    /// Its reason for refusing them.
    pub message: String,
}

/// Why a request was not delivered.
pub(super) struct Failure {
    /// Worth trying again (the next hop is down, overloaded, unreachable).
    pub retryable: bool,
    /// How long the next hop asked us to wait (gRPC RetryInfo, HTTP Retry-After).
    pub retry_after: Option<Duration>,
    /// For the log: the status and the cause (never a header value).
    pub reason: String,
    /// It failed below the protocol (no answer: connection, TLS, timeout), where
    /// [`Transport::diagnose`] may say more.
    pub connection: bool,
}

/// Sends one request of payload `P` over one wire.
pub(super) trait Transport<P: Payload>: Send + 'static {
    /// Send `request` once.
    fn export(&mut self, request: &P) -> impl Future<Output = Result<Delivered, Failure>> + Send;

    /// What the TLS layer says about a failed connection, when the failure itself does not
    /// (see [`ClientTls::diagnose`](crate::security::client_tls::ClientTls::diagnose)).
    fn diagnose(&self) -> impl Future<Output = Option<String>> + Send;
}

/// How long a diagnosis is reused before the next failure probes again.
const DIAGNOSIS_REUSE: Duration = Duration::from_secs(30);

pub(super) struct Sender<T, P> {
    transport: T,
    payload: std::marker::PhantomData<fn(P)>,
    labels: ExporterLabels,
    /// Where it sends, for the log (never with credentials: those are headers).
    endpoint: String,
    max_elapsed: Duration,
    metrics: Arc<Metrics>,
    /// Whether the last attempt failed: a failure is logged as a warning when it starts, and
    /// the recovery once; retries in between only at debug level.
    failing: bool,
    /// The last diagnosis of a connection failure, and when it was made.
    diagnosis: Option<(Instant, Option<String>)>,
}

impl<P: Payload, T: Transport<P>> Sender<T, P> {
    /// Spawn the sender of `transport` with the queue of `delivery.queue_size` requests.
    pub fn start(
        transport: T,
        delivery: &Delivery,
        endpoint: &str,
        metrics: &Arc<Metrics>,
    ) -> (Queue<P>, tokio::task::JoinHandle<()>) {
        let labels = ExporterLabels {
            exporter: delivery.name,
        };
        let (requests, receiver) = mpsc::channel(delivery.queue_size);
        let sender = Sender {
            transport,
            payload: std::marker::PhantomData,
            labels: labels.clone(),
            endpoint: endpoint.to_owned(),
            max_elapsed: delivery.max_elapsed_time,
            metrics: metrics.clone(),
            failing: false,
            diagnosis: None,
        };
        let task = tokio::spawn(sender.run(receiver));
        (Queue { labels, requests }, task)
    }

    async fn run(mut self, mut receiver: mpsc::Receiver<P>) {
        while let Some(request) = receiver.recv().await {
            self.send_with_retries(request).await;
        }
    }

    async fn send_with_retries(&mut self, request: P) {
        let items = request.items() as u64;
        let started = Instant::now();
        let mut backoff = Duration::from_millis(100);
        loop {
            match self.transport.export(&request).await {
                Ok(delivered) => {
                    if self.failing {
                        self.failing = false;
                        tracing::info!(
                            exporter = self.labels.exporter,
                            endpoint = %self.endpoint,
                            "exporter delivers again"
                        );
                    }
                    let rejected = delivered.rejected.min(items);
                    P::sent(&self.metrics)
                        .get_or_create(&self.labels)
                        .inc_by(items - rejected);
                    if rejected > 0 {
                        self.failed(
                            rejected,
                            &format!(
                                "next hop rejected {} (partial success): {}",
                                P::ITEMS,
                                delivered.message
                            ),
                        );
                    }
                    return;
                }
                Err(mut failure) if failure.retryable && started.elapsed() < self.max_elapsed => {
                    if !self.failing {
                        self.failing = true;
                        self.explain(&mut failure).await;
                        tracing::warn!(
                            exporter = self.labels.exporter,
                            endpoint = %self.endpoint,
                            reason = %failure.reason,
                            "exporter cannot deliver; retrying"
                        );
                    } else {
                        tracing::debug!(
                            exporter = self.labels.exporter,
                            reason = %failure.reason,
                            "export failed; retrying"
                        );
                    }
                    let wait = failure
                        .retry_after
                        .unwrap_or_else(|| jitter(backoff))
                        .min(MAX_BACKOFF)
                        .min(self.max_elapsed.saturating_sub(started.elapsed()));
                    tokio::time::sleep(wait).await;
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
                Err(mut failure) => {
                    self.failing = failure.retryable;
                    self.explain(&mut failure).await;
                    self.failed(items, &failure.reason);
                    return;
                }
            }
        }
    }

    /// Add to a connection failure's reason what the TLS layer says about it, if anything
    /// the reason does not say already (the probe's answer is reused for a while).
    async fn explain(&mut self, failure: &mut Failure) {
        if !failure.connection {
            return;
        }
        let diagnosis = match &self.diagnosis {
            Some((at, diagnosis)) if at.elapsed() < DIAGNOSIS_REUSE => diagnosis.clone(),
            _ => {
                let diagnosis = self.transport.diagnose().await;
                self.diagnosis = Some((Instant::now(), diagnosis.clone()));
                diagnosis
            }
        };
        if let Some(tls) = diagnosis
            && !failure.reason.contains(&tls)
        {
            failure.reason = format!("{} (TLS: {tls})", failure.reason);
        }
    }

    fn failed(&self, items: u64, why: &str) {
        P::send_failed(&self.metrics)
            .get_or_create(&self.labels)
            .inc_by(items);
        tracing::warn!(
            exporter = self.labels.exporter,
            endpoint = %self.endpoint,
            items,
            what = P::ITEMS,
            reason = why,
            "exporter dropped what it could not deliver"
        );
    }
}

/// Up to ±25% of `d`, so that many exporters do not retry in lockstep.
fn jitter(d: Duration) -> Duration {
    use rand::Rng;
    d.mul_f64(rand::rng().random_range(0.75..=1.25))
}
