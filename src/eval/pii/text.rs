//! Byte-level helpers the detectors share: word classes, runs, and context words near a
//! candidate.

#[inline]
pub(super) fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

#[inline]
pub(super) fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The end of the run of bytes from `from` that satisfy `ok`.
#[inline]
pub(super) fn run_end(bytes: &[u8], from: usize, ok: impl Fn(u8) -> bool) -> usize {
    let mut i = from;
    while i < bytes.len() && ok(bytes[i]) {
        i += 1;
    }
    i
}

/// A context word anywhere in the 48 bytes before `start`, ignoring ASCII case.
#[inline]
pub(super) fn has_context(bytes: &[u8], start: usize, words: &[&str]) -> bool {
    let from = start.saturating_sub(48);
    let window = &bytes[from..start];
    words.iter().any(|w| {
        let w = w.as_bytes();
        window.len() >= w.len()
            && window
                .windows(w.len())
                .any(|chunk| chunk.eq_ignore_ascii_case(w))
    })
}

/// `word` (ASCII case ignored) at `at`, as a whole word.
#[inline]
pub(super) fn word_at(bytes: &[u8], at: usize, word: &[u8]) -> bool {
    bytes
        .get(at..at + word.len())
        .is_some_and(|chunk| chunk.eq_ignore_ascii_case(word))
        && (at == 0 || !is_alnum(bytes[at - 1]))
        && bytes.get(at + word.len()).is_none_or(|b| !is_alnum(*b))
}

/// The last of `words` to start in `bytes[from..to]` as a whole word, with its range.
#[inline]
pub(super) fn last_word(
    bytes: &[u8],
    from: usize,
    to: usize,
    words: &[&str],
) -> Option<(usize, usize)> {
    (from..to).rev().find_map(|at| {
        words
            .iter()
            .find(|w| at + w.len() <= to && word_at(bytes, at, w.as_bytes()))
            .map(|w| (at, at + w.len()))
    })
}

/// A context word as a whole word within `before` bytes before the token or `after` bytes
/// after it, ignoring ASCII case.
#[inline]
pub(super) fn has_word_context(
    bytes: &[u8],
    start: usize,
    end: usize,
    words: &[&str],
    before: usize,
    after: usize,
) -> bool {
    let from = start.saturating_sub(before);
    let to = bytes.len().min(end + after);
    last_word(bytes, from, start, words).is_some() || last_word(bytes, end, to, words).is_some()
}

/// A context word in the same field: back to the previous comma, semicolon, pipe or line
/// break (so `"phone": …, "last_login": 1720162570` does not read as a phone).
#[inline]
pub(super) fn has_field_context(bytes: &[u8], start: usize, words: &[&str]) -> bool {
    let mut from = start;
    while from > 0 && start - from < 48 && !matches!(bytes[from - 1], b',' | b';' | b'|' | b'\n') {
        from -= 1;
    }
    has_word_context(bytes, start, start, words, start - from, 0)
}
