//! The PII scanner: one pass per trigger class over the text, validators on every candidate.
//!
//! Three cheap passes find candidates, each with its own fast search:
//! 1. literal prefixes of secrets (`AKIA`, `ghp_`, `xoxb-`, `sk-`, `eyJ`, `-----BEGIN`) and the
//!    configured deny terms — aho-corasick (SIMD prefilter);
//! 2. `@` for e-mail addresses — memchr;
//! 3. digits (cards, SSNs, phones, IBANs, IPv4) and `:` (IPv6) — a byte-class table.
//!
//! Candidates become findings only after structure and check-digit validation (Luhn, mod-97,
//! SSN rules, `std::net` address parsing) and, for bare digit strings, a context word nearby.
//! A value claimed by an earlier pass (a digit inside a key or an address) is not reported again.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::checks::{
    card_issuer_known, card_length_plausible, iban_checksum_valid, iban_length, luhn_valid,
    ssn_valid,
};
use super::entity::EntityType;

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

/// Which secret a literal prefix introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefix {
    Aws,
    GithubClassic,
    GithubFineGrained,
    Slack,
    OpenAi,
    Jwt,
    Pem,
}

const PREFIXES: &[(&str, Prefix)] = &[
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

/// Words that make a bare 9-digit number an SSN.
const SSN_CONTEXT: &[&str] = &["ssn", "social security", "social-security", "soc sec"];
/// Words that make a digit string a phone number (whole words, any case; the way Presidio's
/// context words work). Near one, national numbers without a country code count too.
const PHONE_CONTEXT: &[&str] = &[
    "phone",
    "phones",
    "tel",
    "tel.",
    "telephone",
    "call",
    "call me",
    "calling",
    "called",
    "mobile",
    "mob",
    "cell",
    "cellphone",
    "whatsapp",
    "fax",
    "sms",
    "text me",
    "dial",
    "ph",
    "ph.",
    "contact number",
    "landline",
    "office",
    "desk",
    "direct",
    "hotline",
    "reach me",
    "reach us",
    "reach him",
    "reach her",
    "answering",
    "ring",
    "número",
    "numero",
    "telefon",
    "telefono",
    "teléfono",
    "téléphone",
    "tél",
    "tél.",
    "portable",
    "móvil",
    "movil",
    "celular",
    "handy",
    "mobil",
    "cellulare",
    "my number",
    "number is",
    "caller id",
    "contact",
    "helpline",
    "support line",
    "reception",
    "switchboard",
    "pager",
    "t:",
    "m:",
    "p:",
    "o:",
    "f:",
    "tel no",
    "phone no",
    "cell no",
    "telefonu",
    "telefone",
    "telefoon",
    "telefonnummer",
    "rufnummer",
    "handynummer",
    "mobilnummer",
    "festnetz",
    "tlf",
    "puh",
    "gsm",
    "cel",
];

/// Words that make a Luhn-valid 12–19 digit number a payment card whatever its issuer or
/// grouping.
const CARD_CONTEXT: &[&str] = &[
    "card",
    "cards",
    "card no",
    "card #",
    "cc",
    "credit",
    "debit",
    "billed",
    "charged",
    "charge",
    "payment",
    "paid",
    "pan",
    "visa",
    "mastercard",
    "amex",
    "maestro",
    "jcb",
    "discover",
    "diners",
    "unionpay",
    "rupay",
    "mir",
    "troy",
    "verve",
    "tarjeta",
    "carte",
    "karte",
    "kreditkarte",
    "kartennummer",
    "karteninhaber",
    "kartenzahlung",
    "cartão",
    "carta",
    "creditcard",
    "kaart",
    "karta",
    "kort",
    "kortti",
    "bankkarte",
    "girocard",
    "cvv",
    "cvc",
    "cvv2",
    "exp",
    "expiry",
    "expires",
    "valid thru",
    "ending in",
];

/// Scanner configuration: which types to report, and the deny terms.
#[derive(Debug, Clone)]
pub struct ScannerOptions {
    /// Types to report (others are still used to claim ranges, never reported).
    pub entities: Vec<EntityType>,
    /// Terms to report as `DENY_TERM`.
    pub deny_terms: Vec<String>,
    /// Match deny terms ignoring ASCII case.
    pub deny_terms_case_insensitive: bool,
}

impl Default for ScannerOptions {
    fn default() -> Self {
        ScannerOptions {
            entities: EntityType::ALL.to_vec(),
            deny_terms: Vec::new(),
            deny_terms_case_insensitive: true,
        }
    }
}

/// A compiled PII scanner; build once, share between threads.
pub struct PiiScanner {
    report: [bool; EntityType::ALL.len()],
    prefixes: AhoCorasick,
    deny: Option<AhoCorasick>,
    deny_lowercase: bool,
}

/// Error building a scanner (only deny terms can fail).
#[derive(Debug, thiserror::Error)]
#[error("cannot compile deny terms: {0}")]
pub struct ScannerError(String);

/// Byte classes of the digit/colon pass.
static TRIGGER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = b'0';
    while b <= b'9' {
        t[b as usize] = 1;
        b += 1;
    }
    t[b':' as usize] = 2;
    t
};

