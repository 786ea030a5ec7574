//! OTLP in over real sockets: gRPC (tonic client) and HTTP (protobuf, JSON, gzip), good and bad
//! input. After every kind of bad input, a good request must still succeed.

mod common;

use std::io::Write;

use bytes::{Buf, BufMut, Bytes};
use common::*;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use prost::Message;
use tonic::codec::{Codec, CompressionEncoding, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::{Code, Status};

const EXPORT: &str = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";

async fn client(aw: &Agentwatch) -> TraceServiceClient<tonic::transport::Channel> {
    TraceServiceClient::connect(aw.grpc_url()).await.unwrap()
}

/// Sends arbitrary bytes as the Export message: how a broken exporter looks on the wire.
struct RawCodec;
struct RawEncoder;
struct ResponseDecoder;

impl Codec for RawCodec {
    type Encode = Bytes;
    type Decode = ExportTraceServiceResponse;
    type Encoder = RawEncoder;
    type Decoder = ResponseDecoder;
    fn encoder(&mut self) -> RawEncoder {
        RawEncoder
    }
    fn decoder(&mut self) -> ResponseDecoder {
        ResponseDecoder
    }
}

impl Encoder for RawEncoder {
    type Item = Bytes;
    type Error = Status;
    fn encode(&mut self, item: Bytes, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        dst.put(item);
        Ok(())
    }
}

impl Decoder for ResponseDecoder {
    type Item = ExportTraceServiceResponse;
    type Error = Status;
    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Self::Item>, Status> {
        let bytes = src.copy_to_bytes(src.remaining());
        Ok(Some(
            ExportTraceServiceResponse::decode(bytes)
                .map_err(|e| Status::internal(e.to_string()))?,
        ))
    }
}

async fn raw_export(aw: &Agentwatch, body: Vec<u8>) -> Result<ExportTraceServiceResponse, Status> {
    let channel = tonic::transport::Endpoint::from_shared(aw.grpc_url())
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready().await.unwrap();
    grpc.unary(
        tonic::Request::new(Bytes::from(body)),
        http::uri::PathAndQuery::from_static(EXPORT),
        RawCodec,
    )
    .await
    .map(|r| r.into_inner())
}

fn good_request(service: &str, n: u64) -> ExportTraceServiceRequest {
    let trace = trace_id(n);
    request(
        service,
        vec![
            chat_span(&trace, 0, "The 09:40 TAP flight to Lisbon is €120."),
            tool_span(&trace, 1, "search_flights", true),
        ],
    )
}

/// A good request over gRPC, then both spans are scored: latency for both, tool_error for the tool.
async fn assert_good_grpc_request_works(aw: &Agentwatch, service: &str, n: u64) {
    let response = client(aw)
        .await
        .export(good_request(service, n))
        .await
        .expect("a good request succeeds")
        .into_inner();
    assert_eq!(response.partial_success, None);
    aw.wait_rows(&format!("service = '{service}'"), 3);
}

/// span_id, operation, agent, model, tool, evaluator, value, label, detail, trace_id
type StoredScore = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    f64,
    String,
    Option<String>,
    String,
);

/// what, content type, content encoding, body, expected status, expected text in the message
type BadHttpCase = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Vec<u8>,
    u16,
    &'static str,
);

