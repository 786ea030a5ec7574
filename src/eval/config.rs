//! `evaluators:` — the section the [registry](super::registry) composes of each evaluator's
//! settings; each evaluator keeps its own settings in its module, re-exported here.

pub use super::latency::LatencyConfig;
pub use super::pii::config::{ContentField, PiiLeakConfig};
pub use super::refusal::config::RefusalConfig;
pub use super::registry::EvaluatorsConfig;
pub use super::tool_error::ToolErrorConfig;
