//! `agentwatch loadgen`: drive an OTLP endpoint (agentwatch, or anything that speaks OTLP) with
//! realistic GenAI traffic at a target rate or as fast as it accepts, and report what it
//! accepted, how fast, with what latency, how often it pushed back, and the server's CPU and
//! memory.
//!
//! Open loop with a bounded number of connections: with `--rate`, request *k* is due at
//! `k × spans_per_request / rate` seconds; a connection sends it at once when it is already late,
//! so a slow server shows up as fewer requests sent, never as a silently lower offered rate
//! (both are reported). Push-back answers (HTTP 429/503, gRPC RESOURCE_EXHAUSTED/UNAVAILABLE)
//! are counted and not retried: their spans were refused, visibly.

pub mod traffic;

use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use bytes::Bytes;
use hdrhistogram::Histogram;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceResponse;
use prost::Message;
use serde::Serialize;
use tonic::transport::Channel;

pub use traffic::{Template, TrafficMix};

/// OTLP transport to send with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Protocol {
    /// OTLP/gRPC (`TraceService/Export`).
    Grpc,
    /// OTLP/HTTP, protobuf bodies on `/v1/traces`.
    Http,
}

/// `agentwatch loadgen` arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct LoadgenArgs {
    /// Transport.
    #[arg(long, value_enum, default_value_t = Protocol::Grpc)]
    pub protocol: Protocol,
    /// Where the receiver listens (host:port); default 127.0.0.1:4317 for gRPC, :4318 for HTTP.
    #[arg(long)]
    pub target: Option<String>,
    /// How long to send.
    #[arg(long, default_value = "30s", value_parser = humantime::parse_duration)]
    pub duration: Duration,
    /// Target rate in spans per second; without it, as fast as the server accepts.
    #[arg(long)]
    pub rate: Option<f64>,
    /// Concurrent requests (one connection each).
    #[arg(long, default_value_t = 8)]
    pub connections: usize,
    /// Spans per OTLP request.
    #[arg(long, default_value_t = 512)]
    pub spans_per_request: usize,
    /// Fraction of chat spans whose reply leaks personal data.
    #[arg(long, default_value_t = 0.02)]
    pub pii_fraction: f64,
    /// Fraction of chat spans whose reply is a refusal.
    #[arg(long, default_value_t = 0.03)]
    pub refusal_fraction: f64,
    /// Fraction of tool spans that fail.
    #[arg(long, default_value_t = 0.05)]
    pub tool_error_fraction: f64,
    /// Smallest chat reply, bytes (replies are log-uniform between min and max).
    #[arg(long, default_value_t = 512)]
    pub min_reply_bytes: usize,
    /// Largest chat reply, bytes.
    #[arg(long, default_value_t = 8192)]
    pub max_reply_bytes: usize,
    /// Distinct request templates to cycle through (each send gets fresh ids and times).
    #[arg(long, default_value_t = 8)]
    pub templates: usize,
    /// After a push-back answer, a connection pauses this long before its next request.
    #[arg(long, default_value = "50ms", value_parser = humantime::parse_duration)]
    pub pushback_pause: Duration,
    /// Process id of the server, to report its CPU and resident memory (from /proc).
    #[arg(long)]
    pub server_pid: Option<u32>,
    /// Seed of the generated content.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Print the report as one JSON line instead of text.
    #[arg(long)]
    pub json: bool,
}

impl LoadgenArgs {
    fn check(&self) -> anyhow::Result<()> {
        let fraction = |name: &str, v: f64| {
            anyhow::ensure!(
                (0.0..=1.0).contains(&v),
                "--{name} must be within 0..1, got {v}"
            );
            Ok(())
        };
        fraction("pii-fraction", self.pii_fraction)?;
        fraction("refusal-fraction", self.refusal_fraction)?;
        fraction("tool-error-fraction", self.tool_error_fraction)?;
        anyhow::ensure!(self.connections > 0, "--connections must be at least 1");
        anyhow::ensure!(
            self.spans_per_request > 0,
            "--spans-per-request must be at least 1"
        );
        anyhow::ensure!(
            self.min_reply_bytes > 0 && self.min_reply_bytes <= self.max_reply_bytes,
            "--min-reply-bytes must be positive and at most --max-reply-bytes"
        );
        if let Some(rate) = self.rate {
            anyhow::ensure!(
                rate.is_finite() && rate > 0.0,
                "--rate must be a positive number of spans per second"
            );
        }
        Ok(())
    }

