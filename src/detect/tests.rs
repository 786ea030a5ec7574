//! The detect stage's unit tests: redelivered partials, rebuilding after a reassignment, the
//! watermark against fast clocks, and the bound on series held.

use super::*;
use crate::app::PipelineConfig;
use crate::eval::EvaluatorId;
use crate::window::{Aggregate, Partials};

fn key() -> SeriesKey {
    key_of("svc")
}

fn key_of(service: &str) -> SeriesKey {
    SeriesKey {
        service: service.into(),
        agent: String::new(),
        source: EvaluatorId::named("refusal").unwrap(),
        dimension: String::new(),
    }
}

fn partials(source: Option<LogPosition>, start: u64, n: u64) -> Partials {
    let mut p = Partials {
        source,
        ..Partials::default()
    };
    p.windows.insert((key(), start), refusals(n, 1, start + 1));
    p
}

/// A refusal aggregate of `n` spans, `hits` of them refusals, the newest ending at `newest`.
fn refusals(n: u64, hits: u64, newest: u64) -> Aggregate {
    let mut agg = Aggregate::new(EvaluatorId::named("refusal").unwrap());
    agg.n = n;
    agg.hits = hits;
    agg.sum = hits as f64;
    agg.max_event_time = newest;
    agg
}

/// Partials of one series (`service`) in the window starting at `start`.
fn series_partials(service: &str, start: u64, n: u64, hits: u64) -> Partials {
    let mut p = Partials::default();
    p.windows
        .insert((key_of(service), start), refusals(n, hits, start + 1));
    p
}

fn detector(dir: &std::path::Path) -> Detector {
    detector_with(dir, PipelineConfig::default())
}

fn detector_with(dir: &std::path::Path, config: PipelineConfig) -> Detector {
    let metrics = Metrics::new();
    let store =
        Arc::new(crate::store::SqliteStore::open(&dir.join("db"), 100, metrics.clone()).unwrap());
    Detector::new(
        &config.windows,
        &config.baseline,
        &config.rules,
        store,
        metrics,
    )
}

#[tokio::test]
async fn a_partial_delivered_twice_is_merged_once_and_a_new_position_is_not_mistaken_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = detector(dir.path());
    let start = 1_700_000_100 * 1_000_000_000 / d.window_nanos * d.window_nanos;
    let at = |offset| {
        Some(LogPosition {
            partition: 0,
            offset,
        })
    };
    assert_eq!(d.merge(partials(at(7), start, 10)), vec![start]);
    assert_eq!(d.merge(partials(at(7), start, 10)), Vec::<u64>::new());
    assert_eq!(d.merge(partials(at(8), start, 5)), vec![start]);
    // Without a position (embedded bus) nothing can be told apart: every partial counts.
    d.merge(partials(None, start, 1));
    d.merge(partials(None, start, 1));
    assert_eq!(d.open[&start][&key()].n, 17);
    // Once closed, the window forgets its positions with it; a redelivery now is late.
    d.flush().await.unwrap();
    assert!(d.merged_from.is_empty());
    assert_eq!(d.merge(partials(at(7), start, 10)), Vec::<u64>::new());
    assert_eq!(d.stats.late_scores, 10);
}

#[tokio::test]
async fn the_same_spans_at_another_position_are_merged_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = detector(dir.path());
    let start = 1_700_000_100 * 1_000_000_000 / d.window_nanos * d.window_nanos;
    let at = |offset, batch_key| {
        let mut p = partials(
            Some(LogPosition {
                partition: 1,
                offset,
            }),
            start,
            10,
        );
        p.batch_key = Some(batch_key);
        p
    };
    // A client's retry the log took twice: the same content at offsets 3 and 9.
    assert_eq!(d.merge(at(3, 0xabc)), vec![start]);
    assert_eq!(d.merge(at(9, 0xabc)), Vec::<u64>::new());
    // Other content at the next offset counts.
    assert_eq!(d.merge(at(4, 0xdef)), vec![start]);
    assert_eq!(d.open[&start][&key()].n, 20);
    assert_eq!(d.metrics.window_redelivered_partials.get(), 1);
}

#[tokio::test]
async fn reset_and_restore_forgets_open_windows_and_keeps_what_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = detector(dir.path());
    let minute = d.window_nanos;
    let start = 1_700_000_100 * 1_000_000_000 / minute * minute;
    d.merge(partials(None, start, 30));
    d.merge(partials(None, start + 5 * minute, 30));
    d.close_until(start + minute).await.unwrap();
    assert_eq!(d.open.len(), 1);
    d.reset_and_restore().await.unwrap();
    assert!(
        d.open.is_empty(),
        "open windows are rebuilt from redelivered partials"
    );
    assert_eq!(
        d.closed_before(),
        start + minute,
        "written windows stay closed"
    );
}

