//! `refusal`: does the model's reply decline the request, fully or in part?
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
//!    forms are read the same way. Quotes and code blocks are skipped: a reply that quotes a
//!    refusal ("the error said \"I cannot access the file\"") does not refuse.
//!
//! A refusal with substantial help before it, or help introduced after it ("but here's ..."),
//! is *partial*.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;
use serde_json::json;

use super::{Evaluator, Label, Score};
use crate::config::RefusalConfig;
use crate::normalize::{AgentSpan, OperationKind};

/// Lower-case substrings one of which every refusal contains; searched in the lowered reply.
/// Kept to fewer than 64 so the automaton keeps its SIMD (Teddy) prefilter.
const ANCHORS: &[&str] = &[
    "can't",
    "can\u{2019}t",
    " cant ",
    "cannot",
    "can not",
    "unable",
    "not able",
    "won't",
    "won\u{2019}t",
    "will not",
    "not going",
    "rather not",
    "not allowed",
    "not permitted",
    "not in a position",
    "not comfortable",
    "feel comfortable",
    "declin",
    "refus",
    "pass on",
    "say no",
    "i don",
    "we don",
    "i do not",
    "we do not",
    "i should",
    "omething i",
    "omething we",
    "outside",
    "beyond",
    "allow me",
    "allow us",
    "permit me",
    "against",
    "violat",
    "as an ai",
    "afraid",
    "puedo",
    "no tengo",
    "no me es",
    "autori",
    "ne peux",
    "ne suis pas",
    "impossible",
    "kann",
    "darf",
    "in der lage",
    "encontre",
    "contraire",
    "posso",
    "consigo",
    "n\u{e3}o tenho",
    "in grado",
    "riesco",
    "non mi",
    "kan ik",
    "ik kan",
    "ik mag",
];

/// Negated modals, as they follow the subject in normalized text ("i can't", "i'm unable to").
/// The cue reported is the modal; `needs_service_verb` marks the weak ones ("don't").
const MODALS: &[(&str, bool)] = &[
    (" can't ", false),
    (" cant ", false),
    (" won't ", false),
    (" will not ", false),
    ("'m unable to ", false),
    (" am unable to ", false),
    ("'re unable to ", false),
    (" are unable to ", false),
    ("'m not able to ", false),
    (" am not able to ", false),
    ("'re not able to ", false),
    (" are not able to ", false),
    ("'m not going to ", false),
    (" am not going to ", false),
    ("'d rather not ", false),
    (" would rather not ", false),
    ("'m not allowed to ", false),
    (" am not allowed to ", false),
    ("'m not permitted to ", false),
    (" am not permitted to ", false),
    ("'m not in a position to ", false),
    (" am not in a position to ", false),
    ("'m not comfortable ", false),
    (" am not comfortable ", false),
    (" don't feel comfortable ", false),
    (" do not feel comfortable ", false),
    (" must decline", false),
    (" have to decline", false),
    ("'ll have to decline", false),
    (" need to decline", false),
    (" respectfully decline", false),
    ("'m going to decline", false),
    ("'ll decline", false),
    (" decline to ", false),
    (" must refuse", false),
    (" refuse to ", false),
    ("'ll have to pass", false),
    ("'ll pass on ", false),
    (" have to pass on ", false),
    (" have to say no", false),
    (" shouldn't ", true),
    (" should not ", true),
    (" don't ", true),
    (" do not ", true),
];

/// Words that may stand between the subject and the modal ("i really can't").
const ADVERBS: &[&str] = &[
    "really",
    "still",
    "unfortunately",
    "simply",
    "just",
    "definitely",
    "currently",
    "also",
    "honestly",
    "actually",
    "sadly",
    "truly",
    "personally",
    "certainly",
    "now",
    "generally",
    "afraid",
    "sorry",
    "'m",
    "am",
    "that",
    "must",
    "will",
    "would",
    "have",
    "need",
    "going",
    "to",
    "therefore",
    "obviously",
];

/// Conjunctions that carry the subject of an earlier clause ("i'm a text-based ai and can't").
const CARRY_SUBJECT: &[&str] = &["and", "so", "but", "therefore", "thus", "hence"];

