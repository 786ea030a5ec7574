//! `evaluators.trajectory:`, `evaluators.run_steps:` and `evaluators.run_tool_calls:`.

use serde::Deserialize;

use super::runs::Bounds;

/// `evaluators.trajectory:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct TrajectoryConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Most traces whose steps are kept until their agent span arrives. When full, the older
    /// half is dropped (counted in `agentwatch_evaluator_state_dropped_total`).
    pub max_traces: usize,
    /// Most spans kept per trace; further ones are dropped (counted) and not judged.
    pub max_spans_per_trace: usize,
    /// Most spans kept over all traces (roughly 150-200 bytes each): when half are in the newer
    /// generation, the older is dropped (counted as for `max_traces`).
    pub max_spans: usize,
    /// A run loops when it calls one tool with the same arguments this many times.
    pub loop_min_calls: usize,
    /// A run ping-pongs when this many consecutive tool calls alternate between two tools
    /// (A→B→A→B→A→B is 6).
    pub ping_pong_min_calls: usize,
}

impl Default for TrajectoryConfig {
    fn default() -> Self {
        TrajectoryConfig {
            enabled: true,
            max_traces: 20_000,
            max_spans_per_trace: 512,
            max_spans: 500_000,
            loop_min_calls: 3,
            ping_pong_min_calls: 6,
        }
    }
}

/// `evaluators.run_steps:` and `evaluators.run_tool_calls:` — they count the runs
/// `trajectory` judges, within its bounds.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RunCountConfig {
    /// Run this evaluator (needs `evaluators.trajectory.enabled`).
    pub enabled: bool,
}

impl Default for RunCountConfig {
    fn default() -> Self {
        RunCountConfig { enabled: true }
    }
}

/// The count evaluators read `trajectory`'s judgement: each one enabled without it is an
/// `issue(path, message)`.
pub fn check_counts_need_trajectory(
    trajectory: &TrajectoryConfig,
    counts: [(&str, &RunCountConfig); 2],
    issue: &mut dyn FnMut(&str, String),
) {
    if trajectory.enabled {
        return;
    }
    for (path, count) in counts {
        if count.enabled {
            issue(
                path,
                "counts the runs evaluators.trajectory judges: enable it, or set this to false"
                    .into(),
            );
        }
    }
}

/// `issue(field, message)` for each broken bound.
pub(super) fn check_bounds(bounds: Bounds, issue: &mut dyn FnMut(&str, String)) {
    if bounds.max_traces < 2 {
        issue("max_traces", "must be at least 2".into());
    }
    if bounds.max_spans_per_trace < 2 {
        issue("max_spans_per_trace", "must be at least 2".into());
    }
    if bounds.max_spans < 2 {
        issue("max_spans", "must be at least 2".into());
    }
}

impl TrajectoryConfig {
    pub(super) fn bounds(&self) -> Bounds {
        Bounds {
            max_traces: self.max_traces,
            max_spans_per_trace: self.max_spans_per_trace,
            max_spans: self.max_spans,
        }
    }
}
