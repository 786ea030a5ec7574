//! Agent trajectories over the real receivers: scripted agents send their model, tool and
//! agent spans as an instrumented agent does (children first, the `invoke_agent` span last,
//! in a later export); one that loops on a tool, one that calls a tool it never declared to
//! the model and one that passes arguments its tool's schema forbids are flagged in the
//! `scores` table; a clean agent is not.

mod common;

use common::*;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use opentelemetry_proto::tonic::trace::v1::Span;

const AGENT_SPAN: u64 = 0;

/// The tools a travel agent declares to its model, as `gen_ai.tool.definitions` (a JSON
/// string, as the Python instrumentations record it).
fn definitions() -> String {
    serde_json::json!([
        {"type": "function", "name": "search_flights", "parameters": {
            "type": "object", "required": ["to"],
            "properties": {"to": {"type": "string"}, "passengers": {"type": "integer"}}}},
        {"type": "function", "name": "book_flight", "parameters": {
            "type": "object", "required": ["flight"],
            "properties": {"flight": {"type": "string"}}}}
    ])
    .to_string()
}

fn child(mut span: Span, trace: &[u8], start_offset_ms: u64) -> Span {
    span.parent_span_id = span_id(AGENT_SPAN);
    span.trace_id = trace.to_vec();
    let start = now_nanos() + start_offset_ms * 1_000_000;
    span.end_time_unix_nano = start + (span.end_time_unix_nano - span.start_time_unix_nano);
    span.start_time_unix_nano = start;
    span
}

/// A model call that declared the travel tools and asked for `asks_for`.
fn model_call(trace: &[u8], n: u64, asks_for: &str) -> Span {
    let mut span = child(chat_span(trace, n, ""), trace, n * 10);
    span.attributes
        .retain(|kv| kv.key != "gen_ai.output.messages");
    span.attributes
        .push(s("gen_ai.tool.definitions", &definitions()));
    span.attributes.push(s(
        "gen_ai.output.messages",
        &serde_json::json!([{"role": "assistant", "parts": [
            {"type": "tool_call", "id": format!("call_{n}"), "name": asks_for, "arguments": {}}
        ], "finish_reason": "tool_call"}])
        .to_string(),
    ));
    span
}

/// An `execute_tool` span of `tool` called with `arguments`.
fn tool_call(trace: &[u8], n: u64, tool: &str, arguments: &str) -> Span {
    let mut span = child(tool_span(trace, n, tool, false), trace, n * 10);
    span.attributes
        .push(s("gen_ai.tool.call.id", &format!("call_{n}")));
    span.attributes
        .push(s("gen_ai.tool.call.arguments", arguments));
    span
}

/// The `invoke_agent` span that closes the run, a root.
fn agent_span(trace: &[u8]) -> Span {
    let start = now_nanos();
    Span {
        trace_id: trace.to_vec(),
        span_id: span_id(AGENT_SPAN),
        name: "invoke_agent travel-planner".into(),
        kind: 1,
        start_time_unix_nano: start - 2_000_000_000,
        end_time_unix_nano: start + 1_000_000_000,
        attributes: vec![
            s("gen_ai.operation.name", "invoke_agent"),
            s("gen_ai.agent.name", "travel-planner"),
            s("gen_ai.provider.name", "openai"),
        ],
        ..Default::default()
    }
}

