//! IPv6 addresses around a colon (IPv4 addresses are classified with the other numbers).

use super::entity::EntityType;
use super::entity::Finding;
use super::text::{is_word, run_end};

/// An IPv6 address around the colon at `colon`; returns where to resume.
pub(super) fn ipv6_at(bytes: &[u8], colon: usize, out: &mut Vec<Finding>) -> usize {
    let ok = |b: u8| b.is_ascii_hexdigit() || b == b':' || b == b'.';
    let mut s = colon;
    while s > 0 && ok(bytes[s - 1]) && colon - s < 40 {
        s -= 1;
    }
    let e = run_end(bytes, colon, ok).min(s + 45);
    let mut end = e;
    while end > s && bytes[end - 1] == b'.' {
        end -= 1;
    }
    let text = &bytes[s..end];
    let colons = text.iter().filter(|b| **b == b':').count();
    let bounded =
        (s == 0 || !is_word(bytes[s - 1])) && (end == bytes.len() || !is_word(bytes[end]));
    if colons >= 2
        && bounded
        && let Some(addr) = std::str::from_utf8(text)
            .ok()
            .and_then(|t| t.parse::<std::net::Ipv6Addr>().ok())
    {
        // "::" alone or a run of colons is not an address anyone leaks.
        if !addr.is_unspecified() {
            out.push(Finding {
                entity: EntityType::IpAddress,
                start: s,
                end,
            });
        }
        return e.max(colon + 1);
    }
    // Nothing here: go on right after the colon, so "TEL;TYPE=cell:22 216 4831" still reads
    // its number from the first digit.
    colon + 1
}
