//! Tools declared to a model, and tools its reply asks to call, for the trajectory evaluators.
//!
//! Definitions, first source present wins:
//! * `gen_ai.tool.definitions` (GenAI semconv): a JSON array (string or structured) of
//!   `{"type": "function", "name", "parameters"}`; the OpenAI request shape
//!   `{"type": "function", "function": {"name", "parameters"}}` and Anthropic's
//!   `{"name", "input_schema"}` are read too;
//! * `llm.tools.N.tool.json_schema` (OpenInference): one JSON string per tool, in either shape;
//! * `llm.request.functions.N.name` / `.parameters` (OpenLLMetry).
//!
//! Requested calls (read only on spans that carry definitions, so a span without them costs
//! nothing): `tool_call` parts of `gen_ai.output.messages` (or OpenAI `tool_calls` of a
//! message), OpenLLMetry's `gen_ai.completion.N.tool_calls.M.name`, OpenInference's
//! `llm.output_messages.N.message.tool_calls.M.tool_call.function.name`.
//!
//! Bounded: at most [`ToolUse::MAX_TOOLS`] definitions and requested names, and the
//! definitions' names and schemas together at most the content limit in bytes; what is left
//! out sets `definitions_truncated`.

#[cfg(test)]
use opentelemetry_proto::tonic::common::v1::any_value::Value;
use serde_json::Value as J;

use super::attrs::{as_nonempty_str, parse_json};
use super::genai::GenAi;
use super::model::{ToolDefinition, ToolUse};
use super::openinference::OpenInference;

/// The span's tool use, from the attributes the single pass collected.
pub(crate) fn tool_use(g: &GenAi<'_>, oi: &OpenInference<'_>, limit: usize) -> ToolUse {
    let mut out = Definitions::new(limit);
    if let Some(v) = g.tool_definitions {
        match parse_json(v) {
            Some(J::Array(items)) => items.iter().for_each(|d| out.push_json(d)),
            // An attribute we cannot read: captured, but nothing is known of its tools.
            _ => out.truncated = true,
        }
    } else if !oi.tool_schemas.is_empty() {
        let mut schemas = oi.tool_schemas.clone();
        schemas.sort_by_key(|(i, _)| *i);
        for (_, v) in schemas {
            match parse_json(v) {
                Some(d) => out.push_json(&d),
                None => out.truncated = true,
            }
        }
    } else if !oi.request_functions.is_empty() {
        let mut functions = oi.request_functions.clone();
        functions.sort_by_key(|(i, is_name, _)| (*i, !*is_name));
        for (i, is_name, v) in &functions {
            if !is_name {
                continue;
            }
            let Some(name) = as_nonempty_str(v) else {
                continue;
            };
            let parameters = functions
                .iter()
                .find(|(j, n, _)| j == i && !n)
                .and_then(|(_, _, p)| parse_json(p));
            out.push(name, parameters);
        }
    } else {
        return ToolUse::default();
    }
    let mut requested = Vec::new();
    if let Some(messages) = g.output_messages.and_then(parse_json) {
        match &messages {
            J::Array(list) => list.iter().for_each(|m| requested_in(m, &mut requested)),
            other => requested_in(other, &mut requested),
        }
    }
    for name in g
        .completions
        .tool_names()
        .into_iter()
        .chain(oi.output_messages.tool_names())
    {
        requested.push(name.to_owned());
    }
    requested.truncate(ToolUse::MAX_TOOLS);
    ToolUse {
        definitions: Some(out.tools),
        definitions_truncated: out.truncated,
        requested,
    }
}

/// Definitions gathered within the bounds.
struct Definitions {
    tools: Vec<ToolDefinition>,
    truncated: bool,
    room: usize,
}

impl Definitions {
    fn new(limit: usize) -> Definitions {
        Definitions {
            tools: Vec::new(),
            truncated: false,
            room: limit,
        }
    }

    /// One definition in any of the JSON shapes in the module doc.
    fn push_json(&mut self, d: &J) {
        let f = d.get("function").filter(|f| f.is_object()).unwrap_or(d);
        let Some(name) = f.get("name").and_then(J::as_str).filter(|n| !n.is_empty()) else {
            return;
        };
        let parameters = f
            .get("parameters")
            .or_else(|| f.get("input_schema"))
            .filter(|p| !p.is_null())
            .map(|p| match p {
                // Some SDKs record the schema as a JSON string inside the JSON.
                J::String(s) => serde_json::from_str(s).unwrap_or(J::Null),
                other => other.clone(),
            })
            .filter(|p| p.is_object());
        self.push(name, parameters);
    }

    fn push(&mut self, name: &str, parameters: Option<J>) {
        let size = name.len() + parameters.as_ref().map_or(0, schema_size);
        if self.tools.len() >= ToolUse::MAX_TOOLS || size > self.room {
            self.truncated = true;
            return;
        }
        self.room -= size;
        self.tools.push(ToolDefinition {
            name: name.to_owned(),
            parameters,
        });
    }
}

/// Roughly the bytes a schema holds (its keys and string values), without serializing it.
fn schema_size(v: &J) -> usize {
    match v {
        J::Object(map) => map.iter().map(|(k, v)| k.len() + schema_size(v)).sum(),
        J::Array(items) => items.iter().map(schema_size).sum(),
        J::String(s) => s.len(),
        _ => 8,
    }
}

