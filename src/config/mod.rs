//! The pipeline file: typed, validated, shaped like an OpenTelemetry Collector config.
//!
//! Loading goes in three steps, each reporting errors with their path in the file:
//! 1. YAML → a generic value; `${env:NAME}` and `${file:PATH}` references in string values are
//!    substituted (secrets never appear in error messages, only the reference does);
//! 2. the value → the typed [`PipelineConfig`] (unknown keys are errors);
//! 3. cross-field rules checked once ([`PipelineConfig::validate`]), collecting every error.

mod duration;
mod notify;
mod subst;

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::eval::refusal::CueClass;

pub use duration::{serde_duration, serde_duration_option};
pub use notify::{
    GROUP_LABELS, LinkConfig, NotifierConfig, NotifierKind, PAGERDUTY_EVENTS_URL, RouteConfig,
    RouteMatch,
};

/// A configuration problem at a path in the pipeline file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigIssue {
    /// Dotted path in the file (`receivers.otlp.protocols.grpc.endpoint`), empty for the root.
    pub path: String,
    /// What is wrong and which rule was broken.
    pub message: String,
}

impl fmt::Display for ConfigIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Why a pipeline file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read pipeline file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not valid YAML.
    #[error("{origin}: not valid YAML: {message}")]
    Yaml {
        /// The file name.
        origin: String,
        /// The parser's message, with line and column.
        message: String,
    },
    /// One or more problems, each with its path.
    #[error("{origin}: {} problem(s):\n{}", .issues.len(), format_issues(.issues))]
    Invalid {
        /// The file name.
        origin: String,
        /// Every problem found.
        issues: Vec<ConfigIssue>,
    },
}

fn format_issues(issues: &[ConfigIssue]) -> String {
    issues
        .iter()
        .map(|i| format!("  - {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The whole pipeline.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct PipelineConfig {
    /// Where spans come in.
    pub receivers: ReceiversConfig,
    /// The span log between ingest and scoring.
    pub bus: BusConfig,
    /// The score stage.
    pub score: ScoreConfig,
    /// Per-span evaluators.
    pub evaluators: EvaluatorsConfig,
    /// Where scores are written.
    pub store: StoreConfig,
    /// Optional forwarding of received spans to the next OTLP hop.
    pub exporters: ExportersConfig,
    /// Tumbling event-time windows.
    pub windows: WindowsConfig,
    /// The rolling baseline each window is compared with.
    pub baseline: BaselineConfig,
    /// Anomaly and static rules, judged on every closed window.
    pub rules: Vec<RuleConfig>,
    /// Where alerts can be sent, by name.
    pub notifiers: std::collections::BTreeMap<String, NotifierConfig>,
    /// Which alerts go to which notifiers, grouped how; tried in order.
    pub routes: Vec<RouteConfig>,
    /// Health and metrics endpoints.
    pub admin: AdminConfig,
    /// Process-level settings.
    pub service: ServiceConfig,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig {
            receivers: ReceiversConfig::default(),
            bus: BusConfig::default(),
            score: ScoreConfig::default(),
            evaluators: EvaluatorsConfig::default(),
            store: StoreConfig::default(),
            exporters: ExportersConfig::default(),
            windows: WindowsConfig::default(),
            baseline: BaselineConfig::default(),
            rules: default_rules(),
            notifiers: Default::default(),
            routes: Vec::new(),
            admin: AdminConfig::default(),
            service: ServiceConfig::default(),
        }
    }
}

/// `windows:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct WindowsConfig {
    /// Window length (tumbling, aligned to the Unix epoch).
    #[serde(with = "serde_duration")]
    pub length: Duration,
    /// How long after a window's end spans for it are still merged; later ones are counted as
    /// late (their scores are stored, they just miss the window's aggregate).
    #[serde(with = "serde_duration")]
    pub allowed_lateness: Duration,
    /// With no spans arriving for this long, windows close by the wall clock instead of by
    /// event time (so a quiet night still closes its windows).
    #[serde(with = "serde_duration")]
    pub idle_close: Duration,
    /// Most series tracked at once; spans of new series beyond it are counted, not aggregated.
    pub max_series: usize,
}

impl Default for WindowsConfig {
    fn default() -> Self {
        WindowsConfig {
            length: Duration::from_secs(300),
            allowed_lateness: Duration::from_secs(60),
            idle_close: Duration::from_secs(30),
            max_series: 100_000,
        }
    }
}

/// `baseline:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct BaselineConfig {
    /// Trailing history the mean and σ are computed over.
    #[serde(with = "serde_duration")]
    pub history: Duration,
    /// A window joins the baseline only with at least this many spans.
    pub min_samples: u64,
}

impl Default for BaselineConfig {
    fn default() -> Self {
        BaselineConfig {
            history: Duration::from_secs(7 * 24 * 3600),
            min_samples: 10,
        }
    }
}

/// `rules[].kind`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// Compare with the baseline: |z| above `sigma`.
    Anomaly,
    /// Compare with a fixed threshold.
    Static,
}

/// Which side of the baseline is abnormal.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Only higher than normal.
    Above,
    /// Only lower than normal.
    Below,
    /// Either way.
    Both,
}

/// A static rule's comparison.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub enum Comparison {
    /// value > threshold
    #[serde(rename = ">")]
    Gt,
    /// value >= threshold
    #[serde(rename = ">=")]
    Ge,
    /// value < threshold
    #[serde(rename = "<")]
    Lt,
    /// value <= threshold
    #[serde(rename = "<=")]
    Le,
}