#[inline]
fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

#[inline]
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl PiiScanner {
    /// Compile a scanner.
    pub fn new(options: &ScannerOptions) -> Result<PiiScanner, ScannerError> {
        let mut report = [false; EntityType::ALL.len()];
        for e in &options.entities {
            report[e.index()] = true;
        }
        let prefixes = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(PREFIXES.iter().map(|(p, _)| p))
            .map_err(|e| ScannerError(e.to_string()))?;
        let terms: Vec<&str> = options
            .deny_terms
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect();
        let deny = if terms.is_empty() || !report[EntityType::DenyTerm.index()] {
            None
        } else {
            let terms: Vec<String> = terms
                .iter()
                .map(|t| {
                    if options.deny_terms_case_insensitive {
                        t.to_ascii_lowercase()
                    } else {
                        t.to_string()
                    }
                })
                .collect();
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&terms)
                    .map_err(|e| ScannerError(e.to_string()))?,
            )
        };
        Ok(PiiScanner {
            report,
            prefixes,
            deny,
            deny_lowercase: options.deny_terms_case_insensitive,
        })
    }

    /// Every finding in `text`, ordered by start offset.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        let bytes = text.as_bytes();
        // Everything found, reported or not: a range claimed by a secret or an address is not
        // scanned again for numbers.
        let mut claimed: Vec<Finding> = Vec::new();
        self.scan_prefixes(text, &mut claimed);
        if let Some(deny) = &self.deny {
            // Case-insensitive automata lose their SIMD prefilter; searching an ASCII-lowered
            // copy (same byte offsets) with lower-cased terms keeps it.
            let lowered;
            let haystack: &[u8] = if self.deny_lowercase {
                lowered = crate::eval::ascii_lowercase(bytes);
                &lowered
            } else {
                bytes
            };
            for m in deny.find_iter(haystack) {
                let (s, e) = (m.start(), m.end());
                let left_ok = s == 0 || !is_alnum(bytes[s - 1]) || !is_alnum(bytes[s]);
                let right_ok = e == bytes.len() || !is_alnum(bytes[e]) || !is_alnum(bytes[e - 1]);
                if left_ok && right_ok {
                    claimed.push(Finding {
                        entity: EntityType::DenyTerm,
                        start: s,
                        end: e,
                    });
                }
            }
        }
        for at in memchr::memchr_iter(b'@', bytes) {
            if inside(&claimed, at) {
                continue;
            }
            if let Some((s, e)) = email_at(bytes, at) {
                claimed.push(Finding {
                    entity: EntityType::EmailAddress,
                    start: s,
                    end: e,
                });
            }
        }
        claimed.sort_by_key(|f| f.start);
        let mut numbers = Vec::new();
        scan_numbers(bytes, &claimed, &mut numbers);
        claimed.extend(numbers);
        claimed.retain(|f| self.report[f.entity.index()]);
        claimed.sort_by_key(|f| (f.start, f.end));
        claimed
    }

    fn scan_prefixes(&self, text: &str, out: &mut Vec<Finding>) {
        let bytes = text.as_bytes();
        let mut resume = 0;
        for m in self.prefixes.find_iter(text) {
            if m.start() < resume {
                continue;
            }
            let kind = PREFIXES[m.pattern().as_usize()].1;
            if let Some(f) = secret_at(bytes, m.start(), m.end(), kind) {
                resume = f.end;
                out.push(f);
            }
        }
    }
}

