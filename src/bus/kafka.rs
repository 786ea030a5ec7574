//! The Kafka bus: the span log and the aggregates log as Kafka topics (any Kafka-protocol
//! broker), through librdkafka.
//!
//! - **Span topic** (`otlp_spans`): each accepted OTLP request as `ExportTraceServiceRequest`
//!   protobuf bytes — the wire shape of `TracesData`, which is what the OpenTelemetry
//!   Collector's kafka exporter writes with `encoding: otlp_proto` — so a stock Collector can
//!   feed the score workers directly. Requests larger than one message are split.
//! - **Aggregates topic**: one `agentwatch.v1.SeriesPartials` per series and span message,
//!   keyed by series, so each series is merged by one detect consumer.
//!
//! Producers are idempotent with `acks=all`: `publish` returns Ok only once the broker has
//! acknowledged every message, so a client is acknowledged only for what the log holds.
//! Consumers commit a position only after what it carried is durable (scores written and
//! partials published, or windows closed and written), by storing offsets that librdkafka
//! commits every `commit_interval`; a crash or rebalance redelivers the rest, which the
//! store's upserts and the detect stage's per-position de-duplication absorb.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use async_trait::async_trait;
use bytes::Bytes;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message as _;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{CommitMode, Consumer, ConsumerContext, Rebalance, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Message};
use rdkafka::producer::{DeliveryFuture, FutureProducer, FutureRecord, Producer};
use rdkafka::statistics::Statistics;
use rdkafka::{Offset, TopicPartitionList};
use tokio_util::sync::CancellationToken;

use super::config::{KafkaBusConfig, SpanEncoding};
use super::offset_gaps::{GapTracker, Received, first_after_commit};
use super::{
    AggregateConsumer, AggregateEvent, AggregateLog, Delivery, LogPosition, LogsHandler,
    PublishError, SpanBatch, SpanLog, SpanLogConsumer,
};
use crate::otlp::split;
use crate::otlp::split_logs;
use crate::otlp::validate::validate_request;
use crate::otlp::{DecodeError, decode_json, decode_json_as, decode_protobuf, decode_protobuf_as};
use crate::telemetry::{Metrics, PartitionLabels, RebalanceLabels, TopicLabels};
use crate::window::wire;
use crate::window::{Aggregator, Partials};

/// Room kept in each message for the record's own framing (key, headers, batch overhead).
const MESSAGE_OVERHEAD: usize = 1024;

/// How often librdkafka reports consumer statistics (consumer lag).
const STATISTICS_INTERVAL_MS: &str = "2000";

/// librdkafka callbacks: its logs into `tracing`, statistics and rebalances into metrics.
pub struct KafkaContext {
    metrics: Arc<Metrics>,
    /// Consumer group, for consumers.
    group: Option<String>,
    /// Set on every rebalance, cleared by whoever handles it.
    reassigned: Arc<AtomicBool>,
    /// Bumped on every rebalance: which assignment a received message belongs to.
    assignments: AtomicU64,
}

impl KafkaContext {
    fn new(metrics: Arc<Metrics>, group: Option<&str>) -> KafkaContext {
        KafkaContext {
            metrics,
            group: group.map(str::to_owned),
            reassigned: Arc::new(AtomicBool::new(false)),
            assignments: AtomicU64::new(0),
        }
    }
}

impl ClientContext for KafkaContext {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        match level {
            RDKafkaLogLevel::Emerg
            | RDKafkaLogLevel::Alert
            | RDKafkaLogLevel::Critical
            | RDKafkaLogLevel::Error => tracing::error!(facility, "librdkafka: {message}"),
            RDKafkaLogLevel::Warning => tracing::warn!(facility, "librdkafka: {message}"),
            RDKafkaLogLevel::Notice | RDKafkaLogLevel::Info => {
                tracing::info!(facility, "librdkafka: {message}")
            }
            RDKafkaLogLevel::Debug => tracing::debug!(facility, "librdkafka: {message}"),
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        // librdkafka also logs these through `log`, and retries connections by itself.
        tracing::debug!(error = %error, "kafka client: {reason}");
    }

    fn stats(&self, statistics: Statistics) {
        let Some(group) = &self.group else {
            return;
        };
        for (topic, t) in &statistics.topics {
            for (partition, p) in &t.partitions {
                // Partition -1 is librdkafka's internal one; -1 lag means "not consuming it".
                if *partition < 0 || p.consumer_lag < 0 || p.fetch_state != "active" {
                    continue;
                }
                self.metrics
                    .kafka_consumer_lag
                    .get_or_create(&PartitionLabels {
                        group: group.clone(),
                        topic: topic.clone(),
                        partition: *partition,
                    })
                    .set(p.consumer_lag);
            }
        }
    }
}