/// Verbs after "can't"/"won't" that describe the speaker, not the request.
const NOT_SERVING: &[&str] = &[
    "wait",
    "believe",
    "stress",
    "emphasize",
    "emphasise",
    "thank",
    "imagine",
    "overstate",
    "express",
    "understate",
    "stop",
    "get enough",
    "resist",
    "complain",
    "argue",
    "deny",
    "disagree",
    "lie",
    "bore",
    "regret",
    "disappoint",
    "hurt",
    "be long",
    "take long",
    "go wrong",
    "help but",
    "help thinking",
    "help feeling",
    "help wondering",
    "help noticing",
    "help smiling",
    "say for sure",
    "say for certain",
    "say with certainty",
    "say exactly",
    "say enough",
    "say how much i",
    "tell for sure",
    "tell you how glad",
    "tell you how happy",
    "tell you how excited",
    "tell you how grateful",
    "tell you how sorry",
    "tell you how pleased",
    "tell you how thrilled",
    "tell you how relieved",
    "tell you how proud",
    "tell you how much i",
    "tell you how much we",
    "tell you how much this",
    "tell you how much that",
    "tell you enough",
    "be sure",
    "be certain",
    "be 100%",
    "find any",
    "find anything",
    "see any",
    "spot any",
    "spot anything",
    "see anything",
    "reproduce the bug",
    "reproduce the issue",
    "reproduce the error",
    "reproduce the problem",
    "reproduce the crash",
    "reproduce this bug",
    "reproduce this issue",
    "reproduce it",
    "reproduce that",
    "reproduce your",
    "seem to",
    "remember",
    "recall",
    "promise",
    "speak for",
    "taste",
    "smell",
    "vouch",
    "sugarcoat",
    "sugar-coat",
    "lie",
    "be happier",
    "be more",
    "thank you enough",
    "recommend it enough",
    "recommend this enough",
    "recommend them enough",
    "recommend enough",
    "praise",
    "speak highly",
    "get over",
    "figure out why",
];

/// After "don't"/"shouldn't": only these verbs make a refusal ("i don't provide betting tips").
const SERVICE_VERBS: &[&str] = &[
    "provide",
    "offer",
    "give",
    "write",
    "create",
    "generate",
    "share",
    "handle",
    "support",
    "make",
    "help",
    "assist",
    "engage",
    "process",
    "disclose",
    "issue",
    "prescribe",
    "diagnose",
    "sell",
    "book",
    "answer",
    "discuss",
    "comment on",
    "take part",
    "do that",
    "do this",
    "do these",
    "do those",
    "do requests",
    "have access",
    "have the ability",
    "have permission",
    "have the authority",
    "produce",
    "draft",
    "predict",
    "recommend specific",
    "endorse",
    "facilitate",
    "participate",
];

/// Subjects of a first-person refusal.
const SUBJECTS: &[&str] = &["i", "we", "assistant", "agent", "bot"];

/// Impersonal refusals, matched in the normalized sentence.
const IMPERSONAL: &[&str] = &[
    "isn't something i",
    "is not something i",
    "'s not something i",
    "not something i'll",
    "not something i can",
    "not something i'm",
    "not something i am",
    "not something we",
    "isn't something we",
    "outside what i can",
    "outside of what i can",
    "outside the scope of what i",
    "outside my scope",
    "beyond what i can",
    "beyond what i'm able",
    "beyond my capabilities",
    "beyond the scope of what i",
    "policy doesn't allow me",
    "policy does not allow me",
    "policies don't allow me",
    "policies do not allow me",
    "guidelines don't allow me",
    "guidelines do not allow me",
    "policy doesn't permit me",
    "policy won't let me",
    "rules don't allow me",
    "doesn't allow me to",
    "does not allow me to",
    "against my guidelines",
    "against my policies",
    "against my policy",
    "against my programming",
    "against my principles",
    "against my ethical",
    "against our policy",
    "against our policies",
    "against our content policy",
    "against our usage policies",
    "against our terms",
    "against the usage policies",
    "against openai's",
    "against anthropic's",
    "violates my guidelines",
    "violate my guidelines",
    "violates our policy",
    "violates our policies",
    "violates our usage",
    "as an ai, i can't",
    "as an ai i can't",
    "through this assistant",
    "through this chat",
    "through this channel",
    "over chat",
    "via this chat",
    "in this chat",
];

/// Impersonal "can't be <done> through this assistant": needs the channel phrase too.
const CHANNEL_PASSIVE: &[&str] = &[
    "can't be ",
    "cannot be ",
    "isn't possible ",
    "is not possible ",
];

