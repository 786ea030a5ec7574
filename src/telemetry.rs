//! agentwatch's own metrics, exposed in Prometheus text format on the admin port, and logging.
//!
//! Names follow the Collector's (`receiver_accepted_spans`, `receiver_refused_spans`, ...) under
//! the `agentwatch_` prefix, so dashboards built for one read naturally for the other.

use std::sync::Arc;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// Labels of receiver counters.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TransportLabels {
    /// `grpc` or `http`.
    pub transport: &'static str,
}

/// Labels of refusal counters.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RefusedLabels {
    /// `grpc` or `http`.
    pub transport: &'static str,
    /// Why: `malformed`, `too_large`, `invalid_span`, `overloaded`, `unavailable`, `unsupported`.
    pub reason: &'static str,
}

/// Labels of the join stage's counters.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OutcomeLabels {
    /// What became of the items counted (see each metric).
    pub outcome: &'static str,
}

/// Labels of exporter counters.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ExporterLabels {
    /// Exporter id (`otlp`).
    pub exporter: &'static str,
}

/// Labels of per-notifier metrics.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct NotifierLabels {
    /// Notifier name from the pipeline file.
    pub notifier: String,
}

/// Labels of notification attempt counters.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct NotificationLabels {
    /// Notifier name from the pipeline file.
    pub notifier: String,
    /// `delivered`, `retry`, `failed` (permanent error) or `expired`.
    pub outcome: &'static str,
}

/// Labels of per-evaluator counters.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct EvaluatorLabels {
    /// The evaluator's registered name.
    pub evaluator: &'static str,
}

/// Labels of per-topic Kafka counters.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TopicLabels {
    /// The topic.
    pub topic: String,
}

/// Labels of consumer-group rebalance counters.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RebalanceLabels {
    /// The consumer group.
    pub group: String,
    /// `assign`, `revoke` or `error`.
    pub kind: &'static str,
}

/// Labels of per-partition consumer gauges.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct PartitionLabels {
    /// The consumer group.
    pub group: String,
    /// The topic.
    pub topic: String,
    /// The partition.
    pub partition: i32,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

fn notification_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.005, 2.0, 14))
}

