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
    workers: JoinSet<()>,
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
        let mut workers = JoinSet::new();
        let mut outboxes = HashMap::new();
        let mut pending_by_notifier: HashMap<String, Vec<_>> = HashMap::new();
        for row in pending {
            pending_by_notifier
                .entry(row.notifier.clone())
                .or_default()
                .push(row);
        }
        for (name, notifier_config) in notifiers.iter() {
            let notifier = Notifier::new(name, notifier_config)?;
            let (tx, rx) = mpsc::unbounded_channel();
            outboxes.insert(name.clone(), tx);
            let worker = delivery::DeliveryWorker::new(
                notifier,
                pending_by_notifier.remove(name).unwrap_or_default(),
                rx,
                store.clone(),
                metrics.clone(),
            );
            workers.spawn(worker.run(stop.clone()));
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
            workers,
            stop,
        }))
    }

    /// Stop: the dispatcher ends once the detect stage dropped its sender; delivery workers
    /// finish the attempt in flight (briefly) and leave the rest pending in the outbox.
    pub async fn shutdown(mut self) {
        drop(self.transitions);
        let _ = self.dispatcher.await;
        self.stop.cancel();
        while self.workers.join_next().await.is_some() {}
    }
}
