//! Closing a window: every series it holds is judged by each of its rules (quiet windows are
//! pooled until they have enough spans), rule states move, transitions become alert rows, and
//! windows that look normal join their series' baseline.

use std::collections::{HashMap, HashSet};

use super::baseline::Snapshot;
use super::rules::config::{RuleConfig, RuleKind};
use super::rules::{AlertState, Judgement, Observation, ResolvedReason, Verdict, judge};
use super::{Detector, RuleTrack, dedup_key};
use crate::eval::Statistic;
use crate::store::{AlertRow, WindowRow, format_time};
use crate::window::{Aggregate, SeriesId, SeriesKey, outputs};

/// One series of a closing window, as each of its rules sees it.
pub(super) struct ClosingSeries<'a> {
    id: &'a SeriesId,
    /// Window start, Unix ns.
    start: u64,
    window_nanos: u64,
    /// The window's own aggregate.
    agg: &'a Aggregate,
    /// The window's own value of the series' metric.
    value: f64,
}

/// What one rule made of the window (pooled with earlier quiet ones when it had few spans).
struct RuleOutcome {
    /// The judged aggregate: this window, or it merged into the pool.
    pooled: Aggregate,
    /// How many windows `pooled` holds.
    pooled_windows: u32,
    /// The metric's value of `pooled`.
    judged_value: f64,
    judgement: Judgement,
    old_state: AlertState,
    new_state: AlertState,
    /// Why it resolved (with `new_state` resolved).
    reason: Option<ResolvedReason>,
}

impl RuleOutcome {
    /// Resolved is reported once, then the pair is inactive again: only real changes are
    /// transitions.
    fn changed(&self) -> bool {
        self.new_state != self.old_state
            && !(self.old_state == AlertState::Resolved && self.new_state == AlertState::Inactive)
    }
}

