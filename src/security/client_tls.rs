//! TLS for outgoing connections (the OTLP exporters, ClickHouse over `https://`): the `tls:`
//! settings, shaped like the OpenTelemetry Collector's client TLS settings, and the rustls
//! client configurations built from them. A leaf: it knows no component.
//!
//! Without `ca_file` the bundled Mozilla roots (`webpki-roots`) are trusted, as for any public
//! server; with it, only the CAs in that file. `cert_file` and `key_file` (together) present a
//! client certificate, for servers that require mutual TLS. The files are read when the
//! component starts (not by `validate`, so a pipeline can be checked where the certificates are
//! not mounted), and every problem names the setting's path in the file.

use std::path::PathBuf;
use std::sync::Arc;

use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde::Deserialize;

use super::pem::{certificates, private_key, read};

/// `tls:` of an outgoing connection.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ClientTlsConfig {
    /// PEM file of the CA certificate(s) that sign the server's certificate; unset: the
    /// bundled public roots.
    pub ca_file: Option<PathBuf>,
    /// PEM file of the client certificate (and its chain), for mutual TLS; needs `key_file`.
    pub cert_file: Option<PathBuf>,
    /// PEM file of the client certificate's private key (PKCS#8, PKCS#1 or SEC1).
    pub key_file: Option<PathBuf>,
}

/// A TLS setting that cannot be used, at its path in the pipeline file.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ClientTlsError {
    /// Path of the setting (`exporters.otlp.tls.ca_file`).
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

impl ClientTlsConfig {
    /// Shape rules, reported under `path` (where this block sits, e.g. `exporters.otlp.tls`):
    /// a certificate goes with its key, and TLS settings need the `https://` URL they secure
    /// (`https`: whether it is one; `url_path`: the setting that holds it).
    pub fn check(
        &self,
        path: &str,
        url_path: &str,
        https: bool,
        issue: &mut dyn FnMut(&str, String),
    ) {
        match (&self.cert_file, &self.key_file) {
            (Some(_), None) => issue(
                &format!("{path}.key_file"),
                "must be set with cert_file (the client certificate's private key)".into(),
            ),
            (None, Some(_)) => issue(
                &format!("{path}.cert_file"),
                "must be set with key_file (the certificate of that key)".into(),
            ),
            _ => {}
        }
        for (name, file) in [
            ("ca_file", &self.ca_file),
            ("cert_file", &self.cert_file),
            ("key_file", &self.key_file),
        ] {
            if file.as_ref().is_some_and(|f| f.as_os_str().is_empty()) {
                issue(&format!("{path}.{name}"), "must not be empty".into());
            }
        }
        if !https && *self != ClientTlsConfig::default() {
            issue(
                path,
                format!("applies to https:// only, and {url_path} is not an https:// URL"),
            );
        }
    }

    /// Read and parse the files; errors are reported under `path` (as in [`check`](Self::check)).
    pub fn load(&self, path: &str) -> Result<ClientTls, ClientTlsError> {
        let error = |name: &str, message: String| ClientTlsError {
            path: format!("{path}.{name}"),
            message,
        };
        let ca = match &self.ca_file {
            Some(file) => {
                let pem = read(file).map_err(|m| error("ca_file", m))?;
                let certs = certificates(&pem, file).map_err(|m| error("ca_file", m))?;
                let mut roots = rustls::RootCertStore::empty();
                for (i, cert) in certs.into_iter().enumerate() {
                    roots.add(cert).map_err(|e| {
                        error(
                            "ca_file",
                            format!(
                                "certificate {} in {} is not a usable CA certificate: {e}",
                                i + 1,
                                file.display()
                            ),
                        )
                    })?;
                }
                Some((pem, roots))
            }
            None => None,
        };
        let identity = match (&self.cert_file, &self.key_file) {
            (Some(cert_file), Some(key_file)) => {
                let cert_pem = read(cert_file).map_err(|m| error("cert_file", m))?;
                let chain =
                    certificates(&cert_pem, cert_file).map_err(|m| error("cert_file", m))?;
                let key_pem = read(key_file).map_err(|m| error("key_file", m))?;
                let key = private_key(&key_pem, key_file).map_err(|m| error("key_file", m))?;
                Some(Identity {
                    cert_pem,
                    key_pem,
                    chain,
                    key: Arc::new(key),
                })
            }
            (None, None) => None,
            (Some(_), None) => {
                return Err(error("key_file", "must be set with cert_file".into()));
            }
            (None, Some(_)) => {
                return Err(error("cert_file", "must be set with key_file".into()));
            }
        };
        let tls = ClientTls { ca, identity };
        // Build once now, so that a key rustls refuses (or that does not match the
        // certificate) is reported at start, at its path.
        tls.rustls(Vec::new())
            .map_err(|e| error("cert_file", format!("cannot be used with key_file: {e}")))?;
        Ok(tls)
    }
}

