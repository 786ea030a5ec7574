//! The series the detect stage holds, and their bound: a series with no data for
//! `baseline.forget_idle_after` and no firing alert is forgotten, pooled quiet windows too old
//! to be merged again are dropped, and beyond `baseline.max_series` a new series is counted,
//! not held — so a stream of one-off tool or model names cannot grow memory without end.

use std::collections::HashMap;

use super::Detector;
use super::baseline::Baseline;
use super::rules::{AlertState, RuleState};
use crate::window::{Aggregate, SeriesId};

const HOUR_NANOS: u64 = 3_600_000_000_000;

/// Per output series: its baseline, per rule the pooled quiet windows and the state, and when
/// it last had data.
#[derive(Default)]
pub(super) struct SeriesState {
    pub(super) baseline: Baseline,
    pub(super) rules: HashMap<String, RuleTrack>,
    /// Start of the newest window that held data of this series (Unix ns, event time).
    pub(super) last_window: u64,
}

/// One rule's view of a series.
#[derive(Default)]
pub(super) struct RuleTrack {
    pub(super) state: RuleState,
    /// Quiet windows not judged yet: merged, how many, and the first one's start.
    pub(super) pool: Option<(Aggregate, u32, u64)>,
}

impl SeriesState {
    fn firing(&self) -> bool {
        self.rules
            .values()
            .any(|t| t.state.state == AlertState::Firing)
    }

    /// Anything a new, empty state would not have.
    fn holds_anything(&self) -> bool {
        self.baseline.buckets() > 0
            || self
                .rules
                .values()
                .any(|t| t.pool.is_some() || t.state.state != AlertState::Inactive)
    }
}

impl Detector {
    /// Make sure `id` is held — with data in the window starting at `start` when `has_data`
    /// (a volume of zero judged for a silent series is not data); false (counted) when
    /// `max_series` series are held and forgetting idle ones made no room.
    pub(super) fn admit_series(&mut self, id: &SeriesId, start: u64, has_data: bool) -> bool {
        if !self.series.contains_key(id) && self.series.len() >= self.max_held_series {
            // At most one sweep per window start: a flood of new names costs one pass, not one
            // pass per name.
            if self.last_sweep < start {
                self.sweep_series(start);
            }
            if self.series.len() >= self.max_held_series {
                self.stats.dropped_series_windows += 1;
                self.metrics.detect_dropped_series_windows.inc();
                return false;
            }
        }
        let state = self.series.entry(id.clone()).or_default();
        if has_data {
            state.last_window = state.last_window.max(start);
        }
        true
    }

    /// Sweep once an hour of event time has passed since the last sweep.
    pub(super) fn sweep_series_hourly(&mut self, start: u64) {
        if start >= self.last_sweep - self.last_sweep % HOUR_NANOS + HOUR_NANOS {
            self.sweep_series(start);
        }
    }

    /// At window start `now`: drop baseline hours older than the history, pools too old to be
    /// merged again, and the series that are idle (or hold nothing) and not firing.
    pub(super) fn sweep_series(&mut self, now: u64) {
        self.last_sweep = now;
        let pool_spans: HashMap<&str, u64> = self
            .rules
            .iter()
            .map(|r| {
                let span = u64::from(r.max_pool_windows) * self.window_nanos;
                (r.name.as_str(), span)
            })
            .collect();
        for s in self.series.values_mut() {
            s.baseline.prune(now, self.history_nanos);
            for (rule, track) in &mut s.rules {
                let span = pool_spans.get(rule.as_str()).copied().unwrap_or(0);
                // The next window of this series starts at `now` or later, where a pool this
                // old starts afresh (see `judge_rule`): it will never be merged again.
                if track
                    .pool
                    .as_ref()
                    .is_some_and(|(_, _, first)| now.saturating_sub(*first) >= span)
                {
                    track.pool = None;
                }
            }
        }
        let forget_after = self.forget_idle_nanos;
        let mut forgotten = 0;
        // A firing series is kept however long it is quiet: its alert must be able to resolve.
        // One holding nothing a new state would not have is dropped too (not counted: it loses
        // nothing, and comes back as it was with its next window).
        self.series.retain(|_, s| {
            if s.firing() {
                return true;
            }
            if now.saturating_sub(s.last_window) >= forget_after {
                forgotten += 1;
                return false;
            }
            s.holds_anything()
        });
        self.stats.series_forgotten += forgotten;
        self.metrics.detect_forgotten_series.inc_by(forgotten);
        self.metrics.detect_series.set(self.series.len() as i64);
    }
}
