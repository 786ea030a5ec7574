//! Bearer-token authentication: `authorization: Bearer <token>` checked against named tokens
//! from the pipeline file (written as `${env:…}` / `${file:…}` so that no secret lives in it).
//!
//! Tokens are kept only as SHA-256 digests and compared in constant time against every
//! configured token (no early exit): neither the time taken nor a log line tells a caller how
//! close a guess was. Errors name the token's *name*, never its value.

use std::collections::HashSet;
use std::sync::Arc;

use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// `auth:` — who may call.
#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    /// Accepted bearer tokens; a caller must present one of them.
    pub tokens: Vec<TokenSettings>,
}

/// One accepted token.
#[derive(Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TokenSettings {
    /// A name for logs and metrics (e.g. the team or collector that holds the token).
    pub name: String,
    /// The secret; write it as `${env:NAME}` or `${file:/path}`.
    pub token: String,
    /// When set, this token may only write spans of these `service.name`s.
    #[serde(default)]
    pub services: Option<Vec<String>>,
}

impl std::fmt::Debug for TokenSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSettings")
            .field("name", &self.name)
            .field("token", &"<redacted>")
            .field("services", &self.services)
            .finish()
    }
}

/// Shortest token accepted: 16 characters (a random 96-bit token in base64).
pub const MIN_TOKEN_LEN: usize = 16;

impl AuthSettings {
    /// Value rules, reported under `path` (the `auth` section).
    pub fn check(&self, path: &str, issue: &mut dyn FnMut(&str, String)) {
        if self.tokens.is_empty() {
            issue(
                &format!("{path}.tokens"),
                "lists no token: remove `auth` or add at least one".into(),
            );
        }
        let mut names = HashSet::new();
        let mut secrets = HashSet::new();
        for (i, t) in self.tokens.iter().enumerate() {
            let at = format!("{path}.tokens[{i}]");
            if t.name.trim().is_empty() {
                issue(&format!("{at}.name"), "must not be empty".into());
            } else if !names.insert(t.name.as_str()) {
                issue(
                    &format!("{at}.name"),
                    format!("'{}' is used by two tokens", t.name),
                );
            }
            if t.token.chars().count() < MIN_TOKEN_LEN {
                issue(
                    &format!("{at}.token"),
                    format!(
                        "token '{}' is shorter than {MIN_TOKEN_LEN} characters",
                        t.name
                    ),
                );
            } else if t.token.chars().any(|c| c.is_whitespace() || c.is_control()) {
                issue(
                    &format!("{at}.token"),
                    format!(
                        "token '{}' holds whitespace (a stray newline from a file?)",
                        t.name
                    ),
                );
            } else if !secrets.insert(t.token.as_str()) {
                issue(
                    &format!("{at}.token"),
                    format!("token '{}' has the same value as another token", t.name),
                );
            }
            if let Some(services) = &t.services
                && services.is_empty()
            {
                issue(
                    &format!("{at}.services"),
                    "is empty: the token could write nothing (omit it to allow every service)"
                        .into(),
                );
            }
        }
    }
}

/// Who called: the token's name and what it may write.
#[derive(Debug, Clone, PartialEq)]
pub struct Caller {
    /// The token's name.
    pub name: Arc<str>,
    /// The `service.name`s it may write; `None`: any.
    pub services: Option<Arc<[String]>>,
}

impl Caller {
    /// May this caller write spans of `service`?
    pub fn may_write(&self, service: &str) -> bool {
        self.services
            .as_ref()
            .is_none_or(|allowed| allowed.iter().any(|s| s == service))
    }
}

/// Why a call was not authenticated (never holds the presented token).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// No `authorization` header.
    #[error("missing bearer token: send `authorization: Bearer <token>`")]
    Missing,
    /// An `authorization` header that is not `Bearer <token>`.
    #[error("the authorization header is not `Bearer <token>`")]
    NotBearer,
    /// A bearer token that matches no configured token.
    #[error("the bearer token is not valid")]
    Unknown,
}

struct Entry {
    digest: [u8; 32],
    caller: Caller,
}

/// The configured tokens, ready to check callers.
pub struct Authenticator {
    entries: Vec<Entry>,
}

