//! `/ui/series` — one series' windows over a range against the baseline band its rule judged
//! them by; without a series named, the series that closed a window in the newest hour.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::time::Duration;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use serde::Deserialize;

use super::html::{escape, number, time};
use super::plot::{self, Mark, PlotSpec};
use super::{
    PageError, PageResult, Pages, RuleView, duration_param, human, ok, series_link, series_name,
    time_param, trace_links,
};
use crate::eval::Metric;
use crate::store::{AlertQuery, WindowQuery, WindowRow, format_time};

/// The longest range a chart covers.
const MAX_RANGE: Duration = Duration::from_secs(31 * 86400);
/// The range shown when none is asked for, in windows (a day of 5-minute windows).
const DEFAULT_WINDOWS: i64 = 288;
/// Most windows read for one chart page (a week of 5-minute windows for two rules).
const MAX_WINDOWS: usize = 5000;
/// Most alert transitions marked.
const MAX_MARKS: usize = 500;
/// Rows of the table under the charts.
const TABLE_ROWS: usize = 100;
/// Most windows read for the index of series.
const MAX_INDEX_WINDOWS: usize = 5000;
/// The index lists the series with a window among the newest this many windows, unless
/// `within` says otherwise.
const INDEX_WINDOWS: i64 = 3;
/// The longest `within` of the index.
const MAX_WITHIN: Duration = Duration::from_secs(86400);

/// The query string.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Params {
    service: Option<String>,
    #[serde(default)]
    agent: String,
    metric: Option<String>,
    #[serde(default)]
    dimension: String,
    rule: Option<String>,
    from: Option<String>,
    until: Option<String>,
    range: Option<String>,
    /// The index only: how far back before the newest window a series' window lists it.
    within: Option<String>,
}

/// Empty parameters (`?rule=` from a form) count as absent.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

