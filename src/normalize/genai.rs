//! OpenTelemetry GenAI semantic conventions (current and older), plus the conventions that
//! grew around them: OpenLLMetry / Traceloop indexed attributes and `traceloop.*` entities,
//! pydantic-ai's extra attributes, and the span events older instrumentations emit.
//!
//! Sources read (see the tests for the library versions the fixtures imitate):
//! * current semconv: `gen_ai.operation.name`, `gen_ai.{request,response}.model`,
//!   `gen_ai.provider.name` (older `gen_ai.system`), `gen_ai.agent.name`, `gen_ai.tool.name`,
//!   `gen_ai.usage.{input,output}_tokens` (older `prompt_tokens` / `completion_tokens`),
//!   `gen_ai.{input,output}.messages` and `gen_ai.system_instructions` (JSON string or
//!   structured), `gen_ai.tool.call.{arguments,result}`, `gen_ai.retrieval.{query.text,documents}`;
//! * OpenLLMetry: `gen_ai.prompt.N.{role,content}`, `gen_ai.completion.N.{role,content,
//!   tool_calls.M.{name,arguments}}`, `llm.request.type`, `traceloop.span.kind`,
//!   `traceloop.entity.{name,input,output}`;
//! * pydantic-ai: `final_result`, `pydantic_ai.all_messages`, and its instrumentation-v2 names
//!   `agent_name`, `tool_arguments`, `tool_response`;
//! * span events: `gen_ai.content.prompt` / `gen_ai.content.completion` (attributes
//!   `gen_ai.prompt` / `gen_ai.completion`, semconv ≤ 1.27, Semantic Kernel, OpenLIT), and
//!   `gen_ai.{system,user,assistant,tool}.message` / `gen_ai.choice` (semconv 1.28–1.36 event
//!   names; on spans the body travels in `gen_ai.event.content` (Azure AI Inference / Agents
//!   SDKs) or in `content` / `message` attributes).

use opentelemetry_proto::tonic::common::v1::any_value::Value;
use opentelemetry_proto::tonic::trace::v1::span::Event;

use super::attrs::{as_nonempty_str, as_str, as_u64, find, parse_json, split_index, value_of};
use super::content::{
    Side, TextSink, json_payload_text, push_free_json, push_maybe_blocks, push_message,
    push_messages, raw_payload_text,
};
use super::indexed::{Field, Indexed};

/// Attributes of the GenAI family, borrowed from the span.
#[derive(Debug, Default)]
pub(crate) struct GenAi<'a> {
    pub operation: Option<&'a str>,
    pub request_model: Option<&'a str>,
    pub response_model: Option<&'a str>,
    pub response_id: Option<&'a str>,
    pub provider_name: Option<&'a str>,
    pub system: Option<&'a str>,
    pub agent_name: Option<&'a str>,
    pub tool_name: Option<&'a str>,
    pub input_tokens: Option<u64>,
    pub output_tokens: Option<u64>,
    pub prompt_tokens: Option<u64>,
    pub completion_tokens: Option<u64>,
    pub cache_read_tokens: Option<u64>,
    pub cache_write_tokens: Option<u64>,
    /// `gen_ai.response.finish_reasons`, and OpenLLMetry's `gen_ai.completion.N.finish_reason`.
    pub finish_reason: Option<super::FinishReason>,
    pub input_messages: Option<&'a Value>,
    pub output_messages: Option<&'a Value>,
    pub system_instructions: Option<&'a Value>,
    pub tool_args: Option<&'a Value>,
    pub tool_result: Option<&'a Value>,
    pub retrieval_query: Option<&'a Value>,
    pub retrieval_documents: Option<&'a Value>,
    /// Plain (non-indexed) `gen_ai.prompt` / `gen_ai.completion` span attributes.
    pub prompt_attr: Option<&'a Value>,
    pub completion_attr: Option<&'a Value>,
    /// OpenLLMetry / Traceloop.
    pub request_type: Option<&'a str>,
    pub traceloop_kind: Option<&'a str>,
    pub traceloop_entity: Option<&'a str>,
    pub entity_input: Option<&'a Value>,
    pub entity_output: Option<&'a Value>,
    pub prompts: Indexed<'a>,
    pub completions: Indexed<'a>,
    /// pydantic-ai.
    pub final_result: Option<&'a Value>,
    pub all_messages: Option<&'a Value>,
    pub legacy_agent_name: Option<&'a str>,
    pub legacy_tool_args: Option<&'a Value>,
    pub legacy_tool_result: Option<&'a Value>,
    /// `gen_ai.tool.definitions`.
    pub tool_definitions: Option<&'a Value>,
}

