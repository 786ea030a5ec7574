//! OTLP/HTTP: `POST /v1/traces` and `POST /v1/logs` (one handler per [`Signal`]) with
//! `application/x-protobuf` or `application/json` bodies,
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
use prost::Message;
use tokio_util::sync::CancellationToken;

use super::budget::{BoxError, BudgetError, BudgetedBody, SharedCharge};
use super::signal::{Logs, Received, Signal, Traces};
use super::{Encoding, Ingest, IngestError};
use crate::security::ServerTls;

const TRANSPORT: &str = "http";

fn content_type(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Protobuf => "application/x-protobuf",
        Encoding::Json => "application/json",
    }
}

/// The OTLP/HTTP routes.
pub fn router(ingest: Arc<Ingest>) -> Router {
    Router::new()
        .route(Traces::HTTP_PATH, post(export::<Traces>))
        .route(Logs::HTTP_PATH, post(export::<Logs>))
        .with_state(ingest)
}

/// Serve OTLP/HTTP on `listener` until `shutdown` fires; in-flight requests finish first.
/// Connections are capped and closed when idle ([`super::connection`]); a client has
/// `read_header_timeout` to send its headers and `request_timeout` for the whole request.
pub async fn serve(
    listener: tokio::net::TcpListener,
    tls: Option<Arc<ServerTls>>,
    ingest: Arc<Ingest>,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let service = hyper_util::service::TowerToHyperService::new(router(ingest.clone()));
    let tls = ingest.tls_accept(TRANSPORT, tls);
    let incoming = super::connection::accept(listener, ingest.connections.clone(), tls);
    super::connection::serve_http1(
        incoming,
        service,
        ingest.read_header_timeout,
        shutdown,
        "OTLP/HTTP",
    )
    .await;
    Ok(())
}

async fn export<S: Signal>(
    State(ingest): State<Arc<Ingest>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    // Until the content type is known, answer errors in JSON (readable with curl).
    let mut encoding = Encoding::Json;
    let result = async {
        // Who calls is checked before anything else (counted there).
        let caller = ingest.authenticate(
            TRANSPORT,
            headers.get(header::AUTHORIZATION).map(|v| v.as_bytes()),
        )?;
        // Refusals before the ingest core takes over are counted here.
        let count = |e: &IngestError| ingest.refused(TRANSPORT, e);
        encoding = content_encoding_of(&headers).inspect_err(count)?;
        // The body is read before the request takes a turn to decode: a slow upload holds
        // only the bytes it sent (charged to the memory budget), not a turn others wait for.
        let charge = ingest.new_charge();
        let read = read_body(&ingest, &headers, body, &charge);
        let body = match tokio::time::timeout(ingest.request_timeout, read).await {
            Ok(body) => body.inspect_err(count)?,
            Err(_elapsed) => {
                let error = IngestError::Timeout(format!(
                    "request body not received within {:?} (receivers.otlp.request_timeout)",
                    ingest.request_timeout
                ));
                count(&error);
                return Err(error);
            }
        };
        S::export(Received {
            ingest: &ingest,
            transport: TRANSPORT,
            encoding,
            body,
            charge: &charge,
            caller: caller.as_ref(),
        })
        .await
    }
    .await;
    match result {
        Ok(response) => success::<S>(encoding, &response),
        Err(e) => {
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

/// Read the body within the limit, its bytes charged to the memory budget as they arrive,
/// then undo `Content-Encoding: gzip` within the same limit.
async fn read_body(
    ingest: &Ingest,
    headers: &HeaderMap,
    body: Body,
    charge: &SharedCharge,
) -> Result<Bytes, IngestError> {
    let limit = ingest.max_request_bytes;
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
    let refuse = |e: BudgetError| -> BoxError { Box::new(e) };
    let budgeted = Body::new(BudgetedBody::new(body, charge.clone(), refuse));
    let raw = axum::body::to_bytes(budgeted, limit).await.map_err(|e| {
        if let Some(budget) = budget_error_in(&e) {
            return ingest.budget_error(budget);
        }
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
    // Inflating holds the compressed and the inflated body (at most the limit, and deflate
    // expands at most ~1032:1).
    let most = raw.len().saturating_mul(1032).min(limit + 1);
    let mut held = charge.lock().expect("charge lock").take();
    if let Some(held) = &mut held {
        held.grow_to(raw.len() + most)
            .await
            .map_err(|e| ingest.budget_error(e))?;
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
    let inflated = if raw_len_small(headers) {
        inflate()
    } else {
        tokio::task::spawn_blocking(inflate)
            .await
            .map_err(|e| IngestError::Unavailable(format!("decompression task failed: {e}")))?
    }?;
    if let Some(mut held) = held {
        held.shrink_to(inflated.len());
        *charge.lock().expect("charge lock") = Some(held);
    }
    Ok(inflated)
}

/// The budget's refusal, if that is what ended reading a body.
fn budget_error_in(error: &(dyn std::error::Error + 'static)) -> Option<BudgetError> {
    let mut source = Some(error);
    while let Some(e) = source {
        if let Some(budget) = e.downcast_ref::<BudgetError>() {
            return Some(budget.clone());
        }
        source = e.source();
    }
    None
}

/// Small compressed bodies inflate inline; the rest on the blocking pool.
fn raw_len_small(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        .is_some_and(|n| n <= 16 * 1024)
}

fn success<S: Signal>(encoding: Encoding, response: &S::Response) -> Response {
    let body = match encoding {
        Encoding::Protobuf => response.encode_to_vec(),
        // OTLP/JSON omits unset fields: `{}` when everything was accepted.
        Encoding::Json => S::json_response(response).to_string().into_bytes(),
    };
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, content_type(encoding))],
        body,
    )
        .into_response()
}

fn failure(encoding: Encoding, error: &IngestError, retry_after: std::time::Duration) -> Response {
    let (status, grpc_code) = match error {
        IngestError::Malformed(_) => (StatusCode::BAD_REQUEST, tonic::Code::InvalidArgument),
        IngestError::TooLarge { .. } | IngestError::OverBudget(_) => {
            (StatusCode::PAYLOAD_TOO_LARGE, tonic::Code::InvalidArgument)
        }
        IngestError::Timeout(_) => (StatusCode::REQUEST_TIMEOUT, tonic::Code::DeadlineExceeded),
        IngestError::Unsupported(_) => (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            tonic::Code::InvalidArgument,
        ),
        IngestError::Overloaded(_) => (
            StatusCode::TOO_MANY_REQUESTS,
            tonic::Code::ResourceExhausted,
        ),
        IngestError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, tonic::Code::Unavailable),
        IngestError::Unauthenticated(_) => (StatusCode::UNAUTHORIZED, tonic::Code::Unauthenticated),
        IngestError::Forbidden(_) => (StatusCode::FORBIDDEN, tonic::Code::PermissionDenied),
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
        [(header::CONTENT_TYPE, content_type(encoding))],
        body,
    )
        .into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"agentwatch\""),
        );
    }
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
