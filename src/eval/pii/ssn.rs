//! US social security numbers: 3-2-4 with one separator, or 9 bare digits near "SSN".

use super::checks::ssn_valid;
use super::entity::EntityType;
use super::text::has_context;
use super::token::Token;

/// Words that make a bare 9-digit number an SSN.
const SSN_CONTEXT: &[&str] = &["ssn", "social security", "social-security", "soc sec"];

/// SSN: 3-2-4 with one consistent separator, or 9 bare digits with "SSN" nearby. `Some` when
/// the token is decided (an SSN, or SSN-shaped but invalid); None when it may be something else.
#[inline]
pub(super) fn ssn_verdict(bytes: &[u8], t: &Token, sizes: &[usize]) -> Option<Option<EntityType>> {
    if !t.plus && !t.open_paren && (sizes == [3, 2, 4] || (sizes == [9])) {
        let d = t.digits(bytes);
        let valid = ssn_valid(&d[..3], &d[3..5], &d[5..]);
        if sizes == [3, 2, 4] && (t.seps_all(bytes, b"-") || t.seps_all(bytes, b" ")) {
            return Some(valid.then_some(EntityType::UsSsn));
        }
        if sizes == [9] && has_context(bytes, t.start, SSN_CONTEXT) {
            return Some(valid.then_some(EntityType::UsSsn));
        }
    }
    None
}
