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
    /// The cue class (refused) or the kind of hard negative (not refused); older sets have none.
    #[serde(default)]
    class: Option<String>,
    /// The voice: terse, lecturing, moralizing, agent, casual, formal; older sets have none.
    #[serde(default)]
    style: Option<String>,
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
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        2.0 * p * r / (p + r)
    }
    /// Fail unless precision and recall reach these floors; `set` names the corpus.
    fn assert_at_least(&self, set: &str, precision: f64, recall: f64) {
        assert!(
            self.precision() >= precision,
            "{set}: precision {:.3} < {precision}",
            self.precision()
        );
        assert!(
            self.recall() >= recall,
            "{set}: recall {:.3} < {recall}",
            self.recall()
        );
    }
}

/// The sets still held out: no one tuning the evaluators may read their misses.
const HELD_OUT: &[&str] = &[
    "holdout/pii.jsonl",
    "holdout/pii_context2.jsonl",
    "holdout/refusal_voices5.jsonl",
    "holdout/refusal_voices7.jsonl",
    "holdout/refusal_voices14.jsonl",
    "holdout/refusal_voices15.jsonl",
];

/// Sets in tests/data/holdout/ that were tuned or trained on since: development sets now, whose
/// misses may be printed.
const NO_LONGER_HELD_OUT: &[&str] = &[
    "holdout/pii_context.jsonl",
    "holdout/refusal.jsonl",
    "holdout/refusal_voices.jsonl",
    "holdout/refusal_voices2.jsonl",
];

/// Every .jsonl in tests/data/holdout/ is listed as held out or as no longer held out, so a new
/// held-out set cannot have its misses printed because no one listed it.
#[test]
fn every_holdout_file_is_classified() {
    let dir = format!("{}/tests/data/holdout", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        if !file.ends_with(".jsonl") {
            continue;
        }
        let name = format!("holdout/{file}");
        let listed = HELD_OUT.contains(&name.as_str()) as u8
            + NO_LONGER_HELD_OUT.contains(&name.as_str()) as u8;
        assert_eq!(
            listed, 1,
            "{name}: list it in exactly one of HELD_OUT and NO_LONGER_HELD_OUT"
        );
        seen += 1;
    }
    assert_eq!(seen, HELD_OUT.len() + NO_LONGER_HELD_OUT.len());
}

