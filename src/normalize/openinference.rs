//! OpenInference semantic conventions (Arize), as written by the `openinference-instrumentation-*`
//! packages: `openinference.span.kind`, flattened `llm.input_messages` / `llm.output_messages`,
//! `llm.prompts` / `llm.choices` (completions API), `retrieval.documents`, `input.value` /
//! `output.value` with their MIME types, `llm.model_name` (and the newer
//! `llm.{request,response}.model_name`), `embedding.model_name`, `llm.provider`, `llm.system`,
//! `llm.token_count.{prompt,completion}`, `tool.name`, `agent.name`. Graph, session, metadata,
//! and cost attributes are ignored; tool definitions (`llm.tools.N.tool.json_schema`) are read by
//! `tools`, with OpenLLMetry's `llm.request.functions.N.*`.

use opentelemetry_proto::tonic::common::v1::any_value::Value;

use super::attrs::{as_nonempty_str, as_str, as_u64, split_index, to_text};
use super::content::{Side, TextSink, push_free_json};
use super::indexed::{Field, Indexed};
use super::model::{Content, OperationKind};

/// OpenInference attributes, borrowed from the span.
#[derive(Debug, Default)]
pub(crate) struct OpenInference<'a> {
    pub span_kind: Option<&'a str>,
    pub model_name: Option<&'a str>,
    pub request_model_name: Option<&'a str>,
    pub response_model_name: Option<&'a str>,
    pub embedding_model_name: Option<&'a str>,
    pub provider: Option<&'a str>,
    pub system: Option<&'a str>,
    pub prompt_tokens: Option<u64>,
    pub completion_tokens: Option<u64>,
    pub cache_read_tokens: Option<u64>,
    pub cache_write_tokens: Option<u64>,
    pub tool_name: Option<&'a str>,
    pub agent_name: Option<&'a str>,
    pub input_value: Option<&'a Value>,
    pub input_json: bool,
    pub output_value: Option<&'a Value>,
    pub output_json: bool,
    pub input_messages: Indexed<'a>,
    pub output_messages: Indexed<'a>,
    pub prompts: Indexed<'a>,
    pub choices: Indexed<'a>,
    pub documents: Indexed<'a>,
    /// `llm.tools.N.tool.json_schema` (OpenInference), by N.
    pub tool_schemas: Vec<(u32, &'a Value)>,
    /// OpenLLMetry's `llm.request.functions.N.{name,parameters}`: (N, is the name, value).
    pub request_functions: Vec<(u32, bool, &'a Value)>,
}

/// The kind an `openinference.span.kind` value stands for.
pub(crate) fn kind_of(span_kind: &str) -> OperationKind {
    // The spec spells kinds in upper case; some SDKs (e.g. older JS ones) lower-case them.
    if span_kind.eq_ignore_ascii_case("LLM") || span_kind.eq_ignore_ascii_case("EMBEDDING") {
        OperationKind::Llm
    } else if span_kind.eq_ignore_ascii_case("TOOL") {
        OperationKind::Tool
    } else if span_kind.eq_ignore_ascii_case("AGENT") {
        OperationKind::Agent
    } else if span_kind.eq_ignore_ascii_case("RETRIEVER") {
        OperationKind::Retrieval
    } else {
        // CHAIN, RERANKER, GUARDRAIL, EVALUATOR, PROMPT, UNKNOWN and anything else.
        OperationKind::Other
    }
}

impl<'a> OpenInference<'a> {
    /// Record `key` if it belongs to OpenInference. Returns true when consumed.
    pub(crate) fn observe(&mut self, key: &'a str, v: &'a Value) -> bool {
        if let Some(k) = key.strip_prefix("llm.") {
            self.observe_llm(k, v);
            return true;
        }
        match key {
            "openinference.span.kind" => self.span_kind = as_nonempty_str(v),
            "input.value" => self.input_value = Some(v),
            "input.mime_type" => self.input_json = as_str(v).is_some_and(is_json_mime),
            "output.value" => self.output_value = Some(v),
            "output.mime_type" => self.output_json = as_str(v).is_some_and(is_json_mime),
            "embedding.model_name" => self.embedding_model_name = as_nonempty_str(v),
            "tool.name" => self.tool_name = as_nonempty_str(v),
            "agent.name" => self.agent_name = as_nonempty_str(v),
            _ => {
                if let Some(rest) = key.strip_prefix("retrieval.documents.") {
                    if let Some((i, "document.content")) = split_index(rest) {
                        self.documents.add(i, 0, Field::Content, v);
                    }
                } else {
                    return false;
                }
            }
        }
        true
    }

    fn observe_llm(&mut self, k: &'a str, v: &'a Value) {
        match k {
            "model_name" => self.model_name = as_nonempty_str(v),
            "request.model_name" => self.request_model_name = as_nonempty_str(v),
            "response.model_name" => self.response_model_name = as_nonempty_str(v),
            "provider" => self.provider = as_nonempty_str(v),
            "system" => self.system = as_nonempty_str(v),
            "token_count.prompt" => self.prompt_tokens = as_u64(v),
            "token_count.completion" => self.completion_tokens = as_u64(v),
            "token_count.prompt_details.cache_read" => self.cache_read_tokens = as_u64(v),
            "token_count.prompt_details.cache_write" => self.cache_write_tokens = as_u64(v),
            // An older spelling of the cache read count (OpenInference JS).
            "token_count.prompt_details.cache_input" => {
                self.cache_read_tokens = self.cache_read_tokens.or(as_u64(v))
            }
            _ => {
                if let Some(rest) = k.strip_prefix("input_messages.") {
                    observe_message(&mut self.input_messages, rest, v);
                } else if let Some(rest) = k.strip_prefix("output_messages.") {
                    observe_message(&mut self.output_messages, rest, v);
                } else if let Some(rest) = k.strip_prefix("prompts.") {
                    if let Some((i, "prompt.text")) = split_index(rest) {
                        self.prompts.add(i, 0, Field::Content, v);
                    }
                } else if let Some(rest) = k.strip_prefix("tools.") {
                    if let Some((i, "tool.json_schema")) = split_index(rest) {
                        self.tool_schemas.push((i, v));
                    }
                } else if let Some(rest) = k.strip_prefix("request.functions.") {
                    match split_index(rest) {
                        Some((i, "name")) => self.request_functions.push((i, true, v)),
                        Some((i, "parameters")) => self.request_functions.push((i, false, v)),
                        _ => {}
                    }
                } else if let Some(rest) = k.strip_prefix("choices.")
                    && let Some((i, "completion.text")) = split_index(rest)
                {
                    self.choices.add(i, 0, Field::Content, v);
                }
            }
        }
    }

    /// The model: response model, else `llm.model_name` (which the spec defines as the response
    /// model when known), else the request model; `embedding.model_name` for embeddings.
    pub(crate) fn model(&self) -> Option<&'a str> {
        self.response_model_name
            .or(self.model_name)
            .or(self.request_model_name)
            .or(self.embedding_model_name)
    }

    /// The finish reason of a JSON `output.value` (the raw response the instrumentation
    /// records: `"finish_reason": "length"`), found by a byte search rather than a parse;
    /// OpenInference has no attribute of its own for it.
    pub(crate) fn finish_reason(&self) -> Option<super::FinishReason> {
        if !self.output_json {
            return None;
        }
        let Some(Value::StringValue(text)) = self.output_value else {
            return None;
        };
        super::attrs::finish_reason_in_json(text)
    }

    /// Input content: chat messages, else completion prompts, else `input.value`.
    pub(crate) fn input(&self, limit: usize) -> Option<Content> {
        let mut sink = TextSink::new(limit);
        if !self.input_messages.is_empty() {
            self.input_messages.push_text(Side::Input, &mut sink);
        } else if !self.prompts.is_empty() {
            self.prompts.push_text(Side::Input, &mut sink);
        } else if let Some(v) = self.input_value {
            push_value(v, self.input_json, Side::Input, &mut sink);
        } else {
            return None;
        }
        Some(sink.into_content())
    }

    /// Output content: chat messages, else completion choices, else retrieved documents, else
    /// `output.value`.
    pub(crate) fn output(&self, limit: usize) -> Option<Content> {
        let mut sink = TextSink::new(limit);
        if !self.output_messages.is_empty() {
            self.output_messages.push_text(Side::Output, &mut sink);
        } else if !self.choices.is_empty() {
            self.choices.push_text(Side::Output, &mut sink);
        } else if !self.documents.is_empty() {
            self.documents.push_text(Side::Output, &mut sink);
        } else if let Some(v) = self.output_value {
            push_value(v, self.output_json, Side::Output, &mut sink);
        } else {
            return None;
        }
        Some(sink.into_content())
    }
}

