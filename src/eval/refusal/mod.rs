//! `refusal`: does the model's reply decline the request, fully or in part?
//!
//! A reply declines in a few recognizable ways — each a *cue class*, reported in `detail` and
//! switchable in `evaluators.refusal.classes`:
//! - `inability`: a first-person clause that declines, anywhere in the reply ("i can't help
//!   with that", "we're unable to process refunds over $500"; six other languages) —
//!   [`grammar`];
//! - `normative`, `ai_identity`, `apology`, `deflection`, `premise`: verdicts, disclaimers,
//!   apologies, redirects and moralizing in the *opening* of the reply, where a model that
//!   declines says so — [`opening`];
//! - `custom`: the user's `extra_phrases`.
//!
//! What is not a refusal: explaining that the thing asked for does not exist or is impossible
//! ("that diary was never written, so I can't quote it; in the novels …") answers the question;
//! quoted refusals, code blocks, apologies for a delay, and caveats before a full answer.
//! A refusal with substantial help before it, or help introduced after it ("but here's …"), is
//! *partial* ([`extent`]).

pub mod config;
mod extent;
mod grammar;
mod late;
mod lexicon;
mod model;
mod opening;
mod registered;
mod text;

use std::borrow::Cow;

use serde::Serialize;
use serde_json::json;

use super::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, OperationKind};
pub use config::{CueClass, RefusalConfig};
use grammar::Grammar;
use late::LateCues;
use model::Model;
use opening::{OpeningCue, OpeningCues, Strength, concessive, explains_nonexistence};
pub use text::normalize;
use text::{CodeFences, QuoteState, normalize_into, opening_sentences, sentence_around};

/// How the reply declines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusalKind {
    /// Declines the request.
    Full,
    /// Declines part of it and helps with the rest.
    Partial,
}

/// The verdict on one reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefusalVerdict {
    /// Did the reply decline (fully or partly)?
    pub refused: bool,
    /// Full or partial, when refused.
    pub kind: Option<RefusalKind>,
    /// The cue class that fired, when refused.
    pub class: Option<CueClass>,
    /// The cue phrase that fired (a fixed phrase of the detector, never user text).
    pub cue: Option<String>,
    /// Byte range `[start, end)` of the sentence that carried the cue, when refused.
    pub evidence: Option<(usize, usize)>,
}

impl RefusalVerdict {
    fn none() -> RefusalVerdict {
        RefusalVerdict {
            refused: false,
            kind: None,
            class: None,
            cue: None,
            evidence: None,
        }
    }
}

/// Error compiling the phrase automata.
#[derive(Debug, thiserror::Error)]
#[error("cannot compile refusal phrases: {0}")]
pub struct RefusalError(String);

