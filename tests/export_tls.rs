//! Forwarding to the next OTLP hop over TLS, with the real binary: `exporters.otlp` (gRPC) and
//! `exporters.otlphttp` (protobuf over HTTP/1.1) against TLS servers started here with a test
//! CA generated in the test (rcgen). Mutual TLS: with its client certificate agentwatch gets
//! through and its headers arrive; without it, or trusting the wrong CA, nothing arrives and the
//! spans are dropped, counted, and logged with the TLS reason.

mod common;

use std::collections::VecDeque;
use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::tls::TestPki;
use common::*;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_server::{
    TraceService, TraceServiceServer,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTracePartialSuccess, ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use prost::Message;

/// What a next hop received: the request and the headers (metadata) that came with it.
#[derive(Clone, Debug)]
struct Received {
    request: ExportTraceServiceRequest,
    headers: http::HeaderMap,
    /// The URL path (HTTP only).
    path: String,
}

#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Received>>>);

impl Recorder {
    fn got(&self) -> Vec<Received> {
        self.0.lock().unwrap().clone()
    }

    /// Wait until `n` requests arrived; panics with agentwatch's log otherwise.
    fn wait_for(&self, n: usize, aw: &Agentwatch) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.got().len() < n {
            assert!(
                Instant::now() < deadline,
                "{} of {n} requests forwarded:\n{}",
                self.got().len(),
                aw.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        self.got()
    }
}

#[tonic::async_trait]
impl TraceService for Recorder {
    async fn export(
        &self,
        request: tonic::Request<ExportTraceServiceRequest>,
    ) -> Result<tonic::Response<ExportTraceServiceResponse>, tonic::Status> {
        let headers = request.metadata().clone().into_headers();
        self.0.lock().unwrap().push(Received {
            request: request.into_inner(),
            headers,
            path: String::new(),
        });
        Ok(tonic::Response::new(ExportTraceServiceResponse::default()))
    }
}

/// An OTLP/gRPC receiver over TLS on a free port (client certificates required when
/// `mtls`); returns its port.
async fn grpc_next_hop(pki: &TestPki, mtls: bool, recorder: &Recorder) -> u16 {
    use tonic::transport::{Certificate, Identity, Server, ServerTlsConfig};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut tls = ServerTlsConfig::new().identity(Identity::from_pem(
        pki.pem("server.pem"),
        pki.pem("server.key"),
    ));
    if mtls {
        tls = tls.client_ca_root(Certificate::from_pem(pki.pem("ca.pem")));
    }
    let service = TraceServiceServer::new(recorder.clone())
        .accept_compressed(tonic::codec::CompressionEncoding::Gzip);
    let incoming = futures::stream::unfold(listener, |l| async move {
        Some((l.accept().await.map(|(s, _)| s), l))
    });
    tokio::spawn(
        Server::builder()
            .tls_config(tls)
            .unwrap()
            .add_service(service)
            .serve_with_incoming(incoming),
    );
    port
}

/// An answer an HTTP next hop gives: status, extra headers, body.
type Answer = (u16, Vec<(&'static str, String)>, Vec<u8>);

/// An OTLP/HTTP receiver over TLS (HTTP/1.1, client certificates required when `mtls`) on a
/// free port: records every request, answers from `script` first, then 200 with an empty
/// `ExportTraceServiceResponse`. Returns its port.
async fn http_next_hop(pki: &TestPki, mtls: bool, recorder: &Recorder, script: Vec<Answer>) -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let acceptor = tokio_rustls::TlsAcceptor::from(pki.server_config(mtls, &[b"http/1.1"]));
    let script = Arc::new(Mutex::new(VecDeque::from(script)));
    let recorder = recorder.clone();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            let recorder = recorder.clone();
            let script = script.clone();
            tokio::spawn(async move {
                // A refused handshake (no client certificate, untrusted server) ends here.
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let service = hyper::service::service_fn(move |req| {
                    let recorder = recorder.clone();
                    let script = script.clone();
                    async move {
                        Ok::<_, std::convert::Infallible>(answer(req, &recorder, &script).await)
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                    .await;
            });
        }
    });
    port
}

async fn answer(
    req: hyper::Request<hyper::body::Incoming>,
    recorder: &Recorder,
    script: &Mutex<VecDeque<Answer>>,
) -> hyper::Response<http_body_util::Full<bytes::Bytes>> {
    use http_body_util::BodyExt;
    let (parts, body) = req.into_parts();
    let mut bytes = body.collect().await.unwrap().to_bytes().to_vec();
    if parts.headers.get("content-encoding").map(|v| v.as_bytes()) == Some(b"gzip") {
        let mut plain = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut plain)
            .unwrap();
        bytes = plain;
    }
    recorder.0.lock().unwrap().push(Received {
        request: ExportTraceServiceRequest::decode(&bytes[..]).unwrap(),
        headers: parts.headers,
        path: parts.uri.path().to_owned(),
    });
    let (status, headers, body) = script.lock().unwrap().pop_front().unwrap_or_else(|| {
        (
            200,
            vec![("content-type", "application/x-protobuf".into())],
            ExportTraceServiceResponse::default().encode_to_vec(),
        )
    });
    let mut response = hyper::Response::builder().status(status);
    for (name, value) in headers {
        response = response.header(name, value);
    }
    response.body(body.into()).unwrap()
}

/// A pipeline file's `exporters:` section for `kind` (`otlp` / `otlphttp`) sending to
/// `https://127.0.0.1:port` with `tls` settings and a bearer token read from a file.
fn exporter_yaml(kind: &str, port: u16, tls: &str, token_file: &std::path::Path) -> String {
    format!(
        "exporters:\n  {kind}:\n    endpoint: https://127.0.0.1:{port}\n    tls: {tls}\n    max_elapsed_time: 1s\n    headers:\n      authorization: Bearer ${{file:{}}}\n      x-tenant: team-a\n",
        token_file.display()
    )
}

fn token_file() -> tempfile::NamedTempFile {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), "hop-secret-token\n").unwrap();
    file
}

