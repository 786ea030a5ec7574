//! `agentwatch query`: recent scores, or closed windows with their verdicts, newest first.

use super::args::{OutputArgs, OutputFormat, StoreArgs, read_store, time_filter};
use super::table::{opt, opt_small, print_json, small, write_aligned};
use crate::store::{ScoreQuery, ScoreRow, WindowQuery, WindowRow};

/// `agentwatch query` arguments.
#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// The store to read.
    #[command(flatten)]
    pub store: StoreArgs,
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
    /// How many rows, and how.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Print the scores (or, with --windows, the windows) that match.
pub fn query(args: QueryArgs) -> anyhow::Result<()> {
    let store_config = args.store.existing_store()?;
    let since = time_filter(args.since.as_deref(), "--since")?;
    let until = time_filter(args.until.as_deref(), "--until")?;
    let OutputArgs { limit, format } = args.output;
    if args.windows {
        let q = WindowQuery {
            service: args.service,
            metric: args.metric,
            verdict: args.verdict,
            rule: args.rule,
            since,
            until,
            limit,
            ..Default::default()
        };
        let rows = read_store(&store_config, |s| async move { s.query_windows(&q).await })?;
        let mut out = std::io::stdout().lock();
        return match format {
            OutputFormat::Json => print_json(&mut out, &rows),
            OutputFormat::Table => print_windows(&mut out, &rows),
        };
    }
    let q = ScoreQuery {
        service: args.service,
        evaluator: args.evaluator,
        label: args.label,
        trace_id: args.trace_id,
        since,
        until,
        limit,
        ..Default::default()
    };
    let rows = read_store(&store_config, |s| async move { s.query_scores(&q).await })?;
    let mut out = std::io::stdout().lock();
    match format {
        OutputFormat::Json => print_json(&mut out, &rows),
        OutputFormat::Table => print_table(&mut out, &rows),
    }
}

fn format_value(row: &ScoreRow) -> String {
    match row.value {
        None => "-".into(),
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{v:.0}"),
        Some(v) => small(v, 3),
    }
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
            opt_small(r.value, 4),
            opt_small(r.baseline_mean, 4),
            opt_small(r.baseline_sigma, 4),
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
                r.time.to_string(),
                r.service.to_string(),
                r.agent.as_deref().unwrap_or("-").to_owned(),
                r.operation.to_string(),
                r.tool
                    .as_deref()
                    .or(r.model.as_deref())
                    .unwrap_or("-")
                    .to_owned(),
                r.evaluator.to_string(),
                format_value(r),
                r.label.as_str().to_owned(),
                r.trace_id.to_string(),
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
