//! The `otlphttp` exporter: OTLP/HTTP with protobuf bodies (`POST {endpoint}/v1/traces` for
//! spans, `POST {endpoint}/v1/logs` for evaluation events; one [`Http`] per signal), over
//! TLS for an `https://` URL, answered as the OTLP specification says: 2xx delivered (with an
//! optional partial success), 429/502/503/504 retried (honouring `Retry-After`), anything else
//! refused for good.

use std::io::Write;
use std::time::{Duration, SystemTime};

use prost::Message;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_ENCODING, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};

use super::ForwarderError;
use super::config::{ExportCompression, OtlpHttpExporterConfig};
use super::payload::Payload;
use super::sender::{Delivered, Failure, Transport};
use crate::security::client_tls::{ClientTls, error_chain};

/// The longest a TLS diagnosis of a failed connection waits for the server's first answer.
const DIAGNOSE_WITHIN: Duration = Duration::from_secs(2);

const PROTOBUF: &str = "application/x-protobuf";

pub(super) struct Http {
    client: reqwest::Client,
    url: reqwest::Url,
    headers: HeaderMap,
    gzip: bool,
    /// For an `https://` URL: its TLS settings, to diagnose failed connections.
    tls: Option<ClientTls>,
    timeout: Duration,
}

impl Http {
    /// The transport posting to `url`, which the setting at `url_path` gave.
    pub fn new(
        config: &OtlpHttpExporterConfig,
        url: &str,
        url_path: &str,
    ) -> Result<Http, ForwarderError> {
        let endpoint_error = |message: String| ForwarderError::Endpoint {
            path: url_path.into(),
            message,
        };
        let url = reqwest::Url::parse(url).map_err(|e| endpoint_error(e.to_string()))?;
        let mut builder = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            // A redirect would resend the body (and its headers) somewhere not configured.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("agentwatch/", env!("CARGO_PKG_VERSION")));
        let mut tls = None;
        if url.scheme() == "https" {
            let loaded = config.tls.load("exporters.otlphttp.tls")?;
            let rustls = loaded
                .rustls(vec![b"http/1.1".to_vec()])
                .map_err(|e| endpoint_error(format!("TLS: {e}")))?;
            builder = builder.use_preconfigured_tls(rustls);
            tls = Some(loaded);
        }
        let client = builder
            .build()
            .map_err(|e| endpoint_error(error_chain(&e)))?;
        let mut headers = HeaderMap::new();
        for (name, value) in &config.headers {
            let invalid = || ForwarderError::Header {
                exporter: "otlphttp",
                name: name.clone(),
            };
            let key = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
            let mut value = HeaderValue::from_str(value.expose()).map_err(|_| invalid())?;
            value.set_sensitive(true);
            headers.insert(key, value);
        }
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(PROTOBUF));
        let gzip = config.compression.get() == ExportCompression::Gzip;
        if gzip {
            headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        Ok(Http {
            client,
            url,
            headers,
            gzip,
            tls,
            timeout: config.timeout,
        })
    }

    fn body(&self, request: &impl Message) -> Vec<u8> {
        let bytes = request.encode_to_vec();
        if !self.gzip {
            return bytes;
        }
        let mut encoder = flate2::write::GzEncoder::new(
            Vec::with_capacity(bytes.len() / 4),
            flate2::Compression::fast(),
        );
        encoder
            .write_all(&bytes)
            .and_then(|()| encoder.finish())
            .expect("gzip into memory")
    }
}

impl<P: Payload> Transport<P> for Http {
    async fn export(&mut self, request: &P) -> Result<Delivered, Failure> {
        let sent = self
            .client
            .post(self.url.clone())
            .headers(self.headers.clone())
            .body(self.body(request))
            .send()
            .await;
        let response = match sent {
            Ok(response) => response,
            // Not connected, TLS refused, timed out: the next hop may come back.
            Err(e) => {
                return Err(Failure {
                    retryable: true,
                    retry_after: None,
                    reason: error_chain(&e.without_url()),
                    connection: true,
                });
            }
        };
        let status = response.status();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(retry_after);
        let protobuf = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with(PROTOBUF));
        let body = response.bytes().await.unwrap_or_default();
        if status.is_success() {
            let (rejected, message) = if protobuf {
                P::partial_success(body.as_ref())
            } else {
                Default::default()
            };
            return Ok(Delivered { rejected, message });
        }
        Err(Failure {
            retryable: matches!(
                status,
                StatusCode::TOO_MANY_REQUESTS
                    | StatusCode::BAD_GATEWAY
                    | StatusCode::SERVICE_UNAVAILABLE
                    | StatusCode::GATEWAY_TIMEOUT
            ),
            retry_after,
            reason: format!("HTTP {status}{}", error_message(&body, protobuf)),
            connection: false,
        })
    }

    async fn diagnose(&self) -> Option<String> {
        let uri = self.url.as_str().parse::<http::Uri>().ok()?;
        self.tls
            .as_ref()?
            .diagnose(&uri, b"http/1.1", self.timeout.min(DIAGNOSE_WITHIN))
            .await
    }
}

/// `Retry-After`: seconds, or an HTTP date.
fn retry_after(value: &str) -> Option<Duration> {
    if let Ok(seconds) = value.trim().parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value.trim()).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or_default())
}

/// The error body's message, for the log: a `google.rpc.Status` for protobuf answers, else
/// the start of the text.
fn error_message(body: &[u8], protobuf: bool) -> String {
    let text = if protobuf {
        tonic_types::Status::decode(body)
            .map(|s| s.message)
            .unwrap_or_default()
    } else {
        String::from_utf8_lossy(body).into_owned()
    };
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(200)
        .collect();
    let text = text.trim();
    if text.is_empty() {
        String::new()
    } else {
        format!(": {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_takes_seconds_or_a_date() {
        assert_eq!(retry_after("7"), Some(Duration::from_secs(7)));
        let later = SystemTime::now() + Duration::from_secs(120);
        let wait = retry_after(&httpdate::fmt_http_date(later)).unwrap();
        assert!(wait > Duration::from_secs(100) && wait <= Duration::from_secs(120));
        assert_eq!(retry_after("soon"), None);
    }

    #[test]
    fn error_messages_are_short_single_lines() {
        let status = tonic_types::Status {
            code: 3,
            message: "bad span\nid".into(),
            details: vec![],
        };
        assert_eq!(
            error_message(&status.encode_to_vec(), true),
            ": bad span id"
        );
        assert_eq!(error_message(&[b'x'; 500], false).len(), 202);
        assert_eq!(error_message(b"", false), "");
    }
}
