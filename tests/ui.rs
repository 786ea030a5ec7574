//! The built-in pages in a real browser: agentwatch runs as the real binary, takes an incident
//! over OTLP (a tool outage judged against its baseline, a PII leak from a service whose name
//! is markup), pages a webhook, and headless Chromium loads each page: the alert rows, the
//! series chart with its band, breaches and fire mark, the evaluators' rates and masked
//! evidence, no script errors, nothing injected. Screenshots go to `target/ui-screenshots/`.
//! The same scenario runs against a real ClickHouse store too.

mod common;

use std::time::{Duration, Instant};

use common::browser::{Browser, screenshot_dir};
use common::clickhouse::ClickhouseServer;
use common::fake_endpoint::FakeEndpoints;
use common::{Agentwatch, request, s, span_id};
use opentelemetry_proto::tonic::trace::v1::{Span, Status, status::StatusCode};

const MINUTE: u64 = 60_000_000_000;
/// A service name that is markup: it must show as text, never run.
const HOSTILE: &str = "<script>alert(1)</script>";
const LEAK: &str = "Sure: the customer's e-mail is jane.doe@example.com, updated.";
const CLEAN: &str = "Your order has shipped and should arrive on Thursday.";
/// Windows of normal tool traffic, then the outage's. A baseline is made of whole hours
/// before the judged window's: the normal traffic fills the first hour and a bit.
const NORMAL_WINDOWS: u64 = 64;
const OUTAGE_WINDOWS: u64 = 8;

/// One-minute windows closed by event time; an anomaly rule on tool errors that learns for
/// 20 minutes, and the static PII rule; one webhook notifier.
fn pipeline(hook: &str) -> String {
    format!(
        "
windows:
  length: 1m
  allowed_lateness: 0s
  idle_close: 1h
rules:
  - name: tool_errors
    metric: tool_error_rate
    kind: anomaly
    sigma: 3
    warmup: 20m
    min_baseline_windows: 15
    min_samples: 10
    for: 2
    severity: warning
  - name: pii_leak
    metric: pii_leak_count
    kind: static
    op: '>'
    threshold: 0
    min_samples: 1
    severity: critical
    recover: 2
notifiers:
  audit:
    kind: webhook
    url: {hook}
    timeout: 1s
    initial_backoff: 100ms
    max_backoff: 400ms
routes:
  - name: everything
    notifiers: [audit]
    group_wait: 100ms
    group_interval: 500ms
    repeat_interval: 1h
"
    )
}

/// The admin section with the trace links.
const ADMIN: &str = "admin:
  endpoint: 127.0.0.1:0
  ui:
    trace_url: http://jaeger.example/trace/{trace_id}
";

struct Traffic {
    t0: u64,
    next: u64,
    sent: u64,
}

impl Traffic {
    fn new() -> Traffic {
        Traffic {
            // The start of an hour, at least three hours ago: the test runs the same at any
            // time of day.
            t0: (common::now_nanos() - 180 * MINUTE) / (60 * MINUTE) * (60 * MINUTE),
            next: 0,
            sent: 0,
        }
    }

    fn ids(&mut self) -> (Vec<u8>, Vec<u8>) {
        self.next += 1;
        let mut trace = 0x0071_5eed_u64.to_be_bytes().to_vec();
        trace.extend_from_slice(&self.next.to_be_bytes());
        (trace, span_id(self.next))
    }

    fn tool(&mut self, window: u64, i: u64, failed: bool) -> Span {
        let end = self.t0 + window * MINUTE + (5 + i) * 1_000_000_000;
        let (trace_id, span_id) = self.ids();
        Span {
            trace_id,
            span_id,
            name: "execute_tool search_flights".into(),
            kind: 1,
            start_time_unix_nano: end - 150_000_000,
            end_time_unix_nano: end,
            attributes: vec![
                s("gen_ai.operation.name", "execute_tool"),
                s("gen_ai.tool.name", "search_flights"),
                s("gen_ai.agent.name", "planner"),
            ],
            status: failed.then(|| Status {
                code: StatusCode::Error as i32,
                message: "upstream timed out".into(),
            }),
            ..Default::default()
        }
    }