/// True when `pos` lies inside one of `found`.
fn inside(found: &[Finding], pos: usize) -> bool {
    found.iter().any(|f| f.start <= pos && pos < f.end)
}

/// The end of the run of bytes from `from` that satisfy `ok`.
fn run_end(bytes: &[u8], from: usize, ok: impl Fn(u8) -> bool) -> usize {
    let mut i = from;
    while i < bytes.len() && ok(bytes[i]) {
        i += 1;
    }
    i
}

fn secret_at(bytes: &[u8], start: usize, prefix_end: usize, kind: Prefix) -> Option<Finding> {
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
            (before_ok(&b64) && header_end - start >= 10).then_some(())?;
            found(EntityType::Jwt, end)
        }
        Prefix::Pem => {
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
            // A header with no key material after it (documentation, a placeholder) leaks
            // nothing.
            let material = bytes[header_end..end]
                .iter()
                .filter(|b| is_alnum(**b) || matches!(b, b'+' | b'/'))
                .count();
            (material >= 40).then_some(())?;
            found(EntityType::PemPrivateKey, end)
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// The e-mail address around the `@` at `at`, if there is one.
fn email_at(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let local_ok = |b: u8| is_alnum(b) || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'');
    let mut s = at;
    while s > 0 && local_ok(bytes[s - 1]) && at - s < 64 {
        s -= 1;
    }
    while s < at && !is_alnum(bytes[s]) {
        s += 1; // a local part does not start with punctuation
    }
    if s == at || bytes[at - 1] == b'.' {
        return None;
    }
    let domain_ok = |b: u8| is_alnum(b) || b == b'.' || b == b'-';
    let mut e = run_end(bytes, at + 1, domain_ok).min(at + 1 + 253);
    while e > at + 1 && !is_alnum(bytes[e - 1]) {
        e -= 1; // trailing sentence dot or dash
    }
    let domain = &bytes[at + 1..e];
    let mut labels = domain.split(|b| *b == b'.');
    let mut count = 0;
    let mut last: &[u8] = &[];
    for label in labels.by_ref() {
        if label.is_empty() || label[0] == b'-' || label[label.len() - 1] == b'-' {
            return None;
        }
        count += 1;
        last = label;
    }
    (count >= 2 && last.len() >= 2 && last.iter().all(u8::is_ascii_alphabetic)).then_some((s, e))
}

/// Most digit groups a token keeps (phone numbers have at most 6 or so).
const MAX_GROUPS: usize = 8;

/// A numeric token: digit groups and what separates them. Fixed-size, no allocation: most
/// numbers in model output are short (prices, times, counts) and must cost almost nothing.
struct Token {
    /// Byte range of the whole token in the text (including a leading `+` or `(`).
    start: usize,
    end: usize,
    /// Digit groups as byte ranges; `len` are used.
    groups: [(usize, usize); MAX_GROUPS],
    /// Separator runs between groups; `len - 1` are used.
    seps: [(usize, usize); MAX_GROUPS],
    len: usize,
    plus: bool,
    open_paren: bool,
}

/// Group sizes of a token, comparable with slice patterns.
struct Sizes {
    sizes: [usize; MAX_GROUPS],
    len: usize,
}

impl std::ops::Deref for Sizes {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        &self.sizes[..self.len]
    }
}

impl Token {
    fn groups(&self) -> &[(usize, usize)] {
        &self.groups[..self.len]
    }

    fn seps(&self) -> &[(usize, usize)] {
        &self.seps[..self.len - 1]
    }

    fn digit_count(&self) -> usize {
        self.groups().iter().map(|(s, e)| e - s).sum()
    }

    fn sizes(&self) -> Sizes {
        let mut sizes = [0; MAX_GROUPS];
        for (k, (s, e)) in self.groups().iter().enumerate() {
            sizes[k] = e - s;
        }
        Sizes {
            sizes,
            len: self.len,
        }
    }

