//! `store:` — SQLite or ClickHouse, and the values they take.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use crate::config::{Parsed, Secret, one_of, serde_duration, serde_duration_option};
use crate::security::client_tls::ClientTlsConfig;

/// `store:` — where scores go.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum StoreConfig {
    /// An embedded SQLite file.
    Sqlite {
        /// Database file; created if missing.
        #[serde(default = "default_sqlite_path")]
        path: PathBuf,
        /// Largest number of rows written in one transaction.
        #[serde(default = "default_store_batch_rows")]
        max_batch_rows: usize,
    },
    /// A ClickHouse server, over HTTP (the shared store of distributed deployments).
    Clickhouse(Box<ClickhouseStoreConfig>),
}

/// `store: {kind: clickhouse, ...}`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ClickhouseStoreConfig {
    /// HTTP(S) endpoint of the server, e.g. `http://127.0.0.1:8123`.
    pub url: String,
    /// Database holding agentwatch's tables; created at start if missing.
    pub database: String,
    /// User name.
    pub user: String,
    /// Password (`${env:...}` or `${file:...}`); none for a user without one.
    pub password: Option<Secret>,
    /// TLS of an `https://` URL: the CA that signs the server's certificate, a client
    /// certificate for servers that require one.
    pub tls: ClientTlsConfig,
    /// Check row types against the server's column types on every insert and read:
    /// `auto` (on for servers that support it, ClickHouse 24.x and later), `on` or `off`.
    pub validation: ClickhouseValidation,
    /// HTTP body compression: `lz4` or `none`.
    pub compression: Parsed<StoreCompression>,
    /// Score rows sent in one INSERT at most.
    pub max_batch_rows: usize,
    /// How long score rows may wait for a fuller batch before they are sent.
    #[serde(with = "serde_duration")]
    pub flush_interval: Duration,
    /// Score rows queued for the writer at most; writers wait beyond that (back-pressure).
    pub max_pending_rows: usize,
    /// Timeout of one request (an INSERT included).
    #[serde(with = "serde_duration")]
    pub request_timeout: Duration,
    /// How long `run` waits at start for the server to answer before giving up.
    #[serde(with = "serde_duration")]
    pub startup_timeout: Duration,
    /// Drop scores older than this (`null`: keep forever). A TTL on ClickHouse 21.8 and
    /// later; on older servers agentwatch drops expired day partitions itself.
    #[serde(with = "serde_duration_option")]
    pub scores_retention: Option<Duration>,
    /// Drop windows older than this (`null`: keep forever); at least `baseline.history`.
    #[serde(with = "serde_duration_option")]
    pub windows_retention: Option<Duration>,
    /// Extra ClickHouse settings sent with every query (e.g. `max_memory_usage`).
    pub settings: BTreeMap<String, String>,
}

impl Default for ClickhouseStoreConfig {
    fn default() -> Self {
        ClickhouseStoreConfig {
            url: "http://127.0.0.1:8123".into(),
            database: "agentwatch".into(),
            user: "default".into(),
            password: None,
            tls: ClientTlsConfig::default(),
            validation: ClickhouseValidation::Auto,
            compression: StoreCompression::Lz4.into(),
            max_batch_rows: 50_000,
            flush_interval: Duration::from_secs(1),
            max_pending_rows: 200_000,
            request_timeout: Duration::from_secs(30),
            startup_timeout: Duration::from_secs(60),
            scores_retention: Some(Duration::from_secs(30 * 24 * 3600)),
            windows_retention: Some(Duration::from_secs(90 * 24 * 3600)),
            settings: BTreeMap::new(),
        }
    }
}

