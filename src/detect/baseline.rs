//! The rolling baseline of one series: what its window values were over the trailing history
//! (7 days by default), and what a new window is judged against.
//!
//! Values are kept per hour (up to [`MAX_PER_HOUR`] windows an hour, shorter windows evenly
//! subsampled), so a series costs O(hours) memory and the baseline can be rebuilt from the
//! stored window history at start. From them a [`Snapshot`] derives:
//! - for proportions, the mean and σ (the binomial test needs the mean rate);
//! - for everything else a **robust model**: the median as centre, and a spread on each side
//!   taken from the residuals' MAD *and* their 1st/99th percentiles, whichever is wider — a few
//!   outliers do not widen it, while a series whose normal bursts are heavy-tailed gets the
//!   wider side it needs (a bursty CPU series judged by mean ± 3σ fires ten times a day);
//! - **seasonality**: once the history spans [`SEASONAL_MIN_DAYS`] days, a profile by hour of
//!   day (and by weekday/weekend, with a full week) replaces the flat centre when it explains
//!   enough of the spread — quiet nights no longer look anomalous and daytime incidents no
//!   longer hide in a σ that mixes 3 a.m. with noon.
//!
//! Windows that breached an anomaly rule are *held out* of the baseline, but kept aside: when a
//! change lasts (`adapt_after`), the baseline [`relearns`](Baseline::relearn_since) from the
//! windows since the change and forgets the history before it.

use std::collections::BTreeMap;

const HOUR_NANOS: u64 = 3_600_000_000_000;
const DAY_NANOS: u64 = 24 * HOUR_NANOS;

/// Most window values kept per hour (one per minute); shorter windows are subsampled evenly.
pub const MAX_PER_HOUR: u64 = 60;
/// History (days) needed before a daily profile is considered.
pub const SEASONAL_MIN_DAYS: u64 = 3;
/// History (days) needed before weekdays and weekends get profiles of their own.
const WEEKLY_MIN_DAYS: u64 = 7;
/// A profile is used when the residuals' mean absolute deviation is at most this fraction of
/// the flat one (the profile explains about half the variance). The mean, not the median, of
/// absolute residuals: a weekend is 2/7 of the values, which a median would not see.
const SEASONAL_MAX_SPREAD_RATIO: f64 = 0.7;
/// Weekday/weekend profiles are used when they shrink the daily profile's spread this much.
const WEEKLY_MAX_SPREAD_RATIO: f64 = 0.85;
/// Fewest values an hour-of-day slot needs for its own centre.
const MIN_SLOT_VALUES: usize = 3;
/// MAD of a normal distribution is σ / 1.4826.
const MAD_TO_SIGMA: f64 = 1.4826;
/// The side spreads read the residuals' 1st and 99th percentiles, which lie this many σ from
/// the centre of a normal distribution.
const TAIL_QUANTILE: f64 = 0.99;
const TAIL_Z: f64 = 2.326;
/// Separate breach episodes (runs of hours holding held-out windows) in the history that
/// make a series *bursty*: its breaches are part of its normal, and only a breach beyond the
/// most extreme of them is news.
pub const BURSTY_EPISODES: usize = 4;

/// One hour of a series: the windows in its baseline, and those held out (they breached).
#[derive(Debug, Clone, Default)]
struct Hour {
    values: Vec<f32>,
    held_out: Vec<f32>,
}

/// What a window is judged against: the expected value and the spread on each side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Expectation {
    /// Expected value (median, or the profile's value for this hour).
    pub centre: f64,
    /// Spread above the centre (σ-equivalent).
    pub spread_up: f64,
    /// Spread below the centre (σ-equivalent).
    pub spread_down: f64,
    /// Whether the centre comes from a daily profile.
    pub seasonal: bool,
}

/// The robust model of a series' normal values.
#[derive(Debug, Clone, PartialEq)]
struct Model {
    median: f64,
    /// Per slot (hour of day, or weekend × hour of day), the slot's median.
    profile: Option<Profile>,
    spread_up: f64,
    spread_down: f64,
}

#[derive(Debug, Clone, PartialEq)]
struct Profile {
    weekly: bool,
    centres: Vec<Option<f64>>,
}

