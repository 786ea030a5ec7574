//! `agentwatch replay FILE...`: feed OTLP/JSON files (the OTel Collector file exporter's
//! format, one `ExportTraceServiceRequest` per line) through the same pipeline — validate,
//! normalize, evaluate, store scores, aggregate, close windows, judge — with the spans' own
//! timestamps. A week of history replays in seconds and leaves a week of baselines behind.
//!
//! Input should be roughly in time order, as the file exporter writes it: spans older than the
//! watermark (latest start seen minus `windows.allowed_lateness`) are counted as late.

use std::path::PathBuf;

use anyhow::Context;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

use super::PipelineConfig;
use super::build::{restored_detector, score_stage};
use crate::detect::{DetectStats, Detector};
use crate::otlp::validate::validate_request;
use crate::score::ScoreStage;
use crate::store::{self, ScoreRow};
use crate::telemetry::Metrics;
use crate::window::Partials;

/// Rows buffered before one store write.
const WRITE_BATCH_ROWS: usize = 20_000;

/// What a replay did.
#[derive(Debug, Default, Clone)]
pub struct ReplaySummary {
    /// Requests (lines) read.
    pub requests: u64,
    /// Spans scored.
    pub spans: u64,
    /// Spans rejected by validation (bad ids, no start time, ...).
    pub rejected_spans: u64,
    /// Lines that were not valid OTLP/JSON (reported with file and line number).
    pub bad_lines: u64,
    /// Windows, breaches, late spans.
    pub detect: DetectStats,
}

/// Replay `files` through the pipeline configured by `config`.
pub async fn replay(config: &PipelineConfig, files: &[PathBuf]) -> anyhow::Result<ReplaySummary> {
    let metrics = Metrics::new();
    let store = store::open(&config.store, metrics.clone())
        .await
        .context("opening the store")?;
    // Windows a `run` on this store left open are rebuilt first; a replay is a batch job and
    // judges every window it opened at its end (below).
    let mut detector = restored_detector(config, store.clone(), metrics.clone(), true).await?;
    let stage = score_stage(config, store.clone(), None, metrics)?;
    let mut summary = ReplaySummary::default();
    let mut rows: Vec<ScoreRow> = Vec::new();
    let mut partials = Partials::default();
    let mut pending_spans = 0u64;
    for file in files {
        let reader = std::io::BufReader::new(
            std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?,
        );
        for (n, line) in crate::score::scorer::json_lines(reader) {
            let line = line.with_context(|| format!("reading {}", file.display()))?;
            let mut request = match serde_json::from_slice::<ExportTraceServiceRequest>(&line) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("{}:{n}: invalid OTLP/JSON: {e}", file.display());
                    summary.bad_lines += 1;
                    continue;
                }
            };
            summary.requests += 1;
            let validated = validate_request(&mut request);
            summary.rejected_spans += validated.rejected as u64;
            let (r, p) = stage.score(&request);
            rows.extend(r);
            partials.merge(p);
            pending_spans += validated.accepted as u64;
            if rows.len() >= WRITE_BATCH_ROWS {
                let pending = std::mem::take(&mut pending_spans);
                summary.spans +=
                    flush(&stage, &mut detector, &mut rows, &mut partials, pending).await?;
            }
        }
    }
    summary.spans += flush(
        &stage,
        &mut detector,
        &mut rows,
        &mut partials,
        pending_spans,
    )
    .await?;
    detector.flush().await?;
    summary.detect = detector.stats;
    store.close().await?;
    Ok(summary)
}

/// Write the buffered scores, then let the detector see their aggregates; returns `spans`.
async fn flush(
    stage: &ScoreStage,
    detector: &mut Detector,
    rows: &mut Vec<ScoreRow>,
    partials: &mut Partials,
    spans: u64,
) -> anyhow::Result<u64> {
    stage
        .commit(std::mem::take(rows), Partials::default(), spans)
        .await;
    detector.merge(std::mem::take(partials));
    detector.advance().await?;
    Ok(spans)
}