pub(super) async fn page(
    State(pages): State<Pages>,
    params: Result<Query<Params>, QueryRejection>,
) -> PageResult {
    let Query(params) = params?;
    let Some(service) = given(&params.service) else {
        if given(&params.metric).is_some() {
            return Err(PageError::bad_request("service: missing"));
        }
        return index(&pages, given(&params.within)).await;
    };
    let metric_name =
        given(&params.metric).ok_or_else(|| PageError::bad_request("metric: missing"))?;
    let metric = Metric::parse(metric_name).ok_or_else(|| {
        PageError::bad_request(format!(
            "metric: '{metric_name}' is not one of {}",
            Metric::names().join(", ")
        ))
    })?;
    let rule = given(&params.rule);
    let series = WindowQuery {
        service: Some(service.to_owned()),
        agent: Some(params.agent.clone()),
        metric: Some(metric_name.to_owned()),
        dimension: Some(params.dimension.clone()),
        rule: rule.map(str::to_owned),
        ..Default::default()
    };
    let name = series_name(service, &params.agent, metric_name, &params.dimension);
    let newest = pages
        .store
        .query_windows(&WindowQuery {
            limit: 1,
            ..series.clone()
        })
        .await?;
    let Some(newest) = newest.first() else {
        return Err(PageError::not_found(format!(
            "no windows of series {name}{}",
            rule.map(|r| format!(" judged by rule '{r}'"))
                .unwrap_or_default()
        )));
    };
    let window = pages.window_ns();
    let (from_ns, until_ns) = range(&params, newest.window_start_ns + window, window)?;
    let mut windows = pages
        .store
        .query_windows(&WindowQuery {
            since: Some(format_time(from_ns as u64)),
            until: Some(format_time(until_ns as u64)),
            limit: MAX_WINDOWS,
            ..series.clone()
        })
        .await?;
    let capped = windows.len() == MAX_WINDOWS;
    windows.reverse();
    let transitions = pages
        .store
        .query_alerts(&AlertQuery {
            service: series.service.clone(),
            agent: series.agent.clone(),
            metric: series.metric.clone(),
            dimension: series.dimension.clone(),
            rule: series.rule.clone(),
            since: Some(format_time(from_ns as u64)),
            until: Some(format_time(until_ns as u64)),
            limit: MAX_MARKS,
            ..Default::default()
        })
        .await?;
    let mut by_rule: BTreeMap<&str, Vec<WindowRow>> = BTreeMap::new();
    for w in &windows {
        by_rule.entry(w.rule.as_str()).or_default().push(w.clone());
    }

    let mut body = String::new();
    let _ = write!(
        body,
        "<h1 id=\"series-name\">{}</h1><p class=\"note\">{} to {}: {} windows of {}{}</p>",
        escape(&name),
        time(from_ns),
        time(until_ns),
        windows.len(),
        human(pages.window),
        if capped {
            format!(" (the newest {MAX_WINDOWS} only: choose a shorter range)")
        } else {
            String::new()
        }
    );
    range_form(&mut body, &params, service, metric_name, from_ns, until_ns);
    if windows.is_empty() {
        body.push_str("<p id=\"no-windows\">No window of this series in this range.</p>");
    }
    for (rule_name, rows) in &by_rule {
        let view = pages.rules.get(*rule_name);
        let (band_k, threshold, how) = match view {
            Some(RuleView::Anomaly { sigma }) => (
                Some(*sigma),
                None,
                format!("anomaly: band = baseline mean ± {sigma}σ"),
            ),
            Some(RuleView::Static { op, threshold }) => (
                None,
                Some(*threshold),
                format!(
                    "static: breach when value {op} {}",
                    number(Some(*threshold), metric.is_rate())
                ),
            ),
            None if rule_name.is_empty() => (None, None, "no rule judges this series".into()),
            None => (None, None, "a rule no longer in the pipeline".into()),
        };
        let marks: Vec<Mark> = transitions
            .iter()
            .filter(|a| a.rule == *rule_name)
            .filter(|a| a.state == "firing" || a.state == "resolved" || a.state == "pending")
            .filter_map(|a| {
                Some(Mark {
                    at_ns: crate::store::parse_ns(&a.at, "at").ok()?,
                    state: a.state.as_str().to_owned(),
                })
            })
            .collect();
        let breaches = rows.iter().filter(|w| w.verdict == "breach").count();
        let id = format!("plot-{}", html_id(rule_name));
        let _ = write!(
            body,
            "<h2>Rule {rule} <span class=\"note\">({how}; {breaches} breaching windows, \
             {marks} transitions)</span></h2>",
            rule = if rule_name.is_empty() {
                "–".to_owned()
            } else {
                escape(rule_name)
            },
            how = escape(&how),
            marks = marks.len()
        );
        body.push_str(&plot::chart(
            rows,
            &marks,
            &PlotSpec {
                id: &id,
                from_ns,
                until_ns,
                rate: metric.is_rate(),
                band_k,
                threshold,
            },
        ));
    }
    if !windows.is_empty() {
        window_table(&mut body, &pages, &windows, metric.is_rate());
    }
    ok(&name, "/ui/series", &body)
}

/// `[from, until)` from the parameters; `until` defaults to `default_until` (the end of the
/// series' newest window), the length to [`DEFAULT_WINDOWS`] windows of `window` ns.
fn range(params: &Params, default_until: i64, window: i64) -> Result<(i64, i64), PageError> {
    let until = match given(&params.until) {
        Some(t) => time_param("until", t)?,
        None => default_until,
    };
    let from = match (given(&params.from), given(&params.range)) {
        (Some(_), Some(_)) => {
            return Err(PageError::bad_request(
                "from and range: give one of them, not both",
            ));
        }
        (Some(t), None) => time_param("from", t)?,
        (None, Some(r)) => until - duration_param("range", r, MAX_RANGE)?.as_nanos() as i64,
        (None, None) => until - (DEFAULT_WINDOWS * window).min(MAX_RANGE.as_nanos() as i64),
    };
    if from >= until {
        return Err(PageError::bad_request(format!(
            "from: {} is not before until: {}",
            time(from),
            time(until)
        )));
    }
    if (until - from) as u128 > MAX_RANGE.as_nanos() {
        return Err(PageError::bad_request(format!(
            "from..until: longer than {}",
            human(MAX_RANGE)
        )));
    }
    Ok((from, until))
}

