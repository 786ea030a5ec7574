//! The digit/colon pass: every digit run becomes a token, classified as an IPv4 address, an
//! SSN, a card, a phone number or nothing; colons lead to IPv6 addresses, capitals before
//! digits to IBANs.

use super::card::card_verdict;
use super::entity::EntityType;
use super::entity::Finding;
use super::iban::iban_at;
use super::ip::ipv6_at;
use super::phone::phone;
use super::ssn::ssn_verdict;
use super::text::{is_alnum, is_word, run_end};
use super::token::{Token, is_date, read_token};

/// Byte classes of the digit/colon pass.
static TRIGGER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = b'0';
    while b <= b'9' {
        t[b as usize] = 1;
        b += 1;
    }
    t[b':' as usize] = 2;
    t
};

/// The next byte at or after `i` that is a digit or `:` (bytes 0x30..=0x3A), eight bytes at a
/// time: most of a reply is letters and spaces.
#[inline]
fn next_trigger(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while i + 8 <= bytes.len() {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
        // "Has a byte greater than 0x2F and less than 0x3B" (bit-twiddling hacks, hasbetween);
        // bytes with the high bit set (UTF-8) never match.
        let low7 = x & (ONES * 127);
        let hit = (ONES * (127 + 0x3B)).wrapping_sub(low7)
            & !x
            & low7.wrapping_add(ONES * (127 - 0x2F))
            & HIGH;
        if hit != 0 {
            let at = i + (hit.trailing_zeros() / 8) as usize;
            if TRIGGER[bytes[at] as usize] != 0 {
                return at;
            }
            // Not a trigger after all: go on byte by byte from there.
            i = at + 1;
            continue;
        }
        i += 8;
    }
    while i < bytes.len() && TRIGGER[bytes[i] as usize] == 0 {
        i += 1;
    }
    i
}

/// Digits (cards, SSNs, phones, IBANs, IPv4) and colons (IPv6).
pub(super) fn scan_numbers(bytes: &[u8], claimed: &[Finding], out: &mut Vec<Finding>) {
    let n = bytes.len();
    let mut next_claim = 0;
    let mut i = 0;
    while i < n {
        i = next_trigger(bytes, i);
        if i >= n {
            break;
        }
        while next_claim < claimed.len() && claimed[next_claim].end <= i {
            next_claim += 1;
        }
        if next_claim < claimed.len() && claimed[next_claim].start <= i {
            i = claimed[next_claim].end;
            continue;
        }
        if bytes[i] == b':' {
            i = ipv6_at(bytes, i, out);
            continue;
        }
        i = number_at(bytes, i, claimed, out);
    }
}

/// Classify the numeric token starting at digit `i`; returns where to resume.
fn number_at(bytes: &[u8], i: usize, claimed: &[Finding], out: &mut Vec<Finding>) -> usize {
    let prev = if i > 0 { bytes[i - 1] } else { b' ' };
    // IBAN: two upper-case letters right before the check digits.
    let country_code = i >= 2
        && bytes[i - 1].is_ascii_uppercase()
        && bytes[i - 2].is_ascii_uppercase()
        && (i == 2 || !is_alnum(bytes[i - 3]));
    if country_code && let Some(end) = iban_at(bytes, i - 2) {
        out.push(Finding {
            entity: EntityType::IbanCode,
            start: i - 2,
            end,
        });
        return end;
    }
    // Digits glued to letters are identifiers, versions, hashes: skip the whole word.
    if is_word(prev) {
        return run_end(bytes, i, |b| is_word(b) || b == b'.' || b == b'-');
    }
    let token = read_token(bytes, i);
    let resume = token.end;
    // What follows must end the number: a letter glued to it makes it an identifier
    // (an extension such as "x204" after a phone is allowed).
    if token.end < bytes.len() && is_word(bytes[token.end]) {
        let ext = bytes[token.end] == b'x'
            && token.end + 1 < bytes.len()
            && bytes[token.end + 1].is_ascii_digit();
        if !ext {
            return run_end(bytes, token.end, |b| is_word(b) || b == b'.' || b == b'-');
        }
    }
    // Part of a larger identifier such as INV-2024-0042 or #12345 or a path.
    let glued_to_id =
        i >= 2 && matches!(prev, b'-' | b'_' | b'/' | b'#' | b'.') && is_alnum(bytes[i - 2]);
    let after = bytes.get(token.end).copied().unwrap_or(b' ');
    let glued_after = matches!(after, b'-' | b'_' | b'/' | b'.' | b':' | b'%')
        && bytes.get(token.end + 1).is_some_and(|b| is_alnum(*b));
    if glued_to_id {
        return resume;
    }
    let entity = classify(bytes, &token);
    // A CIDR suffix (10.0.0.0/8) or a port (10.0.0.1:8443) still leaves an address.
    let ip_suffix = entity == Some(EntityType::IpAddress)
        && matches!(after, b'/' | b':')
        && bytes.get(token.end + 1).is_some_and(u8::is_ascii_digit);
    if glued_after && !ip_suffix {
        return resume;
    }
    if let Some(entity) = entity
        && !claimed
            .iter()
            .any(|c| c.start < token.end && token.start < c.end)
    {
        out.push(Finding {
            entity,
            start: token.start,
            end: token.end,
        });
    }
    resume
}

fn classify(bytes: &[u8], t: &Token) -> Option<EntityType> {
    let digits = t.digit_count();
    // Prices, times, counts: shorter than any entity (an IPv4 address has at least 4 digits).
    if digits < 4 {
        return None;
    }
    let sizes_of = t.sizes();
    let sizes: &[usize] = &sizes_of;
    let dotted = t.has_sep_char(bytes, b'.');
    // IPv4: exactly four dot-separated groups of 1–3 digits.
    // Four dotted groups that are no address may still be a card ("5535.7338.4984.7420").
    if !t.plus && !t.open_paren && sizes.len() == 4 && t.seps_all(bytes, b".") {
        let text = std::str::from_utf8(&bytes[t.start..t.end]).ok()?;
        if text.parse::<std::net::Ipv4Addr>().is_ok() {
            return Some(EntityType::IpAddress);
        }
        if digits < 12 {
            return None;
        }
    }
    if is_date(sizes, bytes, t) {
        return None;
    }
    if let Some(verdict) = ssn_verdict(bytes, t, sizes) {
        return verdict;
    }
    if let Some(verdict) = card_verdict(bytes, t, sizes, digits, dotted) {
        return verdict;
    }
    phone(bytes, t, sizes, digits).then_some(EntityType::PhoneNumber)
}
