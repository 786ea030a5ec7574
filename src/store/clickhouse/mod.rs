//! The ClickHouse store: the shared store of distributed deployments, over HTTP (RowBinary)
//! with the `clickhouse` crate.
//!
//! - **Scores** go through one writer task that batches them: a batch is sent when it holds
//!   `max_batch_rows`, when its first rows have waited `flush_interval`, or as soon as no new
//!   rows arrived for a moment (every writer is then waiting for this batch, so waiting longer
//!   would only add latency). Writers wait for their batch's INSERT, so `write_scores`
//!   returning Ok still means durable. At most `max_pending_rows` wait at once; beyond that
//!   writers wait for room, which pushes back through the bus to the receivers.
//! - **Windows, alerts and the outbox** are small and written directly.
//! - **Errors**: every server and network error is retryable. An INSERT of typed rows fails only
//!   for operational reasons (server down or read-only, too many parts, memory, a table changed
//!   by hand), and callers retry with back-off, so nothing acknowledged is lost meanwhile.
//! - **Idempotence**: see [`schema`]; reads collapse not-yet-merged duplicates with
//!   `LIMIT 1 BY <key>` on the newest `version`.

mod rows;
mod schema;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use ::clickhouse::{Client, Compression, Row};
use async_trait::async_trait;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use self::rows::{
    AlertRecord, DeliveryRecord, NotificationRecord, ScoreRecord, WindowRecord, parse_ns,
};
pub use self::schema::Flavor;
use self::schema::ServerVersion;
use super::{
    AlertQuery, AlertRef, AlertRow, NotificationQuery, NotificationRow, NotificationUpdate,
    ScoreQuery, ScoreRow, Store, StoreError, WindowQuery, WindowRow,
};
use crate::store::config::{ClickhouseStoreConfig, ClickhouseValidation};
use crate::telemetry::Metrics;

/// Every statement agentwatch runs to create its tables in `config.database` (the database,
/// the schema-version table, then the tables), for `agentwatch clickhouse-schema`.
pub fn schema_statements(config: &ClickhouseStoreConfig, flavor: Flavor) -> Vec<String> {
    let db = &config.database;
    let retention = schema::Retention {
        scores: config.scores_retention,
        windows: config.windows_retention,
    };
    let mut all = vec![
        format!("CREATE DATABASE IF NOT EXISTS {db}"),
        schema::schema_table(db),
    ];
    all.extend(schema::step_1(db, flavor, retention));
    all.push(schema::record_step(db, schema::SCHEMA_VERSION, flavor));
    all
}

/// How long the score writer waits for more rows after the last ones arrived.
const IDLE_FLUSH: Duration = Duration::from_millis(5);

/// One day in ns: the tables' partitions.
const DAY_NS: i64 = 86_400 * 1_000_000_000;

/// How often expired partitions are looked for on servers without TTL.
const RETENTION_CHECK: Duration = Duration::from_secs(3600);

/// One `write_scores` call waiting for its batch.
struct PendingScores {
    records: Vec<ScoreRecord>,
    done: oneshot::Sender<Result<(), StoreError>>,
    /// Room in `max_pending_rows`, given back when the write is answered.
    _room: OwnedSemaphorePermit,
}

/// ClickHouse-backed [`Store`].
pub struct ClickhouseStore {
    client: Client,
    url: String,
    scores: mpsc::UnboundedSender<PendingScores>,
    room: Arc<Semaphore>,
    max_pending_rows: usize,
    request_timeout: Duration,
    stop: CancellationToken,
    tasks: std::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

/// `Error` → [`StoreError`]: what the crate reports on our side of the wire (rows that do not
/// serialize) is permanent; anything the server or the network says is retryable.
fn store_error(context: &str, e: ::clickhouse::error::Error) -> StoreError {
    use ::clickhouse::error::Error as E;
    // A schema mismatch (validation on, a table changed by hand) is the operator's to fix,
    // like the same change seen by the server with validation off: retried, not dropped.
    let retryable = !matches!(
        e,
        E::SequenceMustHaveLength | E::Custom(_) | E::InvalidParams(_) | E::Unsupported(_)
    );
    StoreError::Write {
        reason: format!("clickhouse {context}: {}", first_line(&e.to_string())),
        retryable,
    }
}

/// Server exceptions carry a stack trace after the first line; logs need the first.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text).trim()
}

