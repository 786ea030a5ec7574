//! How fast the pages answer on a large store: fills a SQLite store with 10 million score rows
//! over 7 days (80 service/agent pairs, 480 series of 5-minute windows judged against their
//! baselines, incidents with alert transitions), serves the pages on a loopback port as the
//! admin endpoint does, and times each page over HTTP.
//!
//! Not a test (it takes minutes and a few GB of disk): run it by hand, in release for the
//! figures users will see:
//!
//! ```sh
//! cargo run --release --example ui_at_scale -- [ROWS] [DB]
//! ```
//!
//! `ROWS` defaults to 10 000 000, `DB` to `target/ui-at-scale.db`; a store that already holds
//! the rows is reused, so the timing can be repeated without filling it again.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use agentwatch::alert_state::AlertState;
use agentwatch::eval::{Label, Metric, Severity};
use agentwatch::store::{
    AlertRow, ScoreRow, ScoreSink, SqliteStore, Store, WindowRow, WindowStore, format_time,
};
use agentwatch::telemetry::Metrics;
use agentwatch::web::{self, RuleView, UiConfig};

const MINUTE: i64 = 60_000_000_000;
const WINDOW: i64 = 5 * MINUTE;
const DAYS: i64 = 7;
const SERVICES: usize = 40;
const AGENTS: [&str; 2] = ["planner", "support"];
const TOOLS: [&str; 3] = ["search_flights", "book_hotel", "send_email"];
const BATCH: usize = 20_000;

/// splitmix64: reproducible data without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() * n as f64) as usize % n
    }
}

fn service(i: usize) -> String {
    format!("svc-{i:02}")
}

