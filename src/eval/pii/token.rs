//! Numeric tokens: digit groups and the separators between them, read without allocating.

use super::text::run_end;

/// Most digit groups a token keeps (phone numbers have at most 6 or so).
pub(super) const MAX_GROUPS: usize = 8;

/// A numeric token: digit groups and what separates them. Fixed-size, no allocation: most
/// numbers in model output are short (prices, times, counts) and must cost almost nothing.
pub(super) struct Token {
    /// Byte range of the whole token in the text (including a leading `+` or `(`).
    pub(super) start: usize,
    pub(super) end: usize,
    /// Digit groups as byte ranges; `len` are used.
    pub(super) groups: [(usize, usize); MAX_GROUPS],
    /// Separator runs between groups; `len - 1` are used.
    pub(super) seps: [(usize, usize); MAX_GROUPS],
    pub(super) len: usize,
    pub(super) plus: bool,
    pub(super) open_paren: bool,
}

/// Group sizes of a token, comparable with slice patterns.
pub(super) struct Sizes {
    sizes: [usize; MAX_GROUPS],
    len: usize,
}

impl std::ops::Deref for Sizes {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        &self.sizes[..self.len]
    }
}

impl Token {
    #[inline]
    pub(super) fn groups(&self) -> &[(usize, usize)] {
        &self.groups[..self.len]
    }

    #[inline]
    pub(super) fn seps(&self) -> &[(usize, usize)] {
        &self.seps[..self.len - 1]
    }

    #[inline]
    pub(super) fn digit_count(&self) -> usize {
        self.groups().iter().map(|(s, e)| e - s).sum()
    }

    #[inline]
    pub(super) fn sizes(&self) -> Sizes {
        let mut sizes = [0; MAX_GROUPS];
        for (k, (s, e)) in self.groups().iter().enumerate() {
            sizes[k] = e - s;
        }
        Sizes {
            sizes,
            len: self.len,
        }
    }

    /// The digits, without separators (at most 8 groups × 19 digits is never reached: callers
    /// only ask for card- and SSN-sized tokens).
    #[inline]
    pub(super) fn digits(&self, bytes: &[u8]) -> Vec<u8> {
        let mut d = Vec::with_capacity(20);
        for (s, e) in self.groups() {
            d.extend_from_slice(&bytes[*s..*e]);
        }
        d
    }

    /// All separators equal to `sep`.
    #[inline]
    pub(super) fn seps_all(&self, bytes: &[u8], sep: &[u8]) -> bool {
        self.seps().iter().all(|(s, e)| &bytes[*s..*e] == sep)
    }

    /// All separators one space: ASCII, no-break, narrow no-break, thin or figure space
    /// ("4111\u{a0}1111\u{a0}1111\u{a0}1111" as a word processor prints a card).
    #[inline]
    pub(super) fn seps_all_spaces(&self, bytes: &[u8]) -> bool {
        self.seps()
            .iter()
            .all(|(s, e)| &bytes[*s..*e] == b" " || unicode_space_len(&bytes[*s..]) == e - s)
    }

    #[inline]
    pub(super) fn has_sep_char(&self, bytes: &[u8], c: u8) -> bool {
        self.seps().iter().any(|(s, e)| bytes[*s..*e].contains(&c))
    }
}

/// Read the numeric token whose first digit is at `i`.
pub(super) fn read_token(bytes: &[u8], i: usize) -> Token {
    let mut token = Token {
        start: i,
        end: i,
        groups: [(0, 0); MAX_GROUPS],
        seps: [(0, 0); MAX_GROUPS],
        len: 0,
        plus: i > 0 && bytes[i - 1] == b'+',
        open_paren: i > 0 && bytes[i - 1] == b'(',
    };
    let mut j = i;
    loop {
        let g_end = run_end(bytes, j, |b| b.is_ascii_digit());
        token.groups[token.len] = (j, g_end);
        token.len += 1;
        // A separator run of up to 3 bytes, followed by a digit, continues the token; so does
        // one Unicode space, and a "/" after a trunk prefix ("030/2848 4859").
        let wide = unicode_space_len(&bytes[g_end..]);
        let s_end = if wide > 0 {
            g_end + wide
        } else {
            run_end(bytes, g_end, |b| {
                matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/')
            })
            .min(g_end + 3)
        };
        let trunk_slash = token.len == 1
            && &bytes[g_end..s_end] == b"/"
            && bytes[j] == b'0'
            && (3..=5).contains(&(g_end - j))
            && run_end(bytes, s_end, |b| b.is_ascii_digit()) - s_end >= 5;
        let continues = s_end > g_end
            && s_end < bytes.len()
            && bytes[s_end].is_ascii_digit()
            && token.len < MAX_GROUPS
            && (wide > 0 || trunk_slash || sep_plausible(&bytes[g_end..s_end]));
        if !continues {
            token.end = g_end;
            break;
        }
        token.seps[token.len - 1] = (g_end, s_end);
        j = s_end;
    }
    // "(415) 555-0132": the parenthesis belongs to the number only when it closes after the
    // first group.
    token.open_paren &= bytes.get(token.groups[0].1) == Some(&b')');
    if token.plus || token.open_paren {
        token.start = i - 1;
    }
    token
}

/// The byte length of the Unicode space at the start of `bytes` that may sit inside a number
/// (no-break U+00A0, figure U+2007, thin U+2009, narrow no-break U+202F), or 0.
#[inline]
pub(super) fn unicode_space_len(bytes: &[u8]) -> usize {
    match bytes {
        [0xC2, 0xA0, ..] => 2,
        [0xE2, 0x80, 0x87 | 0x89 | 0xAF, ..] => 3,
        _ => 0,
    }
}

/// Separator runs that can sit inside one number: " ", "-", ".", "/", " - ", ") ", " (", ")".
#[inline]
pub(super) fn sep_plausible(sep: &[u8]) -> bool {
    let spaces = sep.iter().filter(|b| **b == b' ').count();
    let marks = sep.len() - spaces;
    match sep {
        [b'/'] => false,
        [_] => true,
        [b')', b' '] | [b' ', b'('] | [b')', b'-'] => true,
        [b' ', b'-' | b'.' | b'/', b' '] => true,
        _ => spaces <= 1 && marks <= 1 && !sep.contains(&b'/'),
    }
}

#[inline]
pub(super) fn is_date(sizes: &[usize], bytes: &[u8], t: &Token) -> bool {
    let same_sep = t.seps_all(bytes, b"-") || t.seps_all(bytes, b"/") || t.seps_all(bytes, b".");
    same_sep && (sizes == [4, 2, 2] || sizes == [2, 2, 4] || sizes == [4, 2] || sizes == [2, 2, 2])
}