/// Every metric agentwatch keeps about itself.
pub struct Metrics {
    registry: Registry,
    /// Spans accepted and acknowledged to clients.
    pub receiver_accepted_spans: Family<TransportLabels, Counter>,
    /// Spans refused, by reason (whole requests refused count all their spans when known).
    pub receiver_refused_spans: Family<RefusedLabels, Counter>,
    /// Requests refused, by reason (counts requests whose span count is unknown, e.g. undecodable).
    pub receiver_refused_requests: Family<RefusedLabels, Counter>,
    /// Bytes of requests in the receivers' memory: bodies being read and decoded requests not
    /// yet handed on.
    pub receiver_in_flight_bytes: Gauge,
    /// The receivers' in-flight memory budget (`receivers.otlp.max_in_flight_bytes`).
    pub receiver_in_flight_limit_bytes: Gauge,
    /// Log records accepted and acknowledged to clients.
    pub receiver_accepted_log_records: Family<TransportLabels, Counter>,
    /// GenAI content events, by outcome: `held` (waiting for their span), `joined` (given to
    /// their span), `expired` (no span within `score.join.event_ttl`), `overflow` (dropped,
    /// oldest first, to stay within `score.join.max_bytes`).
    pub join_events: Family<OutcomeLabels, Counter>,
    /// GenAI model spans that waited for content events, by outcome: `joined` (content came),
    /// `wait_expired` (none within `score.join.span_wait`: scored without).
    pub join_spans: Family<OutcomeLabels, Counter>,
    /// Bytes of content events the join stage holds.
    pub join_held_bytes: Gauge,
    /// The join stage's limit (`score.join.max_bytes`).
    pub join_limit_bytes: Gauge,
    /// `gen_ai.evaluation.result` events received, by outcome: `stored` (a score row),
    /// `invalid` (no `gen_ai.evaluation.name`, or no trace and span id).
    pub external_evaluations: Family<OutcomeLabels, Counter>,
    /// Open client connections, both transports.
    pub receiver_open_connections: Gauge,
    /// Spans on the bus: queued or being scored.
    pub bus_queue_depth: Gauge,
    /// The bus's capacity in spans.
    pub bus_capacity: Gauge,
    /// Spans scored and written.
    pub scored_spans: Counter,
    /// Rows written to the store.
    pub store_rows_written: Counter,
    /// Failed store batch writes.
    pub store_write_errors: Counter,
    /// Score rows not written because their span started before the retention window.
    pub store_expired_rows_skipped: Counter,
    /// Seconds per store batch write (one transaction).
    pub store_write_seconds: Histogram,
    /// Windows closed by the detect stage.
    pub windows_closed: Counter,
    /// Scores that arrived for a window already closed (stored, not aggregated).
    pub window_late_scores: Counter,
    /// Scores not aggregated because `windows.max_series` was reached.
    pub window_dropped_series_scores: Counter,
    /// Partial aggregates delivered again (the same spans, at the same or another span-log
    /// position, of the same series), merged once.
    pub window_redelivered_partials: Counter,
    /// Scores merged into open windows by the detect stage (its progress).
    pub window_merged_scores: Counter,
    /// Evaluator panics, each turned into an `unscoreable` score, by evaluator.
    pub evaluator_panics: Family<EvaluatorLabels, Counter>,
    /// Items an evaluator's bounded state dropped to make room (the `tokens` evaluator's
    /// per-trace totals no agent span had read), by evaluator.
    pub evaluator_state_dropped: Family<EvaluatorLabels, Counter>,
    /// Batches whose scoring panicked outside any evaluator (not scored, not acknowledged).
    pub score_panicked_batches: Counter,
    /// Batches committed a second time (a client retried a request whose answer it never
    /// got): their rows were written again, their partials not counted twice.
    pub score_batches_committed_again: Counter,
    /// Score writes the store refused with a permanent error (the batch is held and retried).
    pub score_write_permanent_errors: Counter,
    /// Scores not aggregated because a batch reached `score.max_series`.
    pub score_dropped_series_scores: Counter,
    /// Series held by the score stage in partial aggregates not yet handed on.
    pub score_series_in_flight: Gauge,
    /// Score rows scored but not yet committed, all workers together.
    pub score_in_flight_rows: Gauge,
    /// Bytes of those rows.
    pub score_in_flight_bytes: Gauge,
    /// Scores dated past the wall clock plus `windows.max_clock_skew` (aggregated; held back
    /// from moving the watermark).
    pub window_future_scores: Counter,
    /// Series the detect stage holds (baselines, rule states).
    pub detect_series: Gauge,
    /// Series the detect stage forgot after `baseline.forget_idle_after` without data.
    pub detect_forgotten_series: Counter,
    /// Series windows not judged because `baseline.max_series` series were held.
    pub detect_dropped_series_windows: Counter,
    /// Spans forwarded to the next hop.
    pub exporter_sent_spans: Family<ExporterLabels, Counter>,
    /// Spans the next hop refused or that could not be sent after retries.
    pub exporter_send_failed_spans: Family<ExporterLabels, Counter>,
    /// Spans not forwarded because the exporter queue was full.
    pub exporter_enqueue_failed_spans: Family<ExporterLabels, Counter>,
    /// `gen_ai.evaluation.result` events (one per score) sent to the next hop.
    pub exporter_sent_evaluations: Family<ExporterLabels, Counter>,
    /// Evaluation events the next hop refused or that could not be sent after retries.
    pub exporter_send_failed_evaluations: Family<ExporterLabels, Counter>,
    /// Evaluation events not sent because the exporter's evaluation queue was full.
    pub exporter_enqueue_failed_evaluations: Family<ExporterLabels, Counter>,
    /// Notification attempts, by notifier and outcome.
    pub notifications: Family<NotificationLabels, Counter>,
    /// Notifications waiting in a notifier's outbox queue.
    pub notifications_queued: Family<NotifierLabels, Gauge>,
    /// Seconds per notification attempt.
    pub notification_seconds: HistogramFamily<NotifierLabels>,
    /// Kafka messages the broker did not acknowledge (or refused), by topic.
    pub kafka_produce_errors: Family<TopicLabels, Counter>,
    /// Kafka messages produced and acknowledged, by topic.
    pub kafka_produced_messages: Family<TopicLabels, Counter>,
    /// Kafka messages that could not be decoded (skipped), by topic.
    pub kafka_malformed_messages: Family<TopicLabels, Counter>,
    /// Offsets a consumer never received (the broker skipped them), by topic.
    pub kafka_skipped_offsets: Family<TopicLabels, Counter>,
    /// Consumer-group rebalances seen by this process's consumers.
    pub kafka_rebalances: Family<RebalanceLabels, Counter>,
    /// Messages between a partition's end and this group's position (from client statistics).
    pub kafka_consumer_lag: Family<PartitionLabels, Gauge>,
}

