//! Windows: per-span scores turned into per-series aggregates over tumbling event-time windows.
//!
//! A *series* is (service, agent, metric, dimension). Score workers build **partial
//! aggregates** for the spans of one batch ([`Partials`]); partials are mergeable (counts add,
//! latency histograms merge), so any number of workers can feed one detect stage, and a
//! redelivered batch can be told apart from new data by its id. The detect stage merges them
//! and closes each window when the event-time watermark passes its end.

pub mod baseline;
pub mod config;
pub mod wire;

use std::collections::HashMap;

use hdrhistogram::Histogram;
use serde::Serialize;

use crate::eval::{Label, Score};
use crate::normalize::{AgentSpan, OperationKind};

/// What a series measures; one aggregate kind feeds one or more metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Source {
    /// `pii_leak` scores → `pii_leak_rate`, `pii_leak_count`.
    PiiLeak,
    /// `refusal` scores → `refusal_rate`.
    Refusal,
    /// `tool_error` scores → `tool_error_rate` (dimension: tool).
    ToolError,
    /// `latency` scores → `latency_p50`, `latency_p95`, `latency_p99` (dimension: operation/model).
    Latency,
}

/// A metric of a closed window.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Fraction of scored spans with at least one PII finding.
    PiiLeakRate,
    /// Number of PII findings.
    PiiLeakCount,
    /// Fraction of model replies that refused.
    RefusalRate,
    /// Fraction of tool calls that failed.
    ToolErrorRate,
    /// Median span duration, ms.
    LatencyP50,
    /// 95th percentile span duration, ms.
    LatencyP95,
    /// 99th percentile span duration, ms.
    LatencyP99,
}

impl Metric {
    /// Every metric.
    pub const ALL: [Metric; 7] = [
        Metric::PiiLeakRate,
        Metric::PiiLeakCount,
        Metric::RefusalRate,
        Metric::ToolErrorRate,
        Metric::LatencyP50,
        Metric::LatencyP95,
        Metric::LatencyP99,
    ];

    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::PiiLeakRate => "pii_leak_rate",
            Metric::PiiLeakCount => "pii_leak_count",
            Metric::RefusalRate => "refusal_rate",
            Metric::ToolErrorRate => "tool_error_rate",
            Metric::LatencyP50 => "latency_p50",
            Metric::LatencyP95 => "latency_p95",
            Metric::LatencyP99 => "latency_p99",
        }
    }

    /// Parse the stored spelling.
    pub fn parse(name: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.as_str() == name)
    }

    /// True for proportions (0..1), whose sampling noise is known from n.
    pub fn is_rate(self) -> bool {
        matches!(
            self,
            Metric::PiiLeakRate | Metric::RefusalRate | Metric::ToolErrorRate
        )
    }
}

/// The identity of an aggregate: whose spans, which source, which dimension.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SeriesKey {
    /// `service.name`.
    pub service: String,
    /// Agent name, empty when none.
    pub agent: String,
    /// What is aggregated.
    pub source: Source,
    /// Tool for tool errors, `operation/model` for latency, empty otherwise.
    pub dimension: String,
}

/// The identity of one output series (one metric of one aggregate).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SeriesId {
    /// `service.name`.
    pub service: String,
    /// Agent name, empty when none.
    pub agent: String,
    /// The metric.
    pub metric: Metric,
    /// Tool, operation/model, or empty.
    pub dimension: String,
}

impl SeriesId {
    /// `service/agent/metric/dimension`, for logs and alert keys.
    pub fn label(&self) -> String {
        format!(
            "{}/{}/{}/{}",
            self.service,
            self.agent,
            self.metric.as_str(),
            self.dimension
        )
    }
}

/// Latency histograms (µs) with 2 significant digits (1% resolution); they start small and
/// grow only as far as the longest duration recorded, so a window of sub-second calls costs a
/// few KB, not the ~190 KB a fixed 1 µs–1 h, 3-digit histogram allocates up front.
fn new_histogram() -> Histogram<u64> {
    Histogram::new(2).expect("valid histogram precision")
}