    /// The digits, without separators (at most 8 groups × 19 digits is never reached: callers
    /// only ask for card- and SSN-sized tokens).
    fn digits(&self, bytes: &[u8]) -> Vec<u8> {
        let mut d = Vec::with_capacity(20);
        for (s, e) in self.groups() {
            d.extend_from_slice(&bytes[*s..*e]);
        }
        d
    }

    /// All separators equal to `sep`.
    fn seps_all(&self, bytes: &[u8], sep: &[u8]) -> bool {
        self.seps().iter().all(|(s, e)| &bytes[*s..*e] == sep)
    }

    fn has_sep_char(&self, bytes: &[u8], c: u8) -> bool {
        self.seps().iter().any(|(s, e)| bytes[*s..*e].contains(&c))
    }
}

/// Read the numeric token whose first digit is at `i`.
fn read_token(bytes: &[u8], i: usize) -> Token {
    let mut token = Token {
        start: i,
        end: i,
        groups: [(0, 0); MAX_GROUPS],
        seps: [(0, 0); MAX_GROUPS],
        len: 0,
        plus: i > 0 && bytes[i - 1] == b'+',
        open_paren: i > 0 && bytes[i - 1] == b'(',
    };
    let mut j = i;
    loop {
        let g_end = run_end(bytes, j, |b| b.is_ascii_digit());
        token.groups[token.len] = (j, g_end);
        token.len += 1;
        // A separator run of up to 3 bytes, followed by a digit, continues the token.
        let s_end = run_end(bytes, g_end, |b| {
            matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/')
        })
        .min(g_end + 3);
        let continues = s_end > g_end
            && s_end < bytes.len()
            && bytes[s_end].is_ascii_digit()
            && token.len < MAX_GROUPS
            && sep_plausible(&bytes[g_end..s_end]);
        if !continues {
            token.end = g_end;
            break;
        }
        token.seps[token.len - 1] = (g_end, s_end);
        j = s_end;
    }
    // "(415) 555-0132": the parenthesis belongs to the number only when it closes after the
    // first group.
    token.open_paren &= bytes.get(token.groups[0].1) == Some(&b')');
    if token.plus || token.open_paren {
        token.start = i - 1;
    }
    token
}

/// Separator runs that can sit inside one number: " ", "-", ".", "/", " - ", ") ", " (", ")".
fn sep_plausible(sep: &[u8]) -> bool {
    let spaces = sep.iter().filter(|b| **b == b' ').count();
    let marks = sep.len() - spaces;
    match sep {
        [b'/'] => false,
        [_] => true,
        [b')', b' '] | [b' ', b'('] | [b')', b'-'] => true,
        [b' ', b'-' | b'.' | b'/', b' '] => true,
        _ => spaces <= 1 && marks <= 1 && !sep.contains(&b'/'),
    }
}

fn has_context(bytes: &[u8], start: usize, words: &[&str]) -> bool {
    let from = start.saturating_sub(48);
    let window = &bytes[from..start];
    words.iter().any(|w| {
        let w = w.as_bytes();
        window.len() >= w.len()
            && window
                .windows(w.len())
                .any(|chunk| chunk.eq_ignore_ascii_case(w))
    })
}

/// The next byte at or after `i` that is a digit or `:` (bytes 0x30..=0x3A), eight bytes at a
/// time: most of a reply is letters and spaces.
#[inline]
fn next_trigger(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while i + 8 <= bytes.len() {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
        // "Has a byte greater than 0x2F and less than 0x3B" (bit-twiddling hacks, hasbetween);
        // bytes with the high bit set (UTF-8) never match.
        let low7 = x & (ONES * 127);
        let hit = (ONES * (127 + 0x3B)).wrapping_sub(low7)
            & !x
            & low7.wrapping_add(ONES * (127 - 0x2F))
            & HIGH;
        if hit != 0 {
            let at = i + (hit.trailing_zeros() / 8) as usize;
            if TRIGGER[bytes[at] as usize] != 0 {
                return at;
            }
            // Not a trigger after all: go on byte by byte from there.
            i = at + 1;
            continue;
        }
        i += 8;
    }
    while i < bytes.len() && TRIGGER[bytes[i] as usize] == 0 {
        i += 1;
    }
    i
}

