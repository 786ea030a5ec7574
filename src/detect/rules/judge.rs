//! Judging one observation: a static threshold, or the distance from the baseline in floored σ
//! (with an exact binomial tail for rare proportions).

use super::config::{Comparison, Direction, RuleConfig, RuleKind};
use super::stats::{binomial_lower_tail, binomial_upper_tail, normal_tail};
use super::{Judgement, Observation, Verdict};
use crate::detect::baseline::Snapshot;

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
        RuleKind::Anomaly => judge_anomaly(rule, obs, baseline),
    }
}

fn no_verdict(verdict: Verdict, mean: Option<f64>, sigma: Option<f64>) -> Judgement {
    Judgement {
        verdict,
        mean,
        sigma,
        z: None,
    }
}

/// Distance from the baseline: proportions against the mean (and the exact binomial tail),
/// other metrics against the robust, possibly seasonal, expectation for this window.
fn judge_anomaly(rule: &RuleConfig, obs: &Observation, baseline: &Snapshot) -> Judgement {
    let expectation = baseline.expect(obs.window_start);
    let covered = baseline.relearned
        || baseline.oldest.is_some_and(|oldest| {
            (obs.window_start.saturating_sub(oldest)) as f64 / NANOS >= rule.warmup.as_secs_f64()
        });
    if !covered || baseline.count < rule.min_baseline_windows {
        let expected = if obs.is_rate() {
            (baseline.count > 0).then_some(baseline.mean)
        } else {
            expectation.map(|e| e.centre)
        };
        let spread = (baseline.count > 1).then_some(baseline.sigma);
        return no_verdict(Verdict::WarmingUp, expected, spread);
    }
    let (centre, spread) = match expectation {
        Some(e) if !obs.is_rate() => {
            let side = if obs.value >= e.centre {
                e.spread_up
            } else {
                e.spread_down
            };
            (e.centre, side)
        }
        _ => (baseline.mean, baseline.sigma),
    };
    let sigma = effective_sigma(rule, centre, spread, obs);
    let z = (obs.value - centre) / sigma;
    let mut breach = match rule.direction {
        Direction::Above => z > rule.sigma,
        Direction::Below => z < -rule.sigma,
        Direction::Both => z.abs() > rule.sigma,
    };
    // A series that breaches time and again (bursts are its normal): only a value beyond its
    // most extreme held-out burst is news.
    if breach
        && !obs.is_rate()
        && let Some((low, high)) = baseline.bursts
    {
        breach = if z > 0.0 {
            obs.value > high
        } else {
            obs.value < low
        };
    }
    // A rise must also reach `min_ratio` × the expected value.
    if breach
        && z > 0.0
        && let Some(ratio) = rule.min_ratio
    {
        breach = obs.value >= ratio * centre;
    }
    // Proportions of rare events have a heavier upper tail than the normal curve: a breach
    // must also be that unlikely under the exact binomial distribution at the baseline rate
    // (one-sided tail of `sigma`, e.g. 0.135% for 3σ).
    if breach && let Some(hits) = obs.hits {
        let tail = normal_tail(rule.sigma);
        let p0 = centre.clamp(1e-9, 1.0 - 1e-9);
        let p_value = if z > 0.0 {
            binomial_upper_tail(obs.n, hits, p0)
        } else {
            binomial_lower_tail(obs.n, hits, p0)
        };
        breach = p_value < tail;
    }
    Judgement {
        verdict: if breach { Verdict::Breach } else { Verdict::Ok },
        mean: Some(centre),
        sigma: Some(sigma),
        z: Some(z),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::baseline::{Baseline, Snapshot};
    use crate::detect::rules::config::default_rules;

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
                300_000_000_000,
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
    fn a_ratio_rule_needs_the_value_doubled_as_well_as_beyond_sigma() {
        let r = rule("tokens_per_request_doubled");
        assert_eq!(r.min_ratio, Some(2.0));
        let base = flat_baseline(1000.0, 600);
        let start = 600 * 300_000_000_000 + HOUR;
        let tokens = |value| Observation {
            value,
            n: 50,
            hits: None,
            sampling_sigma: 0.0,
            window_start: start,
        };
        // 1.5×: far beyond 3σ (σ floor: 10% of 1000), but not doubled.
        let j = judge(&r, &tokens(1500.0), &base);
        assert_eq!(j.verdict, Verdict::Ok, "{j:?}");
        assert!(j.z.unwrap() > 3.0);
        assert_eq!(judge(&r, &tokens(2100.0), &base).verdict, Verdict::Breach);
        // The same rule without the ratio breaches at 1.5×.
        let plain = RuleConfig {
            min_ratio: None,
            ..r.clone()
        };
        assert_eq!(
            judge(&plain, &tokens(1500.0), &base).verdict,
            Verdict::Breach
        );
    }

    #[test]
    fn static_rules_compare_with_the_threshold() {
        let r = rule("tool_error_rate_high");
        let none = Baseline::default().snapshot(0, HOUR);
        assert_eq!(judge(&r, &obs(0.10, 50, 0), &none).verdict, Verdict::Ok);
        assert_eq!(judge(&r, &obs(0.11, 50, 0), &none).verdict, Verdict::Breach);
    }
}
