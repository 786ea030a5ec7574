//! OTLP/gRPC: `opentelemetry.proto.collector.trace.v1.TraceService/Export` and
//! `opentelemetry.proto.collector.logs.v1.LogsService/Export` (one router per [`Signal`]).
//!
//! The service is written against tonic's server primitives instead of the generated
//! `TraceServiceServer` for one reason: tonic's prost codec answers undecodable messages with
//! INTERNAL, which tells an exporter to retry a request that can never succeed. Here the codec
//! hands over raw bytes and decoding happens in the handler, so malformed input is
//! INVALID_ARGUMENT (permanent, per OTLP) and large bodies decode off the reactor.

use std::convert::Infallible;
use std::marker::PhantomData;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::{Buf, Bytes};
use prost::Message;
use tokio_util::sync::CancellationToken;
use tonic::codec::{Codec, CompressionEncoding, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::server::{Grpc, NamedService, UnaryService};
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

use super::budget::{BoxError, BudgetError, BudgetedBody, SharedCharge};
use super::signal::{Logs, Received, Signal, Traces};
use super::{Encoding, Ingest, IngestError};
use crate::security::{Caller, ServerTls};

const TRANSPORT: &str = "grpc";

/// The OTLP services' shared core: status mapping and size-limit explanations.
#[derive(Clone)]
pub struct OtlpGrpcService {
    ingest: Arc<Ingest>,
}

impl OtlpGrpcService {
    /// Wrap the ingest core.
    pub fn new(ingest: Arc<Ingest>) -> OtlpGrpcService {
        OtlpGrpcService { ingest }
    }

    fn status(&self, error: &IngestError) -> Status {
        let message = error.to_string();
        match error {
            IngestError::Malformed(_) | IngestError::Unsupported(_) => {
                Status::invalid_argument(message)
            }
            IngestError::TooLarge { .. } | IngestError::OverBudget(_) => {
                Status::resource_exhausted(message)
            }
            IngestError::Timeout(_) => Status::deadline_exceeded(message),
            // RESOURCE_EXHAUSTED is retried by OTLP exporters only with RetryInfo attached.
            IngestError::Overloaded(_) => Status::with_error_details(
                Code::ResourceExhausted,
                message,
                ErrorDetails::with_retry_info(Some(self.ingest.retry_after)),
            ),
            IngestError::Unavailable(_) => Status::with_error_details(
                Code::Unavailable,
                message,
                ErrorDetails::with_retry_info(Some(self.ingest.retry_after)),
            ),
            IngestError::Unauthenticated(_) => Status::unauthenticated(message),
            IngestError::Forbidden(_) => Status::permission_denied(message),
        }
    }

    /// tonic refuses a message over the size limit with OUT_OF_RANGE (which OTLP exporters
    /// retry forever) or, when it inflates past the limit, RESOURCE_EXHAUSTED with a message
    /// that does not say which setting applies. Our handler never answers OUT_OF_RANGE, and its
    /// own RESOURCE_EXHAUSTED says "overloaded", so these are recognisable: answer
    /// RESOURCE_EXHAUSTED without RetryInfo (permanent) and name the setting.
    fn explain_size_limit(
        &self,
        response: http::Response<tonic::body::Body>,
    ) -> http::Response<tonic::body::Body> {
        let Some(status) = Status::from_header_map(response.headers()) else {
            return response;
        };
        let size = match status.code() {
            Code::OutOfRange => status
                .message()
                .split("found ")
                .nth(1)
                .and_then(|rest| rest.split(' ').next()?.parse::<usize>().ok()),
            Code::ResourceExhausted
                if status
                    .message()
                    .starts_with("Error decompressing: size limit") =>
            {
                None
            }
            _ => return response,
        };
        let error = IngestError::TooLarge {
            size,
            limit: self.ingest.max_request_bytes,
        };
        self.ingest.refused(TRANSPORT, &error);
        self.status(&error).into_http()
    }

    async fn export<S: Signal>(
        &self,
        body: Bytes,
        charge: &SharedCharge,
        caller: Option<&Caller>,
    ) -> Result<S::Response, Status> {
        let bytes = body.len();
        S::export(Received {
            ingest: &self.ingest,
            transport: TRANSPORT,
            encoding: Encoding::Protobuf,
            body,
            charge,
            caller,
        })
        .await
        .map_err(|e| {
            tracing::debug!(error = %e, bytes, "refused gRPC export");
            self.status(&e)
        })
    }
}

/// The memory charge of one call, from its body being read to its handler, and who called.
#[derive(Clone)]
struct CallSlot {
    charge: SharedCharge,
    caller: Option<Caller>,
}

/// Serve OTLP/gRPC on `listener` (over TLS when `tls` is given) until `shutdown` fires;
/// in-flight calls finish first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    tls: Option<Arc<ServerTls>>,
    ingest: Arc<Ingest>,
    shutdown: CancellationToken,
) -> Result<(), tonic::transport::Error> {
    let limit = ingest.max_request_bytes;
    let tls = ingest.tls_accept(TRANSPORT, tls);
    let incoming = super::connection::accept(listener, ingest.connections.clone(), tls);
    let mut builder = tonic::transport::Server::builder()
        // HTTP/2 flow control bounds what a connection may send before its request is read.
        // 512 KiB per stream (1 MiB per connection): a 1 MB request needs one window update,
        // not three (with 256 KiB, ~10% fewer spans/s end to end). Frames up to 256 KiB (h2's
        // default is 16 KiB): a 1 MB request is 4 frames instead of 64 (the ingest bench went
        // from 200 k to 307 k spans/s with both). What a call reads is charged to the memory
        // budget as it arrives.
        .initial_stream_window_size(512 * 1024)
        .initial_connection_window_size(1024 * 1024)
        .max_frame_size(256 * 1024)
        // A stalled call ends at the deadline; a silent peer at the keep-alive timeout.
        .timeout(ingest.request_timeout)
        .max_concurrent_streams(ingest.max_concurrent_streams)
        .http2_keepalive_interval(Some(ingest.keepalive.0))
        .http2_keepalive_timeout(Some(ingest.keepalive.1));
    let service = OtlpGrpcService::new(ingest);
    builder
        .add_service(GrpcRouter::<Traces>::new(service.clone(), limit))
        .add_service(GrpcRouter::<Logs>::new(service, limit))
        .serve_with_incoming_shutdown(incoming, shutdown.cancelled_owned())
        .await
}

