//! `evaluators:` — the section the [registry](super::registry) composes of each evaluator's
//! settings; each evaluator keeps its own settings in its module, re-exported here.

pub use super::agent_success::AgentSuccessConfig;
pub use super::format::config::{ExpectConfig, FormatConfig};
pub use super::latency::LatencyConfig;
pub use super::pii::config::{ContentField, PiiLeakConfig};
pub use super::refusal::config::RefusalConfig;
pub use super::registry::EvaluatorsConfig;
pub use super::reply::{EmptyReplyConfig, TruncationConfig};
pub use super::tool_error::ToolErrorConfig;
pub use super::trajectory::{RunCountConfig, TrajectoryConfig, check_counts_need_trajectory};
pub use super::usage::{CostConfig, PriceConfig, TokensConfig};
