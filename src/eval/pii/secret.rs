//! Secrets introduced by a literal prefix (`AKIA`, `ghp_`, `xoxb-`, `sk-`, `eyJ`,
//! `-----BEGIN`): the prefix is found by the scanner's automaton, the rest of the key here.

use super::entity::EntityType;
use super::entity::Finding;
use super::text::{is_alnum, is_word, run_end};

/// Which secret a literal prefix introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Prefix {
    Aws,
    GithubClassic,
    GithubFineGrained,
    Slack,
    OpenAi,
    Jwt,
    Pem,
}

pub(super) const PREFIXES: &[(&str, Prefix)] = &[
    ("AKIA", Prefix::Aws),
    ("ASIA", Prefix::Aws),
    ("ghp_", Prefix::GithubClassic),
    ("gho_", Prefix::GithubClassic),
    ("ghu_", Prefix::GithubClassic),
    ("ghs_", Prefix::GithubClassic),
    ("ghr_", Prefix::GithubClassic),
    ("github_pat_", Prefix::GithubFineGrained),
    ("xoxb-", Prefix::Slack),
    ("xoxp-", Prefix::Slack),
    ("xoxa-", Prefix::Slack),
    ("xoxr-", Prefix::Slack),
    ("xoxs-", Prefix::Slack),
    ("xoxe-", Prefix::Slack),
    ("sk-", Prefix::OpenAi),
    ("eyJ", Prefix::Jwt),
    ("-----BEGIN ", Prefix::Pem),
];

pub(super) fn secret_at(
    bytes: &[u8],
    start: usize,
    prefix_end: usize,
    kind: Prefix,
) -> Option<Finding> {
    let before_ok = |ok: &dyn Fn(u8) -> bool| start == 0 || !ok(bytes[start - 1]);
    let found = |entity, end| Some(Finding { entity, start, end });
    match kind {
        Prefix::Aws => {
            let end = run_end(bytes, prefix_end, |b| {
                b.is_ascii_uppercase() || b.is_ascii_digit()
            });
            let body = &bytes[prefix_end..end];
            (before_ok(&is_alnum)
                && body.len() == 16
                && (end == bytes.len() || !is_alnum(bytes[end]))
                && body.iter().any(u8::is_ascii_digit))
            .then_some(())?;
            found(EntityType::AwsAccessKey, end)
        }
        Prefix::GithubClassic => {
            let end = run_end(bytes, prefix_end, is_alnum);
            (before_ok(&is_word)
                && end - prefix_end == 36
                && (end == bytes.len() || !is_word(bytes[end])))
            .then_some(())?;
            found(EntityType::GithubToken, end)
        }
        Prefix::GithubFineGrained => {
            let end = run_end(bytes, prefix_end, is_word);
            (before_ok(&is_word) && (70..=100).contains(&(end - prefix_end))).then_some(())?;
            found(EntityType::GithubToken, end)
        }
        Prefix::Slack => {
            // xoxb-<digits>-<digits or alnum>-...: the first group is numeric, which is what
            // placeholders such as xoxb-YOUR-TOKEN-HERE lack.
            let end = run_end(bytes, prefix_end, |b| is_alnum(b) || b == b'-');
            let body = &bytes[prefix_end..end];
            let first = body.split(|b| *b == b'-').next().unwrap_or(&[]);
            (before_ok(&is_alnum)
                && first.len() >= 6
                && first.iter().all(u8::is_ascii_digit)
                && body.len() >= 20
                && body.iter().filter(|b| **b == b'-').count() >= 2)
                .then_some(())?;
            found(EntityType::SlackToken, end)
        }
        Prefix::OpenAi => {
            let end = run_end(bytes, prefix_end, |b| is_alnum(b) || b == b'-' || b == b'_');
            let body = &bytes[prefix_end..end];
            let digits = body.iter().filter(|b| b.is_ascii_digit()).count();
            let upper = body.iter().filter(|b| b.is_ascii_uppercase()).count();
            let lower = body.iter().filter(|b| b.is_ascii_lowercase()).count();
            // Random keys mix digits and both cases; words joined by dashes do not.
            (before_ok(&|b| is_alnum(b) || b == b'-' || b == b'_')
                && body.len() >= 32
                && upper >= 2
                && lower >= 2
                && (digits >= 1 || body.len() >= 40))
                .then_some(())?;
            found(EntityType::OpenaiApiKey, end)
        }
        Prefix::Jwt => {
            jwt_end(bytes, start, prefix_end).and_then(|end| found(EntityType::Jwt, end))
        }
        Prefix::Pem => {
            pem_end(bytes, prefix_end).and_then(|end| found(EntityType::PemPrivateKey, end))
        }
    }
}

/// Where a JWT (three base64url segments) that starts at `start` ends.
fn jwt_end(bytes: &[u8], start: usize, prefix_end: usize) -> Option<usize> {
    let b64 = |b: u8| is_alnum(b) || b == b'-' || b == b'_';
    let header_end = run_end(bytes, prefix_end, b64);
    let mut end = header_end;
    for _ in 0..2 {
        if end >= bytes.len() || bytes[end] != b'.' {
            return None;
        }
        let seg_end = run_end(bytes, end + 1, b64);
        if seg_end - (end + 1) < 10 {
            return None;
        }
        end = seg_end;
    }
    let before_ok = start == 0 || !b64(bytes[start - 1]);
    (before_ok && header_end - start >= 10).then_some(end)
}

/// Where a PEM private key block whose "-----BEGIN " ends at `prefix_end` ends.
fn pem_end(bytes: &[u8], prefix_end: usize) -> Option<usize> {
    // "-----BEGIN <LABEL >PRIVATE KEY-----", label upper-case words (RSA, EC, OPENSSH).
    let head = &bytes[prefix_end..bytes.len().min(prefix_end + 48)];
    let label_end = find(head, b"PRIVATE KEY-----")?;
    let label = &head[..label_end];
    label
        .iter()
        .all(|b| b.is_ascii_uppercase() || *b == b' ')
        .then_some(())?;
    let header_end = prefix_end + label_end + b"PRIVATE KEY-----".len();
    let mut footer = b"-----END ".to_vec();
    footer.extend_from_slice(label);
    footer.extend_from_slice(b"PRIVATE KEY-----");
    // A block cut off before its footer (a truncated reply) still leaked the key:
    // report up to the end of its base64 body.
    let end = match find(&bytes[header_end..], &footer) {
        Some(i) => header_end + i + footer.len(),
        None => run_end(bytes, header_end, |b| {
            is_alnum(b) || matches!(b, b'+' | b'/' | b'=' | b'\n' | b'\r' | b'\\')
        }),
    };
    // A header with no key material after it (documentation, a placeholder) leaks nothing.
    let material = bytes[header_end..end]
        .iter()
        .filter(|b| is_alnum(**b) || matches!(b, b'+' | b'/'))
        .count();
    (material >= 40).then_some(end)
}

pub(super) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}