impl Metrics {
    /// A fresh, registered set of metrics.
    pub fn new() -> Arc<Metrics> {
        let m = Metrics::unregistered();
        let mut registry = Registry::with_prefix("agentwatch");
        // In this order: it is the order of the exposition.
        m.register_receiver(&mut registry);
        m.register_bus(&mut registry);
        m.register_writes(&mut registry);
        m.register_detect(&mut registry);
        m.register_exporter(&mut registry);
        m.register_notifications(&mut registry);
        m.register_score_faults(&mut registry);
        m.register_kafka(&mut registry);
        Arc::new(Metrics { registry, ..m })
    }

    /// Every metric at zero, none registered yet.
    fn unregistered() -> Metrics {
        Metrics {
            receiver_accepted_spans: Family::default(),
            receiver_refused_spans: Family::default(),
            receiver_refused_requests: Family::default(),
            receiver_in_flight_bytes: Gauge::default(),
            receiver_in_flight_limit_bytes: Gauge::default(),
            receiver_accepted_log_records: Family::default(),
            join_events: Family::default(),
            join_spans: Family::default(),
            join_held_bytes: Gauge::default(),
            join_limit_bytes: Gauge::default(),
            external_evaluations: Family::default(),
            receiver_open_connections: Gauge::default(),
            bus_queue_depth: Gauge::default(),
            bus_capacity: Gauge::default(),
            scored_spans: Counter::default(),
            store_rows_written: Counter::default(),
            store_write_errors: Counter::default(),
            store_expired_rows_skipped: Counter::default(),
            store_write_seconds: Histogram::new(exponential_buckets(0.0001, 2.0, 16)),
            windows_closed: Counter::default(),
            window_late_scores: Counter::default(),
            window_dropped_series_scores: Counter::default(),
            window_redelivered_partials: Counter::default(),
            window_merged_scores: Counter::default(),
            evaluator_panics: Family::default(),
            evaluator_state_dropped: Family::default(),
            score_panicked_batches: Counter::default(),
            score_batches_committed_again: Counter::default(),
            score_write_permanent_errors: Counter::default(),
            score_dropped_series_scores: Counter::default(),
            score_series_in_flight: Gauge::default(),
            score_in_flight_rows: Gauge::default(),
            score_in_flight_bytes: Gauge::default(),
            window_future_scores: Counter::default(),
            detect_series: Gauge::default(),
            detect_forgotten_series: Counter::default(),
            detect_dropped_series_windows: Counter::default(),
            exporter_sent_spans: Family::default(),
            exporter_send_failed_spans: Family::default(),
            exporter_enqueue_failed_spans: Family::default(),
            exporter_sent_evaluations: Family::default(),
            exporter_send_failed_evaluations: Family::default(),
            exporter_enqueue_failed_evaluations: Family::default(),
            notifications: Family::default(),
            notifications_queued: Family::default(),
            notification_seconds: Family::new_with_constructor(notification_histogram),
            kafka_produce_errors: Family::default(),
            kafka_produced_messages: Family::default(),
            kafka_malformed_messages: Family::default(),
            kafka_skipped_offsets: Family::default(),
            kafka_rebalances: Family::default(),
            kafka_consumer_lag: Family::default(),
            registry: Registry::default(),
        }
    }

    /// The receivers: spans accepted and refused, their memory and connections.
    fn register_receiver(&self, registry: &mut Registry) {
        registry.register(
            "receiver_accepted_spans",
            "Spans accepted and acknowledged to clients",
            self.receiver_accepted_spans.clone(),
        );
        registry.register(
            "receiver_refused_spans",
            "Spans refused, by reason",
            self.receiver_refused_spans.clone(),
        );
        registry.register(
            "receiver_refused_requests",
            "Requests refused, by reason",
            self.receiver_refused_requests.clone(),
        );
        registry.register(
            "receiver_in_flight_bytes",
            "Bytes of requests in memory: bodies being read, decoded requests not yet handed on",
            self.receiver_in_flight_bytes.clone(),
        );
        registry.register(
            "receiver_in_flight_limit_bytes",
            "The receivers' in-flight memory budget",
            self.receiver_in_flight_limit_bytes.clone(),
        );
        registry.register(
            "receiver_open_connections",
            "Open client connections, both transports",
            self.receiver_open_connections.clone(),
        );
        registry.register(
            "receiver_accepted_log_records",
            "Log records accepted and acknowledged to clients",
            self.receiver_accepted_log_records.clone(),
        );
        self.register_join(registry);
    }

