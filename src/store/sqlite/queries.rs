//! Reads: each on its own read-only connection, beside the writer (WAL).

use std::path::Path;

use rusqlite::{params_from_iter, types::Value};

use super::open_connection;
use crate::alert_state::AlertState;
use crate::eval::{Label, Severity};
use crate::store::rows::known_metric;
use crate::store::{
    AlertQuery, AlertRow, LabelCount, NotificationQuery, NotificationRow, ScoreQuery, ScoreRow,
    StoreError, WindowQuery, WindowRow,
};

const NOTIFICATION_COLUMNS: &str = "id, notifier, route, group_key, status, firing, covers, body, \
    created_at, created_ns, delivery, attempts, last_error, next_attempt_ns, delivered_at";

const ALERT_COLUMNS: &str = "dedup_key, rule, severity, service, agent, metric, dimension, \
    state, previous_state, window_start, window_start_ns, at, value, baseline_mean, z, exemplars, \
    baseline_sigma, delivery, resolved_reason";

const WINDOW_COLUMNS: &str = "service, agent, metric, dimension, window_start, window_end, \
    window_start_ns, rule, n, value, judged_value, baseline_mean, baseline_sigma, z, verdict, \
    state, pooled_windows, in_baseline, exemplars";

fn notification_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<NotificationRow> {
    Ok(NotificationRow {
        id: r.get(0)?,
        notifier: r.get(1)?,
        route: r.get(2)?,
        group_key: r.get(3)?,
        status: r.get(4)?,
        firing: r.get(5)?,
        covers: r.get(6)?,
        body: r.get(7)?,
        created_at: r.get(8)?,
        created_ns: r.get(9)?,
        delivery: r.get(10)?,
        attempts: r.get(11)?,
        last_error: r.get(12)?,
        next_attempt_ns: r.get(13)?,
        delivered_at: r.get(14)?,
    })
}