thread_local! {
    /// The head and tail of a reply, lowered for the model (reused: no allocation per reply).
    static LOWERED_REGIONS: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How many sentences, within how many bytes, make the opening of a reply.
const OPENING_SENTENCES: usize = 4;
const OPENING_BYTES: usize = 900;

/// A cue found, before deciding on the verdict.
struct Found {
    class: CueClass,
    cue: String,
    start: usize,
    end: usize,
    sentence: String,
}

/// Compiled refusal detector.
pub struct RefusalDetector {
    grammar: Grammar,
    opening: OpeningCues,
    late: LateCues,
    model: Model,
    enabled: [bool; CueClass::ALL.len()],
}

impl RefusalDetector {
    /// Build with every cue class plus `extra` phrases (matched ignoring case, curly quotes
    /// and extra spaces).
    pub fn new(extra: &[String]) -> Result<RefusalDetector, RefusalError> {
        RefusalDetector::with_classes(extra, &CueClass::ALL)
    }

    /// Build with only these cue classes (`custom` phrases always count when given).
    pub fn with_classes(
        extra: &[String],
        classes: &[CueClass],
    ) -> Result<RefusalDetector, RefusalError> {
        let mut enabled = [false; CueClass::ALL.len()];
        for c in classes {
            enabled[c.index()] = true;
        }
        enabled[CueClass::Custom.index()] = true;
        Ok(RefusalDetector {
            grammar: Grammar::new(extra)?,
            opening: OpeningCues::new().map_err(|e| RefusalError(e.to_string()))?,
            late: LateCues::new()?,
            model: Model::shipped().map_err(RefusalError)?,
            enabled,
        })
    }

    fn on(&self, class: CueClass) -> bool {
        self.enabled[class.index()]
    }

    /// Judge one reply: the cue classes, then (unless `learned` is off) the shipped model with
    /// their verdict as one of its features.
    pub fn detect(&self, text: &str) -> RefusalVerdict {
        if !self.on(CueClass::Learned) {
            let lowered = super::ascii_lowercase(text.as_bytes());
            return self.detect_cues(text, &lowered);
        }
        // The model reads first: it has the last word on every verdict but a custom phrase's,
        // and most replies read so plainly as answers that no cue class could change its
        // mind — then the cues need not be looked for (nor the whole reply lowered).
        let reading = LOWERED_REGIONS.with_borrow_mut(|buffer| {
            self.model
                .read_parts(Model::regions_lowered(text.as_bytes(), buffer))
        });
        if !reading.could_refuse() && !self.grammar.has_extra_phrases() {
            return RefusalVerdict::none();
        }
        let lowered = super::ascii_lowercase(text.as_bytes());
        let cues = self.detect_cues(text, &lowered);
        if cues.class == Some(CueClass::Custom) {
            return cues;
        }
        if cues.refused {
            // The model may read the cue as part of an answer ("I can't browse, but …").
            return if reading.refused(cues.class) {
                cues
            } else {
                RefusalVerdict::none()
            };
        }
        // A reply declines in words: without one word of the opening cues' vocabulary
        // (negations, apologies, advice, verdicts) in its head, a short cheerful answer is not
        // turned into a refusal by the words it lacks.
        if reading.refused(None) && self.declining_words(text, &lowered) {
            self.learned_verdict(text)
        } else {
            cues
        }
    }

    /// Does the reply's head (what the model reads of it) hold any word of the opening cues'
    /// vocabulary outside a code block? `lowered` is the reply ASCII-lowered.
    fn declining_words(&self, text: &str, lowered: &[u8]) -> bool {
        let head = text::floor_char_boundary(text, text.len().min(model::HEAD));
        let mut fences = CodeFences::new(&text.as_bytes()[..head]);
        self.opening
            .may_match_raw_where(&text[..head], &lowered[..head], |at| !fences.inside(at))
    }

    /// A refusal only the model saw: the evidence is the reply's opening sentence; partial when
    /// the reply holds more than a few sentences of substance.
    fn learned_verdict(&self, text: &str) -> RefusalVerdict {
        let (start, end) = opening_sentences(text, 1, OPENING_BYTES)
            .first()
            .copied()
            .unwrap_or((0, text.len().min(OPENING_BYTES)));
        let kind = if self.substance(text) > 3 {
            RefusalKind::Partial
        } else {
            RefusalKind::Full
        };
        RefusalVerdict {
            refused: true,
            kind: Some(kind),
            class: Some(CueClass::Learned),
            cue: Some("linear model".to_owned()),
            evidence: Some((start, end)),
        }
    }

    /// The cue classes' verdict alone. `lowered` is the reply ASCII-lowered.
    fn detect_cues(&self, text: &str, lowered: &[u8]) -> RefusalVerdict {
        let opening = self.read_opening(text, lowered);
        let anywhere = self.first_clause(text, lowered, opening.as_ref().map(|f| f.end));
        let found = match (opening, anywhere) {
            // The same sentence: the clause grammar's cue is the more specific one.
            (Some(o), Some(a)) => Some(if a.start <= o.start { a } else { o }),
            (o, a) => o.or(a),
        };
        let (found, kind) = match found {
            Some(found) => {
                let kind = extent::partial_or_full(
                    text,
                    found.start,
                    found.end,
                    &found.sentence,
                    &found.cue,
                );
                (found, kind)
            }
            None => {
                // Nothing in the opening or in a first-person clause: a part declined later.
                let Some(late) = self.late.find(text, lowered, &self.opening, |c| self.on(c))
                else {
                    return RefusalVerdict::none();
                };
                let kind = extent::besides(text, late.start, late.end);
                (late, kind)
            }
        };
        RefusalVerdict {
            refused: true,
            kind: Some(kind),
            class: Some(found.class),
            cue: Some(found.cue),
            evidence: Some((found.start, found.end)),
        }
    }

    /// The first declining clause of the grammar, before `before` when given (an earlier
    /// opening cue already won otherwise).
    fn first_clause(&self, text: &str, lowered: &[u8], before: Option<usize>) -> Option<Found> {
        let bytes = text.as_bytes();
        let mut window = String::new();
        let mut checked_until = 0;
        let mut fences = CodeFences::new(bytes);
        let mut quotes = QuoteState::default();
        for (start, end) in self.grammar.anchors(lowered) {
            if before.is_some_and(|b| start >= b) {
                return None;
            }
            if start < checked_until {
                continue;
            }
            let (s, e) = sentence_around(bytes, start, end);
            checked_until = e;
            if fences.inside(start) || quotes.inside(bytes, start) {
                continue;
            }
            window.clear();
            window.push(' ');
            normalize_into(&text[s..e], &mut window);
            window.push(' ');
            let Some(clause) = self.grammar.clause(&window) else {
                continue;
            };
            let class = if clause.extra {
                CueClass::Custom
            } else if window.contains("as an ai") || window.contains(" an ai ") {
                CueClass::AiIdentity
            } else {
                CueClass::Inability
            };
            // A clause in an AI disclaimer is reported as `ai_identity` but is still a clause of
            // the grammar: either class lets it count.
            let counts =
                self.on(class) || (class == CueClass::AiIdentity && self.on(CueClass::Inability));
            if !counts {
                continue;
            }
            if class != CueClass::Custom
                && (explains(text, &window, s, e)
                    || concessive(&window)
                    || hedge(&window, &clause.cue))
            {
                continue;
            }
            return Some(Found {
                class,
                cue: clause.cue,
                start: s,
                end: e,
                sentence: window,
            });
        }
        None
    }

    /// Cue classes of the opening: the first strong cue, or enough weak ones. `lowered` is
    /// the reply ASCII-lowered, same offsets.
    fn read_opening(&self, text: &str, lowered: &[u8]) -> Option<Found> {
        let spans = opening_sentences(text, OPENING_SENTENCES, OPENING_BYTES);
        let mut cues: Vec<OpeningCue> = Vec::new();
        let mut weak: Option<Found> = None;
        let mut weak_count = 0;
        let mut no_answer: Option<Found> = None;
        // How much of substance the reply holds: counted once, and only when a redirect or a
        // weak cue asks.
        let substance = std::cell::OnceCell::new();
        let substance = || *substance.get_or_init(|| self.substance(text));
        for (k, &(s, e)) in spans.iter().enumerate() {
            // Most opening sentences hold no cue word: they are not normalized at all.
            if !self.opening.may_match_raw(&text[s..e], &lowered[s..e]) {
                continue;
            }
            let sentence = opening_sentence(&text[s..e]);
            let sentence = sentence.as_str();
            cues.clear();
            self.opening.find(sentence, &mut cues);
            // Only a redirect asks whether it opens the reply: every sentence before it is
            // courtesy ("I understand how frustrating …") or no sentence of content.
            let first = || {
                spans[..k].iter().all(|&(s, e)| {
                    let before = opening_sentence(&text[s..e]);
                    !extent::is_content(&before) || lexicon::is_courtesy(&before)
                })
            };
            for cue in &cues {
                if !self.on(cue.class) {
                    continue;
                }
                // An apology only opens a reply, and one for a slip of the assistant's own
                // ("sorry, I misread your question — …") comes with the answer.
                if cue.class == CueClass::Apology
                    && (k > 1
                        || sentence.contains("here's")
                        || sentence.contains("here is")
                        || lexicon::owns_a_slip(sentence))
                {
                    continue;
                }
                let vetoable = matches!(cue.class, CueClass::Apology | CueClass::AiIdentity);
                if vetoable && explains(text, sentence, s, e) {
                    continue;
                }
                let found = || Found {
                    class: cue.class,
                    cue: cue.cue.to_owned(),
                    start: s,
                    end: e,
                    sentence: format!(" {sentence} "),
                };
                match cue.strength {
                    Strength::Strong => return Some(found()),
                    Strength::Weak => {
                        weak_count += 1;
                        weak.get_or_insert_with(found);
                    }
                    Strength::Redirect if substance() <= 2 && first() => {
                        return Some(found());
                    }
                    Strength::NoAnswer | Strength::Redirect => {
                        no_answer.get_or_insert_with(found);
                    }
                }
            }
        }
        if weak_count >= 2 {
            return weak;
        }
        let candidate = weak.or(no_answer)?;
        // A weak cue or a redirect declines only a reply with nothing else in it.
        (substance() == 0).then_some(candidate)
    }

    /// How many sentences of substance (not courtesy, redirects or cues) the reply holds;
    /// a code block counts as many.
    fn substance(&self, text: &str) -> usize {
        if text.contains("```") {
            return usize::MAX;
        }
        let cut = text::floor_char_boundary(text, text.len().min(4096));
        let mut cues = Vec::new();
        extent::sentences(&text[..cut])
            .filter(|s| {
                if !extent::is_content(s) {
                    return false;
                }
                cues.clear();
                self.opening.find(s, &mut cues);
                cues.is_empty()
            })
            .count()
    }
}

/// Does the sentence `[start, next)` (or the one before or after it) explain that the thing
/// asked for does not exist or cannot be? Then "I can't" answers rather than declines.
fn explains(text: &str, sentence: &str, start: usize, next: usize) -> bool {
    if explains_nonexistence(sentence) {
        return true;
    }
    // The sentence before ("no such diary exists.") and the one after ("he is a
    // fictional character.") give the reason as often as the sentence itself.
    let before = &text[..start];
    let from = before[..before.len().saturating_sub(1)]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |i| i + 1)
        .max(text::floor_char_boundary(text, start.saturating_sub(300)));
    explains_nonexistence(&normalize(&text[from..start]))
        || explains_nonexistence(&normalize(text::sentence_ahead(&text[next..])))
}