/// One rule (`rules[]`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RuleConfig {
    /// Unique name (lower_snake_case), shown in windows and alerts.
    pub name: String,
    /// Metric judged: pii_leak_rate, pii_leak_count, refusal_rate, tool_error_rate,
    /// latency_p50, latency_p95, latency_p99.
    pub metric: crate::window::Metric,
    /// anomaly or static.
    pub kind: RuleKind,
    /// Anomaly: how many σ from the baseline mean is a breach.
    #[serde(default = "default_sigma")]
    pub sigma: f64,
    /// Anomaly: above, below or both.
    #[serde(default = "default_direction")]
    pub direction: Direction,
    /// Static: the comparison.
    #[serde(default)]
    pub op: Option<Comparison>,
    /// Static: the threshold.
    #[serde(default)]
    pub threshold: Option<f64>,
    /// Fewest spans a window needs to be judged; quieter windows are pooled with the next ones
    /// until they have enough (up to `max_pool_windows`).
    #[serde(default = "default_min_samples")]
    pub min_samples: u64,
    /// Most consecutive quiet windows judged together.
    #[serde(default = "default_max_pool")]
    pub max_pool_windows: u32,
    /// Anomaly: no verdict until the baseline spans at least this much history...
    #[serde(default = "default_warmup", with = "serde_duration")]
    pub warmup: Duration,
    /// ...and holds at least this many windows.
    #[serde(default = "default_min_baseline_windows")]
    pub min_baseline_windows: u64,
    /// Anomaly: σ is never taken below this (absolute, in the metric's unit); rates also use
    /// their sampling noise at the window's n as a floor.
    #[serde(default)]
    pub sigma_floor: Option<f64>,
    /// Anomaly: σ is never taken below this fraction of the baseline mean.
    #[serde(default = "default_relative_floor")]
    pub sigma_floor_relative: f64,
    /// Consecutive breaching windows before the rule fires.
    #[serde(rename = "for", default = "default_for")]
    pub for_windows: u32,
    /// Consecutive normal windows before a firing rule resolves.
    #[serde(rename = "recover", default = "default_recover")]
    pub recover_windows: u32,
    /// critical, warning or info.
    #[serde(default = "default_severity")]
    pub severity: String,
    /// Only series of this service.
    #[serde(default)]
    pub service: Option<String>,
    /// Only series of this agent.
    #[serde(default)]
    pub agent: Option<String>,
}

fn default_sigma() -> f64 {
    3.0
}
fn default_direction() -> Direction {
    Direction::Above
}
fn default_min_samples() -> u64 {
    20
}
fn default_max_pool() -> u32 {
    12
}
fn default_warmup() -> Duration {
    Duration::from_secs(24 * 3600)
}
fn default_min_baseline_windows() -> u64 {
    24
}
fn default_relative_floor() -> f64 {
    0.1
}
fn default_for() -> u32 {
    1
}
fn default_recover() -> u32 {
    2
}
fn default_severity() -> String {
    "warning".into()
}

impl RuleConfig {
    fn anomaly(name: &str, metric: crate::window::Metric) -> RuleConfig {
        RuleConfig {
            name: name.into(),
            metric,
            kind: RuleKind::Anomaly,
            sigma: default_sigma(),
            direction: default_direction(),
            op: None,
            threshold: None,
            min_samples: default_min_samples(),
            max_pool_windows: default_max_pool(),
            warmup: default_warmup(),
            min_baseline_windows: default_min_baseline_windows(),
            sigma_floor: None,
            sigma_floor_relative: default_relative_floor(),
            for_windows: default_for(),
            recover_windows: default_recover(),
            severity: default_severity(),
            service: None,
            agent: None,
        }
    }

    fn threshold(
        name: &str,
        metric: crate::window::Metric,
        op: Comparison,
        threshold: f64,
        min_samples: u64,
    ) -> RuleConfig {
        RuleConfig {
            kind: RuleKind::Static,
            op: Some(op),
            threshold: Some(threshold),
            min_samples,
            ..RuleConfig::anomaly(name, metric)
        }
    }
}

/// The rules that run when the pipeline file names none.
pub fn default_rules() -> Vec<RuleConfig> {
    use crate::window::Metric;
    vec![
        RuleConfig {
            severity: "critical".into(),
            ..RuleConfig::threshold("pii_leak", Metric::PiiLeakCount, Comparison::Gt, 0.0, 1)
        },
        RuleConfig {
            for_windows: 2,
            ..RuleConfig::threshold(
                "tool_error_rate_high",
                Metric::ToolErrorRate,
                Comparison::Gt,
                0.10,
                20,
            )
        },
        // Two breaching windows in a row before firing: at 3σ one window in ~740 breaches by
        // chance, two in a row almost never.
        RuleConfig {
            for_windows: 2,
            ..RuleConfig::anomaly("refusal_rate_anomaly", Metric::RefusalRate)
        },
        RuleConfig {
            for_windows: 2,
            ..RuleConfig::anomaly("tool_error_rate_anomaly", Metric::ToolErrorRate)
        },
        RuleConfig {
            for_windows: 2,
            ..RuleConfig::anomaly("latency_p95_anomaly", Metric::LatencyP95)
        },
    ]
}

/// `receivers:`
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ReceiversConfig {
    /// The OTLP receiver.
    pub otlp: OtlpReceiverConfig,
}

/// `receivers.otlp:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct OtlpReceiverConfig {
    /// Transports; a transport set to `null` (or omitted with the other present) is disabled.
    pub protocols: OtlpProtocols,
    /// Largest accepted request, in bytes, after decompression.
    pub max_request_bytes: usize,
    /// How long a request waits for room on a full bus before it is refused as overloaded.
    #[serde(with = "serde_duration")]
    pub backpressure_timeout: Duration,
    /// `Retry-After` / RetryInfo hint given to clients that were pushed back.
    #[serde(with = "serde_duration")]
    pub retry_after: Duration,
    /// Requests read, decoded and waiting for the bus at once (both transports together); more
    /// wait up to `backpressure_timeout` for a turn, then are refused as overloaded. Bounds the
    /// memory of bodies and decoded requests under overload.
    pub max_concurrent_requests: usize,
}

