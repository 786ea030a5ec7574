//! The admin endpoint: `/healthz` (the process is up), `/readyz` (accepting spans),
//! Prometheus `/metrics`, and the read-only pages under `/ui` ([`crate::web`]) when the process
//! has a store — over TLS when configured, and behind a bearer token when `admin.auth` lists
//! tokens (the probes stay open with `open_probes`, as kubelets and load balancers probe
//! without credentials; the pages never are).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use serde::Deserialize;
use tokio_util::sync::CancellationToken;

use crate::receiver::connection::{self, ConnectionLimits, TlsAccept};
use crate::security::{AuthSettings, Authenticator, Exposure, ServerTls, TlsSettings};
use crate::telemetry::Metrics;
use crate::web::{self, UiConfig};

/// `admin:` — health, metrics and the pages.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AdminConfig {
    /// `host:port` serving `/healthz`, `/readyz`, `/metrics` and `/ui`; `null` disables it.
    pub endpoint: Option<String>,
    /// TLS; `None`: plain text.
    pub tls: Option<TlsSettings>,
    /// Bearer tokens a caller of the admin routes must present; `None`: open.
    pub auth: Option<AuthSettings>,
    /// With `auth`: `/healthz` and `/readyz` answer without a token (default true).
    pub open_probes: bool,
    /// Accept binding an address other machines can reach without TLS and authentication.
    pub insecure: bool,
    /// The pages under `/ui`.
    pub ui: UiConfig,
}

/// The default admin port: 8317, clear of OTLP (4317/4318), the Collector's own ports
/// (8888/13133/55679), Prometheus (9090), ClickHouse (8123/9000) and Kafka (9092).
pub const DEFAULT_ADMIN_ENDPOINT: &str = "127.0.0.1:8317";

impl Default for AdminConfig {
    fn default() -> Self {
        AdminConfig {
            endpoint: Some(DEFAULT_ADMIN_ENDPOINT.into()),
            tls: None,
            auth: None,
            open_probes: true,
            insecure: false,
            ui: UiConfig::default(),
        }
    }
}

impl AdminConfig {
    /// Value rules, reported under `admin.*`; the listening address is added to `listen`.
    pub fn check(
        &self,
        issue: &mut dyn FnMut(&str, String),
        listen: &mut Vec<(String, SocketAddr)>,
    ) {
        if let Some(tls) = &self.tls {
            tls.check("admin.tls", issue);
        }
        if let Some(auth) = &self.auth {
            auth.check("admin.auth", issue);
        }
        self.ui.check("admin.ui", issue);
        if let Some(ep) = &self.endpoint {
            match ep.parse::<SocketAddr>() {
                Ok(addr) => listen.push(("admin.endpoint".into(), addr)),
                Err(_) => issue(
                    "admin.endpoint",
                    format!("'{ep}' is not a host:port socket address (e.g. 127.0.0.1:8317)"),
                ),
            }
        }
    }
}

impl AdminConfig {
    /// The problem with the admin endpoint being reachable from other machines without TLS
    /// and a token (and not marked `insecure`), if any.
    pub fn exposed(&self) -> Option<String> {
        let addr = self.endpoint.as_ref()?.parse().ok()?;
        Exposure {
            addr,
            tls: self.tls.is_some(),
            auth: self.auth.is_some(),
            insecure: self.insecure,
        }
        .problem("can read the metrics and the pages")
    }
}

/// Shared readiness flag: true between "listening" and "shutting down".
#[derive(Clone, Default)]
pub struct Readiness(Arc<AtomicBool>);

impl Readiness {
    /// Set readiness.
    pub fn set(&self, ready: bool) {
        self.0.store(ready, Ordering::SeqCst);
    }

    /// Current readiness.
    pub fn get(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

#[derive(Clone)]
struct AdminState {
    metrics: Arc<Metrics>,
    ready: Readiness,
}

/// Connections the admin endpoint holds at once; scrapers and probes need few.
const ADMIN_MAX_CONNECTIONS: usize = 64;
/// Headers (and a TLS handshake) must arrive within this; idle connections close after 4×.
const ADMIN_TIMEOUT: Duration = Duration::from_secs(15);

/// Serve the admin routes on `listener` (with `tls` when given) until `shutdown` fires; the
/// pages too when `pages` is given (and `admin.ui.enabled`).
pub async fn serve(
    listener: tokio::net::TcpListener,
    tls: Option<Arc<ServerTls>>,
    config: &AdminConfig,
    metrics: Arc<Metrics>,
    ready: Readiness,
    pages: Option<web::Pages>,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let probes = Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz));
    // Everything but the probes: behind the token whenever there is one.
    let mut metrics_route = Router::new().route("/metrics", get(metrics_text));
    if let Some(pages) = pages.filter(|_| config.ui.enabled) {
        metrics_route = metrics_route.merge(web::router(pages));
    }
    let app = match &config.auth {
        None => probes.merge(metrics_route),
        Some(auth) => {
            let guard = Arc::new(Authenticator::new(auth));
            let check = axum::middleware::from_fn_with_state(guard, require_token);
            if config.open_probes {
                probes.merge(metrics_route.route_layer(check))
            } else {
                probes.merge(metrics_route).route_layer(check)
            }
        }
    }
    .with_state(AdminState { metrics, ready });
    let limits = ConnectionLimits {
        max_connections: ADMIN_MAX_CONNECTIONS,
        idle_timeout: 4 * ADMIN_TIMEOUT,
        handshake_timeout: ADMIN_TIMEOUT,
        open: Default::default(),
    };
    let tls = tls.map(|tls| TlsAccept {
        tls,
        on_failure: Arc::new(|e| tracing::debug!(error = %e, "admin: TLS handshake failed")),
    });
    let incoming = connection::accept(listener, limits, tls);
    let service = hyper_util::service::TowerToHyperService::new(app);
    connection::serve_http1(incoming, service, ADMIN_TIMEOUT, shutdown, "admin").await;
    Ok(())
}

/// 401 unless the request carries one of the admin tokens.
async fn require_token(
    State(auth): State<Arc<Authenticator>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let header = request
        .headers()
        .get(header::AUTHORIZATION)
        .map(|v| v.as_bytes());
    match auth.authenticate(header) {
        Ok(_) => next.run(request).await,
        Err(e) => {
            tracing::debug!(error = %e, path = %request.uri().path(), "admin: unauthenticated request refused");
            (
                StatusCode::UNAUTHORIZED,
                [(
                    header::WWW_AUTHENTICATE,
                    "Bearer realm=\"agentwatch-admin\"",
                )],
                format!("{e}\n"),
            )
                .into_response()
        }
    }
}

async fn readyz(State(state): State<AdminState>) -> impl IntoResponse {
    if state.ready.get() {
        (StatusCode::OK, "ready\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n")
    }
}

async fn metrics_text(State(state): State<AdminState>) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.encode(),
    )
}
