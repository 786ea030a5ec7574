//! `/ui/evaluators` — per service and agent, each evaluator's rate over the last hour, and
//! the newest failing spans with their masked evidence (never the span's content: the
//! `detail` column holds only what the evaluator masked).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use serde::Deserialize;

use super::html::{escape, stored_time, time, url};
use super::{PageResult, Pages, now_ns, ok, time_param, trace_links};
use crate::store::ScoreQuery;

const HOUR: i64 = 3_600_000_000_000;
/// Most scores counted for the rates (the newest of the hour).
const MAX_COUNTED: usize = 500_000;
/// Failing spans listed.
const MAX_FAILURES: usize = 50;
/// Evidence longer than this is cut (it is JSON of masked findings).
const MAX_EVIDENCE: usize = 400;

/// (service, agent) → evaluator → label → count.
type Counts = BTreeMap<(String, String), BTreeMap<String, BTreeMap<String, u64>>>;

/// The query string.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Params {
    service: Option<String>,
    until: Option<String>,
}

pub(super) async fn page(
    State(pages): State<Pages>,
    params: Result<Query<Params>, QueryRejection>,
) -> PageResult {
    let Query(params) = params?;
    let service = params.service.as_deref().filter(|s| !s.is_empty());
    let until = match params.until.as_deref().filter(|s| !s.is_empty()) {
        Some(t) => time_param("until", t)?,
        None => default_until(&pages).await?,
    };
    let since = until - HOUR;
    let counts = pages.store.label_counts(since, until, MAX_COUNTED).await?;
    let counted: u64 = counts.iter().map(|c| c.count).sum();
    let mut table = Counts::new();
    let mut evaluators = BTreeSet::new();
    for c in counts {
        if service.is_some_and(|s| s != c.service) {
            continue;
        }
        evaluators.insert(c.evaluator.clone());
        *table
            .entry((c.service, c.agent))
            .or_default()
            .entry(c.evaluator)
            .or_default()
            .entry(c.label)
            .or_default() += c.count;
    }
    let failures = pages
        .store
        .query_scores(&ScoreQuery {
            service: service.map(str::to_owned),
            label: Some("fail".into()),
            ended_since_ns: Some(since),
            ended_until_ns: Some(until),
            limit: MAX_FAILURES,
            ..Default::default()
        })
        .await?;

    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>Evaluators</h1><p class=\"note\" id=\"hour\">The hour from {} to {}{}. \
         <a href=\"{}\">previous hour</a> · <a href=\"/ui/series\">series</a></p>",
        time(since),
        time(until),
        service
            .map(|s| format!(", service {}", escape(s)))
            .unwrap_or_default(),
        escape(&url(
            "/ui/evaluators",
            &[("service", service.unwrap_or("")), ("until", &time(since))]
        ))
    );
    body.push_str("<h2>Rates</h2>");
    if table.is_empty() {
        body.push_str("<p id=\"no-scores\">No span was scored in this hour.</p>");
    } else {
        rates(&mut body, &table, &evaluators);
        if counted >= MAX_COUNTED as u64 {
            let _ = write!(
                body,
                "<p class=\"note\">Counted over the newest {MAX_COUNTED} scores of the hour only.</p>"
            );
        }
    }
    body.push_str("<h2>Newest failing spans</h2>");
    if failures.is_empty() {
        body.push_str("<p id=\"no-failures\">No failing span in this hour.</p>");
    } else {
        let _ = write!(
            body,
            "<table id=\"failures\"><tr><th>Start</th><th>Service</th><th>Agent</th>\
             <th>Evaluator</th><th>Span</th><th>Tool / model</th><th>Trace</th>\
             <th>Evidence (masked)</th></tr>"
        );
        for f in &failures {
            let what = f.tool.as_deref().or(f.model.as_deref()).unwrap_or("");
            let evidence = f.detail.as_deref().unwrap_or("");
            let evidence = match evidence.char_indices().nth(MAX_EVIDENCE) {
                Some((cut, _)) => format!("{}…", &evidence[..cut]),
                None => evidence.to_owned(),
            };
            let _ = write!(
                body,
                "<tr class=\"failure\"><td class=\"t\">{start}</td><td>{service}</td><td>{agent}</td>\
                 <td>{evaluator}</td><td>{span}</td><td>{what}</td><td>{trace}</td>\
                 <td class=\"evidence\">{evidence}</td></tr>",
                start = escape(&stored_time(&f.time)),
                service = escape(&f.service),
                agent = escape(f.agent.as_deref().unwrap_or("")),
                evaluator = escape(&f.evaluator),
                span = escape(&f.span_name),
                what = escape(what),
                trace = trace_links(&pages.config, &[f.trace_id.to_string()], 1),
                evidence = escape(&evidence),
            );
        }
        body.push_str("</table>");
    }
    ok("Evaluators", "/ui/evaluators", &body)
}

/// The hour shown when none is asked for ends now, or, when the newest window is older than
/// an hour (a store filled by replaying old traffic), at the end of that window.
async fn default_until(pages: &Pages) -> Result<i64, super::PageError> {
    let now = now_ns();
    Ok(match pages.store.latest_window_start().await? {
        Some(start) if start + pages.window_ns() < now - HOUR => start + pages.window_ns(),
        _ => now,
    })
}

fn rates(body: &mut String, table: &Counts, evaluators: &BTreeSet<String>) {
    body.push_str("<table id=\"rates\"><tr><th>Service</th><th>Agent</th>");
    for e in evaluators {
        let _ = write!(body, "<th>{}</th>", escape(e));
    }
    body.push_str("</tr>");
    for ((service, agent), by_evaluator) in table {
        let _ = write!(
            body,
            "<tr class=\"rate-row\"><td><a href=\"{link}\">{service}</a></td><td>{agent}</td>",
            link = escape(&url("/ui/evaluators", &[("service", service)])),
            service = escape(service),
            agent = escape(agent),
        );
        for e in evaluators {
            let labels = by_evaluator.get(e);
            let get = |l: &str| labels.and_then(|m| m.get(l)).copied().unwrap_or(0);
            // A hit: what the evaluator looks for (fail), or slower than its threshold (slow).
            let hits = get("fail") + get("slow");
            let scored = hits + get("ok");
            let cell = if scored == 0 {
                "–".to_owned()
            } else {
                format!(
                    "{:.2}% <span class=\"note\">({hits}/{scored})</span>",
                    hits as f64 / scored as f64 * 100.0
                )
            };
            let _ = write!(
                body,
                "<td class=\"num\" data-evaluator=\"{}\">{cell}</td>",
                escape(e)
            );
        }
        body.push_str("</tr>");
    }
    body.push_str("</table>");
}
