//! `evaluators:` — each evaluator's settings, and the values they take.

use std::time::Duration;

use serde::Deserialize;

use super::refusal::CueClass;
use crate::config::serde_duration;

/// `evaluators:`
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct EvaluatorsConfig {
    /// PII and secrets in content.
    pub pii_leak: PiiLeakConfig,
    /// Model replies that decline the request.
    pub refusal: RefusalConfig,
    /// Failed tool calls.
    pub tool_error: ToolErrorConfig,
    /// Span duration.
    pub latency: LatencyConfig,
}

/// Which side of a span a content evaluator reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentField {
    /// Model reply / tool result.
    Output,
    /// Prompt / tool arguments.
    Input,
}

impl ContentField {
    /// The spelling used in config and in score details.
    pub fn as_str(self) -> &'static str {
        match self {
            ContentField::Output => "output",
            ContentField::Input => "input",
        }
    }
}

/// `evaluators.pii_leak:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct PiiLeakConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Sides of a span to scan: `output` (model replies, tool results) and optionally `input`.
    pub fields: Vec<ContentField>,
    /// Entity types to report (Presidio names: EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, ...).
    pub entities: Vec<crate::eval::pii::EntityType>,
    /// Terms that must never appear (project code names, internal hostnames), reported as DENY_TERM.
    pub deny_terms: Vec<String>,
    /// Match deny terms ignoring ASCII case.
    pub deny_terms_case_insensitive: bool,
    /// At most this many findings (masked) are listed in a score's detail; all are counted.
    pub max_detail_findings: usize,
}

impl Default for PiiLeakConfig {
    fn default() -> Self {
        PiiLeakConfig {
            enabled: true,
            fields: vec![ContentField::Output],
            entities: crate::eval::pii::EntityType::ALL.to_vec(),
            deny_terms: Vec::new(),
            deny_terms_case_insensitive: true,
            max_detail_findings: 20,
        }
    }
}

/// `evaluators.refusal:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RefusalConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// More phrases that mean "declined" in your domain (matched ignoring case, curly quotes
    /// and extra spaces), e.g. "against our travel policy".
    pub extra_phrases: Vec<String>,
    /// Cue classes that count as a refusal (default: all). Drop one that does not fit your
    /// agent, e.g. `deflection` for a support bot whose job is to hand over to humans.
    pub classes: Vec<CueClass>,
}

impl Default for RefusalConfig {
    fn default() -> Self {
        RefusalConfig {
            enabled: true,
            extra_phrases: Vec::new(),
            classes: CueClass::ALL.to_vec(),
        }
    }
}

/// `evaluators.tool_error:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ToolErrorConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Treat a tool output that is a JSON object with one of these top-level keys (e.g. `error`)
    /// as a failure even when the span status is OK. Empty disables payload inspection.
    pub error_payload_keys: Vec<String>,
}

impl Default for ToolErrorConfig {
    fn default() -> Self {
        ToolErrorConfig {
            enabled: true,
            error_payload_keys: vec!["error".into()],
        }
    }
}

/// `evaluators.latency:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct LatencyConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Spans slower than this are labelled `slow` (the value is always the duration in ms).
    #[serde(with = "serde_duration")]
    pub slow_threshold: Duration,
}

impl Default for LatencyConfig {
    fn default() -> Self {
        LatencyConfig {
            enabled: true,
            slow_threshold: Duration::from_secs(30),
        }
    }
}

impl EvaluatorsConfig {
    /// Value rules, reported under `evaluators.*`.
    pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        let pii = &self.pii_leak;
        if pii.enabled && pii.fields.is_empty() {
            issue(
                "evaluators.pii_leak.fields",
                "must name at least one of output, input".into(),
            );
        }
        if pii.enabled && pii.entities.is_empty() {
            issue(
                "evaluators.pii_leak.entities",
                "is empty: list entity types, or set enabled: false".into(),
            );
        }
        for (i, term) in pii.deny_terms.iter().enumerate() {
            if term.trim().chars().count() < 3 {
                issue(
                    &format!("evaluators.pii_leak.deny_terms[{i}]"),
                    format!("'{term}' is too short (at least 3 characters) to match reliably"),
                );
            }
        }
        if pii.deny_terms.len() > 100_000 {
            issue(
                "evaluators.pii_leak.deny_terms",
                format!("{} terms is over the 100000 allowed", pii.deny_terms.len()),
            );
        }
        for (i, phrase) in self.refusal.extra_phrases.iter().enumerate() {
            if phrase.trim().chars().count() < 6 {
                issue(
                    &format!("evaluators.refusal.extra_phrases[{i}]"),
                    format!("'{phrase}' is too short (at least 6 characters) to mean a refusal"),
                );
            }
        }
        if self.latency.slow_threshold.is_zero() {
            issue(
                "evaluators.latency.slow_threshold",
                "must be greater than 0".into(),
            );
        }
        for (i, key) in self.tool_error.error_payload_keys.iter().enumerate() {
            if key.is_empty() {
                issue(
                    &format!("evaluators.tool_error.error_payload_keys[{i}]"),
                    "must not be empty".into(),
                );
            }
        }
    }
}
