//! Rebuilding the windows still open at the last stop from the `scores` table, at start.
//!
//! With the embedded bus, the partial aggregates of windows not yet closed live only in the
//! detector's memory; their scores, though, are stored before their partials are handed on.
//! At start, after the baselines are rebuilt from the `windows` table, the scores of spans
//! that ended in a window not yet stored are aggregated again — by the same
//! [`Aggregator`] the score stage uses, from the span columns each score row keeps — so a
//! window interrupted by a restart is judged once, on all its spans, and the spans that
//! arrive after the restart are not late.

use super::Detector;
use crate::eval::{EvaluatorId, Label, Score};
use crate::normalize::{AgentSpan, Content, OperationKind, TokenUsage};
use crate::store::{ScoreRow, StoreError, parse_ns};
use crate::window::{Aggregator, Partials};

/// Most score rows read to rebuild the open windows (all evaluators together; a few hundred
/// bytes of memory each while they are aggregated). When the open windows hold more, the
/// newest rows are read and the oldest open window is rebuilt without its earliest scores (a
/// warning says so).
pub const MAX_REOPENED_SCORES: usize = 200_000;

/// What rebuilding the open windows found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Reopened {
    /// Windows (distinct starts) rebuilt.
    pub windows: usize,
    /// Scores aggregated into them (unscoreable ones and those of evaluators this build does
    /// not know are stored, not aggregated, as while running).
    pub scores: u64,
    /// Score rows read.
    pub rows: usize,
    /// True when [`MAX_REOPENED_SCORES`] rows were read: the oldest window may miss scores.
    pub capped: bool,
}

impl Detector {
    /// Rebuild the windows still open at the last stop from the stored scores (call after
    /// [`Detector::restore`]). Only for a bus that does not deliver uncommitted partials
    /// again (Kafka does: there they would be counted twice).
    pub async fn reopen_windows(&mut self) -> Result<Reopened, StoreError> {
        self.reopen_windows_within(MAX_REOPENED_SCORES).await
    }

    pub(super) async fn reopen_windows_within(
        &mut self,
        max_rows: usize,
    ) -> Result<Reopened, StoreError> {
        let since = i64::try_from(self.closed_before).unwrap_or(i64::MAX);
        let rows = self.store.scores_ending_since(since, max_rows).await?;
        let Some(newest) = rows.iter().filter_map(|r| r.end_ns).max() else {
            return Ok(Reopened::default());
        };
        // Windows the watermark had passed at the stop were closed then (their rows are in the
        // `windows` table, or they held no data): it was at most `allowed_lateness` behind the
        // newest span, held to the wall clock plus `max_clock_skew` as while running.
        let cap = crate::clock::now_unix_nano().saturating_add(self.max_clock_skew_nanos);
        let watermark = (newest.max(0) as u64)
            .min(cap)
            .saturating_sub(self.lateness_nanos);
        let from = self
            .closed_before
            .max(watermark - watermark % self.window_nanos);
        let aggregator = Aggregator::new(std::time::Duration::from_nanos(self.window_nanos));
        let kept = rows
            .iter()
            .filter(|r| r.end_ns.is_some_and(|end| end >= 0 && end as u64 >= from));
        let (partials, scores) = reaggregate(&aggregator, kept);
        let mut reopened = Reopened {
            windows: 0,
            scores,
            rows: rows.len(),
            capped: rows.len() >= max_rows,
        };
        if reopened.capped {
            tracing::warn!(
                rows = rows.len(),
                "more stored scores than can be read to rebuild the open windows: the oldest open window misses its earliest scores"
            );
        }
        reopened.windows = self.merge(partials).len();
        Ok(reopened)
    }
}

/// The partial aggregates the score stage built from the spans of these score rows, and how
/// many scores they hold. Rows without a span end or with ids that do not parse are skipped.
pub(super) fn reaggregate<'a>(
    aggregator: &Aggregator,
    rows: impl Iterator<Item = &'a ScoreRow>,
) -> (Partials, u64) {
    let mut partials = Partials::default();
    let mut scores = 0;
    for row in rows {
        let Some(span) = span_of(row) else {
            continue;
        };
        // The score names its evaluator by the registry's own `&'static str`; an evaluator
        // this build does not know is stored, not aggregated (as the aggregator does).
        let Some(evaluator) = EvaluatorId::named(&row.evaluator) else {
            continue;
        };
        let score = Score {
            evaluator: evaluator.descriptor().name,
            value: row.value,
            label: row.label,
            detail: None,
        };
        // What the aggregator skips (it has no series cap here).
        if score.label != Label::Unscoreable && score.value.is_some() {
            scores += 1;
        }
        aggregator.add(&mut partials, &span, &score);
    }
    (partials, scores)
}

/// The span a score row was computed from, as far as windows need it: service, agent,
/// operation kind, model, tool (the series' dimension), end (the window) and trace id (the
/// exemplars).
fn span_of(row: &ScoreRow) -> Option<AgentSpan> {
    let end = u64::try_from(row.end_ns?).ok()?;
    let mut trace_id = [0u8; 16];
    hex::decode_to_slice(&row.trace_id, &mut trace_id).ok()?;
    let mut span_id = [0u8; 8];
    hex::decode_to_slice(&row.span_id, &mut span_id).ok()?;
    let start = parse_ns(&row.time, "score time")
        .ok()
        .and_then(|t| u64::try_from(t).ok())
        .unwrap_or(end);
    Some(AgentSpan {
        trace_id,
        span_id,
        start_unix_nano: start.min(end),
        end_unix_nano: end,
        name: row.span_name.clone(),
        service: row.service.clone(),
        agent: row.agent.clone(),
        kind: OperationKind::parse(&row.operation).unwrap_or(OperationKind::Other),
        operation: None,
        model: row.model.clone(),
        provider: None,
        tool: row.tool.clone(),
        error: None,
        input: Content::default(),
        output: Content::default(),
        usage: TokenUsage::default(),
    })
}
