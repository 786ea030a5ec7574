//! The SQLite store's tests: idempotent writes, filters, migrations.

use std::sync::Arc;

use rusqlite::Connection;

use super::SqliteStore;
use super::schema::{SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_VERSION};
use crate::store::{ScoreQuery, ScoreRow, ScoreSink, Store, StoreError, StoreReader};
use crate::telemetry::Metrics;

fn row(span: &str, evaluator: &str, value: f64) -> ScoreRow {
    ScoreRow {
        time: "2026-11-25T10:00:00.000000Z".into(),
        trace_id: "0af7651916cd43dd8448eb211c80319c".into(),
        span_id: span.into(),
        service: "checkout-agent".into(),
        agent: Some("planner".into()),
        operation: "tool".into(),
        span_name: "execute_tool search".into(),
        model: None,
        tool: Some("search".into()),
        evaluator: evaluator.to_owned().into(),
        value: Some(value),
        label: crate::eval::Label::Ok,
        detail: None,
        end_ns: Some(1_795_600_801_000_000_000),
    }
}

#[tokio::test]
async fn writes_are_idempotent_per_span_and_evaluator() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("s.db"), 100, Metrics::new()).unwrap();
    let rows = vec![
        row("b7ad6b7169203331", "latency", 12.0),
        row("b7ad6b7169203331", "tool_error", 0.0),
    ];
    store.write_scores(Arc::new(rows.clone())).await.unwrap();
    store.write_scores(Arc::new(rows.clone())).await.unwrap();
    // A redelivered span with a different verdict replaces, never adds.
    store
        .write_scores(Arc::new(vec![row("b7ad6b7169203331", "latency", 15.0)]))
        .await
        .unwrap();
    let q = ScoreQuery {
        limit: 100,
        ..Default::default()
    };
    let mut got = store.query_scores(&q).await.unwrap();
    got.sort_by(|a, b| a.evaluator.cmp(&b.evaluator));
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].value, Some(15.0));
    assert_eq!(got[1], rows[1]);
    store.close().await.unwrap();
    assert!(matches!(
        store.write_scores(Arc::new(rows)).await,
        Err(StoreError::Closed)
    ));
}

#[tokio::test]
async fn filters_and_limit() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("s.db"), 100, Metrics::new()).unwrap();
    let mut rows = Vec::new();
    for i in 0..10 {
        let mut r = row(&format!("{i:016x}"), "latency", i as f64);
        r.time = format!("2026-11-25T10:00:0{i}.000000Z").into();
        r.end_ns = Some(crate::store::parse_ns(&r.time, "time").unwrap() + 500_000_000);
        if i % 2 == 0 {
            r.service = "other".into();
        }
        rows.push(r);
    }
    store.write_scores(Arc::new(rows)).await.unwrap();
    let got = store
        .query_scores(&ScoreQuery {
            service: Some("checkout-agent".into()),
            since: Some("2026-11-25T10:00:03.000000Z".into()),
            limit: 2,
            ..Default::default()
        })
        .await
        .unwrap();
    let values: Vec<_> = got.iter().map(|r| r.value.unwrap()).collect();
    assert_eq!(values, vec![9.0, 7.0]);
    store.close().await.unwrap();
}

