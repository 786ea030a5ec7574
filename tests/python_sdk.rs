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
    run_python(script, &[protocol, endpoint, service])
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
        // Every span's rows: chat 4 (latency, pii_leak, refusal, cost), tools 3 each (latency,
        // pii_leak, tool_error), the agent 3 (latency, pii_leak, trajectory; a successful run
        // keeps no agent_success row, and tokens and the run counts feed windows only).
        aw.wait_rows(&format!("service = '{service}'"), 13);
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
                    assert_eq!(evaluators, ["cost", "latency", "pii_leak", "refusal"]);
                    assert_eq!(by_evaluator["refusal"], (Some(0.0), "ok", "llm"));
                    assert_eq!(by_evaluator["pii_leak"], (Some(0.0), "ok", "llm"));
                    // gpt-4o-mini at $0.15 / $0.60 per million: 31 in, 12 out.
                    let cost = by_evaluator["cost"].0.unwrap();
                    assert!(
                        (cost - (31.0 * 0.15 + 12.0 * 0.6) / 1e6).abs() < 1e-12,
                        "{cost}"
                    );
                }
                "invoke_agent travel-planner" => {
                    // A run that succeeded keeps no agent_success row (failures only).
                    assert_eq!(evaluators, ["latency", "pii_leak", "trajectory"]);
                    assert_eq!(by_evaluator["latency"].2, "agent");
                    // The SDK's parent ids make its chat and tool spans the run's steps.
                    assert_eq!(by_evaluator["trajectory"], (Some(0.0), "ok", "agent"));
                    let detail: String = conn
                        .query_row(
                            "SELECT detail FROM scores WHERE trace_id = ?1 AND span_id = ?2 AND evaluator = 'trajectory'",
                            [trace, span],
                            |r| r.get(0),
                        )
                        .unwrap();
                    let detail: serde_json::Value = serde_json::from_str(&detail).unwrap();
                    assert_eq!(
                        (detail["steps"].as_u64(), detail["tool_calls"].as_u64()),
                        (Some(3), Some(2)),
                        "{detail}"
                    );
                }
                other => panic!("unexpected span {other}"),
            }
            assert!(by_evaluator["latency"].0.unwrap() >= 0.0);
        }
    }
}

/// Is the OpenAI SDK with the three instrumentations installed (tests/python/requirements.txt)?
/// Required in CI, as the OpenTelemetry SDK is.
fn python_openai_available() -> bool {
    let found = Command::new("python3")
        .args([
            "-c",
            "import openai, openinference.instrumentation.openai, \
             opentelemetry.instrumentation.openai, opentelemetry.instrumentation.openai_v2",
        ])
        .status()
        .is_ok_and(|s| s.success());
    if !found && std::env::var("AGENTWATCH_REQUIRE_PYTHON_OTEL").as_deref() == Ok("1") {
        panic!(
            "the OpenAI SDK and its instrumentations are required (tests/python/requirements.txt)"
        );
    }
    found
}

/// One model call the script made: ids, the usage the fake server reported, its finish
/// reason and what kind of reply it was (`json`, `fenced`, `cut`).
struct Call {
    trace: String,
    span: String,
    prompt: u64,
    completion: u64,
    finish: String,
    kind: String,
}

fn openai_calls(instrumentation: &str, endpoint: &str, service: &str) -> Vec<Call> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/python/openai_sdk.py");
    run_python(script, &[instrumentation, endpoint, service])
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            Call {
                trace: f[0].into(),
                span: f[1].into(),
                prompt: f[2].parse().unwrap(),
                completion: f[3].parse().unwrap(),
                finish: f[4].into(),
                kind: f[5].into(),
            }
        })
        .collect()
}

/// The shipped price of a model (USD per million: input, cached input, output), read from the
/// table itself so the test holds when the table is refreshed.
fn shipped_price(model: &str) -> (f64, f64, f64) {
    let table: serde_json::Value = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/prices/prices.json"
    )))
    .unwrap();
    let entry = table["models"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["provider"] == "openai" && m["model"] == model)
        .unwrap_or_else(|| panic!("{model} in the price table"));
    let input = entry["input"].as_f64().unwrap();
    let cached = entry["cache_read"].as_f64().unwrap_or(input);
    (input, cached, entry["output"].as_f64().unwrap())
}