impl ClosingSeries<'_> {
    /// The `windows` row of this series for `rule` (none: a series no rule judges).
    fn row(&self, rule: Option<(&RuleConfig, &RuleOutcome)>) -> WindowRow {
        let id = self.id;
        let (name, n, judged_value, judgement, state, pooled, exemplars) = match rule {
            Some((rule, o)) => (
                rule.name.as_str(),
                o.pooled.n,
                o.judged_value,
                Some(o.judgement),
                o.new_state.as_str(),
                o.pooled_windows,
                &o.pooled.exemplars,
            ),
            None => ("", self.agg.n, self.value, None, "", 1, &self.agg.exemplars),
        };
        WindowRow {
            service: id.service.clone(),
            agent: id.agent.clone(),
            metric: id.metric.as_str().to_owned(),
            dimension: id.dimension.clone(),
            window_start: format_time(self.start),
            window_end: format_time(self.start + self.window_nanos),
            window_start_ns: self.start as i64,
            rule: name.to_owned(),
            n: n as i64,
            value: Some(self.value),
            judged_value: Some(judged_value),
            baseline_mean: judgement.and_then(|j| j.mean),
            baseline_sigma: judgement.and_then(|j| j.sigma),
            z: judgement.and_then(|j| j.z),
            verdict: judgement
                .map_or(Verdict::None, |j| j.verdict)
                .as_str()
                .to_owned(),
            state: state.to_owned(),
            pooled_windows: i64::from(pooled),
            in_baseline: false,
            exemplars: serde_json::to_string(exemplars).expect("strings serialize"),
        }
    }

    /// The alert row of a state change.
    fn transition(&self, rule: &RuleConfig, o: &RuleOutcome) -> AlertRow {
        AlertRow {
            value: Some(o.judged_value),
            baseline_mean: o.judgement.mean,
            z: o.judgement.z,
            baseline_sigma: o.judgement.sigma,
            exemplars: serde_json::to_string(&o.pooled.exemplars).expect("strings serialize"),
            ..alert_row(
                rule,
                self.id,
                (self.start, self.window_nanos),
                (o.new_state, o.old_state, o.reason),
            )
        }
    }

    /// Pool, judge and apply one rule's verdict to its state.
    fn judge_rule(
        &self,
        rule: &RuleConfig,
        track: &mut RuleTrack,
        snapshot: &Snapshot,
    ) -> RuleOutcome {
        let metric = self.id.metric;
        let (pooled, pooled_windows, judgement) = if metric.statistic() == Statistic::Count {
            // A count is never pooled: a quiet window *is* the observation. It is judged
            // where it, or what is expected of it, reaches `min_samples`.
            let expected = snapshot.expect(self.start).map_or(0.0, |e| e.centre);
            let judgement = if self.value.max(expected) >= rule.min_samples as f64 {
                judge(rule, &self.observation(self.agg, self.value), snapshot)
            } else {
                insufficient()
            };
            (self.agg.clone(), 1, judgement)
        } else {
            self.pool_and_judge(rule, track, snapshot)
        };
        let judged_value = pooled.value(metric).unwrap_or(self.value);
        let old_state = track.state.state;
        let new_state = track
            .state
            .apply(rule, judgement.verdict, judgement.z, self.start);
        RuleOutcome {
            pooled,
            pooled_windows,
            judged_value,
            judgement,
            old_state,
            new_state,
            reason: track.state.resolved_reason,
        }
    }

    /// Pool quiet windows until they have enough spans together, and judge them. A pool only
    /// spans `max_pool_windows` of time: older quiet windows are dropped (they were judged
    /// insufficient when they closed).
    fn pool_and_judge(
        &self,
        rule: &RuleConfig,
        track: &mut RuleTrack,
        snapshot: &Snapshot,
    ) -> (Aggregate, u32, Judgement) {
        let metric = self.id.metric;
        let max_span = u64::from(rule.max_pool_windows) * self.window_nanos;
        let (pooled, pooled_windows, pool_start) = match track.pool.take() {
            Some((mut pool, count, first)) if self.start - first < max_span => {
                pool.merge(self.agg);
                (pool, count + 1, first)
            }
            _ => (self.agg.clone(), 1, self.start),
        };
        let judgement = if pooled.n >= rule.min_samples {
            let value = pooled.value(metric).unwrap_or(self.value);
            judge(rule, &self.observation(&pooled, value), snapshot)
        } else {
            if pooled_windows < rule.max_pool_windows {
                track.pool = Some((pooled.clone(), pooled_windows, pool_start));
            }
            insufficient()
        };
        (pooled, pooled_windows, judgement)
    }

    /// What a rule judges of `agg` (this window, or a pool ending with it).
    fn observation(&self, agg: &Aggregate, value: f64) -> Observation {
        let metric = self.id.metric;
        Observation {
            value,
            n: agg.n,
            hits: agg.hits_for(metric),
            sampling_sigma: agg.sampling_sigma(metric),
            window_start: self.start,
        }
    }
}

/// The alert row of a (rule, series) moving `(to, from, why)` in the window `(start,
/// length)`, without values or exemplars.
pub(super) fn alert_row(
    rule: &RuleConfig,
    id: &SeriesId,
    (start, window_nanos): (u64, u64),
    (to, from, reason): (AlertState, AlertState, Option<ResolvedReason>),
) -> AlertRow {
    AlertRow {
        dedup_key: dedup_key(&rule.name, id),
        rule: rule.name.clone(),
        severity: rule.severity.get(),
        service: id.service.clone(),
        agent: id.agent.clone(),
        metric: id.metric,
        dimension: id.dimension.clone(),
        state: to,
        previous_state: from,
        resolved_reason: reason.map_or("", ResolvedReason::as_str).to_owned(),
        window_start: format_time(start),
        window_start_ns: start as i64,
        at: format_time(start + window_nanos),
        value: None,
        baseline_mean: None,
        z: None,
        baseline_sigma: None,
        exemplars: "[]".into(),
        delivery: "{}".into(),
    }
}

fn insufficient() -> Judgement {
    Judgement {
        verdict: Verdict::InsufficientData,
        mean: None,
        sigma: None,
        z: None,
    }
}

