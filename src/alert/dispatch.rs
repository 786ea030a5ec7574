//! The dispatcher: alert transitions in, notifications into the outbox.
//!
//! It works like Alertmanager. Each firing or resolved (rule, series) pair is routed and put in
//! a group. A group is flushed first after `group_wait`, then every `group_interval`. At each
//! flush and for each of the route's notifiers, it compares what is firing now with what that
//! notifier was last told, which is the newest outbox row of the group. It sends when the
//! firing set changed, when everything resolved, or when `repeat_interval` has passed.
//!
//! Nothing here has to survive a crash:
//! - transitions are in the `alerts` table before they arrive;
//! - "what each notifier was told" is in the outbox.
//!
//! A restart rebuilds both, so a notification decided before the crash is not decided again,
//! and one that was due is decided once.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::Instant;

use super::config::{GROUP_LABELS, RouteConfig};
use super::message::{AlertEntry, BODY_VERSION, Notification, Status, summarize};
use super::stable_hash;
use crate::detect::rules::config::RuleConfig;
use crate::store::{
    AlertQuery, AlertRow, NotificationRow, NotificationUpdate, Outbox, StoreError, StoreReader,
    format_time,
};

/// What a notifier was last told about a group: the dedup keys it believes are firing, and when.
#[derive(Debug, Clone, Default)]
struct Told {
    firing: BTreeSet<String>,
    at_ns: i64,
}

/// (notifier, route name, group key).
type LogKey = (String, String, String);

#[derive(Debug)]
struct Group {
    labels: BTreeMap<String, String>,
    members: BTreeSet<String>,
    next_flush: Instant,
}

/// The dispatcher's state; see the module docs.
pub struct Dispatcher {
    routes: Vec<(String, RouteConfig)>,
    rules: HashMap<String, RuleConfig>,
    /// Latest firing or resolved transition per dedup key, while some group holds it.
    alerts: HashMap<String, AlertRow>,
    groups: BTreeMap<(usize, String), Group>,
    told: HashMap<LogKey, Told>,
    store: Arc<dyn Outbox>,
    outboxes: HashMap<String, mpsc::UnboundedSender<NotificationRow>>,
    /// Notifications whose outbox write failed, to mark `failed` in case part of the write
    /// landed (a store without transactions): they were never sent, and the next flush
    /// decides again with new ids, so a leftover must not be found pending after a restart.
    abandoned: Vec<NotificationRow>,
}

/// Wall-clock ns, strictly increasing within the process: notifications are ordered (and
/// the newest of a group found) by it, so a clock step back must not reorder them.
fn now_ns() -> i64 {
    crate::store::monotonic_unix_nano() as i64
}

/// Label value of an alert for grouping.
fn label<'a>(row: &'a AlertRow, name: &str) -> &'a str {
    match name {
        "rule" => &row.rule,
        "severity" => &row.severity,
        "service" => &row.service,
        "agent" => &row.agent,
        "metric" => &row.metric,
        _ => &row.dimension,
    }
}

impl Dispatcher {
    /// A dispatcher for `routes`; `outboxes` are the delivery workers' queues by notifier.
    pub fn new(
        routes: &[RouteConfig],
        rules: &[RuleConfig],
        store: Arc<dyn Outbox>,
        outboxes: HashMap<String, mpsc::UnboundedSender<NotificationRow>>,
    ) -> Dispatcher {
        Dispatcher {
            routes: routes
                .iter()
                .enumerate()
                .map(|(i, r)| (r.display_name(i), r.clone()))
                .collect(),
            rules: rules.iter().map(|r| (r.name.clone(), r.clone())).collect(),
            alerts: HashMap::new(),
            groups: BTreeMap::new(),
            told: HashMap::new(),
            store,
            outboxes,
            abandoned: Vec::new(),
        }
    }