/// Most exemplar trace ids kept per aggregate.
const MAX_EXEMPLARS: usize = 3;

/// A mergeable aggregate of one series over one window.
#[derive(Debug, Clone)]
pub struct Aggregate {
    /// Spans scored (unscoreable ones excluded).
    pub n: u64,
    /// Spans that hit (PII found, refused, failed).
    pub hits: u64,
    /// Sum of values (PII findings).
    pub sum: f64,
    /// Durations in µs (latency only).
    pub histogram: Option<Histogram<u64>>,
    /// Trace ids of spans that hit (or the slowest, for latency), at most three.
    pub exemplars: Vec<String>,
    /// Latency only: the durations (µs) of `exemplars`, slowest first.
    slowest: Vec<u64>,
    /// Latest span end seen, Unix ns.
    pub max_event_time: u64,
}

impl Aggregate {
    pub(crate) fn new(source: Source) -> Aggregate {
        Aggregate {
            n: 0,
            hits: 0,
            sum: 0.0,
            histogram: (source == Source::Latency).then(new_histogram),
            exemplars: Vec::new(),
            slowest: Vec::new(),
            max_event_time: 0,
        }
    }

    /// Add another partial of the same series and window.
    pub fn merge(&mut self, other: &Aggregate) {
        self.n += other.n;
        self.hits += other.hits;
        self.sum += other.sum;
        if let (Some(h), Some(o)) = (&mut self.histogram, &other.histogram) {
            // Both histograms share bounds, so adding cannot fail.
            let _ = h.add(o);
        }
        if self.histogram.is_some() {
            for (micros, trace) in other.slowest.iter().zip(&other.exemplars) {
                self.keep_if_slow(*micros, || trace.clone());
            }
        } else {
            for e in &other.exemplars {
                if self.exemplars.len() < MAX_EXEMPLARS && !self.exemplars.contains(e) {
                    self.exemplars.push(e.clone());
                }
            }
        }
        self.max_event_time = self.max_event_time.max(other.max_event_time);
    }

    /// Keep a trace among the slowest three exemplars if it is slow enough; `trace` is only
    /// called (hex-encoding the id) when it is.
    fn keep_if_slow(&mut self, micros: u64, trace: impl FnOnce() -> String) {
        let at = self.slowest.partition_point(|s| *s >= micros);
        if at >= MAX_EXEMPLARS {
            return;
        }
        let trace = trace();
        if self.exemplars.contains(&trace) {
            return;
        }
        self.slowest.insert(at, micros);
        self.exemplars.insert(at, trace);
        self.slowest.truncate(MAX_EXEMPLARS);
        self.exemplars.truncate(MAX_EXEMPLARS);
    }

    /// The value of `metric` (which must come from this aggregate's source).
    pub fn value(&self, metric: Metric) -> Option<f64> {
        if self.n == 0 {
            return None;
        }
        let percentile = |q: f64| {
            self.histogram
                .as_ref()
                .map(|h| h.value_at_quantile(q) as f64 / 1000.0)
        };
        match metric {
            Metric::PiiLeakRate | Metric::RefusalRate | Metric::ToolErrorRate => {
                Some(self.hits as f64 / self.n as f64)
            }
            Metric::PiiLeakCount => Some(self.sum),
            Metric::LatencyP50 => percentile(0.50),
            Metric::LatencyP95 => percentile(0.95),
            Metric::LatencyP99 => percentile(0.99),
        }
    }

    /// Spans that hit, for proportions (`None` for other metrics).
    pub fn hits_for(&self, metric: Metric) -> Option<u64> {
        metric.is_rate().then_some(self.hits)
    }

