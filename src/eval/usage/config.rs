//! `evaluators.tokens:` and `evaluators.cost:` — the settings of the usage evaluators.

use serde::Deserialize;

/// `evaluators.tokens:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct TokensConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Most traces whose LLM tokens are kept for their agent span (per agent invocation).
    /// When the table is full, the older half is dropped (counted and logged); an agent span
    /// of a dropped trace counts only the tokens seen after.
    pub max_traces: usize,
}

impl Default for TokensConfig {
    fn default() -> Self {
        TokensConfig {
            enabled: true,
            max_traces: 50_000,
        }
    }
}

/// `evaluators.cost:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct CostConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// Price with the table shipped in `data/prices/` (genai-prices). Off: only `prices`.
    pub shipped_prices: bool,
    /// Your prices, checked before the shipped table, first match wins: negotiated rates,
    /// fine-tuned and self-hosted models.
    pub prices: Vec<PriceConfig>,
    /// Most distinct (provider, model) names whose price is remembered after the first
    /// lookup; further names are looked up each time.
    pub max_cached_models: usize,
}

impl Default for CostConfig {
    fn default() -> Self {
        CostConfig {
            enabled: true,
            shipped_prices: true,
            prices: Vec::new(),
            max_cached_models: 10_000,
        }
    }
}

/// One entry of `evaluators.cost.prices`: the model it prices and its prices in USD per
/// million tokens.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PriceConfig {
    /// The model name, matched ignoring case, with provider prefixes (`openai/`) and date
    /// suffixes (`-2024-08-06`, `-20241022`) removed as for the shipped table.
    #[serde(default)]
    pub model: Option<String>,
    /// Or a regular expression the whole (lower-cased) model name must match:
    /// `ft:gpt-4o-mini:acme:.*`.
    #[serde(default)]
    pub pattern: Option<String>,
    /// Only spans of this provider (`gen_ai.provider.name` or the convention's equivalent).
    #[serde(default)]
    pub provider: Option<String>,
    /// USD per million input tokens not read from or written to a cache.
    pub input: f64,
    /// USD per million output tokens.
    pub output: f64,
    /// USD per million input tokens read from a cache (default: `input`).
    #[serde(default)]
    pub cached_input: Option<f64>,
    /// USD per million input tokens written to a cache (default: `input`).
    #[serde(default)]
    pub cache_write: Option<f64>,
}
