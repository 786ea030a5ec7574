//! Ingest: the OTLP receivers (gRPC and HTTP) and the transport-independent core they share.
//!
//! Each request is decoded, validated span by span, published to the span log and only then
//! acknowledged. Errors are classified once, here, as permanent (the client must not retry:
//! malformed, too large) or retryable (overloaded, unavailable), and each transport maps that
//! class to its own status codes.

pub mod budget;
pub mod config;
pub mod connection;
pub mod grpc;
pub mod http;
pub mod logs;
pub mod signal;

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTracePartialSuccess, ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use opentelemetry_proto::tonic::resource::v1::Resource;

use self::budget::{BudgetError, Charge, MemoryBudget, SharedCharge};
use self::config::OtlpReceiverConfig;
use self::connection::{ConnectionLimits, TlsAccept};
use crate::bus::{PublishError, SpanBatch, SpanLog};
use crate::export::Forwarder;
use crate::otlp::split::remove_oversize_spans;
use crate::otlp::validate::validate_request;
use crate::otlp::{DecodeError, cost, decode_json_as, decode_protobuf_as};
use crate::security::{AuthError, Authenticator, Caller, ServerTls};
use crate::telemetry::{Metrics, TransportLabels};

/// Why a request was not accepted.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IngestError {
    /// The body is not a valid OTLP request in its declared encoding. Permanent.
    #[error("{0}")]
    Malformed(String),
    /// The body is over the configured limit. Permanent.
    #[error("request is over the limit of {limit} bytes (receivers.otlp.max_request_bytes){}",
        .size.map(|s| format!(": {s} bytes")).unwrap_or_default())]
    TooLarge {
        /// Size seen, when known (reading stops at the limit).
        size: Option<usize>,
        /// The limit.
        limit: usize,
    },
    /// Decoding the body would take more memory than the whole in-flight budget. Permanent.
    #[error("{0}")]
    OverBudget(String),
    /// Content type or encoding we do not speak. Permanent.
    #[error("{0}")]
    Unsupported(String),
    /// The client did not send the request within `request_timeout`.
    #[error("{0}")]
    Timeout(String),
    /// No room on the span log in time. Retryable after the hint.
    #[error("{0}")]
    Overloaded(String),
    /// Shutting down or the span log is unreachable. Retryable.
    #[error("{0}")]
    Unavailable(String),
    /// No valid bearer token. Permanent until the client's configuration changes.
    #[error("{0}")]
    Unauthenticated(#[from] AuthError),
    /// A valid token that may not write these spans (a `service.name` outside its
    /// `services`). Permanent.
    #[error("{0}")]
    Forbidden(String),
}

impl IngestError {
    /// The `reason` label under which refusals are counted.
    pub fn reason(&self) -> &'static str {
        match self {
            IngestError::Malformed(_) => "malformed",
            IngestError::TooLarge { .. } | IngestError::OverBudget(_) => "too_large",
            IngestError::Unsupported(_) => "unsupported",
            IngestError::Timeout(_) => "timeout",
            IngestError::Overloaded(_) => "overloaded",
            IngestError::Unavailable(_) => "unavailable",
            IngestError::Unauthenticated(_) => "unauthenticated",
            IngestError::Forbidden(_) => "forbidden",
        }
    }
}

impl From<DecodeError> for IngestError {
    fn from(error: DecodeError) -> IngestError {
        match error {
            DecodeError::Malformed(m) => IngestError::Malformed(m),
            DecodeError::Unavailable(m) => IngestError::Unavailable(m),
        }
    }
}

/// The two OTLP body encodings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `application/x-protobuf` (and gRPC).
    Protobuf,
    /// `application/json`.
    Json,
}