/// "i can't browse the internet, but …": a limit of the assistant, disclaimed before an
/// answer in the same sentence.
fn hedge(sentence: &str, cue: &str) -> bool {
    let Some(at) = sentence.find(cue) else {
        return false;
    };
    let rest = sentence[at + cue.len()..].trim_start();
    let rest = rest.strip_prefix("to ").unwrap_or(rest);
    lexicon::LIMIT_VERBS.iter().any(|v| rest.starts_with(v))
        && [", but ", " but ", "; however", ", however"]
            .iter()
            .any(|c| rest.contains(c))
}

/// One opening sentence as the cue patterns read it: normalized, quotes cut out, leading
/// punctuation and markup ("**", "- ") dropped.
fn opening_sentence(raw: &str) -> String {
    let normalized = normalize(raw.trim());
    let sentence = unquoted(&normalized);
    sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// The sentence without the parts inside double quotes (a quoted refusal is not one).
fn unquoted(sentence: &str) -> Cow<'_, str> {
    if !sentence.contains('"') {
        return Cow::Borrowed(sentence);
    }
    Cow::Owned(sentence.split('"').step_by(2).collect::<Vec<_>>().join(" "))
}

/// Scores model replies 1 (refused, fully or partly) or 0.
pub struct RefusalEvaluator {
    detector: RefusalDetector,
}

