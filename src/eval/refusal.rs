//! `refusal`: does the model's reply decline the request, fully or in part?
//!
//! Two stages keep this fast and precise:
//! 1. an aho-corasick automaton finds *anchors* (`can't`, `cannot`, `unable`, `decline`, ...)
//!    in the raw reply, ignoring ASCII case — most replies have none and cost one SIMD pass;
//! 2. around each anchor, the sentence is normalized (case, curly quotes, whitespace) and
//!    matched against *cue* phrases that make a refusal: a first-person inability or
//!    unwillingness tied to the request ("i can't help with", "i'm unable to", "i must
//!    decline"), not a mention of "sorry" or "cannot" ("the value cannot be null", "sorry for
//!    the delay"). Exclusions ("i can't help but", "i can't recommend it enough"), quotes and
//!    code blocks are checked before a cue counts.
//!
//! A refusal followed by substantial help, or preceded by it, is *partial*.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;
use serde_json::json;

use super::{Evaluator, Label, Score};
use crate::config::RefusalConfig;
use crate::normalize::{AgentSpan, OperationKind};

/// Substrings every cue contains, searched in the raw text (ASCII case ignored).
const ANCHORS: &[&str] = &[
    "can't",
    "can\u{2019}t",
    "cannot",
    "can not",
    "unable",
    "not able",
    "won't",
    "won\u{2019}t",
    "will not",
    "decline",
    "refuse",
    "not comfortable",
    "not allowed",
    "not permitted",
    "against my",
    "against the",
    "against our",
    "as an ai",
    "not something",
    "not in a position",
    "afraid",
    "no puedo",
    "je ne peux",
    "je ne suis pas",
    "kann ich",
    "kann dir",
    "kann ihnen",
    "nicht helfen",
    "não posso",
    "non posso",
    "don't feel comfortable",
    "do not feel comfortable",
    "shouldn't help",
    "should not help",
    "not going to",
];