    fn target(&self) -> String {
        self.target.clone().unwrap_or_else(|| match self.protocol {
            Protocol::Grpc => "127.0.0.1:4317".into(),
            Protocol::Http => "127.0.0.1:4318".into(),
        })
    }
}

/// What one request came back with.
enum Outcome {
    /// Accepted; `rejected` spans were refused in `partial_success`.
    Accepted { rejected: u64 },
    /// 429/503 or RESOURCE_EXHAUSTED/UNAVAILABLE: retry later.
    PushedBack,
    /// Anything else.
    Failed(String),
}

/// gRPC codec that sends an already-encoded request and decodes the response.
#[derive(Default)]
struct EncodedRequestCodec;

impl tonic::codec::Codec for EncodedRequestCodec {
    type Encode = Bytes;
    type Decode = ExportTraceServiceResponse;
    type Encoder = EncodedRequestCodec;
    type Decoder = tonic_prost::ProstDecoder<ExportTraceServiceResponse>;

    fn encoder(&mut self) -> Self::Encoder {
        EncodedRequestCodec
    }

    fn decoder(&mut self) -> Self::Decoder {
        tonic_prost::ProstDecoder::default()
    }
}

impl tonic::codec::Encoder for EncodedRequestCodec {
    type Item = Bytes;
    type Error = tonic::Status;

    fn encode(
        &mut self,
        item: Bytes,
        dst: &mut tonic::codec::EncodeBuf<'_>,
    ) -> Result<(), tonic::Status> {
        bytes::BufMut::put(dst, item);
        Ok(())
    }
}

/// One connection's way of sending.
enum Sender {
    Grpc(tonic::client::Grpc<Channel>),
    Http {
        client: reqwest::Client,
        url: String,
    },
}

impl Sender {
    async fn connect(protocol: Protocol, target: &str) -> anyhow::Result<Sender> {
        Ok(match protocol {
            Protocol::Grpc => {
                let channel = Channel::from_shared(format!("http://{target}"))
                    .with_context(|| format!("bad --target {target}"))?
                    .connect()
                    .await
                    .with_context(|| format!("cannot connect to OTLP/gRPC at {target}"))?;
                Sender::Grpc(tonic::client::Grpc::new(channel))
            }
            Protocol::Http => Sender::Http {
                client: reqwest::Client::builder()
                    .pool_max_idle_per_host(1)
                    .build()
                    .context("building the HTTP client")?,
                url: format!("http://{target}/v1/traces"),
            },
        })
    }

    /// Send one encoded request.
    async fn send(&mut self, body: Bytes) -> Outcome {
        match self {
            Sender::Grpc(client) => {
                if let Err(e) = client.ready().await {
                    return Outcome::Failed(format!("gRPC connection not ready: {e}"));
                }
                let path = http::uri::PathAndQuery::from_static(
                    "/opentelemetry.proto.collector.trace.v1.TraceService/Export",
                );
                let answer = client
                    .unary(tonic::Request::new(body), path, EncodedRequestCodec)
                    .await;
                match answer {
                    Ok(response) => Outcome::Accepted {
                        rejected: rejected_spans(&response.into_inner()),
                    },
                    Err(status) => match status.code() {
                        tonic::Code::ResourceExhausted | tonic::Code::Unavailable => {
                            Outcome::PushedBack
                        }
                        code => Outcome::Failed(format!("gRPC {code:?}: {}", status.message())),
                    },
                }
            }
            Sender::Http { client, url } => {
                let answer = client
                    .post(url.as_str())
                    .header("content-type", "application/x-protobuf")
                    .body(body)
                    .send()
                    .await;
                let response = match answer {
                    Ok(r) => r,
                    Err(e) => return Outcome::Failed(format!("HTTP request failed: {e}")),
                };
                let status = response.status().as_u16();
                let body = response.bytes().await.unwrap_or_default();
                match status {
                    200 => match ExportTraceServiceResponse::decode(body) {
                        Ok(r) => Outcome::Accepted {
                            rejected: rejected_spans(&r),
                        },
                        Err(e) => Outcome::Failed(format!("undecodable 200 answer: {e}")),
                    },
                    429 | 503 => Outcome::PushedBack,
                    other => Outcome::Failed(format!(
                        "HTTP {other}: {}",
                        String::from_utf8_lossy(&body[..body.len().min(300)])
                    )),
                }
            }
        }
    }
}

