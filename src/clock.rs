//! The wall clock, read the one way every stage reads it: Unix nanoseconds.

/// Now, Unix ns (0 if the system clock is before 1970).
pub fn now_unix_nano() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}