/// The OpenAI SDK, instrumented by OpenInference, OpenLLMetry and the OTel contrib
/// instrumentation, streamed (with `stream_options.include_usage`) and not, against a fake
/// OpenAI server: every call's `cost` row holds the tokens the server reported and their price,
/// computed here from the shipped table; the cut reply is a `truncation` failure; fenced JSON
/// is a `format` failure; verdicts that keep no rows (tokens, ok truncation and empty_reply)
/// leave none.
#[test]
fn openai_sdk_usage_cost_truncation_and_format_through_three_instrumentations() {
    if !python_otel_available() || !python_openai_available() {
        eprintln!("skipped: OpenAI SDK or its instrumentations not installed");
        return;
    }
    let aw = Agentwatch::start(
        "
evaluators:
  format:
    expect:
      - name: trip
        model: gpt-4o-mini*
        schema:
          type: object
          required: [destination, days]
          properties: {destination: {type: string}, days: {type: integer}}
",
    );
    let (input_price, cached_price, output_price) = shipped_price("gpt-4o-mini");
    // Which instrumentations report cached tokens (the fake server says 8 of every prompt).
    for (instrumentation, reports_cache) in [
        ("openinference", true),
        ("openllmetry", true),
        ("otel", false),
    ] {
        let service = format!("openai-{instrumentation}");
        let calls = openai_calls(
            instrumentation,
            &format!("http://127.0.0.1:{}", aw.http),
            &service,
        );
        assert_eq!(calls.len(), 4, "{instrumentation}: one span per call");
        let conn = aw.sql();
        for (i, call) in calls.iter().enumerate() {
            let at = format!("trace_id = '{}' AND span_id = '{}'", call.trace, call.span);
            aw.wait_rows(&format!("{at} AND evaluator = 'format'"), 1);
            let score = |evaluator: &str| -> Option<(Option<f64>, String, Option<String>)> {
                conn.query_row(
                    &format!(
                        "SELECT value, label, detail FROM scores WHERE {at} AND evaluator = ?1"
                    ),
                    [evaluator],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .ok()
            };
            let what = format!("{instrumentation} call {i} ({})", call.kind);

            // The call's row: its cost, and the tokens it was priced on.
            let (cost, label, detail) = score("cost").unwrap();
            let detail: serde_json::Value = serde_json::from_str(&detail.unwrap()).unwrap();
            assert_eq!(detail["input"], call.prompt, "{what}");
            assert_eq!(detail["output"], call.completion, "{what}");
            let cached = if reports_cache { 8 } else { 0 };
            if reports_cache {
                assert_eq!(detail["cache_read"], 8, "{what}");
            } else {
                assert_eq!(detail.get("cache_read"), None, "{what}");
            }
            let expected = ((call.prompt - cached) as f64 * input_price
                + cached as f64 * cached_price
                + call.completion as f64 * output_price)
                / 1e6;
            let cost = cost.unwrap_or_else(|| panic!("{what}: priced"));
            assert!(
                (cost - expected).abs() < 1e-12,
                "{what}: {cost} vs {expected}"
            );
            assert_eq!(label, "ok");

            // Truncation keeps rows of cut replies only (the cut call is not streamed).
            match score("truncation") {
                Some((value, label, detail)) => {
                    assert_eq!(call.finish, "length", "{what}: only cut replies have rows");
                    assert_eq!((value, label.as_str()), (Some(1.0), "fail"), "{what}");
                    assert!(detail.unwrap().contains(r#""finish_reason":"length""#));
                }
                None => assert_ne!(call.finish, "length", "{what}: a cut reply has its row"),
            }

            let (value, label, detail) = score("format").unwrap();
            match call.kind.as_str() {
                "json" => assert_eq!((value, label.as_str()), (Some(0.0), "ok"), "{what}"),
                "fenced" => {
                    assert_eq!(value, Some(1.0), "{what}");
                    assert!(detail.unwrap().contains(r#""kind":"fenced""#), "{what}");
                }
                // The cut reply is prose cut short: not the declared JSON.
                _ => assert_eq!(label, "fail", "{what}"),
            }
            assert_eq!(score("empty_reply"), None, "{what}: not empty, no row");
            assert_eq!(score("tokens"), None, "{what}: tokens feed windows only");
        }
    }
}

/// Run a Python script of `tests/python/` with `args`; its stdout (it must succeed).
fn run_python(script: &str, args: &[&str]) -> String {
    let out = Command::new("python3")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{script} {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The spans `openai_events.py` made in `mode` over `protocol`: (trace, span, prompt).
fn event_mode_calls(
    mode: &str,
    protocol: &str,
    aw: &Agentwatch,
    service: &str,
) -> Vec<(String, String, String)> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/python/openai_events.py");
    let endpoint = match protocol {
        "grpc" => format!("127.0.0.1:{}", aw.grpc),
        _ => format!("http://127.0.0.1:{}", aw.http),
    };
    run_python(script, &[mode, protocol, &endpoint, service])
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            (f[0].to_owned(), f[1].to_owned(), f[2].to_owned())
        })
        .collect()
}

/// (evaluator, value, label, detail) of a span's pii_leak and refusal rows.
fn content_verdicts(
    aw: &Agentwatch,
    trace: &str,
    span: &str,
) -> Vec<(String, Option<f64>, String, Option<String>)> {
    let scope = format!(
        "trace_id = '{trace}' AND span_id = '{span}' AND evaluator IN ('pii_leak', 'refusal')"
    );
    aw.wait_rows(&scope, 2);
    aw.sql()
        .prepare(&format!(
            "SELECT evaluator, value, label, detail FROM scores WHERE {scope} ORDER BY evaluator"
        ))
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// opentelemetry-instrumentation-openai-v2 recording content as OTLP log events — the current
/// `EVENT_ONLY` mode (one `gen_ai.client.inference.operation.details` event) and the older
/// per-message events — exporting spans and logs over gRPC and over HTTP: every reply gets the
/// PII and refusal verdicts the same reply gets with its content on the span (`SPAN_ONLY`).
#[test]
fn openai_v2_content_sent_as_log_events_is_scored_as_content_on_spans() {
    if !python_otel_available() || !python_openai_available() {
        eprintln!("skipped: OpenTelemetry Python SDK or OpenAI instrumentations not installed");
        return;
    }
    let aw = Agentwatch::start("");
    let reference: std::collections::BTreeMap<String, _> =
        event_mode_calls("span", "http", &aw, "py-span-only")
            .into_iter()
            .map(|(trace, span, prompt)| (prompt, content_verdicts(&aw, &trace, &span)))
            .collect();
    assert_eq!(reference.len(), 2, "{reference:?}");
    assert!(
        reference["leak"]
            .iter()
            .all(|(_, _, label, _)| label == "fail"),
        "the leaking refusal is caught on the span: {:?}",
        reference["leak"]
    );
    assert!(
        reference["json"]
            .iter()
            .all(|(_, _, label, _)| label == "ok"),
        "{:?}",
        reference["json"]
    );
    for (mode, protocol) in [
        ("events", "grpc"),
        ("events", "http"),
        ("legacy", "grpc"),
        ("legacy", "http"),
    ] {
        let service = format!("py-{mode}-{protocol}");
        let joined = || aw.metric("agentwatch_join_events_total{outcome=\"joined\"}");
        let before = joined();
        let calls = event_mode_calls(mode, protocol, &aw, &service);
        assert_eq!(calls.len(), 2, "{mode} over {protocol}");
        for (trace, span, prompt) in calls {
            assert_eq!(
                content_verdicts(&aw, &trace, &span),
                reference[&prompt],
                "{mode} over {protocol}, prompt {prompt}\n{}",
                aw.log()
            );
        }
        // The content came as events: one details event per call, or one event per message
        // (system, user, choice).
        let per_call = if mode == "events" { 1.0 } else { 3.0 };
        assert_eq!(joined() - before, 2.0 * per_call, "{mode} over {protocol}");
    }
    assert!(aw.metric("agentwatch_join_events_total{outcome=\"joined\"}") >= 4.0);
    assert_eq!(
        aw.metric("agentwatch_join_events_total{outcome=\"expired\"}"),
        0.0
    );
}
