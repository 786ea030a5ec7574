//! Criterion benches for the per-span hot paths of the embedded pipeline:
//! OTLP protobuf decode + validation + normalization, the evaluators, and one store batch.
//!
//! Run: `cargo bench --bench pipeline` (add `-- --quick` for a fast pass).

use std::hint::black_box;

use agentwatch::config::EvaluatorsConfig;
use agentwatch::eval::EvaluatorSet;
use agentwatch::normalize::{NormalizeOptions, normalize_request};
use agentwatch::receiver::validate::validate_request;
use agentwatch::store::{ScoreRow, SqliteStore, Store};
use agentwatch::telemetry::Metrics;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value::Value};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};
use prost::Message;

fn kv(key: &str, value: &str) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue {
            value: Some(Value::StringValue(value.into())),
        }),
        ..Default::default()
    }
}

/// A realistic mix: per 4 spans, 2 chat spans with ~1.5 KB replies, 1 tool span, 1 agent span.
fn request(spans: usize) -> ExportTraceServiceRequest {
    let reply = "Here is the itinerary you asked for. Day one starts in Lisbon with a morning \
                 walk through Alfama, lunch near the river and an afternoon at the Gulbenkian. "
        .repeat(8);
    let output = serde_json::json!([{"role": "assistant", "parts": [{"type": "text", "content": reply}], "finish_reason": "stop"}]).to_string();
    let input = r#"[{"role":"user","parts":[{"type":"text","content":"Plan three days in Lisbon for two people, mid-range budget."}]}]"#;
    let mut out = Vec::with_capacity(spans);
    for n in 0..spans {
        let mut trace_id = [7u8; 16];
        trace_id[..8].copy_from_slice(&(n as u64 / 4 + 1).to_be_bytes());
        let start = 1_764_000_000_000_000_000 + n as u64 * 1_000_000;
        let mut span = Span {
            trace_id: trace_id.to_vec(),
            span_id: (n as u64 + 1).to_be_bytes().to_vec(),
            start_time_unix_nano: start,
            end_time_unix_nano: start + 450_000_000,
            ..Default::default()
        };
        match n % 4 {
            0 | 1 => {
                span.name = "chat gpt-4o".into();
                span.attributes = vec![
                    kv("gen_ai.operation.name", "chat"),
                    kv("gen_ai.provider.name", "openai"),
                    kv("gen_ai.request.model", "gpt-4o"),
                    kv("gen_ai.agent.name", "trip-planner"),
                    kv("gen_ai.input.messages", input),
                    kv("gen_ai.output.messages", &output),
                ];
            }
            2 => {
                span.name = "execute_tool search_hotels".into();
                span.attributes = vec![
                    kv("gen_ai.operation.name", "execute_tool"),
                    kv("gen_ai.tool.name", "search_hotels"),
                    kv(
                        "gen_ai.tool.call.arguments",
                        r#"{"city":"Lisbon","nights":3}"#,
                    ),
                    kv(
                        "gen_ai.tool.call.result",
                        r#"{"hotels":[{"name":"Casa do Rio","price":142},{"name":"Alfama Suites","price":118}]}"#,
                    ),
                ];
            }
            _ => {
                span.name = "invoke_agent trip-planner".into();
                span.attributes = vec![
                    kv("gen_ai.operation.name", "invoke_agent"),
                    kv("gen_ai.agent.name", "trip-planner"),
                ];
            }
        }
        out.push(span);
    }
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource {
                attributes: vec![kv("service.name", "bench-agent")],
                ..Default::default()
            }),
            scope_spans: vec![ScopeSpans {
                spans: out,
                ..Default::default()
            }],
            ..Default::default()
        }],
    }
}

const BATCH: usize = 512;

fn decode_and_normalize(c: &mut Criterion) {
    let bytes = request(BATCH).encode_to_vec();
    let opts = NormalizeOptions::default();
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(BATCH as u64));
    group.bench_function("decode_validate_normalize_512_spans", |b| {
        b.iter(|| {
            let mut req = ExportTraceServiceRequest::decode(black_box(&bytes[..])).unwrap();
            validate_request(&mut req);
            black_box(normalize_request(&req, &opts))
        })
    });
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("decode_only_bytes", |b| {
        b.iter(|| ExportTraceServiceRequest::decode(black_box(&bytes[..])).unwrap())
    });
    group.finish();
}

fn evaluators(c: &mut Criterion) {
    let spans = normalize_request(&request(BATCH), &NormalizeOptions::default());
    let set = EvaluatorSet::from_config(&EvaluatorsConfig::default()).unwrap();
    let mut group = c.benchmark_group("evaluate");
    group.throughput(Throughput::Elements(spans.len() as u64));
    group.bench_function("all_evaluators_512_spans", |b| {
        b.iter(|| {
            let mut n = 0;
            for span in &spans {
                set.evaluate(black_box(span), |_| n += 1);
            }
            n
        })
    });
    group.finish();
}

fn store_batch(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("bench.db"), 8192, Metrics::new()).unwrap();
    let spans = normalize_request(&request(BATCH), &NormalizeOptions::default());
    let set = EvaluatorSet::from_config(&EvaluatorsConfig::default()).unwrap();
    let mut rows = Vec::new();
    for span in &spans {
        set.evaluate(span, |score| rows.push(ScoreRow::new(span, score)));
    }
    let mut group = c.benchmark_group("store");
    group.throughput(Throughput::Elements(rows.len() as u64));
    group.sample_size(20);
    // Same keys every time: measures the idempotent upsert path a redelivery takes.
    group.bench_function("sqlite_write_batch_rows", |b| {
        b.iter(|| runtime.block_on(store.write_scores(rows.clone())).unwrap())
    });
    group.finish();
    runtime.block_on(store.close()).unwrap();
}

criterion_group!(benches, decode_and_normalize, evaluators, store_batch);
criterion_main!(benches);