    fn chat(&mut self, window: u64, reply: &str) -> Span {
        let end = self.t0 + window * MINUTE + 50_000_000_000;
        let (trace_id, span_id) = self.ids();
        Span {
            trace_id,
            span_id,
            name: "chat gpt-4o-mini".into(),
            kind: 3,
            start_time_unix_nano: end - 700_000_000,
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

/// Send the scenario, one window at a time, each only once the previous one is scored (with
/// `allowed_lateness: 0s` a span overtaken by a later window's would be late).
async fn send_incident(aw: &Agentwatch) {
    let mut traffic = Traffic::new();
    for window in 0..=NORMAL_WINDOWS + OUTAGE_WINDOWS + 1 {
        let outage = (NORMAL_WINDOWS..NORMAL_WINDOWS + OUTAGE_WINDOWS).contains(&window);
        // 20 calls; normally 0–2 fail, in the outage 12.
        let failures = if outage {
            12
        } else {
            [1, 0, 2, 1][window as usize % 4]
        };
        let tools: Vec<Span> = (0..20)
            .map(|i| traffic.tool(window, i, i < failures))
            .collect();
        let mut requests = vec![request("travel-agent", tools)];
        // The hostile service leaks once, in the outage's last window, then answers cleanly
        // (one calm window closes: the PII rule, which needs two to resolve, still fires).
        let leak = NORMAL_WINDOWS + OUTAGE_WINDOWS - 1;
        if window == leak {
            requests.push(request(HOSTILE, vec![traffic.chat(window, LEAK)]));
        }
        if window > leak {
            requests.push(request(HOSTILE, vec![traffic.chat(window, CLEAN)]));
        }
        for req in requests {
            traffic.sent += req.resource_spans[0].scope_spans[0].spans.len() as u64;
            let response = common::post_otlp_http(aw, &req).await;
            assert_eq!(response.status(), 200, "{}", aw.log());
        }
        wait_for(aw, "all spans scored", Duration::from_secs(20), |aw| {
            aw.metric("agentwatch_scored_spans_total") as u64 >= traffic.sent
        });
    }
}

fn wait_for(aw: &Agentwatch, what: &str, within: Duration, done: impl Fn(&Agentwatch) -> bool) {
    let deadline = Instant::now() + within;
    while !done(aw) {
        assert!(
            Instant::now() < deadline,
            "{what}: not in {within:?}\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

fn page_body(aw: &Agentwatch, path: &str) -> (u16, String) {
    common::http_get(aw.admin, path).unwrap_or_else(|| panic!("GET {path} failed"))
}

/// Both alerts firing and delivered to the webhook: as the Now page says.
fn wait_alerts(aw: &Agentwatch) {
    wait_for(
        aw,
        "both alerts firing and delivered",
        Duration::from_secs(30),
        |aw| {
            let (_, body) = page_body(aw, "/ui");
            let active = body.split("Latest transitions").next().unwrap_or("");
            active.contains("data-state=\"firing\" data-rule=\"tool_errors\"")
                && active.contains("data-state=\"firing\" data-rule=\"pii_leak\"")
                && active.matches("audit: delivered").count() == 2
        },
    );
}

/// Load each page in Chromium and check what a person would see.
async fn browse(aw: &Agentwatch, browser: &Browser, shots: &str) {
    let dir = screenshot_dir();
    // The console check can fail: an error logged in a page is seen.
    browser.goto(&aw.admin_url("/healthz")).await;
    browser.eval("console.error('probe'); return 0;").await;
    let seen = browser.console().await;
    assert!(
        seen.iter()
            .any(|(level, m)| level == "SEVERE" && m.contains("probe")),
        "{seen:?}"
    );

    // Now: two active alerts, severities, values against thresholds and baselines, trace
    // links, delivery.
    browser.goto(&aw.admin_url("/ui")).await;
    assert_eq!(
        browser.texts("#summary").await,
        ["2 firing, 0 pending"],
        "{}",
        aw.log()
    );
    assert_eq!(browser.count("#active-alerts tr.alert").await, 2);
    let pii = "#active-alerts tr.alert[data-rule=pii_leak]";
    let cells = browser.texts(&format!("{pii} td")).await;
    assert_eq!(cells[0], "critical");
    assert_eq!(cells[1], "firing");
    // The hostile name is text in the page, not markup: no script element exists at all.
    assert_eq!(cells[4], format!("{HOSTILE} / support / pii_leak_count"));
    assert_eq!(browser.count("script").await, 0);
    assert_eq!(cells[5], "1.000");
    assert_eq!(cells[6], "> 0.000");
    assert_eq!(cells[8], "audit: delivered");
    let traces = browser.attributes(&format!("{pii} a.trace"), "href").await;
    assert_eq!(traces.len(), 1, "the leaking span's trace");
    assert!(
        traces[0].starts_with("http://jaeger.example/trace/0000000000715eed"),
        "{traces:?}"
    );
    let tools = "#active-alerts tr.alert[data-rule=tool_errors]";
    let cells = browser.texts(&format!("{tools} td")).await;
    assert_eq!(cells[0], "warning");
    assert_eq!(
        cells[4],
        "travel-agent / planner / tool_error_rate [search_flights]"
    );
    assert!(cells[5].ends_with('%'), "{cells:?}");
    assert!(
        cells[6].starts_with("baseline ") && cells[6].contains("± 3σ"),
        "{cells:?}"
    );
    assert!(browser.count(&format!("{tools} a.trace")).await >= 1);
    browser.assert_no_console_errors("/ui").await;
    browser
        .full_screenshot(&dir.join(format!("{shots}now.png")))
        .await;

    let pii_link = browser.attributes(&format!("{pii} a.series"), "href").await;
    let tools_link = browser
        .attributes(&format!("{tools} a.series"), "href")
        .await;

    // The leak's series: a static rule draws its threshold; the hostile name stays text.
    browser.goto(&aw.admin_url(&pii_link[0])).await;
    assert_eq!(
        browser.texts("#series-name").await,
        [format!("{HOSTILE} / support / pii_leak_count")]
    );
    assert_eq!(browser.count("script").await, 0);
    let plot = "svg#plot-pii_leak";
    assert_eq!(browser.count(&format!("{plot} line.threshold")).await, 1);
    assert_eq!(browser.count(&format!("{plot} path.band")).await, 0);
    assert_eq!(browser.count(&format!("{plot} circle.breach")).await, 1);
    assert_eq!(browser.count(&format!("{plot} line.mark-firing")).await, 1);
    assert_eq!(
        browser.count(&format!("{plot} rect.n-bar")).await,
        0,
        "a count is not a rate"
    );
    browser.assert_no_console_errors("the leak's series").await;

    // The tool outage's series, reached by its link.
    let link = tools_link;
    browser.goto(&aw.admin_url(&link[0])).await;
    let plot = "svg#plot-tool_errors";
    assert_eq!(browser.count(plot).await, 1);
    assert_eq!(browser.count(&format!("{plot} path.band")).await, 1);
    assert_eq!(browser.count(&format!("{plot} path.mean")).await, 1);
    assert_eq!(browser.count(&format!("{plot} path.value")).await, 1);
    let breaches = browser.count(&format!("{plot} circle.breach")).await;
    assert!(
        (OUTAGE_WINDOWS - 1..=OUTAGE_WINDOWS).contains(&breaches),
        "the outage's windows breach, no other ({breaches})"
    );
    assert_eq!(browser.count(&format!("{plot} line.mark-pending")).await, 1);
    assert_eq!(browser.count(&format!("{plot} line.mark-firing")).await, 1);
    let windows = browser.count("#windows tr.window").await;
    assert_eq!(
        browser.count(&format!("{plot} rect.n-bar")).await,
        windows,
        "n is drawn for every window of the rate"
    );
    assert_eq!(
        browser
            .count("#windows tr.window[data-verdict=breach]")
            .await,
        breaches
    );
    assert!(
        browser
            .count("#windows tr.window[data-verdict=warming_up]")
            .await
            > 0,
        "the first windows are the baseline's warm-up"
    );
    // The band is drawn where the chart is: inside the plot area, with some height.
    let band = browser
        .eval("const b = document.querySelector('svg#plot-tool_errors path.band').getBBox(); return [b.width, b.height];")
        .await;
    assert!(
        band[0].as_f64().unwrap() > 25.0 && band[1].as_f64().unwrap() > 1.0,
        "{band}"
    );
    // The last hour only: the same marks, drawn wider.
    browser
        .goto(&aw.admin_url(&format!("{}&range=1h", link[0])))
        .await;
    assert_eq!(
        browser.count(&format!("{plot} circle.breach")).await,
        breaches
    );
    assert_eq!(browser.count(&format!("{plot} line.mark-firing")).await, 1);
    let band = browser
        .eval("const b = document.querySelector('svg#plot-tool_errors path.band').getBBox(); return b.width;")
        .await;
    assert!(band.as_f64().unwrap() > 150.0, "{band}");
    browser.assert_no_console_errors("a series").await;
    browser
        .full_screenshot(&dir.join(format!("{shots}series.png")))
        .await;

    // Evaluators: the hour's rates and the failing spans, evidence masked.
    browser.goto(&aw.admin_url("/ui/evaluators")).await;
    let rows = browser.texts("#rates tr.rate-row td:first-child").await;
    assert!(rows.contains(&"travel-agent".to_owned()), "{rows:?}");
    assert!(rows.contains(&HOSTILE.to_owned()), "{rows:?}");
    let rate = browser
        .texts("#rates tr.rate-row td[data-evaluator=tool_error]")
        .await;
    assert!(
        rate.iter().any(|r| r.contains('%') && r.contains("/")),
        "{rate:?}"
    );
    let failures = browser.texts("#failures tr.failure td:nth-child(4)").await;
    assert!(failures.contains(&"pii_leak".to_owned()), "{failures:?}");
    assert!(failures.contains(&"tool_error".to_owned()), "{failures:?}");
    let html = browser
        .eval("return document.documentElement.outerHTML;")
        .await;
    let html = html.as_str().unwrap();
    assert!(
        !html.contains("jane.doe@example.com"),
        "raw PII on the page"
    );
    let evidence = browser
        .eval("return Array.from(document.querySelectorAll('#failures tr.failure')).filter(r => r.children[3].textContent === 'pii_leak').map(r => r.children[7].textContent);")
        .await;
    let evidence: Vec<String> = serde_json::from_value(evidence).unwrap();
    assert_eq!(evidence.len(), 1, "{evidence:?}");
    let evidence: serde_json::Value = serde_json::from_str(&evidence[0]).unwrap();
    let masked = evidence["findings"][0]["masked"].as_str().unwrap();
    assert!(masked.contains('*') || masked.contains('…'), "{evidence}");
    assert_eq!(browser.count("script").await, 0);
    browser.assert_no_console_errors("/ui/evaluators").await;
    browser
        .full_screenshot(&dir.join(format!("{shots}evaluators.png")))
        .await;

    // The series index.
    browser.goto(&aw.admin_url("/ui/series")).await;
    let listed = browser.texts("#series tr td:first-child").await;
    assert!(
        listed.contains(&"travel-agent / planner / tool_error_rate [search_flights]".to_owned()),
        "{listed:?}"
    );
    let note = browser.texts("main p.note").await;
    assert!(
        note[0].contains("with a window in the 3m up to"),
        "{note:?}"
    );
    browser.goto(&aw.admin_url("/ui/series?within=1h")).await;
    let note = browser.texts("main p.note").await;
    assert!(
        note[0].contains("with a window in the 1h up to"),
        "{note:?}"
    );
    assert!(browser.count("#series tr td:first-child").await >= listed.len() as u64);

    browser.assert_no_console_errors("/ui/series").await;
}

/// Bad parameters: a 4xx naming what was wrong.
fn bad_requests(aw: &Agentwatch) {
    let cases = [
        (
            "/ui/series?service=nope&metric=tool_error_rate",
            404,
            "no windows of series nope / tool_error_rate",
        ),
        (
            "/ui/series?service=travel-agent&metric=bogus",
            400,
            "metric: &#39;bogus&#39; is not one of",
        ),
        ("/ui/series?service=travel-agent", 400, "metric: missing"),
        (
            "/ui/series?service=travel-agent&agent=planner&metric=tool_error_rate&dimension=search_flights&range=90d",
            400,
            "range: &#39;90d&#39; must be more than 0 and at most 31d",
        ),
        (
            "/ui/series?service=travel-agent&agent=planner&metric=tool_error_rate&dimension=search_flights&from=yesterday",
            400,
            "from: &#39;yesterday&#39; is not an RFC 3339 time",
        ),
        ("/ui/series?colour=red", 400, "unknown field `colour`"),
        ("/ui/evaluators?until=soon", 400, "until: &#39;soon&#39;"),
        (
            "/ui/series?within=2d",
            400,
            "within: &#39;2d&#39; must be more than 0 and at most 1d",
        ),
        (
            "/ui/series?service=%3Cscript%3Ealert(1)%3C/script%3E&metric=pii_leak_count",
            404,
            "no windows of series &lt;script&gt;alert(1)&lt;/script&gt;",
        ),
    ];
    for (path, status, says) in cases {
        let (got, body) = page_body(aw, path);
        assert_eq!(got, status, "{path}: {body}");
        assert!(body.contains(says), "{path}: {body}");
        assert!(!body.contains("<script>"), "{path}: {body}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_pages_show_an_incident_in_a_real_browser() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let endpoints = FakeEndpoints::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("agentwatch.db");
    let config = dir.path().join("pipeline.yaml");
    std::fs::write(
        &config,
        format!(
            "receivers:\n  otlp:\n    protocols:\n      grpc:\n        endpoint: 127.0.0.1:0\n      http:\n        endpoint: 127.0.0.1:0\nstore:\n  kind: sqlite\n  path: {}\n{ADMIN}{}",
            db.display(),
            pipeline(&endpoints.url("/hook"))
        ),
    )
    .unwrap();
    let aw = Agentwatch::start_file(&config, &db, &[]);
    send_incident(&aw).await;
    wait_alerts(&aw);
    browse(&aw, &browser, "").await;
    bad_requests(&aw);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_pages_read_a_clickhouse_store() {
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let Some(browser) = Browser::start().await else {
        return;
    };
    let endpoints = FakeEndpoints::start();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("pipeline.yaml");
    std::fs::write(
        &config,
        format!(
            "receivers:\n  otlp:\n    protocols:\n      grpc:\n        endpoint: 127.0.0.1:0\n      http:\n        endpoint: 127.0.0.1:0\nstore:\n  kind: clickhouse\n  url: {}\n  database: agentwatch\n  startup_timeout: 20s\n  request_timeout: 5s\n{ADMIN}{}",
            ch.url(),
            pipeline(&endpoints.url("/hook"))
        ),
    )
    .unwrap();
    let aw = Agentwatch::start_file(&config, &dir.path().join("unused.db"), &[]);
    send_incident(&aw).await;
    wait_alerts(&aw);
    browse(&aw, &browser, "clickhouse-").await;
    bad_requests(&aw);
}

#[test]
fn the_pages_can_be_turned_off() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("agentwatch.db");
    let config = dir.path().join("pipeline.yaml");
    std::fs::write(
        &config,
        format!(
            "receivers:\n  otlp:\n    protocols:\n      grpc:\n        endpoint: 127.0.0.1:0\n      http: null\nstore:\n  kind: sqlite\n  path: {}\nadmin:\n  endpoint: 127.0.0.1:0\n  ui:\n    enabled: false\n",
            db.display()
        ),
    )
    .unwrap();
    let aw = Agentwatch::start_file(&config, &db, &[]);
    assert_eq!(common::http_get_status(aw.admin, "/ui"), Some(404));
    assert_eq!(common::http_get_status(aw.admin, "/ui/series"), Some(404));
    assert_eq!(common::http_get_status(aw.admin, "/metrics"), Some(200));
}
