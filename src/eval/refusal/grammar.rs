//! The `inability` cue class: a first-person clause that declines ("i can't help with that",
//! "we're unable to process refunds", "isn't something i'll help with", "no puedo ayudarte").
//!
//! Two stages keep this fast and precise:
//! 1. an aho-corasick automaton finds *anchors* (`can't`, `unable`, `decline`, `won't`, ...)
//!    in an ASCII-lowered copy of the reply — most replies have none and cost one SIMD pass;
//! 2. around each anchor, the sentence is normalized (case, curly quotes, whitespace) and read
//!    by a small clause grammar: a **first-person subject** ("i", "we", "i'm afraid i"), a
//!    **negated ability, willingness or permission** ("can't", "won't", "am unable to", "'d
//!    rather not", "must decline", "don't" + a service verb), and a **verb of serving the
//!    request** — not a verb of perception or feeling ("i can't wait", "i can't help but
//!    notice", "i can't say for sure", "i can't recommend it enough"). Impersonal forms
//!    ("isn't something i'll help with", "our policy doesn't allow me", "can't be requested
//!    through this assistant") and Spanish, French, German, Portuguese, Italian and Dutch
//!    forms are read the same way. User phrases (`extra_phrases`) join the same automata.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::RefusalError;
use super::lexicon::{
    ADVERBS, ANCHORS, CARRY_SUBJECT, CHANNEL_PASSIVE, FOREIGN, IMPERSONAL, INTERJECTIONS, MODALS,
    NOT_SERVING, SERVICE_VERBS, SUBJECTS,
};
use super::text::normalize;

/// What a grammar phrase found in a sentence means.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// A negated modal; `weak` ones ("don't") need a service verb after them.
    Modal { weak: bool },
    /// An impersonal refusal; `channel` ones need a passive "can't be" before them.
    Impersonal { channel: bool },
    /// Another language, with what may not follow.
    Foreign(&'static [&'static str]),
    /// German "kann ich" / "ich kann" with "nicht" or "keine" shortly after.
    GermanOpener,
    /// A user-configured phrase.
    Extra,
}

/// A clause that fired: the fixed phrase of the grammar and whether it was a user phrase.
pub(super) struct Clause {
    /// The grammar's phrase (never user text).
    pub cue: String,
    /// From `extra_phrases`.
    pub extra: bool,
}

/// The anchor search over a whole reply: the SIMD packed searcher alone when the anchors fit
/// it (the built-in ones do; it reads a typical reply about twice as fast as an automaton
/// verifying each of its candidates), an automaton when many extra phrases do not.
pub(super) enum Anchors {
    Packed(aho_corasick::packed::Searcher),
    Automaton(AhoCorasick),
}

impl Anchors {
    pub(super) fn new(patterns: &[&str]) -> Result<Anchors, RefusalError> {
        let packed = aho_corasick::packed::Config::new()
            .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
            .builder()
            .extend(patterns)
            .build();
        if let Some(searcher) = packed {
            return Ok(Anchors::Packed(searcher));
        }
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(patterns)
            .map(Anchors::Automaton)
            .map_err(|e| RefusalError(e.to_string()))
    }

    /// Matches in `haystack` as (start, end, pattern index), in order.
    pub(super) fn find_iter<'a>(
        &'a self,
        haystack: &'a [u8],
    ) -> Box<dyn Iterator<Item = (usize, usize, usize)> + 'a> {
        match self {
            Anchors::Packed(searcher) => Box::new(
                searcher
                    .find_iter(haystack)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize())),
            ),
            Anchors::Automaton(automaton) => Box::new(
                automaton
                    .find_iter(haystack)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize())),
            ),
        }
    }
}

/// The compiled clause grammar.
pub(super) struct Grammar {
    anchors: Anchors,
    phrases: AhoCorasick,
    rules: Vec<(String, Rule)>,
    has_extra: bool,
}

