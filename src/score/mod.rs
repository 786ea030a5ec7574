//! The score stage: take batches off the span log, normalize every span, run the evaluators,
//! write one row per span × evaluator, and only then acknowledge the batch.
//!
//! Workers are stateless, so any number can share one span log. Normalizing and evaluating is
//! CPU work and runs on the blocking pool, never on the async reactor.
//!
//! Nothing is dropped in silence:
//! - an evaluator that panics on a span scores it `unscoreable` (reason "evaluator panicked",
//!   counted in `evaluator_panics`); the span's other evaluators and the batch go on;
//! - a batch's partial aggregates hold at most `score.max_series` series (further scores are
//!   stored, not aggregated, and counted), and the batches handed on to the detect stage hold
//!   at most that many together ([`SeriesBudget`]); the score stage keeps no series between
//!   batches, so there is nothing idle to evict;
//! - a store error, retryable or permanent, holds the batch unacknowledged and is retried
//!   (see `commit.rs`).
//!
//! A worker scores the next batch while earlier ones are being written (`in_flight.rs` bounds
//! what it holds meanwhile) and acknowledges its batches in the order it took them, so a Kafka
//! offset is never committed past a batch whose scores are not durable yet.
//!
//! [`scorer`] is the `agentwatch score` command's scorer: the content evaluators on one's own
//! data, with the same code.

mod commit;
pub mod config;
pub mod external;
mod in_flight;
pub mod scorer;
#[cfg(test)]
mod tests;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures::StreamExt as _;
use futures::stream::FuturesOrdered;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

use self::in_flight::{Held, InFlight, rows_bytes};
use crate::bus::{AggregateLog, Delivery, SpanLogConsumer};
use crate::eval::{EvaluatorId, EvaluatorSet, Score};
use crate::export::Forwarder;
use crate::export::evaluation::EvaluationEvent;
use crate::join::Join;
use crate::normalize::{NormalizeOptions, normalize_request};
use crate::store::{PartialsRecord, ScoreRow, ScoreSink};
use crate::telemetry::{EvaluatorLabels, Metrics};
use crate::window::{Aggregator, Partials, SeriesBudget};

/// Whether `score` becomes a row: its evaluator's [`Rows`](crate::eval::Rows) policy (a score
/// of an evaluator the registry does not list, such as a panic's, always does).
fn rows_kept(score: &Score) -> bool {
    EvaluatorId::named(score.evaluator).is_none_or(|e| e.descriptor().rows.keeps(score.label))
}

/// What every score worker shares.
pub struct ScoreStage {
    evaluators: EvaluatorSet,
    normalize: NormalizeOptions,
    aggregator: Aggregator,
    store: Arc<dyn ScoreSink>,
    /// Where partial window aggregates go (the aggregates log, read by the detect stage).
    partials: Option<Arc<dyn AggregateLog>>,
    /// Series the partials handed on may hold together (the aggregator's per-batch cap).
    budget: SeriesBudget,
    /// Where committed scores are published as `gen_ai.evaluation.result` events, if anywhere.
    evaluations: Option<Forwarder>,
    /// Whether each batch's partials are written beside its scores (embedded bus, a store
    /// that keeps them): the open windows then survive a crash.
    keep_partials: bool,
    /// What all workers hold scored but not yet committed.
    in_flight: Arc<InFlight>,
    /// GenAI content received as log events, joined to spans before they are scored (None:
    /// this process takes no logs).
    join: Option<Arc<Join>>,
    /// Which external metrics received evaluation results feed (`evaluators.external_*`).
    external: external::ExternalMetrics,
    /// Rows per 16 spans of the last batch scored: the next batch's rows are allocated at
    /// once, not grown (and copied) as they come.
    rows_per_16_spans: AtomicUsize,
    metrics: Arc<Metrics>,
}

