//! What a request body will cost in memory once decoded, known *before* decoding it.
//!
//! Decoding amplifies: an empty span is two bytes on the wire and a few hundred in memory, so
//! a 16 MiB body of empty spans decodes to gigabytes. The receiver charges this estimate to
//! its in-flight memory budget before it decodes, and refuses a body whose estimate alone is
//! over the budget. Both estimates are upper bounds of what the decoder allocates (checked by
//! `tests/decode_cost.rs` with a counting allocator).

use std::mem::size_of;

use opentelemetry_proto::tonic::common::v1::{
    AnyValue, ArrayValue, EntityRef, InstrumentationScope, KeyValue, KeyValueList,
};
use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::span::{Event, Link};
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span, Status};

/// prost's nesting limit: deeper messages fail to decode, and are refused here first.
const MAX_DEPTH: u32 = 100;

/// The OTLP trace and log messages, as far as their decoded size goes.
#[derive(Debug, Clone, Copy)]
enum Msg {
    Request,
    LogsRequest,
    ResourceLogs,
    ScopeLogs,
    LogRecord,
    ResourceSpans,
    Resource,
    ScopeSpans,
    Scope,
    Span,
    Event,
    Link,
    Status,
    KeyValue,
    AnyValue,
    ArrayValue,
    KeyValueList,
    EntityRef,
}

/// What one field of a message allocates when decoded.
enum Field {
    /// A repeated message: one element of a `Vec` (whose capacity may be twice its length).
    Repeated(Msg),
    /// A singular message, stored inline in its parent: only its own fields allocate.
    Inline(Msg),
    /// A string or bytes field: its length.
    Bytes,
    /// A repeated string: a `String` in a `Vec`, plus its length.
    RepeatedBytes,
    /// A number, or a field this schema does not know (skipped by the decoder).
    Nothing,
}

fn field(msg: Msg, number: u64) -> Field {
    use Field::*;
    match (msg, number) {
        (Msg::Request, 1) => Repeated(Msg::ResourceSpans),
        (Msg::LogsRequest, 1) => Repeated(Msg::ResourceLogs),
        (Msg::ResourceLogs, 1) => Inline(Msg::Resource),
        (Msg::ResourceLogs, 2) => Repeated(Msg::ScopeLogs),
        (Msg::ResourceLogs, 3) => Bytes,
        (Msg::ScopeLogs, 1) => Inline(Msg::Scope),
        (Msg::ScopeLogs, 2) => Repeated(Msg::LogRecord),
        (Msg::ScopeLogs, 3) => Bytes,
        (Msg::LogRecord, 3 | 9 | 10 | 12) => Bytes,
        (Msg::LogRecord, 5) => Inline(Msg::AnyValue),
        (Msg::LogRecord, 6) => Repeated(Msg::KeyValue),
        (Msg::ResourceSpans, 1) => Inline(Msg::Resource),
        (Msg::ResourceSpans, 2) => Repeated(Msg::ScopeSpans),
        (Msg::ResourceSpans, 3) => Bytes,
        (Msg::Resource, 1) => Repeated(Msg::KeyValue),
        (Msg::Resource, 3) => Repeated(Msg::EntityRef),
        (Msg::ScopeSpans, 1) => Inline(Msg::Scope),
        (Msg::ScopeSpans, 2) => Repeated(Msg::Span),
        (Msg::ScopeSpans, 3) => Bytes,
        (Msg::Scope, 1 | 2) => Bytes,
        (Msg::Scope, 3) => Repeated(Msg::KeyValue),
        (Msg::Span, 1..=5) => Bytes,
        (Msg::Span, 9) => Repeated(Msg::KeyValue),
        (Msg::Span, 11) => Repeated(Msg::Event),
        (Msg::Span, 13) => Repeated(Msg::Link),
        (Msg::Span, 15) => Inline(Msg::Status),
        (Msg::Event, 2) => Bytes,
        (Msg::Event, 3) => Repeated(Msg::KeyValue),
        (Msg::Link, 1..=3) => Bytes,
        (Msg::Link, 4) => Repeated(Msg::KeyValue),
        (Msg::Status, 2) => Bytes,
        (Msg::KeyValue, 1) => Bytes,
        (Msg::KeyValue, 2) => Inline(Msg::AnyValue),
        (Msg::AnyValue, 1 | 7) => Bytes,
        (Msg::AnyValue, 5) => Inline(Msg::ArrayValue),
        (Msg::AnyValue, 6) => Inline(Msg::KeyValueList),
        (Msg::ArrayValue, 1) => Repeated(Msg::AnyValue),
        (Msg::KeyValueList, 1) => Repeated(Msg::KeyValue),
        (Msg::EntityRef, 1 | 2) => Bytes,
        (Msg::EntityRef, 3 | 4) => RepeatedBytes,
        _ => Nothing,
    }
}

