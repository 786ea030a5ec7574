//! OTLP logs on the same receivers as traces (`LogsService/Export`, `POST /v1/logs`): decoded
//! under the same limits, memory budget, turns, tokens and TLS, checked record by record, and
//! handed to a [`LogSink`] — in one process, the join stage, which holds GenAI content events
//! for their spans and stores `gen_ai.evaluation.result` events as scores. The client is
//! answered once the sink has taken the request.

use std::sync::Arc;

use async_trait::async_trait;
use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsPartialSuccess, ExportLogsServiceRequest, ExportLogsServiceResponse,
};

use super::signal::Received;
use super::{Ingest, IngestError, check_resources};
use crate::otlp::cost;
use crate::telemetry::TransportLabels;

/// Why a sink did not take a logs request.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LogSinkError {
    /// Shutting down, or what the request carries could not be made durable: retryable.
    #[error("{0}")]
    Unavailable(String),
    /// No room within the wait: the client should back off and retry.
    #[error("{0}")]
    Overloaded(String),
}

/// Where accepted log records go.
#[async_trait]
pub trait LogSink: Send + Sync {
    /// Take a request whose records passed [`validate_logs`]; Ok once what it carries is
    /// held (content events) or durable (evaluation results).
    async fn accept(&self, request: ExportLogsServiceRequest) -> Result<(), LogSinkError>;
}

/// What checking a logs request found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ValidatedLogs {
    /// Records kept.
    pub accepted: usize,
    /// Records removed.
    pub rejected: usize,
    /// The first reason a record was removed.
    pub first_reason: Option<String>,
}

/// Remove records whose ids cannot be read (a trace id that is not 16 bytes, a span id that
/// is not 8, when present); the rest are kept. Records without ids are kept: they are logs
/// that join nothing, and a sink ignores what it does not use.
pub fn validate_logs(request: &mut ExportLogsServiceRequest) -> ValidatedLogs {
    let mut out = ValidatedLogs::default();
    for resource in &mut request.resource_logs {
        for scope in &mut resource.scope_logs {
            scope.log_records.retain(|record| {
                let problem = match (record.trace_id.len(), record.span_id.len()) {
                    (0 | 16, 0 | 8) => None,
                    (0 | 16, n) => Some(format!("span_id must be 8 bytes or empty, not {n}")),
                    (n, _) => Some(format!("trace_id must be 16 bytes or empty, not {n}")),
                };
                match problem {
                    None => {
                        out.accepted += 1;
                        true
                    }
                    Some(reason) => {
                        out.rejected += 1;
                        out.first_reason.get_or_insert(reason);
                        false
                    }
                }
            });
        }
    }
    out
}

impl Ingest {
    /// Decode, check and hand to the log sink one received logs body, as
    /// [`Ingest::export_body`] does for traces.
    pub async fn export_logs_body(
        &self,
        received: Received<'_>,
    ) -> Result<ExportLogsServiceResponse, IngestError> {
        let Received {
            transport,
            encoding,
            body,
            charge,
            caller,
            ..
        } = received;
        let Some(sink) = self.logs.clone() else {
            let error = IngestError::Unsupported(
                "this agentwatch process does not take OTLP logs (a process that ingests onto \
                 Kafka, or that also scores on the embedded bus, does)"
                    .into(),
            );
            self.refused(transport, &error);
            return Err(error);
        };
        let (mut request, charge, _turn) = self
            .decode_charged::<ExportLogsServiceRequest>(
                transport,
                encoding,
                body,
                charge,
                cost::logs_protobuf_decoded_bytes,
            )
            .await?;
        if let Some(caller) = caller.filter(|c| c.services.is_some()) {
            let resources = request.resource_logs.iter().map(|r| r.resource.as_ref());
            check_resources(caller, "logs", resources)
                .inspect_err(|e| self.metrics.refuse(transport, e.reason(), 0))?;
        }
        let validated = validate_logs(&mut request);
        if validated.rejected > 0 {
            self.metrics.refuse(transport, "invalid_log_record", 0);
        }
        if validated.accepted > 0 {
            self.hand_to(&sink, request, transport).await?;
            self.metrics
                .receiver_accepted_log_records
                .get_or_create(&TransportLabels { transport })
                .inc_by(validated.accepted as u64);
        }
        // Held until the sink took the request: what it keeps, it bounds itself.
        drop(charge);
        Ok(ExportLogsServiceResponse {
            partial_success: validated
                .first_reason
                .map(|reason| ExportLogsPartialSuccess {
                    rejected_log_records: validated.rejected as i64,
                    error_message: format!("{} log records rejected: {reason}", validated.rejected),
                }),
        })
    }

    async fn hand_to(
        &self,
        sink: &Arc<dyn LogSink>,
        request: ExportLogsServiceRequest,
        transport: &'static str,
    ) -> Result<(), IngestError> {
        sink.accept(request).await.map_err(|e| {
            let error = match e {
                LogSinkError::Overloaded(m) => IngestError::Overloaded(format!(
                    "{m}; retry after {}s",
                    self.retry_after.as_secs().max(1)
                )),
                LogSinkError::Unavailable(m) => IngestError::Unavailable(m),
            };
            self.refused(transport, &error);
            error
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};

    fn record(trace: usize, span: usize) -> LogRecord {
        LogRecord {
            trace_id: vec![1; trace],
            span_id: vec![2; span],
            ..Default::default()
        }
    }

    #[test]
    fn records_with_unreadable_ids_are_removed_and_named() {
        let mut request = ExportLogsServiceRequest {
            resource_logs: vec![ResourceLogs {
                scope_logs: vec![ScopeLogs {
                    log_records: vec![record(16, 8), record(0, 0), record(3, 8), record(16, 7)],
                    ..Default::default()
                }],
                ..Default::default()
            }],
        };
        let validated = validate_logs(&mut request);
        assert_eq!((validated.accepted, validated.rejected), (2, 2));
        assert_eq!(
            validated.first_reason.as_deref(),
            Some("trace_id must be 16 bytes or empty, not 3")
        );
        assert_eq!(request.resource_logs[0].scope_logs[0].log_records.len(), 2);
    }
}
