//! GenAI content sent as OTLP log events (content capture in "event" mode), over the real
//! receivers: gRPC `LogsService/Export`, HTTP `/v1/logs` in protobuf and JSON. A span whose
//! reply comes as events is scored exactly as the same span with its content on attributes;
//! events whose span never comes expire and are counted; the join stage's memory limit holds
//! and is counted; `gen_ai.evaluation.result` events become score rows and trip a rule.

mod common;

use std::time::{Duration, Instant};

use common::*;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::logs::v1::logs_service_client::LogsServiceClient;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use opentelemetry_proto::tonic::common::v1::any_value::Value;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, KeyValueList};
use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::Span;
use prost::Message;

/// A reply that leaks an e-mail address and a phone number and declines the request: both
/// content evaluators have something to find.
const REPLY: &str = "I'm sorry, but I can't book that flight for you. Please write to \
                     jane.doe@example.org or call +1 415 555 0134.";
const QUESTION: &str = "Find me a flight to Lisbon";

/// The chat span of `chat_span`, without its content attributes (as an instrumentation in
/// event mode sends it).
fn bare_chat_span(trace: &[u8], n: u64) -> Span {
    let mut span = chat_span(trace, n, REPLY);
    span.attributes
        .retain(|kv| !kv.key.starts_with("gen_ai.input") && !kv.key.starts_with("gen_ai.output"));
    span
}

fn kvlist(values: Vec<KeyValue>) -> AnyValue {
    AnyValue {
        value: Some(Value::KvlistValue(KeyValueList { values })),
    }
}

fn record(trace: &[u8], n: u64, event: &str) -> LogRecord {
    LogRecord {
        time_unix_nano: now_nanos(),
        observed_time_unix_nano: now_nanos(),
        severity_number: 9,
        event_name: event.into(),
        trace_id: trace.to_vec(),
        span_id: span_id(n),
        ..Default::default()
    }
}

/// `gen_ai.client.inference.operation.details` with the same messages `chat_span` carries.
fn details_record(trace: &[u8], n: u64) -> LogRecord {
    let span = chat_span(trace, n, REPLY);
    LogRecord {
        attributes: span
            .attributes
            .into_iter()
            .filter(|kv| kv.key.ends_with(".messages") || kv.key == "gen_ai.operation.name")
            .collect(),
        ..record(trace, n, "gen_ai.client.inference.operation.details")
    }
}

/// The older per-message events (`gen_ai.user.message`, `gen_ai.choice`) with their bodies as
/// opentelemetry-instrumentation-openai-v2 writes them; the event name in the `event.name`
/// attribute, as SDKs before `event_name` existed set it.
fn message_records(trace: &[u8], n: u64) -> Vec<LogRecord> {
    let mut user = record(trace, n, "");
    user.attributes = vec![
        s("event.name", "gen_ai.user.message"),
        s("gen_ai.system", "openai"),
    ];
    user.body = Some(kvlist(vec![s("content", QUESTION)]));
    let mut choice = record(trace, n, "");
    choice.attributes = vec![
        s("event.name", "gen_ai.choice"),
        s("gen_ai.system", "openai"),
    ];
    choice.body = Some(kvlist(vec![
        kv("index", Value::IntValue(0)),
        s("finish_reason", "stop"),
        KeyValue {
            key: "message".into(),
            value: Some(kvlist(vec![s("role", "assistant"), s("content", REPLY)])),
            ..Default::default()
        },
    ]));
    vec![user, choice]
}

fn logs(service: &str, records: Vec<LogRecord>) -> ExportLogsServiceRequest {
    ExportLogsServiceRequest {
        resource_logs: vec![ResourceLogs {
            resource: Some(Resource {
                attributes: vec![s("service.name", service)],
                ..Default::default()
            }),
            scope_logs: vec![ScopeLogs {
                log_records: records,
                ..Default::default()
            }],
            ..Default::default()
        }],
    }
}

async fn grpc_logs(aw: &Agentwatch, request: ExportLogsServiceRequest) {
    let mut client = LogsServiceClient::connect(aw.grpc_url()).await.unwrap();
    let response = client.export(request).await.unwrap().into_inner();
    assert!(response.partial_success.is_none(), "{response:?}");
}

async fn http_logs_protobuf(aw: &Agentwatch, request: &ExportLogsServiceRequest) {
    let response = reqwest::Client::new()
        .post(aw.http_url("/v1/logs"))
        .header("content-type", "application/x-protobuf")
        .body(request.encode_to_vec())
        .send()
        .await
        .unwrap();
    let status = response.status();
    assert_eq!(status, 200, "{}", response.text().await.unwrap_or_default());
}

