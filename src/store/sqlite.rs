//! The embedded store: one SQLite file in WAL mode.
//!
//! One writer thread owns the write connection and commits whatever writes are waiting in one
//! transaction (group commit), so many score workers share the cost of a commit. Reads open their
//! own connection; WAL lets them run beside the writer, and beside a running server.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use async_trait::async_trait;
use rusqlite::{Connection, OpenFlags, params_from_iter, types::Value};
use tokio::sync::{mpsc, oneshot};

use super::{ScoreQuery, ScoreRow, Store, StoreError};
use crate::telemetry::Metrics;

/// Schema version stored in `PRAGMA user_version`; bump it with a migration step below.
const SCHEMA_VERSION: i64 = 1;

const SCHEMA_V1: &str = "
CREATE TABLE IF NOT EXISTS scores (
    time       TEXT NOT NULL,
    trace_id   TEXT NOT NULL,
    span_id    TEXT NOT NULL,
    service    TEXT NOT NULL,
    agent      TEXT,
    operation  TEXT NOT NULL,
    span_name  TEXT NOT NULL,
    model      TEXT,
    tool       TEXT,
    evaluator  TEXT NOT NULL,
    value      REAL,
    label      TEXT NOT NULL,
    detail     TEXT,
    PRIMARY KEY (trace_id, span_id, evaluator)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS scores_by_service_evaluator_time ON scores (service, evaluator, time);
CREATE INDEX IF NOT EXISTS scores_by_time ON scores (time);
";

const INSERT_SCORE: &str = "
INSERT INTO scores (time, trace_id, span_id, service, agent, operation, span_name, model, tool,
                    evaluator, value, label, detail)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
ON CONFLICT (trace_id, span_id, evaluator) DO UPDATE SET
    time = excluded.time, service = excluded.service, agent = excluded.agent,
    operation = excluded.operation, span_name = excluded.span_name, model = excluded.model,
    tool = excluded.tool, value = excluded.value, label = excluded.label, detail = excluded.detail
";

enum Command {
    Write(Vec<ScoreRow>, oneshot::Sender<Result<(), StoreError>>),
    Close(oneshot::Sender<()>),
}

/// SQLite-backed [`Store`].
pub struct SqliteStore {
    path: PathBuf,
    commands: mpsc::Sender<Command>,
    writer: std::sync::Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl SqliteStore {
    /// Open (creating and migrating if needed) the database at `path`.
    pub fn open(
        path: &Path,
        max_batch_rows: usize,
        metrics: Arc<Metrics>,
    ) -> Result<SqliteStore, StoreError> {
        let conn = open_connection(path, false)?;
        migrate(&conn)?;
        let (commands, receiver) = mpsc::channel(256);
        let writer = std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || write_loop(conn, receiver, max_batch_rows, &metrics))
            .map_err(|e| StoreError::Open {
                path: path.display().to_string(),
                reason: format!("cannot start writer thread: {e}"),
            })?;
        Ok(SqliteStore {
            path: path.to_owned(),
            commands,
            writer: std::sync::Mutex::new(Some(writer)),
        })
    }
}

fn open_connection(path: &Path, read_only: bool) -> Result<Connection, StoreError> {
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = Connection::open_with_flags(path, flags).map_err(|e| StoreError::Open {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    if !read_only {
        // WAL: readers never block the writer. synchronous=NORMAL: a commit survives a crash of
        // this process (not a power loss), which is what acknowledging a batch promises here.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
    }
    Ok(conn)
}

fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Open {
            path: conn.path().unwrap_or("?").to_owned(),
            reason: format!(
                "schema version {version} is newer than this agentwatch understands ({SCHEMA_VERSION}); upgrade agentwatch"
            ),
        });
    }
    if version < 1 {
        conn.execute_batch(SCHEMA_V1)?;
    }
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}

