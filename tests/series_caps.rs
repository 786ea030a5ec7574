//! The score stage's series cap against the real binary: a stream of unique tool names costs
//! a bounded number of series, the excess is counted, and every score is still stored.

mod common;

use std::time::{Duration, Instant};

use common::*;

/// Wait until the metric whose line starts with `prefix` reads `value`.
fn wait_metric(aw: &Agentwatch, prefix: &str, value: f64) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while aw.metric(prefix) != value {
        assert!(
            Instant::now() < deadline,
            "{prefix} is {}, expected {value}\n{}",
            aw.metric(prefix),
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[tokio::test]
async fn unique_tool_names_stay_within_the_series_cap_and_are_counted() {
    let aw = Agentwatch::start("score:\n  max_series: 50\n");
    let (requests, per_request) = (10u64, 500u64);
    for r in 0..requests {
        let spans = (0..per_request)
            .map(|n| {
                let id = r * per_request + n;
                tool_span(&trace_id(id), id, &format!("tool-{id}"), false)
            })
            .collect();
        let response = post_otlp_http(&aw, &request("svc", spans)).await;
        assert_eq!(response.status(), 200);
    }
    let spans = requests * per_request;
    // Every score is stored, capped or not.
    aw.wait_rows("evaluator = 'tool_error'", spans as i64);
    aw.wait_rows("evaluator = 'latency'", spans as i64);
    wait_metric(&aw, "agentwatch_scored_spans_total", spans as f64);
    // tool_error and latency open one series per tool: 50 are kept per batch.
    let dropped = requests * (2 * per_request - 50);
    wait_metric(
        &aw,
        "agentwatch_score_dropped_series_scores_total",
        dropped as f64,
    );
    // Merged by the detect stage: the series held between the stages are given back.
    wait_metric(&aw, "agentwatch_score_series_in_flight", 0.0);
}
