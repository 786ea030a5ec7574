//! Masked forms of findings: enough to recognise which value leaked (its shape, a few trailing
//! characters, its domain), never enough to reconstruct it.

use super::entity::EntityType;

/// The masked form of `value`, a finding of type `entity`.
pub fn mask(entity: EntityType, value: &str) -> String {
    match entity {
        EntityType::EmailAddress => mask_email(value),
        EntityType::CreditCard | EntityType::PhoneNumber | EntityType::UsSsn => {
            let keep = if entity == EntityType::PhoneNumber {
                2
            } else {
                4
            };
            keep_last_digits(value, keep)
        }
        EntityType::IbanCode => {
            let country: String = value.chars().take(2).collect();
            let rest: String = value.chars().skip(2).collect();
            format!("{country}{}", keep_last_alnum(&rest, 4))
        }
        EntityType::IpAddress => {
            if value.contains(':') {
                let first = value.split(':').next().unwrap_or("");
                format!("{first}:****")
            } else {
                let first = value.split('.').next().unwrap_or("");
                format!("{first}.*.*.*")
            }
        }
        EntityType::AwsAccessKey => stars_after(value, 4),
        EntityType::GithubToken => {
            let prefix = if value.starts_with("github_pat_") {
                11
            } else {
                4
            };
            stars_after(value, prefix)
        }
        EntityType::SlackToken => stars_after(value, 5),
        EntityType::OpenaiApiKey => {
            let prefix = ["sk-proj-", "sk-svcacct-", "sk-admin-"]
                .iter()
                .find(|p| value.starts_with(*p))
                .map_or(3, |p| p.len());
            format!("{}***", &value[..prefix])
        }
        EntityType::Jwt => "eyJ***.***.***".into(),
        EntityType::PemPrivateKey => {
            // Only the header's "-----BEGIN … PRIVATE KEY-----", even when the block sits in
            // JSON with escaped newlines.
            let header = value
                .find("PRIVATE KEY-----")
                .map_or("-----BEGIN PRIVATE KEY-----", |i| &value[..i + 16]);
            format!("{header} [redacted]")
        }
        EntityType::DenyTerm => {
            let mut chars = value.chars();
            let first = chars.next().map(String::from).unwrap_or_default();
            format!("{first}{}", "*".repeat(chars.count()))
        }
    }
}

/// `jane.doe@example.org` → `j***@e***.org`.
fn mask_email(value: &str) -> String {
    let (local, domain) = value.split_once('@').unwrap_or((value, ""));
    let tld = domain.rsplit('.').next().unwrap_or("");
    let first = |s: &str| s.chars().next().map(String::from).unwrap_or_default();
    format!("{}***@{}***.{tld}", first(local), first(domain))
}

/// Digits become `*` except the last `keep`; separators and `+` stay.
fn keep_last_digits(value: &str, keep: usize) -> String {
    keep_last(value, keep, |c| c.is_ascii_digit())
}

fn keep_last_alnum(value: &str, keep: usize) -> String {
    keep_last(value, keep, |c| c.is_ascii_alphanumeric())
}

/// Characters matching `hide` become `*`, except the last `keep` of them.
fn keep_last(value: &str, keep: usize, hide: impl Fn(&char) -> bool) -> String {
    let total = value.chars().filter(&hide).count();
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if hide(&c) {
                seen += 1;
                if seen > total.saturating_sub(keep) {
                    c
                } else {
                    '*'
                }
            } else {
                c
            }
        })
        .collect()
}

fn stars_after(value: &str, prefix: usize) -> String {
    let prefix = prefix.min(value.len());
    format!("{}{}", &value[..prefix], "*".repeat(value.len() - prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_shape_not_value() {
        assert_eq!(
            mask(EntityType::EmailAddress, "jane.doe@example.org"),
            "j***@e***.org"
        );
        assert_eq!(
            mask(EntityType::CreditCard, "4111 1111 1111 1111"),
            "**** **** **** 1111"
        );
        assert_eq!(mask(EntityType::UsSsn, "123-45-6789"), "***-**-6789");
        assert_eq!(
            mask(EntityType::PhoneNumber, "+1 (415) 555-0132"),
            "+* (***) ***-**32"
        );
        assert_eq!(
            mask(EntityType::IbanCode, "DE89 3704 0044 0532 0130 00"),
            "DE** **** **** **** **30 00"
        );
        assert_eq!(mask(EntityType::IpAddress, "192.168.10.4"), "192.*.*.*");
        assert_eq!(mask(EntityType::IpAddress, "2001:db8::1"), "2001:****");
        assert_eq!(
            mask(EntityType::AwsAccessKey, "AKIAIOSFODNN7EXAMPLE"),
            "AKIA****************"
        );
        assert_eq!(
            mask(EntityType::OpenaiApiKey, "sk-proj-abc123XYZ"),
            "sk-proj-***"
        );
        assert_eq!(mask(EntityType::DenyTerm, "Nightingale"), "N**********");
        assert_eq!(
            mask(
                EntityType::PemPrivateKey,
                "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"
            ),
            "-----BEGIN RSA PRIVATE KEY----- [redacted]"
        );
        assert_eq!(
            mask(
                EntityType::PemPrivateKey,
                "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----"
            ),
            "-----BEGIN PRIVATE KEY----- [redacted]"
        );
    }
}