#[tokio::test(flavor = "multi_thread")]
async fn grpc_export_with_gzip_is_scored() {
    let aw = Agentwatch::start("");
    let trace = trace_id(1);
    let req = request(
        "grpc-svc",
        vec![
            chat_span(&trace, 0, "Here are three flights."),
            tool_span(&trace, 1, "search_flights", true),
            tool_span(&trace, 2, "book_flight", false),
        ],
    );
    let mut c = client(&aw).await.send_compressed(CompressionEncoding::Gzip);
    let response = c.export(req).await.unwrap().into_inner();
    assert_eq!(response.partial_success, None);

    // 3 spans × 3 evaluators each (content evaluators are covered in content_evaluators.rs).
    aw.wait_rows("service = 'grpc-svc'", 9);
    let conn = aw.sql();
    let mut stmt = conn
        .prepare(
            "SELECT span_id, operation, agent, model, tool, evaluator, value, label, detail, trace_id
             FROM scores WHERE service = 'grpc-svc' AND evaluator IN ('latency', 'tool_error')
             ORDER BY span_id, evaluator",
        )
        .unwrap();
    let rows: Vec<StoredScore> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 5, "{rows:?}");
    let hex_trace = hex::encode(&trace);
    assert!(rows.iter().all(|r| r.9 == hex_trace));
    // Chat span: latency only, 840 ms, with its model and agent.
    assert_eq!(rows[0].0, hex::encode(span_id(0)));
    assert_eq!(
        (
            rows[0].1.as_str(),
            rows[0].5.as_str(),
            rows[0].6,
            rows[0].7.as_str()
        ),
        ("llm", "latency", 840.0, "ok")
    );
    assert_eq!(rows[0].2.as_deref(), Some("travel-planner"));
    assert_eq!(rows[0].3.as_deref(), Some("gpt-4o-mini-2024-07-18"));
    // Failed tool: latency + tool_error = 1 with masked evidence (type, not the message).
    assert_eq!((rows[1].5.as_str(), rows[1].6), ("latency", 120.0));
    assert_eq!(
        (
            rows[2].4.as_deref(),
            rows[2].5.as_str(),
            rows[2].6,
            rows[2].7.as_str()
        ),
        (Some("search_flights"), "tool_error", 1.0, "fail")
    );
    let detail = rows[2].8.as_deref().unwrap();
    assert!(detail.contains("TimeoutError"), "{detail}");
    assert!(
        !detail.contains("timed out"),
        "error messages are not stored: {detail}"
    );
    // Healthy tool.
    assert_eq!(
        (
            rows[4].4.as_deref(),
            rows[4].5.as_str(),
            rows[4].6,
            rows[4].7.as_str()
        ),
        (Some("book_flight"), "tool_error", 0.0, "ok")
    );
    assert_eq!(
        aw.metric("agentwatch_receiver_accepted_spans_total{transport=\"grpc\"}"),
        3.0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn grpc_bad_input_gets_clear_errors_and_server_keeps_serving() {
    let aw = Agentwatch::start_with("", "    max_request_bytes: 65536\n");

    // Malformed protobuf: INVALID_ARGUMENT (permanent), not INTERNAL (which exporters retry).
    let err = raw_export(&aw, vec![0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01])
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument, "{err:?}");
    assert!(
        err.message().contains("invalid OTLP protobuf"),
        "{}",
        err.message()
    );
    assert_good_grpc_request_works(&aw, "after-malformed", 10).await;

    // Invalid UTF-8 in a string field (service.name value).
    let mut bytes =
        request("UTF8SVC", vec![tool_span(&trace_id(11), 0, "t", false)]).encode_to_vec();
    let pos = bytes.windows(7).position(|w| w == b"UTF8SVC").unwrap();
    bytes[pos] = 0xff;
    let err = raw_export(&aw, bytes).await.unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert!(err.message().contains("UTF-8"), "{}", err.message());
    assert_good_grpc_request_works(&aw, "after-utf8", 12).await;

    // Oversize: over receivers.otlp.max_request_bytes.
    let big = "x".repeat(70_000);
    let err = client(&aw)
        .await
        .export(request("big", vec![chat_span(&trace_id(13), 0, &big)]))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::ResourceExhausted, "{err:?}");
    assert!(
        err.message().contains("over the limit of 65536 bytes"),
        "{}",
        err.message()
    );
    assert!(
        err.message().contains("receivers.otlp.max_request_bytes"),
        "{}",
        err.message()
    );
    assert_good_grpc_request_works(&aw, "after-oversize", 14).await;
    // Oversize after decompression (a small gzip frame that inflates past the limit).
    let err = client(&aw)
        .await
        .send_compressed(CompressionEncoding::Gzip)
        .export(request(
            "bomb",
            vec![chat_span(&trace_id(13), 0, &"y".repeat(500_000))],
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::ResourceExhausted, "{err:?}");
    assert!(
        err.message().contains("over the limit of 65536 bytes"),
        "{}",
        err.message()
    );
    assert_good_grpc_request_works(&aw, "after-bomb", 18).await;

    // Empty request: success with a partial_success warning, nothing rejected.
    let response = client(&aw)
        .await
        .export(ExportTraceServiceRequest::default())
        .await
        .unwrap()
        .into_inner();
    let partial = response.partial_success.unwrap();
    assert_eq!(partial.rejected_spans, 0);
    assert_eq!(partial.error_message, "request contained no spans");

    // Unknown fields (a newer OTLP version): ignored, as protobuf requires; the span is scored.
    let mut bytes = request(
        "unknown-fields",
        vec![tool_span(&trace_id(15), 0, "t", false)],
    )
    .encode_to_vec();
    bytes.extend_from_slice(&[0xf8, 0x06, 0x01]); // field 111, varint 1
    raw_export(&aw, bytes)
        .await
        .expect("unknown fields are ignored");
    aw.wait_rows("service = 'unknown-fields'", 2);

    // Invalid spans are rejected one by one through partial_success; the rest go through.
    let trace = trace_id(16);
    let mut bad_id = tool_span(&trace, 1, "t", false);
    bad_id.span_id = vec![0; 8];
    let mut backwards = tool_span(&trace, 2, "t", false);
    backwards.end_time_unix_nano = backwards.start_time_unix_nano - 1;
    let response = client(&aw)
        .await
        .export(request(
            "partial",
            vec![tool_span(&trace, 0, "t", false), bad_id, backwards],
        ))
        .await
        .unwrap()
        .into_inner();
    let partial = response.partial_success.unwrap();
    assert_eq!(partial.rejected_spans, 2);
    assert!(
        partial.error_message.contains("span_id must be 8 bytes"),
        "{}",
        partial.error_message
    );
    assert!(
        partial.error_message.contains("before start"),
        "{}",
        partial.error_message
    );
    aw.wait_rows("service = 'partial' AND evaluator = 'latency'", 1);
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert_eq!(
        count_rows(&aw.db, "service = 'partial' AND evaluator = 'latency'"),
        1
    );

    // Unknown method.
    let channel = tonic::transport::Endpoint::from_shared(aw.grpc_url())
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready().await.unwrap();
    let err = grpc
        .unary(
            tonic::Request::new(Bytes::new()),
            // Traces and logs are served (logs: tests/genai_logs.rs); metrics are not.
            http::uri::PathAndQuery::from_static(
                "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export",
            ),
            RawCodec,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Unimplemented);

    assert!(
        aw.metric(
            "agentwatch_receiver_refused_requests_total{transport=\"grpc\",reason=\"malformed\"}"
        ) >= 2.0
    );
    assert_eq!(
        aw.metric(
            "agentwatch_receiver_refused_requests_total{transport=\"grpc\",reason=\"too_large\"}"
        ),
        2.0
    );
    assert_eq!(
        aw.metric(
            "agentwatch_receiver_refused_spans_total{transport=\"grpc\",reason=\"invalid_span\"}"
        ),
        2.0
    );
    assert_good_grpc_request_works(&aw, "at-the-end", 17).await;
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

async fn post(
    aw: &Agentwatch,
    content_type: Option<&str>,
    encoding: Option<&str>,
    body: Vec<u8>,
) -> reqwest::Response {
    let mut req = reqwest::Client::new()
        .post(aw.http_url("/v1/traces"))
        .body(body);
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    if let Some(enc) = encoding {
        req = req.header("content-encoding", enc);
    }
    req.send().await.unwrap()
}

async fn assert_good_http_request_works(aw: &Agentwatch, service: &str, n: u64) {
    let body = good_request(service, n).encode_to_vec();
    let response = post(aw, Some("application/x-protobuf"), None, body).await;
    assert_eq!(response.status(), 200);
    aw.wait_rows(&format!("service = '{service}'"), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn http_protobuf_json_and_gzip_are_scored() {
    let aw = Agentwatch::start("");
    // Protobuf.
    let response = post(
        &aw,
        Some("application/x-protobuf"),
        None,
        good_request("http-proto", 20).encode_to_vec(),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/x-protobuf");
    let decoded = ExportTraceServiceResponse::decode(response.bytes().await.unwrap()).unwrap();
    assert_eq!(decoded.partial_success, None);
    aw.wait_rows("service = 'http-proto'", 3);

    // Protobuf + gzip.
    let body = gzip(&good_request("http-proto-gzip", 21).encode_to_vec());
    assert_eq!(
        post(&aw, Some("application/x-protobuf"), Some("gzip"), body)
            .await
            .status(),
        200
    );
    aw.wait_rows("service = 'http-proto-gzip'", 3);

    // JSON exactly as the OTLP/JSON spec writes it: hex ids, string nanos, int enums.
    let trace = hex::encode(trace_id(22));
    let start = now_nanos();
    let json = serde_json::json!({"resourceSpans": [{
    "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "http-json"}}]},
    "scopeSpans": [{"scope": {"name": "opentelemetry.instrumentation.openai_v2", "version": "2.1b0"},
      "spans": [{
        "traceId": trace, "spanId": "00f067aa0ba902b7", "name": "execute_tool get_weather",
        "kind": 1, "startTimeUnixNano": start.to_string(), "endTimeUnixNano": (start + 2_500_000).to_string(),
        "attributes": [
          {"key": "gen_ai.operation.name", "value": {"stringValue": "execute_tool"}},
          {"key": "gen_ai.tool.name", "value": {"stringValue": "get_weather"}}],
        "status": {"code": 2, "message": "boom"}
      }]}]}]});
    let response = post(
        &aw,
        Some("application/json"),
        None,
        json.to_string().into_bytes(),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.text().await.unwrap(), "{}");
    aw.wait_rows(
        "service = 'http-json' AND evaluator IN ('latency', 'tool_error')",
        2,
    );
    let (value, label): (f64, String) = aw
        .sql()
        .query_row(
            "SELECT value, label FROM scores WHERE service = 'http-json' AND evaluator = 'tool_error'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((value, label.as_str()), (1.0, "fail"));
    let latency: f64 = aw
        .sql()
        .query_row(
            "SELECT value FROM scores WHERE service = 'http-json' AND evaluator = 'latency'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(latency, 2.5);

    // JSON + gzip, with fields this OTLP version does not know: ignored, per the OTLP/JSON rules.
    let mut with_unknown = json.clone();
    with_unknown["resourceSpans"][0]["scopeSpans"][0]["spans"][0]["spanId"] =
        "00f067aa0ba902b8".into();
    with_unknown["resourceSpans"][0]["resource"]["attributes"][0]["value"]["stringValue"] =
        "http-json-gzip".into();
    with_unknown["resourceSpans"][0]["futureField"] = serde_json::json!({"x": 1});
    with_unknown["resourceSpans"][0]["scopeSpans"][0]["spans"][0]["someNewThing"] = "y".into();
    let response = post(
        &aw,
        Some("application/json; charset=utf-8"),
        Some("gzip"),
        gzip(with_unknown.to_string().as_bytes()),
    )
    .await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    aw.wait_rows("service = 'http-json-gzip'", 2);
    // JSON partial success: the span without a start time is rejected, with the reason.
    let mut partial = json.clone();
    partial["resourceSpans"][0]["scopeSpans"][0]["spans"][0]["startTimeUnixNano"] = "0".into();
    let response = post(
        &aw,
        Some("application/json"),
        None,
        partial.to_string().into_bytes(),
    )
    .await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["partialSuccess"]["rejectedSpans"], 1, "{body}");
    let message = body["partialSuccess"]["errorMessage"].as_str().unwrap();
    assert!(
        message.contains("start_time_unix_nano is missing"),
        "{body}"
    );
    assert_eq!(
        aw.metric("agentwatch_receiver_accepted_spans_total{transport=\"http\"}"),
        6.0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn http_bad_input_gets_clear_errors_and_server_keeps_serving() {
    let aw = Agentwatch::start_with("", "    max_request_bytes: 65536\n");
    let cases: Vec<BadHttpCase> = vec![
        ("malformed protobuf", Some("application/x-protobuf"), None, vec![0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f], 400, "invalid OTLP protobuf"),
        ("malformed JSON", Some("application/json"), None, b"{\"resourceSpans\": [".to_vec(), 400, "invalid OTLP/JSON"),
        ("wrong JSON type", Some("application/json"), None, br#"{"resourceSpans": 7}"#.to_vec(), 400, "invalid OTLP/JSON"),
        ("bad hex trace id", Some("application/json"), None, br#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"zz"}]}]}]}"#.to_vec(), 400, "invalid OTLP/JSON"),
        ("invalid UTF-8 in JSON", Some("application/json"), None, b"{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":\"\xff\xfe\"}}]}}]}".to_vec(), 400, "invalid OTLP/JSON"),
        ("empty JSON body", Some("application/json"), None, vec![], 400, "invalid OTLP/JSON"),
        ("not gzip", Some("application/x-protobuf"), Some("gzip"), b"plain".to_vec(), 400, "invalid gzip body"),
        ("oversize body", Some("application/x-protobuf"), None, vec![0u8; 70_000], 413, "65536"),
        ("gzip bomb", Some("application/x-protobuf"), Some("gzip"), gzip(&vec![0u8; 5_000_000]), 413, "65536"),
        ("no content type", None, None, b"x".to_vec(), 415, "missing Content-Type"),
        ("text/plain", Some("text/plain"), None, b"x".to_vec(), 415, "text/plain"),
        ("zstd", Some("application/x-protobuf"), Some("zstd"), b"x".to_vec(), 415, "zstd"),
    ];
    for (i, (what, ct, enc, body, status, needle)) in cases.into_iter().enumerate() {
        let response = post(&aw, ct, enc, body).await;
        assert_eq!(response.status(), status, "{what}");
        let is_proto = ct == Some("application/x-protobuf");
        let body = response.bytes().await.unwrap();
        let message = if is_proto {
            tonic_types::Status::decode(body)
                .unwrap_or_else(|e| panic!("{what}: status body: {e}"))
                .message
        } else {
            serde_json::from_slice::<serde_json::Value>(&body).unwrap()["message"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        assert!(message.contains(needle), "{what}: {message}");
        assert_good_http_request_works(&aw, &format!("http-after-{i}"), 100 + i as u64).await;
    }
    // Empty protobuf body = empty request: success, with a warning.
    let response = post(&aw, Some("application/x-protobuf"), None, vec![]).await;
    assert_eq!(response.status(), 200);
    let decoded = ExportTraceServiceResponse::decode(response.bytes().await.unwrap()).unwrap();
    assert_eq!(
        decoded.partial_success.unwrap().error_message,
        "request contained no spans"
    );
    // Wrong method and path.
    let response = reqwest::Client::new()
        .get(aw.http_url("/v1/traces"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    let response = reqwest::Client::new()
        .post(aw.http_url("/v1/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert!(
        aw.metric(
            "agentwatch_receiver_refused_requests_total{transport=\"http\",reason=\"malformed\"}"
        ) >= 7.0
    );
    assert!(
        aw.metric(
            "agentwatch_receiver_refused_requests_total{transport=\"http\",reason=\"too_large\"}"
        ) >= 2.0
    );
}

/// A 6 MB attribute (under the 16 MiB request limit) is accepted; the span is scored and the
/// stored row holds no copy of it.
#[tokio::test(flavor = "multi_thread")]
async fn huge_attribute_is_accepted_and_scored() {
    let aw = Agentwatch::start("");
    let trace = trace_id(30);
    let huge = "All systems nominal. ".repeat(300_000);
    let mut span = chat_span(&trace, 0, &huge);
    span.attributes.push(s("app.debug_dump", &huge));
    let response = client(&aw)
        .await
        .export(request(
            "huge",
            vec![span, tool_span(&trace, 1, "t", false)],
        ))
        .await
        .expect("accepted")
        .into_inner();
    assert_eq!(response.partial_success, None);
    aw.wait_rows("service = 'huge'", 3);
    let longest: i64 = aw
        .sql()
        .query_row(
            "SELECT max(length(coalesce(detail, '')) + length(span_name)) FROM scores WHERE service = 'huge'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(longest < 1000, "{longest}");
    assert_good_grpc_request_works(&aw, "after-huge", 31).await;
}