fn rejected_spans(response: &ExportTraceServiceResponse) -> u64 {
    response
        .partial_success
        .as_ref()
        .map(|p| p.rejected_spans.max(0) as u64)
        .unwrap_or(0)
}

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

/// The run's summary.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// `grpc` or `http`.
    pub protocol: &'static str,
    /// Spans per request.
    pub spans_per_request: usize,
    /// Requested rate (spans/s), if any.
    pub target_rate: Option<f64>,
    /// Seconds from the first request to the last answer.
    pub elapsed_s: f64,
    /// Requests sent.
    pub requests: u64,
    /// Spans sent, per second.
    pub offered_spans_per_s: f64,
    /// Spans accepted (answered OK and not refused in `partial_success`).
    pub accepted_spans: u64,
    /// Accepted spans per second.
    pub accepted_spans_per_s: f64,
    /// Spans refused in `partial_success` of accepted requests.
    pub rejected_spans: u64,
    /// Requests pushed back (429/503, RESOURCE_EXHAUSTED/UNAVAILABLE).
    pub pushed_back_requests: u64,
    /// Spans in pushed-back requests.
    pub pushed_back_spans: u64,
    /// Requests that failed otherwise.
    pub failed_requests: u64,
    /// The first such failure.
    pub first_failure: Option<String>,
    /// Request bodies of accepted requests, MB/s (10^6 bytes).
    pub body_mb_per_s: f64,
    /// Captured text (prompts, replies, tool arguments and results) accepted, MB/s.
    pub content_mb_per_s: f64,
    /// Average encoded span size, bytes.
    pub average_span_bytes: f64,
    /// Accepted requests' latency, ms.
    pub latency_p50_ms: f64,
    /// 99th percentile.
    pub latency_p99_ms: f64,
    /// Slowest.
    pub latency_max_ms: f64,
    /// CPU and memory of `--server-pid`, when given.
    pub server: Option<ServerUsage>,
}

/// The server's CPU and resident memory over the run, from `/proc/<pid>/{stat,status}`;
/// memory in MB (2^20 bytes).
#[derive(Debug, Clone, Default, Serialize)]
pub struct ServerUsage {
    /// `VmHWM` at the end: the highest RSS since the process started.
    pub peak_rss_mb: f64,
    /// RSS when the load started.
    pub start_rss_mb: f64,
    /// Highest RSS sampled (every 100 ms) in the first half of the run.
    pub max_rss_first_half_mb: f64,
    /// Highest RSS sampled in the second half: above the first half's means growth.
    pub max_rss_second_half_mb: f64,
    /// RSS when the load ended.
    pub end_rss_mb: f64,
    /// CPU time the server used during the run (user + system), seconds.
    pub cpu_seconds: f64,
    /// Of that, per accepted span, µs: what one span costs the server end to end.
    pub cpu_us_per_span: f64,
}

/// `VmRSS` and `VmHWM` of `pid`, in kB.
pub fn process_memory_kb(pid: u32) -> anyhow::Result<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .with_context(|| format!("reading /proc/{pid}/status (is --server-pid right?)"))?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse::<u64>().ok())
            .with_context(|| format!("no {name} in /proc/{pid}/status"))
    };
    Ok((field("VmRSS:")?, field("VmHWM:")?))
}