pub(super) fn pending_notifications(path: &Path) -> Result<Vec<NotificationRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {NOTIFICATION_COLUMNS} FROM notifications WHERE delivery = 'pending' \
         ORDER BY created_ns, id"
    ))?;
    let rows = stmt
        .query_map([], notification_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub(super) fn notification_log(path: &Path) -> Result<Vec<NotificationRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {NOTIFICATION_COLUMNS} FROM notifications n WHERE created_ns = \
         (SELECT max(m.created_ns) FROM notifications m WHERE m.notifier = n.notifier \
          AND m.route = n.route AND m.group_key = n.group_key \
          AND m.delivery IN ('pending', 'delivered', 'skipped')) ORDER BY created_ns, id"
    ))?;
    let rows = stmt
        .query_map([], notification_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub(super) fn notifications(
    path: &Path,
    q: &NotificationQuery,
) -> Result<Vec<NotificationRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut sql = format!("SELECT {NOTIFICATION_COLUMNS} FROM notifications WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    add_filter(&mut sql, &mut args, "notifier", "=", &q.notifier);
    add_filter(&mut sql, &mut args, "delivery", "=", &q.delivery);
    sql.push_str(&format!(
        " ORDER BY created_ns DESC, id LIMIT {}",
        q.limit.max(1)
    ));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args), notification_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

fn window_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WindowRow> {
    Ok(WindowRow {
        service: r.get(0)?,
        agent: r.get(1)?,
        metric: r.get(2)?,
        dimension: r.get(3)?,
        window_start: r.get(4)?,
        window_end: r.get(5)?,
        window_start_ns: r.get(6)?,
        rule: r.get(7)?,
        n: r.get(8)?,
        value: r.get(9)?,
        judged_value: r.get(10)?,
        baseline_mean: r.get(11)?,
        baseline_sigma: r.get(12)?,
        z: r.get(13)?,
        verdict: r.get(14)?,
        state: r.get(15)?,
        pooled_windows: r.get(16)?,
        in_baseline: r.get(17)?,
        exemplars: r.get(18)?,
    })
}

/// Append `AND column op ?N` with its bound value when the filter is set.
fn add_filter(
    sql: &mut String,
    args: &mut Vec<Value>,
    column: &str,
    op: &str,
    value: &Option<String>,
) {
    if let Some(v) = value {
        sql.push_str(&format!(" AND {column} {op} ?{}", args.len() + 1));
        args.push(Value::Text(v.clone()));
    }
}

pub(super) fn windows(path: &Path, q: &WindowQuery) -> Result<Vec<WindowRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut sql = format!("SELECT {WINDOW_COLUMNS} FROM windows WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    let mut filter = |column: &str, op: &str, value: &Option<String>| {
        add_filter(&mut sql, &mut args, column, op, value)
    };
    filter("service", "=", &q.service);
    filter("agent", "=", &q.agent);
    filter("metric", "=", &q.metric);
    filter("dimension", "=", &q.dimension);
    filter("verdict", "=", &q.verdict);
    filter("rule", "=", &q.rule);
    filter("window_start", ">=", &q.since);
    filter("window_start", "<", &q.until);
    // The same bounds on the indexed start in ns, so that a time range reads only its rows.
    if let Some(since) = &q.since {
        let ns = crate::store::parse_ns(since, "--since")?;
        sql.push_str(&format!(" AND window_start_ns >= {ns}"));
    }
    if let Some(until) = &q.until {
        let ns = crate::store::parse_ns(until, "--until")?;
        sql.push_str(&format!(" AND window_start_ns < {ns}"));
    }
    sql.push_str(&format!(
        " ORDER BY window_start_ns DESC, service, agent, metric, dimension, rule LIMIT {}",
        q.limit.max(1)
    ));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args), window_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub(super) fn alerts(path: &Path, q: &AlertQuery) -> Result<Vec<AlertRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut sql = format!("SELECT {ALERT_COLUMNS} FROM alerts a WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    let mut filter = |column: &str, op: &str, value: &Option<String>| {
        add_filter(&mut sql, &mut args, column, op, value)
    };
    filter("state", "=", &q.state);
    filter("service", "=", &q.service);
    filter("rule", "=", &q.rule);
    filter("agent", "=", &q.agent);
    filter("metric", "=", &q.metric);
    filter("dimension", "=", &q.dimension);
    filter("at", ">=", &q.since);
    filter("at", "<", &q.until);
    if q.active || q.latest {
        // Only the latest transition of each (rule, series): one per window at most.
        sql.push_str(
            " AND window_start_ns = (SELECT max(b.window_start_ns) FROM alerts b \
             WHERE b.dedup_key = a.dedup_key)",
        );
    }
    if q.active {
        sql.push_str(" AND state IN ('pending', 'firing')");
    }
    sql.push_str(&format!(
        " ORDER BY window_start_ns DESC, dedup_key LIMIT {}",
        q.limit.max(1)
    ));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args), |r| {
            let Some(metric) = known_metric(&r.get::<_, String>(5)?, &r.get::<_, String>(1)?)
            else {
                return Ok(None);
            };
            Ok(Some(AlertRow {
                dedup_key: r.get(0)?,
                rule: r.get(1)?,
                severity: known(r, 2, Severity::parse, "alert severity")?,
                service: r.get(3)?,
                agent: r.get(4)?,
                metric,
                dimension: r.get(6)?,
                state: known(r, 7, AlertState::parse, "alert state")?,
                previous_state: known(r, 8, AlertState::parse, "alert state")?,
                window_start: r.get(9)?,
                window_start_ns: r.get(10)?,
                at: r.get(11)?,
                value: r.get(12)?,
                baseline_mean: r.get(13)?,
                z: r.get(14)?,
                exemplars: r.get(15)?,
                baseline_sigma: r.get(16)?,
                delivery: r.get(17)?,
                resolved_reason: r.get(18)?,
            }))
        })?
        .filter_map(Result::transpose)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub(super) fn windows_since(path: &Path, since_ns: i64) -> Result<Vec<WindowRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {WINDOW_COLUMNS} FROM windows WHERE window_start_ns >= ?1 ORDER BY window_start_ns"
    ))?;
    let rows = stmt
        .query_map([since_ns], window_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub(super) fn latest_window_start(path: &Path) -> Result<Option<i64>, StoreError> {
    let conn = open_connection(path, true)?;
    Ok(conn.query_row("SELECT max(window_start_ns) FROM windows", [], |r| r.get(0))?)
}

pub(super) fn scores_ending_since(
    path: &Path,
    since_end_ns: i64,
    limit: usize,
) -> Result<Vec<ScoreRow>, StoreError> {
    let conn = open_connection(path, true)?;
    // The key's order (end first): a range scan from the newest row, no sort. `detail` is
    // not needed to aggregate and may be the largest column: not read.
    let mut stmt = conn.prepare(
        "SELECT time, trace_id, span_id, service, agent, operation, span_name, model, tool, \
         evaluator, value, label, NULL, end_ns FROM scores WHERE end_ns >= ?1 \
         ORDER BY end_ns DESC, trace_id, span_id, evaluator LIMIT ?2",
    )?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = stmt
        .query_map(rusqlite::params![since_end_ns, limit], score_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Partials records whose newest window starts at or after `since_window_ns`, keys above
/// `after_key`, by key, at most `limit`.
pub(super) fn open_partials(
    path: &Path,
    since_window_ns: i64,
    after_key: Option<i64>,
    limit: usize,
) -> Result<Vec<(i64, Vec<u8>)>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut stmt = conn.prepare(
        "SELECT batch_key, partials FROM open_partials \
         WHERE last_window_ns >= ?1 AND batch_key > ?2 ORDER BY batch_key LIMIT ?3",
    )?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let after = after_key.unwrap_or(i64::MIN);
    let rows = stmt
        .query_map(rusqlite::params![since_window_ns, after, limit], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Column `i`, a stored spelling, parsed by `parse` (`what` names it in the error); a spelling
/// this agentwatch does not know is an error, not a guess.
fn known<T>(
    r: &rusqlite::Row<'_>,
    i: usize,
    parse: impl FnOnce(&str) -> Option<T>,
    what: &str,
) -> rusqlite::Result<T> {
    parse(&r.get::<_, String>(i)?).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("stored {what} is not one this agentwatch knows").into(),
        )
    })
}

fn score_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ScoreRow> {
    Ok(ScoreRow {
        time: r.get(0)?,
        trace_id: r.get(1)?,
        span_id: r.get(2)?,
        service: r.get(3)?,
        agent: r.get(4)?,
        operation: r.get(5)?,
        span_name: r.get(6)?,
        model: r.get(7)?,
        tool: r.get(8)?,
        evaluator: r.get(9)?,
        value: r.get(10)?,
        label: known(r, 11, Label::parse, "score label")?,
        detail: r.get(12)?,
        end_ns: r.get(13)?,
    })
}

pub(super) fn scores(path: &Path, q: &ScoreQuery) -> Result<Vec<ScoreRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut sql = String::from(
        "SELECT time, trace_id, span_id, service, agent, operation, span_name, model, tool, \
         evaluator, value, label, detail, end_ns FROM scores WHERE 1 = 1",
    );
    let mut args: Vec<Value> = Vec::new();
    let mut filter = |column: &str, op: &str, value: &Option<String>| {
        add_filter(&mut sql, &mut args, column, op, value)
    };
    filter("service", "=", &q.service);
    filter("evaluator", "=", &q.evaluator);
    filter("label", "=", &q.label);
    filter(
        "trace_id",
        "=",
        &q.trace_id.as_ref().map(|t| t.to_lowercase()),
    );
    filter("time", ">=", &q.since);
    filter("time", "<", &q.until);
    if let Some(since) = &q.since {
        // A span ends no earlier than it starts: this bound lets the key skip older rows.
        sql.push_str(&format!(
            " AND end_ns >= {}",
            crate::store::parse_ns(since, "--since")?
        ));
    }
    if let Some(ns) = q.ended_since_ns {
        sql.push_str(&format!(" AND end_ns >= {ns}"));
    }
    if let Some(ns) = q.ended_until_ns {
        sql.push_str(&format!(" AND end_ns < {ns}"));
    }
    // Newest first by end, the key's order: the top rows come without sorting the table.
    sql.push_str(&format!(
        " ORDER BY end_ns DESC, trace_id, span_id, evaluator LIMIT {}",
        q.limit.max(1)
    ));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args), score_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub(super) fn label_counts(
    path: &Path,
    since_ns: i64,
    until_ns: i64,
    max_rows: usize,
) -> Result<Vec<LabelCount>, StoreError> {
    let conn = open_connection(path, true)?;
    // A range of the key (end first), newest first, cut at `max_rows`: bounded work however
    // busy the range was.
    let mut stmt = conn.prepare(
        "SELECT service, agent, evaluator, label, count(*) FROM \
         (SELECT service, COALESCE(agent, '') AS agent, evaluator, label FROM scores \
          WHERE end_ns >= ?1 AND end_ns < ?2 ORDER BY end_ns DESC LIMIT ?3) \
         GROUP BY service, agent, evaluator, label",
    )?;
    let max_rows = i64::try_from(max_rows).unwrap_or(i64::MAX);
    let rows = stmt
        .query_map(rusqlite::params![since_ns, until_ns, max_rows], |r| {
            Ok(LabelCount {
                service: r.get(0)?,
                agent: r.get(1)?,
                evaluator: r.get(2)?,
                label: r.get(3)?,
                count: r.get::<_, i64>(4)?.max(0) as u64,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}