/// `rows` score rows, 3 per span, spans ending evenly over the 7 days before `end`.
async fn fill_scores(store: &SqliteStore, rows: usize, end: i64) {
    let spans = rows / 3;
    let start = end - DAYS * 24 * 60 * MINUTE;
    let step = (end - start) / spans as i64;
    let mut rng = Rng(7);
    let mut batch = Vec::with_capacity(BATCH);
    let began = Instant::now();
    for n in 0..spans {
        let end_ns = start + n as i64 * step + (rng.next() * step as f64) as i64;
        let s = rng.below(SERVICES);
        let agent = AGENTS[rng.below(AGENTS.len())];
        let tool_span = rng.next() < 0.5;
        let tool = TOOLS[rng.below(TOOLS.len())];
        let base = ScoreRow {
            time: format_time((end_ns - 800_000_000) as u64).into(),
            trace_id: format!("{:016x}{:016x}", s, n).into(),
            span_id: format!("{n:016x}").into(),
            service: service(s).into(),
            agent: Some(agent.into()),
            operation: if tool_span { "tool" } else { "llm" }.into(),
            span_name: if tool_span {
                format!("execute_tool {tool}").into()
            } else {
                "chat gpt-4o-mini".into()
            },
            model: (!tool_span).then(|| "gpt-4o-mini".into()),
            tool: tool_span.then(|| tool.into()),
            evaluator: "".into(),
            value: None,
            label: Label::Ok,
            detail: None,
            end_ns: Some(end_ns),
        };
        let evaluators: [&str; 3] = if tool_span {
            ["tool_error", "latency", "pii_leak"]
        } else {
            ["refusal", "latency", "pii_leak"]
        };
        for evaluator in evaluators {
            let mut row = base.clone();
            row.evaluator = evaluator.into();
            let hit = rng.next() < 0.03;
            (row.label, row.value, row.detail) = match (evaluator, hit) {
                ("latency", hit) => (
                    if hit { Label::Slow } else { Label::Ok },
                    Some(0.2 + rng.next()),
                    None,
                ),
                ("pii_leak", true) => (
                    Label::Fail,
                    Some(1.0),
                    Some(r#"{"counts":{"email":1},"findings":[{"type":"email","field":"output","start":12,"end":32,"masked":"j***@e******.com"}],"content_truncated":false}"#.to_owned()),
                ),
                (_, true) => (Label::Fail, Some(1.0), Some(r#"{"reason":"status ERROR"}"#.to_owned())),
                (_, false) => (Label::Ok, Some(0.0), None),
            };
            batch.push(row);
        }
        if batch.len() >= BATCH {
            store
                .write_scores(Arc::new(std::mem::take(&mut batch)))
                .await
                .unwrap();
            if n % (spans / 20).max(1) < BATCH / 3 {
                eprintln!(
                    "  {:>3}% of the scores ({:.0} rows/s)",
                    n * 100 / spans,
                    (n * 3) as f64 / began.elapsed().as_secs_f64()
                );
            }
        }
    }
    store.write_scores(Arc::new(batch)).await.unwrap();
}

/// Every series' 5-minute windows over the 7 days, judged against a baseline, with an
/// incident on every eighth series (still firing on every sixteenth).
async fn fill_windows(store: &SqliteStore, end: i64) -> usize {
    let start = end - DAYS * 24 * 60 * MINUTE;
    let mut rng = Rng(11);
    let mut windows = Vec::with_capacity(BATCH);
    let mut alerts = Vec::new();
    let mut series = 0;
    let mut total = 0;
    for s in 0..SERVICES {
        for agent in AGENTS {
            let mut metrics: Vec<(&str, String, &str)> = TOOLS
                .iter()
                .map(|t| ("tool_error_rate", t.to_string(), "tool_errors"))
                .collect();
            metrics.push(("refusal_rate", String::new(), "refusals"));
            metrics.push(("pii_leak_rate", String::new(), "pii_leaks"));
            metrics.push(("latency_p95", "llm/gpt-4o-mini".into(), ""));
            for (metric, dimension, rule) in metrics {
                series += 1;
                let incident = series % 8 == 0;
                let still_firing = series % 16 == 0;
                let windows_total = (end - start) / WINDOW;
                let incident_at = windows_total - 30 - (series as i64 % 200);
                let incident_end = if still_firing {
                    windows_total
                } else {
                    incident_at + 12
                };
                let dedup_key = format!("{rule}:{s:02}{agent}{metric}{dimension}");
                for w in 0..windows_total {
                    let t = start + w * WINDOW;
                    let in_incident = incident && (incident_at..incident_end).contains(&w);
                    let rate = metric != "latency_p95";
                    let value = if rate {
                        if in_incident {
                            0.4
                        } else {
                            0.02 + (rng.next() - 0.5) * 0.02
                        }
                    } else {
                        0.8 + rng.next() * 0.4
                    };
                    let judged = !rule.is_empty() && w > 288;
                    let (mean, sigma) = if rate { (0.02, 0.01) } else { (1.0, 0.15) };
                    let z = (value - mean) / sigma;
                    let breach = judged && z > 3.0;
                    let state = if in_incident && w > incident_at {
                        "firing"
                    } else if in_incident {
                        "pending"
                    } else {
                        "inactive"
                    };
                    windows.push(WindowRow {
                        service: service(s),
                        agent: agent.to_owned(),
                        metric: metric.to_owned(),
                        dimension: dimension.clone(),
                        window_start: format_time(t as u64),
                        window_end: format_time((t + WINDOW) as u64),
                        window_start_ns: t,
                        rule: rule.to_owned(),
                        n: 20 + rng.below(40) as i64,
                        value: Some(value),
                        judged_value: Some(value),
                        baseline_mean: judged.then_some(mean),
                        baseline_sigma: judged.then_some(sigma),
                        z: judged.then_some(z),
                        verdict: if !judged {
                            if rule.is_empty() {
                                "none"
                            } else {
                                "warming_up"
                            }
                        } else if breach {
                            "breach"
                        } else {
                            "ok"
                        }
                        .to_owned(),
                        state: state.to_owned(),
                        pooled_windows: 1,
                        in_baseline: !breach,
                        exemplars: if breach {
                            format!(r#"["{:016x}{:016x}"]"#, s, w)
                        } else {
                            "[]".to_owned()
                        },
                    });
                    let transition = |state: AlertState, previous: AlertState| AlertRow {
                        dedup_key: dedup_key.clone(),
                        rule: rule.to_owned(),
                        severity: Severity::Warning,
                        service: service(s),
                        agent: agent.to_owned(),
                        metric: Metric::parse(metric).unwrap(),
                        dimension: dimension.clone(),
                        state,
                        previous_state: previous,
                        resolved_reason: if state == AlertState::Resolved {
                            "recovered".into()
                        } else {
                            String::new()
                        },
                        window_start: format_time(t as u64),
                        window_start_ns: t,
                        at: format_time((t + WINDOW) as u64),
                        value: Some(value),
                        baseline_mean: Some(mean),
                        z: Some(z),
                        baseline_sigma: Some(sigma),
                        exemplars: format!(r#"["{:016x}{:016x}"]"#, s, w),
                        delivery: "{}".into(),
                    };
                    if incident && !rule.is_empty() {
                        if w == incident_at {
                            alerts.push(transition(AlertState::Pending, AlertState::Inactive));
                        } else if w == incident_at + 1 {
                            alerts.push(transition(AlertState::Firing, AlertState::Pending));
                        } else if w == incident_end && !still_firing {
                            alerts.push(transition(AlertState::Resolved, AlertState::Firing));
                        }
                    }
                    if windows.len() >= BATCH {
                        total += windows.len();
                        store
                            .write_windows(
                                std::mem::take(&mut windows),
                                std::mem::take(&mut alerts),
                            )
                            .await
                            .unwrap();
                    }
                }
            }
        }
    }
    total += windows.len();
    store.write_windows(windows, alerts).await.unwrap();
    total
}

/// Time `GET path`: the first answer and `runs` more; (status, bytes, first, sorted runs).
async fn time_page(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    runs: usize,
) -> (u16, usize, Duration, Vec<Duration>) {
    let mut times = Vec::new();
    let mut first = None;
    let mut status = 0;
    let mut bytes = 0;
    for _ in 0..=runs {
        let began = Instant::now();
        let response = client.get(format!("{base}{path}")).send().await.unwrap();
        status = response.status().as_u16();
        bytes = response.bytes().await.unwrap().len();
        let took = began.elapsed();
        if first.is_none() {
            first = Some(took);
        } else {
            times.push(took);
        }
    }
    times.sort();
    (status, bytes, first.unwrap(), times)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut args = std::env::args().skip(1);
    let rows: usize = args
        .next()
        .map(|a| a.replace('_', "").parse().expect("ROWS: a number"))
        .unwrap_or(10_000_000);
    let db = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/ui-at-scale.db"));
    // The newest window ends at the last whole 5 minutes: "now" for the pages.
    let now = i64::try_from(agentwatch::clock::now_unix_nano()).unwrap();
    let end = now / WINDOW * WINDOW;
    let existing: i64 = rusqlite::Connection::open(&db)
        .and_then(|c| c.query_row("SELECT count(*) FROM scores", [], |r| r.get(0)))
        .unwrap_or(0);
    let store = Arc::new(SqliteStore::open(&db, 50_000, Metrics::new()).unwrap());
    // Three rows per span: `rows` rounded down to a multiple of 3 is what a fill writes.
    if existing < (rows / 3 * 3) as i64 {
        eprintln!(
            "filling {} with {rows} score rows ending {}",
            db.display(),
            format_time(end as u64)
        );
        let began = Instant::now();
        fill_scores(&store, rows, end).await;
        let windows = fill_windows(&store, end).await;
        eprintln!(
            "filled in {:.0} s ({windows} window rows)",
            began.elapsed().as_secs_f64()
        );
    } else {
        eprintln!(
            "reusing {} ({existing} score rows; the data ends where it was filled)",
            db.display()
        );
    }
    let counts: (i64, i64, i64) = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT (SELECT count(*) FROM scores), (SELECT count(*) FROM windows), (SELECT count(*) FROM alerts)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    eprintln!(
        "store: {} scores, {} windows, {} alert transitions",
        counts.0, counts.1, counts.2
    );

    let rules = HashMap::from([
        ("tool_errors".to_owned(), RuleView::Anomaly { sigma: 3.0 }),
        ("refusals".to_owned(), RuleView::Anomaly { sigma: 3.0 }),
        ("pii_leaks".to_owned(), RuleView::Anomaly { sigma: 3.0 }),
    ]);
    let pages = web::Pages::new(
        store.clone() as Arc<dyn Store>,
        UiConfig {
            trace_url: Some("http://jaeger:16686/trace/{trace_id}".into()),
            ..Default::default()
        },
        rules,
        Duration::from_nanos(WINDOW as u64),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(listener, web::router::<()>(pages))
            .await
            .unwrap();
    });
    let client = reqwest::Client::new();
    // The newest data's hour, and one three days back (the "previous hour" links).
    let data_end: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT max(window_start_ns) FROM windows", [], |r| r.get(0))
        .unwrap();
    let back = web::html::time(data_end - 3 * 24 * 60 * MINUTE);
    let series = "service=svc-07&agent=support&metric=tool_error_rate&dimension=search_flights&rule=tool_errors";
    let pages = [
        "/ui".to_owned(),
        "/ui/series".to_owned(),
        "/ui/series?within=1h".to_owned(),
        format!("/ui/series?{series}"),
        format!("/ui/series?{series}&range=7d"),
        "/ui/evaluators".to_owned(),
        "/ui/evaluators?service=svc-07".to_owned(),
        format!("/ui/evaluators?until={back}"),
    ];
    println!("| page | status | KB | first | median | max |");
    println!("|---|---|---|---|---|---|");
    for path in &pages {
        let (status, bytes, first, runs) = time_page(&client, &base, path, 9).await;
        let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1000.0);
        println!(
            "| `{path}` | {status} | {} | {} | {} | {} |",
            bytes / 1024,
            ms(first),
            ms(runs[runs.len() / 2]),
            ms(*runs.last().unwrap())
        );
    }
    // To look at the pages of the large store in a browser: UI_AT_SCALE_HOLD=SECONDS.
    if let Some(hold) = std::env::var("UI_AT_SCALE_HOLD")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        eprintln!("serving the pages on {base}/ui for {hold} s");
        tokio::time::sleep(Duration::from_secs(hold)).await;
    }
    store.close().await.unwrap();
}