/// The ingest core shared by both transports.
pub struct Ingest {
    bus: Arc<dyn SpanLog>,
    forwarder: Option<Forwarder>,
    metrics: Arc<Metrics>,
    backpressure_timeout: Duration,
    /// Hint given to clients that are pushed back.
    pub retry_after: Duration,
    /// Largest request accepted, after decompression.
    pub max_request_bytes: usize,
    /// Turns for decoding and publishing requests (`max_concurrent_requests`).
    turns: Arc<tokio::sync::Semaphore>,
    max_concurrent_requests: usize,
    /// Bytes of requests in memory (`max_in_flight_bytes`).
    pub budget: Arc<MemoryBudget>,
    /// Connection limits both listeners apply.
    pub connections: ConnectionLimits,
    /// Deadline for a whole request to arrive.
    pub request_timeout: Duration,
    /// Deadline for an HTTP request's headers.
    pub read_header_timeout: Duration,
    /// gRPC: streams per connection.
    pub max_concurrent_streams: u32,
    /// gRPC: keep-alive interval and timeout.
    pub keepalive: (Duration, Duration),
    /// Bearer tokens callers must present, when configured.
    auth: Option<Authenticator>,
    /// Where accepted OTLP logs go (None: this process does not take logs).
    logs: Option<Arc<dyn logs::LogSink>>,
}

impl Ingest {
    /// Build the ingest core.
    pub fn new(
        config: &OtlpReceiverConfig,
        bus: Arc<dyn SpanLog>,
        forwarder: Option<Forwarder>,
        metrics: Arc<Metrics>,
    ) -> Ingest {
        metrics
            .receiver_in_flight_limit_bytes
            .set(config.max_in_flight_bytes as i64);
        Ingest {
            bus,
            forwarder,
            backpressure_timeout: config.backpressure_timeout,
            retry_after: config.retry_after,
            max_request_bytes: config.max_request_bytes,
            turns: Arc::new(tokio::sync::Semaphore::new(config.max_concurrent_requests)),
            max_concurrent_requests: config.max_concurrent_requests,
            budget: MemoryBudget::new(
                config.max_in_flight_bytes,
                config.backpressure_timeout,
                metrics.receiver_in_flight_bytes.clone(),
            ),
            connections: ConnectionLimits {
                max_connections: config.max_connections,
                idle_timeout: config.idle_timeout,
                handshake_timeout: config.read_header_timeout,
                open: metrics.receiver_open_connections.clone(),
            },
            request_timeout: config.request_timeout,
            read_header_timeout: config.read_header_timeout,
            max_concurrent_streams: config.max_concurrent_streams,
            keepalive: (config.keepalive_interval, config.keepalive_timeout),
            auth: config.auth.as_ref().map(Authenticator::new),
            logs: None,
            metrics,
        }
    }

    /// Accept OTLP logs and hand them to `sink` (without one, logs exports are refused).
    pub fn with_logs(mut self, sink: Option<Arc<dyn logs::LogSink>>) -> Ingest {
        self.logs = sink;
        self
    }

    /// Check a call's `authorization` header (`None`: absent). Without configured tokens
    /// every call is let in (`Ok(None)`). A refusal is counted under `unauthenticated` and
    /// logged with its kind, never the token.
    pub fn authenticate(
        &self,
        transport: &'static str,
        header: Option<&[u8]>,
    ) -> Result<Option<Caller>, IngestError> {
        let Some(auth) = &self.auth else {
            return Ok(None);
        };
        match auth.authenticate(header) {
            Ok(caller) => Ok(Some(caller.clone())),
            Err(e) => {
                tracing::debug!(transport, error = %e, "unauthenticated export refused");
                let error = IngestError::Unauthenticated(e);
                self.refused(transport, &error);
                Err(error)
            }
        }
    }

    /// TLS for `transport`'s listener: failed handshakes are logged at debug and counted
    /// under `tls_handshake`.
    pub fn tls_accept(
        self: &Arc<Self>,
        transport: &'static str,
        tls: Option<Arc<ServerTls>>,
    ) -> Option<TlsAccept> {
        let ingest = self.clone();
        tls.map(|tls| TlsAccept {
            tls,
            on_failure: Arc::new(move |error| {
                tracing::debug!(transport, %error, "TLS handshake failed");
                ingest.metrics.refuse(transport, "tls_handshake", 0);
            }),
        })
    }

