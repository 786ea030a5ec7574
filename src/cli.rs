//! The command line: `run`, `validate`, `query`, `alerts`, `notify-test`, `replay`, `score`,
//! `clickhouse-schema`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::SystemTime;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};
use tokio_util::sync::CancellationToken;

use crate::app::PipelineConfig;
use crate::app::Role;
use crate::store::config::StoreConfig;
use crate::store::{self, AlertQuery, ScoreQuery, ScoreRow, WindowQuery, WindowRow};
use crate::telemetry;

/// Online evaluation and alerting for AI agents, from their OpenTelemetry spans.
#[derive(Debug, Parser)]
#[command(name = "agentwatch", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the pipeline (embedded defaults when no --config is given).
    Run {
        /// Pipeline file (YAML), e.g. pipelines/local.yaml.
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Which stages to run: all (one process), or one role of a distributed
        /// deployment over Kafka (ingest, score, detect).
        #[arg(long, value_enum, default_value_t = Role::All)]
        role: Role,
        /// Log format on stderr.
        #[arg(long, value_enum, default_value_t = LogFormat::Text)]
        log_format: LogFormat,
    },
    /// Check a pipeline file and explain every problem with its path in the file.
    Validate {
        /// Pipeline file (YAML).
        file: PathBuf,
    },
    /// Print recent scores, newest first.
    Query(Box<QueryArgs>),
    /// List alert transitions (pending, firing, resolved), newest first; --active for the
    /// alerts pending or firing now.
    Alerts(Box<AlertArgs>),
    /// Feed OTLP/JSON files (one request per line, as the Collector's file exporter writes
    /// them) through the pipeline with their original timestamps: scores, windows, baselines.
    Replay {
        /// Pipeline file (store, evaluators, windows, rules); embedded defaults without it.
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// OTLP/JSON files, replayed in the order given.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Send a test notification through one notifier — firing, then resolved — and report
    /// what its endpoint answered; exits non-zero if it was not delivered.
    NotifyTest {
        /// Pipeline file that defines the notifier.
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// The notifier's name under `notifiers:`.
        notifier: String,
        /// Send only the firing notification (a PagerDuty test incident then stays open).
        #[arg(long)]
        no_resolve: bool,
    },
    /// Run the content evaluators (pii_leak, refusal) on JSON lines {"id", "text"} from stdin,
    /// or on OTLP/JSON files; print one JSON line of verdicts per input.
    Score {
        /// Pipeline file whose `evaluators:` settings to use (deny terms, extra phrases).
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Read spans from this OTLP/JSON file (one request per line) instead of stdin.
        #[arg(long)]
        otlp_json: Option<PathBuf>,
        /// Also print each refusal's evidence sentence (`evidence_text`), to audit a verdict.
        #[arg(long)]
        explain: bool,
    },
    /// Print the ClickHouse tables agentwatch creates at start (to review them, or to create
    /// them by hand where agentwatch's user may not run DDL).
    ClickhouseSchema {
        /// Pipeline file whose `store:` (kind clickhouse) gives the database and retention.
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// DDL for ClickHouse 21.8 and later (`current`) or older servers (`legacy`).
        #[arg(long, value_enum, default_value_t = SchemaFlavor::Current)]
        flavor: SchemaFlavor,
    },
}

/// `clickhouse-schema --flavor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaFlavor {
    /// ClickHouse 21.8 and later.
    Current,
    /// ClickHouse before 21.8 (Debian's 18.16).
    Legacy,
}

/// Log output format.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// Output format of `query`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns.
    Table,
    /// One JSON object per line.
    Json,
}

