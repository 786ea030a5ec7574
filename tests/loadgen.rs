//! `agentwatch-loadgen` against the real binaries: what it reports is what agentwatch accepted
//! and scored, over gRPC and HTTP; push-back is counted, never lost; bad arguments and an
//! unreachable target fail with a clear message.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{Agentwatch, loadgen};
use serde_json::Value;

/// The load generator's binary (its own, next to `agentwatch`).
fn loadgen_binary() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_BIN_EXE_agentwatch-loadgen"))
}

fn number(report: &Value, field: &str) -> f64 {
    report[field]
        .as_f64()
        .unwrap_or_else(|| panic!("no {field} in {report}"))
}

/// Distinct spans with at least one score.
fn scored_spans(aw: &Agentwatch) -> i64 {
    aw.sql()
        .query_row(
            "SELECT count(*) FROM (SELECT DISTINCT trace_id, span_id FROM scores)",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// Wait until `scored_spans` reaches `want` (or stays short of it for 20 s).
fn wait_scored(aw: &Agentwatch, want: i64) -> i64 {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let got = scored_spans(aw);
        if got >= want || Instant::now() > deadline {
            return got;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn every_span_the_load_tool_reports_accepted_is_scored_over_grpc_and_http() {
    let aw = Agentwatch::start("");
    let pid = aw.child.id().to_string();
    let mut accepted_total = 0.0;
    for (protocol, port) in [("grpc", aw.grpc), ("http", aw.http)] {
        let target = format!("127.0.0.1:{port}");
        let report = loadgen(&[
            "--protocol",
            protocol,
            "--target",
            &target,
            "--duration",
            "2s",
            "--spans-per-request",
            "60",
            "--connections",
            "2",
            "--server-pid",
            &pid,
        ]);
        let accepted = number(&report, "accepted_spans");
        let requests = number(&report, "requests");
        assert!(accepted > 0.0, "{protocol}: nothing accepted: {report}");
        assert_eq!(number(&report, "failed_requests"), 0.0, "{report}");
        assert_eq!(
            accepted,
            60.0 * (requests - number(&report, "pushed_back_requests")),
            "{protocol}: every answered request's 60 spans: {report}"
        );
        assert!(number(&report, "accepted_spans_per_s") > 0.0);
        assert!(number(&report, "latency_p99_ms") >= number(&report, "latency_p50_ms"));
        let average = number(&report, "average_span_bytes");
        assert!(
            (1_000.0..3_000.0).contains(&average),
            "~2 KB spans: {average}"
        );
        let memory = &report["server"];
        let peak = memory["peak_rss_mb"].as_f64().unwrap();
        assert!(
            peak >= memory["end_rss_mb"].as_f64().unwrap() && peak > 5.0,
            "server memory read from /proc: {memory}"
        );
        assert!(memory["cpu_seconds"].as_f64().unwrap() > 0.0, "{memory}");
        accepted_total += accepted;
        // agentwatch counts what it acknowledged per transport: the same number.
        assert_eq!(
            aw.metric(&format!(
                "agentwatch_receiver_accepted_spans_total{{transport=\"{protocol}\"}}"
            )),
            accepted,
            "{protocol}"
        );
    }
    let scored = wait_scored(&aw, accepted_total as i64);
    assert_eq!(
        scored as f64, accepted_total,
        "every accepted span scored, once"
    );
}

#[test]
fn push_back_is_reported_and_nothing_accepted_is_lost() {
    // A bus with room for 64 spans and no patience: 4 connections of 200-span requests
    // must be pushed back often.
    let aw = Agentwatch::start_with(
        "bus:\n  kind: embedded\n  max_queued_spans: 64\n",
        "    backpressure_timeout: 1ms\n",
    );
    let target = format!("127.0.0.1:{}", aw.grpc);
    let report = loadgen(&[
        "--target",
        &target,
        "--duration",
        "2s",
        "--spans-per-request",
        "200",
        "--connections",
        "4",
        "--pushback-pause",
        "5ms",
    ]);
    let pushed = number(&report, "pushed_back_requests");
    assert!(pushed > 0.0, "no push-back: {report}");
    assert_eq!(number(&report, "pushed_back_spans"), 200.0 * pushed);
    assert_eq!(number(&report, "failed_requests"), 0.0, "{report}");
    let accepted = number(&report, "accepted_spans");
    assert!(accepted > 0.0, "{report}");
    assert_eq!(
        aw.metric(
            "agentwatch_receiver_refused_requests_total{transport=\"grpc\",reason=\"overloaded\"}"
        ),
        pushed,
        "agentwatch counted the same refusals"
    );
    let scored = wait_scored(&aw, accepted as i64);
    assert_eq!(
        scored as f64, accepted,
        "accepted spans all scored, refused ones not"
    );
}

#[test]
fn bad_arguments_and_an_unreachable_target_fail_with_a_clear_message() {
    let run = |args: &[&str]| {
        let out = Command::new(loadgen_binary()).args(args).output().unwrap();
        assert!(!out.status.success(), "{args:?} should fail");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let err = run(&["--pii-fraction", "1.5"]);
    assert!(err.contains("--pii-fraction must be within 0..1"), "{err}");
    let err = run(&["--rate", "0"]);
    assert!(err.contains("--rate must be a positive number"), "{err}");
    let port = common::free_port().to_string();
    let err = run(&["--target", &format!("127.0.0.1:{port}"), "--duration", "1s"]);
    assert!(
        err.contains("cannot connect to OTLP/gRPC at 127.0.0.1:"),
        "{err}"
    );
    let err = run(&["--server-pid", "999999999", "--duration", "1s"]);
    assert!(err.contains("/proc/999999999/status"), "{err}");
}
