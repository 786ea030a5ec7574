//! The score stage against a real SQLite store: panics, store failures and series caps.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};

use super::*;
use crate::app::PipelineConfig;
use crate::bus::{Delivery, PublishError, SpanBatch};
use crate::eval::{EvaluatorId, Label, Score};
use crate::normalize::AgentSpan;
use crate::store::config::StoreConfig;
use crate::store::{ScoreQuery, Store, StoreError};
use crate::window::Aggregate;

fn text(key: &str, value: &str) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue {
            value: Some(any_value::Value::StringValue(value.into())),
        }),
        ..KeyValue::default()
    }
}

/// One request of tool spans, one per name, ending now.
fn tool_calls(tools: impl IntoIterator<Item = String>) -> ExportTraceServiceRequest {
    let end = crate::clock::now_unix_nano();
    let spans = tools
        .into_iter()
        .enumerate()
        .map(|(i, tool)| {
            let mut trace_id = vec![7u8; 16];
            trace_id[..8].copy_from_slice(&(i as u64 + 1).to_be_bytes());
            Span {
                trace_id,
                span_id: (i as u64 + 1).to_be_bytes().to_vec(),
                name: format!("execute_tool {tool}"),
                start_time_unix_nano: end - 20_000_000,
                end_time_unix_nano: end,
                attributes: vec![text("gen_ai.tool.name", &tool)],
                ..Span::default()
            }
        })
        .collect();
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource {
                attributes: vec![text("service.name", "svc")],
                ..Resource::default()
            }),
            scope_spans: vec![ScopeSpans {
                spans,
                ..ScopeSpans::default()
            }],
            ..ResourceSpans::default()
        }],
    }
}

/// Panics on the tool called `boom`; scores every other span `ok`.
struct PanicsOnBoom;

impl crate::eval::Evaluator for PanicsOnBoom {
    fn name(&self) -> &'static str {
        "panics_on_boom"
    }
    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        if span.tool.as_deref() == Some("boom") {
            panic!("secret span content: {:?}", span.tool);
        }
        Some(Score {
            evaluator: self.name(),
            value: Some(0.0),
            label: Label::Ok,
            detail: None,
        })
    }
}

/// The real SQLite store, failing every write permanently while `failing` is set.
struct Refusing {
    store: Arc<dyn Store>,
    failing: AtomicBool,
}

#[async_trait]
impl ScoreSink for Refusing {
    async fn write_scores(&self, rows: Arc<Vec<ScoreRow>>) -> Result<(), StoreError> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(StoreError::Write {
                reason: "no such table: scores".into(),
                retryable: false,
            });
        }
        self.store.write_scores(rows).await
    }
}

/// An aggregates log that keeps what it is given until told to let go (a slow detect stage).
#[derive(Default)]
struct Holding {
    held: Mutex<Vec<Partials>>,
}

#[async_trait]
impl AggregateLog for Holding {
    async fn publish(&self, partials: Partials) -> Result<(), (PublishError, Partials)> {
        self.held.lock().unwrap().push(partials);
        Ok(())
    }
}

/// Deliveries from a list; each one's ack sets its flag.
struct Listed(VecDeque<Delivery>);

#[async_trait]
impl SpanLogConsumer for Listed {
    async fn next(&mut self) -> Option<Delivery> {
        self.0.pop_front()
    }
}

fn delivery(request: ExportTraceServiceRequest) -> (Delivery, Arc<AtomicBool>) {
    let acked = Arc::new(AtomicBool::new(false));
    let flag = acked.clone();
    let delivery = Delivery::new(SpanBatch::new(request), move || {
        flag.store(true, Ordering::SeqCst)
    });
    (delivery, acked)
}

async fn sqlite(dir: &tempfile::TempDir, metrics: &Arc<Metrics>) -> Arc<dyn Store> {
    let config = StoreConfig::Sqlite {
        path: dir.path().join("db"),
        max_batch_rows: 100,
    };
    crate::store::open(&config, metrics.clone()).await.unwrap()
}