impl Default for OtlpReceiverConfig {
    fn default() -> Self {
        OtlpReceiverConfig {
            protocols: OtlpProtocols::default(),
            max_request_bytes: 16 * 1024 * 1024,
            backpressure_timeout: Duration::from_millis(500),
            retry_after: Duration::from_secs(1),
            max_concurrent_requests: 16,
        }
    }
}

/// `receivers.otlp.protocols:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OtlpProtocols {
    /// OTLP/gRPC.
    #[serde(default)]
    pub grpc: Option<EndpointConfig>,
    /// OTLP/HTTP.
    #[serde(default)]
    pub http: Option<EndpointConfig>,
}

impl Default for OtlpProtocols {
    fn default() -> Self {
        OtlpProtocols {
            grpc: Some(EndpointConfig {
                endpoint: "127.0.0.1:4317".into(),
            }),
            http: Some(EndpointConfig {
                endpoint: "127.0.0.1:4318".into(),
            }),
        }
    }
}

/// A listening address.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EndpointConfig {
    /// `host:port`; port 0 picks a free port.
    pub endpoint: String,
}

impl EndpointConfig {
    /// The parsed socket address (validated at load).
    pub fn socket_addr(&self) -> SocketAddr {
        self.endpoint
            .parse()
            .expect("endpoint validated at load time")
    }
}

/// `bus:` — how ingest hands batches to the score stage.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum BusConfig {
    /// A bounded in-process queue.
    Embedded {
        /// Most spans queued or being scored at once; publishers wait beyond that.
        #[serde(default = "default_max_queued_spans")]
        max_queued_spans: usize,
    },
    /// Kafka (or any Kafka-protocol broker): the span log and the aggregates log are topics,
    /// and the stages can run as separate roles (`agentwatch run --role`).
    Kafka(Box<KafkaBusConfig>),
}

/// `bus: {kind: kafka, ...}`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct KafkaBusConfig {
    /// Bootstrap brokers, `host:port[,host:port...]`.
    pub brokers: String,
    /// The span log: OTLP requests as the Collector's kafka exporter writes them.
    pub span_topic: String,
    /// How messages on `span_topic` are encoded (what the Collector's exporter was told).
    pub span_encoding: SpanEncoding,
    /// The aggregates log: agentwatch's partial window aggregates, keyed by series.
    pub aggregates_topic: String,
    /// Consumer group of the score workers.
    pub score_group: String,
    /// Consumer group of the detect stage.
    pub detect_group: String,
    /// Create missing topics at start with this layout (`null`: topics must exist).
    pub create_topics: Option<TopicLayout>,
    /// Producer compression: none, gzip, snappy, lz4 or zstd.
    pub compression: String,
    /// Largest message produced, in bytes; larger OTLP requests are split across messages.
    pub max_message_bytes: usize,
    /// How long the broker may take to acknowledge a message before the client gets a
    /// retryable error (librdkafka's `message.timeout.ms`).
    #[serde(with = "serde_duration")]
    pub produce_timeout: Duration,
    /// Consumer group session timeout: how soon a dead member's partitions move on.
    #[serde(with = "serde_duration")]
    pub session_timeout: Duration,
    /// How often processed offsets are committed.
    #[serde(with = "serde_duration")]
    pub commit_interval: Duration,
    /// Extra librdkafka properties for every client (e.g. `security.protocol`, `sasl.*`);
    /// they override agentwatch's own settings.
    pub properties: BTreeMap<String, String>,
}

impl Default for KafkaBusConfig {
    fn default() -> Self {
        KafkaBusConfig {
            brokers: "127.0.0.1:9092".into(),
            span_topic: "otlp_spans".into(),
            span_encoding: SpanEncoding::OtlpProto,
            aggregates_topic: "agentwatch_aggregates".into(),
            score_group: "agentwatch-score".into(),
            detect_group: "agentwatch-detect".into(),
            create_topics: Some(TopicLayout::default()),
            compression: "lz4".into(),
            max_message_bytes: 1_000_000,
            produce_timeout: Duration::from_secs(10),
            session_timeout: Duration::from_secs(10),
            commit_interval: Duration::from_secs(1),
            properties: BTreeMap::new(),
        }
    }
}

