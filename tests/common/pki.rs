//! A test PKI generated in the test (rcgen): a CA, a server certificate for `localhost` and
//! `127.0.0.1`, a client certificate it signed, and a client certificate of another CA.

use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};

/// PEM files written to a directory.
pub struct Pki {
    /// The CA that signed the server and client certificates.
    pub ca: PathBuf,
    pub server_cert: PathBuf,
    pub server_key: PathBuf,
    pub client_cert: PathBuf,
    pub client_key: PathBuf,
    /// A client certificate of a CA the server does not trust.
    pub rogue_cert: PathBuf,
    pub rogue_key: PathBuf,
    authority: CertifiedIssuer<'static, KeyPair>,
}

fn ca(name: &str) -> CertifiedIssuer<'static, KeyPair> {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap()
}

/// A leaf certificate and its key (PEM) signed by `issuer`.
pub fn leaf(
    issuer: &CertifiedIssuer<'static, KeyPair>,
    name: &str,
    sans: &[&str],
    usage: ExtendedKeyUsagePurpose,
) -> (String, String) {
    let key = KeyPair::generate().unwrap();
    let mut params =
        CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params.extended_key_usages = vec![usage];
    let cert = params.signed_by(&key, issuer).unwrap();
    (cert.pem(), key.serialize_pem())
}

impl Pki {
    /// Generate everything into `dir`.
    pub fn generate(dir: &Path) -> Pki {
        let authority = ca("agentwatch test CA");
        let rogue_authority = ca("someone else's CA");
        let write = |name: &str, pem: &str| {
            let path = dir.join(name);
            std::fs::write(&path, pem).unwrap();
            path
        };
        let ca = write("ca.crt", &authority.pem());
        let (cert, key) = leaf(
            &authority,
            "agentwatch",
            &["localhost", "127.0.0.1"],
            ExtendedKeyUsagePurpose::ServerAuth,
        );
        let (server_cert, server_key) = (write("server.crt", &cert), write("server.key", &key));
        let (cert, key) = leaf(
            &authority,
            "collector",
            &["collector"],
            ExtendedKeyUsagePurpose::ClientAuth,
        );
        let (client_cert, client_key) = (write("client.crt", &cert), write("client.key", &key));
        let (cert, key) = leaf(
            &rogue_authority,
            "intruder",
            &["intruder"],
            ExtendedKeyUsagePurpose::ClientAuth,
        );
        let (rogue_cert, rogue_key) = (write("rogue.crt", &cert), write("rogue.key", &key));
        Pki {
            ca,
            server_cert,
            server_key,
            client_cert,
            client_key,
            rogue_cert,
            rogue_key,
            authority,
        }
    }

    /// A new server certificate and key (PEM) from the same CA, for rotation.
    pub fn reissue_server(&self, name: &str) -> (String, String) {
        leaf(
            &self.authority,
            name,
            &["localhost", "127.0.0.1"],
            ExtendedKeyUsagePurpose::ServerAuth,
        )
    }
}
