//! The writer thread: one connection that commits every write waiting in one transaction
//! (group commit), and the checkpointer thread that keeps the WAL short beside it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use rusqlite::{Connection, Transaction};
use tokio::sync::{mpsc, oneshot};

use crate::store::{
    AlertRef, AlertRow, Committed, NotificationRow, NotificationUpdate, PartialsRecord, ScoreRow,
    StoreError, WindowRow,
};
use crate::telemetry::Metrics;

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

const INSERT_ALERT: &str = "
INSERT INTO alerts (dedup_key, rule, severity, service, agent, metric, dimension, state,
                    previous_state, window_start, window_start_ns, at, value, baseline_mean, z,
                    exemplars, baseline_sigma, resolved_reason)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
ON CONFLICT (dedup_key, window_start_ns, state) DO UPDATE SET
    previous_state = excluded.previous_state, value = excluded.value,
    resolved_reason = excluded.resolved_reason,
    baseline_mean = excluded.baseline_mean, z = excluded.z, exemplars = excluded.exemplars,
    baseline_sigma = excluded.baseline_sigma
";

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

const INSERT_SCORE: &str = "
INSERT INTO scores (time, trace_id, span_id, service, agent, operation, span_name, model, tool,
                    evaluator, value, label, detail, end_ns)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
ON CONFLICT (end_ns, trace_id, span_id, evaluator) DO UPDATE SET
    time = excluded.time, service = excluded.service, agent = excluded.agent,
    operation = excluded.operation, span_name = excluded.span_name, model = excluded.model,
    tool = excluded.tool, value = excluded.value, label = excluded.label, detail = excluded.detail
";

const INSERT_PARTIALS: &str = "
INSERT INTO open_partials (batch_key, last_window_ns, partials) VALUES (?1, ?2, ?3)
ON CONFLICT (batch_key) DO NOTHING
";

const FORGET_PARTIALS: &str = "DELETE FROM open_partials WHERE last_window_ns < ?1";

/// Rows to write in the writer's next transaction.
pub(super) enum Rows {
    /// A batch's scores, with its partial aggregates when they are kept.
    Scores(Arc<Vec<ScoreRow>>, Option<Arc<PartialsRecord>>),
    /// Forget the partials records of windows starting before this (Unix ns).
    ForgetPartials(i64),
    Windows(Vec<WindowRow>, Vec<AlertRow>),
    Notifications(Vec<NotificationRow>),
    NotificationUpdate(NotificationUpdate),
}

impl Rows {
    /// Nothing to write (a batch of scores without rows still writes its partials).
    pub(super) fn is_empty(&self) -> bool {
        match self {
            Rows::Scores(r, p) => r.is_empty() && p.is_none(),
            other => other.len() == 0,
        }
    }

    /// Rows in this write, for the batch limit.
    pub(super) fn len(&self) -> usize {
        match self {
            // The partials record, one small row beside the batch's, is not counted.
            Rows::Scores(r, _) => r.len(),
            Rows::ForgetPartials(_) => 1,
            Rows::Windows(w, a) => w.len() + a.len(),
            Rows::Notifications(n) => n.len(),
            Rows::NotificationUpdate(_) => 1,
        }
    }
}

/// What the writer thread is asked to do.
pub(super) enum Command {
    Write(Rows, oneshot::Sender<Result<Committed, StoreError>>),
    Close(oneshot::Sender<()>),
}

/// How often the checkpointer copies committed WAL frames into the database file.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(200);
/// WAL size past which the checkpointer also rewinds it (briefly holding the writer back).
pub(super) const WAL_REWIND_BYTES: u64 = 64 * 1024 * 1024;

