//! A graceful restart in the middle of a window (embedded bus, SQLite): the window is not
//! judged at shutdown but rebuilt at the next start from the partial aggregates kept beside
//! its scores, so it is judged once, on all its spans, and the spans sent after the restart
//! are not late. (`tests/crash.rs` does the same through `kill -9`.)

mod common;

use std::time::Duration;

use common::{Agentwatch, post_otlp_http, request, tool_span, trace_id};

const MINUTE: u64 = 60_000_000_000;

/// One-minute windows closed by event time only (the wall clock never closes one during the
/// test), and one score worker so that batches reach the detect stage in the order sent.
const PIPELINE: &str = "
score:
  workers: 1
windows:
  length: 1m
  allowed_lateness: 0s
  idle_close: 1h
";

/// `count` tool spans numbered from `first`, ending `offset_s` seconds and more into the window
/// starting at `window`; every third one failed.
fn spans(
    trace: &[u8],
    window: u64,
    first: u64,
    count: u64,
    offset_s: u64,
) -> Vec<opentelemetry_proto::tonic::trace::v1::Span> {
    (first..first + count)
        .map(|n| {
            let mut span = tool_span(trace, n, "search_flights", n % 3 == 0);
            span.start_time_unix_nano = window + (offset_s + n) * 1_000_000_000;
            span.end_time_unix_nano = span.start_time_unix_nano + 120_000_000;
            span
        })
        .collect()
}

async fn send(aw: &Agentwatch, spans: Vec<opentelemetry_proto::tonic::trace::v1::Span>) {
    let status = post_otlp_http(aw, &request("restart", spans))
        .await
        .status();
    assert_eq!(status, 200, "{}", aw.log());
}

/// Rows of the window starting at `window` for the tool error rate: (rows, min n, max n).
fn window_rows(aw: &Agentwatch, window: u64) -> (i64, i64, i64) {
    aw.sql()
        .query_row(
            "SELECT count(*), coalesce(min(n), -1), coalesce(max(n), -1) FROM windows \
             WHERE service = 'restart' AND metric = 'tool_error_rate' AND window_start_ns = ?1",
            [window as i64],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_window_open_at_a_graceful_restart_is_rebuilt_and_judged_on_all_its_spans() {
    let mut aw = Agentwatch::start(PIPELINE);
    let trace = trace_id(41);
    // A window two hours ago: far behind the wall clock, so only event time closes it.
    let window = (common::now_nanos() - 120 * MINUTE) / MINUTE * MINUTE;
    // Six spans before the stop, four after it, then one of the next window closes it.
    send(&aw, spans(&trace, window, 0, 6, 1)).await;
    // latency, tool_error and pii_leak (unscoreable) per tool span.
    aw.wait_rows("service = 'restart'", 18);
    assert!(
        aw.terminate(Duration::from_secs(15)).success(),
        "{}",
        aw.log()
    );
    assert_eq!(
        window_rows(&aw, window).0,
        0,
        "the open window is left for the next start, not judged at shutdown"
    );

    aw.start_again();
    assert!(
        aw.log()
            .contains("open windows rebuilt from the store windows=1 scores=12 partials_records=1"),
        "{}",
        aw.log()
    );
    send(&aw, spans(&trace, window, 6, 4, 20)).await;
    aw.wait_rows("service = 'restart'", 30);
    send(&aw, spans(&trace, window + MINUTE, 10, 1, 1)).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while window_rows(&aw, window).0 == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the window never closed:\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let (rows, min_n, max_n) = window_rows(&aw, window);
    assert!(rows >= 1);
    assert_eq!((min_n, max_n), (10, 10), "every span of the window counted");
    assert_eq!(aw.metric("agentwatch_window_late_scores_total"), 0.0);
    assert!(!aw.log().contains("late scores"), "{}", aw.log());
    assert!(aw.terminate(Duration::from_secs(15)).success());
}
