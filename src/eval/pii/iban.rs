//! IBANs: country code, check digits and the country's length, mod-97 valid.

use super::checks::{iban_checksum_valid, iban_length};
use super::text::is_alnum;

/// The IBAN starting at `start` (country code), spaces between groups of 4 allowed.
pub(super) fn iban_at(bytes: &[u8], start: usize) -> Option<usize> {
    let len = iban_length(&bytes[start..start + 2])?;
    let mut compact = Vec::with_capacity(len);
    let mut i = start;
    while i < bytes.len() && compact.len() < len {
        let b = bytes[i];
        if b.is_ascii_uppercase() || b.is_ascii_digit() {
            compact.push(b);
            i += 1;
        } else if b == b' '
            && compact.len() % 4 == 0
            && i + 1 < bytes.len()
            && is_alnum(bytes[i + 1])
        {
            i += 1;
        } else {
            break;
        }
    }
    if compact.len() != len || (i < bytes.len() && is_alnum(bytes[i])) {
        return None;
    }
    (compact[2..4].iter().all(u8::is_ascii_digit) && iban_checksum_valid(&compact)).then_some(i)
}
