//! What an evaluator declares about itself beyond its per-span logic: its name, the metrics
//! its scores feed and how they aggregate, how its series are split, and the rules that judge
//! those metrics when the pipeline file names none. Windows, the wire format, the rule
//! defaults and the config read these declarations; none of them names an evaluator.

use std::borrow::Cow;
use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::Evaluator;
use crate::normalize::{AgentSpan, OperationKind};

/// An evaluator, as the rest of the pipeline knows it. Declared once, as the
/// [`Registered::DESCRIPTOR`] of the evaluator's type.
#[derive(Debug)]
pub struct Descriptor {
    /// Stable name: the `evaluator` column, the `evaluators.<name>` config section and
    /// [`Evaluator::name`] of what it builds.
    pub name: &'static str,
    /// Its number in the `Source` field of the aggregates wire format: stable, never reused
    /// (messages of older versions stay readable). The built-ins are named in
    /// `proto/agentwatch/v1/aggregates.proto`.
    pub wire_id: i32,
    /// How its scores are folded into a window's aggregate.
    pub aggregation: Aggregation,
    /// What splits its series beyond service and agent.
    pub dimension: Dimension,
    /// Which of its scores become rows of the `scores` table (all of them feed windows).
    pub rows: Rows,
    /// The metrics a closed window of its scores yields (stored names must never change).
    pub metrics: &'static [MetricDef],
    /// The rules that judge those metrics when the pipeline file names no rules.
    pub default_rules: &'static [DefaultRule],
}

/// Which scores of an evaluator are written to the `scores` table. Every score feeds its
/// windows whatever this says; a row costs a write (the SQLite writer is what limits
/// throughput), so evaluators whose per-span verdict is nearly always "fine" and whose rate
/// lives in `windows` keep only the spans worth looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    /// A row per scored span.
    Every,
    /// Rows of spans not labelled `ok` (failures and unscoreable spans).
    NotOk,
    /// No rows but unscoreable ones (an evaluator that panicked on a span): the windows only,
    /// its per-span values being in another evaluator's rows.
    WindowsOnly,
}

impl Rows {
    /// Whether a score with this label is written.
    pub fn keeps(self, label: super::Label) -> bool {
        match self {
            Rows::Every => true,
            Rows::NotOk => label != super::Label::Ok,
            Rows::WindowsOnly => label == super::Label::Unscoreable,
        }
    }
}

/// How scores are folded into a window's aggregate (a partial that merges with others).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregation {
    /// Count the scored spans (`n`), the spans whose value is above 0 (`hits`) and the sum of
    /// values; the traces of the first hits are kept as exemplars.
    Counts,
    /// Record every value (milliseconds) in a histogram with 1% resolution; the slowest traces
    /// are kept as exemplars.
    Histogram,
}

/// What splits an evaluator's series beyond service and agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    /// One series per service and agent.
    Whole,
    /// One series per tool (`unknown` when the span names none).
    Tool,
    /// One series per operation and model or tool, as [`operation_dimension`] spells it.
    Operation,
    /// One series per span name (external evaluation results: the evaluator's name).
    SpanName,
}

impl Dimension {
    /// The dimension value of `span`'s series.
    pub fn of(self, span: &AgentSpan) -> String {
        self.of_ref(span).into_owned()
    }

    /// [`Self::of`], borrowed from the span where it can be.
    pub fn of_ref(self, span: &AgentSpan) -> Cow<'_, str> {
        match self {
            Dimension::Whole => Cow::Borrowed(""),
            Dimension::Tool => Cow::Borrowed(span.tool.as_deref().unwrap_or("unknown")),
            Dimension::Operation => Cow::Owned(operation_dimension(span)),
            Dimension::SpanName => Cow::Borrowed(&span.name),
        }
    }
}

/// `llm/gpt-4o`, `tool/search_flights`, `agent/planner`, `retrieval`, `other`: what latency is
/// compared against. Plain `other` spans are not split further, to bound cardinality.
pub fn operation_dimension(span: &AgentSpan) -> String {
    let what = match span.kind {
        OperationKind::Llm => span.model.as_deref(),
        OperationKind::Tool => span.tool.as_deref(),
        OperationKind::Agent => span.agent.as_deref(),
        OperationKind::Retrieval | OperationKind::Other => None,
    };
    match what {
        Some(w) => format!("{}/{w}", span.kind.as_str()),
        None => span.kind.as_str().to_owned(),
    }
}