/// Other languages: (phrase, exclusions that follow it).
const FOREIGN: &[(&str, &[&str])] = &[
    ("no puedo", &["dejar de", "evitar", "creer", "esperar"]),
    ("no tengo acceso", &[]),
    ("no me es posible", &[]),
    ("no estoy autorizad", &[]),
    ("je ne peux pas", &["m'emp\u{ea}cher", "croire", "attendre"]),
    ("je ne peux malheureusement pas", &[]),
    ("je ne peux vous", &[]),
    ("je ne suis pas en mesure", &[]),
    ("je ne suis pas autoris", &[]),
    ("il m'est impossible", &[]),
    ("kann ich leider nicht", &[]),
    ("kann ich ihnen nicht", &[]),
    ("kann ich dir nicht", &[]),
    ("kann ich nicht", &[]),
    ("ich kann ihnen dabei", &[]),
    ("ich kann dir dabei", &[]),
    ("ich kann ihnen leider", &[]),
    ("ich kann dir leider", &[]),
    ("ich kann leider", &[]),
    ("ich kann das nicht", &[]),
    ("ich kann keine", &[]),
    ("ich kann hier", &[]),
    ("ich darf", &[]),
    ("nicht in der lage", &[]),
    ("darf ich leider", &[]),
    ("ist mir leider nicht m\u{f6}glich", &[]),
    ("ist mir nicht m\u{f6}glich", &[]),
    ("n\u{e3}o posso", &["deixar de", "acreditar", "esperar"]),
    ("n\u{e3}o consigo", &[]),
    ("n\u{e3}o tenho acesso", &[]),
    (
        "non posso",
        &["che ", "fare a meno", "credere", "aspettare"],
    ),
    ("non sono in grado", &[]),
    ("non riesco", &[]),
    ("non mi \u{e8} possibile", &[]),
    ("non mi \u{e8} consentito", &[]),
    ("non sono autorizzat", &[]),
    ("contraire \u{e0} nos r\u{e8}gles", &[]),
    ("\u{e0} l'encontre de nos r\u{e8}gles", &[]),
    ("je ne peux donc pas", &[]),
    ("ik kan je daar niet", &[]),
    ("ik kan u daar niet", &[]),
    ("ik kan je hier niet", &[]),
    ("ik kan u hier niet", &[]),
    ("ik kan je daarmee niet", &[]),
    ("ik kan u daarmee niet", &[]),
    ("ik kan dit niet", &[]),
    ("dat kan ik niet", &[]),
    ("kan ik niet", &[]),
    ("ik mag geen", &[]),
    ("ik mag niet", &[]),
];

/// Openings of sentences that are courtesy, not content ("Thanks for reaching out.").
const COURTESY: &[&str] = &[
    "thanks",
    "thank you",
    "i understand",
    "i appreciate",
    "great question",
    "good question",
    "i hear you",
    "i'm sorry",
    "i am sorry",
    "sorry",
    "unfortunately",
    "i see",
    "got it",
    "of course",
    "hi",
    "hello",
    "hey",
    "i know",
    "that's a",
    "that is a",
    "i get",
    "i'd love to",
    "i would love to",
    "i wish i could",
    "i totally",
    "fair question",
];

/// Openings that bring help after a refusal.
const CONTRAST: &[&str] = &[
    "but here",
    "however, here",
    "but i can",
    "however, i can",
    "what i can",
    "instead",
    "in the meantime",
    "meanwhile",
    "that said",
    "that being said",
    "here's",
    "here is",
    "here are",
    "generally",
    "though,",
    "however, in general",
    "but in general",
    "you can still",
    "but you can",
    "but everything else",
    "but the rest",
    "sin embargo",
    "pero aqu",
    "cependant",
    "mais voici",
    "aber hier",
    "jedoch",
    "tuttavia",
    "mas aqui",
];

/// Sentences after a refusal that only redirect or close (still a full refusal).
const REDIRECT: &[&str] = &[
    "please contact",
    "contact ",
    "reach out",
    "please call",
    "call ",
    "talk to",
    "speak with",
    "speak to",
    "consult",
    "ask your",
    "ask a ",
    "please ask",
    "visit ",
    "use the",
    "you can use",
    "you can ask",
    "you may want",
    "i recommend contacting",
    "i'd suggest",
    "i'd recommend",
    "i'm here",
    "let me know",
    "feel free",
    "happy to help",
    "if you have",
    "is there anything",
    "anything else",
    "i can help with",
    "i'd be happy",
    "i'm happy to",
    "only ",
    "our support",
    "a human",
    "will follow up",
    "if you",
    "please ",
    "you'll need",
    "you will need",
    "for that,",
    "for this,",
    "that requires",
    "this requires",
    "the airline",
    "your bank",
    "your doctor",
    "your pharmacist",
    "your pediatrician",
    "a licensed",
    "a lawyer",
    "an attorney",
    "a professional",
    "emergency",
    "911",
    "support agents",
];

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
    /// The cue phrase that fired (a fixed phrase, never user text).
    pub cue: Option<String>,
}

