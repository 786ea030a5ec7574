//! Build: every stage a role runs, from the pipeline config — the bus ends, the store, ingest
//! and its forwarder, the bound listeners, the alert and detect stages (their state rebuilt
//! from the store) and the score stage — constructed, not yet running. A port in use or a
//! store that does not open fails the start here, before anything serves.

use std::net::SocketAddr;
use std::sync::{Arc, Weak};

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::PipelineConfig;
use super::role::Role;
use crate::alert::AlertStage;
use crate::bus::{self, AggregateConsumer, AggregateLog, PublishError, SpanLog};
use crate::detect::Detector;
use crate::eval::EvaluatorSet;
use crate::export::{Forwarder, Signals};
use crate::join::Join;
use crate::normalize::NormalizeOptions;
use crate::receiver::Ingest;
use crate::receiver::config::EndpointConfig;
use crate::receiver::logs::{LogSink, LogSinkError};
use crate::score::ScoreStage;
use crate::score::external::{ExternalMetrics, TakeLogsError};
use crate::security::{ServerTls, TlsSettings};
use crate::store::{self, Store};
use crate::telemetry::Metrics;
use crate::window::Aggregator;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;

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

/// The listeners a role serves on, bound.
pub(super) struct Listeners {
    pub grpc: Option<Bound>,
    pub http: Option<Bound>,
    pub admin: Option<Bound>,
}

/// A bound listener and its TLS, when configured.
pub(super) struct Bound {
    pub tcp: TcpListener,
    pub tls: Option<Arc<ServerTls>>,
}

/// ALPN: gRPC is HTTP/2 only; the HTTP receiver and admin speak HTTP/1.1.
const ALPN_H2: &[&[u8]] = &[b"h2"];
const ALPN_HTTP1: &[&[u8]] = &[b"http/1.1"];

/// One listener `role` opens with `config`: the path of its section in the file, its address
/// and its TLS settings.
pub(super) struct Endpoint<'a> {
    pub path: &'static str,
    pub endpoint: &'a str,
    pub tls: Option<&'a TlsSettings>,
    alpn: &'static [&'static [u8]],
}

/// What `role` listens on with `config`: the OTLP/gRPC and OTLP/HTTP receivers (for the roles
/// that ingest) and the admin endpoint; None when off.
pub(super) fn endpoints(config: &PipelineConfig, role: Role) -> [Option<Endpoint<'_>>; 3] {
    fn receiver<'a>(
        ep: &'a Option<EndpointConfig>,
        role: Role,
        path: &'static str,
        alpn: &'static [&'static [u8]],
    ) -> Option<Endpoint<'a>> {
        let ep = ep.as_ref().filter(|_| role.ingests())?;
        Some(Endpoint {
            path,
            endpoint: &ep.endpoint,
            tls: ep.tls.as_ref(),
            alpn,
        })
    }
    let protocols = &config.receivers.otlp.protocols;
    [
        receiver(
            &protocols.grpc,
            role,
            "receivers.otlp.protocols.grpc",
            ALPN_H2,
        ),
        receiver(
            &protocols.http,
            role,
            "receivers.otlp.protocols.http",
            ALPN_HTTP1,
        ),
        config.admin.endpoint.as_deref().map(|endpoint| Endpoint {
            path: "admin",
            endpoint,
            tls: config.admin.tls.as_ref(),
            alpn: ALPN_HTTP1,
        }),
    ]
}

impl Listeners {
    /// Bind everything (and load every certificate) before serving anything: a port in use
    /// or a bad certificate fails the start, not later.
    async fn bind(config: &PipelineConfig, role: Role) -> anyhow::Result<Listeners> {
        let [grpc, http, admin] = endpoints(config, role);
        Ok(Listeners {
            grpc: bind(grpc).await?,
            http: bind(http).await?,
            admin: bind(admin).await?,
        })
    }

    /// The bound addresses.
    pub fn addresses(&self) -> Listening {
        let address = |l: &Option<Bound>| l.as_ref().and_then(|l| l.tcp.local_addr().ok());
        Listening {
            grpc: address(&self.grpc),
            http: address(&self.http),
            admin: address(&self.admin),
        }
    }
}

