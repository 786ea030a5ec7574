//! The ClickHouse store: the shared store of distributed deployments, over HTTP (RowBinary)
//! with the `clickhouse` crate.
//!
//! - **Scores** go through one writer task per process that batches them, from every score
//!   worker: a batch is sent when it holds `max_batch_rows`, when its first rows have waited
//!   `flush_interval`, or when no new rows arrived for 50 ms. Writers wait for their batch's
//!   INSERT, so `write_scores` returning Ok still means durable — but score workers go on
//!   scoring meanwhile (`score.max_in_flight_*`), so under load the batches are large. At most
//!   `max_pending_rows` wait at once; beyond that writers wait for room, which pushes back
//!   through the bus to the receivers.
//! - **Windows, alerts and the outbox** are small and written directly.
//! - **Errors**: every server and network error is retryable. An INSERT of typed rows fails only
//!   for operational reasons (server down or read-only, too many parts, memory, a table changed
//!   by hand), and callers retry with back-off, so nothing acknowledged is lost meanwhile.
//! - **Idempotence**: see `schema.rs`; reads collapse not-yet-merged duplicates with
//!   `LIMIT 1 BY <key>` on the newest `version`.

//!
//! `schema.rs` holds the DDL and migrations, `writer.rs` the score writer and the retention task,
//! `queries.rs` the reads, `rows.rs` the rows as ClickHouse stores them.

mod queries;
mod rows;
mod schema;
mod writer;

use std::sync::Arc;
use std::time::{Duration, Instant};

use ::clickhouse::{Client, Compression, Row};
use async_trait::async_trait;
use tokio::sync::{Semaphore, mpsc};
use tokio_util::sync::CancellationToken;

use self::queries::Filters;
use self::rows::{AlertRecord, DeliveryRecord, NotificationRecord, ScoreRecord, WindowRecord};
pub use self::schema::Flavor;
use self::schema::{ServerVersion, migrate};
use self::writer::{
    BatchLimits, PendingScores, drop_expired_partitions, insert_records, write_loop,
};
use crate::store::config::{ClickhouseStoreConfig, ClickhouseValidation, StoreCompression};
use crate::store::{
    AlertRef, AlertRow, NotificationRow, NotificationUpdate, Outbox, ScoreRow, Store, StoreError,
    WindowRow, WindowStore,
};
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
    all.extend(schema::step_2(db, flavor));
    all.extend(schema::step_3(db, flavor));
    all.push(schema::record_step(db, schema::SCHEMA_VERSION, flavor));
    all
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
        reason: format!(
            "clickhouse {context}: {}",
            first_line(&crate::security::client_tls::error_chain(&e))
        ),
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

/// The longest span whose scores [`WindowStore::scores_ending_since`] finds: the scores table
/// is partitioned by span start, and reading back a day bounds the partitions read.
const MAX_SPAN_NANOS: i64 = 86_400 * 1_000_000_000;

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

