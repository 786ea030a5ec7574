//! Alerts end to end: spans in over OTLP, a rule fires and resolves in event time, and real
//! local HTTP endpoints that impersonate PagerDuty, Slack and a webhook receiver get exactly
//! one trigger and one resolve — through 429s, 500s, hangs, 4xx, and `kill -9` restarts.

mod common;

use std::time::{Duration, Instant};

use common::fake_endpoint::{Answer, FakeEndpoints, Received};
use common::{Agentwatch, request, s, span_id};
use hmac::Mac;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::trace::v1::Span;

const MINUTE: u64 = 60_000_000_000;

/// Secrets the log must never show.
const ROUTING_KEY: &str = "R0UT1NGKEY-test-5f2c9a";
const HMAC_SECRET: &str = "hmac-secret-9d8e7f";
const TOKEN: &str = "bearer-token-4b3a21";

/// Event-time clock of a test: one-minute windows from a minute-aligned start three hours ago.
struct Clock {
    t0: u64,
    next_span: u64,
}

impl Clock {
    fn new() -> Clock {
        let t0 = (common::now_nanos() - 180 * MINUTE) / MINUTE * MINUTE;
        Clock { t0, next_span: 1 }
    }

    /// A chat span ending 10 s into window `window` with `reply` as the model's output.
    fn chat(&mut self, window: u64, reply: &str) -> Span {
        let end = self.t0 + window * MINUTE + 10_000_000_000;
        self.next_span += 1;
        let n = self.next_span;
        Span {
            trace_id: trace(n),
            span_id: span_id(n),
            name: "chat gpt-4o-mini".into(),
            kind: 3,
            start_time_unix_nano: end - 800_000_000,
            end_time_unix_nano: end,
            attributes: vec![
                s("gen_ai.operation.name", "chat"),
                s("gen_ai.request.model", "gpt-4o-mini"),
                s("gen_ai.agent.name", "support"),
                s(
                    "gen_ai.output.messages",
                    &serde_json::json!([{"role":"assistant","parts":[{"type":"text","content":reply}]}])
                        .to_string(),
                ),
            ],
            ..Default::default()
        }
    }
}

fn trace(n: u64) -> Vec<u8> {
    let mut id = 0x00a1_1e57_u64.to_be_bytes().to_vec();
    id.extend_from_slice(&n.to_be_bytes());
    id
}

const LEAK: &str = "Sure — the customer's e-mail is jane.doe@example.com, I have updated it.";
const CLEAN: &str = "Your order has shipped and should arrive on Thursday.";

async fn send(aw: &Agentwatch, req: ExportTraceServiceRequest) {
    let response = common::post_otlp_http(aw, &req).await;
    assert_eq!(response.status(), 200, "{}", aw.log());
}

/// Send one chat span per `(service, window, reply)`, each only once the previous one is
/// scored: score workers run in parallel, and with `allowed_lateness: 0s` a span overtaken by
/// a later window's span would be late and change the verdicts under test.
async fn send_spans(aw: &Agentwatch, clock: &mut Clock, spans: &[(&str, u64, &str)]) {
    for (service, window, reply) in spans {
        let span = clock.chat(*window, reply);
        let trace = hex::encode(&span.trace_id);
        send(aw, request(service, vec![span])).await;
        aw.wait_rows(&format!("trace_id = '{trace}'"), 1);
    }
}

