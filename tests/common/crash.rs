//! The crash tests' workload and checks (tests/crash.rs: embedded; tests/crash_kafka.rs: each
//! role over Kafka): clients that send a fixed workload under load and retry what was not
//! answered OK, as OTLP exporters do; what every run wrote that must not depend on a crash;
//! and the tally of acknowledged, stored, lost and duplicated spans.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use opentelemetry_proto::tonic::common::v1::any_value::Value;
use opentelemetry_proto::tonic::trace::v1::Span;
use prost::Message;

use super::{chat_span, open_db, request, tool_span};

pub const MINUTE: u64 = 60_000_000_000;
/// Requests of one run, spans per request, requests per one-minute window (200 ms apart).
pub const REQUESTS: u64 = 1_500;
pub const SPANS: u64 = 20;
pub const PER_WINDOW: u64 = 300;
/// Clients sending at once.
pub const CLIENTS: usize = 8;

/// Windows and rules for a crash test's pipeline file: one-minute windows closed by event time
/// only (the run's windows are two hours ago, so the wall clock never closes one), a lateness
/// longer than the whole run (only the closing span, sent once everything is scored, closes
/// them: however the crash reorders the spans, none is late), and a static rule that fires in
/// the window where tools fail and resolves two calm windows later.
pub const WINDOWS_AND_RULES: &str = "
windows:
  length: 1m
  allowed_lateness: 10m
  idle_close: 1h
rules:
  - name: tool_errors_high
    metric: tool_error_rate
    kind: static
    op: '>'
    threshold: 0.5
    min_samples: 1
";

/// The spans of request `i`: tool calls (most of them failing in the third window) and chat
/// calls, one in nine cut off at the token limit (`truncation` keeps rows of those only, so
/// its windows cannot come back from the rows).
pub fn spans_of(base: u64, i: u64) -> Vec<Span> {
    let mut trace = base.to_be_bytes().to_vec();
    trace.extend_from_slice(&i.to_be_bytes());
    let end = base + i * (MINUTE / PER_WINDOW);
    let failing_window = i / PER_WINDOW == 2;
    (0..SPANS)
        .map(|n| {
            let id = i * SPANS + n;
            let mut span = if n % 4 == 3 {
                let mut span = chat_span(&trace, id, "Here are three flights to Lisbon.");
                if id.is_multiple_of(9) {
                    for kv in &mut span.attributes {
                        if kv.key == "gen_ai.output.messages"
                            && let Some(Value::StringValue(text)) =
                                kv.value.as_mut().and_then(|v| v.value.as_mut())
                        {
                            *text = text.replace("\"stop\"", "\"length\"");
                        }
                    }
                }
                span
            } else {
                let failed = if failing_window {
                    n % 4 != 0
                } else {
                    id.is_multiple_of(17)
                };
                tool_span(&trace, id, "search_flights", failed)
            };
            span.end_time_unix_nano = end + n * 1_000_000;
            span.start_time_unix_nano = span.end_time_unix_nano - (50 + id % 400) * 1_000_000;
            span
        })
        .collect()
}

/// Two hours ago, on a window boundary: the start of a run's first window.
pub fn base() -> u64 {
    (super::now_nanos() - 120 * MINUTE) / MINUTE * MINUTE
}

/// The kill moments (xorshift64*), from `AGENTWATCH_CRASH_SEED` when set (the seed is
/// printed, to replay a failed run), and the number of trials (`AGENTWATCH_CRASH_TRIALS`,
/// else `default_trials`).
pub struct Moments(u64);

impl Moments {
    pub fn from_env(default_trials: usize) -> (Moments, usize) {
        let seed: u64 = std::env::var("AGENTWATCH_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| super::now_nanos() | 1);
        let trials = std::env::var("AGENTWATCH_CRASH_TRIALS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(default_trials);
        println!("AGENTWATCH_CRASH_SEED={seed}");
        (Moments(seed), trials)
    }

    /// A number of acknowledged requests to kill after: somewhere in the run, not at its ends.
    pub fn kill_after(&mut self) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        20 + (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % (REQUESTS - 40)) as usize
    }
}

/// The clients of one run: the receiver's address (it changes when ingest restarts), the next
/// request to send, and the requests answered OK.
pub struct Clients {
    url: Mutex<String>,
    next: AtomicU64,
    acked: Mutex<BTreeSet<u64>>,
    base: u64,
    tasks: Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

impl Clients {
    /// Start [`CLIENTS`] clients sending the run's requests to `url` (`…/v1/traces`).
    pub fn start(url: String, base: u64) -> Arc<Clients> {
        let clients = Arc::new(Clients {
            url: Mutex::new(url),
            next: AtomicU64::new(0),
            acked: Mutex::new(BTreeSet::new()),
            base,
            tasks: Mutex::new(Vec::new()),
        });
        let tasks = (0..CLIENTS)
            .map(|_| tokio::spawn(client(clients.clone())))
            .collect();
        *clients.tasks.lock().unwrap() = tasks;
        clients
    }

