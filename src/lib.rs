//! agentwatch: online evaluation and alerting for AI agents, from the OpenTelemetry spans they
//! already emit. See `DESIGN.md` in the project's shared notes and the README for the picture;
//! each module below is one stage or concern of the pipeline. Imports between these modules
//! flow one way, from `app` and the commands down to leaves such as `config` and `clock`
//! (`scripts/check_module_cycles.py` prints the layers and fails on a cycle).

#![warn(missing_docs)]

pub mod alert;
/// Where a (rule, series) pair stands (pending, firing, ...): a leaf shared by detect, store
/// and alert.
pub mod alert_state;
/// The top layer: the pipeline file, one process's stages (build, serve, drain), replay, admin.
pub mod app;
pub mod bus;
pub mod cli;
/// The wall clock in Unix nanoseconds: a leaf every stage may read.
pub mod clock;
pub mod config;
pub mod detect;
pub mod eval;
pub mod export;
pub mod join;
/// A message's place in a partitioned log (partition, offset): a leaf shared by bus and window.
pub mod log_position;
pub mod normalize;
/// OTLP trace requests: decode, validate, split, count; shared by receiver, bus and export.
pub mod otlp;
pub mod proto;
pub mod receiver;
pub mod score;
/// TLS both ways (listeners and outgoing connections), bearer tokens and the exposure rule:
/// a leaf the receivers, the admin endpoint, the exporters and the stores share.
pub mod security;
/// A hash for ids that must not change (alert dedup and group keys): a leaf.
pub mod stable_hash;
pub mod store;
pub mod telemetry;
/// The built-in read-only pages (alerts, series against their baselines, evaluators) on the
/// admin endpoint.
pub mod web;
pub mod window;
