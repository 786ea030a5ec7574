//! Issue-18 guards on series we wrote (`tests/data/series/dev`, see `scripts/series/`),
//! replayed with `agentwatch replay --csv` through the real binary into a real SQLite store and
//! judged by the default `latency_p95_anomaly` rule: cycles, noise, drift and regime changes
//! page nobody; incidents, dips, spikes and lasting shifts (up and down) page inside their
//! labelled windows and nowhere else; a lasting shift pages once and is adapted to; a
//! heavy-tailed bursty series pages at most a few times. Figures for every series are in the
//! README (`scripts/series/score.py`); this test keeps the main properties from regressing.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::{binary, open_db};

const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/series/dev");
const RULE: &str = "latency_p95_anomaly";

/// Labelled anomaly windows per file, as `YYYY-MM-DDTHH:MM:SS` bounds.
fn labels() -> BTreeMap<String, Vec<(String, String)>> {
    let text = std::fs::read_to_string(Path::new(DEV).join("labels.json")).unwrap();
    let raw: BTreeMap<String, Vec<(String, String)>> = serde_json::from_str(&text).unwrap();
    raw.into_iter()
        .map(|(file, windows)| {
            let iso = |t: &str| t.replace(' ', "T");
            let windows = windows.iter().map(|(a, b)| (iso(a), iso(b))).collect();
            (file, windows)
        })
        .collect()
}

/// (state, resolved_reason, window_start to the second) of the rule's transitions of `tool`.
fn transitions(db: &Path, tool: &str) -> Vec<(String, String, String)> {
    let conn = open_db(db);
    let mut stmt = conn
        .prepare(
            "SELECT state, resolved_reason, substr(window_start, 1, 19) FROM alerts
             WHERE rule = ?1 AND dimension = ?2 ORDER BY window_start_ns, state",
        )
        .unwrap();
    stmt.query_map([RULE, &format!("tool/{tool}")], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn labelled_series_page_inside_their_anomalies_and_nowhere_else() {
    let quiet = [
        "daily_cycle_1",
        "daily_cycle_2",
        "flat_noise_1",
        "slow_drift_1",
        "regime_changes_1",
    ];
    let caught = [
        "daily_incidents_1",
        "dips_1",
        "spikes_1",
        "flatline_change_1",
        "level_shift_down_1",
        "level_shift_up_1",
    ];
    let bursty = "pareto_bursts_1";
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("series.db");
    let config = dir.path().join("pipeline.yaml");
    std::fs::write(
        &config,
        format!("store:\n  kind: sqlite\n  path: {}\n", db.display()),
    )
    .unwrap();
    let mut args = vec![
        "replay".to_owned(),
        "--config".to_owned(),
        config.to_str().unwrap().to_owned(),
    ];
    for name in quiet.iter().chain(&caught).chain([&bursty]) {
        args.push("--csv".to_owned());
        args.push(format!("{DEV}/{name}.csv"));
    }
    let out = Command::new(binary()).args(&args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let labels = labels();
    let firing = |name: &str| -> Vec<String> {
        transitions(&db, name)
            .into_iter()
            .filter(|(state, _, _)| state == "firing")
            .map(|(_, _, at)| at)
            .collect()
    };
    for name in quiet {
        assert_eq!(firing(name), Vec::<String>::new(), "{name} paged");
    }
    for name in caught {
        let windows = &labels[&format!("{name}.csv")];
        let fired = firing(name);
        let inside = |at: &String| windows.iter().any(|(a, b)| a <= at && at <= b);
        let outside: Vec<&String> = fired.iter().filter(|at| !inside(at)).collect();
        assert!(
            outside.is_empty(),
            "{name} paged outside its anomalies: {outside:?}"
        );
        for (a, b) in windows {
            assert!(
                fired.iter().any(|at| a <= at && at <= b),
                "{name}: the anomaly {a}..{b} did not page ({fired:?})"
            );
        }
    }
    // A shift that lasts: one page, then the new level is learned and the alert says so.
    let shift = transitions(&db, "level_shift_up_1");
    assert_eq!(firing("level_shift_up_1").len(), 1, "{shift:?}");
    assert!(
        shift
            .iter()
            .any(|(state, reason, _)| state == "resolved" && reason == "adapted"),
        "{shift:?}"
    );
    // Random heavy-tailed bursts are this series' normal: a few pages, not one per burst.
    let bursts = firing(bursty);
    assert!(bursts.len() <= 5, "{} pages: {bursts:?}", bursts.len());
}
