//! Ingest alone: the OTLP receivers → the embedded bus, with nothing scoring — a drain takes
//! each batch off the bus and acknowledges it at once. Measures what the receive path costs
//! (HTTP/2 or HTTP/1, body, protobuf decode, span validation, publish) with the load generator
//! sending from the same process, so both share the machine's cores as in `benches/e2e.sh`.
//!
//! Run: `cargo bench --bench ingest` (default: gRPC, 30 s, as fast as accepted); arguments
//! after `--` are `agentwatch-loadgen` options, e.g.
//! `cargo bench --bench ingest -- --protocol http --duration 30s --connections 16`.
//! Prints the load generator's report and one summary line.

use std::sync::Arc;

use agentwatch::bus::{EmbeddedBus, SpanLog};
use agentwatch::receiver::config::OtlpReceiverConfig;
use agentwatch::receiver::{self, Ingest};
use agentwatch::telemetry::Metrics;
use clap::Parser;
use tokio_util::sync::CancellationToken;

/// The load generator's modules, shared with the `agentwatch-loadgen` binary (which the
/// benches cannot link: a binary is no library).
#[allow(dead_code, unused_imports)] // the binary uses what a bench does not; its tests need a harness
#[path = "../src/bin/agentwatch-loadgen"]
mod loadgen {
    pub mod args;
    pub mod report;
    pub mod runner;
    pub mod sender;
    pub mod server;
    pub mod traffic;
}

use loadgen::args::{LoadgenArgs, Protocol};

#[derive(Parser)]
struct Args {
    #[command(flatten)]
    load: LoadgenArgs,
}

fn main() -> anyhow::Result<()> {
    // `cargo bench` passes `--bench`; everything else is ours. Under `cargo test` (no
    // `--bench`, maybe a test filter) this runs as a one-second smoke check instead.
    let benching = std::env::args().any(|a| a == "--bench");
    let mut args = if benching {
        Args::parse_from(std::env::args().filter(|a| a != "--bench")).load
    } else {
        Args::parse_from(["ingest", "--duration", "1s", "--spans-per-request", "64"]).load
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let metrics = Metrics::new();
        let bus: Arc<dyn SpanLog> = Arc::new(EmbeddedBus::new(16_384, metrics.clone()));
        let mut drain = bus.consumer()?;
        let drained = tokio::spawn(async move {
            let mut spans = 0u64;
            while let Some(delivery) = drain.next().await {
                spans += delivery.batch.span_count as u64;
                delivery.ack();
            }
            spans
        });
        let ingest = Arc::new(Ingest::new(
            &OtlpReceiverConfig::default(),
            bus.clone(),
            None,
            metrics,
        ));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let shutdown = CancellationToken::new();
        let server = tokio::spawn({
            let (ingest, shutdown, protocol) = (ingest.clone(), shutdown.clone(), args.protocol);
            async move {
                match protocol {
                    Protocol::Grpc => receiver::grpc::serve(listener, None, ingest, shutdown).await?,
                    Protocol::Http => receiver::http::serve(listener, None, ingest, shutdown).await?,
                }
                anyhow::Ok(())
            }
        });
        args.target = Some(address.to_string());
        args.server_pid = Some(std::process::id());
        let report = loadgen::runner::run(&args).await?;
        shutdown.cancel();
        server.await??;
        bus.close();
        let drained = drained.await?;
        print!("{}", report.to_text());
        let cores = report
            .server
            .as_ref()
            .map_or(0.0, |m| m.cpu_seconds / report.elapsed_s);
        println!(
            "ingest alone {}: {:.0} spans/s accepted ({:.0} B/span, {:.1} MB/s of requests), {} spans reached the bus, latency p50 {:.1} ms p99 {:.1} ms, {} pushed back; {:.2} cores (receivers and load generator together)",
            report.protocol,
            report.accepted_spans_per_s,
            report.average_span_bytes,
            report.body_mb_per_s,
            drained,
            report.latency_p50_ms,
            report.latency_p99_ms,
            report.pushed_back_requests,
            cores
        );
        anyhow::ensure!(
            drained == report.accepted_spans,
            "{} spans accepted but {drained} reached the bus",
            report.accepted_spans
        );
        Ok(())
    })
}