    /// Wait (up to the back-pressure timeout) for a turn to decode and publish a received
    /// body; hold the returned permit until the request is answered. Overloaded when none
    /// frees up in time: decoded requests are the largest memory an overload piles up.
    pub async fn turn(
        &self,
        transport: &'static str,
    ) -> Result<tokio::sync::OwnedSemaphorePermit, IngestError> {
        let acquire = self.turns.clone().acquire_owned();
        match tokio::time::timeout(self.backpressure_timeout, acquire).await {
            Ok(Ok(permit)) => Ok(permit),
            Ok(Err(_closed)) => Err(IngestError::Unavailable("shutting down".into())),
            Err(_elapsed) => {
                let error = IngestError::Overloaded(format!(
                    "agentwatch is overloaded: {} requests are being processed \
                     (receivers.otlp.max_concurrent_requests); retry after {}s",
                    self.max_concurrent_requests,
                    self.retry_after.as_secs().max(1)
                ));
                self.refused(transport, &error);
                Err(error)
            }
        }
    }

    /// A shared, empty charge against the memory budget, for a body about to be read.
    pub fn new_charge(&self) -> SharedCharge {
        Arc::new(std::sync::Mutex::new(Some(self.budget.charge())))
    }

    /// Map a budget refusal to the error clients see.
    pub fn budget_error(&self, error: BudgetError) -> IngestError {
        match error {
            BudgetError::TooLarge { .. } => IngestError::OverBudget(error.to_string()),
            BudgetError::Exhausted { .. } => IngestError::Overloaded(format!(
                "{error}; retry after {}s",
                self.retry_after.as_secs().max(1)
            )),
        }
    }

    /// Decode, validate, publish and (optionally) forward one received trace body. `charge`
    /// holds the body's bytes; before decoding it grows by what decoding will allocate (pushed
    /// back or refused when that does not fit), and the decoded request keeps it until handed
    /// on.
    pub async fn export_body(
        &self,
        transport: &'static str,
        encoding: Encoding,
        body: Bytes,
        charge: &SharedCharge,
        caller: Option<&Caller>,
    ) -> Result<ExportTraceServiceResponse, IngestError> {
        let (request, charge, _turn) = self
            .decode_charged::<ExportTraceServiceRequest>(
                transport,
                encoding,
                body,
                charge,
                cost::protobuf_decoded_bytes,
            )
            .await?;
        if let Some(caller) = caller.filter(|c| c.services.is_some()) {
            check_services(caller, &request).inspect_err(|e| {
                self.metrics
                    .refuse(transport, e.reason(), span_count(&request))
            })?;
        }
        self.export_charged(transport, request, Some(charge)).await
    }

    /// The part every signal shares: estimate what decoding `body` will allocate (`estimate`
    /// for protobuf), grow `charge` to it (pushed back or refused when it does not fit), take
    /// a turn, decode as `R`, and shrink the charge to the decoded request, which keeps it.
    /// The turn comes back too: the caller holds it until the request is answered.
    pub(crate) async fn decode_charged<R>(
        &self,
        transport: &'static str,
        encoding: Encoding,
        body: Bytes,
        charge: &SharedCharge,
        estimate: fn(&[u8]) -> Result<usize, String>,
    ) -> Result<(R, Charge, tokio::sync::OwnedSemaphorePermit), IngestError>
    where
        R: prost::Message + Default + serde::de::DeserializeOwned + Send + 'static,
    {
        let count = |e: &IngestError| self.refused(transport, e);
        let decoded = match encoding {
            Encoding::Protobuf => estimate(&body)
                .map_err(|e| IngestError::Malformed(format!("invalid OTLP protobuf: {e}")))
                .inspect_err(count)?,
            Encoding::Json => cost::json_decoded_bytes(&body),
        };
        let mut charge = charge
            .lock()
            .expect("charge lock")
            .take()
            .unwrap_or_else(|| self.budget.charge());
        charge
            .grow_to(body.len().saturating_add(decoded))
            .await
            .map_err(|e| self.budget_error(e))
            .inspect_err(count)?;
        // A turn to decode: bounds the CPU decoding takes, as the budget bounds its memory.
        let turn = self.turn(transport).await?;
        let request = match encoding {
            Encoding::Protobuf => decode_protobuf_as::<R>(body).await,
            Encoding::Json => decode_json_as::<R>(body).await,
        }
        .map_err(IngestError::from)
        .inspect_err(count)?;
        // The body is gone; what stays in memory is the decoded request.
        charge.shrink_to(decoded);
        Ok((request, charge, turn))
    }

