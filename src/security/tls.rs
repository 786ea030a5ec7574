//! TLS for the listeners (OTLP receivers, admin endpoint): certificate and key files in PEM,
//! an optional client CA that makes client certificates mandatory (mutual TLS), a minimum
//! protocol version. Rotation needs no restart: every new connection looks at the files'
//! modification stamps and, when one changed, reloads them; a reload that fails (a file
//! half-written by the rotation) keeps serving the previous certificate and is retried on the
//! next connection.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use rustls::ServerConfig;
use rustls::crypto::CryptoProvider;
use rustls::server::WebPkiClientVerifier;
use rustls_pki_types::CertificateDer;
use serde::{Deserialize, Deserializer};
use tokio_rustls::TlsAcceptor;

use super::pem::{certificates, private_key, read};

/// `tls:` on a listener.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TlsSettings {
    /// The server's certificate chain (PEM), leaf first.
    pub cert_file: PathBuf,
    /// Its private key (PEM: PKCS#8, PKCS#1 or SEC1).
    pub key_file: PathBuf,
    /// CA certificates (PEM) that client certificates must chain to; when set, a client
    /// without a trusted certificate is refused during the handshake (mutual TLS).
    #[serde(default)]
    pub client_ca_file: Option<PathBuf>,
    /// Lowest protocol version accepted: `1.2` (default) or `1.3`.
    #[serde(default)]
    pub min_version: TlsVersion,
}

/// A TLS protocol version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TlsVersion {
    /// TLS 1.2 and 1.3.
    #[default]
    V1_2,
    /// TLS 1.3 only.
    V1_3,
}

impl<'de> Deserialize<'de> for TlsVersion {
    /// `1.2` / `1.3`, written as a string or (as YAML reads an unquoted `1.2`) a number.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TlsVersion, D::Error> {
        let value = serde_yaml::Value::deserialize(deserializer)?;
        let text = match &value {
            serde_yaml::Value::String(s) => s.clone(),
            serde_yaml::Value::Number(n) => n.to_string(),
            other => format!("{other:?}"),
        };
        match text.as_str() {
            "1.2" => Ok(TlsVersion::V1_2),
            "1.3" => Ok(TlsVersion::V1_3),
            _ => Err(serde::de::Error::custom(format!(
                "'{text}' is not a TLS version: use 1.2 or 1.3"
            ))),
        }
    }
}

/// Why the TLS files could not be used.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// A file could not be read or holds nothing usable (the message names it).
    #[error("{0}")]
    File(String),
    /// rustls refused the combination (e.g. the key does not match the certificate).
    #[error("{0}")]
    Config(String),
}

/// Every certificate in a PEM file (at least one).
fn load_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    certificates(&read(path).map_err(TlsError::File)?, path).map_err(TlsError::File)
}

/// A root store of the CA certificates in a PEM file.
fn load_roots(path: &Path) -> Result<rustls::RootCertStore, TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in load_certificates(path)? {
        roots.add(cert).map_err(|e| {
            TlsError::File(format!(
                "{}: not a usable CA certificate: {e}",
                path.display()
            ))
        })?;
    }
    Ok(roots)
}

/// The crypto provider every TLS configuration here uses.
pub fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