impl Detector {
    /// Judge every series of the window starting at `start`; returns its `windows` rows and
    /// adds its transitions to `alerts`.
    pub(super) fn close_window(
        &mut self,
        start: u64,
        window: HashMap<SeriesKey, Aggregate>,
        alerts: &mut Vec<AlertRow>,
    ) -> Vec<WindowRow> {
        let mut rows = Vec::new();
        let had_data = !window.is_empty();
        let mut keys: Vec<&SeriesKey> = window.keys().collect();
        keys.sort();
        let dropped_before = self.stats.dropped_series_windows;
        let mut present = HashSet::new();
        for key in keys {
            let agg = &window[key];
            self.stats.windows_closed += 1;
            for id in outputs(key) {
                self.close_series(start, &id, agg, &mut rows, alerts);
                present.insert(id);
            }
        }
        // Silence is judged once per window start, however often spans reopen it.
        if start >= self.silent_before {
            self.silent_before = start + self.window_nanos;
            self.close_silent_series(start, &present, &mut rows, alerts);
        }
        let dropped = self.stats.dropped_series_windows - dropped_before;
        if dropped > 0 {
            tracing::warn!(
                series = dropped,
                window = %format_time(start),
                held = self.series.len(),
                "baseline.max_series series are held: new series in this window were not judged"
            );
        }
        // Bound memory: old baseline hours, stale pools and idle series are dropped hourly.
        self.sweep_series_hourly(start);
        self.metrics.detect_series.set(self.series.len() as i64);
        if had_data {
            self.metrics.windows_closed.inc();
        }
        rows
    }

    /// Judge one series of a closing window with each rule that applies to it.
    pub(super) fn close_series(
        &mut self,
        start: u64,
        id: &SeriesId,
        agg: &Aggregate,
        rows: &mut Vec<WindowRow>,
        alerts: &mut Vec<AlertRow>,
    ) {
        let Some(value) = agg.value(id.metric) else {
            return;
        };
        if !self.admit_series(id, start, agg.n > 0) {
            return;
        }
        let series = ClosingSeries {
            id,
            start,
            window_nanos: self.window_nanos,
            agg,
            value,
        };
        let rules: Vec<&RuleConfig> = self.rules.iter().filter(|r| r.applies_to(id)).collect();
        let window_nanos = self.window_nanos;
        let state = self.series.get_mut(id).expect("admitted above");
        let snapshot = state.baseline.snapshot(start, self.history_nanos);
        let first_row = rows.len();
        let mut anomaly_breach = false;
        let mut relearn_since: Option<u64> = None;
        if rules.is_empty() {
            rows.push(series.row(None));
        }
        for rule in rules {
            let track = state.rules.entry(rule.name.clone()).or_default();
            let mut outcome = series.judge_rule(rule, track, &snapshot);
            // A change that lasted `adapt_after` is the new normal: resolve, and re-learn.
            if let Some(since) = track.state.adapt_due(rule, start + window_nanos) {
                track.state.resolve(ResolvedReason::Adapted);
                outcome.new_state = AlertState::Resolved;
                outcome.reason = Some(ResolvedReason::Adapted);
                relearn_since = Some(relearn_since.map_or(since, |s| s.min(since)));
                tracing::info!(rule = %rule.name, series = %id.label(), "a lasting change: the baseline re-learns from it");
            }
            if outcome.changed() {
                alerts.push(series.transition(rule, &outcome));
            }
            if outcome.judgement.verdict == Verdict::Breach {
                self.stats.breaches += 1;
                anomaly_breach |= rule.kind == RuleKind::Anomaly;
                if outcome.new_state == AlertState::Firing {
                    tracing::info!(rule = %rule.name, series = %id.label(), value = outcome.judged_value, z = ?outcome.judgement.z, "rule breached");
                }
            }
            rows.push(series.row(Some((rule, &outcome))));
        }
        // A window joins the baseline when it had enough spans and no anomaly rule called it
        // abnormal: breaching windows are held out of their own baseline — kept aside, in case
        // the change lasts and becomes the new normal.
        let enough =
            agg.n >= self.baseline_min_samples || id.metric.statistic() == Statistic::Count;
        let include = enough && !anomaly_breach;
        if include {
            state.baseline.add(start, window_nanos, value);
        } else if enough {
            state.baseline.hold_out(start, window_nanos, value);
        }
        if let Some(since) = relearn_since {
            state.baseline.relearn_since(since);
        }
        for r in &mut rows[first_row..] {
            r.in_baseline = include;
        }
    }
}