/// What the baseline says about the windows before a given time.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// Windows in the baseline.
    pub count: u64,
    /// Mean of their values.
    pub mean: f64,
    /// Sample standard deviation of their values (0 with fewer than two).
    pub sigma: f64,
    /// Start of the oldest hour holding data (Unix ns), if any.
    pub oldest: Option<u64>,
    /// The baseline re-learned after a lasting change: its history starts there, and it
    /// judges once it holds enough windows, without waiting for the full warm-up.
    pub relearned: bool,
    /// On a bursty series (at least [`BURSTY_EPISODES`] breach episodes in the history): the
    /// lowest and highest held-out values.
    pub bursts: Option<(f64, f64)>,
    model: Option<Model>,
}

impl Snapshot {
    /// What a window starting at `window_start` is expected to be (none: empty baseline).
    pub fn expect(&self, window_start: u64) -> Option<Expectation> {
        let model = self.model.as_ref()?;
        let seasonal = model
            .profile
            .as_ref()
            .and_then(|p| p.centres[slot(window_start, p.weekly)]);
        Some(Expectation {
            centre: seasonal.unwrap_or(model.median),
            spread_up: model.spread_up,
            spread_down: model.spread_down,
            seasonal: seasonal.is_some(),
        })
    }
}

/// The hour-of-day slot of `t` (with `weekly`, weekend hours are slots 24..48).
fn slot(t: u64, weekly: bool) -> usize {
    let hour = ((t % DAY_NANOS) / HOUR_NANOS) as usize;
    // 1970-01-01 was a Thursday: day 0 is weekday 3 (Monday = 0).
    let weekday = (t / DAY_NANOS + 3) % 7;
    if weekly && weekday >= 5 {
        24 + hour
    } else {
        hour
    }
}

/// The values of one series by hour, and the model derived from them.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    hours: BTreeMap<u64, Hour>,
    /// Where the history starts after a re-learn.
    relearned_from: Option<u64>,
    /// The last snapshot, keyed by (hour it was taken in, history): values are only added to
    /// the current hour, which a snapshot excludes, so it holds for the rest of the hour.
    cache: Option<(u64, u64, Snapshot)>,
}

/// Whether a window of `window_nanos` starting at `start` is one of the evenly spaced ones an
/// hour keeps.
fn kept(start: u64, window_nanos: u64) -> bool {
    let per_hour = (HOUR_NANOS / window_nanos.max(1)).max(1);
    let stride = per_hour.div_ceil(MAX_PER_HOUR);
    (start / window_nanos.max(1)).is_multiple_of(stride)
}

impl Baseline {
    /// Record a window value that is normal enough to define "normal".
    pub fn add(&mut self, window_start: u64, window_nanos: u64, value: f64) {
        if kept(window_start, window_nanos) {
            self.hour_mut(window_start).values.push(value as f32);
        }
    }

    /// Record a window value that breached: kept aside, used only if the change lasts.
    pub fn hold_out(&mut self, window_start: u64, window_nanos: u64, value: f64) {
        if kept(window_start, window_nanos) {
            self.hour_mut(window_start).held_out.push(value as f32);
        }
    }

    fn hour_mut(&mut self, window_start: u64) -> &mut Hour {
        let hour = window_start - window_start % HOUR_NANOS;
        if self.cache.as_ref().is_some_and(|(at, _, _)| hour < *at) {
            self.cache = None;
        }
        self.hours.entry(hour).or_default()
    }

    /// A lasting change: forget the history before the hour of `since`, and make the windows
    /// since then — held out or not — the baseline. In the hour the change began, only the
    /// held-out windows (the change's) are kept.
    pub fn relearn_since(&mut self, since: u64) {
        let first = since - since % HOUR_NANOS;
        self.hours = self.hours.split_off(&first);
        for (hour, h) in &mut self.hours {
            if *hour == first {
                h.values.clear();
            }
            let held = std::mem::take(&mut h.held_out);
            h.values.extend(held);
        }
        self.relearned_from = Some(first);
        self.cache = None;
    }

