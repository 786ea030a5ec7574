//! Rebuilding baselines and rule states from the stored windows, at start and after the
//! aggregates partitions were reassigned.

use super::Detector;
use super::rules::Verdict;
use crate::store::StoreError;
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
        let mut baseline_done = std::collections::HashSet::new();
        let mut skipped = std::collections::HashSet::new();
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
            let start = row.window_start_ns as u64;
            self.closed_before = self.closed_before.max(start + self.window_nanos);
            // Held within the same bound as while running; windows of series beyond it were
            // not written either, unless the bound was raised since.
            if !self.series.contains_key(&id) && self.series.len() >= self.max_held_series {
                skipped.insert(id);
                continue;
            }
            let state = self.series.entry(id.clone()).or_default();
            state.last_window = state.last_window.max(start);
            // One baseline value per series and window, whatever the number of rules.
            if row.in_baseline
                && baseline_done.insert((id, start))
                && let Some(v) = row.value
            {
                state.baseline.add(start, v);
            }
            if let Some(rule) = self.rules.iter().find(|r| r.name == row.rule) {
                let verdict = Verdict::parse(&row.verdict).unwrap_or(Verdict::None);
                let track = state.rules.entry(rule.name.clone()).or_default();
                track.state.apply(rule, verdict);
            }
        }
        self.max_event_time = self.max_event_time.max(self.closed_before);
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
}
