//! The rolling baseline of one series: mean and σ of its window values over the trailing
//! history (7 days by default), kept as hourly buckets of sufficient statistics
//! (count, Σx, Σx²) so that it costs O(hours) memory and can be rebuilt from the stored
//! window history at start.

use std::collections::BTreeMap;

const HOUR_NANOS: u64 = 3_600_000_000_000;

/// Count, Σx, Σx² of window values.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Stats {
    /// Windows.
    pub count: u64,
    /// Σ value.
    pub sum: f64,
    /// Σ value².
    pub sum_sq: f64,
}

impl Stats {
    fn add(&mut self, x: f64) {
        self.count += 1;
        self.sum += x;
        self.sum_sq += x * x;
    }

    fn merge(&mut self, o: &Stats) {
        self.count += o.count;
        self.sum += o.sum;
        self.sum_sq += o.sum_sq;
    }

    /// Mean of the values.
    pub fn mean(&self) -> f64 {
        if self.count == 0 {
            0.0
        } else {
            self.sum / self.count as f64
        }
    }

    /// Sample standard deviation (0 with fewer than two values).
    pub fn sigma(&self) -> f64 {
        if self.count < 2 {
            return 0.0;
        }
        let n = self.count as f64;
        let var = (self.sum_sq - self.sum * self.sum / n) / (n - 1.0);
        var.max(0.0).sqrt()
    }
}

/// What the baseline says about the windows before a given time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Snapshot {
    /// Statistics of the included windows.
    pub stats: Stats,
    /// Start of the oldest hour holding data (Unix ns), if any.
    pub oldest: Option<u64>,
}

/// Hourly buckets for one series.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    buckets: BTreeMap<u64, Stats>,
}

impl Baseline {
    /// Record a window value (only windows that are normal enough to define "normal").
    pub fn add(&mut self, window_start: u64, value: f64) {
        let hour = window_start - window_start % HOUR_NANOS;
        self.buckets.entry(hour).or_default().add(value);
    }

    /// Statistics over `[before - history, before)`, by whole hours.
    pub fn snapshot(&self, before: u64, history: u64) -> Snapshot {
        let from = before.saturating_sub(history);
        let mut stats = Stats::default();
        let mut oldest = None;
        for (hour, s) in self.buckets.range(from - from % HOUR_NANOS..before) {
            // The hour containing `before` may hold windows after it in replays: skip those.
            if *hour + HOUR_NANOS > before && *hour <= before {
                // Partially before: only whole hours count, so this bucket is skipped unless it
                // ended already.
                continue;
            }
            if oldest.is_none() {
                oldest = Some(*hour);
            }
            stats.merge(s);
        }
        Snapshot { stats, oldest }
    }

    /// Drop buckets older than `before - history` (memory bound).
    pub fn prune(&mut self, before: u64, history: u64) {
        let from = before.saturating_sub(history);
        let keep = self.buckets.split_off(&(from - from % HOUR_NANOS));
        self.buckets = keep;
    }

    /// Number of hourly buckets held.
    pub fn buckets(&self) -> usize {
        self.buckets.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_and_sigma_over_the_trailing_history_only() {
        let mut b = Baseline::default();
        let day = 24 * HOUR_NANOS;
        let t0 = 100 * day;
        // Eight days of windows every 5 minutes: value 1 on day 0, 10 afterwards.
        for i in 0..(8 * 288) {
            let t = t0 + i * 300_000_000_000;
            b.add(t, if t < t0 + day { 1.0 } else { 10.0 });
        }
        let now = t0 + 8 * day;
        let s = b.snapshot(now, 7 * day);
        assert_eq!(s.stats.count, 7 * 288);
        assert_eq!(s.stats.mean(), 10.0);
        assert_eq!(s.stats.sigma(), 0.0);
        assert_eq!(s.oldest, Some(t0 + day));
        let all = b.snapshot(now, 8 * day);
        assert_eq!(all.stats.count, 8 * 288);
        let expected_mean = (288.0 + 7.0 * 288.0 * 10.0) / (8.0 * 288.0);
        assert!((all.stats.mean() - expected_mean).abs() < 1e-9);
        b.prune(now, 7 * day);
        assert_eq!(b.buckets(), 7 * 24);
    }

    #[test]
    fn current_hour_is_excluded_until_it_ends() {
        let mut b = Baseline::default();
        b.add(0, 5.0);
        b.add(HOUR_NANOS, 7.0);
        let s = b.snapshot(HOUR_NANOS + 600_000_000_000, 10 * HOUR_NANOS);
        assert_eq!((s.stats.count, s.stats.mean()), (1, 5.0));
    }

    #[test]
    fn sigma_is_the_sample_standard_deviation() {
        let mut s = Stats::default();
        for x in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0] {
            s.add(x);
        }
        assert_eq!(s.mean(), 5.0);
        assert!((s.sigma() - 2.138089935).abs() < 1e-6);
    }
}
