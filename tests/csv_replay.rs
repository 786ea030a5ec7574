//! `agentwatch replay --csv` with the real binary and a real SQLite store: `timestamp,value`
//! series become tool spans, land in `tool/<file stem>` windows whose p95 (latency) or span
//! count (volume) is the point's value, are judged by the default rules, and replaying again
//! changes nothing. A bad line is reported as FILE:LINE while the other points are stored.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{binary, open_db};

/// 2026-03-02T00:00:00Z, a Monday.
const T0: u64 = 1_772_409_600;
const STEP: u64 = 300;
/// Three days of 5-minute points.
const POINTS: u64 = 3 * 288;
/// The spike: 6 points (30 minutes) from 12:00 on the third day.
const SPIKE: std::ops::Range<u64> = 2 * 288 + 144..2 * 288 + 150;

/// `YYYY-MM-DD HH:MM:SS` of Unix seconds `t` (March 2026 only, enough here).
fn timestamp(t: u64) -> String {
    let s = t - T0;
    let (day, rest) = (s / 86_400, s % 86_400);
    format!(
        "2026-03-{:02} {:02}:{:02}:{:02}",
        2 + day,
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// ~100 ms with a few ms of deterministic noise, 400 ms in the spike.
fn latency(i: u64) -> f64 {
    if SPIKE.contains(&i) {
        return 400.0;
    }
    100.0 + ((i * 7919) % 11) as f64 - 5.0
}

fn write_csv(path: &Path, values: impl Fn(u64) -> String) {
    let mut text = String::from("timestamp,value\n");
    for i in 0..POINTS {
        writeln!(text, "{},{}", timestamp(T0 + i * STEP), values(i)).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

struct Setup {
    _dir: tempfile::TempDir,
    dir: PathBuf,
    config: String,
    db: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    let db = path.join("replay.db");
    let config = path.join("pipeline.yaml");
    std::fs::write(
        &config,
        format!("store:\n  kind: sqlite\n  path: {}\n", db.display()),
    )
    .unwrap();
    Setup {
        _dir: dir,
        dir: path,
        config: config.to_str().unwrap().to_owned(),
        db,
    }
}

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(binary()).args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// (window start in Unix seconds, n, value) of one latency metric's windows of `tool`.
fn windows(db: &Path, metric: &str, tool: &str) -> Vec<(u64, i64, f64)> {
    let conn = open_db(db);
    let mut stmt = conn
        .prepare(
            "SELECT window_start_ns, max(n), max(value) FROM windows
             WHERE service = 'csv-replay' AND agent = 'csv-replay' AND metric = ?1
               AND dimension = ?2
             GROUP BY window_start_ns ORDER BY window_start_ns",
        )
        .unwrap();
    stmt.query_map([metric, &format!("tool/{tool}")], |r| {
        Ok((
            r.get::<_, i64>(0)? as u64 / 1_000_000_000,
            r.get(1)?,
            r.get(2)?,
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn count(db: &Path, sql: &str) -> i64 {
    open_db(db).query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn latency_series_become_p95_windows_and_the_spike_fires() {
    let s = setup();
    let api = s.dir.join("api.csv");
    let flat = s.dir.join("flat.csv");
    write_csv(&api, |i| latency(i).to_string());
    write_csv(&flat, |_| "50".into());
    let files = [api.to_str().unwrap(), flat.to_str().unwrap()];
    let mut args = vec!["replay", "--config", &s.config, "--csv"];
    args.extend_from_slice(&files);
    let (ok, out, err) = run(&args);
    assert!(ok, "{err}");
    let spans = 2 * POINTS * 20;
    assert!(
        out.starts_with(&format!(
            "replayed {} points as {} requests, {spans} spans (0 rejected, 0 unreadable lines)",
            2 * POINTS,
            spans.div_ceil(2000)
        )),
        "{out}"
    );

    // One window per point, 20 spans each, p95 the point's value (HDR: 1% resolution).
    let p95 = windows(&s.db, "latency_p95", "api");
    assert_eq!(p95.len(), POINTS as usize);
    for (i, &(start, n, value)) in p95.iter().enumerate() {
        assert_eq!(start, T0 + i as u64 * STEP);
        assert_eq!(n, 20);
        let want = latency(i as u64);
        assert!(
            (value - want).abs() <= want * 0.01,
            "window {i}: {value} vs {want}"
        );
    }
    let flat_p95 = windows(&s.db, "latency_p95", "flat");
    assert_eq!(
        flat_p95.len(),
        POINTS as usize,
        "the second file is its own series"
    );
    assert!(flat_p95.iter().all(|w| (w.2 - 50.0).abs() <= 0.5));
    assert!(out.contains(" 0 late scores"), "{out}");

    // The spike fires the default latency rule on the api series, inside the spike.
    let fired: Vec<(String, i64)> = {
        let conn = open_db(&s.db);
        let mut stmt = conn
            .prepare("SELECT dimension, window_start_ns FROM alerts WHERE state = 'firing' AND rule = 'latency_p95_anomaly'")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let spike_ns = |i: u64| ((T0 + i * STEP) * 1_000_000_000) as i64;
    assert!(
        fired
            .iter()
            .any(|(d, t)| d == "tool/api"
                && (spike_ns(SPIKE.start)..spike_ns(SPIKE.end)).contains(t)),
        "{fired:?}"
    );
    assert!(fired.iter().all(|(d, _)| d == "tool/api"), "{fired:?}");

    // Replaying again replaces rows: same scores, same windows.
    let scores = count(&s.db, "SELECT count(*) FROM scores");
    assert_eq!(
        scores,
        spans as i64 * 3,
        "latency, tool_error, pii_leak per span"
    );
    let (ok, _, err) = run(&args);
    assert!(ok, "{err}");
    assert_eq!(count(&s.db, "SELECT count(*) FROM scores"), scores);
    assert_eq!(windows(&s.db, "latency_p95", "api"), p95);
}

#[test]
fn a_bad_line_is_reported_and_the_rest_is_stored() {
    let s = setup();
    let file = s.dir.join("calls.csv");
    std::fs::write(
        &file,
        "timestamp,value\n\
         2026-03-02T00:00:00Z,120\n\
         1772409900,130\n\
         \n\
         2026-03-02 00:10:00,fast\n\
         2026-03-02 00:15:00,-3\n\
         2026-03-02 00:12:00,140\n\
         2026-03-02 00:20:00,150\n",
    )
    .unwrap();
    let (ok, out, err) = run(&[
        "replay",
        "--config",
        &s.config,
        "--csv",
        file.to_str().unwrap(),
        "--tool",
        "search",
        "--spans-per-point",
        "10",
    ]);
    assert!(!ok, "bad lines make the exit code non-zero");
    assert!(
        err.contains("calls.csv:5: value \"fast\" is not a number"),
        "{err}"
    );
    assert!(err.contains("calls.csv:6: value -3 is negative"), "{err}");
    assert!(
        err.contains(
            "calls.csv:7: timestamp 2026-03-02 00:12:00 is not after the previous point's (line 6)"
        ),
        "{err}"
    );
    assert!(err.contains("3 line(s) could not be read"), "{err}");
    assert!(out.contains("replayed 3 points"), "{out}");
    // latency_p50 has no rule: its n is the window's own (a rule pools quiet windows).
    let got: Vec<(u64, i64)> = windows(&s.db, "latency_p50", "search")
        .iter()
        .map(|w| (w.0 - T0, w.1))
        .collect();
    assert_eq!(got, [(0, 10), (300, 10), (1200, 10)]);

    // CSV options without --csv, and both kinds of input at once, are refused.
    let (ok, _, err) = run(&["replay", "--as", "volume", "traces.json"]);
    assert!(!ok && err.contains("--csv <FILE>"), "{err}");
    let (ok, _, err) = run(&["replay", "traces.json", "--csv", file.to_str().unwrap()]);
    assert!(!ok && err.contains("not both"), "{err}");
}

#[test]
fn volume_points_become_that_many_spans() {
    let s = setup();
    let file = s.dir.join("traffic.csv");
    let volume = |i: u64| 5 + (i * 37) % 23;
    write_csv(&file, |i| {
        if i == 100 {
            "250000".into() // over the per-point cap
        } else {
            format!("{}.4", volume(i))
        }
    });
    let (ok, out, err) = run(&[
        "replay",
        "--config",
        &s.config,
        "--csv",
        file.to_str().unwrap(),
        "--as",
        "volume",
    ]);
    assert!(!ok);
    assert!(
        err.contains("traffic.csv:102: volume 250000 is more than 100000 spans per point"),
        "{err}"
    );
    let want: u64 = (0..POINTS).filter(|&i| i != 100).map(volume).sum();
    assert!(out.contains(&format!("{want} spans")), "{out}");
    // latency_p50 has no rule: its n is the window's own (a rule pools quiet windows).
    let got = windows(&s.db, "latency_p50", "traffic");
    assert_eq!(got.len(), POINTS as usize - 1);
    for (start, n, value) in got {
        let i = (start - T0) / STEP;
        assert_eq!(n as u64, volume(i), "window {i}");
        assert!((value - 10.0).abs() < 0.1, "fixed 10 ms spans: {value}");
    }
}
