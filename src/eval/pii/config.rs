//! `evaluators.pii_leak:` — the PII evaluator's settings.

use serde::Deserialize;

use super::entity::EntityType;

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
    pub entities: Vec<EntityType>,
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
            entities: EntityType::ALL.to_vec(),
            deny_terms: Vec::new(),
            deny_terms_case_insensitive: true,
            max_detail_findings: 20,
        }
    }
}