/// CPU time `pid` has used so far (user + system), seconds.
pub fn process_cpu_seconds(pid: u32) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .with_context(|| format!("reading /proc/{pid}/stat"))?;
    // Fields after the command name (which may hold spaces) close with ')'; utime and stime
    // are the 14th and 15th fields, in clock ticks (USER_HZ, 100 on Linux).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    Ok((ticks(11) + ticks(12)) as f64 / 100.0)
}

/// Samples a process's RSS every 100 ms until stopped; its CPU time from start to stop.
async fn sample_server(
    pid: u32,
    half: Instant,
    stop: tokio_util::sync::CancellationToken,
) -> ServerUsage {
    let mb = |kb: u64| kb as f64 / 1024.0;
    let mut usage = ServerUsage::default();
    if let Ok((rss, _)) = process_memory_kb(pid) {
        usage.start_rss_mb = mb(rss);
    }
    let cpu_at_start = process_cpu_seconds(pid).unwrap_or(0.0);
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    loop {
        tokio::select! {
            _ = stop.cancelled() => break,
            _ = tick.tick() => {}
        }
        if let Ok((rss, _)) = process_memory_kb(pid) {
            let slot = if Instant::now() < half {
                &mut usage.max_rss_first_half_mb
            } else {
                &mut usage.max_rss_second_half_mb
            };
            *slot = slot.max(mb(rss));
            usage.end_rss_mb = mb(rss);
        }
    }
    if let Ok((rss, hwm)) = process_memory_kb(pid) {
        usage.end_rss_mb = mb(rss);
        usage.peak_rss_mb = mb(hwm);
    }
    usage.cpu_seconds = process_cpu_seconds(pid).unwrap_or(0.0) - cpu_at_start;
    usage
}

/// Run the load described by `args` and report.
pub async fn run(args: &LoadgenArgs) -> anyhow::Result<Report> {
    args.check()?;
    let target = args.target();
    if let Some(pid) = args.server_pid {
        process_memory_kb(pid)?;
    }
    let mix = TrafficMix {
        spans_per_request: args.spans_per_request,
        pii_fraction: args.pii_fraction,
        refusal_fraction: args.refusal_fraction,
        tool_error_fraction: args.tool_error_fraction,
        reply_bytes: (args.min_reply_bytes, args.max_reply_bytes),
        seed: args.seed,
    };
    let templates = Arc::new(traffic::templates(&mix, args.templates));
    let average_span_bytes = templates
        .iter()
        .map(|t| t.encoded_len() as f64 / t.spans() as f64)
        .sum::<f64>()
        / templates.len() as f64;

    let mut senders = Vec::with_capacity(args.connections);
    for _ in 0..args.connections {
        senders.push(Sender::connect(args.protocol, &target).await?);
    }
    // Ids unique to this run, so that repeated runs against one store never collide.
    let run_id: u32 = rand::random();
    let interval = args
        .rate
        .map(|rate| Duration::from_secs_f64(args.spans_per_request as f64 / rate));
    let started = Instant::now();
    let deadline = started + args.duration;
    let next = Arc::new(AtomicU64::new(0));
    let stop_sampling = tokio_util::sync::CancellationToken::new();
    let sampler = args.server_pid.map(|pid| {
        tokio::spawn(sample_server(
            pid,
            started + args.duration / 2,
            stop_sampling.clone(),
        ))
    });

    let mut tasks = tokio::task::JoinSet::new();
    for mut sender in senders {
        let templates = templates.clone();
        let next = next.clone();
        let pause = args.pushback_pause;
        tasks.spawn(async move {
            let mut tally = Tally::new();
            loop {
                let sequence = next.fetch_add(1, Ordering::Relaxed);
                let due = match interval {
                    Some(i) => started + i.mul_f64(sequence as f64),
                    None => Instant::now(),
                };
                // Behind schedule, due times lag the clock: the deadline is on both.
                if due >= deadline || Instant::now() >= deadline {
                    break;
                }
                tokio::time::sleep_until(due.into()).await;
                let template = &templates[sequence as usize % templates.len()];
                let body = template.stamp(run_id, sequence, crate::clock::now_unix_nano());
                let bytes = body.len() as u64;
                let spans = template.spans() as u64;
                let sent = Instant::now();
                let outcome = sender.send(body).await;
                tally.requests += 1;
                match outcome {
                    Outcome::Accepted { rejected } => {
                        tally.accepted_requests += 1;
                        tally.accepted_spans += spans.saturating_sub(rejected);
                        tally.rejected_spans += rejected;
                        tally.body_bytes += bytes;
                        tally.content_bytes += template.content_bytes();
                        let micros = sent.elapsed().as_micros().max(1) as u64;
                        tally.latency.saturating_record(micros);
                    }
                    Outcome::PushedBack => {
                        tally.pushed_back_requests += 1;
                        tally.pushed_back_spans += spans;
                        tokio::time::sleep(pause).await;
                    }
                    Outcome::Failed(e) => {
                        tally.failed_requests += 1;
                        tally.first_failure.get_or_insert(e);
                        tokio::time::sleep(pause).await;
                    }
                }
            }
            tally
        });
    }
    let mut total = Tally::new();
    while let Some(tally) = tasks.join_next().await {
        total.merge(tally.context("a load connection panicked")?);
    }
    let elapsed = started.elapsed().as_secs_f64();
    stop_sampling.cancel();
    let server = match sampler {
        Some(task) => {
            let mut usage = task.await.context("server sampler")?;
            usage.cpu_us_per_span = usage.cpu_seconds * 1e6 / total.accepted_spans.max(1) as f64;
            Some(usage)
        }
        None => None,
    };
    let ms = |micros: u64| micros as f64 / 1000.0;
    Ok(Report {
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
        first_failure: total.first_failure,
        body_mb_per_s: total.body_bytes as f64 / 1e6 / elapsed,
        content_mb_per_s: total.content_bytes as f64 / 1e6 / elapsed,
        average_span_bytes,
        latency_p50_ms: ms(total.latency.value_at_quantile(0.50)),
        latency_p99_ms: ms(total.latency.value_at_quantile(0.99)),
        latency_max_ms: ms(total.latency.max()),
        server,
    })
}

