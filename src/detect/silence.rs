//! Series that sent nothing in a closing window. Silence is data for volume — an agent that
//! goes quiet is judged as windows of zero spans — and the end of data for everything else: a
//! firing alert whose series has sent nothing for its rule's `no_data_after` resolves as
//! `no_data` (Alertmanager's behaviour), instead of being re-notified forever. Volume is judged
//! as zeros only until then, so a series that stopped for good costs a bounded number of rows.

use std::collections::HashSet;

use super::Detector;
use super::rules::config::RuleKind;
use super::rules::{AlertState, ResolvedReason};
use super::windows::alert_row;
use crate::eval::Statistic;
use crate::store::{AlertRow, WindowRow};
use crate::window::{Aggregate, SeriesId};

impl Detector {
    /// For the window starting at `start`: judge the held volume series absent from it as
    /// zero, and resolve the firing alerts of series silent for `no_data_after`.
    pub(super) fn close_silent_series(
        &mut self,
        start: u64,
        present: &HashSet<SeriesId>,
        rows: &mut Vec<WindowRow>,
        alerts: &mut Vec<AlertRow>,
    ) {
        let mut zero_volume = Vec::new();
        let mut no_data = Vec::new();
        for (id, state) in &self.series {
            if present.contains(id) || state.last_window >= start {
                continue;
            }
            // Silent since the end of its last window with data.
            let silent_for = start.saturating_sub(state.last_window + self.window_nanos);
            let mut volume_judged = false;
            for rule in self.rules.iter().filter(|r| r.applies_to(id)) {
                let after = rule.no_data_after.as_nanos() as u64;
                let firing = state
                    .rules
                    .get(&rule.name)
                    .is_some_and(|t| t.state.state == AlertState::Firing);
                if after > 0 && silent_for >= after {
                    if firing {
                        no_data.push((id.clone(), rule.name.clone()));
                    }
                } else if id.metric.statistic() == Statistic::Count
                    && rule.kind == RuleKind::Anomaly
                    && state.baseline.buckets() > 0
                {
                    volume_judged = true;
                }
            }
            if volume_judged {
                zero_volume.push(id.clone());
            }
        }
        zero_volume.sort();
        for id in zero_volume {
            let empty = Aggregate::new(id.metric.evaluator());
            self.close_series(start, &id, &empty, rows, alerts);
        }
        no_data.sort();
        for (id, rule_name) in no_data {
            let Some(rule) = self.rules.iter().find(|r| r.name == rule_name) else {
                continue;
            };
            let Some(track) = self
                .series
                .get_mut(&id)
                .and_then(|s| s.rules.get_mut(&rule_name))
            else {
                continue;
            };
            track.state.resolve(ResolvedReason::NoData);
            alerts.push(alert_row(
                rule,
                &id,
                (start, self.window_nanos),
                (
                    AlertState::Resolved,
                    AlertState::Firing,
                    Some(ResolvedReason::NoData),
                ),
            ));
            tracing::info!(rule = %rule.name, series = %id.label(), "no data for no_data_after: resolved");
        }
    }
}