    /// The join stage: GenAI content events held for their spans, and external evaluations.
    fn register_join(&self, registry: &mut Registry) {
        registry.register(
            "join_events",
            "GenAI content events by outcome: held, joined, expired (no span within score.join.event_ttl), overflow (dropped for score.join.max_bytes)",
            self.join_events.clone(),
        );
        registry.register(
            "join_spans",
            "GenAI model spans that waited for content events, by outcome: joined, wait_expired",
            self.join_spans.clone(),
        );
        registry.register(
            "join_held_bytes",
            "Bytes of GenAI content events held for their spans",
            self.join_held_bytes.clone(),
        );
        registry.register(
            "join_limit_bytes",
            "The join stage's memory limit (score.join.max_bytes)",
            self.join_limit_bytes.clone(),
        );
        registry.register(
            "external_evaluations",
            "gen_ai.evaluation.result events received, by outcome: stored, invalid",
            self.external_evaluations.clone(),
        );
    }

    /// The embedded bus: its depth and capacity.
    fn register_bus(&self, registry: &mut Registry) {
        registry.register(
            "bus_queue_depth",
            "Spans on the bus: queued or being scored",
            self.bus_queue_depth.clone(),
        );
        registry.register(
            "bus_capacity",
            "Capacity of the bus in spans",
            self.bus_capacity.clone(),
        );
    }

    /// Spans scored and written, and the store's batch writes.
    fn register_writes(&self, registry: &mut Registry) {
        registry.register(
            "scored_spans",
            "Spans scored with every evaluator and written",
            self.scored_spans.clone(),
        );
        registry.register(
            "store_rows_written",
            "Score rows written to the store",
            self.store_rows_written.clone(),
        );
        registry.register(
            "store_write_errors",
            "Failed store batch writes",
            self.store_write_errors.clone(),
        );
        registry.register(
            "store_expired_rows_skipped",
            "Score rows not written because their span started before the retention window",
            self.store_expired_rows_skipped.clone(),
        );
        registry.register(
            "store_write_duration_seconds",
            "Duration of one store batch write",
            self.store_write_seconds.clone(),
        );
    }

    /// The detect stage: windows closed, scores that missed or ran ahead of them, series held.
    fn register_detect(&self, registry: &mut Registry) {
        registry.register(
            "windows_closed",
            "Windows closed by the detect stage",
            self.windows_closed.clone(),
        );
        registry.register(
            "window_late_scores",
            "Scores that arrived after their window closed (stored, not aggregated)",
            self.window_late_scores.clone(),
        );
        registry.register(
            "window_dropped_series_scores",
            "Scores not aggregated because windows.max_series was reached",
            self.window_dropped_series_scores.clone(),
        );
        registry.register(
            "window_future_scores",
            "Scores dated past the wall clock plus windows.max_clock_skew (a fast sender clock): aggregated, not moving the watermark",
            self.window_future_scores.clone(),
        );
        registry.register(
            "detect_series",
            "Series the detect stage holds (baselines and rule states)",
            self.detect_series.clone(),
        );
        registry.register(
            "detect_forgotten_series",
            "Series forgotten after baseline.forget_idle_after without data and no firing alert",
            self.detect_forgotten_series.clone(),
        );
        registry.register(
            "detect_dropped_series_windows",
            "Series windows not judged because baseline.max_series series were held",
            self.detect_dropped_series_windows.clone(),
        );
    }

    /// Forwarding to the next OTLP hop.
    fn register_exporter(&self, registry: &mut Registry) {
        registry.register(
            "exporter_sent_spans",
            "Spans forwarded to the next OTLP hop",
            self.exporter_sent_spans.clone(),
        );
        registry.register(
            "exporter_send_failed_spans",
            "Spans the next hop refused or that failed after retries",
            self.exporter_send_failed_spans.clone(),
        );
        registry.register(
            "exporter_enqueue_failed_spans",
            "Spans not forwarded because the exporter queue was full",
            self.exporter_enqueue_failed_spans.clone(),
        );
        registry.register(
            "exporter_sent_evaluations",
            "gen_ai.evaluation.result events (one per score) sent to the next OTLP hop",
            self.exporter_sent_evaluations.clone(),
        );
        registry.register(
            "exporter_send_failed_evaluations",
            "Evaluation events the next hop refused or that failed after retries",
            self.exporter_send_failed_evaluations.clone(),
        );
        registry.register(
            "exporter_enqueue_failed_evaluations",
            "Evaluation events not sent because the exporter's evaluation queue was full",
            self.exporter_enqueue_failed_evaluations.clone(),
        );
    }

