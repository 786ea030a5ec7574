//! `bus:` — the span log and the aggregates log, embedded or on Kafka, and the values they take.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;

use crate::config::{Parsed, name_of, one_of, serde_duration};

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
    /// Ingest writes one message per trace of each request, keyed by its trace id (as the
    /// Collector's kafka exporter does with `partition_traces_by_id`), so every span of a
    /// trace reaches the same score worker — what the trajectory evaluators and the tokens of
    /// an agent run need. Off: each request is one message (split only to fit), unkeyed.
    pub partition_spans_by_trace: bool,
    /// OTLP logs (GenAI content events, evaluation results) as `ExportLogsServiceRequest`
    /// messages, keyed like the spans; each score worker reads the partitions of this topic
    /// with the numbers of its span partitions, so it needs the span topic's partition count.
    pub logs_topic: String,
    /// The aggregates log: agentwatch's partial window aggregates, keyed by series.
    pub aggregates_topic: String,
    /// Consumer group of the score workers.
    pub score_group: String,
    /// Consumer group of the detect stage.
    pub detect_group: String,
    /// Create missing topics at start with this layout (`null`: topics must exist).
    pub create_topics: Option<TopicLayout>,
    /// Producer compression: none, gzip, snappy, lz4 or zstd.
    pub compression: Parsed<KafkaCompression>,
    /// Largest message produced, in bytes; larger OTLP requests are split across messages.
    pub max_message_bytes: usize,
    /// Messages each consumer (every score worker, the detect stage) fetches ahead of what it
    /// has taken, in bytes (librdkafka's `queued.max.messages.kbytes`, whose own default is
    /// 64 MiB per consumer; one fetch, up to 1 MiB per partition, may overshoot it).
    pub max_prefetch_bytes: usize,
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
    /// they override agentwatch's own settings, except that `validate` refuses those that
    /// weaken delivery (see [`weakening_property`]).
    pub properties: BTreeMap<String, String>,
}

