use std::sync::Arc;
use std::time::{Duration, Instant};

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};

use super::Join;
use super::config::JoinConfig;
use super::events::SpanContent;
use crate::export::evaluation::string;
use crate::normalize::{NormalizeOptions, normalize_request};
use crate::telemetry::Metrics;

fn chat(span: u8) -> Span {
    Span {
        trace_id: vec![1; 16],
        span_id: vec![span; 8],
        name: "chat gpt-4o".into(),
        start_time_unix_nano: 1,
        end_time_unix_nano: 2,
        attributes: vec![string("gen_ai.operation.name", "chat")],
        ..Default::default()
    }
}

fn request(service: &str, spans: Vec<Span>) -> ExportTraceServiceRequest {
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource {
                attributes: vec![string("service.name", service)],
                ..Default::default()
            }),
            scope_spans: vec![ScopeSpans {
                spans,
                ..Default::default()
            }],
            ..Default::default()
        }],
    }
}

fn reply(span: u8, service: &str, text: &str) -> SpanContent {
    let messages =
        serde_json::json!([{"role": "assistant", "parts": [{"type": "text", "content": text}]}]);
    SpanContent {
        key: ([1; 16], [span; 8]),
        service: service.into(),
        attributes: vec![string("gen_ai.output.messages", &messages.to_string())],
        events: Vec::new(),
        output: true,
        bytes: 300,
    }
}

fn config(span_wait: Duration) -> JoinConfig {
    JoinConfig {
        span_wait,
        ..JoinConfig::default()
    }
}

fn output_of(request: &ExportTraceServiceRequest) -> Option<String> {
    normalize_request(request, &NormalizeOptions::default())[0]
        .output
        .text
        .clone()
}

#[tokio::test]
async fn nothing_is_touched_before_the_first_content_event() {
    let join = Join::new(&config(Duration::from_secs(5)), Metrics::new());
    let mut batch = request("svc", vec![chat(1)]);
    let before = batch.clone();
    let started = Instant::now();
    join.attach(&mut batch, Instant::now()).await;
    assert!(started.elapsed() < Duration::from_millis(100));
    assert_eq!(batch, before);
}

#[tokio::test]
async fn held_content_reaches_its_span_and_only_it() {
    let join = Join::new(&config(Duration::from_secs(5)), Metrics::new());
    join.offer(vec![reply(1, "svc", "Here is your flight.")]);
    let mut batch = request("svc", vec![chat(1)]);
    join.attach(&mut batch, Instant::now()).await;
    assert_eq!(output_of(&batch).as_deref(), Some("Here is your flight."));
    // Taken: another span with that id finds nothing (and its wait is cut short here).
    let short = Join::new(&config(Duration::ZERO), Metrics::new());
    short.offer(vec![reply(9, "svc", "x")]);
    let mut other = request("svc", vec![chat(1)]);
    short.attach(&mut other, Instant::now()).await;
    assert_eq!(output_of(&other), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_span_waits_for_a_reply_offered_after_it() {
    let join = Join::new(&config(Duration::from_secs(5)), Metrics::new());
    // The service is known to send content.
    join.offer(vec![reply(7, "svc", "earlier")]);
    let offering = {
        let join: Arc<Join> = join.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(200)).await;
            join.offer(vec![reply(2, "svc", "Late but here.")]);
        })
    };
    let mut batch = request("svc", vec![chat(2)]);
    let started = Instant::now();
    join.attach(&mut batch, Instant::now()).await;
    let waited = started.elapsed();
    offering.await.unwrap();
    assert!(waited >= Duration::from_millis(150), "{waited:?}");
    assert!(waited < Duration::from_secs(4), "{waited:?}");
    assert_eq!(output_of(&batch).as_deref(), Some("Late but here."));
}

#[tokio::test]
async fn spans_of_services_that_send_no_content_do_not_wait() {
    let join = Join::new(&config(Duration::from_secs(5)), Metrics::new());
    join.offer(vec![reply(7, "chatty", "x")]);
    let mut batch = request("quiet", vec![chat(3)]);
    let started = Instant::now();
    join.attach(&mut batch, Instant::now()).await;
    assert!(started.elapsed() < Duration::from_millis(100));
}

#[tokio::test]
async fn a_wait_ends_at_span_wait_from_arrival_and_is_counted() {
    let metrics = Metrics::new();
    let join = Join::new(&config(Duration::from_millis(200)), metrics.clone());
    join.offer(vec![reply(7, "svc", "x")]);
    // Arrived 150 ms ago: 50 ms of its wait are left.
    let arrived = Instant::now() - Duration::from_millis(150);
    let mut batch = request("svc", vec![chat(4)]);
    let started = Instant::now();
    join.attach(&mut batch, arrived).await;
    let waited = started.elapsed();
    assert!(waited < Duration::from_millis(150), "{waited:?}");
    assert!(
        metrics
            .encode()
            .contains("agentwatch_join_spans_total{outcome=\"wait_expired\"} 1")
    );
}
