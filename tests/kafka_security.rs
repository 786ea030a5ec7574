//! The Kafka bus over TLS with a client certificate, and SASL, as `bus.properties` pass them to
//! librdkafka (`security.protocol`, `ssl.*`, `sasl.*`), against a real broker.
//!
//! The broker here is tansu 0.6.0. Its listener speaks plain TCP only (its `--cert`/`--key`
//! options are not wired to the listener in 0.6.0), so the TLS tests put a TLS-terminating
//! proxy in front of it (rustls, client certificates required, certificates generated in the
//! test) and the broker advertises the proxy's port: every connection agentwatch makes —
//! bootstrap, partition leaders, the admin client — goes through TLS.
//!
//! SASL: with `--authentication` tansu offers SCRAM-SHA-256/512 (and OAUTHBEARER, which it then
//! refuses), not PLAIN. SCRAM users live in the broker's storage, and the only storage built
//! here is in memory, where a user can only be created through a broker that already demands
//! authentication — so no login can succeed against it. What is tested is that the `sasl.*`
//! settings reach the broker: agentwatch's SCRAM login arrives and is refused, and the start
//! fails saying where to look.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::kafka::Broker;
use common::tls::TestPki;
use common::{Agentwatch, chat_span, post_otlp_http, request, tool_span, trace_id};

/// A TLS-terminating proxy on `port` in front of `broker_port`; counts the handshakes it
/// refused.
struct TlsProxy {
    port: u16,
    refused: Arc<AtomicUsize>,
}

impl TlsProxy {
    async fn start(pki: &TestPki, port: u16, broker_port: u16) -> TlsProxy {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(pki.server_config(true, &[]));
        let refused = Arc::new(AtomicUsize::new(0));
        let counter = refused.clone();
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                let counter = counter.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        counter.fetch_add(1, Ordering::SeqCst);
                        return;
                    };
                    let Ok(mut upstream) =
                        tokio::net::TcpStream::connect(("127.0.0.1", broker_port)).await
                    else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut upstream).await;
                });
            }
        });
        TlsProxy { port, refused }
    }
}

/// A pipeline file (all roles in one process, SQLite) whose Kafka bus is the proxy on `port`
/// with `properties` (YAML lines indented by four spaces).
fn pipeline(dir: &Path, port: u16, properties: &str) -> (PathBuf, PathBuf) {
    let db = dir.join("agentwatch.db");
    let config = dir.join("pipeline.yaml");
    std::fs::write(
        &config,
        format!(
            "receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:0
store:
  kind: sqlite
  path: {db}
admin:
  endpoint: 127.0.0.1:0
bus:
  kind: kafka
  brokers: 127.0.0.1:{port}
  session_timeout: 6s
  commit_interval: 200ms
  produce_timeout: 3s
  create_topics:
    partitions: 2
    replication_factor: 1
  properties:
{properties}score:
  workers: 1
",
            db = db.display()
        ),
    )
    .unwrap();
    (config, db)
}