/// The exception code in a server error (`Code: 516. DB::Exception…` on current servers,
/// `Code: 192, e.displayText()…` on old ones).
fn server_code(text: &str) -> Option<u32> {
    let after = &text[text.find("Code: ")? + "Code: ".len()..];
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn columns<T: Row>() -> String {
    T::COLUMN_NAMES.join(", ")
}

/// Row versions: a later write wins, even across a clock step back.
fn now_ns() -> u64 {
    super::monotonic_unix_nano()
}

fn open_error(config: &ClickhouseStoreConfig, reason: String) -> StoreError {
    StoreError::Open {
        path: format!("{} (database {})", config.url, config.database),
        reason,
    }
}

impl ClickhouseStore {
    /// Connect (waiting up to `startup_timeout` for the server), create or migrate the schema
    /// when it is missing or older, and start the score writer and, on servers without TTL,
    /// the retention task.
    pub async fn open(
        config: &ClickhouseStoreConfig,
        metrics: Arc<Metrics>,
    ) -> Result<ClickhouseStore, StoreError> {
        Self::open_with(config, metrics, true).await
    }

    /// Like [`open`](Self::open), for a command that only reads: no retention task.
    pub async fn open_reader(
        config: &ClickhouseStoreConfig,
    ) -> Result<ClickhouseStore, StoreError> {
        Self::open_with(config, Metrics::new(), false).await
    }

    async fn open_with(
        config: &ClickhouseStoreConfig,
        metrics: Arc<Metrics>,
        retention_task: bool,
    ) -> Result<ClickhouseStore, StoreError> {
        let mut base = Client::default()
            .with_url(config.url.clone())
            .with_user(config.user.clone())
            .with_compression(match config.compression.as_str() {
                "none" => Compression::None,
                _ => Compression::Lz4,
            })
            .with_validation(false);
        if let Some(password) = &config.password {
            base = base.with_password(password.expose());
        }
        for (name, value) in &config.settings {
            base = base.with_setting(name.clone(), value.clone());
        }
        let server = wait_for_server(&base, config).await?;
        let flavor = Flavor::for_version(&server);
        let validation = match config.validation {
            ClickhouseValidation::Auto => server.major >= 24,
            ClickhouseValidation::On => true,
            ClickhouseValidation::Off => false,
        };
        let tables_flavor = migrate(&base, config, flavor).await?;
        let client = base
            .with_database(config.database.clone())
            .with_validation(validation);
        tracing::info!(
            server = %server.text,
            database = %config.database,
            flavor = tables_flavor.name(),
            validation,
            "clickhouse store ready"
        );

        let (scores, pending) = mpsc::unbounded_channel();
        let stop = CancellationToken::new();
        let mut tasks = vec![tokio::spawn(write_loop(
            client.clone(),
            pending,
            BatchLimits {
                max_rows: config.max_batch_rows,
                max_wait: config.flush_interval,
                timeout: config.request_timeout,
            },
            metrics,
        ))];
        // Servers without TTL: agentwatch drops expired day partitions itself.
        if retention_task
            && tables_flavor == Flavor::Legacy
            && (config.scores_retention.is_some() || config.windows_retention.is_some())
        {
            tasks.push(tokio::spawn(drop_expired_partitions(
                client.clone(),
                config.database.clone(),
                [
                    ("scores", config.scores_retention),
                    ("windows", config.windows_retention),
                ],
                stop.clone(),
            )));
        }
        Ok(ClickhouseStore {
            client,
            url: config.url.clone(),
            scores,
            room: Arc::new(Semaphore::new(config.max_pending_rows)),
            max_pending_rows: config.max_pending_rows,
            request_timeout: config.request_timeout,
            stop,
            tasks: std::sync::Mutex::new(tasks),
        })
    }

    /// INSERT `records` into `table` in one request (atomic: far below the server's block size).
    async fn insert<T>(&self, table: &str, records: &[T]) -> Result<(), StoreError>
    where
        T: ::clickhouse::RowOwned + ::clickhouse::RowWrite,
    {
        insert_records(&self.client, table, records, self.request_timeout).await
    }

    /// Run a read, bounded by the request timeout.
    async fn fetch<T>(&self, query: ::clickhouse::query::Query) -> Result<Vec<T>, StoreError>
    where
        T: ::clickhouse::RowOwned + ::clickhouse::RowRead,
    {
        match tokio::time::timeout(self.request_timeout, query.fetch_all::<T>()).await {
            Ok(result) => result.map_err(|e| store_error("read", e)),
            Err(_) => Err(StoreError::Write {
                reason: format!(
                    "clickhouse read: no answer from {} within {:?}",
                    self.url, self.request_timeout
                ),
                retryable: true,
            }),
        }
    }

    /// Run a read and convert each record into the store's row type.
    async fn fetch_rows<T, R>(
        &self,
        query: ::clickhouse::query::Query,
        into_row: impl FnMut(T) -> R,
    ) -> Result<Vec<R>, StoreError>
    where
        T: ::clickhouse::RowOwned + ::clickhouse::RowRead,
    {
        Ok(self
            .fetch::<T>(query)
            .await?
            .into_iter()
            .map(into_row)
            .collect())
    }

    /// Each (transition, notifier)'s newest delivery status, as a JSON object per transition.
    async fn deliveries(
        &self,
        keys: &[String],
    ) -> Result<std::collections::HashMap<(String, i64, String), String>, StoreError> {
        let mut by_transition: std::collections::HashMap<_, serde_json::Map<_, _>> =
            Default::default();
        // In chunks: the keys travel in the query text, which the server bounds
        // (max_query_size, 256 KiB by default).
        for keys in keys.chunks(1000) {
            let query = self
                .client
                .query(&format!(
                    "SELECT {} FROM alert_deliveries WHERE has(?, dedup_key) \
                     ORDER BY version DESC LIMIT 1 BY dedup_key, window_start_ns, state, notifier",
                    columns::<DeliveryRecord>()
                ))
                .bind(keys);
            for d in self.fetch::<DeliveryRecord>(query).await? {
                by_transition
                    .entry((d.dedup_key, d.window_start_ns, d.state))
                    .or_default()
                    .insert(d.notifier, serde_json::Value::String(d.delivery));
            }
        }
        Ok(by_transition
            .into_iter()
            .map(|(k, v)| (k, serde_json::Value::Object(v).to_string()))
            .collect())
    }

    /// Record `status` for `notifier` on every transition `covers` names.
    async fn mark_alerts(
        &self,
        marks: impl IntoIterator<Item = (String, String, String)>,
        version: u64,
    ) -> Result<(), StoreError> {
        let mut records = Vec::new();
        for (notifier, covers, status) in marks {
            let covers: Vec<AlertRef> =
                serde_json::from_str(&covers).map_err(|e| StoreError::Write {
                    reason: format!("notification covers are not valid JSON: {e}"),
                    retryable: false,
                })?;
            records.extend(covers.into_iter().map(|c| DeliveryRecord {
                dedup_key: c.dedup_key,
                window_start_ns: c.window_start_ns,
                state: c.state,
                notifier: notifier.clone(),
                delivery: status.clone(),
                version,
            }));
        }
        self.insert("alert_deliveries", &records).await
    }

    /// The newest version of every notification (the outbox as it stands).
    fn latest_notifications_sql() -> String {
        format!(
            "SELECT {} FROM notifications ORDER BY version DESC LIMIT 1 BY id",
            columns::<NotificationRecord>()
        )
    }
}

async fn insert_records<T>(
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

/// Ask for the version until the server answers or `startup_timeout` has passed.
async fn wait_for_server(
    client: &Client,
    config: &ClickhouseStoreConfig,
) -> Result<ServerVersion, StoreError> {
    let started = Instant::now();
    loop {
        let answer = tokio::time::timeout(
            config.request_timeout,
            client.query("SELECT version()").fetch_one::<String>(),
        )
        .await;
        let error = match answer {
            Ok(Ok(text)) => {
                return ServerVersion::parse(&text).ok_or_else(|| {
                    open_error(config, format!("unexpected server version '{text}'"))
                });
            }
            Ok(Err(e)) => first_line(&e.to_string()).to_owned(),
            Err(_) => format!("no answer within {:?}", config.request_timeout),
        };
        // Wrong credentials will not fix themselves: fail at once.
        // UNKNOWN_USER, WRONG_PASSWORD, REQUIRED_PASSWORD, IP_ADDRESS_NOT_ALLOWED,
        // AUTHENTICATION_FAILED.
        if matches!(server_code(&error), Some(192..=195 | 516)) {
            return Err(open_error(config, error));
        }
        if started.elapsed() >= config.startup_timeout {
            return Err(open_error(
                config,
                format!(
                    "{error} (still failing after store.startup_timeout = {:?})",
                    config.startup_timeout
                ),
            ));
        }
        tracing::warn!(url = %config.url, error = %error, "clickhouse not answering yet; retrying");
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Run `sql` (DDL and the like), bounded by the request timeout.
async fn execute(client: &Client, sql: &str, timeout: Duration) -> Result<(), String> {
    match tokio::time::timeout(timeout, client.query(sql).execute()).await {
        Ok(result) => result.map_err(|e| first_line(&e.to_string()).to_owned()),
        Err(_) => Err(format!("no answer within {timeout:?}")),
    }
}

/// The newest schema step recorded in `db`, with its flavor; None when there is none (or no
/// table to record it in yet).
async fn applied_schema(client: &Client, db: &str, timeout: Duration) -> Option<(u32, Flavor)> {
    let query = client.query(&format!(
        "SELECT version, flavor FROM {db}.agentwatch_schema ORDER BY version DESC LIMIT 1"
    ));
    let rows: Vec<(u32, String)> = tokio::time::timeout(timeout, query.fetch_all())
        .await
        .ok()?
        .ok()?;
    rows.into_iter().next().map(|(version, flavor)| {
        let flavor = if flavor == Flavor::Current.name() {
            Flavor::Current
        } else {
            Flavor::Legacy
        };
        (version, flavor)
    })
}

/// Create the database and run the missing schema steps; returns the flavor the tables were
/// created with (an upgraded server keeps its older tables). A schema already current is only
/// read, so a user without DDL rights can use tables created by hand
/// (`agentwatch clickhouse-schema`).
async fn migrate(
    client: &Client,
    config: &ClickhouseStoreConfig,
    flavor: Flavor,
) -> Result<Flavor, StoreError> {
    let db = &config.database;
    let timeout = config.request_timeout;
    let refuse_newer = |version: u32| {
        open_error(
            config,
            format!(
                "schema version {version} is newer than this agentwatch understands ({}); upgrade agentwatch",
                schema::SCHEMA_VERSION
            ),
        )
    };
    match applied_schema(client, db, timeout).await {
        Some((version, tables)) if version == schema::SCHEMA_VERSION => return Ok(tables),
        Some((version, _)) if version > schema::SCHEMA_VERSION => {
            return Err(refuse_newer(version));
        }
        _ => {}
    }
    let fail = |what: &str, e: String| open_error(config, format!("{what}: {e}"));
    execute(
        client,
        &format!("CREATE DATABASE IF NOT EXISTS {db}"),
        timeout,
    )
    .await
    .map_err(|e| fail("creating the database", e))?;
    execute(client, &schema::schema_table(db), timeout)
        .await
        .map_err(|e| fail("creating agentwatch_schema", e))?;
    // Read again: another process may have migrated meanwhile.
    let (version, tables_flavor) = applied_schema(client, db, timeout)
        .await
        .unwrap_or((0, flavor));
    if version > schema::SCHEMA_VERSION {
        return Err(refuse_newer(version));
    }
    if version < 1 {
        let retention = schema::Retention {
            scores: config.scores_retention,
            windows: config.windows_retention,
        };
        for ddl in schema::step_1(db, tables_flavor, retention) {
            execute(client, &ddl, timeout)
                .await
                .map_err(|e| fail("creating tables (schema step 1)", e))?;
        }
        execute(client, &schema::record_step(db, 1, tables_flavor), timeout)
            .await
            .map_err(|e| fail("recording schema step 1", e))?;
    }
    Ok(tables_flavor)
}

/// When the score writer sends a batch.
struct BatchLimits {
    max_rows: usize,
    max_wait: Duration,
    timeout: Duration,
}

/// Collect waiting score writes into batches and INSERT each; answer every writer of a batch
/// with its outcome. Ends when every sender is gone.
async fn write_loop(
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
        for record in batch
            .iter_mut()
            .flat_map(|p| std::mem::take(&mut p.records))
        {
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
                metrics.store_rows_written.inc_by(rows as u64);
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
async fn drop_expired_partitions(
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

/// `AND column op ?` with its value, for the optional filters of the read queries.
struct Filters {
    sql: String,
    binds: Vec<FilterValue>,
}

enum FilterValue {
    Text(String),
    Int(i64),
}

impl Filters {
    fn new() -> Filters {
        Filters {
            sql: String::from(" WHERE 1 = 1"),
            binds: Vec::new(),
        }
    }

    fn text(&mut self, column: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.sql.push_str(&format!(" AND {column} = ?"));
            self.binds.push(FilterValue::Text(v.clone()));
        }
    }

    /// Rows at or after (`since`) or before (`until`) an RFC 3339 time: exact on the `*_ns`
    /// column, and also on the readable time column the table is partitioned by (to the
    /// second), so that the server reads only the days concerned.
    fn time_range(
        &mut self,
        ns_column: &str,
        day_column: &str,
        since: &Option<String>,
        until: &Option<String>,
    ) -> Result<(), StoreError> {
        if let Some(v) = since {
            self.since_ns(ns_column, day_column, parse_ns(v, "--since")?);
        }
        if let Some(v) = until {
            let ns = parse_ns(v, "--until")?;
            self.sql.push_str(&format!(
                " AND {ns_column} < ? AND {day_column} < toDateTime(intDiv(?, 1000000000) + 1)"
            ));
            self.binds
                .extend([FilterValue::Int(ns), FilterValue::Int(ns)]);
        }
        Ok(())
    }

    /// Rows at or after `ns` (see [`time_range`](Self::time_range)).
    fn since_ns(&mut self, ns_column: &str, day_column: &str, ns: i64) {
        self.sql.push_str(&format!(
            " AND {ns_column} >= ? AND {day_column} >= toDateTime(intDiv(?, 1000000000))"
        ));
        self.binds
            .extend([FilterValue::Int(ns), FilterValue::Int(ns)]);
    }

    /// Append another set of filters (and their values) after these.
    fn and(mut self, other: Filters) -> Filters {
        self.sql
            .push_str(other.sql.trim_start_matches(" WHERE 1 = 1"));
        self.binds.extend(other.binds);
        self
    }

    fn bind(self, mut query: ::clickhouse::query::Query) -> ::clickhouse::query::Query {
        for value in self.binds {
            query = match value {
                FilterValue::Text(t) => query.bind(t),
                FilterValue::Int(i) => query.bind(i),
            };
        }
        query
    }
}

#[async_trait]
impl Store for ClickhouseStore {
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

    async fn query_scores(&self, q: &ScoreQuery) -> Result<Vec<ScoreRow>, StoreError> {
        // Key columns filter before duplicates are collapsed; others after, so that an older
        // version of a row cannot match (the same rule for the windows below).
        let mut key = Filters::new();
        key.text("service", &q.service);
        key.text("evaluator", &q.evaluator);
        key.text("trace_id", &q.trace_id.as_ref().map(|t| t.to_lowercase()));
        key.time_range("time_ns", "time", &q.since, &q.until)?;
        let mut value = Filters::new();
        value.text("label", &q.label);
        let cols = columns::<ScoreRecord>();
        let sql = format!(
            "SELECT {cols} FROM (SELECT {cols} FROM scores{key} \
                 ORDER BY time_ns DESC, trace_id, span_id, evaluator, version DESC \
                 LIMIT 1 BY trace_id, span_id, evaluator){value} \
             ORDER BY time_ns DESC, trace_id, span_id, evaluator LIMIT {limit}",
            key = key.sql,
            value = value.sql,
            limit = q.limit.max(1)
        );
        let query = key.and(value).bind(self.client.query(&sql));
        self.fetch_rows(query, ScoreRecord::into_row).await
    }

    async fn write_windows(
        &self,
        rows: Vec<WindowRow>,
        alerts: Vec<AlertRow>,
    ) -> Result<(), StoreError> {
        let version = now_ns();
        let alerts = alerts
            .into_iter()
            .map(|a| AlertRecord::from_row(a, version))
            .collect::<Result<Vec<_>, _>>()?;
        let windows = rows
            .into_iter()
            .map(|w| WindowRecord::from_row(w, version))
            .collect::<Result<Vec<_>, _>>()?;
        // Alerts first: a window in the table means its transitions are too (a retry after a
        // failure in between rewrites both, idempotently).
        self.insert("alerts", &alerts).await?;
        self.insert("windows", &windows).await
    }

    async fn query_alerts(&self, q: &AlertQuery) -> Result<Vec<AlertRow>, StoreError> {
        let mut f = Filters::new();
        f.text("state", &q.state);
        f.text("service", &q.service);
        f.text("rule", &q.rule);
        f.time_range("at_ns", "at", &q.since, &None)?;
        if q.active || q.latest {
            // Only the latest transition of each (rule, series).
            f.sql.push_str(
                " AND (dedup_key, window_start_ns) IN \
                 (SELECT dedup_key, max(window_start_ns) FROM alerts GROUP BY dedup_key)",
            );
        }
        if q.active {
            f.sql.push_str(" AND state IN ('pending', 'firing')");
        }
        let sql = format!(
            "SELECT {} FROM alerts{} \
             ORDER BY window_start_ns DESC, dedup_key, state, version DESC \
             LIMIT 1 BY dedup_key, window_start_ns, state LIMIT {}",
            columns::<AlertRecord>(),
            f.sql,
            q.limit.max(1)
        );
        let query = f.bind(self.client.query(&sql));
        let records = self.fetch::<AlertRecord>(query).await?;
        let mut keys: Vec<String> = records.iter().map(|r| r.dedup_key.clone()).collect();
        keys.sort();
        keys.dedup();
        let mut deliveries = self.deliveries(&keys).await?;
        Ok(records
            .into_iter()
            .map(|r| {
                let delivery = deliveries
                    .remove(&(r.dedup_key.clone(), r.window_start_ns, r.state.clone()))
                    .unwrap_or_else(|| "{}".into());
                r.into_row(delivery)
            })
            .collect())
    }

    async fn query_windows(&self, q: &WindowQuery) -> Result<Vec<WindowRow>, StoreError> {
        let mut key = Filters::new();
        key.text("service", &q.service);
        key.text("metric", &q.metric);
        key.text("rule", &q.rule);
        key.time_range("window_start_ns", "window_start", &q.since, &q.until)?;
        let mut value = Filters::new();
        value.text("verdict", &q.verdict);
        let cols = columns::<WindowRecord>();
        let sql = format!(
            "SELECT {cols} FROM (SELECT {cols} FROM windows{key} \
                 ORDER BY window_start_ns DESC, service, agent, metric, dimension, rule, version DESC \
                 LIMIT 1 BY service, metric, agent, dimension, rule, window_start_ns){value} \
             ORDER BY window_start_ns DESC, service, agent, metric, dimension, rule LIMIT {limit}",
            key = key.sql,
            value = value.sql,
            limit = q.limit.max(1)
        );
        let query = key.and(value).bind(self.client.query(&sql));
        self.fetch_rows(query, WindowRecord::into_row).await
    }

    async fn windows_since(&self, since_ns: i64) -> Result<Vec<WindowRow>, StoreError> {
        let mut key = Filters::new();
        key.since_ns("window_start_ns", "window_start", since_ns);
        let sql = format!(
            "SELECT {} FROM windows{} \
             ORDER BY window_start_ns, service, agent, metric, dimension, rule, version DESC \
             LIMIT 1 BY service, metric, agent, dimension, rule, window_start_ns",
            columns::<WindowRecord>(),
            key.sql
        );
        let query = key.bind(self.client.query(&sql));
        self.fetch_rows(query, WindowRecord::into_row).await
    }

    async fn latest_window_start(&self) -> Result<Option<i64>, StoreError> {
        let query = self
            .client
            .query("SELECT count(), max(window_start_ns) FROM windows");
        let answer = self.fetch::<(u64, i64)>(query).await?;
        Ok(answer
            .into_iter()
            .next()
            .and_then(|(n, latest)| (n > 0).then_some(latest)))
    }

    async fn enqueue_notifications(&self, rows: Vec<NotificationRow>) -> Result<(), StoreError> {
        let marks: Vec<_> = rows
            .iter()
            .map(|r| (r.notifier.clone(), r.covers.clone(), r.delivery.clone()))
            .collect();
        // Version 0: a notification already in the outbox (and maybe updated since) wins, so
        // enqueueing the same id again changes nothing.
        let records: Vec<_> = rows
            .into_iter()
            .map(|r| NotificationRecord::from_row(r, 0))
            .collect();
        // The notifications last: without a transaction, a failure part-way must not leave a
        // pending notification whose transitions were never marked.
        self.mark_alerts(marks, now_ns()).await?;
        self.insert("notifications", &records).await
    }

    async fn update_notification(&self, update: NotificationUpdate) -> Result<(), StoreError> {
        let sql = format!(
            "SELECT {} FROM notifications WHERE id = ? ORDER BY version DESC LIMIT 1",
            columns::<NotificationRecord>()
        );
        let query = self.client.query(&sql).bind(&update.id);
        let current = self.fetch::<NotificationRecord>(query).await?;
        let version = now_ns();
        if let Some(mut record) = current.into_iter().next() {
            record.version = version.max(record.version + 1);
            record.delivery = update.delivery.clone();
            record.attempts = update.attempts;
            record.last_error = update.last_error.clone();
            record.next_attempt_ns = update.next_attempt_ns;
            record.delivered_at = update.delivered_at.clone();
            self.insert("notifications", &[record]).await?;
        }
        self.mark_alerts([(update.notifier, update.covers, update.delivery)], version)
            .await
    }

    async fn pending_notifications(&self) -> Result<Vec<NotificationRow>, StoreError> {
        let sql = format!(
            "SELECT {} FROM ({}) WHERE delivery = 'pending' ORDER BY created_ns, id",
            columns::<NotificationRecord>(),
            Self::latest_notifications_sql()
        );
        let query = self.client.query(&sql);
        self.fetch_rows(query, NotificationRecord::into_row).await
    }

    async fn notification_log(&self) -> Result<Vec<NotificationRow>, StoreError> {
        let sql = format!(
            "SELECT {cols} FROM (SELECT {cols} FROM ({latest}) \
                 WHERE delivery IN ('pending', 'delivered', 'skipped') \
                 ORDER BY created_ns DESC, id DESC LIMIT 1 BY notifier, route, group_key) \
             ORDER BY created_ns, id",
            cols = columns::<NotificationRecord>(),
            latest = Self::latest_notifications_sql()
        );
        let query = self.client.query(&sql);
        self.fetch_rows(query, NotificationRecord::into_row).await
    }

    async fn query_notifications(
        &self,
        q: &NotificationQuery,
    ) -> Result<Vec<NotificationRow>, StoreError> {
        let mut f = Filters::new();
        f.text("notifier", &q.notifier);
        f.text("delivery", &q.delivery);
        let sql = format!(
            "SELECT {} FROM ({}){} ORDER BY created_ns DESC, id LIMIT {}",
            columns::<NotificationRecord>(),
            Self::latest_notifications_sql(),
            f.sql,
            q.limit.max(1)
        );
        let query = f.bind(self.client.query(&sql));
        self.fetch_rows(query, NotificationRecord::into_row).await
    }

    async fn close(&self) -> Result<(), StoreError> {
        self.stop.cancel();
        // Writers still waiting for room get Closed; the writer task ends once every
        // PendingScores sender is dropped, which happens when this store is dropped. Batches
        // already queued are answered before that.
        self.room.close();
        let tasks = std::mem::take(&mut *self.tasks.lock().expect("not poisoned"));
        for task in tasks {
            if !task.is_finished() {
                // The writer finishes the batch in flight; the retention task stops at once.
                let _ = tokio::time::timeout(self.request_timeout, async {
                    while !task.is_finished() && self.has_queued_scores() {
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                })
                .await;
                task.abort();
            }
        }
        Ok(())
    }
}

impl ClickhouseStore {
    /// Whether score writes are still waiting for the writer.
    fn has_queued_scores(&self) -> bool {
        self.room.available_permits() < self.max_pending_rows
    }
}
