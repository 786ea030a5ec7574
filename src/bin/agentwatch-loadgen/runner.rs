//! The load itself: build the request templates, open the connections, send on schedule until
//! the deadline, and merge what each connection counted into the [`Report`].

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use hdrhistogram::Histogram;
use tokio_util::sync::CancellationToken;

use super::args::{LoadgenArgs, Protocol};
use super::report::{Report, ServerUsage};
use super::sender::{Outcome, Security, Sender};
use super::server::{process_memory_kb, sample_server};
use super::traffic::{self, Template, TrafficMix};

/// Counters of one connection, merged at the end.
struct Tally {
    requests: u64,
    accepted_requests: u64,
    accepted_spans: u64,
    rejected_spans: u64,
    pushed_back_requests: u64,
    pushed_back_spans: u64,
    failed_requests: u64,
    first_failure: Option<String>,
    body_bytes: u64,
    content_bytes: u64,
    /// Latency of accepted requests, µs.
    latency: Histogram<u64>,
}

impl Tally {
    fn new() -> Tally {
        Tally {
            requests: 0,
            accepted_requests: 0,
            accepted_spans: 0,
            rejected_spans: 0,
            pushed_back_requests: 0,
            pushed_back_spans: 0,
            failed_requests: 0,
            first_failure: None,
            body_bytes: 0,
            content_bytes: 0,
            latency: Histogram::new_with_bounds(1, 600_000_000, 3).expect("valid bounds"),
        }
    }

    fn merge(&mut self, other: Tally) {
        self.requests += other.requests;
        self.accepted_requests += other.accepted_requests;
        self.accepted_spans += other.accepted_spans;
        self.rejected_spans += other.rejected_spans;
        self.pushed_back_requests += other.pushed_back_requests;
        self.pushed_back_spans += other.pushed_back_spans;
        self.failed_requests += other.failed_requests;
        if self.first_failure.is_none() {
            self.first_failure = other.first_failure;
        }
        self.body_bytes += other.body_bytes;
        self.content_bytes += other.content_bytes;
        self.latency.add(&other.latency).expect("same bounds");
    }
}

impl Tally {
    /// Count one request's outcome; `bytes` is its body, `template` what it was stamped from.
    fn record(&mut self, outcome: Outcome, template: &Template, bytes: u64, sent: Instant) {
        let spans = template.spans() as u64;
        self.requests += 1;
        match outcome {
            Outcome::Accepted { rejected } => {
                self.accepted_requests += 1;
                self.accepted_spans += spans.saturating_sub(rejected);
                self.rejected_spans += rejected;
                self.body_bytes += bytes;
                self.content_bytes += template.content_bytes();
                let micros = sent.elapsed().as_micros().max(1) as u64;
                self.latency.saturating_record(micros);
            }
            Outcome::PushedBack => {
                self.pushed_back_requests += 1;
                self.pushed_back_spans += spans;
            }
            Outcome::Failed(e) => {
                self.failed_requests += 1;
                self.first_failure.get_or_insert(e);
            }
        }
    }
}

/// What every connection shares: the templates, the schedule and the sequence counter.
struct Schedule {
    templates: Arc<Vec<Template>>,
    /// Ids unique to this run, so that repeated runs against one store never collide.
    run_id: u32,
    /// Time between two requests' due times; None: as fast as accepted.
    interval: Option<Duration>,
    started: Instant,
    deadline: Instant,
    /// The next request's sequence number, shared by every connection.
    next: AtomicU64,
    /// After a push-back or a failure, a connection pauses this long.
    pause: Duration,
}

/// One connection's loop: take the next sequence number, wait until it is due, send it.
async fn connection(mut sender: Sender, schedule: Arc<Schedule>) -> Tally {
    let mut tally = Tally::new();
    loop {
        let sequence = schedule.next.fetch_add(1, Ordering::Relaxed);
        let due = match schedule.interval {
            Some(i) => schedule.started + i.mul_f64(sequence as f64),
            None => Instant::now(),
        };
        // Behind schedule, due times lag the clock: the deadline is on both.
        if due >= schedule.deadline || Instant::now() >= schedule.deadline {
            break;
        }
        tokio::time::sleep_until(due.into()).await;
        let templates = &schedule.templates;
        let template = &templates[sequence as usize % templates.len()];
        let body = template.stamp(
            schedule.run_id,
            sequence,
            agentwatch::clock::now_unix_nano(),
        );
        let bytes = body.len() as u64;
        let sent = Instant::now();
        let outcome = sender.send(body).await;
        let refused = !matches!(outcome, Outcome::Accepted { .. });
        tally.record(outcome, template, bytes, sent);
        if refused {
            tokio::time::sleep(schedule.pause).await;
        }
    }
    tally
}

