//! Per-span evaluators: deterministic functions from an [`AgentSpan`] to a [`Score`], and the
//! [`registry`] that lists them once.
//!
//! Each evaluator decides whether it applies to a span (`tool_error` only looks at tool spans);
//! content evaluators report [`Label::Unscoreable`] when the span captured no content, so that
//! "no content" is never mistaken for "clean".
//!
//! # Adding an evaluator
//! An evaluator lives in one module under `eval/` (a file such as `tool_error.rs`, or a folder)
//! and is registered by one line in [`registry`]. Its module holds:
//! - its settings (the `evaluators.<name>` section: a struct with `enabled` and serde defaults);
//! - the type implementing [`Evaluator`] (`name` returns the registered name, `evaluate` the
//!   per-span [`Score`]);
//! - its [`Registered`] implementation: the settings type, `build`, `check`, and the
//!   [`Descriptor`] declaring its name, its wire number, how its scores aggregate
//!   ([`Aggregation`]), what splits its series ([`Dimension`]), its metrics ([`MetricDef`]:
//!   stored name and [`Statistic`]) and its default rules ([`DefaultRule`]);
//! - its tests.
//!
//! The registry line adds the config section, runs the evaluator, and makes its metrics known
//! to windows (aggregation, wire format), to rules (`metric:` in the pipeline file, the default
//! rules) and to the detect stage. Nothing else names evaluators or metrics.
//!
//! `eval/sample/` is an evaluator added exactly that way (its registry line is compiled only
//! with the test-only `sample-evaluator` feature, as its default rule would change the
//! defaults); `tests/sample_evaluator.rs` follows its scores from the config section through
//! windows and the wire to its default rule firing.

mod agent_success;
pub mod config;
pub mod descriptor;
pub mod external;
pub mod format;
mod latency;
mod panic_guard;
pub mod pii;
pub mod refusal;
pub mod registry;
pub mod reply;
#[cfg(feature = "sample-evaluator")]
pub mod sample;
mod tool_error;
pub mod trajectory;
pub mod usage;

use serde::Serialize;

use self::config::EvaluatorsConfig;
use crate::normalize::AgentSpan;

pub use agent_success::{AgentSuccessConfig, AgentSuccessEvaluator};
pub use descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Rows,
    Severity, Statistic,
};
pub use external::{ExternalConfig, ExternalFailEvaluator, ExternalScoreEvaluator};
pub use format::FormatEvaluator;
pub use latency::{LatencyConfig, LatencyEvaluator};
pub use pii::PiiLeakEvaluator;
pub use refusal::RefusalEvaluator;
pub use registry::{EvaluatorId, Metric};
pub use reply::{EmptyReplyEvaluator, TruncationEvaluator};
pub use tool_error::{ToolErrorConfig, ToolErrorEvaluator};
pub use trajectory::{RunStepsEvaluator, RunToolCallsEvaluator, TrajectoryEvaluator};
pub use usage::{CostEvaluator, TokensEvaluator};

/// The verdict class of a score, stored in the `label` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// Nothing wrong.
    Ok,
    /// The evaluator found what it looks for (a failed tool call, PII, a refusal).
    Fail,
    /// Slower than the configured threshold (latency only).
    Slow,
    /// The span carries nothing this evaluator can judge (e.g. no captured content).
    Unscoreable,
}

impl Label {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Ok => "ok",
            Label::Fail => "fail",
            Label::Slow => "slow",
            Label::Unscoreable => "unscoreable",
        }
    }

    /// Parse the stored spelling.
    pub fn parse(text: &str) -> Option<Label> {
        [Label::Ok, Label::Fail, Label::Slow, Label::Unscoreable]
            .into_iter()
            .find(|l| l.as_str() == text)
    }
}

/// One evaluator's judgement of one span.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Evaluator name (`tool_error`, `latency`, ...).
    pub evaluator: &'static str,
    /// The measured value: 1/0 for yes/no evaluators, milliseconds for latency; None if unscoreable.
    pub value: Option<f64>,
    /// Verdict class.
    pub label: Label,
    /// Evidence as a JSON object, already masked: it must never contain raw user content.
    pub detail: Option<serde_json::Value>,
}

