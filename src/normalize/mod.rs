//! Normalization: one OTLP span, whatever tracing convention it follows, into an [`AgentSpan`].
//!
//! Conventions understood (each in its own submodule):
//! * OpenTelemetry GenAI semantic conventions, current and older, including the span events
//!   of older instrumentations, OpenLLMetry / Traceloop indexed attributes and entities, and
//!   pydantic-ai's extra attributes ([`genai`]);
//! * OpenInference ([`openinference`]).
//!
//! Attributes are read in a single pass into borrowed slots; message JSON is parsed only for
//! the source that wins, and only when present.
//!
//! # Precedence
//! * **Kind / operation**: `gen_ai.operation.name`, else `openinference.span.kind`, else
//!   `traceloop.span.kind`, else `llm.request.type`; the first present decides both the kind
//!   and the `operation` string (an unknown value gives [`OperationKind::Other`]; `embedding` and
//!   `completion` are accepted as LLM spellings besides the well-known values). Without any
//!   of them: span name `execute_tool …` or a `gen_ai.tool.name` attribute → Tool, span name
//!   `invoke_agent …` (or pydantic-ai's `agent run` with `agent_name`) → Agent, else Other.
//! * **Model**: `gen_ai.response.model`, `gen_ai.request.model`, then OpenInference's
//!   `llm.response.model_name`, `llm.model_name`, `llm.request.model_name`,
//!   `embedding.model_name`.
//! * **Provider**: `gen_ai.provider.name`, `gen_ai.system`, `llm.provider`, `llm.system`.
//! * **Agent**: `gen_ai.agent.name`, `agent.name`, `traceloop.entity.name` on a Traceloop
//!   agent span, pydantic-ai's `agent_name`.
//! * **Tool** (Tool spans only): `gen_ai.tool.name`, `tool.name`, `traceloop.entity.name`.
//! * **Tokens**: `gen_ai.usage.input_tokens` / `output_tokens`, then the older
//!   `prompt_tokens` / `completion_tokens`, then `llm.token_count.prompt` / `completion`.
//!   Cache reads and writes: `gen_ai.usage.cache_read.input_tokens` /
//!   `cache_creation.input_tokens`, then OpenLLMetry's `gen_ai.usage.cache_read_input_tokens` /
//!   `cache_creation_input_tokens`, then `llm.token_count.prompt_details.cache_read` /
//!   `cache_write`.
//! * **Finish reason** (LLM spans): `gen_ai.response.finish_reasons` or OpenLLMetry's
//!   `gen_ai.completion.N.finish_reason`, else the `finish_reason` of each message in
//!   `gen_ai.output.messages`, else the `finish_reason` of a JSON `output.value`
//!   (OpenInference records the raw response there); several fold into the most telling.
//! * **Content** (see [`content`] for how text is read from messages): the GenAI family first
//!   (messages attributes; tool call arguments / result; retrieval query / documents; OpenLLMetry
//!   indexed prompts / completions; plain `gen_ai.prompt` / `gen_ai.completion`; pydantic-ai
//!   messages / final result; Traceloop entity input / output), then OpenInference (messages,
//!   completion prompts / choices, retrieved documents, `input.value` / `output.value`), then
//!   GenAI span events. Each side is resolved on its own.
//! * **Tools** (LLM and agent spans): declared definitions and the calls the reply asks for,
//!   see [`tools`].
//! * **Errors**: status ERROR, `error.type`, `exception` events, all recorded as sources.
//!   `error_type` is `error.type`, else the first exception's `exception.type`; `message` is
//!   the status message, else the first exception's `exception.message`.

pub mod model;

mod attrs;
mod content;
mod genai;
mod indexed;
mod openinference;
mod tools;

#[cfg(test)]
mod tests;

pub use model::*;

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::span::Event;
use opentelemetry_proto::tonic::trace::v1::{Span, status::StatusCode};

use self::attrs::{as_nonempty_str, find_str, value_of};
use self::content::Side;
use self::genai::GenAi;
use self::openinference::OpenInference;

/// Limits applied while normalizing.
#[derive(Debug, Clone)]
pub struct NormalizeOptions {
    /// Longest input / output text kept, in bytes; longer text is cut at a char boundary and
    /// flagged `truncated`.
    pub max_content_bytes: usize,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            max_content_bytes: 1024 * 1024,
        }
    }
}

/// The service name SDKs report when none is configured.
const UNKNOWN_SERVICE: &str = "unknown_service";

/// Normalize one span. Ids are assumed validated by ingest (16/8 bytes); if a length is wrong,
/// zeros are used.
pub fn normalize_span(
    resource: Option<&Resource>,
    span: &Span,
    opts: &NormalizeOptions,
) -> AgentSpan {
    normalize_with_service(service_name(resource), span, opts)
}