impl<'a> GenAi<'a> {
    /// Record `key` if it belongs to this family. Returns true when consumed.
    pub(crate) fn observe(&mut self, key: &'a str, v: &'a Value) -> bool {
        if let Some(k) = key.strip_prefix("gen_ai.") {
            self.observe_gen_ai(k, v);
            return true;
        }
        if let Some(k) = key.strip_prefix("traceloop.") {
            match k {
                "span.kind" => self.traceloop_kind = as_nonempty_str(v),
                "entity.name" => self.traceloop_entity = as_nonempty_str(v),
                "entity.input" => self.entity_input = Some(v),
                "entity.output" => self.entity_output = Some(v),
                _ => {}
            }
            return true;
        }
        match key {
            "llm.request.type" => self.request_type = as_nonempty_str(v),
            "final_result" => self.final_result = Some(v),
            "pydantic_ai.all_messages" => self.all_messages = Some(v),
            "agent_name" => self.legacy_agent_name = as_nonempty_str(v),
            "tool_arguments" => self.legacy_tool_args = Some(v),
            "tool_response" => self.legacy_tool_result = Some(v),
            _ => return false,
        }
        true
    }

    fn observe_gen_ai(&mut self, k: &'a str, v: &'a Value) {
        match k {
            "operation.name" => self.operation = as_nonempty_str(v),
            "request.model" => self.request_model = as_nonempty_str(v),
            "response.model" => self.response_model = as_nonempty_str(v),
            "response.id" => self.response_id = as_nonempty_str(v),
            "provider.name" => self.provider_name = as_nonempty_str(v),
            "system" => self.system = as_nonempty_str(v),
            "agent.name" => self.agent_name = as_nonempty_str(v),
            "tool.name" => self.tool_name = as_nonempty_str(v),
            "usage.input_tokens" => self.input_tokens = as_u64(v),
            "usage.output_tokens" => self.output_tokens = as_u64(v),
            "usage.prompt_tokens" => self.prompt_tokens = as_u64(v),
            "usage.completion_tokens" => self.completion_tokens = as_u64(v),
            // Current semconv first; OpenLLMetry's older spellings after.
            "usage.cache_read.input_tokens" => self.cache_read_tokens = as_u64(v),
            "usage.cache_creation.input_tokens" => self.cache_write_tokens = as_u64(v),
            "usage.cache_read_input_tokens" => {
                self.cache_read_tokens = self.cache_read_tokens.or(as_u64(v))
            }
            "usage.cache_creation_input_tokens" => {
                self.cache_write_tokens = self.cache_write_tokens.or(as_u64(v))
            }
            "response.finish_reasons" => self.observe_finish_reasons(v),
            "input.messages" => self.input_messages = Some(v),
            "output.messages" => self.output_messages = Some(v),
            "system_instructions" => self.system_instructions = Some(v),
            "tool.call.arguments" => self.tool_args = Some(v),
            "tool.call.result" => self.tool_result = Some(v),
            "tool.definitions" => self.tool_definitions = Some(v),
            "retrieval.query.text" => self.retrieval_query = Some(v),
            "retrieval.documents" => self.retrieval_documents = Some(v),
            "prompt" => self.prompt_attr = Some(v),
            "completion" => self.completion_attr = Some(v),
            _ => {
                if let Some(rest) = k.strip_prefix("prompt.") {
                    observe_legacy(&mut self.prompts, rest, v);
                } else if let Some(rest) = k.strip_prefix("completion.") {
                    if rest.ends_with(".finish_reason") {
                        self.observe_finish_reasons(v);
                    } else {
                        observe_legacy(&mut self.completions, rest, v);
                    }
                }
            }
        }
    }

    /// A finish reason (a string) or several (an array of strings), folded into the most
    /// telling one.
    fn observe_finish_reasons(&mut self, v: &Value) {
        let mut fold = |word: &str| {
            let reason = super::FinishReason::parse(word);
            self.finish_reason = Some(super::FinishReason::most_telling(
                self.finish_reason,
                reason,
            ));
        };
        match v {
            Value::StringValue(s) if !s.is_empty() => fold(s),
            Value::ArrayValue(a) => {
                for item in &a.values {
                    if let Some(Value::StringValue(s)) = &item.value
                        && !s.is_empty()
                    {
                        fold(s);
                    }
                }
            }
            _ => {}
        }
    }