/// The contents of a [`ClientTlsConfig`]'s files, ready for the clients that use them.
#[derive(Clone)]
pub struct ClientTls {
    /// The CA file as read, and its certificates.
    ca: Option<(Vec<u8>, rustls::RootCertStore)>,
    identity: Option<Identity>,
}

#[derive(Clone)]
struct Identity {
    cert_pem: Vec<u8>,
    key_pem: Vec<u8>,
    chain: Vec<CertificateDer<'static>>,
    key: Arc<PrivateKeyDer<'static>>,
}

impl ClientTls {
    /// A rustls client configuration (ring, TLS 1.2 and 1.3) offering `alpn` protocols.
    pub fn rustls(&self, alpn: Vec<Vec<u8>>) -> Result<rustls::ClientConfig, rustls::Error> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?;
        let roots = match &self.ca {
            Some((_, roots)) => roots.clone(),
            None => rustls::RootCertStore {
                roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
            },
        };
        let builder = builder.with_root_certificates(roots);
        let mut config = match &self.identity {
            Some(identity) => {
                builder.with_client_auth_cert(identity.chain.clone(), identity.key.clone_key())?
            }
            None => builder.with_no_client_auth(),
        };
        config.alpn_protocols = alpn;
        Ok(config)
    }

    /// Why a TLS connection to `uri`'s host fails, when it fails in its first exchange; None
    /// when it does not (or the host cannot be reached at all, which is no TLS matter).
    ///
    /// With TLS 1.3 a server that refuses the client's certificate (or its absence) says so
    /// with an alert *after* the client's handshake completed; an HTTP/2 client then only sees
    /// its request cancelled ("connection closed"). This probe connects with the same
    /// settings, offers `alpn`, and reads the first answer with `within`, so that the log can
    /// say "received fatal alert: CertificateRequired" instead.
    pub async fn diagnose(
        &self,
        uri: &http::Uri,
        alpn: &[u8],
        within: std::time::Duration,
    ) -> Option<String> {
        use tokio::io::AsyncReadExt;
        let host = uri.host()?.trim_start_matches('[').trim_end_matches(']');
        let port = uri.port_u16().unwrap_or(443);
        let name = rustls::pki_types::ServerName::try_from(host.to_owned()).ok()?;
        let config = Arc::new(self.rustls(vec![alpn.to_vec()]).ok()?);
        let probe = async {
            let tcp = tokio::net::TcpStream::connect((host, port)).await.ok()?;
            let mut tls = match tokio_rustls::TlsConnector::from(config)
                .connect(name, tcp)
                .await
            {
                Ok(tls) => tls,
                Err(e) => return Some(error_chain(&e)),
            };
            let mut first = [0u8; 64];
            tls.read(&mut first).await.err().map(|e| error_chain(&e))
        };
        tokio::time::timeout(within, probe).await.ok().flatten()
    }

    /// tonic's TLS settings for a gRPC channel (tonic builds its rustls client from them).
    pub fn tonic(&self) -> tonic::transport::ClientTlsConfig {
        let mut config = tonic::transport::ClientTlsConfig::new();
        config = match &self.ca {
            Some((pem, _)) => config.ca_certificate(tonic::transport::Certificate::from_pem(pem)),
            None => config.with_webpki_roots(),
        };
        if let Some(identity) = &self.identity {
            config = config.identity(tonic::transport::Identity::from_pem(
                &identity.cert_pem,
                &identity.key_pem,
            ));
        }
        config
    }
}

