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
    AlertQuery, AlertRef, AlertRow, NotificationQuery, NotificationRow, NotificationUpdate,
    ScoreQuery, ScoreRow, Store, StoreError, WindowQuery, WindowRow,
};
use crate::telemetry::Metrics;

/// Schema version stored in `PRAGMA user_version`; bump it with a migration step below.
const SCHEMA_VERSION: i64 = 5;

/// Page cache of the writing connection, KiB.
const WRITER_CACHE_KIB: i64 = 8 * 1024;

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

const SCHEMA_V4: &str = "
ALTER TABLE alerts ADD COLUMN baseline_sigma REAL;
ALTER TABLE alerts ADD COLUMN delivery TEXT NOT NULL DEFAULT '{}';
CREATE TABLE IF NOT EXISTS notifications (
    id              TEXT PRIMARY KEY,
    notifier        TEXT NOT NULL,
    route           TEXT NOT NULL,
    group_key       TEXT NOT NULL,
    status          TEXT NOT NULL,
    firing          TEXT NOT NULL,
    covers          TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_ns      INTEGER NOT NULL,
    delivery        TEXT NOT NULL,
    attempts        INTEGER NOT NULL,
    last_error      TEXT,
    next_attempt_ns INTEGER NOT NULL,
    delivered_at    TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS notifications_by_delivery ON notifications (delivery, created_ns);
CREATE INDEX IF NOT EXISTS notifications_by_group
    ON notifications (notifier, route, group_key, created_ns);
";

/// Scores keyed by span *end* first, with no secondary index. Spans are exported when they
/// end, so rows arrive in (nearly) key order and land at the right edge of the table's B-tree:
/// a transaction dirties a few pages. Keyed by trace id or start time (the previous schemas),
/// rows landed at random places, every row dirtied a page of its own, and the writer managed
/// a tenth of the rate (see the README's performance section). Redeliveries of a span carry
/// the same end, so the key still identifies span × evaluator. Rows written before this schema
/// get their start as `end_ns` (the end was not kept).
const SCHEMA_V5: &str = "
CREATE TABLE scores_v5 (
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
    end_ns     INTEGER NOT NULL,
    PRIMARY KEY (end_ns, trace_id, span_id, evaluator)
) WITHOUT ROWID;
INSERT INTO scores_v5 SELECT time, trace_id, span_id, service, agent, operation, span_name,
    model, tool, evaluator, value, label, detail,
    CAST(unixepoch(time, 'subsec') * 1000000 AS INTEGER) * 1000 FROM scores;
DROP TABLE scores;
ALTER TABLE scores_v5 RENAME TO scores;
";

const INSERT_NOTIFICATION: &str = "
INSERT INTO notifications (id, notifier, route, group_key, status, firing, covers, body,
                           created_at, created_ns, delivery, attempts, last_error,
                           next_attempt_ns, delivered_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
ON CONFLICT (id) DO NOTHING
";

const UPDATE_NOTIFICATION: &str = "
UPDATE notifications SET delivery = ?2, attempts = ?3, last_error = ?4, next_attempt_ns = ?5,
                         delivered_at = ?6
WHERE id = ?1
";

/// Record one notifier's delivery status on a transition (a JSON object per alerts row).
const MARK_ALERT_DELIVERY: &str = "
UPDATE alerts SET delivery = json_set(delivery, ?1, ?2)
WHERE dedup_key = ?3 AND window_start_ns = ?4 AND state = ?5
";

const NOTIFICATION_COLUMNS: &str = "id, notifier, route, group_key, status, firing, covers, body, \
    created_at, created_ns, delivery, attempts, last_error, next_attempt_ns, delivered_at";

const INSERT_ALERT: &str = "
INSERT INTO alerts (dedup_key, rule, severity, service, agent, metric, dimension, state,
                    previous_state, window_start, window_start_ns, at, value, baseline_mean, z,
                    exemplars, baseline_sigma)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
ON CONFLICT (dedup_key, window_start_ns, state) DO UPDATE SET
    previous_state = excluded.previous_state, value = excluded.value,
    baseline_mean = excluded.baseline_mean, z = excluded.z, exemplars = excluded.exemplars,
    baseline_sigma = excluded.baseline_sigma
";

const ALERT_COLUMNS: &str = "dedup_key, rule, severity, service, agent, metric, dimension, \
    state, previous_state, window_start, window_start_ns, at, value, baseline_mean, z, exemplars, \
    baseline_sigma, delivery";

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
                    evaluator, value, label, detail, end_ns)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
ON CONFLICT (end_ns, trace_id, span_id, evaluator) DO UPDATE SET
    time = excluded.time, service = excluded.service, agent = excluded.agent,
    operation = excluded.operation, span_name = excluded.span_name, model = excluded.model,
    tool = excluded.tool, value = excluded.value, label = excluded.label, detail = excluded.detail
";

/// Rows to write in the writer's next transaction.
enum Rows {
    Scores(Arc<Vec<ScoreRow>>),
    Windows(Vec<WindowRow>, Vec<AlertRow>),
    Notifications(Vec<NotificationRow>),
    NotificationUpdate(NotificationUpdate),
}

impl Rows {
    fn len(&self) -> usize {
        match self {
            Rows::Scores(r) => r.len(),
            Rows::Windows(w, a) => w.len() + a.len(),
            Rows::Notifications(n) => n.len(),
            Rows::NotificationUpdate(_) => 1,
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
        // Checkpoints run on a thread of their own (below), never in the writer's commits.
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        let checkpoints = open_connection(path, false)?;
        let thread_error = |e: std::io::Error| StoreError::Open {
            path: path.display().to_string(),
            reason: format!("cannot start a store thread: {e}"),
        };
        let (stop_checkpoints, stop) = std::sync::mpsc::channel::<()>();
        let checkpointer = std::thread::Builder::new()
            .name("sqlite-checkpoint".into())
            .spawn(move || checkpoint_loop(checkpoints, stop))
            .map_err(thread_error)?;
        let (commands, receiver) = mpsc::channel(256);
        let writer = std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || {
                write_loop(conn, receiver, max_batch_rows, &metrics, move || {
                    drop(stop_checkpoints);
                    let _ = checkpointer.join();
                })
            })
            .map_err(thread_error)?;
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
        // 16 KiB pages for new databases (an existing one keeps its size): fewer page splits
        // and B-tree levels per row appended; measured ~15% more rows/s than 4 KiB.
        conn.pragma_update(None, "page_size", 16384)?;
        // WAL: readers never block the writer. synchronous=NORMAL: a commit survives a crash of
        // this process (not a power loss), which is what acknowledging a batch promises here.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A rewound WAL is cut back to this size rather than left at its largest.
        conn.pragma_update(None, "journal_size_limit", WAL_REWIND_BYTES as i64)?;
        // The writer's page cache: B-tree interior pages and the right edges where new rows
        // land stay in memory (the default 2 MB made it spill and re-read pages mid-transaction).
        conn.pragma_update(None, "cache_size", -WRITER_CACHE_KIB)?;
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
    // Each step and its version number commit together: a crash mid-migration leaves the
    // previous version, never a half-applied step (ALTER TABLE cannot run twice).
    for (step, sql) in [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5]
        .iter()
        .enumerate()
    {
        let step = step as i64 + 1;
        if version < step {
            let tx = conn.unchecked_transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", step)?;
            tx.commit()?;
        }
    }
    Ok(())
}

/// How often the checkpointer copies committed WAL frames into the database file.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(200);
/// WAL size past which the checkpointer also rewinds it (briefly holding the writer back).
const WAL_REWIND_BYTES: u64 = 64 * 1024 * 1024;

/// Keep the WAL short without stalling the writer: a passive checkpoint (copy what readers no
/// longer need; writers go on meanwhile) every [`CHECKPOINT_EVERY`], and a restart checkpoint
/// when the WAL has grown past [`WAL_REWIND_BYTES`] — under steady writes a passive one never
/// finds the WAL fully copied, so the file would only grow. The checkpoint's fsyncs, which
/// used to block the writer's commits, happen here. Ends when `stop`'s sender is dropped.
fn checkpoint_loop(conn: Connection, stop: std::sync::mpsc::Receiver<()>) {
    let wal = conn.path().map(|p| PathBuf::from(format!("{p}-wal")));
    while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = stop.recv_timeout(CHECKPOINT_EVERY)
    {
        let large = wal
            .as_ref()
            .and_then(|w| std::fs::metadata(w).ok())
            .is_some_and(|m| m.len() > WAL_REWIND_BYTES);
        let mode = if large { "RESTART" } else { "PASSIVE" };
        if let Err(e) = conn.query_row(&format!("PRAGMA wal_checkpoint({mode})"), [], |_| Ok(())) {
            tracing::warn!(error = %e, mode, "sqlite checkpoint failed; retrying");
        }
    }
    let _ = conn.close();
}

fn write_loop(
    mut conn: Connection,
    mut commands: mpsc::Receiver<Command>,
    max_batch_rows: usize,
    metrics: &Metrics,
    stop_checkpoints: impl FnOnce(),
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
    // The last connection to close checkpoints the whole WAL and removes it.
    stop_checkpoints();
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
                for r in rows.iter() {
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
                        r.detail,
                        match r.end_ns {
                            Some(ns) => ns,
                            None => crate::store::parse_ns(&r.time, "score time")?,
                        }
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
                        a.exemplars,
                        a.baseline_sigma
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
            Rows::Notifications(rows) => {
                let mut insert = tx.prepare_cached(INSERT_NOTIFICATION)?;
                for n in rows {
                    let inserted = insert.execute(rusqlite::params![
                        n.id,
                        n.notifier,
                        n.route,
                        n.group_key,
                        n.status,
                        n.firing,
                        n.covers,
                        n.body,
                        n.created_at,
                        n.created_ns,
                        n.delivery,
                        n.attempts,
                        n.last_error,
                        n.next_attempt_ns,
                        n.delivered_at
                    ])?;
                    if inserted > 0 {
                        mark_alerts(&tx, &n.notifier, &n.covers, &n.delivery)?;
                    }
                }
            }
            Rows::NotificationUpdate(u) => {
                tx.prepare_cached(UPDATE_NOTIFICATION)?
                    .execute(rusqlite::params![
                        u.id,
                        u.delivery,
                        u.attempts,
                        u.last_error,
                        u.next_attempt_ns,
                        u.delivered_at
                    ])?;
                mark_alerts(&tx, &u.notifier, &u.covers, &u.delivery)?;
            }
        }
    }
    tx.commit()?;
    Ok(())
}

/// Set `delivery.<notifier>` on every alerts row a notification covers.
fn mark_alerts(
    tx: &rusqlite::Transaction<'_>,
    notifier: &str,
    covers: &str,
    status: &str,
) -> Result<(), StoreError> {
    let covers: Vec<AlertRef> = serde_json::from_str(covers).map_err(|e| StoreError::Write {
        reason: format!("notification covers are not valid JSON: {e}"),
        retryable: false,
    })?;
    let path = format!("$.\"{notifier}\"");
    let mut mark = tx.prepare_cached(MARK_ALERT_DELIVERY)?;
    for c in covers {
        mark.execute(rusqlite::params![
            path,
            status,
            c.dedup_key,
            c.window_start_ns,
            c.state
        ])?;
    }
    Ok(())
}

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

fn pending_notifications(path: &Path) -> Result<Vec<NotificationRow>, StoreError> {
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

fn notification_log(path: &Path) -> Result<Vec<NotificationRow>, StoreError> {
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

fn query_notifications(
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
                baseline_sigma: r.get(16)?,
                delivery: r.get(17)?,
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
    // Newest first by end, the key's order: the top rows come without sorting the table.
    sql.push_str(&format!(
        " ORDER BY end_ns DESC, trace_id, span_id, evaluator LIMIT {}",
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
                end_ns: r.get(13)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

impl SqliteStore {
    /// Run a read on its own connection, off the async threads.
    async fn read<T: Send + 'static>(
        &self,
        read: impl FnOnce(&Path) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || read(&path))
            .await
            .map_err(|_| StoreError::Closed)?
    }

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
    async fn write_scores(&self, rows: Arc<Vec<ScoreRow>>) -> Result<(), StoreError> {
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
        let q = q.clone();
        self.read(move |path| query_alerts(path, &q)).await
    }

    async fn query_windows(&self, q: &WindowQuery) -> Result<Vec<WindowRow>, StoreError> {
        let q = q.clone();
        self.read(move |path| query_windows(path, &q)).await
    }

    async fn windows_since(&self, since_ns: i64) -> Result<Vec<WindowRow>, StoreError> {
        self.read(move |path| windows_since(path, since_ns)).await
    }

    async fn latest_window_start(&self) -> Result<Option<i64>, StoreError> {
        self.read(latest_window_start).await
    }

    async fn enqueue_notifications(&self, rows: Vec<NotificationRow>) -> Result<(), StoreError> {
        self.write(Rows::Notifications(rows)).await
    }

    async fn update_notification(&self, update: NotificationUpdate) -> Result<(), StoreError> {
        self.write(Rows::NotificationUpdate(update)).await
    }

    async fn pending_notifications(&self) -> Result<Vec<NotificationRow>, StoreError> {
        self.read(pending_notifications).await
    }

    async fn notification_log(&self) -> Result<Vec<NotificationRow>, StoreError> {
        self.read(notification_log).await
    }

    async fn query_notifications(
        &self,
        q: &NotificationQuery,
    ) -> Result<Vec<NotificationRow>, StoreError> {
        let q = q.clone();
        self.read(move |path| query_notifications(path, &q)).await
    }

    async fn query_scores(&self, q: &ScoreQuery) -> Result<Vec<ScoreRow>, StoreError> {
        let q = q.clone();
        self.read(move |path| query(path, &q)).await
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
            r.time = format!("2026-11-25T10:00:0{i}.000000Z");
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
}