impl Grammar {
    /// The built-in grammar plus `extra` phrases (matched ignoring case, curly quotes and
    /// extra spaces).
    pub fn new(extra: &[String]) -> Result<Grammar, RefusalError> {
        let extra: Vec<String> = extra
            .iter()
            .map(|p| normalize(p).trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect();
        // Anchors are searched in an ASCII-lowered copy of the reply: a case-sensitive
        // automaton keeps its SIMD prefilter, a case-insensitive one does not.
        // Extra phrases are normalized (straight quotes, single spaces); the raw reply may
        // spell their apostrophes curly, so both spellings anchor.
        let curly: Vec<String> = extra
            .iter()
            .filter(|p| p.contains('\''))
            .map(|p| p.replace('\'', "\u{2019}"))
            .collect();
        let all_anchors: Vec<&str> = ANCHORS
            .iter()
            .copied()
            .chain(extra.iter().map(String::as_str))
            .chain(curly.iter().map(String::as_str))
            .collect();
        let anchors = Anchors::new(&all_anchors)?;
        let mut rules: Vec<(String, Rule)> = Vec::new();
        rules.extend(extra.iter().map(|p| (p.clone(), Rule::Extra)));
        rules.extend(
            MODALS
                .iter()
                .map(|(m, weak)| (m.to_string(), Rule::Modal { weak: *weak })),
        );
        rules.extend(IMPERSONAL.iter().map(|p| {
            let channel = p.starts_with("through")
                || p.starts_with("over chat")
                || p.starts_with("via")
                || p.starts_with("in this chat");
            (p.to_string(), Rule::Impersonal { channel })
        }));
        rules.extend(
            FOREIGN
                .iter()
                .map(|(p, x)| (p.to_string(), Rule::Foreign(x))),
        );
        rules.extend(["kann ich ", "ich kann "].map(|p| (p.to_owned(), Rule::GermanOpener)));
        // One pass over a sentence finds every grammar phrase in it.
        let phrases = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(rules.iter().map(|(p, _)| p))
            .map_err(|e| RefusalError(e.to_string()))?;
        Ok(Grammar {
            anchors,
            phrases,
            rules,
            has_extra: !extra.is_empty(),
        })
    }

    /// Were user phrases (`extra_phrases`) given? Their cues count whatever the model says.
    pub fn has_extra_phrases(&self) -> bool {
        self.has_extra
    }

    /// Byte offsets of anchors in the ASCII-lowered reply, in order.
    pub fn anchors<'a>(&'a self, lowered: &'a [u8]) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.anchors.find_iter(lowered).map(|(s, e, _)| (s, e))
    }

    /// The clause if this normalized sentence (padded with spaces) declines the request.
    pub fn clause(&self, sentence: &str) -> Option<Clause> {
        for m in self.phrases.find_overlapping_iter(sentence) {
            let (phrase, rule) = &self.rules[m.pattern().as_usize()];
            let (at, end) = (m.start(), m.end());
            let after = sentence[end..].trim_start();
            let found = match rule {
                Rule::Extra => true,
                Rule::Modal { weak } => {
                    let rest = after.strip_prefix("to ").unwrap_or(after);
                    let question = sentence.trim_end().ends_with('?');
                    first_person_before(&sentence[..at], phrase, !question)
                        && if *weak {
                            SERVICE_VERBS.iter().any(|v| rest.starts_with(v))
                        } else {
                            !NOT_SERVING.iter().any(|v| starts_with_words(rest, v))
                                && !rest.starts_with("be able to say")
                                && !praise_enough(rest)
                        }
                }
                Rule::Impersonal { channel } => {
                    !channel || CHANNEL_PASSIVE.iter().any(|p| sentence[..at].contains(p))
                }
                Rule::Foreign(exclusions) => !exclusions.iter().any(|x| after.starts_with(x)),
                // German puts "nicht" late: "die kündigung kann ich hier leider nicht vornehmen".
                Rule::GermanOpener => sentence[end..]
                    .split(' ')
                    .take(6)
                    .any(|w| w == "nicht" || w == "keine"),
            };
            if found {
                return Some(Clause {
                    cue: match rule {
                        Rule::GermanOpener => format!("{} … nicht", phrase.trim()),
                        _ => phrase.trim().to_owned(),
                    },
                    extra: matches!(rule, Rule::Extra),
                });
            }
        }
        None
    }
}

/// "i can't recommend this place enough", "can't thank you enough": praise, not refusal.
fn praise_enough(rest: &str) -> bool {
    let mut words = rest.split(' ').filter(|w| !w.is_empty());
    matches!(
        words.next(),
        Some("recommend" | "thank" | "praise" | "say" | "stress" | "emphasize" | "rate" | "love")
    ) && words
        .take(5)
        .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == "enough")
}

/// `rest` begins with the words of `phrase` (whole words).
fn starts_with_words(rest: &str, phrase: &str) -> bool {
    rest.starts_with(phrase)
        && rest[phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// A first-person subject right before the modal: "i can't", "i'm afraid i can't", "i really
/// can't", "this assistant can't", "we're unable to".
///
/// With `subjectless`, a modal that opens its sentence (after interjections) counts too:
/// "nope, can't do that one", "not able to help with this one".
fn first_person_before(before: &str, modal: &str, subjectless: bool) -> bool {
    let contracted = modal.starts_with('\'');
    let words: Vec<&str> = before
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == '"')
        .filter(|w| !w.is_empty())
        .collect();
    if subjectless
        && !contracted
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty() || INTERJECTIONS.contains(&w)
        })
    {
        return true;
    }
    if contracted {
        // "i'm unable to": the subject is glued to the contraction.
        return words.last().is_some_and(|w| matches!(*w, "i" | "we"));
    }
    for (k, w) in words.iter().rev().take(4).enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        if SUBJECTS.contains(&w) || w == "i'm" || w == "i've" {
            return true;
        }
        if CARRY_SUBJECT.contains(&w) {
            // "i'm a text-based ai and can't": the subject of the clause before carries over.
            return words
                .iter()
                .rev()
                .skip(k + 1)
                .take(8)
                .any(|w| matches!(*w, "i" | "i'm" | "we" | "we're"));
        }
        if k > 0 && !ADVERBS.contains(&w) {
            return false;
        }
        if k == 0 && !ADVERBS.contains(&w) && !SUBJECTS.contains(&w) {
            return false;
        }
    }
    false
}
