//! Scores back into OpenTelemetry: with `exporters.<otlp|otlphttp>.evaluations` on, every
//! stored score reaches a real OTLP logs receiver (gRPC `LogsService/Export`, HTTP `/v1/logs`)
//! as one `gen_ai.evaluation.result` event parented to the span it judges.

mod common;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use opentelemetry_proto::tonic::collector::logs::v1::logs_service_server::{
    LogsService, LogsServiceServer,
};
use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsServiceRequest, ExportLogsServiceResponse,
};
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use opentelemetry_proto::tonic::common::v1::any_value::Value as AnyValue;
use opentelemetry_proto::tonic::logs::v1::LogRecord;
use prost::Message;

/// Every log record a receiver got, with its resource's `service.name`.
#[derive(Clone, Default)]
struct Records(Arc<Mutex<Vec<(String, LogRecord)>>>);

impl Records {
    fn add(&self, request: ExportLogsServiceRequest) {
        let mut all = self.0.lock().unwrap();
        for resource in request.resource_logs {
            let service = resource
                .resource
                .as_ref()
                .and_then(|r| r.attributes.iter().find(|kv| kv.key == "service.name"))
                .and_then(|kv| kv.value.as_ref()?.value.clone())
                .map(|v| match v {
                    AnyValue::StringValue(s) => s,
                    other => panic!("service.name is not a string: {other:?}"),
                })
                .unwrap_or_default();
            for scope in resource.scope_logs {
                for record in scope.log_records {
                    all.push((service.clone(), record));
                }
            }
        }
    }

    fn of(&self, service: &str) -> Vec<LogRecord> {
        let all = self.0.lock().unwrap();
        all.iter()
            .filter(|(s, _)| s == service)
            .map(|(_, r)| r.clone())
            .collect()
    }