#[tokio::test]
async fn a_span_far_ahead_of_the_wall_clock_closes_no_open_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = detector(dir.path());
    let now = crate::clock::now_unix_nano();
    let window = d.window_nanos;
    let current = now / window * window;
    d.merge(series_partials("honest", current, 5, 0));
    // One span 14 minutes ahead (ingest admits 15), then one from a clock 3 minutes fast.
    let ahead = now + 14 * 60_000_000_000;
    let mut far = Partials::default();
    far.windows.insert(
        (key_of("fast"), ahead / window * window),
        refusals(1, 0, ahead),
    );
    d.merge(far);
    let skewed = now + 3 * 60_000_000_000;
    let mut fast = Partials::default();
    fast.windows.insert(
        (key_of("fast"), skewed / window * window),
        refusals(4, 0, skewed),
    );
    d.merge(fast);
    d.advance().await.unwrap();
    assert!(d.max_event_time <= crate::clock::now_unix_nano() + d.max_clock_skew_nanos);
    assert!(
        d.open.contains_key(&current),
        "the current window stays open"
    );
    // The honest sender's next spans still count in their window.
    d.merge(series_partials("honest", current, 5, 0));
    d.advance().await.unwrap();
    assert_eq!(d.stats.late_scores, 0);
    assert_eq!(d.open[&current][&key_of("honest")].n, 10);
    assert_eq!(
        d.stats.future_scores, 5,
        "the fast sender's scores are counted"
    );
    assert_eq!(d.metrics.window_future_scores.get(), 5);
}

const BOUNDED: &str = "
baseline:
  min_samples: 10
  forget_idle_after: 1h
  max_series: 3
rules:
  - name: refusals_high
    no_data_after: 0s
    metric: refusal_rate
    kind: static
    op: '>'
    threshold: 0.5
    min_samples: 1
    for: 1
  - name: refusals_pooled
    metric: refusal_rate
    kind: static
    op: '>'
    threshold: 0.9
    min_samples: 50
    max_pool_windows: 24
";

#[tokio::test]
async fn idle_series_are_forgotten_unless_firing_and_new_ones_beyond_the_cap_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let config = PipelineConfig::from_yaml(BOUNDED, "test").unwrap();
    let mut d = detector_with(dir.path(), config);
    let window = d.window_nanos;
    let hour = 12 * window;
    let w0 = 1_700_000_000 * 1_000_000_000 / hour * hour;
    // A series that fires, one that joins its baseline, and a one-off whose only window is
    // pooled (before, a pool kept its series forever).
    d.merge(series_partials("firing", w0, 2, 2));
    d.merge(series_partials("steady", w0, 20, 0));
    d.merge(series_partials("one-off", w0, 1, 0));
    d.close_until(w0 + window).await.unwrap();
    assert_eq!(d.series.len(), 3);
    assert!(
        d.series
            .values()
            .any(|s| s.rules.values().any(|t| t.pool.is_some()))
    );
    // Two hours later, another series' window: the hourly sweep forgets the idle ones.
    let later = w0 + 2 * hour;
    d.merge(series_partials("later", later, 20, 0));
    d.close_until(later + window).await.unwrap();
    let held: Vec<&str> = {
        let mut v: Vec<&str> = d.series.keys().map(|id| id.service.as_str()).collect();
        v.sort();
        v
    };
    assert_eq!(held, ["firing", "later"], "a firing series is kept");
    assert_eq!(d.stats.series_forgotten, 2);
    assert_eq!(d.metrics.detect_forgotten_series.get(), 2);
    assert_eq!(d.metrics.detect_series.get(), 2);
    // At the cap (3), one more series is held and the next is counted, not judged.
    let next = later + window;
    d.merge(series_partials("new-1", next, 20, 0));
    d.merge(series_partials("new-2", next, 20, 20));
    d.close_until(next + window).await.unwrap();
    assert_eq!(d.series.len(), 3);
    assert_eq!(d.stats.dropped_series_windows, 1);
    assert_eq!(d.metrics.detect_dropped_series_windows.get(), 1);
    let held: Vec<String> = d.series.keys().map(|id| id.service.clone()).collect();
    assert!(held.contains(&"new-1".to_owned()) && !held.contains(&"new-2".to_owned()));
    // Restore honours the same bound.
    d.reset_and_restore().await.unwrap();
    assert!(d.series.len() <= 3);
}
