//! Who may connect and call, and how we connect out: TLS on the listeners ([`tls`]), TLS of
//! outgoing connections ([`client_tls`]), bearer tokens ([`tokens`]), and the safe-default rule
//! that a listener reachable from other machines has TLS and tokens or says `insecure: true`.

pub mod client_tls;
mod pem;
pub mod tls;
pub mod tokens;

use std::net::SocketAddr;

pub use tls::{ServerTls, TlsSettings};
pub use tokens::{AuthError, AuthSettings, Authenticator, Caller};

/// How one listener is protected, for the exposure rule.
pub struct Exposure {
    /// Its address.
    pub addr: SocketAddr,
    /// TLS on.
    pub tls: bool,
    /// Callers must authenticate.
    pub auth: bool,
    /// The user accepted the risk (`insecure: true`).
    pub insecure: bool,
}

impl Exposure {
    /// Why this listener is exposed without protection, if it is: it binds an address other
    /// machines can reach (not loopback) without TLS or without authentication, and
    /// `insecure: true` is not set.
    pub fn problem(&self, what: &str) -> Option<String> {
        if self.addr.ip().is_loopback() || self.insecure || (self.tls && self.auth) {
            return None;
        }
        let missing = match (self.tls, self.auth) {
            (false, false) => "without TLS and without authentication",
            (false, true) => "without TLS (tokens would cross the network in plain text)",
            _ => "without authentication",
        };
        Some(format!(
            "binds {}, reachable from other machines, {missing}: anyone who can connect {what}. \
             Set `tls` and `auth`, bind 127.0.0.1, or set `insecure: true` to accept this",
            self.addr
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exposure(addr: &str, tls: bool, auth: bool, insecure: bool) -> Option<String> {
        Exposure {
            addr: addr.parse().unwrap(),
            tls,
            auth,
            insecure,
        }
        .problem("can write spans")
    }

    #[test]
    fn only_unprotected_non_loopback_listeners_are_exposed() {
        assert!(exposure("127.0.0.1:4317", false, false, false).is_none());
        assert!(exposure("[::1]:4317", false, false, false).is_none());
        assert!(exposure("0.0.0.0:4317", true, true, false).is_none());
        assert!(exposure("0.0.0.0:4317", false, false, true).is_none());
        let both = exposure("0.0.0.0:4317", false, false, false).unwrap();
        assert!(
            both.contains("binds 0.0.0.0:4317")
                && both.contains("without TLS and without authentication"),
            "{both}"
        );
        assert!(
            exposure("10.0.0.5:4317", true, false, false)
                .unwrap()
                .contains("without authentication")
        );
        assert!(
            exposure("[::]:4317", false, true, false)
                .unwrap()
                .contains("without TLS")
        );
    }
}
