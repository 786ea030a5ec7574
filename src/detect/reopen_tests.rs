//! Rebuilding open windows from stored scores: the same aggregates as the live path, only the
//! windows that can still be open, and the row cap.

use std::collections::HashMap;
use std::sync::Arc;

use super::Detector;
use super::reopen::reaggregate;
use crate::app::PipelineConfig;
use crate::eval::{EvaluatorId, Label, Score, test_span};
use crate::normalize::{AgentSpan, OperationKind};
use crate::store::{ScoreRow, ScoreSink, SqliteStore};
use crate::telemetry::Metrics;
use crate::window::{Aggregate, Aggregator, Partials, SeriesKey};

const MINUTE: u64 = 60_000_000_000;

fn score(evaluator: &'static str, value: Option<f64>, label: Label) -> Score {
    Score {
        evaluator,
        value,
        label,
        detail: None,
    }
}

/// Spans of every kind the dimensions split on, ending across three windows from `t0`, and
/// each span's scores: latency, tool errors, refusals, an unscoreable score and one of an
/// evaluator this build does not know.
fn scored_spans(t0: u64) -> Vec<(AgentSpan, Vec<Score>)> {
    (0..60u64)
        .map(|i| {
            let mut span = test_span();
            span.trace_id[0] = (i % 7) as u8;
            span.span_id[0] = i as u8;
            span.service = if i % 5 == 0 { "b" } else { "a" }.into();
            span.agent = (i % 3 == 0).then(|| "planner".to_owned());
            span.start_unix_nano = t0 + i * 3_000_000_000;
            span.end_unix_nano = span.start_unix_nano + (i % 9) * 400_000_000;
            match i % 4 {
                0 => {
                    span.kind = OperationKind::Tool;
                    span.tool = Some(if i % 8 == 0 { "search" } else { "book" }.into());
                }
                1 => {
                    span.kind = OperationKind::Llm;
                    span.model = Some("gpt-4o".into());
                }
                2 => span.kind = OperationKind::Agent,
                _ => span.kind = OperationKind::Retrieval,
            }
            let fail = i % 6 == 0;
            let scores = vec![
                score("latency", Some(10.0 + (i * 37 % 500) as f64), Label::Ok),
                score(
                    "tool_error",
                    Some(if fail { 1.0 } else { 0.0 }),
                    if fail { Label::Fail } else { Label::Ok },
                ),
                score("refusal", Some((i % 2) as f64), Label::Ok),
                score("pii_leak", None, Label::Unscoreable),
                score("not_in_this_build", Some(1.0), Label::Fail),
            ];
            (span, scores)
        })
        .collect()
}

/// Everything an aggregate holds that a judgement or a window row reads.
fn summary(partials: &Partials) -> HashMap<(SeriesKey, u64), String> {
    partials
        .windows
        .iter()
        .map(|(k, a): (&(SeriesKey, u64), &Aggregate)| {
            let values: Vec<_> = Aggregate::metrics(k.0.source)
                .iter()
                .map(|m| a.value(*m))
                .collect();
            let text = format!(
                "n={} hits={} sum={} max={} exemplars={:?} values={values:?}",
                a.n, a.hits, a.sum, a.max_event_time, a.exemplars
            );
            (k.clone(), text)
        })
        .collect()
}

#[test]
fn stored_rows_aggregate_as_the_live_path_did() {
    let aggregator = Aggregator::new(std::time::Duration::from_secs(60));
    let t0 = 1_700_000_000 * 1_000_000_000 / MINUTE * MINUTE;
    let mut live = Partials::default();
    let mut rows = Vec::new();
    for (span, scores) in scored_spans(t0) {
        for s in scores {
            aggregator.add(&mut live, &span, &s);
            rows.push(ScoreRow::new(&span, s));
        }
    }
    let (rebuilt, scores) = reaggregate(&aggregator, rows.iter());
    assert_eq!(summary(&rebuilt), summary(&live));
    // latency, tool_error and refusal of 60 spans; not the unscoreable or unknown ones.
    assert_eq!(scores, 180);
    assert!(live.windows.len() > 10, "{}", live.windows.len());
    assert!(
        live.windows.keys().any(|(k, _)| k.dimension == "llm/gpt-4o"
            && k.source == EvaluatorId::named("latency").unwrap())
    );
}

