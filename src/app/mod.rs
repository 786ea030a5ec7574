//! The top layer: what composes the components into a running pipeline. It may import every
//! component; no component imports it.
//!
//! - [`config`](crate::app::config): the pipeline file,
//!   [`PipelineConfig`](crate::app::PipelineConfig), composed of each component's settings.
//! - [`run_role`](crate::app::run_role): one process's stages, in three steps — build (every stage constructed, every
//!   listener bound), serve (tasks started, until shutdown or a receiver fails), drain (stopped
//!   in reverse order under `service.shutdown_timeout`). The bus gives the role its ends
//!   ([`crate::bus::build()`]); [`Role`](crate::app::Role) says which stages run.
//! - [`replay`](crate::app::replay): the same stages offline, over OTLP/JSON files or CSV
//!   series of `timestamp,value` points, with the spans' own times.
//! - [`admin`](crate::app::admin): `/healthz`, `/readyz`, `/metrics`.

pub mod admin;
mod build;
pub mod config;
mod drain;
pub mod replay;
mod role;
mod serve;

use tokio_util::sync::CancellationToken;

pub use build::{Listening, restored_detector, score_stage};
pub use config::PipelineConfig;
pub use role::Role;

/// Run the pipeline until `shutdown` is cancelled, then shut down gracefully.
/// `on_listening` is called once every listener is bound.
pub async fn run(
    config: PipelineConfig,
    shutdown: CancellationToken,
    on_listening: impl FnOnce(&Listening),
) -> anyhow::Result<()> {
    run_role(config, Role::All, shutdown, on_listening).await
}

/// Run the stages of `role` until `shutdown` is cancelled, then shut down gracefully: a receiver
/// that fails shuts the process down too, and its error is returned after the drain.
pub async fn run_role(
    config: PipelineConfig,
    role: Role,
    shutdown: CancellationToken,
    on_listening: impl FnOnce(&Listening),
) -> anyhow::Result<()> {
    let stages = build::build(&config, role).await?;
    let mut running = serve::serve(stages, &config, role)?;
    on_listening(&running.listening);
    let failure = running.until_stopped(&shutdown).await;
    drain::drain(running, config.service.shutdown_timeout).await?;
    match failure {
        Some(err) => Err(err),
        None => Ok(()),
    }
}
