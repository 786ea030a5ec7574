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

use super::{
    AlertQuery, AlertRow, ScoreQuery, ScoreRow, Store, StoreError, WindowQuery, WindowRow,
};
use crate::telemetry::Metrics;

/// Schema version stored in `PRAGMA user_version`; bump it with a migration step below.
const SCHEMA_VERSION: i64 = 3;

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

const SCHEMA_V2: &str = "
CREATE TABLE IF NOT EXISTS windows (
    service         TEXT NOT NULL,
    agent           TEXT NOT NULL,
    metric          TEXT NOT NULL,
    dimension       TEXT NOT NULL,
    window_start    TEXT NOT NULL,
    window_end      TEXT NOT NULL,
    window_start_ns INTEGER NOT NULL,
    rule            TEXT NOT NULL,
    n               INTEGER NOT NULL,
    value           REAL,
    judged_value    REAL,
    baseline_mean   REAL,
    baseline_sigma  REAL,
    z               REAL,
    verdict         TEXT NOT NULL,
    state           TEXT NOT NULL,
    pooled_windows  INTEGER NOT NULL,
    in_baseline     INTEGER NOT NULL,
    exemplars       TEXT NOT NULL,
    PRIMARY KEY (service, agent, metric, dimension, window_start_ns, rule)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS windows_by_start ON windows (window_start_ns);
CREATE INDEX IF NOT EXISTS windows_by_service_metric ON windows (service, metric, window_start);
";

const SCHEMA_V3: &str = "
CREATE TABLE IF NOT EXISTS alerts (
    dedup_key       TEXT NOT NULL,
    rule            TEXT NOT NULL,
    severity        TEXT NOT NULL,
    service         TEXT NOT NULL,
    agent           TEXT NOT NULL,
    metric          TEXT NOT NULL,
    dimension       TEXT NOT NULL,
    state           TEXT NOT NULL,
    previous_state  TEXT NOT NULL,
    window_start    TEXT NOT NULL,
    window_start_ns INTEGER NOT NULL,
    at              TEXT NOT NULL,
    value           REAL,
    baseline_mean   REAL,
    z               REAL,
    exemplars       TEXT NOT NULL,
    PRIMARY KEY (dedup_key, window_start_ns, state)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS alerts_by_time ON alerts (window_start_ns);
";

const INSERT_ALERT: &str = "
INSERT INTO alerts (dedup_key, rule, severity, service, agent, metric, dimension, state,
                    previous_state, window_start, window_start_ns, at, value, baseline_mean, z,
                    exemplars)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
ON CONFLICT (dedup_key, window_start_ns, state) DO UPDATE SET
    previous_state = excluded.previous_state, value = excluded.value,
    baseline_mean = excluded.baseline_mean, z = excluded.z, exemplars = excluded.exemplars
";

const ALERT_COLUMNS: &str = "dedup_key, rule, severity, service, agent, metric, dimension, \
    state, previous_state, window_start, window_start_ns, at, value, baseline_mean, z, exemplars";

const INSERT_WINDOW: &str = "
INSERT INTO windows (service, agent, metric, dimension, window_start, window_end, window_start_ns,
                     rule, n, value, judged_value, baseline_mean, baseline_sigma, z, verdict,
                     state, pooled_windows, in_baseline, exemplars)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
ON CONFLICT (service, agent, metric, dimension, window_start_ns, rule) DO UPDATE SET
    window_start = excluded.window_start, window_end = excluded.window_end, n = excluded.n,
    value = excluded.value, judged_value = excluded.judged_value,
    baseline_mean = excluded.baseline_mean,
    baseline_sigma = excluded.baseline_sigma, z = excluded.z, verdict = excluded.verdict,
    state = excluded.state, pooled_windows = excluded.pooled_windows,
    in_baseline = excluded.in_baseline, exemplars = excluded.exemplars
";

const WINDOW_COLUMNS: &str = "service, agent, metric, dimension, window_start, window_end, \
    window_start_ns, rule, n, value, judged_value, baseline_mean, baseline_sigma, z, verdict, \
    state, pooled_windows, in_baseline, exemplars";

const INSERT_SCORE: &str = "
INSERT INTO scores (time, trace_id, span_id, service, agent, operation, span_name, model, tool,
                    evaluator, value, label, detail)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
ON CONFLICT (trace_id, span_id, evaluator) DO UPDATE SET
    time = excluded.time, service = excluded.service, agent = excluded.agent,
    operation = excluded.operation, span_name = excluded.span_name, model = excluded.model,
    tool = excluded.tool, value = excluded.value, label = excluded.label, detail = excluded.detail
";

/// Rows to write in the writer's next transaction.
enum Rows {
    Scores(Vec<ScoreRow>),
    Windows(Vec<WindowRow>, Vec<AlertRow>),
}

impl Rows {
    fn len(&self) -> usize {
        match self {
            Rows::Scores(r) => r.len(),
            Rows::Windows(w, a) => w.len() + a.len(),
        }
    }
}

enum Command {
    Write(Rows, oneshot::Sender<Result<(), StoreError>>),
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
    if version < 2 {
        conn.execute_batch(SCHEMA_V2)?;
    }
    if version < 3 {
        conn.execute_batch(SCHEMA_V3)?;
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

type PendingWrite = (Rows, oneshot::Sender<Result<(), StoreError>>);

fn write_batch(conn: &mut Connection, batch: &[PendingWrite]) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    for (rows, _) in batch {
        match rows {
            Rows::Scores(rows) => {
                let mut insert = tx.prepare_cached(INSERT_SCORE)?;
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
            Rows::Windows(rows, alerts) => {
                let mut insert = tx.prepare_cached(INSERT_ALERT)?;
                for a in alerts {
                    insert.execute(rusqlite::params![
                        a.dedup_key,
                        a.rule,
                        a.severity,
                        a.service,
                        a.agent,
                        a.metric,
                        a.dimension,
                        a.state,
                        a.previous_state,
                        a.window_start,
                        a.window_start_ns,
                        a.at,
                        a.value,
                        a.baseline_mean,
                        a.z,
                        a.exemplars
                    ])?;
                }
                let mut insert = tx.prepare_cached(INSERT_WINDOW)?;
                for w in rows {
                    insert.execute(rusqlite::params![
                        w.service,
                        w.agent,
                        w.metric,
                        w.dimension,
                        w.window_start,
                        w.window_end,
                        w.window_start_ns,
                        w.rule,
                        w.n,
                        w.value,
                        w.judged_value,
                        w.baseline_mean,
                        w.baseline_sigma,
                        w.z,
                        w.verdict,
                        w.state,
                        w.pooled_windows,
                        w.in_baseline,
                        w.exemplars
                    ])?;
                }
            }
        }
    }
    tx.commit()?;
    Ok(())
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

fn query_windows(path: &Path, q: &WindowQuery) -> Result<Vec<WindowRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut sql = format!("SELECT {WINDOW_COLUMNS} FROM windows WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    let mut filter = |column: &str, op: &str, value: &Option<String>| {
        add_filter(&mut sql, &mut args, column, op, value)
    };
    filter("service", "=", &q.service);
    filter("metric", "=", &q.metric);
    filter("verdict", "=", &q.verdict);
    filter("rule", "=", &q.rule);
    filter("window_start", ">=", &q.since);
    filter("window_start", "<", &q.until);
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

fn query_alerts(path: &Path, q: &AlertQuery) -> Result<Vec<AlertRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut sql = format!("SELECT {ALERT_COLUMNS} FROM alerts a WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    let mut filter = |column: &str, op: &str, value: &Option<String>| {
        add_filter(&mut sql, &mut args, column, op, value)
    };
    filter("state", "=", &q.state);
    filter("service", "=", &q.service);
    filter("rule", "=", &q.rule);
    filter("at", ">=", &q.since);
    if q.active {
        // The latest transition of each (rule, series) is pending or firing.
        sql.push_str(
            " AND window_start_ns = (SELECT max(b.window_start_ns) FROM alerts b \
             WHERE b.dedup_key = a.dedup_key) AND state IN ('pending', 'firing')",
        );
    }
    sql.push_str(&format!(
        " ORDER BY window_start_ns DESC, dedup_key LIMIT {}",
        q.limit.max(1)
    ));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args), |r| {
            Ok(AlertRow {
                dedup_key: r.get(0)?,
                rule: r.get(1)?,
                severity: r.get(2)?,
                service: r.get(3)?,
                agent: r.get(4)?,
                metric: r.get(5)?,
                dimension: r.get(6)?,
                state: r.get(7)?,
                previous_state: r.get(8)?,
                window_start: r.get(9)?,
                window_start_ns: r.get(10)?,
                at: r.get(11)?,
                value: r.get(12)?,
                baseline_mean: r.get(13)?,
                z: r.get(14)?,
                exemplars: r.get(15)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

fn windows_since(path: &Path, since_ns: i64) -> Result<Vec<WindowRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {WINDOW_COLUMNS} FROM windows WHERE window_start_ns >= ?1 ORDER BY window_start_ns"
    ))?;
    let rows = stmt
        .query_map([since_ns], window_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

fn latest_window_start(path: &Path) -> Result<Option<i64>, StoreError> {
    let conn = open_connection(path, true)?;
    Ok(conn.query_row("SELECT max(window_start_ns) FROM windows", [], |r| r.get(0))?)
}

fn query(path: &Path, q: &ScoreQuery) -> Result<Vec<ScoreRow>, StoreError> {
    let conn = open_connection(path, true)?;
    let mut sql = String::from(
        "SELECT time, trace_id, span_id, service, agent, operation, span_name, model, tool, \
         evaluator, value, label, detail FROM scores WHERE 1 = 1",
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

impl SqliteStore {
    async fn write(&self, rows: Rows) -> Result<(), StoreError> {
        if rows.len() == 0 {
            return Ok(());
        }
        let (done, wait) = oneshot::channel();
        self.commands
            .send(Command::Write(rows, done))
            .await
            .map_err(|_| StoreError::Closed)?;
        wait.await.map_err(|_| StoreError::Closed)?
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn write_scores(&self, rows: Vec<ScoreRow>) -> Result<(), StoreError> {
        self.write(Rows::Scores(rows)).await
    }

    async fn write_windows(
        &self,
        rows: Vec<WindowRow>,
        alerts: Vec<AlertRow>,
    ) -> Result<(), StoreError> {
        self.write(Rows::Windows(rows, alerts)).await
    }

    async fn query_alerts(&self, q: &AlertQuery) -> Result<Vec<AlertRow>, StoreError> {
        let path = self.path.clone();
        let q = q.clone();
        tokio::task::spawn_blocking(move || query_alerts(&path, &q))
            .await
            .map_err(|_| StoreError::Closed)?
    }

    async fn query_windows(&self, q: &WindowQuery) -> Result<Vec<WindowRow>, StoreError> {
        let path = self.path.clone();
        let q = q.clone();
        tokio::task::spawn_blocking(move || query_windows(&path, &q))
            .await
            .map_err(|_| StoreError::Closed)?
    }

    async fn windows_since(&self, since_ns: i64) -> Result<Vec<WindowRow>, StoreError> {
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || windows_since(&path, since_ns))
            .await
            .map_err(|_| StoreError::Closed)?
    }

    async fn latest_window_start(&self) -> Result<Option<i64>, StoreError> {
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || latest_window_start(&path))
            .await
            .map_err(|_| StoreError::Closed)?
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
