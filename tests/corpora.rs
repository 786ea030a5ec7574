//! The evaluators measured against labelled corpora (see tests/data/README.md):
//! precision and recall per PII entity type and for refusals, asserted, and printed with
//! `cargo test --test corpora -- --nocapture`.
//!
//! Two kinds of corpora: `tests/data/pii` and `tests/data/refusal` are the development sets
//! the evaluators were tuned on; `tests/data/holdout` was written independently afterwards and
//! is never used for tuning — its figures are the honest estimate of how the evaluators
//! generalize, and its floors only guard against regressions.

use std::collections::BTreeMap;

use agentwatch::eval::pii::{EntityType, PiiScanner, ScannerOptions, mask};
use agentwatch::eval::refusal::RefusalDetector;
use serde::Deserialize;

#[derive(Deserialize)]
struct PiiCase {
    id: String,
    text: String,
    entities: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    #[serde(rename = "type")]
    entity: String,
    value: String,
}

#[derive(Deserialize)]
struct RefusalCase {
    id: String,
    text: String,
    refused: bool,
    kind: String,
}

#[derive(Default, Debug, Clone, Copy)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

fn read(name: &str) -> String {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn jsonl<T: serde::de::DeserializeOwned>(name: &str) -> Vec<T> {
    read(name)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{name}: {e}: {l}")))
        .collect()
}

/// The deny terms the PII corpora were labelled with.
const DENY_TERMS: [&str; 3] = ["Project Nightingale", "ACME-INTERNAL", "falcon-9-ledger"];

fn scanner() -> PiiScanner {
    PiiScanner::new(&ScannerOptions {
        entities: EntityType::ALL.to_vec(),
        deny_terms: DENY_TERMS.iter().map(|s| s.to_string()).collect(),
        deny_terms_case_insensitive: true,
    })
    .unwrap()
}

/// Expected (type, start, end) for every occurrence of every labelled value.
fn expected_spans(case: &PiiCase) -> Vec<(EntityType, usize, usize)> {
    let mut out = Vec::new();
    for l in &case.entities {
        let entity = EntityType::parse(&l.entity)
            .unwrap_or_else(|| panic!("{}: unknown type {}", case.id, l.entity));
        assert!(
            case.text.contains(&l.value),
            "{}: labelled value not in text",
            case.id
        );
        for (start, _) in case.text.match_indices(&l.value) {
            out.push((entity, start, start + l.value.len()));
        }
    }
    out.sort();
    out.dedup();
    out
}

struct PiiReport {
    tallies: BTreeMap<EntityType, Tally>,
    negatives: usize,
    cases: usize,
}

/// A finding counts when it has the labelled type and exactly the labelled byte range.
fn measure_pii(name: &str) -> PiiReport {
    let scanner = scanner();
    let cases: Vec<PiiCase> = jsonl(name);
    let mut tallies: BTreeMap<EntityType, Tally> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut negatives = 0;
    for case in &cases {
        if case.entities.is_empty() {
            negatives += 1;
        }
        let expected = expected_spans(case);
        let mut matched = vec![false; expected.len()];
        for f in scanner.scan(&case.text) {
            let hit = expected.iter().enumerate().find(|(i, (t, s, e))| {
                !matched[*i] && *t == f.entity && *s == f.start && *e == f.end
            });
            if let Some((i, _)) = hit {
                matched[i] = true;
                tallies.entry(f.entity).or_default().tp += 1;
            } else {
                tallies.entry(f.entity).or_default().fp += 1;
                let shown = &case.text[f.start..f.end];
                errors.push(format!("FP {} {}: {:?}", case.id, f.entity, shown));
            }
        }
        for (i, (t, s, e)) in expected.iter().enumerate() {
            if !matched[i] {
                tallies.entry(*t).or_default().fn_ += 1;
                errors.push(format!("FN {} {}: {:?}", case.id, t, &case.text[*s..*e]));
            }
        }
    }
    println!("{name}: {} cases, {negatives} without PII", cases.len());
    println!(
        "{:<16} {:>5} {:>4} {:>4} {:>9} {:>7}",
        "type", "tp", "fp", "fn", "precision", "recall"
    );
    for (t, tally) in &tallies {
        println!(
            "{:<16} {:>5} {:>4} {:>4} {:>9.3} {:>7.3}",
            t.as_str(),
            tally.tp,
            tally.fp,
            tally.fn_,
            tally.precision(),
            tally.recall()
        );
    }
    for e in errors.iter().take(60) {
        println!("  {}", e.chars().take(200).collect::<String>());
    }
    PiiReport {
        tallies,
        negatives,
        cases: cases.len(),
    }
}

struct RefusalReport {
    all: Tally,
    by_kind: BTreeMap<String, Tally>,
    cases: usize,
    refused_cases: usize,
}

fn measure_refusal(name: &str) -> RefusalReport {
    let detector = RefusalDetector::new(&[]).unwrap();
    let cases: Vec<RefusalCase> = jsonl(name);
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let (mut kind_right, mut refused_cases) = (0, 0);
    let mut errors = Vec::new();
    for case in &cases {
        let verdict = detector.detect(&case.text);
        let tally = by_kind.entry(case.kind.clone()).or_default();
        refused_cases += usize::from(case.refused);
        match (case.refused, verdict.refused) {
            (true, true) => {
                all.tp += 1;
                tally.tp += 1;
                let got = format!("{:?}", verdict.kind.unwrap()).to_lowercase();
                kind_right += usize::from(got == case.kind);
            }
            (false, true) => {
                all.fp += 1;
                tally.fp += 1;
                errors.push(format!("FP {} ({:?}): {}", case.id, verdict.cue, case.text));
            }
            (true, false) => {
                all.fn_ += 1;
                tally.fn_ += 1;
                errors.push(format!("FN {} ({}): {}", case.id, case.kind, case.text));
            }
            (false, false) => {}
        }
    }
    println!(
        "{name}: {} cases; precision {:.3}, recall {:.3}; full/partial right on {kind_right} of {} detected",
        cases.len(),
        all.precision(),
        all.recall(),
        all.tp
    );
    for (kind, t) in &by_kind {
        println!("  {kind:<8} tp {:>4} fp {:>4} fn {:>4}", t.tp, t.fp, t.fn_);
    }
    for e in errors.iter().take(60) {
        println!("  {}", e.chars().take(220).collect::<String>());
    }
    RefusalReport {
        all,
        by_kind,
        cases: cases.len(),
        refused_cases,
    }
}

#[test]
fn pii_development_corpus() {
    let report = measure_pii("pii/corpus.jsonl");
    assert!(
        report.negatives >= 200,
        "hard negatives: {}",
        report.negatives
    );
    for t in EntityType::ALL {
        let tally = report.tallies.get(&t).copied().unwrap_or_default();
        assert!(tally.tp >= 25, "{t}: only {} labelled findings", tally.tp);
        assert!(
            tally.precision() >= 0.97,
            "{t}: precision {:.3}",
            tally.precision()
        );
        assert!(tally.recall() >= 0.95, "{t}: recall {:.3}", tally.recall());
    }
}

#[test]
fn pii_holdout_corpus() {
    let report = measure_pii("holdout/pii.jsonl");
    assert!(report.cases >= 250 && report.negatives >= 100);
    let total = report
        .tallies
        .values()
        .fold(Tally::default(), |a, t| Tally {
            tp: a.tp + t.tp,
            fp: a.fp + t.fp,
            fn_: a.fn_ + t.fn_,
        });
    println!(
        "holdout overall: precision {:.3}, recall {:.3}",
        total.precision(),
        total.recall()
    );
    assert!(
        total.precision() >= HOLDOUT_PII_PRECISION,
        "{:.3}",
        total.precision()
    );
    assert!(
        total.recall() >= HOLDOUT_PII_RECALL,
        "{:.3}",
        total.recall()
    );
}

#[test]
fn refusal_development_corpus() {
    let report = measure_refusal("refusal/corpus.jsonl");
    assert!(
        report.refused_cases >= 250 && report.cases >= 550,
        "corpus too small"
    );
    assert!(
        report.all.precision() >= 0.98,
        "precision {:.3}",
        report.all.precision()
    );
    assert!(
        report.all.recall() >= 0.97,
        "recall {:.3}",
        report.all.recall()
    );
    let partial = report.by_kind.get("partial").copied().unwrap_or_default();
    assert!(
        partial.recall() >= 0.9,
        "partial recall {:.3}",
        partial.recall()
    );
}

#[test]
fn refusal_holdout_corpus() {
    let report = measure_refusal("holdout/refusal.jsonl");
    assert!(report.cases >= 200);
    assert!(
        report.all.precision() >= HOLDOUT_REFUSAL_PRECISION,
        "{:.3}",
        report.all.precision()
    );
    assert!(
        report.all.recall() >= HOLDOUT_REFUSAL_RECALL,
        "{:.3}",
        report.all.recall()
    );
}

/// Regression floors for the held-out sets, set a little under the first measurement
/// (see the README's evaluator section for the measured figures).
const HOLDOUT_PII_PRECISION: f64 = 0.98;
const HOLDOUT_PII_RECALL: f64 = 0.97;
const HOLDOUT_REFUSAL_PRECISION: f64 = 0.95;
const HOLDOUT_REFUSAL_RECALL: f64 = 0.85;

/// Masked evidence never contains the raw value.
#[test]
fn masks_never_contain_the_raw_value() {
    let scanner = scanner();
    let mut cases: Vec<PiiCase> = jsonl("pii/corpus.jsonl");
    cases.extend(jsonl::<PiiCase>("holdout/pii.jsonl"));
    for case in cases {
        for f in scanner.scan(&case.text) {
            let raw = &case.text[f.start..f.end];
            let masked = mask(f.entity, raw);
            if raw.len() >= 6 && f.entity != EntityType::DenyTerm {
                assert!(!masked.contains(raw), "{}: {masked}", case.id);
            }
            assert_ne!(masked, raw, "{}", case.id);
        }
    }
}
