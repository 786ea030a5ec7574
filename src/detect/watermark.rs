//! Merging partial aggregates into open windows, the event-time watermark (held to the wall
//! clock plus `windows.max_clock_skew`), and closing and writing the windows it passes.

use std::time::Duration;

use super::Detector;
use crate::store::{AlertRow, StoreError, WindowRow, format_time};
use crate::window::{Aggregate, Partials};

impl Detector {
    /// Merge one batch's partial aggregates; returns the starts of the open windows they fed.
    pub fn merge(&mut self, partials: Partials) -> Vec<u64> {
        let mut late = 0;
        let mut oldest_late = u64::MAX;
        let mut fed = Vec::new();
        for ((key, start), agg) in partials.windows {
            if start < self.closed_before {
                late += agg.n;
                oldest_late = oldest_late.min(start);
                continue;
            }
            // Only partials from a log that redelivers (they have a position) are tracked: the
            // embedded bus never hands a batch on twice, and tracking every batch would cost
            // memory for nothing.
            if let Some(position) = partials.source {
                let from = match partials.batch_key {
                    Some(key) => super::MergedFrom::Batch(key),
                    None => super::MergedFrom::Position(position),
                };
                let seen = self.merged_from.entry(start).or_default();
                if !seen.insert((from, key.clone())) {
                    tracing::debug!(?position, series = ?key, "partial delivered again; merged once");
                    self.metrics.window_redelivered_partials.inc();
                    continue;
                }
            }
            if !fed.contains(&start) {
                fed.push(start);
            }
            self.advance_event_time(&agg);
            self.metrics.window_merged_scores.inc_by(agg.n);
            let window = self.open.entry(start).or_default();
            match window.get_mut(&key) {
                Some(existing) => existing.merge(&agg),
                None => {
                    if window.len() >= self.max_series {
                        self.metrics.window_dropped_series_scores.inc_by(agg.n);
                        continue;
                    }
                    window.insert(key, agg);
                }
            }
        }
        if late > 0 {
            // Counted per score that misses its window, logged once per batch.
            self.stats.late_scores += late;
            self.metrics.window_late_scores.inc_by(late);
            tracing::warn!(
                scores = late,
                oldest_window = %format_time(oldest_late),
                "late scores for windows already closed: stored, not aggregated"
            );
        }
        fed
    }

    /// Move event time to this aggregate's newest span, but never past the wall clock plus
    /// `max_clock_skew`: a sender whose clock runs fast (ingest admits 15 minutes ahead) must
    /// not close everyone else's windows. Replays are in the past, where the cap never binds.
    fn advance_event_time(&mut self, agg: &Aggregate) {
        let cap = crate::clock::now_unix_nano().saturating_add(self.max_clock_skew_nanos);
        if agg.max_event_time > cap {
            self.stats.future_scores += agg.n;
            self.metrics.window_future_scores.inc_by(agg.n);
            tracing::debug!(
                scores = agg.n,
                ahead_ms = (agg.max_event_time - cap + self.max_clock_skew_nanos) / 1_000_000,
                "scores dated ahead of the wall clock (a sender's clock is fast): aggregated, the watermark held back"
            );
        }
        self.max_event_time = self.max_event_time.max(agg.max_event_time.min(cap));
    }

    /// Close every window the event-time watermark has passed.
    pub async fn advance(&mut self) -> Result<(), StoreError> {
        let watermark = self.max_event_time.saturating_sub(self.lateness_nanos);
        self.close_until(watermark).await
    }

    /// Close windows by the wall clock (nothing arrived for a while).
    pub async fn advance_to_wall_clock(&mut self) -> Result<(), StoreError> {
        let now = crate::clock::now_unix_nano();
        self.close_until(now.saturating_sub(self.lateness_nanos))
            .await
    }

    /// Close every open window (end of a replay, shutdown).
    pub async fn flush(&mut self) -> Result<(), StoreError> {
        self.close_until(u64::MAX).await
    }

