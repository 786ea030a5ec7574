//! Forwarding what was received to the next OTLP hop, so agentwatch can sit in front of an
//! existing trace backend.
//!
//! Forwarding never slows ingest down or makes it fail: accepted requests are queued (bounded),
//! sent by a background task with retries and back-off, and what cannot be queued or delivered
//! is counted (`agentwatch_exporter_*` metrics) and logged, as the Collector's exporters do.

pub mod config;
mod otlp;

pub use otlp::Forwarder;
