//! `format`: model replies declared to be JSON (`evaluators.format.expect`) that arrive as
//! something else. The kinds of failure, first that applies:
//! - `empty`: nothing but white space;
//! - `fenced`: wrapped in a markdown code fence (```` ```json … ``` ````) — the classic drift
//!   after a model update;
//! - `truncated`: JSON that ends before its last bracket (cut at the token limit);
//! - `leading_prose` / `trailing_prose`: JSON with text before or after it ("Here is the
//!   JSON: {…}", "{…} Let me know if …");
//! - `not_json`: anything else that does not parse;
//! - `wrong_type` / `missing_key`: JSON that breaks the declared schema (`detail` names the
//!   schema path, the expected and the found type — never a value).
//!
//! LLM spans are checked, and agent spans (an agent's final reply) when a declaration matches
//! them; only the final text: a turn that ends in tool calls is not the reply. The reply is parsed without building it unless a schema is declared.

pub mod config;
pub mod schema;

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::{Value, json};

use self::config::{ExpectConfig, FormatConfig};
use self::schema::{Schema, Violation};
use super::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};
use super::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, FinishReason, OperationKind};

pub use self::config::SchemaConfig;

/// Why a reply is not the JSON it was declared to be.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatFailure {
    /// Nothing but white space.
    Empty,
    /// Wrapped in a markdown code fence; `inner_json` says whether the fenced text parses.
    Fenced {
        /// The fenced text is valid JSON.
        inner_json: bool,
    },
    /// JSON cut before its end.
    Truncated,
    /// Text before the JSON.
    LeadingProse,
    /// Text after the JSON.
    TrailingProse,
    /// Not JSON at all.
    NotJson,
    /// JSON that breaks the declared schema.
    Schema(Violation),
}

impl FormatFailure {
    /// The kind, as stored in `detail.kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            FormatFailure::Empty => "empty",
            FormatFailure::Fenced { .. } => "fenced",
            FormatFailure::Truncated => "truncated",
            FormatFailure::LeadingProse => "leading_prose",
            FormatFailure::TrailingProse => "trailing_prose",
            FormatFailure::NotJson => "not_json",
            FormatFailure::Schema(Violation::WrongType { .. }) => "wrong_type",
            FormatFailure::Schema(Violation::MissingKey { .. }) => "missing_key",
        }
    }

    /// Evidence for `detail`: the kind and, for schema failures, the schema path and types.
    pub fn detail(&self, expectation: &str) -> Value {
        let mut detail = json!({ "kind": self.kind(), "expect": expectation });
        match self {
            FormatFailure::Fenced { inner_json } => detail["fenced_json_valid"] = json!(inner_json),
            FormatFailure::Schema(Violation::WrongType {
                path,
                expected,
                found,
            }) => {
                detail["path"] = json!(path);
                detail["expected"] = json!(expected.as_str());
                detail["found"] = json!(found.as_str());
            }
            FormatFailure::Schema(Violation::MissingKey { path }) => detail["path"] = json!(path),
            _ => {}
        }
        detail
    }
}

/// Check `reply` against a JSON declaration (with an optional schema).
pub fn check_json(reply: &str, schema: Option<&Schema>) -> Result<(), FormatFailure> {
    let text = reply.trim();
    if text.is_empty() {
        return Err(FormatFailure::Empty);
    }
    if text.starts_with("```") {
        let inner = unfence(text);
        return Err(FormatFailure::Fenced {
            inner_json: parses(inner, None).is_ok(),
        });
    }
    parses(text, schema)
}

/// The text inside a fence: after the opening line, before the closing fence (if any).
fn unfence(text: &str) -> &str {
    let body = text.split_once('\n').map_or("", |(_, rest)| rest);
    let body = body.trim_end();
    body.strip_suffix("```").unwrap_or(body)
}

