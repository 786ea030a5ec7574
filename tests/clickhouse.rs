//! The ClickHouse store against a real server (tests/common/clickhouse.rs: Debian's
//! clickhouse-server on free loopback ports): the real binary takes OTLP in and writes to
//! ClickHouse; the tests read back with `clickhouse-client`, as users do.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::clickhouse::ClickhouseServer;
use common::{Agentwatch, chat_span, post_otlp_http, request, s, span_id, tool_span};
use opentelemetry_proto::tonic::trace::v1::Span;

const MINUTE: u64 = 60_000_000_000;

/// A pipeline file whose store is `ch` (database `agentwatch`), receivers and admin on free
/// ports; `store_extra` lines go under `store:` (indented by two spaces), `extra` at the top.
struct Pipeline {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Pipeline {
    fn new(ch: &ClickhouseServer, store_extra: &str, extra: &str) -> Pipeline {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pipeline.yaml");
        let yaml = format!(
            "receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 127.0.0.1:0
      http:
        endpoint: 127.0.0.1:0
    backpressure_timeout: 200ms
store:
  kind: clickhouse
  url: {url}
  database: agentwatch
  startup_timeout: 20s
  request_timeout: 5s
{store_extra}admin:
  endpoint: 127.0.0.1:0
{extra}",
            url = ch.url()
        );
        std::fs::write(&path, yaml).unwrap();
        Pipeline { _dir: dir, path }
    }

    fn start(&self) -> Agentwatch {
        // The SQLite path is unused: this pipeline's store is ClickHouse.
        Agentwatch::start_file(&self.path, &self.path.with_extension("unused.db"), &[])
    }