fn detector(store: Arc<SqliteStore>, metrics: Arc<Metrics>) -> Detector {
    let mut config = PipelineConfig::default();
    config.windows.length = std::time::Duration::from_secs(60);
    config.windows.allowed_lateness = std::time::Duration::from_secs(60);
    Detector::new(
        &config.windows,
        &config.baseline,
        &config.rules,
        store,
        metrics,
    )
}

/// A `refusal` score row of a span ending at `end` in service `service`.
fn refusal_row(service: &str, end: u64, n: u64) -> ScoreRow {
    let mut span = test_span();
    span.service = service.into();
    span.span_id = n.to_be_bytes();
    span.start_unix_nano = end - 1_000_000;
    span.end_unix_nano = end;
    ScoreRow::new(&span, score("refusal", Some(0.0), Label::Ok))
}

#[tokio::test]
async fn only_windows_that_can_still_be_open_are_rebuilt_and_the_read_is_capped() {
    let dir = tempfile::tempdir().unwrap();
    let metrics = Metrics::new();
    let store = Arc::new(SqliteStore::open(&dir.path().join("db"), 100, metrics.clone()).unwrap());
    let now = crate::clock::now_unix_nano();
    let current = now / MINUTE * MINUTE;
    let mut rows = Vec::new();
    // Closed and stored below: ten minutes ago.
    rows.extend((0..3).map(|n| refusal_row("a", current - 10 * MINUTE + 5, n)));
    // Never stored as a window, but the watermark (a minute behind the newest span) had
    // passed it: three minutes ago.
    rows.extend((3..5).map(|n| refusal_row("a", current - 3 * MINUTE + 5, n)));
    // Open: the previous window (within the lateness) and the current one.
    rows.extend((5..9).map(|n| refusal_row("a", current - MINUTE + 5, n)));
    rows.extend((9..12).map(|n| refusal_row("a", current + 1, n)));
    store.write_scores(Arc::new(rows)).await.unwrap();
    // The window ten minutes ago was judged and written.
    let mut d = detector(store.clone(), metrics.clone());
    let mut closed = Partials::default();
    aggregate_rows(&mut closed, "a", current - 10 * MINUTE + 5, 3);
    d.merge(closed);
    d.flush().await.unwrap();
    assert_eq!(d.closed_before(), current - 9 * MINUTE);

    let mut d = detector(store.clone(), metrics.clone());
    d.restore().await.unwrap();
    let reopened = d.reopen_windows().await.unwrap();
    assert_eq!((reopened.windows, reopened.scores), (2, 7), "{reopened:?}");
    assert!(!reopened.capped);
    let n = |d: &Detector, start: u64| {
        d.open
            .get(&start)
            .map(|w| w.values().map(|a| a.n).sum::<u64>())
    };
    assert_eq!(n(&d, current - MINUTE), Some(4));
    assert_eq!(n(&d, current), Some(3));
    assert_eq!(n(&d, current - 3 * MINUTE), None);
    assert_eq!(d.stats.late_scores, 0);

    // A cap below the rows: the newest are read, and it says so.
    let mut d = detector(store, metrics);
    d.restore().await.unwrap();
    let capped = d.reopen_windows_within(5).await.unwrap();
    assert!(capped.capped);
    assert_eq!(n(&d, current), Some(3));
    assert_eq!(n(&d, current - MINUTE), Some(2));
}