/// Phrases (normalized: lower case, straight quotes, single spaces) that make a refusal.
const CUES: &[&str] = &[
    // can't / cannot + a verb of serving the request
    "i can't help with",
    "i can't help you",
    "i can't help that",
    "i can't help create",
    "i can't help write",
    "i can't help make",
    "i can't help build",
    "i can't help find",
    "i can't help generate",
    "i can't help answer",
    "i can't help provide",
    "i can't help plan",
    "i can't help here",
    "i can't help.",
    "i can't help,",
    "i can't assist",
    "i can't provide",
    "i can't do that",
    "i can't do this",
    "i can't share",
    "i can't give",
    "i can't create",
    "i can't write",
    "i can't generate",
    "i can't support",
    "i can't comply",
    "i can't fulfill",
    "i can't fulfil",
    "i can't answer",
    "i can't engage",
    "i can't continue",
    "i can't offer",
    "i can't produce",
    "i can't disclose",
    "i can't reveal",
    "i can't participate",
    "i can't facilitate",
    "i can't complete",
    "i can't carry out",
    "i can't access",
    "i can't browse",
    "i can't process",
    "i can't book",
    "i can't make",
    "i can't go into",
    "i can't discuss",
    "i can't talk about",
    "i can't recommend",
    "i can't endorse",
    "i can't explain how to",
    "i can't tell you how to",
    "i can't walk you",
    "i can't guide",
    "i can't draft",
    "i can't compose",
    "i can't translate",
    "i can't send",
    "i can't look up",
    "i can't retrieve",
    "i can't look into",
    "i can't perform",
    "i can't execute",
    "i can't run",
    "i can't access",
    "i can't view",
    "i can't open",
    "i can't see your",
    "i can't check",
    "i can't verify",
    "i can't confirm",
    "i can't get",
    "i can't be of help",
    "i can't be of assistance",
    "i can't be used",
    "i can't in good conscience",
    "i can't and won't",
    "i can't, ",
    "i can't.",
    "i can't with this",
    "i can't with that",
    "i can't handle",
    "i can't pull",
    "i can't place",
    "i can't schedule",
    "i can't transfer",
    "i can't change",
    "i can't update",
    "i can't cancel",
    "i can't override",
    "i can't bypass",
    "i can't ignore",
    "i can't impersonate",
    "i can't pretend",
    "i can't roleplay",
    "i can't role-play",
    "i can't act as",
    "i can't diagnose",
    "i can't prescribe",
    "i can't give you",
    "i can't list",
    "i can't identify",
    "i can't locate",
    "i can't track",
    "i can't find out",
    "i can't search",
    "i can't contact",
    "i can't reach",
    "i can't call",
    "i can't email",
    "i can't predict",
    "i can't guarantee that i",
    "i can't say",
    "i can't speak to",
    "i can't weigh in",
    "i can't take part",
    "i can't be part",
    "i can't work on",
    "i can't code",
    "i can't program",
    "i can't build",
    "i can't design",
    "i can't develop",
    "i can't output",
    "i can't print",
    "i can't repeat",
    "i can't reproduce",
    "i can't copy",
    "i can't summarize",
    "i can't summarise",
    "i can't rewrite",
    "i can't edit",
    "i can't modify",
    "i can't alter",
    "i can't elaborate",
    "i can't expand",
    "i can't detail",
    "i can't describe",
    "i can't outline",
    "i can't show",
    // be able to
    "i'm unable to",
    "i am unable to",
    "i'm not able to",
    "i am not able to",
    "i won't be able to",
    "i will not be able to",
    "i wouldn't be able to",
    "i'm not going to be able to",
    "we're unable to",
    "we are unable to",
    "i'm unable",
    "unable to assist",
    "unable to help",
    "unable to provide",
    "unable to comply",
    // won't
    "i won't help",
    "i won't assist",
    "i won't provide",
    "i won't write",
    "i won't create",
    "i won't generate",
    "i won't share",
    "i won't give",
    "i won't do",
    "i won't be",
    "i won't engage",
    "i won't participate",
    "i won't produce",
    "i won't make",
    "i won't be helping",
    "i will not help",
    "i will not assist",
    "i will not provide",
    "i will not write",
    "i will not create",
    "i will not generate",
    "i will not share",
    "i will not do",
    "i'm not going to help",
    "i'm not going to provide",
    "i'm not going to write",
    "i'm not going to create",
    "i'm not going to share",
    "i'm not going to do",
    "i am not going to help",
    "i am not going to provide",
    // decline / refuse
    "i must decline",
    "i have to decline",
    "i'll have to decline",
    "i need to decline",
    "i respectfully decline",
    "i'm going to decline",
    "i am going to decline",
    "i'll decline",
    "i will decline",
    "i'd rather decline",
    "i must respectfully decline",
    "i have to respectfully decline",
    "i refuse",
    "i must refuse",
    "i have to refuse",
    // not something I can
    "not something i can",
    "not something i'm able",
    "not something i am able",
    "not something i'm going to",
    "not something i will",
    "not something i'll",
    "isn't something i can",
    "is not something i can",
    "not something that i can",
    // comfort / permission / policy
    "i'm not comfortable",
    "i am not comfortable",
    "i don't feel comfortable",
    "i do not feel comfortable",
    "i'm not allowed to",
    "i am not allowed to",
    "i'm not permitted to",
    "i am not permitted to",
    "i'm not in a position to",
    "i am not in a position to",
    "against my guidelines",
    "against my policies",
    "against my policy",
    "against my programming",
    "against my principles",
    "against my ethical",
    "against the guidelines i",
    "against our policy",
    "against our policies",
    "against our content policy",
    "against openai's",
    "against the usage policies",
    "violates my guidelines",
    "violate my guidelines",
    // as an AI
    "as an ai, i can't",
    "as an ai, i cannot",
    "as an ai, i don't",
    "as an ai language model, i",
    "as an ai language model i",
    "as an ai model, i can't",
    "as an ai assistant, i can't",
    "as an ai, i'm not able",
    "as an ai, i am not able",
    "as an ai, i'm unable",
    // I'm afraid
    "i'm afraid i can't",
    "i'm afraid i cannot",
    "i'm afraid i won't",
    "i'm afraid i'm unable",
    "i'm afraid i am unable",
    "i'm afraid that's not",
    "i'm afraid this isn't",
    "i'm afraid i don't have the ability",
    // shouldn't
    "i shouldn't help",
    "i should not help",
    "i shouldn't provide",
    "i should not provide",
    // Spanish, French, German, Portuguese, Italian
    "no puedo ayudar",
    "no puedo ayudarte",
    "no puedo proporcionar",
    "no puedo hacer",
    "no puedo compartir",
    "no puedo crear",
    "no puedo escribir",
    "no puedo dar",
    "no puedo asistir",
    "lo siento, pero no puedo",
    "je ne peux pas",
    "je ne suis pas en mesure",
    "ich kann dir dabei nicht helfen",
    "ich kann ihnen dabei nicht helfen",
    "ich kann dabei nicht helfen",
    "kann ich nicht helfen",
    "kann ich nicht",
    "ich kann das nicht",
    "ich kann keine",
    "ich kann leider nicht",
    "leider kann ich",
    "não posso ajudar",
    "não posso fornecer",
    "não posso",
    "non posso aiutare",
    "non posso fornire",
    "non posso",
];