impl KafkaBusConfig {
    /// Value rules, reported under `bus.*`.
    fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        if self.brokers.split(',').all(|b| b.trim().is_empty()) {
            issue("bus.brokers", "must name at least one host:port".into());
        }
        for (path, topic) in [
            ("bus.span_topic", &self.span_topic),
            ("bus.aggregates_topic", &self.aggregates_topic),
        ] {
            // Kafka's own rule for topic names.
            let legal = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
            if topic.is_empty() || topic.len() > 249 || !topic.chars().all(legal) {
                issue(
                    path,
                    format!("'{topic}' is not a Kafka topic name (1-249 of [a-zA-Z0-9._-])"),
                );
            }
        }
        if self.span_topic == self.aggregates_topic {
            issue(
                "bus.aggregates_topic",
                "must differ from bus.span_topic".into(),
            );
        }
        for (path, group) in [
            ("bus.score_group", &self.score_group),
            ("bus.detect_group", &self.detect_group),
        ] {
            if group.trim().is_empty() {
                issue(path, "must not be empty".into());
            }
        }
        if self.score_group == self.detect_group {
            issue(
                "bus.detect_group",
                "must differ from bus.score_group".into(),
            );
        }
        if let Some(layout) = &self.create_topics {
            if layout.partitions < 1 {
                issue("bus.create_topics.partitions", "must be at least 1".into());
            }
            if layout.replication_factor < 1 {
                issue(
                    "bus.create_topics.replication_factor",
                    "must be at least 1".into(),
                );
            }
        }
        // The detect stage rebuilds its state from the committed offsets of every partition
        // it holds after each rebalance, which needs the eager protocol (all partitions
        // revoked, then assigned).
        for (key, value) in &self.properties {
            let incremental = (key == "partition.assignment.strategy"
                && value.contains("cooperative"))
                || (key == "group.protocol" && value.trim() == "consumer");
            if incremental {
                issue(
                    &format!("bus.properties.{key}"),
                    format!(
                        "'{value}' selects incremental rebalancing, which agentwatch does not support; use range or roundrobin"
                    ),
                );
            }
        }
        if !["none", "gzip", "snappy", "lz4", "zstd"].contains(&self.compression.as_str()) {
            issue(
                "bus.compression",
                format!(
                    "'{}' is not one of none, gzip, snappy, lz4, zstd",
                    self.compression
                ),
            );
        }
        if !(64 * 1024..=100 * 1024 * 1024).contains(&self.max_message_bytes) {
            issue(
                "bus.max_message_bytes",
                format!(
                    "{} is outside 65536..=104857600 bytes",
                    self.max_message_bytes
                ),
            );
        }
        for (path, d) in [
            ("bus.produce_timeout", self.produce_timeout),
            ("bus.session_timeout", self.session_timeout),
            ("bus.commit_interval", self.commit_interval),
        ] {
            if d < Duration::from_millis(1) {
                issue(path, "must be at least 1ms".into());
            }
        }
        // Kafka brokers refuse sessions under group.min.session.timeout.ms (6 s by default),
        // and librdkafka heartbeats every 3 s.
        if self.session_timeout < Duration::from_secs(6) {
            issue(
                "bus.session_timeout",
                "must be at least 6s (brokers refuse shorter sessions by default)".into(),
            );
        }
    }
}

/// Encoding of the span topic's messages, as the Collector's kafka exporter names them.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SpanEncoding {
    /// `ExportTraceServiceRequest` (= `TracesData`) protobuf bytes; what agentwatch writes.
    OtlpProto,
    /// The same as OTLP/JSON.
    OtlpJson,
}

/// `bus.create_topics:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct TopicLayout {
    /// Partitions per topic: the most score workers (and detect instances) that share work.
    pub partitions: i32,
    /// Replicas per partition.
    pub replication_factor: i32,
}

impl Default for TopicLayout {
    fn default() -> Self {
        TopicLayout {
            partitions: 6,
            replication_factor: 1,
        }
    }
}

/// Room for ~0.3 s of traffic at 50k spans/s: enough to absorb bursts, small enough that a
/// full bus of ~2 KB spans (~3 KB each decoded) stays near 50 MB of memory.
fn default_max_queued_spans() -> usize {
    16_384
}

impl BusConfig {
    /// One line for logs: the kind and where it is.
    pub fn describe(&self) -> String {
        match self {
            BusConfig::Embedded { max_queued_spans } => {
                format!("embedded ({max_queued_spans} spans)")
            }
            BusConfig::Kafka(k) => format!(
                "kafka:{} (spans: {}, aggregates: {})",
                k.brokers, k.span_topic, k.aggregates_topic
            ),
        }
    }
}

impl Default for BusConfig {
    fn default() -> Self {
        BusConfig::Embedded {
            max_queued_spans: default_max_queued_spans(),
        }
    }
}

/// `score:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ScoreConfig {
    /// Concurrent score workers; 0 means two per CPU.
    pub workers: usize,
    /// Longest captured text (bytes) handed to content evaluators per side of a span.
    pub max_content_bytes: usize,
}

impl Default for ScoreConfig {
    fn default() -> Self {
        ScoreConfig {
            workers: 0,
            max_content_bytes: 1024 * 1024,
        }
    }
}

/// `evaluators:`
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct EvaluatorsConfig {
    /// PII and secrets in content.
    pub pii_leak: PiiLeakConfig,
    /// Model replies that decline the request.
    pub refusal: RefusalConfig,
    /// Failed tool calls.
    pub tool_error: ToolErrorConfig,
    /// Span duration.
    pub latency: LatencyConfig,
}

/// Which side of a span a content evaluator reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentField {
    /// Model reply / tool result.
    Output,
    /// Prompt / tool arguments.
    Input,
}

impl ContentField {
    /// The spelling used in config and in score details.
    pub fn as_str(self) -> &'static str {
        match self {
            ContentField::Output => "output",
            ContentField::Input => "input",
        }
    }
}

/// `evaluators.pii_leak:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct PiiLeakConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Sides of a span to scan: `output` (model replies, tool results) and optionally `input`.
    pub fields: Vec<ContentField>,
    /// Entity types to report (Presidio names: EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, ...).
    pub entities: Vec<crate::eval::pii::EntityType>,
    /// Terms that must never appear (project code names, internal hostnames), reported as DENY_TERM.
    pub deny_terms: Vec<String>,
    /// Match deny terms ignoring ASCII case.
    pub deny_terms_case_insensitive: bool,
    /// At most this many findings (masked) are listed in a score's detail; all are counted.
    pub max_detail_findings: usize,
}

impl Default for PiiLeakConfig {
    fn default() -> Self {
        PiiLeakConfig {
            enabled: true,
            fields: vec![ContentField::Output],
            entities: crate::eval::pii::EntityType::ALL.to_vec(),
            deny_terms: Vec::new(),
            deny_terms_case_insensitive: true,
            max_detail_findings: 20,
        }
    }
}

