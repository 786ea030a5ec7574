//! `--set PATH=VALUE` on the real binary, and the README's three distributed commands side by
//! side on one machine: `agentwatch run --config pipelines/kafka-clickhouse.yaml --role
//! ingest|score|detect`, against a real Kafka-protocol broker (tansu) and ClickHouse.

mod common;

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::clickhouse::ClickhouseServer;
use common::kafka::Broker;
use common::tls::TestPki;
use common::{chat_span, http_get_status, https_get_status, request, tool_span};

const INGEST_TOKEN: &str = "ingest-token-for-side-by-side";

/// The shipped distributed pipeline reads its certificate directory and tokens from the
/// environment (README, "Securing agentwatch"): a test PKI, generated once, named as
/// `deploy/gen-certs.sh` names its files.
fn shipped_pki() -> &'static TestPki {
    static PKI: std::sync::OnceLock<TestPki> = std::sync::OnceLock::new();
    PKI.get_or_init(|| {
        let pki = TestPki::generate();
        std::fs::copy(pki.path("server.pem"), pki.path("server.crt")).unwrap();
        pki
    })
}

fn shipped_environment() -> [(&'static str, String); 3] {
    [
        (
            "AGENTWATCH_CERTS",
            shipped_pki().dir().display().to_string(),
        ),
        ("AGENTWATCH_INGEST_TOKEN", INGEST_TOKEN.to_owned()),
        (
            "AGENTWATCH_ADMIN_TOKEN",
            "admin-token-for-side-by-side".to_owned(),
        ),
    ]
}

/// A running `agentwatch run`, killed on drop, with the addresses its listening line printed.
struct Run {
    child: Child,
    log: PathBuf,
    grpc: Option<SocketAddr>,
    http: Option<SocketAddr>,
    admin: Option<SocketAddr>,
}

impl Run {
    /// `agentwatch run ARGS` in `dir` (its working directory; logs go there too), once it
    /// printed its listening line.
    fn start(dir: &Path, name: &str, args: &[String]) -> Run {
        let mut run = Self::spawn(dir, name, args);
        run.wait_listening(Duration::from_secs(60));
        run
    }

    fn spawn(dir: &Path, name: &str, args: &[String]) -> Run {
        let log = dir.join(format!("{name}.log"));
        let child = Command::new(common::binary())
            .arg("run")
            .args(args)
            .current_dir(dir)
            .env("RUST_LOG", "info")
            .envs(shipped_environment())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("starting agentwatch");
        Run {
            child,
            log,
            grpc: None,
            http: None,
            admin: None,
        }
    }

    fn wait_listening(&mut self, within: Duration) {
        let stdout = self.child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::BufRead;
            let mut line = String::new();
            let _ = std::io::BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(within).unwrap_or_default();
        let v: serde_json::Value = serde_json::from_str(&line)
            .unwrap_or_else(|_| panic!("no listening line ({line:?}):\n{}", self.log()));
        let addr = |key: &str| v[key].as_str().map(|a| a.parse().unwrap());
        (self.grpc, self.http, self.admin) = (addr("otlp_grpc"), addr("otlp_http"), addr("admin"));
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn admin_port(&self) -> u16 {
        self.admin.expect("an admin endpoint").port()
    }

    /// Wait until `/readyz` answers 200 on the admin port.
    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        // The shipped pipeline's admin endpoint speaks TLS; others plain text.
        let ca = shipped_pki().path("ca.pem");
        while http_get_status(self.admin_port(), "/readyz") != Some(200)
            && https_get_status(&ca, self.admin_port(), "/readyz") != Some(200)
        {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("agentwatch exited ({status}):\n{}", self.log());
            }
            assert!(Instant::now() < deadline, "not ready:\n{}", self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

fn agentwatch(args: &[&str]) -> Output {
    Command::new(common::binary())
        .args(args)
        .envs(shipped_environment())
        .output()
        .unwrap()
}

fn repo(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(path)
        .display()
        .to_string()
}

#[test]
fn run_listens_where_set_tells_it_with_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let admin = common::free_port();
    let db = dir.path().join("set.db");
    let mut run = Run::start(
        dir.path(),
        "run",
        &strings(&[
            "--set",
            "receivers.otlp.protocols.grpc.endpoint=127.0.0.1:0",
            "--set",
            "receivers.otlp.protocols.http=null",
            "--set",
            &format!("admin.endpoint=127.0.0.1:{admin}"),
            "--set",
            &format!("store={{kind: sqlite, path: '{}'}}", db.display()),
        ]),
    );
    assert_eq!(run.admin, Some(SocketAddr::from(([127, 0, 0, 1], admin))));
    assert!(run.http.is_none(), "the HTTP receiver was turned off");
    let grpc = run.grpc.expect("gRPC receiver");
    assert_ne!(grpc.port(), 0, "the listening line shows the bound port");
    run.wait_ready();
    assert!(std::net::TcpStream::connect(grpc).is_ok());
    assert!(db.exists(), "the store is where --set put it");
    let log = run.log();
    assert!(
        log.contains(&format!("admin=127.0.0.1:{admin}"))
            && log.contains(&format!("otlp_grpc={grpc}"))
            && log.contains("otlp_http=off"),
        "the ready log line shows the bound addresses:\n{log}"
    );
}

#[test]
fn set_wins_over_the_file_and_port_zero_is_resolved_on_every_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pipeline.yaml");
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    // The file names a port that is in use: the --set must win for the start to succeed.
    std::fs::write(
        &file,
        format!(
            "receivers:\n  otlp:\n    protocols:\n      grpc: null\n      http: {{endpoint: 127.0.0.1:0}}\n\
             store: {{kind: sqlite, path: agentwatch.db}}\nadmin:\n  endpoint: {}\n",
            taken.local_addr().unwrap()
        ),
    )
    .unwrap();
    let config = file.display().to_string();
    let mut run = Run::start(
        dir.path(),
        "run",
        &strings(&["--config", &config, "--set", "admin.endpoint=127.0.0.1:0"]),
    );
    let admin = run.admin.unwrap();
    assert_ne!(admin.port(), 0);
    assert_ne!(admin, taken.local_addr().unwrap());
    run.wait_ready();
    assert!(
        run.log().contains(&format!("admin={admin}")),
        "{}",
        run.log()
    );
    // Without the --set, the file's port in use fails the start, naming the setting and
    // how to change it.
    let out = Command::new(common::binary())
        .args(["run", "--config", &config])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("(admin.endpoint)") && stderr.contains("--set admin.endpoint=HOST:PORT"),
        "{stderr}"
    );
}

#[test]
fn malformed_set_is_a_usage_error_naming_the_argument() {
    for (arg, expected) in [
        ("admin.endpoint", "no '='"),
        ("=127.0.0.1:0", "the path before '=' is empty"),
        ("admin..endpoint=x", "empty key"),
        ("admin.endpoint=[oops", "not a YAML value"),
    ] {
        for command in [&["run"][..], &["validate", "pipelines/local.yaml"]] {
            let mut args = command.to_vec();
            args.extend(["--set", arg]);
            let out = agentwatch(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stderr.contains(&format!("invalid value '{arg}' for '--set <PATH=VALUE>'"))
                    && stderr.contains(expected),
                "{args:?}: {stderr}"
            );
        }
    }
}

#[test]
fn set_values_are_checked_at_their_paths_like_the_files() {
    let local = repo("pipelines/local.yaml");
    let out = agentwatch(&[
        "validate",
        &local,
        "--set",
        "admin.endpoint=nowhere",
        "--set",
        "bus.max_queued_spans=0",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2 problem(s)"), "{stderr}");
    assert!(
        stderr.contains(
            "  - admin.endpoint: 'nowhere' is not a host:port socket address (e.g. 127.0.0.1:8317) (from --set admin.endpoint)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "  - bus.max_queued_spans: must be greater than 0 (from --set bus.max_queued_spans)"
        ),
        "{stderr}"
    );
    // An unknown key at its path; `run` refuses the same way, before anything starts.
    let out = agentwatch(&["run", "--set", "admin.endpont=127.0.0.1:0"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the built-in defaults: 1 problem(s)")
            && stderr.contains("admin.endpont: unknown field `endpont`, expected one of `endpoint`, `tls`, `auth`, `open_probes`, `insecure`, `ui` (from --set admin.endpont)"),
        "{stderr}"
    );
    // A list in the file is indexed by number.
    let out = agentwatch(&["validate", &local, "--set", "rules.1.sigma=-1"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("rules[1].sigma: must be a positive number (from --set rules.1.sigma)"),
        "{stderr}"
    );
    assert!(stderr.contains("(from --set rules.1.sigma)"), "{stderr}");
    let out = agentwatch(&["validate", &local, "--set", "rules.1.sigma=4"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // validate --role checks the file as that role runs it.
    let shipped = repo("pipelines/kafka-clickhouse.yaml");
    let out = agentwatch(&[
        "validate",
        &shipped,
        "--role",
        "detect",
        "--set",
        "receivers.otlp.protocols.http.endpoint=127.0.0.1:8319",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("admin.endpoint: 127.0.0.1:8319 is already used by receivers.otlp.protocols.http.endpoint (from the default of --role detect)"),
        "{stderr}"
    );
}

/// Whether nothing listens on `port` on any address of this machine.
fn port_free(port: u16) -> bool {
    TcpListener::bind(("0.0.0.0", port)).is_ok()
}

/// The README's three commands, at once, on the shipped file; only the broker and ClickHouse
/// addresses (and one replica, for one broker) come from `--set`. Spans sent to ingest are
/// scored into ClickHouse.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_three_roles_of_the_shipped_pipeline_run_side_by_side() {
    let Some(ch) = ClickhouseServer::start() else {
        return;
    };
    let Some(broker) = Broker::start() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut args = strings(&[
        "--config",
        &repo("pipelines/kafka-clickhouse.yaml"),
        "--set",
        &format!("bus.brokers={}", broker.address()),
        "--set",
        "bus.create_topics.replication_factor=1",
        "--set",
        &format!("store.url={}", ch.url()),
    ]);
    // As written, the roles listen on fixed ports (4317, 4318 and 8317 for ingest, 8318 for
    // score, 8319 for detect); where another process on this machine has one of them, every
    // listener moves to a free port, and only the roles' separation is checked.
    let as_written = [4317, 4318, 8317, 8318, 8319].into_iter().all(port_free);
    if !as_written {
        eprintln!("a default port is in use here: the roles listen on free ports instead");
        args.extend(strings(&[
            "--set",
            "receivers.otlp.protocols.grpc.endpoint=127.0.0.1:0",
            "--set",
            "receivers.otlp.protocols.http.endpoint=127.0.0.1:0",
            "--set",
            "admin.endpoint=127.0.0.1:0",
        ]));
    }
    let with_role = |role: &str| {
        let mut a = args.clone();
        a.extend(strings(&["--role", role]));
        a
    };
    // All three at once, as from three terminals.
    let mut roles: Vec<Run> = ["ingest", "score", "detect"]
        .into_iter()
        .map(|role| Run::spawn(dir.path(), role, &with_role(role)))
        .collect();
    for run in &mut roles {
        run.wait_listening(Duration::from_secs(90));
        run.wait_ready();
    }
    let [ingest, score, detect] = &roles[..] else {
        unreachable!()
    };
    if as_written {
        assert_eq!(ingest.grpc.unwrap().port(), 4317);
        assert_eq!(ingest.http.unwrap().port(), 4318);
        assert_eq!(
            [ingest.admin_port(), score.admin_port(), detect.admin_port()],
            [8317, 8318, 8319]
        );
        assert!(ingest.admin.unwrap().ip().is_loopback());
    }
    assert!(score.grpc.is_none() && score.http.is_none() && detect.http.is_none());
    for run in &roles {
        assert!(
            run.log().contains(&format!("admin={}", run.admin.unwrap())),
            "{}",
            run.log()
        );
    }

    // Spans in through ingest come out scored in ClickHouse.
    let trace = common::trace_id(4317);
    let spans = (0..10)
        .map(|n| match n % 2 {
            0 => chat_span(&trace, n, "Your flight to Lisbon is booked."),
            _ => tool_span(&trace, n, "search_flights", n == 3),
        })
        .collect();
    // Over TLS with the ingest token, as the shipped pipeline asks.
    let http = ingest.http.unwrap();
    let response = {
        use prost::Message;
        let ca = std::fs::read(shipped_pki().path("ca.pem")).unwrap();
        reqwest::Client::builder()
            .tls_built_in_root_certs(false)
            .add_root_certificate(reqwest::Certificate::from_pem(&ca).unwrap())
            .build()
            .unwrap()
            .post(format!("https://localhost:{}/v1/traces", http.port()))
            .bearer_auth(INGEST_TOKEN)
            .header("content-type", "application/x-protobuf")
            .body(request("side-by-side", spans).encode_to_vec())
            .send()
            .await
            .unwrap()
    };
    assert_eq!(response.status(), 200, "{}", ingest.log());
    let t: String = trace.iter().map(|b| format!("{b:02x}")).collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let got = ch
            .try_query(&format!(
                "SELECT count() FROM agentwatch.scores FINAL WHERE trace_id = '{t}' AND evaluator = 'latency'"
            ))
            .unwrap_or_default();
        if got == "10" {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{got:?} of 10 spans scored\n--- ingest\n{}\n--- score\n{}\n--- detect\n{}",
            ingest.log(),
            score.log(),
            detect.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}
