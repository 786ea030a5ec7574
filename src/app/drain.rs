//! Drain: shut the running stages down in reverse order — stop accepting, drain the span log,
//! let detect and alerts finish, flush the store — under `service.shutdown_timeout`.

use std::time::Duration;

use anyhow::Context;

use super::serve::{Running, RunningStages};
use crate::store::StoreError;

/// Stop `running` gracefully; an error when the store failed to close or `deadline` passed
/// first. The admin endpoint stops last, so probes and metrics work during the drain.
pub(super) async fn drain(running: Running, deadline: Duration) -> anyhow::Result<()> {
    running.ready.set(false);
    let (metrics, stop_admin, admin_task) = (
        running.metrics.clone(),
        running.stop_admin.clone(),
        running.admin_task,
    );
    let drained = tokio::time::timeout(deadline, stop_stages(running.stages)).await;
    stop_admin.cancel();
    if let Some(task) = admin_task {
        let _ = task.await;
    }
    match drained {
        Ok(Ok(())) => tracing::info!("shutdown complete"),
        Ok(Err(e)) => return Err(e).context("closing the store"),
        Err(_) => {
            let queued = metrics.bus_queue_depth.get();
            tracing::error!(
                queued,
                "shutdown deadline passed before the span log drained"
            );
            anyhow::bail!(
                "shutdown took longer than service.shutdown_timeout ({deadline:?}); {queued} spans were not scored"
            );
        }
    }
    Ok(())
}

/// Stop the stages in reverse order of the data's flow.
async fn stop_stages(mut stages: RunningStages) -> Result<(), StoreError> {
    // 1. Stop accepting; in-flight requests finish (and are acknowledged) first.
    stages.stop_receivers.cancel();
    while stages.receiver_tasks.join_next().await.is_some() {}
    // 2. Close the span log; workers finish what they hold (embedded: everything queued),
    //    then stop.
    stages.spans.close();
    if let Some(log) = &stages.aggregates_out {
        log.close();
    }
    while stages.worker_tasks.join_next().await.is_some() {}
    drop(stages.aggregates_out);
    // 3. The detect stage stops once the aggregates log ends (embedded: when the score
    //    stage is dropped; Kafka: at once); the alert stage stops after it (what it has
    //    not sent stays in the outbox for the next start).
    drop(stages.score);
    stages.stop_aggregates.cancel();
    if let Some(task) = stages.detect_task {
        let _ = task.await;
    }
    if let Some(alerts) = stages.alerts {
        alerts.shutdown().await;
    }
    // 4. Let the exporter send what it holds.
    drop(stages.ingest);
    if let Some(task) = stages.forwarder_task {
        let _ = task.await;
    }
    // 5. Flush and close the store.
    match &stages.store {
        Some(store) => store.close().await,
        None => Ok(()),
    }
}
