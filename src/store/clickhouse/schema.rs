//! ClickHouse tables: their DDL in two flavors, chosen by server version, and the migration
//! steps run at start.
//!
//! Both flavors have the same columns agentwatch writes and reads (`*_ns` integers, strings,
//! `Nullable`, `Array(String)`), so one set of row types serves every server. They differ in
//! what only newer servers have: the human-facing time columns (`DateTime64(6)` instead of
//! `DateTime`), `LowCardinality` strings, a TTL for retention and a bloom-filter index on
//! trace ids. The time columns are `DEFAULT` expressions over the `*_ns` columns, computed by
//! the server at insert.
//!
//! Every table is a `ReplacingMergeTree(version)` whose sorting key is the row's identity
//! (span × evaluator for scores, series × window × rule for windows, ...). A redelivered row has
//! the same key, so merges keep one row per key — the newest `version` — and readers that need
//! exact answers before a merge add `FINAL`. See the README for why this beats insert
//! deduplication tokens here.

use std::time::Duration;

use ::clickhouse::Client;

use super::{first_line, open_error};
use crate::store::StoreError;
use crate::store::config::ClickhouseStoreConfig;

/// Version of the table layout, recorded in `agentwatch_schema`; bump it with a new step.
pub const SCHEMA_VERSION: u32 = 3;

/// DDL flavor, from the server's version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// ClickHouse before 21.8 (Debian's 18.16 included): `DateTime`, plain `String`, no TTL.
    Legacy,
    /// ClickHouse 21.8 and later: `DateTime64(6)`, `LowCardinality`, TTL, skip indexes.
    Current,
}

impl Flavor {
    /// The flavor for a server version like `18.16.1` or `24.8.4.13`.
    pub fn for_version(version: &ServerVersion) -> Flavor {
        if (version.major, version.minor) >= (21, 8) {
            Flavor::Current
        } else {
            Flavor::Legacy
        }
    }

    /// Name recorded in `agentwatch_schema`.
    pub fn name(self) -> &'static str {
        match self {
            Flavor::Legacy => "legacy",
            Flavor::Current => "current",
        }
    }
}

/// `SELECT version()`, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerVersion {
    /// Major (year-based since 2019: 24 is 2024).
    pub major: u32,
    /// Minor.
    pub minor: u32,
    /// The whole string, for logs.
    pub text: String,
}

impl ServerVersion {
    /// Parse `major.minor[.rest]`.
    pub fn parse(text: &str) -> Option<ServerVersion> {
        let mut parts = text.trim().split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next()?.parse().ok()?;
        Some(ServerVersion {
            major,
            minor,
            text: text.trim().to_owned(),
        })
    }
}

/// What the DDL depends on besides the flavor.
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    /// Scores TTL (current flavor); `None` keeps them forever.
    pub scores: Option<Duration>,
    /// Windows TTL (current flavor); `None` keeps them forever.
    pub windows: Option<Duration>,
}

/// The table that records which steps ran.
pub fn schema_table(db: &str) -> String {
    format!(
        "CREATE TABLE IF NOT EXISTS {db}.agentwatch_schema (
    version UInt32,
    flavor String,
    agentwatch String,
    applied DateTime DEFAULT now()
) ENGINE = MergeTree ORDER BY version"
    )
}

/// The row that records `step` as applied, in `flavor`.
pub fn record_step(db: &str, step: u32, flavor: Flavor) -> String {
    format!(
        "INSERT INTO {db}.agentwatch_schema (version, flavor, agentwatch) VALUES ({step}, '{}', '{}')",
        flavor.name(),
        env!("CARGO_PKG_VERSION")
    )
}

/// Step 2: why a firing alert resolved (`recovered`, `adapted`, `no_data`; empty otherwise).
/// Legacy servers have no `ADD COLUMN IF NOT EXISTS`: there a second run fails with a
/// duplicate column, which [`migrate`] accepts.
pub fn step_2(db: &str, flavor: Flavor) -> Vec<String> {
    let (string, if_not_exists) = if flavor == Flavor::Current {
        ("LowCardinality(String)", "IF NOT EXISTS ")
    } else {
        ("String", "")
    };
    vec![format!(
        "ALTER TABLE {db}.alerts ADD COLUMN {if_not_exists}resolved_reason {string} DEFAULT '' AFTER previous_state"
    )]
}