fn write_loop(
    mut conn: Connection,
    mut commands: mpsc::Receiver<Command>,
    max_batch_rows: usize,
    metrics: &Metrics,
) {
    let mut close_waiter = None;
    while close_waiter.is_none() {
        let Some(first) = commands.blocking_recv() else {
            break;
        };
        let mut batch = Vec::new();
        let mut rows = 0;
        match first {
            Command::Write(r, done) => {
                rows += r.len();
                batch.push((r, done));
            }
            Command::Close(done) => close_waiter = Some(done),
        }
        // Group commit: take every write already waiting, up to the batch limit.
        while close_waiter.is_none() && rows < max_batch_rows {
            match commands.try_recv() {
                Ok(Command::Write(r, done)) => {
                    rows += r.len();
                    batch.push((r, done));
                }
                Ok(Command::Close(done)) => close_waiter = Some(done),
                Err(_) => break,
            }
        }
        if batch.is_empty() {
            continue;
        }
        let started = Instant::now();
        let result = write_batch(&mut conn, &batch);
        metrics
            .store_write_seconds
            .observe(started.elapsed().as_secs_f64());
        match result {
            Ok(()) => {
                metrics.store_rows_written.inc_by(rows as u64);
                for (_, done) in batch {
                    let _ = done.send(Ok(()));
                }
            }
            Err(e) => {
                tracing::error!(error = %e, rows, "sqlite write failed");
                metrics.store_write_errors.inc();
                let retryable = e.is_retryable();
                for (_, done) in batch {
                    let err = StoreError::Write {
                        reason: e.to_string(),
                        retryable,
                    };
                    let _ = done.send(Err(err));
                }
            }
        }
    }
    if let Err((_, e)) = conn.close() {
        tracing::warn!(error = %e, "closing sqlite connection");
    }
    if let Some(done) = close_waiter {
        let _ = done.send(());
    }
}

type PendingWrite = (Vec<ScoreRow>, oneshot::Sender<Result<(), StoreError>>);

fn write_batch(conn: &mut Connection, batch: &[PendingWrite]) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    {
        let mut insert = tx.prepare_cached(INSERT_SCORE)?;
        for (rows, _) in batch {
            for r in rows {
                insert.execute(rusqlite::params![
                    r.time,
                    r.trace_id,
                    r.span_id,
                    r.service,
                    r.agent,
                    r.operation,
                    r.span_name,
                    r.model,
                    r.tool,
                    r.evaluator,
                    r.value,
                    r.label,
                    r.detail
                ])?;
            }
        }
    }
    tx.commit()?;
    Ok(())
}

fn query(path: &Path, q: &ScoreQuery) -> Result<Vec<ScoreRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut sql = String::from(
        "SELECT time, trace_id, span_id, service, agent, operation, span_name, model, tool, \
         evaluator, value, label, detail FROM scores WHERE 1 = 1",
    );
    let mut args: Vec<Value> = Vec::new();
    let mut filter = |column: &str, op: &str, value: &Option<String>| {
        if let Some(v) = value {
            sql.push_str(&format!(" AND {column} {op} ?{}", args.len() + 1));
            args.push(Value::Text(v.clone()));
        }
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
    sql.push_str(&format!(
        " ORDER BY time DESC, trace_id, span_id, evaluator LIMIT {}",
        q.limit.max(1)
    ));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args), |r| {
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
                label: r.get(11)?,
                detail: r.get(12)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

#[async_trait]
impl Store for SqliteStore {
    async fn write_scores(&self, rows: Vec<ScoreRow>) -> Result<(), StoreError> {
        if rows.is_empty() {
            return Ok(());
        }
        let (done, wait) = oneshot::channel();
        self.commands
            .send(Command::Write(rows, done))
            .await
            .map_err(|_| StoreError::Closed)?;
        wait.await.map_err(|_| StoreError::Closed)?
    }

    async fn query_scores(&self, q: &ScoreQuery) -> Result<Vec<ScoreRow>, StoreError> {
        let path = self.path.clone();
        let q = q.clone();
        tokio::task::spawn_blocking(move || query(&path, &q))
            .await
            .map_err(|_| StoreError::Closed)?
    }

    async fn close(&self) -> Result<(), StoreError> {
        let (done, wait) = oneshot::channel();
        if self.commands.send(Command::Close(done)).await.is_ok() {
            let _ = wait.await;
        }
        let writer = self.writer.lock().expect("writer lock").take();
        if let Some(handle) = writer {
            let _ = tokio::task::spawn_blocking(move || handle.join()).await;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            evaluator: evaluator.into(),
            value: Some(value),
            label: "ok".into(),
            detail: None,
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
        store.write_scores(rows.clone()).await.unwrap();
        store.write_scores(rows.clone()).await.unwrap();
        // A redelivered span with a different verdict replaces, never adds.
        store
            .write_scores(vec![row("b7ad6b7169203331", "latency", 15.0)])
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
            store.write_scores(rows).await,
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
            r.time = format!("2026-11-25T10:00:0{i}.000000Z");
            if i % 2 == 0 {
                r.service = "other".into();
            }
            rows.push(r);
        }
        store.write_scores(rows).await.unwrap();
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
}