/// The crate's own HTTP client for `http://`; for `https://`, one whose rustls trusts
/// `store.tls.ca_file` (or the public roots) and presents the client certificate, if any.
fn http_client(config: &ClickhouseStoreConfig) -> Result<Client, StoreError> {
    use hyper_util::client::legacy::{Client as HyperClient, connect::HttpConnector};
    let https = config
        .url
        .parse::<http::Uri>()
        .is_ok_and(|uri| uri.scheme_str() == Some("https"));
    if !https {
        return Ok(Client::default());
    }
    let tls = config
        .tls
        .load("store.tls")
        .and_then(|tls| {
            // No ALPN here: the connector offers HTTP/1.1 itself.
            tls.rustls(Vec::new())
                .map_err(|e| crate::security::client_tls::ClientTlsError {
                    path: "store.tls".into(),
                    message: e.to_string(),
                })
        })
        .map_err(|e| open_error(config, e.to_string()))?;
    // As the crate's default client: keep-alive probes, idle connections closed before the
    // server's keep-alive timeout (3 s on older servers).
    let mut tcp = HttpConnector::new();
    tcp.set_keepalive(Some(Duration::from_secs(60)));
    tcp.enforce_http(false);
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls)
        .https_only()
        .enable_http1()
        .wrap_connector(tcp);
    let client = HyperClient::builder(hyper_util::rt::TokioExecutor::new())
        .pool_idle_timeout(Duration::from_secs(2))
        .build(connector);
    Ok(Client::with_http_client(client))
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
        let mut base = http_client(config)?
            .with_url(config.url.clone())
            .with_user(config.user.clone())
            .with_compression(match config.compression.get() {
                StoreCompression::None => Compression::None,
                StoreCompression::Lz4 => Compression::Lz4,
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
                retention: config.scores_retention,
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
                state: c.state.as_str().to_owned(),
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

/// `error` and, when it is a connection that closed on an `https://` URL, what a direct TLS
/// connection says about it: with TLS 1.3 a server that wants a client certificate refuses
/// with an alert after the handshake, and the HTTP client only sees its request cancelled
/// ("connection was not ready"), or the alert, depending on who is first.
async fn with_tls_diagnosis(config: &ClickhouseStoreConfig, error: String) -> String {
    let Ok(uri) = config.url.parse::<http::Uri>() else {
        return error;
    };
    if uri.scheme_str() != Some("https") || error.contains("alert") || error.contains("certificate")
    {
        return error;
    }
    let Ok(tls) = config.tls.load("store.tls") else {
        return error;
    };
    match tls
        .diagnose(
            &uri,
            b"http/1.1",
            config.request_timeout.min(Duration::from_secs(5)),
        )
        .await
    {
        Some(tls_error) => format!("{error} (TLS: {tls_error})"),
        None => error,
    }
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
            Ok(Err(e)) => first_line(&crate::security::client_tls::error_chain(&e)).to_owned(),
            Err(_) => format!("no answer within {:?}", config.request_timeout),
        };
        // Wrong credentials will not fix themselves: fail at once.
        // UNKNOWN_USER, WRONG_PASSWORD, REQUIRED_PASSWORD, IP_ADDRESS_NOT_ALLOWED,
        // AUTHENTICATION_FAILED.
        if matches!(server_code(&error), Some(192..=195 | 516)) {
            return Err(open_error(config, error));
        }
        if started.elapsed() >= config.startup_timeout {
            // Probed once, for the error that is returned: not on every retry.
            let error = with_tls_diagnosis(config, error).await;
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

#[async_trait]
impl WindowStore for ClickhouseStore {
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

    async fn scores_ending_since(
        &self,
        since_end_ns: i64,
        limit: usize,
    ) -> Result<Vec<ScoreRow>, StoreError> {
        // `detail` is not needed to aggregate and may be the largest column: not read.
        let cols = ScoreRecord::COLUMN_NAMES
            .iter()
            .map(|c| match *c {
                "detail" => "CAST(NULL AS Nullable(String)) AS detail".to_owned(),
                c => c.to_owned(),
            })
            .collect::<Vec<_>>()
            .join(", ");
        // The table is partitioned by span start: a span that ended after the cut started at
        // most `MAX_SPAN_NANOS` before it (longer ones are not rebuilt), so only those days
        // are read.
        let sql = format!(
            "SELECT {cols} FROM (SELECT {cols} FROM scores \
                 WHERE end_ns >= ? AND time >= toDateTime(intDiv(?, 1000000000)) \
                 ORDER BY end_ns DESC, trace_id, span_id, evaluator, version DESC \
                 LIMIT 1 BY trace_id, span_id, evaluator) \
             ORDER BY end_ns DESC, trace_id, span_id, evaluator LIMIT {limit}",
            limit = limit.max(1)
        );
        let query = self
            .client
            .query(&sql)
            .bind(since_end_ns)
            .bind(since_end_ns.saturating_sub(MAX_SPAN_NANOS).max(0));
        self.fetch::<ScoreRecord>(query)
            .await?
            .into_iter()
            .map(ScoreRecord::into_row)
            .collect()
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
}

#[async_trait]
impl Outbox for ClickhouseStore {
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
}

#[async_trait]
impl Store for ClickhouseStore {
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