    /// The finish reason: `gen_ai.response.finish_reasons` (or OpenLLMetry's per completion),
    /// else the `finish_reason` of each output message (semconv's output messages carry one;
    /// some instrumentations set only that, e.g. the OTel contrib one on streamed calls).
    pub(crate) fn finish_reason(&self) -> Option<super::FinishReason> {
        self.finish_reason.or_else(|| match self.output_messages {
            Some(Value::StringValue(text)) => super::attrs::finish_reason_in_json(text),
            _ => None,
        })
    }

    /// Input content from the GenAI family, in precedence order. None when none is present.
    /// System instructions precede the messages they go with (or stand alone).
    pub(crate) fn input(&self, limit: usize) -> Option<super::Content> {
        let mut sink = TextSink::new(limit);
        if self.input_messages.is_some() || self.all_messages.is_some() {
            if let Some(si) = self.system_instructions {
                push_json_messages(si, Side::Input, &mut sink);
            }
            match self.input_messages {
                Some(m) => push_json_messages(m, Side::Input, &mut sink),
                None => {
                    if let Some(m) = self.all_messages {
                        push_pydantic_prompts(m, &mut sink);
                    }
                }
            }
        } else if let Some(a) = self.tool_args.or(self.legacy_tool_args) {
            push_payload(a, &mut sink);
        } else if let Some(q) = self.retrieval_query {
            push_payload(q, &mut sink);
        } else if !self.prompts.is_empty() {
            self.prompts.push_text(Side::Input, &mut sink);
        } else if let Some(p) = self.prompt_attr {
            push_json_messages(p, Side::Input, &mut sink);
        } else if let Some(e) = self.entity_input {
            push_free(e, Side::Input, &mut sink);
        } else if let Some(si) = self.system_instructions {
            push_json_messages(si, Side::Input, &mut sink);
        } else {
            return None;
        }
        Some(sink.into_content())
    }

    /// Output content from the GenAI family, in precedence order. None when none is present.
    pub(crate) fn output(&self, limit: usize) -> Option<super::Content> {
        let mut sink = TextSink::new(limit);
        if let Some(m) = self.output_messages {
            push_json_messages(m, Side::Output, &mut sink);
        } else if let Some(r) = self.tool_result.or(self.legacy_tool_result) {
            push_payload(r, &mut sink);
        } else if let Some(d) = self.retrieval_documents {
            push_documents(d, &mut sink);
        } else if !self.completions.is_empty() {
            self.completions.push_text(Side::Output, &mut sink);
        } else if let Some(c) = self.completion_attr {
            push_json_messages(c, Side::Output, &mut sink);
        } else if let Some(r) = self.final_result {
            push_free(r, Side::Output, &mut sink);
        } else if let Some(e) = self.entity_output {
            push_free(e, Side::Output, &mut sink);
        } else {
            return None;
        }
        Some(sink.into_content())
    }
}

/// `gen_ai.prompt.N.*` / `gen_ai.completion.N.*` (OpenLLMetry).
fn observe_legacy<'a>(into: &mut Indexed<'a>, rest: &'a str, v: &'a Value) {
    let Some((msg, field)) = split_index(rest) else {
        return;
    };
    match field {
        "role" => into.add(msg, 0, Field::Role, v),
        "content" => into.add(msg, 0, Field::Content, v),
        "function_call.name" => into.add(msg, 0, Field::ToolName, v),
        "function_call.arguments" => into.add(msg, 0, Field::ToolArgs, v),
        _ => match field.strip_prefix("tool_calls.").and_then(split_index) {
            Some((sub, "name")) => into.add(msg, sub, Field::ToolName, v),
            Some((sub, "arguments")) => into.add(msg, sub, Field::ToolArgs, v),
            _ => {}
        },
    }
}

/// A messages attribute (JSON string or structured). Unparseable strings (e.g. cut by the
/// instrumentation's own length limit) are kept as raw text rather than dropped.
fn push_json_messages(v: &Value, side: Side, sink: &mut TextSink) {
    match parse_json(v) {
        Some(j) => push_messages(&j, side, sink),
        None => {
            if let Some(t) = super::attrs::to_text(v) {
                sink.push(&t);
            }
        }
    }
}

/// A tool argument / result / query payload: string form kept verbatim (JSON string literals
/// unquoted), structured form serialized.
fn push_payload(v: &Value, sink: &mut TextSink) {
    match v {
        Value::StringValue(s) => sink.push(&raw_payload_text(s)),
        Value::ArrayValue(_) | Value::KvlistValue(_) => {
            sink.push(&json_payload_text(&super::attrs::to_json(v)))
        }
        other => {
            if let Some(t) = super::attrs::to_text(other) {
                sink.push(&t);
            }
        }
    }
}

