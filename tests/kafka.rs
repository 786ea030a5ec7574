//! Distributed mode over a real Kafka-protocol broker (tansu, see tests/common/kafka.rs):
//! separate ingest, score and detect processes of the real binary, OTLP in, SQLite out.
//!
//! Spans carry event times inside one past minute (`W0`), so the test decides when that
//! window closes: by sending one later span only after everything else was scored.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::kafka::{Broker, PARTITIONS};
use common::{Agentwatch, chat_span, post_otlp_http, request, tool_span};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::trace::v1::Span;
use prost::Message;
use rdkafka::config::ClientConfig;
use rdkafka::producer::{FutureProducer, FutureRecord};

const MINUTE: u64 = 60_000_000_000;

/// A pipeline file for every role: Kafka bus on `broker`, topics and groups of their own, one
/// SQLite file shared by the score and detect processes, no rules (one window row per series).
struct Deployment {
    _dir: tempfile::TempDir,
    config: PathBuf,
    db: PathBuf,
    /// Start of the event-time minute the test's spans fall in.
    w0: u64,
}

impl Deployment {
    fn new(broker: &Broker, extra_bus: &str) -> Deployment {
        Self::with_session(broker, extra_bus, "6s")
    }

    fn with_session(broker: &Broker, extra_bus: &str, session_timeout: &str) -> Deployment {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("agentwatch.db");
        let config = dir.path().join("pipeline.yaml");
        let yaml = common::kafka::pipeline_yaml(
            broker,
            &db,
            session_timeout,
            extra_bus,
            "score:
  workers: 1
windows:
  length: 1m
  allowed_lateness: 0s
  idle_close: 1h
rules: []
",
        );
        std::fs::write(&config, yaml).unwrap();
        let now = common::now_nanos();
        Deployment {
            _dir: dir,
            config,
            db,
            w0: now - now % MINUTE - 5 * MINUTE,
        }
    }

    fn start(&self, role: &str) -> Agentwatch {
        Agentwatch::start_file(&self.config, &self.db, &["--role", role])
    }

    /// Two score processes, each once assigned its share of the partitions.
    fn start_two_score_processes(&self) -> (Agentwatch, Agentwatch) {
        let (a, b) = (self.start("score"), self.start("score"));
        for worker in [&a, &b] {
            wait_metric(
                worker,
                "agentwatch_kafka_rebalances_total{group=\"agentwatch-score\",kind=\"assign\"}",
                1.0,
            );
        }
        (a, b)
    }

    /// A span of trace `n` ending inside W0 (or `later` minutes after it).
    fn at(&self, mut span: Span, n: u64, later: u64) -> Span {
        span.start_time_unix_nano = self.w0 + later * MINUTE + (n % 50) * 1_000_000_000;
        span.end_time_unix_nano = span.start_time_unix_nano + 500_000_000;
        span
    }

    /// Request `r`: `spans` spans alternating chat replies and tool calls, all in W0.
    fn request(&self, r: u64, spans: u64) -> ExportTraceServiceRequest {
        let trace = trace_id(r);
        let spans = (0..spans)
            .map(|i| {
                let n = r * 1000 + i;
                let span = if i % 2 == 0 {
                    chat_span(&trace, n, "Your flight to Lisbon is booked.")
                } else {
                    tool_span(&trace, n, "search_flights", i % 3 == 0)
                };
                self.at(span, n, 0)
            })
            .collect();
        request("travel-desk", spans)
    }

    /// Spans with a latency score (every scored span has one).
    fn scored_spans(&self) -> i64 {
        common::count_rows(&self.db, "evaluator = 'latency'")
    }

