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

/// How to reach the receiver: TLS files and a bearer token, when given.
#[derive(Clone, Default)]
pub struct Security {
    /// PEM of the CA certificates to trust; TLS when set.
    pub ca: Option<Vec<u8>>,
    /// PEM of the client certificate and its key, for mutual TLS.
    pub identity: Option<(Vec<u8>, Vec<u8>)>,
    /// The `authorization` header value (`Bearer …`).
    pub authorization: Option<http::HeaderValue>,
}

impl Security {
    /// Read the files the arguments name.
    pub fn from_args(args: &super::args::LoadgenArgs) -> anyhow::Result<Security> {
        let read = |p: &std::path::Path| {
            std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))
        };
        let ca = args.tls_ca.as_deref().map(read).transpose()?;
        let identity = match (&args.tls_cert, &args.tls_key) {
            (Some(cert), Some(key)) => Some((read(cert)?, read(key)?)),
            _ => None,
        };
        if identity.is_some() && ca.is_none() {
            anyhow::bail!("--tls-cert needs --tls-ca (the client certificate is sent over TLS)");
        }
        let authorization = args
            .token
            .as_ref()
            .map(|t| {
                let mut v = http::HeaderValue::try_from(format!("Bearer {t}"))
                    .context("--token holds characters a header cannot carry")?;
                v.set_sensitive(true);
                anyhow::Ok(v)
            })
            .transpose()?;
        Ok(Security {
            ca,
            identity,
            authorization,
        })
    }

    fn scheme(&self) -> &'static str {
        if self.ca.is_some() { "https" } else { "http" }
    }
}

/// One connection's way of sending.
pub enum Sender {
    Grpc {
        client: tonic::client::Grpc<Channel>,
        authorization: Option<http::HeaderValue>,
    },
    Http {
        client: reqwest::Client,
        url: String,
        authorization: Option<http::HeaderValue>,
    },
}

impl Sender {
    /// Open one connection (gRPC) or one client with a single idle connection (HTTP).
    pub async fn connect(
        protocol: Protocol,
        target: &str,
        security: &Security,
    ) -> anyhow::Result<Sender> {
        let scheme = security.scheme();
        let authorization = security.authorization.clone();
        Ok(match protocol {
            Protocol::Grpc => {
                let mut endpoint = Channel::from_shared(format!("{scheme}://{target}"))
                    .with_context(|| format!("bad --target {target}"))?;
                if let Some(ca) = &security.ca {
                    let mut tls = tonic::transport::ClientTlsConfig::new()
                        .ca_certificate(tonic::transport::Certificate::from_pem(ca));
                    if let Some((cert, key)) = &security.identity {
                        tls = tls.identity(tonic::transport::Identity::from_pem(cert, key));
                    }
                    endpoint = endpoint.tls_config(tls).context("TLS settings")?;
                }
                let channel = endpoint
                    .connect()
                    .await
                    .with_context(|| format!("cannot connect to OTLP/gRPC at {target}"))?;
                Sender::Grpc {
                    client: tonic::client::Grpc::new(channel),
                    authorization,
                }
            }
            Protocol::Http => {
                let mut builder = reqwest::Client::builder().pool_max_idle_per_host(1);
                if let Some(ca) = &security.ca {
                    builder = builder.tls_built_in_root_certs(false).add_root_certificate(
                        reqwest::Certificate::from_pem(ca).context("--tls-ca")?,
                    );
                    if let Some((cert, key)) = &security.identity {
                        let pem = [cert.as_slice(), b"\n", key.as_slice()].concat();
                        builder = builder
                            .identity(reqwest::Identity::from_pem(&pem).context("--tls-cert")?);
                    }
                }
                Sender::Http {
                    client: builder.build().context("building the HTTP client")?,
                    url: format!("{scheme}://{target}/v1/traces"),
                    authorization,
                }
            }
        })
    }

    /// Send one encoded request.
    pub async fn send(&mut self, body: Bytes) -> Outcome {
        match self {
            Sender::Grpc {
                client,
                authorization,
            } => {
                if let Err(e) = client.ready().await {
                    return Outcome::Failed(format!("gRPC connection not ready: {e}"));
                }
                let path = http::uri::PathAndQuery::from_static(
                    "/opentelemetry.proto.collector.trace.v1.TraceService/Export",
                );
                let mut request = tonic::Request::new(body);
                if let Some(value) = authorization {
                    let value = tonic::metadata::MetadataValue::try_from(value.as_bytes())
                        .expect("checked when parsed");
                    request.metadata_mut().insert("authorization", value);
                }
                let answer = client.unary(request, path, EncodedRequestCodec).await;
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
            Sender::Http {
                client,
                url,
                authorization,
            } => {
                let mut request = client
                    .post(url.as_str())
                    .header("content-type", "application/x-protobuf");
                if let Some(value) = authorization {
                    request = request.header(http::header::AUTHORIZATION, value.clone());
                }
                let answer = request.body(body).send().await;
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