fn stage(
    evaluators: EvaluatorSet,
    max_series: usize,
    store: Arc<dyn ScoreSink>,
    partials: Option<Arc<dyn AggregateLog>>,
    metrics: &Arc<Metrics>,
) -> Arc<ScoreStage> {
    let config = PipelineConfig::default();
    Arc::new(ScoreStage::new(
        evaluators,
        NormalizeOptions::default(),
        Aggregator::new(config.windows.length).with_max_series(max_series),
        store,
        partials,
        metrics.clone(),
    ))
}

fn default_evaluators() -> EvaluatorSet {
    EvaluatorSet::from_config(&PipelineConfig::default().evaluators).unwrap()
}

/// An aggregates log whose broker never answers, closed after its second failure.
#[derive(Default)]
struct Unreachable {
    attempts: AtomicUsize,
    closed: AtomicBool,
}

#[async_trait]
impl AggregateLog for Unreachable {
    async fn publish(&self, partials: Partials) -> Result<(), (PublishError, Partials)> {
        if self.attempts.fetch_add(1, Ordering::SeqCst) == 1 {
            self.close();
        }
        Err((PublishError::Unavailable("no broker".into()), partials))
    }
    fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
    }
    fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }
}

#[tokio::test]
async fn a_batch_whose_partials_never_left_is_not_committed_at_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let metrics = Metrics::new();
    let store = sqlite(&dir, &metrics).await;
    let log = Arc::new(Unreachable::default());
    let stage = stage(
        default_evaluators(),
        1024,
        store,
        Some(log.clone()),
        &metrics,
    );
    let mut partials = Partials::default();
    let key = crate::window::SeriesKey {
        service: "svc".into(),
        agent: String::new(),
        source: EvaluatorId::named("refusal").unwrap(),
        dimension: String::new(),
    };
    partials.windows.insert(
        (key, 0),
        Aggregate::new(EvaluatorId::named("refusal").unwrap()),
    );
    assert!(!stage.commit(Vec::new(), partials, None, 1).await);
    assert_eq!(
        log.attempts.load(Ordering::SeqCst),
        2,
        "retried until closed"
    );
    assert_eq!(metrics.scored_spans.get(), 0, "not counted as scored");
}

