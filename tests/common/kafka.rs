//! A real Kafka-protocol broker for the tests: tansu, started on a free loopback port with its
//! own storage, stopped (and restarted) by its process id.
//!
//! The binary is `$TANSU`, or `tansu` on the PATH or in ~/.cargo/bin. scripts/test.sh installs
//! it and sets AGENTWATCH_REQUIRE_KAFKA=1, so in CI a missing broker fails the tests loudly;
//! elsewhere the Kafka tests say they are skipped.

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::free_port;

/// A running tansu broker; killed on drop.
pub struct Broker {
    child: Option<Child>,
    binary: PathBuf,
    /// The listening port on 127.0.0.1.
    pub port: u16,
    storage: String,
    dir: tempfile::TempDir,
    /// The port clients are told to connect to (a TLS proxy in front, see
    /// [`Broker::start_behind`]); `port` otherwise.
    advertised_port: u16,
    /// Extra `tansu broker` arguments (e.g. `--authentication`).
    extra_args: Vec<String>,
}

fn find_tansu() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("TANSU") {
        return Some(PathBuf::from(path));
    }
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|dir| dir.join("tansu"));
    let in_cargo_home = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin/tansu"));
    on_path.chain(in_cargo_home).find(|p| p.is_file())
}

/// A pipeline file for a role of a Kafka deployment on `broker`: receivers on free loopback
/// ports, the SQLite store at `db` (shared by score and detect), a 4-partition span log and
/// aggregates log with `session_timeout`, `extra_bus` keys appended to `bus:`, then `rest`
/// (the `score:`, `windows:` and `rules:` sections).
pub fn pipeline_yaml(
    broker: &Broker,
    db: &std::path::Path,
    session_timeout: &str,
    extra_bus: &str,
    rest: &str,
) -> String {
    format!(
        "receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 127.0.0.1:0
      http:
        endpoint: 127.0.0.1:0
    backpressure_timeout: 200ms
store:
  kind: sqlite
  path: {db}
admin:
  endpoint: 127.0.0.1:0
bus:
  kind: kafka
  brokers: {brokers}
  session_timeout: {session_timeout}
  commit_interval: 200ms
  produce_timeout: 3s
  create_topics:
    partitions: {PARTITIONS}
    replication_factor: 1
{extra_bus}{rest}",
        db = db.display(),
        brokers = broker.address(),
    )
}

/// Partitions of each topic in [`pipeline_yaml`]'s deployments.
pub const PARTITIONS: usize = 4;

impl Broker {
    /// Start a broker whose data lives in memory (gone when it stops), or None (after saying
    /// so) when no tansu is installed and CI did not ask for one.
    pub fn start() -> Option<Broker> {
        Self::start_with_storage("memory://tansu/")
    }

    /// The tansu binary, or None (after saying the test is skipped) when there is none and
    /// CI did not ask for one; panics when CI did.
    pub fn binary() -> Option<PathBuf> {
        let found = find_tansu();
        if found.is_none() {
            if std::env::var("AGENTWATCH_REQUIRE_KAFKA").as_deref() == Ok("1") {
                panic!(
                    "AGENTWATCH_REQUIRE_KAFKA=1 but no tansu broker was found ($TANSU, PATH, ~/.cargo/bin); \
                     scripts/test.sh installs it"
                );
            }
            eprintln!(
                "SKIPPED: no Kafka-protocol broker (tansu) installed; run scripts/test.sh to install one"
            );
        }
        found
    }

    /// A broker that tells clients to connect to `advertised_port` on 127.0.0.1 (where the
    /// test puts a proxy in front of it), started with `extra_args`.
    pub fn start_behind(advertised_port: u16, extra_args: &[&str]) -> Option<Broker> {
        Self::start_full("memory://tansu/", Some(advertised_port), extra_args)
    }

    /// A broker started with `extra_args` (e.g. `--authentication`).
    pub fn start_with_args(extra_args: &[&str]) -> Option<Broker> {
        Self::start_full("memory://tansu/", None, extra_args)
    }

    fn start_with_storage(storage: &str) -> Option<Broker> {
        Self::start_full(storage, None, &[])
    }

    fn start_full(
        storage: &str,
        advertised_port: Option<u16>,
        extra_args: &[&str],
    ) -> Option<Broker> {
        let binary = Self::binary()?;
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let mut broker = Broker {
            child: None,
            binary,
            port,
            storage: storage.to_owned(),
            dir,
            advertised_port: advertised_port.unwrap_or(port),
            extra_args: extra_args.iter().map(|a| a.to_string()).collect(),
        };
        broker.spawn();
        Some(broker)
    }

    fn spawn(&mut self) {
        let listener = format!("tcp://127.0.0.1:{}", self.port);
        let advertised = format!("tcp://127.0.0.1:{}", self.advertised_port);
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join("tansu.log"))
            .unwrap();
        let child = Command::new(&self.binary)
            .args(["broker", "--listener-url", &listener])
            .args(["--advertised-listener-url", &advertised])
            .args(["--storage-engine", &self.storage])
            .args(&self.extra_args)
            .env("RUST_LOG", "warn")
            .current_dir(self.dir.path())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("starting tansu");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tansu did not listen on {} within 20 s:\n{}",
                self.port,
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `host:port` for `bus.brokers`.
    pub fn address(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Stop the broker (SIGKILL) and wait for it to exit.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Freeze the broker (SIGSTOP): it accepts no request and answers nothing — an outage
    /// that keeps its in-memory data, unlike a restart.
    pub fn pause(&self) {
        self.signal("-STOP");
    }

    /// Let a paused broker go on (SIGCONT).
    pub fn resume(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, signal: &str) {
        let child = self.child.as_ref().expect("broker running");
        let status = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill {signal} failed");
    }

    /// What the broker logged.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("tansu.log")).unwrap_or_default()
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        self.stop();
    }
}