    /// Wait until `service` has `n` records, then a little longer to see no more come.
    fn wait(&self, service: &str, n: usize, aw: &Agentwatch) -> Vec<LogRecord> {
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.of(service).len() < n {
            assert!(
                Instant::now() < deadline,
                "{} of {n} evaluation events for {service}:\n{}",
                self.of(service).len(),
                aw.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(300));
        self.of(service)
    }
}

#[tonic::async_trait]
impl LogsService for Records {
    async fn export(
        &self,
        request: tonic::Request<ExportLogsServiceRequest>,
    ) -> Result<tonic::Response<ExportLogsServiceResponse>, tonic::Status> {
        self.add(request.into_inner());
        Ok(tonic::Response::new(ExportLogsServiceResponse::default()))
    }
}

fn attribute(record: &LogRecord, key: &str) -> Option<AnyValue> {
    record
        .attributes
        .iter()
        .find(|kv| kv.key == key)
        .and_then(|kv| kv.value.as_ref()?.value.clone())
}

fn text(record: &LogRecord, key: &str) -> Option<String> {
    match attribute(record, key)? {
        AnyValue::StringValue(s) => Some(s),
        other => panic!("{key} is not a string: {other:?}"),
    }
}

/// (span id hex, evaluator, label, value) of every stored score of `service`.
fn stored(aw: &Agentwatch, service: &str) -> BTreeSet<(String, String, String, Option<String>)> {
    let db = aw.sql();
    let mut statement = db
        .prepare("SELECT span_id, evaluator, label, value FROM scores WHERE service = ?1")
        .unwrap();
    statement
        .query_map([service], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<f64>>(3)?.map(|v| format!("{v}")),
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The same four of every event received.
fn published(records: &[LogRecord]) -> BTreeSet<(String, String, String, Option<String>)> {
    records
        .iter()
        .map(|r| {
            let value = match attribute(r, "gen_ai.evaluation.score.value") {
                Some(AnyValue::DoubleValue(v)) => Some(format!("{v}")),
                None => None,
                other => panic!("score.value is not a double: {other:?}"),
            };
            (
                hex::encode(&r.span_id),
                text(r, "gen_ai.evaluation.name").expect("gen_ai.evaluation.name"),
                text(r, "gen_ai.evaluation.score.label").expect("score.label"),
                value,
            )
        })
        .collect()
}

/// A chat span that leaks an e-mail address and carries a response id; a refusal; a failed
/// tool call.
fn incident_spans(trace: &[u8]) -> Vec<opentelemetry_proto::tonic::trace::v1::Span> {
    let mut leak = chat_span(
        trace,
        0,
        "Sure — write to jane.doe@example.org for the refund.",
    );
    leak.attributes
        .push(s("gen_ai.response.id", "chatcmpl-leak-42"));
    vec![
        leak,
        chat_span(trace, 1, "I'm sorry, but I can't help with that."),
        tool_span(trace, 2, "search_flights", true),
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn every_score_reaches_a_grpc_logs_receiver_parented_to_its_span() {
    let records = Records::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let incoming = futures::stream::unfold(listener, |l| async move {
        Some((l.accept().await.map(|(s, _)| s), l))
    });
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(
                LogsServiceServer::new(records.clone())
                    .accept_compressed(tonic::codec::CompressionEncoding::Gzip),
            )
            .serve_with_incoming(incoming),
    );
    // Evaluations only: no trace service listens there, and nothing may be sent to one.
    let aw = Agentwatch::start(&format!(
        "exporters:\n  otlp:\n    endpoint: http://127.0.0.1:{port}\n    spans: false\n    evaluations:\n      enabled: true\n"
    ));
    let trace = trace_id(71);
    let spans = incident_spans(&trace);
    TraceServiceClient::connect(aw.grpc_url())
        .await
        .unwrap()
        .export(request("eval-grpc", spans))
        .await
        .unwrap();
    // 2 chat spans × (latency, pii_leak, refusal, cost) + 1 tool span × (latency, tool_error,
    // pii_leak); the chat spans' tokens, truncation and empty_reply verdicts keep no rows
    // (their evaluators' rows policy) and are not published either.
    aw.wait_rows("service = 'eval-grpc'", 11);
    let got = records.wait("eval-grpc", 11, &aw);
    assert_eq!(got.len(), 11, "one event per stored score, no more");
    assert_eq!(published(&got), stored(&aw, "eval-grpc"));
    for record in &got {
        assert_eq!(record.event_name, "gen_ai.evaluation.result");
        assert_eq!(
            record.trace_id, trace,
            "parented to the judged span's trace"
        );
        assert!(record.time_unix_nano > 0 && record.observed_time_unix_nano > 0);
    }
    let leak = got
        .iter()
        .find(|r| text(r, "gen_ai.evaluation.name").as_deref() == Some("pii_leak"))
        .filter(|r| r.span_id == span_id(0))
        .expect("the leak's pii_leak event");
    assert_eq!(
        text(leak, "gen_ai.evaluation.score.label").as_deref(),
        Some("fail")
    );
    assert_eq!(
        text(leak, "gen_ai.response.id").as_deref(),
        Some("chatcmpl-leak-42")
    );
    let explanation = text(leak, "gen_ai.evaluation.explanation").expect("an explanation");
    assert!(explanation.contains("EMAIL_ADDRESS"), "{explanation}");
    assert!(
        !explanation.contains("jane.doe@example.org"),
        "masked evidence only: {explanation}"
    );
    assert_eq!(leak.severity_text, "WARN");
    let refusal = got
        .iter()
        .find(|r| {
            r.span_id == span_id(1)
                && text(r, "gen_ai.evaluation.name").as_deref() == Some("refusal")
        })
        .expect("the refusal's event");
    assert_eq!(
        attribute(refusal, "gen_ai.evaluation.score.value"),
        Some(AnyValue::DoubleValue(1.0))
    );
    assert_eq!(text(refusal, "gen_ai.response.id"), None);
    assert_eq!(
        aw.metric("agentwatch_exporter_sent_evaluations_total{exporter=\"otlp\"}"),
        11.0
    );
    assert_eq!(
        aw.metric("agentwatch_exporter_sent_spans_total"),
        0.0,
        "spans: false forwards no spans"
    );
}

/// What an OTLP/HTTP logs receiver got: each body decoded.
#[derive(Clone, Default)]
struct HttpLogs {
    records: Records,
    content_types: Arc<Mutex<Vec<String>>>,
}

async fn http_logs(
    axum::extract::State(state): axum::extract::State<HttpLogs>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> impl axum::response::IntoResponse {
    let content_type = headers
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    state.content_types.lock().unwrap().push(content_type);
    let mut raw = body.to_vec();
    if headers.get("content-encoding").is_some_and(|v| v == "gzip") {
        let mut plain = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(raw.as_slice()),
            &mut plain,
        )
        .expect("a gzip body");
        raw = plain;
    }
    state
        .records
        .add(ExportLogsServiceRequest::decode(raw.as_slice()).expect("a protobuf logs request"));
    (
        [("content-type", "application/x-protobuf")],
        ExportLogsServiceResponse::default().encode_to_vec(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn only_failures_reach_an_http_logs_receiver_when_so_filtered() {
    let state = HttpLogs::default();
    let app = axum::Router::new()
        .route("/v1/logs", axum::routing::post(http_logs))
        .with_state(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let aw = Agentwatch::start(&format!(
        "exporters:\n  otlphttp:\n    endpoint: http://127.0.0.1:{port}\n    spans: false\n    evaluations:\n      enabled: true\n      evaluators: [pii_leak, refusal, tool_error]\n      labels: [fail]\n"
    ));
    let trace = trace_id(72);
    TraceServiceClient::connect(aw.grpc_url())
        .await
        .unwrap()
        .export(request("eval-http", incident_spans(&trace)))
        .await
        .unwrap();
    aw.wait_rows("service = 'eval-http'", 9);
    let got = state.records.wait("eval-http", 3, &aw);
    let expected: BTreeSet<_> = stored(&aw, "eval-http")
        .into_iter()
        .filter(|(_, evaluator, label, _)| label == "fail" && evaluator != "latency")
        .collect();
    assert_eq!(
        expected.len(),
        3,
        "the leak, the refusal, the failed tool call"
    );
    assert_eq!(published(&got), expected);
    assert!(
        state
            .content_types
            .lock()
            .unwrap()
            .iter()
            .all(|c| c == "application/x-protobuf")
    );
    assert_eq!(
        aw.metric("agentwatch_exporter_sent_evaluations_total{exporter=\"otlphttp\"}"),
        3.0
    );
}

#[test]
fn bad_evaluation_settings_are_named_by_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.yaml");
    std::fs::write(
        &file,
        "exporters:\n  otlp:\n    endpoint: http://127.0.0.1:4317\n    evaluations:\n      enabled: true\n      evaluators: [pii_leak, toxicity]\n      labels: [fail, failed]\n  otlphttp:\n    traces_endpoint: http://127.0.0.1:4318/v1/traces\n    spans: true\n    evaluations:\n      enabled: true\n",
    )
    .unwrap();
    let out = std::process::Command::new(binary())
        .args(["validate", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    for expected in [
        "exporters.otlp.evaluations.evaluators[1]",
        "unknown evaluator 'toxicity'",
        "exporters.otlp.evaluations.labels[1]",
        "unknown label 'failed'",
        "exporters.otlphttp.logs_endpoint",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
}

/// A next hop that takes connections and never answers: the evaluation queue fills, and what
/// does not fit is dropped and counted — scoring and storing go on.
#[tokio::test(flavor = "multi_thread")]
async fn a_stuck_next_hop_bounds_the_evaluation_queue_and_counts_the_rest() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let aw = Agentwatch::start(&format!(
        "score:\n  workers: 1\nexporters:\n  otlp:\n    endpoint: http://127.0.0.1:{port}\n    spans: false\n    timeout: 60s\n    queue_size: 1\n    evaluations:\n      enabled: true\n"
    ));
    let mut client = TraceServiceClient::connect(aw.grpc_url()).await.unwrap();
    let trace = trace_id(73);
    for n in 0..6 {
        client
            .export(request(
                "eval-stuck",
                vec![tool_span(&trace, n, "t", false)],
            ))
            .await
            .unwrap();
        // One scored batch (one request of events) at a time.
        aw.wait_rows("service = 'eval-stuck'", 3 * (n as i64 + 1));
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    let dropped = loop {
        let dropped =
            aw.metric("agentwatch_exporter_enqueue_failed_evaluations_total{exporter=\"otlp\"}");
        if dropped >= 4.0 * 3.0 || Instant::now() > deadline {
            break dropped;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    // One request in flight, one queued; the other four batches' 3 events each are counted.
    assert_eq!(dropped, 12.0, "{}", aw.log());
    assert_eq!(aw.metric("agentwatch_exporter_sent_evaluations_total"), 0.0);
    assert!(aw.log().contains("exporter queue is full; not sent"));
}
