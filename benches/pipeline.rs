//! Criterion benches for the per-span hot paths of the pipeline, on the load generator's
//! traffic (512-span requests: agent, chat spans with 0.5–8 KB replies, tool spans; a few
//! PII leaks, refusals and failing tools):
//!
//! - `ingest`: OTLP protobuf decode, span validation, normalization into `AgentSpan`s;
//! - `evaluate`: each evaluator alone, then all four;
//! - `window`: adding every score of a batch to the partial window aggregates;
//! - `store`: one batch of score rows written to SQLite — new rows (the live path: keys arrive
//!   in order) and the same rows again (a redelivery: every row an upsert);
//! - `score`: the score stage's CPU work on one decoded request (normalize, every default
//!   evaluator including the trajectory ones, windows, rows), and the same without the
//!   trajectory evaluators — what they cost on the load generator's traffic.
//!
//! Run: `cargo bench --bench pipeline` (add `-- --quick` for a fast pass). Throughput is per
//! span (elements) unless the bench name says bytes.

use std::hint::black_box;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use agentwatch::eval::EvaluatorSet;
use agentwatch::eval::config::EvaluatorsConfig;
use agentwatch::normalize::{AgentSpan, NormalizeOptions, normalize_request};
use agentwatch::otlp::validate::validate_request;
use agentwatch::score::ScoreStage;
use agentwatch::store::{ScoreRow, ScoreSink, SqliteStore, Store};
use agentwatch::telemetry::Metrics;
use agentwatch::window::{Aggregator, Partials};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;

/// The load generator's traffic, shared with the `agentwatch-loadgen` binary.
#[allow(dead_code, unused_imports)] // the binary uses what a bench does not; its tests need a harness
#[path = "../src/bin/agentwatch-loadgen/traffic.rs"]
mod traffic;

use traffic::TrafficMix;

const BATCH: usize = 512;
const NOW_NS: u64 = 1_764_000_000_000_000_000;

/// The `n`-th request of a load-generator run, encoded.
fn encoded_request(n: u64) -> bytes::Bytes {
    static TEMPLATE: OnceLock<traffic::Template> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| traffic::templates(&TrafficMix::default(), 1).remove(0))
        .stamp(1, n, NOW_NS + n * 1_000_000)
}

fn spans() -> Vec<AgentSpan> {
    let request = ExportTraceServiceRequest::decode(encoded_request(0)).unwrap();
    normalize_request(&request, &NormalizeOptions::default())
}

fn ingest(c: &mut Criterion) {
    let bytes = encoded_request(0);
    let decoded = ExportTraceServiceRequest::decode(bytes.clone()).unwrap();
    let opts = NormalizeOptions::default();
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(BATCH as u64));
    group.bench_function("decode_validate", |b| {
        b.iter(|| {
            let mut req = ExportTraceServiceRequest::decode(black_box(bytes.clone())).unwrap();
            black_box(validate_request(&mut req));
            req
        })
    });
    group.bench_function("normalize", |b| {
        b.iter(|| black_box(normalize_request(black_box(&decoded), &opts)))
    });
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("decode_bytes", |b| {
        b.iter(|| ExportTraceServiceRequest::decode(black_box(bytes.clone())).unwrap())
    });
    group.finish();
}

/// Evaluators config with only `name` enabled ("all": every one).
fn only(name: &str) -> EvaluatorsConfig {
    let mut config = EvaluatorsConfig::default();
    if name != "all" {
        config.pii_leak.enabled = name == "pii_leak";
        config.refusal.enabled = name == "refusal";
        config.tool_error.enabled = name == "tool_error";
        config.latency.enabled = name == "latency";
    }
    config
}

fn evaluate(c: &mut Criterion) {
    let spans = spans();
    let mut group = c.benchmark_group("evaluate");
    group.throughput(Throughput::Elements(spans.len() as u64));
    for name in ["pii_leak", "refusal", "tool_error", "latency", "all"] {
        let set = EvaluatorSet::from_config(&only(name)).unwrap();
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut n = 0;
                for span in &spans {
                    set.evaluate(black_box(span), |_| n += 1);
                }
                n
            })
        });
    }
    group.finish();
}

fn window(c: &mut Criterion) {
    let spans = spans();
    let set = EvaluatorSet::from_config(&EvaluatorsConfig::default()).unwrap();
    let mut scored = Vec::new();
    for span in &spans {
        set.evaluate(span, |score| scored.push((span, score)));
    }
    let aggregator = Aggregator::new(Duration::from_secs(300));
    let mut group = c.benchmark_group("window");
    group.throughput(Throughput::Elements(spans.len() as u64));
    group.bench_function("aggregate_batch_scores", |b| {
        b.iter(|| {
            let mut partials = Partials::default();
            for (span, score) in &scored {
                aggregator.add(&mut partials, span, score);
            }
            partials
        })
    });
    group.finish();
}

/// The score rows of the `n`-th request.
fn rows(n: u64, set: &EvaluatorSet) -> Vec<ScoreRow> {
    let request = ExportTraceServiceRequest::decode(encoded_request(n)).unwrap();
    let spans = normalize_request(&request, &NormalizeOptions::default());
    let mut rows = Vec::new();
    for span in &spans {
        set.evaluate(span, |score| rows.push(ScoreRow::new(span, score)));
    }
    rows
}

fn store(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("bench.db"), 8192, Metrics::new()).unwrap();
    let set = EvaluatorSet::from_config(&EvaluatorsConfig::default()).unwrap();
    let first = Arc::new(rows(0, &set));
    let per_batch = first.len();
    let mut group = c.benchmark_group("store");
    group.sample_size(20);
    group.throughput(Throughput::Elements(BATCH as u64));
    let mut next = 1;
    group.bench_function(format!("sqlite_new_batch_{per_batch}_rows"), |b| {
        b.iter_batched(
            // Each batch the rows of a new request (made outside the measurement).
            || {
                next += 1;
                Arc::new(rows(next, &set))
            },
            |batch| runtime.block_on(store.write_scores(batch)).unwrap(),
            BatchSize::PerIteration,
        )
    });
    runtime.block_on(store.write_scores(first.clone())).unwrap();
    let again = first;
    group.bench_function(format!("sqlite_redelivered_batch_{per_batch}_rows"), |b| {
        b.iter(|| runtime.block_on(store.write_scores(again.clone())).unwrap())
    });
    group.finish();
    runtime.block_on(store.close()).unwrap();
}

fn score(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn ScoreSink> =
        Arc::new(SqliteStore::open(&dir.path().join("bench.db"), 8192, Metrics::new()).unwrap());
    let mut group = c.benchmark_group("score");
    group.throughput(Throughput::Elements(BATCH as u64));
    for (name, trajectory) in [("request", true), ("request_without_trajectory", false)] {
        let mut config = EvaluatorsConfig::default();
        config.trajectory.enabled = trajectory;
        config.run_steps.enabled = trajectory;
        config.run_tool_calls.enabled = trajectory;
        let stage = ScoreStage::new(
            EvaluatorSet::from_config(&config).unwrap(),
            NormalizeOptions::default(),
            Aggregator::new(Duration::from_secs(300)),
            store.clone(),
            None,
            Metrics::new(),
        );
        // Each iteration a new request (new trace ids), decoded outside the measurement.
        let mut next = 0;
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    next += 1;
                    ExportTraceServiceRequest::decode(encoded_request(next)).unwrap()
                },
                |request| stage.score(&request),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, ingest, evaluate, window, store, score);
criterion_main!(benches);
