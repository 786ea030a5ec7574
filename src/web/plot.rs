//! One series' windows as an SVG chart, drawn here on the server: the values, the baseline
//! mean and its ±k·σ band (or a static rule's threshold), the breaching windows, the alert's
//! transitions, and for rates a strip of n per window.
//!
//! Each part is an element with a class (`band`, `mean`, `threshold`, `value`, `point`,
//! `breach`, `mark-firing`, `mark-resolved`, `n-bar`) and the chart carries its id, so a
//! browser test (or a person's stylesheet) can find them. Hand-written rather than a plotting
//! crate: that is what gives every element its class, and the page needs no more than lines,
//! circles and rectangles.

use std::fmt::Write;

use super::html::{escape, number, time};
use crate::store::WindowRow;

/// Chart width and the heights of its parts, in px.
const WIDTH: f64 = 1000.0;
const VALUE_HEIGHT: f64 = 240.0;
const N_HEIGHT: f64 = 56.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 22.0;
/// Above this many windows single points are not drawn (breaches still are): a week of
/// 5-minute windows stays a few hundred KB.
const MAX_POINTS: usize = 600;

/// What to draw besides the windows.
pub struct PlotSpec<'a> {
    /// The `<svg>` element's id.
    pub id: &'a str,
    /// Time range shown, Unix ns.
    pub from_ns: i64,
    /// End of the range.
    pub until_ns: i64,
    /// Values are proportions: shown as %, and n is drawn per window.
    pub rate: bool,
    /// An anomaly rule's k: the band is mean ± k·σ.
    pub band_k: Option<f64>,
    /// A static rule's threshold.
    pub threshold: Option<f64>,
}

/// An alert transition to mark on the chart.
pub struct Mark {
    /// When (the end of the window that caused it), Unix ns.
    pub at_ns: i64,
    /// The state entered (`pending`, `firing`, `resolved`, `inactive`).
    pub state: String,
}

struct Scale {
    from: f64,
    span: f64,
    lo: f64,
    hi: f64,
}

impl Scale {
    fn x(&self, ns: i64) -> f64 {
        LEFT + (ns as f64 - self.from) / self.span * (WIDTH - LEFT - RIGHT)
    }

    fn y(&self, v: f64) -> f64 {
        let h = VALUE_HEIGHT - TOP - BOTTOM;
        TOP + h - (v - self.lo) / (self.hi - self.lo) * h
    }
}

/// The band's edges for a window, when it has a baseline.
fn band(w: &WindowRow, k: f64) -> Option<(f64, f64)> {
    let (mean, sigma) = (w.baseline_mean?, w.baseline_sigma?);
    Some((mean - k * sigma, mean + k * sigma))
}

/// The chart of `windows` (oldest first) with `marks`, as an `<svg>` element.
pub fn chart(windows: &[WindowRow], marks: &[Mark], spec: &PlotSpec<'_>) -> String {
    let mut seen: Vec<f64> = Vec::with_capacity(windows.len() * 2 + 2);
    for w in windows {
        seen.extend(w.value.into_iter().chain(w.judged_value));
        if let Some((a, b)) = spec.band_k.and_then(|k| band(w, k)) {
            seen.extend([a, b]);
        }
    }
    seen.extend(spec.threshold);
    if spec.rate {
        // Rates start at 0.
        seen.push(0.0);
    }
    let finite = seen.iter().copied().filter(|v| v.is_finite());
    let (mut lo, mut hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if !lo.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    if hi - lo < 1e-12 {
        hi = lo + if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
    }
    let pad = (hi - lo) * 0.05;
    let scale = Scale {
        from: spec.from_ns as f64,
        span: (spec.until_ns - spec.from_ns).max(1) as f64,
        lo: if spec.rate { lo.max(0.0) } else { lo - pad },
        hi: hi + pad,
    };
    let height = VALUE_HEIGHT + if spec.rate { N_HEIGHT } else { 0.0 };
    let mut svg = String::with_capacity(4096 + windows.len() * 160);
    let _ = write!(
        svg,
        "<svg id=\"{id}\" class=\"plot\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" \
         height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\">",
        id = escape(spec.id)
    );
    axes(&mut svg, &scale, spec);
    if let Some(k) = spec.band_k {
        band_and_mean(&mut svg, windows, &scale, k);
    }
    if let Some(t) = spec.threshold {
        let y = scale.y(t);
        let _ = write!(
            svg,
            "<line class=\"threshold\" x1=\"{LEFT}\" x2=\"{x2:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\">\
             <title>threshold {}</title></line>",
            number(Some(t), spec.rate),
            x2 = WIDTH - RIGHT
        );
    }
    values(&mut svg, windows, &scale, spec.rate);
    for mark in marks {
        let x = scale.x(mark.at_ns);
        let _ = write!(
            svg,
            "<line class=\"mark mark-{state}\" data-state=\"{state}\" x1=\"{x:.1}\" x2=\"{x:.1}\" \
             y1=\"{TOP}\" y2=\"{y2:.1}\"><title>{state} at {at}</title></line>",
            state = escape(&mark.state),
            y2 = VALUE_HEIGHT - BOTTOM,
            at = time(mark.at_ns)
        );
    }
    if spec.rate {
        n_strip(&mut svg, windows, &scale);
    }
    svg.push_str("</svg>");
    svg
}

fn axes(svg: &mut String, scale: &Scale, spec: &PlotSpec<'_>) {
    let bottom = VALUE_HEIGHT - BOTTOM;
    for i in 0..=4 {
        let v = scale.lo + (scale.hi - scale.lo) * f64::from(i) / 4.0;
        let y = scale.y(v);
        let _ = write!(
            svg,
            "<line class=\"grid\" x1=\"{LEFT}\" x2=\"{x2:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>\
             <text x=\"{tx:.1}\" y=\"{ty:.1}\" text-anchor=\"end\">{label}</text>",
            x2 = WIDTH - RIGHT,
            tx = LEFT - 4.0,
            ty = y + 4.0,
            label = number(Some(v), spec.rate)
        );
    }
    for i in 0..=4 {
        let ns = spec.from_ns + (spec.until_ns - spec.from_ns) / 4 * i;
        let x = scale.x(ns);
        let anchor = match i {
            0 => "start",
            4 => "end",
            _ => "middle",
        };
        // `2026-12-06T08:15:00Z` → `12-06 08:15`
        let t = time(ns);
        let label = format!("{} {}", &t[5..10], &t[11..16]);
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\">{label}</text>",
            y = bottom + 15.0
        );
    }
    let _ = write!(
        svg,
        "<line class=\"axis\" x1=\"{LEFT}\" x2=\"{LEFT}\" y1=\"{TOP}\" y2=\"{bottom}\"/>\
         <line class=\"axis\" x1=\"{LEFT}\" x2=\"{x2}\" y1=\"{bottom}\" y2=\"{bottom}\"/>",
        x2 = WIDTH - RIGHT
    );
}

