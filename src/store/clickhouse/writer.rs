//! The score writer (batches of waiting writes, one INSERT per day each) and, on servers
//! without TTL, the retention task that drops expired day partitions.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use ::clickhouse::Client;
use async_trait::async_trait;
use tokio::sync::{OwnedSemaphorePermit, mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use super::rows::ScoreRecord;
use super::{ClickhouseStore, now_ns, store_error};
use crate::store::{ScoreRow, ScoreSink, StoreError};
use crate::telemetry::Metrics;

/// How long the score writer waits for more rows after the last ones arrived. Score workers
/// go on scoring while their rows wait, so under load rows keep arriving and batches grow
/// towards `max_batch_rows`; 5 ms cut them into many small INSERTs (more parts for the
/// server to merge: measured, 50 ms took ClickHouse from 0.40–0.47 to 0.32–0.38 cores in
/// `benches/e2e.sh kafka-clickhouse`). An idle pipeline's rows wait at most this long.
const IDLE_FLUSH: Duration = Duration::from_millis(50);

/// One day in ns: the tables' partitions.
const DAY_NS: i64 = 86_400 * 1_000_000_000;

/// How often expired partitions are looked for on servers without TTL.
const RETENTION_CHECK: Duration = Duration::from_secs(3600);

/// One `write_scores` call waiting for its batch.
pub(super) struct PendingScores {
    pub(super) records: Vec<ScoreRecord>,
    pub(super) done: oneshot::Sender<Result<(), StoreError>>,
    /// Room in `max_pending_rows`, given back when the write is answered.
    pub(super) _room: OwnedSemaphorePermit,
}

pub(super) async fn insert_records<T>(
    client: &Client,
    table: &str,
    records: &[T],
    timeout: Duration,
) -> Result<(), StoreError>
where
    T: ::clickhouse::RowOwned + ::clickhouse::RowWrite,
{
    if records.is_empty() {
        return Ok(());
    }
    let context = format!("insert into {table}");
    let fail = |e| store_error(&context, e);
    let mut insert = client
        .insert::<T>(table)
        .await
        .map_err(fail)?
        .with_timeouts(Some(timeout), Some(timeout));
    for record in records {
        insert.write(record).await.map_err(fail)?;
    }
    insert.end().await.map_err(fail)
}

/// When the score writer sends a batch.
pub(super) struct BatchLimits {
    pub(super) max_rows: usize,
    pub(super) max_wait: Duration,
    pub(super) timeout: Duration,
    /// `store.scores_retention`: rows older than this are not written (the table would drop
    /// them at once), which also bounds the day partitions one batch can touch.
    pub(super) retention: Option<Duration>,
}

/// Collect waiting score writes into batches and INSERT each; answer every writer of a batch
/// with its outcome. Ends when every sender is gone.
pub(super) async fn write_loop(
    client: Client,
    mut pending: mpsc::UnboundedReceiver<PendingScores>,
    limits: BatchLimits,
    metrics: Arc<Metrics>,
) {
    while let Some(first) = pending.recv().await {
        let deadline = tokio::time::Instant::now() + limits.max_wait;
        let mut rows = first.records.len();
        let mut batch = vec![first];
        while rows < limits.max_rows {
            let until = deadline.min(tokio::time::Instant::now() + IDLE_FLUSH);
            match tokio::time::timeout_at(until, pending.recv()).await {
                Ok(Some(more)) => {
                    rows += more.records.len();
                    batch.push(more);
                }
                Ok(None) | Err(_) => break,
            }
        }
        // One INSERT per day: the server refuses an INSERT that touches more than 100
        // partitions (max_partitions_per_insert_block), and a replay may span that many days.
        let mut by_day: std::collections::BTreeMap<i64, Vec<ScoreRecord>> = Default::default();
        // Spans that started before the retention window would make a partition (and an
        // INSERT) per day they name, only to be dropped: one request whose spans start on
        // 20,000 different days would make 20,000 of each.
        let oldest_kept = limits.retention.map(|r| {
            let now = i64::try_from(now_ns()).unwrap_or(i64::MAX);
            now.saturating_sub(i64::try_from(r.as_nanos()).unwrap_or(i64::MAX))
        });
        let mut expired = 0u64;
        for record in batch
            .iter_mut()
            .flat_map(|p| std::mem::take(&mut p.records))
        {
            if oldest_kept.is_some_and(|oldest| record.time_ns < oldest) {
                expired += 1;
                continue;
            }
            by_day
                .entry(record.time_ns.div_euclid(DAY_NS))
                .or_default()
                .push(record);
        }
        let started = Instant::now();
        let mut result = Ok(());
        for records in by_day.values() {
            result = insert_records(&client, "scores", records, limits.timeout).await;
            if result.is_err() {
                break;
            }
        }
        metrics
            .store_write_seconds
            .observe(started.elapsed().as_secs_f64());
        match &result {
            Ok(()) => {
                metrics.store_rows_written.inc_by(rows as u64 - expired);
                metrics.store_expired_rows_skipped.inc_by(expired);
            }
            Err(e) => {
                metrics.store_write_errors.inc();
                tracing::warn!(error = %e, rows, "clickhouse score batch not written");
            }
        }
        for p in batch {
            let answer = match &result {
                Ok(()) => Ok(()),
                Err(StoreError::Write { reason, retryable }) => Err(StoreError::Write {
                    reason: reason.clone(),
                    retryable: *retryable,
                }),
                Err(_) => Err(StoreError::Closed),
            };
            let _ = p.done.send(answer);
        }
    }
}

/// Retention on servers without TTL: drop day partitions older than each table's retention,
/// at start and then hourly.
pub(super) async fn drop_expired_partitions(
    client: Client,
    db: String,
    tables: [(&'static str, Option<Duration>); 2],
    stop: CancellationToken,
) {
    loop {
        for (table, keep) in tables {
            let Some(keep) = keep else { continue };
            // Dropping a partition is a metadata operation; minutes mean the server is stuck.
            let attempt = drop_partitions_before(&client, &db, table, keep);
            match tokio::time::timeout(Duration::from_secs(300), attempt).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => {
                    tracing::warn!(table, error = %e, "dropping expired partitions failed; retrying later")
                }
                Err(_) => {
                    tracing::warn!(
                        table,
                        "dropping expired partitions timed out; retrying later"
                    )
                }
            }
        }
        tokio::select! {
            _ = stop.cancelled() => return,
            _ = tokio::time::sleep(RETENTION_CHECK) => {}
        }
    }
}

/// Drop `table`'s day partitions (`YYYYMMDD`) that end before now − `keep`.
async fn drop_partitions_before(
    client: &Client,
    db: &str,
    table: &str,
    keep: Duration,
) -> Result<(), StoreError> {
    let cutoff = SystemTime::now()
        .checked_sub(keep)
        .unwrap_or(SystemTime::UNIX_EPOCH);
    // 2026-11-26T… → 20261126: partitions strictly before the cutoff's day are wholly expired.
    let cutoff_day: u32 = humantime::format_rfc3339(cutoff).to_string()[..10]
        .replace('-', "")
        .parse()
        .expect("RFC 3339 starts with a date");
    let partitions: Vec<String> = client
        .query(
            "SELECT DISTINCT partition FROM system.parts \
             WHERE database = ? AND table = ? AND active",
        )
        .bind(db)
        .bind(table)
        .fetch_all()
        .await
        .map_err(|e| store_error("listing partitions", e))?;
    for partition in partitions {
        let Ok(day) = partition.trim_matches('\'').parse::<u32>() else {
            continue;
        };
        if day < cutoff_day {
            let drop = format!("ALTER TABLE {db}.{table} DROP PARTITION {day}");
            client
                .query(&drop)
                .execute()
                .await
                .map_err(|e| store_error("dropping a partition", e))?;
            tracing::info!(table, partition = day, "dropped an expired partition");
        }
    }
    Ok(())
}

#[async_trait]
impl ScoreSink for ClickhouseStore {
    async fn write_scores(&self, rows: Arc<Vec<ScoreRow>>) -> Result<(), StoreError> {
        if rows.is_empty() {
            return Ok(());
        }
        let version = now_ns();
        let records = rows
            .iter()
            .map(|r| ScoreRecord::from_row(r, version))
            .collect::<Result<Vec<_>, _>>()?;
        let wanted = records.len().min(self.max_pending_rows) as u32;
        let room = self
            .room
            .clone()
            .acquire_many_owned(wanted)
            .await
            .map_err(|_| StoreError::Closed)?;
        let (done, answer) = oneshot::channel();
        self.scores
            .send(PendingScores {
                records,
                done,
                _room: room,
            })
            .map_err(|_| StoreError::Closed)?;
        answer.await.map_err(|_| StoreError::Closed)?
    }
}