    /// Send to `url` from now on.
    pub fn redirect(&self, url: String) {
        *self.url.lock().unwrap() = url;
    }

    /// Requests answered OK so far.
    pub fn acked(&self) -> usize {
        self.acked.lock().unwrap().len()
    }

    /// Wait until `n` requests were answered OK.
    pub async fn wait_acked(&self, n: usize, log: impl Fn() -> String) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.acked() < n {
            assert!(Instant::now() < deadline, "no progress:\n{}", log());
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }

    /// Wait for every request to be answered OK; the spans acknowledged.
    pub async fn finish(&self) -> BTreeSet<u64> {
        let tasks = std::mem::take(&mut *self.tasks.lock().unwrap());
        for task in tasks {
            task.await.unwrap();
        }
        let acked = self.acked.lock().unwrap();
        acked
            .iter()
            .flat_map(|i| i * SPANS..(i + 1) * SPANS)
            .collect()
    }
}

/// One client: take the next request, send it until it is answered OK (a refused connection,
/// a 429 or a 503 is retried after a pause, as OTLP exporters do), record it, repeat.
async fn client(clients: Arc<Clients>) {
    let http = reqwest::Client::new();
    loop {
        let i = clients.next.fetch_add(1, Ordering::SeqCst);
        if i >= REQUESTS {
            return;
        }
        let body = request("crash", spans_of(clients.base, i)).encode_to_vec();
        loop {
            let url = clients.url.lock().unwrap().clone();
            let sent = http
                .post(&url)
                .header("content-type", "application/x-protobuf")
                .timeout(Duration::from_secs(10))
                .body(body.clone())
                .send()
                .await;
            match sent {
                Ok(r) if r.status() == 200 => break,
                Ok(r) => assert!(
                    [429, 503].contains(&r.status().as_u16()),
                    "request {i}: {}",
                    r.status()
                ),
                Err(_) => {} // the process is gone or restarting
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        clients.acked.lock().unwrap().insert(i);
    }
}

/// Send the span that moves the watermark past every window of the run, to `url`.
pub async fn send_closer(url: &str, base: u64) {
    let mut closing = tool_span(&[9; 16], 1, "search_flights", false);
    closing.end_time_unix_nano = base + 20 * MINUTE;
    closing.start_time_unix_nano = closing.end_time_unix_nano - 1_000_000;
    let response = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/x-protobuf")
        .body(request("crash-closer", vec![closing]).encode_to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

/// Windows of the run (one a minute).
pub const WINDOWS: u64 = REQUESTS / PER_WINDOW;

/// Wait until every window of the run is written.
pub async fn wait_windows(db: &Path, log: impl Fn() -> String) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let closed: i64 = open_db(db)
            .query_row(
                "SELECT count(DISTINCT window_start_ns) FROM windows \
                 WHERE service = 'crash' AND metric = 'tool_error_rate'",
                [],
                |r| r.get(0),
            )
            .unwrap_or(0);
        if closed >= WINDOWS as i64 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{closed} of {WINDOWS} windows closed:\n{}",
            log()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Everything a run wrote that must not depend on a crash: every row of the run's windows
/// (without its exemplars, which keep whichever failing traces came first) and every alert
/// transition in them. A window's rows and transitions are written in one transaction, so
/// once its last window is there, all of them are.
pub fn outcome(db: &Path, base: u64) -> (Vec<String>, Vec<String>) {
    let db = open_db(db);
    let end = (base + WINDOWS * MINUTE) as i64;
    let windows = db
        .prepare(
            "SELECT service, agent, metric, dimension, window_start_ns, rule, n, value, verdict, \
             state FROM windows WHERE window_start_ns < ?1 ORDER BY 1, 2, 3, 4, 5, 6",
        )
        .unwrap()
        .query_map([end], |r| {
            Ok(format!(
                "{}|{:?}|{}|{}|{}|{}|n={}|{:?}|{}|{}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, Option<f64>>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
            ))
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let alerts = db
        .prepare(
            "SELECT dedup_key, state, window_start_ns, value FROM alerts \
             WHERE window_start_ns < ?1 ORDER BY 3, 1, 2",
        )
        .unwrap()
        .query_map([end], |r| {
            Ok(format!(
                "{}|{}|{}|{:?}",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, Option<f64>>(3)?
            ))
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    (windows, alerts)
}

/// What a run's store holds of the spans clients were told were accepted.
#[derive(Debug, Clone, Copy)]
pub struct Tally {
    pub acknowledged: usize,
    pub stored: usize,
    pub lost: usize,
    pub duplicated: i64,
}

impl Tally {
    /// Count, by each span's `latency` row (that evaluator keeps a row per span).
    pub fn of(db: &Path, acknowledged: &BTreeSet<u64>) -> Tally {
        let db = open_db(db);
        let stored: BTreeSet<u64> = db
            .prepare("SELECT span_id FROM scores WHERE service = 'crash' AND evaluator = 'latency'")
            .unwrap()
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(|id| u64::from_str_radix(&id.unwrap(), 16).unwrap() - 1)
            .collect();
        let duplicated: i64 = db
            .query_row(
                "SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT trace_id, span_id, \
                 evaluator FROM scores)) FROM scores",
                [],
                |r| r.get(0),
            )
            .unwrap();
        Tally {
            acknowledged: acknowledged.len(),
            stored: stored.intersection(acknowledged).count(),
            lost: acknowledged.difference(&stored).count(),
            duplicated,
        }
    }

    /// Spans stored (acknowledged or not), for waiting until everything is scored.
    pub fn stored_spans(db: &Path) -> i64 {
        open_db(db)
            .query_row(
                "SELECT count(*) FROM scores WHERE service = 'crash' AND evaluator = 'latency'",
                [],
                |r| r.get(0),
            )
            .unwrap_or(0)
    }
}

/// What one run left: the tally of acknowledged spans, how many were acknowledged before the
/// kill, and the run's windows and alerts.
pub struct Run {
    pub tally: Tally,
    pub before_kill: usize,
    pub windows: Vec<String>,
    pub alerts: Vec<String>,
}

impl Run {
    /// Read what a run with these acknowledged spans wrote into `db`.
    pub fn read(db: &Path, base: u64, acknowledged: &BTreeSet<u64>, before_kill: usize) -> Run {
        let (windows, alerts) = outcome(db, base);
        Run {
            tally: Tally::of(db, acknowledged),
            before_kill,
            windows,
            alerts,
        }
    }

    /// The control run's own checks: every span acknowledged and stored, every tool span
    /// counted in its window, and the failing window fired and resolved.
    pub fn check_as_control(&self) {
        let tally = &self.tally;
        assert_eq!(tally.acknowledged, (REQUESTS * SPANS) as usize);
        assert_eq!((tally.lost, tally.duplicated), (0, 0));
        let tool_error: Vec<&String> = self
            .windows
            .iter()
            .filter(|w| w.starts_with("crash|") && w.contains("|tool_error_rate|"))
            .filter(|w| w.contains("|tool_errors_high|"))
            .collect();
        assert_eq!(tool_error.len(), WINDOWS as usize, "{tool_error:#?}");
        let per_window = format!("|n={}|", PER_WINDOW * SPANS * 3 / 4);
        assert!(
            tool_error.iter().all(|w| w.contains(&per_window)),
            "{tool_error:#?}"
        );
        let states: Vec<&str> = self
            .alerts
            .iter()
            .filter(|a| a.starts_with("tool_errors_high:"))
            .map(|a| a.split('|').nth(1).unwrap())
            .collect();
        assert_eq!(states, ["firing", "resolved"], "{:#?}", self.alerts);
    }

    /// Print trial `trial` of `what` (its line in the table) and check it: nothing
    /// acknowledged lost, no row twice, and the windows and alerts of `control`.
    pub fn check_trial(&self, what: &str, trial: usize, control: &Run) {
        let same = self.windows == control.windows && self.alerts == control.alerts;
        let t = &self.tally;
        println!(
            "{what:<8} {trial:>5}  {:>12}  {:>11}  {:>6}  {:>4}  {:>10}  {same}",
            t.acknowledged,
            self.before_kill * SPANS as usize,
            t.stored,
            t.lost,
            t.duplicated
        );
        assert_eq!(t.lost, 0, "{what} trial {trial}: acknowledged spans lost");
        assert_eq!(t.duplicated, 0, "{what} trial {trial}: duplicated rows");
        assert_eq!(t.stored, t.acknowledged);
        assert_eq!(
            self.windows, control.windows,
            "{what} trial {trial}: windows"
        );
        assert_eq!(self.alerts, control.alerts, "{what} trial {trial}: alerts");
    }
}

/// The table's header line.
pub fn print_header(what: &str) {
    println!(
        "{what:<8} trial  acknowledged  before-kill  stored  lost  duplicated  windows+alerts-as-control"
    );
}
