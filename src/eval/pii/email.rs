//! E-mail addresses, found around each `@`.

use super::text::{is_alnum, run_end};

/// The e-mail address around the `@` at `at`, if there is one.
pub(super) fn email_at(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let local_ok = |b: u8| is_alnum(b) || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'');
    let mut s = at;
    while s > 0 && local_ok(bytes[s - 1]) && at - s < 64 {
        s -= 1;
    }
    while s < at && !is_alnum(bytes[s]) {
        s += 1; // a local part does not start with punctuation
    }
    if s == at || bytes[at - 1] == b'.' {
        return None;
    }
    let domain_ok = |b: u8| is_alnum(b) || b == b'.' || b == b'-';
    let mut e = run_end(bytes, at + 1, domain_ok).min(at + 1 + 253);
    while e > at + 1 && !is_alnum(bytes[e - 1]) {
        e -= 1; // trailing sentence dot or dash
    }
    let domain = &bytes[at + 1..e];
    let mut labels = domain.split(|b| *b == b'.');
    let mut count = 0;
    let mut last: &[u8] = &[];
    for label in labels.by_ref() {
        if label.is_empty() || label[0] == b'-' || label[label.len() - 1] == b'-' {
            return None;
        }
        count += 1;
        last = label;
    }
    (count >= 2 && last.len() >= 2 && last.iter().all(u8::is_ascii_alphabetic)).then_some((s, e))
}