/// A rule name as an id (letters, digits, `-`, `_`; others become `_`).
fn html_id(rule: &str) -> String {
    if rule.is_empty() {
        return "none".to_owned();
    }
    rule.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn range_form(
    body: &mut String,
    params: &Params,
    service: &str,
    metric: &str,
    from_ns: i64,
    until_ns: i64,
) {
    let hidden = |name: &str, value: &str| {
        format!(
            "<input type=\"hidden\" name=\"{name}\" value=\"{}\">",
            escape(value)
        )
    };
    let _ = write!(
        body,
        "<form class=\"range\" method=\"get\" action=\"/ui/series\">{}{}{}{}{}\
         from <input name=\"from\" value=\"{}\"> until <input name=\"until\" value=\"{}\"> \
         <button>Show</button></form><p class=\"note\">",
        hidden("service", service),
        hidden("agent", &params.agent),
        hidden("metric", metric),
        hidden("dimension", &params.dimension),
        hidden("rule", given(&params.rule).unwrap_or("")),
        time(from_ns),
        time(until_ns)
    );
    for range in ["6h", "1d", "7d"] {
        let link = super::html::url(
            "/ui/series",
            &[
                ("service", service),
                ("agent", &params.agent),
                ("metric", metric),
                ("dimension", &params.dimension),
                ("rule", given(&params.rule).unwrap_or("")),
                ("until", &time(until_ns)),
                ("range", range),
            ],
        );
        let _ = write!(body, "<a href=\"{}\">last {range}</a> ", escape(&link));
    }
    body.push_str("</p>");
}

fn window_table(body: &mut String, pages: &Pages, windows: &[WindowRow], rate: bool) {
    let _ = write!(
        body,
        "<h2>Newest windows</h2><table id=\"windows\"><tr><th>Start</th><th>Rule</th>\
         <th>n</th><th>Value</th><th>Judged</th><th>Mean</th><th>σ</th><th>z</th>\
         <th>Verdict</th><th>State</th><th>Exemplars</th></tr>"
    );
    for w in windows.iter().rev().take(TABLE_ROWS) {
        let _ = write!(
            body,
            "<tr class=\"window\" data-verdict=\"{verdict}\"><td class=\"t\">{start}</td><td>{rule}</td>\
             <td class=\"num\">{n}</td><td class=\"num\">{value}</td><td class=\"num\">{judged}</td>\
             <td class=\"num\">{mean}</td><td class=\"num\">{sigma}</td><td class=\"num\">{z}</td>\
             <td>{verdict}</td><td class=\"st-{state}\">{state}</td><td>{traces}</td></tr>",
            start = time(w.window_start_ns),
            rule = escape(&w.rule),
            n = w.n,
            value = number(w.value, rate),
            judged = number(w.judged_value, rate),
            mean = number(w.baseline_mean, rate),
            sigma = number(w.baseline_sigma, rate),
            z = w.z.map(|z| format!("{z:.1}")).unwrap_or_else(|| "–".into()),
            verdict = escape(&w.verdict),
            state = escape(&w.state),
            traces = trace_links(&pages.config, &super::exemplars(&w.exemplars), 3),
        );
    }
    body.push_str("</table>");
}

/// The series that closed a window within `within` (default: the newest [`INDEX_WINDOWS`]
/// windows) up to the newest stored window.
async fn index(pages: &Pages, within: Option<&str>) -> PageResult {
    let within = match within {
        Some(w) => duration_param("within", w, MAX_WITHIN)?.as_nanos() as i64,
        None => INDEX_WINDOWS * pages.window_ns(),
    };
    let mut body = String::from("<h1>Series</h1>");
    let Some(newest) = pages.store.latest_window_start().await? else {
        body.push_str("<p id=\"no-series\">No window has closed yet.</p>");
        return ok("Series", "/ui/series", &body);
    };
    let end = newest + pages.window_ns();
    let since = end - within;
    let windows = pages
        .store
        .query_windows(&WindowQuery {
            since: Some(format_time(since.max(0) as u64)),
            // No window starts after the newest; the bound on both sides also lets SQLite
            // read the range by its index (with one side only it scans the table).
            until: Some(format_time(end as u64)),
            limit: MAX_INDEX_WINDOWS,
            ..Default::default()
        })
        .await?;
    // The newest window of each (series, rule): the query is newest first.
    let mut latest: BTreeMap<(&str, &str, &str, &str, &str), &WindowRow> = BTreeMap::new();
    for w in &windows {
        latest
            .entry((&w.service, &w.agent, &w.metric, &w.dimension, &w.rule))
            .or_insert(w);
    }
    let _ = write!(
        body,
        "<p class=\"note\">{} series with a window in the {} up to {} \
         (<a href=\"/ui/series?within=1h\">1h</a>, <a href=\"/ui/series?within=1d\">1d</a>).</p>\
         <table id=\"series\"><tr><th>Series</th><th>Rule</th><th>Newest window</th><th>n</th>\
         <th>Value</th><th>Verdict</th><th>State</th></tr>",
        latest.len(),
        human(Duration::from_nanos(within as u64)),
        time(end)
    );
    for ((service, agent, metric, dimension, rule), w) in &latest {
        let rate = Metric::parse(metric).is_some_and(Metric::is_rate);
        let _ = write!(
            body,
            "<tr><td><a href=\"{link}\">{name}</a></td><td>{rule}</td><td>{start}</td>\
             <td class=\"num\">{n}</td><td class=\"num\">{value}</td><td>{verdict}</td>\
             <td class=\"st-{state}\">{state}</td></tr>",
            link = escape(&series_link(service, agent, metric, dimension, rule)),
            name = escape(&series_name(service, agent, metric, dimension)),
            rule = escape(rule),
            start = time(w.window_start_ns),
            n = w.n,
            value = number(w.value, rate),
            verdict = escape(&w.verdict),
            state = escape(&w.state),
        );
    }
    body.push_str("</table>");
    if windows.len() == MAX_INDEX_WINDOWS {
        let _ = write!(
            body,
            "<p class=\"note\">From the newest {MAX_INDEX_WINDOWS} windows only.</p>"
        );
    }
    ok("Series", "/ui/series", &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(from: Option<&str>, until: Option<&str>, range: Option<&str>) -> Params {
        Params {
            service: Some("s".into()),
            agent: String::new(),
            metric: Some("tool_error_rate".into()),
            dimension: String::new(),
            rule: None,
            from: from.map(Into::into),
            until: until.map(Into::into),
            range: range.map(Into::into),
            within: None,
        }
    }

    const T: i64 = 1_793_577_600_000_000_000;
    const H: i64 = 3_600_000_000_000;

    #[test]
    fn ranges_default_to_288_windows_before_the_newest_window() {
        let five_minutes = H / 12;
        assert_eq!(
            range(&params(None, None, None), T, five_minutes).unwrap(),
            (T - 24 * H, T)
        );
        assert_eq!(
            range(&params(None, None, None), T, 60_000_000_000).unwrap(),
            (T - 288 * 60_000_000_000, T)
        );
        assert_eq!(
            range(&params(None, None, Some("6h")), T, five_minutes).unwrap(),
            (T - 6 * H, T)
        );
        assert_eq!(
            range(
                &params(
                    Some("2026-11-01T23:00:00Z"),
                    Some("2026-11-02T00:00:00Z"),
                    None
                ),
                0,
                five_minutes
            )
            .unwrap(),
            (T - H, T)
        );
    }

    #[test]
    fn bad_ranges_say_which_parameter() {
        let message = |p: Params| range(&p, T, H).unwrap_err().message;
        assert!(message(params(Some("x"), None, None)).starts_with("from:"));
        assert!(message(params(None, Some("x"), None)).starts_with("until:"));
        assert!(message(params(None, None, Some("90d"))).starts_with("range:"));
        assert!(
            message(params(Some("2026-11-02T00:00:00Z"), None, Some("1h"))).contains("not both")
        );
        assert!(message(params(Some("2026-11-03T00:00:00Z"), None, None)).contains("not before"));
        assert!(message(params(Some("2026-01-01T00:00:00Z"), None, None)).contains("longer than"));
    }

    #[test]
    fn rule_names_become_safe_ids() {
        assert_eq!(html_id("tool_errors"), "tool_errors");
        assert_eq!(html_id("a\"><b"), "a___b");
        assert_eq!(html_id(""), "none");
    }
}
