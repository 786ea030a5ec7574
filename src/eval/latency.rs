//! `latency`: every span's duration in milliseconds. Windows turn these into p50/p95/p99 per
//! operation and model; per span, the label says whether it crossed the configured threshold.

use std::time::Duration;

use super::config::LatencyConfig;
use super::{Evaluator, Label, Score};
use crate::normalize::AgentSpan;

/// Scores span duration.
pub struct LatencyEvaluator {
    slow_threshold: Duration,
}

impl LatencyEvaluator {
    /// Build from `evaluators.latency`.
    pub fn new(config: &LatencyConfig) -> LatencyEvaluator {
        LatencyEvaluator {
            slow_threshold: config.slow_threshold,
        }
    }
}

impl Evaluator for LatencyEvaluator {
    fn name(&self) -> &'static str {
        "latency"
    }

    fn evaluate(&self, span: &AgentSpan) -> Option<Score> {
        let nanos = span.duration_nanos();
        let slow = u128::from(nanos) > self.slow_threshold.as_nanos();
        Some(Score {
            evaluator: self.name(),
            value: Some(nanos as f64 / 1e6),
            label: if slow { Label::Slow } else { Label::Ok },
            detail: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;

    #[test]
    fn duration_in_milliseconds_and_threshold() {
        let eval = LatencyEvaluator::new(&LatencyConfig {
            enabled: true,
            slow_threshold: Duration::from_secs(2),
        });
        let mut span = test_span();
        span.start_unix_nano = 1_000_000_000;
        span.end_unix_nano = 1_250_500_000;
        let score = eval.evaluate(&span).unwrap();
        assert_eq!(score.value, Some(250.5));
        assert_eq!(score.label, Label::Ok);
        span.end_unix_nano = span.start_unix_nano + 2_000_000_001;
        assert_eq!(eval.evaluate(&span).unwrap().label, Label::Slow);
        span.end_unix_nano = span.start_unix_nano + 2_000_000_000;
        assert_eq!(eval.evaluate(&span).unwrap().label, Label::Ok);
    }
}