impl Report {
    /// The report as readable lines.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let rate = self
            .target_rate
            .map(|r| format!("{r:.0} spans/s"))
            .unwrap_or_else(|| "as fast as accepted".into());
        let _ = writeln!(
            out,
            "loadgen: {} × {}-span requests, {rate}, {:.1} s",
            self.protocol, self.spans_per_request, self.elapsed_s
        );
        let _ = writeln!(
            out,
            "  accepted   {} spans, {:.0} spans/s ({:.0} offered), {:.1} MB/s of requests, {:.1} MB/s of content, {:.0} B/span",
            self.accepted_spans,
            self.accepted_spans_per_s,
            self.offered_spans_per_s,
            self.body_mb_per_s,
            self.content_mb_per_s,
            self.average_span_bytes
        );
        let _ = writeln!(
            out,
            "  latency    p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            self.latency_p50_ms, self.latency_p99_ms, self.latency_max_ms
        );
        let _ = writeln!(
            out,
            "  pushed back {} requests ({} spans), {} spans rejected in partial_success, {} requests failed{}",
            self.pushed_back_requests,
            self.pushed_back_spans,
            self.rejected_spans,
            self.failed_requests,
            self.first_failure
                .as_deref()
                .map(|f| format!(" (first: {f})"))
                .unwrap_or_default()
        );
        if let Some(m) = &self.server {
            let _ = writeln!(
                out,
                "  server CPU {:.1} s ({:.2} cores, {:.1} µs per accepted span); RSS start {:.0} MB, max {:.0} MB (first half) / {:.0} MB (second half), end {:.0} MB, peak (VmHWM) {:.0} MB",
                m.cpu_seconds,
                m.cpu_seconds / self.elapsed_s,
                m.cpu_us_per_span,
                m.start_rss_mb,
                m.max_rss_first_half_mb,
                m.max_rss_second_half_mb,
                m.end_rss_mb,
                m.peak_rss_mb
            );
        }
        out
    }
}
