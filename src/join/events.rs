//! Reading OTLP log records as GenAI events: content events (the messages an instrumentation
//! sends as logs instead of span attributes), turned into what the span would have carried,
//! and `gen_ai.evaluation.result` events published by evaluators elsewhere. Every other
//! record is ignored.

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::common::v1::any_value::Value;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue};
use opentelemetry_proto::tonic::logs::v1::LogRecord;
use opentelemetry_proto::tonic::trace::v1::span::Event;
use prost::Message;

use crate::export::evaluation::EVENT_NAME as EVALUATION_EVENT;
use crate::normalize::{resource_service, value_json};

/// A span's identity: trace id and span id.
pub type SpanKey = ([u8; 16], [u8; 8]);

/// The single event of current instrumentations: the whole request and reply, in the same
/// attributes a span carries them in.
pub const INFERENCE_DETAILS_EVENT: &str = "gen_ai.client.inference.operation.details";

/// The attributes of [`INFERENCE_DETAILS_EVENT`] that are content, copied onto the span as
/// they are.
const DETAILS_CONTENT: [&str; 3] = [
    "gen_ai.input.messages",
    "gen_ai.output.messages",
    "gen_ai.system_instructions",
];

/// The per-message events of semconv 1.28–1.36 (OTel contrib instrumentations with
/// `OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true`), their body the message.
const MESSAGE_EVENTS: [&str; 5] = [
    "gen_ai.system.message",
    "gen_ai.user.message",
    "gen_ai.assistant.message",
    "gen_ai.tool.message",
    "gen_ai.choice",
];

/// The per-message event that carries the reply.
const CHOICE_EVENT: &str = "gen_ai.choice";

/// The span-event attribute the normalizer reads a message event's body from (the
/// serialized body, as the Azure AI SDKs put it on span events).
const EVENT_CONTENT_ATTRIBUTE: &str = "gen_ai.event.content";

/// What one content event adds to its span.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanContent {
    /// The span it belongs to.
    pub key: SpanKey,
    /// `service.name` of the record's resource.
    pub service: String,
    /// Attributes to add to the span (from [`INFERENCE_DETAILS_EVENT`]).
    pub attributes: Vec<KeyValue>,
    /// Span events to add (one per message event).
    pub events: Vec<Event>,
    /// Whether it carries the model's reply (the span it joins stops waiting then).
    pub output: bool,
    /// What holding it costs, in bytes (an estimate: encoded sizes plus bookkeeping).
    pub bytes: usize,
}

/// A `gen_ai.evaluation.result` event.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalEvaluation {
    /// The evaluated span's trace id.
    pub trace_id: [u8; 16],
    /// The evaluated span's id.
    pub span_id: [u8; 8],
    /// The record's time (else its observed time), Unix ns.
    pub time_unix_nano: u64,
    /// `service.name` of the record's resource.
    pub service: String,
    /// `gen_ai.evaluation.name`.
    pub name: String,
    /// `gen_ai.evaluation.score.value`.
    pub value: Option<f64>,
    /// `gen_ai.evaluation.score.label`.
    pub label: Option<String>,
    /// `gen_ai.response.id`.
    pub response_id: Option<String>,
}

/// The GenAI events of one logs request.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Content for spans.
    pub content: Vec<SpanContent>,
    /// External evaluation results.
    pub evaluations: Vec<ExternalEvaluation>,
    /// Evaluation results that could not be read (no name, no trace and span id), with the
    /// first reason.
    pub invalid_evaluations: (u64, Option<String>),
}

/// Bookkeeping per held item beyond its encoded size (map entry, key, vectors).
const OVERHEAD_BYTES: usize = 128;

