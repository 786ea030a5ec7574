//! Times as the store's rows carry them: RFC 3339 text beside Unix nanoseconds.

use std::time::SystemTime;

use super::StoreError;

/// Unix nanoseconds → RFC 3339 UTC with microseconds; fixed width, so text order is time order.
pub fn format_time(unix_nano: u64) -> String {
    use std::fmt::Write;
    let t = SystemTime::UNIX_EPOCH + std::time::Duration::from_nanos(unix_nano);
    // `2026-11-25T17:36:44.123456Z`: 27 bytes, written without growing the string.
    let mut text = String::with_capacity(27);
    write!(text, "{}", humantime::format_rfc3339_micros(t)).expect("a String takes any text");
    text
}

/// RFC 3339 (as the store's rows and the CLI's time filters carry it) → Unix ns.
pub(crate) fn parse_ns(text: &str, what: &str) -> Result<i64, StoreError> {
    let t = humantime::parse_rfc3339_weak(text).map_err(|e| StoreError::Write {
        reason: format!("{what} '{text}' is not an RFC 3339 time: {e}"),
        retryable: false,
    })?;
    let ns = t
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(i64::try_from(ns).unwrap_or(i64::MAX))
}

/// Wall-clock Unix ns, strictly increasing within the process: for orderings and row
/// versions that must not go backwards when the clock is stepped back.
pub fn monotonic_unix_nano() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static LAST: AtomicU64 = AtomicU64::new(0);
    let wall = crate::clock::now_unix_nano();
    let mut last = LAST.load(Ordering::Relaxed);
    loop {
        let next = wall.max(last + 1);
        match LAST.compare_exchange_weak(last, next, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return next,
            Err(seen) => last = seen,
        }
    }
}
