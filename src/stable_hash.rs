//! A 64-bit FNV-1a hash for ids that must not change: alert dedup keys, group and delivery ids.

/// A 64-bit FNV-1a hash: stable across processes, versions and platforms (unlike std's
/// `DefaultHasher`), for ids that must not change.
pub fn stable_hash(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}
