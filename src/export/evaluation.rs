//! Scores as OpenTelemetry GenAI events: one `gen_ai.evaluation.result` log record per score,
//! parented to the span it judges (its trace and span ids), with the attributes the GenAI
//! semantic conventions name — `gen_ai.evaluation.name`, `gen_ai.evaluation.score.value`,
//! `gen_ai.evaluation.score.label`, `gen_ai.evaluation.explanation` (the score's masked
//! `detail`, never content) and `gen_ai.response.id` when the span carried one — so an OTel
//! backend shows agentwatch's verdicts next to the trace.

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::common::v1::any_value::Value;
use opentelemetry_proto::tonic::common::v1::{AnyValue, InstrumentationScope, KeyValue};
use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs, SeverityNumber};
use opentelemetry_proto::tonic::resource::v1::Resource;

use super::config::EvaluationExportConfig;
use crate::eval::{Label, Score};
use crate::normalize::AgentSpan;

/// The event's name.
pub const EVENT_NAME: &str = "gen_ai.evaluation.result";

/// One score, with what its event needs of the span (built only when an exporter publishes
/// evaluations).
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationEvent {
    /// The judged span's trace id.
    pub trace_id: [u8; 16],
    /// The judged span's id.
    pub span_id: [u8; 8],
    /// The judged span's end, Unix ns (the event's time).
    pub time_unix_nano: u64,
    /// `service.name` of the judged span (the event's resource).
    pub service: String,
    /// `gen_ai.response.id` of the judged span, when it had one.
    pub response_id: Option<String>,
    /// The evaluator (`gen_ai.evaluation.name`).
    pub evaluator: &'static str,
    /// The score's value (absent when unscoreable).
    pub value: Option<f64>,
    /// The score's label.
    pub label: Label,
    /// The score's masked evidence, as compact JSON.
    pub explanation: Option<String>,
}

impl EvaluationEvent {
    /// The event of `score` on `span`.
    pub fn new(span: &AgentSpan, score: &Score) -> EvaluationEvent {
        EvaluationEvent {
            trace_id: span.trace_id,
            span_id: span.span_id,
            time_unix_nano: span.end_unix_nano,
            service: span.service.clone(),
            response_id: span.response_id.clone(),
            evaluator: score.evaluator,
            value: score.value,
            label: score.label,
            explanation: score.detail.as_ref().map(|d| d.to_string()),
        }
    }

    /// The OTLP log record.
    fn log_record(&self, observed_unix_nano: u64) -> LogRecord {
        let mut attributes = vec![string("gen_ai.evaluation.name", self.evaluator)];
        if let Some(value) = self.value {
            attributes.push(KeyValue {
                key: "gen_ai.evaluation.score.value".into(),
                value: Some(AnyValue {
                    value: Some(Value::DoubleValue(value)),
                }),
                ..Default::default()
            });
        }
        attributes.push(string("gen_ai.evaluation.score.label", self.label.as_str()));
        if let Some(explanation) = &self.explanation {
            attributes.push(string("gen_ai.evaluation.explanation", explanation));
        }
        if let Some(id) = &self.response_id {
            attributes.push(string("gen_ai.response.id", id));
        }
        let severity = match self.label {
            Label::Fail | Label::Slow => SeverityNumber::Warn,
            Label::Ok | Label::Unscoreable => SeverityNumber::Info,
        };
        LogRecord {
            time_unix_nano: self.time_unix_nano,
            observed_time_unix_nano: observed_unix_nano,
            severity_number: severity as i32,
            severity_text: severity
                .as_str_name()
                .trim_start_matches("SEVERITY_NUMBER_")
                .into(),
            event_name: EVENT_NAME.into(),
            attributes,
            trace_id: self.trace_id.to_vec(),
            span_id: self.span_id.to_vec(),
            ..Default::default()
        }
    }
}

/// A string attribute.
pub(crate) fn string(key: &str, value: &str) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue {
            value: Some(Value::StringValue(value.into())),
        }),
        ..Default::default()
    }
}

/// Which scores an exporter publishes (`exporters.<name>.evaluations`).
#[derive(Debug, Clone)]
pub(super) struct EvaluationFilter {
    evaluators: Vec<String>,
    labels: Vec<Label>,
}