    /// Notification attempts and the outbox queues.
    fn register_notifications(&self, registry: &mut Registry) {
        registry.register(
            "notifications",
            "Notification attempts, by notifier and outcome (delivered, retry, failed, expired)",
            self.notifications.clone(),
        );
        registry.register(
            "notifications_queued",
            "Notifications waiting in a notifier's outbox queue",
            self.notifications_queued.clone(),
        );
        registry.register(
            "notification_duration_seconds",
            "Duration of one notification attempt",
            self.notification_seconds.clone(),
        );
    }

    /// Partial aggregates delivered again, and what the score stage held back or lost: panics,
    /// refused writes, series caps.
    fn register_score_faults(&self, registry: &mut Registry) {
        registry.register(
            "window_merged_scores",
            "Scores merged into open windows by the detect stage",
            self.window_merged_scores.clone(),
        );
        registry.register(
            "window_redelivered_partials",
            "Partial aggregates delivered again after a restart or rebalance, merged only once",
            self.window_redelivered_partials.clone(),
        );
        registry.register(
            "evaluator_panics",
            "Evaluator panics, each stored as an unscoreable score, by evaluator",
            self.evaluator_panics.clone(),
        );
        registry.register(
            "evaluator_state_dropped",
            "Items an evaluator's bounded state dropped to make room (tokens: per-trace totals no agent span had read), by evaluator",
            self.evaluator_state_dropped.clone(),
        );
        registry.register(
            "score_panicked_batches",
            "Batches whose scoring panicked outside any evaluator (not scored, not acknowledged)",
            self.score_panicked_batches.clone(),
        );
        registry.register(
            "score_batches_committed_again",
            "Batches committed a second time (a client's retry): rows written again, partials counted once",
            self.score_batches_committed_again.clone(),
        );
        registry.register(
            "score_write_permanent_errors",
            "Score writes refused by the store with a permanent error (batch held and retried)",
            self.score_write_permanent_errors.clone(),
        );
        registry.register(
            "score_dropped_series_scores",
            "Scores not aggregated because a batch reached score.max_series",
            self.score_dropped_series_scores.clone(),
        );
        registry.register(
            "score_series_in_flight",
            "Series held by the score stage in partial aggregates not yet handed on",
            self.score_series_in_flight.clone(),
        );
        registry.register(
            "score_in_flight_rows",
            "Score rows scored but not yet committed (score.max_in_flight_rows)",
            self.score_in_flight_rows.clone(),
        );
        registry.register(
            "score_in_flight_bytes",
            "Bytes of score rows scored but not yet committed (score.max_in_flight_bytes)",
            self.score_in_flight_bytes.clone(),
        );
    }

    /// The Kafka bus: produced, refused and malformed messages, rebalances and lag.
    fn register_kafka(&self, registry: &mut Registry) {
        registry.register(
            "kafka_produce_errors",
            "Kafka messages the broker did not acknowledge or refused, by topic",
            self.kafka_produce_errors.clone(),
        );
        registry.register(
            "kafka_produced_messages",
            "Kafka messages produced and acknowledged by the broker, by topic",
            self.kafka_produced_messages.clone(),
        );
        registry.register(
            "kafka_malformed_messages",
            "Kafka messages that could not be decoded and were skipped, by topic",
            self.kafka_malformed_messages.clone(),
        );
        registry.register(
            "kafka_skipped_offsets",
            "Offsets a consumer never received: messages the broker skipped or deleted unread, by topic",
            self.kafka_skipped_offsets.clone(),
        );
        registry.register(
            "kafka_rebalances",
            "Consumer-group rebalances seen by this process (assign, revoke, error)",
            self.kafka_rebalances.clone(),
        );
        registry.register(
            "kafka_consumer_lag",
            "Messages between a partition's end and the consumer group's position",
            self.kafka_consumer_lag.clone(),
        );
    }

    /// Count spans refused for `reason`.
    pub fn refuse(&self, transport: &'static str, reason: &'static str, spans: u64) {
        let labels = RefusedLabels { transport, reason };
        self.receiver_refused_requests.get_or_create(&labels).inc();
        if spans > 0 {
            self.receiver_refused_spans
                .get_or_create(&labels)
                .inc_by(spans);
        }
    }

    /// The Prometheus text exposition.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .expect("writing to a String cannot fail");
        out
    }
}

/// Install the `tracing` subscriber: human-readable lines on stderr, level from `RUST_LOG`
/// (default `info`), or `--log-format json` for machines.
pub fn init_logging(json: bool) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    if json {
        let _ = builder.json().try_init();
    } else {
        let _ = builder.try_init();
    }
}