impl Authenticator {
    /// From validated settings.
    pub fn new(settings: &AuthSettings) -> Authenticator {
        Authenticator {
            entries: settings
                .tokens
                .iter()
                .map(|t| Entry {
                    digest: Sha256::digest(t.token.as_bytes()).into(),
                    caller: Caller {
                        name: t.name.as_str().into(),
                        services: t.services.as_ref().map(|s| s.clone().into()),
                    },
                })
                .collect(),
        }
    }

    /// Check the value of an `authorization` header (`None` when absent).
    pub fn authenticate(&self, header: Option<&[u8]>) -> Result<&Caller, AuthError> {
        let header = header.ok_or(AuthError::Missing)?;
        let token = bearer_token(header).ok_or(AuthError::NotBearer)?;
        let presented: [u8; 32] = Sha256::digest(token).into();
        // Every entry is compared, in constant time, whatever matched before.
        let mut matched: Option<usize> = None;
        for (i, entry) in self.entries.iter().enumerate() {
            if bool::from(entry.digest.ct_eq(&presented)) {
                matched = Some(i);
            }
        }
        matched
            .map(|i| &self.entries[i].caller)
            .ok_or(AuthError::Unknown)
    }
}

/// The token of `Bearer <token>` (scheme case-insensitive, per RFC 6750 / 9110).
fn bearer_token(header: &[u8]) -> Option<&[u8]> {
    let (scheme, rest) = header.split_at_checked(7)?;
    if !scheme.eq_ignore_ascii_case(b"bearer ") {
        return None;
    }
    let token = rest.trim_ascii();
    (!token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> AuthSettings {
        AuthSettings {
            tokens: vec![
                TokenSettings {
                    name: "collector".into(),
                    token: "s3cr3t-collector-token".into(),
                    services: None,
                },
                TokenSettings {
                    name: "checkout".into(),
                    token: "s3cr3t-checkout-token".into(),
                    services: Some(vec!["checkout".into()]),
                },
            ],
        }
    }

    #[test]
    fn a_known_token_names_its_caller() {
        let auth = Authenticator::new(&settings());
        let caller = auth
            .authenticate(Some(b"Bearer s3cr3t-checkout-token"))
            .unwrap();
        assert_eq!(&*caller.name, "checkout");
        assert!(caller.may_write("checkout"));
        assert!(!caller.may_write("billing"));
        let caller = auth
            .authenticate(Some(b"bearer  s3cr3t-collector-token "))
            .unwrap();
        assert_eq!(&*caller.name, "collector");
        assert!(caller.may_write("anything"));
    }

    #[test]
    fn missing_malformed_and_wrong_tokens_are_told_apart() {
        let auth = Authenticator::new(&settings());
        assert_eq!(auth.authenticate(None), Err(AuthError::Missing));
        assert_eq!(
            auth.authenticate(Some(b"Basic dXNlcjpwYXNz")),
            Err(AuthError::NotBearer)
        );
        assert_eq!(
            auth.authenticate(Some(b"Bearer ")),
            Err(AuthError::NotBearer)
        );
        assert_eq!(
            auth.authenticate(Some(b"Bearer s3cr3t-collector-tokeN")),
            Err(AuthError::Unknown)
        );
        // A prefix of a valid token is not valid.
        assert_eq!(
            auth.authenticate(Some(b"Bearer s3cr3t-collector")),
            Err(AuthError::Unknown)
        );
    }

    #[test]
    fn checks_name_every_problem_without_the_secret() {
        let mut bad = settings();
        bad.tokens.push(TokenSettings {
            name: "collector".into(),
            token: "short".into(),
            services: Some(vec![]),
        });
        bad.tokens.push(TokenSettings {
            name: "copy".into(),
            token: "s3cr3t-checkout-token".into(),
            services: None,
        });
        let mut issues = Vec::new();
        bad.check("receivers.otlp.auth", &mut |p, m| {
            issues.push(format!("{p}: {m}"))
        });
        assert_eq!(issues.len(), 4, "{issues:#?}");
        assert!(issues[0].starts_with("receivers.otlp.auth.tokens[2].name: 'collector'"));
        assert!(issues[1].contains("tokens[2].token: token 'collector' is shorter"));
        assert!(issues[2].contains("tokens[2].services: is empty"));
        assert!(issues[3].contains("tokens[3].token: token 'copy' has the same value"));
        assert!(issues.iter().all(|i| !i.contains("s3cr3t")));
        let debug = format!("{bad:?}");
        assert!(!debug.contains("s3cr3t"), "{debug}");
    }
}
