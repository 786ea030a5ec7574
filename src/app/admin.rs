//! The admin endpoint: `/healthz` (the process is up), `/readyz` (accepting spans), and
//! Prometheus `/metrics`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use serde::Deserialize;
use tokio_util::sync::CancellationToken;

use crate::telemetry::Metrics;

/// `admin:` — health and metrics.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AdminConfig {
    /// `host:port` serving `/healthz`, `/readyz`, `/metrics`; `null` disables it.
    pub endpoint: Option<String>,
}

/// The default admin port: 8317, clear of OTLP (4317/4318), the Collector's own ports
/// (8888/13133/55679), Prometheus (9090), ClickHouse (8123/9000) and Kafka (9092).
pub const DEFAULT_ADMIN_ENDPOINT: &str = "127.0.0.1:8317";

impl Default for AdminConfig {
    fn default() -> Self {
        AdminConfig {
            endpoint: Some(DEFAULT_ADMIN_ENDPOINT.into()),
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

/// Serve the admin routes on `listener` until `shutdown` fires.
pub async fn serve(
    listener: tokio::net::TcpListener,
    metrics: Arc<Metrics>,
    ready: Readiness,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let app = Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_text))
        .with_state(AdminState { metrics, ready });
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown.cancelled_owned())
        .await
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
