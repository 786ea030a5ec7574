//! What an exporter sends: the spans it forwards (an OTLP traces request) or the scores it
//! publishes (an OTLP logs request of `gen_ai.evaluation.result` events). The sender's queue,
//! retries and counting are the same for both; each payload names its items and metrics.

use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsServiceRequest, ExportLogsServiceResponse,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prost::Message;

use crate::otlp::count_spans;
use crate::telemetry::{ExporterLabels, Metrics};

/// One OTLP export request, as an exporter queues, sends and counts it.
pub(super) trait Payload: prost::Message + Default + Clone + Send + Sync + 'static {
    /// What the items are called in logs ("spans", "evaluations").
    const ITEMS: &'static str;
    /// How many items it holds.
    fn items(&self) -> usize;
    /// The items refused and why, from an OTLP/HTTP protobuf answer's partial success.
    fn partial_success(answer: &[u8]) -> (u64, String);
    /// Items delivered.
    fn sent(metrics: &Metrics) -> &Family<ExporterLabels, Counter>;
    /// Items refused by the next hop or failed after retries.
    fn send_failed(metrics: &Metrics) -> &Family<ExporterLabels, Counter>;
    /// Items dropped because the queue was full.
    fn enqueue_failed(metrics: &Metrics) -> &Family<ExporterLabels, Counter>;
}

impl Payload for ExportTraceServiceRequest {
    const ITEMS: &'static str = "spans";

    fn items(&self) -> usize {
        count_spans(self)
    }
    fn partial_success(answer: &[u8]) -> (u64, String) {
        let partial = ExportTraceServiceResponse::decode(answer)
            .ok()
            .and_then(|r| r.partial_success)
            .unwrap_or_default();
        (partial.rejected_spans.max(0) as u64, partial.error_message)
    }
    fn sent(metrics: &Metrics) -> &Family<ExporterLabels, Counter> {
        &metrics.exporter_sent_spans
    }
    fn send_failed(metrics: &Metrics) -> &Family<ExporterLabels, Counter> {
        &metrics.exporter_send_failed_spans
    }
    fn enqueue_failed(metrics: &Metrics) -> &Family<ExporterLabels, Counter> {
        &metrics.exporter_enqueue_failed_spans
    }
}

impl Payload for ExportLogsServiceRequest {
    const ITEMS: &'static str = "evaluations";

    fn items(&self) -> usize {
        self.resource_logs
            .iter()
            .flat_map(|r| &r.scope_logs)
            .map(|s| s.log_records.len())
            .sum()
    }
    fn partial_success(answer: &[u8]) -> (u64, String) {
        let partial = ExportLogsServiceResponse::decode(answer)
            .ok()
            .and_then(|r| r.partial_success)
            .unwrap_or_default();
        (
            partial.rejected_log_records.max(0) as u64,
            partial.error_message,
        )
    }
    fn sent(metrics: &Metrics) -> &Family<ExporterLabels, Counter> {
        &metrics.exporter_sent_evaluations
    }
    fn send_failed(metrics: &Metrics) -> &Family<ExporterLabels, Counter> {
        &metrics.exporter_send_failed_evaluations
    }
    fn enqueue_failed(metrics: &Metrics) -> &Family<ExporterLabels, Counter> {
        &metrics.exporter_enqueue_failed_evaluations
    }
}