impl ConsumerContext for KafkaContext {
    fn post_rebalance(
        &self,
        _consumer: &rdkafka::consumer::BaseConsumer<Self>,
        rebalance: &Rebalance<'_>,
    ) {
        let group = self.group.clone().unwrap_or_default();
        let kind = match rebalance {
            Rebalance::Assign(partitions) => {
                tracing::info!(group, partitions = ?describe(partitions), "partitions assigned");
                "assign"
            }
            Rebalance::Revoke(partitions) => {
                tracing::info!(group, partitions = ?describe(partitions), "partitions revoked");
                for tp in partitions.elements() {
                    // Lag of a partition this member no longer reads is not ours to report.
                    self.metrics.kafka_consumer_lag.remove(&PartitionLabels {
                        group: group.clone(),
                        topic: tp.topic().to_owned(),
                        partition: tp.partition(),
                    });
                }
                "revoke"
            }
            Rebalance::Error(e) => {
                tracing::warn!(group, error = %e, "consumer group rebalance failed");
                "error"
            }
        };
        self.assignments.fetch_add(1, Ordering::SeqCst);
        self.reassigned.store(true, Ordering::SeqCst);
        self.metrics
            .kafka_rebalances
            .get_or_create(&RebalanceLabels { group, kind })
            .inc();
    }

    fn commit_callback(
        &self,
        result: rdkafka::error::KafkaResult<()>,
        _offsets: &rdkafka::TopicPartitionList,
    ) {
        match result {
            Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
            Err(e) => {
                tracing::warn!(error = %e, "committing consumer offsets failed; retried at the next interval")
            }
        }
    }
}

fn describe(partitions: &rdkafka::TopicPartitionList) -> Vec<String> {
    partitions
        .elements()
        .iter()
        .map(|tp| format!("{}[{}]", tp.topic(), tp.partition()))
        .collect()
}

/// A client's configuration: the brokers, agentwatch's `settings` for this kind of client,
/// then the user's `properties`, which win.
fn client_config(config: &KafkaBusConfig, settings: &[(&str, String)]) -> ClientConfig {
    let mut client = ClientConfig::new();
    client
        .set("bootstrap.servers", &config.brokers)
        .set("client.id", "agentwatch");
    for (key, value) in settings {
        client.set(*key, value);
    }
    for (key, value) in &config.properties {
        client.set(key, value);
    }
    client
}

fn producer(
    config: &KafkaBusConfig,
    metrics: Arc<Metrics>,
) -> anyhow::Result<FutureProducer<KafkaContext>> {
    let timeout_ms = config.produce_timeout.as_millis().to_string();
    client_config(
        config,
        &[
            ("enable.idempotence", "true".into()),
            ("acks", "all".into()),
            (
                "compression.type",
                config.compression.get().name().to_owned(),
            ),
            ("message.max.bytes", config.max_message_bytes.to_string()),
            ("message.timeout.ms", timeout_ms.clone()),
            ("request.timeout.ms", timeout_ms),
            ("linger.ms", "5".into()),
        ],
    )
    .create_with_context(KafkaContext::new(metrics, None))
    .context("creating the Kafka producer (bus.*)")
}

/// An idempotent producer that is replaced when librdkafka declares it fatally failed (e.g.
/// fenced by the broker after an outage): such a producer refuses every message forever, so
/// a new one (with a new producer id) is the only way to serve again.
struct RenewableProducer {
    config: KafkaBusConfig,
    metrics: Arc<Metrics>,
    /// The producer and its generation (to replace each failed one once).
    current: std::sync::RwLock<(u64, FutureProducer<KafkaContext>)>,
}

impl RenewableProducer {
    fn new(config: &KafkaBusConfig, metrics: Arc<Metrics>) -> anyhow::Result<RenewableProducer> {
        Ok(RenewableProducer {
            current: std::sync::RwLock::new((0, producer(config, metrics.clone())?)),
            config: config.clone(),
            metrics,
        })
    }

    /// [`RenewableProducer::send_all`] for messages built by the caller (key, payload).
    async fn send_owned(
        &self,
        topic: &str,
        payloads: &[(Option<String>, Vec<u8>)],
        queue_wait: Duration,
    ) -> Result<(), PublishError> {
        let messages: Vec<(Option<&str>, &[u8])> = payloads
            .iter()
            .map(|(key, p)| (key.as_deref(), p.as_slice()))
            .collect();
        self.send_all(topic, &messages, queue_wait).await
    }