/// Tool calls a message of the reply asks for: `tool_call` parts, or OpenAI `tool_calls`.
fn requested_in(message: &J, out: &mut Vec<String>) {
    let message = match message.get("message") {
        Some(inner @ J::Object(_)) if message.get("parts").is_none() => inner,
        _ => message,
    };
    if let Some(J::Array(parts)) = message.get("parts") {
        for p in parts {
            if p.get("type").and_then(J::as_str) == Some("tool_call")
                && let Some(name) = p.get("name").and_then(J::as_str)
            {
                out.push(name.to_owned());
            }
        }
    } else if let Some(J::Array(calls)) = message.get("tool_calls") {
        for call in calls {
            let f = call.get("function").unwrap_or(call);
            if let Some(name) = f.get("name").and_then(J::as_str) {
                out.push(name.to_owned());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn string(s: &str) -> Value {
        Value::StringValue(s.to_owned())
    }

    #[test]
    fn semconv_openai_and_anthropic_shapes_are_read() {
        let defs = string(
            r#"[{"type": "function", "name": "get_weather", "parameters": {"type": "object", "required": ["city"]}},
                {"type": "function", "function": {"name": "book", "parameters": "{\"type\": \"object\"}"}},
                {"name": "search", "input_schema": {"type": "object"}},
                {"type": "function", "description": "no name"}]"#,
        );
        let out = string(
            r#"[{"role": "assistant", "parts": [{"type": "tool_call", "id": "c1", "name": "get_weather", "arguments": {"city": "Paris"}}]}]"#,
        );
        let g = GenAi {
            tool_definitions: Some(&defs),
            output_messages: Some(&out),
            ..GenAi::default()
        };
        let used = tool_use(&g, &OpenInference::default(), 1 << 20);
        let defs = used.definitions.unwrap();
        let names: Vec<&str> = defs.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["get_weather", "book", "search"]);
        assert_eq!(defs[0].parameters.as_ref().unwrap()["required"][0], "city");
        assert_eq!(defs[1].parameters.as_ref().unwrap()["type"], "object");
        assert!(!used.definitions_truncated);
        assert_eq!(used.requested, ["get_weather"]);
    }

    #[test]
    fn openinference_and_openllmetry_definitions() {
        let (s0, s1) = (
            string(
                r#"{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}"#,
            ),
            string(r#"{"type": "function", "function": {"name": "cancel"}}"#),
        );
        let oi = OpenInference {
            tool_schemas: vec![(1, &s1), (0, &s0)],
            ..OpenInference::default()
        };
        let used = tool_use(&GenAi::default(), &oi, 1 << 20);
        let names: Vec<String> = used
            .definitions
            .unwrap()
            .into_iter()
            .map(|d| d.name)
            .collect();
        assert_eq!(names, ["lookup", "cancel"]);

        let (n, p) = (
            string("refund"),
            string(r#"{"type": "object", "required": ["id"]}"#),
        );
        let oi = OpenInference {
            request_functions: vec![(0, false, &p), (0, true, &n)],
            ..OpenInference::default()
        };
        let defs = tool_use(&GenAi::default(), &oi, 1 << 20)
            .definitions
            .unwrap();
        assert_eq!(defs[0].name, "refund");
        assert_eq!(defs[0].parameters.as_ref().unwrap()["required"][0], "id");
    }

    #[test]
    fn no_definitions_means_none_and_limits_truncate() {
        let used = tool_use(&GenAi::default(), &OpenInference::default(), 1 << 20);
        assert_eq!(used, ToolUse::default());
        let many: Vec<String> = (0..200)
            .map(|i| format!(r#"{{"type": "function", "name": "t{i}"}}"#))
            .collect();
        let defs = string(&format!("[{}]", many.join(",")));
        let g = GenAi {
            tool_definitions: Some(&defs),
            ..GenAi::default()
        };
        let used = tool_use(&g, &OpenInference::default(), 1 << 20);
        assert_eq!(used.definitions.unwrap().len(), ToolUse::MAX_TOOLS);
        assert!(used.definitions_truncated);
        // A small content limit keeps what fits.
        let used = tool_use(&g, &OpenInference::default(), 10);
        assert_eq!(used.definitions.unwrap().len(), 5);
        assert!(used.definitions_truncated);
        // Unreadable definitions: captured but unknown, so incomplete.
        let bad = string("[not json");
        let g = GenAi {
            tool_definitions: Some(&bad),
            ..GenAi::default()
        };
        let used = tool_use(&g, &OpenInference::default(), 1 << 20);
        assert!(used.definitions.unwrap().is_empty() && used.definitions_truncated);
    }

    #[test]
    fn requested_calls_of_every_shape() {
        let mut out = Vec::new();
        requested_in(
            &serde_json::json!({"message": {"role": "assistant", "tool_calls": [{"id": "1", "type": "function", "function": {"name": "a", "arguments": "{}"}}]}}),
            &mut out,
        );
        requested_in(
            &serde_json::json!({"role": "assistant", "content": "hi"}),
            &mut out,
        );
        assert_eq!(out, ["a"]);
    }
}
