//! `agentwatch replay` and `agentwatch query --windows` with the real binary: two days of
//! OTLP/JSON traffic (the Collector file exporter's format) with a tool outage at the end build
//! a baseline, the outage is judged a breach and fires, and replaying the same file again
//! leaves the tables unchanged (idempotent writes).

mod common;

use std::io::Write;
use std::process::Command;

use common::binary;

const MINUTE: u64 = 60_000_000_000;
const HOUR: u64 = 60 * MINUTE;
/// 2026-11-02T00:00:00Z.
const T0: u64 = 1_793_577_600_000_000_000;
const OUTAGE: u64 = T0 + 46 * HOUR;

/// One OTLP/JSON request per 15-minute window: 30 tool calls, 2% failing (45% in the outage).
fn write_traffic(path: &std::path::Path) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    // splitmix64
    let mut state: u64 = 42;
    let mut rand = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut t = T0;
    let mut n = 0u64;
    while t < T0 + 48 * HOUR {
        let outage = t >= OUTAGE;
        let mut spans = Vec::new();
        for i in 0..30u64 {
            n += 1;
            let start = t + i * 30_000_000_000;
            let failed = rand() < if outage { 0.45 } else { 0.02 };
            let mut span = serde_json::json!({
                "traceId": format!("{:016x}{:016x}", t, n),
                "spanId": format!("{:016x}", n),
                "name": "execute_tool search_flights",
                "kind": 1,
                "startTimeUnixNano": start.to_string(),
                "endTimeUnixNano": (start + 120_000_000 + (rand() * 60_000_000.0) as u64).to_string(),
                "attributes": [
                    {"key": "gen_ai.operation.name", "value": {"stringValue": "execute_tool"}},
                    {"key": "gen_ai.tool.name", "value": {"stringValue": "search_flights"}},
                    {"key": "gen_ai.agent.name", "value": {"stringValue": "planner"}}
                ]
            });
            if failed {
                span["status"] = serde_json::json!({"code": 2, "message": "timeout"});
            }
            spans.push(span);
        }
        let request = serde_json::json!({"resourceSpans": [{
            "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "travel-agent"}}]},
            "scopeSpans": [{"scope": {"name": "agent"}, "spans": spans}]
        }]});
        writeln!(file, "{request}").unwrap();
        t += 15 * MINUTE;
    }
}

const CONFIG: &str = "
windows:
  length: 15m
rules:
  - name: tool_errors
    metric: tool_error_rate
    kind: anomaly
    warmup: 12h
    min_baseline_windows: 24
    for: 2
