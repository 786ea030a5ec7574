use serde_json::{Value, json};

use super::*;
use crate::eval::test_span;
use crate::normalize::{Content, ToolDefinition};

const AGENT: [u8; 8] = [100; 8];

fn evaluator(config: TrajectoryConfig) -> TrajectoryEvaluator {
    TrajectoryEvaluator::build(&config).unwrap()
}

/// The agent span of trace `trace`, started at 0, a root.
fn agent(trace: u8) -> AgentSpan {
    let mut s = test_span();
    s.kind = OperationKind::Agent;
    s.agent = Some("planner".into());
    s.trace_id = [trace; 16];
    s.span_id = AGENT;
    s.start_unix_nano = 0;
    s
}

/// Tool call number `n` of trace `trace`, under the agent span, started at `n`.
fn tool(trace: u8, n: u8, name: &str, args: &str) -> AgentSpan {
    let mut s = test_span();
    s.kind = OperationKind::Tool;
    s.trace_id = [trace; 16];
    s.span_id = [n; 8];
    s.parent_span_id = Some(AGENT);
    s.start_unix_nano = u64::from(n) * 1_000;
    s.tool = Some(name.into());
    s.input = Content {
        text: Some(args.into()),
        truncated: false,
    };
    s
}

/// A model call of trace `trace` declaring `tools` (name, schema), asking for `requested`.
fn llm(trace: u8, n: u8, tools: &[(&str, Value)], requested: &[&str]) -> AgentSpan {
    let mut s = test_span();
    s.kind = OperationKind::Llm;
    s.trace_id = [trace; 16];
    s.span_id = [n; 8];
    s.parent_span_id = Some(AGENT);
    s.start_unix_nano = u64::from(n) * 1_000;
    s.tools.definitions = Some(
        tools
            .iter()
            .map(|(name, schema)| ToolDefinition {
                name: (*name).into(),
                parameters: Some(schema.clone()),
            })
            .collect(),
    );
    s.tools.requested = requested.iter().map(|r| (*r).to_owned()).collect();
    s
}

/// Observe `spans` then the agent span, and judge it.
fn run(e: &TrajectoryEvaluator, trace: u8, spans: Vec<AgentSpan>) -> Score {
    let mut batch = spans;
    batch.push(agent(trace));
    e.observe(&batch);
    e.evaluate(&agent(trace)).unwrap()
}

