//! `/ui` — now: the active alerts (pending and firing) and the latest transitions.

use std::fmt::Write;

use axum::extract::State;

use super::html::{escape, number, stored_time};
use super::{PageResult, Pages, RuleView, ok, series_link, series_name, trace_links};
use crate::store::{AlertQuery, AlertRow};

/// Most active alerts shown.
const MAX_ACTIVE: usize = 200;
/// Latest transitions shown.
const RECENT: usize = 25;
/// Exemplar trace ids shown per alert.
const MAX_EXEMPLARS: usize = 5;

pub(super) async fn page(State(pages): State<Pages>) -> PageResult {
    let active = pages
        .store
        .query_alerts(&AlertQuery {
            active: true,
            limit: MAX_ACTIVE,
            ..Default::default()
        })
        .await?;
    let recent = pages
        .store
        .query_alerts(&AlertQuery {
            limit: RECENT,
            ..Default::default()
        })
        .await?;
    let mut body = String::new();
    let firing = active.iter().filter(|a| a.state == "firing").count();
    let _ = write!(
        body,
        "<h1>Now</h1><p class=\"note\" id=\"summary\">{firing} firing, {} pending</p>",
        active.len() - firing
    );
    body.push_str("<h2>Active alerts</h2>");
    if active.is_empty() {
        body.push_str("<p id=\"no-alerts\">No alert is pending or firing.</p>");
    } else {
        alerts_table(&mut body, &pages, &active, "active-alerts", true);
        if active.len() == MAX_ACTIVE {
            let _ = write!(body, "<p class=\"note\">The newest {MAX_ACTIVE} only.</p>");
        }
    }
    body.push_str("<h2>Latest transitions</h2>");
    if recent.is_empty() {
        body.push_str("<p>No alert has changed state yet.</p>");
    } else {
        alerts_table(&mut body, &pages, &recent, "transitions", false);
    }
    ok("Now", "/ui", &body)
}

/// What the value was judged against: the baseline (mean, σ, z) or the static threshold.
fn judged_against(pages: &Pages, a: &AlertRow) -> String {
    let rate = a.metric.is_rate();
    match pages.rules.get(&a.rule) {
        Some(RuleView::Static { op, threshold }) => {
            format!("{op} {}", number(Some(*threshold), rate))
        }
        Some(RuleView::Anomaly { sigma }) => match (a.baseline_mean, a.baseline_sigma) {
            (Some(mean), Some(s)) => format!(
                "baseline {} ± {sigma}σ (σ {}){}",
                number(Some(mean), rate),
                number(Some(s), rate),
                a.z.map(|z| format!(", z {z:.1}")).unwrap_or_default()
            ),
            _ => "baseline –".to_owned(),
        },
        // A rule no longer in the pipeline: what the row says.
        None => match a.baseline_mean {
            Some(mean) => format!("baseline {}", number(Some(mean), rate)),
            None => "–".to_owned(),
        },
    }
}

/// Each notifier's delivery status of a transition (a JSON object in the row).
fn deliveries(json: &str) -> String {
    let map: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(json).unwrap_or_default();
    if map.is_empty() {
        return "<span class=\"note\">none</span>".to_owned();
    }
    map.iter()
        .map(|(notifier, status)| {
            let status = status.as_str().unwrap_or("?");
            format!(
                "<span class=\"delivery d-{s}\" data-notifier=\"{n}\">{n}: {s}</span>",
                n = escape(notifier),
                s = escape(status)
            )
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

fn alerts_table(body: &mut String, pages: &Pages, rows: &[AlertRow], id: &str, active: bool) {
    let _ = write!(
        body,
        "<table id=\"{id}\"><tr><th>Severity</th><th>State</th><th>{since}</th><th>Rule</th>\
         <th>Series</th><th>Value</th><th>Judged against</th><th>Exemplar traces</th>\
         <th>Delivery</th></tr>",
        since = if active { "Since" } else { "At" }
    );
    for a in rows {
        let severity = a.severity.as_str();
        let state = a.state.as_str();
        let reason = if a.resolved_reason.is_empty() {
            String::new()
        } else {
            format!(" ({})", escape(&a.resolved_reason))
        };
        let link = series_link(
            &a.service,
            &a.agent,
            a.metric.as_str(),
            &a.dimension,
            &a.rule,
        );
        let _ = write!(
            body,
            "<tr class=\"alert\" data-state=\"{state}\" data-rule=\"{rule}\">\
             <td><span class=\"sev-{severity}\">{severity}</span></td>\
             <td class=\"st-{state}\">{state}{reason}</td><td class=\"t\">{at}</td><td>{rule}</td>\
             <td><a class=\"series\" href=\"{link}\">{series}</a></td>\
             <td class=\"num\">{value}</td><td>{against}</td><td>{traces}</td>\
             <td>{delivery}</td></tr>",
            rule = escape(&a.rule),
            at = escape(&stored_time(&a.at)),
            link = escape(&link),
            series = escape(&series_name(
                &a.service,
                &a.agent,
                a.metric.as_str(),
                &a.dimension
            )),
            value = number(a.value, a.metric.is_rate()),
            against = escape(&judged_against(pages, a)),
            traces = trace_links(
                &pages.config,
                &super::exemplars(&a.exemplars),
                MAX_EXEMPLARS
            ),
            delivery = deliveries(&a.delivery),
        );
    }
    body.push_str("</table>");
}
