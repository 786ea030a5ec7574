//! `agentwatch replay`: feed history through the same pipeline — validate, normalize,
//! evaluate, store scores, aggregate, close windows, judge — with the spans' own timestamps.
//! A week of history replays in seconds and leaves a week of baselines behind.
//!
//! Two inputs:
//! * OTLP/JSON files ([`replay`]): the OTel Collector file exporter's format, one
//!   `ExportTraceServiceRequest` per line;
//! * CSV series of `timestamp,value` points ([`replay_csv`], see [`csv`] and [`traffic`]):
//!   each point becomes tool spans of one synthetic agent, so labelled benchmark series can be
//!   judged by the real detector.
//!
//! Input should be roughly in time order, as the file exporter writes it: spans older than the
//! watermark (latest span end seen minus `windows.allowed_lateness`) are counted as late.

pub mod csv;
pub mod traffic;

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

use super::PipelineConfig;
use super::build::{restored_detector, score_stage};
use crate::detect::{DetectStats, Detector};
use crate::otlp::validate::validate_request;
use crate::score::ScoreStage;
use crate::store::{self, ScoreRow, Store};
use crate::telemetry::Metrics;
use crate::window::Partials;

pub use traffic::{CsvOptions, TrafficKind};

/// Rows buffered before one store write.
const WRITE_BATCH_ROWS: usize = 20_000;

/// What a replay did.
#[derive(Debug, Default, Clone)]
pub struct ReplaySummary {
    /// Requests replayed: lines read, or for CSV input the requests built from the points.
    pub requests: u64,
    /// CSV points turned into spans (zero for OTLP/JSON input).
    pub points: u64,
    /// Spans scored.
    pub spans: u64,
    /// Spans rejected by validation (bad ids, no start time, ...).
    pub rejected_spans: u64,
    /// Lines that could not be read (reported with file and line number): invalid OTLP/JSON,
    /// or a CSV point with a bad timestamp or value.
    pub bad_lines: u64,
    /// Windows, breaches, late spans.
    pub detect: DetectStats,
}

/// Replay OTLP/JSON `files` through the pipeline configured by `config`.
pub async fn replay(config: &PipelineConfig, files: &[PathBuf]) -> anyhow::Result<ReplaySummary> {
    let mut replayer = Replayer::open(config).await?;
    for file in files {
        let reader = std::io::BufReader::new(
            std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?,
        );
        for (n, line) in crate::score::scorer::json_lines(reader) {
            let line = line.with_context(|| format!("reading {}", file.display()))?;
            match serde_json::from_slice::<ExportTraceServiceRequest>(&line) {
                Ok(request) => replayer.feed(request).await?,
                Err(e) => {
                    eprintln!("{}:{n}: invalid OTLP/JSON: {e}", file.display());
                    replayer.summary.bad_lines += 1;
                }
            }
        }
    }
    replayer.finish().await
}

/// Replay CSV series (`timestamp,value` points) as agent traffic: every file is read first
/// (bad lines are reported on stderr, `file:line: reason`, and counted), then the points of all
/// files are replayed together in time order, so several series share one watermark without
/// turning each other's spans late.
pub async fn replay_csv(
    config: &PipelineConfig,
    files: &[PathBuf],
    options: &CsvOptions,
) -> anyhow::Result<ReplaySummary> {
    let mut series = Vec::with_capacity(files.len());
    let mut bad_lines = 0u64;
    for file in files {
        let read = csv::read_series(file)?;
        for bad in &read.errors {
            eprintln!("{}:{}: {}", file.display(), bad.line, bad.reason);
        }
        bad_lines += read.errors.len() as u64;
        series.push(read);
    }
    let (mut plan, refused) = traffic::Plan::new(&series, options, config.windows.length);
    for r in &refused {
        eprintln!("{}:{}: {}", r.file.display(), r.line, r.reason);
    }
    let mut replayer = Replayer::open(config).await?;
    replayer.summary.bad_lines = bad_lines + refused.len() as u64;
    replayer.summary.points = plan.points() as u64;
    while let Some(request) = plan.next_request() {
        replayer.feed(request).await?;
    }
    replayer.finish().await
}

/// The pipeline's offline stages and what has gone through them.
struct Replayer {
    store: Arc<dyn Store>,
    detector: Detector,
    stage: ScoreStage,
    rows: Vec<ScoreRow>,
    partials: Partials,
    /// Spans scored since the last write.
    pending_spans: u64,
    summary: ReplaySummary,
}

impl Replayer {
    /// Open the store and rebuild the detector from it, as `agentwatch run` does at start.
    async fn open(config: &PipelineConfig) -> anyhow::Result<Replayer> {
        let metrics = Metrics::new();
        let store = store::open(&config.store, metrics.clone())
            .await
            .context("opening the store")?;
        // Windows a `run` on this store left open are rebuilt first; a replay is a batch job
        // and judges every window it opened at its end.
        let detector = restored_detector(config, store.clone(), metrics.clone(), true).await?;
        let stage = score_stage(config, store.clone(), None, metrics)?;
        Ok(Replayer {
            store,
            detector,
            stage,
            rows: Vec::new(),
            partials: Partials::default(),
            pending_spans: 0,
            summary: ReplaySummary::default(),
        })
    }

    /// Validate and score one request; write and judge once enough rows are buffered.
    async fn feed(&mut self, mut request: ExportTraceServiceRequest) -> anyhow::Result<()> {
        self.summary.requests += 1;
        let validated = validate_request(&mut request);
        self.summary.rejected_spans += validated.rejected as u64;
        let (rows, partials) = self.stage.score(&request);
        self.rows.extend(rows);
        self.partials.merge(partials);
        self.pending_spans += validated.accepted as u64;
        if self.rows.len() >= WRITE_BATCH_ROWS {
            self.flush().await?;
        }
        Ok(())
    }

    /// Write the buffered scores, then let the detector see their aggregates.
    async fn flush(&mut self) -> anyhow::Result<()> {
        let spans = std::mem::take(&mut self.pending_spans);
        self.stage
            .commit(
                std::mem::take(&mut self.rows),
                Partials::default(),
                None,
                spans,
            )
            .await;
        self.detector.merge(std::mem::take(&mut self.partials));
        self.detector.advance().await?;
        self.summary.spans += spans;
        Ok(())
    }

    /// Write what is left, close the remaining windows and the store.
    async fn finish(mut self) -> anyhow::Result<ReplaySummary> {
        self.flush().await?;
        self.detector.flush().await?;
        self.summary.detect = self.detector.stats;
        self.store.close().await?;
        Ok(self.summary)
    }
}
