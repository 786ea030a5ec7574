//! Windows: per-span scores turned into per-series aggregates over tumbling event-time windows.
//!
//! A *series* is (service, agent, metric, dimension). Score workers build **partial
//! aggregates** for the spans of one batch ([`Partials`]); partials are mergeable (counts add,
//! latency histograms merge), so any number of workers can feed one detect stage, and a
//! redelivered batch can be told apart from new data by its id. The detect stage merges them
//! and closes each window when the event-time watermark passes its end.

mod aggregate;
mod budget;
pub mod config;
pub mod wire;

use std::sync::Arc;

use hashbrown::{Equivalent, HashMap};

use serde::Serialize;

use crate::eval::{Aggregation, EvaluatorId, Label, Score};
use crate::normalize::AgentSpan;

pub use crate::eval::Metric;
pub use aggregate::Aggregate;
use aggregate::MAX_EXEMPLARS;
pub use budget::{SeriesBudget, SeriesLease};

/// The identity of an aggregate: whose spans, which source, which dimension.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SeriesKey {
    /// `service.name`.
    pub service: String,
    /// Agent name, empty when none.
    pub agent: String,
    /// Whose scores are aggregated.
    pub source: EvaluatorId,
    /// Tool for tool errors, `operation/model` for latency, empty otherwise.
    pub dimension: String,
}

/// A [`SeriesKey`] and window start as the aggregator sees them, borrowed from the span: it
/// hashes as the owned `(SeriesKey, u64)` does (fields in the same order, the same types
/// behind the references), so a batch's aggregate is found without building its key.
#[derive(Hash)]
struct SeriesKeyRef<'a> {
    service: &'a str,
    agent: &'a str,
    source: EvaluatorId,
    dimension: &'a str,
    start: u64,
}

impl Equivalent<(SeriesKey, u64)> for SeriesKeyRef<'_> {
    fn equivalent(&self, (key, start): &(SeriesKey, u64)) -> bool {
        self.start == *start
            && self.source == key.source
            && self.service == key.service
            && self.agent == key.agent
            && self.dimension == key.dimension
    }
}

impl SeriesKeyRef<'_> {
    fn to_owned(&self) -> (SeriesKey, u64) {
        (
            SeriesKey {
                service: self.service.to_owned(),
                agent: self.agent.to_owned(),
                source: self.source,
                dimension: self.dimension.to_owned(),
            },
            self.start,
        )
    }
}

/// The hasher of the window aggregates: keyed per process (series names come from clients),
/// and faster than the standard one on the few short strings of a key.
pub type WindowsHasher = foldhash::fast::RandomState;

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

/// Partial aggregates of one batch, keyed by series and window start (Unix ns).
#[derive(Debug, Default, Clone)]
pub struct Partials {
    /// The aggregates.
    pub windows: HashMap<(SeriesKey, u64), Aggregate, WindowsHasher>,
    /// The span-log message they were computed from, when it has a position (Kafka): the
    /// detect stage merges the partials of one position once, however often they arrive.
    pub source: Option<crate::log_position::LogPosition>,
    /// The identity of the batch's content (a hash of its span ids, see
    /// [`batch_key`](crate::otlp::batch_key)): a copy of the same spans at another position
    /// (a client's retry the log took twice) is merged once too.
    pub batch_key: Option<u64>,
    /// Scores not aggregated because these partials reached their aggregator's series cap.
    pub dropped_scores: u64,
    /// The room these partials hold in their stage's [`SeriesBudget`], given back when they
    /// are dropped.
    pub leases: Vec<Arc<SeriesLease>>,
}

impl Partials {
    /// True when nothing was aggregated.
    pub fn is_empty(&self) -> bool {
        self.windows.is_empty()
    }

    /// Merge another batch's partials.
    pub fn merge(&mut self, other: Partials) {
        self.dropped_scores += other.dropped_scores;
        self.leases.extend(other.leases);
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
    max_series: usize,
}

impl Aggregator {
    /// Windows of `window` length, aligned to the Unix epoch; no cap on series.
    pub fn new(window: std::time::Duration) -> Aggregator {
        Aggregator {
            window_nanos: (window.as_nanos() as u64).max(1),
            max_series: usize::MAX,
        }
    }