/// A batch whose commit finished: acknowledged (or not) in the order batches were taken.
struct CommitOutcome {
    delivery: Delivery,
    /// Whether the commit made the batch durable (false: leave it unacknowledged).
    durable: bool,
    events: Vec<EvaluationEvent>,
    /// The batch's share of the in-flight limits, given back once it is acknowledged.
    _held: Held,
}

impl ScoreStage {
    /// Build the stage; `aggregator`'s series cap also caps the partials handed on together.
    pub fn new(
        evaluators: EvaluatorSet,
        normalize: NormalizeOptions,
        aggregator: Aggregator,
        store: Arc<dyn ScoreSink>,
        partials: Option<Arc<dyn AggregateLog>>,
        metrics: Arc<Metrics>,
    ) -> ScoreStage {
        let budget = SeriesBudget::new(
            aggregator.max_series(),
            metrics.score_series_in_flight.clone(),
        );
        let defaults = config::ScoreConfig::default();
        let in_flight = InFlight::new(
            defaults.max_in_flight_rows,
            defaults.max_in_flight_bytes,
            metrics.score_in_flight_rows.clone(),
            metrics.score_in_flight_bytes.clone(),
        );
        ScoreStage {
            evaluators,
            normalize,
            aggregator,
            store,
            partials,
            budget,
            evaluations: None,
            keep_partials: false,
            in_flight: Arc::new(in_flight),
            join: None,
            external: external::ExternalMetrics::default(),
            rows_per_16_spans: AtomicUsize::new(48),
            metrics,
        }
    }

    /// Join GenAI content events held by `join` to the spans of each batch before scoring it,
    /// and feed received evaluation results to the external metrics `external` enables.
    pub fn joining(mut self, join: Arc<Join>, external: external::ExternalMetrics) -> ScoreStage {
        self.join = Some(join);
        self.external = external;
        self
    }

    /// Bound what the workers hold scored but not yet committed (`score.max_in_flight_*`).
    pub fn with_in_flight_limits(mut self, max_rows: usize, max_bytes: usize) -> ScoreStage {
        self.in_flight = Arc::new(InFlight::new(
            max_rows,
            max_bytes,
            self.metrics.score_in_flight_rows.clone(),
            self.metrics.score_in_flight_bytes.clone(),
        ));
        self
    }

    /// Write each batch's partial aggregates beside its scores, in the same transaction, when
    /// the store keeps them: for a bus that does not deliver a batch again after a crash
    /// (embedded), so the windows it fed can be rebuilt at the next start.
    pub fn keeping_partials(mut self, keep: bool) -> ScoreStage {
        self.keep_partials = keep && self.store.keeps_partials();
        self
    }

    /// The record of `partials` to keep beside the batch's scores under `batch_key` (None: not
    /// kept, or nothing aggregated).
    fn partials_record(&self, batch_key: u64, partials: &Partials) -> Option<Arc<PartialsRecord>> {
        let last_window = partials.windows.keys().map(|(_, start)| *start).max();
        let last_window = last_window.filter(|_| self.keep_partials)?;
        Some(Arc::new(PartialsRecord {
            batch_key: batch_key as i64,
            last_window_ns: i64::try_from(last_window).unwrap_or(i64::MAX),
            bytes: crate::window::wire::encode_record(partials, self.aggregator.window_nanos()),
        }))
    }

    /// Publish every committed score through `forwarder`'s evaluation exporters (None: not).
    pub fn publishing_evaluations(mut self, forwarder: Option<Forwarder>) -> ScoreStage {
        self.evaluations = forwarder;
        self
    }

