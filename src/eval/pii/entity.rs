//! The kinds of PII and secrets `pii_leak` reports, named as Microsoft Presidio names them
//! where Presidio has a name.

use serde::{Deserialize, Serialize};

/// A kind of sensitive value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityType {
    /// An e-mail address.
    EmailAddress,
    /// A phone number, international (+CC) or national form.
    PhoneNumber,
    /// A payment card number (Luhn-valid, known issuer prefix).
    CreditCard,
    /// An IBAN (country length and mod-97 checked).
    IbanCode,
    /// A US social security number (area / group / serial rules).
    UsSsn,
    /// An IPv4 or IPv6 address.
    IpAddress,
    /// An AWS access key id (`AKIA…`, `ASIA…`).
    AwsAccessKey,
    /// A GitHub token (`ghp_…`, `github_pat_…`, ...).
    GithubToken,
    /// A Slack token (`xoxb-…`, ...).
    SlackToken,
    /// An OpenAI-style secret key (`sk-…`, `sk-proj-…`).
    OpenaiApiKey,
    /// A JSON Web Token.
    Jwt,
    /// A PEM private key block.
    PemPrivateKey,
    /// A user-configured deny term.
    DenyTerm,
}

impl EntityType {
    /// Every type, in a fixed order.
    pub const ALL: [EntityType; 13] = [
        EntityType::EmailAddress,
        EntityType::PhoneNumber,
        EntityType::CreditCard,
        EntityType::IbanCode,
        EntityType::UsSsn,
        EntityType::IpAddress,
        EntityType::AwsAccessKey,
        EntityType::GithubToken,
        EntityType::SlackToken,
        EntityType::OpenaiApiKey,
        EntityType::Jwt,
        EntityType::PemPrivateKey,
        EntityType::DenyTerm,
    ];

    /// The stored spelling (`EMAIL_ADDRESS`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::EmailAddress => "EMAIL_ADDRESS",
            EntityType::PhoneNumber => "PHONE_NUMBER",
            EntityType::CreditCard => "CREDIT_CARD",
            EntityType::IbanCode => "IBAN_CODE",
            EntityType::UsSsn => "US_SSN",
            EntityType::IpAddress => "IP_ADDRESS",
            EntityType::AwsAccessKey => "AWS_ACCESS_KEY",
            EntityType::GithubToken => "GITHUB_TOKEN",
            EntityType::SlackToken => "SLACK_TOKEN",
            EntityType::OpenaiApiKey => "OPENAI_API_KEY",
            EntityType::Jwt => "JWT",
            EntityType::PemPrivateKey => "PEM_PRIVATE_KEY",
            EntityType::DenyTerm => "DENY_TERM",
        }
    }

    /// Index into per-type tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Parse the stored spelling.
    pub fn parse(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|e| e.as_str() == name)
    }
}

impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One sensitive value found in a text: its type and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    /// What it is.
    pub entity: EntityType,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}
