//! Wiring: build every stage from the pipeline config, run them, and shut them down in reverse
//! order — stop accepting, drain the span log, flush the store — under a deadline.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use clap::ValueEnum;
use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::admin::{self, Readiness};
use crate::alert::AlertStage;
use crate::app::PipelineConfig;
use crate::bus::config::BusConfig;
use crate::bus::{AggregateConsumer, AggregateLog};
use crate::detect::{self, Detector};
use crate::eval::EvaluatorSet;
use crate::export::Forwarder;
use crate::normalize::NormalizeOptions;
use crate::receiver::{self, Ingest};
use crate::score::ScoreStage;
use crate::store::Store;
use crate::telemetry::Metrics;
use crate::window::Aggregator;
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
    partials: Option<Arc<dyn AggregateLog>>,
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

/// The aggregates log's two ends, each present when this process runs its stage.
type AggregateEnds = (
    Option<Arc<dyn AggregateLog>>,
    Option<Box<dyn AggregateConsumer>>,
);

/// Which stages this process runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Role {
    /// Every stage in one process (the only role the embedded bus allows).
    #[default]
    All,
    /// The OTLP receivers, publishing to the span log.
    Ingest,
    /// Score workers: span log → scores table and aggregates log.
    Score,
    /// Detect and alerts: aggregates log → windows, alerts, notifications.
    Detect,
}

impl Role {
    fn ingests(self) -> bool {
        matches!(self, Role::All | Role::Ingest)
    }
    fn scores(self) -> bool {
        matches!(self, Role::All | Role::Score)
    }
    fn detects(self) -> bool {
        matches!(self, Role::All | Role::Detect)
    }
}

/// Run the pipeline until `shutdown` is cancelled, then shut down gracefully.
/// `on_listening` is called once every listener is bound.
pub async fn run(
    config: PipelineConfig,
    shutdown: CancellationToken,
    on_listening: impl FnOnce(&Listening),
) -> anyhow::Result<()> {
    run_role(config, Role::All, shutdown, on_listening).await
}

