//! Tokens and cost: what each model call and each agent invocation consumed.
//!
//! - [`TokensEvaluator`] (`tokens`): the tokens of every LLM span that reports usage (input
//!   plus output; cache reads and writes are part of the input), and of every agent span: the
//!   tokens of its trace's LLM spans seen so far ([`traces`]), or the agent span's own usage
//!   when it reports one. Windows give `tokens_per_request_p50` / `_p95` per `llm/<model>` and
//!   `agent/<agent>`.
//! - [`CostEvaluator`] (`cost`): the price in USD of every LLM span that reports usage, from
//!   the price table ([`prices`]: the shipped table in `data/prices/`, overridden and extended
//!   by `evaluators.cost.prices`). A model the table does not know is scored `unscoreable`
//!   with the reason `unpriced model`, never priced at zero. Windows give `cost` (USD per
//!   window) and `cost_per_request` per service and agent.

pub mod config;
mod cost;
pub mod prices;
mod tokens;
mod traces;

pub use config::{CostConfig, PriceConfig, TokensConfig};
pub use cost::CostEvaluator;
pub use prices::{ModelPrice, PriceTable};
pub use tokens::TokensEvaluator;