/// Listen on `endpoint` (with its TLS files loaded), if set.
async fn bind(endpoint: Option<Endpoint<'_>>) -> anyhow::Result<Option<Bound>> {
    let Some(Endpoint {
        path,
        endpoint,
        tls,
        alpn,
    }) = endpoint
    else {
        return Ok(None);
    };
    let tls = tls
        .map(|settings| ServerTls::new(settings, alpn).map(Arc::new))
        .transpose()
        .with_context(|| format!("loading TLS files ({path}.tls)"))?;
    let tcp = match TcpListener::bind(endpoint).await {
        Ok(listener) => listener,
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => anyhow::bail!(
            "cannot listen on {endpoint} ({path}.endpoint): {e}; another process has it (another \
             role on this machine?): set another address in the file or with --set \
             {path}.endpoint=HOST:PORT (port 0: any free port, printed on the listening line)"
        ),
        Err(e) => {
            return Err(anyhow::Error::new(e)
                .context(format!("cannot listen on {endpoint} ({path}.endpoint)")));
        }
    };
    Ok(Some(Bound { tcp, tls }))
}

/// The detect stage, ready to run on its end of the aggregates log.
pub(super) struct DetectStage {
    pub detector: Detector,
    pub aggregates: Box<dyn AggregateConsumer>,
}

/// Every stage of one role, built and bound, not yet running.
pub(super) struct Stages {
    pub metrics: Arc<Metrics>,
    /// None for ingest alone, which writes nothing.
    pub store: Option<Arc<dyn Store>>,
    pub spans: Arc<dyn SpanLog>,
    /// The aggregates log's producer, kept to close it at shutdown (workers retrying a
    /// publish then give up); the score stage holds a clone.
    pub aggregates_out: Option<Arc<dyn AggregateLog>>,
    /// Cancelling it ends a Kafka aggregates consumer's stream.
    pub stop_aggregates: CancellationToken,
    pub ingest: Option<Arc<Ingest>>,
    /// Sends what the exporters hold to the next OTLP hop; ends once `ingest` and `score` are
    /// dropped.
    pub forwarder_task: Option<JoinHandle<()>>,
    pub listeners: Listeners,
    pub alerts: Option<AlertStage>,
    pub detect: Option<DetectStage>,
    pub score: Option<Arc<ScoreStage>>,
}

/// Build the stages of `role` from `config`.
pub(super) async fn build(config: &PipelineConfig, role: Role) -> anyhow::Result<Stages> {
    role.check_bus(&config.bus)?;
    let exposed = config.exposed(role.ingests());
    if !exposed.is_empty() {
        let list: Vec<String> = exposed.iter().map(|i| format!("  {i}")).collect();
        anyhow::bail!(
            "refusing to start: listeners reachable from other machines are not protected\n{}",
            list.join("\n")
        );
    }
    let metrics = Metrics::new();
    let stop_aggregates = CancellationToken::new();
    let ends = bus::build(
        &config.bus,
        role.bus_needs(),
        &Aggregator::new(config.windows.length),
        stop_aggregates.clone(),
        metrics.clone(),
    )
    .await?;
    let store = match role.stores() {
        true => Some(
            store::open(&config.store, metrics.clone())
                .await
                .context("opening the store")?,
        ),
        false => None,
    };
    // One set of exporters: a role that ingests forwards spans, one that scores publishes
    // its scores as evaluation events.
    let signals = Signals {
        spans: role.ingests(),
        evaluations: role.scores(),
    };
    let (forwarder, forwarder_task) =
        match Forwarder::start(&config.exporters, signals, metrics.clone())? {
            Some((forwarder, task)) => (Some(forwarder), Some(task)),
            None => (None, None),
        };
    let listeners = Listeners::bind(config, role).await?;
    let (mut alerts, mut detect) = (None, None);
    if let (true, Some(store), Some(aggregates)) = (role.detects(), &store, ends.aggregates_in) {
        // A log that delivers uncommitted partials again (Kafka) brings the open windows
        // back itself; rebuilding them from the scores as well would count them twice.
        let reopen = !aggregates.redelivers_uncommitted();
        let (stage, detector) = alerts_and_detect(config, store, &metrics, reopen).await?;
        alerts = stage;
        detect = Some(DetectStage {
            detector,
            aggregates,
        });
    }
    let embedded = matches!(config.bus, crate::bus::config::BusConfig::Embedded { .. });
    // GenAI content sent as log events meets its spans in a score process's memory: on the
    // embedded bus where this process also ingests them, on Kafka where the score workers
    // read them from the logs topic beside their spans.
    let join = (role.scores() && (role.ingests() || !embedded)).then(|| {
        let join = Join::new(&config.score.join, metrics.clone());
        tokio::spawn(Join::run_expiry(Arc::downgrade(&join)));
        join
    });
    let score = match (role.scores(), &store) {
        (true, Some(store)) => {
            let mut stage = score_stage(
                config,
                store.clone(),
                ends.aggregates_out.clone(),
                metrics.clone(),
            )?
            .publishing_evaluations(forwarder.clone().filter(Forwarder::publishes_evaluations))
            // The embedded bus never delivers a batch again: its windows' partials are kept
            // beside its scores, to be rebuilt after a crash.
            .keeping_partials(embedded);
            if let Some(join) = &join {
                stage = stage.joining(
                    join.clone(),
                    ExternalMetrics::from_config(&config.evaluators),
                );
            }
            Some(Arc::new(stage))
        }
        _ => None,
    };
    let logs: Option<Arc<dyn LogSink>> = if ends.spans.carries_logs() {
        // Kafka: logs go to the logs topic, for whichever score worker reads their trace.
        let wait = config.receivers.otlp.backpressure_timeout;
        Some(Arc::new(BusLogs(ends.spans.clone(), wait)))
    } else if let (Some(_), Some(score)) = (&join, &score) {
        Some(Arc::new(ScoreLogs(Arc::downgrade(score))))
    } else {
        None
    };
    let ingest = role.ingests().then(|| {
        Arc::new(
            Ingest::new(
                &config.receivers.otlp,
                ends.spans.clone(),
                forwarder.clone().filter(Forwarder::forwards_spans),
                metrics.clone(),
            )
            .with_logs(logs),
        )
    });
    Ok(Stages {
        metrics,
        store,
        spans: ends.spans,
        aggregates_out: ends.aggregates_out,
        stop_aggregates,
        ingest,
        forwarder_task,
        listeners,
        alerts,
        detect,
        score,
    })
}

