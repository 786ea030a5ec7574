//! Rebuilding the windows still open at the last stop, at start.
//!
//! With the embedded bus, the partial aggregates of windows not yet closed live only in the
//! detector's memory. A store that keeps partials (SQLite) has each batch's partials,
//! written in the same transaction as its scores: at start, after the baselines are rebuilt
//! from the `windows` table, the kept partials of windows not yet stored are merged again, so
//! a window interrupted by a restart — or a `kill -9` — is judged once, on all its spans,
//! exactly as without the interruption, and the spans that arrive after the restart are not
//! late. A store that does not keep them (ClickHouse) rebuilds from the `scores` table
//! instead: the scores of spans that ended in such a window are aggregated again by the same
//! [`Aggregator`] the score stage uses, from the span columns each row keeps — for the
//! evaluators that keep a row per span (those that keep only failures, or none, cannot be
//! rebuilt that way and start the window empty).

use super::Detector;
use crate::eval::{EvaluatorId, Label, Rows, Score};
use crate::normalize::{AgentSpan, Content, OperationKind, TokenUsage};
use crate::store::{ScoreRow, StoreError, parse_ns};
use crate::window::{Aggregator, Partials};

/// Most score rows read to rebuild the open windows (all evaluators together; a few hundred
/// bytes of memory each while they are aggregated). When the open windows hold more, the
/// newest rows are read and the oldest open window is rebuilt without its earliest scores (a
/// warning says so).
pub const MAX_REOPENED_SCORES: usize = 200_000;

/// Kept partials records read per query while rebuilding the open windows (each is merged
/// as it is read: memory holds the open windows, not the records).
const PARTIALS_PAGE: usize = 1_000;

/// What rebuilding the open windows found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Reopened {
    /// Windows (distinct starts) rebuilt.
    pub windows: usize,
    /// Scores aggregated into them (unscoreable ones and those of evaluators this build does
    /// not know are stored, not aggregated, as while running).
    pub scores: u64,
    /// Score rows read (rebuilt from the scores).
    pub rows: usize,
    /// Kept partials records read (rebuilt from them; then no score rows are read).
    pub records: usize,
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
        if let Some(reopened) = self.reopen_from_partials().await? {
            return Ok(reopened);
        }
        let since = i64::try_from(self.closed_before).unwrap_or(i64::MAX);
        let rows = self.store.scores_ending_since(since, max_rows).await?;
        let Some(newest) = rows.iter().filter_map(|r| r.end_ns).max() else {
            return Ok(Reopened::default());
        };
        let from = self.first_open_window(newest.max(0) as u64);
        let aggregator = Aggregator::new(std::time::Duration::from_nanos(self.window_nanos));
        let kept = rows
            .iter()
            .filter(|r| r.end_ns.is_some_and(|end| end >= 0 && end as u64 >= from));
        let (partials, scores) = reaggregate(&aggregator, kept);
        let mut reopened = Reopened {
            windows: 0,
            scores,
            rows: rows.len(),
            records: 0,
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

    /// The first window that can still have been open at the stop, given the newest span
    /// seen: windows the watermark had passed then were closed (their rows are in the
    /// `windows` table, or they held no data). It was at most `allowed_lateness` behind the
    /// newest span, held to the wall clock plus `max_clock_skew` as while running.
    fn first_open_window(&self, newest: u64) -> u64 {
        let cap = crate::clock::now_unix_nano().saturating_add(self.max_clock_skew_nanos);
        let watermark = newest.min(cap).saturating_sub(self.lateness_nanos);
        self.closed_before
            .max(watermark - watermark % self.window_nanos)
    }

    /// Merge the kept partials records of the windows not yet stored. None when the store
    /// keeps none (a store that does not keep partials, or a database last written by a
    /// version that did not): the caller rebuilds from the scores then.
    async fn reopen_from_partials(&mut self) -> Result<Option<Reopened>, StoreError> {
        let since = i64::try_from(self.closed_before).unwrap_or(i64::MAX);
        let mut kept = Partials::default();
        let mut records = 0;
        let mut after = None;
        loop {
            let Some(page) = self
                .store
                .open_partials(since, after, PARTIALS_PAGE)
                .await?
            else {
                return Ok(None);
            };
            let Some((last, _)) = page.last() else {
                break;
            };
            after = Some(*last);
            for (key, bytes) in page {
                records += 1;
                match crate::window::wire::decode_record(&bytes, self.window_nanos) {
                    Ok(partials) => kept.merge(partials),
                    // Written with another `windows.length`: its windows are not these.
                    Err(e) => tracing::warn!(
                        batch_key = key,
                        error = %e,
                        "a kept partials record does not fit these windows; skipped"
                    ),
                }
            }
        }
        if records == 0 {
            return Ok(None);
        }
        let newest = kept.windows.values().map(|a| a.max_event_time).max();
        let from = self.first_open_window(newest.unwrap_or(0));
        kept.windows.retain(|(_, start), _| *start >= from);
        let scores = kept.windows.values().map(|a| a.n).sum();
        let windows = self.merge(kept).len();
        Ok(Some(Reopened {
            windows,
            scores,
            rows: 0,
            records,
            capped: false,
        }))
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
        // Its `ok` spans have no rows: a rate rebuilt from the rest would be all failures.
        if evaluator.descriptor().rows != Rows::Every {
            continue;
        }
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
    hex::decode_to_slice(row.trace_id.as_bytes(), &mut trace_id).ok()?;
    let mut span_id = [0u8; 8];
    hex::decode_to_slice(row.span_id.as_bytes(), &mut span_id).ok()?;
    let start = parse_ns(&row.time, "score time")
        .ok()
        .and_then(|t| u64::try_from(t).ok())
        .unwrap_or(end);
    Some(AgentSpan {
        trace_id,
        span_id,
        response_id: None,
        start_unix_nano: start.min(end),
        end_unix_nano: end,
        name: row.span_name.to_string(),
        service: row.service.to_string(),
        agent: row.agent.as_deref().map(str::to_owned),
        kind: OperationKind::parse(&row.operation).unwrap_or(OperationKind::Other),
        operation: None,
        model: row.model.as_deref().map(str::to_owned),
        provider: None,
        tool: row.tool.as_deref().map(str::to_owned),
        error: None,
        input: Content::default(),
        output: Content::default(),
        usage: TokenUsage::default(),
        finish_reason: None,
        tools: Default::default(),
        parent_span_id: None,
    })
}
