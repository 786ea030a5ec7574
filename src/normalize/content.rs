//! Turning captured content (message JSON, tool payloads, free-form values) into text.
//!
//! Rules, shared by every convention:
//! * Text segments (one per message part / message / document) are joined with `"\n"`;
//!   empty segments are skipped.
//! * **Input text** is what the model (or tool / retriever) was given: system instructions,
//!   then the text of every input message whatever its role (the conversation history is
//!   context), plus tool results sent back to the model (`tool_call_response` parts, `tool`
//!   role messages). Tool-call requests of earlier assistant turns, reasoning and media parts
//!   are left out.
//! * **Output text** is the reply: the text parts of the output messages (every message is a
//!   model choice, whatever role the instrumentation spelled). Reasoning parts are not part of
//!   the reply. A message whose only content is tool calls is rendered as `name(arguments)`
//!   per call, so a tool-call turn is neither "no content" nor an empty reply.
//! * A side is captured (`Some`) as soon as its source attribute / event exists, even if it
//!   yields no text (`Some("")`).

use std::borrow::Cow;

use serde_json::Value as J;

use super::model::Content;

/// Which side of the span a text goes to: decides how message parts are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Input,
    Output,
}

/// Accumulates text segments up to a byte limit.
#[derive(Debug)]
pub(crate) struct TextSink {
    buf: String,
    limit: usize,
    truncated: bool,
    started: bool,
}

impl TextSink {
    pub(crate) fn new(limit: usize) -> Self {
        TextSink {
            buf: String::new(),
            limit,
            truncated: false,
            started: false,
        }
    }

    /// Append one segment, preceded by "\n" when it is not the first. Empty segments are skipped.
    pub(crate) fn push(&mut self, s: &str) {
        if s.is_empty() || self.truncated {
            return;
        }
        if self.started {
            self.append("\n");
        }
        self.started = true;
        self.append(s);
    }

    fn append(&mut self, s: &str) {
        if self.truncated {
            return;
        }
        let room = self.limit - self.buf.len();
        if s.len() <= room {
            self.buf.push_str(s);
        } else {
            let mut cut = room;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            self.buf.push_str(&s[..cut]);
            self.truncated = true;
        }
    }

    pub(crate) fn into_content(self) -> Content {
        Content {
            text: Some(self.buf),
            truncated: self.truncated,
        }
    }
}

/// Text of a JSON scalar / object used as a payload (tool arguments, tool result): strings as
/// they are, anything else as compact JSON.
pub(crate) fn json_payload_text(v: &J) -> Cow<'_, str> {
    match v {
        J::String(s) => Cow::Borrowed(s.as_str()),
        J::Null => Cow::Borrowed(""),
        other => Cow::Owned(other.to_string()),
    }
}

/// A raw payload attribute (tool arguments / result, string form): a JSON string literal is
/// unquoted, anything else (JSON object, plain text) is kept verbatim.
pub(crate) fn raw_payload_text(raw: &str) -> Cow<'_, str> {
    if raw.trim_start().starts_with('"')
        && let Ok(J::String(s)) = serde_json::from_str::<J>(raw)
    {
        return Cow::Owned(s);
    }
    Cow::Borrowed(raw)
}

/// Push the text of a list of GenAI messages (current `parts` form, or the older
/// `{role, content}` / OpenAI chat form). A single object is treated as one message.
pub(crate) fn push_messages(v: &J, side: Side, sink: &mut TextSink) {
    match v {
        J::Array(items) => {
            for m in items {
                push_message(m, side, sink);
            }
        }
        J::Object(_) => push_message(v, side, sink),
        J::String(s) => sink.push(s),
        _ => {}
    }
}