/// Runs of consecutive windows that have a baseline: one closed band shape and one mean
/// line each.
fn band_and_mean(svg: &mut String, windows: &[WindowRow], scale: &Scale, k: f64) {
    let mut band_path = String::new();
    let mut mean_path = String::new();
    for run in windows.split(|w| band(w, k).is_none()) {
        if run.is_empty() {
            continue;
        }
        let upper: Vec<String> = run
            .iter()
            .filter_map(|w| {
                let (_, top) = band(w, k)?;
                Some(format!(
                    "{:.1},{:.1}",
                    scale.x(w.window_start_ns),
                    scale.y(top)
                ))
            })
            .collect();
        let lower: Vec<String> = run
            .iter()
            .rev()
            .filter_map(|w| {
                let (bottom, _) = band(w, k)?;
                Some(format!(
                    "{:.1},{:.1}",
                    scale.x(w.window_start_ns),
                    scale.y(bottom.max(scale.lo))
                ))
            })
            .collect();
        let _ = write!(band_path, "M{}L{}Z", upper.join("L"), lower.join("L"));
        let mean: Vec<String> = run
            .iter()
            .filter_map(|w| {
                Some(format!(
                    "{:.1},{:.1}",
                    scale.x(w.window_start_ns),
                    scale.y(w.baseline_mean?)
                ))
            })
            .collect();
        let _ = write!(mean_path, "M{}", mean.join("L"));
    }
    if !band_path.is_empty() {
        let _ = write!(
            svg,
            "<path class=\"band\" d=\"{band_path}\"><title>baseline mean ± {k}σ</title></path>\
             <path class=\"mean\" d=\"{mean_path}\"><title>baseline mean</title></path>"
        );
    }
}

fn values(svg: &mut String, windows: &[WindowRow], scale: &Scale, rate: bool) {
    let mut path = String::new();
    let mut pen_down = false;
    for w in windows {
        match w.value {
            Some(v) if v.is_finite() => {
                let _ = write!(
                    path,
                    "{}{:.1},{:.1}",
                    if pen_down { "L" } else { "M" },
                    scale.x(w.window_start_ns),
                    scale.y(v)
                );
                pen_down = true;
            }
            _ => pen_down = false,
        }
    }
    if !path.is_empty() {
        let _ = write!(svg, "<path class=\"value\" d=\"{path}\"/>");
    }
    let draw_points = windows.len() <= MAX_POINTS;
    for w in windows {
        let breach = w.verdict == "breach";
        let Some(v) = (if breach {
            w.judged_value.or(w.value)
        } else {
            w.value
        })
        .filter(|v| v.is_finite()) else {
            continue;
        };
        if !breach && !draw_points {
            continue;
        }
        let _ = write!(
            svg,
            "<circle class=\"{class}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\">\
             <title>{start}: {value} (n={n}, {verdict}{z})</title></circle>",
            class = if breach { "breach" } else { "point" },
            x = scale.x(w.window_start_ns),
            y = scale.y(v),
            r = if breach { 4.5 } else { 2.0 },
            start = time(w.window_start_ns),
            value = number(Some(v), rate),
            n = w.n,
            verdict = escape(&w.verdict),
            z = w.z.map(|z| format!(", z={z:.1}")).unwrap_or_default()
        );
    }
}

