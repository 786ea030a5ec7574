//! A 64-bit FNV-1a hash for ids that must not change: alert dedup keys, group and delivery ids.

/// A 64-bit FNV-1a hash: stable across processes, versions and platforms (unlike std's
/// `DefaultHasher`), for ids that must not change.
pub fn stable_hash(text: &str) -> u64 {
    StableHasher::new().write(text.as_bytes()).finish()
}

/// [`stable_hash`] over several pieces of bytes, fed one after the other.
#[derive(Debug, Clone, Copy)]
pub struct StableHasher(u64);

impl StableHasher {
    /// A hasher that has seen nothing.
    pub fn new() -> StableHasher {
        StableHasher(0xcbf2_9ce4_8422_2325)
    }

    /// Feed `bytes`.
    pub fn write(mut self, bytes: &[u8]) -> StableHasher {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }

    /// The hash of everything fed.
    pub fn finish(self) -> u64 {
        self.0
    }
}

impl Default for StableHasher {
    fn default() -> StableHasher {
        StableHasher::new()
    }
}
