//! Output format drift end to end: an agent whose model replies with the JSON it was declared
//! to return, until a model update starts wrapping it in a markdown fence. Spans go in over
//! OTLP/HTTP, the `format` evaluator scores each reply, the windows' `format_error_rate` is
//! judged by the anomaly rule against the baseline the good replies built, and the webhook
//! notifier is paged — within two windows of the update.

mod common;

use std::time::{Duration, Instant};

use common::fake_endpoint::FakeEndpoints;
use common::{Agentwatch, request, s, span_id};
use opentelemetry_proto::tonic::trace::v1::Span;

const MINUTE: u64 = 60_000_000_000;
/// Replies per one-minute window.
const PER_WINDOW: u64 = 12;
/// Windows of good replies before the update (the rule's warm-up is 20 windows).
const GOOD_WINDOWS: u64 = 35;
const HOUR: u64 = 60 * MINUTE;

const GOOD: &str = r#"{"destination": "Lisbon", "days": 3, "hotel": "Casa do Rio"}"#;
const FENCED: &str =
    "```json\n{\"destination\": \"Lisbon\", \"days\": 3, \"hotel\": \"Casa do Rio\"}\n```";

fn chat(t0: u64, window: u64, i: u64, model: &str, reply: &str) -> Span {
    let n = window * 100 + i + 1;
    let end = t0 + window * MINUTE + (i + 1) * 3_000_000_000;
    let mut trace = 0x0f0a_7d21_u64.to_be_bytes().to_vec();
    trace.extend_from_slice(&n.to_be_bytes());
    Span {
        trace_id: trace,
        span_id: span_id(n),
        name: format!("chat {model}"),
        kind: 3,
        start_time_unix_nano: end - 900_000_000,
        end_time_unix_nano: end,
        attributes: vec![
            s("gen_ai.operation.name", "chat"),
            s("gen_ai.provider.name", "openai"),
            s("gen_ai.request.model", "gpt-4o"),
            s("gen_ai.response.model", model),
            s("gen_ai.agent.name", "planner"),
            s(
                "gen_ai.output.messages",
                &serde_json::json!([{"role": "assistant",
                    "parts": [{"type": "text", "content": reply}], "finish_reason": "stop"}])
                .to_string(),
            ),
        ],
        ..Default::default()
    }
}

