//! Full or partial: does the reply deliver anything besides the refusal?

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::RefusalKind;
use super::lexicon::{CONTRAST, COURTESY, REDIRECT};
use super::text::{floor_char_boundary, normalize};

/// Sentences of `text`, normalized.
pub(super) fn sentences(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(['.', '!', '?', '\n'])
        .map(normalize)
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// The redirect phrases as one automaton: a sentence is read once, not once per phrase.
static REDIRECTS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(REDIRECT)
        .expect("redirect phrases are plain strings")
});

/// A sentence that delivers something: long enough, not courtesy, not a redirect.
pub(super) fn is_content(sentence: &str) -> bool {
    sentence.split(' ').nth(5).is_some()
        && !COURTESY.iter().any(|c| sentence.starts_with(c))
        && !REDIRECTS.is_match(sentence)
}

/// A part declined among delivered ones: partial when the reply holds content besides the
/// declining sentence `[s, e)`, full otherwise.
pub(super) fn besides(text: &str, s: usize, e: usize) -> RefusalKind {
    let content = |t: &str| sentences(t).any(|x| is_content(&x));
    if content(&text[..s]) || content(&text[e..]) || text[e..].contains("```") {
        RefusalKind::Partial
    } else {
        RefusalKind::Full
    }
}

/// Refusal then introduced help, or help before it, is partial. `[s, e)` is the refusing
/// sentence in `text`, `sentence` its normalized form and `cue` the phrase that fired in it.
pub(super) fn partial_or_full(
    text: &str,
    s: usize,
    e: usize,
    sentence: &str,
    cue: &str,
) -> RefusalKind {
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
