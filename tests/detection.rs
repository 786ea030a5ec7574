//! Windows, baselines and rules over simulated time: nine days of realistic agent traffic
//! (diurnal load, noise, quiet nights) with four incidents injected on the last day — a refusal
//! spike after a model update, a tool that starts timing out, p95 latency doubling for one
//! model, and a PII leak. Each must be detected within two windows of its start; the normal
//! days must raise no anomaly verdict; and a restart in the middle must not change a verdict.
//!
//! The traffic goes through the real score stage (OTLP request → normalize → evaluators →
//! partial aggregates) and the real detect stage writing to a real SQLite store.

use std::path::Path;
use std::sync::Arc;

use agentwatch::app::PipelineConfig;
use agentwatch::detect::Detector;
use agentwatch::eval::EvaluatorSet;
use agentwatch::normalize::NormalizeOptions;
use agentwatch::score::ScoreStage;
use agentwatch::store::{self, Store, WindowQuery, WindowRow};
use agentwatch::telemetry::Metrics;
use agentwatch::window::Aggregator;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value::Value};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span, Status};

const MINUTE: u64 = 60_000_000_000;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;
const WINDOW: u64 = 5 * MINUTE;
/// Simulation starts on a Monday at 00:00 UTC (2026-11-02).
const T0: u64 = 1_793_577_600_000_000_000;
const DAYS: u64 = 9;
/// Incidents, all on the last day.
const REFUSAL_SPIKE: u64 = T0 + 8 * DAY + 10 * HOUR + 7 * MINUTE;
const REFUSAL_SPIKE_END: u64 = REFUSAL_SPIKE + 2 * HOUR;
const TOOL_TIMEOUTS: u64 = T0 + 8 * DAY + 14 * HOUR + 2 * MINUTE;
const TOOL_TIMEOUTS_END: u64 = TOOL_TIMEOUTS + 90 * MINUTE;
const SLOW_MODEL: u64 = T0 + 8 * DAY + 17 * HOUR + 31 * MINUTE;
const SLOW_MODEL_END: u64 = SLOW_MODEL + 90 * MINUTE;
const PII_LEAK: u64 = T0 + 8 * DAY + 20 * HOUR + 44 * MINUTE;

/// Deterministic xorshift PRNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    /// Log-normal around `median` with shape `sigma`.
    fn lognormal(&mut self, median: f64, sigma: f64) -> f64 {
        let (u1, u2) = (self.unit().max(1e-12), self.unit());
        let normal = (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos();
        median * (sigma * normal).exp()
    }
}

fn kv(key: &str, value: &str) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue {
            value: Some(Value::StringValue(value.into())),
        }),
        ..Default::default()
    }
}

const REPLIES: [&str; 4] = [
    "The 09:40 TAP flight to Lisbon is available for €120; shall I hold it?",
    "I found three hotels near Alfama under €150 per night. The best rated is Casa do Rio.",
    "Your itinerary is confirmed: flight on Friday morning, two nights at Casa do Rio.",
    "Checked-in baggage is included on this fare; seat selection costs €12.",
];
const REFUSALS: [&str; 2] = [
    "I'm sorry, but I can't help with booking travel for another person without their consent.",
    "Unfortunately, I'm not able to access other customers' reservations.",
];

/// Requests per 5-minute window: ~40 at the afternoon peak, ~4 at night, less at weekends.
fn load(t: u64, rng: &mut Rng) -> usize {
    let hour = ((t - T0) % DAY) as f64 / HOUR as f64;
    let day = (t - T0) / DAY;
    let diurnal =
        0.1 + 0.9 * (0.5 - 0.5 * (2.0 * std::f64::consts::PI * (hour - 3.0) / 24.0).cos());
    let weekend = if day % 7 >= 5 { 0.6 } else { 1.0 };
    let mean = 40.0 * diurnal * weekend;
    (mean * (0.8 + 0.4 * rng.unit())).round() as usize
}

fn span(
    trace: [u8; 16],
    id: u64,
    name: &str,
    start: u64,
    millis: f64,
    attrs: Vec<KeyValue>,
) -> Span {
    Span {
        trace_id: trace.to_vec(),
        span_id: id.to_be_bytes().to_vec(),
        name: name.into(),
        start_time_unix_nano: start,
        end_time_unix_nano: start + (millis * 1e6) as u64,
        attributes: attrs,
        ..Default::default()
    }
}