/// The event name of a record: `event_name` (OTLP field 12), else its `event.name` attribute.
fn event_name(record: &LogRecord) -> Option<&str> {
    if !record.event_name.is_empty() {
        return Some(&record.event_name);
    }
    record
        .attributes
        .iter()
        .find_map(|kv| match kv.key.as_str() {
            "event.name" => match kv.value.as_ref()?.value.as_ref()? {
                Value::StringValue(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        })
}

/// The record's span, when it names one (16- and 8-byte ids, not all zero).
fn span_key(record: &LogRecord) -> Option<SpanKey> {
    let trace: [u8; 16] = record.trace_id.as_slice().try_into().ok()?;
    let span: [u8; 8] = record.span_id.as_slice().try_into().ok()?;
    (trace != [0; 16] && span != [0; 8]).then_some((trace, span))
}

/// Take the GenAI events out of `request`.
pub fn extract(request: ExportLogsServiceRequest) -> Extracted {
    let mut out = Extracted::default();
    for resource_logs in request.resource_logs {
        let service = resource_service(resource_logs.resource.as_ref()).to_owned();
        for scope in resource_logs.scope_logs {
            for record in scope.log_records {
                read_record(record, &service, &mut out);
            }
        }
    }
    out
}

fn read_record(record: LogRecord, service: &str, out: &mut Extracted) {
    let Some(name) = event_name(&record) else {
        return;
    };
    if name == EVALUATION_EVENT {
        match evaluation(&record, service) {
            Ok(evaluation) => out.evaluations.push(evaluation),
            Err(reason) => {
                out.invalid_evaluations.0 += 1;
                out.invalid_evaluations.1.get_or_insert(reason);
            }
        }
        return;
    }
    let details = name == INFERENCE_DETAILS_EVENT;
    let message = MESSAGE_EVENTS.contains(&name);
    if !details && !message {
        return;
    }
    // Content that names no span joins nothing.
    let Some(key) = span_key(&record) else {
        return;
    };
    let content = if details {
        details_content(record, key, service)
    } else {
        message_content(record, key, service)
    };
    out.content.push(content);
}

/// [`INFERENCE_DETAILS_EVENT`]: its content attributes, moved onto the span as they are.
fn details_content(record: LogRecord, key: SpanKey, service: &str) -> SpanContent {
    let attributes: Vec<KeyValue> = record
        .attributes
        .into_iter()
        .filter(|kv| DETAILS_CONTENT.contains(&kv.key.as_str()))
        .collect();
    let output = attributes
        .iter()
        .any(|kv| kv.key == "gen_ai.output.messages");
    let bytes = attributes.iter().map(Message::encoded_len).sum::<usize>() + OVERHEAD_BYTES;
    SpanContent {
        key,
        service: service.to_owned(),
        attributes,
        events: Vec::new(),
        output,
        bytes,
    }
}

/// A per-message event: a span event of the same name whose body travels serialized in
/// [`EVENT_CONTENT_ATTRIBUTE`], which the normalizer reads as it reads such span events.
fn message_content(record: LogRecord, key: SpanKey, service: &str) -> SpanContent {
    let name = event_name(&record).unwrap_or_default().to_owned();
    let body = match record.body.and_then(|b| b.value) {
        Some(Value::StringValue(text)) => text,
        Some(structured) => value_json(&structured).to_string(),
        None => String::new(),
    };
    let output = name == CHOICE_EVENT;
    let event = Event {
        time_unix_nano: if record.time_unix_nano > 0 {
            record.time_unix_nano
        } else {
            record.observed_time_unix_nano
        },
        name,
        attributes: vec![KeyValue {
            key: EVENT_CONTENT_ATTRIBUTE.into(),
            value: Some(AnyValue {
                value: Some(Value::StringValue(body)),
            }),
            ..Default::default()
        }],
        dropped_attributes_count: 0,
    };
    let bytes = event.encoded_len() + OVERHEAD_BYTES;
    SpanContent {
        key,
        service: service.to_owned(),
        attributes: Vec::new(),
        events: vec![event],
        output,
        bytes,
    }
}

fn evaluation(record: &LogRecord, service: &str) -> Result<ExternalEvaluation, String> {
    let (trace_id, span_id) = span_key(record).ok_or_else(|| {
        format!("{EVALUATION_EVENT} without the trace_id and span_id of the evaluated span")
    })?;
    let mut evaluation = ExternalEvaluation {
        trace_id,
        span_id,
        time_unix_nano: if record.time_unix_nano > 0 {
            record.time_unix_nano
        } else {
            record.observed_time_unix_nano
        },
        service: service.to_owned(),
        name: String::new(),
        value: None,
        label: None,
        response_id: None,
    };
    for kv in &record.attributes {
        let Some(value) = kv.value.as_ref().and_then(|v| v.value.as_ref()) else {
            continue;
        };
        match (kv.key.as_str(), value) {
            ("gen_ai.evaluation.name", Value::StringValue(s)) => evaluation.name = s.clone(),
            ("gen_ai.evaluation.score.value", Value::DoubleValue(d)) if d.is_finite() => {
                evaluation.value = Some(*d)
            }
            ("gen_ai.evaluation.score.value", Value::IntValue(i)) => {
                evaluation.value = Some(*i as f64)
            }
            ("gen_ai.evaluation.score.label", Value::StringValue(s)) if !s.is_empty() => {
                evaluation.label = Some(s.clone())
            }
            ("gen_ai.response.id", Value::StringValue(s)) if !s.is_empty() => {
                evaluation.response_id = Some(s.clone())
            }
            _ => {}
        }
    }
    if evaluation.name.trim().is_empty() {
        return Err(format!(
            "{EVALUATION_EVENT} without gen_ai.evaluation.name (a non-empty string)"
        ));
    }
    if evaluation.time_unix_nano == 0 {
        evaluation.time_unix_nano = crate::clock::now_unix_nano();
    }
    Ok(evaluation)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::evaluation::string;
    use opentelemetry_proto::tonic::common::v1::KeyValueList;
    use opentelemetry_proto::tonic::logs::v1::{ResourceLogs, ScopeLogs};

    fn request(records: Vec<LogRecord>) -> ExportLogsServiceRequest {
        ExportLogsServiceRequest {
            resource_logs: vec![ResourceLogs {
                resource: Some(opentelemetry_proto::tonic::resource::v1::Resource {
                    attributes: vec![string("service.name", "chat-agent")],
                    ..Default::default()
                }),
                scope_logs: vec![ScopeLogs {
                    log_records: records,
                    ..Default::default()
                }],
                ..Default::default()
            }],
        }
    }

    fn ids(record: LogRecord) -> LogRecord {
        LogRecord {
            trace_id: vec![7; 16],
            span_id: vec![9; 8],
            ..record
        }
    }

    #[test]
    fn a_choice_body_becomes_the_span_event_the_normalizer_reads() {
        let body = AnyValue {
            value: Some(Value::KvlistValue(KeyValueList {
                values: vec![
                    string("finish_reason", "stop"),
                    KeyValue {
                        key: "message".into(),
                        value: Some(AnyValue {
                            value: Some(Value::KvlistValue(KeyValueList {
                                values: vec![string("content", "Hello there")],
                            })),
                        }),
                        ..Default::default()
                    },
                ],
            })),
        };
        // The name in the `event.name` attribute (older SDKs), not in field 12.
        let record = ids(LogRecord {
            attributes: vec![string("event.name", "gen_ai.choice")],
            body: Some(body),
            time_unix_nano: 5,
            ..Default::default()
        });
        let out = extract(request(vec![record]));
        assert_eq!(out.content.len(), 1);
        let content = &out.content[0];
        assert!(content.output);
        assert_eq!(content.service, "chat-agent");
        assert_eq!(content.key, ([7; 16], [9; 8]));
        assert_eq!(content.events[0].name, "gen_ai.choice");
        let Some(Value::StringValue(json)) = &content.events[0].attributes[0]
            .value
            .as_ref()
            .unwrap()
            .value
        else {
            panic!("serialized body expected");
        };
        let parsed: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(parsed["message"]["content"], "Hello there");
    }

    #[test]
    fn details_keep_only_content_attributes_and_other_logs_are_ignored() {
        let details = ids(LogRecord {
            event_name: INFERENCE_DETAILS_EVENT.into(),
            attributes: vec![
                string("gen_ai.input.messages", "[]"),
                string("gen_ai.request.model", "gpt-4o"),
            ],
            ..Default::default()
        });
        let plain = ids(LogRecord {
            body: Some(AnyValue {
                value: Some(Value::StringValue("GET /health 200".into())),
            }),
            ..Default::default()
        });
        // Content that names no span joins nothing.
        let orphan = LogRecord {
            event_name: "gen_ai.user.message".into(),
            ..Default::default()
        };
        let out = extract(request(vec![details, plain, orphan]));
        assert_eq!(out.content.len(), 1);
        assert!(!out.content[0].output, "input only");
        let keys: Vec<&str> = out.content[0]
            .attributes
            .iter()
            .map(|kv| kv.key.as_str())
            .collect();
        assert_eq!(keys, ["gen_ai.input.messages"]);
    }

    #[test]
    fn evaluation_results_are_read_and_bad_ones_named() {
        let good = ids(LogRecord {
            event_name: EVALUATION_EVENT.into(),
            time_unix_nano: 42,
            attributes: vec![
                string("gen_ai.evaluation.name", "relevance"),
                KeyValue {
                    key: "gen_ai.evaluation.score.value".into(),
                    value: Some(AnyValue {
                        value: Some(Value::DoubleValue(0.25)),
                    }),
                    ..Default::default()
                },
                string("gen_ai.evaluation.score.label", "not_relevant"),
            ],
            ..Default::default()
        });
        let nameless = ids(LogRecord {
            event_name: EVALUATION_EVENT.into(),
            ..Default::default()
        });
        let out = extract(request(vec![good, nameless]));
        assert_eq!(out.evaluations.len(), 1);
        let e = &out.evaluations[0];
        assert_eq!(
            (
                e.name.as_str(),
                e.value,
                e.label.as_deref(),
                e.time_unix_nano
            ),
            ("relevance", Some(0.25), Some("not_relevant"), 42)
        );
        assert_eq!(out.invalid_evaluations.0, 1);
        assert!(
            out.invalid_evaluations
                .1
                .unwrap()
                .contains("without gen_ai.evaluation.name")
        );
    }
}
