//! `receivers:` — where spans come in, and the values they take.

use std::net::SocketAddr;
use std::time::Duration;

use serde::Deserialize;

use crate::config::serde_duration;
use crate::security::{AuthSettings, Exposure, TlsSettings};

/// `receivers:`
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ReceiversConfig {
    /// The OTLP receiver.
    pub otlp: OtlpReceiverConfig,
}

/// `receivers.otlp:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct OtlpReceiverConfig {
    /// Transports; a transport set to `null` (or omitted with the other present) is disabled.
    pub protocols: OtlpProtocols,
    /// Largest accepted request, in bytes, after decompression.
    pub max_request_bytes: usize,
    /// How long a request waits for room on a full bus before it is refused as overloaded.
    #[serde(with = "serde_duration")]
    pub backpressure_timeout: Duration,
    /// `Retry-After` / RetryInfo hint given to clients that were pushed back.
    #[serde(with = "serde_duration")]
    pub retry_after: Duration,
    /// Requests read, decoded and waiting for the bus at once (both transports together); more
    /// wait up to `backpressure_timeout` for a turn, then are refused as overloaded. Bounds the
    /// memory of bodies and decoded requests under overload.
    pub max_concurrent_requests: usize,
    /// Bytes of requests in memory at once, both transports together: bodies being read or
    /// inflated and decoded requests not yet handed on (embedded bus: until scored). A request
    /// is charged before it is decoded for what decoding will allocate; one that needs more
    /// than this alone is refused (413), one that must wait longer than
    /// `backpressure_timeout` for room is pushed back (429 / RESOURCE_EXHAUSTED).
    pub max_in_flight_bytes: usize,
    /// Open connections per transport; more wait in the listen backlog.
    pub max_connections: usize,
    /// OTLP/HTTP: time for a client to send a request's headers.
    #[serde(with = "serde_duration")]
    pub read_header_timeout: Duration,
    /// Time for a client to send a whole request (HTTP: headers and body; gRPC: the call).
    #[serde(with = "serde_duration")]
    pub request_timeout: Duration,
    /// A connection that sends and receives nothing this long is closed.
    #[serde(with = "serde_duration")]
    pub idle_timeout: Duration,
    /// OTLP/gRPC: concurrent streams (calls) per connection.
    pub max_concurrent_streams: u32,
    /// OTLP/gRPC: HTTP/2 keep-alive ping interval; a peer that does not answer within
    /// `keepalive_timeout` is disconnected.
    #[serde(with = "serde_duration")]
    pub keepalive_interval: Duration,
    /// OTLP/gRPC: how long to wait for a keep-alive ping's answer.
    #[serde(with = "serde_duration")]
    pub keepalive_timeout: Duration,
    /// Bearer tokens callers must present (both protocols); `None`: no authentication.
    #[serde(default)]
    pub auth: Option<AuthSettings>,
}

impl Default for OtlpReceiverConfig {
    fn default() -> Self {
        OtlpReceiverConfig {
            protocols: OtlpProtocols::default(),
            max_request_bytes: 16 * 1024 * 1024,
            backpressure_timeout: Duration::from_millis(500),
            retry_after: Duration::from_secs(1),
            max_concurrent_requests: 16,
            max_in_flight_bytes: 256 * 1024 * 1024,
            max_connections: 1024,
            read_header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(120),
            max_concurrent_streams: 100,
            keepalive_interval: Duration::from_secs(30),
            keepalive_timeout: Duration::from_secs(10),
            auth: None,
        }
    }
}

/// `receivers.otlp.protocols:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OtlpProtocols {
    /// OTLP/gRPC.
    #[serde(default)]
    pub grpc: Option<EndpointConfig>,
    /// OTLP/HTTP.
    #[serde(default)]
    pub http: Option<EndpointConfig>,
}

impl Default for OtlpProtocols {
    fn default() -> Self {
        OtlpProtocols {
            grpc: Some(EndpointConfig::plain("127.0.0.1:4317")),
            http: Some(EndpointConfig::plain("127.0.0.1:4318")),
        }
    }
}

/// A listening address and how it is protected.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EndpointConfig {
    /// `host:port`; port 0 picks a free port.
    pub endpoint: String,
    /// TLS (and mutual TLS with `client_ca_file`); `None`: plain text.
    #[serde(default)]
    pub tls: Option<TlsSettings>,
    /// Accept binding an address other machines can reach without TLS and authentication.
    #[serde(default)]
    pub insecure: bool,
}

