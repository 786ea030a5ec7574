//! HTML building blocks shared by the pages: escaping, links, times and the page frame.
//!
//! Everything a client can influence (service, agent, tool and span names, evidence, trace
//! ids) reaches the page through [`escape`], as text or as a quoted attribute value; URLs we
//! build percent-encode their parts with [`encode`].

use std::fmt::Write;
use std::time::{Duration, UNIX_EPOCH};

/// `text` safe inside an element or a double- or single-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `text` percent-encoded for a URL's query value or path segment (RFC 3986 unreserved
/// characters kept).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// A path with a query string built from `params` (empty values left out), not yet escaped
/// for HTML: pass it through [`escape`] when it goes into an attribute.
pub fn url(path: &str, params: &[(&str, &str)]) -> String {
    let mut out = path.to_owned();
    let mut first = true;
    for (key, value) in params {
        out.push(if first { '?' } else { '&' });
        first = false;
        out.push_str(key);
        out.push('=');
        out.push_str(&encode(value));
    }
    out
}

/// Unix ns → `2026-12-06T08:15:00Z`.
pub fn time(ns: i64) -> String {
    let t = UNIX_EPOCH + Duration::from_nanos(u64::try_from(ns).unwrap_or(0));
    humantime::format_rfc3339_seconds(t).to_string()
}

/// A stored RFC 3339 time shown to the second (`2026-12-06T08:15:00.000000Z` →
/// `2026-12-06T08:15:00Z`).
pub fn stored_time(text: &str) -> String {
    match crate::store::parse_ns(text, "time") {
        Ok(ns) => time(ns),
        Err(_) => text.to_owned(),
    }
}

/// A value for a table cell: rates as percentages, other values with 3 significant decimals;
/// `–` when absent.
pub fn number(value: Option<f64>, rate: bool) -> String {
    match value {
        None => "–".to_owned(),
        Some(v) if rate => format!("{:.2}%", v * 100.0),
        Some(v) if v.abs() >= 100.0 => format!("{v:.0}"),
        Some(v) => format!("{v:.3}"),
    }
}

/// The navigation entries: (path, label).
const NAV: [(&str, &str); 3] = [
    ("/ui", "Now"),
    ("/ui/evaluators", "Evaluators"),
    ("/ui/series", "Series"),
];

const STYLE: &str = "
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1d232a;background:#fafafa}
header{background:#1d232a;color:#fff;padding:8px 16px;display:flex;gap:20px;align-items:baseline}
header b{font-size:16px}header a{color:#cfd8e3;text-decoration:none}header a.on{color:#fff;font-weight:600}
main{padding:12px 16px;max-width:1400px}
h1{font-size:18px;margin:8px 0}h2{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse;background:#fff;margin-bottom:8px}
th,td{border:1px solid #dde2e8;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.t{white-space:nowrap}
code{font-size:12px}
.sev-critical{color:#fff;background:#b42318;padding:0 5px;border-radius:3px}
.sev-warning{color:#1d232a;background:#f5b83d;padding:0 5px;border-radius:3px}
.sev-info{color:#fff;background:#3a6fb0;padding:0 5px;border-radius:3px}
.st-firing{color:#b42318;font-weight:600}.st-pending{color:#a15c00;font-weight:600}
.st-resolved{color:#22734a}
.d-delivered{color:#22734a}.d-pending{color:#a15c00}.d-failed,.d-expired{color:#b42318}
.d-skipped{color:#667}
.note{color:#5a6570}.err{color:#b42318}
.evidence{font-family:monospace;font-size:12px;white-space:pre-wrap;word-break:break-all;min-width:320px;max-width:560px}
form.range{margin:6px 0}form.range input{width:200px}
svg.plot{background:#fff;border:1px solid #dde2e8;display:block;margin-bottom:6px}
svg .band{fill:#3a6fb0;fill-opacity:.15;stroke:none}
svg .mean{fill:none;stroke:#3a6fb0;stroke-dasharray:4 3}
svg .threshold{stroke:#b42318;stroke-dasharray:6 3}
svg .value{fill:none;stroke:#1d232a;stroke-width:1.5}
svg .point{fill:#1d232a}
svg .breach{fill:#b42318;stroke:#fff}
svg .mark-firing,svg .mark-pending{stroke:#b42318}
svg .mark-resolved{stroke:#22734a}
svg .mark-pending{stroke-dasharray:2 2}
svg .n-bar{fill:#9aa8b6}
svg .axis{stroke:#9aa8b6}svg .grid{stroke:#eef1f4}
svg text{font-size:11px;fill:#5a6570}
";

/// A whole page: `title` (text, escaped here), the navigation with `active` marked, and
/// `body` (HTML, already escaped by its builder).
pub fn page(title: &str, active: &str, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + 4096);
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><link rel=\"icon\" href=\"data:,\">\
         <title>{} · agentwatch</title><style>{STYLE}</style></head><body><header><b>agentwatch</b>",
        escape(title)
    );
    for (path, label) in NAV {
        let class = if path == active { " class=\"on\"" } else { "" };
        let _ = write!(out, "<a href=\"{path}\"{class}>{label}</a>");
    }
    let _ = write!(out, "</header><main>{body}</main></body></html>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_makes_markup_inert_text() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape("plain-name_1"), "plain-name_1");
    }

    #[test]
    fn urls_encode_every_reserved_character() {
        assert_eq!(
            url("/ui/series", &[("service", "a b&c=d/é"), ("metric", "x")]),
            "/ui/series?service=a%20b%26c%3Dd%2F%C3%A9&metric=x"
        );
        assert_eq!(encode("\"><script>"), "%22%3E%3Cscript%3E");
    }

    #[test]
    fn numbers_and_times() {
        assert_eq!(number(Some(0.1234), true), "12.34%");
        assert_eq!(number(Some(1234.4), false), "1234");
        assert_eq!(number(None, false), "–");
        assert_eq!(time(1_793_577_600_000_000_000), "2026-11-02T00:00:00Z");
        assert_eq!(
            stored_time("2026-11-02T00:00:00.250000Z"),
            "2026-11-02T00:00:00Z"
        );
    }
}