/// One agent turn: a chat span and two tool calls.
fn turn(rng: &mut Rng, t: u64, n: u64) -> Vec<Span> {
    let mut trace = [0u8; 16];
    trace[..8].copy_from_slice(&t.to_be_bytes());
    trace[8..].copy_from_slice(&n.to_be_bytes());
    let spike = (REFUSAL_SPIKE..REFUSAL_SPIKE_END).contains(&t);
    let model = if spike { "gpt-4o-2026-11-09" } else { "gpt-4o" };
    let refuse = rng.chance(if spike { 0.30 } else { 0.03 });
    let mut reply = if refuse {
        REFUSALS[(rng.next() % 2) as usize].to_owned()
    } else {
        REPLIES[(rng.next() % 4) as usize].to_owned()
    };
    if (PII_LEAK..PII_LEAK + 10 * MINUTE).contains(&t) && n.is_multiple_of(7) {
        reply.push_str(" I've sent the details to maria.gonzalez@example-mail.com as requested.");
    }
    let slow = (SLOW_MODEL..SLOW_MODEL_END).contains(&t) && model == "gpt-4o";
    let chat_ms = rng.lognormal(if slow { 1800.0 } else { 900.0 }, 0.35);
    let output = serde_json::json!([{"role": "assistant", "parts": [{"type": "text", "content": reply}], "finish_reason": "stop"}]).to_string();
    let chat = span(
        trace,
        3 * n + 1,
        &format!("chat {model}"),
        t,
        chat_ms,
        vec![
            kv("gen_ai.operation.name", "chat"),
            kv("gen_ai.request.model", model),
            kv("gen_ai.agent.name", "planner"),
            kv("gen_ai.output.messages", &output),
        ],
    );
    let mut tools = Vec::new();
    for (k, (tool, base_err, ms)) in [("search_flights", 0.02, 150.0), ("book_hotel", 0.01, 300.0)]
        .into_iter()
        .enumerate()
    {
        let timeouts = tool == "search_flights" && (TOOL_TIMEOUTS..TOOL_TIMEOUTS_END).contains(&t);
        let failed = rng.chance(if timeouts { 0.45 } else { base_err });
        let mut s = span(
            trace,
            3 * n + 2 + k as u64,
            &format!("execute_tool {tool}"),
            t + (chat_ms * 1e6) as u64,
            if failed && timeouts {
                30_000.0
            } else {
                rng.lognormal(ms, 0.3)
            },
            vec![
                kv("gen_ai.operation.name", "execute_tool"),
                kv("gen_ai.tool.name", tool),
                kv("gen_ai.agent.name", "planner"),
                kv("gen_ai.tool.call.result", r#"{"status": "ok"}"#),
            ],
        );
        if failed {
            s.status = Some(Status {
                code: 2,
                message: "timed out".into(),
            });
            s.attributes.push(kv("error.type", "TimeoutError"));
        }
        tools.push(s);
    }
    let mut spans = vec![chat];
    spans.extend(tools);
    spans
}

/// Every request of the simulation, in time order, each one window of traffic.
fn traffic() -> Vec<(u64, ExportTraceServiceRequest)> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::new();
    let mut n = 0;
    let mut t = T0;
    while t < T0 + DAYS * DAY {
        let turns = load(t, &mut rng);
        let mut spans = Vec::new();
        for i in 0..turns {
            let start = t + (i as u64 * WINDOW) / turns.max(1) as u64;
            spans.extend(turn(&mut rng, start, n));
            n += 1;
        }
        let request = ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: Some(Resource {
                    attributes: vec![kv("service.name", "travel-agent")],
                    ..Default::default()
                }),
                scope_spans: vec![ScopeSpans {
                    spans,
                    ..Default::default()
                }],
                ..Default::default()
            }],
        };
        out.push((t, request));
        t += WINDOW;
    }
    out
}

struct Run {
    store: Arc<dyn Store>,
    stage: ScoreStage,
    detector: Detector,
}