/// Push the text of one message.
pub(crate) fn push_message(m: &J, side: Side, sink: &mut TextSink) {
    let J::Object(obj) = m else {
        if let J::String(s) = m {
            sink.push(s);
        }
        return;
    };
    // Current GenAI form: {"role", "parts": [...]}.
    if let Some(J::Array(parts)) = obj.get("parts") {
        push_parts(parts, side, sink);
        return;
    }
    // Choice wrappers: {"message": {...}, "finish_reason", "index"} (gen_ai.choice bodies).
    if !obj.contains_key("content")
        && let Some(inner @ J::Object(_)) = obj.get("message")
    {
        push_message(inner, side, sink);
        return;
    }
    // Older / OpenAI chat form: {"role", "content", "tool_calls"}; Azure AI Agents'
    // instruction events carry `{"text": ...}`.
    let had_text = match obj.get("content").or_else(|| obj.get("text")) {
        Some(c) => push_content_value(c, sink),
        None => false,
    };
    if side == Side::Output
        && !had_text
        && let Some(J::Array(calls)) = obj.get("tool_calls")
    {
        for call in calls {
            push_openai_tool_call(call, sink);
        }
    }
}

/// Parts of one message. Returns nothing; see the module rules.
fn push_parts(parts: &[J], side: Side, sink: &mut TextSink) {
    let mut had_text = false;
    for p in parts {
        let ty = p.get("type").and_then(J::as_str).unwrap_or("");
        match ty {
            "text" => {
                if let Some(c) = p.get("content").and_then(J::as_str) {
                    sink.push(c);
                    had_text = true;
                }
            }
            "tool_call_response" if side == Side::Input => {
                // `response` in the current schema; early drafts called it `result`.
                if let Some(r) = p.get("response").or_else(|| p.get("result")) {
                    sink.push(&json_payload_text(r));
                }
            }
            _ => {}
        }
    }
    if side == Side::Output && !had_text {
        for p in parts {
            if p.get("type").and_then(J::as_str) == Some("tool_call") {
                let name = p.get("name").and_then(J::as_str).unwrap_or("");
                let args = p
                    .get("arguments")
                    .map(json_payload_text)
                    .unwrap_or_default();
                sink.push(&format!("{name}({args})"));
            }
        }
    }
}

/// An OpenAI-style tool call `{"function": {"name", "arguments"}}` rendered as `name(arguments)`.
fn push_openai_tool_call(call: &J, sink: &mut TextSink) {
    let f = call.get("function").unwrap_or(call);
    let name = f.get("name").and_then(J::as_str).unwrap_or("");
    let args = f
        .get("arguments")
        .map(json_payload_text)
        .unwrap_or_default();
    if !name.is_empty() || !args.is_empty() {
        sink.push(&format!("{name}({args})"));
    }
}