/// `evaluators.refusal:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RefusalConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// More phrases that mean "declined" in your domain (matched ignoring case, curly quotes
    /// and extra spaces), e.g. "against our travel policy".
    pub extra_phrases: Vec<String>,
    /// Cue classes that count as a refusal (default: all). Drop one that does not fit your
    /// agent, e.g. `deflection` for a support bot whose job is to hand over to humans.
    pub classes: Vec<CueClass>,
}

impl Default for RefusalConfig {
    fn default() -> Self {
        RefusalConfig {
            enabled: true,
            extra_phrases: Vec::new(),
            classes: CueClass::ALL.to_vec(),
        }
    }
}

/// `evaluators.tool_error:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ToolErrorConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Treat a tool output that is a JSON object with one of these top-level keys (e.g. `error`)
    /// as a failure even when the span status is OK. Empty disables payload inspection.
    pub error_payload_keys: Vec<String>,
}

impl Default for ToolErrorConfig {
    fn default() -> Self {
        ToolErrorConfig {
            enabled: true,
            error_payload_keys: vec!["error".into()],
        }
    }
}

/// `evaluators.latency:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct LatencyConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Spans slower than this are labelled `slow` (the value is always the duration in ms).
    #[serde(with = "serde_duration")]
    pub slow_threshold: Duration,
}

impl Default for LatencyConfig {
    fn default() -> Self {
        LatencyConfig {
            enabled: true,
            slow_threshold: Duration::from_secs(30),
        }
    }
}

/// `store:` — where scores go.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum StoreConfig {
    /// An embedded SQLite file.
    Sqlite {
        /// Database file; created if missing.
        #[serde(default = "default_sqlite_path")]
        path: PathBuf,
        /// Largest number of rows written in one transaction.
        #[serde(default = "default_store_batch_rows")]
        max_batch_rows: usize,
    },
    /// A ClickHouse server, over HTTP (the shared store of distributed deployments).
    Clickhouse(Box<ClickhouseStoreConfig>),
}

/// `store: {kind: clickhouse, ...}`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ClickhouseStoreConfig {
    /// HTTP(S) endpoint of the server, e.g. `http://127.0.0.1:8123`.
    pub url: String,
    /// Database holding agentwatch's tables; created at start if missing.
    pub database: String,
    /// User name.
    pub user: String,
    /// Password (`${env:...}` or `${file:...}`); none for a user without one.
    pub password: Option<Secret>,
    /// Check row types against the server's column types on every insert and read:
    /// `auto` (on for servers that support it, ClickHouse 24.x and later), `on` or `off`.
    pub validation: ClickhouseValidation,
    /// HTTP body compression: `lz4` or `none`.
    pub compression: String,
    /// Score rows sent in one INSERT at most.
    pub max_batch_rows: usize,
    /// How long score rows may wait for a fuller batch before they are sent.
    #[serde(with = "serde_duration")]
    pub flush_interval: Duration,
    /// Score rows queued for the writer at most; writers wait beyond that (back-pressure).
    pub max_pending_rows: usize,
    /// Timeout of one request (an INSERT included).
    #[serde(with = "serde_duration")]
    pub request_timeout: Duration,
    /// How long `run` waits at start for the server to answer before giving up.
    #[serde(with = "serde_duration")]
    pub startup_timeout: Duration,
    /// Drop scores older than this (`null`: keep forever). A TTL on ClickHouse 21.8 and
    /// later; on older servers agentwatch drops expired day partitions itself.
    #[serde(with = "serde_duration_option")]
    pub scores_retention: Option<Duration>,
    /// Drop windows older than this (`null`: keep forever); at least `baseline.history`.
    #[serde(with = "serde_duration_option")]
    pub windows_retention: Option<Duration>,
    /// Extra ClickHouse settings sent with every query (e.g. `max_memory_usage`).
    pub settings: BTreeMap<String, String>,
}

impl Default for ClickhouseStoreConfig {
    fn default() -> Self {
        ClickhouseStoreConfig {
            url: "http://127.0.0.1:8123".into(),
            database: "agentwatch".into(),
            user: "default".into(),
            password: None,
            validation: ClickhouseValidation::Auto,
            compression: "lz4".into(),
            max_batch_rows: 50_000,
            flush_interval: Duration::from_secs(1),
            max_pending_rows: 200_000,
            request_timeout: Duration::from_secs(30),
            startup_timeout: Duration::from_secs(60),
            scores_retention: Some(Duration::from_secs(30 * 24 * 3600)),
            windows_retention: Some(Duration::from_secs(90 * 24 * 3600)),
            settings: BTreeMap::new(),
        }
    }
}

