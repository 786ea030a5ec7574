//! The detect stage: merge partial aggregates into open windows, close each window when the
//! event-time watermark passes its end, judge every series with its rules against its
//! rolling baseline, write the `windows` table, and keep the baselines and rule states.
//!
//! Event time drives everything, so replaying a week of old traffic rebuilds a week of
//! history. The watermark is the latest span start seen minus `allowed_lateness`; when no spans
//! arrive for `idle_close`, the wall clock advances it instead, so quiet periods still close
//! their windows. Spans for an already closed window are *late*: counted and logged, their
//! scores stored, but not merged into a window that was already judged.
//!
//! At start the baselines and rule states are rebuilt from the stored windows, so a restart
//! loses no history and gives the same verdicts as an uninterrupted run.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use crate::bus::{AggregateConsumer, AggregateEvent, LogPosition, OffsetTracker};
use crate::rules::config::{RuleConfig, RuleKind};
use crate::rules::{AlertState, Judgement, Observation, RuleState, Verdict, judge};
use crate::store::{AlertRow, StoreError, WindowRow, WindowStore, format_time};
use crate::telemetry::Metrics;
use crate::window::baseline::Baseline;
use crate::window::config::{BaselineConfig, WindowsConfig};
use crate::window::{Aggregate, Metric, Partials, SeriesId, SeriesKey, outputs};

/// Per output series: its baseline, and per rule the pooled quiet windows and the state.
#[derive(Default)]
struct SeriesState {
    baseline: Baseline,
    rules: HashMap<String, RuleTrack>,
}

#[derive(Default)]
struct RuleTrack {
    state: RuleState,
    /// Quiet windows not judged yet: merged, how many, and the first one's start.
    pool: Option<(Aggregate, u32, u64)>,
}

/// Counts of what the detector did, for logs and tests.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DetectStats {
    /// Windows closed (per aggregate).
    pub windows_closed: u64,
    /// Window rows written.
    pub rows_written: u64,
    /// Breach verdicts.
    pub breaches: u64,
    /// Scores that arrived for an already closed window.
    pub late_scores: u64,
}

/// The detect stage.
pub struct Detector {
    window_nanos: u64,
    lateness_nanos: u64,
    history_nanos: u64,
    baseline_min_samples: u64,
    max_series: usize,
    rules: Vec<RuleConfig>,
    open: BTreeMap<u64, HashMap<SeriesKey, Aggregate>>,
    /// Per open window, the span-log positions whose partials it merged, per series: a
    /// partial delivered twice is merged once.
    merged_from: HashMap<u64, HashSet<(LogPosition, SeriesKey)>>,
    /// Every window starting before this is closed.
    closed_before: u64,
    max_event_time: u64,
    series: HashMap<SeriesId, SeriesState>,
    store: Arc<dyn WindowStore>,
    metrics: Arc<Metrics>,
    /// Where written transitions go to be notified (none: only the alerts table).
    transitions: Option<tokio::sync::mpsc::Sender<Vec<AlertRow>>>,
    /// What happened so far.
    pub stats: DetectStats,
}

impl Detector {
    /// A detector with empty history (call [`Detector::restore`] to load it).
    pub fn new(
        windows: &WindowsConfig,
        baseline: &BaselineConfig,
        rules: &[RuleConfig],
        store: Arc<dyn WindowStore>,
        metrics: Arc<Metrics>,
    ) -> Detector {
        Detector {
            window_nanos: windows.length.as_nanos() as u64,
            lateness_nanos: windows.allowed_lateness.as_nanos() as u64,
            history_nanos: baseline.history.as_nanos() as u64,
            baseline_min_samples: baseline.min_samples,
            max_series: windows.max_series,
            rules: rules.to_vec(),
            open: BTreeMap::new(),
            merged_from: HashMap::new(),
            closed_before: 0,
            max_event_time: 0,
            series: HashMap::new(),
            store,
            metrics,
            transitions: None,
            stats: DetectStats::default(),
        }
    }

    /// Send every alert transition, once it is written, to `transitions` (the alert stage).
    pub fn notify_to(&mut self, transitions: tokio::sync::mpsc::Sender<Vec<AlertRow>>) {
        self.transitions = Some(transitions);
    }

