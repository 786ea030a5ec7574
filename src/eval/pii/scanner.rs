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