impl Default for KafkaBusConfig {
    fn default() -> Self {
        KafkaBusConfig {
            brokers: "127.0.0.1:9092".into(),
            span_topic: "otlp_spans".into(),
            span_encoding: SpanEncoding::OtlpProto,
            partition_spans_by_trace: false,
            logs_topic: "otlp_logs".into(),
            aggregates_topic: "agentwatch_aggregates".into(),
            score_group: "agentwatch-score".into(),
            detect_group: "agentwatch-detect".into(),
            create_topics: Some(TopicLayout::default()),
            compression: KafkaCompression::Lz4.into(),
            max_message_bytes: 1_000_000,
            max_prefetch_bytes: 16 * 1024 * 1024,
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
        self.check_names(issue);
        if let Some(layout) = &self.create_topics {
            layout.check(issue);
        }
        self.check_properties(issue);
        self.check_producer(issue);
    }

    /// Brokers, topics and consumer groups: present, legal and distinct.
    fn check_names(&self, issue: &mut dyn FnMut(&str, String)) {
        if self.brokers.split(',').all(|b| b.trim().is_empty()) {
            issue("bus.brokers", "must name at least one host:port".into());
        }
        for (path, topic) in [
            ("bus.span_topic", &self.span_topic),
            ("bus.logs_topic", &self.logs_topic),
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
        if self.logs_topic == self.span_topic || self.logs_topic == self.aggregates_topic {
            issue(
                "bus.logs_topic",
                "must differ from bus.span_topic and bus.aggregates_topic".into(),
            );
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
    }

    /// `properties`: none may weaken delivery or select incremental rebalancing.
    fn check_properties(&self, issue: &mut dyn FnMut(&str, String)) {
        for (key, value) in &self.properties {
            if let Some(why) = weakening_property(key, value) {
                issue(&format!("bus.properties.{key}"), why);
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
    }

    /// Compression, message size and the clients' timeouts.
    fn check_producer(&self, issue: &mut dyn FnMut(&str, String)) {
        if let Some(refusal) = self.compression.refusal() {
            issue("bus.compression", refusal.to_owned());
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
        if !(1024 * 1024..=2 * 1024 * 1024 * 1024 - 1024).contains(&self.max_prefetch_bytes) {
            issue(
                "bus.max_prefetch_bytes",
                format!(
                    "{} is outside 1048576..=2147482624 bytes (librdkafka's range)",
                    self.max_prefetch_bytes
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

/// Why `properties.KEY: VALUE` would break what the Kafka bus guarantees, if it does: the
/// producers must be idempotent and wait for every in-sync replica (`publish` is Ok only for
/// what the log holds), and consumers must store offsets themselves, after processing, and
/// start a new group at the beginning of the log.
pub fn weakening_property(key: &str, value: &str) -> Option<String> {
    let value = value.trim().to_ascii_lowercase();
    let refused = match key {
        "acks" | "request.required.acks" if !matches!(value.as_str(), "all" | "-1") => {
            "a span is acknowledged only once every in-sync replica has it: acks must be all (or -1)"
        }
        "enable.idempotence" if value != "true" => {
            "retried sends would duplicate or reorder messages: idempotence must stay on"
        }
        "enable.auto.offset.store" if value != "false" => {
            "offsets would be stored before their messages are processed, losing them on a crash"
        }
        "auto.offset.reset" if matches!(value.as_str(), "latest" | "largest" | "end") => {
            "a new consumer group would skip everything already in the log: use earliest"
        }
        _ => return None,
    };
    Some(format!("'{value}' is refused: {refused}"))
}

/// `bus.create_topics:` — the layout of topics agentwatch creates. The defaults are for a
/// production cluster (three replicas, two in sync for a write); a single broker needs
/// `replication_factor: 1`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct TopicLayout {
    /// Partitions per topic: the most score workers (and detect instances) that share work.
    pub partitions: i32,
    /// Replicas per partition.
    pub replication_factor: i32,
    /// The topics' `min.insync.replicas`: replicas that must have a message before it is
    /// acknowledged (with `acks=all`). Unset: one less than `replication_factor`, at most 2
    /// and at least 1 (2 with the default 3 replicas, 1 on a single broker).
    pub min_insync_replicas: Option<i32>,
}

impl Default for TopicLayout {
    fn default() -> Self {
        TopicLayout {
            partitions: 6,
            replication_factor: 3,
            min_insync_replicas: None,
        }
    }
}

impl TopicLayout {
    /// The `min.insync.replicas` topics are created with.
    pub fn min_insync(&self) -> i32 {
        self.min_insync_replicas
            .unwrap_or((self.replication_factor - 1).clamp(1, 2))
    }

    /// Value rules, reported under `bus.create_topics.*`.
    fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        if self.partitions < 1 {
            issue("bus.create_topics.partitions", "must be at least 1".into());
        }
        if self.replication_factor < 1 {
            issue(
                "bus.create_topics.replication_factor",
                "must be at least 1".into(),
            );
        }
        if let Some(min) = self.min_insync_replicas
            && (min < 1 || min > self.replication_factor.max(1))
        {
            issue(
                "bus.create_topics.min_insync_replicas",
                format!(
                    "{min} must be between 1 and replication_factor ({})",
                    self.replication_factor
                ),
            );
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

impl BusConfig {
    /// Value rules, reported under `bus.*`.
    pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        match self {
            BusConfig::Embedded { max_queued_spans } => {
                if *max_queued_spans == 0 {
                    issue("bus.max_queued_spans", "must be greater than 0".into());
                }
            }
            BusConfig::Kafka(kafka) => kafka.check(issue),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issues(yaml: &str) -> Vec<(String, String)> {
        let config: BusConfig = serde_yaml::from_str(yaml).unwrap();
        let mut found = Vec::new();
        config.check(&mut |path, message| found.push((path.to_owned(), message)));
        found
    }

    #[test]
    fn properties_that_weaken_delivery_are_refused_with_their_path() {
        let found = issues(
            "kind: kafka
properties:
  acks: '1'
  request.required.acks: '0'
  enable.idempotence: 'false'
  enable.auto.offset.store: 'true'
  auto.offset.reset: latest
  security.protocol: SASL_SSL
",
        );
        let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "bus.properties.acks",
                "bus.properties.auto.offset.reset",
                "bus.properties.enable.auto.offset.store",
                "bus.properties.enable.idempotence",
                "bus.properties.request.required.acks",
            ],
            "{found:?}"
        );
        assert!(found[0].1.contains("acks must be all"), "{found:?}");
        assert!(found[3].1.contains("idempotence"), "{found:?}");
        // What keeps the guarantees, written any way, passes.
        assert!(
            issues(
                "kind: kafka
properties: {acks: ALL, request.required.acks: '-1', enable.idempotence: ' true',
  enable.auto.offset.store: 'false', auto.offset.reset: earliest}
"
            )
            .is_empty()
        );
    }

    #[test]
    fn spans_are_keyed_by_trace_only_when_asked() {
        let BusConfig::Kafka(default) = serde_yaml::from_str("kind: kafka").unwrap() else {
            panic!("not kafka")
        };
        assert!(!default.partition_spans_by_trace);
        let BusConfig::Kafka(keyed) =
            serde_yaml::from_str("kind: kafka\npartition_spans_by_trace: true").unwrap()
        else {
            panic!("not kafka")
        };
        assert!(keyed.partition_spans_by_trace);
        assert!(
            serde_yaml::from_str::<BusConfig>("kind: kafka\npartition_traces_by_id: true").is_err()
        );
    }

    #[test]
    fn topic_layout_defaults_to_production_replication_and_checks_min_insync() {
        let layout = TopicLayout::default();
        assert_eq!((layout.replication_factor, layout.min_insync()), (3, 2));
        let single = TopicLayout {
            replication_factor: 1,
            ..TopicLayout::default()
        };
        assert_eq!(single.min_insync(), 1);
        let five = TopicLayout {
            replication_factor: 5,
            ..TopicLayout::default()
        };
        assert_eq!(five.min_insync(), 2);
        let found = issues(
            "kind: kafka
create_topics: {replication_factor: 2, min_insync_replicas: 3}
",
        );
        assert_eq!(
            found,
            [(
                "bus.create_topics.min_insync_replicas".to_owned(),
                "3 must be between 1 and replication_factor (2)".to_owned()
            )]
        );
        assert!(issues("kind: kafka\ncreate_topics: {replication_factor: 1}\n").is_empty());
    }
}

/// `bus.compression`: the Kafka producer's codec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KafkaCompression {
    /// Uncompressed.
    None,
    /// gzip.
    Gzip,
    /// Snappy.
    Snappy,
    /// LZ4 (the default).
    #[default]
    Lz4,
    /// Zstandard.
    Zstd,
}

impl KafkaCompression {
    const CHOICES: [(&'static str, KafkaCompression); 5] = [
        ("none", KafkaCompression::None),
        ("gzip", KafkaCompression::Gzip),
        ("snappy", KafkaCompression::Snappy),
        ("lz4", KafkaCompression::Lz4),
        ("zstd", KafkaCompression::Zstd),
    ];

    /// librdkafka's `compression.type` value.
    pub fn name(self) -> &'static str {
        name_of(self, &Self::CHOICES)
    }
}

impl std::str::FromStr for KafkaCompression {
    type Err = String;
    fn from_str(text: &str) -> Result<KafkaCompression, String> {
        one_of(text, &Self::CHOICES)
    }
}