impl RefusalVerdict {
    fn none() -> RefusalVerdict {
        RefusalVerdict {
            refused: false,
            kind: None,
            cue: None,
        }
    }
}

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

/// Compiled refusal detector.
pub struct RefusalDetector {
    anchors: AhoCorasick,
    grammar: AhoCorasick,
    rules: Vec<(String, Rule)>,
}

/// Error compiling the phrase automata.
#[derive(Debug, thiserror::Error)]
#[error("cannot compile refusal phrases: {0}")]
pub struct RefusalError(String);

impl RefusalDetector {
    /// Build with the built-in grammar plus `extra` phrases (matched ignoring case, curly
    /// quotes and extra spaces).
    pub fn new(extra: &[String]) -> Result<RefusalDetector, RefusalError> {
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
        let anchors = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(
                ANCHORS
                    .iter()
                    .copied()
                    .chain(extra.iter().map(String::as_str))
                    .chain(curly.iter().map(String::as_str)),
            )
            .map_err(|e| RefusalError(e.to_string()))?;
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
        let grammar = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(rules.iter().map(|(p, _)| p))
            .map_err(|e| RefusalError(e.to_string()))?;
        Ok(RefusalDetector {
            anchors,
            grammar,
            rules,
        })
    }

    /// Judge one reply.
    pub fn detect(&self, text: &str) -> RefusalVerdict {
        let bytes = text.as_bytes();
        let lowered = super::ascii_lowercase(bytes);
        let mut window = String::new();
        let mut checked_until = 0;
        let mut fences = CodeFences::new(bytes);
        let mut quotes = QuoteState::default();
        for anchor in self.anchors.find_iter(&*lowered) {
            if anchor.start() < checked_until {
                continue;
            }
            let (s, e) = sentence_around(bytes, anchor.start(), anchor.end());
            checked_until = e;
            if fences.inside(anchor.start()) || quotes.inside(bytes, anchor.start()) {
                continue;
            }
            window.clear();
            window.push(' ');
            normalize_into(&text[s..e], &mut window);
            window.push(' ');
            let Some(cue) = self.refusal_clause(&window) else {
                continue;
            };
            return RefusalVerdict {
                refused: true,
                kind: Some(partial_or_full(text, s, e, &window, &cue)),
                cue: Some(cue),
            };
        }
        RefusalVerdict::none()
    }

