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

/// Unix ns → `YYYY-MM-DD HH:MM:SS`, as clickhouse-client prints a `DateTime`.
fn fmt_second(ns: u64) -> String {
    humantime::format_rfc3339_seconds(std::time::UNIX_EPOCH + Duration::from_nanos(ns)).to_string()
        [..19]
        .replace('T', " ")
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
    // The usage evaluators' rows go to ClickHouse as to SQLite: each chat span's cost, with
    // the tokens it was priced on (52 in, 18 out of gpt-4o-mini), and no tokens rows.
    assert!(has(1, "cost", "ok") && has(3, "cost", "ok"), "{rows:?}");
    assert!(!rows.iter().any(|r| r.1 == "tokens"), "{rows:?}");
    let cost = ch.query(&format!(
        "SELECT value, detail FROM agentwatch.scores FINAL \
         WHERE trace_id = '{t}' AND evaluator = 'cost' AND span_id = '{}'",
        hex(&span_id(1))
    ));
    let (value, detail) = cost.trim().split_once('\t').unwrap();
    let value: f64 = value.parse().unwrap();
    assert!(
        (value - (52.0 * 0.15 + 18.0 * 0.6) / 1e6).abs() < 1e-12,
        "{cost}"
    );
    assert_eq!(detail, r#"{"input":52,"output":18}"#);

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
    assert_eq!(
        fields[4],
        fmt_second(spans[1].start_time_unix_nano),
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
        ch.query("SELECT version, flavor FROM agentwatch.agentwatch_schema ORDER BY version"),
        format!("1\t{flavor}\n2\t{flavor}\n3\t{flavor}"),
        "every schema step is recorded once"
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
    // No background merge until the raw rows are counted: it would collapse them early.
    ch.query("SYSTEM STOP MERGES agentwatch.scores");
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
    ch.query("SYSTEM START MERGES agentwatch.scores");
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
    // Load until `done`: before, during and after a 6 s outage. A client is answered only once
    // its spans are durable, so one client would just wait through the outage: 30 clients fill
    // the 200-span queue and the rest are pushed back.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let loaders: Vec<_> = (0..30u64)
        .map(|c| {
            let (trace, done, url, client) =
                (trace.clone(), done.clone(), url.clone(), client.clone());
            tokio::spawn(async move {
                let mut acked = Vec::new();
                let mut refused = Vec::new();
                let mut n = c * 1_000_000;
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
        })
        .collect();
    let load = async move {
        let (mut acked, mut refused) = (Vec::new(), Vec::new());
        for loader in loaders {
            let (a, r) = loader.await.unwrap();
            acked.extend(a);
            refused.extend(r);
        }
        (acked, refused)
    };
    tokio::time::sleep(Duration::from_secs(4)).await;
    ch.stop();
    tokio::time::sleep(Duration::from_secs(6)).await;
    let write_errors = aw.metric("agentwatch_store_write_errors_total");
    ch.restart();
    tokio::time::sleep(Duration::from_secs(5)).await;
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let (acked, refused) = load.await;

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

/// The store interface itself against the server: windows, alert transitions and the
/// notification outbox, which ClickHouse keeps as versioned rows rather than updates.
#[tokio::test]
async fn windows_alerts_and_the_outbox_round_trip_through_the_store_interface() {
    use agentwatch::alert_state::AlertState;
    use agentwatch::eval::{Metric, Severity};
    use agentwatch::store::config::{ClickhouseStoreConfig, StoreConfig};
    use agentwatch::store::{
        AlertQuery, AlertRow, NotificationQuery, NotificationRow, NotificationUpdate, WindowQuery,
        WindowRow, format_time,
    };
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let config = StoreConfig::Clickhouse(Box::new(ClickhouseStoreConfig {
        url: ch.url(),
        database: "interface".into(),
        ..Default::default()
    }));
    let store = agentwatch::store::open(&config, agentwatch::telemetry::Metrics::new())
        .await
        .unwrap();
    let start = 1_795_000_000_000_000_000i64;
    let window = |start: i64, verdict: &str| WindowRow {
        service: "travel".into(),
        agent: "planner".into(),
        metric: "refusal_rate".into(),
        dimension: String::new(),
        window_start: format_time(start as u64),
        window_end: format_time((start + MINUTE as i64) as u64),
        window_start_ns: start,
        rule: "refusal_anomaly".into(),
        n: 40,
        value: Some(0.5),
        judged_value: Some(0.5),
        baseline_mean: Some(0.05),
        baseline_sigma: Some(0.02),
        z: Some(22.5),
        verdict: verdict.into(),
        state: "firing".into(),
        pooled_windows: 1,
        in_baseline: false,
        exemplars: r#"["0af7651916cd43dd8448eb211c80319c"]"#.into(),
    };
    let alert = |start: i64, state: &str, previous: &str| AlertRow {
        dedup_key: "aw-1f2e3d".into(),
        rule: "refusal_anomaly".into(),
        severity: Severity::Critical,
        service: "travel".into(),
        agent: "planner".into(),
        metric: Metric::parse("refusal_rate").unwrap(),
        dimension: String::new(),
        state: AlertState::parse(state).unwrap(),
        previous_state: AlertState::parse(previous).unwrap(),
        resolved_reason: if state == "resolved" {
            "recovered".into()
        } else {
            String::new()
        },
        window_start: format_time(start as u64),
        window_start_ns: start,
        at: format_time((start + MINUTE as i64) as u64),
        value: Some(0.5),
        baseline_mean: Some(0.05),
        z: Some(22.5),
        baseline_sigma: Some(0.02),
        exemplars: r#"["0af7651916cd43dd8448eb211c80319c"]"#.into(),
        delivery: "{}".into(),
    };
    let fired = alert(start, "firing", "inactive");
    // Written twice (a redelivery): read back once.
    for _ in 0..2 {
        store
            .write_windows(vec![window(start, "breach")], vec![fired.clone()])
            .await
            .unwrap();
    }
    let all_windows = WindowQuery {
        limit: 10,
        ..Default::default()
    };
    assert_eq!(
        store.query_windows(&all_windows).await.unwrap(),
        vec![window(start, "breach")]
    );
    assert_eq!(store.windows_since(start).await.unwrap().len(), 1);
    assert!(store.windows_since(start + 1).await.unwrap().is_empty());
    assert_eq!(store.latest_window_start().await.unwrap(), Some(start));
    // A rewrite of the same window (a rebuilt detector judging it again) replaces it.
    store
        .write_windows(vec![window(start, "ok")], vec![])
        .await
        .unwrap();
    assert_eq!(
        store.query_windows(&all_windows).await.unwrap()[0].verdict,
        "ok"
    );
    // The older version no longer matches a filter on what changed.
    let breaches = WindowQuery {
        verdict: Some("breach".into()),
        limit: 10,
        ..Default::default()
    };
    assert!(store.query_windows(&breaches).await.unwrap().is_empty());

    // The outbox: enqueued (twice: idempotent on id), then delivered.
    let covers = serde_json::to_string(&[fired.alert_ref()]).unwrap();
    let notification = NotificationRow {
        id: "n-1".into(),
        notifier: "oncall".into(),
        route: "default".into(),
        group_key: "g-1".into(),
        status: "firing".into(),
        firing: r#"["aw-1f2e3d"]"#.into(),
        covers: covers.clone(),
        body: "{}".into(),
        created_at: format_time(start as u64 + MINUTE),
        created_ns: start + MINUTE as i64,
        delivery: "pending".into(),
        attempts: 0,
        last_error: None,
        next_attempt_ns: 0,
        delivered_at: None,
    };
    for _ in 0..2 {
        store
            .enqueue_notifications(vec![notification.clone()])
            .await
            .unwrap();
    }
    assert_eq!(
        store.pending_notifications().await.unwrap(),
        vec![notification.clone()]
    );
    let latest = AlertQuery {
        latest: true,
        limit: 10,
        ..Default::default()
    };
    let alerts = store.query_alerts(&latest).await.unwrap();
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].delivery, r#"{"oncall":"pending"}"#);
    store
        .update_notification(NotificationUpdate {
            id: "n-1".into(),
            notifier: "oncall".into(),
            covers: covers.clone(),
            delivery: "delivered".into(),
            attempts: 2,
            last_error: Some("HTTP 500 once".into()),
            next_attempt_ns: 0,
            delivered_at: Some(format_time(start as u64 + 2 * MINUTE)),
        })
        .await
        .unwrap();
    assert!(store.pending_notifications().await.unwrap().is_empty());
    let log = store.notification_log().await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].delivery.as_str(), log[0].attempts),
        ("delivered", 2)
    );
    assert_eq!(
        store.query_alerts(&latest).await.unwrap()[0].delivery,
        r#"{"oncall":"delivered"}"#
    );

    // A refused notification to another notifier: listed, but not what that notifier was told.
    let refused = NotificationRow {
        id: "n-2".into(),
        notifier: "team-slack".into(),
        ..notification.clone()
    };
    store.enqueue_notifications(vec![refused]).await.unwrap();
    store
        .update_notification(NotificationUpdate {
            id: "n-2".into(),
            notifier: "team-slack".into(),
            covers,
            delivery: "failed".into(),
            attempts: 1,
            last_error: Some("HTTP 404: no_service".into()),
            next_attempt_ns: 0,
            delivered_at: None,
        })
        .await
        .unwrap();
    assert_eq!(store.notification_log().await.unwrap().len(), 1);
    let failed = store
        .query_notifications(&NotificationQuery {
            delivery: Some("failed".into()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(
        failed[0].last_error.as_deref(),
        Some("HTTP 404: no_service")
    );
    assert_eq!(
        store.query_alerts(&latest).await.unwrap()[0].delivery,
        r#"{"oncall":"delivered","team-slack":"failed"}"#
    );

    // Resolved in a later window: no longer active; the latest transition is the resolve.
    let active = AlertQuery {
        active: true,
        limit: 10,
        ..Default::default()
    };
    assert_eq!(store.query_alerts(&active).await.unwrap().len(), 1);
    let later = start + 3 * MINUTE as i64;
    store
        .write_windows(vec![], vec![alert(later, "resolved", "firing")])
        .await
        .unwrap();
    assert!(store.query_alerts(&active).await.unwrap().is_empty());
    let latest_rows = store.query_alerts(&latest).await.unwrap();
    assert_eq!(latest_rows.len(), 1);
    assert_eq!(latest_rows[0].state, "resolved");
    let everything = AlertQuery {
        limit: 10,
        ..Default::default()
    };
    assert_eq!(store.query_alerts(&everything).await.unwrap().len(), 2);
    store.close().await.unwrap();
}

/// The ```sql blocks of the README's "The ClickHouse store" section, in order.
fn readme_sql_examples() -> Vec<String> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme
        .split("\n## The ClickHouse store\n")
        .nth(1)
        .expect("README has a ClickHouse section")
        .split("\n## ")
        .next()
        .unwrap();
    section
        .split("```sql\n")
        .skip(1)
        .map(|block| block.split("```").next().unwrap().trim().to_owned())
        .collect()
}

/// Fractional seconds dropped (`DateTime64(6)` on current servers, `DateTime` on 18.x).
fn whole_seconds(tsv: &str) -> String {
    let b = tsv.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let after_clock = i >= 8 && b[i - 3] == b':' && b[i - 6] == b':';
        let micros = b.len() >= i + 7 && b[i + 1..i + 7].iter().all(u8::is_ascii_digit);
        if b[i] == b'.' && after_clock && micros {
            i += 7;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

/// Every SQL query of the Grafana dashboard (panels, annotations, variables), with the
/// ClickHouse plugin's macros and the variables filled in as Grafana would for the last day.
fn dashboard_queries(variables: &[(&str, &str)]) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/grafana/dashboards/agentwatch.json"
    ))
    .unwrap();
    let dashboard: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut found = Vec::new();
    for panel in dashboard["panels"].as_array().unwrap() {
        for target in panel["targets"].as_array().unwrap() {
            found.push((
                panel["title"].to_string(),
                target["rawSql"].as_str().unwrap().to_owned(),
            ));
        }
    }
    for a in dashboard["annotations"]["list"].as_array().unwrap() {
        found.push((
            a["name"].to_string(),
            a["target"]["rawSql"].as_str().unwrap().to_owned(),
        ));
    }
    for v in dashboard["templating"]["list"].as_array().unwrap() {
        found.push((
            v["name"].to_string(),
            v["query"].as_str().unwrap().to_owned(),
        ));
    }
    found
        .into_iter()
        .map(|(title, sql)| {
            let mut out = String::new();
            let mut rest = sql.as_str();
            while let Some(at) = rest.find("$__timeFilter(") {
                out.push_str(&rest[..at]);
                let after = &rest[at + "$__timeFilter(".len()..];
                let end = after.find(')').unwrap();
                let column = &after[..end];
                out.push_str(&format!(
                    "{column} >= now() - INTERVAL 1 DAY AND {column} <= now()"
                ));
                rest = &after[end + 1..];
            }
            out.push_str(rest);
            let sql = variables.iter().fold(out, |sql, (name, value)| {
                sql.replace(&format!("${{{name}}}"), value)
            });
            assert!(!sql.contains('$'), "unreplaced macro in {title}: {sql}");
            (title, sql)
        })
        .collect()
}

fn chdb_available() -> bool {
    let found = std::process::Command::new("python3")
        .args(["-c", "import chdb"])
        .status()
        .is_ok_and(|s| s.success());
    if !found && std::env::var("AGENTWATCH_REQUIRE_CHDB").as_deref() == Ok("1") {
        panic!("chDB is required (pip install -r tests/python/requirements.txt)");
    }
    found
}

/// Every README example, on data agentwatch wrote to a real 18.16 server; then the same rows,
/// in tables created with the current DDL, through ClickHouse 26.x's engine (chDB): the same
/// answers on both.
#[tokio::test]
async fn readme_sql_examples_answer_on_legacy_and_current_clickhouse() {
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let rules = "
windows:
  length: 1m
  allowed_lateness: 0s
  idle_close: 1h
rules:
  - name: pii_leak
    metric: pii_leak_count
    kind: static
    op: '>'
    threshold: 0
    min_samples: 1
    for: 1
    severity: critical
  - name: refusal_rate_anomaly
    metric: refusal_rate
    kind: anomaly
";
    let pipeline = Pipeline::new(&ch, "", rules);
    let aw = pipeline.start();
    // Window 0 is the first minute of the previous hour; a span of window 2 closes it.
    let hour = 60 * MINUTE;
    let t0 = (common::now_nanos() - hour) / hour * hour;
    let trace = common::trace_id(5);
    let t = hex(&trace);
    let at = |mut span: Span, start: u64| {
        let length = span.end_time_unix_nano - span.start_time_unix_nano;
        span.start_time_unix_nano = start;
        span.end_time_unix_nano = start + length;
        span
    };
    let second = 1_000_000_000;
    let window_0 = vec![
        at(
            chat_span(&trace, 1, "I'm sorry, but I can't help with that."),
            t0 + second,
        ),
        at(
            chat_span(&trace, 2, "I cannot assist with this request."),
            t0 + 2 * second,
        ),
        at(
            chat_span(&trace, 3, "Your flight to Lisbon is booked."),
            t0 + 3 * second,
        ),
        at(
            chat_span(
                &trace,
                4,
                "Booked; the receipt went to jane.doe@example.com.",
            ),
            t0 + 4 * second,
        ),
        at(
            tool_span(&trace, 5, "search_flights", true),
            t0 + 5 * second,
        ),
        at(
            tool_span(&trace, 6, "search_flights", true),
            t0 + 6 * second,
        ),
        at(
            tool_span(&trace, 7, "search_flights", true),
            t0 + 7 * second,
        ),
        at(tool_span(&trace, 8, "book_hotel", false), t0 + 8 * second),
    ];
    assert_eq!(
        post_otlp_http(&aw, &request("travel", window_0))
            .await
            .status(),
        200
    );
    ch.wait_for(
        &format!("SELECT count() FROM agentwatch.scores FINAL WHERE trace_id = '{t}' AND evaluator = 'tool_error'"),
        "4",
        Duration::from_secs(20),
    );
    let closing = vec![at(
        chat_span(&trace, 9, "Anything else?"),
        t0 + 2 * MINUTE + second,
    )];
    assert_eq!(
        post_otlp_http(&aw, &request("travel", closing))
            .await
            .status(),
        200
    );
    ch.wait_for(
        "SELECT count() FROM agentwatch.alerts FINAL WHERE rule = 'pii_leak' AND state = 'firing'",
        "1",
        Duration::from_secs(20),
    );
    ch.wait_for(
        "SELECT count() FROM agentwatch.scores FINAL WHERE evaluator = 'refusal'",
        "5",
        Duration::from_secs(20),
    );

    let examples = readme_sql_examples();
    assert_eq!(examples.len(), 5, "{examples:#?}");
    let legacy: Vec<String> = examples.iter().map(|sql| ch.query(sql)).collect();
    // The dashboard's queries run too; its refusal panel shows window 0 (2 refusals of 4).
    let dashboard = dashboard_queries(&[
        ("service", "travel"),
        ("agent", "travel-planner"),
        ("tool", "search_flights"),
        ("operation", "llm/gpt-4o-mini-2024-07-18"),
    ]);
    let dashboard_legacy: Vec<String> = dashboard.iter().map(|(_, sql)| ch.query(sql)).collect();
    let refusal_panel = dashboard
        .iter()
        .position(|(_, sql)| sql.contains("metric = 'refusal_rate'"))
        .unwrap();
    assert_eq!(
        dashboard_legacy[refusal_panel],
        format!("{}\t0.5\t\\N\t\\N", fmt_second(t0))
    );
    // Every panel shows something for this data (the tool panel for search_flights).
    for ((title, sql), rows) in dashboard.iter().zip(&dashboard_legacy) {
        assert!(!rows.is_empty(), "dashboard {title} shows nothing:\n{sql}");
    }
    let tool_panel = dashboard
        .iter()
        .position(|(_, sql)| sql.contains("metric = 'tool_error_rate'"))
        .unwrap();
    assert_eq!(
        dashboard_legacy[tool_panel],
        format!("{}\t1\t\\N\t\\N", fmt_second(t0))
    );

    // Refusal rate per agent per hour: 2 refusals of 5 chat spans, all in window 0's hour.
    assert!(examples[0].starts_with("-- refusal rate per agent per hour"));
    assert_eq!(
        legacy[0],
        format!("{}\ttravel-planner\t5\t2\t0.4", fmt_second(t0))
    );
    // Top failing tools.
    assert_eq!(legacy[1], "search_flights\t3\t3\t1\nbook_hotel\t1\t0\t0");
    // The PII leak, with its trace and span ids and masked evidence.
    let pii: Vec<&str> = legacy[2].split('\t').collect();
    assert_eq!(legacy[2].lines().count(), 1, "{}", legacy[2]);
    assert_eq!(pii[0], fmt_second(t0 + 4 * second));
    assert_eq!(
        &pii[1..5],
        ["travel", "travel-planner", &t, &hex(&span_id(4))]
    );
    assert!(
        pii[5].contains("EMAIL_ADDRESS") && !pii[5].contains("jane.doe"),
        "{}",
        pii[5]
    );
    // Window 0's refusal rate (2 of 4): too few spans to judge (min_samples 20), no band.
    assert_eq!(
        legacy[3],
        format!(
            "{}\ttravel\ttravel-planner\t4\t0.5\tinsufficient_data\t\\N\t\\N",
            fmt_second(t0)
        )
    );
    // The pii_leak rule fired at the end of window 0, naming the leaking trace.
    let fired = legacy[4]
        .lines()
        .find(|l| l.contains("\tpii_leak\t") && l.contains("\tfiring\t"))
        .unwrap_or_else(|| panic!("no firing pii_leak: {}", legacy[4]));
    assert!(fired.starts_with(&fmt_second(t0 + MINUTE)), "{fired}");
    assert!(fired.contains(&t), "{fired}");

    if !chdb_available() {
        eprintln!("SKIPPED (current ClickHouse part): chDB not installed");
        return;
    }
    // The same rows, in tables created with the current DDL.
    let ddl = std::process::Command::new(common::binary())
        .args(["clickhouse-schema", "--flavor", "current"])
        .output()
        .unwrap();
    assert!(ddl.status.success());
    let mut statements: Vec<String> = String::from_utf8(ddl.stdout)
        .unwrap()
        .split(";\n")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    for table in ["scores", "windows", "alerts"] {
        let columns = ch
            .query(&format!(
                "SELECT name FROM system.columns WHERE database = 'agentwatch' \
                 AND table = '{table}' AND default_kind = ''"
            ))
            .replace('\n', ", ");
        let values = ch.query(&format!(
            "SELECT {columns} FROM agentwatch.{table} FORMAT Values"
        ));
        statements.push(format!(
            "INSERT INTO agentwatch.{table} ({columns}) VALUES {values}"
        ));
    }
    let queries: Vec<&str> = examples
        .iter()
        .map(String::as_str)
        .chain(dashboard.iter().map(|(_, sql)| sql.as_str()))
        .collect();
    let job = serde_json::json!({"statements": statements, "queries": queries});
    let mut child = std::process::Command::new("python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/python/chdb_run.py"
        ))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(job.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "chDB failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let version = answer["version"].as_str().unwrap();
    let major: u32 = version.split('.').next().unwrap().parse().unwrap();
    assert!(major >= 24, "chDB runs a current ClickHouse, not {version}");
    let expected = legacy.iter().chain(&dashboard_legacy);
    let sqls = examples.iter().chain(dashboard.iter().map(|(_, sql)| sql));
    let results = answer["results"].as_array().unwrap();
    assert_eq!(results.len(), examples.len() + dashboard.len());
    for ((current, expected), sql) in results.iter().zip(expected).zip(sqls) {
        assert_eq!(
            &whole_seconds(current.as_str().unwrap()),
            expected,
            "answers differ on ClickHouse {version}:\n{sql}"
        );
    }
}

/// Distributed mode end to end: ingest, two score workers and detect as separate processes
/// over a real Kafka-protocol broker (tansu), sharing one ClickHouse database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kafka_roles_share_one_clickhouse_store() {
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let Some(broker) = common::kafka::Broker::start() else {
        return;
    };
    let extra = format!(
        "bus:
  kind: kafka
  brokers: {}
  session_timeout: 6s
  commit_interval: 200ms
  create_topics:
    partitions: 4
score:
  workers: 1
windows:
  length: 1m
  allowed_lateness: 0s
  idle_close: 1h
rules: []
",
        broker.address()
    );
    let pipeline = Pipeline::new(&ch, "", &extra);
    let role = |role: &str| {
        Agentwatch::start_file(
            &pipeline.path,
            &pipeline.path.with_extension("unused.db"),
            &["--role", role],
        )
    };
    let _detect = role("detect");
    let score_a = role("score");
    let score_b = role("score");
    let ingest = role("ingest");
    for worker in [&score_a, &score_b] {
        let deadline = Instant::now() + Duration::from_secs(30);
        while worker
            .metric("agentwatch_kafka_rebalances_total{group=\"agentwatch-score\",kind=\"assign\"}")
            < 1.0
        {
            assert!(Instant::now() < deadline, "{}", worker.log());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    // 20 requests of 25 spans, all inside one past minute (W0).
    let now = common::now_nanos();
    let w0 = now - now % MINUTE - 5 * MINUTE;
    let trace = common::trace_id(2024);
    let t = hex(&trace);
    let (requests, per_request) = (20u64, 25u64);
    for r in 0..requests {
        let spans = (0..per_request)
            .map(|i| {
                let n = r * 100 + i;
                let mut span = if i % 2 == 0 {
                    chat_span(&trace, n, "Your flight to Lisbon is booked.")
                } else {
                    tool_span(&trace, n, "search_flights", i % 3 == 0)
                };
                span.start_time_unix_nano = w0 + n % 50 * 1_000_000_000;
                span.end_time_unix_nano = span.start_time_unix_nano + 500_000_000;
                span
            })
            .collect();
        let response = post_otlp_http(&ingest, &request("travel-desk", spans)).await;
        assert_eq!(response.status(), 200, "{}", ingest.log());
    }
    let total = requests * per_request;
    ch.wait_for(
        &format!(
            "SELECT count() FROM agentwatch.scores FINAL WHERE trace_id = '{t}' AND evaluator = 'latency'"
        ),
        &total.to_string(),
        Duration::from_secs(60),
    );
    let (a, b) = (
        score_a.metric("agentwatch_scored_spans_total"),
        score_b.metric("agentwatch_scored_spans_total"),
    );
    assert!(a > 0.0 && b > 0.0, "work not shared: {a} and {b} spans");

    // A span two minutes later closes W0: judged on every span exactly once.
    let mut clock = tool_span(&common::trace_id(1), 1, "clock", false);
    clock.start_time_unix_nano = w0 + 2 * MINUTE;
    clock.end_time_unix_nano = clock.start_time_unix_nano + 1_000_000;
    let response = post_otlp_http(&ingest, &request("clock", vec![clock])).await;
    assert_eq!(response.status(), 200);
    ch.wait_for(
        &format!(
            "SELECT sum(n) FROM agentwatch.windows FINAL WHERE window_start_ns = {w0} \
             AND metric = 'latency_p50' AND service = 'travel-desk'"
        ),
        &total.to_string(),
        Duration::from_secs(30),
    );
}

/// Retention without TTL (ClickHouse before 21.8): agentwatch drops day partitions older than
/// `scores_retention` itself, at start and hourly; newer days stay.
/// A `refusal` score row of span `span`, started at `ns`, for writing through the store.
fn refusal_row(ns: u64, span: &str) -> agentwatch::store::ScoreRow {
    agentwatch::store::ScoreRow {
        time: agentwatch::store::format_time(ns).into(),
        trace_id: "0af7651916cd43dd8448eb211c80319c".into(),
        span_id: span.into(),
        service: "travel".into(),
        agent: None,
        operation: "llm".into(),
        span_name: "chat".into(),
        model: None,
        tool: None,
        evaluator: "refusal".into(),
        value: Some(0.0),
        label: agentwatch::eval::Label::Ok,
        detail: None,
        end_ns: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_day_partitions_are_dropped_where_ttl_is_missing() {
    use agentwatch::store::config::{ClickhouseStoreConfig, StoreConfig};
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let config = |retention_days: u64| {
        StoreConfig::Clickhouse(Box::new(ClickhouseStoreConfig {
            url: ch.url(),
            database: "retention".into(),
            scores_retention: Some(Duration::from_secs(retention_days * 86_400)),
            ..Default::default()
        }))
    };
    let day = 86_400 * 1_000_000_000u64;
    let now = common::now_nanos();
    let row = refusal_row;
    // A long retention first: nothing is old enough to go.
    let store = agentwatch::store::open(&config(30), agentwatch::telemetry::Metrics::new())
        .await
        .unwrap();
    let rows = vec![
        row(now - 10 * day, "00000000000000a1"),
        row(now - 3 * day, "00000000000000a2"),
        row(now, "00000000000000a3"),
    ];
    store.write_scores(std::sync::Arc::new(rows)).await.unwrap();
    store.close().await.unwrap();
    drop(store);
    let days_sql = "SELECT count(DISTINCT partition) FROM system.parts \
                    WHERE database = 'retention' AND table = 'scores' AND active";
    assert_eq!(ch.query(days_sql), "3");

    let flavor = ch.query("SELECT flavor FROM retention.agentwatch_schema");
    if flavor == "current" {
        // A server with TTL: the table carries it instead.
        assert!(
            ch.query("SHOW CREATE TABLE retention.scores")
                .contains("TTL")
        );
        return;
    }
    // Restarted with 5 days: the 10-day-old partition goes, the others stay.
    let store = agentwatch::store::open(&config(5), agentwatch::telemetry::Metrics::new())
        .await
        .unwrap();
    ch.wait_for(days_sql, "2", Duration::from_secs(20));
    assert_eq!(
        ch.query("SELECT span_id FROM retention.scores ORDER BY span_id"),
        "00000000000000a2\n00000000000000a3"
    );
    store.close().await.unwrap();
}

/// Spans that started on thousands of different days before the retention window make no
/// INSERT or partition each: they are counted and not written; recent ones land.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_older_than_retention_make_no_partitions() {
    use agentwatch::store::ScoreRow;
    use agentwatch::store::config::{ClickhouseStoreConfig, StoreConfig};
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let config = StoreConfig::Clickhouse(Box::new(ClickhouseStoreConfig {
        url: ch.url(),
        database: "old_days".into(),
        scores_retention: Some(Duration::from_secs(30 * 86_400)),
        ..Default::default()
    }));
    let day = 86_400 * 1_000_000_000u64;
    let now = common::now_nanos();
    let row = |ns: u64, n: usize| refusal_row(ns, &format!("{n:016x}"));
    let metrics = agentwatch::telemetry::Metrics::new();
    let store = agentwatch::store::open(&config, metrics.clone())
        .await
        .unwrap();
    // 2,000 spans on 2,000 different days, 40 days to ~5.6 years ago, and two recent ones.
    let mut rows: Vec<ScoreRow> = (0..2000)
        .map(|n| row(now - (40 + n as u64) * day, n))
        .collect();
    rows.push(row(now - day, 5000));
    rows.push(row(now, 5001));
    store.write_scores(std::sync::Arc::new(rows)).await.unwrap();
    store.close().await.unwrap();
    assert_eq!(ch.query("SELECT count() FROM old_days.scores"), "2");
    let days_sql = "SELECT count(DISTINCT partition) FROM system.parts \
                    WHERE database = 'old_days' AND table = 'scores' AND active";
    assert!(ch.query(days_sql).parse::<u32>().unwrap() <= 2);
    assert!(
        metrics
            .encode()
            .contains("agentwatch_store_expired_rows_skipped_total 2000"),
        "{}",
        metrics.encode()
    );
}

/// The read that rebuilds open windows at start: spans that ended at or after the cut (a long
/// span that started hours before it included), newest end first, one row per span ×
/// evaluator however often it was written, each with its end and without its detail.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scores_ending_since_reads_each_span_once_with_its_end() {
    use agentwatch::store::config::{ClickhouseStoreConfig, StoreConfig};
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let config = StoreConfig::Clickhouse(Box::new(ClickhouseStoreConfig {
        url: ch.url(),
        database: "reopen".into(),
        ..Default::default()
    }));
    let store = agentwatch::store::open(&config, agentwatch::telemetry::Metrics::new())
        .await
        .unwrap();
    let second = 1_000_000_000u64;
    let now = common::now_nanos();
    let row = |start: u64, end: u64, span: &str| {
        let mut r = refusal_row(start, span);
        r.end_ns = Some(end as i64);
        r.detail = Some("{\"evidence\":\"masked\"}".into());
        r
    };
    let rows = vec![
        row(now - 10 * second, now - 9 * second, "00000000000000b1"),
        row(
            now - 2 * 3600 * second,
            now - 5 * second,
            "00000000000000b2",
        ),
        row(now - 3 * second, now - 2 * second, "00000000000000b3"),
    ];
    // Written twice: a redelivery.
    store
        .write_scores(std::sync::Arc::new(rows.clone()))
        .await
        .unwrap();
    store.write_scores(std::sync::Arc::new(rows)).await.unwrap();
    let cut = (now - 6 * second) as i64;
    let got = store.scores_ending_since(cut, 10).await.unwrap();
    let read: Vec<_> = got
        .iter()
        .map(|r| (&*r.span_id, r.end_ns, r.detail.is_none()))
        .collect();
    assert_eq!(
        read,
        vec![
            ("00000000000000b3", Some((now - 2 * second) as i64), true),
            ("00000000000000b2", Some((now - 5 * second) as i64), true),
        ]
    );
    let newest = store.scores_ending_since(cut, 1).await.unwrap();
    assert_eq!(newest.len(), 1);
    assert_eq!(&*newest[0].span_id, "00000000000000b3");
    store.close().await.unwrap();
}

/// A pipeline file whose store is the HTTPS port of `ch`, with `tls` (flow style) settings.
fn https_pipeline(ch: &ClickhouseServer, tls: &str, startup_timeout: &str) -> Pipeline {
    let pipeline = Pipeline::new(ch, &format!("  tls: {tls}\n"), "");
    let yaml = std::fs::read_to_string(&pipeline.path)
        .unwrap()
        .replace(&ch.url(), &ch.https_url())
        .replace(
            "startup_timeout: 20s",
            &format!("startup_timeout: {startup_timeout}"),
        );
    std::fs::write(&pipeline.path, yaml).unwrap();
    pipeline
}

#[tokio::test]
async fn scores_reach_clickhouse_over_mutual_tls() {
    let pki = common::tls::TestPki::generate();
    let Some(ch) = ClickhouseServer::start_https(&pki, true) else {
        return;
    };
    let pipeline = https_pipeline(&ch, &pki.client_settings("ca.pem", true), "20s");
    let aw = pipeline.start();
    assert!(aw.log().contains("clickhouse store ready"), "{}", aw.log());
    let trace = common::trace_id(41);
    let response = post_otlp_http(
        &aw,
        &request("tls", vec![tool_span(&trace, 1, "search_flights", true)]),
    )
    .await;
    assert_eq!(response.status(), 200, "{}", aw.log());
    let t = hex(&trace);
    ch.wait_for(
        &format!(
            "SELECT label FROM agentwatch.scores FINAL WHERE trace_id = '{t}' AND evaluator = 'tool_error'"
        ),
        "fail",
        Duration::from_secs(20),
    );
    // The CLI reads over the same TLS settings.
    let rows = pipeline.cli(&["query", "--trace-id", &t, "--format", "json"]);
    assert!(rows.contains("\"tool_error\""), "{rows}");
}

/// `agentwatch run` on `pipeline` must fail at start; its stderr.
fn failed_start(pipeline: &Pipeline) -> String {
    let out = std::process::Command::new(common::binary())
        .args(["run", "--config"])
        .arg(&pipeline.path)
        .output()
        .unwrap();
    assert!(!out.status.success(), "started");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[tokio::test]
async fn clickhouse_over_tls_refuses_a_missing_client_certificate_and_the_wrong_ca() {
    let pki = common::tls::TestPki::generate();
    let Some(ch) = ClickhouseServer::start_https(&pki, true) else {
        return;
    };
    let no_cert = failed_start(&https_pipeline(
        &ch,
        &pki.client_settings("ca.pem", false),
        "1s",
    ));
    // OpenSSL refuses the handshake (TLS 1.2) or sends an alert after it (TLS 1.3).
    assert!(
        no_cert.contains("store.startup_timeout") && no_cert.contains("received fatal alert"),
        "{no_cert}"
    );
    let wrong_ca = failed_start(&https_pipeline(
        &ch,
        &pki.client_settings("other-ca.pem", true),
        "1s",
    ));
    assert!(
        wrong_ca.contains("invalid peer certificate: UnknownIssuer"),
        "{wrong_ca}"
    );
    let unreadable = failed_start(&https_pipeline(
        &ch,
        &format!("{{ca_file: {}}}", pki.path("missing.pem").display()),
        "1s",
    ));
    assert!(
        unreadable.contains("store.tls.ca_file: cannot read"),
        "{unreadable}"
    );
}
