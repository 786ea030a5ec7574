//! Rebuilding baselines and rule states from the stored windows, at start and after the
//! aggregates partitions were reassigned.
//!
//! The stored rows are replayed in time order through the same steps the live stage takes —
//! each window's value joins the baseline or is held out, each rule's verdict moves its state,
//! an incident that lasted `adapt_after` re-learns the baseline — so a restart gives the same
//! verdicts as an uninterrupted run.

use std::collections::{BTreeMap, HashSet};

use super::Detector;
use super::rules::config::RuleConfig;
use super::rules::{AlertState, ResolvedReason, Verdict};
use crate::store::{StoreError, WindowRow};
use crate::window::{Metric, SeriesId};

impl Detector {
    /// Forget everything in memory — open windows, baselines, rule states — and rebuild it
    /// from the store (the aggregates consumer was reassigned: what was not committed is
    /// delivered again).
    pub async fn reset_and_restore(&mut self) -> Result<usize, StoreError> {
        self.open.clear();
        self.merged_from.clear();
        self.series.clear();
        self.closed_before = 0;
        self.silent_before = 0;
        self.max_event_time = 0;
        self.last_sweep = 0;
        self.restore().await
    }

    /// Rebuild baselines and rule states from the stored windows of the trailing history.
    pub async fn restore(&mut self) -> Result<usize, StoreError> {
        let Some(latest) = self.store.latest_window_start().await? else {
            return Ok(0);
        };
        let since = latest - self.history_nanos as i64 - self.window_nanos as i64;
        let rows = self.store.windows_since(since).await?;
        // One group per (window, series), in time order: rows of several rules together.
        let mut groups: BTreeMap<(u64, SeriesId), Vec<&WindowRow>> = BTreeMap::new();
        for row in &rows {
            let Some(metric) = Metric::parse(&row.metric) else {
                continue;
            };
            let id = SeriesId {
                service: row.service.clone(),
                agent: row.agent.clone(),
                metric,
                dimension: row.dimension.clone(),
            };
            groups
                .entry((row.window_start_ns as u64, id))
                .or_default()
                .push(row);
        }
        let mut skipped = HashSet::new();
        for ((start, id), group) in groups {
            self.closed_before = self.closed_before.max(start + self.window_nanos);
            // Held within the same bound as while running; windows of series beyond it were
            // not written either, unless the bound was raised since.
            if !self.series.contains_key(&id) && self.series.len() >= self.max_held_series {
                skipped.insert(id);
                continue;
            }
            self.restore_window(start, &id, &group);
        }
        self.max_event_time = self.max_event_time.max(self.closed_before);
        self.clear_silent_incidents();
        if !skipped.is_empty() {
            tracing::warn!(
                skipped = skipped.len(),
                held = self.series.len(),
                "more stored series than baseline.max_series: the rest start without history"
            );
        }
        self.metrics.detect_series.set(self.series.len() as i64);
        Ok(rows.len())
    }

    /// Replay one series' stored window: its value into the baseline (or held out), each
    /// rule's verdict into its state, and a re-learn where an incident had lasted.
    fn restore_window(&mut self, start: u64, id: &SeriesId, group: &[&WindowRow]) {
        let window_nanos = self.window_nanos;
        let state = self.series.entry(id.clone()).or_default();
        // A volume of zero judged for a silent series is not data (its rows have n = 0).
        if group.iter().any(|r| r.n > 0) {
            state.last_window = state.last_window.max(start);
        }
        let first = group[0];
        if let Some(v) = first.value {
            if first.in_baseline {
                state.baseline.add(start, window_nanos, v);
            } else if group.iter().any(|r| r.verdict == Verdict::Breach.as_str()) {
                state.baseline.hold_out(start, window_nanos, v);
            }
        }
        let mut relearn_since: Option<u64> = None;
        for row in group {
            let Some(rule) = self.rules.iter().find(|r| r.name == row.rule) else {
                continue;
            };
            let verdict = Verdict::parse(&row.verdict).unwrap_or(Verdict::None);
            let track = state.rules.entry(rule.name.clone()).or_default();
            track.state.apply(rule, verdict, row.z, start);
            if let Some(since) = track.state.adapt_due(rule, start + window_nanos) {
                track.state.resolve(ResolvedReason::Adapted);
                relearn_since = Some(relearn_since.map_or(since, |s| s.min(since)));
            }
        }
        if let Some(since) = relearn_since {
            state.baseline.relearn_since(since);
        }
    }

    /// Firing incidents of series that had been silent for their rule's `no_data_after` by
    /// the last stored window were resolved as `no_data` then (that row is in the alerts
    /// table): forget them without a second transition.
    fn clear_silent_incidents(&mut self) {
        let rules: Vec<&RuleConfig> = self.rules.iter().collect();
        for (id, state) in &mut self.series {
            let silent_for = self
                .closed_before
                .saturating_sub(state.last_window + self.window_nanos);
            for rule in rules.iter().filter(|r| r.applies_to(id)) {
                let after = rule.no_data_after.as_nanos() as u64;
                if let Some(track) = state.rules.get_mut(&rule.name)
                    && track.state.state == AlertState::Firing
                    && after > 0
                    && silent_for >= after
                {
                    track.state.clear();
                }
            }
        }
    }
}