/// Digits (cards, SSNs, phones, IBANs, IPv4) and colons (IPv6).
fn scan_numbers(bytes: &[u8], claimed: &[Finding], out: &mut Vec<Finding>) {
    let n = bytes.len();
    let mut next_claim = 0;
    let mut i = 0;
    while i < n {
        i = next_trigger(bytes, i);
        if i >= n {
            break;
        }
        while next_claim < claimed.len() && claimed[next_claim].end <= i {
            next_claim += 1;
        }
        if next_claim < claimed.len() && claimed[next_claim].start <= i {
            i = claimed[next_claim].end;
            continue;
        }
        if bytes[i] == b':' {
            i = ipv6_at(bytes, i, out);
            continue;
        }
        i = number_at(bytes, i, claimed, out);
    }
}

/// Classify the numeric token starting at digit `i`; returns where to resume.
fn number_at(bytes: &[u8], i: usize, claimed: &[Finding], out: &mut Vec<Finding>) -> usize {
    let prev = if i > 0 { bytes[i - 1] } else { b' ' };
    // IBAN: two upper-case letters right before the check digits.
    let country_code = i >= 2
        && bytes[i - 1].is_ascii_uppercase()
        && bytes[i - 2].is_ascii_uppercase()
        && (i == 2 || !is_alnum(bytes[i - 3]));
    if country_code && let Some(end) = iban_at(bytes, i - 2) {
        out.push(Finding {
            entity: EntityType::IbanCode,
            start: i - 2,
            end,
        });
        return end;
    }
    // Digits glued to letters are identifiers, versions, hashes: skip the whole word.
    if is_word(prev) {
        return run_end(bytes, i, |b| is_word(b) || b == b'.' || b == b'-');
    }
    let token = read_token(bytes, i);
    let resume = token.end;
    // What follows must end the number: a letter glued to it makes it an identifier
    // (an extension such as "x204" after a phone is allowed).
    if token.end < bytes.len() && is_word(bytes[token.end]) {
        let ext = bytes[token.end] == b'x'
            && token.end + 1 < bytes.len()
            && bytes[token.end + 1].is_ascii_digit();
        if !ext {
            return run_end(bytes, token.end, |b| is_word(b) || b == b'.' || b == b'-');
        }
    }
    // Part of a larger identifier such as INV-2024-0042 or #12345 or a path.
    let glued_to_id =
        i >= 2 && matches!(prev, b'-' | b'_' | b'/' | b'#' | b'.') && is_alnum(bytes[i - 2]);
    let after = bytes.get(token.end).copied().unwrap_or(b' ');
    let glued_after = matches!(after, b'-' | b'_' | b'/' | b'.' | b':' | b'%')
        && bytes.get(token.end + 1).is_some_and(|b| is_alnum(*b));
    if glued_to_id {
        return resume;
    }
    let entity = classify(bytes, &token);
    // A CIDR suffix (10.0.0.0/8) or a port (10.0.0.1:8443) still leaves an address.
    let ip_suffix = entity == Some(EntityType::IpAddress)
        && matches!(after, b'/' | b':')
        && bytes.get(token.end + 1).is_some_and(u8::is_ascii_digit);
    if glued_after && !ip_suffix {
        return resume;
    }
    if let Some(entity) = entity
        && !claimed
            .iter()
            .any(|c| c.start < token.end && token.start < c.end)
    {
        out.push(Finding {
            entity,
            start: token.start,
            end: token.end,
        });
    }
    resume
}

fn is_date(sizes: &[usize], bytes: &[u8], t: &Token) -> bool {
    let same_sep = t.seps_all(bytes, b"-") || t.seps_all(bytes, b"/") || t.seps_all(bytes, b".");
    same_sep && (sizes == [4, 2, 2] || sizes == [2, 2, 4] || sizes == [4, 2] || sizes == [2, 2, 2])
}