/// Keep the WAL short without stalling the writer: a passive checkpoint (copy what readers no
/// longer need; writers go on meanwhile) every [`CHECKPOINT_EVERY`], and a restart checkpoint
/// when the WAL has grown past [`WAL_REWIND_BYTES`] — under steady writes a passive one never
/// finds the WAL fully copied, so the file would only grow. The checkpoint's fsyncs, which
/// used to block the writer's commits, happen here. Ends when `stop`'s sender is dropped.
pub(super) fn checkpoint_loop(conn: Connection, stop: std::sync::mpsc::Receiver<()>) {
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

/// Commit waiting writes in batches of up to `max_batch_rows` until closed, answering each
/// write with its batch's outcome; then stop the checkpointer and close the connection.
pub(super) fn write_loop(
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
            Ok(outcomes) => {
                metrics.store_rows_written.inc_by(rows as u64);
                for ((_, done), outcome) in batch.into_iter().zip(outcomes) {
                    let _ = done.send(Ok(outcome));
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

type PendingWrite = (Rows, oneshot::Sender<Result<Committed, StoreError>>);

/// Commit every write of `batch` in one transaction: all land or none. Each write's outcome,
/// in order.
fn write_batch(
    conn: &mut Connection,
    batch: &[PendingWrite],
) -> Result<Vec<Committed>, StoreError> {
    let tx = conn.transaction()?;
    let mut outcomes = Vec::with_capacity(batch.len());
    for (rows, _) in batch {
        let mut outcome = Committed::First;
        match rows {
            Rows::Scores(rows, partials) => {
                insert_scores(&tx, rows)?;
                if let Some(p) = partials {
                    let inserted = tx
                        .prepare_cached(INSERT_PARTIALS)?
                        .execute(rusqlite::params![p.batch_key, p.last_window_ns, p.bytes])?;
                    if inserted == 0 {
                        outcome = Committed::Again;
                    }
                }
            }
            Rows::ForgetPartials(before) => {
                tx.prepare_cached(FORGET_PARTIALS)?.execute([before])?;
            }
            Rows::Windows(rows, alerts) => {
                insert_alerts(&tx, alerts)?;
                insert_windows(&tx, rows)?;
            }
            Rows::Notifications(rows) => insert_notifications(&tx, rows)?,
            Rows::NotificationUpdate(u) => update_notification(&tx, u)?,
        }
        outcomes.push(outcome);
    }
    tx.commit()?;
    Ok(outcomes)
}

fn insert_scores(tx: &Transaction<'_>, rows: &[ScoreRow]) -> Result<(), StoreError> {
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
            r.label.as_str(),
            r.detail,
            match r.end_ns {
                Some(ns) => ns,
                None => crate::store::parse_ns(&r.time, "score time")?,
            }
        ])?;
    }
    Ok(())
}

fn insert_alerts(tx: &Transaction<'_>, alerts: &[AlertRow]) -> Result<(), StoreError> {
    let mut insert = tx.prepare_cached(INSERT_ALERT)?;
    for a in alerts {
        insert.execute(rusqlite::params![
            a.dedup_key,
            a.rule,
            a.severity.as_str(),
            a.service,
            a.agent,
            a.metric.as_str(),
            a.dimension,
            a.state.as_str(),
            a.previous_state.as_str(),
            a.window_start,
            a.window_start_ns,
            a.at,
            a.value,
            a.baseline_mean,
            a.z,
            a.exemplars,
            a.baseline_sigma,
            a.resolved_reason
        ])?;
    }
    Ok(())
}

fn insert_windows(tx: &Transaction<'_>, rows: &[WindowRow]) -> Result<(), StoreError> {
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
    Ok(())
}

/// Insert new outbox rows; a row already there (same id) is left as it is, transitions too.
fn insert_notifications(tx: &Transaction<'_>, rows: &[NotificationRow]) -> Result<(), StoreError> {
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
            mark_alerts(tx, &n.notifier, &n.covers, &n.delivery)?;
        }
    }
    Ok(())
}

fn update_notification(tx: &Transaction<'_>, u: &NotificationUpdate) -> Result<(), StoreError> {
    tx.prepare_cached(UPDATE_NOTIFICATION)?
        .execute(rusqlite::params![
            u.id,
            u.delivery,
            u.attempts,
            u.last_error,
            u.next_attempt_ns,
            u.delivered_at
        ])?;
    mark_alerts(tx, &u.notifier, &u.covers, &u.delivery)
}

/// Set `delivery.<notifier>` on every alerts row a notification covers.
fn mark_alerts(
    tx: &Transaction<'_>,
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
            c.state.as_str()
        ])?;
    }
    Ok(())
}