fn size(msg: Msg) -> usize {
    match msg {
        Msg::Request | Msg::LogsRequest => 0,
        Msg::ResourceLogs => size_of::<ResourceLogs>(),
        Msg::ScopeLogs => size_of::<ScopeLogs>(),
        Msg::LogRecord => size_of::<LogRecord>(),
        Msg::ResourceSpans => size_of::<ResourceSpans>(),
        Msg::Resource => size_of::<Resource>(),
        Msg::ScopeSpans => size_of::<ScopeSpans>(),
        Msg::Scope => size_of::<InstrumentationScope>(),
        Msg::Span => size_of::<Span>(),
        Msg::Event => size_of::<Event>(),
        Msg::Link => size_of::<Link>(),
        Msg::Status => size_of::<Status>(),
        Msg::KeyValue => size_of::<KeyValue>(),
        Msg::AnyValue => size_of::<AnyValue>(),
        Msg::ArrayValue => size_of::<ArrayValue>(),
        Msg::KeyValueList => size_of::<KeyValueList>(),
        Msg::EntityRef => size_of::<EntityRef>(),
    }
}

/// The largest decoded message: what one JSON object can become at most.
fn largest() -> usize {
    [
        Msg::ResourceSpans,
        Msg::ResourceLogs,
        Msg::ScopeLogs,
        Msg::LogRecord,
        Msg::Resource,
        Msg::ScopeSpans,
        Msg::Scope,
        Msg::Span,
        Msg::Event,
        Msg::Link,
        Msg::Status,
        Msg::KeyValue,
        Msg::AnyValue,
        Msg::ArrayValue,
        Msg::KeyValueList,
        Msg::EntityRef,
    ]
    .into_iter()
    .map(size)
    .max()
    .unwrap_or(0)
}

/// Bytes an `ExportTraceServiceRequest` protobuf body allocates when decoded (the body itself
/// not included). An error names what is malformed: such a body cannot decode either.
pub fn protobuf_decoded_bytes(body: &[u8]) -> Result<usize, String> {
    let mut total = 0usize;
    walk(body, Msg::Request, 0, &mut total)?;
    Ok(total)
}

/// Bytes an `ExportLogsServiceRequest` protobuf body allocates when decoded (the body itself
/// not included), as [`protobuf_decoded_bytes`] counts them for traces.
pub fn logs_protobuf_decoded_bytes(body: &[u8]) -> Result<usize, String> {
    let mut total = 0usize;
    walk(body, Msg::LogsRequest, 0, &mut total)?;
    Ok(total)
}

