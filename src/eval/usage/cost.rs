//! `cost`: what each LLM call cost in USD, from its reported tokens and the price table. Its
//! row also holds the tokens (`detail`), priced or not: the per-call record of usage.

use serde_json::{Map, Value};

use super::config::CostConfig;
use super::prices::{PriceTable, check_prices};
use crate::eval::descriptor::{
    Aggregation, Descriptor, Dimension, MetricDef, Registered, Statistic,
};
use crate::eval::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, OperationKind, TokenUsage};

/// Scores LLM spans that report usage with their price in USD; a model without a price is
/// `unscoreable` with the reason `unpriced model` (the `model` column says which).
pub struct CostEvaluator {
    prices: PriceTable,
}

impl CostEvaluator {
    /// Build from `evaluators.cost` (its prices must pass the section's checks).
    pub fn new(config: &CostConfig) -> Result<CostEvaluator, super::prices::PriceError> {
        Ok(CostEvaluator {
            prices: PriceTable::new(config)?,
        })
    }

    fn unscoreable(&self, reason: &'static str, usage: &TokenUsage) -> Score {
        let mut detail = tokens_detail(usage);
        detail.insert("reason".into(), reason.into());
        Score {
            evaluator: Self::DESCRIPTOR.name,
            value: None,
            label: Label::Unscoreable,
            detail: Some(Value::Object(detail)),
        }
    }
}

/// The tokens a price was applied to, as reported: `{"input", "output", "cache_read",
/// "cache_write"}` (those present).
fn tokens_detail(usage: &TokenUsage) -> Map<String, Value> {
    let mut detail = Map::new();
    for (key, count) in [
        ("input", usage.input),
        ("output", usage.output),
        ("cache_read", usage.cache_read),
        ("cache_write", usage.cache_write),
    ] {
        if let Some(count) = count {
            detail.insert(key.into(), Value::from(count));
        }
    }
    detail
}

impl Registered for CostEvaluator {
    type Config = CostConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "cost",
        wire_id: 6,
        aggregation: Aggregation::Counts,
        // Per service and agent: what a budget is set on.
        dimension: Dimension::Whole,
        rows: crate::eval::Rows::Every,
        metrics: &[
            // USD spent in the window.
            MetricDef {
                name: "cost",
                statistic: Statistic::Sum,
            },
            // USD per priced model call.
            MetricDef {
                name: "cost_per_request",
                statistic: Statistic::Mean,
            },
        ],
        // A budget is yours to set (a static rule on `cost`; see pipelines/local.yaml).
        default_rules: &[],
    };

    fn enabled(config: &CostConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &CostConfig,
    ) -> Result<CostEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(CostEvaluator::new(config)?)
    }

    fn check(config: &CostConfig, issue: &mut dyn FnMut(&str, String)) {
        for problem in check_prices(&config.prices) {
            issue(&problem.field, problem.message);
        }
    }
}

impl Evaluator for CostEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        if span.kind != OperationKind::Llm || !span.usage.is_reported() {
            return None;
        }
        let Some(model) = span.model.as_deref() else {
            return Some(self.unscoreable("no model", &span.usage));
        };
        let score = self
            .prices
            .with_price(span.provider.as_deref(), model, |found| match found {
                None => self.unscoreable("unpriced model", &span.usage),
                Some(resolved) => Score {
                    evaluator: Self::DESCRIPTOR.name,
                    value: Some(resolved.price.cost(&span.usage)),
                    label: Label::Ok,
                    detail: Some(Value::Object(tokens_detail(&span.usage))),
                },
            });
        Some(score)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;
    use crate::normalize::TokenUsage;

    #[test]
    fn prices_llm_spans_and_says_which_models_it_cannot() {
        let eval = CostEvaluator::new(&CostConfig::default()).unwrap();
        let mut chat = test_span();
        chat.kind = OperationKind::Llm;
        chat.provider = Some("openai".into());
        chat.model = Some("gpt-4o-mini-2024-07-18".into());
        chat.usage = TokenUsage {
            input: Some(2000),
            output: Some(500),
            cache_read: Some(1000),
            cache_write: None,
        };
        let score = eval.evaluate(&chat).unwrap();
        // gpt-4o-mini: 0.15 in, 0.075 cached, 0.60 out per million.
        let expected = (1000.0 * 0.15 + 1000.0 * 0.075 + 500.0 * 0.6) / 1e6;
        assert!((score.value.unwrap() - expected).abs() < 1e-12, "{score:?}");
        assert_eq!(score.label, Label::Ok);
        assert_eq!(
            score.detail.unwrap().to_string(),
            r#"{"cache_read":1000,"input":2000,"output":500}"#
        );

        chat.model = Some("acme-internal-13b".into());
        let score = eval.evaluate(&chat).unwrap();
        assert_eq!((score.value, score.label), (None, Label::Unscoreable));
        let detail = score.detail.unwrap();
        assert_eq!(detail["reason"], "unpriced model");
        assert_eq!(
            detail["input"], 2000,
            "the tokens of an unpriced call are kept"
        );
        chat.model = None;
        assert_eq!(
            eval.evaluate(&chat).unwrap().detail.unwrap()["reason"],
            "no model"
        );
        chat.usage = TokenUsage::default();
        assert_eq!(eval.evaluate(&chat), None);
    }
}
