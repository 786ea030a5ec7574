//! `tokens`: the tokens of each LLM span that reports usage, and of each agent invocation. It
//! feeds windows only ([`Rows::WindowsOnly`](crate::eval::Rows)): a model call's tokens are in
//! its `cost` row, an invocation's are the sum of its trace's.

use super::config::TokensConfig;
use super::traces::TraceTokens;
use crate::eval::descriptor::{
    Aggregation, DefaultCheck, DefaultRule, Descriptor, Dimension, MetricDef, Registered, Severity,
    Statistic,
};
use crate::eval::{Evaluator, Label, Score};
use crate::normalize::{AgentSpan, OperationKind, TokenUsage};

/// Scores LLM spans with their reported tokens, and agent spans with their trace's.
pub struct TokensEvaluator {
    traces: TraceTokens,
}

impl TokensEvaluator {
    /// Build from `evaluators.tokens`.
    pub fn new(config: &TokensConfig) -> TokensEvaluator {
        TokensEvaluator {
            traces: TraceTokens::new(config.max_traces),
        }
    }

    /// The score: the total, without evidence — `tokens` keeps no rows (the `cost` row of a
    /// model call holds its tokens), so nothing is built that would not be stored.
    fn score(&self, usage: &TokenUsage) -> Score {
        Score {
            evaluator: Self::DESCRIPTOR.name,
            value: Some(usage.total() as f64),
            label: Label::Ok,
            detail: None,
        }
    }
}

/// A percentile of tokens per request.
const fn percentile(name: &'static str, q: f64) -> MetricDef {
    MetricDef {
        name,
        statistic: Statistic::Quantile(q),
    }
}

impl Registered for TokensEvaluator {
    type Config = TokensConfig;

    const DESCRIPTOR: &'static Descriptor = &Descriptor {
        name: "tokens",
        wire_id: 5,
        // Token counts in the latency histograms (1% resolution, any magnitude).
        aggregation: Aggregation::Histogram,
        // `llm/<model>` per model call, `agent/<agent>` per invocation.
        dimension: Dimension::Operation,
        rows: crate::eval::Rows::WindowsOnly,
        metrics: &[
            percentile("tokens_per_request_p50", 0.50),
            percentile("tokens_per_request_p95", 0.95),
        ],
        // A prompt that grew, a loop that re-sends the history, an agent taking twice the
        // steps: the typical request costs twice what it did.
        default_rules: &[DefaultRule {
            name: "tokens_per_request_doubled",
            metric: "tokens_per_request_p50",
            check: DefaultCheck::AboveRatio { ratio: 2.0 },
            for_windows: 2,
            severity: Severity::Warning,
        }],
    };

    fn enabled(config: &TokensConfig) -> bool {
        config.enabled
    }

    fn build(
        config: &TokensConfig,
    ) -> Result<TokensEvaluator, Box<dyn std::error::Error + Send + Sync>> {
        Ok(TokensEvaluator::new(config))
    }

    fn check(config: &TokensConfig, issue: &mut dyn FnMut(&str, String)) {
        if config.max_traces < 2 {
            issue("max_traces", "must be at least 2".into());
        }
    }
}

impl Evaluator for TokensEvaluator {
    fn name(&self) -> &'static str {
        Self::DESCRIPTOR.name
    }

    fn observe(&self, spans: &[AgentSpan]) -> u64 {
        self.traces.add_llm_spans(spans)
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        match span.kind {
            OperationKind::Llm if span.usage.is_reported() => Some(self.score(&span.usage)),
            // An agent span that reports its run's usage itself (pydantic-ai) is the total;
            // else the trace's LLM spans so far.
            OperationKind::Agent if span.usage.is_reported() => Some(self.score(&span.usage)),
            OperationKind::Agent => {
                let total = self.traces.read(&span.trace_id)?;
                Some(self.score(&total.usage))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;

    fn usage(input: u64, output: u64) -> TokenUsage {
        TokenUsage {
            input: Some(input),
            output: Some(output),
            cache_read: Some(input / 2),
            cache_write: None,
        }
    }

    #[test]
    fn llm_spans_score_their_tokens_and_agents_their_traces() {
        let eval = TokensEvaluator::new(&TokensConfig::default());
        let mut chat = test_span();
        chat.kind = OperationKind::Llm;
        chat.usage = usage(1200, 300);
        let mut second = chat.clone();
        second.span_id = [9; 8];
        second.usage = usage(800, 100);
        let mut agent = test_span();
        agent.kind = OperationKind::Agent;
        agent.span_id = [7; 8];
        // The agent span first in the batch, as some exporters order it.
        let batch = [agent.clone(), chat.clone(), second];
        eval.observe(&batch);

        let score = eval.evaluate(&chat).unwrap();
        assert_eq!((score.value, score.label), (Some(1500.0), Label::Ok));
        let score = eval.evaluate(&agent).unwrap();
        assert_eq!(score.value, Some(2400.0));
        assert_eq!(eval.traces.read(&agent.trace_id).unwrap().llm_spans, 2);

        // No usage anywhere: nothing to say.
        let mut quiet = test_span();
        quiet.kind = OperationKind::Llm;
        assert_eq!(eval.evaluate(&quiet), None);
        let mut lonely = agent.clone();
        lonely.trace_id = [42; 16];
        assert_eq!(eval.evaluate(&lonely), None);
        // Tools and others are not scored.
        let mut tool = test_span();
        tool.kind = OperationKind::Tool;
        tool.usage = usage(1, 1);
        assert_eq!(eval.evaluate(&tool), None);
    }

    #[test]
    fn the_set_reports_what_the_trace_table_dropped() {
        let mut config = crate::eval::config::EvaluatorsConfig::default();
        config.tokens.max_traces = 2;
        let set = crate::eval::EvaluatorSet::from_config(&config).unwrap();
        let spans: Vec<AgentSpan> = (1..=3u8)
            .map(|t| {
                let mut s = test_span();
                s.kind = OperationKind::Llm;
                s.trace_id = [t; 16];
                s.usage = usage(10, 1);
                s
            })
            .collect();
        let mut dropped = Vec::new();
        set.observe(&spans, |evaluator, n| dropped.push((evaluator, n)));
        // One trace a generation: the third drops the first, which no agent span read.
        assert_eq!(dropped, [("tokens", 1)]);
    }

    #[test]
    fn an_agent_span_with_its_own_usage_is_its_total() {
        let eval = TokensEvaluator::new(&TokensConfig::default());
        let mut agent = test_span();
        agent.kind = OperationKind::Agent;
        agent.usage = usage(412, 58);
        assert_eq!(eval.evaluate(&agent).unwrap().value, Some(470.0));
    }
}