/// An upper bound of what an OTLP/JSON body allocates when decoded (the body itself not
/// included): every object may become the largest message in a `Vec` (whose capacity is at
/// most four times its length), every string a `String` in one, and every string's bytes at
/// most its own length (already in the body). A string with an escape is unescaped through
/// the decoder's scratch buffer first, which it keeps and grows by doubling: up to twice the
/// longest such string more.
pub fn json_decoded_bytes(body: &[u8]) -> usize {
    let (mut objects, mut quotes) = (0usize, 0usize);
    // The longest string holding a backslash, found in the same pass.
    let (mut in_string, mut escaped, mut has_escape) = (false, false, false);
    let (mut string_start, mut longest_escaped) = (0usize, 0usize);
    for (at, &b) in body.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
                has_escape = true;
            } else if b == b'"' {
                quotes += 1;
                in_string = false;
                if has_escape {
                    longest_escaped = longest_escaped.max(at - string_start);
                }
            }
        } else if b == b'"' {
            quotes += 1;
            (in_string, has_escape, string_start) = (true, false, at);
        } else if b == b'{' {
            objects += 1;
        }
    }
    if in_string && has_escape {
        longest_escaped = longest_escaped.max(body.len() - string_start);
    }
    objects
        .saturating_mul(4 * largest())
        .saturating_add(quotes.saturating_mul(2 * size_of::<String>()))
        .saturating_add(body.len())
        .saturating_add(longest_escaped.saturating_mul(2))
}

/// The capacity a `Vec` reaches when `n` elements are pushed one by one (what both decoders
/// do): 4 at first, then doubling.
fn vec_capacity(n: usize) -> usize {
    if n == 0 {
        0
    } else {
        n.next_power_of_two().max(4)
    }
}

fn walk(mut buf: &[u8], msg: Msg, depth: u32, total: &mut usize) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Err("recursion limit reached".into());
    }
    // Elements of each repeated field of this message (every such field number is < 16).
    let mut repeated = [0usize; 16];
    while !buf.is_empty() {
        let key = varint(&mut buf)?;
        let (number, wire) = (key >> 3, key & 7);
        if number == 0 {
            return Err("invalid field number 0".into());
        }
        if let Some(rest) = skip_scalar(buf, wire)? {
            buf = rest;
            continue;
        }
        match wire {
            2 => {
                let (value, rest) = length_delimited(buf)?;
                buf = rest;
                let len = value.len();
                match field(msg, number) {
                    Field::Repeated(m) => {
                        walk(value, m, depth + 1, total)?;
                        repeated[number as usize] += 1;
                    }
                    Field::Inline(m) => walk(value, m, depth + 1, total)?,
                    Field::Bytes => *total = total.saturating_add(len),
                    Field::RepeatedBytes => {
                        *total = total.saturating_add(len);
                        repeated[number as usize] += 1;
                    }
                    Field::Nothing => {}
                }
            }
            3 => buf = skip_group(buf, number, depth + 1)?,
            _ => return Err(format!("invalid wire type {wire}")),
        }
    }
    for (number, &n) in repeated.iter().enumerate() {
        let element = match field(msg, number as u64) {
            Field::Repeated(m) => size(m),
            Field::RepeatedBytes => size_of::<String>(),
            _ => continue,
        };
        *total = total.saturating_add(vec_capacity(n).saturating_mul(element));
    }
    Ok(())
}

/// Skip an (unknown, deprecated) group up to its end marker.
fn skip_group(mut buf: &[u8], number: u64, depth: u32) -> Result<&[u8], String> {
    if depth > MAX_DEPTH {
        return Err("recursion limit reached".into());
    }
    loop {
        if buf.is_empty() {
            return Err("unterminated group".into());
        }
        let key = varint(&mut buf)?;
        if let Some(rest) = skip_scalar(buf, key & 7)? {
            buf = rest;
            continue;
        }
        match key & 7 {
            2 => buf = length_delimited(buf)?.1,
            3 => buf = skip_group(buf, key >> 3, depth + 1)?,
            4 if key >> 3 == number => return Ok(buf),
            wire => return Err(format!("invalid wire type {wire}")),
        }
    }
}

fn varint(buf: &mut &[u8]) -> Result<u64, String> {
    let mut value = 0u64;
    for i in 0..10 {
        let Some((&b, rest)) = buf.split_first() else {
            return Err("truncated varint".into());
        };
        *buf = rest;
        value |= u64::from(b & 0x7f) << (7 * i);
        if b < 0x80 {
            return Ok(value);
        }
    }
    Err("invalid varint".into())
}

