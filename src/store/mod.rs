//! The store interface: where scores, windows, alerts and the notification outbox are written
//! and queried.
//!
//! Stages talk to the narrow trait of their part ([`ScoreSink`], [`WindowStore`], [`Outbox`],
//! [`StoreReader`]), never to a database directly; the pipeline file picks the implementation
//! ([`sqlite`](SqliteStore) or [`clickhouse`](ClickhouseStore)). Rows are in `rows.rs`, filters
//! in `query.rs`. Writes are idempotent: writing the same (trace, span, evaluator) twice leaves
//! one row, so redelivery after a crash never doubles a score.

mod clickhouse;
pub mod config;
mod query;
mod rows;
mod sqlite;
mod time;

use std::sync::Arc;

use async_trait::async_trait;

use self::config::StoreConfig;
use crate::telemetry::Metrics;

pub use self::clickhouse::{ClickhouseStore, Flavor, schema_statements as clickhouse_schema};
pub use self::query::{AlertQuery, LabelCount, NotificationQuery, ScoreQuery, WindowQuery};
pub use self::rows::{
    AlertRef, AlertRow, NotificationRow, NotificationUpdate, ScoreRow, WindowRow,
};
pub(crate) use self::time::parse_ns;
pub use self::time::{format_time, monotonic_unix_nano};
pub use sqlite::SqliteStore;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database refused or failed the operation.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The store could not be opened.
    #[error("cannot open store at {path}: {reason}")]
    Open {
        /// Where.
        path: String,
        /// Why.
        reason: String,
    },
    /// A batch write failed; every write in that batch gets this error.
    #[error("write failed: {reason}")]
    Write {
        /// The database's message.
        reason: String,
        /// Whether retrying later may succeed.
        retryable: bool,
    },
    /// The store was closed (shutting down).
    #[error("store is closed")]
    Closed,
}

impl StoreError {
    /// True when retrying later may succeed (a busy or unreachable database).
    pub fn is_retryable(&self) -> bool {
        match self {
            // A busy, locked, full or failing disk may clear: retry, and push back meanwhile.
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.code,
                rusqlite::ErrorCode::DatabaseBusy
                    | rusqlite::ErrorCode::DatabaseLocked
                    | rusqlite::ErrorCode::DiskFull
                    | rusqlite::ErrorCode::SystemIoFailure
                    | rusqlite::ErrorCode::ReadOnly
                    | rusqlite::ErrorCode::CannotOpen
                    | rusqlite::ErrorCode::OutOfMemory
            ),
            StoreError::Write { retryable, .. } => *retryable,
            StoreError::Closed => true,
            _ => false,
        }
    }
}

/// A scored batch's partial aggregates as a store keeps them beside the batch's scores, so
/// that the windows the batch fed can be rebuilt after a crash (embedded bus).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartialsRecord {
    /// The batch's identity, a hash of its span ids: a batch committed again (a client's
    /// retry of a request whose answer it never got) is recognised and counted once.
    pub batch_key: i64,
    /// Start of the newest window the partials feed, Unix ns: the record is forgotten once
    /// every window up to it is written.
    pub last_window_ns: i64,
    /// The partials, as [`crate::window::wire::encode_record`] writes them.
    pub bytes: Vec<u8>,
}

/// What writing a batch with its partials found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Committed {
    /// The batch's first commit: its partials are new.
    First,
    /// A batch with the same key was committed before: its rows were written again (the same
    /// rows), its partials are already counted.
    Again,
}

/// The score stage's store: where each span's scores land.
#[async_trait]
pub trait ScoreSink: Send + Sync {
    /// Write rows idempotently; when this returns Ok they are durable. Shared, so that a
    /// retry after a failed write costs no copy of the batch.
    async fn write_scores(&self, rows: Arc<Vec<ScoreRow>>) -> Result<(), StoreError>;

    /// True when the store keeps [`PartialsRecord`]s (see
    /// [`ScoreSink::write_scores_and_partials`]).
    fn keeps_partials(&self) -> bool {
        false
    }

    /// Write rows and, in the same transaction, the batch's partial aggregates. A store that
    /// does not keep partials writes the rows only and answers [`Committed::First`].
    async fn write_scores_and_partials(
        &self,
        rows: Arc<Vec<ScoreRow>>,
        _partials: Arc<PartialsRecord>,
    ) -> Result<Committed, StoreError> {
        self.write_scores(rows).await.map(|()| Committed::First)
    }
}