    /// Forget everything in memory — open windows, baselines, rule states — and rebuild it
    /// from the store (the aggregates consumer was reassigned: what was not committed is
    /// delivered again).
    pub async fn reset_and_restore(&mut self) -> Result<usize, StoreError> {
        self.open.clear();
        self.merged_from.clear();
        self.series.clear();
        self.closed_before = 0;
        self.max_event_time = 0;
        self.restore().await
    }

    /// Every window starting before this is closed.
    pub fn closed_before(&self) -> u64 {
        self.closed_before
    }

    /// Rebuild baselines and rule states from the stored windows of the trailing history.
    pub async fn restore(&mut self) -> Result<usize, StoreError> {
        let Some(latest) = self.store.latest_window_start().await? else {
            return Ok(0);
        };
        let since = latest - self.history_nanos as i64 - self.window_nanos as i64;
        let rows = self.store.windows_since(since).await?;
        let mut baseline_done = std::collections::HashSet::new();
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
            let state = self.series.entry(id.clone()).or_default();
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
            self.closed_before = self.closed_before.max(start + self.window_nanos);
        }
        self.max_event_time = self.max_event_time.max(self.closed_before);
        Ok(rows.len())
    }

    /// Merge one batch's partial aggregates; returns the starts of the open windows they fed.
    pub fn merge(&mut self, partials: Partials) -> Vec<u64> {
        let mut late = 0;
        let mut oldest_late = u64::MAX;
        let mut fed = Vec::new();
        for ((key, start), agg) in partials.windows {
            if start < self.closed_before {
                late += agg.n;
                oldest_late = oldest_late.min(start);
                continue;
            }
            if let Some(position) = partials.source {
                let seen = self.merged_from.entry(start).or_default();
                if !seen.insert((position, key.clone())) {
                    tracing::debug!(?position, series = ?key, "partial delivered again; merged once");
                    self.metrics.window_redelivered_partials.inc();
                    continue;
                }
            }
            if !fed.contains(&start) {
                fed.push(start);
            }
            // Ingest rejects spans far in the future; replays are in the past. The cap keeps a
            // skewed clock that slipped through from closing everyone's windows early.
            let cap = crate::clock::now_unix_nano()
                .saturating_add(crate::otlp::validate::MAX_FUTURE_SKEW.as_nanos() as u64);
            self.max_event_time = self.max_event_time.max(agg.max_event_time.min(cap));
            let window = self.open.entry(start).or_default();
            match window.get_mut(&key) {
                Some(existing) => existing.merge(&agg),
                None => {
                    if window.len() >= self.max_series {
                        self.metrics.window_dropped_series_scores.inc_by(agg.n);
                        continue;
                    }
                    window.insert(key, agg);
                }
            }
        }
        if late > 0 {
            // Counted per score that misses its window, logged once per batch.
            self.stats.late_scores += late;
            self.metrics.window_late_scores.inc_by(late);
            tracing::warn!(
                scores = late,
                oldest_window = %format_time(oldest_late),
                "late scores for windows already closed: stored, not aggregated"
            );
        }
        fed
    }

    /// Close every window the event-time watermark has passed.
    pub async fn advance(&mut self) -> Result<(), StoreError> {
        let watermark = self.max_event_time.saturating_sub(self.lateness_nanos);
        self.close_until(watermark).await
    }

    /// Close windows by the wall clock (nothing arrived for a while).
    pub async fn advance_to_wall_clock(&mut self) -> Result<(), StoreError> {
        let now = crate::clock::now_unix_nano();
        self.close_until(now.saturating_sub(self.lateness_nanos))
            .await
    }

    /// Close every open window (end of a replay, shutdown).
    pub async fn flush(&mut self) -> Result<(), StoreError> {
        self.close_until(u64::MAX).await
    }

    async fn close_until(&mut self, watermark: u64) -> Result<(), StoreError> {
        while let Some((&start, _)) = self.open.first_key_value() {
            if start.saturating_add(self.window_nanos) > watermark {
                break;
            }
            let window = self.open.remove(&start).expect("first key exists");
            self.merged_from.remove(&start);
            // Judged now, so closed now: whatever happens to the write, this window's spans
            // must not reopen it and be judged twice.
            self.closed_before = self.closed_before.max(start + self.window_nanos);
            let mut alerts = Vec::new();
            let rows = self.close_window(start, window, &mut alerts);
            self.stats.rows_written += rows.len() as u64;
            self.write_with_retries(rows, alerts.clone()).await?;
            // Only after the write: a transition is notified only once it is durable, and
            // the alert stage finds any it missed in the alerts table at its next start.
            if let (Some(tx), false) = (&self.transitions, alerts.is_empty())
                && tx.send(alerts).await.is_err()
            {
                tracing::error!(
                    "the alert stage has stopped: transitions are only written to the alerts table until a restart"
                );
                self.transitions = None;
            }
        }
        Ok(())
    }

    /// Retry retryable store errors with back-off (a locked or full database pushes back on
    /// the score workers through the partials channel meanwhile).
    async fn write_with_retries(
        &self,
        rows: Vec<WindowRow>,
        alerts: Vec<AlertRow>,
    ) -> Result<(), StoreError> {
        let mut backoff = Duration::from_millis(50);
        loop {
            match self.store.write_windows(rows.clone(), alerts.clone()).await {
                Ok(()) => return Ok(()),
                Err(e) if e.is_retryable() && !matches!(e, StoreError::Closed) => {
                    tracing::warn!(error = %e, rows = rows.len(), "writing windows failed; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn close_window(
        &mut self,
        start: u64,
        window: HashMap<SeriesKey, Aggregate>,
        alerts: &mut Vec<AlertRow>,
    ) -> Vec<WindowRow> {
        let mut rows = Vec::new();
        let mut keys: Vec<&SeriesKey> = window.keys().collect();
        keys.sort();
        for key in keys {
            let agg = &window[key];
            self.stats.windows_closed += 1;
            for id in outputs(key) {
                self.close_series(start, &id, agg, &mut rows, alerts);
            }
        }
        // Bound memory: baselines older than the history are not needed.
        if start.is_multiple_of(3600 * 1_000_000_000) {
            for s in self.series.values_mut() {
                s.baseline.prune(start, self.history_nanos);
            }
            // Series gone quiet for the whole history (a retired model or tool) are forgotten.
            self.series.retain(|_, s| {
                s.baseline.buckets() > 0
                    || s.rules
                        .values()
                        .any(|t| t.pool.is_some() || t.state.state != AlertState::Inactive)
            });
        }
        self.metrics.windows_closed.inc();
        rows
    }

    fn close_series(
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
        let history = self.history_nanos;
        let window_nanos = self.window_nanos;
        let baseline_min_samples = self.baseline_min_samples;
        let mut breaches = 0;
        let rules: Vec<RuleConfig> = self
            .rules
            .iter()
            .filter(|r| {
                r.metric == id.metric
                    && r.service.as_ref().is_none_or(|s| *s == id.service)
                    && r.agent.as_ref().is_none_or(|a| *a == id.agent)
            })
            .cloned()
            .collect();
        let state = self.series.entry(id.clone()).or_default();
        let snapshot = state.baseline.snapshot(start, history);
        let row = |rule: &str,
                   n: u64,
                   judged_value: f64,
                   j: Option<Judgement>,
                   st: &str,
                   pooled: u32,
                   exemplars: &[String]| WindowRow {
            service: id.service.clone(),
            agent: id.agent.clone(),
            metric: id.metric.as_str().to_owned(),
            dimension: id.dimension.clone(),
            window_start: format_time(start),
            window_end: format_time(start + window_nanos),
            window_start_ns: start as i64,
            rule: rule.to_owned(),
            n: n as i64,
            value: Some(value),
            judged_value: Some(judged_value),
            baseline_mean: j.and_then(|j| j.mean),
            baseline_sigma: j.and_then(|j| j.sigma),
            z: j.and_then(|j| j.z),
            verdict: j.map_or(Verdict::None, |j| j.verdict).as_str().to_owned(),
            state: st.to_owned(),
            pooled_windows: i64::from(pooled),
            in_baseline: false,
            exemplars: serde_json::to_string(exemplars).expect("strings serialize"),
        };
        let first_row = rows.len();
        let mut anomaly_breach = false;
        if rules.is_empty() {
            rows.push(row("", agg.n, value, None, "", 1, &agg.exemplars));
        }
        for rule in &rules {
            let track = state.rules.entry(rule.name.clone()).or_default();
            // Pool quiet windows until they have enough spans together.
            // A pool only spans `max_pool_windows` of time: older quiet windows are dropped
            // (they were judged insufficient when they closed).
            let max_span = u64::from(rule.max_pool_windows) * window_nanos;
            let (pooled_agg, pooled, pool_start) = match track.pool.take() {
                Some((mut pool, count, first)) if start - first < max_span => {
                    pool.merge(agg);
                    (pool, count + 1, first)
                }
                _ => (agg.clone(), 1, start),
            };
            let judged_value = pooled_agg.value(id.metric).unwrap_or(value);
            let judgement = if pooled_agg.n >= rule.min_samples {
                judge(
                    rule,
                    &Observation {
                        value: judged_value,
                        n: pooled_agg.n,
                        hits: pooled_agg.hits_for(id.metric),
                        sampling_sigma: pooled_agg.sampling_sigma(id.metric),
                        window_start: start,
                    },
                    &snapshot,
                )
            } else {
                if pooled < rule.max_pool_windows {
                    track.pool = Some((pooled_agg.clone(), pooled, pool_start));
                }
                Judgement {
                    verdict: Verdict::InsufficientData,
                    mean: None,
                    sigma: None,
                    z: None,
                }
            };
            let old_state = track.state.state;
            let new_state = track.state.apply(rule, judgement.verdict);
            // Resolved is reported once, then the pair is inactive again: only real changes
            // are transitions.
            let changed = new_state != old_state
                && !(old_state == AlertState::Resolved && new_state == AlertState::Inactive);
            if changed {
                alerts.push(AlertRow {
                    dedup_key: dedup_key(&rule.name, id),
                    rule: rule.name.clone(),
                    severity: rule.severity.clone(),
                    service: id.service.clone(),
                    agent: id.agent.clone(),
                    metric: id.metric.as_str().to_owned(),
                    dimension: id.dimension.clone(),
                    state: new_state.as_str().to_owned(),
                    previous_state: old_state.as_str().to_owned(),
                    window_start: format_time(start),
                    window_start_ns: start as i64,
                    at: format_time(start + window_nanos),
                    value: Some(judged_value),
                    baseline_mean: judgement.mean,
                    z: judgement.z,
                    baseline_sigma: judgement.sigma,
                    exemplars: serde_json::to_string(&pooled_agg.exemplars)
                        .expect("strings serialize"),
                    delivery: "{}".into(),
                });
            }
            if judgement.verdict == Verdict::Breach {
                breaches += 1;
                anomaly_breach |= rule.kind == RuleKind::Anomaly;
                if new_state == AlertState::Firing {
                    tracing::info!(rule = %rule.name, series = %id.label(), value = judged_value, z = ?judgement.z, "rule breached");
                }
            }
            rows.push(row(
                &rule.name,
                pooled_agg.n,
                judged_value,
                Some(judgement),
                new_state.as_str(),
                pooled,
                &pooled_agg.exemplars,
            ));
        }
        // A window joins the baseline when it had enough spans and no anomaly rule called it
        // abnormal: breaching windows are kept out of their own baseline.
        let include = agg.n >= baseline_min_samples && !anomaly_breach;
        if include {
            state.baseline.add(start, value);
        }
        for r in &mut rows[first_row..] {
            r.in_baseline = include;
        }
        self.stats.breaches += breaches;
    }
}

/// A stable id for a (rule, series) pair — the same for the trigger and the resolve, across
/// restarts and versions: the rule name and a 64-bit FNV-1a hash of the series.
pub fn dedup_key(rule: &str, series: &SeriesId) -> String {
    format!("{rule}:{:016x}", crate::alert::stable_hash(&series.label()))
}

/// Forget the in-memory state and rebuild it from the store, retrying until the store
/// answers: judging redelivered partials without their history would overwrite good windows.
async fn rebuild(detector: &mut Detector) {
    let mut backoff = Duration::from_millis(100);
    loop {
        match detector.reset_and_restore().await {
            Ok(windows) => {
                tracing::info!(
                    windows,
                    "aggregates partitions reassigned; state rebuilt from the store"
                );
                return;
            }
            Err(e) => {
                tracing::error!(error = %e, "rebuilding state after a reassignment failed; retrying");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(10));
            }
        }
    }
}

/// Run the detect stage: merge partials as they come, close windows as the watermark moves,
/// and commit aggregates-log positions once the windows they fed are written. When the log
/// ends: with a log that redelivers what was not committed (Kafka), open windows are left for
/// the next start to rebuild; otherwise they are closed and written now.
pub async fn run(
    mut detector: Detector,
    mut log: Box<dyn AggregateConsumer>,
    idle_close: Duration,
) -> DetectStats {
    let mut idle = tokio::time::interval(idle_close);
    idle.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut received_since_tick = false;
    let mut offsets = OffsetTracker::default();
    // Once a window could not be written, no position is committed any more: the messages
    // that fed it must be delivered again after a restart (where the log redelivers).
    let mut commits_allowed = true;
    loop {
        let written = tokio::select! {
            next = log.next() => match next {
                Some(AggregateEvent::Partials(partials, position)) => {
                    received_since_tick = true;
                    let fed = detector.merge(partials);
                    if let Some(position) = position {
                        offsets.received(position, fed);
                    }
                    detector.advance().await
                }
                Some(AggregateEvent::Reassigned) => {
                    offsets.clear();
                    rebuild(&mut detector).await;
                    Ok(())
                }
                None => break,
            },
            _ = idle.tick() => {
                let written = if received_since_tick {
                    Ok(())
                } else {
                    detector.advance_to_wall_clock().await
                };
                received_since_tick = false;
                written
            }
        };
        if let Err(e) = written {
            tracing::error!(error = %e, "writing windows failed");
            if commits_allowed && log.redelivers_uncommitted() {
                tracing::error!(
                    "aggregates offsets are no longer committed: restart to judge the unwritten windows again"
                );
            }
            commits_allowed = false;
        }
        if commits_allowed {
            offsets.closed_before(detector.closed_before());
            log.commit(&offsets.committable());
        }
    }
    if !log.redelivers_uncommitted()
        && let Err(e) = detector.flush().await
    {
        tracing::error!(error = %e, "writing the last windows failed");
    }
    log.finish();
    tracing::info!(stats = ?detector.stats, "detect stage stopped");
    detector.stats
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::PipelineConfig;
    use crate::window::{Aggregate, Source};

    fn key() -> SeriesKey {
        SeriesKey {
            service: "svc".into(),
            agent: String::new(),
            source: Source::Refusal,
            dimension: String::new(),
        }
    }

    fn partials(source: Option<LogPosition>, start: u64, n: u64) -> Partials {
        let mut agg = Aggregate::new(Source::Refusal);
        agg.n = n;
        agg.hits = 1;
        agg.max_event_time = start + 1;
        let mut p = Partials {
            source,
            ..Partials::default()
        };
        p.windows.insert((key(), start), agg);
        p
    }

    fn detector(dir: &std::path::Path) -> Detector {
        let config = PipelineConfig::default();
        let metrics = Metrics::new();
        let store = Arc::new(
            crate::store::SqliteStore::open(&dir.join("db"), 100, metrics.clone()).unwrap(),
        );
        Detector::new(&config.windows, &config.baseline, &[], store, metrics)
    }

    #[tokio::test]
    async fn a_partial_delivered_twice_is_merged_once_and_a_new_position_is_not_mistaken_for_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = detector(dir.path());
        let start = 1_700_000_100 * 1_000_000_000 / d.window_nanos * d.window_nanos;
        let at = |offset| {
            Some(LogPosition {
                partition: 0,
                offset,
            })
        };
        assert_eq!(d.merge(partials(at(7), start, 10)), vec![start]);
        assert_eq!(d.merge(partials(at(7), start, 10)), Vec::<u64>::new());
        assert_eq!(d.merge(partials(at(8), start, 5)), vec![start]);
        // Without a position (embedded bus) nothing can be told apart: every partial counts.
        d.merge(partials(None, start, 1));
        d.merge(partials(None, start, 1));
        assert_eq!(d.open[&start][&key()].n, 17);
        // Once closed, the window forgets its positions with it; a redelivery now is late.
        d.flush().await.unwrap();
        assert!(d.merged_from.is_empty());
        assert_eq!(d.merge(partials(at(7), start, 10)), Vec::<u64>::new());
        assert_eq!(d.stats.late_scores, 10);
    }

    #[tokio::test]
    async fn reset_and_restore_forgets_open_windows_and_keeps_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = detector(dir.path());
        let minute = d.window_nanos;
        let start = 1_700_000_100 * 1_000_000_000 / minute * minute;
        d.merge(partials(None, start, 30));
        d.merge(partials(None, start + 5 * minute, 30));
        d.close_until(start + minute).await.unwrap();
        assert_eq!(d.open.len(), 1);
        d.reset_and_restore().await.unwrap();
        assert!(
            d.open.is_empty(),
            "open windows are rebuilt from redelivered partials"
        );
        assert_eq!(
            d.closed_before(),
            start + minute,
            "written windows stay closed"
        );
    }
}
