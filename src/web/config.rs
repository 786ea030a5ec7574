//! `admin.ui:` — the built-in pages' settings.

use serde::Deserialize;

/// `admin.ui:` — the read-only pages on the admin endpoint.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct UiConfig {
    /// Serve the pages under `/ui` (default true).
    pub enabled: bool,
    /// Where an exemplar trace id links to: an `http://` or `https://` URL with `{trace_id}`
    /// in it (Jaeger `http://jaeger:16686/trace/{trace_id}`, Tempo/Grafana, Langfuse, ...).
    /// Unset: trace ids are shown without a link.
    pub trace_url: Option<String>,
}

impl Default for UiConfig {
    fn default() -> Self {
        UiConfig {
            enabled: true,
            trace_url: None,
        }
    }
}

impl UiConfig {
    /// Value rules, reported under `{at}.*`.
    pub fn check(&self, at: &str, issue: &mut dyn FnMut(&str, String)) {
        if let Some(template) = &self.trace_url {
            if !template.contains("{trace_id}") {
                issue(
                    &format!("{at}.trace_url"),
                    format!("'{template}' has no {{trace_id}} placeholder for the trace id"),
                );
            }
            if !(template.starts_with("http://") || template.starts_with("https://")) {
                issue(
                    &format!("{at}.trace_url"),
                    format!("'{template}' must start with http:// or https://"),
                );
            }
        }
    }

    /// The link to trace `trace_id` (lower-case hex, as stored), if a template is set and the
    /// id is hex (anything else is not linked).
    pub fn trace_link(&self, trace_id: &str) -> Option<String> {
        let template = self.trace_url.as_ref()?;
        let hex = !trace_id.is_empty() && trace_id.bytes().all(|b| b.is_ascii_hexdigit());
        hex.then(|| template.replace("{trace_id}", trace_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trace_url_needs_a_placeholder_and_a_web_scheme() {
        let mut issues = Vec::new();
        let config = UiConfig {
            trace_url: Some("javascript:alert(1)".into()),
            ..Default::default()
        };
        config.check("admin.ui", &mut |at, why| {
            issues.push(format!("{at}: {why}"))
        });
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert!(issues[0].contains("{trace_id}"), "{issues:?}");
        assert!(issues[1].contains("http://"), "{issues:?}");
    }

    #[test]
    fn only_hex_trace_ids_are_linked() {
        let config = UiConfig {
            trace_url: Some("http://jaeger:16686/trace/{trace_id}".into()),
            ..Default::default()
        };
        assert_eq!(
            config.trace_link("00ab").as_deref(),
            Some("http://jaeger:16686/trace/00ab")
        );
        assert_eq!(config.trace_link("\"><x"), None);
        assert_eq!(UiConfig::default().trace_link("00ab"), None);
    }
}
