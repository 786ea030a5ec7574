//! The guards of issue-18 kind, through the detect stage with a real SQLite store: a lasting
//! level shift pages once and is adapted to, a series that goes quiet pages on volume and
//! resolves as `no_data`, and a restart rebuilds the re-learned baseline.

use super::baseline::tests::noise;
use super::*;
use crate::app::PipelineConfig;
use crate::eval::EvaluatorId;
use crate::window::{Aggregate, Partials};

const WINDOW: u64 = 300_000_000_000;
const HOUR: u64 = 12 * WINDOW;
const DAY: u64 = 24 * HOUR;
/// A Monday, 2026-11-02T00:00Z.
const T0: u64 = 1_793_577_600_000_000_000;

fn key(dimension: &str) -> SeriesKey {
    SeriesKey {
        service: "svc".into(),
        agent: "planner".into(),
        source: EvaluatorId::named("latency").unwrap(),
        dimension: dimension.into(),
    }
}

/// `n` tool spans of about `ms` each in the window starting at `start`.
fn latency(dimension: &str, start: u64, n: u64, ms: f64) -> Partials {
    let mut agg = Aggregate::new(EvaluatorId::named("latency").unwrap());
    agg.n = n;
    agg.max_event_time = start + WINDOW - 1;
    let h = agg.histogram.as_mut().unwrap();
    for k in 0..n {
        let micros = (ms * 1000.0 * (0.97 + 0.06 * noise(start / WINDOW * 64 + k))) as u64;
        h.record(micros.max(1)).unwrap();
    }
    let mut p = Partials::default();
    p.windows.insert((key(dimension), start), agg);
    p
}

struct Run {
    d: Detector,
    rx: tokio::sync::mpsc::Receiver<Vec<crate::store::AlertRow>>,
    transitions: Vec<crate::store::AlertRow>,
}

impl Run {
    fn new(dir: &std::path::Path) -> Run {
        let config = PipelineConfig::default();
        let metrics = Metrics::new();
        let store = Arc::new(
            crate::store::SqliteStore::open(&dir.join("db"), 100, metrics.clone()).unwrap(),
        );
        let mut d = Detector::new(
            &config.windows,
            &config.baseline,
            &config.rules,
            store,
            metrics,
        );
        let (tx, rx) = tokio::sync::mpsc::channel(100_000);
        d.notify_to(tx);
        Run {
            d,
            rx,
            transitions: Vec::new(),
        }
    }

    async fn window(&mut self, start: u64, parts: Vec<Partials>) {
        for p in parts {
            self.d.merge(p);
        }
        self.d.close_until(start + WINDOW).await.unwrap();
        while let Ok(rows) = self.rx.try_recv() {
            self.transitions.extend(rows);
        }
    }

    fn of(&self, rule: &str) -> Vec<(String, String, u64)> {
        self.transitions
            .iter()
            .filter(|a| a.rule == rule)
            .map(|a| {
                (
                    a.state.as_str().to_owned(),
                    a.resolved_reason.clone(),
                    (a.window_start_ns as u64 - T0) / WINDOW,
                )
            })
            .collect()
    }
}

/// Two days of a tool at ~100 ms, 30 calls a window.
async fn two_normal_days(run: &mut Run) {
    for w in 0..2 * DAY / WINDOW {
        let start = T0 + w * WINDOW;
        run.window(start, vec![latency("tool/search", start, 30, 100.0)])
            .await;
    }
}

#[tokio::test]
async fn a_lasting_level_shift_pages_once_then_adapts_and_a_restart_keeps_the_new_level() {
    let dir = tempfile::tempdir().unwrap();
    let mut run = Run::new(dir.path());
    two_normal_days(&mut run).await;
    assert!(
        run.of("latency_p95_anomaly").is_empty(),
        "{:?}",
        run.transitions
    );
    // A new model that is three times slower, for good: eight hours.
    let shift = 2 * DAY / WINDOW;
    for w in shift..shift + 8 * HOUR / WINDOW {
        let start = T0 + w * WINDOW;
        run.window(start, vec![latency("tool/search", start, 30, 300.0)])
            .await;
    }
    let transitions = run.of("latency_p95_anomaly");
    let adapt_windows = 3 * HOUR / WINDOW;
    assert_eq!(
        transitions,
        [
            // Three times slower is beyond fire_now_sigma (8σ): it fires in its first window.
            ("firing".into(), String::new(), shift),
            (
                "resolved".into(),
                "adapted".into(),
                shift + adapt_windows - 1
            ),
        ],
        "one page, adapted after adapt_after (3h), no flapping"
    );
    // After a restart the re-learned baseline is rebuilt: 300 ms stays normal.
    let mut again = Run::new(dir.path());
    again.d.restore().await.unwrap();
    let next = T0 + (shift + 8 * HOUR / WINDOW) * WINDOW;
    again
        .window(next, vec![latency("tool/search", next, 30, 300.0)])
        .await;
    again
        .window(
            next + WINDOW,
            vec![latency("tool/search", next + WINDOW, 30, 300.0)],
        )
        .await;
    assert!(
        again.of("latency_p95_anomaly").is_empty(),
        "{:?}",
        again.transitions
    );
    // ...and the old level is now the anomaly.
    let back = next + 2 * WINDOW;
    for k in 0..2 {
        let start = back + k * WINDOW;
        again
            .window(start, vec![latency("tool/search", start, 30, 900.0)])
            .await;
    }
    assert_eq!(
        again.of("latency_p95_anomaly").last().map(|t| t.0.as_str()),
        Some("firing")
    );
}

#[tokio::test]
async fn a_series_that_goes_quiet_pages_on_volume_then_resolves_as_no_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut run = Run::new(dir.path());
    two_normal_days(&mut run).await;
    // search goes silent; another tool keeps event time moving, for two hours.
    let quiet = 2 * DAY / WINDOW;
    for w in quiet..quiet + 2 * HOUR / WINDOW {
        let start = T0 + w * WINDOW;
        run.window(start, vec![latency("tool/other", start, 30, 50.0)])
            .await;
    }
    let volume: Vec<(String, String, u64)> = run
        .of("volume_anomaly")
        .into_iter()
        .filter(|t| t.0 == "firing" || t.0 == "resolved")
        .collect();
    assert_eq!(
        volume,
        [
            ("firing".into(), String::new(), quiet + 1),
            ("resolved".into(), "no_data".into(), quiet + HOUR / WINDOW),
        ],
        "{:?}",
        run.transitions
    );
    assert!(run.of("latency_p95_anomaly").is_empty());
    // The silent series was judged as zero spans until no_data_after, not forever.
    let rows = run
        .d
        .store
        .windows_since(T0 as i64)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.rule == "volume_anomaly" && r.dimension == "tool/search" && r.n == 0)
        .count();
    assert_eq!(rows as u64, HOUR / WINDOW);
}