/// Send a run as an SDK's batch exporter does: the steps in one export (gRPC), the agent span
/// in the next (HTTP protobuf).
async fn send_run(aw: &Agentwatch, trace: &[u8], steps: Vec<Span>) {
    TraceServiceClient::connect(aw.grpc_url())
        .await
        .unwrap()
        .export(request("travel", steps))
        .await
        .unwrap();
    let response = post_otlp_http(aw, &request("travel", vec![agent_span(trace)])).await;
    assert_eq!(response.status(), 200);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The `trajectory` row of the run of `trace`: (value, label, detail).
fn verdict(aw: &Agentwatch, trace: &[u8]) -> (Option<f64>, String, serde_json::Value) {
    let trace = hex(trace);
    let span = hex(&span_id(AGENT_SPAN));
    let where_sql =
        format!("trace_id = '{trace}' AND span_id = '{span}' AND evaluator = 'trajectory'");
    aw.wait_rows(&where_sql, 1);
    aw.sql()
        .query_row(
            &format!("SELECT value, label, detail FROM scores WHERE {where_sql}"),
            [],
            |row| {
                let detail: String = row.get(2)?;
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    serde_json::from_str(&detail).unwrap(),
                ))
            },
        )
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn looping_and_undeclared_tool_agents_are_flagged_and_a_clean_one_is_not() {
    let aw = Agentwatch::start("");

    // Loops: the model asks for the same search four times (arguments reordered and
    // re-spaced by the SDK: still the same call).
    let looping = trace_id(1);
    let mut steps = Vec::new();
    for (i, args) in [
        r#"{"to": "LIS", "passengers": 2}"#,
        r#"{"passengers": 2, "to": "LIS"}"#,
        r#"{"to":"LIS","passengers":2}"#,
        r#"{"to": "LIS", "passengers": 2}"#,
    ]
    .into_iter()
    .enumerate()
    {
        let n = 1 + 2 * i as u64;
        steps.push(model_call(&looping, n, "search_flights"));
        steps.push(tool_call(&looping, n + 1, "search_flights", args));
    }
    send_run(&aw, &looping, steps).await;

    // Calls a tool the model was never given.
    let undeclared = trace_id(2);
    send_run(
        &aw,
        &undeclared,
        vec![
            model_call(&undeclared, 1, "cancel_booking"),
            tool_call(&undeclared, 2, "cancel_booking", r#"{"booking": "PNR-77"}"#),
        ],
    )
    .await;

    // Passes a number of passengers as text.
    let bad_arguments = trace_id(3);
    send_run(
        &aw,
        &bad_arguments,
        vec![
            model_call(&bad_arguments, 1, "search_flights"),
            tool_call(
                &bad_arguments,
                2,
                "search_flights",
                r#"{"to": "OPO", "passengers": "two"}"#,
            ),
        ],
    )
    .await;

    // Searches, then books: nothing wrong.
    let clean = trace_id(4);
    send_run(
        &aw,
        &clean,
        vec![
            model_call(&clean, 1, "search_flights"),
            tool_call(&clean, 2, "search_flights", r#"{"to": "LIS"}"#),
            model_call(&clean, 3, "book_flight"),
            tool_call(&clean, 4, "book_flight", r#"{"flight": "TP1234"}"#),
        ],
    )
    .await;

    let (value, label, detail) = verdict(&aw, &looping);
    assert_eq!((value, label.as_str()), (Some(1.0), "fail"), "{detail}");
    assert_eq!(detail["kinds"], serde_json::json!(["loop"]));
    assert_eq!(
        detail["loop"],
        serde_json::json!([{"tool": "search_flights", "calls": 4}])
    );
    assert_eq!(
        (detail["steps"].as_u64(), detail["tool_calls"].as_u64()),
        (Some(8), Some(4))
    );
    assert!(
        !detail.to_string().contains("LIS"),
        "no argument values: {detail}"
    );

    let (value, _, detail) = verdict(&aw, &undeclared);
    assert_eq!(value, Some(1.0), "{detail}");
    assert_eq!(detail["kinds"], serde_json::json!(["undeclared_tool"]));
    assert_eq!(
        detail["undeclared_tool"],
        serde_json::json!(["cancel_booking"])
    );
    assert!(!detail.to_string().contains("PNR"), "{detail}");

    let (value, _, detail) = verdict(&aw, &bad_arguments);
    assert_eq!(value, Some(1.0), "{detail}");
    assert_eq!(detail["kinds"], serde_json::json!(["bad_arguments"]));
    assert_eq!(detail["bad_arguments"][0]["path"], "$.passengers");
    assert!(!detail.to_string().contains("two"), "{detail}");

    let (value, label, detail) = verdict(&aw, &clean);
    assert_eq!((value, label.as_str()), (Some(0.0), "ok"), "{detail}");
    assert_eq!(detail["declared"], true);
    assert_eq!(detail["tool_calls"], 2);

    // Exactly one row per run: the model and tool spans are not judged by `trajectory`.
    assert_eq!(count_rows(&aw.db, "evaluator = 'trajectory'"), 4);

    // The README's worked example: its query lists the failed runs, and the loop's row reads
    // as the README prints it.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let example = readme
        .split("agentwatch.db \"")
        .map(|rest| rest.split('"').next().unwrap())
        .find(|sql| sql.contains("evaluator = 'trajectory'"))
        .expect("the README's trajectory example");
    let db = aw.sql();
    let mut statement = db.prepare(example).unwrap();
    let rows: Vec<(f64, String, String)> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    let printed = readme
        .lines()
        .find_map(|l| l.strip_prefix("# 1.0|fail|"))
        .expect("the README's printed row");
    assert!(
        rows.iter()
            .any(|(v, l, d)| *v == 1.0 && l == "fail" && d == printed),
        "README prints {printed}, rows are {rows:?}"
    );
}
