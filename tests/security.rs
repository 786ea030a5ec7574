//! TLS, mutual TLS and bearer tokens on the real receivers and admin endpoint, with a PKI
//! generated in the test: real clients (reqwest, tonic, the load generator, the official
//! Python OTLP exporters) get in with the right certificate and token; a missing or wrong
//! token, an untrusted client certificate and plain text to a TLS port are refused with the
//! right status and counted; a certificate swapped on disk is served to the next connection;
//! `run` refuses to expose an unprotected listener.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use common::tls::TestPki as Pki;
use common::*;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;
use rustls_pki_types::pem::PemObject;

const COLLECTOR_TOKEN: &str = "collector-token-4f9a2c7e1b";
const CHECKOUT_TOKEN: &str = "checkout-token-8d3e6a0b5c";

/// A pipeline with both receivers on TLS (mutual when `mtls`), two tokens (one bound to the
/// `checkout` service) read from files, and the admin endpoint in plain text on loopback.
fn start(dir: &Path, pki: &Pki, mtls: bool) -> Agentwatch {
    std::fs::write(dir.join("collector.token"), COLLECTOR_TOKEN).unwrap();
    std::fs::write(dir.join("checkout.token"), CHECKOUT_TOKEN).unwrap();
    let client_ca = if mtls {
        format!(
            "\n          client_ca_file: {}",
            pki.path("ca.pem").display()
        )
    } else {
        String::new()
    };
    let tls = format!(
        "        tls:\n          cert_file: {}\n          key_file: {}{client_ca}\n",
        pki.path("server.pem").display(),
        pki.path("server.key").display()
    );
    let db = dir.join("agentwatch.db");
    let config = format!(
        "receivers:\n  otlp:\n    protocols:\n      grpc:\n        endpoint: 127.0.0.1:0\n{tls}      http:\n        endpoint: 127.0.0.1:0\n{tls}    auth:\n      tokens:\n        - name: collector\n          token: ${{file:{collector}}}\n        - name: checkout-agents\n          token: ${{file:{checkout}}}\n          services: [checkout]\nstore:\n  kind: sqlite\n  path: {db}\nadmin:\n  endpoint: 127.0.0.1:0\n",
        collector = dir.join("collector.token").display(),
        checkout = dir.join("checkout.token").display(),
        db = db.display(),
    );
    let path = dir.join("pipeline.yaml");
    std::fs::write(&path, config).unwrap();
    Agentwatch::start_file(&path, &db, &[])
}

fn request(service: &str, n: u64) -> ExportTraceServiceRequest {
    common::request(
        service,
        vec![chat_span(&trace_id(n), n, "Your table is booked for 7 pm.")],
    )
}

/// An HTTPS client trusting the test CA, with the client certificate when given.
fn https_client(pki: &Pki, identity: Option<(&Path, &Path)>) -> reqwest::Client {
    let mut builder = reqwest::Client::builder()
        .tls_built_in_root_certs(false)
        .add_root_certificate(
            reqwest::Certificate::from_pem(&std::fs::read(pki.path("ca.pem")).unwrap()).unwrap(),
        );
    if let Some((cert, key)) = identity {
        let pem = [std::fs::read(cert).unwrap(), std::fs::read(key).unwrap()].concat();
        builder = builder.identity(reqwest::Identity::from_pem(&pem).unwrap());
    }
    builder.build().unwrap()
}

async fn post(
    client: &reqwest::Client,
    aw: &Agentwatch,
    token: Option<&str>,
    body: &ExportTraceServiceRequest,
) -> reqwest::Result<reqwest::Response> {
    let mut request = client
        .post(format!("https://127.0.0.1:{}/v1/traces", aw.http))
        .header("content-type", "application/x-protobuf")
        .body(body.encode_to_vec());
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await
}

/// A tonic channel over TLS to the gRPC receiver.
async fn grpc_channel(pki: &Pki, aw: &Agentwatch) -> tonic::transport::Channel {
    let tls = tonic::transport::ClientTlsConfig::new()
        .ca_certificate(tonic::transport::Certificate::from_pem(
            std::fs::read(pki.path("ca.pem")).unwrap(),
        ))
        .identity(tonic::transport::Identity::from_pem(
            std::fs::read(pki.path("client.pem")).unwrap(),
            std::fs::read(pki.path("client.key")).unwrap(),
        ))
        .domain_name("localhost");
    tonic::transport::Channel::from_shared(format!("https://127.0.0.1:{}", aw.grpc))
        .unwrap()
        .tls_config(tls)
        .unwrap()
        .connect()
        .await
        .unwrap()
}