    /// At most `max_series` series (× windows) in one [`Partials`]: scores of further series
    /// are counted in [`Partials::dropped_scores`], not aggregated, so a batch of spans with
    /// thousands of unique tool names costs a bounded number of latency histograms.
    pub fn with_max_series(mut self, max_series: usize) -> Aggregator {
        self.max_series = max_series.max(1);
        self
    }

    /// The series cap of one [`Partials`].
    pub fn max_series(&self) -> usize {
        self.max_series
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
        // Scores of an evaluator the registry does not list are stored, not aggregated.
        let Some(source) = EvaluatorId::named(score.evaluator) else {
            return;
        };
        let descriptor = source.descriptor();
        let dimension = descriptor.dimension.of_ref(span);
        // Event time is the span's end: when the reply or the tool result exists, and about
        // when the span reaches us. Windowing by start would make every long call (the
        // timeouts an incident is made of) arrive after its window closed.
        let key = SeriesKeyRef {
            service: &span.service,
            agent: span.agent.as_deref().unwrap_or_default(),
            source,
            dimension: &dimension,
            start: self.window_start(span.end_unix_nano),
        };
        let full = partials.windows.len() >= self.max_series;
        let agg = match partials.windows.get_mut(&key) {
            Some(existing) => existing,
            None if full => {
                partials.dropped_scores += 1;
                return;
            }
            None => partials
                .windows
                .entry(key.to_owned())
                .or_insert_with(|| Aggregate::new(source)),
        };
        agg.n += 1;
        agg.max_event_time = agg.max_event_time.max(span.end_unix_nano);
        if descriptor.aggregation == Aggregation::Histogram {
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

/// Expand a closed aggregate into its output series.
pub fn outputs(key: &SeriesKey) -> impl Iterator<Item = SeriesId> + '_ {
    key.source.metrics().iter().map(|m| SeriesId {
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
    use crate::normalize::OperationKind;

    fn score(evaluator: &'static str, value: f64) -> Score {
        Score {
            evaluator,
            value: Some(value),
            label: if value > 0.0 { Label::Fail } else { Label::Ok },
            detail: None,
        }
    }

    #[test]
    fn a_borrowed_series_key_hashes_and_compares_as_the_owned_one() {
        use std::hash::BuildHasher;
        let hasher = WindowsHasher::default();
        let borrowed = SeriesKeyRef {
            service: "travel",
            agent: "planner",
            source: EvaluatorId::named("latency").unwrap(),
            dimension: "llm/gpt-4o",
            start: 60,
        };
        let owned = borrowed.to_owned();
        assert_eq!(hasher.hash_one(&borrowed), hasher.hash_one(&owned));
        assert!(borrowed.equivalent(&owned));
        // Any field that differs makes another series.
        for other in [
            SeriesKeyRef {
                start: 120,
                ..borrowed
            },
            SeriesKeyRef {
                agent: "",
                ..borrowed
            },
            SeriesKeyRef {
                dimension: "llm/gpt-4o-mini",
                ..borrowed
            },
            SeriesKeyRef {
                source: EvaluatorId::named("refusal").unwrap(),
                ..borrowed
            },
        ] {
            assert!(!other.equivalent(&owned));
        }
        // One aggregate per series, whichever way it was found.
        let aggregator = Aggregator::new(std::time::Duration::from_secs(60));
        let mut partials = Partials::default();
        let span = test_span();
        for _ in 0..3 {
            aggregator.add(&mut partials, &span, &score("refusal", 1.0));
        }
        assert_eq!(partials.windows.len(), 1);
        assert_eq!(partials.windows.values().next().unwrap().n, 3);
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
            .find(|(k, _)| k.0.source == EvaluatorId::named("tool_error").unwrap())
            .unwrap()
            .1;
        assert_eq!(
            tool.value(Metric::parse("tool_error_rate").unwrap()),
            Some(0.25)
        );
        let lat = whole
            .windows
            .iter()
            .find(|(k, _)| k.0.source == EvaluatorId::named("latency").unwrap())
            .unwrap();
        assert_eq!(lat.0.0.dimension, "tool/search");
        let p50 = lat.1.value(Metric::parse("latency_p50").unwrap()).unwrap();
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
