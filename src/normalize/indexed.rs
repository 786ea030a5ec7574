//! Messages flattened into indexed attributes (`gen_ai.prompt.0.content`,
//! `llm.output_messages.1.message.contents.0.message_content.text`, ...), collected during the
//! single attribute pass and reassembled afterwards.

use opentelemetry_proto::tonic::common::v1::any_value::Value;

use super::attrs::to_text;
use super::content::{Side, TextSink, push_maybe_blocks};

/// The part of a message an indexed attribute holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Field {
    Role,
    /// Whole-message content (`...content`, `prompt.text`, `document.content`).
    Content,
    /// `message_content.type` of content item `sub`.
    PartType,
    /// `message_content.text` of content item `sub`.
    PartText,
    /// Name of tool call `sub`.
    ToolName,
    /// Arguments of tool call `sub`.
    ToolArgs,
}

#[derive(Debug)]
struct Piece<'a> {
    msg: u32,
    sub: u32,
    field: Field,
    value: &'a Value,
}

/// Indexed message pieces of one list attribute.
#[derive(Debug, Default)]
pub(crate) struct Indexed<'a> {
    pieces: Vec<Piece<'a>>,
}

impl<'a> Indexed<'a> {
    pub(crate) fn add(&mut self, msg: u32, sub: u32, field: Field, value: &'a Value) {
        self.pieces.push(Piece {
            msg,
            sub,
            field,
            value,
        });
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// The names of the tool calls among the pieces, in index order.
    pub(crate) fn tool_names(&self) -> Vec<&'a str> {
        let mut calls: Vec<(u32, u32, &'a str)> = self
            .pieces
            .iter()
            .filter(|p| p.field == Field::ToolName)
            .filter_map(|p| Some((p.msg, p.sub, super::attrs::as_nonempty_str(p.value)?)))
            .collect();
        calls.sort_by_key(|(msg, sub, _)| (*msg, *sub));
        calls.into_iter().map(|(_, _, name)| name).collect()
    }

    /// Push the text of every message, in index order (see the rules in `content`).
    pub(crate) fn push_text(&self, side: Side, sink: &mut TextSink) {
        // Attributes usually arrive in order, but nothing guarantees it: sort references
        // (small, and stable so repeated keys keep their order).
        let mut order: Vec<&Piece<'a>> = self.pieces.iter().collect();
        order.sort_by_key(|p| (p.msg, p.sub, p.field));
        let mut start = 0;
        while start < order.len() {
            let msg = order[start].msg;
            let end = start + order[start..].iter().take_while(|p| p.msg == msg).count();
            push_one(&order[start..end], side, sink);
            start = end;
        }
    }
}

fn push_one(pieces: &[&Piece<'_>], side: Side, sink: &mut TextSink) {
    let mut had_text = false;
    for p in pieces {
        match p.field {
            Field::Content => {
                if let Some(t) = to_text(p.value) {
                    push_maybe_blocks(&t, sink);
                    had_text |= !t.is_empty();
                }
            }
            Field::PartText => {
                let ty = pieces
                    .iter()
                    .find(|q| q.field == Field::PartType && q.sub == p.sub)
                    .and_then(|q| super::attrs::as_str(q.value));
                // Reasoning is not the reply nor the prompt; unknown types with text are kept.
                if ty != Some("reasoning")
                    && let Some(t) = to_text(p.value)
                {
                    sink.push(&t);
                    had_text |= !t.is_empty();
                }
            }
            _ => {}
        }
    }
    if side == Side::Output && !had_text {
        for p in pieces.iter().filter(|p| p.field == Field::ToolName) {
            let name = super::attrs::as_str(p.value).unwrap_or("");
            let args = pieces
                .iter()
                .find(|q| q.field == Field::ToolArgs && q.sub == p.sub)
                .and_then(|q| to_text(q.value))
                .unwrap_or_default();
            sink.push(&format!("{name}({args})"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::StringValue(v.to_owned())
    }

    #[test]
    fn reassembles_out_of_order_pieces() {
        let (a, b, c, d, e) = (s("user"), s("second"), s("first"), s("f"), s("{\"x\": 1}"));
        let mut ix = Indexed::default();
        ix.add(1, 0, Field::Content, &b);
        ix.add(0, 0, Field::Role, &a);
        ix.add(0, 0, Field::Content, &c);
        ix.add(2, 0, Field::ToolArgs, &e);
        ix.add(2, 0, Field::ToolName, &d);
        let mut sink = TextSink::new(usize::MAX);
        ix.push_text(Side::Output, &mut sink);
        assert_eq!(
            sink.into_content().text.as_deref(),
            Some("first\nsecond\nf({\"x\": 1})")
        );
    }

    #[test]
    fn parts_skip_reasoning_and_tool_calls_stay_off_input() {
        let (r, rt, t, tt, n) = (s("reasoning"), s("hmm"), s("text"), s("Answer"), s("tool"));
        let mut ix = Indexed::default();
        ix.add(0, 0, Field::PartType, &r);
        ix.add(0, 0, Field::PartText, &rt);
        ix.add(0, 1, Field::PartType, &t);
        ix.add(0, 1, Field::PartText, &tt);
        ix.add(1, 0, Field::ToolName, &n);
        let mut sink = TextSink::new(usize::MAX);
        ix.push_text(Side::Input, &mut sink);
        assert_eq!(sink.into_content().text.as_deref(), Some("Answer"));
    }
}
