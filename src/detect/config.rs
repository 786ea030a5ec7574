//! `baseline:` — the rolling baseline's history and admission, and the values they take.

use std::time::Duration;

use serde::Deserialize;

use crate::config::serde_duration;

/// `baseline:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct BaselineConfig {
    /// Trailing history the mean and σ are computed over.
    #[serde(with = "serde_duration")]
    pub history: Duration,
    /// A window joins the baseline only with at least this many spans.
    pub min_samples: u64,
}

impl Default for BaselineConfig {
    fn default() -> Self {
        BaselineConfig {
            history: Duration::from_secs(7 * 24 * 3600),
            min_samples: 10,
        }
    }
}

impl BaselineConfig {
    /// Value rules, reported under `baseline.*`.
    pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        if self.history < Duration::from_secs(3600) {
            issue("baseline.history", "must be at least 1h".into());
        }
    }
}