    /// Send `messages` (key, payload) to `topic` and wait for the broker to acknowledge all;
    /// `queue_wait` bounds the wait for room in the local queue.
    async fn send_all(
        &self,
        topic: &str,
        messages: &[(Option<&str>, &[u8])],
        queue_wait: Duration,
    ) -> Result<(), PublishError> {
        let (generation, producer) = self.current.read().expect("producer lock").clone();
        let deadline = Instant::now() + queue_wait;
        let mut sent = Vec::with_capacity(messages.len());
        for (key, payload) in messages {
            match enqueue(&producer, topic, *key, payload, deadline).await {
                Ok(delivery) => sent.push(delivery),
                Err(e) => {
                    // Parts already queued may still be delivered: the client retries the whole
                    // request, and the duplicated spans are scored idempotently (same rows).
                    self.metrics
                        .kafka_produce_errors
                        .get_or_create(&TopicLabels {
                            topic: topic.to_owned(),
                        })
                        .inc();
                    self.renew_if_broken(generation, &producer, None);
                    return Err(e);
                }
            }
        }
        acknowledged(topic, sent, self.config.produce_timeout, &self.metrics)
            .await
            .map_err(|(e, code)| {
                self.renew_if_broken(generation, &producer, code);
                e
            })
    }

    /// Replace the producer when librdkafka declared it fatally failed, or when the broker
    /// answered that its producer id or epoch is no longer valid (an idempotent producer that
    /// timed out in-flight requests bumps its epoch; some brokers fence it instead).
    fn renew_if_broken(
        &self,
        generation: u64,
        failed: &FutureProducer<KafkaContext>,
        code: Option<RDKafkaErrorCode>,
    ) {
        let broken_state = matches!(
            code,
            Some(
                RDKafkaErrorCode::ProducerFenced
                    | RDKafkaErrorCode::InvalidProducerEpoch
                    | RDKafkaErrorCode::UnknownProducerId
                    | RDKafkaErrorCode::OutOfOrderSequenceNumber
                    | RDKafkaErrorCode::InvalidProducerIdMapping
            )
        );
        let Some((code, reason)) = failed.client().fatal_error().or_else(|| {
            broken_state.then(|| (code.expect("matched above"), "refused by the broker".into()))
        }) else {
            return;
        };
        let mut current = self.current.write().expect("producer lock");
        if current.0 != generation {
            return; // another request replaced it already
        }
        match producer(&self.config, self.metrics.clone()) {
            Ok(fresh) => {
                tracing::warn!(error = %code, reason, "the Kafka producer can no longer send; replaced by a new one");
                *current = (generation + 1, fresh);
            }
            Err(e) => {
                tracing::error!(error = %format!("{e:#}"), "replacing the failed Kafka producer failed")
            }
        }
    }
}

fn consumer(
    config: &KafkaBusConfig,
    group: &str,
    topics: &[&str],
    metrics: Arc<Metrics>,
) -> anyhow::Result<Arc<StreamConsumer<KafkaContext>>> {
    let client = client_config(
        config,
        &[
            ("group.id", group.to_owned()),
            ("enable.auto.commit", "true".into()),
            // Offsets are stored by us once their message is durable, and only those are
            // committed.
            ("enable.auto.offset.store", "false".into()),
            (
                "auto.commit.interval.ms",
                config.commit_interval.as_millis().to_string(),
            ),
            ("auto.offset.reset", "earliest".into()),
            // Bounded prefetch: what a consumer holds before the worker takes it.
            (
                "queued.max.messages.kbytes",
                (config.max_prefetch_bytes / 1024).to_string(),
            ),
            (
                "session.timeout.ms",
                config.session_timeout.as_millis().to_string(),
            ),
            ("statistics.interval.ms", STATISTICS_INTERVAL_MS.into()),
            // Partition N of every subscribed topic to one member: a score worker reads the
            // logs partitions that match its span partitions (keyed alike).
            ("partition.assignment.strategy", "range".into()),
        ],
    );
    let consumer: StreamConsumer<KafkaContext> = client
        .create_with_context(KafkaContext::new(metrics, Some(group)))
        .with_context(|| format!("creating a Kafka consumer in group '{group}'"))?;
    consumer
        .subscribe(topics)
        .with_context(|| format!("subscribing to {topics:?}"))?;
    Ok(Arc::new(consumer))
}

