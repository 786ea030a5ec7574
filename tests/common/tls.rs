//! A throwaway PKI for the TLS tests, generated in the test with rcgen: a CA, a server
//! certificate for 127.0.0.1 and localhost, a client certificate signed by the same CA, and a
//! second CA (the "wrong CA") with a client certificate of its own. Written as PEM files to a
//! temp dir; the server certificate can be reissued (rotation).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    SanType,
};

/// The PEM files of a test PKI.
pub struct TestPki {
    dir: tempfile::TempDir,
    ca: Ca,
}

/// A CA and the means to sign with it.
struct Ca {
    pem: String,
    issuer: Issuer<'static, KeyPair>,
}

fn new_ca(name: &str) -> Ca {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::new(Vec::new()).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let pem = params.self_signed(&key).unwrap().pem();
    Ca {
        pem,
        issuer: Issuer::new(params, key),
    }
}

/// A leaf certificate for `names` (DNS names or IP addresses) signed by `ca`: (cert, key) PEM.
fn leaf(ca: &Ca, names: &[&str], purpose: ExtendedKeyUsagePurpose) -> (String, String) {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::new(Vec::new()).unwrap();
    params.distinguished_name.push(DnType::CommonName, names[0]);
    params.subject_alt_names = names
        .iter()
        .map(|n| match n.parse() {
            Ok(ip) => SanType::IpAddress(ip),
            Err(_) => SanType::DnsName((*n).try_into().unwrap()),
        })
        .collect();
    params.extended_key_usages = vec![purpose];
    let cert = params.signed_by(&key, &ca.issuer).unwrap();
    (cert.pem(), key.serialize_pem())
}

impl TestPki {
    /// Generate everything and write `ca.pem`, `server.pem` / `server.key`, `client.pem` /
    /// `client.key`, `other-ca.pem`, and `rogue.pem` / `rogue.key` (a client of the other CA).
    pub fn generate() -> TestPki {
        let dir = tempfile::tempdir().unwrap();
        let ca = new_ca("agentwatch test CA");
        let other = new_ca("another test CA");
        let (server, server_key) = leaf(
            &ca,
            &["localhost", "127.0.0.1"],
            ExtendedKeyUsagePurpose::ServerAuth,
        );
        let (client, client_key) = leaf(
            &ca,
            &["agentwatch-client"],
            ExtendedKeyUsagePurpose::ClientAuth,
        );
        let (rogue, rogue_key) = leaf(&other, &["intruder"], ExtendedKeyUsagePurpose::ClientAuth);
        for (name, text) in [
            ("ca.pem", &ca.pem),
            ("other-ca.pem", &other.pem),
            ("server.pem", &server),
            ("server.key", &server_key),
            ("client.pem", &client),
            ("client.key", &client_key),
            ("rogue.pem", &rogue),
            ("rogue.key", &rogue_key),
        ] {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        TestPki { dir, ca }
    }

    /// A new server certificate and key (PEM) from the same CA, for rotation.
    pub fn reissue_server(&self) -> (String, String) {
        leaf(
            &self.ca,
            &["localhost", "127.0.0.1"],
            ExtendedKeyUsagePurpose::ServerAuth,
        )
    }

    /// The path of one of the files.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The text of one of the files.
    pub fn pem(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).unwrap()
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// `tls:` settings (flow style) trusting `ca` (a file name here), with the client
    /// certificate when `client_cert`.
    pub fn client_settings(&self, ca: &str, client_cert: bool) -> String {
        let mut text = format!("{{ca_file: {}", self.path(ca).display());
        if client_cert {
            text.push_str(&format!(
                ", cert_file: {}, key_file: {}",
                self.path("client.pem").display(),
                self.path("client.key").display()
            ));
        }
        text.push('}');
        text
    }

    /// A rustls server configuration with the server certificate, requiring a client
    /// certificate signed by the CA when `require_client_cert`, and offering `alpn`.
    pub fn server_config(
        &self,
        require_client_cert: bool,
        alpn: &[&[u8]],
    ) -> Arc<rustls::ServerConfig> {
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let chain: Vec<CertificateDer<'static>> =
            CertificateDer::pem_file_iter(self.path("server.pem"))
                .unwrap()
                .map(Result::unwrap)
                .collect();
        let key = PrivateKeyDer::from_pem_file(self.path("server.key")).unwrap();
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .unwrap();
        let builder = if require_client_cert {
            let mut roots = rustls::RootCertStore::empty();
            for cert in CertificateDer::pem_file_iter(self.path("ca.pem")).unwrap() {
                roots.add(cert.unwrap()).unwrap();
            }
            let verifier =
                rustls::server::WebPkiClientVerifier::builder_with_provider(roots.into(), provider)
                    .build()
                    .unwrap();
            builder.with_client_cert_verifier(verifier)
        } else {
            builder.with_no_client_auth()
        };
        let mut config = builder.with_single_cert(chain, key).unwrap();
        config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
        Arc::new(config)
    }
}