    /// `agentwatch ARGS --config FILE`, which must succeed; its stdout.
    fn cli(&self, args: &[&str]) -> String {
        let out = std::process::Command::new(common::binary())
            .args(args)
            .arg("--config")
            .arg(&self.path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "agentwatch {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

fn hex(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// (span_id, evaluator, label) per row, from clickhouse-client TSV.
fn triples(tsv: &str) -> BTreeSet<(String, String, String)> {
    tsv.lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut f = l.split('\t').map(str::to_owned);
            (f.next().unwrap(), f.next().unwrap(), f.next().unwrap())
        })
        .collect()
}

#[tokio::test]
async fn scores_land_in_clickhouse_and_read_back_with_clickhouse_client() {
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let pipeline = Pipeline::new(&ch, "", "");
    let aw = pipeline.start();

    let trace = common::trace_id(1);
    let t = hex(&trace);
    let spans = vec![
        chat_span(&trace, 1, "I'm sorry, but I can't help with that request."),
        tool_span(&trace, 2, "search_flights", true),
        chat_span(
            &trace,
            3,
            "Done. I sent the itinerary to jane.doe@example.com.",
        ),
    ];
    let day_of_span = {
        let start = std::time::UNIX_EPOCH + Duration::from_nanos(spans[0].start_time_unix_nano);
        humantime::format_rfc3339(start).to_string()[..10].replace('-', "")
    };
    let response = post_otlp_http(&aw, &request("travel", spans.clone())).await;
    assert_eq!(response.status(), 200, "{}", aw.log());

    // Every evaluator's verdict on every span, as a user reads them.
    let sql = format!(
        "SELECT upper(span_id), evaluator, label FROM agentwatch.scores FINAL \
         WHERE trace_id = '{t}' ORDER BY span_id, evaluator"
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    let rows = loop {
        let rows = triples(&ch.query(&sql));
        let spans_seen: BTreeSet<_> = rows.iter().map(|r| r.0.clone()).collect();
        if spans_seen.len() == 3 && rows.iter().any(|r| r.1 == "tool_error") {
            break rows;
        }
        assert!(
            Instant::now() < deadline,
            "scores not in ClickHouse: {rows:?}\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let id = |n: u64| hex(&span_id(n)).to_uppercase();
    let has = |n, evaluator: &str, label: &str| {
        rows.contains(&(id(n), evaluator.to_owned(), label.to_owned()))
    };
    assert!(has(1, "refusal", "fail"), "{rows:?}");
    assert!(has(1, "pii_leak", "ok"), "{rows:?}");
    assert!(has(2, "tool_error", "fail"), "{rows:?}");
    assert!(has(3, "pii_leak", "fail"), "{rows:?}");
    assert!(has(3, "refusal", "ok"), "{rows:?}");

    // The columns users filter and group on.
    let detail = ch.query(&format!(
        "SELECT service, agent, operation, tool, toString(time), time_ns FROM agentwatch.scores FINAL \
         WHERE trace_id = '{t}' AND evaluator = 'tool_error'"
    ));
    let fields: Vec<&str> = detail.split('\t').collect();
    assert_eq!(
        &fields[..4],
        ["travel", "travel-planner", "tool", "search_flights"]
    );
    let time_ns: u64 = fields[5].parse().unwrap();
    assert_eq!(
        time_ns,
        spans[1].start_time_unix_nano / 1000 * 1000,
        "start kept to the microsecond"
    );
    let second = humantime::format_rfc3339_seconds(
        std::time::UNIX_EPOCH + Duration::from_nanos(spans[1].start_time_unix_nano),
    )
    .to_string();
    assert_eq!(
        fields[4],
        second[..19].replace('T', " "),
        "time derived from time_ns"
    );

    // Partitioned by day; the schema version and flavor are recorded.
    let partitions = ch.query(
        "SELECT DISTINCT partition FROM system.parts \
         WHERE database = 'agentwatch' AND table = 'scores' AND active",
    );
    assert_eq!(partitions.trim_matches('\''), day_of_span);
    let version: Vec<u32> = ch
        .query("SELECT version()")
        .split('.')
        .take(2)
        .map(|p| p.parse().unwrap())
        .collect();
    let flavor = if (version[0], version[1]) >= (21, 8) {
        "current"
    } else {
        "legacy"
    };
    assert_eq!(
        ch.query("SELECT version, flavor FROM agentwatch.agentwatch_schema"),
        format!("1\t{flavor}")
    );

    // agentwatch's own reader sees the same rows.
    let cli_rows: BTreeSet<(String, String, String)> = pipeline
        .cli(&["query", "--trace-id", &t, "--format", "json"])
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["span_id"].as_str().unwrap().to_uppercase(),
                v["evaluator"].as_str().unwrap().to_owned(),
                v["label"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(cli_rows, rows);
}

#[tokio::test]
async fn a_redelivered_span_leaves_one_row() {
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let pipeline = Pipeline::new(&ch, "", "");
    let aw = pipeline.start();
    let trace = common::trace_id(7);
    let t = hex(&trace);
    let req = request(
        "travel",
        vec![
            chat_span(
                &trace,
                1,
                "Sure, the customer is reachable at +1 415 555 0132.",
            ),
            tool_span(&trace, 2, "book_hotel", false),
        ],
    );
    // A client retrying the same request (its first answer lost): three deliveries.
    for _ in 0..3 {
        assert_eq!(post_otlp_http(&aw, &req).await.status(), 200);
    }
    let per_delivery: u64 = {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let raw: u64 = ch
                .query(&format!(
                    "SELECT count() FROM agentwatch.scores WHERE trace_id = '{t}'"
                ))
                .parse()
                .unwrap();
            let distinct: u64 = ch
                .query(&format!(
                    "SELECT count() FROM (SELECT DISTINCT span_id, evaluator FROM agentwatch.scores \
                     WHERE trace_id = '{t}')"
                ))
                .parse()
                .unwrap();
            // All three deliveries written (unmerged parts still hold each copy).
            if distinct > 0 && raw == 3 * distinct {
                break distinct;
            }
            assert!(
                Instant::now() < deadline,
                "raw {raw}, distinct {distinct}\n{}",
                aw.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    assert!(per_delivery >= 4, "both spans scored by several evaluators");
    let final_count = ch.query(&format!(
        "SELECT count() FROM agentwatch.scores FINAL WHERE trace_id = '{t}'"
    ));
    assert_eq!(
        final_count,
        per_delivery.to_string(),
        "FINAL collapses redeliveries"
    );
    let cli = pipeline.cli(&["query", "--trace-id", &t, "--format", "json"]);
    assert_eq!(
        cli.lines().count() as u64,
        per_delivery,
        "agentwatch query shows each once"
    );
    // And once merged, one row is all that is left on disk.
    ch.query("OPTIMIZE TABLE agentwatch.scores FINAL");
    let merged = ch.query(&format!(
        "SELECT count() FROM agentwatch.scores WHERE trace_id = '{t}'"
    ));
    assert_eq!(merged, per_delivery.to_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clickhouse_down_under_load_pushes_back_and_loses_nothing() {
    let Some(mut ch) = ClickhouseServer::start() else {
        return;
    };
    // A small queue, so that an outage fills it within seconds and the receivers push back.
    let pipeline = Pipeline::new(&ch, "", "bus:\n  kind: embedded\n  max_queued_spans: 200\n");
    let aw = pipeline.start();
    let trace = common::trace_id(42);
    let t = hex(&trace);

    let url = aw.http_url("/v1/traces");
    let client = reqwest::Client::new();
    // Load until `done`: before, during and after a 6 s outage.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let load = {
        let trace = trace.clone();
        let done = done.clone();
        tokio::spawn(async move {
            let mut acked = Vec::new();
            let mut refused = Vec::new();
            let mut n = 0u64;
            while !done.load(std::sync::atomic::Ordering::SeqCst) {
                let spans: Vec<Span> = (0..10)
                    .map(|k| chat_span(&trace, n * 10 + k, "Your booking is confirmed."))
                    .collect();
                let ids: Vec<u64> = (0..10).map(|k| n * 10 + k).collect();
                n += 1;
                let body = prost::Message::encode_to_vec(&request("load", spans));
                let answer = client
                    .post(&url)
                    .header("content-type", "application/x-protobuf")
                    .body(body)
                    .timeout(Duration::from_secs(30))
                    .send()
                    .await;
                match answer.map(|r| r.status().as_u16()) {
                    Ok(200) => acked.extend(ids),
                    Ok(status) => refused.push(status),
                    Err(e) => panic!("request failed outright: {e}"),
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            (acked, refused)
        })
    };
    tokio::time::sleep(Duration::from_secs(4)).await;
    ch.stop();
    tokio::time::sleep(Duration::from_secs(6)).await;
    let write_errors = aw.metric("agentwatch_store_write_errors_total");
    ch.restart();
    tokio::time::sleep(Duration::from_secs(5)).await;
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let (acked, refused) = load.await.unwrap();

    assert!(
        write_errors > 0.0,
        "writes failed while ClickHouse was down ({} acked, refusals {refused:?})\n{}",
        acked.len(),
        aw.log()
    );
    assert!(
        !refused.is_empty(),
        "the receivers pushed back during the outage"
    );
    assert!(
        refused.iter().all(|s| *s == 429 || *s == 503),
        "only retryable refusals: {refused:?}"
    );
    assert!(
        acked.len() > 200,
        "load went on around the outage: {} acked",
        acked.len()
    );

    // Every acknowledged span is scored, exactly once; nothing refused is.
    let expected: BTreeSet<String> = acked.iter().map(|n| hex(&span_id(*n))).collect();
    let sql = format!(
        "SELECT span_id FROM agentwatch.scores FINAL \
         WHERE trace_id = '{t}' AND evaluator = 'pii_leak' ORDER BY span_id"
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let out = ch.query(&sql);
        let scored: Vec<String> = out.lines().map(str::to_owned).collect();
        let distinct: BTreeSet<String> = scored.iter().cloned().collect();
        assert_eq!(scored.len(), distinct.len(), "a span scored twice");
        if distinct == expected {
            break;
        }
        assert!(
            distinct.is_subset(&expected) || Instant::now() < deadline,
            "spans scored that were never acknowledged"
        );
        assert!(
            Instant::now() < deadline,
            "{} acked, {} scored after the outage\n{}",
            expected.len(),
            distinct.len(),
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(common::http_get_status(aw.admin, "/readyz"), Some(200));
}

/// Rules and windows for the restart test: one-minute windows closed by event time, and an
/// anomaly rule on the refusal rate that judges from the fourth window on.
const BASELINE_RULES: &str = "
baseline:
  min_samples: 4
windows:
  length: 1m
  allowed_lateness: 0s
  idle_close: 1h
rules:
  - name: refusal_anomaly
    metric: refusal_rate
    kind: anomaly
    sigma: 3
    direction: above
    min_samples: 4
    warmup: 0s
    min_baseline_windows: 4
    for: 1
    recover: 1
";

/// Four chat spans ending in window `w` (after `t0`), `refusals` of them refusing.
fn window_spans(trace: &[u8], t0: u64, w: u64, refusals: usize) -> Vec<Span> {
    (0..4)
        .map(|k| {
            let n = w * 10 + k as u64;
            let reply = if k < refusals {
                "I'm sorry, but I can't help with that."
            } else {
                "Here is your itinerary for Lisbon."
            };
            let mut span = chat_span(trace, n, reply);
            span.start_time_unix_nano = t0 + w * MINUTE + 5_000_000_000 + k as u64;
            span.end_time_unix_nano = span.start_time_unix_nano + 800_000_000;
            span.attributes.push(s("test.window", &w.to_string()));
            span
        })
        .collect()
}

#[tokio::test]
async fn a_restart_keeps_baselines_from_the_windows_table() {
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let pipeline = Pipeline::new(&ch, "", BASELINE_RULES);
    let mut aw = pipeline.start();
    let trace = common::trace_id(99);
    // Baselines are kept by whole hours and the hour being judged is left out: the quiet
    // windows are in one hour, the judged one in the next.
    let hour = 60 * MINUTE;
    let t0 = (common::now_nanos() - 3 * hour) / hour * hour;
    let send_window = |aw: &Agentwatch, w: u64, refusals: usize| {
        let req = request("travel", window_spans(&trace, t0, w, refusals));
        let url = aw.http_url("/v1/traces");
        async move {
            let body = prost::Message::encode_to_vec(&req);
            let status = reqwest::Client::new()
                .post(url)
                .header("content-type", "application/x-protobuf")
                .body(body)
                .send()
                .await
                .unwrap()
                .status();
            assert_eq!(status, 200);
        }
    };
    let windows_sql = "SELECT count() FROM agentwatch.windows FINAL \
                       WHERE service = 'travel' AND metric = 'refusal_rate' AND rule = 'refusal_anomaly'";
    // Eight quiet windows with refusal rates 0, 0.25, 0, 0.25, ...; each window is sent once
    // the previous one is in ClickHouse (with no lateness, order matters).
    for w in 0..8u64 {
        send_window(&aw, w, (w % 2) as usize).await;
        if w > 0 {
            ch.wait_for(windows_sql, &w.to_string(), Duration::from_secs(20));
        }
    }
    let before = ch.query(
        "SELECT window_start_ns, value, in_baseline FROM agentwatch.windows FINAL \
         WHERE metric = 'refusal_rate' AND rule = 'refusal_anomaly' ORDER BY window_start_ns",
    );
    assert_eq!(before.lines().count(), 7, "windows 0-6 closed");
    let baseline: Vec<f64> = before
        .lines()
        .filter(|l| l.ends_with("\t1"))
        .map(|l| l.split('\t').nth(1).unwrap().parse().unwrap())
        .collect();
    assert!(
        baseline.len() >= 4,
        "quiet windows joined the baseline: {before}"
    );
    let mean = baseline.iter().sum::<f64>() / baseline.len() as f64;

    // Graceful restart: window 7 is still open; it was scored, and is rebuilt or judged.
    assert!(aw.terminate(Duration::from_secs(30)).success());
    aw.start_again();
    assert!(
        aw.log().contains("baselines rebuilt from stored windows"),
        "{}",
        aw.log()
    );

    // A window of nothing but refusals, closed by a span of the window after it.
    send_window(&aw, 61, 4).await;
    send_window(&aw, 62, 0).await;
    let judged = ch.wait_for(
        "SELECT verdict FROM agentwatch.windows FINAL WHERE metric = 'refusal_rate' \
         AND rule = 'refusal_anomaly' AND value = 1",
        "breach",
        Duration::from_secs(20),
    );
    assert_eq!(judged, "breach");
    // Judged against the baseline built before the restart, not an empty one.
    let row = ch.query(
        "SELECT baseline_mean, z FROM agentwatch.windows FINAL WHERE metric = 'refusal_rate' \
         AND rule = 'refusal_anomaly' AND value = 1",
    );
    let mut f = row.split('\t');
    let judged_mean: f64 = f.next().unwrap().parse().unwrap();
    let z: f64 = f.next().unwrap().parse().unwrap();
    // Window 7 may have joined the baseline at shutdown; it has the same alternating rates.
    assert!(
        (judged_mean - mean).abs() < 0.05,
        "baseline mean after restart {judged_mean}, before {mean}"
    );
    assert!(z > 3.0, "z {z}");
    // Nothing before the restart was written twice or lost.
    let after = ch.query(&format!(
        "SELECT window_start_ns, value, in_baseline FROM agentwatch.windows FINAL \
         WHERE metric = 'refusal_rate' AND rule = 'refusal_anomaly' \
         AND window_start_ns <= {} ORDER BY window_start_ns",
        t0 + 6 * MINUTE
    ));
    assert_eq!(after, before);
    let fired = ch.wait_for(
        "SELECT state FROM agentwatch.alerts FINAL WHERE rule = 'refusal_anomaly' AND state = 'firing'",
        "firing",
        Duration::from_secs(20),
    );
    assert_eq!(fired, "firing");
}