/// Create the span, logs and aggregates topics when `bus.create_topics` asks for it; topics that
/// exist already are left as they are.
pub async fn ensure_topics(config: &KafkaBusConfig) -> anyhow::Result<()> {
    let Some(layout) = &config.create_topics else {
        return Ok(());
    };
    let min_insync = layout.min_insync().to_string();
    let admin: AdminClient<_> = client_config(config, &[])
        .create()
        .context("creating the Kafka admin client")?;
    let topics: Vec<NewTopic> = [
        &config.span_topic,
        &config.logs_topic,
        &config.aggregates_topic,
    ]
    .into_iter()
    .map(|name| {
        NewTopic::new(
            name,
            layout.partitions,
            TopicReplication::Fixed(layout.replication_factor),
        )
        .set("min.insync.replicas", &min_insync)
    })
    .collect();
    let options = AdminOptions::new().request_timeout(Some(config.produce_timeout));
    let results = match admin.create_topics(&topics, &options).await {
        Ok(results) => results,
        // The admin client's own logs (a refused TLS handshake, a failed SASL login) are not
        // delivered anywhere: say where to look.
        Err(e @ KafkaError::AdminOp(RDKafkaErrorCode::OperationTimedOut)) => {
            return Err(anyhow::Error::new(e).context(format!(
                "creating topics on {}: no broker answered within bus.produce_timeout; check \
                 that they are up and that bus.properties (security.protocol, ssl.*, sasl.*) \
                 match their listeners",
                config.brokers
            )));
        }
        Err(e) => {
            return Err(
                anyhow::Error::new(e).context(format!("creating topics on {}", config.brokers))
            );
        }
    };
    for result in results {
        match result {
            Ok(topic) => tracing::info!(
                topic,
                partitions = layout.partitions,
                replication_factor = layout.replication_factor,
                min_insync_replicas = %min_insync,
                "topic created"
            ),
            Err((topic, RDKafkaErrorCode::TopicAlreadyExists)) => {
                tracing::debug!(topic, "topic exists")
            }
            Err((topic, RDKafkaErrorCode::InvalidReplicationFactor)) => anyhow::bail!(
                "creating topic '{topic}': the cluster has fewer brokers than \
                 bus.create_topics.replication_factor ({}); a single broker needs \
                 replication_factor: 1",
                layout.replication_factor
            ),
            Err((topic, code)) => anyhow::bail!("creating topic '{topic}': {code}"),
        }
    }
    Ok(())
}

/// Wait (at most `timeout`) for the broker to acknowledge every message sent; the first
/// failure is the answer, with librdkafka's error code when there is one.
async fn acknowledged(
    topic: &str,
    sent: Vec<DeliveryFuture>,
    timeout: Duration,
    metrics: &Metrics,
) -> Result<(), (PublishError, Option<RDKafkaErrorCode>)> {
    let labels = TopicLabels {
        topic: topic.to_owned(),
    };
    // librdkafka times messages out by itself, but not always promptly (in-flight requests
    // wait for their own timeout): the client gets its answer on time regardless.
    let Ok(deliveries) = tokio::time::timeout(timeout, futures::future::join_all(sent)).await
    else {
        metrics.kafka_produce_errors.get_or_create(&labels).inc();
        let e = PublishError::Unavailable(format!(
            "Kafka did not acknowledge within {timeout:?} (bus.produce_timeout)"
        ));
        return Err((e, None));
    };
    let mut first_error = None;
    for delivery in deliveries {
        let error = match delivery {
            Ok(Ok(_)) => {
                metrics.kafka_produced_messages.get_or_create(&labels).inc();
                continue;
            }
            Ok(Err((e, _message))) => (classify(&e), e.rdkafka_error_code()),
            Err(_canceled) => (
                PublishError::Unavailable("the Kafka producer was closed".into()),
                None,
            ),
        };
        metrics.kafka_produce_errors.get_or_create(&labels).inc();
        first_error.get_or_insert(error);
    }
    match first_error {
        None => Ok(()),
        Some(e) => Err(e),
    }
}

/// Permanent (the message itself is refused) or retryable (anything about the broker).
fn classify(error: &KafkaError) -> PublishError {
    match error.rdkafka_error_code() {
        Some(
            RDKafkaErrorCode::MessageSizeTooLarge
            | RDKafkaErrorCode::InvalidMessage
            | RDKafkaErrorCode::InvalidMessageSize,
        ) => PublishError::Refused(format!("Kafka refused the message: {error}")),
        _ => PublishError::Unavailable(format!("Kafka did not acknowledge the message: {error}")),
    }
}

/// Enqueue one message, waiting up to `deadline` while the producer's local queue is full.
async fn enqueue(
    producer: &FutureProducer<KafkaContext>,
    topic: &str,
    key: Option<&str>,
    payload: &[u8],
    deadline: Instant,
) -> Result<DeliveryFuture, PublishError> {
    loop {
        let mut record = FutureRecord::<str, [u8]>::to(topic).payload(payload);
        if let Some(key) = key {
            record = record.key(key);
        }
        match producer.send_result(record) {
            Ok(delivery) => return Ok(delivery),
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _))
                if Instant::now() < deadline =>
            {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => {
                return Err(PublishError::Backlogged(producer.in_flight_count()));
            }
            Err((e, _)) => return Err(classify(&e)),
        }
    }
}

/// The span log on a Kafka topic.
pub struct KafkaSpanLog {
    config: KafkaBusConfig,
    producer: RenewableProducer,
    metrics: Arc<Metrics>,
    closed: CancellationToken,
}

impl KafkaSpanLog {
    /// A producer for the span topic (consumers are made per score worker).
    pub fn new(config: &KafkaBusConfig, metrics: Arc<Metrics>) -> anyhow::Result<KafkaSpanLog> {
        Ok(KafkaSpanLog {
            producer: RenewableProducer::new(config, metrics.clone())?,
            config: config.clone(),
            metrics,
            closed: CancellationToken::new(),
        })
    }

