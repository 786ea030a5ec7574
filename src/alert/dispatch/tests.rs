//! The dispatcher's routing, grouping and restart behaviour against a real SQLite store.

use super::*;
use crate::app::PipelineConfig;
use crate::eval::{Metric, Severity};
use crate::store::{SqliteStore, Store, format_time};
use crate::telemetry::Metrics;

fn transition(rule: &str, severity: &str, service: &str, state: &str, window: i64) -> AlertRow {
    AlertRow {
        dedup_key: format!("{rule}:{service}"),
        rule: rule.into(),
        severity: Severity::parse(severity).unwrap(),
        service: service.into(),
        agent: String::new(),
        metric: Metric::parse("pii_leak_count").unwrap(),
        dimension: String::new(),
        state: AlertState::parse(state).unwrap(),
        previous_state: AlertState::Inactive,
        resolved_reason: String::new(),
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
    queues: HashMap<String, Arc<DeliveryQueue>>,
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
        let queue = DeliveryQueue::new(name, 1000, &Metrics::new());
        senders.insert(name.clone(), queue.clone());
        queues.insert(name.clone(), queue);
    }
    Setup {
        dispatcher: Dispatcher::new(&config.routes, &config.rules, store.clone(), senders),
        store,
        queues,
        _dir: dir,
    }
}

fn drain(setup: &mut Setup, notifier: &str) -> Vec<NotificationRow> {
    setup.queues[notifier].take(0)
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
    async fn enqueue_notifications(&self, rows: Vec<NotificationRow>) -> Result<(), StoreError> {
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