    /// The cue if this normalized sentence (padded with spaces) declines the request.
    fn refusal_clause(&self, sentence: &str) -> Option<String> {
        for m in self.grammar.find_overlapping_iter(sentence) {
            let (phrase, rule) = &self.rules[m.pattern().as_usize()];
            let (at, end) = (m.start(), m.end());
            let after = sentence[end..].trim_start();
            let found = match rule {
                Rule::Extra => true,
                Rule::Modal { weak } => {
                    let rest = after.strip_prefix("to ").unwrap_or(after);
                    first_person_before(&sentence[..at], phrase)
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
                return Some(match rule {
                    Rule::GermanOpener => format!("{} … nicht", phrase.trim()),
                    _ => phrase.trim().to_owned(),
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
fn first_person_before(before: &str, modal: &str) -> bool {
    let contracted = modal.starts_with('\'');
    let words: Vec<&str> = before
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == '"')
        .filter(|w| !w.is_empty())
        .collect();
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

/// Refusal then introduced help, or help before it, is partial.
fn partial_or_full(text: &str, s: usize, e: usize, sentence: &str, cue: &str) -> RefusalKind {
    if sentences(&text[..s]).any(|x| is_content(&x)) {
        return RefusalKind::Partial;
    }
    let after = text[e..].trim();
    let after_norm = normalize(&after[..floor_char_boundary(after, after.len().min(400))]);
    let cue_at = sentence.find(cue).map_or(0, |i| i + cue.len());
    let tail = &sentence[cue_at..];
    let contrast_here = CONTRAST.iter().any(|c| tail.contains(c));
    let contrast_next = CONTRAST
        .iter()
        .any(|c| after_norm.trim_start().starts_with(c));
    let helpful_after = sentences(after).any(|x| is_content(&x))
        || after.contains("\n- ")
        || after.contains("\n* ")
        || after.contains("\n1.")
        || after.contains("```");
    if (contrast_here || contrast_next) && helpful_after {
        return RefusalKind::Partial;
    }
    // "I can't X, but here's Y: <content>" in one sentence.
    if contrast_here && tail.len() > 80 {
        return RefusalKind::Partial;
    }
    RefusalKind::Full
}

/// Sentences of `text`, normalized.
fn sentences(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(['.', '!', '?', '\n'])
        .map(normalize)
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// A sentence that delivers something: long enough, not courtesy, not a redirect.
fn is_content(sentence: &str) -> bool {
    sentence.split(' ').count() >= 6
        && !COURTESY.iter().any(|c| sentence.starts_with(c))
        && !REDIRECT.iter().any(|c| sentence.contains(c))
}

/// The sentence containing `[start, end)`: back to the previous terminator, forward to the next.
fn sentence_around(bytes: &[u8], start: usize, end: usize) -> (usize, usize) {
    let is_end = |b: u8| matches!(b, b'.' | b'!' | b'?' | b'\n');
    let mut s = start;
    while s > 0 && start - s < 240 && !is_end(bytes[s - 1]) {
        s -= 1;
    }
    let mut e = end;
    while e < bytes.len() && e - end < 240 && !is_end(bytes[e]) {
        e += 1;
    }
    if e < bytes.len() {
        e += 1; // include the terminator
    }
    // Snap to char boundaries (terminators are ASCII; the caps may cut a character).
    while s < bytes.len() && (bytes[s] & 0xC0) == 0x80 {
        s += 1;
    }
    while e < bytes.len() && (bytes[e] & 0xC0) == 0x80 {
        e += 1;
    }
    (s, e)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Tracks ``` fences as positions only move forward, so each byte is searched once.
struct CodeFences<'a> {
    fences: memchr::memmem::FindIter<'a, 'static>,
    next: Option<usize>,
    count: usize,
}

impl<'a> CodeFences<'a> {
    fn new(bytes: &'a [u8]) -> CodeFences<'a> {
        let mut fences = memchr::memmem::find_iter(bytes, b"```");
        let next = fences.next();
        CodeFences {
            fences,
            next,
            count: 0,
        }
    }

    /// Inside a fenced code block: an odd number of fences before `pos` (non-decreasing).
    fn inside(&mut self, pos: usize) -> bool {
        while let Some(at) = self.next.filter(|at| *at < pos) {
            let _ = at;
            self.count += 1;
            self.next = self.fences.next();
        }
        self.count % 2 == 1
    }
}

/// Quote parity within the current paragraph, advanced forward only (anchors come in order),
/// so each byte of a reply is looked at once.
#[derive(Default)]
struct QuoteState {
    pos: usize,
    straight: usize,
    ticks: usize,
    open: usize,
    close: usize,
}

impl QuoteState {
    /// Inside double quotes (straight or curly) or backticks opened earlier in the same
    /// paragraph as `pos` (non-decreasing).
    fn inside(&mut self, bytes: &[u8], pos: usize) -> bool {
        const OPEN: &[u8] = "\u{201c}".as_bytes();
        const CLOSE: &[u8] = "\u{201d}".as_bytes();
        while self.pos < pos {
            match bytes[self.pos] {
                b'\n' => {
                    *self = QuoteState {
                        pos: self.pos,
                        ..QuoteState::default()
                    }
                }
                b'"' => self.straight += 1,
                b'`' => self.ticks += 1,
                0xE2 if bytes[self.pos..].starts_with(OPEN) => self.open += 1,
                0xE2 if bytes[self.pos..].starts_with(CLOSE) => self.close += 1,
                _ => {}
            }
            self.pos += 1;
        }
        self.straight % 2 == 1 || self.ticks % 2 == 1 || self.open > self.close
    }
}

/// Lower case, straight quotes, single spaces.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out);
    out
}

fn normalize_into(text: &str, out: &mut String) {
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{2032}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    // Common contractions spelled out mean the same.
    if out.contains("cannot") || out.contains("can not") || out.contains(" am ") {
        let replaced = out
            .replace("can not", "can't")
            .replace("cannot", "can't")
            .replace("i am not able", "i'm not able")
            .replace("i am unable", "i'm unable");
        *out = replaced;
    }
}

/// Scores model replies 1 (refused, fully or partly) or 0.
pub struct RefusalEvaluator {
    detector: RefusalDetector,
}

impl RefusalEvaluator {
    /// Build from `evaluators.refusal`.
    pub fn new(config: &RefusalConfig) -> Result<RefusalEvaluator, RefusalError> {
        Ok(RefusalEvaluator {
            detector: RefusalDetector::new(&config.extra_phrases)?,
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
            detail: verdict
                .refused
                .then(|| json!({"kind": verdict.kind, "cue": verdict.cue})),
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
}
