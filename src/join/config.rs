//! `score.join:` — how long GenAI content sent as log events and the spans it belongs to
//! wait for each other, and how much of it may be held.

use std::time::Duration;

use serde::Deserialize;

use crate::config::serde_duration;

/// `score.join:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct JoinConfig {
    /// How long a GenAI model span without a reply of its own waits (from when ingest took
    /// it) for content events, when its service sends them.
    #[serde(with = "serde_duration")]
    pub span_wait: Duration,
    /// How long content events wait for their span.
    #[serde(with = "serde_duration")]
    pub event_ttl: Duration,
    /// Most bytes of content events held; beyond it the oldest are dropped (counted).
    pub max_bytes: usize,
    /// `gen_ai.evaluation.score.label` values (compared without case) that count as a
    /// failure in `external_fail_rate`.
    pub fail_labels: Vec<String>,
}

impl Default for JoinConfig {
    fn default() -> Self {
        JoinConfig {
            span_wait: Duration::from_secs(2),
            event_ttl: Duration::from_secs(60),
            max_bytes: 64 * 1024 * 1024,
            fail_labels: ["fail", "failed", "incorrect", "not_relevant", "irrelevant"]
                .into_iter()
                .map(String::from)
                .collect(),
        }
    }
}

/// Longest `span_wait` accepted: a span's client waits this long for its answer.
const MAX_SPAN_WAIT: Duration = Duration::from_secs(30);

impl JoinConfig {
    /// Value rules, reported under `score.join.*`.
    pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
        if self.span_wait > MAX_SPAN_WAIT {
            issue(
                "score.join.span_wait",
                format!(
                    "{:?} is longer than the {:?} allowed (clients wait for their spans' answer meanwhile)",
                    self.span_wait, MAX_SPAN_WAIT
                ),
            );
        }
        if self.event_ttl.is_zero() {
            issue("score.join.event_ttl", "must be greater than 0".into());
        }
        if self.max_bytes == 0 {
            issue("score.join.max_bytes", "must be greater than 0".into());
        }
    }

    /// Whether `label` counts as a failure.
    pub fn is_fail_label(&self, label: &str) -> bool {
        self.fail_labels
            .iter()
            .any(|l| l.eq_ignore_ascii_case(label))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_values_are_named_by_their_path() {
        let config = JoinConfig {
            span_wait: Duration::from_secs(31),
            event_ttl: Duration::ZERO,
            max_bytes: 0,
            ..JoinConfig::default()
        };
        let mut issues = Vec::new();
        config.check(&mut |path, message| issues.push(format!("{path}: {message}")));
        assert_eq!(issues.len(), 3, "{issues:?}");
        assert!(issues[0].starts_with("score.join.span_wait: 31s is longer than the 30s allowed"));
        assert_eq!(issues[1], "score.join.event_ttl: must be greater than 0");
        assert_eq!(issues[2], "score.join.max_bytes: must be greater than 0");
        let mut none = Vec::new();
        JoinConfig::default().check(&mut |path, _| none.push(path.to_owned()));
        assert!(none.is_empty());
        assert!(JoinConfig::default().is_fail_label("NOT_RELEVANT"));
        assert!(!JoinConfig::default().is_fail_label("relevant"));
    }
}