fn classify(bytes: &[u8], t: &Token) -> Option<EntityType> {
    let digits = t.digit_count();
    // Prices, times, counts: shorter than any entity (an IPv4 address has at least 4 digits).
    if digits < 4 {
        return None;
    }
    let sizes_of = t.sizes();
    let sizes: &[usize] = &sizes_of;
    let dotted = t.has_sep_char(bytes, b'.');
    // IPv4: exactly four dot-separated groups of 1–3 digits.
    if !t.plus && !t.open_paren && sizes.len() == 4 && t.seps_all(bytes, b".") {
        let text = std::str::from_utf8(&bytes[t.start..t.end]).ok()?;
        return text
            .parse::<std::net::Ipv4Addr>()
            .ok()
            .map(|_| EntityType::IpAddress);
    }
    if is_date(sizes, bytes, t) {
        return None;
    }
    // SSN: 3-2-4 with one consistent separator, or 9 bare digits with "SSN" nearby.
    if !t.plus && !t.open_paren && (sizes == [3, 2, 4] || (sizes == [9])) {
        let d = t.digits(bytes);
        let valid = ssn_valid(&d[..3], &d[3..5], &d[5..]);
        if sizes == [3, 2, 4] && (t.seps_all(bytes, b"-") || t.seps_all(bytes, b" ")) {
            return valid.then_some(EntityType::UsSsn);
        }
        if sizes == [9] && has_context(bytes, t.start, SSN_CONTEXT) {
            return valid.then_some(EntityType::UsSsn);
        }
    }
    if !t.plus && !t.open_paren && (12..=19).contains(&digits) && !dotted {
        let d = t.digits(bytes);
        let luhn = luhn_valid(&d);
        // Near a card word: any issuer, 12–19 digits, any even grouping.
        if luhn
            && card_grouping(bytes, t)
            && card_length_plausible(&d)
            && has_word_context(bytes, t.start, t.end, CARD_CONTEXT, 200, 24)
        {
            return Some(EntityType::CreditCard);
        }
        // Elsewhere: 13–19 digits, contiguous or in the usual groupings, a known issuer.
        let grouping_ok = sizes.len() == 1
            || ((t.seps_all(bytes, b" ") || t.seps_all(bytes, b"-"))
                && matches!(
                    sizes,
                    [4, 4, 4, 4]
                        | [4, 4, 4, 4, 3]
                        | [4, 6, 5]
                        | [4, 6, 4]
                        | [4, 4, 4, 1]
                        | [4, 4, 5]
                ));
        if digits >= 13 && grouping_ok {
            // Four groups of four is how cards are printed, whoever issued them.
            let printed = sizes == [4, 4, 4, 4];
            if luhn && (card_issuer_known(&d) || printed) {
                return Some(EntityType::CreditCard);
            }
            if sizes.len() > 1 || digits == 16 {
                return None; // card-shaped but invalid: not a phone either
            }
        }
    }
    phone(bytes, t, sizes, digits).then_some(EntityType::PhoneNumber)
}

fn phone(bytes: &[u8], t: &Token, sizes: &[usize], digits: usize) -> bool {
    let dotted = t.has_sep_char(bytes, b'.');
    if dotted
        && !(t.seps_all(bytes, b".")
            && (sizes == [3, 3, 4]
                || (t.plus && sizes.len() >= 3 && sizes[1..].iter().all(|s| (2..=4).contains(s)))
                || sizes.iter().all(|s| *s == 2 || *s == 3)))
    {
        return false; // decimals and versions
    }
    if t.plus {
        // E.164: a 1–3 digit country code and the subscriber number, 8–15 digits in all.
        return (8..=15).contains(&digits)
            && (sizes.len() == 1 || (sizes[0] <= 4 && sizes.iter().all(|s| *s <= 8)));
    }
    if sizes.len() == 1 {
        // A bare digit string is a phone only when its own field says so.
        return (7..=15).contains(&digits)
            && (digits >= 10 || !money_or_count(bytes, t))
            && has_field_context(bytes, t.start, PHONE_CONTEXT)
            && phone_context(bytes, t.start, t.end);
    }
    // A national number without country code ("512 8841", "(48) 552-017", "31-72-05-44")
    // when a phone word is near: groups of 1–5 digits, one kind of separator.
    if (7..=15).contains(&digits)
        && !dotted
        && sizes.iter().all(|s| (1..=5).contains(s))
        && sizes.iter().filter(|s| **s == 1).count() <= 1
        && !money_or_count(bytes, t)
        && phone_context(bytes, t.start, t.end)
    {
        return true;
    }
    let first = bytes[t.groups()[0].0];
    // "0049 69 89359973", "011 44 20 3514 7553": an international call prefix and up to 15
    // digits after it.
    let exit_code = first == b'0'
        && (bytes[t.groups()[0].0 + 1] == b'0' || sizes[0] == 3)
        && (bytes[t.groups()[0].0..].starts_with(b"00")
            || bytes[t.groups()[0].0..].starts_with(b"011"));
    if exit_code && (11..=17).contains(&digits) && sizes.iter().all(|s| (2..=8).contains(s)) {
        return true;
    }
    if !(9..=13).contains(&digits) {
        return false;
    }
    let trunk = first == b'0' || t.open_paren;
    // A 1-digit group only as a leading country / trunk code or right after it.
    let groups_ok = sizes.iter().enumerate().all(|(k, s)| {
        let max = if trunk { 8 } else { 5 };
        (2..=max).contains(s) || (*s == 1 && k <= 1 && sizes.len() > 2)
    });
    if !groups_ok {
        return false;
    }
    let us = sizes == [3, 3, 4] || sizes == [1, 3, 3, 4];
    trunk || us || phone_context(bytes, t.start, t.end)
}

