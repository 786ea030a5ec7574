//! [`Aggregate`]: the mergeable summary of one series over one window, and the metric values
//! read from it as each metric's [`Statistic`] says.

use hdrhistogram::Histogram;

use super::Metric;
use crate::eval::{Aggregation, EvaluatorId, Statistic};

/// Latency histograms (µs) with 2 significant digits (1% resolution); they start small and
/// grow only as far as the longest duration recorded, so a window of sub-second calls costs a
/// few KB, not the ~190 KB a fixed 1 µs–1 h, 3-digit histogram allocates up front.
pub(super) fn new_histogram() -> Histogram<u64> {
    Histogram::new(2).expect("valid histogram precision")
}

/// Most exemplar trace ids kept per aggregate.
pub(super) const MAX_EXEMPLARS: usize = 3;

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
    pub(super) slowest: Vec<u64>,
    /// Latest span end seen, Unix ns.
    pub max_event_time: u64,
}

impl Aggregate {
    /// An empty aggregate of `source`'s scores.
    pub(crate) fn new(source: EvaluatorId) -> Aggregate {
        Aggregate {
            n: 0,
            hits: 0,
            sum: 0.0,
            histogram: (source.descriptor().aggregation == Aggregation::Histogram)
                .then(new_histogram),
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
    pub(super) fn keep_if_slow(&mut self, micros: u64, trace: impl FnOnce() -> String) {
        if self.slowest.partition_point(|s| *s >= micros) >= MAX_EXEMPLARS {
            return;
        }
        let trace = trace();
        if let Some(kept) = self.exemplars.iter().position(|t| *t == trace) {
            // A trace is kept once, at its slowest span: a slower one moves it up, a faster
            // one changes nothing.
            if self.slowest[kept] >= micros {
                return;
            }
            self.slowest.remove(kept);
            self.exemplars.remove(kept);
        }
        let at = self.slowest.partition_point(|s| *s >= micros);
        self.slowest.insert(at, micros);
        self.exemplars.insert(at, trace);
        self.slowest.truncate(MAX_EXEMPLARS);
        self.exemplars.truncate(MAX_EXEMPLARS);
    }

    /// The value of `metric` (which must come from this aggregate's source).
    pub fn value(&self, metric: Metric) -> Option<f64> {
        if self.n == 0 {
            // An empty window is a volume of 0 and has no other value.
            return (metric.statistic() == Statistic::Count).then_some(0.0);
        }
        let percentile = |q: f64| {
            self.histogram
                .as_ref()
                .map(|h| h.value_at_quantile(q) as f64 / 1000.0)
        };
        match metric.statistic() {
            Statistic::HitRate => Some(self.hits as f64 / self.n as f64),
            Statistic::Sum => Some(self.sum),
            Statistic::Mean => Some(self.sum / self.n as f64),
            Statistic::MissRate => Some((self.n - self.hits) as f64 / self.n as f64),
            Statistic::Quantile(q) => percentile(q),
            Statistic::Count => Some(self.n as f64),
        }
    }

    /// The count a proportion is made of: spans that hit for a hit rate, spans that did not
    /// for a miss rate (`None` for other metrics).
    pub fn hits_for(&self, metric: Metric) -> Option<u64> {
        match metric.statistic() {
            Statistic::HitRate => Some(self.hits),
            Statistic::MissRate => Some(self.n - self.hits),
            _ => None,
        }
    }

    /// The sampling noise of a percentile at this window's n, estimated from its own
    /// histogram: the rank of the q-quantile among n samples has a standard deviation of
    /// √(n·q·(1−q)) ranks; half the value spread between those ranks approximates its
    /// standard error. Volume: √n, the Poisson noise of a count. 0 for other metrics.
    pub fn sampling_sigma(&self, metric: Metric) -> f64 {
        let q = match metric.statistic() {
            // Counts of independent arrivals: Poisson, σ = √n.
            Statistic::Count => return (self.n.max(1) as f64).sqrt(),
            Statistic::Quantile(q) => q,
            Statistic::HitRate | Statistic::MissRate | Statistic::Sum | Statistic::Mean => {
                return 0.0;
            }
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

    /// The metrics an aggregate of `source`'s scores produces.
    pub fn metrics(source: EvaluatorId) -> &'static [Metric] {
        source.metrics()
    }
}