impl ClickhouseStoreConfig {
    /// Value rules, reported under `store.*`.
    fn check(&self, baseline_history: Duration, issue: &mut dyn FnMut(&str, String)) {
        match self.url.parse::<http::Uri>() {
            // Credentials in the URL would be logged with it: they belong in user/password.
            Ok(uri) if uri.authority().is_some_and(|a| a.as_str().contains('@')) => issue(
                "store.url",
                "must not hold credentials: use store.user and store.password".into(),
            ),
            Ok(uri)
                if matches!(uri.scheme_str(), Some("http" | "https"))
                    && uri.authority().is_some() => {}
            _ => issue(
                "store.url",
                "must be an http:// or https:// URL with a host (e.g. http://127.0.0.1:8123)"
                    .into(),
            ),
        }
        if !is_clickhouse_identifier(&self.database) {
            issue(
                "store.database",
                format!(
                    "'{}' is not a plain ClickHouse identifier ([A-Za-z_][A-Za-z0-9_]*)",
                    self.database
                ),
            );
        }
        if self.user.is_empty() {
            issue("store.user", "must not be empty".into());
        }
        if !matches!(self.compression.as_str(), "lz4" | "none") {
            issue(
                "store.compression",
                format!("'{}' is not one of lz4, none", self.compression),
            );
        }
        if self.max_batch_rows == 0 {
            issue("store.max_batch_rows", "must be greater than 0".into());
        }
        if self.max_pending_rows < self.max_batch_rows {
            issue(
                "store.max_pending_rows",
                "must be at least store.max_batch_rows".into(),
            );
        }
        for (path, value) in [
            ("store.flush_interval", self.flush_interval),
            ("store.request_timeout", self.request_timeout),
            ("store.startup_timeout", self.startup_timeout),
        ] {
            if value.is_zero() {
                issue(path, "must be greater than 0".into());
            }
        }
        for (path, value) in [
            ("store.scores_retention", self.scores_retention),
            ("store.windows_retention", self.windows_retention),
        ] {
            if let Some(v) = value
                && v < Duration::from_secs(24 * 3600)
            {
                issue(
                    path,
                    "must be at least 1d (tables are partitioned by day), or null to keep forever"
                        .into(),
                );
            }
        }
        if let Some(w) = self.windows_retention
            && w < baseline_history
        {
            issue(
                "store.windows_retention",
                format!(
                    "must be at least baseline.history ({}): baselines are rebuilt from the windows table",
                    humantime::format_duration(baseline_history)
                ),
            );
        }
        for (name, value) in &self.settings {
            let path = format!("store.settings.{name}");
            if !is_clickhouse_identifier(name) {
                issue(&path, "is not a ClickHouse setting name".into());
            } else if matches!(
                name.as_str(),
                "database"
                    | "default_format"
                    | "query"
                    | "query_id"
                    | "session_id"
                    | "user"
                    | "password"
                    | "readonly"
                    | "compress"
                    | "decompress"
            ) || name.starts_with("param_")
            {
                issue(
                    &path,
                    "is a request parameter agentwatch sets itself, not a setting to override"
                        .into(),
                );
            } else if name == "async_insert"
                && value != "0"
                && self
                    .settings
                    .get("wait_for_async_insert")
                    .map(String::as_str)
                    == Some("0")
            {
                issue(
                    &path,
                    "needs wait_for_async_insert other than 0: a write is acknowledged only once it is stored".into(),
                );
            }
        }
    }
}

/// A database, table or setting name that needs no quoting.
fn is_clickhouse_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `store.validation`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ClickhouseValidation {
    /// On when the server is recent enough (24.x and later).
    Auto,
    /// Always on.
    On,
    /// Always off (needed on servers older than 24.x).
    Off,
}

impl StoreConfig {
    /// One line for logs: the kind and where it writes.
    pub fn describe(&self) -> String {
        match self {
            StoreConfig::Sqlite { path, .. } => format!("sqlite:{}", path.display()),
            StoreConfig::Clickhouse(c) => format!("clickhouse:{} (database {})", c.url, c.database),
        }
    }
}

fn default_sqlite_path() -> PathBuf {
    PathBuf::from("./agentwatch.db")
}

fn default_store_batch_rows() -> usize {
    8192
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig::Sqlite {
            path: default_sqlite_path(),
            max_batch_rows: default_store_batch_rows(),
        }
    }
}

/// `exporters:`
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ExportersConfig {
    /// Forward received spans to another OTLP/gRPC endpoint.
    pub otlp: Option<OtlpExporterConfig>,
}

/// `exporters.otlp:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OtlpExporterConfig {
    /// `http://host:port` of the next hop's OTLP/gRPC receiver.
    pub endpoint: String,
    /// `gzip` or `none`.
    #[serde(default = "default_compression")]
    pub compression: String,
    /// Per-request timeout.
    #[serde(default = "default_export_timeout", with = "serde_duration")]
    pub timeout: Duration,
    /// Requests held while the next hop is slow or down; beyond that, requests are dropped and counted.
    #[serde(default = "default_export_queue")]
    pub queue_size: usize,
    /// How long a request is retried on retryable errors before it is dropped and counted.
    #[serde(default = "default_max_elapsed", with = "serde_duration")]
    pub max_elapsed_time: Duration,
    /// Extra gRPC metadata (e.g. an API key from `${env:...}`).
    #[serde(default)]
    pub headers: std::collections::BTreeMap<String, Secret>,
}

fn default_compression() -> String {
    "gzip".into()
}
fn default_export_timeout() -> Duration {
    Duration::from_secs(5)
}
fn default_export_queue() -> usize {
    1000
}
fn default_max_elapsed() -> Duration {
    Duration::from_secs(300)
}

/// A value that may hold a secret: usable, but never printed by `Debug`.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// The secret value itself; do not log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// `admin:` — health and metrics.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AdminConfig {
    /// `host:port` serving `/healthz`, `/readyz`, `/metrics`; `null` disables it.
    pub endpoint: Option<String>,
}

/// The default admin port: 8317, clear of OTLP (4317/4318), the Collector's own ports
/// (8888/13133/55679), Prometheus (9090), ClickHouse (8123/9000) and Kafka (9092).
pub const DEFAULT_ADMIN_ENDPOINT: &str = "127.0.0.1:8317";

impl Default for AdminConfig {
    fn default() -> Self {
        AdminConfig {
            endpoint: Some(DEFAULT_ADMIN_ENDPOINT.into()),
        }
    }
}

/// `service:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ServiceConfig {
    /// How long a graceful shutdown may take (drain the bus, flush the store) before exiting anyway.
    #[serde(with = "serde_duration")]
    pub shutdown_timeout: Duration,
}

impl Default for ServiceConfig {
    fn default() -> Self {
        ServiceConfig {
            shutdown_timeout: Duration::from_secs(10),
        }
    }
}