/// Labels that make a number near a phone word something else ("Tel: n/a · Order 4509 4822").
const NOT_PHONE_LABELS: &[&str] = &[
    "order",
    "pedido",
    "commande",
    "bestell",
    "sku",
    "ref",
    "reference",
    "invoice",
    "factura",
    "facture",
    "rechnung",
    "ticket",
    "case",
    "tracking",
    "id",
    "booking",
    "reservation",
    "account",
    "acct",
    "po",
    "serial",
    "model",
    "part",
    "item",
    "batch",
    "lot",
    "zip",
    "postcode",
    "isbn",
    "meeting",
    "pin",
    "code",
    "room",
    "flight",
    "seat",
    "balance",
    "amount",
    "total",
    "qty",
    "units",
    "n/a",
];

/// A phone word near a number that has no separators' worth of proof of its own: before it on
/// the same line (48 bytes) or right after it in the same cell ("| 46 950 849 | office |"),
/// with no other label ("order", "ref", "sku") in between.
fn phone_context(bytes: &[u8], start: usize, end: usize) -> bool {
    let mut from = start;
    while from > 0 && start - from < 48 && bytes[from - 1] != b'\n' {
        from -= 1;
    }
    let mut to = end;
    while to < bytes.len() && to - end < 24 && bytes[to] != b'\n' {
        to += 1;
    }
    if let Some((_, word_end)) = last_word(bytes, from, start, PHONE_CONTEXT)
        && last_word(bytes, word_end, start, NOT_PHONE_LABELS).is_none()
    {
        return true;
    }
    // After the number: only separators, then the phone word ("(mobile)", "| office").
    let skip = bytes[end..to]
        .iter()
        .take_while(|b| matches!(b, b' ' | b'|' | b'(' | b'-' | b',' | b'\t' | b'/'))
        .count();
    let next = end + skip;
    PHONE_CONTEXT
        .iter()
        .any(|w| word_at(bytes, next, w.as_bytes()) && next + w.len() <= to)
}

/// `word` (ASCII case ignored) at `at`, as a whole word.
fn word_at(bytes: &[u8], at: usize, word: &[u8]) -> bool {
    bytes
        .get(at..at + word.len())
        .is_some_and(|chunk| chunk.eq_ignore_ascii_case(word))
        && (at == 0 || !is_alnum(bytes[at - 1]))
        && bytes.get(at + word.len()).is_none_or(|b| !is_alnum(*b))
}

/// The last of `words` to start in `bytes[from..to]` as a whole word, with its range.
fn last_word(bytes: &[u8], from: usize, to: usize, words: &[&str]) -> Option<(usize, usize)> {
    (from..to).rev().find_map(|at| {
        words
            .iter()
            .find(|w| at + w.len() <= to && word_at(bytes, at, w.as_bytes()))
            .map(|w| (at, at + w.len()))
    })
}