/// Step 3: each score's span end (`end_ns`), which places it in its window: the windows
/// still open at a stop are rebuilt from the scores at the next start. Rows written before
/// get their start (the end was not kept). Duplicate columns are accepted as in step 2.
pub fn step_3(db: &str, flavor: Flavor) -> Vec<String> {
    let if_not_exists = if flavor == Flavor::Current {
        "IF NOT EXISTS "
    } else {
        ""
    };
    vec![format!(
        "ALTER TABLE {db}.scores ADD COLUMN {if_not_exists}end_ns Int64 DEFAULT time_ns AFTER time_ns"
    )]
}

/// Step 1: every table, as `CREATE TABLE IF NOT EXISTS` statements.
pub fn step_1(db: &str, flavor: Flavor, retention: Retention) -> Vec<String> {
    let current = flavor == Flavor::Current;
    // Low-cardinality text: dictionary-encoded where the server has it.
    let lc = |t: &str| {
        if current {
            format!("LowCardinality({t})")
        } else {
            t.to_owned()
        }
    };
    let time_from_ns = |ns: &str| {
        if current {
            format!(
                "DateTime64(6, 'UTC') DEFAULT fromUnixTimestamp64Micro(intDiv({ns}, 1000), 'UTC')"
            )
        } else {
            format!("DateTime('UTC') DEFAULT toDateTime(intDiv({ns}, 1000000000), 'UTC')")
        }
    };
    let ttl = |column: &str, keep: Option<Duration>| match keep {
        Some(keep) if current => format!(
            "\nTTL toDateTime({column}) + INTERVAL {} SECOND",
            keep.as_secs()
        ),
        _ => String::new(),
    };
    let trace_index = if current {
        ",\n    INDEX trace_id_bloom trace_id TYPE bloom_filter GRANULARITY 4"
    } else {
        ""
    };
    let string = lc("String");
    let nullable_string = lc("Nullable(String)");
    vec![
        format!(
            "CREATE TABLE IF NOT EXISTS {db}.scores (
    time_ns Int64,
    time {time},
    trace_id String,
    span_id String,
    service {string},
    agent {nullable_string},
    operation {string},
    span_name String,
    model {nullable_string},
    tool {nullable_string},
    evaluator {string},
    value Nullable(Float64),
    label {string},
    detail Nullable(String),
    version UInt64{trace_index}
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMMDD(time)
ORDER BY (service, evaluator, time, trace_id, span_id){ttl}",
            time = time_from_ns("time_ns"),
            ttl = ttl("time", retention.scores),
        ),
        format!(
            "CREATE TABLE IF NOT EXISTS {db}.windows (
    window_start_ns Int64,
    window_end_ns Int64,
    window_start {start},
    window_end {end},
    service {string},
    agent {string},
    metric {string},
    dimension String,
    rule {string},
    n Int64,
    value Nullable(Float64),
    judged_value Nullable(Float64),
    baseline_mean Nullable(Float64),
    baseline_sigma Nullable(Float64),
    z Nullable(Float64),
    verdict {string},
    state {string},
    pooled_windows Int64,
    in_baseline UInt8,
    exemplars Array(String),
    version UInt64
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMMDD(window_start)
ORDER BY (service, metric, agent, dimension, rule, window_start_ns){ttl}",
            start = time_from_ns("window_start_ns"),
            end = time_from_ns("window_end_ns"),
            ttl = ttl("window_start", retention.windows),
        ),
        // Alerts and the outbox are small: one partition per month.
        format!(
            "CREATE TABLE IF NOT EXISTS {db}.alerts (
    dedup_key String,
    window_start_ns Int64,
    state {string},
    at_ns Int64,
    window_start {start},
    at {at},
    rule {string},
    severity {string},
    service {string},
    agent {string},
    metric {string},
    dimension String,
    previous_state {string},
    value Nullable(Float64),
    baseline_mean Nullable(Float64),
    baseline_sigma Nullable(Float64),
    z Nullable(Float64),
    exemplars Array(String),
    version UInt64
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(at)
ORDER BY (dedup_key, window_start_ns, state)",
            start = time_from_ns("window_start_ns"),
            at = time_from_ns("at_ns"),
        ),
        // Each notifier's delivery status per transition: the alerts table's `delivery` column
        // in SQLite, a table of its own here because ClickHouse rows are not updated in place.
        format!(
            "CREATE TABLE IF NOT EXISTS {db}.alert_deliveries (
    dedup_key String,
    window_start_ns Int64,
    state {string},
    notifier {string},
    delivery {string},
    version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (dedup_key, window_start_ns, state, notifier)"
        ),
        format!(
            "CREATE TABLE IF NOT EXISTS {db}.notifications (
    id String,
    created_ns Int64,
    created_at {created},
    notifier {string},
    route {string},
    group_key String,
    status {string},
    firing String,
    covers String,
    body String,
    delivery {string},
    attempts Int64,
    last_error Nullable(String),
    next_attempt_ns Int64,
    delivered_at Nullable(String),
    version UInt64
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(created_at)
ORDER BY id",
            created = time_from_ns("created_ns"),
        ),
    ]
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
pub(super) async fn migrate(
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
                SCHEMA_VERSION
            ),
        )
    };
    match applied_schema(client, db, timeout).await {
        Some((version, tables)) if version == SCHEMA_VERSION => return Ok(tables),
        Some((version, _)) if version > SCHEMA_VERSION => {
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
    execute(client, &schema_table(db), timeout)
        .await
        .map_err(|e| fail("creating agentwatch_schema", e))?;
    // Read again: another process may have migrated meanwhile.
    let (version, tables_flavor) = applied_schema(client, db, timeout)
        .await
        .unwrap_or((0, flavor));
    if version > SCHEMA_VERSION {
        return Err(refuse_newer(version));
    }
    if version < 1 {
        let retention = Retention {
            scores: config.scores_retention,
            windows: config.windows_retention,
        };
        for ddl in step_1(db, tables_flavor, retention) {
            execute(client, &ddl, timeout)
                .await
                .map_err(|e| fail("creating tables (schema step 1)", e))?;
        }
        execute(client, &record_step(db, 1, tables_flavor), timeout)
            .await
            .map_err(|e| fail("recording schema step 1", e))?;
    }
    // Column additions: a second run on a legacy server (no `IF NOT EXISTS`) finds the column
    // there already, which is what the step wants.
    let additions: [(u32, Vec<String>, &str); 2] = [
        (
            2,
            step_2(db, tables_flavor),
            "adding alerts.resolved_reason",
        ),
        (3, step_3(db, tables_flavor), "adding scores.end_ns"),
    ];
    for (step, ddls, what) in additions {
        if version >= step {
            continue;
        }
        for ddl in ddls {
            match execute(client, &ddl, timeout).await {
                Err(e) if !e.contains("DUPLICATE_COLUMN") && !e.contains("already exists") => {
                    return Err(fail(&format!("{what} (schema step {step})"), e));
                }
                _ => {}
            }
        }
        execute(client, &record_step(db, step, tables_flavor), timeout)
            .await
            .map_err(|e| fail(&format!("recording schema step {step}"), e))?;
    }
    Ok(tables_flavor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_pick_the_flavor() {
        let v = |s| ServerVersion::parse(s).unwrap();
        assert_eq!(Flavor::for_version(&v("18.16.1")), Flavor::Legacy);
        assert_eq!(Flavor::for_version(&v("21.3.20.1")), Flavor::Legacy);
        assert_eq!(Flavor::for_version(&v("21.8.15.7")), Flavor::Current);
        assert_eq!(Flavor::for_version(&v("25.10.1.3832")), Flavor::Current);
        assert!(ServerVersion::parse("garbage").is_none());
    }

    #[test]
    fn only_the_current_flavor_has_ttl_and_newer_types() {
        let retention = Retention {
            scores: Some(Duration::from_secs(86400)),
            windows: None,
        };
        let legacy = step_1("aw", Flavor::Legacy, retention).join("\n");
        let current = step_1("aw", Flavor::Current, retention).join("\n");
        for newer in ["TTL", "LowCardinality", "DateTime64", "bloom_filter"] {
            assert!(!legacy.contains(newer), "legacy DDL uses {newer}");
            assert!(current.contains(newer), "current DDL lacks {newer}");
        }
        assert_eq!(current.matches("TTL").count(), 1, "windows kept forever");
        assert!(current.contains("INTERVAL 86400 SECOND"));
    }
}
