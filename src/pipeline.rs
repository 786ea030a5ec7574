//! Wiring: build every stage from the pipeline config, run them, and shut them down in reverse
//! order — stop accepting, drain the span log, flush the store — under a deadline.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::admin::{self, Readiness};
use crate::alert::AlertStage;
use crate::config::PipelineConfig;
use crate::detect::{self, Detector};
use crate::eval::EvaluatorSet;
use crate::export::Forwarder;
use crate::normalize::NormalizeOptions;
use crate::receiver::{self, Ingest};
use crate::score::ScoreStage;
use crate::store::Store;
use crate::telemetry::Metrics;
use crate::window::{Aggregator, Partials};
use crate::{bus, store};

/// Addresses the running pipeline listens on (ports resolved when the config said 0).
#[derive(Debug, Clone, Default)]
pub struct Listening {
    /// OTLP/gRPC.
    pub grpc: Option<SocketAddr>,
    /// OTLP/HTTP.
    pub http: Option<SocketAddr>,
    /// Admin (health, metrics).
    pub admin: Option<SocketAddr>,
}

async fn bind(endpoint: &str, path: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(endpoint)
        .await
        .with_context(|| format!("cannot listen on {endpoint} ({path})"))
}

/// The detect stage for `config`, with baselines and rule states rebuilt from the store.
pub async fn restored_detector(
    config: &PipelineConfig,
    store: Arc<dyn Store>,
    metrics: Arc<Metrics>,
) -> anyhow::Result<Detector> {
    let mut detector = Detector::new(
        &config.windows,
        &config.baseline,
        &config.rules,
        store,
        metrics,
    );
    let restored = detector
        .restore()
        .await
        .context("rebuilding baselines from the store")?;
    tracing::info!(windows = restored, "baselines rebuilt from stored windows");
    Ok(detector)
}

/// The score stage for `config`; partial aggregates go to `partials` when given.
pub fn score_stage(
    config: &PipelineConfig,
    store: Arc<dyn Store>,
    partials: Option<tokio::sync::mpsc::Sender<Partials>>,
    metrics: Arc<Metrics>,
) -> anyhow::Result<ScoreStage> {
    Ok(ScoreStage::new(
        EvaluatorSet::from_config(&config.evaluators)?,
        NormalizeOptions {
            max_content_bytes: config.score.max_content_bytes,
        },
        Aggregator::new(config.windows.length),
        store,
        partials,
        metrics,
    ))
}