    fn message_limit(&self) -> usize {
        self.config.max_message_bytes - MESSAGE_OVERHEAD
    }
}

#[async_trait]
impl SpanLog for KafkaSpanLog {
    async fn publish(&self, batch: SpanBatch, wait: Duration) -> Result<(), PublishError> {
        if self.closed.is_cancelled() {
            return Err(PublishError::Unavailable("shutting down".into()));
        }
        let limit = self.message_limit();
        let request = batch.request;
        let by_trace = self.config.partition_spans_by_trace;
        // Encoding and splitting a large request is CPU work: off the reactor.
        let payloads = tokio::task::spawn_blocking(move || span_messages(request, limit, by_trace))
            .await
            .map_err(|e| PublishError::Unavailable(format!("encoding task failed: {e}")))?;
        self.producer
            .send_owned(&self.config.span_topic, &payloads, wait)
            .await
    }

    fn consumer(&self) -> anyhow::Result<Box<dyn SpanLogConsumer>> {
        let consumer = consumer(
            &self.config,
            &self.config.score_group,
            &[&self.config.span_topic, &self.config.logs_topic],
            self.metrics.clone(),
        )?;
        Ok(Box::new(KafkaSpanConsumer {
            consumer,
            topic: self.config.span_topic.clone(),
            logs_topic: self.config.logs_topic.clone(),
            logs: None,
            encoding: self.config.span_encoding,
            closed: self.closed.clone(),
            metrics: self.metrics.clone(),
            skips: SkipWatch::default(),
        }))
    }

    fn carries_logs(&self) -> bool {
        true
    }

    async fn publish_logs(
        &self,
        request: ExportLogsServiceRequest,
        wait: Duration,
    ) -> Result<(), PublishError> {
        if self.closed.is_cancelled() {
            return Err(PublishError::Unavailable("shutting down".into()));
        }
        let limit = self.message_limit();
        let by_trace = self.config.partition_spans_by_trace;
        let encoding = self.config.span_encoding;
        let (payloads, oversize) = tokio::task::spawn_blocking(move || {
            let (parts, oversize) = split_logs::log_messages(request, limit, by_trace);
            let payloads: Vec<(Option<String>, Vec<u8>)> = parts
                .into_iter()
                .map(|(trace, part)| {
                    // Keyed as the spans of the trace are (records without one: unkeyed).
                    let key = (by_trace && !trace.is_empty()).then(|| trace_key(&trace));
                    let bytes = match encoding {
                        SpanEncoding::OtlpProto => part.encode_to_vec(),
                        SpanEncoding::OtlpJson => serde_json::to_vec(&part).unwrap_or_default(),
                    };
                    (key, bytes)
                })
                .collect();
            (payloads, oversize)
        })
        .await
        .map_err(|e| PublishError::Unavailable(format!("encoding task failed: {e}")))?;
        if oversize > 0 {
            tracing::warn!(
                records = oversize,
                max_message_bytes = self.config.max_message_bytes,
                "log records larger than bus.max_message_bytes left out"
            );
        }
        self.producer
            .send_owned(&self.config.logs_topic, &payloads, wait)
            .await
    }

    fn close(&self) {
        self.closed.cancel();
    }

    fn max_span_bytes(&self) -> Option<usize> {
        Some(self.message_limit())
    }
}

/// The span-log messages of one request, (key, payload): unkeyed, the request split only to
/// fit `limit`; `by_trace`, one message per trace (more if it does not fit), keyed by the
/// trace id in lower-case hex.
fn span_messages(
    request: ExportTraceServiceRequest,
    limit: usize,
    by_trace: bool,
) -> Vec<(Option<String>, Vec<u8>)> {
    if !by_trace {
        return split::split(request, limit)
            .into_iter()
            .map(|part| (None, part.encode_to_vec()))
            .collect();
    }
    let mut out = Vec::new();
    for (trace, part) in split::by_trace(request) {
        let key = trace_key(&trace);
        for piece in split::split(part, limit) {
            out.push((Some(key.clone()), piece.encode_to_vec()));
        }
    }
    out
}

/// The message key of a trace's spans and log records (lower-case hex of its id): the same
/// key puts both in the same partition number of their topics.
fn trace_key(trace: &[u8]) -> String {
    hex::encode(trace)
}

