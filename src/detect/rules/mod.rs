//! Rules: judging a closed window against a baseline (anomaly) or a threshold (static), and the
//! per-(rule, series) state that turns verdicts into firing and resolved alerts.
//!
//! The guards that make a 3σ rule usable:
//! - **minimum samples**: a window with fewer spans than `min_samples` is not judged alone; it
//!   is pooled with the next quiet windows until they have enough together (up to
//!   `max_pool_windows`), so a quiet night still catches a real incident within a few windows;
//! - **warm-up**: no anomaly verdict until the baseline spans `warmup` and holds
//!   `min_baseline_windows` windows;
//! - **σ floor**: σ is never below the absolute `sigma_floor`, `sigma_floor_relative` × mean,
//!   and — for rates — the binomial sampling noise √(p(1−p)/n) at the judged window's n, so
//!   a perfectly flat baseline does not turn one stray refusal into a 10σ event;
//! - breaching windows are kept out of their own baseline (by the detect stage);
//! - **for** / **recover**: consecutive breaching windows before firing, consecutive normal
//!   windows before resolving.

pub mod config;
mod judge;
mod state;
mod stats;

use serde::Serialize;

pub use judge::{effective_sigma, judge};
pub use state::{AlertState, ResolvedReason, RuleState};
pub use stats::{binomial_lower_tail, binomial_upper_tail, normal_tail};

/// The verdict on one window for one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Within normal bounds.
    Ok,
    /// Outside them.
    Breach,
    /// Too few spans, even pooled.
    InsufficientData,
    /// The baseline is too young to judge against.
    WarmingUp,
    /// Not judged (no rule for this series); stored so the history is complete.
    None,
}

impl Verdict {
    /// Stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Breach => "breach",
            Verdict::InsufficientData => "insufficient_data",
            Verdict::WarmingUp => "warming_up",
            Verdict::None => "none",
        }
    }

    /// Parse the stored spelling.
    pub fn parse(s: &str) -> Option<Verdict> {
        [
            Verdict::Ok,
            Verdict::Breach,
            Verdict::InsufficientData,
            Verdict::WarmingUp,
            Verdict::None,
        ]
        .into_iter()
        .find(|v| v.as_str() == s)
    }
}

/// A rule's judgement of one (possibly pooled) window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Judgement {
    /// Verdict.
    pub verdict: Verdict,
    /// Baseline mean (anomaly rules).
    pub mean: Option<f64>,
    /// The σ used, after flooring (anomaly rules).
    pub sigma: Option<f64>,
    /// (value − mean) / σ (anomaly rules).
    pub z: Option<f64>,
}

/// Minimal configuration-independent view a judgement needs of the metric.
pub struct Observation {
    /// The window's (or pool's) value.
    pub value: f64,
    /// Spans behind it.
    pub n: u64,
    /// For proportions: how many of the n spans hit (value = hits / n).
    pub hits: Option<u64>,
    /// The sampling noise of the value at this n, when the metric knows it (percentiles:
    /// estimated from the window's own histogram); 0 when unknown.
    pub sampling_sigma: f64,
    /// Start of the judged window (Unix ns).
    pub window_start: u64,
}

impl Observation {
    pub(crate) fn is_rate(&self) -> bool {
        self.hits.is_some()
    }
}