    /// The sampling noise of a percentile at this window's n, estimated from its own
    /// histogram: the rank of the q-quantile among n samples has a standard deviation of
    /// √(n·q·(1−q)) ranks; half the value spread between those ranks approximates its
    /// standard error. 0 for other metrics.
    pub fn sampling_sigma(&self, metric: Metric) -> f64 {
        let q = match metric {
            Metric::LatencyP50 => 0.50,
            Metric::LatencyP95 => 0.95,
            Metric::LatencyP99 => 0.99,
            _ => return 0.0,
        };
        let Some(h) = &self.histogram else {
            return 0.0;
        };
        if h.len() < 2 {
            return 0.0;
        }
        let n = h.len() as f64;
        let d = (q * (1.0 - q) / n).sqrt();
        let lo = h.value_at_quantile((q - d).max(0.0)) as f64;
        let hi = h.value_at_quantile((q + d).min(1.0)) as f64;
        (hi - lo) / 2.0 / 1000.0
    }

    /// The metrics this aggregate produces.
    pub fn metrics(source: Source) -> &'static [Metric] {
        match source {
            Source::PiiLeak => &[Metric::PiiLeakRate, Metric::PiiLeakCount],
            Source::Refusal => &[Metric::RefusalRate],
            Source::ToolError => &[Metric::ToolErrorRate],
            Source::Latency => &[Metric::LatencyP50, Metric::LatencyP95, Metric::LatencyP99],
        }
    }
}

/// Partial aggregates of one batch, keyed by series and window start (Unix ns).
#[derive(Debug, Default, Clone)]
pub struct Partials {
    /// The aggregates.
    pub windows: HashMap<(SeriesKey, u64), Aggregate>,
    /// The span-log message they were computed from, when it has a position (Kafka): the
    /// detect stage merges the partials of one position once, however often they arrive.
    pub source: Option<crate::log_position::LogPosition>,
}

impl Partials {
    /// True when nothing was aggregated.
    pub fn is_empty(&self) -> bool {
        self.windows.is_empty()
    }

    /// Merge another batch's partials.
    pub fn merge(&mut self, other: Partials) {
        for (key, agg) in other.windows {
            match self.windows.get_mut(&key) {
                Some(existing) => existing.merge(&agg),
                None => {
                    self.windows.insert(key, agg);
                }
            }
        }
    }
}

/// Builds partial aggregates from scored spans.
#[derive(Debug, Clone)]
pub struct Aggregator {
    window_nanos: u64,
}

impl Aggregator {
    /// Windows of `window` length, aligned to the Unix epoch.
    pub fn new(window: std::time::Duration) -> Aggregator {
        Aggregator {
            window_nanos: (window.as_nanos() as u64).max(1),
        }
    }

    /// The start of the window holding `t` (Unix ns).
    pub fn window_start(&self, t: u64) -> u64 {
        t - t % self.window_nanos
    }

    /// Window length in ns.
    pub fn window_nanos(&self) -> u64 {
        self.window_nanos
    }

    /// Add one span's scores to `partials`.
    pub fn add(&self, partials: &mut Partials, span: &AgentSpan, score: &Score) {
        if score.label == Label::Unscoreable {
            return;
        }
        let Some(value) = score.value else {
            return;
        };
        let (source, dimension) = match score.evaluator {
            "pii_leak" => (Source::PiiLeak, String::new()),
            "refusal" => (Source::Refusal, String::new()),
            "tool_error" => (
                Source::ToolError,
                span.tool.clone().unwrap_or_else(|| "unknown".into()),
            ),
            "latency" => (Source::Latency, latency_dimension(span)),
            _ => return,
        };
        let key = SeriesKey {
            service: span.service.clone(),
            agent: span.agent.clone().unwrap_or_default(),
            source,
            dimension,
        };
        // Event time is the span's end: when the reply or the tool result exists, and about
        // when the span reaches us. Windowing by start would make every long call (the
        // timeouts an incident is made of) arrive after its window closed.
        let start = self.window_start(span.end_unix_nano);
        let agg = partials
            .windows
            .entry((key, start))
            .or_insert_with(|| Aggregate::new(source));
        agg.n += 1;
        agg.max_event_time = agg.max_event_time.max(span.end_unix_nano);
        if source == Source::Latency {
            let micros = (value * 1000.0).round().max(1.0) as u64;
            if let Some(h) = &mut agg.histogram {
                let _ = h.record(micros);
            }
            agg.keep_if_slow(micros, || span.trace_id_hex());
            return;
        }
        agg.sum += value;
        if value > 0.0 {
            agg.hits += 1;
            let trace = span.trace_id_hex();
            if agg.exemplars.len() < MAX_EXEMPLARS && !agg.exemplars.contains(&trace) {
                agg.exemplars.push(trace);
            }
        }
    }
}