/// Run the pipeline until `shutdown` is cancelled, then shut down gracefully.
/// `on_listening` is called once every listener is bound.
pub async fn run(
    config: PipelineConfig,
    shutdown: CancellationToken,
    on_listening: impl FnOnce(&Listening),
) -> anyhow::Result<()> {
    let metrics = Metrics::new();
    let store = store::open(&config.store, metrics.clone()).context("opening the store")?;
    let span_log = bus::build(&config.bus, metrics.clone());

    let mut forwarder_task = None;
    let forwarder = match &config.exporters.otlp {
        Some(exporter) => {
            let (forwarder, task) = Forwarder::start(exporter, metrics.clone())?;
            forwarder_task = Some(task);
            Some(forwarder)
        }
        None => None,
    };
    let ingest = Arc::new(Ingest::new(
        &config.receivers.otlp,
        span_log.clone(),
        forwarder,
        metrics.clone(),
    ));

    // Bind everything before serving anything: a port in use fails the start, not later.
    let protocols = &config.receivers.otlp.protocols;
    let grpc_listener = match &protocols.grpc {
        Some(ep) => Some(bind(&ep.endpoint, "receivers.otlp.protocols.grpc.endpoint").await?),
        None => None,
    };
    let http_listener = match &protocols.http {
        Some(ep) => Some(bind(&ep.endpoint, "receivers.otlp.protocols.http.endpoint").await?),
        None => None,
    };
    let admin_listener = match &config.admin.endpoint {
        Some(ep) => Some(bind(ep, "admin.endpoint").await?),
        None => None,
    };
    let listening = Listening {
        grpc: grpc_listener.as_ref().and_then(|l| l.local_addr().ok()),
        http: http_listener.as_ref().and_then(|l| l.local_addr().ok()),
        admin: admin_listener.as_ref().and_then(|l| l.local_addr().ok()),
    };

    // Score workers.
    let workers = match config.score.workers {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    // Alerts: the outbox resumes and alert groups are rebuilt before any new transition.
    let alert_stage = AlertStage::start(&config, store.clone(), metrics.clone()).await?;
    // Detect: baselines and rule states come back from the stored windows first.
    let mut detector = restored_detector(&config, store.clone(), metrics.clone()).await?;
    if let Some(stage) = &alert_stage {
        detector.notify_to(stage.transitions.clone());
    }
    let (partials_tx, partials_rx) = tokio::sync::mpsc::channel(1024);
    let detect_task = tokio::spawn(detect::run(
        detector,
        partials_rx,
        config.windows.idle_close,
    ));
    let stage = Arc::new(score_stage(
        &config,
        store.clone(),
        Some(partials_tx),
        metrics.clone(),
    )?);
    let mut worker_tasks = JoinSet::new();
    for _ in 0..workers {
        worker_tasks.spawn(stage.clone().run_worker(span_log.consumer()));
    }

    // Receivers.
    let stop_receivers = CancellationToken::new();
    let mut receiver_tasks = JoinSet::new();
    if let Some(listener) = grpc_listener {
        let (ingest, stop) = (ingest.clone(), stop_receivers.clone());
        receiver_tasks.spawn(async move {
            receiver::grpc::serve(listener, ingest, stop)
                .await
                .context("OTLP/gRPC receiver")
        });
    }
    if let Some(listener) = http_listener {
        let (ingest, stop) = (ingest.clone(), stop_receivers.clone());
        receiver_tasks.spawn(async move {
            receiver::http::serve(listener, ingest, stop)
                .await
                .context("OTLP/HTTP receiver")
        });
    }

    // Admin: the last thing to stop, so probes and metrics work during the drain.
    let ready = Readiness::default();
    let stop_admin = CancellationToken::new();
    let admin_task = admin_listener.map(|listener| {
        tokio::spawn(admin::serve(
            listener,
            metrics.clone(),
            ready.clone(),
            stop_admin.clone(),
        ))
    });

    ready.set(true);
    let show = |addr: Option<SocketAddr>| addr.map_or("off".to_owned(), |a| a.to_string());
    tracing::info!(
        otlp_grpc = %show(listening.grpc),
        otlp_http = %show(listening.http),
        admin = %show(listening.admin),
        store = %config.store.describe(),
        workers,
        evaluators = ?stage.evaluator_names(),
        "agentwatch is ready"
    );
    on_listening(&listening);

    // Run until asked to stop, or until a receiver fails.
    let mut failure = None;
    tokio::select! {
        _ = shutdown.cancelled() => tracing::info!("shutting down"),
        Some(result) = receiver_tasks.join_next() => {
            let err = match result {
                Ok(Ok(())) => anyhow::anyhow!("a receiver stopped unexpectedly"),
                Ok(Err(e)) => e,
                Err(e) => anyhow::anyhow!("a receiver task failed: {e}"),
            };
            tracing::error!(error = %format!("{err:#}"), "receiver failed; shutting down");
            failure = Some(err);
        }
    }

    ready.set(false);
    let deadline = config.service.shutdown_timeout;
    let drain = async {
        // 1. Stop accepting; in-flight requests finish (and are acknowledged) first.
        stop_receivers.cancel();
        while receiver_tasks.join_next().await.is_some() {}
        // 2. Close the span log; workers score and write what is queued, then stop.
        span_log.close();
        while worker_tasks.join_next().await.is_some() {}
        // 3. The detect stage closes the open windows and writes them; the alert stage
        //    stops after it (what it has not sent stays in the outbox for the next start).
        drop(stage);
        let _ = detect_task.await;
        if let Some(alerts) = alert_stage {
            alerts.shutdown().await;
        }
        // 4. Let the exporter send what it holds.
        drop(ingest);
        if let Some(task) = forwarder_task {
            let _ = task.await;
        }
        // 5. Flush and close the store.
        store.close().await
    };
    let drained = tokio::time::timeout(deadline, drain).await;
    stop_admin.cancel();
    if let Some(task) = admin_task {
        let _ = task.await;
    }
    match drained {
        Ok(Ok(())) => tracing::info!("shutdown complete"),
        Ok(Err(e)) => return Err(e).context("closing the store"),
        Err(_) => {
            let queued = metrics.bus_queue_depth.get();
            tracing::error!(
                queued,
                "shutdown deadline passed before the span log drained"
            );
            anyhow::bail!(
                "shutdown took longer than service.shutdown_timeout ({deadline:?}); {queued} spans were not scored"
            );
        }
    }
    match failure {
        Some(err) => Err(err),
        None => Ok(()),
    }
}