fn n_strip(svg: &mut String, windows: &[WindowRow], scale: &Scale) {
    let top = VALUE_HEIGHT + 4.0;
    let height = N_HEIGHT - 10.0;
    let max = windows.iter().map(|w| w.n).max().unwrap_or(0).max(1) as f64;
    let step = if windows.len() > 1 {
        (scale.x(windows[1].window_start_ns) - scale.x(windows[0].window_start_ns)).abs()
    } else {
        4.0
    };
    let width = (step * 0.8).clamp(0.5, 12.0);
    let _ = write!(
        svg,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"end\">n ≤ {max}</text>",
        x = LEFT - 4.0,
        y = top + 10.0
    );
    for w in windows {
        let h = w.n as f64 / max * height;
        let _ = write!(
            svg,
            "<rect class=\"n-bar\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{h:.1}\">\
             <title>{start}: n={n}</title></rect>",
            x = scale.x(w.window_start_ns) - width / 2.0,
            y = top + height - h,
            start = time(w.window_start_ns),
            n = w.n
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000_000_000;

    fn window(i: i64, value: f64, mean: Option<f64>, verdict: &str) -> WindowRow {
        WindowRow {
            service: "s".into(),
            agent: String::new(),
            metric: "tool_error_rate".into(),
            dimension: String::new(),
            window_start: String::new(),
            window_end: String::new(),
            window_start_ns: i * MIN,
            rule: "r".into(),
            n: 20 + i,
            value: Some(value),
            judged_value: Some(value),
            baseline_mean: mean,
            baseline_sigma: mean.map(|_| 0.01),
            z: mean.map(|m| (value - m) / 0.01),
            verdict: verdict.into(),
            state: "inactive".into(),
            pooled_windows: 1,
            in_baseline: true,
            exemplars: "[]".into(),
        }
    }

    fn spec() -> PlotSpec<'static> {
        PlotSpec {
            id: "plot-r",
            from_ns: 0,
            until_ns: 10 * MIN,
            rate: true,
            band_k: Some(3.0),
            threshold: None,
        }
    }

    #[test]
    fn draws_band_breaches_marks_and_n() {
        let windows = vec![
            window(0, 0.05, None, "warming_up"),
            window(1, 0.05, Some(0.05), "ok"),
            window(2, 0.06, Some(0.05), "ok"),
            window(3, 0.5, Some(0.05), "breach"),
        ];
        let marks = [Mark {
            at_ns: 4 * MIN,
            state: "firing".into(),
        }];
        let svg = chart(&windows, &marks, &spec());
        assert!(svg.starts_with("<svg id=\"plot-r\""));
        assert_eq!(svg.matches("class=\"band\"").count(), 1);
        assert_eq!(svg.matches("class=\"breach\"").count(), 1);
        assert_eq!(svg.matches("class=\"point\"").count(), 3);
        assert_eq!(svg.matches("class=\"n-bar\"").count(), 4);
        assert_eq!(svg.matches("class=\"mark mark-firing\"").count(), 1);
        // The band starts with the first window that has a baseline.
        let band = svg.split("class=\"band\" d=\"M").nth(1).unwrap();
        assert!(band.starts_with(&format!("{:.1},", LEFT + (WIDTH - LEFT - RIGHT) / 10.0)));
        assert!(svg.contains("50.00% (n=23, breach, z=45.0)"), "{svg}");
    }

    #[test]
    fn a_gap_in_the_baseline_splits_the_band_and_a_static_rule_draws_its_threshold() {
        let windows = vec![
            window(0, 0.1, Some(0.1), "ok"),
            window(1, 0.1, None, "insufficient_data"),
            window(2, 0.1, Some(0.1), "ok"),
        ];
        let svg = chart(&windows, &[], &spec());
        let band = svg.split("class=\"band\" d=\"").nth(1).unwrap();
        let d = band.split('"').next().unwrap();
        assert_eq!(d.matches('M').count(), 2, "{d}");
        let fixed = PlotSpec {
            band_k: None,
            threshold: Some(0.2),
            rate: false,
            ..spec()
        };
        let svg = chart(&windows, &[], &fixed);
        assert!(svg.contains("class=\"threshold\""));
        assert!(!svg.contains("class=\"band\""));
        assert!(!svg.contains("n-bar"), "n is drawn for rates only");
    }

    #[test]
    fn an_empty_series_still_draws_axes() {
        let svg = chart(&[], &[], &spec());
        assert!(svg.contains("class=\"axis\""));
        assert!(!svg.contains("class=\"value\""));
    }
}