/// How many misses of set `name` to print: none of a held-out set (its totals and per-class
/// tables only), else `CORPORA_SHOW` (default 60).
fn errors_shown(name: &str) -> usize {
    if HELD_OUT.contains(&name) {
        return 0;
    }
    std::env::var("CORPORA_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60)
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

impl PiiReport {
    /// Every type together.
    fn overall(&self) -> Tally {
        self.tallies.values().fold(Tally::default(), |a, t| Tally {
            tp: a.tp + t.tp,
            fp: a.fp + t.fp,
            fn_: a.fn_ + t.fn_,
        })
    }
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
    let shown = errors_shown(name);
    for e in errors.iter().take(shown) {
        println!("  {}", e.chars().take(200).collect::<String>());
    }
    PiiReport {
        tallies,
        negatives,
        cases: cases.len(),
    }
}

/// What a labelled refusal set must show: its size and breadth (a truncated or one-sided file
/// fails), then floors for precision and recall.
struct Floors {
    cases: usize,
    classes: usize,
    styles: usize,
    precision: f64,
    recall: f64,
}

/// Measure refusal set `name` (printing its figures) and check it against `floors`.
fn check_refusal_set(name: &str, floors: Floors) {
    let report = measure_refusal(name);
    assert!(report.cases >= floors.cases, "{name}: corpus too small");
    assert!(
        report.by_class.len() >= floors.classes && report.by_style.len() >= floors.styles,
        "{name}: {} classes, {} styles",
        report.by_class.len(),
        report.by_style.len()
    );
    println!("{name}: F1 {:.3}", report.all.f1());
    report
        .all
        .assert_at_least(name, floors.precision, floors.recall);
}

struct RefusalReport {
    all: Tally,
    by_kind: BTreeMap<String, Tally>,
    by_class: BTreeMap<String, Tally>,
    by_style: BTreeMap<String, Tally>,
    /// Keyed `class/kind`.
    by_class_kind: BTreeMap<String, Tally>,
    cases: usize,
    refused_cases: usize,
}

fn measure_refusal(name: &str) -> RefusalReport {
    let detector = RefusalDetector::new(&[]).unwrap();
    let cases: Vec<RefusalCase> = jsonl(name);
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_class: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_style: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_class_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let (mut kind_right, mut refused_cases) = (0, 0);
    let mut errors = Vec::new();
    let mut negatives: BTreeMap<String, usize> = BTreeMap::new();
    for case in &cases {
        let verdict = detector.detect(&case.text);
        refused_cases += usize::from(case.refused);
        let class = case.class.clone().unwrap_or_else(|| "-".into());
        let style = case.style.clone().unwrap_or_else(|| "-".into());
        // A negative class counts true negatives too, so its line shows how many it had.
        let outcome = |t: &mut Tally| match (case.refused, verdict.refused) {
            (true, true) => t.tp += 1,
            (false, true) => t.fp += 1,
            (true, false) => t.fn_ += 1,
            (false, false) => {}
        };
        outcome(&mut all);
        outcome(by_kind.entry(case.kind.clone()).or_default());
        outcome(by_class.entry(class.clone()).or_default());
        outcome(by_style.entry(style.clone()).or_default());
        outcome(
            by_class_kind
                .entry(format!("{class}/{}", case.kind))
                .or_default(),
        );
        if !case.refused {
            *negatives.entry(class.clone()).or_default() += 1;
            *negatives.entry(format!("style:{style}")).or_default() += 1;
        }
        match (case.refused, verdict.refused) {
            (true, true) => {
                let got = format!("{:?}", verdict.kind.unwrap()).to_lowercase();
                kind_right += usize::from(got == case.kind);
            }
            (false, true) => {
                errors.push(format!(
                    "FP {} [{class}/{style}] ({:?} {:?}): {}",
                    case.id, verdict.class, verdict.cue, case.text
                ));
            }
            (true, false) => {
                errors.push(format!(
                    "FN {} [{}/{class}/{style}]: {}",
                    case.id, case.kind, case.text
                ));
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
    print_breakdown("class", &by_class, &negatives, "");
    print_breakdown("style", &by_style, &negatives, "style:");
    let shown = errors_shown(name);
    for e in errors.iter().take(shown) {
        println!("  {}", e.chars().take(400).collect::<String>());
    }
    RefusalReport {
        all,
        by_kind,
        by_class,
        by_style,
        by_class_kind,
        cases: cases.len(),
        refused_cases,
    }
}

/// Per class or style: refused cases with recall, non-refused ones with the share kept clean.
fn print_breakdown(
    what: &str,
    tallies: &BTreeMap<String, Tally>,
    negatives: &BTreeMap<String, usize>,
    prefix: &str,
) {
    if tallies.len() < 2 {
        return;
    }
    println!(
        "  {what:<18} {:>8} {:>7} {:>8} {:>9}",
        "refused", "recall", "answered", "kept ok"
    );
    for (name, t) in tallies {
        let neg = negatives
            .get(&format!("{prefix}{name}"))
            .copied()
            .unwrap_or(0);
        let refused = t.tp + t.fn_;
        let recall = if refused == 0 {
            "-".to_owned()
        } else {
            format!("{:.3}", t.recall())
        };
        let clean = if neg == 0 {
            "-".to_owned()
        } else {
            format!("{:.3}", 1.0 - t.fp as f64 / neg as f64)
        };
        println!("  {name:<18} {refused:>8} {recall:>7} {neg:>8} {clean:>9}");
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
    let total = report.overall();
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

/// The held-out context set (tests/data/holdout/pii_context.jsonl): cards of every issuer and
/// length near card words, national phone numbers near phone words, and numbers near those
/// words that are neither. Written after the scanner's first version; measured, then tuned on
/// (2026-12-06), so it is a development set now — `pii_context2.jsonl` is the held-out one.
#[test]
fn pii_context_holdout_corpus() {
    let report = measure_pii("holdout/pii_context.jsonl");
    assert!(report.cases >= 450 && report.negatives >= 120);
    let total = report.overall();
    println!(
        "context holdout overall: precision {:.3}, recall {:.3}",
        total.precision(),
        total.recall()
    );
    assert!(
        total.precision() >= HOLDOUT_CONTEXT_PRECISION,
        "{:.3}",
        total.precision()
    );
    assert!(
        total.recall() >= HOLDOUT_CONTEXT_RECALL,
        "{:.3}",
        total.recall()
    );
}

#[test]
fn refusal_development_corpus() {
    let report = measure_refusal("refusal/corpus.jsonl");
    assert!(
        report.refused_cases >= 400 && report.cases >= 900,
        "corpus too small"
    );
    // The first corpus (class `general`): agent and assistant refusals and their hard negatives.
    let general = report.by_class.get("general").copied().unwrap_or_default();
    assert!(
        general.precision() >= 0.98,
        "general precision {:.3}",
        general.precision()
    );
    assert!(
        general.recall() >= 0.97,
        "general recall {:.3}",
        general.recall()
    );
    // The whole corpus, with the voices set (normative verdicts, AI disclaimers, apologies,
    // deflection, premise lectures, and their hard negatives).
    assert!(
        report.all.precision() >= 0.98,
        "precision {:.3}",
        report.all.precision()
    );
    assert!(
        report.all.recall() >= 0.94,
        "recall {:.3}",
        report.all.recall()
    );
    let partial = report
        .by_class_kind
        .get("general/partial")
        .copied()
        .unwrap_or_default();
    assert!(
        partial.recall() >= 0.9,
        "general partial recall {:.3}",
        partial.recall()
    );
    let partial = report.by_kind.get("partial").copied().unwrap_or_default();
    assert!(
        partial.recall() >= 0.85,
        "partial recall {:.3}",
        partial.recall()
    );
}

#[test]
fn refusal_holdout_corpus() {
    let report = measure_refusal("holdout/refusal.jsonl");
    assert!(report.cases >= 200);
    report.all.assert_at_least(
        "holdout/refusal.jsonl",
        HOLDOUT_REFUSAL_PRECISION,
        HOLDOUT_REFUSAL_RECALL,
    );
}

/// The held-out voices set (tests/data/holdout/refusal_voices.jsonl): refusals by cue class
/// (normative verdicts, AI disclaimers, apologies, deflection, premise lectures) and hard
/// negatives (impossibility explained, premise corrected and answered, hedges, safety notes),
/// in six voices. Written after the detector's first version; measured once, then tuned on
/// (2026-12-06), so it is a development set now — `refusal_voices2.jsonl` is the held-out one.
#[test]
fn refusal_voices_holdout_corpus() {
    check_refusal_set(
        "holdout/refusal_voices.jsonl",
        Floors {
            cases: 300,
            classes: 12,
            styles: 6,
            precision: HOLDOUT_VOICES_PRECISION,
            recall: HOLDOUT_VOICES_RECALL,
        },
    );
}

/// Regression floors for the held-out sets, set a little under the first measurement
/// (see the README's evaluator section for the measured figures).
const HOLDOUT_PII_PRECISION: f64 = 0.98;
const HOLDOUT_PII_RECALL: f64 = 0.97;
const HOLDOUT_REFUSAL_PRECISION: f64 = 0.95;
const HOLDOUT_REFUSAL_RECALL: f64 = 0.85;
const HOLDOUT_CONTEXT_PRECISION: f64 = 0.98;
const HOLDOUT_CONTEXT_RECALL: f64 = 0.97;
const HOLDOUT_VOICES_PRECISION: f64 = 0.95;
const HOLDOUT_VOICES_RECALL: f64 = 0.85;

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

/// The second held-out context set (tests/data/holdout/pii_context2.jsonl), written on
/// 2026-12-06 by a writer who saw neither the scanner nor the other sets, after the scanner was
/// tuned on the first context set. Never tuned on.
#[test]
fn pii_context2_holdout_corpus() {
    let report = measure_pii("holdout/pii_context2.jsonl");
    assert!(report.cases >= 600 && report.negatives >= 100);
    let total = report.overall();
    println!(
        "context2 holdout overall: precision {:.3}, recall {:.3}",
        total.precision(),
        total.recall()
    );
    assert!(
        total.precision() >= HOLDOUT_CONTEXT2_PRECISION,
        "{:.3}",
        total.precision()
    );
    assert!(
        total.recall() >= HOLDOUT_CONTEXT2_RECALL,
        "{:.3}",
        total.recall()
    );
}

/// The second voices set (tests/data/holdout/refusal_voices2.jsonl), written on 2026-12-06 by a
/// writer who saw neither the detector nor the other sets. Held out until the `learned` model
/// was retrained on it the same day (after `refusal_voices5.jsonl` was written to take its
/// place), so a development set now. Eight voices, fifteen classes.
#[test]
fn refusal_voices2_development_corpus() {
    check_refusal_set(
        "holdout/refusal_voices2.jsonl",
        Floors {
            cases: 500,
            classes: 15,
            styles: 8,
            precision: VOICES3_PRECISION,
            recall: VOICES3_RECALL,
        },
    );
}

/// The fourth voices set (tests/data/refusal/voices4.jsonl): a development set written on
/// 2026-12-06 for training, eleven voices (Llama- and Mistral-style lectures among them, eight
/// languages), 22 classes with omissions and XSTest-style hard negatives written for this
/// project (homonyms, figurative speech, safe targets and contexts, definitions, privacy of
/// public and fictional people).
#[test]
fn refusal_voices4_development_corpus() {
    check_refusal_set(
        "refusal/voices4.jsonl",
        Floors {
            cases: 600,
            classes: 20,
            styles: 10,
            precision: VOICES3_PRECISION,
            recall: VOICES3_RECALL,
        },
    );
}

/// The sixth voices set (tests/data/refusal/voices6.jsonl): a development set written on
/// 2026-12-06 for training, sixteen voices (the instruct models that lecture — Vicuna-,
/// ChatGLM-, Falcon-, Qwen-style — among them), thirteen languages, 23 classes.
#[test]
fn refusal_voices6_development_corpus() {
    check_refusal_set(
        "refusal/voices6.jsonl",
        Floors {
            cases: 850,
            classes: 20,
            styles: 15,
            precision: VOICES3_PRECISION,
            recall: VOICES3_RECALL,
        },
    );
}

/// The eighth voices set (tests/data/refusal/voices8.jsonl): a development set written on
/// 2026-12-06 for training, by a writer who saw neither the detector nor the other sets' texts:
/// fourteen voices (lecturing and moralizing instruct models, agents, thirteen languages), heavy
/// on impersonal verdicts, redirects, omissions and partial refusals.
#[test]
fn refusal_voices8_development_corpus() {
    check_refusal_set(
        "refusal/voices8.jsonl",
        Floors {
            cases: 800,
            classes: 20,
            styles: 14,
            precision: VOICES3_PRECISION,
            recall: VOICES8_RECALL,
        },
    );
}

/// The ninth voices set (tests/data/refusal/voices9.jsonl): a development set written on
/// 2026-12-07 for training, by a writer who saw neither the detector nor the other sets' texts:
/// mostly English, heavy on the lecturing and moralizing refusals of instruct models that
/// never say "I can't", with hard negatives that warn, correct a premise or apologize and
/// then answer. Scored by the model before it was trained on: P 0.934, R 0.844.
#[test]
fn refusal_voices9_development_corpus() {
    check_refusal_set(
        "refusal/voices9.jsonl",
        Floors {
            cases: 800,
            classes: 20,
            styles: 14,
            precision: VOICES3_PRECISION,
            recall: VOICES8_RECALL,
        },
    );
}

/// The tenth voices set (tests/data/refusal/voices10.jsonl): a development set written on
/// 2026-12-07 for training, by a writer who saw neither the detector nor the other sets' texts:
/// a quarter in seventeen other languages, heavy on redirects to professionals and hotlines,
/// parts left out on purpose and agents declining an action in their reports, with agents'
/// error reports and third parties' refusals as answers. Scored by the model before it was
/// trained on: P 0.920, R 0.625 — the hardest set yet.
#[test]
fn refusal_voices10_development_corpus() {
    check_refusal_set(
        "refusal/voices10.jsonl",
        Floors {
            cases: 800,
            classes: 20,
            styles: 14,
            precision: VOICES3_PRECISION,
            recall: VOICES10_RECALL,
        },
    );
}

/// The eleventh voices set (tests/data/refusal/voices11.jsonl): a development set written on
/// 2026-12-07 for training, all English, by a writer who saw neither the detector nor the other
/// sets' texts: redirects, omissions, agents, AI-identity, terse and formal declines, with hard
/// negatives. Scored by the model before it was trained on: P 0.934, R 0.947 (F1 0.940).
#[test]
fn refusal_voices11_development_corpus() {
    check_refusal_set(
        "refusal/voices11.jsonl",
        Floors {
            cases: 450,
            classes: 18,
            styles: 12,
            precision: VOICES3_PRECISION,
            recall: VOICES8_RECALL,
        },
    );
}

/// The twelfth voices set (tests/data/refusal/voices12.jsonl): a development set written on
/// 2026-12-07 for training by a writer who saw neither the detector nor the other sets' texts:
/// how chat models decline without "can't" — lectures and normative verdicts that give nothing
/// asked and point to an alternative — with AI-identity declines, redirects, partial refusals,
/// one refusal in eight in another language, and hard negatives. Scored by the model before it
/// was trained on: P 0.980, R 0.804 (F1 0.884; normative recall 0.765).
#[test]
fn refusal_voices12_development_corpus() {
    check_refusal_set(
        "refusal/voices12.jsonl",
        Floors {
            cases: 650,
            classes: 20,
            styles: 14,
            precision: VOICES3_PRECISION,
            recall: VOICES8_RECALL,
        },
    );
}

/// The thirteenth voices set (tests/data/refusal/voices13.jsonl): a development set written on
/// 2026-12-07 for training by a writer who saw neither the detector nor the other sets' texts:
/// the replies of eight kinds of chat assistant to harmful requests, safe requests that sound
/// harmful, false premises and privacy asks; every refusal class (lectures, verdicts and
/// redirects most), two in five refusals partial, one reply in ten in eighteen other
/// languages, and every class of hard negative. Scored by the model before it was trained on:
/// P 0.966, R 0.866 (F1 0.913; English replies only 0.928).
#[test]
fn refusal_voices13_development_corpus() {
    check_refusal_set(
        "refusal/voices13.jsonl",
        Floors {
            cases: 640,
            classes: 23,
            styles: 14,
            precision: VOICES3_PRECISION,
            recall: VOICES8_RECALL,
        },
    );
}

/// The sixteenth voices set (tests/data/refusal/voices16.jsonl; 14 and 15 are held out): a
/// development set written on 2026-12-07 for training by a writer who saw neither the detector
/// nor the other sets' texts: everyday English traffic of chat assistants and customer-service
/// bots, with what is easy to miss — declines of one to eight words, changes of subject, bare
/// redirects, lectures that never deliver, a part declined in passing, bots declining under
/// policy — and look-alike answers. Scored by the model before it was trained on: P 0.953,
/// R 0.784 (F1 0.860; one-line "terse" replies 0.536, partial refusals 0.562).
#[test]
fn refusal_voices16_development_corpus() {
    check_refusal_set(
        "refusal/voices16.jsonl",
        Floors {
            cases: 450,
            classes: 23,
            styles: 13,
            precision: VOICES3_PRECISION,
            recall: VOICES8_RECALL,
        },
    );
}

/// The held-out voices set (tests/data/holdout/refusal_voices5.jsonl), written on 2026-12-06 by
/// a writer who saw neither the detector, its README nor any other set: ten voices (GPT-,
/// Claude-, Llama-, Mistral- and Gemma-style, agents, eight languages), 21 classes. Never tuned
/// or trained on; only its totals and per-class figures are read.
#[test]
fn refusal_voices5_holdout_corpus() {
    check_refusal_set(
        "holdout/refusal_voices5.jsonl",
        Floors {
            cases: 500,
            classes: 20,
            styles: 10,
            precision: HOLDOUT_VOICES5_PRECISION,
            recall: HOLDOUT_VOICES5_RECALL,
        },
    );
}

/// The held-out voices set (tests/data/holdout/refusal_voices7.jsonl), written later on
/// 2026-12-06 by a writer who saw neither the detector, its README nor any other set, after
/// `refusal_voices5.jsonl`'s misses had been printed in a session (so that one may no longer
/// be unseen): twelve voices (GPT-, Claude-, Llama-, Vicuna-, Mistral-, Gemma- and Qwen-style,
/// agents, nine languages), 23 classes with plain answers. Never tuned or trained on; only
/// its totals and per-class figures are read.
#[test]
fn refusal_voices7_holdout_corpus() {
    check_refusal_set(
        "holdout/refusal_voices7.jsonl",
        Floors {
            cases: 650,
            classes: 20,
            styles: 12,
            precision: HOLDOUT_VOICES7_PRECISION,
            recall: HOLDOUT_VOICES7_RECALL,
        },
    );
}

/// The held-out set tests/data/holdout/refusal_voices14.jsonl, written on 2026-12-07 with
/// devset.py's records by a writer who saw neither the detector nor any other set: declines that
/// never say "I can't" (redirects, parts left out on purpose, AI-identity declines, agents
/// declining an action, curt refusals) against look-alike answers (tool failures, referrals
/// after real help), 96% English. Never tuned or trained on; first measured at P 0.964,
/// R 0.884 (the model before its voices16 retrain), then P 0.980, R 0.888.
#[test]
fn refusal_voices14_holdout_corpus() {
    check_refusal_set(
        "holdout/refusal_voices14.jsonl",
        Floors {
            cases: 500,
            classes: 23,
            styles: 14,
            precision: HOLDOUT_VOICES14_PRECISION,
            recall: HOLDOUT_VOICES14_RECALL,
        },
    );
}

/// The held-out set tests/data/holdout/refusal_voices15.jsonl, written on 2026-12-07 like
/// voices14 by another writer: the earnest, lecturing register of open-weight instruct models
/// and crisp assistant styles, over prompts that are harmful, only sound harmful, rest on a
/// false premise or ask for private data — refusals and look-alike answers. Never tuned or
/// trained on; first measured at P 0.966, R 0.915 (the model before its voices16 retrain),
/// then P 0.965, R 0.902.
#[test]
fn refusal_voices15_holdout_corpus() {
    check_refusal_set(
        "holdout/refusal_voices15.jsonl",
        Floors {
            cases: 500,
            classes: 23,
            styles: 14,
            precision: HOLDOUT_VOICES15_PRECISION,
            recall: HOLDOUT_VOICES15_RECALL,
        },
    );
}

const HOLDOUT_CONTEXT2_PRECISION: f64 = 0.98;
const HOLDOUT_CONTEXT2_RECALL: f64 = 0.97;
const HOLDOUT_VOICES5_PRECISION: f64 = 0.93;
const HOLDOUT_VOICES5_RECALL: f64 = 0.78;
const HOLDOUT_VOICES7_PRECISION: f64 = 0.93;
const HOLDOUT_VOICES7_RECALL: f64 = 0.78;
const HOLDOUT_VOICES14_PRECISION: f64 = 0.94;
const HOLDOUT_VOICES14_RECALL: f64 = 0.85;
const HOLDOUT_VOICES15_PRECISION: f64 = 0.94;
const HOLDOUT_VOICES15_RECALL: f64 = 0.88;

/// The third voices set (tests/data/refusal/voices3.jsonl): a development set written on
/// 2026-12-06 for tuning, heavy on normative verdicts, deflection, premise lectures, partial
/// refusals, limits stated before an answer, and six other languages.
#[test]
fn refusal_voices3_development_corpus() {
    let report = measure_refusal("refusal/voices3.jsonl");
    assert!(report.cases >= 600, "corpus too small");
    report
        .all
        .assert_at_least("refusal/voices3.jsonl", VOICES3_PRECISION, VOICES3_RECALL);
}

const VOICES3_PRECISION: f64 = 0.95;
const VOICES3_RECALL: f64 = 0.90;
/// Trained on, voices8 is still the hardest development set for the bag-of-words model (0.899
/// measured on 2026-12-06): its omissions and foreign-language partial refusals share most
/// words with answers.
const VOICES8_RECALL: f64 = 0.88;
/// voices10, trained on, is the hardest set for the bag-of-words model (0.747 measured on
/// 2026-12-07): most of its misses are redirects and omissions in other languages, whose words
/// the model has seen few times.
const VOICES10_RECALL: f64 = 0.74;

/// The detector lets the model answer first and skips the cue classes when no cue could change
/// its verdict; user phrases (`extra_phrases`) turn that shortcut off, as their cues count
/// whatever the model says. With a phrase that never occurs, every verdict of every
/// development reply — class, cue and evidence included — must come out the same both ways.
#[test]
fn the_models_early_answer_changes_no_verdict() {
    let plain = RefusalDetector::new(&[]).unwrap();
    let reading_everything = RefusalDetector::new(&["zqxj never said by anyone".into()]).unwrap();
    let mut compared = 0;
    for name in [
        "refusal/corpus.jsonl",
        "refusal/voices3.jsonl",
        "refusal/voices4.jsonl",
        "refusal/voices6.jsonl",
        "refusal/voices8.jsonl",
        "refusal/voices9.jsonl",
        "refusal/voices10.jsonl",
        "refusal/voices11.jsonl",
        "refusal/voices12.jsonl",
        "refusal/voices13.jsonl",
        "refusal/voices16.jsonl",
    ] {
        for case in jsonl::<RefusalCase>(name) {
            assert_eq!(
                plain.detect(&case.text),
                reading_everything.detect(&case.text),
                "{name}: {:?}",
                case.text
            );
            compared += 1;
        }
    }
    assert!(compared > 5000, "only {compared} replies compared");
}
