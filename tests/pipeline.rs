//! The embedded pipeline end to end with the real binary: idempotent writes, back-pressure
//! instead of loss, forwarding to the next hop, health and metrics, graceful shutdown, and the
//! `validate` / `query` commands.

mod common;

use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_server::{
    TraceService, TraceServiceServer,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use tonic::Code;

async fn client(aw: &Agentwatch) -> TraceServiceClient<tonic::transport::Channel> {
    TraceServiceClient::connect(aw.grpc_url()).await.unwrap()
}

/// Export `req` in a task of its own: agentwatch answers only once the spans are durable.
async fn export_in_background(
    aw: &Agentwatch,
    req: ExportTraceServiceRequest,
) -> tokio::task::JoinHandle<Result<tonic::Response<ExportTraceServiceResponse>, tonic::Status>> {
    let mut client = client(aw).await;
    tokio::spawn(async move { client.export(req).await })
}

/// Wait until the embedded bus holds `spans` spans.
fn wait_queued(aw: &Agentwatch, spans: f64) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while aw.metric("agentwatch_bus_queue_depth") != spans {
        assert!(
            std::time::Instant::now() < deadline,
            "the bus never held {spans} spans:\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Holds SQLite's write lock, as a long write by another process would: agentwatch's writes
/// wait, its workers stall, and its bus fills up.
struct WriteLock(rusqlite::Connection);

impl WriteLock {
    fn take(aw: &Agentwatch) -> WriteLock {
        let conn = rusqlite::Connection::open(&aw.db).unwrap();
        conn.execute_batch("BEGIN EXCLUSIVE").unwrap();
        WriteLock(conn)
    }
    fn release(self) {
        self.0.execute_batch("COMMIT").unwrap();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn redelivered_spans_leave_one_row_per_evaluator() {
    let aw = Agentwatch::start("");
    let trace = trace_id(1);
    let req = request(
        "idem",
        vec![
            tool_span(&trace, 0, "lookup", true),
            chat_span(&trace, 1, "Sure, here it is."),
        ],
    );
    for _ in 0..3 {
        client(&aw).await.export(req.clone()).await.unwrap();
    }
    // HTTP too: the same spans over the other transport.
    let response = common::post_otlp_http(&aw, &req).await;
    assert_eq!(response.status(), 200);
    // All 4 deliveries scored (28 rows written: the tool span gets latency, tool_error and an
    // unscoreable pii_leak; the chat span latency, pii_leak, refusal and cost — its tokens
    // and empty_reply verdict feed windows only), yet the table holds one row per span ×
    // evaluator.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while aw.metric("agentwatch_scored_spans_total") < 8.0 {
        assert!(std::time::Instant::now() < deadline, "{}", aw.log());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(count_rows(&aw.db, "service = 'idem'"), 7);
    assert_eq!(aw.metric("agentwatch_store_rows_written_total"), 28.0);
}

#[tokio::test(flavor = "multi_thread")]
async fn full_bus_pushes_back_and_loses_nothing_acknowledged() {
    let aw = Agentwatch::start_with(
        "bus:\n  kind: embedded\n  max_queued_spans: 4\nscore:\n  workers: 1\n",
        "    backpressure_timeout: 100ms\n    retry_after: 2s\n",
    );
    let lock = WriteLock::take(&aw);
    let trace = trace_id(2);
    // 4 spans fill the bus (held until their scores are written, which the lock prevents);
    // their clients wait for the answer meanwhile.
    let mut accepted = Vec::new();
    for n in 0..2 {
        let req = request(
            "bp",
            vec![
                tool_span(&trace, 2 * n, "a", false),
                tool_span(&trace, 2 * n + 1, "b", false),
            ],
        );
        accepted.push(export_in_background(&aw, req).await);
        wait_queued(&aw, 2.0 * (n + 1) as f64);
    }
    // gRPC: RESOURCE_EXHAUSTED with RetryInfo, so OTLP exporters retry.
    let err = client(&aw)
        .await
        .export(request("bp", vec![tool_span(&trace, 10, "c", false)]))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::ResourceExhausted, "{err:?}");
    assert!(err.message().contains("overloaded"), "{}", err.message());
    use tonic_types::StatusExt;
    let retry = err.get_details_retry_info().expect("RetryInfo attached");
    assert_eq!(retry.retry_delay, Some(Duration::from_secs(2)));
    // HTTP: 429 with Retry-After.
    let response =
        common::post_otlp_http(&aw, &request("bp", vec![tool_span(&trace, 11, "c", false)])).await;
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "2");
    assert_eq!(aw.metric("agentwatch_bus_queue_depth"), 4.0);
    assert_eq!(
        aw.metric(
            "agentwatch_receiver_refused_spans_total{transport=\"grpc\",reason=\"overloaded\"}"
        ),
        1.0
    );
    assert_eq!(
        aw.metric(
            "agentwatch_receiver_refused_spans_total{transport=\"http\",reason=\"overloaded\"}"
        ),
        1.0
    );

    // An OK means durable: none is given while the store cannot write.
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        accepted.iter().all(|a| !a.is_finished()),
        "answered before durable"
    );
    // The store comes back: every accepted span is written and then acknowledged, the
    // refused ones are not written.
    lock.release();
    for a in accepted {
        a.await.unwrap().expect("acknowledged once written");
    }
    assert_eq!(
        count_rows(&aw.db, "service = 'bp' AND evaluator = 'latency'"),
        4
    );
    let tools: Vec<String> = aw
        .sql()
        .prepare("SELECT tool FROM scores WHERE service = 'bp' AND evaluator = 'tool_error' ORDER BY span_id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(tools, vec!["a", "b", "a", "b"]);
    // And the client's retry now succeeds.
    client(&aw)
        .await
        .export(request("bp", vec![tool_span(&trace, 10, "c", false)]))
        .await
        .expect("accepted once there is room");
    aw.wait_rows("service = 'bp' AND evaluator = 'latency'", 5);
}

/// A next-hop OTLP receiver that records what it gets.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Recorded>>>);

/// A forwarded request and its `authorization` metadata.
type Recorded = (ExportTraceServiceRequest, Option<String>);

#[tonic::async_trait]
impl TraceService for Recorder {
    async fn export(
        &self,
        request: tonic::Request<ExportTraceServiceRequest>,
    ) -> Result<tonic::Response<ExportTraceServiceResponse>, tonic::Status> {
        let auth = request
            .metadata()
            .get("authorization")
            .map(|v| v.to_str().unwrap().to_owned());
        self.0.lock().unwrap().push((request.into_inner(), auth));
        Ok(tonic::Response::new(ExportTraceServiceResponse::default()))
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn forwards_accepted_spans_to_the_next_hop() {
    let recorder = Recorder::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = TraceServiceServer::new(recorder.clone())
        .accept_compressed(tonic::codec::CompressionEncoding::Gzip);
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(server)
            .serve_with_incoming(tokio_stream_from(listener)),
    );
    let token_file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(token_file.path(), "Bearer hop-token\n").unwrap();
    let aw = Agentwatch::start(&format!(
        "exporters:\n  otlp:\n    endpoint: http://127.0.0.1:{port}\n    headers:\n      authorization: ${{file:{}}}\n",
        token_file.path().display()
    ));
    let trace = trace_id(3);
    let mut invalid = tool_span(&trace, 9, "x", false);
    invalid.trace_id = vec![];
    let sent = request(
        "fwd",
        vec![
            chat_span(&trace, 0, "ok"),
            tool_span(&trace, 1, "t", false),
            invalid,
        ],
    );
    let response = client(&aw)
        .await
        .export(sent.clone())
        .await
        .unwrap()
        .into_inner();
    assert_eq!(response.partial_success.unwrap().rejected_spans, 1);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while recorder.0.lock().unwrap().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "nothing forwarded:\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let got = recorder.0.lock().unwrap().clone();
    assert_eq!(got.len(), 1);
    let (forwarded, auth) = &got[0];
    // What was accepted is forwarded unchanged; the rejected span is not.
    let mut expected = sent.clone();
    expected.resource_spans[0].scope_spans[0].spans.truncate(2);
    assert_eq!(forwarded, &expected);
    assert_eq!(auth.as_deref(), Some("Bearer hop-token"));
    aw.wait_rows("service = 'fwd'", 3);
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while aw.metric("agentwatch_exporter_sent_spans_total") < 2.0 {
        assert!(std::time::Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        !aw.log().contains("hop-token"),
        "secrets never reach the log"
    );
}

fn tokio_stream_from(
    listener: tokio::net::TcpListener,
) -> impl futures::Stream<Item = std::io::Result<tokio::net::TcpStream>> {
    futures::stream::unfold(listener, |l| async move {
        Some((l.accept().await.map(|(s, _)| s), l))
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_drains_queued_spans_before_exit() {
    let mut aw = Agentwatch::start("score:\n  workers: 1\nservice:\n  shutdown_timeout: 20s\n");
    assert_eq!(
        http_get(aw.admin, "/healthz").unwrap(),
        (200, "ok\n".into())
    );
    let lock = WriteLock::take(&aw);
    let trace = trace_id(4);
    let mut accepted = Vec::new();
    for n in 0..5 {
        let req = request("drain", vec![tool_span(&trace, n, "t", n % 2 == 0)]);
        accepted.push(export_in_background(&aw, req).await);
    }
    wait_queued(&aw, 5.0);
    let pid = aw.child.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    // While draining: not ready, and new spans are refused (the receivers are closed).
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while http_get_status(aw.admin, "/readyz") != Some(503) {
        assert!(
            std::time::Instant::now() < deadline,
            "readyz never went 503"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        TraceServiceClient::connect(aw.grpc_url()).await.is_err() || {
            let r = client(&aw)
                .await
                .export(request("late", vec![tool_span(&trace, 9, "t", false)]))
                .await;
            r.is_err()
        }
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        aw.child.try_wait().unwrap().is_none(),
        "must not exit before the queue is written"
    );
    lock.release();
    let status = aw.terminate(Duration::from_secs(15));
    assert!(status.success(), "{status}\n{}", aw.log());
    // The drain wrote them, and only then were their clients answered OK.
    for a in accepted {
        a.await.unwrap().expect("acknowledged by the drain");
    }
    // 5 tool spans × (latency, tool_error, pii_leak unscoreable).
    assert_eq!(count_rows(&aw.db, "service = 'drain'"), 15, "{}", aw.log());
    assert!(aw.log().contains("shutdown complete"));
}

#[tokio::test(flavor = "multi_thread")]
async fn shutdown_deadline_bounds_exit_time() {
    let mut aw = Agentwatch::start("score:\n  workers: 1\nservice:\n  shutdown_timeout: 1s\n");
    let lock = WriteLock::take(&aw);
    let stuck = export_in_background(
        &aw,
        request("stuck", vec![tool_span(&trace_id(5), 0, "t", false)]),
    )
    .await;
    wait_queued(&aw, 1.0);
    let started = std::time::Instant::now();
    let status = aw.terminate(Duration::from_secs(10));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(
        !status.success(),
        "an unfinished drain is reported with a failure exit"
    );
    assert!(
        aw.log().contains("shutdown deadline passed"),
        "{}",
        aw.log()
    );
    // Its client was never told the span was accepted: it keeps it, to send again.
    assert!(stuck.await.unwrap().is_err());
    lock.release();
}

#[test]
fn validate_command_explains_errors_with_paths() {
    let root = env!("CARGO_MANIFEST_DIR");
    for file in ["pipelines/local.yaml", "pipelines/kafka-clickhouse.yaml"] {
        let ok = Command::new(binary())
            .args(["validate", &format!("{root}/{file}")])
            .env("AGENTWATCH_CERTS", format!("{root}/no-such-dir"))
            .env("AGENTWATCH_INGEST_TOKEN", "ingest-token-0123456789")
            .env("AGENTWATCH_ADMIN_TOKEN", "admin-token-0123456789")
            .output()
            .unwrap();
        assert!(
            ok.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&ok.stderr)
        );
        assert!(String::from_utf8_lossy(&ok.stdout).contains("valid"));
    }

    let bad = Command::new(binary())
        .args([
            "validate",
            &format!("{root}/tests/data/config/bad_many.yaml"),
        ])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    for path in [
        "receivers.otlp.protocols.grpc.endpoint",
        "receivers.otlp.max_request_bytes",
        "bus.max_queued_spans",
        "exporters.otlp.endpoint",
        "exporters.otlp.compression",
        "admin.endpoint",
        "admin.ui.trace_url",
    ] {
        assert!(stderr.contains(path), "missing {path} in:\n{stderr}");
    }
    let missing = Command::new(binary())
        .args(["validate", "/nonexistent.yaml"])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent.yaml"));
}

#[tokio::test(flavor = "multi_thread")]
async fn query_command_prints_table_and_json_with_filters() {
    let aw = Agentwatch::start("");
    let trace = trace_id(6);
    client(&aw)
        .await
        .export(request(
            "q-one",
            vec![
                tool_span(&trace, 0, "search", true),
                chat_span(&trace, 1, "hi"),
            ],
        ))
        .await
        .unwrap();
    client(&aw)
        .await
        .export(request("q-two", vec![tool_span(&trace, 2, "book", false)]))
        .await
        .unwrap();
    aw.wait_rows("service LIKE 'q-%'", 10);
    let run = |args: &[&str]| {
        let out = Command::new(binary())
            .arg("query")
            .arg("--config")
            .arg(&aw.config_path)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let json = run(&["--service", "q-one", "--format", "json", "--since", "10m"]);
    let rows: Vec<serde_json::Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 7, "{json}");
    assert!(rows.iter().all(|r| r["service"] == "q-one"));
    let failed = run(&[
        "--evaluator",
        "tool_error",
        "--label",
        "fail",
        "--format",
        "json",
    ]);
    let rows: Vec<serde_json::Value> = failed
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["tool"], "search");
    assert_eq!(rows[0]["trace_id"], hex::encode(&trace));
    let table = run(&["--evaluator", "tool_error"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("TIME") && lines[0].contains("EVALUATOR"),
        "{table}"
    );
    assert_eq!(lines.len(), 3, "{table}");
    assert!(table.contains("book") && table.contains("search"));
    assert!(
        run(&[
            "--since",
            "2000-01-01T00:00:00Z",
            "--until",
            "2000-01-02T00:00:00Z"
        ])
        .contains("(no scores match)")
    );
    let bad = Command::new(binary())
        .args(["query", "--db", "/nonexistent/x.db"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no database"));
}

/// The SQL the README shows for `sqlite3` runs against a real store and returns what it says.
#[tokio::test(flavor = "multi_thread")]
async fn readme_sqlite_examples_run() {
    let aw = Agentwatch::start("");
    let trace = trace_id(7);
    client(&aw)
        .await
        .export(request(
            "demo-agent",
            vec![
                tool_span(&trace, 0, "get_weather", true),
                tool_span(&trace, 1, "get_weather", false),
                tool_span(&trace, 2, "book_table", false),
            ],
        ))
        .await
        .unwrap();
    // Two model calls of the cost example's service.
    client(&aw)
        .await
        .export(request(
            "trip-planner",
            vec![
                chat_span(&trace, 3, "Booked."),
                chat_span(&trace, 4, "Done."),
            ],
        ))
        .await
        .unwrap();
    aw.wait_rows("service = 'demo-agent'", 6);
    aw.wait_rows("service = 'trip-planner' AND evaluator = 'cost'", 2);
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let queries: Vec<&str> = readme
        .split("agentwatch.db \"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(
        queries.len(),
        4,
        "README sqlite3 examples changed: update this test"
    );
    let conn = aw.sql();
    let count = |sql: &str| -> Vec<Vec<String>> {
        let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{e}: {sql}"));
        let n = stmt.column_count();
        stmt.query_map([], |r| {
            (0..n)
                .map(|i| {
                    r.get::<_, rusqlite::types::Value>(i)
                        .map(|v| format!("{v:?}"))
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    };
    let recent = count(queries[0]);
    assert_eq!(recent.len(), 3, "{recent:?}");
    let rates = count(queries[1]);
    assert_eq!(rates.len(), 2, "{rates:?}");
    assert_eq!(rates[0][0], "Text(\"get_weather\")");
    assert_eq!(rates[0][2], "Real(0.5)");
    // Failed agent runs (tests/trajectories.rs runs it on runs that fail): these spans hold
    // no agent run.
    assert!(
        queries[2].contains("evaluator = 'trajectory'"),
        "{}",
        queries[2]
    );
    assert_eq!(count(queries[2]), Vec::<Vec<String>>::new());
    // Spend by model: two gpt-4o-mini calls of 52 in and 18 out at $0.15 / $0.60 a million.
    let spend = count(queries[3]);
    assert_eq!(spend.len(), 1, "{spend:?}");
    assert_eq!(spend[0][0], "Text(\"gpt-4o-mini-2024-07-18\")");
    assert_eq!(spend[0][1], "Integer(2)");
    let total = 2.0 * (52.0 * 0.15 + 18.0 * 0.6) / 1e6;
    assert_eq!(spend[0][2], format!("Real({total:?})"), "{spend:?}");
}

/// Live traffic closes windows too: by event time as spans keep coming, by the wall clock
/// when they stop (a shutdown leaves the windows still open for the next start).
#[tokio::test(flavor = "multi_thread")]
async fn live_windows_close_and_are_written() {
    let mut aw =
        Agentwatch::start("windows:\n  length: 1s\n  allowed_lateness: 0s\n  idle_close: 1s\n");
    let trace = trace_id(8);
    client(&aw)
        .await
        .export(request(
            "live",
            vec![
                tool_span(&trace, 0, "search", true),
                tool_span(&trace, 1, "search", false),
                chat_span(&trace, 2, "Here you go."),
            ],
        ))
        .await
        .unwrap();
    let windows = |aw: &Agentwatch| -> i64 {
        aw.sql()
            .query_row(
                "SELECT count(*) FROM windows WHERE service = 'live' AND metric = 'tool_error_rate'",
                [],
                |r| r.get(0),
            )
            .unwrap_or(0)
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while windows(&aw) == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "no window closed:\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let (n, value, verdict): (i64, f64, String) = aw
        .sql()
        .query_row(
            "SELECT n, value, verdict FROM windows WHERE service = 'live' AND metric = 'tool_error_rate' AND rule = 'tool_error_rate_high'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    // Two tool calls, one failed: too few for the rule's 20 samples, so it is pooled.
    assert_eq!((n, value, verdict.as_str()), (2, 0.5, "insufficient_data"));
    // A span for a window that already closed is late: counted, its scores still stored.
    let mut late = tool_span(&trace, 3, "search", false);
    late.start_time_unix_nano -= 60_000_000_000;
    late.end_time_unix_nano -= 60_000_000_000;
    client(&aw)
        .await
        .export(request("live", vec![late]))
        .await
        .unwrap();
    aw.wait_rows("service = 'live' AND span_id = '0000000000000004'", 1);
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while aw.metric("agentwatch_window_late_scores_total") < 1.0 {
        assert!(
            std::time::Instant::now() < deadline,
            "late span not counted"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(aw.terminate(Duration::from_secs(10)).success());
}
