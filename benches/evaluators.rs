//! Criterion benches for the content evaluators on typical model output
//! (`benches/data/model_output.md`: a ~3.5 KB markdown reply with prices, times, a table and
//! code; no PII, no refusal — the common case), and all evaluators on a realistic GenAI span
//! (with its usage, priced, and its finish reason), and the `format` check of a declared JSON
//! reply.
//!
//! Run: `cargo bench --bench evaluators`.

use std::hint::black_box;

use agentwatch::eval::EvaluatorSet;
use agentwatch::eval::config::EvaluatorsConfig;
use agentwatch::eval::pii::{PiiScanner, ScannerOptions};
use agentwatch::eval::refusal::RefusalDetector;
use agentwatch::normalize::{AgentSpan, Content, FinishReason, OperationKind, TokenUsage};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const REPLY: &str = include_str!("data/model_output.md");

/// ~64 KB of typical output, with one e-mail and one phone number per 3.5 KB reply.
fn corpus() -> String {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 64 * 1024 {
        text.push_str(REPLY);
        text.push_str(&format!(
            "\nQuestions? Write to guest.services{n}@lisbon-tours.example.com or call +351 21 123 45{:02}.\n\n",
            n % 100
        ));
        n += 1;
    }
    text
}

fn pii(c: &mut Criterion) {
    let scanner = PiiScanner::new(&ScannerOptions {
        deny_terms: vec!["Project Nightingale".into(), "ACME-INTERNAL".into()],
        ..ScannerOptions::default()
    })
    .unwrap();
    let text = corpus();
    let found = scanner.scan(&text).len();
    assert!(found > 0, "the bench text carries PII");
    let mut group = c.benchmark_group("pii_leak");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("scan_typical_output", |b| {
        b.iter(|| scanner.scan(black_box(&text)))
    });
    group.throughput(Throughput::Bytes(REPLY.len() as u64));
    group.bench_function("scan_one_reply", |b| {
        b.iter(|| scanner.scan(black_box(REPLY)))
    });
    group.finish();
}

fn refusal(c: &mut Criterion) {
    let detector = RefusalDetector::new(&[]).unwrap();
    let text = corpus();
    assert!(!detector.detect(&text).refused);
    let refusal = "Thanks for reaching out. Unfortunately, I can't help with accessing another customer's booking. If you have your own booking reference, I can look that up for you.";
    assert!(detector.detect(refusal).refused);
    let mut group = c.benchmark_group("refusal");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("detect_typical_output", |b| {
        b.iter(|| detector.detect(black_box(&text)))
    });
    group.throughput(Throughput::Bytes(refusal.len() as u64));
    group.bench_function("detect_refusal_reply", |b| {
        b.iter(|| detector.detect(black_box(refusal)))
    });
    group.finish();
}

fn all_evaluators(c: &mut Criterion) {
    let set = EvaluatorSet::from_config(&EvaluatorsConfig::default()).unwrap();
    let span = AgentSpan {
        trace_id: [3; 16],
        span_id: [4; 8],
        response_id: None,
        start_unix_nano: 1_764_000_000_000_000_000,
        end_unix_nano: 1_764_000_002_300_000_000,
        name: "chat gpt-4o".into(),
        service: "trip-planner".into(),
        agent: Some("planner".into()),
        kind: OperationKind::Llm,
        operation: Some("chat".into()),
        model: Some("gpt-4o-2024-08-06".into()),
        provider: Some("openai".into()),
        tool: None,
        error: None,
        input: Content {
            text: Some("Plan three days in Lisbon for two people, mid-range budget.".into()),
            truncated: false,
        },
        output: Content {
            text: Some(REPLY.into()),
            truncated: false,
        },
        usage: TokenUsage {
            input: Some(18),
            output: Some(820),
            cache_read: Some(0),
            cache_write: None,
        },
        finish_reason: Some(FinishReason::Stop),
        tools: Default::default(),
        parent_span_id: None,
    };
    let mut scored = Vec::new();
    set.evaluate(&span, |s| scored.push(s.evaluator));
    for evaluator in ["tokens", "cost", "truncation", "empty_reply"] {
        assert!(
            scored.contains(&evaluator),
            "{evaluator} scores the bench span"
        );
    }
    let mut group = c.benchmark_group("evaluate");
    group.throughput(Throughput::Bytes(REPLY.len() as u64));
    group.bench_function("all_evaluators_genai_span", |b| {
        b.iter(|| {
            let mut n = 0;
            set.evaluate(black_box(&span), |_| n += 1);
            n
        })
    });
    group.finish();
}

fn format(c: &mut Criterion) {
    // The format check alone: every other evaluator off.
    let config: EvaluatorsConfig = serde_yaml::from_str(
        "pii_leak: {enabled: false}
refusal: {enabled: false}
tool_error: {enabled: false}
latency: {enabled: false}
tokens: {enabled: false}
cost: {enabled: false}
truncation: {enabled: false}
empty_reply: {enabled: false}
agent_success: {enabled: false}
format:
  expect:
    - name: itinerary
      schema:
        type: object
        required: [destination, days]
        properties:
          destination: {type: string}
          days: {type: array, items: {type: object, required: [city, nights]}}",
    )
    .unwrap();
    let set = EvaluatorSet::from_config(&config).unwrap();
    let days: Vec<String> = (0..12)
        .map(|d| format!(r#"{{"city": "Lisbon", "nights": {d}, "notes": "Alfama walk, lunch near the river, the 09:45 tram"}}"#))
        .collect();
    let reply = format!(
        r#"{{"destination": "Portugal", "days": [{}]}}"#,
        days.join(", ")
    );
    let span = AgentSpan {
        trace_id: [5; 16],
        span_id: [6; 8],
        start_unix_nano: 1_764_000_000_000_000_000,
        end_unix_nano: 1_764_000_001_000_000_000,
        name: "chat gpt-4o".into(),
        service: "trip-planner".into(),
        agent: Some("planner".into()),
        kind: OperationKind::Llm,
        operation: Some("chat".into()),
        model: Some("gpt-4o".into()),
        provider: Some("openai".into()),
        tool: None,
        error: None,
        input: Content::default(),
        output: Content {
            text: Some(reply.clone()),
            truncated: false,
        },
        usage: TokenUsage::default(),
        finish_reason: None,
        tools: Default::default(),
        parent_span_id: None,
        response_id: None,
    };
    let mut format_label = None;
    set.evaluate(&span, |s| {
        if s.evaluator == "format" {
            format_label = Some(s.label)
        }
    });
    assert_eq!(format_label, Some(agentwatch::eval::Label::Ok));
    let mut group = c.benchmark_group("evaluate");
    group.throughput(Throughput::Bytes(reply.len() as u64));
    group.bench_function("format_declared_json_reply", |b| {
        b.iter(|| {
            let mut n = 0;
            set.evaluate(black_box(&span), |_| n += 1);
            n
        })
    });
    group.finish();
}

criterion_group!(benches, pii, refusal, all_evaluators, format);
criterion_main!(benches);