/// Normalize every span of a request, in order.
pub fn normalize_request(
    req: &ExportTraceServiceRequest,
    opts: &NormalizeOptions,
) -> Vec<AgentSpan> {
    let total = req
        .resource_spans
        .iter()
        .flat_map(|rs| &rs.scope_spans)
        .map(|ss| ss.spans.len())
        .sum();
    let mut out = Vec::with_capacity(total);
    for rs in &req.resource_spans {
        let service = service_name(rs.resource.as_ref());
        for ss in &rs.scope_spans {
            for span in &ss.spans {
                out.push(normalize_with_service(service, span, opts));
            }
        }
    }
    out
}

/// `service.name` of `resource` as spans and log records of it are attributed,
/// `unknown_service` when absent or empty.
pub fn resource_service(resource: Option<&Resource>) -> &str {
    service_name(resource)
}

/// An OTLP value as JSON, as structured attributes are read (kvlists become objects).
pub fn value_json(
    value: &opentelemetry_proto::tonic::common::v1::any_value::Value,
) -> serde_json::Value {
    attrs::to_json(value)
}

/// The GenAI model operations whose content instrumentations may send as log events.
const MODEL_OPERATIONS: [&str; 3] = ["chat", "text_completion", "generate_content"];

/// For the join stage: true when `span` is a GenAI model call (`gen_ai.operation.name` chat,
/// text_completion or generate_content) that carries no reply of its own — no output messages
/// or completion attributes, no reply event — so its content may come as log events.
pub fn awaits_content(span: &Span) -> bool {
    let mut model_call = false;
    for kv in &span.attributes {
        let key = kv.key.as_str();
        if key == "gen_ai.operation.name" {
            model_call = value_of(kv)
                .and_then(attrs::as_str)
                .is_some_and(|op| MODEL_OPERATIONS.contains(&op));
        } else if key.starts_with("gen_ai.output.messages")
            || key.starts_with("gen_ai.completion")
            || key.starts_with("llm.output_messages")
            || key == "output.value"
        {
            return false;
        }
    }
    model_call && !span.events.iter().any(|e| genai::is_output_event(&e.name))
}

/// `service.name` of the resource, `unknown_service` when absent or empty.
fn service_name(resource: Option<&Resource>) -> &str {
    resource
        .and_then(|r| find_str(&r.attributes, "service.name"))
        .filter(|s| !s.is_empty())
        .unwrap_or(UNKNOWN_SERVICE)
}

fn normalize_with_service(service: &str, span: &Span, opts: &NormalizeOptions) -> AgentSpan {
    let limit = opts.max_content_bytes;

    // Single pass over the attributes.
    let mut g = GenAi::default();
    let mut oi = OpenInference::default();
    let mut error_type: Option<&str> = None;
    for kv in &span.attributes {
        let Some(v) = value_of(kv) else { continue };
        let key = kv.key.as_str();
        if key == "error.type" {
            error_type = as_nonempty_str(v);
        } else if !g.observe(key, v) {
            oi.observe(key, v);
        }
    }

    // Single pass over the events: exceptions, and GenAI content events kept for later.
    let mut first_exception: Option<&Event> = None;
    let mut content_events: Vec<&Event> = Vec::new();
    for ev in &span.events {
        if ev.name == "exception" {
            first_exception.get_or_insert(ev);
        } else if genai::is_content_event(&ev.name) {
            content_events.push(ev);
        }
    }

    let (kind, operation) = classify(&g, &oi, &span.name);

    let tool = if kind == OperationKind::Tool {
        g.tool_name.or(oi.tool_name).or_else(|| {
            (g.traceloop_kind == Some("tool"))
                .then_some(g.traceloop_entity)
                .flatten()
        })
    } else {
        None
    };
    let agent = g
        .agent_name
        .or(oi.agent_name)
        .or_else(|| {
            (g.traceloop_kind == Some("agent"))
                .then_some(g.traceloop_entity)
                .flatten()
        })
        .or(g.legacy_agent_name);

    let input = g
        .input(limit)
        .or_else(|| oi.input(limit))
        .or_else(|| genai::events_content(&content_events, Side::Input, limit))
        .unwrap_or_default();
    let output = g
        .output(limit)
        .or_else(|| oi.output(limit))
        .or_else(|| genai::events_content(&content_events, Side::Output, limit))
        .unwrap_or_default();

    // Only model and agent spans declare tools; nothing is read from the others.
    let tools = if matches!(kind, OperationKind::Llm | OperationKind::Agent) {
        tools::tool_use(&g, &oi, limit)
    } else {
        ToolUse::default()
    };

    let start = span.start_time_unix_nano;
    AgentSpan {
        trace_id: span.trace_id.as_slice().try_into().unwrap_or([0; 16]),
        span_id: span.span_id.as_slice().try_into().unwrap_or([0; 8]),
        parent_span_id: span
            .parent_span_id
            .as_slice()
            .try_into()
            .ok()
            .filter(|id| *id != [0; 8]),
        response_id: g.response_id.map(str::to_owned),
        start_unix_nano: start,
        // The model guarantees end >= start; a clock-skewed span gets a zero duration.
        end_unix_nano: span.end_time_unix_nano.max(start),
        name: span.name.clone(),
        service: service.to_owned(),
        agent: agent.map(str::to_owned),
        kind,
        operation: operation.map(str::to_owned),
        model: g
            .response_model
            .or(g.request_model)
            .or_else(|| oi.model())
            .map(str::to_owned),
        provider: g
            .provider_name
            .or(g.system)
            .or(oi.provider)
            .or(oi.system)
            .map(str::to_owned),
        tool: tool.map(str::to_owned),
        error: span_error(span, error_type, first_exception),
        input,
        output,
        usage: TokenUsage {
            input: g.input_tokens.or(g.prompt_tokens).or(oi.prompt_tokens),
            output: g
                .output_tokens
                .or(g.completion_tokens)
                .or(oi.completion_tokens),
            cache_read: g.cache_read_tokens.or(oi.cache_read_tokens),
            cache_write: g.cache_write_tokens.or(oi.cache_write_tokens),
        },
        finish_reason: if kind == OperationKind::Llm {
            g.finish_reason().or_else(|| oi.finish_reason())
        } else {
            None
        },
        tools,
    }
}