async fn grpc_export(
    channel: tonic::transport::Channel,
    token: Option<&str>,
    body: ExportTraceServiceRequest,
) -> Result<(), tonic::Status> {
    use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
    let mut request = tonic::Request::new(body);
    if let Some(token) = token {
        request
            .metadata_mut()
            .insert("authorization", format!("Bearer {token}").parse().unwrap());
    }
    TraceServiceClient::new(channel)
        .export(request)
        .await
        .map(|_| ())
}

fn refused(aw: &Agentwatch, transport: &str, reason: &str) -> f64 {
    aw.metric(&format!(
        "agentwatch_receiver_refused_requests_total{{transport=\"{transport}\",reason=\"{reason}\"}}"
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutual_tls_and_tokens_let_the_right_callers_in_and_count_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let pki = Pki::generate();
    let aw = start(dir.path(), &pki, true);
    let client = https_client(
        &pki,
        Some((&pki.path("client.pem"), &pki.path("client.key"))),
    );

    // HTTP: the right certificate and token.
    let ok = post(&client, &aw, Some(COLLECTOR_TOKEN), &request("checkout", 1))
        .await
        .unwrap();
    assert_eq!(ok.status(), 200, "{:?}", ok.text().await);
    // No token, a wrong one, another scheme: 401 with a challenge, nothing stored.
    for (n, token) in [(2, None), (3, Some("collector-token-4f9a2c7e1X"))] {
        let answer = post(&client, &aw, token, &request("checkout", n))
            .await
            .unwrap();
        assert_eq!(answer.status(), 401);
        assert_eq!(
            answer.headers()["www-authenticate"],
            "Bearer realm=\"agentwatch\""
        );
        let text = answer.text().await.unwrap();
        assert!(!text.contains("4f9a2c7e1X"), "the token is echoed: {text}");
    }
    let basic = client
        .post(format!("https://127.0.0.1:{}/v1/traces", aw.http))
        .header("content-type", "application/x-protobuf")
        .basic_auth("collector", Some(COLLECTOR_TOKEN))
        .body(request("checkout", 4).encode_to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(basic.status(), 401);
    assert_eq!(refused(&aw, "http", "unauthenticated"), 3.0);
    // A token bound to `checkout` writes checkout's spans, not billing's.
    let own = post(&client, &aw, Some(CHECKOUT_TOKEN), &request("checkout", 5))
        .await
        .unwrap();
    assert_eq!(own.status(), 200);
    let other = post(&client, &aw, Some(CHECKOUT_TOKEN), &request("billing", 6))
        .await
        .unwrap();
    assert_eq!(other.status(), 403);
    assert!(
        other
            .text()
            .await
            .unwrap()
            .contains("token 'checkout-agents' may not write spans of service 'billing'")
    );
    assert_eq!(refused(&aw, "http", "forbidden"), 1.0);

    // gRPC: the same rules, as gRPC statuses.
    let channel = grpc_channel(&pki, &aw).await;
    grpc_export(
        channel.clone(),
        Some(COLLECTOR_TOKEN),
        request("checkout", 7),
    )
    .await
    .unwrap();
    let missing = grpc_export(channel.clone(), None, request("checkout", 8))
        .await
        .unwrap_err();
    assert_eq!(missing.code(), tonic::Code::Unauthenticated, "{missing:?}");
    let wrong = grpc_export(
        channel.clone(),
        Some("not-the-token-at-all"),
        request("checkout", 9),
    )
    .await
    .unwrap_err();
    assert_eq!(wrong.code(), tonic::Code::Unauthenticated);
    let forbidden = grpc_export(channel, Some(CHECKOUT_TOKEN), request("billing", 10))
        .await
        .unwrap_err();
    assert_eq!(forbidden.code(), tonic::Code::PermissionDenied);
    assert_eq!(refused(&aw, "grpc", "unauthenticated"), 2.0);
    assert_eq!(refused(&aw, "grpc", "forbidden"), 1.0);

    // Only the accepted requests were scored (3 spans: traces 1, 5 and 7).
    assert_eq!(aw.wait_rows("evaluator = 'latency'", 3), 3);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(count_rows(&aw.db, "evaluator = 'latency'"), 3);

    // TLS refusals: a client certificate of another CA, none at all, and plain text.
    let rogue = https_client(&pki, Some((&pki.path("rogue.pem"), &pki.path("rogue.key"))));
    let anonymous = https_client(&pki, None);
    for client in [&rogue, &anonymous] {
        let failed = post(client, &aw, Some(COLLECTOR_TOKEN), &request("checkout", 11)).await;
        assert!(failed.is_err(), "{failed:?}");
    }
    let plain = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{}/v1/traces", aw.http))
        .header("content-type", "application/x-protobuf")
        .bearer_auth(COLLECTOR_TOKEN)
        .body(request("checkout", 12).encode_to_vec())
        .send()
        .await;
    assert!(plain.is_err() || plain.unwrap().status() != 200);
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while refused(&aw, "http", "tls_handshake") < 3.0 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(refused(&aw, "http", "tls_handshake"), 3.0);
    assert_eq!(count_rows(&aw.db, "evaluator = 'latency'"), 3);
    // The tokens never reach the log.
    let log = aw.log();
    for secret in [
        COLLECTOR_TOKEN,
        CHECKOUT_TOKEN,
        "4f9a2c7e1X",
        "not-the-token-at-all",
    ] {
        assert!(!log.contains(secret), "the log holds a token");
    }
}

#[test]
fn the_load_generator_sends_over_mutual_tls_with_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let pki = Pki::generate();
    let aw = start(dir.path(), &pki, true);
    let (ca, cert, key) = (
        pki.path("ca.pem"),
        pki.path("client.pem"),
        pki.path("client.key"),
    );
    let tls = [
        "--tls-ca",
        ca.to_str().unwrap(),
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ];
    let mut accepted = 0;
    for (protocol, port) in [("grpc", aw.grpc), ("http", aw.http)] {
        let target = format!("localhost:{port}");
        let mut args = vec![
            "--protocol",
            protocol,
            "--target",
            &target,
            "--duration",
            "2s",
            "--rate",
            "2000",
            "--connections",
            "2",
            "--spans-per-request",
            "50",
            "--token",
            COLLECTOR_TOKEN,
        ];
        args.extend(tls);
        let report = loadgen(&args);
        assert_eq!(report["failed_requests"], 0, "{report}");
        let spans = report["accepted_spans"].as_u64().unwrap();
        assert!(spans >= 1000, "{protocol}: {report}");
        accepted += spans;
    }
    // Every accepted span is scored (latency applies to every span).
    assert_eq!(
        aw.wait_rows("evaluator = 'latency'", accepted as i64),
        accepted as i64
    );
    // The wrong token: every request fails, none is accepted.
    let target = format!("localhost:{}", aw.grpc);
    let mut args = vec![
        "--target",
        &target,
        "--duration",
        "1s",
        "--rate",
        "200",
        "--connections",
        "1",
        "--spans-per-request",
        "10",
        "--token",
        "a-token-nobody-issued",
    ];
    args.extend(tls);
    let report = loadgen(&args);
    assert_eq!(report["accepted_spans"], 0, "{report}");
    assert!(report["failed_requests"].as_u64().unwrap() > 0);
    assert!(refused(&aw, "grpc", "unauthenticated") > 0.0);
}

/// The official Python exporters, configured only through their standard variables; with the
/// client certificate when `mtls`.
fn python_emit(
    pki: &Pki,
    mtls: bool,
    protocol: &str,
    endpoint: &str,
    service: &str,
    token: &str,
) -> Result<(), String> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/python/emit_genai_spans.py"
    );
    let mut command = Command::new("python3");
    command
        .args([script, protocol, endpoint, service])
        .env(
            "OTEL_EXPORTER_OTLP_HEADERS",
            format!("authorization=Bearer%20{token}"),
        )
        // `requests` lets these override the exporter's CA file (a known requests behaviour;
        // some machines set them globally).
        .env_remove("REQUESTS_CA_BUNDLE")
        .env_remove("CURL_CA_BUNDLE");
    // The HTTP exporter of recent SDKs reads only the per-signal names: both are set.
    let mut files = vec![("CERTIFICATE", "ca.pem")];
    if mtls {
        files.extend([
            ("CLIENT_CERTIFICATE", "client.pem"),
            ("CLIENT_KEY", "client.key"),
        ]);
    }
    for (variable, file) in files {
        command.env(format!("OTEL_EXPORTER_OTLP_{variable}"), pki.path(file));
        command.env(
            format!("OTEL_EXPORTER_OTLP_TRACES_{variable}"),
            pki.path(file),
        );
    }
    let out = command.output().unwrap();
    match out.status.success() {
        true => Ok(()),
        false => Err(String::from_utf8_lossy(&out.stderr).into_owned()),
    }
}

