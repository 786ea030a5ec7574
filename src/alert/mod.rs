//! The alert stage: turn rule transitions into notifications, and deliver them.
//!
//! ```text
//! detect ──transitions (written to `alerts` first)──▶ dispatcher ──outbox rows──▶ delivery worker
//!                                                   routes, groups,             per notifier:
//!                                                   group_wait/interval,        retries, back-off,
//!                                                   repeat, send_resolved       Retry-After, rate limit
//! ```
//! Everything the stage decides is in the store before it acts on it, so a restart resumes
//! exactly: see [`dispatch`] and [`delivery`].

pub mod config;
pub mod delivery;
pub mod dispatch;
pub mod message;
pub mod notifiers;
pub mod notify_test;
pub mod queue;

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Context;
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use self::config::RouteConfig;
use crate::detect::rules::config::RuleConfig;
use crate::store::{AlertRow, Store};
use crate::telemetry::Metrics;

/// Kept here for the alert stage's own ids; it lives in a leaf so detect can share it.
pub use crate::stable_hash::stable_hash;
pub use message::{AlertEntry, Notification, Status};
pub use notifiers::{Notifier, NotifierConfig, Notifiers, Outcome};

/// The running alert stage.
pub struct AlertStage {
    /// Where the detect stage sends transitions once they are written.
    pub transitions: mpsc::Sender<Vec<AlertRow>>,
    dispatcher: tokio::task::JoinHandle<()>,
    workers: tokio::task::JoinHandle<()>,
    stop: CancellationToken,
}

impl AlertStage {
    /// Start delivery workers (resuming the outbox) and the dispatcher (rebuilt from the
    /// store). Returns None when no route is configured: transitions are then only written to
    /// the alerts table. `notifiers`, `routes` and `rules` are the pipeline file's sections.
    pub async fn start(
        notifiers: &Notifiers,
        routes: &[RouteConfig],
        rules: &[RuleConfig],
        store: Arc<dyn Store>,
        metrics: Arc<Metrics>,
    ) -> anyhow::Result<Option<AlertStage>> {
        if routes.is_empty() {
            if !notifiers.is_empty() {
                tracing::warn!("notifiers are configured but no route sends to them");
            }
            return Ok(None);
        }
        let pending = store
            .pending_notifications()
            .await
            .context("reading the notification outbox")?;
        let stop = CancellationToken::new();
        let mut workers = Workers {
            running: JoinSet::new(),
            by_task: HashMap::new(),
            store: store.clone(),
            metrics: metrics.clone(),
            stop: stop.clone(),
        };
        let mut outboxes = HashMap::new();
        let mut pending_by_notifier: HashMap<String, Vec<_>> = HashMap::new();
        for row in pending {
            pending_by_notifier
                .entry(row.notifier.clone())
                .or_default()
                .push(row);
        }
        for (name, notifier_config) in notifiers.iter() {
            // Built once here so a bad notifier fails the start, not a restart.
            Notifier::new(name, notifier_config)?;
            let capacity = notifier_config.delivery().max_queued;
            let queue = queue::DeliveryQueue::new(name, capacity, &metrics);
            outboxes.insert(name.clone(), queue.clone());
            let pending = pending_by_notifier.remove(name).unwrap_or_default();
            workers.spawn(name, notifier_config, queue, pending)?;
        }
        for rows in pending_by_notifier.values() {
            for row in rows {
                tracing::warn!(notifier = %row.notifier, notification = %row.id, "undelivered notification for a notifier no longer configured: not sent");
            }
        }
        let mut dispatcher = dispatch::Dispatcher::new(routes, rules, store.clone(), outboxes);
        dispatcher
            .restore(store.as_ref())
            .await
            .context("rebuilding alert state from the store")?;
        let (transitions, rx) = mpsc::channel(1024);
        let dispatcher = tokio::spawn(dispatch::run(dispatcher, rx));
        Ok(Some(AlertStage {
            transitions,
            dispatcher,
            workers: tokio::spawn(workers.supervise()),
            stop,
        }))
    }

    /// Stop: the dispatcher ends once the detect stage dropped its sender; delivery workers
    /// finish the attempt in flight (briefly) and leave the rest pending in the outbox.
    pub async fn shutdown(self) {
        drop(self.transitions);
        let _ = self.dispatcher.await;
        self.stop.cancel();
        let _ = self.workers.await;
    }
}

/// The delivery workers, restarted when one ends before shutdown.
struct Workers {
    running: JoinSet<()>,
    /// Each task's notifier: name, settings and queue, to start it again.
    by_task: HashMap<tokio::task::Id, (String, NotifierConfig, Arc<queue::DeliveryQueue>)>,
    store: Arc<dyn Store>,
    metrics: Arc<Metrics>,
    stop: CancellationToken,
}

impl Workers {
    fn spawn(
        &mut self,
        name: &str,
        config: &NotifierConfig,
        queue: Arc<queue::DeliveryQueue>,
        pending: Vec<crate::store::NotificationRow>,
    ) -> anyhow::Result<()> {
        let worker = delivery::DeliveryWorker::new(
            Notifier::new(name, config)?,
            pending,
            queue.clone(),
            self.store.clone(),
            self.metrics.clone(),
        );
        let task = self.running.spawn(worker.run(self.stop.clone()));
        self.by_task
            .insert(task.id(), (name.to_owned(), config.clone(), queue));
        Ok(())
    }

    /// Wait for the workers to end at shutdown; one that ends before (a panic outside an
    /// attempt) is logged, counted as `notifications{outcome="worker_restarted"}` and started
    /// again, reading what it held back from the store.
    async fn supervise(mut self) {
        while let Some(ended) = self.running.join_next_with_id().await {
            let (id, why) = match ended {
                Ok((id, ())) => (id, "returned".to_owned()),
                Err(e) => (e.id(), e.to_string()),
            };
            let Some((name, config, queue)) = self.by_task.remove(&id) else {
                continue;
            };
            if self.stop.is_cancelled() {
                continue;
            }
            tracing::error!(notifier = %name, why = %why, "a delivery worker ended before shutdown; restarting it");
            self.metrics
                .notifications
                .get_or_create(&crate::telemetry::NotificationLabels {
                    notifier: name.clone(),
                    outcome: "worker_restarted",
                })
                .inc();
            // A worker that fails at once every time must not spin.
            tokio::select! {
                _ = self.stop.cancelled() => continue,
                _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
            }
            // What it held is pending in the store: read it back, oldest first.
            queue.fall_behind();
            if let Err(e) = self.spawn(&name, &config, queue, Vec::new()) {
                tracing::error!(notifier = %name, error = %e, "restarting a delivery worker failed");
            }
        }
    }
}