    /// Names of the evaluators this stage runs.
    pub fn evaluator_names(&self) -> Vec<&'static str> {
        self.evaluators.names()
    }

    /// Score a request into rows and partial window aggregates (CPU only, no I/O).
    pub fn score(&self, request: &ExportTraceServiceRequest) -> (Vec<ScoreRow>, Partials) {
        self.score_into(request, None)
    }

    /// [`ScoreStage::score`], adding each score's evaluation event to `events` when given.
    fn score_into(
        &self,
        request: &ExportTraceServiceRequest,
        mut events: Option<&mut Vec<EvaluationEvent>>,
    ) -> (Vec<ScoreRow>, Partials) {
        let spans = normalize_request(request, &self.normalize);
        let hint = self.rows_per_16_spans.load(Ordering::Relaxed);
        let mut rows: Vec<ScoreRow> = Vec::with_capacity((spans.len() * hint).div_ceil(16));
        let mut partials = Partials::default();
        self.evaluators.observe(&spans, |evaluator, n| {
            self.metrics
                .evaluator_state_dropped
                .get_or_create(&EvaluatorLabels { evaluator })
                .inc_by(n);
        });
        for span in &spans {
            let first = rows.len();
            let scored = |score: Score| {
                self.aggregator.add(&mut partials, span, &score);
                if !rows_kept(&score) {
                    return;
                }
                // Published as stored: the scores an evaluator keeps as rows (its policy).
                if let Some(events) = events.as_deref_mut() {
                    events.push(EvaluationEvent::new(span, &score));
                }
                // The span's columns are formatted once; its other rows copy them.
                let row = match rows.get(first) {
                    Some(sibling) => sibling.for_score(score),
                    None => ScoreRow::new(span, score),
                };
                rows.push(row);
            };
            let panicked = |evaluator| {
                self.metrics
                    .evaluator_panics
                    .get_or_create(&EvaluatorLabels { evaluator })
                    .inc();
                // Ids only: the panic's message may quote the span's content.
                tracing::error!(
                    evaluator,
                    trace_id = %span.trace_id_hex(),
                    span_id = %span.span_id_hex(),
                    "evaluator panicked; the span is scored unscoreable for it"
                );
            };
            self.evaluators.evaluate_guarded(span, scored, panicked);
        }
        if !spans.is_empty() {
            // A little over the last batch's rate: the next batch then rarely grows its rows.
            let rate = (rows.len() * 16).div_ceil(spans.len()) + 1;
            self.rows_per_16_spans.store(rate, Ordering::Relaxed);
        }
        if partials.dropped_scores > 0 {
            self.metrics
                .score_dropped_series_scores
                .inc_by(partials.dropped_scores);
            tracing::warn!(
                scores = partials.dropped_scores,
                max_series = self.aggregator.max_series(),
                "a batch opened more series than score.max_series: those scores are stored, not aggregated"
            );
        }
        (rows, partials)
    }

    /// Run one worker until the span log is closed and drained.
    ///
    /// The worker scores a batch, starts its commit and goes on to the next batch while
    /// `score.max_in_flight_*` allow; commits run concurrently and batches are acknowledged
    /// in the order they were taken.
    pub async fn run_worker(self: Arc<Self>, consumer: Box<dyn SpanLogConsumer>) {
        // A feeder task reads the span log, so that waiting for the next batch can give way
        // to acknowledging finished commits without dropping a batch half-read.
        // It also joins GenAI content events to the batch's spans (a span may wait for its
        // events there), so that a waiting batch never holds back acknowledging others.
        let (deliveries, mut next) = tokio::sync::mpsc::channel::<Delivery>(1);
        let join = self.join.clone();
        let mut consumer = consumer;
        if join.is_some() {
            // Kafka: the logs read beside the spans come here, as the receivers' logs do.
            consumer.handle_logs_with(self.logs_handler());
        }
        let feeder = tokio::spawn(async move {
            let mut consumer = consumer;
            while let Some(mut delivery) = consumer.next().await {
                if let Some(join) = &join {
                    join.attach(&mut delivery.batch.request, delivery.batch.received)
                        .await;
                }
                if deliveries.send(delivery).await.is_err() {
                    break;
                }
            }
            consumer
        });
        let mut committing = FuturesOrdered::new();
        let mut open = true;
        // Once a batch could not be made durable, later ones are not acknowledged either:
        // an offset must not be committed past it.
        let mut stalled = false;
        loop {
            let room = committing.is_empty() || self.in_flight.has_room();
            tokio::select! {
                Some(done) = committing.next(), if !committing.is_empty() => {
                    stalled |= !self.acknowledge(done, stalled);
                }
                delivery = next.recv(), if open && room => match delivery {
                    Some(delivery) => {
                        if let Some(commit) = self.clone().score_delivery(delivery).await {
                            committing.push_back(commit);
                        }
                    }
                    None => open = false,
                },
                else => break,
            }
        }
        drop(next);
        match feeder.await {
            Ok(mut consumer) => consumer.finish(),
            Err(e) => tracing::error!(error = %e, "the span-log reader of a score worker failed"),
        }
    }

    /// What the span log's consumer does with logs it reads beside the spans: check them as
    /// the receivers do, then take them like the receivers' logs ([`ScoreStage::take_logs`]).
    /// It does not keep the stage alive.
    fn logs_handler(self: &Arc<Self>) -> crate::bus::LogsHandler {
        let stage = Arc::downgrade(self);
        Arc::new(move |mut request| {
            let stage = stage.clone();
            Box::pin(async move {
                let Some(stage) = stage.upgrade() else {
                    return Err("shutting down".to_owned());
                };
                let validated = crate::receiver::logs::validate_logs(&mut request);
                if let Some(reason) = validated.first_reason {
                    tracing::warn!(
                        rejected = validated.rejected,
                        reason,
                        "log records refused from the logs topic"
                    );
                }
                stage.take_logs(request).await.map_err(|e| e.to_string())
            })
        })
    }

    /// Acknowledge a committed batch unless it is not durable or an earlier one was not;
    /// returns whether it was acknowledged.
    fn acknowledge(&self, done: CommitOutcome, stalled: bool) -> bool {
        if !done.durable || stalled {
            return false;
        }
        done.delivery.ack();
        // Published once durable: a batch delivered again after a crash may publish its
        // events twice, never an event for a score that was not stored.
        if let Some(forwarder) = &self.evaluations {
            forwarder.enqueue_evaluations(&done.events);
        }
        true
    }

    /// Score one delivery (on the blocking pool) and return its commit, to be awaited in
    /// order; None when scoring failed outside the evaluators.
    async fn score_delivery(
        self: Arc<Self>,
        mut delivery: Delivery,
    ) -> Option<impl Future<Output = CommitOutcome> + use<>> {
        // The request goes to the blocking pool and is freed there once scored (the
        // delivery's permit is what holds the bus's room until the ack), not while waiting
        // for the store.
        let request = std::mem::take(&mut delivery.batch.request);
        let stage = self.clone();
        let scored = tokio::task::spawn_blocking(move || {
            let mut events = Vec::new();
            let publish = stage.evaluations.is_some().then_some(&mut events);
            let (rows, mut partials) = stage.score_into(&request, publish);
            let batch_key = crate::otlp::batch_key(&request);
            partials.batch_key = Some(batch_key);
            let record = stage.partials_record(batch_key, &partials);
            let bytes = rows_bytes(&rows) + record.as_ref().map_or(0, |r| r.bytes.len());
            (rows, partials, record, events, bytes)
        })
        .await;
        let spans = delivery.batch.span_count as u64;
        let (rows, mut partials, record, events, bytes) = match scored {
            Ok(done) => done,
            Err(e) => {
                // Evaluator panics are caught per span; this is a bug in normalizing or
                // aggregating, which would panic again on redelivery. Counted, and the
                // delivery dropped unacknowledged (embedded: its room is freed).
                self.metrics.score_panicked_batches.inc();
                tracing::error!(
                    spans,
                    panicked = e.is_panic(),
                    "scoring a batch failed outside the evaluators; batch not scored"
                );
                return None;
            }
        };
        partials.source = delivery.position;
        let held = self.in_flight.hold(rows.len(), bytes);
        Some(async move {
            let durable = self.commit(rows, partials, record, spans).await;
            CommitOutcome {
                delivery,
                durable,
                events,
                _held: held,
            }
        })
    }
}
