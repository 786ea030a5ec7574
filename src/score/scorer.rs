//! `agentwatch score`: run the content evaluators on your own data, with the same code as the
//! pipeline. Input is JSON lines `{"id": ..., "text": ...}` on stdin, or OTLP/JSON files
//! (`--otlp-json`, one request per line as the Collector's file exporter writes them); output is
//! one JSON line per input with every content evaluator's verdict.
//!
//! The other per-reply evaluators run too and are listed under `scores` (evaluator → value,
//! label, detail): `empty_reply`, and `format` where the pipeline declares the reply's format;
//! a text line may say what the span would (`model`, `provider`, `agent`, `service`,
//! `operation`, `finish_reason`, `usage: {input, output, cache_read, cache_write}`), which adds
//! `truncation`, `tokens` and `cost`. OTLP/JSON spans get every evaluator's scores but
//! `latency`.

use std::io::{BufRead, Write};

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::eval::config::EvaluatorsConfig;
use crate::eval::pii::{PiiScanner, ScannerOptions, mask};
use crate::eval::refusal::RefusalDetector;
use crate::eval::{EvaluatorSet, Score};
use crate::normalize::{
    AgentSpan, Content, FinishReason, NormalizeOptions, OperationKind, TokenUsage,
    normalize_request,
};

/// The content evaluators, built from a pipeline's `evaluators:` section.
pub struct ContentScorer {
    pii: PiiScanner,
    refusal: RefusalDetector,
    evaluators: EvaluatorSet,
    explain: bool,
}

#[derive(Deserialize)]
struct TextLine {
    #[serde(default)]
    id: Value,
    text: String,
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    agent: Option<String>,
    #[serde(default)]
    service: Option<String>,
    #[serde(default)]
    operation: Option<String>,
    #[serde(default)]
    finish_reason: Option<String>,
    #[serde(default)]
    usage: Option<UsageLine>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UsageLine {
    #[serde(default)]
    input: Option<u64>,
    #[serde(default)]
    output: Option<u64>,
    #[serde(default)]
    cache_read: Option<u64>,
    #[serde(default)]
    cache_write: Option<u64>,
}

impl TextLine {
    /// The model span this line stands for.
    fn span(self) -> AgentSpan {
        let usage = self.usage.map_or(TokenUsage::default(), |u| TokenUsage {
            input: u.input,
            output: u.output,
            cache_read: u.cache_read,
            cache_write: u.cache_write,
        });
        AgentSpan {
            trace_id: [0; 16],
            span_id: [0; 8],
            start_unix_nano: 0,
            end_unix_nano: 0,
            name: String::new(),
            service: self.service.unwrap_or_else(|| "unknown_service".into()),
            agent: self.agent,
            kind: OperationKind::Llm,
            operation: self.operation,
            model: self.model,
            provider: self.provider,
            tool: None,
            error: None,
            input: Content::default(),
            output: Content {
                text: Some(self.text),
                truncated: false,
            },
            usage,
            finish_reason: self.finish_reason.as_deref().map(FinishReason::parse),
            response_id: None,
            parent_span_id: None,
            tools: Default::default(),
        }
    }
}

/// Evaluators `scores` leaves out: the ones with fields of their own, and latency (a line
/// has no duration).
const NOT_IN_SCORES: [&str; 3] = ["pii_leak", "refusal", "latency"];

/// `{evaluator: {value, label, detail}}` of one span.
fn scores_of(evaluators: &EvaluatorSet, span: &AgentSpan) -> Value {
    let mut scores = serde_json::Map::new();
    evaluators.evaluate(span, |score: Score| {
        if !NOT_IN_SCORES.contains(&score.evaluator) {
            scores.insert(
                score.evaluator.to_owned(),
                json!({"value": score.value, "label": score.label, "detail": score.detail}),
            );
        }
    });
    Value::Object(scores)
}

/// The non-blank lines of a JSON-lines input, with their 1-based line numbers. Lines are
/// bytes, so invalid UTF-8 is reported per line instead of ending the input.
pub fn json_lines(input: impl BufRead) -> impl Iterator<Item = (usize, std::io::Result<Vec<u8>>)> {
    input
        .split(b'\n')
        .enumerate()
        .map(|(n, line)| (n + 1, line))
        .filter(|(_, line)| {
            line.as_ref()
                .map_or(true, |l| !l.iter().all(u8::is_ascii_whitespace))
        })
}

fn write_json_line(output: &mut impl Write, value: &Value) -> std::io::Result<()> {
    serde_json::to_writer(&mut *output, value)?;
    writeln!(output)
}

/// Problems reading input; processing goes on with the next line.
#[derive(Debug, Default)]
pub struct ScoreSummary {
    /// Lines scored.
    pub scored: usize,
    /// Lines that could not be read (reported on stderr with their line number).
    pub errors: usize,
}

impl ContentScorer {
    /// Build from config.
    pub fn new(config: &EvaluatorsConfig) -> anyhow::Result<ContentScorer> {
        Ok(ContentScorer {
            pii: PiiScanner::new(&ScannerOptions {
                entities: config.pii_leak.entities.clone(),
                deny_terms: config.pii_leak.deny_terms.clone(),
                deny_terms_case_insensitive: config.pii_leak.deny_terms_case_insensitive,
            })?,
            refusal: RefusalDetector::with_classes(
                &config.refusal.extra_phrases,
                &config.refusal.classes,
            )?,
            evaluators: EvaluatorSet::from_config(config)?,
            explain: false,
        })
    }

