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

mod decide;

use self::decide::group_key;
use super::config::RouteConfig;
use super::queue::DeliveryQueue;
use crate::alert_state::AlertState;
use crate::detect::rules::config::RuleConfig;
use crate::store::{
    AlertQuery, AlertRow, NotificationRow, NotificationUpdate, Outbox, StoreError, StoreReader,
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
    outboxes: HashMap<String, Arc<DeliveryQueue>>,
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
        "severity" => row.severity.as_str(),
        "service" => &row.service,
        "agent" => &row.agent,
        "metric" => row.metric.as_str(),
        _ => &row.dimension,
    }
}

impl Dispatcher {
    /// A dispatcher for `routes`; `outboxes` are the delivery workers' bounded queues by
    /// notifier.
    pub fn new(
        routes: &[RouteConfig],
        rules: &[RuleConfig],
        store: Arc<dyn Outbox>,
        outboxes: HashMap<String, Arc<DeliveryQueue>>,
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
            let row = match row.state {
                AlertState::Firing if known_rule => row,
                // Told firing but not firing now — resolved (and maybe pending or inactive
                // again since), or its rule was removed: the resolve is owed.
                _ if owed_resolve => AlertRow {
                    state: AlertState::Resolved,
                    ..row
                },
                AlertState::Firing => {
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
            match row.state {
                AlertState::Firing => {}
                // A resolve matters only for a pair that fired.
                AlertState::Resolved if self.alerts.contains_key(&row.dedup_key) => {}
                AlertState::Resolved => {
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
            if !route.matches.takes(&row.rule, row.severity, &row.service) {
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
                    // A full queue leaves the row pending in the outbox (counted there):
                    // the worker reads it back when it has room.
                    if let Some(outbox) = self.outboxes.get(&row.notifier) {
                        outbox.offer(row);
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
            .retain(|k| alerts.get(k).is_some_and(|a| a.state == AlertState::Firing));
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
mod tests;