impl ClickhouseStoreConfig {
    /// Value rules, reported under `store.*`.
    fn check(&self, baseline_history: Duration, issue: &mut dyn FnMut(&str, String)) {
        match self.url.parse::<http::Uri>() {
            // Credentials in the URL would be logged with it: they belong in user/password.
            Ok(uri) if uri.authority().is_some_and(|a| a.as_str().contains('@')) => issue(
                "store.url",
                "must not hold credentials: use store.user and store.password".into(),
            ),
            Ok(uri)
                if matches!(uri.scheme_str(), Some("http" | "https"))
                    && uri.authority().is_some() => {}
            _ => issue(
                "store.url",
                "must be an http:// or https:// URL with a host (e.g. http://127.0.0.1:8123)"
                    .into(),
            ),
        }
        if !is_clickhouse_identifier(&self.database) {
            issue(
                "store.database",
                format!(
                    "'{}' is not a plain ClickHouse identifier ([A-Za-z_][A-Za-z0-9_]*)",
                    self.database
                ),
            );
        }
        if self.user.is_empty() {
            issue("store.user", "must not be empty".into());
        }
        let plain_http = self
            .url
            .parse::<http::Uri>()
            .is_ok_and(|uri| uri.scheme_str() == Some("http"));
        self.tls.check("store.tls", "store.url", !plain_http, issue);
        if let Some(refusal) = self.compression.refusal() {
            issue("store.compression", refusal.to_owned());
        }
        if self.max_batch_rows == 0 {
            issue("store.max_batch_rows", "must be greater than 0".into());
        }
        if self.max_pending_rows < self.max_batch_rows {
            issue(
                "store.max_pending_rows",
                "must be at least store.max_batch_rows".into(),
            );
        }
        for (path, value) in [
            ("store.flush_interval", self.flush_interval),
            ("store.request_timeout", self.request_timeout),
            ("store.startup_timeout", self.startup_timeout),
        ] {
            if value.is_zero() {
                issue(path, "must be greater than 0".into());
            }
        }
        for (path, value) in [
            ("store.scores_retention", self.scores_retention),
            ("store.windows_retention", self.windows_retention),
        ] {
            if let Some(v) = value
                && v < Duration::from_secs(24 * 3600)
            {
                issue(
                    path,
                    "must be at least 1d (tables are partitioned by day), or null to keep forever"
                        .into(),
                );
            }
        }
        if let Some(w) = self.windows_retention
            && w < baseline_history
        {
            issue(
                "store.windows_retention",
                format!(
                    "must be at least baseline.history ({}): baselines are rebuilt from the windows table",
                    humantime::format_duration(baseline_history)
                ),
            );
        }
        self.check_settings(issue);
    }

    /// `store.settings`: ClickHouse setting names, none that agentwatch sets itself, none
    /// that would acknowledge a write before it is stored.
    fn check_settings(&self, issue: &mut dyn FnMut(&str, String)) {
        for (name, value) in &self.settings {
            let path = format!("store.settings.{name}");
            if !is_clickhouse_identifier(name) {
                issue(&path, "is not a ClickHouse setting name".into());
            } else if matches!(
                name.as_str(),
                "database"
                    | "default_format"
                    | "query"
                    | "query_id"
                    | "session_id"
                    | "user"
                    | "password"
                    | "readonly"
                    | "compress"
                    | "decompress"
            ) || name.starts_with("param_")
            {
                issue(
                    &path,
                    "is a request parameter agentwatch sets itself, not a setting to override"
                        .into(),
                );
            } else if name == "async_insert"
                && value != "0"
                && self
                    .settings
                    .get("wait_for_async_insert")
                    .map(String::as_str)
                    == Some("0")
            {
                issue(
                    &path,
                    "needs wait_for_async_insert other than 0: a write is acknowledged only once it is stored".into(),
                );
            }
        }
    }
}

/// A database, table or setting name that needs no quoting.
fn is_clickhouse_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `store.validation`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ClickhouseValidation {
    /// On when the server is recent enough (24.x and later).
    Auto,
    /// Always on.
    On,
    /// Always off (needed on servers older than 24.x).
    Off,
}

impl StoreConfig {
    /// One line for logs: the kind and where it writes.
    pub fn describe(&self) -> String {
        match self {
            StoreConfig::Sqlite { path, .. } => format!("sqlite:{}", path.display()),
            StoreConfig::Clickhouse(c) => format!("clickhouse:{} (database {})", c.url, c.database),
        }
    }
}

fn default_sqlite_path() -> PathBuf {
    PathBuf::from("./agentwatch.db")
}

fn default_store_batch_rows() -> usize {
    8192
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig::Sqlite {
            path: default_sqlite_path(),
            max_batch_rows: default_store_batch_rows(),
        }
    }
}

impl StoreConfig {
    /// Value rules, reported under `store.*`; ClickHouse keeps windows at least as long as
    /// `baseline_history` (`baseline.history`), since baselines are rebuilt from them.
    pub fn check(&self, baseline_history: Duration, issue: &mut dyn FnMut(&str, String)) {
        match self {
            StoreConfig::Sqlite {
                path,
                max_batch_rows,
            } => {
                if path.as_os_str().is_empty() {
                    issue("store.path", "must not be empty".into());
                }
                if *max_batch_rows == 0 {
                    issue("store.max_batch_rows", "must be greater than 0".into());
                }
            }
            StoreConfig::Clickhouse(c) => c.check(baseline_history, issue),
        }
    }
}

/// `store.compression`: how INSERT and SELECT bodies travel to ClickHouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StoreCompression {
    /// LZ4 (the default).
    #[default]
    Lz4,
    /// Uncompressed.
    None,
}

impl std::str::FromStr for StoreCompression {
    type Err = String;
    fn from_str(text: &str) -> Result<StoreCompression, String> {
        one_of(
            text,
            &[
                ("lz4", StoreCompression::Lz4),
                ("none", StoreCompression::None),
            ],
        )
    }
}
