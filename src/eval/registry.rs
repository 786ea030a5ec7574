//! The registry: every evaluator, listed once. Each line names the `evaluators.<name>` config
//! section and the evaluator type; the type's [`Registered`] implementation declares the rest
//! (its [`Descriptor`]: metrics, aggregation, dimension, default rules). Everything that used to
//! match evaluator or metric names reads this list through [`EvaluatorId`] and [`Metric`].

use std::sync::LazyLock;

use super::descriptor::{Descriptor, MetricDef, Registered, Statistic};
use super::{BuildError, Evaluator};

/// Declares the registry: the `evaluators:` config struct (a field per evaluator), the list of
/// descriptors, and the functions that build and check the evaluators from that struct.
macro_rules! registry {
    ($( $(#[doc = $doc:expr])* $(#[cfg($cfg:meta)])? $field:ident : $ty:ty, )*) => {
        /// `evaluators:` — one section per registered evaluator, named as the evaluator is.
        #[derive(Debug, Clone, Default, serde::Deserialize, PartialEq)]
        #[serde(deny_unknown_fields, default)]
        pub struct EvaluatorsConfig {
            $( $(#[doc = $doc])* $(#[cfg($cfg)])? pub $field: <$ty as Registered>::Config, )*
        }

        /// Every registered evaluator's descriptor, in the order they run on a span.
        pub static DESCRIPTORS: &[&Descriptor] = &[
            $( $(#[cfg($cfg)])? <$ty as Registered>::DESCRIPTOR, )*
        ];

        /// The config section each descriptor is built from, in [`DESCRIPTORS`] order.
        #[cfg(test)]
        pub(crate) static SECTIONS: &[&str] = &[ $( $(#[cfg($cfg)])? stringify!($field), )* ];

        /// Build the enabled evaluators, in registry order.
        pub(super) fn build_enabled(
            config: &EvaluatorsConfig,
        ) -> Result<Vec<Box<dyn Evaluator>>, BuildError> {
            let mut evaluators: Vec<Box<dyn Evaluator>> = Vec::new();
            $(
                $(#[cfg($cfg)])?
                if <$ty as Registered>::enabled(&config.$field) {
                    let built = <$ty as Registered>::build(&config.$field).map_err(|source| {
                        BuildError { evaluator: stringify!($field), source }
                    })?;
                    evaluators.push(Box::new(built));
                }
            )*
            Ok(evaluators)
        }

        impl EvaluatorsConfig {
            /// Value rules, reported under `evaluators.<name>.*`.
            pub fn check(&self, issue: &mut dyn FnMut(&str, String)) {
                $(
                    $(#[cfg($cfg)])?
                    <$ty as Registered>::check(&self.$field, &mut |field: &str, message| {
                        issue(&format!("evaluators.{}.{field}", stringify!($field)), message)
                    });
                )*
            }
        }
    };
}

// The list. Adding an evaluator: its module (a file or a folder under `eval/`) and a line here.
registry! {
    /// PII and secrets in content.
    pii_leak: super::PiiLeakEvaluator,
    /// Model replies that decline the request.
    refusal: super::RefusalEvaluator,
    /// Failed tool calls.
    tool_error: super::ToolErrorEvaluator,
    /// Span duration.
    latency: super::LatencyEvaluator,
    /// Tokens per model call and per agent invocation.
    tokens: super::TokensEvaluator,
    /// USD per model call, from the price table.
    cost: super::CostEvaluator,
    /// Replies declared JSON that arrive as something else.
    format: super::FormatEvaluator,
    /// Replies cut at the token limit or by a content filter.
    truncation: super::TruncationEvaluator,
    /// Replies with nothing in them.
    empty_reply: super::EmptyReplyEvaluator,
    /// Agent invocations that errored, refused, came back empty or broke their format (after
    /// `format`, whose verdict it reads).
    agent_success: super::AgentSuccessEvaluator,
    /// Failing labels of `gen_ai.evaluation.result` events received as logs (fed by the join
    /// stage; judges no span).
    external_fail: super::ExternalFailEvaluator,
    /// Values of `gen_ai.evaluation.result` events received as logs (fed by the join stage).
    external_score: super::ExternalScoreEvaluator,
    /// Agent runs that loop, ping-pong, call undeclared tools or break their schemas.
    trajectory: super::TrajectoryEvaluator,
    /// Model and tool calls per agent run.
    run_steps: super::RunStepsEvaluator,
    /// Tool calls per agent run.
    run_tool_calls: super::RunToolCallsEvaluator,
    /// A sample that shows the path above (`tests/sample_evaluator.rs`; built only with the
    /// test-only `sample-evaluator` feature).
    #[cfg(feature = "sample-evaluator")]
    sample: super::sample::EmptyReplyEvaluator,
}

/// A registered evaluator, by its place in the registry: cheap to copy and hash, ordered as
/// the registry lists them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EvaluatorId(u8);

impl EvaluatorId {
    /// Every registered evaluator, in registry order.
    pub fn all() -> impl Iterator<Item = EvaluatorId> {
        (0..DESCRIPTORS.len()).map(|i| EvaluatorId(i as u8))
    }

    /// The evaluator named `name` (a score's `evaluator`).
    pub fn named(name: &str) -> Option<EvaluatorId> {
        // Scores carry the descriptor's own `&'static str` most of the time: compare the
        // pointer first, the text only when it differs.
        let position = DESCRIPTORS
            .iter()
            .position(|d| std::ptr::eq(d.name, name))
            .or_else(|| DESCRIPTORS.iter().position(|d| d.name == name))?;
        Some(EvaluatorId(position as u8))
    }

    /// The evaluator of this descriptor (which must be registered).
    pub fn of(descriptor: &'static Descriptor) -> EvaluatorId {
        let position = DESCRIPTORS
            .iter()
            .position(|d| std::ptr::eq(*d, descriptor))
            .unwrap_or_else(|| panic!("evaluator {} is not registered", descriptor.name));
        EvaluatorId(position as u8)
    }

    /// The evaluator with this wire number.
    pub fn from_wire(wire_id: i32) -> Option<EvaluatorId> {
        let position = DESCRIPTORS.iter().position(|d| d.wire_id == wire_id)?;
        Some(EvaluatorId(position as u8))
    }

    /// What it declared.
    pub fn descriptor(self) -> &'static Descriptor {
        DESCRIPTORS[usize::from(self.0)]
    }

    /// Its name in UpperCamelCase (`ToolError`): the spelling in Kafka series keys.
    pub fn camel_name(self) -> String {
        let mut out = String::new();
        for word in self.descriptor().name.split('_') {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
        out
    }

    /// The metrics its windows yield.
    pub fn metrics(self) -> &'static [Metric] {
        &METRICS.by_evaluator[usize::from(self.0)]
    }
}

impl std::fmt::Debug for EvaluatorId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.camel_name())
    }
}

impl serde::Serialize for EvaluatorId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.camel_name())
    }
}

/// A metric of a closed window, by its place among all registered evaluators' metrics:
/// cheap to copy and hash, ordered as the registry lists them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Metric(u16);

/// The metrics of every registered evaluator, flattened once.
struct MetricTable {
    /// Per metric: its evaluator and declaration.
    entries: Vec<(EvaluatorId, &'static MetricDef)>,
    /// Per evaluator: its metrics.
    by_evaluator: Vec<Vec<Metric>>,
    /// Every stored spelling, for error messages.
    names: Vec<&'static str>,
}

static METRICS: LazyLock<MetricTable> = LazyLock::new(|| {
    let mut table = MetricTable {
        entries: Vec::new(),
        by_evaluator: Vec::new(),
        names: Vec::new(),
    };
    for evaluator in EvaluatorId::all() {
        let mut own = Vec::new();
        for def in evaluator.descriptor().metrics {
            own.push(Metric(table.entries.len() as u16));
            table.entries.push((evaluator, def));
            table.names.push(def.name);
        }
        table.by_evaluator.push(own);
    }
    table
});

impl Metric {
    /// Every metric, in registry order.
    pub fn all() -> impl Iterator<Item = Metric> {
        (0..METRICS.entries.len()).map(|i| Metric(i as u16))
    }

    /// Every stored spelling, in registry order.
    pub fn names() -> &'static [&'static str] {
        &METRICS.names
    }

    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        self.def().name
    }

    /// Parse the stored spelling.
    pub fn parse(name: &str) -> Option<Metric> {
        Metric::all().find(|m| m.as_str() == name)
    }

    /// How its value is read from an aggregate.
    pub fn statistic(self) -> Statistic {
        self.def().statistic
    }

    /// The evaluator whose scores feed it.
    pub fn evaluator(self) -> EvaluatorId {
        METRICS.entries[usize::from(self.0)].0
    }

    /// True for proportions (0..1), whose sampling noise is known from n.
    pub fn is_rate(self) -> bool {
        matches!(self.statistic(), Statistic::HitRate | Statistic::MissRate)
    }

    fn def(self) -> &'static MetricDef {
        METRICS.entries[usize::from(self.0)].1
    }
}

impl std::fmt::Debug for Metric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Metric {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Metric {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Metric, D::Error> {
        let name = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Metric::parse(&name)
            .ok_or_else(|| serde::de::Error::unknown_variant(&name, Metric::names()))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::eval::descriptor::{Aggregation, DefaultCheck};

    #[test]
    fn every_descriptor_is_consistent() {
        let mut wire_ids = HashSet::new();
        let mut metric_names = HashSet::new();
        let mut rule_names = HashSet::new();
        for (descriptor, section) in DESCRIPTORS.iter().zip(SECTIONS) {
            assert_eq!(descriptor.name, *section, "config section = evaluator name");
            assert!(wire_ids.insert(descriptor.wire_id), "{}", descriptor.name);
            assert!(descriptor.wire_id > 0, "0 means unspecified on the wire");
            for metric in descriptor.metrics {
                assert!(metric_names.insert(metric.name), "{}", metric.name);
                // A count (n) comes from either aggregation.
                if metric.statistic == Statistic::Count {
                    continue;
                }
                let needs_histogram = matches!(metric.statistic, Statistic::Quantile(_));
                assert_eq!(
                    needs_histogram,
                    descriptor.aggregation == Aggregation::Histogram,
                    "{}: quantiles come from histograms, rates and sums from counts",
                    metric.name
                );
            }
            for rule in descriptor.default_rules {
                assert!(rule_names.insert(rule.name), "{}", rule.name);
                assert!(
                    descriptor.metrics.iter().any(|m| m.name == rule.metric),
                    "{} judges another evaluator's metric",
                    rule.name
                );
                match rule.check {
                    DefaultCheck::Above { threshold, .. }
                    | DefaultCheck::Below { threshold, .. } => {
                        assert!(threshold.is_finite())
                    }
                    DefaultCheck::AboveRatio { ratio } => assert!(ratio > 1.0),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn built_evaluators_carry_their_registered_names() {
        let config = EvaluatorsConfig::default();
        let built = build_enabled(&config).unwrap();
        let names: Vec<&str> = built.iter().map(|e| e.name()).collect();
        // The external metrics are fed by the join stage, never built to judge spans.
        let registered: Vec<&str> = DESCRIPTORS
            .iter()
            .map(|d| d.name)
            .filter(|n| !n.starts_with("external_"))
            .collect();
        assert_eq!(names, registered);
        for name in names {
            let id = EvaluatorId::named(name).unwrap();
            assert_eq!(id.descriptor().name, name);
            assert_eq!(EvaluatorId::from_wire(id.descriptor().wire_id), Some(id));
        }
    }

    #[test]
    fn metrics_and_ids_keep_the_spellings_stored_and_sent_before() {
        let names: Vec<&str> = Metric::all().map(Metric::as_str).take(7).collect();
        assert_eq!(
            names,
            [
                "pii_leak_rate",
                "pii_leak_count",
                "refusal_rate",
                "tool_error_rate",
                "latency_p50",
                "latency_p95",
                "latency_p99"
            ]
        );
        let camel: Vec<String> = EvaluatorId::all().take(4).map(|e| e.camel_name()).collect();
        assert_eq!(camel, ["PiiLeak", "Refusal", "ToolError", "Latency"]);
        let wire: Vec<i32> = DESCRIPTORS.iter().take(4).map(|d| d.wire_id).collect();
        use crate::proto::v1::Source;
        let proto = [
            Source::PiiLeak,
            Source::Refusal,
            Source::ToolError,
            Source::Latency,
        ];
        assert_eq!(wire, proto.map(|s| s as i32));
        let rates: Vec<&str> = Metric::all()
            .filter(|m| m.is_rate())
            .map(Metric::as_str)
            .take(3)
            .collect();
        assert_eq!(rates, ["pii_leak_rate", "refusal_rate", "tool_error_rate"]);
    }
}