async fn start(config: &PipelineConfig, db: &Path) -> Run {
    let mut config = config.clone();
    config.store = agentwatch::store::config::StoreConfig::Sqlite {
        path: db.to_owned(),
        max_batch_rows: 8192,
    };
    let metrics = Metrics::new();
    let store = store::open(&config.store, metrics.clone()).await.unwrap();
    let mut detector = Detector::new(
        &config.windows,
        &config.baseline,
        &config.rules,
        store.clone(),
        metrics.clone(),
    );
    detector.restore().await.unwrap();
    let stage = ScoreStage::new(
        EvaluatorSet::from_config(&config.evaluators).unwrap(),
        NormalizeOptions::default(),
        Aggregator::new(config.windows.length),
        store.clone(),
        None,
        metrics,
    );
    Run {
        store,
        stage,
        detector,
    }
}

impl Run {
    /// Score and aggregate (score rows are not written: this test is about windows).
    async fn feed(&mut self, requests: &[(u64, ExportTraceServiceRequest)]) {
        for (_, request) in requests {
            let (_rows, partials) = self.stage.score(request);
            self.detector.merge(partials);
            self.detector.advance().await.unwrap();
        }
    }

    async fn finish(mut self) -> Vec<WindowRow> {
        self.detector.flush().await.unwrap();
        let rows = all_windows(&self.store).await;
        self.store.close().await.unwrap();
        rows
    }
}

async fn all_windows(store: &Arc<dyn Store>) -> Vec<WindowRow> {
    let mut rows = store
        .query_windows(&WindowQuery {
            limit: 10_000_000,
            ..Default::default()
        })
        .await
        .unwrap();
    rows.sort_by(|a, b| {
        (a.window_start_ns, &a.metric, &a.dimension, &a.rule).cmp(&(
            b.window_start_ns,
            &b.metric,
            &b.dimension,
            &b.rule,
        ))
    });
    rows
}

/// The first window at or after `from` where `rule` reaches `state` (or, with state "breach",
/// judges a breach) on the series with `dimension`.
fn first<'a>(
    rows: &'a [WindowRow],
    rule: &str,
    dimension: &str,
    from: u64,
    state: &str,
) -> Option<&'a WindowRow> {
    rows.iter().find(|r| {
        r.rule == rule
            && r.dimension == dimension
            && (r.state == state || r.verdict == state)
            && r.window_start_ns as u64 >= from
    })
}

