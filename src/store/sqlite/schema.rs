//! The SQLite schema: each version's DDL, and the migration that brings an older database up
//! to the current one at open.

use rusqlite::Connection;

use crate::store::StoreError;

/// Schema version stored in `PRAGMA user_version`; bump it with a migration step below.
pub(super) const SCHEMA_VERSION: i64 = 7;

pub(super) const SCHEMA_V1: &str = "
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

pub(super) const SCHEMA_V2: &str = "
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

pub(super) const SCHEMA_V3: &str = "
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

pub(super) const SCHEMA_V4: &str = "
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
pub(super) const SCHEMA_V5: &str = "
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

pub(super) const SCHEMA_V6: &str = "
ALTER TABLE alerts ADD COLUMN resolved_reason TEXT NOT NULL DEFAULT '';
";

/// The partial aggregates of each scored batch whose windows are not all closed yet, written
/// in the same transaction as the batch's scores (embedded bus): at start the detect stage
/// rebuilds the open windows from them, and a batch committed twice (a client's retry) is
/// recognised by its key and merged once. Rows go once every window they fed is written.
pub(super) const SCHEMA_V7: &str = "
CREATE TABLE open_partials (
    batch_key       INTEGER PRIMARY KEY,
    last_window_ns  INTEGER NOT NULL,
    partials        BLOB NOT NULL
);
CREATE INDEX open_partials_by_window ON open_partials (last_window_ns);
";

/// Bring the database at `conn` up to [`SCHEMA_VERSION`], refusing one newer than it.
pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
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
    for (step, sql) in [
        SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7,
    ]
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
