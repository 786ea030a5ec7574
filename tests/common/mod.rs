//! Shared helpers for the integration tests: start the real `agentwatch` binary on free loopback
//! ports with a generated pipeline file, build realistic OTLP requests, read the SQLite store.

#![allow(dead_code)]

pub mod browser;
pub mod clickhouse;
pub mod crash;
pub mod fake_endpoint;
pub mod kafka;
pub mod tls;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value::Value};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{
    ResourceSpans, ScopeSpans, Span, Status, span::Event, status::StatusCode,
};

/// A running agentwatch process; killed on drop.
pub struct Agentwatch {
    pub child: Child,
    pub dir: tempfile::TempDir,
    pub grpc: u16,
    pub http: u16,
    pub admin: u16,
    pub db: PathBuf,
    pub config_path: PathBuf,
    /// Extra arguments after `run --config FILE` (e.g. `--role score`).
    pub args: Vec<String>,
    /// Is the process ready, given its admin port? (Plain `GET /readyz` unless told.)
    ready: Box<dyn Fn(u16) -> bool + Send>,
}

/// The agentwatch binary built for these tests.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_agentwatch"))
}

impl Agentwatch {
    /// Start with the default pipeline plus `extra_yaml` (top-level sections other than
    /// receivers.otlp.protocols, store and admin, which are set here), and wait until ready.
    pub fn start(extra_yaml: &str) -> Agentwatch {
        Self::start_with(extra_yaml, "")
    }

    /// Like `start`, with extra keys under `receivers.otlp` (indented by the caller to 4 spaces).
    pub fn start_with(extra_yaml: &str, receiver_extra: &str) -> Agentwatch {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("agentwatch.db");
        // Port 0 everywhere: agentwatch binds free ports and prints them on stdout.
        let config = format!(
            "receivers:\n  otlp:\n    protocols:\n      grpc:\n        endpoint: 127.0.0.1:0\n      http:\n        endpoint: 127.0.0.1:0\n{receiver_extra}store:\n  kind: sqlite\n  path: {}\nadmin:\n  endpoint: 127.0.0.1:0\n{extra_yaml}",
            db.display()
        );
        let config_path = dir.path().join("pipeline.yaml");
        std::fs::write(&config_path, config).unwrap();
        Self::launch(
            dir,
            config_path,
            db,
            Vec::new(),
            Box::new(|admin| http_get_status(admin, "/readyz") == Some(200)),
        )
    }

    /// Start `agentwatch run --config config_path ARGS` on a pipeline file the caller wrote
    /// (its admin endpoint must be set, port 0 is fine), whose SQLite store is `db`; logs go
    /// to a directory of its own. Waits until ready.
    pub fn start_file(config_path: &Path, db: &Path, args: &[&str]) -> Agentwatch {
        Self::start_file_ready(config_path, db, args, |admin| {
            http_get_status(admin, "/readyz") == Some(200)
        })
    }

    /// Like `start_file`, with the caller's readiness check on the admin port (e.g. over TLS).
    pub fn start_file_ready(
        config_path: &Path,
        db: &Path,
        args: &[&str],
        ready: impl Fn(u16) -> bool + Send + 'static,
    ) -> Agentwatch {
        let args = args.iter().map(|a| a.to_string()).collect();
        let dir = tempfile::tempdir().unwrap();
        Self::launch(
            dir,
            config_path.to_owned(),
            db.to_owned(),
            args,
            Box::new(ready),
        )
    }

    fn launch(
        dir: tempfile::TempDir,
        config_path: PathBuf,
        db: PathBuf,
        args: Vec<String>,
        ready: Box<dyn Fn(u16) -> bool + Send>,
    ) -> Agentwatch {
        let (child, [grpc, http, admin]) = spawn(&config_path, dir.path(), &args);
        let mut aw = Agentwatch {
            child,
            dir,
            grpc,
            http,
            admin,
            db,
            config_path,
            args,
            ready,
        };
        aw.wait_ready();
        aw
    }

    /// Kill the process (SIGKILL: no shutdown, nothing flushed) and start it again on the same
    /// pipeline file and database.
    pub fn kill_and_restart(&mut self) {
        self.kill_and_restart_after(Duration::ZERO);
    }

