//! Trajectories: agents fail in the shape of a run, not only in one span.
//!
//! A run is an agent span (`invoke_agent`, OpenInference `AGENT`, ...) and the spans below it
//! in its trace. Its model, tool and other spans usually end — and arrive — before it does;
//! each evaluator keeps the steps of recent traces ([`runs`], bounded) and judges a run when
//! its agent span is evaluated ([`judge`]).
//!
//! - [`TrajectoryEvaluator`] (`trajectory`): one score per run, 1 when it
//!   - **loops**: one tool called with the same arguments (canonical JSON, hashed) at least
//!     `loop_min_calls` times;
//!   - **ping-pongs**: at least `ping_pong_min_calls` consecutive tool calls alternating
//!     between two tools;
//!   - calls an **undeclared tool**: a tool span's tool, or a call the model's reply asked
//!     for, that no model or agent span of the run declared (`gen_ai.tool.definitions`,
//!     OpenInference `llm.tools`, OpenLLMetry `llm.request.functions`) — judged only when
//!     some span of the run declared a complete list;
//!   - passes **bad arguments**: a tool call whose arguments (`gen_ai.tool.call.arguments`,
//!     OpenInference `input.value`) break the JSON schema declared for the tool, checked with
//!     the `format` evaluator's schema subset (type, required, properties, items).
//!
//!   The detail names the kinds, the tools and counts, and schema paths — never an argument
//!   value. Windows give `trajectory_fail_rate`.
//! - [`RunStepsEvaluator`] (`run_steps`) and [`RunToolCallsEvaluator`] (`run_tool_calls`):
//!   the model and tool calls of each run, and its tool calls, in histograms per service and
//!   agent (`run_steps_p50` / `_p95`, `run_tool_calls_p50` / `_p95`), with rules that fire
//!   when the typical run takes twice the steps or tool calls of its 7-day baseline. They
//!   count the runs `trajectory` judges, reading its counts (so they need it enabled): a
//!   table of their own each cost as much again as `trajectory`'s.
//!
//! A run whose steps were not seen (none arrived before its agent span, or all were dropped)
//! is scored `unscoreable` by `trajectory` and not at all by the counts. Steps that arrive
//! after their agent span are not part of its judgement. Traces without an agent span are not
//! judged: their steps are dropped when the table rotates (counted, see [`runs`]).

mod config;
mod judge;
mod runs;

use std::cell::Cell;

use serde_json::json;

pub use self::config::{RunCountConfig, TrajectoryConfig, check_counts_need_trajectory};
use self::judge::Thresholds;
use self::runs::Runs;
use super::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Rows,
    Severity, Statistic,
};
use super::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, OperationKind};

type BuildResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// The counts of the run `trajectory` judged last on this thread. The count evaluators come
/// right after it in the registry and are asked about the same span on the same thread (the
/// evaluator set runs a span's evaluators in order), so they read them here; the ids make sure
/// a count is never given to another span.
#[derive(Debug, Clone, Copy, PartialEq)]
struct JudgedRun {
    trace: [u8; 16],
    span: [u8; 8],
    steps: u64,
    tool_calls: u64,
}

thread_local! {
    static LAST_JUDGED: Cell<Option<JudgedRun>> = const { Cell::new(None) };
}

/// Scores each agent run 1 when its shape is wrong (see the module doc).
pub struct TrajectoryEvaluator {
    runs: Runs,
    thresholds: Thresholds,
}

impl Registered for TrajectoryEvaluator {
    type Config = TrajectoryConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "trajectory",
        wire_id: 13,
        aggregation: Aggregation::Counts,
        dimension: Dimension::Whole,
        // One row per judged run: the clean ones show what was judged (steps, declared).
        rows: Rows::Every,
        metrics: &[MetricDef {
            name: "trajectory_fail_rate",
            statistic: Statistic::HitRate,
        }],
        // A run that loops or calls tools it was never given is a bug, not noise: page when
        // more than 5% of an agent's runs do.
        default_rules: &[DefaultRule {
            name: "trajectory_fail_rate_high",
            metric: "trajectory_fail_rate",
            check: DefaultCheck::Above {
                threshold: 0.05,
                min_samples: 20,
            },
            for_windows: 1,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &TrajectoryConfig) -> bool {
        config.enabled
    }

    fn build(config: &TrajectoryConfig) -> BuildResult<TrajectoryEvaluator> {
        Ok(TrajectoryEvaluator {
            runs: Runs::new(config.bounds()),
            thresholds: Thresholds {
                loop_min_calls: config.loop_min_calls,
                ping_pong_min_calls: config.ping_pong_min_calls,
            },
        })
    }

    fn check(config: &TrajectoryConfig, issue: &mut dyn FnMut(&str, String)) {
        config::check_bounds(config.bounds(), issue);
        if config.loop_min_calls < 2 {
            issue("loop_min_calls", "must be at least 2".into());
        }
        if config.ping_pong_min_calls < 4 {
            issue("ping_pong_min_calls", "must be at least 4 (A→B→A→B)".into());
        }
    }
}

impl Evaluator for TrajectoryEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn observe(&self, spans: &[AgentSpan]) -> u64 {
        self.runs.add(spans)
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        if span.kind != OperationKind::Agent {
            return None;
        }
        let verdict = self
            .runs
            .judge(&span.trace_id, |trace| {
                let steps = judge::run_steps(trace, span.span_id);
                judge::judge(&steps, self.thresholds)
            })
            .filter(|v| v.steps > 0);
        LAST_JUDGED.set(verdict.as_ref().map(|v| JudgedRun {
            trace: span.trace_id,
            span: span.span_id,
            steps: v.steps,
            tool_calls: v.tool_calls,
        }));
        let Some(verdict) = verdict else {
            return Some(Score {
                evaluator: Self::DESCRIPTOR.name,
                value: None,
                label: Label::Unscoreable,
                detail: Some(json!({"reason": "no step of this run arrived before it"})),
            });
        };
        let failed = !verdict.kinds().is_empty();
        Some(Score {
            evaluator: Self::DESCRIPTOR.name,
            value: Some(if failed { 1.0 } else { 0.0 }),
            label: if failed { Label::Fail } else { Label::Ok },
            detail: Some(verdict.detail()),
        })
    }
}

