//! The evaluators measured against the labelled corpora in tests/data/ (see its README):
//! precision and recall per PII entity type and for refusals, asserted, and printed with
//! `cargo test --test corpora -- --nocapture`.

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

const DENY_TERMS: [&str; 3] = ["Project Nightingale", "ACME-INTERNAL", "falcon-9-ledger"];

fn scanner() -> PiiScanner {
    PiiScanner::new(&ScannerOptions {
        entities: EntityType::ALL.to_vec(),
        deny_terms: DENY_TERMS.iter().map(|s| s.to_string()).collect(),
        deny_terms_case_insensitive: true,
    })
    .unwrap()
}

fn pii_cases() -> Vec<PiiCase> {
    read("pii/corpus.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Expected (type, start, end) for every occurrence of every labelled value.
fn expected_spans(case: &PiiCase) -> Vec<(EntityType, usize, usize)> {
    let mut out = Vec::new();
    for l in &case.entities {
        let entity = EntityType::parse(&l.entity)
            .unwrap_or_else(|| panic!("{}: unknown type {}", case.id, l.entity));
        for (start, _) in case.text.match_indices(&l.value) {
            out.push((entity, start, start + l.value.len()));
        }
        assert!(
            case.text.contains(&l.value),
            "{}: labelled value not in text",
            case.id
        );
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn pii_precision_and_recall_per_entity_type() {
    let scanner = scanner();
    let cases = pii_cases();
    let mut tallies: BTreeMap<EntityType, Tally> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut negatives = 0;
    for case in &cases {
        if case.entities.is_empty() {
            negatives += 1;
        }
        let expected = expected_spans(case);
        let found = scanner.scan(&case.text);
        let mut matched = vec![false; expected.len()];
        for f in &found {
            // A finding counts when it has the labelled type and the labelled range.
            let hit = expected.iter().enumerate().find(|(i, (t, s, e))| {
                !matched[*i] && *t == f.entity && *s == f.start && *e == f.end
            });
            match hit {
                Some((i, _)) => {
                    matched[i] = true;
                    tallies.entry(f.entity).or_default().tp += 1;
                }
                None => {
                    tallies.entry(f.entity).or_default().fp += 1;
                    errors.push(format!(
                        "FP {} {}: {:?}",
                        case.id,
                        f.entity,
                        &case.text[f.start..f.end]
                    ));
                }
            }
        }
        for (i, (t, s, e)) in expected.iter().enumerate() {
            if !matched[i] {
                tallies.entry(*t).or_default().fn_ += 1;
                errors.push(format!("FN {} {}: {:?}", case.id, t, &case.text[*s..*e]));
            }
        }
    }
    println!(
        "PII corpus: {} cases, {} without PII",
        cases.len(),
        negatives
    );
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
    for e in errors.iter().take(80) {
        println!("{e}");
    }
    for t in EntityType::ALL {
        let tally = tallies.get(&t).copied().unwrap_or_default();
        assert!(
            tally.tp >= 25,
            "{t}: only {} labelled findings in the corpus",
            tally.tp
        );
        assert!(
            tally.precision() >= 0.95,
            "{t}: precision {:.3}",
            tally.precision()
        );
        assert!(tally.recall() >= 0.90, "{t}: recall {:.3}", tally.recall());
    }
    assert!(negatives >= 200, "hard negatives: {negatives}");
}

/// Masked evidence never contains the raw value.
#[test]
fn masks_never_contain_the_raw_value() {
    let scanner = scanner();
    for case in pii_cases() {
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

#[derive(Deserialize)]
struct RefusalCase {
    id: String,
    text: String,
    refused: bool,
    kind: String,
}

#[test]
fn refusal_precision_and_recall() {
    let detector = RefusalDetector::new(&[]).unwrap();
    let cases: Vec<RefusalCase> = read("refusal/corpus.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let mut by_kind: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let mut kind_right = 0;
    let mut refused_cases = 0;
    let mut errors = Vec::new();
    for case in &cases {
        let verdict = detector.detect(&case.text);
        let tally = by_kind.entry(case.kind.as_str()).or_default();
        match (case.refused, verdict.refused) {
            (true, true) => {
                all.tp += 1;
                tally.tp += 1;
                refused_cases += 1;
                let got = format!("{:?}", verdict.kind.unwrap()).to_lowercase();
                if got == case.kind {
                    kind_right += 1;
                }
            }
            (false, true) => {
                all.fp += 1;
                tally.fp += 1;
                errors.push(format!("FP {} ({:?}): {}", case.id, verdict.cue, case.text));
            }
            (true, false) => {
                all.fn_ += 1;
                tally.fn_ += 1;
                refused_cases += 1;
                errors.push(format!("FN {} ({}): {}", case.id, case.kind, case.text));
            }
            (false, false) => {}
        }
    }
    println!(
        "refusal corpus: {} cases; precision {:.3}, recall {:.3}; full/partial right on {} of {} detected",
        cases.len(),
        all.precision(),
        all.recall(),
        kind_right,
        all.tp
    );
    for (kind, t) in &by_kind {
        println!("  {kind:<8} tp {:>4} fp {:>4} fn {:>4}", t.tp, t.fp, t.fn_);
    }
    for e in errors.iter().take(60) {
        println!("{e}");
    }
    assert!(
        refused_cases >= 200 && cases.len() >= 450,
        "corpus too small"
    );
    assert!(all.precision() >= 0.95, "precision {:.3}", all.precision());
    assert!(all.recall() >= 0.92, "recall {:.3}", all.recall());
    let partial = by_kind.get("partial").copied().unwrap_or_default();
    assert!(
        partial.recall() >= 0.85,
        "partial refusal recall {:.3}",
        partial.recall()
    );
}
