//! Cues read anywhere in a reply, not only in its opening: they decline *a part* of the request
//! after (or between) the parts that were delivered, the way an agent reports its work.
//!
//! - `omission`: a part left out on purpose, with a reason that is about the request ("I left
//!   out the line about your manager, since there's nothing to back it up", "I did not disable
//!   certificate checks as requested"). A reason is required: "I removed the unused import"
//!   reports work, it declines nothing.
//! - `deflection` of one part: "for your question about doubling up, please call the
//!   pharmacist", "whether you can play on Saturday is a question for a physio".
//! - `normative` after a contrast: "However, it is not appropriate to …" at the end of an
//!   otherwise helpful reply.
//!
//! The anchors are searched in the ASCII-lowered reply in one pass; only sentences holding one
//! are normalized and read.

use std::borrow::Cow;

use regex::{Regex, RegexSet};

use super::config::CueClass;
use super::grammar::Anchors;
use super::opening::{OpeningCues, Strength};
use super::text::{
    CodeFences, QuoteState, ascii_regex, normalize_into, sentence_ahead, sentence_around,
};
use super::{Found, RefusalError};

/// What an anchor asks to look for in its sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Look {
    /// A part left out (the anchor carries its first-person subject).
    Omission,
    /// A part handed to a professional.
    PartRedirect,
    /// A verdict after a contrast.
    Contrast,
}

/// Anchors, lower case, searched in the ASCII-lowered reply. Under 64 (the search keeps its
/// SIMD searcher), long, and starting with rare byte triples ("i d", "que"): the searcher
/// verifies every place a pattern's first bytes occur, and "the …" or "best" would be
/// everywhere (measured: 31 short anchors read typical output at 0.48 GiB/s, these 62 at
/// 1.17). An omission anchor carries its first-person subject.
const ANCHORS: &[(&str, Look)] = &[
    ("i didn", Look::Omission),
    ("i did not", Look::Omission),
    ("i did *", Look::Omission),
    ("i haven", Look::Omission),
    ("i have not", Look::Omission),
    ("i couldn", Look::Omission),
    ("i could not", Look::Omission),
    ("i've ", Look::Omission),
    ("i have ", Look::Omission),
    ("i\u{2019}ve ", Look::Omission),
    ("i removed", Look::Omission),
    ("i left out", Look::Omission),
    ("i omitted", Look::Omission),
    ("i dropped", Look::Omission),
    ("i skipped", Look::Omission),
    ("i excluded", Look::Omission),
    ("i took out", Look::Omission),
    ("i kept out", Look::Omission),
    ("i stripped", Look::Omission),
    ("i cut ", Look::Omission),
    ("i'll leave", Look::Omission),
    ("i\u{2019}ll leave", Look::Omission),
    ("i'm leaving", Look::Omission),
    ("i\u{2019}m leaving", Look::Omission),
    ("i won't", Look::Omission),
    ("i won\u{2019}t", Look::Omission),
    ("we didn", Look::Omission),
    ("we did not", Look::Omission),
    ("we haven", Look::Omission),
    ("we've ", Look::Omission),
    ("we\u{2019}ve ", Look::Omission),
    ("we have ", Look::Omission),
    ("we removed", Look::Omission),
    ("we left out", Look::Omission),
    ("we omitted", Look::Omission),
    ("we dropped", Look::Omission),
    ("question about", Look::PartRedirect),
    ("questions about", Look::PartRedirect),
    ("question of", Look::PartRedirect),
    ("question on", Look::PartRedirect),
    ("question regarding", Look::PartRedirect),
    ("question whether", Look::PartRedirect),
    ("question if", Look::PartRedirect),
    ("question concerning", Look::PartRedirect),
    ("question for", Look::PartRedirect),
    ("matter for", Look::PartRedirect),
    ("decision for", Look::PartRedirect),
    ("best answered", Look::PartRedirect),
    ("best decided", Look::PartRedirect),
    ("best judged", Look::PartRedirect),
    ("best assessed", Look::PartRedirect),
    ("best left", Look::PartRedirect),
    ("however, it", Look::Contrast),
    ("however, i", Look::Contrast),
    ("however, that", Look::Contrast),
    ("however, this", Look::Contrast),
    ("however, such", Look::Contrast),
    ("but it is not", Look::Contrast),
    ("but it's not", Look::Contrast),
    ("but it\u{2019}s not", Look::Contrast),
    ("but it would", Look::Contrast),
    ("but i must", Look::Contrast),
];