/// Detected: the incident's own window or the next one is judged a breach, and the rule fires
/// (after its `for` windows) no later than the window after that.
fn assert_detected_within_two_windows(
    rows: &[WindowRow],
    rule: &str,
    dimension: &str,
    incident: u64,
) {
    let incident_window = incident - incident % WINDOW;
    let delay = |r: &WindowRow| (r.window_start_ns as u64 - incident_window) / WINDOW;
    let breach = first(rows, rule, dimension, incident_window, "breach")
        .unwrap_or_else(|| panic!("{rule} on '{dimension}' never breached"));
    let firing = first(rows, rule, dimension, incident_window, "firing")
        .unwrap_or_else(|| panic!("{rule} on '{dimension}' never fired"));
    println!(
        "{rule:<26} {dimension:<14} breach in window +{}, firing in +{} (value {:.3}, mean {:?}, z {:?}, n {})",
        delay(breach),
        delay(firing),
        breach.value.unwrap(),
        breach.baseline_mean,
        breach.z,
        breach.n
    );
    assert!(
        delay(breach) <= 1,
        "{rule}: first breach {} windows after the incident's window",
        delay(breach)
    );
    assert!(
        delay(firing) <= 2,
        "{rule}: fired {} windows after the incident's window",
        delay(firing)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn incidents_detected_quietly_normal_days_and_restart_safe() {
    let config = PipelineConfig::default();
    let requests = traffic();
    let spans: usize = requests
        .iter()
        .map(|(_, r)| r.resource_spans[0].scope_spans[0].spans.len())
        .sum();
    println!("{} windows of traffic, {spans} spans", requests.len());
    let dir = tempfile::tempdir().unwrap();

    // Uninterrupted run.
    let mut run = start(&config, &dir.path().join("a.db")).await;
    run.feed(&requests).await;
    let rows = run.finish().await;

    // The incidents.
    assert_detected_within_two_windows(&rows, "refusal_rate_anomaly", "", REFUSAL_SPIKE);
    assert_detected_within_two_windows(
        &rows,
        "tool_error_rate_anomaly",
        "search_flights",
        TOOL_TIMEOUTS,
    );
    assert_detected_within_two_windows(
        &rows,
        "tool_error_rate_high",
        "search_flights",
        TOOL_TIMEOUTS,
    );
    assert_detected_within_two_windows(&rows, "latency_p95_anomaly", "llm/gpt-4o", SLOW_MODEL);
    assert_detected_within_two_windows(&rows, "pii_leak", "", PII_LEAK);

    // The last two days (the incidents' day and the one before): at most 3 breaching windows
    // outside the incidents, on any anomaly rule and series (volume included).
    let incidents = [
        (REFUSAL_SPIKE, REFUSAL_SPIKE_END),
        (TOOL_TIMEOUTS, TOOL_TIMEOUTS_END),
        (SLOW_MODEL, SLOW_MODEL_END),
        (PII_LEAK, PII_LEAK + WINDOW),
    ];
    let during_incident = |start: u64| {
        incidents
            .iter()
            .any(|(from, to)| start + WINDOW > *from && start < *to)
    };
    let false_breaches: Vec<String> = rows
        .iter()
        .filter(|r| {
            r.verdict == "breach"
                && r.rule.ends_with("_anomaly")
                && r.window_start_ns as u64 >= T0 + (DAYS - 2) * DAY
                && !during_incident(r.window_start_ns as u64)
        })
        .map(|r| format!("{} {} {} z {:?}", r.window_start, r.rule, r.dimension, r.z))
        .collect();
    println!(
        "last two days: {} false breach windows",
        false_breaches.len()
    );
    assert!(
        false_breaches.len() <= 3,
        "false breach windows on the last two days:\n{}",
        false_breaches.join("\n")
    );

    // Normal days: after the one-day warm-up, no rule fires before the first incident, and
    // single breaching windows are as rare as 3σ says (one-sided tail 0.135%).
    let anomaly_rules = [
        "refusal_rate_anomaly",
        "tool_error_rate_anomaly",
        "latency_p95_anomaly",
    ];
    let normal: Vec<&WindowRow> = rows
        .iter()
        .filter(|r| (r.window_start_ns as u64) < REFUSAL_SPIKE - REFUSAL_SPIKE % WINDOW)
        .collect();
    let fired: Vec<String> = normal
        .iter()
        .filter(|r| r.state == "firing" && !r.rule.is_empty())
        .map(|r| {
            format!(
                "{} {} {} value {:?} mean {:?} z {:?} n {}",
                r.window_start, r.rule, r.dimension, r.value, r.baseline_mean, r.z, r.n
            )
        })
        .collect();
    let judged: Vec<&&WindowRow> = normal
        .iter()
        .filter(|r| anomaly_rules.contains(&r.rule.as_str()))
        .collect();
    let ok = judged.iter().filter(|r| r.verdict == "ok").count();
    let breaches = judged.iter().filter(|r| r.verdict == "breach").count();
    let warming = judged.iter().filter(|r| r.verdict == "warming_up").count();
    let pooled = judged.iter().filter(|r| r.pooled_windows > 1).count();
    println!(
        "normal days: {} anomaly judgements: {ok} ok, {breaches} single-window breaches, {warming} warming up, {pooled} pooled; {} firing",
        judged.len(),
        fired.len()
    );
    for r in judged.iter().filter(|r| r.verdict == "breach") {
        println!(
            "  single-window breach {} {} {} value {:?} (pool of {}) mean {:?} sigma {:?} z {:?} n {} -> {}",
            r.window_start,
            r.rule,
            r.dimension,
            r.judged_value,
            r.pooled_windows,
            r.baseline_mean,
            r.baseline_sigma,
            r.z,
            r.n,
            r.state
        );
    }
    assert!(
        fired.is_empty(),
        "rules fired on normal days:\n{}",
        fired.join("\n")
    );
    assert!(ok > 3000, "the normal days were judged ({ok} ok verdicts)");
    assert!(
        (breaches as f64) < 0.004 * (ok + breaches) as f64,
        "{breaches} breaches in {ok} windows"
    );
    assert!(pooled > 100, "quiet night windows are pooled ({pooled})");
    // Warm-up: nothing but warming_up verdicts for the first day.
    assert!(
        rows.iter()
            .filter(|r| anomaly_rules.contains(&r.rule.as_str())
                && (r.window_start_ns as u64) < T0 + DAY - 2 * HOUR)
            .all(|r| r.verdict != "ok" && r.verdict != "breach")
    );
    // Breaching windows are kept out of their own baseline.
    for r in rows
        .iter()
        .filter(|r| r.verdict == "breach" && anomaly_rules.contains(&r.rule.as_str()))
    {
        assert!(!r.in_baseline, "{} {}", r.window_start, r.rule);
    }
    // Incidents that end resolve (after `recover: 2` normal windows), under the key they
    // fired with; the alerts table holds each transition once.
    let transitions = {
        let mut run = start(&config, &dir.path().join("a.db")).await;
        let alerts = run
            .store
            .query_alerts(&agentwatch::store::AlertQuery {
                limit: 100_000,
                ..Default::default()
            })
            .await
            .unwrap();
        run.detector.flush().await.unwrap();
        run.store.close().await.unwrap();
        alerts
    };
    for rule in [
        "refusal_rate_anomaly",
        "tool_error_rate_anomaly",
        "latency_p95_anomaly",
    ] {
        let fired: Vec<_> = transitions
            .iter()
            .filter(|a| {
                a.rule == rule
                    && a.state == "firing"
                    && a.window_start_ns as u64 >= REFUSAL_SPIKE - DAY
            })
            .collect();
        assert!(!fired.is_empty(), "{rule} never fired");
        for f in fired {
            let resolved = transitions
                .iter()
                .filter(|a| {
                    a.dedup_key == f.dedup_key
                        && a.state == "resolved"
                        && a.window_start_ns > f.window_start_ns
                })
                .min_by_key(|a| a.window_start_ns)
                .unwrap_or_else(|| panic!("{rule} on {} never resolved", f.dimension));
            println!(
                "{rule:<26} {:<20} fired {} resolved {}",
                f.dimension, f.at, resolved.at
            );
        }
    }
    assert!(transitions.iter().all(|a| !(a.state == "firing"
        && (a.window_start_ns as u64) < REFUSAL_SPIKE - REFUSAL_SPIKE % WINDOW)));

    // The PII leak window names the trace that shows it.
    let leak = first(
        &rows,
        "pii_leak",
        "",
        PII_LEAK - PII_LEAK % WINDOW,
        "firing",
    )
    .unwrap();
    assert!(leak.exemplars.len() > 10, "{}", leak.exemplars);

    // Restart in the middle (a Wednesday noon): stop, reopen the store, go on.
    let split = T0 + 4 * DAY + 12 * HOUR;
    let (first, second): (Vec<_>, Vec<_>) = requests.into_iter().partition(|(t, _)| *t < split);
    let mut before = start(&config, &dir.path().join("b.db")).await;
    before.feed(&first).await;
    before.finish().await;
    let mut after = start(&config, &dir.path().join("b.db")).await;
    after.feed(&second).await;
    let restarted = after.finish().await;
    let verdicts = |rows: &[WindowRow]| -> Vec<(i64, String, String, String, String, String)> {
        rows.iter()
            .filter(|r| r.window_start_ns as u64 >= split)
            .map(|r| {
                (
                    r.window_start_ns,
                    r.metric.clone(),
                    r.dimension.clone(),
                    r.rule.clone(),
                    r.verdict.clone(),
                    r.state.clone(),
                )
            })
            .collect()
    };
    let (a, b) = (verdicts(&rows), verdicts(&restarted));
    assert_eq!(a.len(), b.len());
    let differing: Vec<_> = a.iter().zip(&b).filter(|(x, y)| x != y).take(5).collect();
    assert!(
        differing.is_empty(),
        "verdicts changed by the restart: {differing:?}"
    );
    // And the baselines behind them are the same.
    for (x, y) in rows
        .iter()
        .zip(&restarted)
        .filter(|(x, _)| x.window_start_ns as u64 >= split)
    {
        match (x.baseline_mean, y.baseline_mean) {
            (Some(m1), Some(m2)) => {
                assert!((m1 - m2).abs() < 1e-9, "{} {}", x.window_start, x.rule)
            }
            (m1, m2) => assert_eq!(m1, m2),
        }
    }
}
