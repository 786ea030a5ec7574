//! The detect stage: merge partial aggregates into open windows, close each window when the
//! event-time watermark passes its end, judge every series with its rules against its
//! rolling baseline, write the `windows` table, and keep the baselines and rule states.
//!
//! Event time drives everything, so replaying a week of old traffic rebuilds a week of
//! history. The watermark is the latest span end seen minus `allowed_lateness`, where a span
//! counts as no later than the wall clock plus `windows.max_clock_skew` (one sender with a fast
//! clock must not close everyone's windows); when no spans arrive for `idle_close`, the wall
//! clock advances it instead, so quiet periods still close their windows. Spans for an already
//! closed window are *late*: counted and logged, their scores stored, but not merged into a
//! window that was already judged.
//!
//! At start the baselines and rule states are rebuilt from the stored windows, so a restart
//! loses no history and gives the same verdicts as an uninterrupted run. The windows still
//! open at the stop are left open then, not judged early: Kafka delivers their uncommitted
//! partials again, and with the embedded bus they are rebuilt from the `scores` table.
//!
//! - `watermark.rs`: merging partials, the watermark, closing and writing windows;
//! - `windows.rs`: judging a closed window's series with their rules;
//! - [`baseline`]: the rolling baseline of a series;
//! - [`rules`]: rule settings and defaults, judgement, the alert state machine, statistics;
//! - `restore.rs`: rebuilding baselines and rule states from the stored windows;
//! - `reopen.rs`: rebuilding the windows open at the last stop from the stored scores;
//! - `series.rs`: the series held, forgetting idle ones, and their cap;
//! - `silence.rs`: series absent from a window (volume judged as zero; `no_data` resolves);
//! - [`config`]: the `baseline:` section.

pub mod baseline;
pub mod config;
#[cfg(test)]
mod guard_tests;
mod reopen;
#[cfg(test)]
mod reopen_tests;
mod restore;
pub mod rules;
mod series;
mod silence;
#[cfg(test)]
mod tests;
mod watermark;
mod windows;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

pub use self::reopen::{MAX_REOPENED_SCORES, Reopened};

use self::config::BaselineConfig;
use self::rules::config::RuleConfig;
use self::series::{RuleTrack, SeriesState};
use crate::bus::{AggregateConsumer, AggregateEvent, LogPosition, OffsetTracker};
use crate::store::{AlertRow, WindowStore};
use crate::telemetry::Metrics;
use crate::window::config::WindowsConfig;
use crate::window::{Aggregate, SeriesId, SeriesKey};

/// What identifies the span-log message a partial came from, to merge it once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum MergedFrom {
    /// The content's identity (the same spans at another position too: a client's retry
    /// the log took twice).
    Batch(u64),
    /// Its position, for partials from score workers that did not send an identity.
    Position(LogPosition),
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
    /// Scores dated past the wall clock plus `windows.max_clock_skew` (aggregated; they did
    /// not move the watermark).
    pub future_scores: u64,
    /// Series forgotten after `baseline.forget_idle_after` without data.
    pub series_forgotten: u64,
    /// Series windows not judged because `baseline.max_series` series were held.
    pub dropped_series_windows: u64,
}

/// The detect stage.
pub struct Detector {
    window_nanos: u64,
    lateness_nanos: u64,
    max_clock_skew_nanos: u64,
    history_nanos: u64,
    forget_idle_nanos: u64,
    max_held_series: usize,
    /// Window start of the last sweep of idle series.
    last_sweep: u64,
    baseline_min_samples: u64,
    max_series: usize,
    rules: Vec<RuleConfig>,
    open: BTreeMap<u64, HashMap<SeriesKey, Aggregate>>,
    /// Per open window, the span-log messages whose partials it merged, per series: a
    /// partial delivered twice is merged once.
    merged_from: HashMap<u64, HashSet<(MergedFrom, SeriesKey)>>,
    /// Every window starting before this is closed.
    closed_before: u64,
    /// Silent series were judged for every window starting before this.
    silent_before: u64,
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
            max_clock_skew_nanos: windows.max_clock_skew.as_nanos() as u64,
            history_nanos: baseline.history.as_nanos() as u64,
            forget_idle_nanos: baseline.forget_idle_after.as_nanos() as u64,
            max_held_series: baseline.max_series,
            last_sweep: 0,
            baseline_min_samples: baseline.min_samples,
            max_series: windows.max_series,
            rules: rules.to_vec(),
            open: BTreeMap::new(),
            merged_from: HashMap::new(),
            closed_before: 0,
            silent_before: 0,
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

    /// Every window starting before this is closed.
    pub fn closed_before(&self) -> u64 {
        self.closed_before
    }
}

/// A stable id for a (rule, series) pair — the same for the trigger and the resolve, across
/// restarts and versions: the rule name and a 64-bit FNV-1a hash of the series.
pub fn dedup_key(rule: &str, series: &SeriesId) -> String {
    format!(
        "{rule}:{:016x}",
        crate::stable_hash::stable_hash(&series.label())
    )
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
/// ends, open windows are left for the next start, which judges them once the watermark
/// passes them: a log that redelivers what was not committed (Kafka) brings their partials
/// back; with the embedded bus they are rebuilt from the stored scores
/// ([`Detector::reopen_windows`]). Judging them now would judge them on part of their spans
/// and count the rest as late.
pub async fn run(
    mut detector: Detector,
    mut log: Box<dyn AggregateConsumer>,
    idle_close: Duration,
) -> DetectStats {
    // The first tick after a full `idle_close`, not at once: a restart must not close (and
    // judge as silent) the windows since the last stored one before its senders are back.
    let mut idle = tokio::time::interval_at(tokio::time::Instant::now() + idle_close, idle_close);
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
    log.finish();
    tracing::info!(stats = ?detector.stats, "detect stage stopped");
    detector.stats
}