/// The request templates `args` describe.
fn templates(args: &LoadgenArgs) -> Vec<Template> {
    let mix = TrafficMix {
        spans_per_request: args.spans_per_request,
        pii_fraction: args.pii_fraction,
        refusal_fraction: args.refusal_fraction,
        tool_error_fraction: args.tool_error_fraction,
        reply_bytes: (args.min_reply_bytes, args.max_reply_bytes),
        seed: args.seed,
    };
    traffic::templates(&mix, args.templates)
}

/// Run the load described by `args` and report.
pub async fn run(args: &LoadgenArgs) -> anyhow::Result<Report> {
    args.check()?;
    let target = args.target();
    if let Some(pid) = args.server_pid {
        process_memory_kb(pid)?;
    }
    let templates = Arc::new(templates(args));
    let average_span_bytes = templates
        .iter()
        .map(|t| t.encoded_len() as f64 / t.spans() as f64)
        .sum::<f64>()
        / templates.len() as f64;

    let security = Security::from_args(args)?;
    let mut senders = Vec::with_capacity(args.connections);
    for _ in 0..args.connections {
        senders.push(Sender::connect(args.protocol, &target, &security).await?);
    }
    let started = Instant::now();
    let schedule = Arc::new(Schedule {
        templates,
        run_id: rand::random(),
        interval: args
            .rate
            .map(|rate| Duration::from_secs_f64(args.spans_per_request as f64 / rate)),
        started,
        deadline: started + args.duration,
        next: AtomicU64::new(0),
        pause: args.pushback_pause,
    });
    let stop_sampling = CancellationToken::new();
    let sampler = args.server_pid.map(|pid| {
        tokio::spawn(sample_server(
            pid,
            started + args.duration / 2,
            stop_sampling.clone(),
        ))
    });

    let mut tasks = tokio::task::JoinSet::new();
    for sender in senders {
        tasks.spawn(connection(sender, schedule.clone()));
    }
    let mut total = Tally::new();
    while let Some(tally) = tasks.join_next().await {
        total.merge(tally.context("a load connection panicked")?);
    }
    let elapsed = started.elapsed().as_secs_f64();
    stop_sampling.cancel();
    let server = match sampler {
        Some(task) => {
            let mut usage: ServerUsage = task.await.context("server sampler")?;
            usage.cpu_us_per_span = usage.cpu_seconds * 1e6 / total.accepted_spans.max(1) as f64;
            Some(usage)
        }
        None => None,
    };
    Ok(report(args, &total, elapsed, average_span_bytes, server))
}

/// The report of a run that took `elapsed` seconds and counted `total`.
fn report(
    args: &LoadgenArgs,
    total: &Tally,
    elapsed: f64,
    average_span_bytes: f64,
    server: Option<ServerUsage>,
) -> Report {
    let ms = |micros: u64| micros as f64 / 1000.0;
    Report {
        protocol: match args.protocol {
            Protocol::Grpc => "grpc",
            Protocol::Http => "http",
        },
        spans_per_request: args.spans_per_request,
        target_rate: args.rate,
        elapsed_s: elapsed,
        requests: total.requests,
        offered_spans_per_s: (total.requests * args.spans_per_request as u64) as f64 / elapsed,
        accepted_spans: total.accepted_spans,
        accepted_spans_per_s: total.accepted_spans as f64 / elapsed,
        rejected_spans: total.rejected_spans,
        pushed_back_requests: total.pushed_back_requests,
        pushed_back_spans: total.pushed_back_spans,
        failed_requests: total.failed_requests,
        first_failure: total.first_failure.clone(),
        body_mb_per_s: total.body_bytes as f64 / 1e6 / elapsed,
        content_mb_per_s: total.content_bytes as f64 / 1e6 / elapsed,
        average_span_bytes,
        latency_p50_ms: ms(total.latency.value_at_quantile(0.50)),
        latency_p99_ms: ms(total.latency.value_at_quantile(0.99)),
        latency_max_ms: ms(total.latency.max()),
        server,
    }
}