    /// Rebuild from the store: what each notifier was told (from the outbox), and the latest
    /// transition of every pair that is firing or whose resolve is still owed (from `alerts`).
    pub async fn restore(&mut self, alerts: &dyn StoreReader) -> Result<(), StoreError> {
        for row in self.store.notification_log().await? {
            let firing: BTreeSet<String> = serde_json::from_str(&row.firing).unwrap_or_default();
            if firing.is_empty() {
                continue;
            }
            self.told.insert(
                (row.notifier, row.route, row.group_key),
                Told {
                    firing,
                    at_ns: row.created_ns,
                },
            );
        }
        let owed: BTreeSet<&String> = self.told.values().flat_map(|t| &t.firing).collect();
        let latest = alerts
            .query_alerts(&AlertQuery {
                latest: true,
                limit: usize::MAX >> 1,
                ..Default::default()
            })
            .await?;
        let mut restored = Vec::new();
        let mut seen = BTreeSet::new();
        for row in latest {
            seen.insert(row.dedup_key.clone());
            let owed_resolve = owed.contains(&row.dedup_key);
            let known_rule = self.rules.contains_key(&row.rule);
            let row = match row.state.as_str() {
                "firing" if known_rule => row,
                // Told firing but not firing now — resolved (and maybe pending or inactive
                // again since), or its rule was removed: the resolve is owed.
                _ if owed_resolve => AlertRow {
                    state: "resolved".into(),
                    ..row
                },
                "firing" => {
                    tracing::warn!(rule = %row.rule, dedup_key = %row.dedup_key, "alert of a rule no longer configured: not notified");
                    continue;
                }
                _ => continue,
            };
            restored.push(row);
        }
        for key in owed.iter().filter(|k| !seen.contains(**k)) {
            tracing::warn!(dedup_key = %key, "a notifier was told this alert fires but the alerts table has no row for it: resolve it by hand");
        }
        for (notifier, route, group) in self.told.keys() {
            let sends = self
                .routes
                .iter()
                .any(|(name, r)| name == route && r.notifiers.contains(notifier));
            if !sends {
                tracing::warn!(%notifier, %route, %group, "a notifier was told this group fires through a route that no longer sends to it: its resolve will not be sent; resolve it by hand");
            }
        }
        tracing::info!(
            alerts = restored.len(),
            groups_told = self.told.len(),
            "alert state rebuilt"
        );
        self.on_transitions(restored, Instant::now());
        Ok(())
    }

    /// Take new transitions (already written to the alerts table).
    pub fn on_transitions(&mut self, rows: Vec<AlertRow>, now: Instant) {
        for row in rows {
            match row.state.as_str() {
                "firing" => {}
                // A resolve matters only for a pair that fired.
                "resolved" if self.alerts.contains_key(&row.dedup_key) => {}
                "resolved" => {
                    let key = &row.dedup_key;
                    if !self.told.values().any(|t| t.firing.contains(key)) {
                        continue;
                    }
                }
                // pending, inactive: not notified.
                _ => continue,
            }
            // Held only while some group holds it.
            if self.route(&row, now) || self.alerts.contains_key(&row.dedup_key) {
                self.alerts.insert(row.dedup_key.clone(), row);
            }
        }
    }

    /// Put the alert in the group of every route that takes it; false when none does.
    fn route(&mut self, row: &AlertRow, now: Instant) -> bool {
        let mut routed = false;
        for (index, (name, route)) in self.routes.iter().enumerate() {
            let m = &route.matches;
            let matches = (m.severity.is_empty() || m.severity.contains(&row.severity))
                && (m.service.is_empty() || m.service.contains(&row.service))
                && (m.rule.is_empty() || m.rule.contains(&row.rule));
            if !matches {
                continue;
            }
            let labels: BTreeMap<String, String> = route
                .group_by
                .iter()
                .map(|l| (l.clone(), label(row, l).to_owned()))
                .collect();
            let key = group_key(name, route, &labels, &row.dedup_key);
            let told_before = route
                .notifiers
                .iter()
                .filter_map(|n| self.told.get(&(n.clone(), name.clone(), key.clone())))
                .map(|t| t.at_ns)
                .max();
            let group = self.groups.entry((index, key)).or_insert_with(|| {
                // A group some notifier already heard about waits for its interval, counted
                // from then; a new one waits group_wait for company.
                let next_flush = match told_before {
                    Some(at) => {
                        let since = Duration::from_nanos((now_ns() - at).max(0) as u64);
                        now + route.group_interval.saturating_sub(since)
                    }
                    None => now + route.group_wait,
                };
                Group {
                    labels,
                    members: BTreeSet::new(),
                    next_flush,
                }
            });
            group.members.insert(row.dedup_key.clone());
            routed = true;
            if !route.continue_matching {
                break;
            }
        }
        routed
    }

