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

use serde::Serialize;

use self::config::{Comparison, Direction, RuleConfig, RuleKind};
use crate::window::baseline::Snapshot;

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
    fn is_rate(&self) -> bool {
        self.hits.is_some()
    }
}

const NANOS: f64 = 1e9;

/// Judge an observation with enough samples.
pub fn judge(rule: &RuleConfig, obs: &Observation, baseline: &Snapshot) -> Judgement {
    match rule.kind {
        RuleKind::Static => {
            let t = rule.threshold.unwrap_or(0.0);
            let breach = match rule.op.unwrap_or(Comparison::Gt) {
                Comparison::Gt => obs.value > t,
                Comparison::Ge => obs.value >= t,
                Comparison::Lt => obs.value < t,
                Comparison::Le => obs.value <= t,
            };
            Judgement {
                verdict: if breach { Verdict::Breach } else { Verdict::Ok },
                mean: None,
                sigma: None,
                z: None,
            }
        }
        RuleKind::Anomaly => {
            let stats = baseline.stats;
            let covered = baseline.oldest.is_some_and(|oldest| {
                (obs.window_start.saturating_sub(oldest)) as f64 / NANOS
                    >= rule.warmup.as_secs_f64()
            });
            if !covered || stats.count < rule.min_baseline_windows {
                return Judgement {
                    verdict: Verdict::WarmingUp,
                    mean: (stats.count > 0).then(|| stats.mean()),
                    sigma: (stats.count > 1).then(|| stats.sigma()),
                    z: None,
                };
            }
            let mean = stats.mean();
            let sigma = effective_sigma(rule, mean, stats.sigma(), obs);
            let z = (obs.value - mean) / sigma;
            let mut breach = match rule.direction {
                Direction::Above => z > rule.sigma,
                Direction::Below => z < -rule.sigma,
                Direction::Both => z.abs() > rule.sigma,
            };
            // Proportions of rare events have a heavier upper tail than the normal curve: a
            // breach must also be that unlikely under the exact binomial distribution at the
            // baseline rate (one-sided tail of `sigma`, e.g. 0.135% for 3σ).
            if breach && let Some(hits) = obs.hits {
                let tail = normal_tail(rule.sigma);
                let p0 = mean.clamp(1e-9, 1.0 - 1e-9);
                let p_value = if z > 0.0 {
                    binomial_upper_tail(obs.n, hits, p0)
                } else {
                    binomial_lower_tail(obs.n, hits, p0)
                };
                breach = p_value < tail;
            }
            Judgement {
                verdict: if breach { Verdict::Breach } else { Verdict::Ok },
                mean: Some(mean),
                sigma: Some(sigma),
                z: Some(z),
            }
        }
    }
}

/// P(Z > z) for a standard normal (Abramowitz & Stegun 7.1.26; |error| < 1.5e-7).
pub fn normal_tail(z: f64) -> f64 {
    let x = z.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erfc = poly * (-x * x).exp();
    if z >= 0.0 {
        erfc / 2.0
    } else {
        1.0 - erfc / 2.0
    }
}

/// ln of the binomial pmf P(X = k), via ln Γ.
fn ln_binomial_pmf(n: u64, k: u64, p: f64) -> f64 {
    ln_gamma(n as f64 + 1.0) - ln_gamma(k as f64 + 1.0) - ln_gamma((n - k) as f64 + 1.0)
        + k as f64 * p.ln()
        + (n - k) as f64 * (1.0 - p).ln()
}

/// ln Γ(x) for x > 0 (Lanczos, g = 7).
fn ln_gamma(x: f64) -> f64 {
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + 7.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + a.ln()
}

/// P(X ≥ k) for X ~ Binomial(n, p).
pub fn binomial_upper_tail(n: u64, k: u64, p: f64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    (k..=n)
        .map(|i| ln_binomial_pmf(n, i, p).exp())
        .take_while(|v| *v > 1e-300 || k == n)
        .sum::<f64>()
        .min(1.0)
}

/// P(X ≤ k) for X ~ Binomial(n, p).
pub fn binomial_lower_tail(n: u64, k: u64, p: f64) -> f64 {
    (0..=k.min(n))
        .map(|i| ln_binomial_pmf(n, i, p).exp())
        .sum::<f64>()
        .min(1.0)
}

