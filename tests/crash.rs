//! Nothing acknowledged is lost to a `kill -9` (embedded bus, SQLite): clients send under load,
//! agentwatch is killed at a random moment, restarted, and the clients go on (retrying what
//! was not answered, as OTLP exporters do). Every span any client got an OK for is in
//! `scores`, once, and the run's windows and alerts are those of a run without the crash.
//!
//! Ten trials; `AGENTWATCH_CRASH_SEED` replays the moments of a failed run (the seed is
//! printed), `AGENTWATCH_CRASH_TRIALS` changes their number. The workload and the checks are
//! in `common/crash.rs`; `tests/crash_kafka.rs` does the same to each role over Kafka.

mod common;

use std::time::Duration;

use common::Agentwatch;
use common::crash::{self, Clients, Moments, Run};

/// Send the whole workload, killing agentwatch with SIGKILL once `kill_after` requests were
/// acknowledged (None: no crash); then close every window and read what was written.
async fn run(base: u64, kill_after: Option<usize>) -> Run {
    let mut aw = Agentwatch::start(&format!(
        "score:\n  workers: 2\n{}",
        crash::WINDOWS_AND_RULES
    ));
    let clients = Clients::start(aw.http_url("/v1/traces"), base);
    let mut before_kill = 0;
    if let Some(kill_after) = kill_after {
        clients.wait_acked(kill_after, || aw.log()).await;
        before_kill = clients.acked();
        tokio::task::block_in_place(|| aw.kill_and_restart());
        clients.redirect(aw.http_url("/v1/traces"));
    }
    let acknowledged = clients.finish().await;
    crash::send_closer(&aw.http_url("/v1/traces"), base).await;
    crash::wait_windows(&aw.db, || aw.log()).await;
    assert_eq!(
        aw.metric("agentwatch_window_late_scores_total"),
        0.0,
        "late scores:\n{}",
        aw.log()
    );
    let run = Run::read(&aw.db, base, &acknowledged, before_kill);
    assert!(
        aw.terminate(Duration::from_secs(20)).success(),
        "{}",
        aw.log()
    );
    run
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_spans_survive_kill_9_and_windows_come_out_as_without_it() {
    let (mut moments, trials) = Moments::from_env(10);
    let base = crash::base();
    let control = run(base, None).await;
    control.check_as_control();

    crash::print_header("embedded");
    for trial in 0..trials {
        let crashed = run(base, Some(moments.kill_after())).await;
        crashed.check_trial("embedded", trial, &control);
    }
}