    /// When the next group is due, if any.
    pub fn next_due(&self) -> Option<Instant> {
        self.groups.values().map(|g| g.next_flush).min()
    }

    /// Flush every group that is due: decide, write to the outbox, hand to delivery.
    pub async fn flush_due(&mut self, now: Instant) {
        let due: Vec<(usize, String)> = self
            .groups
            .iter()
            .filter(|(_, g)| g.next_flush <= now)
            .map(|(k, _)| k.clone())
            .collect();
        self.mark_abandoned().await;
        for id in due {
            let (rows, told) = self.decide(&id);
            let interval = self.routes[id.0].1.group_interval;
            if !rows.is_empty() {
                if let Err(e) = self.store.enqueue_notifications(rows.clone()).await {
                    // Nothing recorded, nothing sent: the next attempt decides again.
                    tracing::error!(error = %e, "writing notifications to the outbox failed; retrying");
                    if let Some(g) = self.groups.get_mut(&id) {
                        g.next_flush = now + Duration::from_secs(5).min(interval);
                    }
                    self.abandoned.extend(rows);
                    continue;
                }
                for row in rows {
                    if row.delivery != "pending" {
                        continue;
                    }
                    if let Some(outbox) = self.outboxes.get(&row.notifier) {
                        let _ = outbox.send(row);
                    }
                }
            }
            for (key, t) in told {
                // A notifier told that nothing fires is the same as one told nothing: forget
                // it, so memory holds only groups that are firing.
                if t.firing.is_empty() {
                    self.told.remove(&key);
                } else {
                    self.told.insert(key, t);
                }
            }
            self.settle(&id, now + interval);
        }
    }

    /// Mark every abandoned notification `failed` (a no-op for those that never landed);
    /// those the store refuses now are tried again at the next flush.
    async fn mark_abandoned(&mut self) {
        let mut still = Vec::new();
        for row in std::mem::take(&mut self.abandoned) {
            let update = NotificationUpdate {
                id: row.id.clone(),
                notifier: row.notifier.clone(),
                covers: row.covers.clone(),
                delivery: "failed".into(),
                attempts: 0,
                last_error: Some("not sent: the outbox write failed, and was decided again".into()),
                next_attempt_ns: 0,
                delivered_at: None,
            };
            if self.store.update_notification(update).await.is_err() {
                still.push(row);
            }
        }
        self.abandoned = still;
    }

    /// After a flush: resolved members leave the group, an empty group goes away.
    fn settle(&mut self, id: &(usize, String), next_flush: Instant) {
        let Some(group) = self.groups.get_mut(id) else {
            return;
        };
        let alerts = &self.alerts;
        group
            .members
            .retain(|k| alerts.get(k).is_some_and(|a| a.state == "firing"));
        group.next_flush = next_flush;
        if group.members.is_empty() {
            self.groups.remove(id);
        }
        // Forget alerts no group holds any more.
        let held: BTreeSet<&String> = self.groups.values().flat_map(|g| &g.members).collect();
        let gone: Vec<String> = self
            .alerts
            .keys()
            .filter(|k| !held.contains(k))
            .cloned()
            .collect();
        for k in gone {
            self.alerts.remove(&k);
        }
    }