/// Push a message `content` value: a string, a list of content blocks
/// (`[{"type": "text", "text": ...}]`, OpenAI / Anthropic), or an object such as Azure AI
/// Agents' `{"text": {"value": ...}}`. Returns true when some text was found.
pub(crate) fn push_content_value(c: &J, sink: &mut TextSink) -> bool {
    match c {
        J::String(s) => {
            sink.push(s);
            true
        }
        J::Array(blocks) => {
            let mut found = false;
            for b in blocks {
                match b {
                    J::String(s) => {
                        sink.push(s);
                        found = true;
                    }
                    J::Object(o) => {
                        let ty = o.get("type").and_then(J::as_str);
                        let is_text =
                            matches!(ty, None | Some("text" | "input_text" | "output_text"));
                        if let Some(t) = block_text(b).filter(|_| is_text) {
                            sink.push(t);
                            found = true;
                        }
                    }
                    _ => {}
                }
            }
            found
        }
        J::Object(_) => match block_text(c) {
            Some(t) => {
                sink.push(t);
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// The text of one content block: `text` (string, or `{"value": ...}`), else `content`.
fn block_text(b: &J) -> Option<&str> {
    match b.get("text") {
        Some(J::String(s)) => Some(s),
        Some(J::Object(t)) => t.get("value").and_then(J::as_str),
        _ => b.get("content").and_then(J::as_str),
    }
}

/// Push the text of a content attribute that is a string which may hold a JSON list of
/// content blocks (OpenLLMetry writes list-valued message content as JSON). Plain strings are
/// pushed verbatim.
pub(crate) fn push_maybe_blocks(s: &str, sink: &mut TextSink) {
    if s.trim_start().starts_with('[')
        && let Ok(v @ J::Array(_)) = serde_json::from_str::<J>(s)
    {
        let looks_like_blocks = v
            .as_array()
            .is_some_and(|a| !a.is_empty() && a.iter().all(|b| b.get("type").is_some()));
        if looks_like_blocks {
            push_content_value(&v, sink);
            return;
        }
    }
    sink.push(s);
}

/// Keys under which frameworks commonly wrap a single text input or output
/// (`{"input": "..."}`, `{"output": "..."}` ...).
const TEXT_KEYS: &[&str] = &[
    "input", "query", "question", "prompt", "message", "text", "content", "output", "answer",
    "result", "response",
];

/// Text of a free-form JSON payload (`input.value` / `output.value` with
/// `application/json`, `traceloop.entity.*`, pydantic-ai `final_result`). Recognizes:
/// a JSON string; a chat completion response (`choices[].message.content` / `choices[].text`);
/// a chat request or state with `messages`; an Anthropic-style response with a `content`
/// block list; the traceloop `{"args": [...], "kwargs": {...}}` envelope holding one string;
/// an object with a single well-known text key. Anything else is the raw JSON.
pub(crate) fn push_free_json(raw: &str, side: Side, sink: &mut TextSink) {
    let Ok(v) = serde_json::from_str::<J>(raw) else {
        sink.push(raw);
        return;
    };
    if !push_free_value(&v, side, sink) {
        sink.push(raw);
    }
}

/// See [`push_free_json`]; returns false when nothing was recognized (the caller then pushes
/// the raw text).
fn push_free_value(v: &J, side: Side, sink: &mut TextSink) -> bool {
    match v {
        J::String(s) => {
            sink.push(s);
            true
        }
        J::Object(o) => {
            if let Some(J::Array(choices)) = o.get("choices") {
                for c in choices {
                    if let Some(m) = c.get("message") {
                        push_message(m, Side::Output, sink);
                    } else if let Some(t) = c.get("text").and_then(J::as_str) {
                        sink.push(t);
                    }
                }
                return true;
            }
            if let Some(msgs @ J::Array(_)) = o.get("messages") {
                push_messages(msgs, side, sink);
                return true;
            }
            if o.get("type").and_then(J::as_str) == Some("message")
                && let Some(c @ J::Array(_)) = o.get("content")
            {
                return push_content_value(c, sink);
            }
            if let (Some(J::Array(args)), Some(J::Object(kwargs))) =
                (o.get("args"), o.get("kwargs"))
            {
                return match (args.as_slice(), kwargs.len()) {
                    ([J::String(s)], 0) => {
                        sink.push(s);
                        true
                    }
                    ([], 1) => match kwargs.values().next() {
                        Some(J::String(s)) => {
                            sink.push(s);
                            true
                        }
                        _ => false,
                    },
                    _ => false,
                };
            }
            match o.iter().next() {
                Some((k, J::String(s))) if o.len() == 1 && TEXT_KEYS.contains(&k.as_str()) => {
                    sink.push(s);
                    true
                }
                _ => false,
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(f: impl FnOnce(&mut TextSink)) -> String {
        let mut s = TextSink::new(usize::MAX);
        f(&mut s);
        s.into_content().text.unwrap()
    }

    #[test]
    fn sink_joins_skips_empty_and_truncates_at_char_boundary() {
        let mut s = TextSink::new(6);
        s.push("ab");
        s.push("");
        s.push("cdé");
        let c = s.into_content();
        // "ab\ncd" is 5 bytes; "é" is 2 bytes and does not fit in the sixth.
        assert_eq!(c.text.as_deref(), Some("ab\ncd"));
        assert!(c.truncated);

        let c = TextSink::new(10).into_content();
        assert_eq!(c.text.as_deref(), Some(""));
        assert!(!c.truncated);
    }

    #[test]
    fn genai_parts_input_and_output_rules() {
        let input = json!([
            {"role": "system", "parts": [{"type": "text", "content": "Be brief."}]},
            {"role": "user", "parts": [{"type": "text", "content": "Weather in Paris?"}]},
            {"role": "assistant", "parts": [{"type": "tool_call", "id": "c1", "name": "get_weather", "arguments": {"city": "Paris"}}]},
            {"role": "tool", "parts": [{"type": "tool_call_response", "id": "c1", "response": "rainy, 57°F"}]},
            {"role": "tool", "parts": [{"type": "tool_call_response", "id": "c2", "result": {"t": 14}}]}
        ]);
        assert_eq!(
            text(|s| push_messages(&input, Side::Input, s)),
            "Be brief.\nWeather in Paris?\nrainy, 57°F\n{\"t\":14}"
        );
        let output = json!([
            {"role": "assistant", "parts": [
                {"type": "reasoning", "content": "thinking..."},
                {"type": "text", "content": "It is rainy."}
            ], "finish_reason": "stop"},
            {"role": "assistant", "parts": [
                {"type": "tool_call", "id": "c3", "name": "get_time", "arguments": {"tz": "CET"}}
            ], "finish_reason": "tool_call"}
        ]);
        assert_eq!(
            text(|s| push_messages(&output, Side::Output, s)),
            "It is rainy.\nget_time({\"tz\":\"CET\"})"
        );
    }

    #[test]
    fn older_message_forms() {
        let choice = json!({"message": {"content": "Paris."}, "finish_reason": "stop", "index": 0});
        assert_eq!(text(|s| push_message(&choice, Side::Output, s)), "Paris.");
        let tool_only = json!({"message": {"content": null, "tool_calls": [
            {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{\"a\": 1}"}}
        ]}, "finish_reason": "tool_calls", "index": 0});
        assert_eq!(
            text(|s| push_message(&tool_only, Side::Output, s)),
            "f({\"a\": 1})"
        );
        let blocks = json!({"role": "user", "content": [
            {"type": "text", "text": "Describe"},
            {"type": "image_url", "image_url": {"url": "https://x"}}
        ]});
        assert_eq!(text(|s| push_message(&blocks, Side::Input, s)), "Describe");
        let azure_agents = json!({"content": {"text": {"value": "Hi"}}, "role": "user"});
        assert_eq!(text(|s| push_message(&azure_agents, Side::Input, s)), "Hi");
        let instruction = json!({"text": "You are a helpful AI assistant."});
        assert_eq!(
            text(|s| push_message(&instruction, Side::Input, s)),
            "You are a helpful AI assistant."
        );
    }

    #[test]
    fn free_json_shapes() {
        let t = |raw: &str, side| text(|s| push_free_json(raw, side, s));
        assert_eq!(t(r#""just text""#, Side::Output), "just text");
        assert_eq!(
            t(
                r#"{"id": "x", "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello"}}]}"#,
                Side::Output
            ),
            "Hello"
        );
        assert_eq!(
            t(
                r#"{"messages": [{"role": "user", "content": "Hi"}], "model": "m"}"#,
                Side::Input
            ),
            "Hi"
        );
        assert_eq!(
            t(r#"{"args": ["Paris"], "kwargs": {}}"#, Side::Input),
            "Paris"
        );
        assert_eq!(
            t(r#"{"args": [], "kwargs": {"city": "Paris"}}"#, Side::Input),
            "Paris"
        );
        assert_eq!(
            t(r#"{"args": [1, 2], "kwargs": {}}"#, Side::Input),
            r#"{"args": [1, 2], "kwargs": {}}"#
        );
        assert_eq!(t(r#"{"input": "What now?"}"#, Side::Input), "What now?");
        assert_eq!(
            t(r#"{"city": "Paris"}"#, Side::Input),
            r#"{"city": "Paris"}"#
        );
        assert_eq!(t("not json", Side::Input), "not json");
    }

    #[test]
    fn payload_text() {
        assert_eq!(raw_payload_text(r#""quoted""#), "quoted");
        assert_eq!(raw_payload_text(r#"{"a": 1}"#), r#"{"a": 1}"#);
        assert_eq!(raw_payload_text("Sunny"), "Sunny");
        assert_eq!(json_payload_text(&json!({"a": 1})), r#"{"a":1}"#);
    }

    #[test]
    fn maybe_blocks() {
        assert_eq!(
            text(|s| push_maybe_blocks(r#"[{"type": "text", "text": "Hi"}]"#, s)),
            "Hi"
        );
        assert_eq!(text(|s| push_maybe_blocks("[not json", s)), "[not json");
        assert_eq!(text(|s| push_maybe_blocks("[1, 2]", s)), "[1, 2]");
    }
}