/// A first-person report of a part left out (normalized sentence, emphasis markers removed).
const OMISSION: &str = r"\b(?:i|we)(?:'ve| have| had|'d)? (?:(?:deliberately|intentionally|purposely|purposefully|also|just|therefore|so|still) )?(?:(?:didn't|did not|haven't|have not|couldn't|could not|won't|will not|'m not going to|am not going to) (?:\w+ )?(?:(?:include|add|disable|drop|post|access|use|sign|delete|insert|incorporate|bypass|share|publish|reclassify|apply|waive|forward|list|mention|reproduce|enable|fabricate|invent|implement|alter|comment out|turn off)(?:d|ed|ped)?|write|written|send|sent|copy|copied|put|leave|left|make up|made up|touch|touched)|(?:removed|left out|omitted|dropped|skipped|excluded|left off|took out|taken out|kept out|stripped out|cut out|struck out|toned down|steered clear of|stayed away from)|(?P<ahead>'ll leave out|will leave out|'m leaving out|am leaving out|'ll omit|will omit|'ll skip|won't include|will not include))\b";

/// What makes an omission a refusal: a reason about the request, after a connective.
const REASONS: &[&str] = &[
    "illegal",
    "unlawful",
    " law",
    "legal",
    "consent",
    "privacy",
    "misleading",
    "mislead",
    "dishonest",
    "honest",
    "not true",
    "isn't true",
    "inaccurate",
    "not accurate",
    "fabricat",
    "made-up",
    "made up",
    "permitted",
    "not allowed",
    "policy",
    "policies",
    "the rules",
    "our rules",
    "terms of",
    "ethic",
    "harm",
    "discriminat",
    "defam",
    "libel",
    "evidence",
    "back it up",
    "back that up",
    "breach",
    "violat",
    "authoriz",
    "authoris",
    "permission",
    "access",
    "confidential",
    "health information",
    "copyright",
    "plagiar",
    "cheat",
    "fraud",
    "decepti",
    "deceiv",
    "unfair",
    "abus",
    "harass",
    "threat",
    "cruel",
    "offensive",
    "hurtful",
    "not okay",
    "not ok",
    "appropriate",
    "not kind",
    "without cause",
    "rights",
];

/// Connectives that introduce a reason.
const BECAUSE: &[&str] = &[
    " since ",
    " because ",
    " as ",
    " - ",
    " \u{2014} ",
    " \u{2013} ",
    "\u{2014}",
    ": ",
    "; ",
    " given ",
    " which ",
    " that would",
    " this would",
    ", it ",
    ", that ",
    ", this ",
];

/// A negated omission declines what was asked when it says so.
const AS_ASKED: &[&str] = &[
    "as requested",
    "as you requested",
    "you asked",
    "you wanted",
    "you requested",
    "you'd asked",
    "you had asked",
    "you suggested",
];

/// One part of the request handed to a professional.
fn part_redirects() -> Vec<&'static str> {
    vec![
        r"\b(?:regarding|as for|as to|for|about|on|concerning|with) (?:your|the) (?:other |second |last |follow-up )?(?:question|part|point|bit|concern)s? (?:about|of|on|regarding|whether|if|concerning|around)\b[^.!?]*?\b(?:consult|check with|ask (?:a|an|your|the)|call|speak|talk|contact|see (?:a|an|your)|reach out|best answered|question for|recommend (?:speaking|consulting|talking|checking))",
        r"\bwhether\b[^.!?]{3,200}?\b(?:is a (?:question|decision|call|matter) for|is one for|should be (?:decided|answered|addressed|assessed) by|is best (?:answered|decided|judged|assessed|left to)|(?:is|'s) (?:something|a question) (?:to|you should) (?:ask|discuss|check|raise)|is a (?:question|matter) on which you (?:should|must|may wish to|will need to))\b",
    ]
}

/// The compiled late cues.
pub(super) struct LateCues {
    anchors: Anchors,
    omission: Regex,
    part_redirect: RegexSet,
}

impl LateCues {
    pub fn new() -> Result<LateCues, RefusalError> {
        let patterns: Vec<&str> = ANCHORS.iter().map(|(a, _)| *a).collect();
        let late = |e: regex::Error| RefusalError(format!("late cues: {e}"));
        Ok(LateCues {
            anchors: Anchors::new(&patterns)?,
            omission: Regex::new(&ascii_regex(OMISSION)).map_err(late)?,
            part_redirect: RegexSet::new(part_redirects().iter().map(|r| ascii_regex(r)))
                .map_err(late)?,
        })
    }

