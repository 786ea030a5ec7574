//! The run's summary, as one JSON line (`--json`) or readable lines.

use std::fmt::Write as _;

use serde::Serialize;

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