    fn wait_scored(&self, spans: i64, within: Duration, logs: &[&Agentwatch]) {
        let deadline = Instant::now() + within;
        loop {
            let got = self.scored_spans();
            if got >= spans {
                assert_eq!(got, spans, "more spans scored than sent");
                return;
            }
            if Instant::now() > deadline {
                let logs: Vec<String> = logs.iter().map(|a| a.log()).collect();
                panic!("{got} of {spans} spans scored:\n{}", logs.join("\n-----\n"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Close W0 (one span two minutes later) and return the span count each latency series
    /// of W0 was judged on, from the windows table.
    async fn close_w0(&self, ingest: &Agentwatch, detect: &Agentwatch) -> i64 {
        let trace = trace_id(999_999);
        let pusher = self.at(tool_span(&trace, 1, "clock", false), 1, 2);
        let response = post_otlp_http(ingest, &request("clock", vec![pusher])).await;
        assert_eq!(response.status(), 200);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if self.db.exists() {
                let n: Option<i64> = common::open_db(&self.db)
                    .query_row(
                        "SELECT sum(n) FROM windows WHERE window_start_ns = ?1 AND metric = 'latency_p50' AND service = 'travel-desk'",
                        [self.w0 as i64],
                        |r| r.get(0),
                    )
                    .ok()
                    .flatten();
                if let Some(n) = n {
                    return n;
                }
            }
            assert!(
                Instant::now() < deadline,
                "window W0 not written:\n{}",
                detect.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Wait until the score workers report consumer lag for every partition of the span log, all
/// of it 0: every batch committed, so every partial aggregate (redelivered ones included) has
/// been published. (A member reports only the partitions it reads: while a dead member's
/// partitions wait for its session to time out, they are missing, not 0.)
fn wait_lag_drained(workers: &[&Agentwatch]) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let text: String = workers
            .iter()
            .map(|w| common::http_get_body(w.admin, "/metrics").unwrap_or_default() + "\n")
            .collect();
        let lags: Vec<(String, f64)> = text
            .lines()
            .filter(|l| {
                l.starts_with("agentwatch_kafka_consumer_lag{")
                    && l.contains("topic=\"otlp_spans\"")
            })
            .filter_map(|l| {
                let partition = l.split("partition=\"").nth(1)?.split('"').next()?;
                Some((partition.to_owned(), l.rsplit(' ').next()?.parse().ok()?))
            })
            .collect();
        let reported: std::collections::HashSet<&String> = lags.iter().map(|(p, _)| p).collect();
        if reported.len() == PARTITIONS && lags.iter().all(|(_, lag)| *lag == 0.0) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "consumer lag not reported or not drained: {lags:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn trace_id(n: u64) -> Vec<u8> {
    let mut id = 0x00ca_f4a0_u64.to_be_bytes().to_vec();
    id.extend_from_slice(&n.to_be_bytes());
    id
}

/// Wait until `aw`'s metric (sum over lines starting with `prefix`) reaches `at_least`.
fn wait_metric(aw: &Agentwatch, prefix: &str, at_least: f64) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let v = aw.metric(prefix);
        if v >= at_least {
            return v;
        }
        assert!(
            Instant::now() < deadline,
            "{prefix} = {v}, expected ≥ {at_least}:\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ingest_to_two_score_workers_to_detect_end_to_end() {
    let Some(broker) = Broker::start() else {
        return;
    };
    let d = Deployment::new(&broker, "");
    // Detect first: it creates the store's schema the others share.
    let detect = d.start("detect");
    let score_a = d.start("score");
    let score_b = d.start("score");
    let ingest = d.start("ingest");
    assert_eq!(
        (score_a.grpc, score_a.http),
        (0, 0),
        "score role has no receivers"
    );
    // Both workers joined the group before load starts, so each gets partitions.
    wait_metric(
        &score_a,
        "agentwatch_kafka_rebalances_total{group=\"agentwatch-score\",kind=\"assign\"}",
        1.0,
    );
    wait_metric(
        &score_b,
        "agentwatch_kafka_rebalances_total{group=\"agentwatch-score\",kind=\"assign\"}",
        1.0,
    );

    let (requests, per_request) = (40, 25);
    for r in 0..requests {
        let response = post_otlp_http(&ingest, &d.request(r, per_request)).await;
        assert_eq!(response.status(), 200, "{}", ingest.log());
        tokio::time::sleep(Duration::from_millis(15)).await;
    }
    let total = (requests * per_request) as i64;
    d.wait_scored(
        total,
        Duration::from_secs(60),
        &[&score_a, &score_b, &ingest],
    );

    // Unkeyed messages spread over the partitions, so both workers scored some. (A worker
    // counts a batch once its partials are published too, just after its rows are written.)
    let deadline = Instant::now() + Duration::from_secs(20);
    let (a, b) = loop {
        let (a, b) = (
            score_a.metric("agentwatch_scored_spans_total"),
            score_b.metric("agentwatch_scored_spans_total"),
        );
        if a + b >= total as f64 || Instant::now() > deadline {
            break (a, b);
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(a > 0.0 && b > 0.0, "work not shared: {a} and {b} spans");
    assert_eq!(a + b, total as f64, "no redelivery without failures");
    assert_eq!(
        ingest.metric("agentwatch_receiver_accepted_spans_total"),
        total as f64
    );
    assert!(
        ingest.metric("agentwatch_kafka_produced_messages_total{topic=\"otlp_spans\"}")
            >= requests as f64
    );
    // Every evaluator's row of every span: 13 chat spans and 12 tool calls per request.
    let chat = (requests * 13) as i64;
    assert_eq!(common::count_rows(&d.db, "evaluator = 'refusal'"), chat);
    assert_eq!(
        common::count_rows(&d.db, "evaluator = 'tool_error'"),
        total - chat
    );
    assert_eq!(common::count_rows(&d.db, "evaluator = 'pii_leak'"), total);

    // The window is judged on every span exactly once.
    assert_eq!(d.close_w0(&ingest, &detect).await, total);

    // Lag is reported per partition from client statistics, and drains to 0.
    wait_lag_drained(&[&score_a, &score_b]);
    assert!(detect.metric("agentwatch_kafka_rebalances_total{group=\"agentwatch-detect\"") >= 1.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_score_worker_killed_mid_stream_loses_and_doubles_nothing() {
    let Some(broker) = Broker::start() else {
        return;
    };
    let d = Deployment::new(&broker, "");
    let detect = d.start("detect");
    let score_a = d.start("score");
    let mut score_b = d.start("score");
    let ingest = d.start("ingest");
    wait_metric(
        &score_b,
        "agentwatch_kafka_rebalances_total{group=\"agentwatch-score\",kind=\"assign\"}",
        1.0,
    );

    let (requests, per_request) = (60, 20);
    let mut killed = false;
    for r in 0..requests {
        let response = post_otlp_http(&ingest, &d.request(r, per_request)).await;
        assert_eq!(response.status(), 200, "{}", ingest.log());
        // Mid-stream, once B has scored something (so it has uncommitted work in flight or
        // just committed), kill it without a goodbye.
        if !killed && r >= 20 && score_b.metric("agentwatch_scored_spans_total") > 0.0 {
            let _ = score_b.child.kill();
            let _ = score_b.child.wait();
            killed = true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(killed, "worker B never scored anything to be killed during");
    // Restart B; until its old membership times out, its partitions wait, then move.
    score_b.kill_and_restart();
    let total = (requests * per_request) as i64;
    d.wait_scored(
        total,
        Duration::from_secs(90),
        &[&score_a, &score_b, &ingest],
    );
    // B may have written a batch's scores and died before publishing its partials: the rows
    // are all there, but the window must not be closed before the redelivered batch is done.
    wait_lag_drained(&[&score_a, &score_b]);
    // Windows: redelivered partials (from batches B scored but did not commit) merged once.
    assert_eq!(
        d.close_w0(&ingest, &detect).await,
        total,
        "{}",
        detect.log()
    );
    eprintln!(
        "partials delivered twice and merged once: {}",
        detect.metric("agentwatch_window_redelivered_partials_total")
    );
    assert_eq!(
        common::count_rows(&d.db, "evaluator = 'refusal'"),
        (requests * 10) as i64
    );
}

/// The broker stops answering for 5 s under load, then comes back. It is frozen with SIGSTOP
/// rather than killed: tansu keeps its data in memory (its SQLite engine panics on restart),
/// so a killed one would come back empty; and the outage is shorter than the group session,
/// because tansu keeps a member that timed out in its group, and its partitions unread.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broker_outage_gives_retryable_errors_and_loses_nothing_acknowledged() {
    let Some(broker) = Broker::start() else {
        return;
    };
    let d = Deployment::with_session(&broker, "", "15s");
    let all = d.start("all");
    let client = reqwest::Client::new();
    let mut acknowledged = Vec::new();
    let mut retryable = 0;
    let mut paused_at = None;
    let mut resumed = false;
    let mut acknowledged_after_outage = 0;
    let started = Instant::now();
    let mut r = 0;
    while started.elapsed() < Duration::from_secs(20) {
        let req = d.request(r, 5);
        let response = client
            .post(all.http_url("/v1/traces"))
            .header("content-type", "application/x-protobuf")
            .body(req.encode_to_vec())
            .timeout(Duration::from_secs(10))
            .send()
            .await
            .unwrap_or_else(|e| panic!("request {r}: {e}\n{}", all.log()));
        match response.status().as_u16() {
            200 => {
                acknowledged.push(r);
                acknowledged_after_outage += u32::from(resumed);
            }
            429 | 502 | 503 | 504 => retryable += 1,
            other => panic!(
                "status {other} is not retryable: {}",
                response.text().await.unwrap()
            ),
        }
        r += 1;
        let t = started.elapsed();
        if paused_at.is_none() && t > Duration::from_secs(3) {
            broker.pause();
            paused_at = Some(t);
        }
        if let (Some(at), false) = (paused_at, resumed)
            && t > at + Duration::from_secs(5)
        {
            broker.resume();
            resumed = true;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(resumed);
    assert!(
        retryable > 0,
        "no request was refused while the broker was down"
    );
    assert!(
        acknowledged_after_outage > 10,
        "only {acknowledged_after_outage} requests acknowledged after the outage:\n{}",
        all.log()
    );
    // Every acknowledged span is scored.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let missing: Vec<u64> = acknowledged
            .iter()
            .copied()
            .filter(|r| {
                common::count_rows(
                    &d.db,
                    &format!(
                        "evaluator = 'latency' AND trace_id = '{}'",
                        hex::encode(trace_id(*r))
                    ),
                ) != 5
            })
            .collect();
        if missing.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{} acknowledged requests not scored (of {}), e.g. {:?}:\n{}\n---- broker:\n{}",
            missing.len(),
            acknowledged.len(),
            &missing[..missing.len().min(5)],
            all.log(),
            broker.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(all.metric("agentwatch_kafka_produce_errors_total") > 0.0);
    assert_eq!(common::http_get_status(all.admin, "/readyz"), Some(200));
}

/// Produce raw messages to the span topic as an OpenTelemetry Collector's kafka exporter
/// would (`encoding: otlp_proto`, keyed by trace id with `partition_traces_by_id`, or not).
async fn produce(broker: &Broker, topic: &str, messages: Vec<(Option<Vec<u8>>, Vec<u8>)>) {
    let producer: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", broker.address())
        .create()
        .unwrap();
    for (key, payload) in messages {
        let mut record = FutureRecord::<[u8], [u8]>::to(topic).payload(&payload);
        if let Some(key) = &key {
            record = record.key(key);
        }
        producer
            .send(record, Duration::from_secs(5))
            .await
            .map_err(|(e, _)| e)
            .unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stock_collectors_messages_are_scored_and_garbage_is_skipped() {
    let Some(broker) = Broker::start() else {
        return;
    };
    let d = Deployment::new(&broker, "");
    // The score role creates the topics (bus.create_topics) before consuming.
    let score = d.start("score");
    let keyed = d.request(1, 6);
    let unkeyed = d.request(2, 4);
    produce(
        &broker,
        "otlp_spans",
        vec![
            (Some(trace_id(1)), keyed.encode_to_vec()),
            (None, b"\x0a\xff\xff not protobuf".to_vec()),
            (None, unkeyed.encode_to_vec()),
        ],
    )
    .await;
    d.wait_scored(10, Duration::from_secs(30), &[&score]);
    assert_eq!(
        score.metric("agentwatch_kafka_malformed_messages_total{topic=\"otlp_spans\"}"),
        1.0
    );
    assert!(
        score
            .log()
            .contains("skipping an undecodable span-log message")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_larger_than_a_message_is_split_and_an_oversize_span_refused_alone() {
    let Some(broker) = Broker::start() else {
        return;
    };
    let d = Deployment::new(&broker, "  max_message_bytes: 262144\n");
    let all = d.start("all");
    // ~1.6 MB of spans: at least 7 messages of 256 KiB.
    let mut req = d.request(7, 400);
    for span in &mut req.resource_spans[0].scope_spans[0].spans {
        span.attributes
            .push(common::s("app.note", &"n".repeat(4000)));
    }
    // One span alone larger than a message.
    req.resource_spans[0].scope_spans[0].spans[3]
        .attributes
        .push(common::s("app.blob", &"b".repeat(300_000)));
    assert!(req.encoded_len() > 1_600_000);
    let response = post_otlp_http(&all, &req).await;
    assert_eq!(response.status(), 200);
    let body = response.bytes().await.unwrap();
    let answer =
        opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceResponse::decode(body)
            .unwrap();
    let partial = answer.partial_success.expect("partial success");
    assert_eq!(partial.rejected_spans, 1);
    assert!(
        partial.error_message.contains("bus.max_message_bytes"),
        "{}",
        partial.error_message
    );
    d.wait_scored(399, Duration::from_secs(30), &[&all]);
    assert!(all.metric("agentwatch_kafka_produced_messages_total{topic=\"otlp_spans\"}") >= 7.0);
}

/// A pipeline file for the score role alone, with `layout` as `bus.create_topics`.
fn layout_config(broker: &Broker, dir: &std::path::Path, layout: &str) -> PathBuf {
    let config = dir.join("pipeline.yaml");
    let yaml = format!(
        "admin:\n  endpoint: 127.0.0.1:0\nstore:\n  kind: sqlite\n  path: {db}\n\
         bus:\n  kind: kafka\n  brokers: {brokers}\n  span_topic: layout_spans\n\
         \x20 aggregates_topic: layout_aggregates\n  create_topics: {layout}\n",
        db = dir.join("agentwatch.db").display(),
        brokers = broker.address(),
    );
    std::fs::write(&config, yaml).unwrap();
    config
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn topics_are_created_with_the_configured_replication_and_min_insync_replicas() {
    use rdkafka::admin::{AdminClient, AdminOptions, ResourceSpecifier};
    use rdkafka::client::DefaultClientContext;
    let Some(broker) = Broker::start() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // tansu keeps its data in shared storage and takes any replication factor, so the
    // production layout can be created on one broker and read back.
    let config = layout_config(
        &broker,
        dir.path(),
        "{partitions: 2, replication_factor: 3, min_insync_replicas: 2}",
    );
    let score = Agentwatch::start_file(
        &config,
        &dir.path().join("agentwatch.db"),
        &["--role", "score"],
    );
    assert!(
        score
            .log()
            .contains("replication_factor=3 min_insync_replicas=2"),
        "{}",
        score.log()
    );
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", broker.address())
        .create()
        .unwrap();
    let metadata = admin
        .inner()
        .fetch_metadata(Some("layout_spans"), Duration::from_secs(10))
        .unwrap();
    let topic = &metadata.topics()[0];
    assert_eq!(topic.partitions().len(), 2);
    for p in topic.partitions() {
        assert_eq!(p.replicas().len(), 3, "partition {}", p.id());
    }
    let described = admin
        .describe_configs(
            &[ResourceSpecifier::Topic("layout_spans")],
            &AdminOptions::new().request_timeout(Some(Duration::from_secs(10))),
        )
        .await
        .unwrap();
    let config = described[0]
        .as_ref()
        .expect("the broker describes the topic");
    let entry = config
        .get("min.insync.replicas")
        .expect("min.insync.replicas is reported");
    assert_eq!(entry.value.as_deref(), Some("2"), "{entry:?}");
}

#[test]
fn roles_need_the_kafka_bus() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("p.yaml");
    std::fs::write(&config, "admin:\n  endpoint: 127.0.0.1:0\n").unwrap();
    let out = std::process::Command::new(common::binary())
        .args(["run", "--role", "score", "--config"])
        .arg(&config)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--role score needs a shared bus: set bus.kind to kafka"),
        "{stderr}"
    );
}

#[test]
fn validate_refuses_properties_that_weaken_acks_or_idempotence() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("p.yaml");
    std::fs::write(
        &config,
        "bus:
  kind: kafka
  create_topics: {replication_factor: 1, min_insync_replicas: 2}
  properties:
    acks: '1'
    enable.idempotence: 'false'
",
    )
    .unwrap();
    let out = std::process::Command::new(common::binary())
        .arg("validate")
        .arg(&config)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    for path in [
        "bus.create_topics.min_insync_replicas",
        "bus.properties.acks",
        "bus.properties.enable.idempotence",
    ] {
        assert!(text.contains(path), "{path} not in:\n{text}");
    }
}

/// With `bus.partition_spans_by_trace`, ingest writes each trace's spans keyed by trace id, so
/// a run whose agent span comes in a later export than its steps (an SDK's batch exporter does
/// that) still reaches the score worker that holds its steps: with two workers, every run is
/// judged whole. (Unkeyed, the agent span lands on either worker: a third of the runs were
/// `unscoreable` when this test was run with the option off.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_split_over_exports_are_judged_whole_when_spans_are_keyed_by_trace() {
    let Some(broker) = Broker::start() else {
        return;
    };
    let d = Deployment::new(&broker, "  partition_spans_by_trace: true\n");
    let _detect = d.start("detect");
    let (score_a, score_b) = d.start_two_score_processes();
    let ingest = d.start("ingest");
    let runs = 24u64;
    let agent_id = 9u64;
    let agent_span = |r: u64| {
        let mut span = d.at(tool_span(&trace_id(r), agent_id, "unused", false), r, 0);
        span.name = "invoke_agent travel-planner".into();
        span.attributes = vec![
            common::s("gen_ai.operation.name", "invoke_agent"),
            common::s("gen_ai.agent.name", "travel-planner"),
        ];
        span
    };
    // Two runs per export, so that each export holds traces of different partitions.
    for pair in (0..runs).collect::<Vec<_>>().chunks(2) {
        let steps: Vec<Span> = pair
            .iter()
            .flat_map(|&r| {
                let trace = trace_id(r);
                let parent = agent_span(r).span_id;
                [
                    chat_span(&trace, r * 10 + 1, "Searching flights."),
                    tool_span(&trace, r * 10 + 2, "search_flights", false),
                ]
                .into_iter()
                .map(move |mut s| {
                    s.parent_span_id = parent.clone();
                    s
                })
            })
            .map(|s| d.at(s, 1, 0))
            .collect();
        let response = post_otlp_http(&ingest, &request("travel-desk", steps)).await;
        assert_eq!(response.status(), 200, "{}", ingest.log());
    }
    for pair in (0..runs).collect::<Vec<_>>().chunks(2) {
        let agents = pair.iter().map(|&r| agent_span(r)).collect();
        let response = post_otlp_http(&ingest, &request("travel-desk", agents)).await;
        assert_eq!(response.status(), 200, "{}", ingest.log());
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while common::count_rows(&d.db, "evaluator = 'trajectory'") < runs as i64 {
        assert!(
            Instant::now() < deadline,
            "{} of {runs} runs judged:\n{}\n-----\n{}",
            common::count_rows(&d.db, "evaluator = 'trajectory'"),
            score_a.log(),
            score_b.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(
        common::count_rows(&d.db, "evaluator = 'trajectory' AND label = 'unscoreable'"),
        0,
        "a run's agent span reached a worker without its steps"
    );
    let steps: Vec<String> = common::open_db(&d.db)
        .prepare(
            "SELECT json_extract(detail, '$.steps') FROM scores WHERE evaluator = 'trajectory'",
        )
        .unwrap()
        .query_map([], |r| r.get::<_, i64>(0))
        .unwrap()
        .map(|v| v.unwrap().to_string())
        .collect();
    assert_eq!(steps, vec!["2".to_owned(); runs as usize]);
    // Both workers took part: the keys spread the traces over the partitions.
    let (a, b) = (
        score_a.metric("agentwatch_scored_spans_total"),
        score_b.metric("agentwatch_scored_spans_total"),
    );
    assert!(a > 0.0 && b > 0.0, "work not shared: {a} and {b} spans");
}

/// Nothing is lost silently when a broker skips offsets. A score worker resumes its group's
/// committed offset 5, in the middle of a record batch of ten requests. Kafka serves the batch
/// that holds offset 5 (the client drops what lies before it); tansu 0.6.0 serves the *next*
/// batch, so offsets 5 to 9 are never delivered. Either way the outcome must be visible:
/// requests 5 to 9 are scored, or the worker names offsets 5..10 as skipped (a warning and
/// `agentwatch_kafka_skipped_offsets_total`). Requests 0 to 4, before the commit, are not
/// scored again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offsets_the_broker_skips_are_named_never_lost_silently() {
    use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
    use rdkafka::client::DefaultClientContext;
    use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
    use rdkafka::{Offset, TopicPartitionList};

    let Some(broker) = Broker::start() else {
        return;
    };
    let d = Deployment::new(&broker, "");
    // One partition, so that the offsets are the requests' numbers.
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", broker.address())
        .create()
        .unwrap();
    let created = admin
        .create_topics(
            &[NewTopic::new("otlp_spans", 1, TopicReplication::Fixed(1))],
            &AdminOptions::new(),
        )
        .await
        .unwrap();
    assert!(created.iter().all(|r| r.is_ok()), "{created:?}");

    // Two record batches of ten requests (one span each): the producer lingers, so each
    // round's messages leave together.
    let producer: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", broker.address())
        .set("linger.ms", "300")
        .create()
        .unwrap();
    for round in 0..2u64 {
        let payloads: Vec<Vec<u8>> = (round * 10..round * 10 + 10)
            .map(|r| d.request(r, 1).encode_to_vec())
            .collect();
        let sends: Vec<_> = payloads
            .iter()
            .map(|p| {
                producer
                    .send_result(FutureRecord::<(), [u8]>::to("otlp_spans").payload(p))
                    .unwrap()
            })
            .collect();
        for (i, send) in sends.into_iter().enumerate() {
            let delivered = send.await.unwrap().unwrap();
            assert_eq!(delivered.offset, (round * 10) as i64 + i as i64);
        }
    }

    // The score group has committed offset 5, as a worker that scored requests 0 to 4 would.
    let committer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", broker.address())
        .set("group.id", "agentwatch-score")
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    let mut at_five = TopicPartitionList::new();
    at_five
        .add_partition_offset("otlp_spans", 0, Offset::Offset(5))
        .unwrap();
    tokio::task::block_in_place(|| committer.commit(&at_five, CommitMode::Sync)).unwrap();
    drop(committer);

    let score = d.start("score");
    let scored = |from: u64, to: u64| -> i64 {
        (from..to)
            .map(|r| {
                let trace = hex::encode(trace_id(r));
                common::count_rows(
                    &d.db,
                    &format!("evaluator = 'latency' AND trace_id = '{trace}'"),
                )
            })
            .sum()
    };
    // Requests 10 to 19 come after the commit (and after 5 to 9) whatever the broker does.
    let deadline = Instant::now() + Duration::from_secs(30);
    while scored(10, 20) < 10 {
        assert!(
            Instant::now() < deadline,
            "requests 10..20 not scored:\n{}",
            score.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let skipped = score.metric("agentwatch_kafka_skipped_offsets_total{topic=\"otlp_spans\"}");
    assert_eq!(scored(0, 5), 0, "requests before the commit scored again");
    assert_eq!(scored(10, 20), 10);
    match (scored(5, 10), skipped) {
        (5, 0.0) => eprintln!("the broker served the batch holding the committed offset"),
        (0, 5.0) => {
            assert!(
                score.log().contains(
                    "the broker never delivered 5 messages of this partition (offsets 5..10)"
                ),
                "{}",
                score.log()
            );
            eprintln!("the broker skipped offsets 5..10, and the worker named them");
        }
        (scored, skipped) => panic!(
            "{scored} of requests 5..10 scored, {skipped} offsets named as skipped:\n{}",
            score.log()
        ),
    }
}

/// GenAI content sent as OTLP log events, in the distributed mode: ingest publishes the logs
/// to the logs topic keyed like the spans (`bus.partition_spans_by_trace`), and each of two
/// score processes reads the logs partitions that match its span partitions, so a span and
/// its events meet in one worker. Every span sent without content gets the verdicts of the
/// same span with its content on the attributes, and an evaluation result sent as a log
/// event becomes a score row.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_sent_as_log_events_is_joined_across_score_workers() {
    use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
    use opentelemetry_proto::tonic::common::v1::any_value::Value;
    use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};
    use opentelemetry_proto::tonic::resource::v1::Resource;

    const REPLY: &str = "I'm sorry, but I can't book that flight for you. Please write to \
                         jane.doe@example.org or call +1 415 555 0134.";
    let Some(broker) = Broker::start() else {
        return;
    };
    let d = Deployment::new(&broker, "  partition_spans_by_trace: true\n");
    let (score_a, score_b) = d.start_two_score_processes();
    let ingest = d.start("ingest");
    let post_logs = |records: Vec<LogRecord>| {
        let body = ExportLogsServiceRequest {
            resource_logs: vec![ResourceLogs {
                resource: Some(Resource {
                    attributes: vec![common::s("service.name", "travel-desk")],
                    ..Default::default()
                }),
                scope_logs: vec![ScopeLogs {
                    log_records: records,
                    ..Default::default()
                }],
                ..Default::default()
            }],
        }
        .encode_to_vec();
        let url = ingest.http_url("/v1/logs");
        async move {
            reqwest::Client::new()
                .post(url)
                .header("content-type", "application/x-protobuf")
                .body(body)
                .send()
                .await
                .unwrap()
        }
    };
    // The reply of span n of trace r as a `gen_ai.client.inference.operation.details` event.
    let details = |r: u64, n: u64| {
        let span = chat_span(&trace_id(r), n, REPLY);
        LogRecord {
            time_unix_nano: d.w0,
            event_name: "gen_ai.client.inference.operation.details".into(),
            trace_id: trace_id(r),
            span_id: common::span_id(n),
            attributes: span
                .attributes
                .into_iter()
                .filter(|kv| kv.key.ends_with(".messages") || kv.key == "gen_ai.operation.name")
                .collect(),
            ..Default::default()
        }
    };
    let traces = 16u64;
    // Events first, in one request over all traces: ingest splits it by trace.
    let records: Vec<LogRecord> = (0..traces).map(|r| details(r, r * 10 + 1)).collect();
    let response = post_logs(records).await;
    assert_eq!(response.status(), 200, "{}", ingest.log());
    // Held by whichever worker reads the trace's partition.
    let held = "agentwatch_join_events_total{outcome=\"held\"}";
    let deadline = Instant::now() + Duration::from_secs(30);
    while score_a.metric(held) + score_b.metric(held) < traces as f64 {
        assert!(
            Instant::now() < deadline,
            "events not held:\n{}\n-----\n{}",
            score_a.log(),
            score_b.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // The spans without their content; and one span of trace 100 with its content on it, the
    // reference.
    let bare: Vec<Span> = (0..traces)
        .map(|r| {
            let mut span = chat_span(&trace_id(r), r * 10 + 1, REPLY);
            span.attributes.retain(|kv| {
                !kv.key.starts_with("gen_ai.input") && !kv.key.starts_with("gen_ai.output")
            });
            d.at(span, r, 0)
        })
        .chain([d.at(chat_span(&trace_id(100), 1001, REPLY), 100, 0)])
        .collect();
    let response = post_otlp_http(&ingest, &request("travel-desk", bare)).await;
    assert_eq!(response.status(), 200, "{}", ingest.log());
    // An evaluation result from elsewhere, as a log event.
    let mut result = details(100, 1001);
    result.event_name = "gen_ai.evaluation.result".into();
    result.attributes = vec![
        common::s("gen_ai.evaluation.name", "relevance"),
        common::kv("gen_ai.evaluation.score.value", Value::DoubleValue(0.2)),
        common::s("gen_ai.evaluation.score.label", "not_relevant"),
    ];
    let response = post_logs(vec![result]).await;
    assert_eq!(response.status(), 200, "{}", ingest.log());

    let verdicts = |r: u64, n: u64| -> Vec<(String, String)> {
        common::open_db(&d.db)
            .prepare(
                "SELECT evaluator, label FROM scores WHERE trace_id = ?1 AND span_id = ?2 \
                 AND evaluator IN ('pii_leak', 'refusal') ORDER BY evaluator",
            )
            .unwrap()
            .query_map(
                [hex::encode(trace_id(r)), hex::encode(common::span_id(n))],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while common::count_rows(&d.db, "evaluator IN ('pii_leak', 'refusal')")
        < 2 * (traces as i64 + 1)
        || common::count_rows(&d.db, "evaluator LIKE '%relevance%'") < 1
    {
        assert!(
            Instant::now() < deadline,
            "not all scored:\n{}\n-----\n{}",
            score_a.log(),
            score_b.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let reference = verdicts(100, 1001);
    assert_eq!(
        reference,
        [
            ("pii_leak".into(), "fail".into()),
            ("refusal".into(), "fail".into())
        ]
    );
    for r in 0..traces {
        assert_eq!(verdicts(r, r * 10 + 1), reference, "trace {r}");
    }
    let joined = "agentwatch_join_events_total{outcome=\"joined\"}";
    assert_eq!(
        score_a.metric(joined) + score_b.metric(joined),
        traces as f64
    );
    // Both workers took part: the keys spread the traces over the partitions.
    let (a, b) = (score_a.metric(held), score_b.metric(held));
    assert!(a > 0.0 && b > 0.0, "events not shared: {a} and {b}");
    // Its label as sent in the detail; `not_relevant` is one of `score.join.fail_labels`.
    let external: (String, f64, String, String) = common::open_db(&d.db)
        .query_row(
            "SELECT label, value, json_extract(detail, '$.label'), \
             json_extract(detail, '$.source') FROM scores WHERE evaluator LIKE '%relevance%'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        external,
        ("fail".into(), 0.2, "not_relevant".into(), "external".into())
    );
}