fn is_json_mime(m: &str) -> bool {
    m.eq_ignore_ascii_case("application/json")
}

/// `llm.{input,output}_messages.N.message.*`.
fn observe_message<'a>(into: &mut Indexed<'a>, rest: &'a str, v: &'a Value) {
    let Some((msg, field)) = split_index(rest) else {
        return;
    };
    let Some(field) = field.strip_prefix("message.") else {
        return;
    };
    match field {
        "role" => into.add(msg, 0, Field::Role, v),
        "content" => into.add(msg, 0, Field::Content, v),
        _ => {
            if let Some(c) = field.strip_prefix("contents.") {
                if let Some((sub, f)) = split_index(c) {
                    match f {
                        "message_content.type" => into.add(msg, sub, Field::PartType, v),
                        "message_content.text" => into.add(msg, sub, Field::PartText, v),
                        _ => {}
                    }
                }
            } else {
                match field.strip_prefix("tool_calls.").and_then(split_index) {
                    Some((sub, "tool_call.function.name")) => {
                        into.add(msg, sub, Field::ToolName, v)
                    }
                    Some((sub, "tool_call.function.arguments")) => {
                        into.add(msg, sub, Field::ToolArgs, v)
                    }
                    _ => {}
                }
            }
        }
    }
}

/// `input.value` / `output.value`: JSON (by MIME type) is read for its text, anything else is
/// taken verbatim.
fn push_value(v: &Value, json: bool, side: Side, sink: &mut TextSink) {
    let Some(t) = to_text(v) else {
        return;
    };
    if json {
        push_free_json(&t, side, sink);
    } else {
        sink.push(&t);
    }
}