    /// The baseline over `[before - history, before)`, by whole hours (the hour holding
    /// `before` is excluded until it ends).
    pub fn snapshot(&mut self, before: u64, history: u64) -> Snapshot {
        let hour = before - before % HOUR_NANOS;
        if let Some((at, h, s)) = &self.cache
            && *at == hour
            && *h == history
        {
            return s.clone();
        }
        let from = before.saturating_sub(history);
        let mut values: Vec<(u64, f64)> = Vec::new();
        let mut oldest = None;
        let mut episodes = 0;
        let mut held_before: Option<u64> = None;
        let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
        for (start, h) in self.hours.range(from - from % HOUR_NANOS..hour) {
            if !h.held_out.is_empty() {
                if held_before != Some(start - HOUR_NANOS) {
                    episodes += 1;
                }
                held_before = Some(*start);
                for v in &h.held_out {
                    low = low.min(f64::from(*v));
                    high = high.max(f64::from(*v));
                }
            }
            if h.values.is_empty() {
                continue;
            }
            oldest.get_or_insert(*start);
            values.extend(h.values.iter().map(|v| (*start, f64::from(*v))));
        }
        let mut snapshot = summarize(&values, oldest, self.relearned_from.is_some());
        snapshot.bursts = (episodes >= BURSTY_EPISODES).then_some((low, high));
        self.cache = Some((hour, history, snapshot.clone()));
        snapshot
    }

    /// Drop hours older than `before - history` (memory bound).
    pub fn prune(&mut self, before: u64, history: u64) {
        let from = before.saturating_sub(history);
        let keep = self.hours.split_off(&(from - from % HOUR_NANOS));
        if keep.len() != self.hours.len() {
            self.cache = None;
        }
        self.hours = keep;
        if self.hours.is_empty() {
            self.relearned_from = None;
        }
    }

    /// Number of hours held.
    pub fn buckets(&self) -> usize {
        self.hours.len()
    }
}

/// Mean, σ and the robust model of `(hour, value)` pairs.
fn summarize(values: &[(u64, f64)], oldest: Option<u64>, relearned: bool) -> Snapshot {
    let n = values.len();
    let mean = if n == 0 {
        0.0
    } else {
        values.iter().map(|(_, v)| v).sum::<f64>() / n as f64
    };
    let sigma = if n < 2 {
        0.0
    } else {
        let ss: f64 = values.iter().map(|(_, v)| (v - mean) * (v - mean)).sum();
        (ss / (n - 1) as f64).max(0.0).sqrt()
    };
    let model = (n > 0).then(|| robust_model(values));
    Snapshot {
        count: n as u64,
        mean,
        sigma,
        oldest,
        relearned,
        bursts: None,
        model,
    }
}

/// Median centre, optional daily/weekly profile, and side spreads of the residuals.
fn robust_model(values: &[(u64, f64)]) -> Model {
    let mut all: Vec<f64> = values.iter().map(|(_, v)| *v).collect();
    let median = median_of(&mut all);
    let flat: Vec<f64> = values.iter().map(|(_, v)| v - median).collect();
    let flat_spread = mean_abs(&flat);
    let first = values.iter().map(|(h, _)| *h).min().unwrap_or(0);
    let last = values.iter().map(|(h, _)| *h).max().unwrap_or(0);
    let days = (last - first + HOUR_NANOS) / DAY_NANOS;
    let mut profile = None;
    let mut residuals = flat;
    if days >= SEASONAL_MIN_DAYS && flat_spread > 0.0 {
        let daily = seasonal_fit(values, median, false);
        if daily.1 < SEASONAL_MAX_SPREAD_RATIO * flat_spread {
            let mut best = daily;
            if days >= WEEKLY_MIN_DAYS {
                let weekly = seasonal_fit(values, median, true);
                if weekly.1 < WEEKLY_MAX_SPREAD_RATIO * best.1 {
                    best = weekly;
                }
            }
            profile = Some(best.0);
            residuals = best.2;
        }
    }
    let mad = mad_sigma(&residuals);
    residuals.sort_by(f64::total_cmp);
    let high = quantile_sorted(&residuals, TAIL_QUANTILE);
    let low = quantile_sorted(&residuals, 1.0 - TAIL_QUANTILE);
    Model {
        median,
        profile,
        spread_up: mad.max(high / TAIL_Z),
        spread_down: mad.max(-low / TAIL_Z),
    }
}

