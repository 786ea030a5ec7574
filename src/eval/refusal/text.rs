//! Text handling shared by the cue readers: normalization, sentences, code fences and quotes.

/// The sentence containing `[start, end)`: back to the previous terminator, forward to the next.
pub(super) fn sentence_around(bytes: &[u8], start: usize, end: usize) -> (usize, usize) {
    let is_end = |b: u8| matches!(b, b'.' | b'!' | b'?' | b'\n');
    let mut s = start;
    while s > 0 && start - s < 400 && !is_end(bytes[s - 1]) {
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

/// The sentence `rest` begins with: up to and including its terminator, at most 300 bytes.
pub(super) fn sentence_ahead(rest: &str) -> &str {
    let cut = rest
        .find(['.', '!', '?', '\n'])
        .map_or(rest.len(), |i| i + 1)
        .min(300);
    &rest[..floor_char_boundary(rest, cut)]
}

/// A cue regex with ASCII word classes and boundaries: a Unicode `\b` sends the regex engine
/// to its slowest path on any non-ASCII text (an em dash, an emoji), and the cues are English.
pub(super) fn ascii_regex(re: &str) -> String {
    re.replace(r"\b", r"(?-u:\b)").replace(r"\w", r"(?-u:\w)")
}

pub(super) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Tracks ``` fences as positions only move forward, so each byte is searched once.
pub(super) struct CodeFences<'a> {
    fences: memchr::memmem::FindIter<'a, 'static>,
    next: Option<usize>,
    count: usize,
}

impl<'a> CodeFences<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> CodeFences<'a> {
        let mut fences = memchr::memmem::find_iter(bytes, b"```");
        let next = fences.next();
        CodeFences {
            fences,
            next,
            count: 0,
        }
    }

    /// Inside a fenced code block: an odd number of fences before `pos` (non-decreasing).
    pub(super) fn inside(&mut self, pos: usize) -> bool {
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
pub(super) struct QuoteState {
    pos: usize,
    straight: usize,
    ticks: usize,
    open: usize,
    close: usize,
}

impl QuoteState {
    /// Inside double quotes (straight or curly) or backticks opened earlier in the same
    /// paragraph as `pos` (non-decreasing).
    pub(super) fn inside(&mut self, bytes: &[u8], pos: usize) -> bool {
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

pub(super) fn normalize_into(text: &str, out: &mut String) {
    // A byte at a time, ASCII without Unicode tables; only non-ASCII characters are decoded.
    let mut bytes = std::mem::take(out).into_bytes();
    bytes.reserve(text.len());
    let mut space = false;
    let mut i = 0;
    while i < text.len() {
        let b = text.as_bytes()[i];
        let c = if b.is_ascii() {
            i += 1;
            match b {
                b'`' => '\'',
                b if b.is_ascii_whitespace() || b == 0x0b => ' ',
                b => char::from(b.to_ascii_lowercase()),
            }
        } else {
            let c = text[i..]
                .chars()
                .next()
                .expect("i is on a character boundary");
            i += c.len_utf8();
            match c {
                '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{2032}' => '\'',
                '\u{201c}' | '\u{201d}' => '"',
                c if c.is_whitespace() => ' ',
                c => c,
            }
        };
        if c == ' ' {
            if !space {
                bytes.push(b' ');
            }
            space = true;
            continue;
        }
        space = false;
        if c.is_ascii() {
            bytes.push(c as u8);
        } else {
            for l in c.to_lowercase() {
                let mut utf8 = [0; 4];
                bytes.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
            }
        }
    }
    *out = String::from_utf8(bytes).expect("built from whole characters");
    spell_out_contractions(out);
}

/// Common contractions spelled out mean the same.
fn spell_out_contractions(out: &mut String) {
    if out.contains("cannot") || out.contains("can not") || out.contains(" am ") {
        let replaced = out
            .replace("can not", "can't")
            .replace("cannot", "can't")
            .replace("i am not able", "i'm not able")
            .replace("i am unable", "i'm unable");
        *out = replaced;
    }
}

/// Byte ranges of the first sentences of `text` (up to `max` of them, within `limit` bytes),
/// ending at `.`, `!`, `?` or a line break; empty ones and code fences are skipped.
pub(super) fn opening_sentences(text: &str, max: usize, limit: usize) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let end = floor_char_boundary(text, bytes.len().min(limit));
    let mut out = Vec::with_capacity(max);
    let mut s = 0;
    let mut i = 0;
    let mut in_fence = false;
    while i < end && out.len() < max {
        let b = bytes[i];
        let terminator = matches!(b, b'!' | b'?' | b'\n')
            // "e.g." and "3.5" do not end a sentence.
            || (b == b'.' && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace() || *n == b'*'));
        if terminator {
            let line = &text[s..i];
            if line.trim_start().starts_with("```") {
                in_fence = !in_fence;
            } else if !in_fence && line.chars().any(char::is_alphanumeric) {
                out.push((s, i + 1));
            }
            s = i + 1;
        }
        i += 1;
    }
    if out.len() < max && s < end && !in_fence && text[s..end].chars().any(char::is_alphanumeric) {
        out.push((s, end));
    }
    out
}
