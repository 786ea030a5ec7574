//! The detect stage's unit tests: redelivered partials, and rebuilding after a reassignment.

use super::*;
use crate::app::PipelineConfig;
use crate::eval::EvaluatorId;
use crate::window::{Aggregate, Partials};

fn key() -> SeriesKey {
    SeriesKey {
        service: "svc".into(),
        agent: String::new(),
        source: EvaluatorId::named("refusal").unwrap(),
        dimension: String::new(),
    }
}

fn partials(source: Option<LogPosition>, start: u64, n: u64) -> Partials {
    let mut agg = Aggregate::new(EvaluatorId::named("refusal").unwrap());
    agg.n = n;
    agg.hits = 1;
    agg.max_event_time = start + 1;
    let mut p = Partials {
        source,
        ..Partials::default()
    };
    p.windows.insert((key(), start), agg);
    p
}

fn detector(dir: &std::path::Path) -> Detector {
    let config = PipelineConfig::default();
    let metrics = Metrics::new();
    let store =
        Arc::new(crate::store::SqliteStore::open(&dir.join("db"), 100, metrics.clone()).unwrap());
    Detector::new(&config.windows, &config.baseline, &[], store, metrics)
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