/// A profile of slot medians (slots with too few values take the overall `median`), its
/// residuals' mean absolute value, and the residuals.
fn seasonal_fit(values: &[(u64, f64)], median: f64, weekly: bool) -> (Profile, f64, Vec<f64>) {
    let slots = if weekly { 48 } else { 24 };
    let mut by_slot: Vec<Vec<f64>> = vec![Vec::new(); slots];
    for (hour, v) in values {
        by_slot[slot(*hour, weekly)].push(*v);
    }
    let centres: Vec<Option<f64>> = by_slot
        .iter_mut()
        .map(|vs| (vs.len() >= MIN_SLOT_VALUES).then(|| median_of(vs)))
        .collect();
    let residuals: Vec<f64> = values
        .iter()
        .map(|(hour, v)| v - centres[slot(*hour, weekly)].unwrap_or(median))
        .collect();
    let spread = mean_abs(&residuals);
    (Profile { weekly, centres }, spread, residuals)
}

/// Median (sorts `values`); 0 for none.
fn median_of(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    quantile_sorted(values, 0.5)
}

/// The q-quantile of sorted values, linearly interpolated; 0 for none.
fn quantile_sorted(sorted: &[f64], q: f64) -> f64 {
    match sorted.len() {
        0 => 0.0,
        1 => sorted[0],
        n => {
            let at = q.clamp(0.0, 1.0) * (n - 1) as f64;
            let below = at.floor() as usize;
            let above = (below + 1).min(n - 1);
            let frac = at - below as f64;
            sorted[below] + (sorted[above] - sorted[below]) * frac
        }
    }
}

/// Mean of the absolute values; 0 for none.
fn mean_abs(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().map(|v| v.abs()).sum::<f64>() / values.len() as f64
}