/// The next message, or None once `closed` is cancelled. Consumer errors (a broker down,
/// a rebalance in progress) are retried: librdkafka reconnects by itself.
async fn receive<'a>(
    consumer: &'a StreamConsumer<KafkaContext>,
    closed: &CancellationToken,
    topic: &str,
) -> Option<BorrowedMessage<'a>> {
    loop {
        let received = tokio::select! {
            _ = closed.cancelled() => return None,
            received = consumer.recv() => received,
        };
        match received {
            Ok(message) => return Some(message),
            Err(e) => {
                tracing::warn!(error = %e, topic, "consuming failed; retrying");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

/// Commit stored offsets now (shutdown); nothing stored is not an error.
fn commit_now(consumer: &StreamConsumer<KafkaContext>) {
    let commit = || consumer.commit_consumer_state(CommitMode::Sync);
    match tokio::task::block_in_place(commit) {
        Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
        Err(e) => {
            tracing::warn!(error = %e, "final offset commit failed; the last messages will be delivered again")
        }
    }
}

/// Record that a partition is done up to `next` (the next offset to read) for the next commit.
fn store_offset(consumer: &StreamConsumer<KafkaContext>, topic: &str, partition: i32, next: i64) {
    if next <= 0 {
        return;
    }
    // librdkafka stores (and later commits) the offset given plus one.
    let offset = next - 1;
    if let Err(e) = consumer.store_offset(topic, partition, offset) {
        // The partition moved to another member meanwhile: it reads from the last commit.
        tracing::debug!(topic, partition, offset, error = %e, "offset not stored");
    }
}

/// Names the offsets a broker skipped on one consumer's partitions (see
/// [`super::offset_gaps`]): a warning and `agentwatch_kafka_skipped_offsets_total`.
#[derive(Default)]
struct SkipWatch {
    gaps: GapTracker,
}

impl SkipWatch {
    /// Check the message at `offset` of `topic`'s `partition`, just received by `consumer`.
    fn check(
        &mut self,
        consumer: &StreamConsumer<KafkaContext>,
        metrics: &Metrics,
        topic: &str,
        partition: i32,
        offset: i64,
    ) {
        let generation = consumer.context().assignments.load(Ordering::SeqCst);
        let skipped = match self.gaps.received(generation, partition, offset) {
            Received::InOrder => None,
            Received::Skipped { from, to } => Some((from, to)),
            Received::First => {
                first_after_commit(committed_offset(consumer, topic, partition), offset)
            }
        };
        let Some((from, to)) = skipped else {
            return;
        };
        tracing::warn!(
            topic,
            partition,
            first_skipped = from,
            next_received = to,
            "the broker never delivered {} messages of this partition (offsets {from}..{to}): \
             deleted by retention before they were read, or lost by the broker",
            to - from
        );
        metrics
            .kafka_skipped_offsets
            .get_or_create(&TopicLabels {
                topic: topic.to_owned(),
            })
            .inc_by((to - from) as u64);
    }
}

/// The group's committed offset of `partition` (None when nothing is committed or the broker
/// did not say within 5 s).
fn committed_offset(
    consumer: &StreamConsumer<KafkaContext>,
    topic: &str,
    partition: i32,
) -> Option<i64> {
    let mut wanted = TopicPartitionList::new();
    wanted.add_partition(topic, partition);
    let asked = || consumer.committed_offsets(wanted, Duration::from_secs(5));
    match tokio::task::block_in_place(asked) {
        Ok(list) => match list.find_partition(topic, partition)?.offset() {
            Offset::Offset(committed) => Some(committed),
            _ => None,
        },
        Err(e) => {
            tracing::debug!(topic, partition, error = %e, "committed offset not known");
            None
        }
    }
}

/// One score worker's member of the score consumer group.
struct KafkaSpanConsumer {
    consumer: Arc<StreamConsumer<KafkaContext>>,
    topic: String,
    /// The logs topic, read beside the spans and handed to `logs`.
    logs_topic: String,
    logs: Option<LogsHandler>,
    encoding: SpanEncoding,
    closed: CancellationToken,
    metrics: Arc<Metrics>,
    skips: SkipWatch,
}

impl KafkaSpanConsumer {
    /// Decode as the receivers do (large messages off the reactor).
    async fn decode(&self, payload: Bytes) -> Result<ExportTraceServiceRequest, DecodeError> {
        match self.encoding {
            SpanEncoding::OtlpProto => decode_protobuf(payload).await,
            SpanEncoding::OtlpJson => decode_json(payload).await,
        }
    }
}

#[async_trait]
impl SpanLogConsumer for KafkaSpanConsumer {
    async fn next(&mut self) -> Option<Delivery> {
        loop {
            let Some(message) = receive(&self.consumer, &self.closed, &self.topic).await else {
                // Committed in `finish`, once the batches still being written are acknowledged.
                return None;
            };
            let (partition, offset) = (message.partition(), message.offset());
            let payload = Bytes::copy_from_slice(message.payload().unwrap_or_default());
            let is_logs = message.topic() == self.logs_topic;
            drop(message);
            if is_logs {
                let topic = &self.logs_topic;
                self.skips
                    .check(&self.consumer, &self.metrics, topic, partition, offset);
                self.take_logs(payload, partition, offset).await;
                continue;
            }
            self.skips.check(
                &self.consumer,
                &self.metrics,
                &self.topic,
                partition,
                offset,
            );
            let mut request = match self.decode(payload).await {
                Ok(request) => request,
                Err(error) => {
                    // A message no one can decode must not stop the partition: count, skip.
                    tracing::error!(
                        topic = self.topic,
                        partition,
                        offset,
                        error = %error,
                        "skipping an undecodable span-log message"
                    );
                    self.metrics
                        .kafka_malformed_messages
                        .get_or_create(&TopicLabels {
                            topic: self.topic.clone(),
                        })
                        .inc();
                    store_offset(&self.consumer, &self.topic, partition, offset + 1);
                    continue;
                }
            };
            // Messages a Collector wrote never met our receivers: same checks as theirs.
            let validated = validate_request(&mut request);
            if let Some(problem) = validated.message() {
                tracing::warn!(
                    topic = self.topic,
                    partition,
                    offset,
                    rejected = validated.rejected,
                    problem,
                    "spans refused from the span log"
                );
            }
            let batch = SpanBatch::new(request);
            let consumer = self.consumer.clone();
            let topic = self.topic.clone();
            let delivery = Delivery::new(batch, move || {
                store_offset(&consumer, &topic, partition, offset + 1)
            })
            .at(LogPosition { partition, offset });
            return Some(delivery);
        }
    }

    fn finish(&mut self) {
        commit_now(&self.consumer);
    }

    fn handle_logs_with(&mut self, handler: LogsHandler) {
        self.logs = Some(handler);
    }
}

impl KafkaSpanConsumer {
    /// Hand one logs-topic message to the worker's handler; its offset is stored once the
    /// handler took it (an undecodable message is counted and skipped, as on the span topic).
    async fn take_logs(&self, payload: Bytes, partition: i32, offset: i64) {
        // A worker that joins nothing (none set a handler) has nothing to keep or decode.
        let Some(handler) = &self.logs else {
            store_offset(&self.consumer, &self.logs_topic, partition, offset + 1);
            return;
        };
        let decoded = match self.encoding {
            SpanEncoding::OtlpProto => {
                decode_protobuf_as::<ExportLogsServiceRequest>(payload).await
            }
            SpanEncoding::OtlpJson => decode_json_as::<ExportLogsServiceRequest>(payload).await,
        };
        let taken = match decoded {
            Err(error) => {
                tracing::error!(topic = self.logs_topic, partition, offset, error = %error, "skipping an undecodable logs message");
                self.metrics
                    .kafka_malformed_messages
                    .get_or_create(&TopicLabels {
                        topic: self.logs_topic.clone(),
                    })
                    .inc();
                Ok(())
            }
            Ok(request) => handler(request).await,
        };
        match taken {
            Ok(()) => store_offset(&self.consumer, &self.logs_topic, partition, offset + 1),
            Err(error) => tracing::warn!(
                topic = self.logs_topic,
                partition,
                offset,
                error,
                "a logs message was not taken; it is read again after a restart"
            ),
        }
    }
}

/// The aggregates log's producer side, on the aggregates topic.
pub struct KafkaAggregates {
    producer: RenewableProducer,
    topic: String,
    window_nanos: u64,
    produce_timeout: Duration,
    closed: AtomicBool,
}

impl KafkaAggregates {
    /// A producer of partials built with `aggregator`'s window length.
    pub fn new(
        config: &KafkaBusConfig,
        aggregator: &Aggregator,
        metrics: Arc<Metrics>,
    ) -> anyhow::Result<KafkaAggregates> {
        Ok(KafkaAggregates {
            producer: RenewableProducer::new(config, metrics)?,
            topic: config.aggregates_topic.clone(),
            window_nanos: aggregator.window_nanos(),
            produce_timeout: config.produce_timeout,
            closed: AtomicBool::new(false),
        })
    }
}

#[async_trait]
impl AggregateLog for KafkaAggregates {
    async fn publish(&self, partials: Partials) -> Result<(), (PublishError, Partials)> {
        let encoded = wire::encode(&partials, self.window_nanos);
        let messages: Vec<(Option<&str>, &[u8])> = encoded
            .iter()
            .map(|m| (Some(m.key.as_str()), m.payload.as_slice()))
            .collect();
        self.producer
            .send_all(&self.topic, &messages, self.produce_timeout)
            .await
            .map_err(|e| (e, partials))
    }

    fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
    }

    fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }
}

/// The detect stage's member of the detect consumer group.
pub struct KafkaAggregateConsumer {
    consumer: Arc<StreamConsumer<KafkaContext>>,
    reassigned: Arc<AtomicBool>,
    topic: String,
    window_nanos: u64,
    closed: CancellationToken,
    metrics: Arc<Metrics>,
    /// A message that arrived together with news of a rebalance, handed out after it.
    held_back: Option<AggregateEvent>,
    skips: SkipWatch,
}

impl KafkaAggregateConsumer {
    /// Join the detect group on the aggregates topic; `closed` ends the stream.
    pub fn new(
        config: &KafkaBusConfig,
        aggregator: &Aggregator,
        closed: CancellationToken,
        metrics: Arc<Metrics>,
    ) -> anyhow::Result<KafkaAggregateConsumer> {
        let consumer = consumer(
            config,
            &config.detect_group,
            &[&config.aggregates_topic],
            metrics.clone(),
        )?;
        Ok(KafkaAggregateConsumer {
            reassigned: consumer.context().reassigned.clone(),
            consumer,
            topic: config.aggregates_topic.clone(),
            window_nanos: aggregator.window_nanos(),
            closed,
            metrics,
            held_back: None,
            skips: SkipWatch::default(),
        })
    }
}

#[async_trait]
impl AggregateConsumer for KafkaAggregateConsumer {
    async fn next(&mut self) -> Option<AggregateEvent> {
        if self.reassigned.swap(false, Ordering::SeqCst) {
            return Some(AggregateEvent::Reassigned);
        }
        if let Some(event) = self.held_back.take() {
            return Some(event);
        }
        let message = receive(&self.consumer, &self.closed, &self.topic).await?;
        let position = LogPosition {
            partition: message.partition(),
            offset: message.offset(),
        };
        self.skips.check(
            &self.consumer,
            &self.metrics,
            &self.topic,
            position.partition,
            position.offset,
        );
        let payload = message.payload().unwrap_or_default();
        let partials = wire::decode(payload, self.window_nanos).unwrap_or_else(|error| {
            tracing::error!(topic = self.topic, partition = position.partition, offset = position.offset, error = %error, "skipping an aggregates message");
            self.metrics
                .kafka_malformed_messages
                .get_or_create(&TopicLabels {
                    topic: self.topic.clone(),
                })
                .inc();
            // Empty partials: nothing merged, the position still becomes committable.
            Partials::default()
        });
        let event = AggregateEvent::Partials(partials, Some(position));
        if self.reassigned.swap(false, Ordering::SeqCst) {
            self.held_back = Some(event);
            return Some(AggregateEvent::Reassigned);
        }
        Some(event)
    }

    fn commit(&mut self, positions: &[LogPosition]) {
        for p in positions {
            store_offset(&self.consumer, &self.topic, p.partition, p.offset);
        }
    }

    fn finish(&mut self) {
        commit_now(&self.consumer);
    }

    fn redelivers_uncommitted(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};

    use super::*;
    use crate::otlp::count_spans;

    /// A request with spans of traces `traces` (each the 16 repeated bytes), in that order.
    fn request(traces: &[u8]) -> ExportTraceServiceRequest {
        ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                scope_spans: vec![ScopeSpans {
                    spans: traces
                        .iter()
                        .enumerate()
                        .map(|(i, t)| Span {
                            trace_id: vec![*t; 16],
                            span_id: (i as u64 + 1).to_be_bytes().to_vec(),
                            name: "x".repeat(200),
                            ..Default::default()
                        })
                        .collect(),
                    ..Default::default()
                }],
                ..Default::default()
            }],
        }
    }

    #[test]
    fn span_messages_are_one_unkeyed_request_or_keyed_by_trace() {
        let req = request(&[1, 2, 1, 3, 2]);
        let plain = span_messages(req.clone(), 1 << 20, false);
        assert_eq!(plain.len(), 1);
        assert_eq!(plain[0].0, None);
        assert_eq!(plain[0].1, req.encode_to_vec());

        let keyed = span_messages(req, 1 << 20, true);
        let keys: Vec<&str> = keyed.iter().map(|(k, _)| k.as_deref().unwrap()).collect();
        assert_eq!(
            keys,
            [
                "01010101010101010101010101010101",
                "02020202020202020202020202020202",
                "03030303030303030303030303030303"
            ]
        );
        for (key, payload) in &keyed {
            let part = ExportTraceServiceRequest::decode(payload.as_slice()).unwrap();
            let spans = &part.resource_spans[0].scope_spans[0].spans;
            assert!(
                spans
                    .iter()
                    .all(|s| hex::encode(&s.trace_id) == *key.as_ref().unwrap())
            );
        }
        let spans: Vec<usize> = keyed
            .iter()
            .map(|(_, p)| count_spans(&ExportTraceServiceRequest::decode(p.as_slice()).unwrap()))
            .collect();
        assert_eq!(spans, [2, 2, 1]);

        // A trace too large for one message is split, every part keyed by it.
        let big = span_messages(request(&[7; 20]), 1200, true);
        assert!(big.len() > 1, "{} messages", big.len());
        assert!(big.iter().all(
            |(k, p)| k.as_deref() == Some("07070707070707070707070707070707") && p.len() <= 1200
        ));
    }
}