impl RefusalEvaluator {
    /// Build from `evaluators.refusal`.
    pub fn new(config: &RefusalConfig) -> Result<RefusalEvaluator, RefusalError> {
        Ok(RefusalEvaluator {
            detector: RefusalDetector::with_classes(&config.extra_phrases, &config.classes)?,
        })
    }

    /// The detector, for `agentwatch score`.
    pub fn detector(&self) -> &RefusalDetector {
        &self.detector
    }
}

impl Evaluator for RefusalEvaluator {
    fn name(&self) -> &'static str {
        "refusal"
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        if span.kind != OperationKind::Llm {
            return None;
        }
        let Some(text) = span.output.text.as_deref() else {
            return Some(Score {
                evaluator: self.name(),
                value: None,
                label: Label::Unscoreable,
                detail: Some(json!({"reason": "no captured output"})),
            });
        };
        let verdict = self.detector.detect(text);
        Some(Score {
            evaluator: self.name(),
            value: Some(if verdict.refused { 1.0 } else { 0.0 }),
            label: if verdict.refused {
                Label::Fail
            } else {
                Label::Ok
            },
            detail: verdict.refused.then(|| {
                json!({
                    "kind": verdict.kind,
                    "class": verdict.class,
                    "cue": verdict.cue,
                    "evidence": verdict.evidence.map(|(s, e)| [s, e]),
                })
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_phrases_match_curly_apostrophes_and_case() {
        let d = RefusalDetector::new(&["I'd prefer not to share".into()]).unwrap();
        assert!(
            d.detect("Well. I\u{2019}d prefer NOT to share that.")
                .refused
        );
        assert!(!d.detect("I would love to share that!").refused);
    }

    #[test]
    fn a_clause_in_an_ai_disclaimer_counts_while_either_of_its_classes_is_on() {
        let text = "As an AI, I can't help with that.";
        let only = |classes: &[CueClass]| RefusalDetector::with_classes(&[], classes).unwrap();
        let verdict = only(&[CueClass::Inability]).detect(text);
        assert_eq!(verdict.class, Some(CueClass::AiIdentity));
        assert!(only(&[CueClass::AiIdentity]).detect(text).refused);
        assert!(!only(&[CueClass::Normative]).detect(text).refused);
    }

    #[test]
    fn quotes_and_code_blocks_do_not_refuse() {
        let d = RefusalDetector::new(&[]).unwrap();
        assert!(
            !d.detect("The log said \"I can't open the file\", so fix the path.")
                .refused
        );
        assert!(
            !d.detect("```\nprint(\"I can't help with that\")\n```\nThat prints the text.")
                .refused
        );
        assert!(d.detect("\"Hi!\"\nI can't help with that request.").refused);
    }

    #[test]
    fn many_extra_phrases_still_anchor() {
        // More phrases than the packed searcher takes: the automaton fallback finds them.
        let extra: Vec<String> = (0..120).map(|i| format!("policy {i} forbids")).collect();
        let d = RefusalDetector::new(&extra).unwrap();
        let v = d.detect("Sorry, policy 117 forbids sharing that.");
        assert_eq!(v.class, Some(CueClass::Custom));
        assert!(!d.detect("Policy 200 is about travel.").refused);
    }

    #[test]
    fn opening_cues_survive_curly_quotes_tabs_and_wide_spaces() {
        let d = RefusalDetector::new(&[]).unwrap();
        for text in [
            "It\u{2019}s not appropriate to rank people by their accent.",
            "It is\tnot appropriate to rank people by their accent.",
            "It is\u{a0}not appropriate to rank people by their accent.",
            "It is  not appropriate to rank people by their accent.",
        ] {
            let v = d.detect(text);
            assert_eq!(v.class, Some(CueClass::Normative), "{text:?}");
        }
    }
}