/// The `bus.properties` lines for TLS trusting the test CA, with the client certificate when
/// `client_cert`.
fn tls_properties(pki: &TestPki, client_cert: bool) -> String {
    let mut lines = format!(
        "    security.protocol: SSL\n    ssl.ca.location: {}\n",
        pki.path("ca.pem").display()
    );
    if client_cert {
        lines.push_str(&format!(
            "    ssl.certificate.location: {}\n    ssl.key.location: {}\n",
            pki.path("client.pem").display(),
            pki.path("client.key").display()
        ));
    }
    lines
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_flow_over_the_kafka_bus_with_mutual_tls() {
    let pki = TestPki::generate();
    let proxy_port = common::free_port();
    let Some(broker) = Broker::start_behind(proxy_port, &[]) else {
        return;
    };
    let proxy = TlsProxy::start(&pki, proxy_port, broker.port).await;
    let dir = tempfile::tempdir().unwrap();
    let (config, db) = pipeline(dir.path(), proxy.port, &tls_properties(&pki, true));
    let aw = Agentwatch::start_file(&config, &db, &[]);
    let trace = trace_id(77);
    let response = post_otlp_http(
        &aw,
        &request(
            "kafka-tls",
            vec![
                chat_span(&trace, 0, "Booked."),
                tool_span(&trace, 1, "pay", true),
            ],
        ),
    )
    .await;
    assert_eq!(response.status(), 200, "{}", aw.log());
    let deadline = Instant::now() + Duration::from_secs(30);
    while common::count_rows(&db, "service = 'kafka-tls' AND evaluator = 'latency'") < 2 {
        assert!(
            Instant::now() < deadline,
            "not scored through the TLS bus:\n{}\n-----\n{}",
            aw.log(),
            broker.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(proxy.refused.load(Ordering::SeqCst), 0, "{}", aw.log());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_its_client_certificate_the_bus_is_refused_and_says_why() {
    let pki = TestPki::generate();
    let proxy_port = common::free_port();
    let Some(broker) = Broker::start_behind(proxy_port, &[]) else {
        return;
    };
    let proxy = TlsProxy::start(&pki, proxy_port, broker.port).await;
    let dir = tempfile::tempdir().unwrap();
    // Creating the topics at start fails, and the error says where to look (the admin
    // client's own logs go nowhere).
    let (config, _) = pipeline(dir.path(), proxy.port, &tls_properties(&pki, false));
    let stderr = failed_start(&config);
    assert!(proxy.refused.load(Ordering::SeqCst) > 0, "{stderr}");
    assert!(
        stderr.contains("no broker answered within bus.produce_timeout")
            && stderr.contains("security.protocol"),
        "{stderr}"
    );
    // With the topics managed elsewhere the process starts, logs librdkafka's reason, and
    // answers spans with a retryable error.
    let (config, db) = pipeline(dir.path(), proxy.port, &tls_properties(&pki, false));
    without_topic_creation(&config);
    let aw = Agentwatch::start_file(&config, &db, &[]);
    wait_log(&aw, "alert certificate required");
    let response = post_otlp_http(
        &aw,
        &request(
            "kafka-no-cert",
            vec![tool_span(&trace_id(5), 1, "t", false)],
        ),
    )
    .await;
    assert_eq!(response.status(), 503, "{}", aw.log());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sasl_settings_reach_the_broker_which_refuses_an_unknown_user() {
    let Some(broker) = Broker::start_with_args(&["--authentication"]) else {
        return;
    };
    let password = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(password.path(), "kafka-secret-password\n").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (config, db) = pipeline(
        dir.path(),
        broker.port,
        &format!(
            "    security.protocol: SASL_PLAINTEXT\n    sasl.mechanism: SCRAM-SHA-512\n    sasl.username: agentwatch\n    sasl.password: ${{file:{}}}\n",
            password.path().display()
        ),
    );
    without_topic_creation(&config);
    let aw = Agentwatch::start_file(&config, &db, &[]);
    // librdkafka ran the SCRAM exchange (it needs OpenSSL) and the broker answered it.
    wait_log(
        &aw,
        "SASL SCRAM authentication failed: broker responded with unknown-user",
    );
    let response = post_otlp_http(
        &aw,
        &request("kafka-sasl", vec![tool_span(&trace_id(6), 1, "t", false)]),
    )
    .await;
    assert_eq!(response.status(), 503, "{}", aw.log());
    assert!(!aw.log().contains("kafka-secret-password"));
}

/// `bus.create_topics: null` in the pipeline file at `config`.
fn without_topic_creation(config: &Path) {
    let yaml = std::fs::read_to_string(config).unwrap().replace(
        "  create_topics:\n    partitions: 2\n    replication_factor: 1\n",
        "  create_topics: null\n",
    );
    assert!(yaml.contains("create_topics: null"));
    std::fs::write(config, yaml).unwrap();
}

/// Wait until agentwatch's log contains `text`.
fn wait_log(aw: &Agentwatch, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !aw.log().contains(text) {
        assert!(
            Instant::now() < deadline,
            "no '{text}' in the log:\n{}",
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `agentwatch run` on `config` must exit with a failure within 60 s; its stderr.
fn failed_start(config: &Path) -> String {
    let mut child = std::process::Command::new(common::binary())
        .args(["run", "--config"])
        .arg(config)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = String::new();
            use std::io::Read;
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut stderr)
                .unwrap();
            assert!(!status.success(), "started:\n{stderr}");
            return stderr;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("still running after 60 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}
