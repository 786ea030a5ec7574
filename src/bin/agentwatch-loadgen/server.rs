//! The server's CPU time and resident memory over a run, read from `/proc/<pid>`.

use std::time::{Duration, Instant};

use anyhow::Context;
use tokio_util::sync::CancellationToken;

use super::report::ServerUsage;

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
pub async fn sample_server(pid: u32, half: Instant, stop: CancellationToken) -> ServerUsage {
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