/// The tower service tonic mounts for one signal: routes its `Export`, answers UNIMPLEMENTED
/// otherwise.
struct GrpcRouter<S> {
    service: OtlpGrpcService,
    max_decoding: usize,
    signal: PhantomData<fn() -> S>,
}

impl<S> GrpcRouter<S> {
    fn new(service: OtlpGrpcService, max_decoding: usize) -> GrpcRouter<S> {
        GrpcRouter {
            service,
            max_decoding,
            signal: PhantomData,
        }
    }
}

impl<S> Clone for GrpcRouter<S> {
    fn clone(&self) -> Self {
        GrpcRouter::new(self.service.clone(), self.max_decoding)
    }
}

impl<S: Signal> NamedService for GrpcRouter<S> {
    const NAME: &'static str = S::GRPC_SERVICE;
}

impl<S, B> tower_service::Service<http::Request<B>> for GrpcRouter<S>
where
    S: Signal,
    B: http_body::Body + Send + 'static,
    B::Data: bytes::Buf + Send + Unpin + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>> + Send + 'static,
{
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = futures::future::BoxFuture<'static, Result<Self::Response, Infallible>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        if request.uri().path() != S::GRPC_EXPORT_PATH {
            let status = Status::unimplemented(format!(
                "agentwatch serves only {}, not {}",
                S::GRPC_EXPORT_PATH,
                request.uri().path()
            ));
            return Box::pin(async move { Ok(status.into_http()) });
        }
        let service = self.service.clone();
        // Who calls is checked before a byte of the message is read.
        let caller = match service.ingest.authenticate(
            TRANSPORT,
            request
                .headers()
                .get(http::header::AUTHORIZATION)
                .map(|v| v.as_bytes()),
        ) {
            Ok(caller) => caller,
            Err(e) => {
                let status = service.status(&e);
                return Box::pin(async move { Ok(status.into_http()) });
            }
        };
        let max_decoding = self.max_decoding;
        // The message is read before the call takes a turn to decode, its bytes charged to
        // the memory budget as they arrive: a stalled upload holds what it sent, not a turn.
        let charge = service.ingest.new_charge();
        let refusing = service.clone();
        let refuse = move |e: BudgetError| -> BoxError {
            let error = refusing.ingest.budget_error(e);
            refusing.ingest.refused(TRANSPORT, &error);
            Box::new(refusing.status(&error))
        };
        let (parts, body) = request.into_parts();
        let mut request =
            http::Request::from_parts(parts, BudgetedBody::new(body, charge.clone(), refuse));
        request.extensions_mut().insert(CallSlot { charge, caller });
        Box::pin(async move {
            let mut grpc = Grpc::new(RawRequestCodec::<S::Response>(PhantomData))
                .accept_compressed(CompressionEncoding::Gzip)
                .max_decoding_message_size(max_decoding);
            let response = grpc
                .unary(ExportCall::<S>(service.clone(), PhantomData), request)
                .await;
            Ok(service.explain_size_limit(response))
        })
    }
}

struct ExportCall<S>(OtlpGrpcService, PhantomData<fn() -> S>);

impl<S: Signal> UnaryService<Bytes> for ExportCall<S> {
    type Response = S::Response;
    type Future =
        futures::future::BoxFuture<'static, Result<tonic::Response<Self::Response>, Status>>;

    fn call(&mut self, request: tonic::Request<Bytes>) -> Self::Future {
        let service = self.0.clone();
        let slot = request.extensions().get::<CallSlot>().cloned();
        let (charge, caller) = match slot {
            Some(slot) => (slot.charge, slot.caller),
            None => (service.ingest.new_charge(), None),
        };
        Box::pin(async move {
            service
                .export::<S>(request.into_inner(), &charge, caller.as_ref())
                .await
                .map(tonic::Response::new)
        })
    }
}

/// Decodes nothing (hands the message bytes over), encodes the response `R` with prost.
struct RawRequestCodec<R>(PhantomData<fn() -> R>);

impl<R: Message + Send + 'static> Codec for RawRequestCodec<R> {
    type Encode = R;
    type Decode = Bytes;
    type Encoder = ResponseEncoder<R>;
    type Decoder = RawDecoder;

    fn encoder(&mut self) -> ResponseEncoder<R> {
        ResponseEncoder(PhantomData)
    }

    fn decoder(&mut self) -> RawDecoder {
        RawDecoder
    }
}

struct ResponseEncoder<R>(PhantomData<fn() -> R>);

impl<R: Message> Encoder for ResponseEncoder<R> {
    type Item = R;
    type Error = Status;

    fn encode(&mut self, item: Self::Item, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        item.encode(dst)
            .map_err(|e| Status::internal(format!("encoding response: {e}")))
    }
}

struct RawDecoder;

impl Decoder for RawDecoder {
    type Item = Bytes;
    type Error = Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Bytes>, Status> {
        let len = src.remaining();
        Ok(Some(src.copy_to_bytes(len)))
    }
}