/// Past a varint (wire type 0) or a fixed 64- or 32-bit value (1, 5); None for other wire
/// types.
fn skip_scalar(mut buf: &[u8], wire: u64) -> Result<Option<&[u8]>, String> {
    Ok(Some(match wire {
        0 => {
            varint(&mut buf)?;
            buf
        }
        1 => take(buf, 8)?.1,
        5 => take(buf, 4)?.1,
        _ => return Ok(None),
    }))
}

/// A length-delimited value (wire type 2) and what follows it.
fn length_delimited(mut buf: &[u8]) -> Result<(&[u8], &[u8]), String> {
    let len = usize::try_from(varint(&mut buf)?)
        .map_err(|_| "length does not fit in memory".to_string())?;
    take(buf, len)
}

fn take(buf: &[u8], n: usize) -> Result<(&[u8], &[u8]), String> {
    if n > buf.len() {
        return Err(format!(
            "a field of {n} bytes runs past the end of the body"
        ));
    }
    Ok(buf.split_at(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
    use prost::Message;

    fn request(spans: usize, attributes: usize) -> ExportTraceServiceRequest {
        let span = Span {
            name: "chat".into(),
            attributes: (0..attributes)
                .map(|i| KeyValue {
                    key: format!("k{i}"),
                    value: Some(AnyValue {
                        value: Some(
                            opentelemetry_proto::tonic::common::v1::any_value::Value::StringValue(
                                "v".repeat(10),
                            ),
                        ),
                    }),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                scope_spans: vec![ScopeSpans {
                    spans: vec![span; spans],
                    ..Default::default()
                }],
                ..Default::default()
            }],
        }
    }

    #[test]
    fn empty_spans_cost_their_struct_not_their_two_wire_bytes() {
        let mut empty = request(1000, 0);
        for span in &mut empty.resource_spans[0].scope_spans[0].spans {
            *span = Span::default();
        }
        let body = empty.encode_to_vec();
        let cost = protobuf_decoded_bytes(&body).unwrap();
        assert!(cost >= 1000 * size_of::<Span>(), "{cost}");
        assert!(
            cost > 50 * body.len(),
            "{cost} vs {} wire bytes",
            body.len()
        );
    }

    #[test]
    fn attributes_and_strings_count() {
        let none = protobuf_decoded_bytes(&request(10, 0).encode_to_vec()).unwrap();
        let some = protobuf_decoded_bytes(&request(10, 5).encode_to_vec()).unwrap();
        assert!(
            some >= none + 10 * 5 * (size_of::<KeyValue>() + 12),
            "{none} {some}"
        );
    }

    #[test]
    fn malformed_bodies_are_named() {
        assert!(protobuf_decoded_bytes(&[0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]).is_err());
        assert!(protobuf_decoded_bytes(&[0x0a, 0x05, 0x01]).is_err());
        assert!(protobuf_decoded_bytes(&[0x0f]).is_err(), "wire type 7");
        assert!(protobuf_decoded_bytes(&[]).is_ok());
    }

    #[test]
    fn nesting_past_the_decoder_limit_is_refused_like_the_decoder_does() {
        use opentelemetry_proto::tonic::common::v1::any_value::Value;
        let mut value = AnyValue::default();
        for _ in 0..120 {
            value = AnyValue {
                value: Some(Value::ArrayValue(ArrayValue {
                    values: vec![value],
                })),
            };
        }
        let mut deep = request(1, 1);
        deep.resource_spans[0].scope_spans[0].spans[0].attributes[0].value = Some(value);
        let body = deep.encode_to_vec();
        assert!(ExportTraceServiceRequest::decode(&body[..]).is_err());
        let err = protobuf_decoded_bytes(&body).unwrap_err();
        assert!(err.contains("recursion limit"), "{err}");
    }

    #[test]
    fn json_bound_covers_every_object() {
        let body = br#"{"resourceSpans":[{"scopeSpans":[{"spans":[{},{},{}]}]}]}"#;
        assert!(json_decoded_bytes(body) >= 3 * size_of::<Span>());
    }
}