#[test]
fn the_official_python_exporters_connect_over_tls_and_mutual_tls_with_a_token() {
    if !python_otel_available() {
        eprintln!("skipped: OpenTelemetry Python SDK not installed");
        return;
    }
    let pki = Pki::generate();
    for mtls in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let aw = start(dir.path(), &pki, mtls);
        for (protocol, endpoint) in [
            ("grpc", format!("https://localhost:{}", aw.grpc)),
            ("http", format!("https://localhost:{}", aw.http)),
        ] {
            let service = format!("py-tls-{protocol}");
            if let Err(stderr) =
                python_emit(&pki, mtls, protocol, &endpoint, &service, COLLECTOR_TOKEN)
            {
                panic!("{protocol} (mtls: {mtls}): the exporter did not succeed:\n{stderr}");
            }
            // Four spans, each with a latency score.
            aw.wait_rows(
                &format!("service = '{service}' AND evaluator = 'latency'"),
                4,
            );
            // The same exporter with a wrong token fails, and nothing more is stored.
            let wrong = format!("py-wrong-{protocol}");
            let token = "wrong-token-0000000000";
            assert!(python_emit(&pki, mtls, protocol, &endpoint, &wrong, token).is_err());
            assert_eq!(count_rows(&aw.db, &format!("service = '{wrong}'")), 0);
        }
        assert!(refused(&aw, "grpc", "unauthenticated") >= 1.0);
        assert!(refused(&aw, "http", "unauthenticated") >= 1.0);
        if mtls {
            // Without its client certificate the exporter is refused at the handshake.
            let endpoint = format!("https://localhost:{}", aw.http);
            let refused_tls =
                python_emit(&pki, false, "http", &endpoint, "py-anon", COLLECTOR_TOKEN);
            assert!(refused_tls.is_err());
            assert_eq!(count_rows(&aw.db, "service = 'py-anon'"), 0);
        }
    }
}

