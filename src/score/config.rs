//! `score:` — how many workers score spans, how much content they read, how many series
//! their partial aggregates may hold, and how much they hold scored but not yet written.

use serde::Deserialize;

use crate::join::config::JoinConfig;

/// `score:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ScoreConfig {
    /// Concurrent score workers; 0 means two per CPU.
    pub workers: usize,
    /// Longest captured text (bytes) handed to content evaluators per side of a span.
    pub max_content_bytes: usize,
    /// Most series (× windows) one batch's partial aggregates hold, and all batches handed on
    /// to the detect stage but not yet merged hold together. Scores of further series in a
    /// batch are stored but not aggregated (counted); batches beyond the shared cap wait.
    pub max_series: usize,
    /// Score rows the process's workers hold scored but not yet written, at most (roughly: a
    /// worker takes a new batch while fewer are held, or when it holds none). Workers score
    /// the next batch while earlier ones are written, so the store gets large INSERTs.
    pub max_in_flight_rows: usize,
    /// The same bound in bytes of those rows.
    pub max_in_flight_bytes: usize,
    /// GenAI content sent as log events, joined to its spans (`score.join:`).
    pub join: JoinConfig,
}

/// Highest `score.max_series` accepted (the budget counts in `u32`).
const MAX_SERIES_LIMIT: usize = 10_000_000;

impl Default for ScoreConfig {
    fn default() -> Self {
        ScoreConfig {
            workers: 0,
            max_content_bytes: 1024 * 1024,
            max_series: 1024,
            max_in_flight_rows: 200_000,
            max_in_flight_bytes: 128 * 1024 * 1024,
            join: JoinConfig::default(),
        }
    }
}

impl ScoreConfig {
    /// Value rules, reported under `score.*`.
    pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        if self.workers > 1024 {
            issue(
                "score.workers",
                format!("{} workers is more than the 1024 allowed", self.workers),
            );
        }
        if self.max_content_bytes == 0 {
            issue("score.max_content_bytes", "must be greater than 0".into());
        }
        self.join.check(issue);
        if self.max_series == 0 || self.max_series > MAX_SERIES_LIMIT {
            issue(
                "score.max_series",
                format!("{} is outside 1..={MAX_SERIES_LIMIT}", self.max_series),
            );
        }
        for (path, value) in [
            ("score.max_in_flight_rows", self.max_in_flight_rows),
            ("score.max_in_flight_bytes", self.max_in_flight_bytes),
        ] {
            if value == 0 {
                issue(path, "must be greater than 0".into());
            }
        }
    }
}