#[tokio::test]
async fn label_counts_and_end_bounds_cover_their_range_and_no_more_rows_than_asked() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("s.db"), 100, Metrics::new()).unwrap();
    let t0 = 1_795_600_800_000_000_000_i64;
    let second = 1_000_000_000;
    let mut rows = Vec::new();
    // Spans ending at t0 + i s: every third one failed.
    for i in 0..12 {
        let mut r = row(&format!("{i:016x}"), "tool_error", 0.0);
        r.end_ns = Some(t0 + i * second);
        if i % 3 == 0 {
            r.label = crate::eval::Label::Fail;
        }
        if i == 11 {
            r.agent = None;
        }
        rows.push(r);
    }
    store.write_scores(Arc::new(rows)).await.unwrap();
    // [t0 + 2 s, t0 + 10 s): spans 2..=9, of which 3, 6 and 9 failed.
    let mut counts = store
        .label_counts(t0 + 2 * second, t0 + 10 * second, 1000)
        .await
        .unwrap();
    counts.sort_by(|a, b| a.label.cmp(&b.label));
    let got: Vec<_> = counts
        .iter()
        .map(|c| (c.agent.as_str(), c.label.as_str(), c.count))
        .collect();
    assert_eq!(got, [("planner", "fail", 3), ("planner", "ok", 5)]);
    // The bound: only the newest 4 of them (6..=9: 6 and 9 failed).
    let capped: u64 = store
        .label_counts(t0 + 2 * second, t0 + 10 * second, 4)
        .await
        .unwrap()
        .iter()
        .map(|c| c.count)
        .sum();
    assert_eq!(capped, 4);
    // A span without an agent counts under the empty agent.
    let last = store
        .label_counts(t0 + 11 * second, t0 + 12 * second, 10)
        .await
        .unwrap();
    assert_eq!(last.len(), 1);
    assert_eq!(last[0].agent, "");
    // The failures of the same range, by span end.
    let failed = store
        .query_scores(&ScoreQuery {
            label: Some("fail".into()),
            ended_since_ns: Some(t0 + 2 * second),
            ended_until_ns: Some(t0 + 10 * second),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    let ends: Vec<_> = failed.iter().map(|r| r.end_ns.unwrap() - t0).collect();
    assert_eq!(ends, [9 * second, 6 * second, 3 * second]);
    store.close().await.unwrap();
}

#[test]
fn a_version_3_database_is_migrated_to_the_current_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(SCHEMA_V1).unwrap();
    conn.execute_batch(SCHEMA_V2).unwrap();
    conn.execute_batch(SCHEMA_V3).unwrap();
    conn.pragma_update(None, "user_version", 3).unwrap();
    conn.execute(
        "INSERT INTO alerts VALUES ('k', 'r', 'warning', 's', '', 'm', '', 'firing', \
         'pending', 't', 1, 't', 1.0, NULL, NULL, '[]')",
        [],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO scores VALUES ('2026-11-25T10:00:00.000000Z', 'aa', 'bb', 'svc', NULL, \
         'llm', 'chat', NULL, NULL, 'refusal', 1.0, 'fail', NULL)",
        [],
    )
    .unwrap();
    drop(conn);
    drop(SqliteStore::open(&path, 10, Metrics::new()).unwrap());
    let conn = Connection::open(&path).unwrap();
    let (version, delivery): (i64, String) = conn
        .query_row(
            "SELECT (SELECT user_version FROM pragma_user_version), delivery FROM alerts",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((version, delivery.as_str()), (SCHEMA_VERSION, "{}"));
    let outbox: i64 = conn
        .query_row("SELECT count(*) FROM notifications", [], |r| r.get(0))
        .unwrap();
    assert_eq!(outbox, 0);
    // Scores moved to the end-first table (v5), rows kept, their start standing in for
    // the end they did not record.
    let kept: (String, String, i64) = conn
        .query_row("SELECT time, label, end_ns FROM scores", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(
        kept,
        (
            "2026-11-25T10:00:00.000000Z".into(),
            "fail".into(),
            1_795_600_800_000_000_000
        )
    );
    let indexes: Vec<String> = conn
        .prepare("SELECT name FROM pragma_index_list('scores')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(indexes.len(), 1, "the primary key alone: {indexes:?}");
    let key: Vec<String> = conn
        .prepare(&format!(
            "SELECT name FROM pragma_index_info('{}')",
            indexes[0]
        ))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(key, ["end_ns", "trace_id", "span_id", "evaluator"]);
}

#[test]
fn newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let err = SqliteStore::open(&path, 10, Metrics::new()).err().unwrap();
    assert!(err.to_string().contains("newer"), "{err}");
}