/// One metric of a closed window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MetricDef {
    /// The stored spelling, also what rules name (`tool_error_rate`).
    pub name: &'static str,
    /// How its value is read from the window's aggregate.
    pub statistic: Statistic,
}

/// How a metric's value is read from an aggregate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Statistic {
    /// `hits / n`: a proportion, whose sampling noise is known from n ([`Aggregation::Counts`]).
    HitRate,
    /// The sum of values ([`Aggregation::Counts`]).
    Sum,
    /// The mean of values, `sum / n` ([`Aggregation::Counts`]).
    Mean,
    /// `1 − hits / n`: the proportion that did *not* hit — a success rate whose scores say 1
    /// for a failure ([`Aggregation::Counts`]); its sampling noise is known from n too.
    MissRate,
    /// This quantile (0..1) of the values, in ms ([`Aggregation::Histogram`]).
    Quantile(f64),
    /// How many spans the window holds (`n`): traffic volume, 0 for a window without any.
    Count,
}

/// A rule an evaluator proposes for one of its metrics; every field a rule has and this does
/// not name takes the rule's usual default (`rules:` in the pipeline file).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DefaultRule {
    /// The rule's name, unique among all default rules.
    pub name: &'static str,
    /// One of the evaluator's own metrics.
    pub metric: &'static str,
    /// How a window is judged.
    pub check: DefaultCheck,
    /// Consecutive breaching windows before it fires.
    pub for_windows: u32,
    /// What its alerts page as.
    pub severity: Severity,
}

/// The severity of a rule, and of its alerts: written `critical`, `warning` or `info` in the
/// pipeline file, the alerts table and notifications.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Worth a look soon; what a rule pages as unless it says.
    #[default]
    Warning,
    /// Worth waking someone.
    Critical,
}

impl Severity {
    /// `critical`, `warning` or `info` as a severity.
    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "critical" => Some(Severity::Critical),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }

    /// The name used in the pipeline file, the alerts table and notifications.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl std::str::FromStr for Severity {
    type Err = String;

    /// [`Severity::parse`], with the message a configuration error shows.
    fn from_str(text: &str) -> Result<Severity, String> {
        Severity::parse(text)
            .ok_or_else(|| format!("'{text}' is not one of critical, warning, info"))
    }
}

/// How a default rule judges a window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DefaultCheck {
    /// Above the rolling baseline by the usual number of σ.
    Anomaly,
    /// Away from the rolling baseline, either way, by the usual number of σ — where a drop
    /// matters as much as a rise (an agent gone quiet; a tool failing fast).
    AnomalyBothWays {
        /// Fewest spans a window needs to be judged (quieter ones are pooled); for counts,
        /// the fewest the window or its expected value must reach.
        min_samples: u64,
        /// σ is never taken below this fraction of the expected value (traffic varies from
        /// day to day — weekends, holidays — far more than its Poisson noise).
        relative_floor: f64,
    },
    /// Above the rolling baseline by the usual number of σ *and* by at least `ratio` times
    /// its expected value: a change big enough to matter whatever the series' noise.
    AboveRatio {
        /// The least multiple of the expected value that breaches (2: doubled).
        ratio: f64,
    },
    /// Below a fixed threshold, judged once windows (pooled if quiet) hold `min_samples` spans.
    Below {
        /// The threshold.
        threshold: f64,
        /// Fewest spans judged.
        min_samples: u64,
    },
    /// Above a fixed threshold, judged once windows (pooled if quiet) hold `min_samples` spans.
    Above {
        /// The threshold.
        threshold: f64,
        /// Fewest spans judged.
        min_samples: u64,
    },
}

/// An evaluator the registry can build from its `evaluators.<name>` section.
pub trait Registered: Evaluator + Sized + 'static {
    /// Its settings, the `evaluators.<name>` section (serde attributes are the file format).
    type Config: DeserializeOwned + Default + Clone + PartialEq + Debug;
    /// Name, metrics, aggregation and default rules.
    const DESCRIPTOR: &'static Descriptor;
    /// Whether the settings ask for it to run.
    fn enabled(config: &Self::Config) -> bool;
    /// Build it from its settings (only called when enabled).
    fn build(config: &Self::Config) -> Result<Self, Box<dyn std::error::Error + Send + Sync>>;
    /// Value rules of the settings: `issue(field path below the section, message)`.
    fn check(config: &Self::Config, issue: &mut dyn FnMut(&str, String)) {
        let _ = (config, issue);
    }
}