/// An outgoing connection's `error` and its causes, `: `-separated, each said once (wrappers
/// often repeat their cause): "client error (Connect): invalid peer certificate: UnknownIssuer"
/// where the error alone says "client error (Connect)".
pub fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let said = cause.to_string();
        if !text.contains(&said) {
            text.push_str(": ");
            text.push_str(&said);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Files {
        dir: tempfile::TempDir,
    }

    impl Files {
        fn new() -> Files {
            let dir = tempfile::tempdir().unwrap();
            let ca_key = rcgen::KeyPair::generate().unwrap();
            let mut params = rcgen::CertificateParams::new(Vec::new()).unwrap();
            params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
            let ca = params.self_signed(&ca_key).unwrap();
            let key = rcgen::KeyPair::generate().unwrap();
            let issuer = rcgen::Issuer::new(params, ca_key);
            let client = rcgen::CertificateParams::new(vec!["agentwatch".into()])
                .unwrap()
                .signed_by(&key, &issuer)
                .unwrap();
            let write =
                |name: &str, text: String| std::fs::write(dir.path().join(name), text).unwrap();
            write("ca.pem", ca.pem());
            write("client.pem", client.pem());
            write("client.key", key.serialize_pem());
            write(
                "other.key",
                rcgen::KeyPair::generate().unwrap().serialize_pem(),
            );
            write("junk.pem", "not a certificate\n".into());
            Files { dir }
        }

        fn path(&self, name: &str) -> Option<PathBuf> {
            Some(self.dir.path().join(name))
        }
    }

    fn load_error(config: ClientTlsConfig) -> String {
        match config.load("x.tls") {
            Ok(_) => panic!("loaded"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn loads_a_ca_and_a_client_certificate() {
        let files = Files::new();
        let tls = ClientTlsConfig {
            ca_file: files.path("ca.pem"),
            cert_file: files.path("client.pem"),
            key_file: files.path("client.key"),
        }
        .load("x.tls")
        .unwrap();
        let config = tls.rustls(vec![b"h2".to_vec()]).unwrap();
        assert!(config.client_auth_cert_resolver.has_certs());
        assert_eq!(config.alpn_protocols, vec![b"h2".to_vec()]);
        // No settings: the public roots, no client certificate.
        let public = ClientTlsConfig::default().load("x.tls").unwrap();
        assert!(public.ca.is_none());
        assert!(
            !public
                .rustls(vec![])
                .unwrap()
                .client_auth_cert_resolver
                .has_certs()
        );
    }

    #[test]
    fn unusable_files_are_named_with_their_setting() {
        let files = Files::new();
        let missing = load_error(ClientTlsConfig {
            ca_file: files.path("nope.pem"),
            ..Default::default()
        });
        assert!(
            missing.starts_with("x.tls.ca_file: cannot read "),
            "{missing}"
        );
        assert!(missing.contains("nope.pem"), "{missing}");
        let junk = load_error(ClientTlsConfig {
            ca_file: files.path("junk.pem"),
            ..Default::default()
        });
        assert!(
            junk.contains("x.tls.ca_file") && junk.contains("no PEM certificate"),
            "{junk}"
        );
        let key_as_cert = load_error(ClientTlsConfig {
            cert_file: files.path("client.key"),
            key_file: files.path("client.key"),
            ..Default::default()
        });
        assert!(key_as_cert.starts_with("x.tls.cert_file:"), "{key_as_cert}");
        let cert_as_key = load_error(ClientTlsConfig {
            cert_file: files.path("client.pem"),
            key_file: files.path("ca.pem"),
            ..Default::default()
        });
        assert!(
            cert_as_key.starts_with("x.tls.key_file:") && cert_as_key.contains("private key"),
            "{cert_as_key}"
        );
        let mismatched = load_error(ClientTlsConfig {
            cert_file: files.path("client.pem"),
            key_file: files.path("other.key"),
            ..Default::default()
        });
        assert!(mismatched.starts_with("x.tls.cert_file:"), "{mismatched}");
    }
}