impl EvaluationFilter {
    pub(super) fn new(config: &EvaluationExportConfig) -> EvaluationFilter {
        EvaluationFilter {
            evaluators: config.evaluators.clone(),
            labels: config
                .labels
                .iter()
                .filter_map(|l| Label::parse(l))
                .collect(),
        }
    }

    fn admits(&self, event: &EvaluationEvent) -> bool {
        (self.evaluators.is_empty() || self.evaluators.iter().any(|e| e == event.evaluator))
            && (self.labels.is_empty() || self.labels.contains(&event.label))
    }

    /// The logs request of the events this filter admits (None when it admits none): one
    /// resource per service, in the order services first appear.
    pub(super) fn request(&self, events: &[EvaluationEvent]) -> Option<ExportLogsServiceRequest> {
        let observed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let mut services: Vec<(&str, Vec<LogRecord>)> = Vec::new();
        for event in events.iter().filter(|e| self.admits(e)) {
            let record = event.log_record(observed);
            match services.iter_mut().find(|(s, _)| *s == event.service) {
                Some((_, records)) => records.push(record),
                None => services.push((&event.service, vec![record])),
            }
        }
        (!services.is_empty()).then(|| ExportLogsServiceRequest {
            resource_logs: services
                .into_iter()
                .map(|(service, records)| resource_logs(service, records))
                .collect(),
        })
    }
}

fn resource_logs(service: &str, log_records: Vec<LogRecord>) -> ResourceLogs {
    ResourceLogs {
        resource: Some(Resource {
            attributes: vec![string("service.name", service)],
            ..Default::default()
        }),
        scope_logs: vec![ScopeLogs {
            scope: Some(InstrumentationScope {
                name: "agentwatch".into(),
                version: env!("CARGO_PKG_VERSION").into(),
                ..Default::default()
            }),
            log_records,
            ..Default::default()
        }],
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(service: &str, evaluator: &'static str, label: Label) -> EvaluationEvent {
        EvaluationEvent {
            trace_id: [1; 16],
            span_id: [2; 8],
            time_unix_nano: 42,
            service: service.into(),
            response_id: Some("chatcmpl-1".into()),
            evaluator,
            value: Some(1.0),
            label,
            explanation: Some(r#"{"kind":"full"}"#.into()),
        }
    }

    fn attribute<'a>(record: &'a LogRecord, key: &str) -> Option<&'a Value> {
        record
            .attributes
            .iter()
            .find(|kv| kv.key == key)
            .and_then(|kv| kv.value.as_ref())
            .and_then(|v| v.value.as_ref())
    }

    #[test]
    fn one_record_per_admitted_score_grouped_by_service() {
        let filter = EvaluationFilter::new(&EvaluationExportConfig {
            enabled: true,
            evaluators: vec![],
            labels: vec!["fail".into()],
        });
        let events = [
            event("a", "refusal", Label::Fail),
            event("b", "pii_leak", Label::Fail),
            event("a", "latency", Label::Ok),
            event("a", "pii_leak", Label::Fail),
        ];
        let request = filter.request(&events).unwrap();
        assert_eq!(request.resource_logs.len(), 2);
        let a = &request.resource_logs[0].scope_logs[0].log_records;
        assert_eq!(a.len(), 2, "the ok latency score is filtered out");
        let record = &a[0];
        assert_eq!(record.event_name, EVENT_NAME);
        assert_eq!(record.trace_id, vec![1; 16]);
        assert_eq!(record.span_id, vec![2; 8]);
        assert_eq!(
            attribute(record, "gen_ai.evaluation.name"),
            Some(&Value::StringValue("refusal".into()))
        );
        assert_eq!(
            attribute(record, "gen_ai.evaluation.score.value"),
            Some(&Value::DoubleValue(1.0))
        );
        assert_eq!(
            attribute(record, "gen_ai.response.id"),
            Some(&Value::StringValue("chatcmpl-1".into()))
        );
        assert_eq!(record.severity_text, "WARN");
        let only_latency = EvaluationFilter::new(&EvaluationExportConfig {
            enabled: true,
            evaluators: vec!["latency".into()],
            labels: vec!["fail".into()],
        });
        assert!(only_latency.request(&events).is_none());
    }
}