impl TlsSettings {
    /// Build the rustls server configuration from the files; `alpn` protocols offered.
    pub fn server_config(&self, alpn: &[&[u8]]) -> Result<ServerConfig, TlsError> {
        let provider = provider();
        let versions: &[&rustls::SupportedProtocolVersion] = match self.min_version {
            TlsVersion::V1_2 => &[&rustls::version::TLS13, &rustls::version::TLS12],
            TlsVersion::V1_3 => &[&rustls::version::TLS13],
        };
        let builder = ServerConfig::builder_with_provider(provider.clone())
            .with_protocol_versions(versions)
            .map_err(|e| TlsError::Config(e.to_string()))?;
        let builder = match &self.client_ca_file {
            Some(ca) => {
                let verifier = WebPkiClientVerifier::builder_with_provider(
                    Arc::new(load_roots(ca)?),
                    provider,
                )
                .build()
                .map_err(|e| TlsError::Config(format!("{}: {e}", ca.display())))?;
                builder.with_client_cert_verifier(verifier)
            }
            None => builder.with_no_client_auth(),
        };
        let mut config = builder
            .with_single_cert(
                load_certificates(&self.cert_file)?,
                private_key(
                    &read(&self.key_file).map_err(TlsError::File)?,
                    &self.key_file,
                )
                .map_err(TlsError::File)?,
            )
            .map_err(|e| {
                TlsError::Config(format!(
                    "{} and {}: {e}",
                    self.cert_file.display(),
                    self.key_file.display()
                ))
            })?;
        config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
        Ok(config)
    }

    fn files(&self) -> impl Iterator<Item = &Path> {
        [
            Some(&self.cert_file),
            Some(&self.key_file),
            self.client_ca_file.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(PathBuf::as_path)
    }

    /// Value rules, reported under `path` (the `tls` section). The files themselves are
    /// loaded at start (and by `validate`, as a warning: a pipeline is often validated where
    /// its certificates are not mounted).
    pub fn check(&self, path: &str, issue: &mut dyn FnMut(&str, String)) {
        let mut files = vec![("cert_file", &self.cert_file), ("key_file", &self.key_file)];
        if let Some(ca) = &self.client_ca_file {
            files.push(("client_ca_file", ca));
        }
        for (name, file) in files {
            if file.as_os_str().is_empty() {
                issue(&format!("{path}.{name}"), "must name a PEM file".into());
            }
        }
    }

    /// Why the files do not load here, if they do not.
    pub fn load_problem(&self) -> Option<String> {
        self.server_config(&[]).err().map(|e| e.to_string())
    }
}

/// What identifies a file's version: its modification time and length.
type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &Path) -> Stamp {
    let meta = fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// A listener's TLS, reloaded when its files change.
pub struct ServerTls {
    settings: TlsSettings,
    alpn: Vec<Vec<u8>>,
    current: Mutex<Loaded>,
}

struct Loaded {
    acceptor: TlsAcceptor,
    stamps: Vec<Stamp>,
    /// The stamps of a reload that failed: not retried until the files change again.
    failed: Option<Vec<Stamp>>,
}

impl ServerTls {
    /// Load the files once; an error here stops the start.
    pub fn new(settings: &TlsSettings, alpn: &[&[u8]]) -> Result<ServerTls, TlsError> {
        let stamps = settings.files().map(stamp).collect();
        let config = settings.server_config(alpn)?;
        Ok(ServerTls {
            settings: settings.clone(),
            alpn: alpn.iter().map(|p| p.to_vec()).collect(),
            current: Mutex::new(Loaded {
                acceptor: TlsAcceptor::from(Arc::new(config)),
                stamps,
                failed: None,
            }),
        })
    }

    /// The acceptor for the next connection: reloaded first when a file changed since.
    pub fn acceptor(&self) -> TlsAcceptor {
        let stamps: Vec<Stamp> = self.settings.files().map(stamp).collect();
        let mut current = self.current.lock().expect("tls lock");
        if stamps != current.stamps && current.failed.as_ref() != Some(&stamps) {
            let alpn: Vec<&[u8]> = self.alpn.iter().map(Vec::as_slice).collect();
            match self.settings.server_config(&alpn) {
                Ok(config) => {
                    tracing::info!(cert_file = %self.settings.cert_file.display(), "TLS certificate reloaded");
                    current.acceptor = TlsAcceptor::from(Arc::new(config));
                    current.stamps = stamps;
                    current.failed = None;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "TLS files changed but do not load; still serving the previous certificate");
                    current.failed = Some(stamps);
                }
            }
        }
        current.acceptor.clone()
    }
}
