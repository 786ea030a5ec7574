//! The top layer: what composes the components into a running pipeline. It may import every
//! component; no component imports it.
//!
//! - [`config`](crate::app::config): the pipeline file,
//!   [`PipelineConfig`](crate::app::PipelineConfig), composed of each component's settings.

pub mod config;

pub use config::PipelineConfig;