/// After a cue, these words mean the phrase is not a refusal ("i can't help but notice").
const EXCLUSIONS_AFTER: &[&str] = &[
    " but ",
    " but notice",
    " enough",
    " wait",
    " stress",
    " emphasize",
    " emphasise",
    " thank",
    " believe",
    " tell you how much",
    " tell you enough",
    " say enough",
    " recommend it enough",
    " recommend this enough",
    " recommend them enough",
];

/// Verbs whose "can't" + exclusion pair we check: only these cues can be negated that way.
const EXCLUDABLE_CUE_ENDINGS: &[&str] = &[
    "i can't help",
    "i can't recommend",
    "i can't say",
    "i can't stress",
    "i can't tell",
];

/// Words that, starting what follows a refusal, introduce help with the rest.
const CONTRAST: &[&str] = &[
    "but ",
    "however",
    "instead",
    "that said",
    "that being said",
    "here is",
    "here's",
    "here are",
    "what i can",
    "i can, however",
    "i can help",
    "i can provide",
    "i can offer",
    "i can give",
    "i can share",
    "i can explain",
    "i can suggest",
    "sin embargo",
    "pero ",
    "cependant",
    "mais ",
    "aber ",
    "jedoch",
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

/// Compiled refusal detector.
pub struct RefusalDetector {
    anchors: AhoCorasick,
    cues: AhoCorasick,
    cue_names: Vec<String>,
}

/// Error compiling the phrase automata.
#[derive(Debug, thiserror::Error)]
#[error("cannot compile refusal phrases: {0}")]
pub struct RefusalError(String);

impl RefusalDetector {
    /// Build with the built-in phrases plus `extra` (matched case-insensitively).
    pub fn new(extra: &[String]) -> Result<RefusalDetector, RefusalError> {
        let extra: Vec<String> = extra
            .iter()
            .map(|p| normalize(p).trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect();
        // Anchors are searched in an ASCII-lowered copy of the reply: a case-sensitive
        // automaton keeps its SIMD prefilter, a case-insensitive one does not.
        let anchors = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(
                ANCHORS
                    .iter()
                    .copied()
                    .chain(extra.iter().map(String::as_str)),
            )
            .map_err(|e| RefusalError(e.to_string()))?;
        let cue_names: Vec<String> = CUES
            .iter()
            .map(|c| c.to_string())
            .chain(extra.iter().cloned())
            .collect();
        let cues = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&cue_names)
            .map_err(|e| RefusalError(e.to_string()))?;
        Ok(RefusalDetector {
            anchors,
            cues,
            cue_names,
        })
    }

    /// Judge one reply.
    pub fn detect(&self, text: &str) -> RefusalVerdict {
        let bytes = text.as_bytes();
        let mut window = String::new();
        let mut checked_until = 0;
        let lowered = super::ascii_lowercase(bytes);
        for anchor in self.anchors.find_iter(&*lowered) {
            if anchor.start() < checked_until {
                continue;
            }
            let (s, e) = sentence_around(bytes, anchor.start(), anchor.end());
            checked_until = e;
            if in_code_block(bytes, anchor.start()) || in_quotes(bytes, s, anchor.start()) {
                continue;
            }
            // The sentence plus what comes right after it, for exclusions that follow the cue.
            let tail_end = floor_char_boundary(text, (e + 40).min(text.len()));
            window.clear();
            normalize_into(&text[s..tail_end], &mut window);
            let sentence_len = normalized_len(&text[s..e]);
            let Some(cue) = self.find_cue(&window, sentence_len) else {
                continue;
            };
            let kind = partial_or_full(text, s, e, &window);
            return RefusalVerdict {
                refused: true,
                kind: Some(kind),
                cue: Some(cue),
            };
        }
        RefusalVerdict::none()
    }

    fn find_cue(&self, window: &str, sentence_len: usize) -> Option<String> {
        for m in self.cues.find_iter(window) {
            if m.start() >= sentence_len {
                break;
            }
            let cue = &self.cue_names[m.pattern().as_usize()];
            // The cue must start a clause: "i can't" not "... but i can't" inside a quote of
            // someone else is handled by in_quotes; here, a letter right before means the "i"
            // belongs to another word ("wi can't").
            if m.start() > 0 && window.as_bytes()[m.start() - 1].is_ascii_alphanumeric() {
                continue;
            }
            let after = &window[m.end()..];
            let excludable = EXCLUDABLE_CUE_ENDINGS.iter().any(|c| cue.starts_with(c));
            if excludable && excluded(cue, after) {
                continue;
            }
            return Some(cue.clone());
        }
        None
    }
}

/// "i can't help but notice", "i can't recommend it enough", "i can't stress enough".
fn excluded(cue: &str, after: &str) -> bool {
    let text = format!("{cue}{after}");
    let tail = &text[cue.len().min(text.len())..];
    let near = tail.get(..tail.len().min(30)).unwrap_or(tail);
    if cue.starts_with("i can't help")
        && (tail.starts_with(" but")
            || near.starts_with(" thinking")
            || near.starts_with(" feeling")
            || near.starts_with(" wondering"))
    {
        return true;
    }
    EXCLUSIONS_AFTER
        .iter()
        .filter(|x| !matches!(**x, " but "))
        .any(|x| near.contains(x))
}

/// Refusal then substantial help (or help then a refusal) is partial.
fn partial_or_full(text: &str, s: usize, e: usize, window: &str) -> RefusalKind {
    let before = text[..s].trim();
    let after = text[e..].trim();
    // Help came first: the reply answered, then declined a part.
    if before.len() > 200 {
        return RefusalKind::Partial;
    }
    let after_norm: String = normalize(&after[..floor_char_boundary(after, after.len().min(200))]);
    let contrast_in_sentence = CONTRAST.iter().any(|c| {
        window
            .find(c)
            .is_some_and(|p| p > 0 && window.as_bytes()[p - 1] == b' ')
    });
    let contrast_after = CONTRAST.iter().any(|c| after_norm.starts_with(c));
    let substantial = after.len() > 160
        || after.contains("\n- ")
        || after.contains("\n* ")
        || after.contains("\n1.")
        || after.contains("```");
    if (contrast_in_sentence || contrast_after) && substantial {
        RefusalKind::Partial
    } else {
        RefusalKind::Full
    }
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

/// Inside a fenced code block: an odd number of ``` fences before `pos`.
fn in_code_block(bytes: &[u8], pos: usize) -> bool {
    memchr::memmem::find_iter(&bytes[..pos], b"```").count() % 2 == 1
}

/// Inside double quotes opened earlier in the same sentence.
fn in_quotes(bytes: &[u8], sentence_start: usize, pos: usize) -> bool {
    let before = &bytes[sentence_start..pos];
    let straight = before.iter().filter(|b| **b == b'"').count();
    let open = memchr::memmem::find_iter(before, "\u{201c}".as_bytes()).count();
    let close = memchr::memmem::find_iter(before, "\u{201d}".as_bytes()).count();
    straight % 2 == 1 || open > close || before.ends_with(b"'") || before.ends_with(b"`")
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
        for l in c.to_lowercase() {
            out.push(l);
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

fn normalized_len(text: &str) -> usize {
    normalize(text).len()
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