";

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(binary()).args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Run a listing command with `--format json`; one JSON object per output line.
fn run_json(args: &[&str]) -> Vec<serde_json::Value> {
    let mut args = args.to_vec();
    args.extend_from_slice(&["--format", "json"]);
    let (ok, out, err) = run(&args);
    assert!(ok, "{err}");
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn replay_builds_history_and_judges_the_outage() {
    let dir = tempfile::tempdir().unwrap();
    let traffic = dir.path().join("traces.json");
    write_traffic(&traffic);
    // Keep a copy for documentation runs (README worked example).
    let _ = std::fs::copy(
        &traffic,
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("replay-example.json"),
    );
    let config = dir.path().join("pipeline.yaml");
    let db = dir.path().join("replay.db");
    std::fs::write(
        &config,
        format!("{CONFIG}store:\n  kind: sqlite\n  path: {}\n", db.display()),
    )
    .unwrap();
    let cfg = config.to_str().unwrap();

    let (ok, out, err) = run(&["replay", "--config", cfg, traffic.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with("replayed 192 requests, 5760 spans (0 rejected, 0 unreadable lines)"),
        "{out}"
    );

    let windows = |extra: &[&str]| {
        let mut args = vec!["query", "--config", cfg, "--windows", "--limit", "100000"];
        args.extend_from_slice(extra);
        run_json(&args)
    };
    let judged = windows(&["--rule", "tool_errors"]);
    assert_eq!(judged.len(), 192, "one judged row per window");
    let breaches = windows(&["--rule", "tool_errors", "--verdict", "breach"]);
    let outage_start = humantime::format_rfc3339_micros(
        std::time::UNIX_EPOCH + std::time::Duration::from_nanos(OUTAGE),
    )
    .to_string();
    assert!(!breaches.is_empty());
    // The outage's first window is a breach; the rule fires only inside the outage (a stray
    // single-window breach before it may happen at 3σ, but stays pending: for: 2).
    let first = breaches
        .iter()
        .rev()
        .find(|b| b["window_start"].as_str().unwrap() >= outage_start.as_str())
        .unwrap();
    assert_eq!(first["window_start"], outage_start);
    let strays = breaches.len()
        - breaches
            .iter()
            .filter(|b| b["window_start"].as_str().unwrap() >= outage_start.as_str())
            .count();
    assert!(strays <= 2, "{strays} breaches before the outage");
    let judged_all = windows(&["--rule", "tool_errors"]);
    assert!(
        judged_all
            .iter()
            .filter(|w| w["state"] == "firing")
            .all(|w| w["window_start"].as_str().unwrap() >= outage_start.as_str())
    );
    assert!(first["z"].as_f64().unwrap() > 3.0);
    assert!(first["baseline_mean"].as_f64().unwrap() < 0.05);
    assert!(
        !first["in_baseline"].as_bool().unwrap(),
        "breaching windows stay out of the baseline"
    );
    let firing = judged.iter().filter(|w| w["state"] == "firing").count();
    assert!(firing >= 6, "the outage fires and stays firing ({firing})");
    // The first 12 hours are warm-up.
    let warming = judged
        .iter()
        .filter(|w| w["verdict"] == "warming_up")
        .count();
    assert!((48..=52).contains(&warming), "{warming}");
    // Latency windows exist too (no rule: verdict none), with p50 ≤ p95 ≤ p99.
    let p50 = windows(&["--metric", "latency_p50"]);
    let p99 = windows(&["--metric", "latency_p99"]);
    assert_eq!(p50.len(), 192);
    assert!(
        p50.iter()
            .zip(&p99)
            .all(|(a, b)| a["value"].as_f64() <= b["value"].as_f64())
    );

    // Replaying the same file again changes nothing: the same rows, the same verdicts.
    let before = windows(&[]);
    let (ok, out, err) = run(&["replay", "--config", cfg, traffic.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(
        out.contains("0 windows closed") || out.contains("late scores"),
        "{out}"
    );
    let after = windows(&[]);
    assert_eq!(before.len(), after.len());
    let scores: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM scores", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        scores,
        5760 * 3,
        "latency, tool_error, pii_leak (unscoreable) per span, once"
    );

    // Alert transitions: the outage goes pending in its first window and firing in the next,
    // under one stable dedup key; it is still active at the end of the file.
    let alerts = |extra: &[&str]| {
        let mut args = vec!["alerts", "--config", cfg, "--limit", "1000"];
        args.extend_from_slice(extra);
        run_json(&args)
    };
    let firing = alerts(&["--state", "firing"]);
    assert_eq!(firing.len(), 1, "{firing:?}");
    assert_eq!(firing[0]["previous_state"], "pending");
    assert_eq!(firing[0]["rule"], "tool_errors");
    let fired_at = humantime::format_rfc3339_micros(
        std::time::UNIX_EPOCH + std::time::Duration::from_nanos(OUTAGE + 15 * MINUTE),
    )
    .to_string();
    assert_eq!(firing[0]["window_start"], fired_at);
    let key = firing[0]["dedup_key"].as_str().unwrap().to_owned();
    assert!(key.starts_with("tool_errors:"));
    let active = alerts(&["--active"]);
    assert_eq!(active.len(), 1);
    assert_eq!(
        (active[0]["dedup_key"].as_str(), active[0]["state"].as_str()),
        (Some(key.as_str()), Some("firing"))
    );
    let all_alerts = alerts(&[]);
    assert!(all_alerts.iter().all(|a| a["dedup_key"] == key.as_str()));

    // The table form shows the columns the README explains.
    let (ok, table, _) = run(&[
        "query",
        "--config",
        cfg,
        "--windows",
        "--rule",
        "tool_errors",
        "--limit",
        "3",
    ]);
    assert!(ok);
    assert!(table.starts_with("WINDOW_START"), "{table}");
    for column in ["MEAN", "SIGMA", "Z", "VERDICT", "STATE"] {
        assert!(table.lines().next().unwrap().contains(column));
    }
}

#[test]
fn replay_reports_unreadable_lines_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(
        &file,
        "{\"resourceSpans\": []}\nnot json at all\n{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"traceId\": \"5b8efff798038103d269b633813fc60c\", \"spanId\": \"eee19b7ec3c1b174\", \"startTimeUnixNano\": \"1764000000000000000\", \"endTimeUnixNano\": \"1764000000500000000\"}]}]}]}\n",
    )
    .unwrap();
    let config = dir.path().join("p.yaml");
    std::fs::write(
        &config,
        format!(
            "store:\n  kind: sqlite\n  path: {}\n",
            dir.path().join("x.db").display()
        ),
    )
    .unwrap();
    let (ok, out, err) = run(&[
        "replay",
        "--config",
        config.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert!(!ok, "unreadable lines make the exit code non-zero");
    assert!(err.contains("bad.json:2: invalid OTLP/JSON"), "{err}");
    assert!(out.contains("replayed 2 requests, 1 spans"), "{out}");
    let (ok, _, err) = run(&[
        "replay",
        file.to_str().unwrap(),
        "/nonexistent.json",
        "--config",
        config.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(err.contains("/nonexistent.json"), "{err}");
}
