//! One connection's way of sending an encoded OTLP request, over gRPC or HTTP, and what the
//! answer means: accepted (with spans refused in `partial_success`), pushed back, or failed.

use anyhow::Context;
use bytes::Bytes;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceResponse;
use prost::Message;
use tonic::transport::Channel;

use super::args::Protocol;

/// What one request came back with.
pub enum Outcome {
    /// Accepted; `rejected` spans were refused in `partial_success`.
    Accepted { rejected: u64 },
    /// 429/503 or RESOURCE_EXHAUSTED/UNAVAILABLE: retry later.
    PushedBack,
    /// Anything else.
    Failed(String),
}

/// gRPC codec that sends an already-encoded request and decodes the response.
#[derive(Default)]
struct EncodedRequestCodec;

impl tonic::codec::Codec for EncodedRequestCodec {
    type Encode = Bytes;
    type Decode = ExportTraceServiceResponse;
    type Encoder = EncodedRequestCodec;
    type Decoder = tonic_prost::ProstDecoder<ExportTraceServiceResponse>;

    fn encoder(&mut self) -> Self::Encoder {
        EncodedRequestCodec
    }

    fn decoder(&mut self) -> Self::Decoder {
        tonic_prost::ProstDecoder::default()
    }
}

impl tonic::codec::Encoder for EncodedRequestCodec {
    type Item = Bytes;
    type Error = tonic::Status;

    fn encode(
        &mut self,
        item: Bytes,
        dst: &mut tonic::codec::EncodeBuf<'_>,
    ) -> Result<(), tonic::Status> {
        bytes::BufMut::put(dst, item);
        Ok(())
    }
}

/// One connection's way of sending.
pub enum Sender {
    Grpc(tonic::client::Grpc<Channel>),
    Http {
        client: reqwest::Client,
        url: String,
    },
}

impl Sender {
    /// Open one connection (gRPC) or one client with a single idle connection (HTTP).
    pub async fn connect(protocol: Protocol, target: &str) -> anyhow::Result<Sender> {
        Ok(match protocol {
            Protocol::Grpc => {
                let channel = Channel::from_shared(format!("http://{target}"))
                    .with_context(|| format!("bad --target {target}"))?
                    .connect()
                    .await
                    .with_context(|| format!("cannot connect to OTLP/gRPC at {target}"))?;
                Sender::Grpc(tonic::client::Grpc::new(channel))
            }
            Protocol::Http => Sender::Http {
                client: reqwest::Client::builder()
                    .pool_max_idle_per_host(1)
                    .build()
                    .context("building the HTTP client")?,
                url: format!("http://{target}/v1/traces"),
            },
        })
    }

    /// Send one encoded request.
    pub async fn send(&mut self, body: Bytes) -> Outcome {
        match self {
            Sender::Grpc(client) => {
                if let Err(e) = client.ready().await {
                    return Outcome::Failed(format!("gRPC connection not ready: {e}"));
                }
                let path = http::uri::PathAndQuery::from_static(
                    "/opentelemetry.proto.collector.trace.v1.TraceService/Export",
                );
                let answer = client
                    .unary(tonic::Request::new(body), path, EncodedRequestCodec)
                    .await;
                match answer {
                    Ok(response) => Outcome::Accepted {
                        rejected: rejected_spans(&response.into_inner()),
                    },
                    Err(status) => match status.code() {
                        tonic::Code::ResourceExhausted | tonic::Code::Unavailable => {
                            Outcome::PushedBack
                        }
                        code => Outcome::Failed(format!("gRPC {code:?}: {}", status.message())),
                    },
                }
            }
            Sender::Http { client, url } => {
                let answer = client
                    .post(url.as_str())
                    .header("content-type", "application/x-protobuf")
                    .body(body)
                    .send()
                    .await;
                let response = match answer {
                    Ok(r) => r,
                    Err(e) => return Outcome::Failed(format!("HTTP request failed: {e}")),
                };
                let status = response.status().as_u16();
                let body = response.bytes().await.unwrap_or_default();
                match status {
                    200 => match ExportTraceServiceResponse::decode(body) {
                        Ok(r) => Outcome::Accepted {
                            rejected: rejected_spans(&r),
                        },
                        Err(e) => Outcome::Failed(format!("undecodable 200 answer: {e}")),
                    },
                    429 | 503 => Outcome::PushedBack,
                    other => Outcome::Failed(format!(
                        "HTTP {other}: {}",
                        String::from_utf8_lossy(&body[..body.len().min(300)])
                    )),
                }
            }
        }
    }
}

fn rejected_spans(response: &ExportTraceServiceResponse) -> u64 {
    response
        .partial_success
        .as_ref()
        .map(|p| p.rejected_spans.max(0) as u64)
        .unwrap_or(0)
}