/// σ after the floors: absolute, relative to the mean, and the sampling noise at n (rates:
/// binomial; percentiles: from the window's histogram).
pub fn effective_sigma(rule: &RuleConfig, mean: f64, sigma: f64, obs: &Observation) -> f64 {
    let absolute = rule
        .sigma_floor
        .unwrap_or(if obs.is_rate() { 0.01 } else { 0.0 });
    let relative = rule.sigma_floor_relative * mean.abs();
    let sampling = if obs.is_rate() && obs.n > 0 {
        // The noise of a proportion estimated from n spans; p is kept at least 1/n so a
        // baseline of exactly 0 still allows one stray hit.
        let n = obs.n as f64;
        let low = 1.0 / n;
        let p = mean.clamp(low, (1.0 - low).max(low));
        (p * (1.0 - p) / n).sqrt()
    } else {
        obs.sampling_sigma
    };
    sigma
        .max(absolute)
        .max(relative)
        .max(sampling)
        .max(f64::MIN_POSITIVE)
}

/// Where a (rule, series) pair stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertState {
    /// Nothing wrong.
    Inactive,
    /// Breaching, not yet for `for` windows.
    Pending,
    /// Breaching for `for` windows and not yet recovered.
    Firing,
    /// Was firing; `recover` normal windows in a row (reported once, then inactive).
    Resolved,
}

impl AlertState {
    /// Stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertState::Inactive => "inactive",
            AlertState::Pending => "pending",
            AlertState::Firing => "firing",
            AlertState::Resolved => "resolved",
        }
    }
}

/// The state machine of one (rule, series).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleState {
    /// Current state.
    pub state: AlertState,
    breaching: u32,
    normal: u32,
}

impl Default for RuleState {
    fn default() -> Self {
        RuleState {
            state: AlertState::Inactive,
            breaching: 0,
            normal: 0,
        }
    }
}