fn parses(text: &str, schema: Option<&Schema>) -> Result<(), FormatFailure> {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = match schema {
        None => IgnoredAny::deserialize(&mut de).map(|_| None),
        Some(_) => Value::deserialize(&mut de).map(Some),
    };
    match parsed {
        Ok(value) => {
            if de.end().is_err() {
                return Err(FormatFailure::TrailingProse);
            }
            if let (Some(schema), Some(value)) = (schema, value)
                && let Some(violation) = schema.check(&value)
            {
                return Err(FormatFailure::Schema(violation));
            }
            Ok(())
        }
        Err(e) if e.is_eof() => Err(FormatFailure::Truncated),
        Err(_) => {
            // Prose first, then JSON: a bracket later on that starts a value running to the
            // end (or one followed by more prose, which is still prose around JSON).
            let starts_json = text.starts_with(['{', '[']);
            if !starts_json && let Some(at) = text.find(['{', '[']) {
                let mut rest = serde_json::Deserializer::from_str(&text[at..]);
                if IgnoredAny::deserialize(&mut rest).is_ok() {
                    return Err(FormatFailure::LeadingProse);
                }
            }
            Err(FormatFailure::NotJson)
        }
    }
}

/// A compiled declaration.
struct Expectation {
    name: String,
    service: Option<String>,
    agent: Option<String>,
    operation: Option<String>,
    model: Option<ModelPattern>,
    schema: Option<Schema>,
}

/// A model name, or a pattern with `*`, lower-cased.
struct ModelPattern {
    parts: Vec<String>,
    wildcard: bool,
}

impl ModelPattern {
    fn new(pattern: &str) -> ModelPattern {
        let lower = pattern.trim().to_ascii_lowercase();
        ModelPattern {
            wildcard: lower.contains('*'),
            parts: lower.split('*').map(str::to_owned).collect(),
        }
    }

    fn matches(&self, model: &str) -> bool {
        if !self.wildcard {
            return self.parts[0].eq_ignore_ascii_case(model);
        }
        let model = model.to_ascii_lowercase();
        let (first, rest) = self.parts.split_first().expect("split yields one part");
        let Some(mut tail) = model.strip_prefix(first.as_str()) else {
            return false;
        };
        let Some((last, middle)) = rest.split_last() else {
            return true;
        };
        for part in middle {
            match tail.find(part.as_str()) {
                Some(at) => tail = &tail[at + part.len()..],
                None => return false,
            }
        }
        tail.ends_with(last.as_str())
    }
}

impl Expectation {
    fn applies_to(&self, span: &AgentSpan) -> bool {
        let same = |want: &Option<String>, have: Option<&str>| {
            want.as_deref().is_none_or(|w| Some(w) == have)
        };
        same(&self.service, Some(span.service.as_str()))
            && same(&self.agent, span.agent.as_deref())
            && same(&self.operation, span.operation.as_deref())
            && self
                .model
                .as_ref()
                .is_none_or(|m| span.model.as_deref().is_some_and(|model| m.matches(model)))
    }
}

/// Checks declared model replies.
pub struct FormatEvaluator {
    expectations: Vec<Expectation>,
}

impl FormatEvaluator {
    /// Build from `evaluators.format` (which must pass its checks).
    pub fn new(config: &FormatConfig) -> Result<FormatEvaluator, String> {
        let mut problems = Vec::new();
        let expectations = config
            .expect
            .iter()
            .enumerate()
            .map(|(i, e)| compile(i, e, &mut |p, m| problems.push(format!("{p}: {m}"))))
            .collect();
        match problems.into_iter().next() {
            Some(first) => Err(first),
            None => Ok(FormatEvaluator { expectations }),
        }
    }
}

fn compile(i: usize, e: &ExpectConfig, issue: &mut dyn FnMut(String, String)) -> Expectation {
    let path = format!("expect[{i}]");
    if e.format != "json" {
        issue(
            format!("{path}.format"),
            format!("'{}' is not a format agentwatch checks (json)", e.format),
        );
    }
    for (field, value) in [
        ("name", &e.name),
        ("service", &e.service),
        ("agent", &e.agent),
        ("operation", &e.operation),
        ("model", &e.model),
    ] {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            issue(
                format!("{path}.{field}"),
                "must not be empty (leave it out for any)".into(),
            );
        }
    }
    Expectation {
        name: e.name.clone().unwrap_or_else(|| path.clone()),
        service: e.service.clone(),
        agent: e.agent.clone(),
        operation: e.operation.clone(),
        model: e.model.as_deref().map(ModelPattern::new),
        schema: e
            .schema
            .as_ref()
            .map(|s| Schema::compile(s, &format!("{path}.schema"), issue)),
    }
}