fn kinds(score: &Score) -> Vec<String> {
    score.detail.as_ref().unwrap()["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_clean_run_is_judged_ok_with_its_counts() {
    let e = evaluator(TrajectoryConfig::default());
    let score = run(
        &e,
        1,
        vec![
            llm(1, 1, &[("search", json!({"type": "object"}))], &["search"]),
            tool(1, 2, "search", r#"{"q": "flights to Porto"}"#),
            tool(1, 3, "search", r#"{"q": "hotels in Porto"}"#),
        ],
    );
    assert_eq!((score.value, score.label), (Some(0.0), Label::Ok));
    let d = score.detail.unwrap();
    assert_eq!(d["steps"], 3);
    assert_eq!(d["tool_calls"], 2);
    assert_eq!(d["declared"], true);
    assert!(d["kinds"].as_array().unwrap().is_empty());
    // Other spans are not judged.
    assert_eq!(e.evaluate(&tool(1, 9, "x", "{}")), None);
}

#[test]
fn the_same_call_three_times_is_a_loop_whatever_the_key_order() {
    let e = evaluator(TrajectoryConfig::default());
    let score = run(
        &e,
        2,
        vec![
            tool(2, 1, "get_weather", r#"{"city": "Paris", "unit": "C"}"#),
            tool(2, 2, "get_weather", r#"{"unit": "C",  "city": "Paris"}"#),
            tool(2, 3, "get_time", r#"{"tz": "CET"}"#),
            tool(2, 4, "get_weather", r#"{"city":"Paris","unit":"C"}"#),
        ],
    );
    assert_eq!((score.value, score.label), (Some(1.0), Label::Fail));
    assert_eq!(kinds(&score), ["loop"]);
    let d = score.detail.unwrap();
    assert_eq!(d["loop"], json!([{"tool": "get_weather", "calls": 3}]));
    assert!(!d.to_string().contains("Paris"), "no argument value: {d}");

    // Different arguments are not a loop; a higher threshold is not reached.
    let e = evaluator(TrajectoryConfig {
        loop_min_calls: 4,
        ..TrajectoryConfig::default()
    });
    let score = run(
        &e,
        3,
        vec![
            tool(3, 1, "get_weather", r#"{"city": "Paris"}"#),
            tool(3, 2, "get_weather", r#"{"city": "Paris"}"#),
            tool(3, 3, "get_weather", r#"{"city": "Paris"}"#),
            tool(3, 4, "get_weather", r#"{"city": "Rome"}"#),
        ],
    );
    assert_eq!(score.label, Label::Ok);
}

#[test]
fn alternating_tools_ping_pong() {
    let e = evaluator(TrajectoryConfig::default());
    let calls = |trace: u8, n: u8| -> Vec<AgentSpan> {
        (1..=n)
            .map(|i| {
                let name = if i % 2 == 1 { "lookup" } else { "validate" };
                tool(trace, i, name, &format!(r#"{{"step": {i}}}"#))
            })
            .collect()
    };
    let score = run(&e, 4, calls(4, 6));
    assert_eq!(kinds(&score), ["ping_pong"]);
    assert_eq!(
        score.detail.unwrap()["ping_pong"],
        json!({"tools": ["lookup", "validate"], "calls": 6})
    );
    // Five alternating calls stay under the default of six.
    assert_eq!(run(&e, 5, calls(5, 5)).label, Label::Ok);
}

#[test]
fn a_tool_never_declared_to_the_model_is_flagged() {
    let e = evaluator(TrajectoryConfig::default());
    let declared = [("search", json!({"type": "object"}))];
    let score = run(
        &e,
        6,
        vec![
            llm(6, 1, &declared, &["delete_account"]),
            tool(6, 2, "search", r#"{"q": 1}"#),
            tool(6, 3, "wire_money", r#"{"to": "x"}"#),
        ],
    );
    assert_eq!(kinds(&score), ["undeclared_tool"]);
    assert_eq!(
        score.detail.unwrap()["undeclared_tool"],
        json!(["delete_account", "wire_money"])
    );

    // Without definitions nothing is judged undeclared; nor with an incomplete list.
    let score = run(&e, 7, vec![tool(7, 1, "wire_money", "{}")]);
    assert_eq!(score.label, Label::Ok);
    assert_eq!(score.detail.unwrap()["declared"], false);
    let mut cut = llm(8, 1, &declared, &[]);
    cut.tools.definitions_truncated = true;
    let score = run(&e, 8, vec![cut, tool(8, 2, "wire_money", "{}")]);
    assert_eq!(score.label, Label::Ok);
}

#[test]
fn arguments_that_break_the_declared_schema_are_flagged_without_values() {
    let e = evaluator(TrajectoryConfig::default());
    let schema = json!({
        "type": "object",
        "required": ["from", "to"],
        "properties": {"from": {"type": "string"}, "to": {"type": "string"}, "seats": {"type": "integer"}}
    });
    let score = run(
        &e,
        9,
        vec![
            llm(9, 1, &[("book_flight", schema.clone())], &[]),
            tool(
                9,
                2,
                "book_flight",
                r#"{"from": "LIS", "to": "OPO", "seats": "two"}"#,
            ),
        ],
    );
    assert_eq!(kinds(&score), ["bad_arguments"]);
    let d = score.detail.unwrap();
    assert_eq!(
        d["bad_arguments"],
        json!([{"tool": "book_flight", "path": "$.seats", "problem": "wrong_type", "expected": "integer", "found": "string"}])
    );
    assert!(!d.to_string().contains("two"));

    let score = run(
        &e,
        10,
        vec![
            llm(10, 1, &[("book_flight", schema)], &[]),
            tool(
                10,
                2,
                "book_flight",
                r#"{"from": "LIS", "to": "OPO", "seats": 2}"#,
            ),
        ],
    );
    assert_eq!(score.label, Label::Ok);
}

#[test]
fn a_run_is_the_agent_span_and_what_is_below_it() {
    let e = evaluator(TrajectoryConfig::default());
    // Two sibling agents in one trace under a root; only the second loops.
    let root = [50; 8];
    let mut first = agent(11);
    first.span_id = [60; 8];
    first.parent_span_id = Some(root);
    let mut second = agent(11);
    second.span_id = [70; 8];
    second.parent_span_id = Some(root);
    let mut chain = test_span(); // a framework step between the agent and its tools
    chain.trace_id = [11; 16];
    chain.span_id = [71; 8];
    chain.parent_span_id = Some([70; 8]);
    let mut spans: Vec<AgentSpan> = (1..=3)
        .map(|n| {
            let mut t = tool(11, n, "poll", r#"{"job": 7}"#);
            t.parent_span_id = Some([71; 8]);
            t
        })
        .collect();
    let mut other = tool(11, 9, "answer", "{}");
    other.parent_span_id = Some([60; 8]);
    spans.extend([other, chain, first.clone(), second.clone()]);
    e.observe(&spans);
    let first = e.evaluate(&first).unwrap();
    assert_eq!(first.label, Label::Ok);
    assert_eq!(first.detail.unwrap()["tool_calls"], 1);
    let second = e.evaluate(&second).unwrap();
    assert_eq!(kinds(&second), ["loop"]);
    assert_eq!(second.detail.unwrap()["tool_calls"], 3);
}

#[test]
fn a_run_whose_steps_never_arrived_is_unscoreable() {
    let e = evaluator(TrajectoryConfig::default());
    let score = run(&e, 12, vec![]);
    assert_eq!((score.value, score.label), (None, Label::Unscoreable));
}

#[test]
fn counts_of_steps_and_tool_calls_per_run() {
    let judge = evaluator(TrajectoryConfig::default());
    let steps = RunStepsEvaluator::build(&RunCountConfig::default()).unwrap();
    let calls = RunToolCallsEvaluator::build(&RunCountConfig::default()).unwrap();
    let batch = vec![
        llm(13, 1, &[], &[]),
        tool(13, 2, "a", "{}"),
        llm(13, 3, &[], &[]),
        tool(13, 4, "b", "{}"),
        tool(13, 5, "a", "{}"),
        agent(13),
    ];
    judge.observe(&batch);
    // The counts are those of the run `trajectory` has just judged, as in the evaluator set.
    assert!(judge.evaluate(&agent(13)).is_some());
    assert_eq!(steps.evaluate(&agent(13)).unwrap().value, Some(5.0));
    assert_eq!(calls.evaluate(&agent(13)).unwrap().value, Some(3.0));
    assert_eq!(calls.evaluate(&tool(13, 2, "a", "{}")), None);
    // Another agent span gets nothing from the last judgement.
    assert_eq!(steps.evaluate(&agent(14)), None);
    // A run with no step seen is not counted (a zero would pull the baseline down).
    assert_eq!(
        judge.evaluate(&agent(14)).unwrap().label,
        Label::Unscoreable
    );
    assert_eq!(steps.evaluate(&agent(14)), None);
    assert_eq!(calls.evaluate(&agent(14)), None);
}

#[test]
fn counts_need_trajectory() {
    let off = TrajectoryConfig {
        enabled: false,
        ..TrajectoryConfig::default()
    };
    let on = RunCountConfig::default();
    let quiet = RunCountConfig { enabled: false };
    let mut issues = Vec::new();
    check_counts_need_trajectory(&off, [("a", &on), ("b", &quiet)], &mut |path, _| {
        issues.push(path.to_owned())
    });
    assert_eq!(issues, ["a"]);
    issues.clear();
    check_counts_need_trajectory(
        &TrajectoryConfig::default(),
        [("a", &on), ("b", &on)],
        &mut |path, _| issues.push(path.to_owned()),
    );
    assert!(issues.is_empty());
}

#[test]
fn settings_are_checked() {
    let mut issues = Vec::new();
    TrajectoryEvaluator::check(
        &TrajectoryConfig {
            max_traces: 1,
            loop_min_calls: 1,
            ping_pong_min_calls: 3,
            ..TrajectoryConfig::default()
        },
        &mut |field, _| issues.push(field.to_owned()),
    );
    assert_eq!(
        issues,
        ["max_traces", "loop_min_calls", "ping_pong_min_calls"]
    );
    let config: TrajectoryConfig = serde_yaml::from_str("loop_min_calls: 5").unwrap();
    assert_eq!(config.loop_min_calls, 5);
    assert!(serde_yaml::from_str::<TrajectoryConfig>("loops: 5").is_err());
}