/// 1.4826 × the median absolute deviation from the median: σ for normal data, unmoved by a
/// few outliers.
fn mad_sigma(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    let m = median_of(&mut v);
    let mut dev: Vec<f64> = values.iter().map(|x| (x - m).abs()).collect();
    MAD_TO_SIGMA * median_of(&mut dev)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    const WINDOW: u64 = 300_000_000_000;

    /// A deterministic pseudo-random number in [0, 1).
    pub(crate) fn noise(i: u64) -> f64 {
        let x = (i
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407))
            >> 11;
        x as f64 / (1u64 << 53) as f64
    }

    fn fill(b: &mut Baseline, t0: u64, windows: u64, value: impl Fn(u64, u64) -> f64) {
        for i in 0..windows {
            let t = t0 + i * WINDOW;
            b.add(t, WINDOW, value(i, t));
        }
    }

    #[test]
    fn mean_and_sigma_over_the_trailing_history_only() {
        let mut b = Baseline::default();
        let t0 = 100 * DAY_NANOS;
        // Eight days of windows every 5 minutes: value 1 on day 0, 10 afterwards.
        fill(&mut b, t0, 8 * 288, |_, t| {
            if t < t0 + DAY_NANOS { 1.0 } else { 10.0 }
        });
        let now = t0 + 8 * DAY_NANOS;
        let s = b.snapshot(now, 7 * DAY_NANOS);
        assert_eq!(s.count, 7 * 288);
        assert_eq!((s.mean, s.sigma), (10.0, 0.0));
        assert_eq!(s.oldest, Some(t0 + DAY_NANOS));
        let all = b.snapshot(now, 8 * DAY_NANOS);
        assert_eq!(all.count, 8 * 288);
        let expected_mean = (288.0 + 7.0 * 288.0 * 10.0) / (8.0 * 288.0);
        assert!((all.mean - expected_mean).abs() < 1e-9);
        b.prune(now, 7 * DAY_NANOS);
        assert_eq!(b.buckets(), 7 * 24);
    }

    #[test]
    fn current_hour_is_excluded_until_it_ends() {
        let mut b = Baseline::default();
        b.add(0, WINDOW, 5.0);
        b.add(HOUR_NANOS, WINDOW, 7.0);
        let s = b.snapshot(HOUR_NANOS + 600_000_000_000, 10 * HOUR_NANOS);
        assert_eq!((s.count, s.mean), (1, 5.0));
        // The cached snapshot is dropped when an earlier hour changes.
        b.add(WINDOW, WINDOW, 9.0);
        let s = b.snapshot(HOUR_NANOS + 600_000_000_000, 10 * HOUR_NANOS);
        assert_eq!((s.count, s.mean), (2, 7.0));
    }

    #[test]
    fn sigma_is_the_sample_standard_deviation() {
        let values: Vec<(u64, f64)> = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
            .into_iter()
            .map(|v| (0, v))
            .collect();
        let s = summarize(&values, Some(0), false);
        assert_eq!(s.mean, 5.0);
        assert!((s.sigma - 2.138089935).abs() < 1e-6);
    }

    #[test]
    fn a_few_outliers_do_not_widen_the_robust_spread() {
        let mut b = Baseline::default();
        // Two days of 100 ± 5 (uniform noise: σ ≈ 2.9) with four windows at 10 000.
        fill(&mut b, 0, 576, |i, _| {
            if i % 150 == 0 {
                10_000.0
            } else {
                95.0 + 10.0 * noise(i)
            }
        });
        let s = b.snapshot(576 * WINDOW, 7 * DAY_NANOS);
        assert!(s.sigma > 500.0, "the classic σ is ruined: {}", s.sigma);
        let e = s.expect(576 * WINDOW).unwrap();
        assert!((e.centre - 100.0).abs() < 1.0, "{e:?}");
        assert!(e.spread_down < 5.0, "{e:?}");
        // The upper side reads the 99th percentile: four outliers in 576 sit above it.
        assert!(e.spread_up < 5.0, "{e:?}");
        assert!(!e.seasonal);
    }

    #[test]
    fn heavy_tailed_values_get_a_wider_upper_side() {
        let mut b = Baseline::default();
        // Mostly 10, every 20th window a burst to 40..80: bursts are normal for this series.
        fill(&mut b, 0, 2016, |i, _| {
            if i % 20 == 0 {
                40.0 + 40.0 * noise(i)
            } else {
                9.0 + 2.0 * noise(i)
            }
        });
        let e = b.snapshot(2016 * WINDOW, 7 * DAY_NANOS).expect(0).unwrap();
        // The top of the normal bursts (≈ 80) stays within 3 spreads of the centre.
        assert!(e.centre + 3.0 * e.spread_up > 80.0, "{e:?}");
        assert!(e.spread_down < 1.0, "{e:?}");
    }

    #[test]
    fn a_daily_cycle_is_judged_by_hour_of_day() {
        let mut b = Baseline::default();
        let t0 = 1000 * DAY_NANOS;
        // Five days: 100 at night, 500 during 08:00–20:00, ±10 noise.
        let level = |t: u64| {
            let hour = (t % DAY_NANOS) / HOUR_NANOS;
            if (8..20).contains(&hour) {
                500.0
            } else {
                100.0
            }
        };
        fill(&mut b, t0, 5 * 288, |i, t| {
            level(t) - 10.0 + 20.0 * noise(i)
        });
        let now = t0 + 5 * DAY_NANOS;
        let s = b.snapshot(now, 7 * DAY_NANOS);
        let night = s.expect(now + 3 * HOUR_NANOS).unwrap();
        let noon = s.expect(now + 12 * HOUR_NANOS).unwrap();
        assert!(night.seasonal && noon.seasonal);
        assert!((night.centre - 100.0).abs() < 3.0, "{night:?}");
        assert!((noon.centre - 500.0).abs() < 3.0, "{noon:?}");
        assert!(noon.spread_up < 10.0, "{noon:?}");
        // Two days are too short for a profile: flat, with a spread covering both levels.
        let mut young = Baseline::default();
        fill(&mut young, t0, 2 * 288, |i, t| {
            level(t) - 10.0 + 20.0 * noise(i)
        });
        let flat = young
            .snapshot(t0 + 2 * DAY_NANOS, 7 * DAY_NANOS)
            .expect(t0)
            .unwrap();
        assert!(!flat.seasonal);
        assert!(flat.centre + 3.0 * flat.spread_up >= 500.0, "{flat:?}");
    }

    #[test]
    fn noise_alone_gets_no_profile() {
        let mut b = Baseline::default();
        fill(&mut b, 0, 7 * 288, |i, _| 50.0 + 10.0 * noise(i));
        let e = b.snapshot(7 * DAY_NANOS, 7 * DAY_NANOS).expect(0).unwrap();
        assert!(!e.seasonal, "{e:?}");
    }

    #[test]
    fn weekends_get_their_own_profile_with_a_full_week() {
        let mut b = Baseline::default();
        // 1970-01-05 was a Monday: start on a Monday, eight weeks in.
        let t0 = (4 + 7 * 8) * DAY_NANOS;
        let level = |t: u64| {
            let weekend = (t / DAY_NANOS + 3) % 7 >= 5;
            let hour = (t % DAY_NANOS) / HOUR_NANOS;
            match (weekend, (9..18).contains(&hour)) {
                (false, true) => 800.0,
                (false, false) => 200.0,
                (true, _) => 150.0,
            }
        };
        fill(&mut b, t0, 7 * 288, |i, t| level(t) + 10.0 * noise(i));
        let now = t0 + 7 * DAY_NANOS; // Monday again
        let s = b.snapshot(now, 7 * DAY_NANOS);
        let saturday_noon = now + 5 * DAY_NANOS + 12 * HOUR_NANOS;
        let monday_noon = now + 12 * HOUR_NANOS;
        assert!((s.expect(saturday_noon).unwrap().centre - 155.0).abs() < 5.0);
        assert!((s.expect(monday_noon).unwrap().centre - 805.0).abs() < 5.0);
    }

    #[test]
    fn relearning_keeps_only_the_windows_since_the_change() {
        let mut b = Baseline::default();
        let t0 = 10 * DAY_NANOS;
        fill(&mut b, t0, 288, |_, _| 100.0);
        // The change starts 30 minutes into an hour; its windows breached and were held out.
        let change = t0 + 288 * WINDOW + 30 * 60_000_000_000;
        for i in 0..36 {
            let t = t0 + 288 * WINDOW + i * WINDOW;
            if t < change {
                b.add(t, WINDOW, 100.0);
            } else {
                b.hold_out(t, WINDOW, 300.0);
            }
        }
        let now = t0 + 288 * WINDOW + 36 * WINDOW;
        assert_eq!(
            b.snapshot(now, 7 * DAY_NANOS).expect(now).unwrap().centre,
            100.0
        );
        b.relearn_since(change);
        let s = b.snapshot(now, 7 * DAY_NANOS);
        assert!(s.relearned);
        assert_eq!(s.count, 30, "the change's windows of three whole hours");
        assert_eq!(s.expect(now).unwrap().centre, 300.0);
    }

    #[test]
    fn a_series_that_breaches_time_and_again_is_bursty() {
        let mut b = Baseline::default();
        fill(&mut b, 0, 2 * 288, |i, _| 100.0 + noise(i));
        // Three breach episodes (one spans two adjacent hours): not yet bursty.
        for (hour, value) in [(3, 400.0), (10, 900.0), (11, 500.0), (20, 300.0)] {
            b.hold_out(hour * HOUR_NANOS, WINDOW, value);
        }
        assert_eq!(b.snapshot(2 * DAY_NANOS, 7 * DAY_NANOS).bursts, None);
        b.hold_out(30 * HOUR_NANOS, WINDOW, 50.0);
        let s = b.snapshot(2 * DAY_NANOS, 7 * DAY_NANOS);
        assert_eq!(s.bursts, Some((50.0, 900.0)));
    }

    #[test]
    fn short_windows_are_subsampled_to_sixty_an_hour() {
        let mut b = Baseline::default();
        let ten_seconds = 10_000_000_000;
        for i in 0..360 {
            b.add(i * ten_seconds, ten_seconds, i as f64);
        }
        assert_eq!(b.snapshot(HOUR_NANOS, DAY_NANOS).count, 60);
    }
}
