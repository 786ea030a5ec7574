//! `agentwatch alerts`: alert transitions (pending, firing, resolved), newest first; or, with
//! `--outbox`, the notifications decided and their delivery.

use super::args::{OutputArgs, OutputFormat, StoreArgs, read_store, time_filter};
use super::table::{opt, opt_small, print_json, write_aligned};
use crate::store::config::StoreConfig;
use crate::store::{AlertQuery, AlertRow, NotificationQuery, NotificationRow};

/// `agentwatch alerts` arguments.
#[derive(Debug, clap::Args)]
pub struct AlertArgs {
    /// The store to read.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Only alerts pending or firing now.
    #[arg(long)]
    pub active: bool,
    /// Only transitions into this state (pending, firing, resolved, inactive).
    #[arg(long)]
    pub state: Option<String>,
    /// Only this service.
    #[arg(long)]
    pub service: Option<String>,
    /// Only this rule.
    #[arg(long)]
    pub rule: Option<String>,
    /// Transitions from this long ago (15m, 2h, 7d) or since this RFC 3339 time.
    #[arg(long)]
    pub since: Option<String>,
    /// The outbox instead of the transitions.
    #[command(flatten)]
    pub outbox: OutboxArgs,
    /// How many rows, and how.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `agentwatch alerts --outbox` and its filters.
#[derive(Debug, clap::Args)]
pub struct OutboxArgs {
    /// List the notification outbox instead: each notification decided, per notifier, with
    /// its delivery status, attempts and last error.
    #[arg(long)]
    pub outbox: bool,
    /// With --outbox: only this notifier.
    #[arg(long, requires = "outbox")]
    pub notifier: Option<String>,
    /// With --outbox: only this delivery status (pending, delivered, failed, expired, skipped).
    #[arg(long, requires = "outbox")]
    pub delivery: Option<String>,
}

/// Print the alert transitions (or, with --outbox, the notifications) that match.
pub fn alerts(args: AlertArgs) -> anyhow::Result<()> {
    let store_config = args.store.existing_store()?;
    if args.outbox.outbox {
        return outbox(&store_config, &args.outbox, &args.output);
    }
    let q = AlertQuery {
        state: args.state,
        service: args.service,
        rule: args.rule,
        since: time_filter(args.since.as_deref(), "--since")?,
        active: args.active,
        latest: false,
        limit: args.output.limit,
        ..Default::default()
    };
    let rows = read_store(&store_config, |s| async move { s.query_alerts(&q).await })?;
    let mut out = std::io::stdout().lock();
    match args.output.format {
        OutputFormat::Json => print_json(&mut out, &rows)?,
        OutputFormat::Table => print_alerts(&mut out, &rows)?,
    }
    Ok(())
}

fn print_alerts(out: &mut impl std::io::Write, rows: &[AlertRow]) -> std::io::Result<()> {
    let mut table = vec![
        [
            "AT",
            "STATE",
            "FROM",
            "REASON",
            "RULE",
            "SEVERITY",
            "SERVICE",
            "AGENT",
            "METRIC",
            "DIMENSION",
            "VALUE",
            "MEAN",
            "Z",
            "DELIVERY",
            "DEDUP_KEY",
            "EXEMPLARS",
        ]
        .map(String::from),
    ];
    for a in rows {
        let dash = |v: &str| {
            if v.is_empty() {
                "-".to_owned()
            } else {
                v.to_owned()
            }
        };
        table.push([
            a.at.clone(),
            a.state.as_str().to_owned(),
            a.previous_state.as_str().to_owned(),
            dash(&a.resolved_reason),
            a.rule.clone(),
            a.severity.as_str().to_owned(),
            a.service.clone(),
            dash(&a.agent),
            a.metric.as_str().to_owned(),
            dash(&a.dimension),
            opt_small(a.value, 4),
            opt_small(a.baseline_mean, 4),
            opt(a.z, 2),
            delivery_summary(&a.delivery),
            a.dedup_key.clone(),
            a.exemplars.clone(),
        ]);
    }
    write_aligned(out, &table)?;
    if rows.is_empty() {
        out.write_all(b"(no alerts match)\n")?;
    }
    Ok(())
}

/// `{"oncall":"delivered","slack":"pending"}` → `oncall=delivered,slack=pending`.
fn delivery_summary(delivery: &str) -> String {
    let parsed: std::collections::BTreeMap<String, String> =
        serde_json::from_str(delivery).unwrap_or_default();
    if parsed.is_empty() {
        return "-".into();
    }
    parsed
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// `agentwatch alerts --outbox`: the notifications decided, newest first.
fn outbox(
    store_config: &StoreConfig,
    args: &OutboxArgs,
    output: &OutputArgs,
) -> anyhow::Result<()> {
    let q = NotificationQuery {
        notifier: args.notifier.clone(),
        delivery: args.delivery.clone(),
        limit: output.limit,
    };
    let rows = read_store(
        store_config,
        |s| async move { s.query_notifications(&q).await },
    )?;
    let mut out = std::io::stdout().lock();
    match output.format {
        OutputFormat::Json => print_json(&mut out, &rows)?,
        OutputFormat::Table => print_outbox(&mut out, &rows)?,
    }
    Ok(())
}

fn print_outbox(out: &mut impl std::io::Write, rows: &[NotificationRow]) -> std::io::Result<()> {
    let mut table = vec![
        [
            "CREATED",
            "NOTIFIER",
            "ROUTE",
            "STATUS",
            "DELIVERY",
            "ATTEMPTS",
            "GROUP",
            "ID",
            "LAST_ERROR",
        ]
        .map(String::from),
    ];
    for n in rows {
        table.push([
            n.created_at.clone(),
            n.notifier.clone(),
            n.route.clone(),
            n.status.clone(),
            n.delivery.clone(),
            n.attempts.to_string(),
            n.group_key.clone(),
            n.id.clone(),
            n.last_error.clone().unwrap_or_else(|| "-".into()),
        ]);
    }
    write_aligned(out, &table)?;
    if rows.is_empty() {
        out.write_all(b"(no notifications match)\n")?;
    }
    Ok(())
}
