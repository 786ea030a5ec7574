//! `agentwatch-loadgen`: drive an OTLP endpoint (agentwatch, or anything that speaks OTLP) with
//! realistic GenAI traffic at a target rate or as fast as it accepts, and report what it
//! accepted, how fast, with what latency, how often it pushed back, and the server's CPU and
//! memory.
//!
//! Open loop with a bounded number of connections: with `--rate`, request *k* is due at
//! `k × spans_per_request / rate` seconds; a connection sends it at once when it is already late,
//! so a slow server shows up as fewer requests sent, never as a silently lower offered rate
//! (both are reported). Push-back answers (HTTP 429/503, gRPC RESOURCE_EXHAUSTED/UNAVAILABLE)
//! are counted and not retried: their spans were refused, visibly.
//!
//! A binary of its own, not a subcommand of `agentwatch`: the product does not carry a load
//! generator. The benches include these modules by path (`benches/ingest.rs`, `pipeline.rs`).

mod args;
mod report;
mod runner;
mod sender;
mod server;
mod traffic;

use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

/// Send realistic GenAI traffic to an OTLP endpoint for a while and report accepted spans/s,
/// MB/s, latency, push-back and (with --server-pid) the server's memory.
#[derive(Debug, Parser)]
#[command(name = "agentwatch-loadgen", version, about)]
struct Cli {
    #[command(flatten)]
    load: args::LoadgenArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match load(&cli.load) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("agentwatch-loadgen: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Run the load and print its report (text, or one JSON line with `--json`).
fn load(args: &args::LoadgenArgs) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let report = runtime.block_on(runner::run(args))?;
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        print!("{}", report.to_text());
    }
    Ok(())
}