impl Score {
    /// The score of an evaluator that panicked on a span: unscoreable, with a reason naming
    /// the evaluator. The panic's message is left out (it may quote the span's content).
    pub fn panicked(evaluator: &'static str) -> Score {
        Score {
            evaluator,
            value: None,
            label: Label::Unscoreable,
            detail: Some(serde_json::json!({
                "reason": "evaluator panicked",
                "evaluator": evaluator,
            })),
        }
    }
}

/// Why an evaluator could not be built from its `evaluators.<name>` section.
#[derive(Debug, thiserror::Error)]
#[error("evaluators.{evaluator}: {source}")]
pub struct BuildError {
    /// The evaluator (its section name).
    pub evaluator: &'static str,
    /// What went wrong.
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

/// A deterministic per-span evaluator.
pub trait Evaluator: Send + Sync {
    /// Stable name, stored in the `evaluator` column: its [`Descriptor`]'s name.
    fn name(&self) -> &'static str;
    /// The score for this span, or None when the evaluator does not apply to it.
    fn evaluate(&self, span: &AgentSpan) -> Option<Score>;
    /// Like [`Evaluator::evaluate`], with the verdicts the evaluators before it in the
    /// registry gave the same span — for evaluators that judge from them (an agent run fails
    /// when its reply broke its declared format). Most ignore them.
    fn evaluate_after(&self, span: &AgentSpan, earlier: &Verdicts) -> Option<Score> {
        let _ = earlier;
        self.evaluate(span)
    }
    /// Called with every batch of spans before any of them is evaluated, for evaluators that
    /// read across the spans of a trace (an agent span's tokens are its LLM spans'). Most do
    /// not. Returns how many items the evaluator's bounded state dropped to make room (counted
    /// in `agentwatch_evaluator_state_dropped_total`).
    fn observe(&self, spans: &[AgentSpan]) -> u64 {
        let _ = spans;
        0
    }
}

/// The labels the evaluators gave one span so far, in registry order (on the stack: no
/// allocation per span).
#[derive(Debug, Clone, Copy)]
pub struct Verdicts {
    items: [(&'static str, Label); Verdicts::CAPACITY],
    len: usize,
}

impl Default for Verdicts {
    fn default() -> Self {
        Verdicts {
            items: [("", Label::Unscoreable); Verdicts::CAPACITY],
            len: 0,
        }
    }
}

impl Verdicts {
    /// Most verdicts kept (more than the registry lists).
    const CAPACITY: usize = 16;

    /// Record `evaluator`'s label (beyond the capacity, ignored).
    pub fn push(&mut self, evaluator: &'static str, label: Label) {
        if self.len < Self::CAPACITY {
            self.items[self.len] = (evaluator, label);
            self.len += 1;
        }
    }

    /// The label `evaluator` gave, if it scored the span.
    pub fn label_of(&self, evaluator: &str) -> Option<Label> {
        self.items[..self.len]
            .iter()
            .find(|(name, _)| *name == evaluator)
            .map(|(_, label)| *label)
    }
}

/// The evaluators a pipeline runs, built once from config.
pub struct EvaluatorSet {
    evaluators: Vec<Box<dyn Evaluator>>,
}

impl EvaluatorSet {
    /// Build the enabled evaluators, in registry order.
    pub fn from_config(config: &EvaluatorsConfig) -> Result<EvaluatorSet, BuildError> {
        Ok(EvaluatorSet {
            evaluators: registry::build_enabled(config)?,
        })
    }

    /// Names of the enabled evaluators.
    pub fn names(&self) -> Vec<&'static str> {
        self.evaluators.iter().map(|e| e.name()).collect()
    }

    /// Show a batch of spans to every evaluator before they are evaluated one by one
    /// ([`Evaluator::observe`]); `dropped` is called with the name of each evaluator whose
    /// bounded state dropped items to make room, and how many. A panic there is caught and
    /// logged: the evaluators still run.
    pub fn observe(&self, spans: &[AgentSpan], mut dropped: impl FnMut(&'static str, u64)) {
        for evaluator in &self.evaluators {
            match panic_guard::guarded(evaluator.name(), || evaluator.observe(spans)) {
                Some(0) => {}
                Some(n) => dropped(evaluator.name(), n),
                None => tracing::error!(
                    evaluator = evaluator.name(),
                    spans = spans.len(),
                    "evaluator panicked while observing a batch"
                ),
            }
        }
    }

    /// Run every evaluator on one span, calling `out` for each score. A panic propagates (the
    /// fuzz targets and benches want it loud); the pipeline uses [`Self::evaluate_guarded`].
    pub fn evaluate(&self, span: &AgentSpan, mut out: impl FnMut(Score)) {
        let mut verdicts = Verdicts::default();
        for evaluator in &self.evaluators {
            if let Some(score) = evaluator.evaluate_after(span, &verdicts) {
                verdicts.push(score.evaluator, score.label);
                out(score);
            }
        }
    }

    /// Like [`Self::evaluate`], but an evaluator that panics scores the span
    /// [`Score::panicked`] and `panicked` is called with its name: one evaluator's bug costs
    /// that verdict, never the batch, and the other evaluators still run.
    pub fn evaluate_guarded(
        &self,
        span: &AgentSpan,
        mut out: impl FnMut(Score),
        mut panicked: impl FnMut(&'static str),
    ) {
        let mut verdicts = Verdicts::default();
        for evaluator in &self.evaluators {
            // Evaluators only read the span; per-thread scratch buffers they use are taken
            // and given back whole, so nothing half-updated is observed after unwinding.
            let verdict = panic_guard::guarded(evaluator.name(), || {
                evaluator.evaluate_after(span, &verdicts)
            });
            match verdict {
                Some(Some(score)) => {
                    verdicts.push(score.evaluator, score.label);
                    out(score)
                }
                Some(None) => {}
                None => {
                    panicked(evaluator.name());
                    verdicts.push(evaluator.name(), Label::Unscoreable);
                    out(Score::panicked(evaluator.name()));
                }
            }
        }
    }

    /// The set with `evaluator` run last, for tests that need one that misbehaves.
    #[cfg(test)]
    pub(crate) fn with_evaluator(mut self, evaluator: Box<dyn Evaluator>) -> EvaluatorSet {
        self.evaluators.push(evaluator);
        self
    }
}

/// An ASCII-lower-cased copy of `text` (same length, same offsets), from a per-thread buffer
/// pool so that scanning many spans does not allocate each time.
pub(crate) fn ascii_lowercase(text: &[u8]) -> LoweredText {
    let mut buf = LOWER_BUFFERS
        .with(|pool| pool.borrow_mut().pop())
        .unwrap_or_default();
    buf.clear();
    buf.extend_from_slice(text);
    buf.make_ascii_lowercase();
    LoweredText(buf)
}

thread_local! {
    static LOWER_BUFFERS: std::cell::RefCell<Vec<Vec<u8>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A lowered copy; its buffer goes back to the thread's pool when dropped.
pub(crate) struct LoweredText(Vec<u8>);

impl std::ops::Deref for LoweredText {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for LoweredText {
    fn drop(&mut self) {
        let buf = std::mem::take(&mut self.0);
        // Keep a few modest buffers; let huge ones go.
        if buf.capacity() <= 4 * 1024 * 1024 {
            LOWER_BUFFERS.with(|pool| {
                let mut pool = pool.borrow_mut();
                if pool.len() < 4 {
                    pool.push(buf);
                }
            });
        }
    }
}

/// A plain span for evaluator tests: an `other` span of 1 ms with no content.
#[cfg(test)]
pub(crate) fn test_span() -> AgentSpan {
    AgentSpan::bare(
        ([1; 16], [2; 8]),
        (1_700_000_000_000_000_000, 1_700_000_000_001_000_000),
        "test".into(),
        "svc".into(),
    )
}