/// The server certificate a fresh TLS connection to `port` is given (its leaf, DER).
async fn served_certificate(pki: &Pki, port: u16) -> Vec<u8> {
    let config = client_config(&pki.path("ca.pem"));
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect("localhost".try_into().unwrap(), tcp)
        .await
        .unwrap();
    tls.get_ref().1.peer_certificates().unwrap()[0].to_vec()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_certificate_swapped_on_disk_is_served_to_the_next_connection() {
    let dir = tempfile::tempdir().unwrap();
    let pki = Pki::generate();
    let aw = start(dir.path(), &pki, false);
    let first = served_certificate(&pki, aw.http).await;
    let on_disk = |path: &Path| {
        rustls_pki_types::CertificateDer::pem_file_iter(path)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .to_vec()
    };
    assert_eq!(first, on_disk(&pki.path("server.pem")));
    // Rotate: a new key and certificate, written as a rotation tool would (rename into place).
    let (cert, key) = pki.reissue_server();
    for (path, pem) in [
        (&pki.path("server.key"), &key),
        (&pki.path("server.pem"), &cert),
    ] {
        let staged = path.with_extension("new");
        std::fs::write(&staged, pem).unwrap();
        std::fs::rename(&staged, path).unwrap();
    }
    let rotated = on_disk(&pki.path("server.pem"));
    assert_ne!(first, rotated);
    assert_eq!(served_certificate(&pki, aw.http).await, rotated);
    assert_eq!(served_certificate(&pki, aw.grpc).await, rotated);
    // A broken file keeps the last good certificate in service.
    std::fs::write(pki.path("server.pem"), "not a certificate").unwrap();
    assert_eq!(served_certificate(&pki, aw.http).await, rotated);
    assert!(aw.log().contains("TLS files changed but do not load"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_endpoint_serves_tls_and_requires_its_token_except_for_probes() {
    let dir = tempfile::tempdir().unwrap();
    let pki = Pki::generate();
    let db = dir.path().join("agentwatch.db");
    let admin_token = "admin-token-77a1c0ffee";
    let config = format!(
        "receivers:\n  otlp:\n    protocols:\n      grpc:\n        endpoint: 127.0.0.1:0\n      http: null\nstore:\n  kind: sqlite\n  path: {db}\nadmin:\n  endpoint: 127.0.0.1:0\n  tls:\n    cert_file: {cert}\n    key_file: {key}\n    min_version: 1.3\n  auth:\n    tokens:\n      - name: prometheus\n        token: {admin_token}\n",
        db = db.display(),
        cert = pki.path("server.pem").display(),
        key = pki.path("server.key").display(),
    );
    let path = dir.path().join("pipeline.yaml");
    std::fs::write(&path, config).unwrap();
    let ca = std::fs::read(pki.path("ca.pem")).unwrap();
    let ca_path = pki.path("ca.pem").clone();
    let aw = Agentwatch::start_file_ready(&path, &db, &[], move |port| {
        https_get_status(&ca_path, port, "/readyz") == Some(200)
    });
    let client = https_client(&pki, None);
    let url = |path: &str| format!("https://localhost:{}{path}", aw.admin);
    // Probes are open; metrics need the token.
    assert_eq!(
        client.get(url("/healthz")).send().await.unwrap().status(),
        200
    );
    let anonymous = client.get(url("/metrics")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    let wrong = client
        .get(url("/metrics"))
        .bearer_auth("admin-token-77a1c0ffeX")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let metrics = client
        .get(url("/metrics"))
        .bearer_auth(admin_token)
        .send()
        .await
        .unwrap();
    assert_eq!(metrics.status(), 200);
    assert!(
        metrics
            .text()
            .await
            .unwrap()
            .contains("agentwatch_receiver_in_flight_limit_bytes")
    );
    // The pages are behind the token too, with or without `open_probes`.
    for page in ["/ui", "/ui/series", "/ui/evaluators"] {
        let anonymous = client.get(url(page)).send().await.unwrap();
        assert_eq!(anonymous.status(), 401, "{page}");
        let wrong = client
            .get(url(page))
            .bearer_auth("admin-token-77a1c0ffeX")
            .send()
            .await
            .unwrap();
        assert_eq!(wrong.status(), 401, "{page}");
        let shown = client
            .get(url(page))
            .bearer_auth(admin_token)
            .send()
            .await
            .unwrap();
        assert_eq!(shown.status(), 200, "{page}");
        assert!(shown.text().await.unwrap().contains("<title>"), "{page}");
    }
    // Plain text to the TLS port gets no answer.
    assert_eq!(http_get_status(aw.admin, "/healthz"), None);
    assert_eq!(http_get_status(aw.admin, "/ui"), None);
    // TLS 1.2 is below the configured minimum.
    let tls12 = reqwest::Client::builder()
        .tls_built_in_root_certs(false)
        .add_root_certificate(reqwest::Certificate::from_pem(&ca).unwrap())
        .max_tls_version(reqwest::tls::Version::TLS_1_2)
        .build()
        .unwrap();
    assert!(tls12.get(url("/healthz")).send().await.is_err());
}

#[test]
fn run_refuses_an_unprotected_listener_other_machines_can_reach() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("agentwatch.db");
    let write = |extra: &str| {
        let path = dir.path().join("pipeline.yaml");
        std::fs::write(
            &path,
            format!(
                "receivers:\n  otlp:\n    protocols:\n      grpc:\n        endpoint: 0.0.0.0:0\n{extra}      http: null\nstore:\n  kind: sqlite\n  path: {}\nadmin:\n  endpoint: 127.0.0.1:0\n",
                db.display()
            ),
        )
        .unwrap();
        path
    };
    let exposed = write("");
    let validate = Command::new(binary())
        .args(["validate"])
        .arg(&exposed)
        .output()
        .unwrap();
    assert!(validate.status.success());
    let warning = String::from_utf8_lossy(&validate.stderr);
    assert!(
        warning.contains("warning: receivers.otlp.protocols.grpc: binds 0.0.0.0:0, reachable from other machines, without TLS and without authentication"),
        "{warning}"
    );
    let run = Command::new(binary())
        .args(["run", "--config"])
        .arg(&exposed)
        .output()
        .unwrap();
    assert!(!run.status.success());
    let error = String::from_utf8_lossy(&run.stderr);
    assert!(
        error.contains("refusing to start") && error.contains("insecure: true"),
        "{error}"
    );
    // Accepting the risk explicitly starts it.
    let accepted = write("        insecure: true\n");
    let aw = Agentwatch::start_file(&accepted, &db, &[]);
    assert!(aw.grpc > 0);
}