    pub(super) async fn close_until(&mut self, watermark: u64) -> Result<(), StoreError> {
        let closed_before = self.closed_before;
        self.close_windows_until(watermark).await?;
        if self.closed_before > closed_before {
            // Every window before it is written: the partials kept to rebuild them are not
            // needed any more. A failure leaves them for the next close (they are not read
            // for closed windows).
            let before = i64::try_from(self.closed_before).unwrap_or(i64::MAX);
            if let Err(e) = self.store.forget_partials_before(before).await {
                tracing::warn!(error = %e, "forgetting the kept partials of written windows failed");
            }
        }
        Ok(())
    }

    async fn close_windows_until(&mut self, watermark: u64) -> Result<(), StoreError> {
        while let Some(start) = self.next_to_close(watermark) {
            let window = self.open.remove(&start);
            self.merged_from.remove(&start);
            if window.is_some() {
                // Judged now, so closed now: whatever happens to the write, this window's
                // spans must not reopen it and be judged twice.
                self.closed_before = self.closed_before.max(start + self.window_nanos);
            }
            let mut alerts = Vec::new();
            let rows = self.close_window(start, window.unwrap_or_default(), &mut alerts);
            if rows.is_empty() && alerts.is_empty() {
                continue;
            }
            self.stats.rows_written += rows.len() as u64;
            self.write_with_retries(rows, alerts.clone()).await?;
            // Only after the write: a transition is notified only once it is durable, and
            // the alert stage finds any it missed in the alerts table at its next start.
            if let (Some(tx), false) = (&self.transitions, alerts.is_empty())
                && tx.send(alerts).await.is_err()
            {
                tracing::error!(
                    "the alert stage has stopped: transitions are only written to the alerts table until a restart"
                );
                self.transitions = None;
            }
        }
        Ok(())
    }

    /// The next window to close before `watermark`: the first open one, or — once there is
    /// history — the next window without any data, whose silent series are judged (volume)
    /// or resolved (`no_data`). An empty window waits one window longer than an open one (the
    /// partials of a racing score worker may still open it) and does not move
    /// `closed_before`: spans that arrive for it later are judged as usual. A flush
    /// (`u64::MAX`) takes empty windows only up to the last open one; of a gap longer than
    /// `forget_idle_after` only the end is taken, as every series silent longer is forgotten.
    fn next_to_close(&self, watermark: u64) -> Option<u64> {
        let first_open = self.open.first_key_value().map(|(s, _)| *s);
        let limit = if watermark == u64::MAX {
            self.open.last_key_value().map_or(0, |(s, _)| *s)
        } else {
            watermark.saturating_sub(self.window_nanos)
        };
        let mut empty = None;
        let cursor = self.silent_before.max(self.closed_before);
        if cursor > 0 && !self.series.is_empty() {
            let skip_to = limit.saturating_sub(self.forget_idle_nanos);
            let start = cursor.max(skip_to - skip_to % self.window_nanos);
            if start.saturating_add(self.window_nanos) <= limit {
                empty = Some(start);
            }
        }
        match (first_open, empty) {
            (Some(open), _) if open.saturating_add(self.window_nanos) <= watermark => {
                Some(empty.map_or(open, |e| e.min(open)))
            }
            (_, empty) => empty,
        }
    }

    /// Retry retryable store errors with back-off (a locked or full database pushes back on
    /// the score workers through the partials channel meanwhile).
    async fn write_with_retries(
        &self,
        rows: Vec<WindowRow>,
        alerts: Vec<AlertRow>,
    ) -> Result<(), StoreError> {
        let mut backoff = Duration::from_millis(50);
        loop {
            match self.store.write_windows(rows.clone(), alerts.clone()).await {
                Ok(()) => return Ok(()),
                Err(e) if e.is_retryable() && !matches!(e, StoreError::Closed) => {
                    tracing::warn!(error = %e, rows = rows.len(), "writing windows failed; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
                Err(e) => return Err(e),
            }
        }
    }
}