/// Kind and operation name, by the precedence documented at the top of this module.
fn classify<'a>(
    g: &GenAi<'a>,
    oi: &OpenInference<'a>,
    span_name: &str,
) -> (OperationKind, Option<&'a str>) {
    if let Some(op) = g.operation {
        let kind = match op {
            "chat" | "text_completion" | "generate_content" | "embeddings" => OperationKind::Llm,
            // Spellings seen outside the well-known list (Spring AI: `embedding`).
            "embedding" | "completion" => OperationKind::Llm,
            "execute_tool" => OperationKind::Tool,
            "invoke_agent" | "create_agent" => OperationKind::Agent,
            "retrieval" => OperationKind::Retrieval,
            _ => OperationKind::Other,
        };
        return (kind, Some(op));
    }
    if let Some(k) = oi.span_kind {
        return (openinference::kind_of(k), Some(k));
    }
    if let Some(k) = g.traceloop_kind {
        let kind = match k {
            "tool" => OperationKind::Tool,
            "agent" => OperationKind::Agent,
            // workflow, task, unknown
            _ => OperationKind::Other,
        };
        return (kind, Some(k));
    }
    if let Some(t) = g.request_type {
        let kind = match t {
            "chat" | "completion" | "embedding" => OperationKind::Llm,
            // rerank, unknown
            _ => OperationKind::Other,
        };
        return (kind, Some(t));
    }
    if span_name.starts_with("execute_tool ") || g.tool_name.is_some() {
        (OperationKind::Tool, None)
    } else if span_name.starts_with("invoke_agent ")
        || (span_name == "agent run" && g.legacy_agent_name.is_some())
    {
        (OperationKind::Agent, None)
    } else {
        (OperationKind::Other, None)
    }
}

/// The failure recorded on the span, if any.
fn span_error(
    span: &Span,
    error_type: Option<&str>,
    exception: Option<&Event>,
) -> Option<SpanError> {
    let status = span
        .status
        .as_ref()
        .filter(|s| s.code == StatusCode::Error as i32);
    if status.is_none() && error_type.is_none() && exception.is_none() {
        return None;
    }
    let mut sources = Vec::with_capacity(3);
    if status.is_some() {
        sources.push(ErrorSource::Status);
    }
    if error_type.is_some() {
        sources.push(ErrorSource::ErrorType);
    }
    if exception.is_some() {
        sources.push(ErrorSource::Exception);
    }
    let exc_attr = |key: &str| {
        exception
            .and_then(|e| find_str(&e.attributes, key))
            .filter(|s| !s.is_empty())
    };
    Some(SpanError {
        error_type: error_type
            .or_else(|| exc_attr("exception.type"))
            .map(str::to_owned),
        message: status
            .map(|s| s.message.as_str())
            .filter(|m| !m.is_empty())
            .or_else(|| exc_attr("exception.message"))
            .map(str::to_owned),
        sources,
    })
}