/// Wait until the alerts table has a transition into `state` for `rule`: its window start.
fn wait_alert(aw: &Agentwatch, rule: &str, state: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let found: Option<String> = aw
            .sql()
            .query_row(
                "SELECT window_start FROM alerts WHERE rule = ?1 AND state = ?2 \
                 ORDER BY window_start LIMIT 1",
                [rule, state],
                |r| r.get(0),
            )
            .ok();
        if let Some(w) = found {
            return w;
        }
        if Instant::now() >= deadline {
            let conn = aw.sql();
            let mut stmt = conn
                .prepare(
                    "SELECT window_start, n, value, baseline_mean, z, verdict, state FROM windows \
                     WHERE rule = ?1 ORDER BY window_start",
                )
                .unwrap();
            let windows: Vec<String> = stmt
                .query_map([rule], |r| {
                    Ok(format!(
                        "{} n={} value={:?} mean={:?} z={:?} {} {}",
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, Option<f64>>(2)?,
                        r.get::<_, Option<f64>>(3)?,
                        r.get::<_, Option<f64>>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?
                    ))
                })
                .unwrap()
                .map(Result::unwrap)
                .collect();
            panic!(
                "no {state} transition of {rule}; its windows:\n{}\n{}",
                windows.join("\n"),
                aw.log()
            );
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[tokio::test]
async fn a_model_that_starts_fencing_its_json_pages_within_two_windows() {
    let endpoints = FakeEndpoints::start();
    let config = format!(
        "
windows:
  length: 1m
  allowed_lateness: 0s
  idle_close: 1h
evaluators:
  format:
    expect:
      - name: itinerary
        agent: planner
        schema:
          type: object
          required: [destination, days]
          properties: {{destination: {{type: string}}, days: {{type: integer}}}}
rules:
  - name: format_error_rate_anomaly
    metric: format_error_rate
    kind: anomaly
    warmup: 20m
    min_baseline_windows: 20
    min_samples: 10
    fire_now_sigma: 8
    for: 2
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
    group_wait: 0s
    group_interval: 500ms
    repeat_interval: 1h
",
        hook = endpoints.url("/hook")
    );
    let aw = Agentwatch::start(&config);
    // Baselines leave out the hour being judged: the good replies fill the last 35 minutes of
    // an hour three hours ago, and the update comes with the next hour.
    let t0 = (common::now_nanos() - 3 * HOUR) / HOUR * HOUR + (60 - GOOD_WINDOWS) * MINUTE;
    // The model update: same agent, same request model, a new snapshot that fences its JSON.
    let update = GOOD_WINDOWS;
    for window in 0..update + 3 {
        let (model, reply) = if window < update {
            ("gpt-4o-2024-08-06", GOOD)
        } else {
            ("gpt-4o-2024-11-20", FENCED)
        };
        let spans = (0..PER_WINDOW)
            .map(|i| chat(t0, window, i, model, reply))
            .collect();
        let response = common::post_otlp_http(&aw, &request("trip-planner", spans)).await;
        assert_eq!(response.status(), 200, "{}", aw.log());
        // One window at a time, scored before the next is sent: with no allowed lateness, a
        // span overtaken by the next window's would be late.
        aw.wait_rows(
            &format!(
                "evaluator = 'format' AND time >= '{}'",
                iso(t0 + window * MINUTE)
            ),
            PER_WINDOW as i64,
        );
    }

    // Every good reply passed, every fenced one failed with kind `fenced`, and the reply's
    // content is nowhere in the evidence.
    let conn = aw.sql();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let total = (update + 3) * PER_WINDOW;
    assert_eq!(
        count("SELECT count(*) FROM scores WHERE evaluator = 'format'"),
        total as i64
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM scores WHERE evaluator = 'format' AND label = 'fail' \
             AND json_extract(detail, '$.kind') = 'fenced' AND json_extract(detail, '$.expect') = 'itinerary'"
        ),
        (3 * PER_WINDOW) as i64
    );
    assert_eq!(
        count("SELECT count(*) FROM scores WHERE detail LIKE '%Lisbon%'"),
        0
    );

    // Judged against the baseline of the good replies (one series per agent, whatever the
    // model): breach in the update's first window, firing within two.
    let fired_at = wait_alert(&aw, "format_error_rate_anomaly", "firing");
    let first = iso(t0 + update * MINUTE);
    let second = iso(t0 + (update + 1) * MINUTE);
    assert!(
        fired_at == first || fired_at == second,
        "fired at {fired_at}, the update was at {first}"
    );
    let (value, n, z): (f64, i64, f64) = conn
        .query_row(
            "SELECT value, n, z FROM windows WHERE rule = 'format_error_rate_anomaly' \
             AND window_start = ?1",
            [&first],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((value, n), (1.0, PER_WINDOW as i64));
    assert!(z > 8.0, "z = {z}");
    let before: i64 = conn
        .query_row(
            "SELECT count(*) FROM windows WHERE rule = 'format_error_rate_anomaly' \
             AND verdict = 'breach' AND window_start < ?1",
            [&first],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(before, 0, "no breach before the update");

    // The page went out through the alert path.
    let got = endpoints.wait_for(
        "/hook",
        1,
        |r| {
            let body = r.json();
            body["status"] == "firing"
                && body["alerts"][0]["rule"] == "format_error_rate_anomaly"
                && body["alerts"][0]["agent"] == "planner"
                && body["alerts"][0]["metric"] == "format_error_rate"
        },
        || aw.log(),
    );
    assert!(
        !got[0].body.contains("Lisbon"),
        "no reply content in the page"
    );
}

/// RFC 3339 with microseconds, as the tables store times.
fn iso(nanos: u64) -> String {
    let secs = (nanos / 1_000_000_000) as i64;
    let micros = (nanos % 1_000_000_000) / 1000;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{micros:06}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}