/// A free-form JSON payload (entity input/output, final result).
fn push_free(v: &Value, side: Side, sink: &mut TextSink) {
    match v {
        Value::StringValue(s) => push_free_json(s, side, sink),
        other => {
            if let Some(t) = super::attrs::to_text(other) {
                push_free_json(&t, side, sink);
            }
        }
    }
}

/// `gen_ai.retrieval.documents`: the `content` of each document, else the raw value.
fn push_documents(v: &Value, sink: &mut TextSink) {
    match parse_json(v) {
        Some(serde_json::Value::Array(docs)) => {
            for d in &docs {
                match d.get("content") {
                    Some(c) => sink.push(&json_payload_text(c)),
                    None => sink.push(&json_payload_text(d)),
                }
            }
        }
        Some(other) => sink.push(&json_payload_text(&other)),
        None => push_payload(v, sink),
    }
}

/// pydantic-ai `pydantic_ai.all_messages` on agent runs: the input of the run is the text the
/// user (and system) wrote, not the whole history, which would repeat the agent's own replies
/// and tool traffic (pydantic-ai sends tool results back in `user` messages).
fn push_pydantic_prompts(v: &Value, sink: &mut TextSink) {
    use serde_json::Value as J;
    match parse_json(v) {
        Some(J::Array(msgs)) => {
            for m in &msgs {
                if !matches!(m.get("role").and_then(J::as_str), Some("user" | "system")) {
                    continue;
                }
                match m.get("parts") {
                    Some(J::Array(parts)) => {
                        for p in parts {
                            if p.get("type").and_then(J::as_str) == Some("text")
                                && let Some(t) = p.get("content").and_then(J::as_str)
                            {
                                sink.push(t);
                            }
                        }
                    }
                    _ => push_message(m, Side::Input, sink),
                }
            }
        }
        Some(other) => push_messages(&other, Side::Input, sink),
        None => {
            if let Some(s) = as_str(v) {
                sink.push(s);
            }
        }
    }
}

/// Which side an event's content belongs to, by event name.
fn event_side(name: &str) -> Option<Side> {
    match name {
        "gen_ai.content.prompt"
        | "gen_ai.system.message"
        | "gen_ai.user.message"
        | "gen_ai.assistant.message"
        | "gen_ai.tool.message"
        | "gen_ai.system.instruction" => Some(Side::Input),
        "gen_ai.content.completion" | "gen_ai.choice" => Some(Side::Output),
        _ => None,
    }
}

/// True when the event carries a model's reply (`gen_ai.choice`, `gen_ai.content.completion`).
pub(crate) fn is_output_event(name: &str) -> bool {
    event_side(name) == Some(Side::Output)
}

/// True when the event is a GenAI content event.
pub(crate) fn is_content_event(name: &str) -> bool {
    event_side(name).is_some()
}

/// Content carried by GenAI span events for one side. None when no such event exists.
///
/// Per the semconv event model, `gen_ai.assistant.message` is an assistant turn of the
/// *history* sent to the model (input); the reply is `gen_ai.choice`.
pub(crate) fn events_content(
    events: &[&Event],
    side: Side,
    limit: usize,
) -> Option<super::Content> {
    let mut sink: Option<TextSink> = None;
    for ev in events {
        if event_side(&ev.name) != Some(side) {
            continue;
        }
        let sink = sink.get_or_insert_with(|| TextSink::new(limit));
        push_event(ev, side, sink);
    }
    sink.map(TextSink::into_content)
}

fn push_event(ev: &Event, side: Side, sink: &mut TextSink) {
    let attrs = &ev.attributes;
    // gen_ai.content.prompt / completion: the whole prompt or completion in one attribute.
    if let Some(v) = find(attrs, "gen_ai.prompt").or_else(|| find(attrs, "gen_ai.completion")) {
        push_json_messages(v, side, sink);
        return;
    }
    // Azure AI SDKs: the event body serialized in `gen_ai.event.content`.
    if let Some(v) = find(attrs, "gen_ai.event.content") {
        push_json_messages(v, side, sink);
        return;
    }
    // Body fields flattened into attributes: `content` (string or structured), `message`
    // (gen_ai.choice; JSON string or structured), `tool_calls`.
    for kv in attrs {
        let Some(v) = value_of(kv) else { continue };
        match kv.key.as_str() {
            "content" => match v {
                Value::StringValue(s) => push_maybe_blocks(s, sink),
                _ => push_json_messages(v, side, sink),
            },
            "message" => match parse_json(v) {
                Some(j) => push_message(&j, side, sink),
                None => {
                    if let Some(s) = as_str(v) {
                        sink.push(s)
                    }
                }
            },
            _ => {}
        }
    }
}