    /// Validate, publish and (optionally) forward one decoded request.
    pub async fn export(
        &self,
        transport: &'static str,
        request: ExportTraceServiceRequest,
    ) -> Result<ExportTraceServiceResponse, IngestError> {
        self.export_charged(transport, request, None).await
    }

    async fn export_charged(
        &self,
        transport: &'static str,
        mut request: ExportTraceServiceRequest,
        charge: Option<Charge>,
    ) -> Result<ExportTraceServiceResponse, IngestError> {
        let mut validated = validate_request(&mut request);
        if let Some(limit) = self.bus.max_span_bytes() {
            let oversize = remove_oversize_spans(&mut request, limit);
            if oversize > 0 {
                validated.refuse_oversize(oversize);
            }
        }
        if validated.rejected > 0 {
            self.metrics
                .refuse(transport, "invalid_span", validated.rejected as u64);
        }
        if validated.accepted > 0 {
            let forward = self.forwarder.as_ref().map(|_| request.clone());
            let mut batch = SpanBatch::new(request);
            if let Some(charge) = charge {
                batch.memory = Some(Arc::new(charge));
            }
            let spans = batch.span_count;
            if let Err(e) = self.bus.publish(batch, self.backpressure_timeout).await {
                let err = match e {
                    PublishError::Overloaded { .. } | PublishError::Backlogged(_) => {
                        IngestError::Overloaded(format!(
                            "agentwatch is overloaded: {e}; retry after {}s",
                            self.retry_after.as_secs().max(1)
                        ))
                    }
                    PublishError::Unavailable(_) => IngestError::Unavailable(e.to_string()),
                    PublishError::Refused(_) => IngestError::Malformed(e.to_string()),
                };
                self.metrics.refuse(transport, err.reason(), spans as u64);
                return Err(err);
            }
            self.metrics
                .receiver_accepted_spans
                .get_or_create(&TransportLabels { transport })
                .inc_by(spans as u64);
            if let (Some(forwarder), Some(request)) = (&self.forwarder, forward) {
                forwarder.enqueue(request);
            }
        }
        Ok(ExportTraceServiceResponse {
            partial_success: validated
                .message()
                .map(|error_message| ExportTracePartialSuccess {
                    rejected_spans: validated.rejected as i64,
                    error_message,
                }),
        })
    }

    /// Count a request refused before it could be decoded (its spans are unknown).
    pub fn refused(&self, transport: &'static str, error: &IngestError) {
        self.metrics.refuse(transport, error.reason(), 0);
    }
}

/// A token bound to services may write only their spans: the whole request is refused when
/// one resource names another service (or none).
fn check_services(caller: &Caller, request: &ExportTraceServiceRequest) -> Result<(), IngestError> {
    check_resources(
        caller,
        "spans",
        request.resource_spans.iter().map(|r| r.resource.as_ref()),
    )
}

/// [`check_services`] over any signal's resources; `what` names the signal's items.
fn check_resources<'a>(
    caller: &Caller,
    what: &str,
    resources: impl Iterator<Item = Option<&'a Resource>>,
) -> Result<(), IngestError> {
    for resource in resources {
        let service = resource
            .and_then(|r| r.attributes.iter().find(|kv| kv.key == "service.name"))
            .and_then(|kv| match kv.value.as_ref()?.value.as_ref()? {
                opentelemetry_proto::tonic::common::v1::any_value::Value::StringValue(s) => {
                    Some(s.as_str())
                }
                _ => None,
            });
        let allowed = service.is_some_and(|s| caller.may_write(s));
        if !allowed {
            return Err(IngestError::Forbidden(format!(
                "token '{}' may not write {what} of service '{}'",
                caller.name,
                service.unwrap_or("<no service.name>")
            )));
        }
    }
    Ok(())
}

fn span_count(request: &ExportTraceServiceRequest) -> u64 {
    request
        .resource_spans
        .iter()
        .flat_map(|r| &r.scope_spans)
        .map(|s| s.spans.len() as u64)
        .sum()
}
