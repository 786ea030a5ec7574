//! `pii_leak`: PII and secrets in what the model or a tool produced (and, if configured, in
//! what was sent to it). Evidence is masked before it leaves this module: the scores table must
//! never become a copy of the PII it reports.

mod card;
mod checks;
pub mod config;
mod email;
mod entity;
mod iban;
mod ip;
mod mask;
mod numbers;
mod phone;
mod registered;
mod scanner;
mod secret;
mod ssn;
mod text;
mod token;

use std::collections::BTreeMap;

use serde_json::json;

pub use entity::{EntityType, Finding};
pub use mask::mask;
pub use scanner::{PiiScanner, ScannerError, ScannerOptions};

use self::config::{ContentField, PiiLeakConfig};
use super::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, OperationKind};

/// Scores spans by the PII they carry: the value is the number of findings.
pub struct PiiLeakEvaluator {
    scanner: PiiScanner,
    fields: Vec<ContentField>,
    max_detail_findings: usize,
}

impl PiiLeakEvaluator {
    /// Build from `evaluators.pii_leak`.
    pub fn new(config: &PiiLeakConfig) -> Result<PiiLeakEvaluator, ScannerError> {
        Ok(PiiLeakEvaluator {
            scanner: PiiScanner::new(&ScannerOptions {
                entities: config.entities.clone(),
                deny_terms: config.deny_terms.clone(),
                deny_terms_case_insensitive: config.deny_terms_case_insensitive,
            })?,
            fields: config.fields.clone(),
            max_detail_findings: config.max_detail_findings,
        })
    }

    /// The scanner, for `agentwatch score`.
    pub fn scanner(&self) -> &PiiScanner {
        &self.scanner
    }
}

impl Evaluator for PiiLeakEvaluator {
    fn name(&self) -> &'static str {
        "pii_leak"
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        let mut counts: BTreeMap<&'static str, u64> = BTreeMap::new();
        let mut shown = Vec::new();
        let mut scanned = false;
        let mut truncated = false;
        let mut total = 0u64;
        for field in &self.fields {
            let content = match field {
                ContentField::Output => &span.output,
                ContentField::Input => &span.input,
            };
            let Some(text) = content.text.as_deref() else {
                continue;
            };
            scanned = true;
            truncated |= content.truncated;
            for f in self.scanner.scan(text) {
                total += 1;
                *counts.entry(f.entity.as_str()).or_default() += 1;
                if shown.len() < self.max_detail_findings {
                    shown.push(json!({
                        "type": f.entity.as_str(),
                        "field": field.as_str(),
                        "start": f.start,
                        "end": f.end,
                        "masked": mask(f.entity, &text[f.start..f.end]),
                    }));
                }
            }
        }
        if !scanned {
            // Model, tool, agent and retrieval spans are expected to carry content: say we
            // could not judge them. Other spans (plain HTTP, DB) are simply not applicable.
            return (span.kind != OperationKind::Other).then(|| Score {
                evaluator: self.name(),
                value: None,
                label: Label::Unscoreable,
                detail: Some(json!({"reason": "no captured content"})),
            });
        }
        Some(Score {
            evaluator: self.name(),
            value: Some(total as f64),
            label: if total > 0 { Label::Fail } else { Label::Ok },
            detail: (total > 0 || truncated).then(
                || json!({"counts": counts, "findings": shown, "content_truncated": truncated}),
            ),
        })
    }
}
