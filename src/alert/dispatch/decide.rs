//! The decision at a group's flush: what each of its notifiers is told, as outbox rows, and
//! what each will then believe; and the group's stable key.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use super::{Dispatcher, Group, LogKey, Told, now_ns};
use crate::alert::config::{GROUP_LABELS, RouteConfig};
use crate::alert::message::{AlertEntry, BODY_VERSION, Notification, Status, summarize};
use crate::alert::stable_hash;
use crate::alert_state::AlertState;
use crate::store::{AlertRow, NotificationRow, format_time};

/// One notifier's turn at a flush: who, through which route, about which group.
struct Telling<'a> {
    notifier: &'a str,
    route_name: &'a str,
    group_key: &'a str,
    group: &'a Group,
    status: Status,
    skipped: bool,
    now: i64,
}

impl Dispatcher {
    /// What each of the group's notifiers needs to be told now, as outbox rows, and what
    /// they will then believe.
    pub(super) fn decide(
        &self,
        id: &(usize, String),
    ) -> (Vec<NotificationRow>, Vec<(LogKey, Told)>) {
        let (route_name, route) = &self.routes[id.0];
        let group = &self.groups[id];
        let members: Vec<&AlertRow> = group
            .members
            .iter()
            .filter_map(|k| self.alerts.get(k))
            .collect();
        let firing: BTreeSet<String> = members
            .iter()
            .filter(|a| a.state == AlertState::Firing)
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
                    a.state == AlertState::Firing
                        || (route.send_resolved && before.firing.contains(&a.dedup_key))
                })
                .copied()
                .collect();
            let telling = Telling {
                notifier,
                route_name,
                group_key: &id.1,
                group,
                status,
                skipped,
                now,
            };
            rows.push(self.notification_row(&telling, &reported, &firing));
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

    /// The outbox row telling `t.notifier` about `reported`, while `firing` fires.
    fn notification_row(
        &self,
        t: &Telling<'_>,
        reported: &[&AlertRow],
        firing: &BTreeSet<String>,
    ) -> NotificationRow {
        let id_text = format!(
            "{:x}-{:016x}",
            t.now,
            stable_hash(&format!(
                "{}\n{}\n{}",
                t.notifier, t.route_name, t.group_key
            ))
        );
        let alerts: Vec<AlertEntry> = reported
            .iter()
            .map(|a| AlertEntry::from_row(a, self.rules.get(&a.rule)))
            .collect();
        let notification = Notification {
            version: BODY_VERSION.into(),
            id: id_text.clone(),
            route: t.route_name.to_owned(),
            group_key: t.group_key.to_owned(),
            status: t.status,
            summary: summarize(t.status, &t.group.labels, &alerts),
            group_labels: t.group.labels.clone(),
            alerts,
            created_at: format_time(t.now as u64),
            test: false,
        };
        let covers: Vec<_> = reported.iter().map(|a| a.alert_ref()).collect();
        NotificationRow {
            id: id_text,
            notifier: t.notifier.to_owned(),
            route: t.route_name.to_owned(),
            group_key: t.group_key.to_owned(),
            status: t.status.as_str().into(),
            firing: serde_json::to_string(firing).expect("strings serialize"),
            covers: serde_json::to_string(&covers).expect("refs serialize"),
            body: serde_json::to_string(&notification).expect("notification serializes"),
            created_at: format_time(t.now as u64),
            created_ns: t.now,
            delivery: if t.skipped { "skipped" } else { "pending" }.into(),
            attempts: 0,
            last_error: None,
            next_attempt_ns: t.now,
            delivered_at: None,
        }
    }
}

/// The group's stable key. With a `group_by` that names the whole series (the default), a
/// group is one (rule, series) pair and its key is that pair's dedup key — so PagerDuty sees
/// the same dedup key the alerts table shows. Coarser groups are keyed by route and labels.
pub(super) fn group_key(
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