    /// As [`Agentwatch::kill_and_restart`], `pause` after the kill.
    pub fn kill_and_restart_after(&mut self, pause: Duration) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        std::thread::sleep(pause);
        self.start_again();
    }

    /// Start the process again (after it exited) on the same pipeline file and database.
    pub fn start_again(&mut self) {
        let (child, [grpc, http, admin]) = spawn(&self.config_path, self.dir.path(), &self.args);
        self.child = child;
        (self.grpc, self.http, self.admin) = (grpc, http, admin);
        self.wait_ready();
    }

    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("agentwatch exited early ({status}):\n{}", self.log());
            }
            if (self.ready)(self.admin) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("agentwatch not ready in 20 s:\n{}", self.log());
    }

    /// What the process logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("agentwatch.log")).unwrap_or_default()
    }

    pub fn grpc_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.grpc)
    }

    pub fn http_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.http)
    }

    pub fn admin_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.admin)
    }

    /// Send SIGTERM and wait for exit; returns the exit status.
    pub fn terminate(&mut self, within: Duration) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let deadline = Instant::now() + within;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "agentwatch did not exit within {within:?}:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Open the store read-only, as a user with sqlite3 would.
    pub fn sql(&self) -> rusqlite::Connection {
        open_db(&self.db)
    }

    /// Wait until the scores table holds `rows` rows matching `where_sql`.
    pub fn wait_rows(&self, where_sql: &str, rows: i64) -> i64 {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut got = -1;
        while Instant::now() < deadline {
            got = count_rows(&self.db, where_sql);
            if got >= rows {
                return got;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        panic!(
            "expected {rows} rows where {where_sql}, found {got}\n{}",
            self.log()
        );
    }

    /// Current value of a Prometheus sample whose line starts with `prefix` (sum over matches).
    pub fn metric(&self, prefix: &str) -> f64 {
        let text = http_get_body(self.admin, "/metrics").unwrap_or_default();
        text.lines()
            .filter(|l| l.starts_with(prefix))
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            .sum()
    }
}

impl Drop for Agentwatch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start `agentwatch run --config config_path ARGS`, logging (appending) to
/// `dir/agentwatch.log`; returns the child and its gRPC, HTTP and admin ports (0 when off).
fn spawn(config_path: &Path, dir: &Path, args: &[String]) -> (Child, [u16; 3]) {
    let log_path = dir.join("agentwatch.log");
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log_path)
        .unwrap();
    let mut child = Command::new(binary())
        .args(["run", "--config"])
        .arg(config_path)
        .args(args)
        .env("RUST_LOG", "info,agentwatch=debug")
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("starting agentwatch");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        let mut line = String::new();
        let _ = std::io::BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx.recv_timeout(Duration::from_secs(20)).unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|_| {
        panic!(
            "no listening line from agentwatch ({line:?}):\n{}",
            std::fs::read_to_string(&log_path).unwrap_or_default()
        )
    });
    let port = |key: &str| -> u16 {
        v[key].as_str().map_or(0, |a| {
            let addr: std::net::SocketAddr = a.parse().unwrap();
            addr.port()
        })
    };
    let ports = [port("otlp_grpc"), port("otlp_http"), port("admin")];
    (child, ports)
}

/// POST `req` as OTLP/HTTP protobuf to the running agentwatch.
pub async fn post_otlp_http(aw: &Agentwatch, req: &ExportTraceServiceRequest) -> reqwest::Response {
    use prost::Message;
    reqwest::Client::new()
        .post(aw.http_url("/v1/traces"))
        .header("content-type", "application/x-protobuf")
        .body(req.encode_to_vec())
        .send()
        .await
        .unwrap()
}

pub fn open_db(path: &Path) -> rusqlite::Connection {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    conn.busy_timeout(Duration::from_secs(5)).unwrap();
    conn
}

pub fn count_rows(path: &Path, where_sql: &str) -> i64 {
    if !path.exists() {
        return -1;
    }
    open_db(path)
        .query_row(
            &format!("SELECT count(*) FROM scores WHERE {where_sql}"),
            [],
            |r| r.get(0),
        )
        .unwrap_or(-1)
}

/// Minimal blocking HTTP GET over a raw socket, for probes (no client library needed).
pub fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut text = String::new();
    stream.read_to_string(&mut text).ok()?;
    let status = text.split(' ').nth(1)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned())?;
    Some((status, body))
}

pub fn http_get_status(port: u16, path: &str) -> Option<u16> {
    http_get(port, path).map(|(s, _)| s)
}

pub fn http_get_body(port: u16, path: &str) -> Option<String> {
    http_get(port, path).map(|(_, b)| b)
}

pub fn kv(key: &str, value: Value) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue { value: Some(value) }),
        ..Default::default()
    }
}

pub fn s(key: &str, value: &str) -> KeyValue {
    kv(key, Value::StringValue(value.into()))
}

pub fn i(key: &str, value: i64) -> KeyValue {
    kv(key, Value::IntValue(value))
}

/// A loopback port free right now (for servers the tests start).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Nanoseconds since the epoch, now.
pub fn now_nanos() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
}

/// A trace id unique to this test run and `n`.
pub fn trace_id(n: u64) -> Vec<u8> {
    let mut id = now_nanos().to_be_bytes().to_vec();
    id.extend_from_slice(&n.to_be_bytes());
    id
}

pub fn span_id(n: u64) -> Vec<u8> {
    (n + 1).to_be_bytes().to_vec()
}

