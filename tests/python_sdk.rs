//! Interop with the official OpenTelemetry Python SDK and its OTLP exporters (gRPC and
//! HTTP/protobuf with gzip): what real agents send must be accepted and scored.
//!
//! `.ci/run` installs the SDK (tests/python/requirements.txt) and sets
//! `AGENTWATCH_REQUIRE_PYTHON_OTEL=1`, so in CI a missing SDK fails this test; elsewhere the
//! test says it is skipped.

mod common;

use std::process::Command;

use common::*;

fn emit(protocol: &str, endpoint: &str, service: &str) -> Vec<(String, String, String)> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/python/emit_genai_spans.py"
    );
    let out = Command::new("python3")
        .args([script, protocol, endpoint, service])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python exporter failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let mut parts = l.splitn(3, ' ');
            (
                parts.next().unwrap().to_owned(),
                parts.next().unwrap().to_owned(),
                parts.next().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn python_sdk_spans_over_grpc_and_http_are_scored() {
    if !python_otel_available() {
        eprintln!("skipped: OpenTelemetry Python SDK not installed");
        return;
    }
    let aw = Agentwatch::start("");
    for (protocol, endpoint) in [
        ("grpc", format!("127.0.0.1:{}", aw.grpc)),
        ("http", format!("http://127.0.0.1:{}", aw.http)),
    ] {
        let service = format!("py-{protocol}");
        let spans = emit(protocol, &endpoint, &service);
        assert_eq!(spans.len(), 4);
        // 4 latency rows + 2 tool_error rows.
        aw.wait_rows(&format!("service = '{service}'"), 6);
        let conn = aw.sql();
        for (trace, span, name) in &spans {
            let rows: Vec<(String, Option<f64>, String, String)> = conn
                .prepare("SELECT evaluator, value, label, operation FROM scores WHERE trace_id = ?1 AND span_id = ?2")
                .unwrap()
                .query_map([trace, span], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            let by_evaluator: std::collections::BTreeMap<&str, (Option<f64>, &str, &str)> = rows
                .iter()
                .map(|(e, v, l, o)| (e.as_str(), (*v, l.as_str(), o.as_str())))
                .collect();
            let evaluators: Vec<&str> = by_evaluator.keys().copied().collect();
            match name.as_str() {
                "execute_tool book_table" => {
                    assert_eq!(evaluators, ["latency", "pii_leak", "tool_error"]);
                    assert_eq!(by_evaluator["tool_error"], (Some(1.0), "fail", "tool"));
                    // The SDK captured no tool result: unscoreable, not clean.
                    assert_eq!(by_evaluator["pii_leak"].1, "unscoreable");
                }
                "execute_tool get_weather" => {
                    assert_eq!(by_evaluator["tool_error"], (Some(0.0), "ok", "tool"));
                }
                "chat gpt-4o-mini" => {
                    assert_eq!(evaluators, ["latency", "pii_leak", "refusal"]);
                    assert_eq!(by_evaluator["refusal"], (Some(0.0), "ok", "llm"));
                    assert_eq!(by_evaluator["pii_leak"], (Some(0.0), "ok", "llm"));
                }
                "invoke_agent travel-planner" => {
                    assert_eq!(by_evaluator["latency"].2, "agent");
                }
                other => panic!("unexpected span {other}"),
            }
            assert!(by_evaluator["latency"].0.unwrap() >= 0.0);
        }
    }
}