/// `n` refusal scores of service `service` ending at `end`, aggregated as the score stage does.
fn aggregate_rows(partials: &mut Partials, service: &str, end: u64, n: u64) {
    let aggregator = Aggregator::new(std::time::Duration::from_secs(60));
    let rows: Vec<_> = (0..n).map(|i| refusal_row(service, end, i)).collect();
    let (p, _) = reaggregate(&aggregator, rows.iter());
    partials.merge(p);
}

/// A batch written as the score stage writes it with the embedded bus: its rows and, in the
/// same transaction, its partials under `key`.
async fn write_batch(
    store: &SqliteStore,
    key: i64,
    spans: &[(AgentSpan, Vec<Score>)],
) -> crate::store::Committed {
    let aggregator = Aggregator::new(std::time::Duration::from_secs(60));
    let mut partials = Partials::default();
    let mut rows = Vec::new();
    for (span, scores) in spans {
        for s in scores {
            aggregator.add(&mut partials, span, s);
            // As the rows policy keeps them: truncation keeps failures only.
            let policy = EvaluatorId::named(s.evaluator).map(|e| e.descriptor().rows);
            if policy.is_none_or(|p| p.keeps(s.label)) {
                rows.push(ScoreRow::new(span, s.clone()));
            }
        }
    }
    let last_window_ns = partials.windows.keys().map(|(_, s)| *s).max().unwrap() as i64;
    let record = crate::store::PartialsRecord {
        batch_key: key,
        last_window_ns,
        bytes: crate::window::wire::encode_record(&partials, aggregator.window_nanos()),
    };
    store
        .write_scores_and_partials(Arc::new(rows), Arc::new(record))
        .await
        .unwrap()
}

#[tokio::test]
async fn kept_partials_rebuild_windows_whose_ok_spans_have_no_rows_and_a_retry_counts_once() {
    use crate::store::{Committed, WindowStore};
    let dir = tempfile::tempdir().unwrap();
    let metrics = Metrics::new();
    let store = Arc::new(SqliteStore::open(&dir.path().join("db"), 100, metrics.clone()).unwrap());
    let current = crate::clock::now_unix_nano() / MINUTE * MINUTE;
    // Ten LLM spans in the current window, one truncated: `truncation` keeps a row for the
    // failure only, so the rate (1 in 10) cannot come back from the rows.
    let spans: Vec<_> = (0..10u64)
        .map(|i| {
            let mut span = test_span();
            span.kind = OperationKind::Llm;
            span.span_id = i.to_be_bytes();
            span.end_unix_nano = current + 1 + i;
            span.start_unix_nano = span.end_unix_nano - 1;
            let truncated = i == 3;
            let label = if truncated { Label::Fail } else { Label::Ok };
            let value = Some(if truncated { 1.0 } else { 0.0 });
            (span, vec![score("truncation", value, label)])
        })
        .collect();
    assert_eq!(write_batch(&store, 7, &spans[..6]).await, Committed::First);
    assert_eq!(write_batch(&store, 8, &spans[6..]).await, Committed::First);
    // A client's retry of the second batch: rows again, partials not.
    assert_eq!(write_batch(&store, 8, &spans[6..]).await, Committed::Again);

    let mut d = detector(store.clone(), metrics.clone());
    d.restore().await.unwrap();
    let reopened = d.reopen_windows().await.unwrap();
    assert_eq!((reopened.records, reopened.rows), (2, 0), "{reopened:?}");
    let window = &d.open[&current];
    let truncation: Vec<_> = window
        .iter()
        .filter(|(k, _)| k.source == EvaluatorId::named("truncation").unwrap())
        .map(|(_, a)| (a.n, a.hits))
        .collect();
    assert_eq!(truncation, [(10, 1)]);

    // Once the window is written, its records go.
    d.flush().await.unwrap();
    let since = i64::MIN;
    let left = store.open_partials(since, None, 10).await.unwrap().unwrap();
    assert!(left.is_empty(), "{} records left", left.len());
}