/// `llm/gpt-4o`, `tool/search_flights`, `agent/planner`, `retrieval`, `other`: what latency is
/// compared against. Plain `other` spans are not split further, to bound cardinality.
pub fn latency_dimension(span: &AgentSpan) -> String {
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

/// Expand a closed aggregate into its output series.
pub fn outputs(key: &SeriesKey) -> impl Iterator<Item = SeriesId> + '_ {
    Aggregate::metrics(key.source).iter().map(|m| SeriesId {
        service: key.service.clone(),
        agent: key.agent.clone(),
        metric: *m,
        dimension: key.dimension.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;

    fn score(evaluator: &'static str, value: f64) -> Score {
        Score {
            evaluator,
            value: Some(value),
            label: if value > 0.0 { Label::Fail } else { Label::Ok },
            detail: None,
        }
    }

    #[test]
    fn partials_merge_to_the_same_as_one_pass() {
        let agg = Aggregator::new(std::time::Duration::from_secs(300));
        let mut spans = Vec::new();
        for i in 0..40u64 {
            let mut s = test_span();
            s.kind = OperationKind::Tool;
            s.tool = Some("search".into());
            s.start_unix_nano = 1_700_000_000_000_000_000 + i * 1_000_000_000;
            s.trace_id[0] = i as u8;
            spans.push(s);
        }
        let mut whole = Partials::default();
        let (mut a, mut b) = (Partials::default(), Partials::default());
        for (i, s) in spans.iter().enumerate() {
            let sc = score("tool_error", if i % 4 == 0 { 1.0 } else { 0.0 });
            let lat = score("latency", 10.0 + i as f64);
            agg.add(&mut whole, s, &sc);
            agg.add(&mut whole, s, &lat);
            let half = if i % 2 == 0 { &mut a } else { &mut b };
            agg.add(half, s, &sc);
            agg.add(half, s, &lat);
        }
        a.merge(b);
        assert_eq!(a.windows.len(), whole.windows.len());
        for (k, w) in &whole.windows {
            let m = &a.windows[k];
            assert_eq!((m.n, m.hits), (w.n, w.hits));
            for metric in Aggregate::metrics(k.0.source) {
                assert_eq!(m.value(*metric), w.value(*metric), "{metric:?}");
            }
        }
        let tool = whole
            .windows
            .iter()
            .find(|(k, _)| k.0.source == Source::ToolError)
            .unwrap()
            .1;
        assert_eq!(tool.value(Metric::ToolErrorRate), Some(0.25));
        let lat = whole
            .windows
            .iter()
            .find(|(k, _)| k.0.source == Source::Latency)
            .unwrap();
        assert_eq!(lat.0.0.dimension, "tool/search");
        let p50 = lat.1.value(Metric::LatencyP50).unwrap();
        assert!((29.0..=30.1).contains(&p50), "{p50}");
    }

    #[test]
    fn unscoreable_scores_are_not_counted() {
        let agg = Aggregator::new(std::time::Duration::from_secs(300));
        let mut p = Partials::default();
        let s = test_span();
        agg.add(
            &mut p,
            &s,
            &Score {
                evaluator: "pii_leak",
                value: None,
                label: Label::Unscoreable,
                detail: None,
            },
        );
        assert!(p.is_empty());
    }
}