/// Send two spans to agentwatch; returns the request as sent.
async fn send_spans(aw: &Agentwatch, service: &str) -> ExportTraceServiceRequest {
    let trace = trace_id(7);
    let sent = request(
        service,
        vec![
            chat_span(&trace, 0, "Here you go"),
            tool_span(&trace, 1, "search", false),
        ],
    );
    let response = post_otlp_http(aw, &sent).await;
    assert_eq!(response.status(), 200);
    sent
}

/// Wait until `metric` (a line prefix) reaches `value`; panics with the log otherwise.
fn wait_metric(aw: &Agentwatch, metric: &str, value: f64) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while aw.metric(metric) < value {
        assert!(
            Instant::now() < deadline,
            "{metric} = {} (waiting for {value}):\n{}",
            aw.metric(metric),
            aw.log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The spans are dropped after `max_elapsed_time`, counted for `kind`, and the warning says
/// why in TLS terms (one of `reasons`); nothing reached the next hop.
fn assert_refused(aw: &Agentwatch, recorder: &Recorder, kind: &str, reasons: &[&str]) {
    wait_metric(
        aw,
        &format!("agentwatch_exporter_send_failed_spans_total{{exporter=\"{kind}\"}}"),
        2.0,
    );
    assert!(recorder.got().is_empty(), "nothing may arrive");
    assert_eq!(
        aw.metric(&format!(
            "agentwatch_exporter_sent_spans_total{{exporter=\"{kind}\"}}"
        )),
        0.0
    );
    let log = aw.log();
    let dropped = log
        .lines()
        .find(|l| l.contains("exporter dropped what it could not deliver") && l.contains("spans"))
        .unwrap_or_else(|| panic!("no drop logged:\n{log}"));
    assert!(
        reasons.iter().any(|r| dropped.contains(r)),
        "the reason names the TLS problem ({reasons:?}): {dropped}"
    );
    assert!(
        log.contains("exporter cannot deliver; retrying"),
        "the first failure is a warning:\n{log}"
    );
    assert!(
        !log.contains("hop-secret-token"),
        "secrets never reach the log"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn grpc_exporter_over_mutual_tls_delivers_with_its_headers() {
    let pki = TestPki::generate();
    let recorder = Recorder::default();
    let port = grpc_next_hop(&pki, true, &recorder).await;
    let token = token_file();
    let aw = Agentwatch::start(&exporter_yaml(
        "otlp",
        port,
        &pki.client_settings("ca.pem", true),
        token.path(),
    ));
    let sent = send_spans(&aw, "grpc-tls").await;
    let got = recorder.wait_for(1, &aw);
    assert_eq!(got[0].request, sent);
    assert_eq!(got[0].headers["authorization"], "Bearer hop-secret-token");
    assert_eq!(got[0].headers["x-tenant"], "team-a");
    assert_eq!(got[0].headers["grpc-encoding"], "gzip");
    wait_metric(
        &aw,
        "agentwatch_exporter_sent_spans_total{exporter=\"otlp\"}",
        2.0,
    );
    assert!(!aw.log().contains("hop-secret-token"));
}

#[tokio::test(flavor = "multi_thread")]
async fn grpc_exporter_without_its_client_certificate_is_refused_and_counted() {
    let pki = TestPki::generate();
    let recorder = Recorder::default();
    let port = grpc_next_hop(&pki, true, &recorder).await;
    let token = token_file();
    let aw = Agentwatch::start(&exporter_yaml(
        "otlp",
        port,
        &pki.client_settings("ca.pem", false),
        token.path(),
    ));
    send_spans(&aw, "grpc-no-cert").await;
    assert_refused(
        &aw,
        &recorder,
        "otlp",
        &["received fatal alert: CertificateRequired"],
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn grpc_exporter_trusting_the_wrong_ca_is_refused_clearly() {
    let pki = TestPki::generate();
    let recorder = Recorder::default();
    let port = grpc_next_hop(&pki, false, &recorder).await;
    let token = token_file();
    let aw = Agentwatch::start(&exporter_yaml(
        "otlp",
        port,
        &pki.client_settings("other-ca.pem", true),
        token.path(),
    ));
    send_spans(&aw, "grpc-wrong-ca").await;
    assert_refused(
        &aw,
        &recorder,
        "otlp",
        &["invalid peer certificate: UnknownIssuer"],
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn http_exporter_over_mutual_tls_delivers_with_its_headers_and_retries() {
    let pki = TestPki::generate();
    let recorder = Recorder::default();
    // The first attempt is told to come back in a second; the second is delivered.
    let port = http_next_hop(
        &pki,
        true,
        &recorder,
        vec![(503, vec![("retry-after", "1".into())], Vec::new())],
    )
    .await;
    let token = token_file();
    let aw = Agentwatch::start(
        &exporter_yaml(
            "otlphttp",
            port,
            &pki.client_settings("ca.pem", true),
            token.path(),
        )
        .replace("max_elapsed_time: 1s", "max_elapsed_time: 10s"),
    );
    let sent = send_spans(&aw, "http-tls").await;
    let got = recorder.wait_for(2, &aw);
    let gap = aw.log();
    for received in &got {
        assert_eq!(received.request, sent);
        assert_eq!(received.path, "/v1/traces");
        assert_eq!(received.headers["authorization"], "Bearer hop-secret-token");
        assert_eq!(received.headers["x-tenant"], "team-a");
        assert_eq!(received.headers["content-type"], "application/x-protobuf");
        assert_eq!(received.headers["content-encoding"], "gzip");
    }
    wait_metric(
        &aw,
        "agentwatch_exporter_sent_spans_total{exporter=\"otlphttp\"}",
        2.0,
    );
    assert_eq!(
        aw.metric("agentwatch_exporter_send_failed_spans_total{exporter=\"otlphttp\"}"),
        0.0
    );
    assert!(gap.contains("HTTP 503"), "{gap}");
    assert!(!aw.log().contains("hop-secret-token"));
}

#[tokio::test(flavor = "multi_thread")]
async fn http_exporter_counts_partial_success_and_permanent_refusals() {
    let pki = TestPki::generate();
    let recorder = Recorder::default();
    let partial = ExportTraceServiceResponse {
        partial_success: Some(ExportTracePartialSuccess {
            rejected_spans: 1,
            error_message: "span too old".into(),
        }),
    };
    let refusal = tonic_types::Status {
        code: 3,
        message: "resource has no service.name".into(),
        details: vec![],
    };
    let protobuf = || vec![("content-type", "application/x-protobuf".to_owned())];
    let port = http_next_hop(
        &pki,
        false,
        &recorder,
        vec![
            (200, protobuf(), partial.encode_to_vec()),
            (400, protobuf(), refusal.encode_to_vec()),
        ],
    )
    .await;
    let token = token_file();
    let aw = Agentwatch::start(&exporter_yaml(
        "otlphttp",
        port,
        &pki.client_settings("ca.pem", false),
        token.path(),
    ));
    send_spans(&aw, "http-partial").await;
    recorder.wait_for(1, &aw);
    send_spans(&aw, "http-refused").await;
    recorder.wait_for(2, &aw);
    // 1 of the first 2 rejected, then 2 refused for good (400 is not retried).
    wait_metric(
        &aw,
        "agentwatch_exporter_send_failed_spans_total{exporter=\"otlphttp\"}",
        3.0,
    );
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(recorder.got().len(), 2, "a 400 is not retried");
    assert_eq!(
        aw.metric("agentwatch_exporter_sent_spans_total{exporter=\"otlphttp\"}"),
        1.0
    );
    let log = aw.log();
    assert!(log.contains("span too old"), "{log}");
    assert!(
        log.contains("HTTP 400 Bad Request: resource has no service.name"),
        "{log}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn http_exporter_without_its_client_certificate_is_refused_and_counted() {
    let pki = TestPki::generate();
    let recorder = Recorder::default();
    let port = http_next_hop(&pki, true, &recorder, Vec::new()).await;
    let token = token_file();
    let aw = Agentwatch::start(&exporter_yaml(
        "otlphttp",
        port,
        &pki.client_settings("ca.pem", false),
        token.path(),
    ));
    send_spans(&aw, "http-no-cert").await;
    assert_refused(
        &aw,
        &recorder,
        "otlphttp",
        &["received fatal alert: CertificateRequired"],
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn http_exporter_trusting_the_wrong_ca_is_refused_clearly() {
    let pki = TestPki::generate();
    let recorder = Recorder::default();
    let port = http_next_hop(&pki, false, &recorder, Vec::new()).await;
    let token = token_file();
    let aw = Agentwatch::start(&exporter_yaml(
        "otlphttp",
        port,
        &pki.client_settings("other-ca.pem", false),
        token.path(),
    ));
    send_spans(&aw, "http-wrong-ca").await;
    assert_refused(
        &aw,
        &recorder,
        "otlphttp",
        &["invalid peer certificate: UnknownIssuer"],
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn both_exporters_forward_the_same_requests() {
    let pki = TestPki::generate();
    let (grpc, http) = (Recorder::default(), Recorder::default());
    let grpc_port = grpc_next_hop(&pki, true, &grpc).await;
    let http_port = http_next_hop(&pki, true, &http, Vec::new()).await;
    let tls = pki.client_settings("ca.pem", true);
    let aw = Agentwatch::start(&format!(
        "exporters:\n  otlp:\n    endpoint: https://localhost:{grpc_port}\n    tls: {tls}\n    compression: none\n  otlphttp:\n    traces_endpoint: https://localhost:{http_port}/custom/traces\n    tls: {tls}\n    compression: none\n"
    ));
    let sent = send_spans(&aw, "both").await;
    assert_eq!(grpc.wait_for(1, &aw)[0].request, sent);
    let got = http.wait_for(1, &aw);
    assert_eq!(got[0].request, sent);
    assert_eq!(got[0].path, "/custom/traces");
    assert!(got[0].headers.get("content-encoding").is_none());
    wait_metric(&aw, "agentwatch_exporter_sent_spans_total", 4.0);
}

#[test]
fn unusable_tls_files_stop_the_start_with_their_path() {
    let pki = TestPki::generate();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("pipeline.yaml");
    std::fs::write(
        &config,
        format!(
            "receivers: {{otlp: {{protocols: {{http: {{endpoint: '127.0.0.1:0'}}}}}}}}\nadmin: {{endpoint: '127.0.0.1:0'}}\nstore: {{kind: sqlite, path: {}}}\nexporters:\n  otlphttp:\n    endpoint: https://127.0.0.1:1\n    tls: {{ca_file: {}}}\n",
            dir.path().join("aw.db").display(),
            pki.path("missing.pem").display()
        ),
    )
    .unwrap();
    // `validate` checks the shape only (the files may be mounted where it runs)...
    let validate = std::process::Command::new(binary())
        .args(["validate"])
        .arg(&config)
        .output()
        .unwrap();
    assert!(validate.status.success(), "{validate:?}");
    // ... `run` reads them, and names the setting.
    let run = std::process::Command::new(binary())
        .args(["run", "--config"])
        .arg(&config)
        .output()
        .unwrap();
    assert!(!run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("exporters.otlphttp.tls.ca_file: cannot read")
            && stderr.contains("missing.pem"),
        "{stderr}"
    );
}
