//! OTLP/HTTP: `POST /v1/traces` with `application/x-protobuf` or `application/json` bodies,
//! optionally gzip-compressed. Responses use the request's encoding; errors carry a
//! `google.rpc.Status` body, and push-back answers (429, 503) carry `Retry-After`.

use std::io::Read;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use bytes::Bytes;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceResponse;
use prost::Message;
use tokio_util::sync::CancellationToken;

use super::{Ingest, IngestError};
use crate::otlp::{decode_json, decode_protobuf};

const TRANSPORT: &str = "http";

/// The two OTLP/HTTP body encodings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Protobuf,
    Json,
}

impl Encoding {
    fn content_type(self) -> &'static str {
        match self {
            Encoding::Protobuf => "application/x-protobuf",
            Encoding::Json => "application/json",
        }
    }
}

/// The OTLP/HTTP routes.
pub fn router(ingest: Arc<Ingest>) -> Router {
    Router::new()
        .route("/v1/traces", post(export))
        .with_state(ingest)
}

/// Serve OTLP/HTTP on `listener` until `shutdown` fires; in-flight requests finish first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    ingest: Arc<Ingest>,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    axum::serve(listener, router(ingest))
        .with_graceful_shutdown(shutdown.cancelled_owned())
        .await
}

async fn export(State(ingest): State<Arc<Ingest>>, headers: HeaderMap, body: Body) -> Response {
    // Until the content type is known, answer errors in JSON (readable with curl).
    let mut encoding = Encoding::Json;
    let result = async {
        encoding = content_encoding_of(&headers)?;
        // A turn before the body is read: bodies and their decoded requests are what an
        // overload piles up in memory.
        let _turn = ingest.turn(TRANSPORT).await?;
        let body = read_body(&headers, body, ingest.max_request_bytes).await?;
        let request = match encoding {
            Encoding::Protobuf => decode_protobuf(body).await?,
            Encoding::Json => decode_json(body).await?,
        };
        ingest.export(TRANSPORT, request).await
    }
    .await;
    match result {
        Ok(response) => success(encoding, &response),
        Err(e) => {
            // Refusals after decoding were counted by the ingest core.
            if matches!(
                e,
                IngestError::Malformed(_)
                    | IngestError::TooLarge { .. }
                    | IngestError::Unsupported(_)
            ) {
                ingest.refused(TRANSPORT, &e);
            }
            tracing::debug!(error = %e, "refused HTTP export");
            failure(encoding, &e, ingest.retry_after)
        }
    }
}

fn content_encoding_of(headers: &HeaderMap) -> Result<Encoding, IngestError> {
    let raw = headers
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap_or(""))
        .unwrap_or("");
    let mime = raw
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match mime.as_str() {
        "application/x-protobuf" | "application/protobuf" => Ok(Encoding::Protobuf),
        "application/json" => Ok(Encoding::Json),
        "" => Err(IngestError::Unsupported(
            "missing Content-Type: send application/x-protobuf or application/json".into(),
        )),
        other => Err(IngestError::Unsupported(format!(
            "unsupported Content-Type '{other}': send application/x-protobuf or application/json"
        ))),
    }
}

/// Read the body within the limit, then undo `Content-Encoding: gzip` within the same limit.
async fn read_body(headers: &HeaderMap, body: Body, limit: usize) -> Result<Bytes, IngestError> {
    let gzip = match headers
        .get(header::CONTENT_ENCODING)
        .map(|v| v.to_str().unwrap_or("?").trim().to_ascii_lowercase())
        .as_deref()
    {
        None | Some("") | Some("identity") => false,
        Some("gzip") => true,
        Some(other) => {
            return Err(IngestError::Unsupported(format!(
                "unsupported Content-Encoding '{other}': send gzip or no encoding"
            )));
        }
    };
    let raw = axum::body::to_bytes(body, limit).await.map_err(|e| {
        let too_large = std::error::Error::source(&e)
            .is_some_and(|s| s.is::<http_body_util::LengthLimitError>());
        if too_large {
            IngestError::TooLarge { size: None, limit }
        } else {
            IngestError::Malformed(format!("cannot read request body: {e}"))
        }
    })?;
    if !gzip {
        return Ok(raw);
    }
    let inflate = move || -> Result<Bytes, IngestError> {
        let mut out = Vec::with_capacity(raw.len().saturating_mul(4).min(limit + 1));
        // Read one byte past the limit to tell "exactly at the limit" from "over it".
        flate2::read::GzDecoder::new(&raw[..])
            .take(limit as u64 + 1)
            .read_to_end(&mut out)
            .map_err(|e| IngestError::Malformed(format!("invalid gzip body: {e}")))?;
        if out.len() > limit {
            return Err(IngestError::TooLarge { size: None, limit });
        }
        Ok(Bytes::from(out))
    };
    if raw_len_small(headers) {
        inflate()
    } else {
        tokio::task::spawn_blocking(inflate)
            .await
            .map_err(|e| IngestError::Unavailable(format!("decompression task failed: {e}")))?
    }
}

/// Small compressed bodies inflate inline; the rest on the blocking pool.
fn raw_len_small(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        .is_some_and(|n| n <= 16 * 1024)
}

fn success(encoding: Encoding, response: &ExportTraceServiceResponse) -> Response {
    let body = match encoding {
        Encoding::Protobuf => response.encode_to_vec(),
        // OTLP/JSON omits unset fields: `{}` when everything was accepted.
        Encoding::Json => match &response.partial_success {
            None => b"{}".to_vec(),
            Some(p) => serde_json::to_vec(&serde_json::json!({
                "partialSuccess": {
                    "rejectedSpans": p.rejected_spans,
                    "errorMessage": p.error_message,
                }
            }))
            .expect("response serializes"),
        },
    };
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, encoding.content_type())],
        body,
    )
        .into_response()
}

fn failure(encoding: Encoding, error: &IngestError, retry_after: std::time::Duration) -> Response {
    let (status, grpc_code) = match error {
        IngestError::Malformed(_) => (StatusCode::BAD_REQUEST, tonic::Code::InvalidArgument),
        IngestError::TooLarge { .. } => {
            (StatusCode::PAYLOAD_TOO_LARGE, tonic::Code::InvalidArgument)
        }
        IngestError::Unsupported(_) => (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            tonic::Code::InvalidArgument,
        ),
        IngestError::Overloaded(_) => (
            StatusCode::TOO_MANY_REQUESTS,
            tonic::Code::ResourceExhausted,
        ),
        IngestError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, tonic::Code::Unavailable),
    };
    let message = error.to_string();
    let body = match encoding {
        Encoding::Protobuf => tonic_types::Status {
            code: grpc_code as i32,
            message,
            details: vec![],
        }
        .encode_to_vec(),
        Encoding::Json => serde_json::to_vec(&serde_json::json!({
            "code": grpc_code as i32,
            "message": message,
        }))
        .expect("status serializes"),
    };
    let mut response = (
        status,
        [(header::CONTENT_TYPE, encoding.content_type())],
        body,
    )
        .into_response();
    if matches!(
        status,
        StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
    ) {
        let secs = retry_after.as_secs().max(1);
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}
