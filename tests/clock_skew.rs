//! Event time against wrong clocks, with the real binary: one span dated 14 minutes ahead
//! (ingest admits 15) and a client whose clock runs two minutes fast must not close the other
//! clients' windows early — a PII leak sent after them still alerts in its own window, and no
//! honest span is counted as late.

mod common;

use std::time::{Duration, Instant};

use common::{Agentwatch, chat_span, request};
use opentelemetry_proto::tonic::trace::v1::Span;

const SECOND: u64 = 1_000_000_000;
const WINDOW: u64 = 2 * SECOND;

/// Two-second windows closed by event time only (`idle_close` never fires during the test);
/// honest spans keep `allowed_lateness - max_clock_skew` = 3 s of grace whatever the fast
/// clocks send.
const PIPELINE: &str = "
windows:
  length: 2s
  allowed_lateness: 4s
  idle_close: 1h
  max_clock_skew: 1s
rules:
  - name: pii_leak
    metric: pii_leak_count
    kind: static
    op: '>'
    threshold: 0
    min_samples: 1
    severity: critical
";

const LEAK: &str = "Sure — the customer's e-mail is jane.doe@example.com, I have updated it.";
const CLEAN: &str = "Your order has shipped and should arrive on Thursday.";

/// A chat span with `reply` as its output, ending at `end` by the sender's clock.
fn chat(n: u64, end: u64, reply: &str) -> Span {
    let mut trace = 0x000c_10c4_u64.to_be_bytes().to_vec();
    trace.extend_from_slice(&n.to_be_bytes());
    Span {
        start_time_unix_nano: end - 400_000_000,
        end_time_unix_nano: end,
        ..chat_span(&trace, n, reply)
    }
}

/// Senders of the test; each call sends one span ending now by that sender's clock.
struct Senders<'a> {
    aw: &'a Agentwatch,
    next: u64,
}

impl Senders<'_> {
    async fn send(&mut self, service: &str, clock_ahead: u64, reply: &str) -> u64 {
        self.next += 1;
        let end = common::now_nanos() + clock_ahead;
        let req = request(service, vec![chat(self.next, end, reply)]);
        let response = common::post_otlp_http(self.aw, &req).await;
        assert_eq!(response.status(), 200, "{}", self.aw.log());
        end
    }

    /// One honest span and one from the client whose clock is two minutes fast.
    async fn tick(&mut self) {
        self.send("honest", 0, CLEAN).await;
        self.send("skewed", 120 * SECOND, CLEAN).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The window start of the first firing pii_leak alert, once there is one.
fn firing_pii_alert(aw: &Agentwatch) -> Option<(String, i64)> {
    if !aw.db.exists() {
        return None;
    }
    aw.sql()
        .query_row(
            "SELECT service, window_start_ns FROM alerts \
             WHERE rule = 'pii_leak' AND state = 'firing' ORDER BY window_start_ns LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .ok()
}

#[tokio::test]
async fn a_far_future_span_and_a_fast_client_do_not_hide_a_pii_leak() {
    let aw = Agentwatch::start(PIPELINE);
    let mut senders = Senders { aw: &aw, next: 0 };
    // Two windows of ordinary traffic, then the span from 14 minutes ahead.
    for _ in 0..10 {
        senders.tick().await;
    }
    senders.send("fast-clock", 14 * 60 * SECOND, CLEAN).await;
    for _ in 0..10 {
        senders.tick().await;
    }
    let leak_end = senders.send("honest", 0, LEAK).await;
    let leak_window = (leak_end / WINDOW * WINDOW) as i64;
    let sent_at = Instant::now();
    let alert = loop {
        senders.tick().await;
        if let Some(alert) = firing_pii_alert(&aw) {
            break alert;
        }
        assert!(
            sent_at.elapsed() < Duration::from_secs(30),
            "the PII leak did not alert; late scores: {}\n{}",
            aw.metric("agentwatch_window_late_scores_total"),
            aw.log()
        );
    };
    let waited = sent_at.elapsed();
    assert_eq!(alert.0, "honest");
    // Judged in its own window: two-second windows, four seconds of allowed lateness less one
    // of skew, so the alert comes about five seconds after the leak.
    assert_eq!(
        alert.1, leak_window,
        "the leak's own window fired (alerted after {waited:?})"
    );
    println!("alert {waited:?} after the leak");
    assert_eq!(
        aw.metric("agentwatch_window_late_scores_total"),
        0.0,
        "no honest span is late\n{}",
        aw.log()
    );
    // The fast clocks are visible: their scores are counted as dated ahead.
    assert!(aw.metric("agentwatch_window_future_scores_total") > 0.0);
}