/// The logs receivers' sink in a process that scores: content events to the join stage,
/// evaluation results stored (see [`ScoreStage::take_logs`]). It does not keep the score
/// stage alive: shutdown drops the stage to end the detect stage's input.
struct ScoreLogs(Weak<ScoreStage>);

#[async_trait::async_trait]
impl LogSink for ScoreLogs {
    async fn accept(&self, request: ExportLogsServiceRequest) -> Result<(), LogSinkError> {
        let Some(stage) = self.0.upgrade() else {
            return Err(LogSinkError::Unavailable("shutting down".into()));
        };
        stage.take_logs(request).await.map_err(|e| match e {
            TakeLogsError::Unavailable(m) => LogSinkError::Unavailable(m),
        })
    }
}

/// The logs receivers' sink in a process that ingests onto Kafka: the logs topic, beside the
/// spans, waiting up to the receivers' `backpressure_timeout` for room. The client is
/// answered once the broker holds the records.
struct BusLogs(Arc<dyn SpanLog>, std::time::Duration);

#[async_trait::async_trait]
impl LogSink for BusLogs {
    async fn accept(&self, request: ExportLogsServiceRequest) -> Result<(), LogSinkError> {
        self.0
            .publish_logs(request, self.1)
            .await
            .map_err(|e| match e {
                PublishError::Backlogged(_) => LogSinkError::Overloaded(e.to_string()),
                other => LogSinkError::Unavailable(other.to_string()),
            })
    }
}

/// The alert stage (when routes are configured) and the detect stage notifying it; `reopen`
/// as in [`restored_detector`].
async fn alerts_and_detect(
    config: &PipelineConfig,
    store: &Arc<dyn Store>,
    metrics: &Arc<Metrics>,
    reopen: bool,
) -> anyhow::Result<(Option<AlertStage>, Detector)> {
    // Alerts: the outbox resumes and alert groups are rebuilt before any new transition.
    let alerts = AlertStage::start(
        &config.notifiers,
        &config.routes,
        &config.rules,
        store.clone(),
        metrics.clone(),
    )
    .await?;
    // Detect: baselines and rule states come back from the stored windows first.
    let mut detector = restored_detector(config, store.clone(), metrics.clone(), reopen).await?;
    if let Some(stage) = &alerts {
        detector.notify_to(stage.transitions.clone());
    }
    Ok((alerts, detector))
}

/// The detect stage for `config`, with baselines and rule states rebuilt from the store and,
/// when `reopen`, the windows open at the last stop rebuilt from the stored scores.
pub async fn restored_detector(
    config: &PipelineConfig,
    store: Arc<dyn Store>,
    metrics: Arc<Metrics>,
    reopen: bool,
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
    if reopen {
        let reopened = detector
            .reopen_windows()
            .await
            .context("rebuilding the open windows from the stored scores")?;
        tracing::info!(
            windows = reopened.windows,
            scores = reopened.scores,
            partials_records = reopened.records,
            score_rows = reopened.rows,
            capped = reopened.capped,
            "open windows rebuilt from the store"
        );
    }
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
        Aggregator::new(config.windows.length).with_max_series(config.score.max_series),
        store,
        partials,
        metrics,
    )
    .with_in_flight_limits(
        config.score.max_in_flight_rows,
        config.score.max_in_flight_bytes,
    ))
}
