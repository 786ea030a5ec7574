//! Reads: filters bound as parameters, duplicates not yet merged collapsed with
//! `LIMIT 1 BY <key>` on the newest `version`.

use async_trait::async_trait;

use super::rows::{
    AlertRecord, DeliveryRecord, NotificationRecord, ScoreRecord, WindowRecord, parse_ns,
};
use super::{ClickhouseStore, columns};
use crate::store::rows::known_metric;
use crate::store::{
    AlertQuery, AlertRow, LabelCount, NotificationQuery, NotificationRow, ScoreQuery, ScoreRow,
    StoreError, StoreReader, WindowQuery, WindowRow,
};

/// `AND column op ?` with its value, for the optional filters of the read queries.
pub(super) struct Filters {
    pub(super) sql: String,
    binds: Vec<FilterValue>,
}

enum FilterValue {
    Text(String),
    Int(i64),
}

impl Filters {
    pub(super) fn new() -> Filters {
        Filters {
            sql: String::from(" WHERE 1 = 1"),
            binds: Vec::new(),
        }
    }

    pub(super) fn text(&mut self, column: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.sql.push_str(&format!(" AND {column} = ?"));
            self.binds.push(FilterValue::Text(v.clone()));
        }
    }

    /// Rows at or after (`since`) or before (`until`) an RFC 3339 time: exact on the `*_ns`
    /// column, and also on the readable time column the table is partitioned by (to the
    /// second), so that the server reads only the days concerned.
    pub(super) fn time_range(
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
    pub(super) fn since_ns(&mut self, ns_column: &str, day_column: &str, ns: i64) {
        self.sql.push_str(&format!(
            " AND {ns_column} >= ? AND {day_column} >= toDateTime(intDiv(?, 1000000000))"
        ));
        self.binds
            .extend([FilterValue::Int(ns), FilterValue::Int(ns)]);
    }

    /// Spans that ended in `[since, until)` (Unix ns): exact on `end_ns`, and on the start the
    /// table is partitioned by (a span lasts at most `MAX_SPAN_NANOS`), so that the server
    /// reads only the days concerned.
    pub(super) fn ended_range(&mut self, since: Option<i64>, until: Option<i64>) {
        if let Some(ns) = since {
            self.sql
                .push_str(" AND end_ns >= ? AND time >= toDateTime(intDiv(?, 1000000000))");
            self.binds.extend([
                FilterValue::Int(ns),
                FilterValue::Int(ns.saturating_sub(super::MAX_SPAN_NANOS).max(0)),
            ]);
        }
        if let Some(ns) = until {
            self.sql
                .push_str(" AND end_ns < ? AND time < toDateTime(intDiv(?, 1000000000) + 1)");
            self.binds
                .extend([FilterValue::Int(ns), FilterValue::Int(ns)]);
        }
    }

    /// Append another set of filters (and their values) after these.
    pub(super) fn and(mut self, other: Filters) -> Filters {
        self.sql
            .push_str(other.sql.trim_start_matches(" WHERE 1 = 1"));
        self.binds.extend(other.binds);
        self
    }

    pub(super) fn bind(self, mut query: ::clickhouse::query::Query) -> ::clickhouse::query::Query {
        for value in self.binds {
            query = match value {
                FilterValue::Text(t) => query.bind(t),
                FilterValue::Int(i) => query.bind(i),
            };
        }
        query
    }
}

impl ClickhouseStore {
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
}

#[async_trait]
impl StoreReader for ClickhouseStore {
    async fn query_scores(&self, q: &ScoreQuery) -> Result<Vec<ScoreRow>, StoreError> {
        // Key columns filter before duplicates are collapsed; others after, so that an older
        // version of a row cannot match (the same rule for the windows below).
        let mut key = Filters::new();
        key.text("service", &q.service);
        key.text("evaluator", &q.evaluator);
        key.text("trace_id", &q.trace_id.as_ref().map(|t| t.to_lowercase()));
        key.time_range("time_ns", "time", &q.since, &q.until)?;
        key.ended_range(q.ended_since_ns, q.ended_until_ns);
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
        self.fetch::<ScoreRecord>(query)
            .await?
            .into_iter()
            .map(ScoreRecord::into_row)
            .collect()
    }

    async fn query_windows(&self, q: &WindowQuery) -> Result<Vec<WindowRow>, StoreError> {
        let mut key = Filters::new();
        key.text("service", &q.service);
        key.text("agent", &q.agent);
        key.text("metric", &q.metric);
        key.text("dimension", &q.dimension);
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

    async fn query_alerts(&self, q: &AlertQuery) -> Result<Vec<AlertRow>, StoreError> {
        let mut f = Filters::new();
        f.text("state", &q.state);
        f.text("service", &q.service);
        f.text("rule", &q.rule);
        f.text("agent", &q.agent);
        f.text("metric", &q.metric);
        f.text("dimension", &q.dimension);
        f.time_range("at_ns", "at", &q.since, &q.until)?;
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
        records
            .into_iter()
            .filter_map(|r| known_metric(&r.metric, &r.rule).map(|metric| (r, metric)))
            .map(|(r, metric)| {
                let delivery = deliveries
                    .remove(&(r.dedup_key.clone(), r.window_start_ns, r.state.clone()))
                    .unwrap_or_else(|| "{}".into());
                r.into_row(metric, delivery)
            })
            .collect()
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

    async fn label_counts(
        &self,
        since_ns: i64,
        until_ns: i64,
        max_rows: usize,
    ) -> Result<Vec<LabelCount>, StoreError> {
        // Each (span, evaluator)'s newest version, of the spans that ended in the range; the
        // table is partitioned by span start, so only the days a span ending in the range can
        // have started on are read.
        let sql = format!(
            "SELECT service, agent_name, evaluator, label, count() FROM \
               (SELECT service, ifNull(agent, '') AS agent_name, evaluator, \
                       argMax(label, version) AS label FROM scores \
                WHERE end_ns >= ? AND end_ns < ? \
                  AND time >= toDateTime(intDiv(?, 1000000000)) \
                  AND time < toDateTime(intDiv(?, 1000000000) + 1) \
                GROUP BY service, agent_name, evaluator, trace_id, span_id LIMIT {limit}) \
             GROUP BY service, agent_name, evaluator, label",
            limit = max_rows.max(1)
        );
        let query = self
            .client
            .query(&sql)
            .bind(since_ns)
            .bind(until_ns)
            .bind(since_ns.saturating_sub(super::MAX_SPAN_NANOS).max(0))
            .bind(until_ns);
        Ok(self
            .fetch::<(String, String, String, String, u64)>(query)
            .await?
            .into_iter()
            .map(|(service, agent, evaluator, label, count)| LabelCount {
                service,
                agent,
                evaluator,
                label,
                count,
            })
            .collect())
    }
}