/// The detect stage's store: closed windows and the alert transitions they caused, and the
/// trailing history it rebuilds baselines and rule states from.
#[async_trait]
pub trait WindowStore: Send + Sync {
    /// Write closed windows and the alert transitions they caused, idempotently, in one
    /// transaction.
    async fn write_windows(
        &self,
        rows: Vec<WindowRow>,
        alerts: Vec<AlertRow>,
    ) -> Result<(), StoreError>;
    /// Every window starting at or after `since_ns`, oldest first (to rebuild baselines).
    async fn windows_since(&self, since_ns: i64) -> Result<Vec<WindowRow>, StoreError>;
    /// Start (Unix ns) of the newest stored window, if any.
    async fn latest_window_start(&self) -> Result<Option<i64>, StoreError>;
    /// The newest `limit` score rows of spans that ended at or after `since_end_ns`, newest
    /// end first, one per (span, evaluator), every row with its `end_ns` and without its
    /// `detail` (to rebuild the windows still open at the last stop).
    async fn scores_ending_since(
        &self,
        since_end_ns: i64,
        limit: usize,
    ) -> Result<Vec<ScoreRow>, StoreError>;
    /// Up to `limit` kept partials records whose newest window starts at or after
    /// `since_window_ns`, with a batch key above `after_key`, by key: (key, bytes). None when
    /// this store does not keep partials (the open windows are rebuilt from the scores then).
    async fn open_partials(
        &self,
        _since_window_ns: i64,
        _after_key: Option<i64>,
        _limit: usize,
    ) -> Result<Option<Vec<(i64, Vec<u8>)>>, StoreError> {
        Ok(None)
    }
    /// Forget the partials records whose windows all start before `before_ns` (written).
    async fn forget_partials_before(&self, _before_ns: i64) -> Result<(), StoreError> {
        Ok(())
    }
}

/// The alert stage's store: the durable notification outbox, whose delivery statuses are
/// also marked on the transitions each notification covers.
#[async_trait]
pub trait Outbox: Send + Sync {
    /// Put notifications in the outbox (idempotent on id) and mark the transitions they cover.
    async fn enqueue_notifications(&self, rows: Vec<NotificationRow>) -> Result<(), StoreError>;
    /// Record a delivery attempt's outcome, on the outbox row and the transitions it covers.
    async fn update_notification(&self, update: NotificationUpdate) -> Result<(), StoreError>;
    /// Notifications still to deliver, oldest first.
    async fn pending_notifications(&self) -> Result<Vec<NotificationRow>, StoreError>;
    /// The newest notification of each (notifier, route, group) that was not refused or
    /// given up (`failed`, `expired`): what each notifier was last told, to rebuild alert
    /// grouping after a restart.
    async fn notification_log(&self) -> Result<Vec<NotificationRow>, StoreError>;
}

/// Reads for people and restores: every table back, filtered, newest first.
#[async_trait]
pub trait StoreReader: Send + Sync {
    /// Read scores back, newest first.
    async fn query_scores(&self, query: &ScoreQuery) -> Result<Vec<ScoreRow>, StoreError>;
    /// Read windows back, newest first.
    async fn query_windows(&self, query: &WindowQuery) -> Result<Vec<WindowRow>, StoreError>;
    /// Read alert transitions back, newest first.
    async fn query_alerts(&self, query: &AlertQuery) -> Result<Vec<AlertRow>, StoreError>;
    /// Read the outbox, newest first.
    async fn query_notifications(
        &self,
        query: &NotificationQuery,
    ) -> Result<Vec<NotificationRow>, StoreError>;
    /// Scores per (service, agent, evaluator, label) of the spans that ended in
    /// `[since_ns, until_ns)`, counting at most the newest `max_rows` of them (a bound on the
    /// work, whatever the traffic); unordered.
    async fn label_counts(
        &self,
        since_ns: i64,
        until_ns: i64,
        max_rows: usize,
    ) -> Result<Vec<LabelCount>, StoreError>;
}

/// A whole store: every stage's part of it, and closing it. The pipeline opens one and hands
/// each stage the narrow trait it needs (`Arc<dyn Store>` coerces to `Arc<dyn ScoreSink>`
/// and the others), so a stage and its test fakes see only their own tables.
#[async_trait]
pub trait Store: ScoreSink + WindowStore + Outbox + StoreReader {
    /// Flush and stop accepting writes.
    async fn close(&self) -> Result<(), StoreError>;
}

/// Open the store for a command that only reads it (no background maintenance).
pub async fn open_reader(config: &StoreConfig) -> Result<Arc<dyn Store>, StoreError> {
    match config {
        StoreConfig::Clickhouse(config) => {
            Ok(Arc::new(ClickhouseStore::open_reader(config).await?))
        }
        StoreConfig::Sqlite { .. } => open(config, Metrics::new()).await,
    }
}

/// Open the store the pipeline file names (a ClickHouse store waits for its server up to
/// `store.startup_timeout`).
pub async fn open(
    config: &StoreConfig,
    metrics: Arc<Metrics>,
) -> Result<Arc<dyn Store>, StoreError> {
    match config {
        StoreConfig::Sqlite {
            path,
            max_batch_rows,
        } => Ok(Arc::new(SqliteStore::open(path, *max_batch_rows, metrics)?)),
        StoreConfig::Clickhouse(config) => {
            Ok(Arc::new(ClickhouseStore::open(config, metrics).await?))
        }
    }
}