#[tokio::test]
async fn an_evaluator_panic_is_an_unscoreable_score_and_the_batch_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let metrics = Metrics::new();
    let store = sqlite(&dir, &metrics).await;
    let evaluators = default_evaluators().with_evaluator(Box::new(PanicsOnBoom));
    let stage = stage(evaluators, 1024, store.clone(), None, &metrics);
    let (first, first_acked) = delivery(tool_calls(["search", "boom", "fetch"].map(String::from)));
    let (second, second_acked) = delivery(tool_calls(["boom".to_string()]));
    let consumer = Listed(VecDeque::from([first, second]));
    stage.run_worker(Box::new(consumer)).await;

    assert!(first_acked.load(Ordering::SeqCst) && second_acked.load(Ordering::SeqCst));
    assert_eq!(metrics.scored_spans.get(), 4, "no span lost");
    let panics = metrics.encode();
    assert!(
        panics.contains("agentwatch_evaluator_panics_total{evaluator=\"panics_on_boom\"} 2"),
        "{panics}"
    );
    let rows = store
        .query_scores(&ScoreQuery {
            evaluator: Some("panics_on_boom".into()),
            limit: 100,
            ..ScoreQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(rows.len(), 4);
    let unscoreable: Vec<_> = rows
        .iter()
        .filter(|r| r.label == Label::Unscoreable)
        .collect();
    assert_eq!(unscoreable.len(), 2);
    for row in unscoreable {
        assert_eq!(row.tool.as_deref(), Some("boom"));
        assert_eq!(row.value, None);
        let detail = row.detail.as_deref().unwrap();
        assert!(detail.contains("evaluator panicked"), "{detail}");
        assert!(detail.contains("panics_on_boom"), "{detail}");
        assert!(
            !detail.contains("secret"),
            "the panic's message is not stored"
        );
    }
    // The span's other evaluators still ran.
    let tool_error = store
        .query_scores(&ScoreQuery {
            evaluator: Some("tool_error".into()),
            limit: 100,
            ..ScoreQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(tool_error.len(), 4);
}

#[tokio::test]
async fn a_permanent_store_error_is_counted_and_the_batch_held_until_stored() {
    let dir = tempfile::tempdir().unwrap();
    let metrics = Metrics::new();
    let store = sqlite(&dir, &metrics).await;
    let sink = Arc::new(Refusing {
        store: store.clone(),
        failing: AtomicBool::new(true),
    });
    let log = Arc::new(Holding::default());
    let stage = stage(
        default_evaluators(),
        1024,
        sink.clone(),
        Some(log.clone()),
        &metrics,
    );
    let (batch, acked) = delivery(tool_calls(["search".to_string()]));
    let worker = tokio::spawn(stage.run_worker(Box::new(Listed(VecDeque::from([batch])))));

    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(!worker.is_finished(), "the worker holds the batch");
    assert!(!acked.load(Ordering::SeqCst), "not acknowledged as stored");
    assert!(
        metrics.score_write_permanent_errors.get() >= 2,
        "counted per attempt"
    );
    assert_eq!(metrics.scored_spans.get(), 0);
    assert!(
        log.held.lock().unwrap().is_empty(),
        "no partials without scores"
    );

    // The operator fixes the store: the held batch is written and acknowledged.
    sink.failing.store(false, Ordering::SeqCst);
    tokio::time::timeout(Duration::from_secs(10), worker)
        .await
        .expect("written at the next attempt")
        .unwrap();
    assert!(acked.load(Ordering::SeqCst));
    assert_eq!(metrics.scored_spans.get(), 1);
    let rows = store
        .query_scores(&ScoreQuery {
            limit: 100,
            ..ScoreQuery::default()
        })
        .await
        .unwrap();
    assert!(rows.iter().any(|r| r.evaluator == "tool_error"));
}

#[tokio::test]
async fn thousands_of_unique_tool_names_stay_at_the_series_cap() {
    let dir = tempfile::tempdir().unwrap();
    let metrics = Metrics::new();
    let store = sqlite(&dir, &metrics).await;
    let log = Arc::new(Holding::default());
    let stage = stage(
        default_evaluators(),
        100,
        store,
        Some(log.clone()),
        &metrics,
    );
    let batch = |from: usize| tool_calls((from..from + 3000).map(|i| format!("tool-{i}")));

    // One batch: tool_error and latency each open a series per tool; 100 are kept.
    let (rows, partials) = stage.score(&batch(0));
    // tool_error, latency and pii_leak (unscoreable: no content) per span.
    assert_eq!(rows.len(), 3000 * 3, "every score is still stored");
    assert_eq!(partials.windows.len(), 100);
    assert_eq!(partials.dropped_scores, 2 * 3000 - 100);
    assert_eq!(metrics.score_dropped_series_scores.get(), 2 * 3000 - 100);
    assert!(stage.commit(rows, partials, None, 3000).await);
    assert_eq!(metrics.score_series_in_flight.get(), 100);

    // The detect stage has not merged it yet: the next batch waits for room, losing nothing.
    let (rows, partials) = stage.score(&batch(3000));
    let next = stage.commit(rows, partials, None, 3000);
    tokio::pin!(next);
    assert!(
        tokio::time::timeout(Duration::from_millis(200), &mut next)
            .await
            .is_err(),
        "waits while 100 series are held"
    );
    assert_eq!(metrics.score_series_in_flight.get(), 100);
    // Merged (dropped by the log's reader): room again.
    log.held.lock().unwrap().clear();
    assert!(next.await);
    assert_eq!(metrics.score_series_in_flight.get(), 100);
    log.held.lock().unwrap().clear();
    assert_eq!(metrics.score_series_in_flight.get(), 0);
    assert_eq!(metrics.scored_spans.get(), 6000);
}

/// The real SQLite store, whose first write takes 200 ms; counts writes running at once.
struct SlowFirstWrite {
    store: Arc<dyn Store>,
    writes: AtomicUsize,
    running: AtomicUsize,
    most_running: AtomicUsize,
}

#[async_trait]
impl ScoreSink for SlowFirstWrite {
    async fn write_scores(&self, rows: Arc<Vec<ScoreRow>>) -> Result<(), StoreError> {
        let running = self.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.most_running.fetch_max(running, Ordering::SeqCst);
        if self.writes.fetch_add(1, Ordering::SeqCst) == 0 {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let written = self.store.write_scores(rows).await;
        self.running.fetch_sub(1, Ordering::SeqCst);
        written
    }
}

/// Five batches through one worker over `sink`, limited to `max_rows` in flight: the order
/// their acknowledgements came in.
async fn acknowledgement_order(sink: Arc<SlowFirstWrite>, max_rows: usize) -> Vec<usize> {
    let metrics = Metrics::new();
    let stage = ScoreStage::new(
        default_evaluators(),
        NormalizeOptions::default(),
        Aggregator::new(PipelineConfig::default().windows.length),
        sink,
        None,
        metrics.clone(),
    )
    .with_in_flight_limits(max_rows, usize::MAX);
    let order = Arc::new(Mutex::new(Vec::new()));
    let deliveries = (0..5)
        .map(|i| {
            let order = order.clone();
            let request = tool_calls([format!("tool{i}")]);
            Delivery::new(SpanBatch::new(request), move || {
                order.lock().unwrap().push(i)
            })
        })
        .collect();
    Arc::new(stage)
        .run_worker(Box::new(Listed(deliveries)))
        .await;
    assert_eq!(metrics.scored_spans.get(), 5);
    assert_eq!(metrics.score_in_flight_rows.get(), 0, "all given back");
    assert_eq!(metrics.score_in_flight_bytes.get(), 0, "all given back");
    Arc::try_unwrap(order).unwrap().into_inner().unwrap()
}

fn slow_first_write(store: Arc<dyn Store>) -> Arc<SlowFirstWrite> {
    Arc::new(SlowFirstWrite {
        store,
        writes: AtomicUsize::new(0),
        running: AtomicUsize::new(0),
        most_running: AtomicUsize::new(0),
    })
}

#[tokio::test]
async fn later_batches_are_written_meanwhile_but_acknowledged_in_the_order_taken() {
    let dir = tempfile::tempdir().unwrap();
    let metrics = Metrics::new();
    let store = sqlite(&dir, &metrics).await;
    let sink = slow_first_write(store.clone());
    let order = acknowledgement_order(sink.clone(), 200_000).await;
    assert!(
        sink.most_running.load(Ordering::SeqCst) > 1,
        "the next batches were written while the first one waited"
    );
    assert_eq!(order, vec![0, 1, 2, 3, 4], "never past an unwritten batch");
    let stored = store
        .query_scores(&ScoreQuery {
            limit: 1000,
            ..ScoreQuery::default()
        })
        .await
        .unwrap();
    let tools: std::collections::BTreeSet<_> = stored.iter().map(|r| r.tool.clone()).collect();
    assert_eq!(tools.len(), 5, "every batch's scores are stored: {tools:?}");
}

#[tokio::test]
async fn a_worker_at_its_in_flight_limit_waits_for_its_writes() {
    let dir = tempfile::tempdir().unwrap();
    let metrics = Metrics::new();
    let store = sqlite(&dir, &metrics).await;
    let sink = slow_first_write(store);
    // One row allowed: every batch holds more, so each waits for the one before it.
    let order = acknowledgement_order(sink.clone(), 1).await;
    assert_eq!(sink.most_running.load(Ordering::SeqCst), 1);
    assert_eq!(order, vec![0, 1, 2, 3, 4]);
}