/// Groups a card is printed in: one run, or groups of 1–8 digits (the first 4–8) joined by
/// one kind of separator ("4-4-4-4-3", "4-6-5", "4 4 4").
fn card_grouping(bytes: &[u8], t: &Token) -> bool {
    let sizes = t.sizes();
    sizes.len() == 1
        || ((t.seps_all(bytes, b" ") || t.seps_all(bytes, b"-"))
            && (4..=8).contains(&sizes[0])
            && sizes.iter().all(|s| (1..=8).contains(s)))
}

/// An amount or a count, not a number to call: a currency sign or unit right before or after.
fn money_or_count(bytes: &[u8], t: &Token) -> bool {
    let before = &bytes[t.start.saturating_sub(2)..t.start];
    let after = &bytes[t.end..bytes.len().min(t.end + 4)];
    before.iter().any(|b| matches!(b, b'$' | b'#'))
        || before.ends_with("€".as_bytes())
        || before.ends_with("£".as_bytes())
        || after.first().is_some_and(|b| matches!(b, b'%'))
        || after.starts_with(b" %")
        || after.starts_with("€".as_bytes())
        || after.starts_with(" €".as_bytes())
}

/// A context word as a whole word within `before` bytes before the token or `after` bytes
/// after it, ignoring ASCII case.
fn has_word_context(
    bytes: &[u8],
    start: usize,
    end: usize,
    words: &[&str],
    before: usize,
    after: usize,
) -> bool {
    let from = start.saturating_sub(before);
    let to = bytes.len().min(end + after);
    last_word(bytes, from, start, words).is_some() || last_word(bytes, end, to, words).is_some()
}

/// A context word in the same field: back to the previous comma, semicolon, pipe or line
/// break (so `"phone": …, "last_login": 1720162570` does not read as a phone).
fn has_field_context(bytes: &[u8], start: usize, words: &[&str]) -> bool {
    let mut from = start;
    while from > 0 && start - from < 48 && !matches!(bytes[from - 1], b',' | b';' | b'|' | b'\n') {
        from -= 1;
    }
    has_word_context(bytes, start, start, words, start - from, 0)
}

/// The IBAN starting at `start` (country code), spaces between groups of 4 allowed.
fn iban_at(bytes: &[u8], start: usize) -> Option<usize> {
    let len = iban_length(&bytes[start..start + 2])?;
    let mut compact = Vec::with_capacity(len);
    let mut i = start;
    while i < bytes.len() && compact.len() < len {
        let b = bytes[i];
        if b.is_ascii_uppercase() || b.is_ascii_digit() {
            compact.push(b);
            i += 1;
        } else if b == b' '
            && compact.len() % 4 == 0
            && i + 1 < bytes.len()
            && is_alnum(bytes[i + 1])
        {
            i += 1;
        } else {
            break;
        }
    }
    if compact.len() != len || (i < bytes.len() && is_alnum(bytes[i])) {
        return None;
    }
    (compact[2..4].iter().all(u8::is_ascii_digit) && iban_checksum_valid(&compact)).then_some(i)
}

/// An IPv6 address around the colon at `colon`; returns where to resume.
fn ipv6_at(bytes: &[u8], colon: usize, out: &mut Vec<Finding>) -> usize {
    let ok = |b: u8| b.is_ascii_hexdigit() || b == b':' || b == b'.';
    let mut s = colon;
    while s > 0 && ok(bytes[s - 1]) && colon - s < 40 {
        s -= 1;
    }
    let e = run_end(bytes, colon, ok).min(s + 45);
    let mut end = e;
    while end > s && bytes[end - 1] == b'.' {
        end -= 1;
    }
    let text = &bytes[s..end];
    let colons = text.iter().filter(|b| **b == b':').count();
    let bounded =
        (s == 0 || !is_word(bytes[s - 1])) && (end == bytes.len() || !is_word(bytes[end]));
    if colons >= 2
        && bounded
        && let Some(addr) = std::str::from_utf8(text)
            .ok()
            .and_then(|t| t.parse::<std::net::Ipv6Addr>().ok())
    {
        // "::" alone or a run of colons is not an address anyone leaks.
        if !addr.is_unspecified() {
            out.push(Finding {
                entity: EntityType::IpAddress,
                start: s,
                end,
            });
        }
        return e.max(colon + 1);
    }
    // Nothing here: go on right after the colon, so "TEL;TYPE=cell:22 216 4831" still reads
    // its number from the first digit.
    colon + 1
}