async fn http_logs_json(aw: &Agentwatch, body: serde_json::Value) -> reqwest::Response {
    reqwest::Client::new()
        .post(aw.http_url("/v1/logs"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap()
}

/// The OTLP/JSON form of `details_record`, written by hand as a JSON exporter writes it.
fn details_json(trace: &[u8], n: u64, service: &str) -> serde_json::Value {
    let span = chat_span(trace, n, REPLY);
    let text = |key: &str| {
        span.attributes
            .iter()
            .find(|kv| kv.key == key)
            .and_then(|kv| match kv.value.as_ref()?.value.as_ref()? {
                Value::StringValue(s) => Some(s.clone()),
                _ => None,
            })
            .unwrap()
    };
    serde_json::json!({
        "resourceLogs": [{
            "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": service}}]},
            "scopeLogs": [{"logRecords": [{
                "timeUnixNano": now_nanos().to_string(),
                "eventName": "gen_ai.client.inference.operation.details",
                "traceId": hex(trace),
                "spanId": hex(&span_id(n)),
                "attributes": [
                    {"key": "gen_ai.input.messages", "value": {"stringValue": text("gen_ai.input.messages")}},
                    {"key": "gen_ai.output.messages", "value": {"stringValue": text("gen_ai.output.messages")}}
                ]
            }]}]
        }]
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn send_spans(aw: &Agentwatch, service: &str, spans: Vec<Span>) {
    TraceServiceClient::connect(aw.grpc_url())
        .await
        .unwrap()
        .export(request(service, spans))
        .await
        .unwrap();
}

/// (evaluator, value, label, detail) of the span's pii_leak and refusal rows.
type Verdict = (String, Option<f64>, String, Option<String>);

fn verdicts(aw: &Agentwatch, trace: &[u8], n: u64) -> Vec<Verdict> {
    let span = hex(&span_id(n));
    aw.wait_rows(
        &format!(
            "trace_id = '{}' AND span_id = '{span}' AND evaluator IN ('pii_leak', 'refusal')",
            hex(trace)
        ),
        2,
    );
    let db = aw.sql();
    let mut statement = db
        .prepare(
            "SELECT evaluator, value, label, detail FROM scores WHERE trace_id = ?1 AND \
             span_id = ?2 AND evaluator IN ('pii_leak', 'refusal') ORDER BY evaluator",
        )
        .unwrap();
    statement
        .query_map([hex(trace), span], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn wait_metric(aw: &Agentwatch, prefix: &str, at_least: f64) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let value = aw.metric(prefix);
        if value >= at_least {
            return value;
        }
        assert!(
            Instant::now() < deadline,
            "{prefix} stayed at {value}, expected {at_least}\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn replies_sent_as_events_get_the_verdicts_of_replies_on_the_span() {
    let aw = Agentwatch::start("score:\n  join:\n    span_wait: 5s\n");
    let service = "events-agent";
    let trace = trace_id(1);
    // The reference: content on the span's attributes (span mode).
    send_spans(&aw, service, vec![chat_span(&trace, 0, REPLY)]).await;
    let reference = verdicts(&aw, &trace, 0);
    assert_eq!(reference.len(), 2);
    assert!(
        reference.iter().all(|(_, _, label, _)| label == "fail"),
        "the reply leaks PII and refuses: {reference:?}"
    );

    // Events first, then their spans: over gRPC (details event), HTTP protobuf (per-message
    // events), HTTP JSON (details event).
    grpc_logs(&aw, logs(service, vec![details_record(&trace, 1)])).await;
    http_logs_protobuf(&aw, &logs(service, message_records(&trace, 2))).await;
    let response = http_logs_json(&aw, details_json(&trace, 3, service)).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "{}");
    send_spans(
        &aw,
        service,
        (1..=3).map(|n| bare_chat_span(&trace, n)).collect(),
    )
    .await;
    for n in 1..=3 {
        assert_eq!(verdicts(&aw, &trace, n), reference, "span {n}");
    }

    // The span first: it waits (its service sends content events) until its events come.
    let early = {
        let grpc = aw.grpc_url();
        let span = bare_chat_span(&trace, 4);
        tokio::spawn(async move {
            let started = Instant::now();
            TraceServiceClient::connect(grpc)
                .await
                .unwrap()
                .export(request(service, vec![span]))
                .await
                .unwrap();
            started.elapsed()
        })
    };
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(
        !early.is_finished(),
        "the span was answered before its reply came"
    );
    grpc_logs(&aw, logs(service, message_records(&trace, 4))).await;
    let waited = early.await.unwrap();
    assert!(waited < Duration::from_secs(5), "waited {waited:?}");
    assert_eq!(verdicts(&aw, &trace, 4), reference);
    assert!(aw.metric("agentwatch_join_spans_total{outcome=\"joined\"}") >= 4.0);
    assert_eq!(
        aw.metric("agentwatch_join_events_total{outcome=\"joined\"}"),
        aw.metric("agentwatch_join_events_total{outcome=\"held\"}"),
        "every event offered was joined"
    );
    assert!(aw.metric("agentwatch_receiver_accepted_log_records_total") >= 6.0);

    // Trace-only traffic of a service that sends no events does not wait.
    let started = Instant::now();
    send_spans(&aw, "spans-only", vec![bare_chat_span(&trace, 5)]).await;
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn events_without_their_span_expire_and_spans_without_events_stop_waiting() {
    let aw = Agentwatch::start("score:\n  join:\n    span_wait: 300ms\n    event_ttl: 1s\n");
    let service = "lossy-agent";
    let trace = trace_id(2);
    // Two spans' events whose spans never come.
    grpc_logs(
        &aw,
        logs(
            service,
            vec![details_record(&trace, 10), details_record(&trace, 11)],
        ),
    )
    .await;
    assert_eq!(
        wait_metric(
            &aw,
            "agentwatch_join_events_total{outcome=\"expired\"}",
            2.0
        ),
        2.0
    );
    assert_eq!(aw.metric("agentwatch_join_held_bytes"), 0.0);
    assert!(aw.log().contains("GenAI content events expired"));
    // A span whose events never come waits span_wait, then is scored without content.
    let started = Instant::now();
    send_spans(&aw, service, vec![bare_chat_span(&trace, 12)]).await;
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(250),
        "answered after {waited:?}: did not wait"
    );
    assert_eq!(
        aw.metric("agentwatch_join_spans_total{outcome=\"wait_expired\"}"),
        1.0
    );
    let rows = verdicts(&aw, &trace, 12);
    assert!(
        rows.iter().all(|(_, _, label, _)| label == "unscoreable"),
        "{rows:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_join_memory_limit_holds_and_is_counted() {
    let aw = Agentwatch::start("score:\n  join:\n    max_bytes: 8192\n");
    let service = "chatty-agent";
    let trace = trace_id(3);
    let records: Vec<LogRecord> = (0..40)
        .map(|n| {
            let mut r = details_record(&trace, 100 + n);
            r.attributes
                .push(s("gen_ai.system_instructions", &"x".repeat(1000)));
            r
        })
        .collect();
    http_logs_protobuf(&aw, &logs(service, records)).await;
    let held = aw.metric("agentwatch_join_held_bytes");
    assert!(held > 0.0 && held <= 8192.0, "held {held}");
    let dropped = aw.metric("agentwatch_join_events_total{outcome=\"overflow\"}");
    assert!(dropped >= 30.0, "dropped {dropped}");
    assert_eq!(aw.metric("agentwatch_join_limit_bytes"), 8192.0);
    // The newest are kept: the last span's content is still there to join.
    send_spans(&aw, service, vec![bare_chat_span(&trace, 139)]).await;
    let rows = verdicts(&aw, &trace, 139);
    assert!(
        rows.iter().all(|(_, _, label, _)| label == "fail"),
        "{rows:?}"
    );
    // One event larger than the whole limit is dropped too.
    let mut huge = details_record(&trace, 200);
    huge.attributes
        .push(s("gen_ai.system_instructions", &"y".repeat(10_000)));
    grpc_logs(&aw, logs(service, vec![huge])).await;
    assert_eq!(
        aw.metric("agentwatch_join_events_total{outcome=\"overflow\"}"),
        dropped + 1.0
    );
    assert!(aw.log().contains("score.join.max_bytes"));
}

#[tokio::test(flavor = "multi_thread")]
async fn external_evaluation_results_become_scores_and_trip_a_rule() {
    let aw = Agentwatch::start(
        "windows:\n  length: 1s\n  allowed_lateness: 0s\n  idle_close: 1s\nrules:\n  - name: relevance_failing\n    metric: external_fail_rate\n    kind: static\n    op: '>'\n    threshold: 0.5\n    min_samples: 3\n    for: 1\n    severity: warning\n",
    );
    let service = "judged-agent";
    let trace = trace_id(4);
    // All four in the middle of one 1-second window.
    let second = now_nanos() / 1_000_000_000 * 1_000_000_000;
    let result = |n: u64, label: &str, value: f64| {
        let mut r = record(&trace, n, "gen_ai.evaluation.result");
        r.time_unix_nano = second + 500_000_000;
        r.attributes = vec![
            s("gen_ai.evaluation.name", "relevance"),
            kv("gen_ai.evaluation.score.value", Value::DoubleValue(value)),
            s("gen_ai.evaluation.score.label", label),
            s(
                "gen_ai.evaluation.explanation",
                "mentions jane.doe@example.org",
            ),
        ];
        r
    };
    let records = [
        result(0, "not_relevant", 0.1),
        result(1, "not_relevant", 0.2),
        result(2, "not_relevant", 0.3),
        result(3, "relevant", 0.9),
    ];
    // Half over gRPC, half over HTTP/JSON (the prost form serialized as OTLP/JSON).
    grpc_logs(&aw, logs(service, records[..2].to_vec())).await;
    let json = serde_json::to_value(logs(service, records[2..].to_vec())).unwrap();
    let response = http_logs_json(&aw, json).await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    // One with no name is refused by reading, counted.
    let mut nameless = record(&trace, 9, "gen_ai.evaluation.result");
    nameless.attributes = vec![s("gen_ai.evaluation.score.label", "fail")];
    grpc_logs(&aw, logs(service, vec![nameless])).await;
    assert_eq!(
        aw.metric("agentwatch_external_evaluations_total{outcome=\"invalid\"}"),
        1.0
    );

    aw.wait_rows("evaluator = 'relevance'", 4);
    let (fails, mean, detail): (i64, f64, String) = aw
        .sql()
        .query_row(
            "SELECT sum(label = 'fail'), avg(value), max(detail) FROM scores WHERE evaluator = 'relevance'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(fails, 3);
    assert!((mean - 0.375).abs() < 1e-9, "{mean}");
    let detail: serde_json::Value = serde_json::from_str(&detail).unwrap();
    assert_eq!(detail["source"], "external");
    assert!(
        !detail.to_string().contains("jane.doe"),
        "the explanation's text is not stored: {detail}"
    );
    // The window of external_fail_rate (3 of 4) breaches the rule and it fires.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let firing: i64 = aw
            .sql()
            .query_row(
                "SELECT count(*) FROM alerts WHERE rule = 'relevance_failing' AND state = 'firing' AND dimension = 'relevance'",
                [],
                |r| r.get(0),
            )
            .unwrap_or(0);
        if firing > 0 {
            break;
        }
        assert!(Instant::now() < deadline, "no alert fired:\n{}", aw.log());
        std::thread::sleep(Duration::from_millis(100));
    }
    let (value, n): (f64, i64) = aw
        .sql()
        .query_row(
            "SELECT value, n FROM windows WHERE rule = 'relevance_failing' AND verdict = 'breach'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((value, n), (0.75, 4));
    let mean_window: f64 = aw
        .sql()
        .query_row(
            "SELECT value FROM windows WHERE metric = 'external_score_mean' AND dimension = 'relevance'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!((mean_window - 0.375).abs() < 1e-9, "{mean_window}");
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_log_bodies_get_clear_errors_and_the_receiver_goes_on() {
    let aw = Agentwatch::start("");
    let response = http_logs_json(&aw, serde_json::json!({"resourceLogs": 7})).await;
    assert_eq!(response.status(), 400);
    assert!(response.text().await.unwrap().contains("invalid OTLP/JSON"));
    let mut client = LogsServiceClient::connect(aw.grpc_url()).await.unwrap();
    // A record whose trace id is 3 bytes is rejected by name, the rest accepted.
    let trace = trace_id(5);
    let mut bad = record(&trace, 0, "gen_ai.choice");
    bad.trace_id = vec![1, 2, 3];
    let response = client
        .export(logs("svc", vec![bad, details_record(&trace, 1)]))
        .await
        .unwrap()
        .into_inner();
    let partial = response.partial_success.expect("partial success");
    assert_eq!(partial.rejected_log_records, 1);
    assert!(
        partial.error_message.contains("trace_id must be 16 bytes"),
        "{partial:?}"
    );
    assert_eq!(
        aw.metric("agentwatch_receiver_accepted_log_records_total{transport=\"grpc\"}"),
        1.0
    );
}
