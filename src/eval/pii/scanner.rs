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

use super::email::email_at;
use super::entity::{EntityType, Finding};
use super::numbers::scan_numbers;
use super::secret::{PREFIXES, secret_at};
use super::text::is_alnum;

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
pub(super) fn inside(found: &[Finding], pos: usize) -> bool {
    found.iter().any(|f| f.start <= pos && pos < f.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(EntityType, &str)> {
        let scanner = PiiScanner::new(&ScannerOptions::default()).unwrap();
        scanner
            .scan(text)
            .into_iter()
            .map(|f| (f.entity, &text[f.start..f.end]))
            .collect()
    }

    #[test]
    fn cards_printed_with_wide_spaces_dots_or_two_runs_near_a_card_word() {
        for card in [
            "4111\u{a0}1111\u{a0}1111\u{a0}1111",
            "4111\u{202f}1111\u{202f}1111\u{202f}1111",
            "4111.1111.1111.1111",
            "621700 1234567890122",
        ] {
            let text = format!("Charged to card {card} on Monday.");
            assert_eq!(found(&text), [(EntityType::CreditCard, card)], "{card}");
        }
        // Without a card word, four dotted groups that are no address are nothing.
        assert_eq!(found("Build 4111.1111.1111.1111 passed."), []);
    }

    #[test]
    fn phones_after_a_trunk_slash_in_wide_groups_or_under_a_phone_column() {
        assert_eq!(
            found("Telefon: 030/28484859"),
            [(EntityType::PhoneNumber, "030/28484859")]
        );
        assert_eq!(
            found("call me on 347 9878626"),
            [(EntityType::PhoneNumber, "347 9878626")]
        );
        let csv = "name,phone,city\nAna Silva,2579 5414,Lisbon\n";
        assert_eq!(found(csv), [(EntityType::PhoneNumber, "2579 5414")]);
        let table = "| Name | Desk |\n|---|---|\n| Ana | 596-9849 |\n";
        assert_eq!(found(table), [(EntityType::PhoneNumber, "596-9849")]);
        // Under another column, or a year and a serial near a phone word, it is not one.
        assert_eq!(found("name,order,city\nAna Silva,2579 5414,Lisbon\n"), []);
        assert_eq!(found("Handy bitte wegen Lieferung 2024-284883 anrufen"), []);
        // Dates stay dates.
        assert_eq!(found("Telefon am 01/02/2024"), []);
    }
}
