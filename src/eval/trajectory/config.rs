//! `evaluators.trajectory:`, `evaluators.run_steps:` and `evaluators.run_tool_calls:`.

use serde::Deserialize;

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
            loop_min_calls: 3,
            ping_pong_min_calls: 6,
        }
    }
}

/// `evaluators.run_steps:` and `evaluators.run_tool_calls:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RunCountConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Most traces whose steps are counted until their agent span arrives (as
    /// `trajectory.max_traces`; each evaluator keeps its own table).
    pub max_traces: usize,
    /// Most spans kept per trace (a run with more counts this many).
    pub max_spans_per_trace: usize,
}

impl Default for RunCountConfig {
    fn default() -> Self {
        RunCountConfig {
            enabled: true,
            max_traces: 20_000,
            max_spans_per_trace: 512,
        }
    }
}

/// The bounds both sections share: `issue(field, message)` for each broken one.
pub(super) fn check_bounds(
    max_traces: usize,
    max_spans_per_trace: usize,
    issue: &mut dyn FnMut(&str, String),
) {
    if max_traces < 2 {
        issue("max_traces", "must be at least 2".into());
    }
    if max_spans_per_trace < 2 {
        issue("max_spans_per_trace", "must be at least 2".into());
    }
}
