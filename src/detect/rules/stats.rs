//! The tails of the normal and binomial distributions a judgement needs.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
