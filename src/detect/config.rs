//! `baseline:` — the rolling baseline's history and admission, how many series the detect
//! stage holds and when it forgets an idle one, and the values they take.

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
    /// A series with no data for this long (in event time) and no firing alert is dropped from
    /// memory. The default equals the default history: by then its baseline is empty anyway.
    #[serde(with = "serde_duration")]
    pub forget_idle_after: Duration,
    /// Most series held (baselines, rule states, pooled windows; one per metric, so a
    /// latency aggregate is three). Windows of new series beyond it are counted, not judged.
    pub max_series: usize,
}

impl Default for BaselineConfig {
    fn default() -> Self {
        BaselineConfig {
            history: Duration::from_secs(7 * 24 * 3600),
            min_samples: 10,
            forget_idle_after: Duration::from_secs(7 * 24 * 3600),
            max_series: 100_000,
        }
    }
}

impl BaselineConfig {
    /// Value rules, reported under `baseline.*`.
    pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        if self.history < Duration::from_secs(3600) {
            issue("baseline.history", "must be at least 1h".into());
        }
        if self.forget_idle_after < Duration::from_secs(3600) {
            issue("baseline.forget_idle_after", "must be at least 1h".into());
        }
        if self.max_series == 0 {
            issue("baseline.max_series", "must be greater than 0".into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_bounds_are_checked_with_their_paths() {
        let config = BaselineConfig {
            forget_idle_after: Duration::from_secs(60),
            max_series: 0,
            ..BaselineConfig::default()
        };
        let mut found = Vec::new();
        config.check(&mut |path, message| found.push(format!("{path}: {message}")));
        assert_eq!(
            found,
            [
                "baseline.forget_idle_after: must be at least 1h",
                "baseline.max_series: must be greater than 0"
            ]
        );
        let mut none = 0;
        BaselineConfig::default().check(&mut |_, _| none += 1);
        assert_eq!(none, 0);
    }
}