/// Run the stages of `role` until `shutdown` is cancelled, then shut down gracefully.
pub async fn run_role(
    config: PipelineConfig,
    role: Role,
    shutdown: CancellationToken,
    on_listening: impl FnOnce(&Listening),
) -> anyhow::Result<()> {
    let kafka = match &config.bus {
        BusConfig::Kafka(kafka) => Some(kafka.as_ref().clone()),
        BusConfig::Embedded { .. } if role != Role::All => anyhow::bail!(
            "--role {} needs a shared bus: set bus.kind to kafka (the embedded bus lives in one process)",
            role.to_possible_value()
                .expect("no skipped roles")
                .get_name()
        ),
        BusConfig::Embedded { .. } => None,
    };
    let metrics = Metrics::new();
    if let Some(kafka) = &kafka {
        bus::kafka::ensure_topics(kafka)
            .await
            .context("preparing the Kafka topics (bus.*)")?;
    }
    // Ingest alone writes nothing: it needs no store.
    let store = match role {
        Role::Ingest => None,
        _ => Some(
            store::open(&config.store, metrics.clone())
                .await
                .context("opening the store")?,
        ),
    };
    let span_log = bus::build(&config.bus, metrics.clone())?;

    let mut forwarder_task = None;
    let mut ingest = None;
    if role.ingests() {
        let forwarder = match &config.exporters.otlp {
            Some(exporter) => {
                let (forwarder, task) = Forwarder::start(exporter, metrics.clone())?;
                forwarder_task = Some(task);
                Some(forwarder)
            }
            None => None,
        };
        ingest = Some(Arc::new(Ingest::new(
            &config.receivers.otlp,
            span_log.clone(),
            forwarder,
            metrics.clone(),
        )));
    }

    // Bind everything before serving anything: a port in use fails the start, not later.
    let protocols = &config.receivers.otlp.protocols;
    let (mut grpc_listener, mut http_listener) = (None, None);
    if role.ingests() {
        if let Some(ep) = &protocols.grpc {
            grpc_listener =
                Some(bind(&ep.endpoint, "receivers.otlp.protocols.grpc.endpoint").await?);
        }
        if let Some(ep) = &protocols.http {
            http_listener =
                Some(bind(&ep.endpoint, "receivers.otlp.protocols.http.endpoint").await?);
        }
    }
    let admin_listener = match &config.admin.endpoint {
        Some(ep) => Some(bind(ep, "admin.endpoint").await?),
        None => None,
    };
    let listening = Listening {
        grpc: grpc_listener.as_ref().and_then(|l| l.local_addr().ok()),
        http: http_listener.as_ref().and_then(|l| l.local_addr().ok()),
        admin: admin_listener.as_ref().and_then(|l| l.local_addr().ok()),
    };

    // Detect and alerts, fed by the aggregates log.
    let stop_detect = CancellationToken::new();
    let aggregator = Aggregator::new(config.windows.length);
    let (aggregates_out, aggregates_in): AggregateEnds = match &kafka {
        None => {
            let (out, into) = bus::embedded_aggregates(1024);
            (Some(out), Some(into))
        }
        Some(kafka) => (
            role.scores()
                .then(|| bus::kafka::KafkaAggregates::new(kafka, &aggregator, metrics.clone()))
                .transpose()?
                .map(|log| Arc::new(log) as Arc<dyn AggregateLog>),
            role.detects()
                .then(|| {
                    bus::kafka::KafkaAggregateConsumer::new(
                        kafka,
                        &aggregator,
                        stop_detect.clone(),
                        metrics.clone(),
                    )
                })
                .transpose()?
                .map(|c| Box::new(c) as Box<dyn AggregateConsumer>),
        ),
    };
    let mut alert_stage = None;
    let mut detect_task = None;
    if let (true, Some(store), Some(aggregates_in)) = (role.detects(), &store, aggregates_in) {
        // Alerts: the outbox resumes and alert groups are rebuilt before any new transition.
        alert_stage = AlertStage::start(
            &config.notifiers,
            &config.routes,
            &config.rules,
            store.clone(),
            metrics.clone(),
        )
        .await?;
        // Detect: baselines and rule states come back from the stored windows first.
        let mut detector = restored_detector(&config, store.clone(), metrics.clone()).await?;
        if let Some(stage) = &alert_stage {
            detector.notify_to(stage.transitions.clone());
        }
        detect_task = Some(tokio::spawn(detect::run(
            detector,
            aggregates_in,
            config.windows.idle_close,
        )));
    }

    // Score workers.
    // A worker waits for its batch's store write before taking the next one: two per CPU keep
    // the CPUs scoring while half of them wait (measured: +15% spans/s over one per CPU).
    let workers = match config.score.workers {
        0 => 2 * std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    let mut worker_tasks = JoinSet::new();
    let mut stage = None;
    // Kept to close it at shutdown: workers retrying a publish then give up.
    let aggregates_closer = aggregates_out.clone();
    if let (true, Some(store)) = (role.scores(), &store) {
        let score = Arc::new(score_stage(
            &config,
            store.clone(),
            aggregates_out,
            metrics.clone(),
        )?);
        for _ in 0..workers {
            worker_tasks.spawn(score.clone().run_worker(span_log.consumer()?));
        }
        stage = Some(score);
    } else {
        drop(aggregates_out);
    }

    // Receivers.
    let stop_receivers = CancellationToken::new();
    let mut receiver_tasks = JoinSet::new();
    if let (Some(listener), Some(ingest)) = (grpc_listener, &ingest) {
        let (ingest, stop) = (ingest.clone(), stop_receivers.clone());
        receiver_tasks.spawn(async move {
            receiver::grpc::serve(listener, ingest, stop)
                .await
                .context("OTLP/gRPC receiver")
        });
    }
    if let (Some(listener), Some(ingest)) = (http_listener, &ingest) {
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
        role = ?role,
        otlp_grpc = %show(listening.grpc),
        otlp_http = %show(listening.http),
        admin = %show(listening.admin),
        bus = %config.bus.describe(),
        store = %store.as_ref().map_or("none".to_owned(), |_| config.store.describe()),
        workers = if stage.is_some() { workers } else { 0 },
        evaluators = ?stage.as_ref().map(|s| s.evaluator_names()),
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
        // 2. Close the span log; workers finish what they hold (embedded: everything queued),
        //    then stop.
        span_log.close();
        if let Some(log) = &aggregates_closer {
            log.close();
        }
        while worker_tasks.join_next().await.is_some() {}
        drop(aggregates_closer);
        // 3. The detect stage stops once the aggregates log ends (embedded: when the score
        //    stage is dropped; Kafka: at once); the alert stage stops after it (what it has
        //    not sent stays in the outbox for the next start).
        drop(stage);
        stop_detect.cancel();
        if let Some(task) = detect_task {
            let _ = task.await;
        }
        if let Some(alerts) = alert_stage {
            alerts.shutdown().await;
        }
        // 4. Let the exporter send what it holds.
        drop(ingest);
        if let Some(task) = forwarder_task {
            let _ = task.await;
        }
        // 5. Flush and close the store.
        match &store {
            Some(store) => store.close().await,
            None => Ok(()),
        }
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