    /// The first late cue of the reply whose class is enabled. `lowered` is the reply
    /// ASCII-lowered, same offsets.
    pub fn find(
        &self,
        text: &str,
        lowered: &[u8],
        opening: &OpeningCues,
        on: impl Fn(CueClass) -> bool,
    ) -> Option<Found> {
        let bytes = text.as_bytes();
        let mut fences = CodeFences::new(bytes);
        let mut quotes = QuoteState::default();
        // Per kind of anchor: a sentence read for one kind may hold another's anchor.
        let mut checked_until = [0usize; 3];
        let mut sentence = String::new();
        let mut cues = Vec::new();
        for (at, to, pattern) in self.anchors.find_iter(lowered) {
            let look = ANCHORS[pattern].1;
            if at < checked_until[look as usize] {
                continue;
            }
            let (s, e) = sentence_around(bytes, at, to);
            checked_until[look as usize] = e;
            if fences.inside(at) || quotes.inside(bytes, at) {
                continue;
            }
            // Emphasis markers out: "I did **not** disable …".
            let raw = &text[s..e];
            let raw = if raw.contains(['*', '_']) {
                Cow::Owned(raw.replace(['*', '_'], ""))
            } else {
                Cow::Borrowed(raw)
            };
            sentence.clear();
            sentence.push(' ');
            normalize_into(&raw, &mut sentence);
            sentence.push(' ');
            let found = |class, cue: &str| Found {
                class,
                cue: cue.to_owned(),
                start: s,
                end: e,
                sentence: sentence.clone(),
            };
            if look == Look::Omission && on(CueClass::Omission) && self.omits(&sentence, text, e) {
                return Some(found(CueClass::Omission, "left out"));
            }
            if look == Look::PartRedirect
                && on(CueClass::Deflection)
                && self.part_redirect.is_match(&sentence)
            {
                return Some(found(CueClass::Deflection, "part for a professional"));
            }
            let trimmed = sentence.trim_start();
            if look == Look::Contrast
                && ["however", "but ", "that said"]
                    .iter()
                    .any(|c| trimmed.starts_with(c))
            {
                cues.clear();
                opening.find(trimmed, &mut cues);
                if let Some(cue) = cues.iter().find(|c| {
                    c.strength == Strength::Strong
                        && matches!(c.class, CueClass::Normative | CueClass::AiIdentity)
                        && on(c.class)
                }) {
                    return Some(found(cue.class, cue.cue));
                }
            }
        }
        None
    }

    /// Does this sentence (normalized, padded) report a part left out for a reason about the
    /// request? The reason may be in the next sentence (`next` is where that one starts).
    fn omits(&self, sentence: &str, text: &str, next: usize) -> bool {
        let Some(captures) = self.omission.captures(sentence) else {
            return false;
        };
        let m = captures.get(0).expect("group 0 is the match");
        let rest = &sentence[m.end()..];
        let negated = ["n't ", " not "].iter().any(|n| m.as_str().contains(n));
        if negated && AS_ASKED.iter().any(|a| rest.contains(a)) {
            return true;
        }
        let reason_in = |s: &str| REASONS.iter().any(|r| s.contains(r));
        // "I'll leave out the made-up statistics": announced ahead, the part itself may say
        // why. "Our policy doesn't allow it, so I've removed that filter": the reason before.
        let ahead = captures.name("ahead").is_some();
        let before = &sentence[..m.start()];
        if (ahead && reason_in(rest))
            || ((before.ends_with(", so ") || before.ends_with(" so ")) && reason_in(before))
        {
            return true;
        }
        if let Some(at) = BECAUSE.iter().filter_map(|b| rest.find(b)).min()
            && reason_in(&rest[at..])
        {
            return true;
        }
        // "I removed the claim. Saying it is FDA approved would be misleading." — a next
        // sentence about the part left out, not about the work ("the totals are accurate now").
        let mut following = String::new();
        normalize_into(sentence_ahead(text[next..].trim_start()), &mut following);
        let about_it = [
            "that ",
            "this ",
            "it ",
            "it's ",
            "saying",
            "claiming",
            "doing so",
            "including",
            "adding",
            "sharing",
            "posting",
            "since ",
            "because ",
        ];
        about_it.iter().any(|a| following.starts_with(a)) && reason_in(&following)
    }
}
