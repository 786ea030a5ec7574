//! Serve: start the built stages — detect, score workers, receivers, admin — and run until
//! asked to stop or until a receiver fails.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use tokio::task::{JoinHandle, JoinSet};
use tokio_util::sync::CancellationToken;

use super::PipelineConfig;
use super::admin::{self, Readiness};
use super::build::{Listeners, Listening, Stages};
use super::role::Role;
use crate::alert::AlertStage;
use crate::bus::{AggregateLog, SpanLog};
use crate::detect::rules::config::{Comparison, RuleKind};
use crate::detect::{self, DetectStats};
use crate::receiver::{self, Ingest};
use crate::score::ScoreStage;
use crate::store::Store;
use crate::telemetry::Metrics;
use crate::web::{self, RuleView};

/// The pipeline running.
pub(super) struct Running {
    pub metrics: Arc<Metrics>,
    pub listening: Listening,
    pub ready: Readiness,
    pub admin_task: Option<JoinHandle<std::io::Result<()>>>,
    pub stop_admin: CancellationToken,
    pub stages: RunningStages,
}

/// The running stages' tasks, and what the drain stops them with, in order.
pub(super) struct RunningStages {
    pub store: Option<Arc<dyn Store>>,
    pub spans: Arc<dyn SpanLog>,
    pub aggregates_out: Option<Arc<dyn AggregateLog>>,
    pub stop_aggregates: CancellationToken,
    pub ingest: Option<Arc<Ingest>>,
    pub forwarder_task: Option<JoinHandle<()>>,
    pub alerts: Option<AlertStage>,
    pub detect_task: Option<JoinHandle<DetectStats>>,
    pub score: Option<Arc<ScoreStage>>,
    pub worker_tasks: JoinSet<()>,
    pub receiver_tasks: JoinSet<anyhow::Result<()>>,
    pub stop_receivers: CancellationToken,
}

/// Score workers for `config`: two per CPU by default. (Measured when a worker waited for each
/// batch's store write: +15% spans/s over one per CPU. Workers now score the next batch while
/// earlier ones are written, but a worker still scores one batch at a time.)
fn worker_count(config: &PipelineConfig) -> usize {
    match config.score.workers {
        0 => 2 * std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    }
}

/// Start every stage in `stages`: the detect stage first, then the score workers, the
/// receivers, and the admin endpoint, which is the last thing to stop.
pub(super) fn serve(
    mut stages: Stages,
    config: &PipelineConfig,
    role: Role,
) -> anyhow::Result<Running> {
    let listening = stages.listeners.addresses();
    let detect_task = stages.detect.map(|stage| {
        tokio::spawn(detect::run(
            stage.detector,
            stage.aggregates,
            config.windows.idle_close,
        ))
    });
    let workers = worker_count(config);
    let mut worker_tasks = JoinSet::new();
    if let Some(score) = &stages.score {
        for _ in 0..workers {
            worker_tasks.spawn(score.clone().run_worker(stages.spans.consumer()?));
        }
    }
    let stop_receivers = CancellationToken::new();
    let receiver_tasks = receivers(&mut stages.listeners, &stages.ingest, &stop_receivers);
    let ready = Readiness::default();
    let stop_admin = CancellationToken::new();
    let pages = stages.store.clone().map(|store| pages(store, config));
    let admin_task = stages.listeners.admin.map(|listener| {
        let (admin, metrics, ready, stop) = (
            config.admin.clone(),
            stages.metrics.clone(),
            ready.clone(),
            stop_admin.clone(),
        );
        tokio::spawn(async move {
            admin::serve(
                listener.tcp,
                listener.tls,
                &admin,
                metrics,
                ready,
                pages,
                stop,
            )
            .await
        })
    });
    ready.set(true);
    let running = Running {
        metrics: stages.metrics,
        listening,
        ready,
        admin_task,
        stop_admin,
        stages: RunningStages {
            store: stages.store,
            spans: stages.spans,
            aggregates_out: stages.aggregates_out,
            stop_aggregates: stages.stop_aggregates,
            ingest: stages.ingest,
            forwarder_task: stages.forwarder_task,
            alerts: stages.alerts,
            detect_task,
            score: stages.score,
            worker_tasks,
            receiver_tasks,
            stop_receivers,
        },
    };
    running.log_ready(config, role, workers);
    Ok(running)
}

/// The pages over `store`, showing `config`'s rules and windows.
fn pages(store: Arc<dyn Store>, config: &PipelineConfig) -> web::Pages {
    let rules = config
        .rules
        .iter()
        .map(|rule| {
            let view = match (rule.kind, rule.op, rule.threshold) {
                (RuleKind::Static, Some(op), Some(threshold)) => RuleView::Static {
                    op: match op {
                        Comparison::Gt => ">",
                        Comparison::Ge => ">=",
                        Comparison::Lt => "<",
                        Comparison::Le => "<=",
                    },
                    threshold,
                },
                _ => RuleView::Anomaly { sigma: rule.sigma },
            };
            (rule.name.clone(), view)
        })
        .collect();
    web::Pages::new(store, config.admin.ui.clone(), rules, config.windows.length)
}

/// The OTLP/gRPC and OTLP/HTTP receivers on their bound listeners, stopped by `stop`.
fn receivers(
    listeners: &mut Listeners,
    ingest: &Option<Arc<Ingest>>,
    stop: &CancellationToken,
) -> JoinSet<anyhow::Result<()>> {
    let mut tasks = JoinSet::new();
    let Some(ingest) = ingest else {
        return tasks;
    };
    if let Some(listener) = listeners.grpc.take() {
        let (ingest, stop) = (ingest.clone(), stop.clone());
        tasks.spawn(async move {
            receiver::grpc::serve(listener.tcp, listener.tls, ingest, stop)
                .await
                .context("OTLP/gRPC receiver")
        });
    }
    if let Some(listener) = listeners.http.take() {
        let (ingest, stop) = (ingest.clone(), stop.clone());
        tasks.spawn(async move {
            receiver::http::serve(listener.tcp, listener.tls, ingest, stop)
                .await
                .context("OTLP/HTTP receiver")
        });
    }
    tasks
}

impl Running {
    fn log_ready(&self, config: &PipelineConfig, role: Role, workers: usize) {
        let show = |addr: Option<SocketAddr>| addr.map_or("off".to_owned(), |a| a.to_string());
        tracing::info!(
            role = ?role,
            otlp_grpc = %show(self.listening.grpc),
            otlp_http = %show(self.listening.http),
            admin = %show(self.listening.admin),
            bus = %config.bus.describe(),
            store = %self.stages.store.as_ref().map_or("none".to_owned(), |_| config.store.describe()),
            workers = if self.stages.score.is_some() { workers } else { 0 },
            evaluators = ?self.stages.score.as_ref().map(|s| s.evaluator_names()),
            "agentwatch is ready"
        );
    }

    /// Run until `shutdown` is cancelled or a receiver fails; the failure, if one did.
    pub async fn until_stopped(&mut self, shutdown: &CancellationToken) -> Option<anyhow::Error> {
        tokio::select! {
            _ = shutdown.cancelled() => {
                tracing::info!("shutting down");
                None
            }
            Some(result) = self.stages.receiver_tasks.join_next() => {
                let err = match result {
                    Ok(Ok(())) => anyhow::anyhow!("a receiver stopped unexpectedly"),
                    Ok(Err(e)) => e,
                    Err(e) => anyhow::anyhow!("a receiver task failed: {e}"),
                };
                tracing::error!(error = %format!("{err:#}"), "receiver failed; shutting down");
                Some(err)
            }
        }
    }
}