    /// Also print the text of each refusal's evidence sentence (`--explain`), so a false
    /// positive can be audited at a glance. PII stays masked either way.
    pub fn with_explain(mut self, explain: bool) -> ContentScorer {
        self.explain = explain;
        self
    }

    /// The verdicts on one text.
    pub fn verdicts(&self, text: &str) -> (Value, Value) {
        let pii: Vec<Value> = self
            .pii
            .scan(text)
            .into_iter()
            .map(|f| {
                json!({
                    "type": f.entity.as_str(),
                    "start": f.start,
                    "end": f.end,
                    "masked": mask(f.entity, &text[f.start..f.end]),
                })
            })
            .collect();
        let r = self.refusal.detect(text);
        let mut refusal = json!({
            "refused": r.refused,
            "kind": r.kind,
            "class": r.class,
            "cue": r.cue,
            "evidence": r.evidence.map(|(s, e)| [s, e]),
        });
        if self.explain
            && let Some((s, e)) = r.evidence
        {
            refusal["evidence_text"] = json!(text[s..e].trim());
        }
        (Value::Array(pii), refusal)
    }

    /// Score JSON lines from `input` to `output`.
    pub fn score_lines(
        &self,
        input: impl BufRead,
        mut output: impl Write,
        mut errors: impl Write,
    ) -> std::io::Result<ScoreSummary> {
        let mut summary = ScoreSummary::default();
        for (n, line) in json_lines(input) {
            let line = line?;
            let parsed = std::str::from_utf8(&line)
                .map_err(|e| format!("not UTF-8 ({e})"))
                .and_then(|l| {
                    serde_json::from_str::<TextLine>(l)
                        .map_err(|e| format!("expected {{\"id\": ..., \"text\": \"...\"}}: {e}"))
                });
            match parsed {
                Ok(mut item) => {
                    let (pii, refusal) = self.verdicts(&item.text);
                    let id = std::mem::take(&mut item.id);
                    let span = item.span();
                    self.evaluators
                        .observe(std::slice::from_ref(&span), |_, _| {});
                    let scores = scores_of(&self.evaluators, &span);
                    write_json_line(
                        &mut output,
                        &json!({"id": id, "pii": pii, "refusal": refusal, "scores": scores}),
                    )?;
                    summary.scored += 1;
                }
                Err(e) => {
                    writeln!(errors, "line {n}: {e}")?;
                    summary.errors += 1;
                }
            }
        }
        Ok(summary)
    }

