//! An evaluator is added in one folder plus one registry line. The sample evaluator
//! (`src/eval/sample/mod.rs`: settings, evaluator, descriptor with its metric and default rule)
//! is registered by one line in `src/eval/registry.rs`, compiled only with the test-only
//! `sample-evaluator` feature (`required-features` of this test). Nothing else names it; yet
//! its section is part of the pipeline file, it runs with the other evaluators, its metric is
//! aggregated in windows and crosses the wire, and its default rule judges its windows.

use std::sync::Arc;

use agentwatch::app::PipelineConfig;
use agentwatch::config::ConfigError;
use agentwatch::detect::Detector;
use agentwatch::eval::{EvaluatorId, EvaluatorSet, Metric};
use agentwatch::normalize::{AgentSpan, Content, OperationKind, TokenUsage};
use agentwatch::store::SqliteStore;
use agentwatch::telemetry::Metrics;
use agentwatch::window::{Aggregator, Partials, wire};

/// Start of a 5-minute window, Unix ns.
const WINDOW_START: u64 = 1_700_000_100 * 1_000_000_000;

const ENABLED: &str = "
evaluators:
  sample:
    enabled: true
    min_chars: 2
";

/// A model call ending `i` seconds into the window, replying `reply` (None: not captured).
fn llm_span(i: u64, reply: Option<&str>) -> AgentSpan {
    AgentSpan {
        trace_id: [i as u8 + 1; 16],
        span_id: [2; 8],
        response_id: None,
        start_unix_nano: WINDOW_START + i * 1_000_000_000,
        end_unix_nano: WINDOW_START + i * 1_000_000_000 + 500_000_000,
        name: "chat".into(),
        service: "svc".into(),
        agent: None,
        kind: OperationKind::Llm,
        operation: Some("chat".into()),
        model: Some("gpt-4o".into()),
        provider: None,
        tool: None,
        error: None,
        input: Content::default(),
        output: Content {
            text: reply.map(str::to_owned),
            truncated: false,
        },
        usage: TokenUsage::default(),
        finish_reason: None,
        tools: Default::default(),
        parent_span_id: None,
    }
}

/// Ten scoreable replies, four of them (nearly) empty, and one reply not captured.
fn spans() -> Vec<AgentSpan> {
    let mut spans: Vec<AgentSpan> = (0..10)
        .map(|i| {
            let reply = if i % 3 == 0 {
                " a "
            } else {
                "Your flight is booked."
            };
            llm_span(i, Some(reply))
        })
        .collect();
    spans.push(llm_span(20, None));
    spans
}

#[test]
fn its_settings_are_a_section_of_the_pipeline_file_with_their_checks() {
    let config = PipelineConfig::from_yaml(ENABLED, "inline").unwrap();
    assert!(config.evaluators.sample.enabled);
    assert_eq!(config.evaluators.sample.min_chars, 2);
    // Its default rule is among the defaults, judging its own metric.
    let rule = config
        .rules
        .iter()
        .find(|r| r.name == "sample_empty_rate_high")
        .expect("the sample's default rule");
    assert_eq!(rule.metric.as_str(), "sample_empty_rate");
    assert_eq!(rule.threshold, Some(0.2));
    // A rule in the file may name its metric like any other.
    let yaml = "rules:\n  - name: empty\n    metric: sample_empty_rate\n    kind: anomaly\n";
    assert_eq!(
        PipelineConfig::from_yaml(yaml, "inline").unwrap().rules[0].metric,
        Metric::parse("sample_empty_rate").unwrap()
    );

    let bad = "evaluators:\n  sample:\n    min_chars: 0\n";
    match PipelineConfig::from_yaml(bad, "inline").unwrap_err() {
        ConfigError::Invalid { issues, .. } => {
            assert_eq!(issues[0].path, "evaluators.sample.min_chars")
        }
        other => panic!("expected an invalid config, got {other}"),
    }
}

#[tokio::test]
async fn its_scores_feed_windows_cross_the_wire_and_fire_its_default_rule() {
    let config = PipelineConfig::from_yaml(ENABLED, "inline").unwrap();
    let evaluators = EvaluatorSet::from_config(&config.evaluators).unwrap();
    assert!(evaluators.names().contains(&"sample"));

    // Score workers: evaluate and aggregate.
    let aggregator = Aggregator::new(config.windows.length);
    let mut partials = Partials::default();
    for span in &spans() {
        evaluators.evaluate(span, |score| aggregator.add(&mut partials, span, &score));
    }
    let sample = EvaluatorId::named("sample").unwrap();
    let sample_empty_rate = Metric::parse("sample_empty_rate").unwrap();
    assert_eq!(sample.metrics(), [sample_empty_rate]);
    let ((key, start), aggregate) = partials
        .windows
        .iter()
        .find(|((key, _), _)| key.source == sample)
        .expect("a window of the sample's scores");
    assert_eq!((*start, aggregate.n, aggregate.hits), (WINDOW_START, 10, 4));
    assert_eq!(aggregate.value(sample_empty_rate), Some(0.4));

    // The aggregates topic: one message per series, keyed like the built-ins' series.
    let messages = wire::encode(&partials, aggregator.window_nanos());
    let message = messages
        .iter()
        .find(|m| m.key == wire::series_key(key))
        .unwrap();
    assert_eq!(message.key, "svc//Sample/");
    let mut received = Partials::default();
    for m in &messages {
        received.merge(wire::decode(&m.payload, aggregator.window_nanos()).unwrap());
    }
    assert_eq!(received.windows[&(key.clone(), *start)].hits, 4);

    // The detect stage judges the window with the sample's default rule.
    let dir = tempfile::tempdir().unwrap();
    let metrics = Metrics::new();
    let store = Arc::new(SqliteStore::open(&dir.path().join("db"), 100, metrics.clone()).unwrap());
    let mut detector = Detector::new(
        &config.windows,
        &config.baseline,
        &config.rules,
        store.clone(),
        metrics,
    );
    detector.merge(received);
    detector.flush().await.unwrap();
    use agentwatch::store::WindowStore;
    let rows = store.windows_since(0).await.unwrap();
    let row = rows
        .iter()
        .find(|r| r.metric == "sample_empty_rate")
        .expect("a window row of the sample's metric");
    assert_eq!(row.rule, "sample_empty_rate_high");
    assert_eq!((row.n, row.value), (10, Some(0.4)));
    assert_eq!(
        (row.verdict.as_str(), row.state.as_str()),
        ("breach", "firing")
    );
    assert!(detector.stats.breaches >= 1);
}
