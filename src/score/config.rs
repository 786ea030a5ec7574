//! `score:` — how many workers score spans, and how much content they read.

use serde::Deserialize;

/// `score:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ScoreConfig {
    /// Concurrent score workers; 0 means two per CPU.
    pub workers: usize,
    /// Longest captured text (bytes) handed to content evaluators per side of a span.
    pub max_content_bytes: usize,
}

impl Default for ScoreConfig {
    fn default() -> Self {
        ScoreConfig {
            workers: 0,
            max_content_bytes: 1024 * 1024,
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
    }
}