/// An OTel GenAI `chat` span as opentelemetry-instrumentation-openai-v2 emits it.
pub fn chat_span(trace: &[u8], n: u64, reply: &str) -> Span {
    let start = now_nanos();
    Span {
        trace_id: trace.to_vec(),
        span_id: span_id(n),
        name: "chat gpt-4o-mini".into(),
        kind: 3, // CLIENT
        start_time_unix_nano: start,
        end_time_unix_nano: start + 840_000_000,
        attributes: vec![
            s("gen_ai.operation.name", "chat"),
            s("gen_ai.provider.name", "openai"),
            s("gen_ai.request.model", "gpt-4o-mini"),
            s("gen_ai.response.model", "gpt-4o-mini-2024-07-18"),
            s("gen_ai.agent.name", "travel-planner"),
            i("gen_ai.usage.input_tokens", 52),
            i("gen_ai.usage.output_tokens", 18),
            s(
                "gen_ai.input.messages",
                r#"[{"role":"user","parts":[{"type":"text","content":"Find me a flight to Lisbon"}]}]"#,
            ),
            s(
                "gen_ai.output.messages",
                &serde_json::json!([{"role":"assistant","parts":[{"type":"text","content":reply}],"finish_reason":"stop"}]).to_string(),
            ),
        ],
        ..Default::default()
    }
}

/// An `execute_tool` span; failed ones carry status ERROR, `error.type` and an exception event.
pub fn tool_span(trace: &[u8], n: u64, tool: &str, failed: bool) -> Span {
    let start = now_nanos();
    let mut span = Span {
        trace_id: trace.to_vec(),
        span_id: span_id(n),
        name: format!("execute_tool {tool}"),
        kind: 1, // INTERNAL
        start_time_unix_nano: start,
        end_time_unix_nano: start + 120_000_000,
        attributes: vec![
            s("gen_ai.operation.name", "execute_tool"),
            s("gen_ai.tool.name", tool),
            s("gen_ai.agent.name", "travel-planner"),
        ],
        ..Default::default()
    };
    if failed {
        span.attributes.push(s("error.type", "TimeoutError"));
        span.status = Some(Status {
            code: StatusCode::Error as i32,
            message: "flight search timed out".into(),
        });
        span.events.push(Event {
            time_unix_nano: start + 119_000_000,
            name: "exception".into(),
            attributes: vec![
                s("exception.type", "TimeoutError"),
                s("exception.message", "read timed out after 30s"),
            ],
            ..Default::default()
        });
    }
    span
}

/// A request with one resource (`service.name` = `service`) holding `spans`.
pub fn request(service: &str, spans: Vec<Span>) -> ExportTraceServiceRequest {
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource {
                attributes: vec![s("service.name", service)],
                ..Default::default()
            }),
            scope_spans: vec![ScopeSpans {
                spans,
                ..Default::default()
            }],
            ..Default::default()
        }],
    }
}

/// Run `agentwatch-loadgen ARGS --json` and return its report.
pub fn loadgen(args: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_agentwatch-loadgen"))
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "loadgen failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "loadgen printed no JSON report ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// Is the OpenTelemetry Python SDK with both OTLP exporters installed? In CI
/// (`AGENTWATCH_REQUIRE_PYTHON_OTEL=1`) its absence fails the test instead.
pub fn python_otel_available() -> bool {
    let found = Command::new("python3")
        .args(["-c", "import opentelemetry.sdk, opentelemetry.exporter.otlp.proto.grpc, opentelemetry.exporter.otlp.proto.http"])
        .status()
        .is_ok_and(|s| s.success());
    if !found && std::env::var("AGENTWATCH_REQUIRE_PYTHON_OTEL").as_deref() == Ok("1") {
        panic!(
            "the OpenTelemetry Python SDK is required (pip install -r tests/python/requirements.txt)"
        );
    }
    found
}

/// A rustls client configuration trusting the CA certificates in `ca` (PEM).
pub fn client_config(ca: &Path) -> rustls::ClientConfig {
    let mut roots = rustls::RootCertStore::empty();
    for cert in
        <rustls_pki_types::CertificateDer as rustls_pki_types::pem::PemObject>::pem_file_iter(ca)
            .unwrap()
    {
        roots.add(cert.unwrap()).unwrap();
    }
    rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth()
}

/// A blocking `GET` over TLS (for readiness checks, which run outside the runtime).
pub fn https_get_status(ca: &Path, port: u16, path: &str) -> Option<u16> {
    use std::io::{Read, Write};
    let tcp = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    tcp.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let connection = rustls::ClientConnection::new(
        std::sync::Arc::new(client_config(ca)),
        "localhost".try_into().ok()?,
    )
    .ok()?;
    let mut tls = rustls::StreamOwned::new(connection, tcp);
    write!(
        tls,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut text = Vec::new();
    let _ = tls.read_to_end(&mut text);
    String::from_utf8_lossy(&text)
        .split(' ')
        .nth(1)?
        .parse()
        .ok()
}