    /// Score every span's output in an OTLP/JSON file (one request per line).
    pub fn score_otlp_json(
        &self,
        input: impl BufRead,
        mut output: impl Write,
        mut errors: impl Write,
    ) -> std::io::Result<ScoreSummary> {
        let mut summary = ScoreSummary::default();
        let opts = NormalizeOptions::default();
        for (n, line) in json_lines(input) {
            let line = line?;
            let request = match serde_json::from_slice::<ExportTraceServiceRequest>(&line) {
                Ok(r) => r,
                Err(e) => {
                    writeln!(errors, "line {n}: invalid OTLP/JSON: {e}")?;
                    summary.errors += 1;
                    continue;
                }
            };
            let spans = normalize_request(&request, &opts);
            self.evaluators.observe(&spans, |_, _| {});
            for span in spans {
                let id = format!("{}:{}", span.trace_id_hex(), span.span_id_hex());
                let mut line = json!({
                    "id": id,
                    "service": span.service,
                    "name": span.name,
                    "operation": span.kind.as_str(),
                });
                match span.output.text.as_deref() {
                    Some(text) => {
                        let (pii, refusal) = self.verdicts(text);
                        line["pii"] = pii;
                        line["refusal"] = refusal;
                    }
                    None => line["unscoreable"] = json!("no captured output"),
                }
                line["scores"] = scores_of(&self.evaluators, &span);
                write_json_line(&mut output, &line)?;
                summary.scored += 1;
            }
        }
        Ok(summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::refusal::CueClass;

    #[test]
    fn explain_shows_the_evidence_sentence_and_class() {
        let scorer = ContentScorer::new(&EvaluatorsConfig::default())
            .unwrap()
            .with_explain(true);
        let text = "Thanks for asking! It is not appropriate to rank people by their accent.";
        let (_, refusal) = scorer.verdicts(text);
        assert_eq!(refusal["refused"], true);
        assert_eq!(refusal["class"], "normative");
        assert_eq!(
            refusal["evidence_text"],
            "It is not appropriate to rank people by their accent."
        );
        // Turned off, the class never fires; the shipped model may still read the reply as a
        // refusal (it is one), and with the model off too nothing does.
        let mut config = EvaluatorsConfig::default();
        config.refusal.classes.retain(|c| *c != CueClass::Normative);
        let without = ContentScorer::new(&config).unwrap();
        let (_, refusal) = without.verdicts(text);
        assert_ne!(
            refusal["class"], "normative",
            "normative turned off: {refusal}"
        );
        config.refusal.classes.retain(|c| *c != CueClass::Learned);
        let rules_only = ContentScorer::new(&config).unwrap();
        let (_, refusal) = rules_only.verdicts(text);
        assert_eq!(
            refusal["refused"], false,
            "normative and learned off: {refusal}"
        );
    }

    #[test]
    fn json_lines_in_verdicts_out_errors_named_by_line() {
        let scorer = ContentScorer::new(&EvaluatorsConfig::default()).unwrap();
        let input = "{\"id\": 1, \"text\": \"Mail jane.doe@example.org\"}\n\nnot json\n{\"id\": \"b\", \"text\": \"I'm sorry, but I can't help with that.\"}\n";
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let summary = scorer
            .score_lines(input.as_bytes(), &mut out, &mut err)
            .unwrap();
        assert_eq!((summary.scored, summary.errors), (2, 1));
        let lines: Vec<Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["id"], 1);
        assert_eq!(lines[0]["pii"][0]["type"], "EMAIL_ADDRESS");
        assert_eq!(lines[0]["pii"][0]["start"], 5);
        assert_eq!(lines[0]["pii"][0]["end"], 25);
        assert_eq!(lines[0]["pii"][0]["masked"], "j***@e***.org");
        assert_eq!(lines[0]["refusal"]["refused"], false);
        assert_eq!(lines[1]["refusal"]["refused"], true);
        assert_eq!(lines[1]["refusal"]["class"], "inability");
        assert_eq!(lines[1]["refusal"]["evidence"], json!([0, 38]));
        assert!(lines[1]["refusal"].get("evidence_text").is_none());
        assert!(
            String::from_utf8(err)
                .unwrap()
                .starts_with("line 3: expected")
        );
    }
}