/// Wait until the alerts table has a transition into `state` for `rule`.
fn wait_alert(aw: &Agentwatch, rule: &str, state: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if aw.db.exists() {
            let key: Option<String> = aw
                .sql()
                .query_row(
                    "SELECT dedup_key FROM alerts WHERE rule = ?1 AND state = ?2 LIMIT 1",
                    [rule, state],
                    |r| r.get(0),
                )
                .ok();
            if let Some(k) = key {
                return k;
            }
        }
        assert!(
            Instant::now() < deadline,
            "no {state} transition of {rule}:\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The pii_leak rule alone (static, fires on the first leaking window, resolves after two
/// clean ones), one-minute windows closed by event time only.
const RULES: &str = "
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
    recover: 2
";

struct Secrets {
    dir: tempfile::TempDir,
}

impl Secrets {
    fn new(slack_url: &str) -> Secrets {
        let dir = tempfile::tempdir().unwrap();
        for (name, value) in [
            ("routing_key", ROUTING_KEY),
            ("hmac", HMAC_SECRET),
            ("token", TOKEN),
            ("slack_url", slack_url),
        ] {
            std::fs::write(dir.path().join(name), value).unwrap();
        }
        Secrets { dir }
    }

    fn file(&self, name: &str) -> String {
        format!("${{file:{}}}", self.dir.path().join(name).display())
    }
}

/// Three notifiers (PagerDuty, Slack, webhook) on the fake endpoints, secrets from files.
fn notifiers(endpoints: &FakeEndpoints, secrets: &Secrets, delivery: &str) -> String {
    format!(
        "
notifiers:
  oncall:
    kind: pagerduty
    url: {pd}
    routing_key: {routing_key}
    links:
      - href: https://traces.example.com/trace/{{trace_id}}
        text: Trace
{delivery}
  team-slack:
    kind: slack
    url: {slack}
{delivery}
  audit:
    kind: webhook
    url: {hook}
    secret: {hmac}
    headers:
      Authorization: Bearer {token}
{delivery}
",
        pd = endpoints.url("/pd"),
        routing_key = secrets.file("routing_key"),
        slack = secrets.file("slack_url"),
        hook = endpoints.url("/hook"),
        hmac = secrets.file("hmac"),
        token = secrets.file("token"),
    )
}

const FAST_DELIVERY: &str = "    timeout: 1s
    initial_backoff: 100ms
    max_backoff: 400ms";

fn route(group_wait: &str) -> String {
    format!(
        "
routes:
  - name: everything
    notifiers: [oncall, team-slack, audit]
    group_wait: {group_wait}
    group_interval: 500ms
    repeat_interval: 1h
"
    )
}

/// The fake endpoints, secrets in files, and agentwatch running the pii_leak rule with the
/// three notifiers and `routes` (YAML).
struct Scenario {
    endpoints: FakeEndpoints,
    slack_url: String,
    _secrets: Secrets,
    aw: Agentwatch,
    clock: Clock,
}

impl Scenario {
    fn start(routes: &str) -> Scenario {
        Self::start_with(routes, |_| {})
    }

    /// Like `start`, scripting the endpoints before agentwatch starts.
    fn start_with(routes: &str, script: impl FnOnce(&FakeEndpoints)) -> Scenario {
        let endpoints = FakeEndpoints::start();
        script(&endpoints);
        let slack_url = endpoints.url("/slack");
        let secrets = Secrets::new(&slack_url);
        let config = format!(
            "{RULES}{}{routes}",
            notifiers(&endpoints, &secrets, FAST_DELIVERY)
        );
        Scenario {
            aw: Agentwatch::start(&config),
            endpoints,
            slack_url,
            _secrets: secrets,
            clock: Clock::new(),
        }
    }

    /// A leak in window 0 of `services`, then a clean span each in window 2, which moves the
    /// watermark past window 0: pii_leak fires.
    async fn leak(&mut self, services: &[&str]) {
        let mut spans: Vec<(&str, u64, &str)> = services.iter().map(|s| (*s, 0, LEAK)).collect();
        spans.extend(services.iter().map(|s| (*s, 2, CLEAN)));
        send_spans(&self.aw, &mut self.clock, &spans).await;
    }
}

fn assert_no_secrets(text: &str, slack_url: &str) {
    for secret in [ROUTING_KEY, HMAC_SECRET, TOKEN, slack_url] {
        assert!(!text.contains(secret), "a secret leaked: {secret}\n{text}");
    }
}

fn outbox(aw: &Agentwatch) -> Vec<(String, String, String, i64, Option<String>)> {
    let conn = aw.sql();
    let mut stmt = conn
        .prepare(
            "SELECT notifier, status, delivery, attempts, last_error FROM notifications \
             ORDER BY created_ns, notifier",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })
    .unwrap()
    .collect::<Result<Vec<_>, _>>()
    .unwrap()
}

fn is_trigger(r: &Received) -> bool {
    r.json()["event_action"] == "trigger"
}

fn is_resolve(r: &Received) -> bool {
    r.json()["event_action"] == "resolve"
}

fn hook_status(status: &'static str) -> impl Fn(&Received) -> bool {
    move |r: &Received| r.json()["status"] == status
}

fn slack_says(word: &'static str) -> impl Fn(&Received) -> bool {
    move |r: &Received| r.json()["text"].as_str().unwrap_or("").contains(word)
}

/// Wait until every outbox row has left `pending` (delivered, failed, expired).
fn wait_outbox_settled(aw: &Agentwatch, rows: usize) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let o = outbox(aw);
        if o.len() >= rows && o.iter().all(|r| r.2 != "pending") {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "outbox not settled: {o:?}\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[tokio::test]
async fn one_trigger_and_one_resolve_per_notifier_with_the_same_dedup_key() {
    let mut sc = Scenario::start(&route("200ms"));
    sc.leak(&["checkout"]).await;
    let Scenario {
        endpoints,
        slack_url,
        aw,
        mut clock,
        ..
    } = sc;
    let context = || aw.log();
    let dedup_key = wait_alert(&aw, "pii_leak", "firing");
    let pd = endpoints.wait_for("/pd", 1, is_trigger, context);
    endpoints.wait_for("/slack", 1, slack_says("FIRING"), context);
    endpoints.wait_for("/hook", 1, hook_status("firing"), context);

    // The PagerDuty trigger: routing key, the alert's dedup key, the figures and exemplars.
    let trigger = pd[0].json();
    assert_eq!(trigger["routing_key"], ROUTING_KEY);
    assert_eq!(trigger["dedup_key"], dedup_key.as_str());
    let payload = &trigger["payload"];
    assert_eq!(payload["severity"], "critical");
    assert_eq!(payload["source"], "agentwatch/checkout");
    assert!(
        payload["summary"]
            .as_str()
            .unwrap()
            .starts_with("[FIRING] pii_leak: checkout/support"),
        "{payload}"
    );
    let details = &payload["custom_details"];
    assert_eq!(details["value"], 1.0);
    let leak_trace = hex::encode(trace(2));
    assert_eq!(
        details["exemplar_trace_ids"][0],
        leak_trace.as_str(),
        "{details}"
    );
    assert_eq!(details["alerts"][0]["threshold"], 0.0);
    assert_eq!(
        trigger["links"][0]["href"],
        format!("https://traces.example.com/trace/{leak_trace}")
    );

    // Slack: readable text and blocks, with mrkdwn's `&`, `<`, `>` escaped.
    let slack = endpoints.received("/slack")[0].json();
    assert!(slack["blocks"].as_array().unwrap().len() >= 3, "{slack}");
    assert!(
        slack["blocks"][1]["text"]["text"]
            .as_str()
            .unwrap()
            .contains("pii_leak_count 1 (&gt; 0)"),
        "{slack}"
    );

    // The webhook: signed body, custom header, id header matching the body.
    let hook = &endpoints.received("/hook")[0];
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(HMAC_SECRET.as_bytes()).unwrap();
    mac.update(hook.body.as_bytes());
    let expected = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    assert_eq!(hook.headers["x-agentwatch-signature"], expected);
    assert_eq!(hook.headers["authorization"], format!("Bearer {TOKEN}"));
    let body = hook.json();
    assert_eq!(
        hook.headers["x-agentwatch-notification-id"],
        body["id"].as_str().unwrap()
    );
    assert_eq!(body["version"], "1");
    assert_eq!(body["group_key"], dedup_key.as_str());
    assert_eq!(body["alerts"][0]["status"], "firing");
    assert_eq!(body["alerts"][0]["service"], "checkout");

    // Still firing one window later: nothing new is sent (repeat_interval is an hour).
    send_spans(&aw, &mut clock, &[("checkout", 4, CLEAN)]).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(endpoints.received("/pd").len(), 1);
    assert_eq!(endpoints.received("/slack").len(), 1);
    assert_eq!(endpoints.received("/hook").len(), 1);

    // Second clean window closes: resolved, and each notifier hears it once.
    send_spans(&aw, &mut clock, &[("checkout", 6, CLEAN)]).await;
    wait_alert(&aw, "pii_leak", "resolved");
    let resolve = endpoints.wait_for("/pd", 1, is_resolve, context);
    assert_eq!(resolve[0].json()["dedup_key"], dedup_key.as_str());
    assert_eq!(resolve[0].json()["routing_key"], ROUTING_KEY);
    endpoints.wait_for("/slack", 1, slack_says("RESOLVED"), context);
    let resolved = endpoints.wait_for("/hook", 1, hook_status("resolved"), context);
    assert_eq!(resolved[0].json()["alerts"][0]["status"], "resolved");

    // Exactly one of each, nothing more after a while.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    for path in ["/pd", "/slack", "/hook"] {
        assert_eq!(
            endpoints.received(path).len(),
            2,
            "{path}: {:#?}",
            endpoints.received(path)
        );
    }

    // The alerts table records each notifier's delivery on both transitions.
    wait_outbox_settled(&aw, 6);
    let conn = aw.sql();
    let mut stmt = conn
        .prepare(
            "SELECT state, delivery FROM alerts WHERE rule = 'pii_leak' ORDER BY window_start_ns",
        )
        .unwrap();
    let rows: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    for (state, delivery) in &rows {
        let d: serde_json::Value = serde_json::from_str(delivery).unwrap();
        for n in ["oncall", "team-slack", "audit"] {
            assert_eq!(d[n], "delivered", "{state}: {delivery}");
        }
    }
    // `agentwatch alerts` shows it, too.
    let out = std::process::Command::new(common::binary())
        .args(["alerts", "--db"])
        .arg(&aw.db)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("audit=delivered,oncall=delivered,team-slack=delivered"),
        "{text}"
    );

    assert_no_secrets(&aw.log(), &slack_url);
    assert!(
        aw.metric("agentwatch_notifications_total{notifier=\"oncall\",outcome=\"delivered\"}")
            >= 2.0
    );
}