    /// What each of the group's notifiers needs to be told now, as outbox rows, and what
    /// they will then believe.
    fn decide(&self, id: &(usize, String)) -> (Vec<NotificationRow>, Vec<(LogKey, Told)>) {
        let (route_name, route) = &self.routes[id.0];
        let group = &self.groups[id];
        let members: Vec<&AlertRow> = group
            .members
            .iter()
            .filter_map(|k| self.alerts.get(k))
            .collect();
        let firing: BTreeSet<String> = members
            .iter()
            .filter(|a| a.state == "firing")
            .map(|a| a.dedup_key.clone())
            .collect();
        let now = now_ns();
        let mut rows = Vec::new();
        let mut told = Vec::new();
        for notifier in &route.notifiers {
            let log_key = (notifier.clone(), route_name.clone(), id.1.clone());
            let before = self.told.get(&log_key).cloned().unwrap_or_default();
            let repeat_due =
                Duration::from_nanos((now - before.at_ns).max(0) as u64) >= route.repeat_interval;
            let (status, skipped) = if !firing.is_empty() {
                let new_firing = !firing.is_subset(&before.firing);
                let changed = firing != before.firing;
                if new_firing || (changed && route.send_resolved) || repeat_due {
                    (Status::Firing, false)
                } else if changed {
                    // Some resolved, resolves not wanted: record the new belief only.
                    (Status::Firing, true)
                } else {
                    continue;
                }
            } else if !before.firing.is_empty() {
                (Status::Resolved, !route.send_resolved)
            } else {
                continue;
            };
            // Firing alerts, and resolved ones this notifier was told were firing.
            let reported: Vec<&AlertRow> = members
                .iter()
                .filter(|a| {
                    a.state == "firing"
                        || (route.send_resolved && before.firing.contains(&a.dedup_key))
                })
                .copied()
                .collect();
            let id_text = format!(
                "{now:x}-{:016x}",
                stable_hash(&format!("{notifier}\n{route_name}\n{}", id.1))
            );
            let alerts: Vec<AlertEntry> = reported
                .iter()
                .map(|a| AlertEntry::from_row(a, self.rules.get(&a.rule)))
                .collect();
            let notification = Notification {
                version: BODY_VERSION.into(),
                id: id_text.clone(),
                route: route_name.clone(),
                group_key: id.1.clone(),
                status,
                summary: summarize(status, &group.labels, &alerts),
                group_labels: group.labels.clone(),
                alerts,
                created_at: format_time(now as u64),
                test: false,
            };
            let covers: Vec<_> = reported.iter().map(|a| a.alert_ref()).collect();
            rows.push(NotificationRow {
                id: id_text,
                notifier: notifier.clone(),
                route: route_name.clone(),
                group_key: id.1.clone(),
                status: status.as_str().into(),
                firing: serde_json::to_string(&firing).expect("strings serialize"),
                covers: serde_json::to_string(&covers).expect("refs serialize"),
                body: serde_json::to_string(&notification).expect("notification serializes"),
                created_at: format_time(now as u64),
                created_ns: now,
                delivery: if skipped { "skipped" } else { "pending" }.into(),
                attempts: 0,
                last_error: None,
                next_attempt_ns: now,
                delivered_at: None,
            });
            told.push((
                log_key,
                Told {
                    firing: firing.clone(),
                    // Recording a belief without sending does not restart the repeat timer.
                    at_ns: if skipped && !firing.is_empty() {
                        before.at_ns
                    } else {
                        now
                    },
                },
            ));
        }
        (rows, told)
    }
}

/// The group's stable key. With a `group_by` that names the whole series (the default), a
/// group is one (rule, series) pair and its key is that pair's dedup key — so PagerDuty sees
/// the same dedup key the alerts table shows. Coarser groups are keyed by route and labels.
fn group_key(
    route_name: &str,
    route: &RouteConfig,
    labels: &BTreeMap<String, String>,
    dedup_key: &str,
) -> String {
    let whole_series = GROUP_LABELS
        .iter()
        .filter(|l| **l != "severity")
        .all(|l| route.group_by.iter().any(|g| g == l));
    if whole_series {
        return dedup_key.to_owned();
    }
    let text: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{route_name}:{:016x}", stable_hash(&text.join("\n")))
}