/// `agentwatch alerts` arguments.
#[derive(Debug, clap::Args)]
pub struct AlertArgs {
    /// Pipeline file whose store to read (default: embedded defaults).
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// SQLite file to read, overriding the config's store.
    #[arg(long)]
    pub db: Option<PathBuf>,
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
    /// At most this many rows.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
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
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

/// `agentwatch query` arguments.
#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// Pipeline file whose store to read (default: embedded defaults).
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// SQLite file to read, overriding the config's store.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Only this service.
    #[arg(long)]
    pub service: Option<String>,
    /// Only this evaluator (tool_error, latency, ...).
    #[arg(long)]
    pub evaluator: Option<String>,
    /// Only this label (ok, fail, slow, unscoreable).
    #[arg(long)]
    pub label: Option<String>,
    /// Only this trace id (hex).
    #[arg(long)]
    pub trace_id: Option<String>,
    /// Show closed windows (value, baseline, σ, z, verdict per rule) instead of scores.
    #[arg(long)]
    pub windows: bool,
    /// With --windows: only this metric (refusal_rate, tool_error_rate, latency_p95, ...).
    #[arg(long)]
    pub metric: Option<String>,
    /// With --windows: only this verdict (ok, breach, insufficient_data, warming_up, none).
    #[arg(long)]
    pub verdict: Option<String>,
    /// With --windows: only this rule.
    #[arg(long)]
    pub rule: Option<String>,
    /// Spans from this long ago (15m, 2h, 7d) or since this RFC 3339 time.
    #[arg(long)]
    pub since: Option<String>,
    /// Spans before this long ago or this RFC 3339 time.
    #[arg(long)]
    pub until: Option<String>,
    /// At most this many rows.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run {
            config,
            role,
            log_format,
        } => {
            telemetry::init_logging(matches!(log_format, LogFormat::Json));
            run(config.as_deref(), role)
        }
        Command::Validate { file } => validate(&file),
        Command::ClickhouseSchema { config, flavor } => {
            clickhouse_schema(config.as_deref(), flavor)
        }
        Command::Query(args) => query(*args),
        Command::Alerts(args) => alerts(*args),
        Command::NotifyTest {
            config,
            notifier,
            no_resolve,
        } => notify_test(config.as_deref(), &notifier, no_resolve),
        Command::Score {
            config,
            otlp_json,
            explain,
        } => score(config.as_deref(), otlp_json.as_deref(), explain),
        Command::Replay { config, files } => {
            telemetry::init_logging(false);
            replay(config.as_deref(), &files)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("agentwatch: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn load_config(path: Option<&Path>) -> anyhow::Result<PipelineConfig> {
    match path {
        Some(p) => Ok(PipelineConfig::load(p)?),
        None => Ok(PipelineConfig::default()),
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

fn run(config: Option<&Path>, role: Role) -> anyhow::Result<()> {
    let config = load_config(config)?;
    runtime()?.block_on(async {
        let shutdown = CancellationToken::new();
        tokio::spawn(stop_on_signal(shutdown.clone()));
        crate::app::run_role(config, role, shutdown, print_listening).await
    })
}

/// Once every listener is bound, one JSON line on stdout with the actual addresses (ports
/// configured as 0 resolved), for supervisors and scripts: `{"event":"listening",...}`.
fn print_listening(listening: &crate::app::Listening) {
    use std::io::Write;
    let show = |a: Option<std::net::SocketAddr>| a.map(|a| a.to_string());
    let line = serde_json::json!({
        "event": "listening",
        "otlp_grpc": show(listening.grpc),
        "otlp_http": show(listening.http),
        "admin": show(listening.admin),
    });
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// Cancel `token` on SIGINT or SIGTERM.
async fn stop_on_signal(token: CancellationToken) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).expect("installing the SIGTERM handler");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    token.cancel();
}

fn score(config: Option<&Path>, otlp_json: Option<&Path>, explain: bool) -> anyhow::Result<()> {
    let config = load_config(config)?;
    let scorer =
        crate::score::scorer::ContentScorer::new(&config.evaluators)?.with_explain(explain);
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let err = std::io::stderr().lock();
    let summary = match otlp_json {
        Some(path) => {
            let file = std::fs::File::open(path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            scorer.score_otlp_json(std::io::BufReader::new(file), out, err)?
        }
        None => scorer.score_lines(std::io::stdin().lock(), out, err)?,
    };
    if summary.errors > 0 {
        bail!(
            "{} input line(s) could not be read (see above); {} scored",
            summary.errors,
            summary.scored
        );
    }
    Ok(())
}

fn replay(config: Option<&Path>, files: &[PathBuf]) -> anyhow::Result<()> {
    let config = load_config(config)?;
    let summary = runtime()?.block_on(crate::app::replay::replay(&config, files))?;
    println!(
        "replayed {} requests, {} spans ({} rejected, {} unreadable lines); {} windows closed, {} breach verdicts, {} late scores",
        summary.requests,
        summary.spans,
        summary.rejected_spans,
        summary.bad_lines,
        summary.detect.windows_closed,
        summary.detect.breaches,
        summary.detect.late_scores
    );
    if summary.bad_lines > 0 {
        bail!(
            "{} line(s) could not be read (see above)",
            summary.bad_lines
        );
    }
    Ok(())
}

fn clickhouse_schema(config: Option<&Path>, flavor: SchemaFlavor) -> anyhow::Result<()> {
    let store = match load_config(config)?.store {
        StoreConfig::Clickhouse(c) => *c,
        StoreConfig::Sqlite { .. } if config.is_some() => {
            bail!("the pipeline's store is not ClickHouse (store.kind: clickhouse)")
        }
        StoreConfig::Sqlite { .. } => Default::default(),
    };
    let flavor = match flavor {
        SchemaFlavor::Current => store::Flavor::Current,
        SchemaFlavor::Legacy => store::Flavor::Legacy,
    };
    for statement in store::clickhouse_schema(&store, flavor) {
        println!("{statement};\n");
    }
    Ok(())
}

fn validate(file: &Path) -> anyhow::Result<()> {
    PipelineConfig::load(file)?;
    println!("{}: valid", file.display());
    Ok(())
}

/// `15m` → now − 15 minutes; an RFC 3339 time → itself; both normalized to the stored form.
fn parse_time_arg(arg: &str, flag: &str) -> anyhow::Result<String> {
    if let Ok(ago) = humantime::parse_duration(arg) {
        let t = SystemTime::now()
            .checked_sub(ago)
            .unwrap_or(SystemTime::UNIX_EPOCH);
        return Ok(humantime::format_rfc3339_micros(t).to_string());
    }
    match humantime::parse_rfc3339_weak(arg) {
        Ok(t) => Ok(humantime::format_rfc3339_micros(t).to_string()),
        Err(_) => bail!(
            "{flag} '{arg}' is neither a duration (15m, 2h, 7d) nor an RFC 3339 time (2026-11-25T10:00:00Z)"
        ),
    }
}

/// The store a read-only command reads: from --config, overridden by --db; it must exist.
fn existing_store(config: Option<&Path>, db: Option<&Path>) -> anyhow::Result<StoreConfig> {
    let mut store_config = load_config(config)?.store;
    if let Some(db) = db {
        store_config = match store_config {
            StoreConfig::Sqlite { max_batch_rows, .. } => StoreConfig::Sqlite {
                path: db.to_owned(),
                max_batch_rows,
            },
            StoreConfig::Clickhouse(_) => {
                bail!("--db names a SQLite file, but the pipeline's store is ClickHouse")
            }
        };
    }
    // A SQLite file must exist: opening would create an empty one. ClickHouse answers or not.
    if let StoreConfig::Sqlite { path, .. } = &store_config
        && !path.exists()
    {
        bail!(
            "no database at {}: start `agentwatch run` first, or pass --db / --config",
            path.display()
        );
    }
    Ok(store_config)
}

fn alerts(args: AlertArgs) -> anyhow::Result<()> {
    let store_config = existing_store(args.config.as_deref(), args.db.as_deref())?;
    if args.outbox {
        return outbox(&store_config, &args);
    }
    let q = AlertQuery {
        state: args.state,
        service: args.service,
        rule: args.rule,
        since: args
            .since
            .as_deref()
            .map(|s| parse_time_arg(s, "--since"))
            .transpose()?,
        active: args.active,
        latest: false,
        limit: args.limit,
    };
    let rows = read_store(&store_config, |s| async move { s.query_alerts(&q).await })?;
    let mut out = std::io::stdout().lock();
    match args.format {
        OutputFormat::Json => print_json(&mut out, &rows)?,
        OutputFormat::Table => {
            let mut table = vec![
                [
                    "AT",
                    "STATE",
                    "FROM",
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
            for a in &rows {
                let dash = |v: &str| {
                    if v.is_empty() {
                        "-".to_owned()
                    } else {
                        v.to_owned()
                    }
                };
                table.push([
                    a.at.clone(),
                    a.state.clone(),
                    a.previous_state.clone(),
                    a.rule.clone(),
                    a.severity.clone(),
                    a.service.clone(),
                    dash(&a.agent),
                    a.metric.clone(),
                    dash(&a.dimension),
                    opt(a.value, 4),
                    opt(a.baseline_mean, 4),
                    opt(a.z, 2),
                    delivery_summary(&a.delivery),
                    a.dedup_key.clone(),
                    a.exemplars.clone(),
                ]);
            }
            write_aligned(&mut out, &table)?;
            if rows.is_empty() {
                std::io::Write::write_all(&mut out, b"(no alerts match)\n")?;
            }
        }
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
fn outbox(store_config: &StoreConfig, args: &AlertArgs) -> anyhow::Result<()> {
    let q = store::NotificationQuery {
        notifier: args.notifier.clone(),
        delivery: args.delivery.clone(),
        limit: args.limit,
    };
    let rows = read_store(
        store_config,
        |s| async move { s.query_notifications(&q).await },
    )?;
    let mut out = std::io::stdout().lock();
    match args.format {
        OutputFormat::Json => print_json(&mut out, &rows)?,
        OutputFormat::Table => {
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
            for n in &rows {
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
            write_aligned(&mut out, &table)?;
            if rows.is_empty() {
                std::io::Write::write_all(&mut out, b"(no notifications match)\n")?;
            }
        }
    }
    Ok(())
}

fn notify_test(config: Option<&Path>, notifier: &str, no_resolve: bool) -> anyhow::Result<()> {
    let config = load_config(config)?;
    let Some(notifier_config) = config.notifiers.get(notifier) else {
        let known: Vec<&String> = config.notifiers.keys().collect();
        bail!("no notifier '{notifier}' in the pipeline file (defined: {known:?})");
    };
    let notifier = crate::alert::Notifier::new(notifier, notifier_config)?;
    runtime()?.block_on(async {
        let statuses: &[crate::alert::Status] = if no_resolve {
            &[crate::alert::Status::Firing]
        } else {
            &[crate::alert::Status::Firing, crate::alert::Status::Resolved]
        };
        for status in statuses {
            let report = crate::alert::notify_test::send(&notifier, *status)
                .await
                .with_context(|| {
                    format!(
                        "notifier {}: {} test notification",
                        notifier.name,
                        status.as_str()
                    )
                })?;
            println!("{report}");
        }
        Ok(())
    })
}

fn query(args: QueryArgs) -> anyhow::Result<()> {
    let store_config = existing_store(args.config.as_deref(), args.db.as_deref())?;
    let since = args
        .since
        .as_deref()
        .map(|s| parse_time_arg(s, "--since"))
        .transpose()?;
    let until = args
        .until
        .as_deref()
        .map(|s| parse_time_arg(s, "--until"))
        .transpose()?;
    if args.windows {
        let q = WindowQuery {
            service: args.service,
            metric: args.metric,
            verdict: args.verdict,
            rule: args.rule,
            since,
            until,
            limit: args.limit,
        };
        let rows = read_store(&store_config, |s| async move { s.query_windows(&q).await })?;
        let mut out = std::io::stdout().lock();
        match args.format {
            OutputFormat::Json => print_json(&mut out, &rows)?,
            OutputFormat::Table => print_windows(&mut out, &rows)?,
        }
        return Ok(());
    }
    let q = ScoreQuery {
        service: args.service,
        evaluator: args.evaluator,
        label: args.label,
        trace_id: args.trace_id,
        since,
        until,
        limit: args.limit,
    };
    let rows = read_store(&store_config, |s| async move { s.query_scores(&q).await })?;
    let mut out = std::io::stdout().lock();
    match args.format {
        OutputFormat::Json => print_json(&mut out, &rows)?,
        OutputFormat::Table => print_table(&mut out, &rows)?,
    }
    Ok(())
}

/// Open the store, read from it, close it.
fn read_store<T, F, Fut>(config: &StoreConfig, read: F) -> anyhow::Result<T>
where
    F: FnOnce(std::sync::Arc<dyn store::Store>) -> Fut,
    Fut: std::future::Future<Output = Result<T, store::StoreError>>,
{
    runtime()?.block_on(async {
        let store = store::open_reader(config).await?;
        let result = read(store.clone()).await;
        store.close().await?;
        Ok(result?)
    })
}

fn print_json<T: serde::Serialize>(
    out: &mut impl std::io::Write,
    rows: &[T],
) -> anyhow::Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row)?;
        writeln!(out)?;
    }
    Ok(())
}

fn format_value(row: &ScoreRow) -> String {
    match row.value {
        None => "-".into(),
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{v:.0}"),
        Some(v) => format!("{v:.3}"),
    }
}

fn opt(v: Option<f64>, digits: usize) -> String {
    v.map_or("-".into(), |v| format!("{v:.digits$}"))
}

fn print_windows(out: &mut impl std::io::Write, rows: &[WindowRow]) -> anyhow::Result<()> {
    let header = [
        "WINDOW_START",
        "SERVICE",
        "AGENT",
        "METRIC",
        "DIMENSION",
        "N",
        "VALUE",
        "MEAN",
        "SIGMA",
        "Z",
        "VERDICT",
        "RULE",
        "STATE",
    ]
    .map(String::from);
    let mut table = vec![header];
    for r in rows {
        let n = if r.pooled_windows > 1 {
            format!("{} ({} windows)", r.n, r.pooled_windows)
        } else {
            r.n.to_string()
        };
        table.push([
            r.window_start.clone(),
            r.service.clone(),
            if r.agent.is_empty() {
                "-".into()
            } else {
                r.agent.clone()
            },
            r.metric.clone(),
            if r.dimension.is_empty() {
                "-".into()
            } else {
                r.dimension.clone()
            },
            n,
            opt(r.value, 4),
            opt(r.baseline_mean, 4),
            opt(r.baseline_sigma, 4),
            opt(r.z, 2),
            r.verdict.clone(),
            if r.rule.is_empty() {
                "-".into()
            } else {
                r.rule.clone()
            },
            if r.state.is_empty() {
                "-".into()
            } else {
                r.state.clone()
            },
        ]);
    }
    write_aligned(out, &table)?;
    if rows.is_empty() {
        writeln!(out, "(no windows match)")?;
    }
    Ok(())
}

fn write_aligned<const N: usize>(
    out: &mut impl std::io::Write,
    table: &[[String; N]],
) -> std::io::Result<()> {
    let mut widths = [0usize; N];
    for row in table {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    for row in table {
        let mut text = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            if i + 1 == N {
                text.push_str(cell);
            } else {
                text.push_str(&format!("{cell:<w$}  "));
            }
        }
        writeln!(out, "{}", text.trim_end())?;
    }
    Ok(())
}

fn print_table(out: &mut impl std::io::Write, rows: &[ScoreRow]) -> anyhow::Result<()> {
    const HEADER: [&str; 10] = [
        "TIME",
        "SERVICE",
        "AGENT",
        "OPERATION",
        "MODEL/TOOL",
        "EVALUATOR",
        "VALUE",
        "LABEL",
        "TRACE_ID",
        "DETAIL",
    ];
    let cells: Vec<[String; 10]> = rows
        .iter()
        .map(|r| {
            [
                r.time.clone(),
                r.service.clone(),
                r.agent.clone().unwrap_or_else(|| "-".into()),
                r.operation.clone(),
                r.tool
                    .clone()
                    .or_else(|| r.model.clone())
                    .unwrap_or_else(|| "-".into()),
                r.evaluator.clone(),
                format_value(r),
                r.label.clone(),
                r.trace_id.clone(),
                r.detail.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut widths = HEADER.map(str::len);
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut dyn std::io::Write, row: &[&str]| -> std::io::Result<()> {
        let mut text = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            if i + 1 == row.len() {
                text.push_str(cell);
            } else {
                text.push_str(&format!("{cell:<w$}  "));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(out, &HEADER)?;
    for row in &cells {
        let refs: Vec<&str> = row.iter().map(String::as_str).collect();
        line(out, &refs)?;
    }
    if rows.is_empty() {
        writeln!(out, "(no scores match)")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_args_accept_durations_and_timestamps() {
        assert_eq!(
            parse_time_arg("2026-11-25T10:00:00Z", "--since").unwrap(),
            "2026-11-25T10:00:00.000000Z"
        );
        let ago = parse_time_arg("1h", "--since").unwrap();
        let now = humantime::format_rfc3339_micros(SystemTime::now()).to_string();
        assert!(ago < now);
        let err = parse_time_arg("yesterday", "--since")
            .unwrap_err()
            .to_string();
        assert!(err.contains("--since 'yesterday'"), "{err}");
    }
}
