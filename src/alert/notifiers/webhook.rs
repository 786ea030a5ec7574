//! Generic webhooks: agentwatch's own JSON, optionally signed with HMAC-SHA256 and sent with
//! extra headers.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::config::{
    CommonParts, DeliveryConfig, FieldIssues, HttpUrl, NotifierFields, PAGERDUTY_ONLY,
};
use crate::alert::message::Notification;
use crate::config::Secret;

/// Header carrying the webhook body's HMAC-SHA256: `sha256=<hex>`.
pub const SIGNATURE_HEADER: &str = "X-Agentwatch-Signature";
/// Header carrying the notification id, so receivers can drop redeliveries.
pub const ID_HEADER: &str = "X-Agentwatch-Notification-Id";

/// A webhook notifier (`kind: webhook`).
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookConfig {
    /// The receiver's URL.
    pub url: HttpUrl,
    /// HMAC-SHA256 key for [`SIGNATURE_HEADER`].
    pub secret: Option<Secret>,
    /// Extra headers, in name order; values are marked sensitive (they are often credentials).
    pub headers: Vec<(http::HeaderName, http::HeaderValue)>,
    /// Timeouts, rate and retries.
    pub delivery: DeliveryConfig,
}

impl WebhookConfig {
    /// The settings of a `kind: webhook` notifier, or None with the reasons in `issues`.
    pub(super) fn parse(
        fields: &NotifierFields,
        parts: CommonParts,
        issues: &mut FieldIssues,
    ) -> Option<WebhookConfig> {
        let url = fields.required_url(parts.url, issues);
        if fields.has_pagerduty_fields() {
            issues.push("kind", PAGERDUTY_ONLY);
        }
        Some(WebhookConfig {
            url: url?,
            secret: fields.secret.clone(),
            headers: parts.headers,
            delivery: parts.delivery,
        })
    }

    /// `request` with the id, signature and configured headers; `body` is the stored JSON
    /// sent as is, so the signature covers exactly the bytes stored.
    pub fn add_headers(
        &self,
        mut request: reqwest::RequestBuilder,
        notification: &Notification,
        body: &str,
    ) -> reqwest::RequestBuilder {
        request = request.header(ID_HEADER, notification.id.as_str());
        if let Some(secret) = &self.secret {
            request = request.header(SIGNATURE_HEADER, sign(secret.expose(), body));
        }
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        request
    }
}

/// `sha256=<hex HMAC-SHA256 of body under key>`.
pub fn sign(key: &str, body: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body.as_bytes());
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}