/// Run the dispatcher until the transitions channel closes.
pub async fn run(mut dispatcher: Dispatcher, mut transitions: mpsc::Receiver<Vec<AlertRow>>) {
    loop {
        let wake = dispatcher
            .next_due()
            .unwrap_or_else(|| Instant::now() + Duration::from_secs(3600));
        tokio::select! {
            rows = transitions.recv() => match rows {
                Some(rows) => dispatcher.on_transitions(rows, Instant::now()),
                // Groups still waiting are rebuilt from the alerts table at the next start.
                None => break,
            },
            _ = tokio::time::sleep_until(wake) => dispatcher.flush_due(Instant::now()).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::PipelineConfig;
    use crate::store::{SqliteStore, Store};
    use crate::telemetry::Metrics;

    fn transition(rule: &str, severity: &str, service: &str, state: &str, window: i64) -> AlertRow {
        AlertRow {
            dedup_key: format!("{rule}:{service}"),
            rule: rule.into(),
            severity: severity.into(),
            service: service.into(),
            agent: String::new(),
            metric: "pii_leak_count".into(),
            dimension: String::new(),
            state: state.into(),
            previous_state: String::new(),
            window_start: format_time(window as u64),
            window_start_ns: window,
            at: format_time(window as u64 + 60),
            value: Some(1.0),
            baseline_mean: None,
            z: None,
            baseline_sigma: None,
            exemplars: "[]".into(),
            delivery: "{}".into(),
        }
    }

    struct Setup {
        dispatcher: Dispatcher,
        store: Arc<dyn Store>,
        queues: HashMap<String, mpsc::UnboundedReceiver<NotificationRow>>,
        _dir: tempfile::TempDir,
    }

    fn setup(yaml: &str) -> Setup {
        let config = PipelineConfig::from_yaml(yaml, "test").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let store: Arc<dyn Store> =
            Arc::new(SqliteStore::open(&dir.path().join("s.db"), 100, Metrics::new()).unwrap());
        let mut senders = HashMap::new();
        let mut queues = HashMap::new();
        for name in config.notifiers.keys() {
            let (tx, rx) = mpsc::unbounded_channel();
            senders.insert(name.clone(), tx);
            queues.insert(name.clone(), rx);
        }
        Setup {
            dispatcher: Dispatcher::new(&config.routes, &config.rules, store.clone(), senders),
            store,
            queues,
            _dir: dir,
        }
    }

    fn drain(setup: &mut Setup, notifier: &str) -> Vec<NotificationRow> {
        let mut out = Vec::new();
        while let Ok(row) = setup.queues.get_mut(notifier).unwrap().try_recv() {
            out.push(row);
        }
        out
    }

    const NOTIFIERS: &str = "
notifiers:
  pager:
    kind: pagerduty
    routing_key: k
  audit:
    kind: webhook
    url: http://127.0.0.1:9/hook
";

    #[tokio::test]
    async fn routes_match_continue_and_skip_unwanted_resolves() {
        let mut s = setup(&format!(
            "{NOTIFIERS}
routes:
  - name: pages
    match: {{severity: [critical]}}
    notifiers: [pager]
    group_wait: 1s
    continue: true
  - name: audit
    notifiers: [audit]
    group_wait: 1s
    send_resolved: false
"
        ));
        let t0 = Instant::now();
        let later = |secs| t0 + Duration::from_secs(secs);
        s.dispatcher.on_transitions(
            vec![
                transition("pii_leak", "critical", "checkout", "firing", 1),
                transition("tool_error_rate_high", "warning", "checkout", "firing", 1),
                // Pending is not notified.
                transition("refusal_rate_anomaly", "warning", "checkout", "pending", 1),
            ],
            t0,
        );
        // Nothing before group_wait.
        s.dispatcher.flush_due(t0).await;
        assert!(drain(&mut s, "pager").is_empty());
        s.dispatcher.flush_due(later(1)).await;
        // The critical alert pages and (continue) is audited; the warning is only audited.
        let pages = drain(&mut s, "pager");
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].group_key, "pii_leak:checkout");
        let audits = drain(&mut s, "audit");
        let keys: BTreeSet<&str> = audits.iter().map(|r| r.group_key.as_str()).collect();
        assert_eq!(
            keys,
            ["pii_leak:checkout", "tool_error_rate_high:checkout"].into()
        );

        // Both resolve: the pager hears it; the audit route does not want resolves.
        s.dispatcher.on_transitions(
            vec![
                transition("pii_leak", "critical", "checkout", "resolved", 3),
                transition("tool_error_rate_high", "warning", "checkout", "resolved", 3),
            ],
            later(2),
        );
        s.dispatcher.flush_due(later(400)).await;
        let pages = drain(&mut s, "pager");
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].status, "resolved");
        assert!(
            drain(&mut s, "audit").is_empty(),
            "skipped rows are not delivered"
        );
        let skipped = s
            .store
            .query_notifications(&crate::store::NotificationQuery {
                delivery: Some("skipped".into()),
                limit: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(skipped.len(), 2);
        // Everything resolved and told: no group, no alert held.
        assert!(s.dispatcher.groups.is_empty() && s.dispatcher.alerts.is_empty());
        assert!(s.dispatcher.told.is_empty());
    }

    #[tokio::test]
    async fn an_alert_that_resolves_within_group_wait_is_never_sent() {
        let mut s = setup(&format!(
            "{NOTIFIERS}
routes:
  - notifiers: [pager]
    group_wait: 30s
"
        ));
        let t0 = Instant::now();
        s.dispatcher.on_transitions(
            vec![transition("pii_leak", "critical", "checkout", "firing", 1)],
            t0,
        );
        s.dispatcher.on_transitions(
            vec![transition(
                "pii_leak", "critical", "checkout", "resolved", 2,
            )],
            t0,
        );
        s.dispatcher.flush_due(t0 + Duration::from_secs(31)).await;
        assert!(drain(&mut s, "pager").is_empty());
        assert!(s.dispatcher.groups.is_empty());
    }

    /// A store without transactions whose first outbox write lands and then reports a failure
    /// (a timeout after the server stored it).
    struct LandsThenFails {
        inner: Arc<dyn Outbox>,
        failed_once: std::sync::atomic::AtomicBool,
    }

    #[async_trait::async_trait]
    impl Outbox for LandsThenFails {
        async fn enqueue_notifications(
            &self,
            rows: Vec<NotificationRow>,
        ) -> Result<(), StoreError> {
            self.inner.enqueue_notifications(rows).await?;
            if self
                .failed_once
                .swap(true, std::sync::atomic::Ordering::SeqCst)
            {
                return Ok(());
            }
            Err(StoreError::Write {
                reason: "timed out".into(),
                retryable: true,
            })
        }
        async fn update_notification(&self, u: NotificationUpdate) -> Result<(), StoreError> {
            self.inner.update_notification(u).await
        }
        async fn pending_notifications(&self) -> Result<Vec<NotificationRow>, StoreError> {
            self.inner.pending_notifications().await
        }
        async fn notification_log(&self) -> Result<Vec<NotificationRow>, StoreError> {
            self.inner.notification_log().await
        }
    }

    #[tokio::test]
    async fn an_outbox_write_that_landed_but_failed_leaves_nothing_pending_to_resend() {
        let yaml = format!("{NOTIFIERS}\nroutes:\n  - notifiers: [pager]\n    group_wait: 1s\n");
        let mut s = setup(&yaml);
        let store: Arc<dyn Outbox> = Arc::new(LandsThenFails {
            inner: s.dispatcher.store.clone(),
            failed_once: Default::default(),
        });
        s.dispatcher.store = store.clone();
        let far = |secs| Instant::now() + Duration::from_secs(secs);
        let firing = transition("pii_leak", "critical", "checkout", "firing", 1);
        s.dispatcher.on_transitions(vec![firing], far(0));
        // The write lands but reports a failure: nothing is sent...
        s.dispatcher.flush_due(far(2)).await;
        assert!(drain(&mut s, "pager").is_empty());
        let landed = store.pending_notifications().await.unwrap();
        assert_eq!(landed.len(), 1, "the failed write did land");
        // ...and the retry marks the leftover failed before deciding again.
        s.dispatcher.flush_due(far(10)).await;
        let sent = drain(&mut s, "pager");
        assert_eq!(sent.len(), 1);
        assert_ne!(sent[0].id, landed[0].id, "decided again, with a new id");
        let pending = store.pending_notifications().await.unwrap();
        assert_eq!(
            pending.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            [sent[0].id.as_str()],
            "after a restart only the notification that was sent would be resumed"
        );
    }

    #[tokio::test]
    async fn a_resolve_that_failed_is_decided_again_after_a_restart() {
        let yaml = format!(
            "{NOTIFIERS}
routes:
  - notifiers: [pager]
    group_wait: 1s
"
        );
        let mut s = setup(&yaml);
        let store = s.store.clone();
        let far = |secs| Instant::now() + Duration::from_secs(secs);
        let firing = transition("pii_leak", "critical", "checkout", "firing", 1);
        store
            .write_windows(vec![], vec![firing.clone()])
            .await
            .unwrap();
        s.dispatcher.on_transitions(vec![firing], far(0));
        s.dispatcher.flush_due(far(2)).await;
        let trigger = drain(&mut s, "pager").remove(0);
        let outcome = |row: &NotificationRow, delivery: &str| crate::store::NotificationUpdate {
            id: row.id.clone(),
            notifier: row.notifier.clone(),
            covers: row.covers.clone(),
            delivery: delivery.into(),
            attempts: 1,
            last_error: None,
            next_attempt_ns: row.next_attempt_ns,
            delivered_at: None,
        };
        store
            .update_notification(outcome(&trigger, "delivered"))
            .await
            .unwrap();

        // The resolve is refused (say, a rotated routing key)...
        let resolved = transition("pii_leak", "critical", "checkout", "resolved", 3);
        store
            .write_windows(vec![], vec![resolved.clone()])
            .await
            .unwrap();
        s.dispatcher.on_transitions(vec![resolved], far(3));
        s.dispatcher.flush_due(far(1000)).await;
        let resolve = drain(&mut s, "pager").remove(0);
        assert_eq!(resolve.status, "resolved");
        store
            .update_notification(outcome(&resolve, "failed"))
            .await
            .unwrap();
        // ...and the pair breaches again (pending) before the operator fixes the key.
        let pending = transition("pii_leak", "critical", "checkout", "pending", 5);
        store.write_windows(vec![], vec![pending]).await.unwrap();

        // After the restart the notifier still believes it fires: the resolve goes out again.
        let mut restarted = Setup {
            dispatcher: Dispatcher::new(
                &PipelineConfig::from_yaml(&yaml, "test").unwrap().routes,
                &PipelineConfig::default().rules,
                store.clone(),
                std::mem::take(&mut s.dispatcher.outboxes),
            ),
            store: store.clone(),
            queues: std::mem::take(&mut s.queues),
            _dir: tempfile::tempdir().unwrap(),
        };
        restarted.dispatcher.restore(store.as_ref()).await.unwrap();
        restarted.dispatcher.flush_due(far(2000)).await;
        let again = drain(&mut restarted, "pager");
        assert_eq!(again.len(), 1, "{again:?}");
        assert_eq!(again[0].status, "resolved");
        assert_eq!(again[0].group_key, "pii_leak:checkout");
        assert!(restarted.dispatcher.told.is_empty());
    }
}