impl EndpointConfig {
    /// Plain text on `endpoint`.
    pub fn plain(endpoint: &str) -> EndpointConfig {
        EndpointConfig {
            endpoint: endpoint.into(),
            tls: None,
            insecure: false,
        }
    }

    /// The parsed socket address (validated at load).
    pub fn socket_addr(&self) -> SocketAddr {
        self.endpoint
            .parse()
            .expect("endpoint validated at load time")
    }
}

impl ReceiversConfig {
    /// The receivers reachable from other machines without TLS and authentication (and not
    /// marked `insecure`), as `(path, problem)`.
    pub fn exposed(&self) -> Vec<(String, String)> {
        let otlp = &self.otlp;
        let mut out = Vec::new();
        for (name, ep) in [
            ("grpc", &otlp.protocols.grpc),
            ("http", &otlp.protocols.http),
        ] {
            let Some(ep) = ep else { continue };
            let Ok(addr) = ep.endpoint.parse() else {
                continue;
            };
            let path = format!("receivers.otlp.protocols.{name}");
            let exposure = Exposure {
                addr,
                tls: ep.tls.is_some(),
                auth: otlp.auth.is_some(),
                insecure: ep.insecure,
            };
            if let Some(problem) =
                exposure.problem("can write spans into the scores and page the on-call")
            {
                out.push((path, problem));
            }
        }
        out
    }

    /// Value rules, reported under `receivers.*`. Each listening address is added to `listen`,
    /// for the pipeline's check that no two listeners share a port.
    pub fn check(
        &self,
        issue: &mut dyn FnMut(&str, String),
        listen: &mut Vec<(String, SocketAddr)>,
    ) {
        let otlp = &self.otlp;
        for (name, ep) in [
            ("grpc", &otlp.protocols.grpc),
            ("http", &otlp.protocols.http),
        ] {
            if let Some(ep) = ep {
                if let Some(tls) = &ep.tls {
                    tls.check(&format!("receivers.otlp.protocols.{name}.tls"), issue);
                }
                let path = format!("receivers.otlp.protocols.{name}.endpoint");
                match ep.endpoint.parse::<SocketAddr>() {
                    Ok(addr) => listen.push((path, addr)),
                    Err(_) => issue(
                        &path,
                        format!(
                            "'{}' is not a host:port socket address (e.g. 127.0.0.1:4317)",
                            ep.endpoint
                        ),
                    ),
                }
            }
        }
        if let Some(auth) = &otlp.auth {
            auth.check("receivers.otlp.auth", issue);
        }
        if otlp.protocols.grpc.is_none() && otlp.protocols.http.is_none() {
            issue(
                "receivers.otlp.protocols",
                "at least one of grpc or http must be enabled".into(),
            );
        }
        if otlp.max_request_bytes < 1024 {
            issue(
                "receivers.otlp.max_request_bytes",
                format!("{} is too small; use at least 1024", otlp.max_request_bytes),
            );
        }
        if otlp.max_concurrent_requests == 0 {
            issue(
                "receivers.otlp.max_concurrent_requests",
                "must be greater than 0".into(),
            );
        }
        if otlp.max_request_bytes > 1024 * 1024 * 1024 {
            issue(
                "receivers.otlp.max_request_bytes",
                format!("{} is over the 1 GiB ceiling", otlp.max_request_bytes),
            );
        }
        if otlp.max_in_flight_bytes < otlp.max_request_bytes {
            issue(
                "receivers.otlp.max_in_flight_bytes",
                format!(
                    "{} is below max_request_bytes ({}): the largest request could never be read",
                    otlp.max_in_flight_bytes, otlp.max_request_bytes
                ),
            );
        }
        for (name, value) in [
            ("max_connections", otlp.max_connections),
            (
                "max_concurrent_streams",
                otlp.max_concurrent_streams as usize,
            ),
        ] {
            if value == 0 {
                issue(
                    &format!("receivers.otlp.{name}"),
                    "must be greater than 0".into(),
                );
            }
        }
        for (name, value) in [
            ("read_header_timeout", otlp.read_header_timeout),
            ("request_timeout", otlp.request_timeout),
            ("idle_timeout", otlp.idle_timeout),
            ("keepalive_interval", otlp.keepalive_interval),
            ("keepalive_timeout", otlp.keepalive_timeout),
        ] {
            if value.is_zero() {
                issue(
                    &format!("receivers.otlp.{name}"),
                    "must be greater than 0".into(),
                );
            }
        }
        if otlp.retry_after.is_zero() {
            issue(
                "receivers.otlp.retry_after",
                "must be greater than 0".into(),
            );
        }
    }
}