impl RuleState {
    /// Apply one window's verdict; returns the new state.
    pub fn apply(&mut self, rule: &RuleConfig, verdict: Verdict) -> AlertState {
        if self.state == AlertState::Resolved {
            self.state = AlertState::Inactive;
        }
        match verdict {
            Verdict::Breach => {
                self.breaching += 1;
                self.normal = 0;
                if self.breaching >= rule.for_windows {
                    self.state = AlertState::Firing;
                } else if self.state == AlertState::Inactive {
                    self.state = AlertState::Pending;
                }
            }
            Verdict::Ok => {
                self.normal += 1;
                self.breaching = 0;
                match self.state {
                    AlertState::Pending => self.state = AlertState::Inactive,
                    AlertState::Firing if self.normal >= rule.recover_windows => {
                        self.state = AlertState::Resolved
                    }
                    _ => {}
                }
            }
            // Not judgeable: neither evidence of trouble nor of recovery.
            Verdict::InsufficientData | Verdict::WarmingUp | Verdict::None => {}
        }
        self.state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::config::default_rules;
    use crate::window::baseline::{Baseline, Snapshot};

    const HOUR: u64 = 3_600_000_000_000;

    fn rule(name: &str) -> RuleConfig {
        default_rules()
            .into_iter()
            .find(|r| r.name == name)
            .unwrap()
    }

    fn flat_baseline(value: f64, windows: u64) -> Snapshot {
        let mut b = Baseline::default();
        for i in 0..windows {
            b.add(
                i * 300_000_000_000,
                value + if i % 2 == 0 { 0.01 } else { -0.01 },
            );
        }
        b.snapshot(windows * 300_000_000_000 + HOUR, 1000 * HOUR)
    }

    fn obs(value: f64, n: u64, start: u64) -> Observation {
        Observation {
            value,
            n,
            hits: Some((value * n as f64).round() as u64),
            sampling_sigma: 0.0,
            window_start: start,
        }
    }

    #[test]
    fn tails() {
        assert!((normal_tail(3.0) - 0.001_349_9).abs() < 1e-6);
        assert!((normal_tail(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_tail(-1.0) - 0.841_344_7).abs() < 1e-6);
        // P(X >= 6 | n = 39, p = 0.03) = 0.00101: rarer than 3σ (0.00135).
        let p = binomial_upper_tail(39, 6, 0.03);
        assert!((p - 0.001_015).abs() < 1e-5, "{p}");
        assert!((binomial_upper_tail(10, 0, 0.2) - 1.0).abs() < 1e-12);
        assert!((binomial_lower_tail(10, 10, 0.2) - 1.0).abs() < 1e-9);
        assert!((binomial_upper_tail(20, 10, 0.5) - 0.588_099).abs() < 1e-5);
    }

    #[test]
    fn anomaly_needs_warmup_then_judges_with_floored_sigma() {
        let r = rule("refusal_rate_anomaly");
        let young = flat_baseline(0.05, 100); // ~8 hours: shorter than the 24 h warm-up
        let j = judge(&r, &obs(0.5, 100, 100 * 300_000_000_000 + HOUR), &young);
        assert_eq!(j.verdict, Verdict::WarmingUp);

        let old = flat_baseline(0.05, 600); // ~50 hours
        let start = 600 * 300_000_000_000 + HOUR;
        // σ of the baseline is 0.01; the floor at n = 100 is √(0.05·0.95/100) ≈ 0.0218.
        let j = judge(&r, &obs(0.08, 100, start), &old);
        assert_eq!(j.verdict, Verdict::Ok);
        assert!((j.sigma.unwrap() - 0.021794).abs() < 1e-4, "{j:?}");
        let j = judge(&r, &obs(0.20, 100, start), &old);
        assert_eq!(j.verdict, Verdict::Breach);
        assert!(j.z.unwrap() > 6.0);
        // The same 0.20 from 20 spans is within sampling noise... almost: √(.05·.95/20) ≈ .049.
        let j = judge(&r, &obs(0.15, 20, start), &old);
        assert_eq!(j.verdict, Verdict::Ok, "{j:?}");
    }

    #[test]
    fn zero_baseline_allows_a_stray_hit_but_not_a_spike() {
        let r = rule("tool_error_rate_anomaly");
        let zero = flat_baseline(0.0, 600);
        let start = 600 * 300_000_000_000 + HOUR;
        assert_eq!(
            judge(&r, &obs(1.0 / 30.0, 30, start), &zero).verdict,
            Verdict::Ok
        );
        assert_eq!(
            judge(&r, &obs(8.0 / 30.0, 30, start), &zero).verdict,
            Verdict::Breach
        );
    }

    #[test]
    fn a_single_span_window_does_not_break_the_floor() {
        let mut r = rule("refusal_rate_anomaly");
        r.min_samples = 1;
        let base = flat_baseline(0.05, 600);
        let j = judge(&r, &obs(1.0, 1, 600 * 300_000_000_000 + HOUR), &base);
        assert!(j.sigma.unwrap().is_finite());
    }

    #[test]
    fn static_rules_compare_with_the_threshold() {
        let r = rule("tool_error_rate_high");
        let none = Baseline::default().snapshot(0, HOUR);
        assert_eq!(judge(&r, &obs(0.10, 50, 0), &none).verdict, Verdict::Ok);
        assert_eq!(judge(&r, &obs(0.11, 50, 0), &none).verdict, Verdict::Breach);
    }

    #[test]
    fn for_and_recover_shape_the_state() {
        let mut r = rule("refusal_rate_anomaly");
        r.for_windows = 2;
        r.recover_windows = 2;
        let mut s = RuleState::default();
        let seq = [
            (Verdict::Breach, AlertState::Pending),
            (Verdict::Ok, AlertState::Inactive),
            (Verdict::Breach, AlertState::Pending),
            (Verdict::InsufficientData, AlertState::Pending),
            (Verdict::Breach, AlertState::Firing),
            (Verdict::Ok, AlertState::Firing),
            (Verdict::Breach, AlertState::Firing),
            (Verdict::Ok, AlertState::Firing),
            (Verdict::Ok, AlertState::Resolved),
            (Verdict::Ok, AlertState::Inactive),
        ];
        for (i, (verdict, expected)) in seq.into_iter().enumerate() {
            assert_eq!(s.apply(&r, verdict), expected, "step {i}");
        }
    }
}