#[tokio::test]
async fn retries_honour_retry_after_and_permanent_errors_are_not_retried() {
    // PagerDuty: rate limited (Retry-After 2 s), then a 500, then a hang past the 1 s timeout,
    // then accepted. Slack: the webhook is gone (404). The webhook: 400 Bad Request.
    let mut sc = Scenario::start_with(&route("100ms"), |endpoints| {
        endpoints.script(
            "/pd",
            vec![
                Answer::Status(429, r#"{"status":"throttle event"}"#, Some("2")),
                Answer::Status(500, "internal error", None),
                Answer::Hang(Duration::from_secs(3)),
            ],
        );
        endpoints.set_normal("/slack", Answer::Status(404, "no_service", None));
        endpoints.set_normal(
            "/hook",
            Answer::Status(400, "bad request: unknown field", None),
        );
    });
    sc.leak(&["checkout"]).await;
    let Scenario {
        endpoints,
        slack_url,
        aw,
        ..
    } = sc;
    let context = || aw.log();

    let attempts = endpoints.wait_for("/pd", 4, is_trigger, context);
    let delivered = endpoints.delivered("/pd");
    assert_eq!(delivered.len(), 1, "{attempts:#?}");
    // Retry-After was honoured: the second attempt came at least 2 s after the 429.
    let gap = attempts[1].at - attempts[0].at;
    assert!(gap >= Duration::from_millis(1950), "retried after {gap:?}");
    // All four attempts were the same event.
    for a in &attempts {
        assert_eq!(a.json()["dedup_key"], attempts[0].json()["dedup_key"]);
    }

    wait_outbox_settled(&aw, 3);
    // Permanent errors: one attempt each, recorded with the receiver's answer.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(endpoints.received("/slack").len(), 1);
    assert_eq!(endpoints.received("/hook").len(), 1);
    let rows = outbox(&aw);
    let find = |n: &str| rows.iter().find(|r| r.0 == n).unwrap().clone();
    let pd = find("oncall");
    assert_eq!((pd.2.as_str(), pd.3), ("delivered", 4), "{pd:?}");
    let slack = find("team-slack");
    assert_eq!((slack.2.as_str(), slack.3), ("failed", 1), "{slack:?}");
    assert_eq!(slack.4.as_deref(), Some("HTTP 404: no_service"));
    let hook = find("audit");
    assert_eq!((hook.2.as_str(), hook.3), ("failed", 1), "{hook:?}");
    assert!(
        hook.4.as_deref().unwrap().starts_with("HTTP 400"),
        "{hook:?}"
    );
    let delivery: String = aw
        .sql()
        .query_row(
            "SELECT delivery FROM alerts WHERE state = 'firing'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let d: serde_json::Value = serde_json::from_str(&delivery).unwrap();
    assert_eq!(
        (
            d["oncall"].as_str(),
            d["team-slack"].as_str(),
            d["audit"].as_str()
        ),
        (Some("delivered"), Some("failed"), Some("failed"))
    );

    // `agentwatch alerts --outbox` shows the failures and why.
    let out = std::process::Command::new(common::binary())
        .args(["alerts", "--outbox", "--delivery", "failed", "--db"])
        .arg(&aw.db)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("HTTP 404: no_service") && text.contains("team-slack"),
        "{text}"
    );
    assert!(!text.contains("oncall"), "{text}");

    // The process kept serving, and logged the failures without secrets.
    assert_eq!(common::http_get_status(aw.admin, "/readyz"), Some(200));
    let log = aw.log();
    assert!(log.contains("refused permanently"), "{log}");
    assert_no_secrets(&log, &slack_url);
}

#[tokio::test]
async fn kill_9_before_or_during_delivery_sends_each_notification_once() {
    // group_wait 2 s: long enough to kill the process after the transition is written but
    // before any notification was decided.
    let mut sc = Scenario::start(&route("2s"));
    // 1. Crash between verdict and outbox.
    sc.leak(&["checkout"]).await;
    let Scenario {
        endpoints,
        mut aw,
        mut clock,
        ..
    } = sc;
    let dedup_key = wait_alert(&aw, "pii_leak", "firing");
    let decided: i64 = aw
        .sql()
        .query_row("SELECT count(*) FROM notifications", [], |r| r.get(0))
        .unwrap();
    aw.kill_and_restart();
    assert_eq!(decided, 0, "notifications decided before the kill");
    let context = || aw.log();
    endpoints.wait_for("/pd", 1, is_trigger, context);
    endpoints.wait_for("/hook", 1, hook_status("firing"), context);
    endpoints.wait_for("/slack", 1, slack_says("FIRING"), context);

    // 2. Crash while a delivery is being retried: the webhook fails until after the restart.
    endpoints.set_normal("/hook", Answer::Status(503, "unavailable", None));
    // The window open at the kill was lost with the process: two more clean windows close.
    send_spans(
        &aw,
        &mut clock,
        &[
            ("checkout", 4, CLEAN),
            ("checkout", 6, CLEAN),
            ("checkout", 8, CLEAN),
        ],
    )
    .await;
    wait_alert(&aw, "pii_leak", "resolved");
    endpoints.wait_for("/hook", 2, hook_status("resolved"), || aw.log());
    endpoints.wait_for("/pd", 1, is_resolve, || aw.log());
    let pending: i64 = aw
        .sql()
        .query_row(
            "SELECT count(*) FROM notifications WHERE notifier = 'audit' AND delivery = 'pending'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(pending, 1);
    aw.kill_and_restart();
    endpoints.set_normal("/hook", Answer::Status(200, "", None));
    let context = || aw.log();
    endpoints.wait_for(
        "/hook",
        1,
        |r| r.answered == 200 && hook_status("resolved")(r),
        context,
    );
    wait_outbox_settled(&aw, 6);

    // A while later: exactly one delivered trigger and one delivered resolve per notifier.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    for path in ["/pd", "/slack", "/hook"] {
        let delivered = endpoints.delivered(path);
        assert_eq!(delivered.len(), 2, "{path}: {delivered:#?}\n{}", aw.log());
    }
    let pd: Vec<serde_json::Value> = endpoints
        .delivered("/pd")
        .iter()
        .map(Received::json)
        .collect();
    assert_eq!(pd[0]["event_action"], "trigger");
    assert_eq!(pd[1]["event_action"], "resolve");
    assert_eq!(pd[0]["dedup_key"], dedup_key.as_str());
    assert_eq!(pd[1]["dedup_key"], dedup_key.as_str());
    // Every webhook attempt for the resolve carried the same notification id.
    let resolve_ids: std::collections::BTreeSet<String> = endpoints
        .received("/hook")
        .iter()
        .filter(|r| hook_status("resolved")(r))
        .map(|r| r.headers["x-agentwatch-notification-id"].clone())
        .collect();
    assert_eq!(resolve_ids.len(), 1, "{resolve_ids:?}");
}

#[tokio::test]
async fn grouped_alerts_go_out_together_and_repeat() {
    let mut sc = Scenario::start(
        "
routes:
  - name: pages
    match:
      severity: [critical]
    notifiers: [oncall]
    group_by: [rule]
    group_wait: 300ms
    group_interval: 300ms
    repeat_interval: 2s
",
    );
    // Two services leak in the same window: one group (by rule), one page with both.
    sc.leak(&["checkout", "billing"]).await;
    let Scenario {
        endpoints,
        aw,
        mut clock,
        ..
    } = sc;
    let first = endpoints.wait_for("/pd", 1, is_trigger, || aw.log());
    let event = first[0].json();
    assert_eq!(event["payload"]["summary"], "[FIRING:2] rule=pii_leak");
    let group_key = event["dedup_key"].as_str().unwrap().to_owned();
    assert!(group_key.starts_with("pages:"), "{group_key}");
    let services: std::collections::BTreeSet<&str> = event["payload"]["custom_details"]["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["series"].as_str().unwrap())
        .collect();
    assert_eq!(services, ["billing/support", "checkout/support"].into());

    // Still firing: re-sent every repeat_interval (2 s), not every group_interval (0.3 s).
    tokio::time::sleep(Duration::from_millis(4500)).await;
    let triggers = endpoints.received("/pd").len();
    assert!((2..=4).contains(&triggers), "{triggers} triggers in 4.5 s");
    assert!(
        endpoints
            .received("/pd")
            .iter()
            .all(|r| r.json()["dedup_key"] == group_key.as_str())
    );

    // Both resolve (two clean windows each): one resolve for the group.
    send_spans(
        &aw,
        &mut clock,
        &[
            ("checkout", 4, CLEAN),
            ("billing", 4, CLEAN),
            ("checkout", 6, CLEAN),
            ("billing", 6, CLEAN),
        ],
    )
    .await;
    let resolves = endpoints.wait_for("/pd", 1, is_resolve, || aw.log());
    assert_eq!(resolves[0].json()["dedup_key"], group_key.as_str());
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(
        endpoints
            .received("/pd")
            .iter()
            .filter(|r| is_resolve(r))
            .count(),
        1
    );
    // Slack and the webhook are on no route: nothing sent there.
    assert!(endpoints.received("/slack").is_empty() && endpoints.received("/hook").is_empty());
}

#[test]
fn notify_test_sends_trigger_and_resolve_and_fails_loudly() {
    let endpoints = FakeEndpoints::start();
    let slack_url = endpoints.url("/slack");
    let secrets = Secrets::new(&slack_url);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("pipeline.yaml");
    std::fs::write(&config, notifiers(&endpoints, &secrets, FAST_DELIVERY)).unwrap();
    let run = |notifier: &str| {
        std::process::Command::new(common::binary())
            .args(["notify-test", notifier, "--config"])
            .arg(&config)
            .output()
            .unwrap()
    };

    let out = run("oncall");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("oncall: firing test notification delivered (HTTP 202"),
        "{stdout}"
    );
    assert!(
        stdout.contains("oncall: resolved test notification delivered"),
        "{stdout}"
    );
    let pd: Vec<serde_json::Value> = endpoints
        .received("/pd")
        .iter()
        .map(Received::json)
        .collect();
    assert_eq!(pd.len(), 2);
    assert_eq!(
        (
            pd[0]["event_action"].as_str(),
            pd[1]["event_action"].as_str()
        ),
        (Some("trigger"), Some("resolve"))
    );
    assert_eq!(pd[0]["dedup_key"], "agentwatch_test:oncall");
    assert_eq!(pd[1]["dedup_key"], "agentwatch_test:oncall");

    // The webhook is signed even for a test.
    assert!(run("audit").status.success());
    let hook = &endpoints.received("/hook")[0];
    assert!(hook.headers["x-agentwatch-signature"].starts_with("sha256="));
    assert_eq!(hook.json()["test"], true);

    // A refusing endpoint: non-zero exit, the answer in the message, no secret.
    endpoints.set_normal("/slack", Answer::Status(403, "invalid_token", None));
    let out = run("team-slack");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("HTTP 403: invalid_token"), "{stderr}");
    assert_no_secrets(&stderr, &slack_url);

    // An unknown notifier names the known ones.
    let out = run("pager");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("no notifier 'pager'") && stderr.contains("oncall"),
        "{stderr}"
    );
}