impl Registered for FormatEvaluator {
    type Config = FormatConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "format",
        wire_id: 7,
        aggregation: Aggregation::Counts,
        // Per service and agent, not per model: a model update that changes the reply's format
        // usually changes the model name too, and a new series would have no baseline.
        dimension: Dimension::Whole,
        rows: crate::eval::Rows::Every,
        // Fraction of declared replies that are not the JSON they should be.
        metrics: &[MetricDef {
            name: "format_error_rate",
            statistic: Statistic::HitRate,
        }],
        default_rules: &[DefaultRule {
            name: "format_error_rate_anomaly",
            metric: "format_error_rate",
            check: DefaultCheck::Anomaly,
            for_windows: 2,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &FormatConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &FormatConfig,
    ) -> Result<FormatEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(FormatEvaluator::new(config)?)
    }

    fn check(config: &FormatConfig, issue: &mut dyn FnMut(&str, String)) {
        for (i, e) in config.expect.iter().enumerate() {
            compile(i, e, &mut |path, message| issue(&path, message));
        }
    }
}

impl Evaluator for FormatEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        let reply_span = matches!(span.kind, OperationKind::Llm | OperationKind::Agent);
        if !reply_span || span.finish_reason == Some(FinishReason::ToolCalls) {
            return None;
        }
        let expectation = self.expectations.iter().find(|e| e.applies_to(span))?;
        let unscoreable = |reason: &str| Score {
            evaluator: Self::DESCRIPTOR.name,
            value: None,
            label: Label::Unscoreable,
            detail: Some(json!({ "reason": reason, "expect": expectation.name })),
        };
        let Some(reply) = span.output.text.as_deref() else {
            return Some(unscoreable("no captured output"));
        };
        if span.output.truncated {
            return Some(unscoreable("output cut at the receiver's content limit"));
        }
        Some(match check_json(reply, expectation.schema.as_ref()) {
            Ok(()) => Score {
                evaluator: Self::DESCRIPTOR.name,
                value: Some(0.0),
                label: Label::Ok,
                detail: None,
            },
            Err(failure) => Score {
                evaluator: Self::DESCRIPTOR.name,
                value: Some(1.0),
                label: Label::Fail,
                detail: Some(failure.detail(&expectation.name)),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;
    use crate::normalize::Content;

    fn kind(reply: &str) -> &'static str {
        match check_json(reply, None) {
            Ok(()) => "ok",
            Err(f) => f.kind(),
        }
    }

    #[test]
    fn every_kind_of_drift_is_told_apart() {
        assert_eq!(kind(r#"{"city": "Lisbon", "days": 3}"#), "ok");
        assert_eq!(kind("  [1, 2, 3]\n"), "ok");
        assert_eq!(kind(""), "empty");
        assert_eq!(kind(" \n\t"), "empty");
        assert_eq!(kind("```json\n{\"city\": \"Lisbon\"}\n```"), "fenced");
        assert_eq!(kind("```\n{\"city\": \"Lisbon\"}\n```"), "fenced");
        assert_eq!(kind(r#"{"city": "Lisbon", "days": [1, 2"#), "truncated");
        assert_eq!(kind(r#"{"city": "Lis"#), "truncated");
        assert_eq!(
            kind("Here is the itinerary:\n{\"city\": \"Lisbon\"}"),
            "leading_prose"
        );
        assert_eq!(
            kind("{\"city\": \"Lisbon\"}\nLet me know if you want changes."),
            "trailing_prose"
        );
        assert_eq!(kind("Sure! Lisbon is lovely in May."), "not_json");
        assert_eq!(kind("{city: Lisbon}"), "not_json");
        assert_eq!(
            check_json("```json\n{\"a\": 1}\n```", None),
            Err(FormatFailure::Fenced { inner_json: true })
        );
        assert_eq!(
            check_json("```json\n{\"a\": \n```", None),
            Err(FormatFailure::Fenced { inner_json: false })
        );
    }

    fn llm(reply: Option<&str>, model: &str) -> AgentSpan {
        let mut s = test_span();
        s.kind = OperationKind::Llm;
        s.agent = Some("planner".into());
        s.operation = Some("chat".into());
        s.model = Some(model.into());
        s.output = Content {
            text: reply.map(str::to_owned),
            truncated: false,
        };
        s
    }

    fn evaluator(yaml: &str) -> FormatEvaluator {
        let config: FormatConfig = serde_yaml::from_str(yaml).unwrap();
        FormatEvaluator::new(&config).unwrap()
    }

    #[test]
    fn declared_replies_are_checked_and_evidence_holds_no_content() {
        let eval = evaluator(
            "expect:
  - name: itinerary
    agent: planner
    model: gpt-4o*
    schema:
      type: object
      required: [destination]
      properties: {destination: {type: string}, days: {type: integer}}",
        );
        let ok = eval
            .evaluate(&llm(
                Some(r#"{"destination": "Lisbon", "days": 3}"#),
                "gpt-4o-2024-08-06",
            ))
            .unwrap();
        assert_eq!((ok.value, ok.label), (Some(0.0), Label::Ok));
        let secret = "4111 1111 1111 1111";
        let bad = eval
            .evaluate(&llm(
                Some(&format!(
                    r#"{{"destination": "{secret}", "days": "three"}}"#
                )),
                "GPT-4o-mini",
            ))
            .unwrap();
        assert_eq!(bad.label, Label::Fail);
        let detail = bad.detail.unwrap();
        assert_eq!(
            detail,
            json!({"kind": "wrong_type", "expect": "itinerary", "path": "$.days",
                   "expected": "integer", "found": "string"})
        );
        assert!(!detail.to_string().contains(secret));
        let fenced = eval
            .evaluate(&llm(
                Some("```json\n{\"destination\": \"x\"}\n```"),
                "gpt-4o",
            ))
            .unwrap();
        assert_eq!(fenced.detail.unwrap()["kind"], "fenced");
        // Not declared: another model, another agent, a tool-call turn, a tool span.
        assert_eq!(eval.evaluate(&llm(Some("hi"), "claude-3-5-haiku")), None);
        let mut other = llm(Some("hi"), "gpt-4o");
        other.agent = Some("booker".into());
        assert_eq!(eval.evaluate(&other), None);
        let mut tool_turn = llm(Some("search_flights({})"), "gpt-4o");
        tool_turn.finish_reason = Some(FinishReason::ToolCalls);
        assert_eq!(eval.evaluate(&tool_turn), None);
        let mut tool = llm(Some("hi"), "gpt-4o");
        tool.kind = OperationKind::Tool;
        assert_eq!(eval.evaluate(&tool), None);
        // Declared, but nothing captured.
        let none = eval.evaluate(&llm(None, "gpt-4o")).unwrap();
        assert_eq!(none.label, Label::Unscoreable);
    }

    #[test]
    fn model_patterns() {
        let p = ModelPattern::new("gpt-4o*");
        assert!(p.matches("gpt-4o") && p.matches("GPT-4o-2024-08-06"));
        assert!(!p.matches("gpt-4"));
        let p = ModelPattern::new("*sonnet*2025*");
        assert!(p.matches("claude-sonnet-4-5-20250929"));
        assert!(!p.matches("claude-sonnet-4-5-20241022"));
        let exact = ModelPattern::new("gpt-4o");
        assert!(exact.matches("GPT-4O") && !exact.matches("gpt-4o-mini"));
    }

    #[test]
    fn bad_declarations_are_named_by_path() {
        let config: FormatConfig = serde_yaml::from_str(
            "expect:
  - format: yaml
  - model: ''
    schema: {type: obj}",
        )
        .unwrap();
        let mut problems = Vec::new();
        FormatEvaluator::check(&config, &mut |p, m| problems.push(format!("{p}: {m}")));
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].starts_with("expect[0].format: 'yaml' is not a format"));
        assert!(problems[1].starts_with("expect[1].model: must not be empty"));
        assert!(problems[2].starts_with("expect[1].schema.type: 'obj' is not a JSON type"));
        assert!(FormatEvaluator::new(&config).is_err());
    }
}