impl PipelineConfig {
    /// Load and validate a pipeline file.
    pub fn load(path: &Path) -> Result<PipelineConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::from_yaml(&text, &path.display().to_string())
    }

    /// Parse and validate pipeline YAML; `origin` names the source in errors.
    pub fn from_yaml(text: &str, origin: &str) -> Result<PipelineConfig, ConfigError> {
        let mut value: serde_yaml::Value =
            serde_yaml::from_str(text).map_err(|e| ConfigError::Yaml {
                origin: origin.to_owned(),
                message: e.to_string(),
            })?;
        if value.is_null() {
            // An empty file means "all defaults".
            value = serde_yaml::Value::Mapping(Default::default());
        }
        let invalid = |issues| ConfigError::Invalid {
            origin: origin.to_owned(),
            issues,
        };
        let issues = subst::substitute(&mut value);
        if !issues.is_empty() {
            return Err(invalid(issues));
        }
        let config: PipelineConfig = serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            invalid(vec![ConfigIssue {
                path: if path == "." { String::new() } else { path },
                message: e.into_inner().to_string(),
            }])
        })?;
        let issues = config.validate();
        if issues.is_empty() {
            Ok(config)
        } else {
            Err(invalid(issues))
        }
    }

    /// Cross-field and value rules; returns every problem found.
    pub fn validate(&self) -> Vec<ConfigIssue> {
        let mut issues = Vec::new();
        let mut issue = |path: &str, message: String| {
            issues.push(ConfigIssue {
                path: path.into(),
                message,
            })
        };
        let otlp = &self.receivers.otlp;
        let mut listen = Vec::new();
        for (name, ep) in [
            ("grpc", &otlp.protocols.grpc),
            ("http", &otlp.protocols.http),
        ] {
            if let Some(ep) = ep {
                let path = format!("receivers.otlp.protocols.{name}.endpoint");
                match ep.endpoint.parse::<SocketAddr>() {
                    Ok(addr) => listen.push((path, addr)),
                    Err(_) => issue(
                        &path,
                        format!(
                            "'{}' is not a host:port socket address (e.g. 127.0.0.1:4317)",
                            ep.endpoint
                        ),
                    ),
                }
            }
        }
        if otlp.protocols.grpc.is_none() && otlp.protocols.http.is_none() {
            issue(
                "receivers.otlp.protocols",
                "at least one of grpc or http must be enabled".into(),
            );
        }
        if otlp.max_request_bytes < 1024 {
            issue(
                "receivers.otlp.max_request_bytes",
                format!("{} is too small; use at least 1024", otlp.max_request_bytes),
            );
        }
        if otlp.max_concurrent_requests == 0 {
            issue(
                "receivers.otlp.max_concurrent_requests",
                "must be greater than 0".into(),
            );
        }
        if otlp.max_request_bytes > 1024 * 1024 * 1024 {
            issue(
                "receivers.otlp.max_request_bytes",
                format!("{} is over the 1 GiB ceiling", otlp.max_request_bytes),
            );
        }
        if otlp.retry_after.is_zero() {
            issue(
                "receivers.otlp.retry_after",
                "must be greater than 0".into(),
            );
        }
        match &self.bus {
            BusConfig::Embedded { max_queued_spans } => {
                if *max_queued_spans == 0 {
                    issue("bus.max_queued_spans", "must be greater than 0".into());
                }
            }
            BusConfig::Kafka(kafka) => kafka.check(&mut issue),
        }
        if self.score.workers > 1024 {
            issue(
                "score.workers",
                format!(
                    "{} workers is more than the 1024 allowed",
                    self.score.workers
                ),
            );
        }
        if self.score.max_content_bytes == 0 {
            issue("score.max_content_bytes", "must be greater than 0".into());
        }
        let pii = &self.evaluators.pii_leak;
        if pii.enabled && pii.fields.is_empty() {
            issue(
                "evaluators.pii_leak.fields",
                "must name at least one of output, input".into(),
            );
        }
        if pii.enabled && pii.entities.is_empty() {
            issue(
                "evaluators.pii_leak.entities",
                "is empty: list entity types, or set enabled: false".into(),
            );
        }
        for (i, term) in pii.deny_terms.iter().enumerate() {
            if term.trim().chars().count() < 3 {
                issue(
                    &format!("evaluators.pii_leak.deny_terms[{i}]"),
                    format!("'{term}' is too short (at least 3 characters) to match reliably"),
                );
            }
        }
        if pii.deny_terms.len() > 100_000 {
            issue(
                "evaluators.pii_leak.deny_terms",
                format!("{} terms is over the 100000 allowed", pii.deny_terms.len()),
            );
        }
        for (i, phrase) in self.evaluators.refusal.extra_phrases.iter().enumerate() {
            if phrase.trim().chars().count() < 6 {
                issue(
                    &format!("evaluators.refusal.extra_phrases[{i}]"),
                    format!("'{phrase}' is too short (at least 6 characters) to mean a refusal"),
                );
            }
        }
        if self.evaluators.latency.slow_threshold.is_zero() {
            issue(
                "evaluators.latency.slow_threshold",
                "must be greater than 0".into(),
            );
        }
        for (i, key) in self
            .evaluators
            .tool_error
            .error_payload_keys
            .iter()
            .enumerate()
        {
            if key.is_empty() {
                issue(
                    &format!("evaluators.tool_error.error_payload_keys[{i}]"),
                    "must not be empty".into(),
                );
            }
        }
        match &self.store {
            StoreConfig::Sqlite {
                path,
                max_batch_rows,
            } => {
                if path.as_os_str().is_empty() {
                    issue("store.path", "must not be empty".into());
                }
                if *max_batch_rows == 0 {
                    issue("store.max_batch_rows", "must be greater than 0".into());
                }
            }
            StoreConfig::Clickhouse(c) => c.check(self.baseline.history, &mut issue),
        }
        if let Some(exp) = &self.exporters.otlp {
            match exp.endpoint.parse::<http::Uri>() {
                Ok(uri)
                    if matches!(uri.scheme_str(), Some("http" | "https"))
                        && uri.authority().is_some() => {}
                _ => issue(
                    "exporters.otlp.endpoint",
                    format!(
                        "'{}' is not an http:// or https:// URL with a host (e.g. http://collector:4317)",
                        exp.endpoint
                    ),
                ),
            }
            if !matches!(exp.compression.as_str(), "gzip" | "none") {
                issue(
                    "exporters.otlp.compression",
                    format!("'{}' is not one of gzip, none", exp.compression),
                );
            }
            if exp.queue_size == 0 {
                issue("exporters.otlp.queue_size", "must be greater than 0".into());
            }
            if exp.timeout.is_zero() {
                issue("exporters.otlp.timeout", "must be greater than 0".into());
            }
            for name in exp.headers.keys() {
                if http::HeaderName::from_bytes(name.as_bytes()).is_err()
                    || name.starts_with("grpc-")
                {
                    issue(
                        &format!("exporters.otlp.headers.{name}"),
                        "is not a valid gRPC metadata key (lower-case ASCII, not grpc-*)".into(),
                    );
                }
            }
        }
        if let Some(ep) = &self.admin.endpoint {
            match ep.parse::<SocketAddr>() {
                Ok(addr) => listen.push(("admin.endpoint".into(), addr)),
                Err(_) => issue(
                    "admin.endpoint",
                    format!("'{ep}' is not a host:port socket address (e.g. 127.0.0.1:8317)"),
                ),
            }
        }
        let w = &self.windows;
        if w.length < Duration::from_secs(1) || w.length > Duration::from_secs(24 * 3600) {
            issue(
                "windows.length",
                format!("{:?} is outside 1s..24h", w.length),
            );
        } else if (24 * 3600) % w.length.as_secs().max(1) != 0 || w.length.subsec_nanos() != 0 {
            issue(
                "windows.length",
                format!(
                    "{:?} must divide a day evenly (e.g. 1m, 5m, 15m, 1h)",
                    w.length
                ),
            );
        }
        if w.allowed_lateness > w.length * 12 {
            issue(
                "windows.allowed_lateness",
                "must be at most 12 windows long (late data is counted, not waited for)".into(),
            );
        }
        if w.idle_close.is_zero() {
            issue("windows.idle_close", "must be greater than 0".into());
        }
        if w.max_series == 0 {
            issue("windows.max_series", "must be greater than 0".into());
        }
        if self.baseline.history < Duration::from_secs(3600) {
            issue("baseline.history", "must be at least 1h".into());
        }
        let mut names = std::collections::BTreeSet::new();
        for (i, r) in self.rules.iter().enumerate() {
            let path = |field: &str| format!("rules[{i}].{field}");
            let valid_name = !r.name.is_empty()
                && r.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !valid_name {
                issue(
                    &path("name"),
                    format!("'{}' is not lower_snake_case", r.name),
                );
            } else if !names.insert(r.name.clone()) {
                issue(
                    &path("name"),
                    format!("'{}' is used by another rule", r.name),
                );
            }
            match r.kind {
                RuleKind::Anomaly => {
                    if !(r.sigma > 0.0 && r.sigma.is_finite()) {
                        issue(&path("sigma"), "must be a positive number".into());
                    }
                    if r.op.is_some() || r.threshold.is_some() {
                        issue(
                            &path("kind"),
                            "anomaly rules take sigma, not op/threshold (use kind: static)".into(),
                        );
                    }
                    if r.warmup > self.baseline.history {
                        issue(
                            &path("warmup"),
                            "is longer than baseline.history: the rule could never judge".into(),
                        );
                    }
                }
                RuleKind::Static => {
                    if r.op.is_none() {
                        issue(
                            &path("op"),
                            "static rules need op: one of >, >=, <, <=".into(),
                        );
                    }
                    match r.threshold {
                        None => issue(&path("threshold"), "static rules need a threshold".into()),
                        Some(t) if !t.is_finite() => {
                            issue(&path("threshold"), "must be a finite number".into())
                        }
                        Some(_) => {}
                    }
                }
            }
            if r.for_windows == 0 {
                issue(&path("for"), "must be at least 1 window".into());
            }
            if r.recover_windows == 0 {
                issue(&path("recover"), "must be at least 1 window".into());
            }
            if r.max_pool_windows == 0 {
                issue(&path("max_pool_windows"), "must be at least 1".into());
            }
            if !matches!(r.severity.as_str(), "critical" | "warning" | "info") {
                issue(
                    &path("severity"),
                    format!("'{}' is not one of critical, warning, info", r.severity),
                );
            }
            if r.sigma_floor.is_some_and(|f| !(f >= 0.0 && f.is_finite())) {
                issue(&path("sigma_floor"), "must be a non-negative number".into());
            }
        }
        let rule_names: Vec<&str> = self.rules.iter().map(|r| r.name.as_str()).collect();
        notify::validate(&self.notifiers, &self.routes, &rule_names, &mut issue);
        if self.service.shutdown_timeout.is_zero() {
            issue("service.shutdown_timeout", "must be greater than 0".into());
        }
        // Two listeners on one fixed port would fail at start: say so now, with both paths.
        for (i, (path_a, a)) in listen.iter().enumerate() {
            for (path_b, b) in &listen[i + 1..] {
                if a.port() != 0 && a == b {
                    issue(path_b, format!("{b} is already used by {path_a}"));
                }
            }
        }
        issues
    }
}

#[cfg(test)]
mod tests;
