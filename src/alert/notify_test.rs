//! `agentwatch notify-test NOTIFIER`: one made-up alert through a real notifier, to check a
//! routing key, a webhook URL or a signature check before the first real page.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use super::message::{AlertEntry, BODY_VERSION, Notification, Status, summarize};
use super::notifiers::{Notifier, Outcome};
use crate::eval::{Metric, Severity};
use crate::store::format_time;

/// Attempts before giving up on a retryable answer.
const ATTEMPTS: u32 = 3;
/// Longest wait between attempts (a longer `Retry-After` is reported, not waited for).
const MAX_WAIT: Duration = Duration::from_secs(10);

/// The test notification: a firing (or resolved) alert of rule `agentwatch_test`, with a
/// group key per notifier so a PagerDuty resolve closes the test incident.
pub fn test_notification(notifier: &str, status: Status) -> Notification {
    let now = crate::clock::now_unix_nano();
    let alert = AlertEntry {
        dedup_key: format!("agentwatch_test:{notifier}"),
        status,
        resolved_reason: (status == Status::Resolved).then(|| "recovered".into()),
        rule: "agentwatch_test".into(),
        severity: Severity::Info,
        service: "agentwatch".into(),
        agent: String::new(),
        metric: Metric::parse("refusal_rate").expect("the refusal evaluator is registered"),
        dimension: String::new(),
        value: Some(0.25),
        baseline_mean: Some(0.03),
        baseline_sigma: Some(0.01),
        z: Some(22.0),
        op: None,
        threshold: None,
        window_start: format_time(now.saturating_sub(300_000_000_000)),
        window_end: format_time(now),
        exemplar_trace_ids: vec!["4bf92f3577b34da6a3ce929d0e0e4736".into()],
    };
    let labels = BTreeMap::from([("rule".to_owned(), "agentwatch_test".to_owned())]);
    let alerts = vec![alert];
    Notification {
        version: BODY_VERSION.into(),
        id: format!("test-{now:x}"),
        route: "notify-test".into(),
        group_key: format!("agentwatch_test:{notifier}"),
        status,
        summary: format!("(test) {}", summarize(status, &labels, &alerts)),
        group_labels: labels,
        alerts,
        created_at: format_time(now),
        test: true,
    }
}

/// Send the test notification with `status`, retrying retryable answers a few times; returns
/// a line saying what the endpoint answered, or an error saying why it was not delivered.
pub async fn send(notifier: &Notifier, status: Status) -> anyhow::Result<String> {
    let notification = test_notification(&notifier.name, status);
    let body = serde_json::to_string(&notification)?;
    let started = Instant::now();
    let mut last = String::new();
    for attempt in 1..=ATTEMPTS {
        match notifier.send(&notification, &body).await {
            Outcome::Delivered(http) => {
                return Ok(format!(
                    "{}: {} test notification delivered (HTTP {http}, {} attempt(s), {:.2}s)",
                    notifier.name,
                    status.as_str(),
                    attempt,
                    started.elapsed().as_secs_f64()
                ));
            }
            Outcome::Permanent { error } => anyhow::bail!("refused: {error}"),
            Outcome::Retry { error, retry_after } => {
                last = error;
                if attempt == ATTEMPTS {
                    break;
                }
                let wait = retry_after
                    .unwrap_or(notifier.config.delivery().initial_backoff)
                    .min(MAX_WAIT);
                eprintln!(
                    "{}: attempt {attempt} failed ({last}); retrying in {}",
                    notifier.name,
                    humantime::format_duration(wait)
                );
                tokio::time::sleep(wait).await;
            }
        }
    }
    anyhow::bail!("not delivered after {ATTEMPTS} attempts: {last}")
}