/// What a count evaluator counts of a run.
#[derive(Clone, Copy)]
enum Count {
    Steps,
    ToolCalls,
}

/// The count of each run `trajectory` judged, for the two count evaluators.
struct RunCounter {
    count: Count,
}

impl RunCounter {
    fn score(&self, name: &'static str, span: &AgentSpan) -> Option<Score> {
        if span.kind != OperationKind::Agent {
            return None;
        }
        // A run with no step seen is not counted (a zero would pull the baseline down).
        let run = LAST_JUDGED
            .get()
            .filter(|r| r.trace == span.trace_id && r.span == span.span_id)?;
        let value = match self.count {
            Count::Steps => run.steps,
            Count::ToolCalls => run.tool_calls,
        };
        Some(Score {
            evaluator: name,
            value: Some(value as f64),
            label: Label::Ok,
            detail: None,
        })
    }
}

/// A percentile of a count per run.
const fn percentile(name: &'static str, q: f64) -> MetricDef {
    MetricDef {
        name,
        statistic: Statistic::Quantile(q),
    }
}

/// Scores each agent run with its model and tool calls.
pub struct RunStepsEvaluator(RunCounter);

impl Registered for RunStepsEvaluator {
    type Config = RunCountConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "run_steps",
        wire_id: 14,
        aggregation: Aggregation::Histogram,
        dimension: Dimension::Whole,
        // The count is in the run's `trajectory` row.
        rows: Rows::WindowsOnly,
        metrics: &[
            percentile("run_steps_p50", 0.50),
            percentile("run_steps_p95", 0.95),
        ],
        // As `tokens_per_request_doubled`: the typical run takes twice the steps it did.
        default_rules: &[DefaultRule {
            name: "run_steps_doubled",
            metric: "run_steps_p50",
            check: DefaultCheck::AboveRatio { ratio: 2.0 },
            for_windows: 2,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &RunCountConfig) -> bool {
        config.enabled
    }

    fn build(config: &RunCountConfig) -> BuildResult<RunStepsEvaluator> {
        let _ = config;
        Ok(RunStepsEvaluator(RunCounter {
            count: Count::Steps,
        }))
    }
}

impl Evaluator for RunStepsEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        self.0.score(Self::DESCRIPTOR.name, span)
    }
}

/// Scores each agent run with its tool calls.
pub struct RunToolCallsEvaluator(RunCounter);

impl Registered for RunToolCallsEvaluator {
    type Config = RunCountConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "run_tool_calls",
        wire_id: 15,
        aggregation: Aggregation::Histogram,
        dimension: Dimension::Whole,
        rows: Rows::WindowsOnly,
        metrics: &[
            percentile("run_tool_calls_p50", 0.50),
            percentile("run_tool_calls_p95", 0.95),
        ],
        default_rules: &[DefaultRule {
            name: "run_tool_calls_doubled",
            metric: "run_tool_calls_p50",
            check: DefaultCheck::AboveRatio { ratio: 2.0 },
            for_windows: 2,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &RunCountConfig) -> bool {
        config.enabled
    }

    fn build(config: &RunCountConfig) -> BuildResult<RunToolCallsEvaluator> {
        let _ = config;
        Ok(RunToolCallsEvaluator(RunCounter {
            count: Count::ToolCalls,
        }))
    }
}

impl Evaluator for RunToolCallsEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        self.0.score(Self::DESCRIPTOR.name, span)
    }
}

#[cfg(test)]
mod tests;
