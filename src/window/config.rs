//! `windows:` — window length, lateness, series bound and clock skew, and the values they take.

use std::time::Duration;

use serde::Deserialize;

use crate::config::serde_duration;

/// `windows:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct WindowsConfig {
    /// Window length (tumbling, aligned to the Unix epoch).
    #[serde(with = "serde_duration")]
    pub length: Duration,
    /// How long after a window's end spans for it are still merged; later ones are counted as
    /// late (their scores are stored, they just miss the window's aggregate).
    #[serde(with = "serde_duration")]
    pub allowed_lateness: Duration,
    /// With no spans arriving for this long, windows close by the wall clock instead of by
    /// event time (so a quiet night still closes its windows).
    #[serde(with = "serde_duration")]
    pub idle_close: Duration,
    /// Most series tracked at once; spans of new series beyond it are counted, not aggregated.
    pub max_series: usize,
    /// How far ahead of this process's wall clock event time may run. A span dated further
    /// ahead (a sender whose clock is fast) is still aggregated, in its own window, but moves
    /// the watermark only to now + this: it cannot close other senders' windows early. Honest
    /// spans keep `allowed_lateness - max_clock_skew` of grace when such a sender is present.
    #[serde(with = "serde_duration")]
    pub max_clock_skew: Duration,
}

impl Default for WindowsConfig {
    fn default() -> Self {
        WindowsConfig {
            length: Duration::from_secs(300),
            allowed_lateness: Duration::from_secs(60),
            idle_close: Duration::from_secs(30),
            max_series: 100_000,
            max_clock_skew: Duration::from_secs(10),
        }
    }
}

impl WindowsConfig {
    /// Value rules, reported under `windows.*`.
    pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        let w = self;
        if w.length < Duration::from_secs(1) || w.length > Duration::from_secs(24 * 3600) {
            issue(
                "windows.length",
                format!("{:?} is outside 1s..24h", w.length),
            );
        } else if (24 * 3600) % w.length.as_secs().max(1) != 0 || w.length.subsec_nanos() != 0 {
            issue(
                "windows.length",
                format!(
                    "{:?} must divide a day evenly (e.g. 1m, 5m, 15m, 1h)",
                    w.length
                ),
            );
        }
        if w.allowed_lateness > w.length * 12 {
            issue(
                "windows.allowed_lateness",
                "must be at most 12 windows long (late data is counted, not waited for)".into(),
            );
        }
        if w.idle_close.is_zero() {
            issue("windows.idle_close", "must be greater than 0".into());
        }
        if w.max_series == 0 {
            issue("windows.max_series", "must be greater than 0".into());
        }
        if w.max_clock_skew > crate::otlp::validate::MAX_FUTURE_SKEW {
            issue(
                "windows.max_clock_skew",
                "must be at most 15m (spans further ahead are rejected at ingest)".into(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issues(config: &WindowsConfig) -> Vec<String> {
        let mut found = Vec::new();
        config.check(&mut |path, message| found.push(format!("{path}: {message}")));
        found
    }

    #[test]
    fn clock_skew_is_bounded_by_what_ingest_admits() {
        let mut w = WindowsConfig::default();
        assert!(issues(&w).is_empty());
        w.max_clock_skew = Duration::from_secs(15 * 60);
        assert!(issues(&w).is_empty());
        w.max_clock_skew = Duration::from_secs(16 * 60);
        assert_eq!(
            issues(&w),
            [
                "windows.max_clock_skew: must be at most 15m (spans further ahead are rejected at ingest)"
            ]
        );
    }
}
