//! Notifier edge cases against real local endpoints: an absurd `Retry-After` is capped and
//! does not stop a notifier's deliveries, and a notifier far behind holds at most `max_queued`
//! notifications in memory while the rest wait in the store — none lost, none sent twice.

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::fake_endpoint::{Answer, FakeEndpoints, Received};
use common::{Agentwatch, request};

const MINUTE: u64 = 60_000_000_000;
const LEAK: &str = "Sure — the customer's e-mail is jane.doe@example.com, I have updated it.";
const CLEAN: &str = "Your order has shipped and should arrive on Thursday.";

/// pii_leak alone on one-minute windows closed by event time, routed to a PagerDuty and a
/// webhook notifier on `endpoints` with `delivery` settings each.
fn config(endpoints: &FakeEndpoints, delivery: &str) -> String {
    format!(
        "
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
    severity: critical
notifiers:
  oncall:
    kind: pagerduty
    url: {pd}
    routing_key: test-routing-key
{delivery}
  audit:
    kind: webhook
    url: {hook}
{delivery}
routes:
  - notifiers: [oncall, audit]
    group_wait: 100ms
    group_interval: 500ms
    repeat_interval: 1h
",
        pd = endpoints.url("/pd"),
        hook = endpoints.url("/hook"),
    )
}

/// One leak per service in window `first_window` (from three hours ago), then a clean span each two windows
/// later, which closes the leaking window: pii_leak fires for every service. Each span is sent
/// once the previous one is stored, so none is late.
async fn leak(aw: &Agentwatch, services: &[&str], first_window: u64, first_span: u64) {
    let start = (common::now_nanos() - 180 * MINUTE) / MINUTE * MINUTE;
    let t0 = start + first_window * MINUTE;
    let mut n = first_span;
    let spans = services
        .iter()
        .map(|s| (*s, t0, LEAK))
        .chain(services.iter().map(|s| (*s, t0 + 2 * MINUTE, CLEAN)));
    for (service, window, reply) in spans.collect::<Vec<_>>() {
        n += 1;
        let trace = common::trace_id(n);
        let mut span = common::chat_span(&trace, n, reply);
        span.end_time_unix_nano = window + 10_000_000_000;
        span.start_time_unix_nano = span.end_time_unix_nano - 800_000_000;
        let response = common::post_otlp_http(aw, &request(service, vec![span])).await;
        assert_eq!(response.status(), 200, "{}", aw.log());
        aw.wait_rows(&format!("trace_id = '{}'", hex::encode(&trace)), 1);
    }
}

/// The service a PagerDuty event or webhook notification is about.
fn service(r: &Received) -> String {
    let body = r.json();
    body["payload"]["component"]
        .as_str()
        .or(body["alerts"][0]["service"].as_str())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn an_absurd_retry_after_is_capped_and_later_notifications_still_go_out() {
    let endpoints = FakeEndpoints::start();
    // The first trigger of each notifier is rate limited with a Retry-After no clock can add:
    // u64::MAX seconds to PagerDuty, the year 9999 to the webhook.
    endpoints.script(
        "/pd",
        vec![Answer::Status(
            429,
            "slow down",
            Some("18446744073709551615"),
        )],
    );
    endpoints.script(
        "/hook",
        vec![Answer::Status(
            503,
            "maintenance",
            Some("Fri, 31 Dec 9999 23:59:59 GMT"),
        )],
    );
    let delivery = "    timeout: 1s\n    initial_backoff: 100ms\n    max_backoff: 400ms";
    let aw = Agentwatch::start(&config(&endpoints, delivery));
    leak(&aw, &["checkout"], 0, 0).await;
    let context = || aw.log();
    endpoints.wait_for("/pd", 1, |r| r.answered == 429, context);
    endpoints.wait_for("/hook", 1, |r| r.answered == 503, context);

    // Both notifiers keep delivering: another service's alert goes out at once.
    leak(&aw, &["billing"], 4, 100).await;
    let pd = endpoints.wait_for("/pd", 1, |r| r.answered == 202, context);
    let hook = endpoints.wait_for("/hook", 1, |r| r.answered == 200, context);
    assert_eq!(service(&pd[0]), "billing", "{:?}", pd[0]);
    assert_eq!(service(&hook[0]), "billing", "{:?}", hook[0]);

    // The throttled ones wait an hour (the cap), still pending, not dropped.
    let now = common::now_nanos() as i64;
    let conn = aw.sql();
    let mut stmt = conn
        .prepare(
            "SELECT notifier, delivery, attempts, next_attempt_ns FROM notifications \
             WHERE body LIKE '%\"service\":\"checkout\"%' ORDER BY notifier",
        )
        .unwrap();
    let rows: Vec<(String, String, i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    for (notifier, delivery, attempts, next) in &rows {
        assert_eq!((delivery.as_str(), *attempts), ("pending", 1), "{notifier}");
        let wait = Duration::from_nanos((next - now).max(0) as u64);
        assert!(
            wait > Duration::from_secs(3500) && wait <= Duration::from_secs(3600),
            "{notifier} retries in {wait:?}"
        );
    }
    assert_eq!(
        aw.metric("agentwatch_notifications_total{notifier=\"oncall\",outcome=\"panicked\"}"),
        0.0
    );
    assert!(!aw.log().contains("panicked"), "{}", aw.log());
}

#[tokio::test]
async fn a_notifier_far_behind_holds_max_queued_in_memory_and_loses_nothing() {
    let endpoints = FakeEndpoints::start();
    // The webhook fails its first eight attempts: its two queue places stay taken by
    // notifications backing off while six more are decided.
    endpoints.script(
        "/hook",
        (0..8).map(|_| Answer::Status(500, "down", None)).collect(),
    );
    let delivery =
        "    timeout: 1s\n    initial_backoff: 100ms\n    max_backoff: 300ms\n    max_queued: 2";
    let aw = Agentwatch::start(&config(&endpoints, delivery));
    let services = ["s1", "s2", "s3", "s4", "s5", "s6"];
    leak(&aw, &services, 0, 0).await;
    let context = || aw.log();

    // Every alert reaches both notifiers exactly once, whatever waited in the store.
    let hooks = endpoints.wait_for("/hook", 6, |r| r.answered == 200, context);
    let pds = endpoints.wait_for("/pd", 6, |r| r.answered == 202, context);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    for (path, got) in [("/hook", hooks), ("/pd", pds)] {
        let keys: BTreeSet<String> = got.iter().map(service).collect();
        assert_eq!(keys.len(), 6, "{path}: {keys:?}");
        assert_eq!(endpoints.delivered(path).len(), 6, "{path}: sent twice");
    }
    let deferred =
        aw.metric("agentwatch_notifications_total{notifier=\"audit\",outcome=\"deferred\"}");
    assert!(
        deferred >= 1.0,
        "nothing waited in the store:\n{}",
        aw.log()
    );
    let pending: i64 = aw
        .sql()
        .query_row(
            "SELECT count(*) FROM notifications WHERE delivery <> 'delivered'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(pending, 0);
    assert!(
        aw.metric("agentwatch_notifications_queued{notifier=\"audit\"}") <= 2.0,
        "{}",
        aw.log()
    );
}
