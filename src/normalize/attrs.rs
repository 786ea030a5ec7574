//! Attribute helpers over OTLP `KeyValue` / `AnyValue`.
//!
//! Nothing here allocates unless a value has to be rendered (numbers, structured values).

use std::borrow::Cow;

use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value::Value};

/// The value of a key-value pair, if it carries one.
#[inline]
pub(crate) fn value_of(kv: &KeyValue) -> Option<&Value> {
    kv.value.as_ref().and_then(|v| v.value.as_ref())
}

/// The first value stored under `key`.
pub(crate) fn find<'a>(attrs: &'a [KeyValue], key: &str) -> Option<&'a Value> {
    attrs.iter().find(|kv| kv.key == key).and_then(value_of)
}

/// The string stored under `key` (string values only).
pub(crate) fn find_str<'a>(attrs: &'a [KeyValue], key: &str) -> Option<&'a str> {
    find(attrs, key).and_then(as_str)
}

/// A string value, borrowed. Other value types give None.
#[inline]
pub(crate) fn as_str(v: &Value) -> Option<&str> {
    match v {
        Value::StringValue(s) => Some(s.as_str()),
        _ => None,
    }
}

/// A non-empty string value, borrowed.
#[inline]
pub(crate) fn as_nonempty_str(v: &Value) -> Option<&str> {
    as_str(v).filter(|s| !s.is_empty())
}

/// A non-negative count: an int, an integral double, or a decimal string (some SDKs
/// stringify numbers). Negative or fractional values give None.
pub(crate) fn as_u64(v: &Value) -> Option<u64> {
    match v {
        Value::IntValue(i) => u64::try_from(*i).ok(),
        Value::DoubleValue(d) if *d >= 0.0 && d.fract() == 0.0 && *d <= u64::MAX as f64 => {
            Some(*d as u64)
        }
        Value::StringValue(s) => s.trim().parse::<u64>().ok(),
        _ => None,
    }
}

/// Render a value as text: strings are borrowed, scalars formatted, structured values
/// serialized to compact JSON. Bytes and profiling string-table references give None.
pub(crate) fn to_text(v: &Value) -> Option<Cow<'_, str>> {
    match v {
        Value::StringValue(s) => Some(Cow::Borrowed(s.as_str())),
        Value::BoolValue(b) => Some(Cow::Borrowed(if *b { "true" } else { "false" })),
        Value::IntValue(i) => Some(Cow::Owned(i.to_string())),
        Value::DoubleValue(d) => Some(Cow::Owned(d.to_string())),
        Value::ArrayValue(_) | Value::KvlistValue(_) => Some(Cow::Owned(to_json(v).to_string())),
        Value::BytesValue(_) | Value::StringValueStrindex(_) => None,
    }
}

/// Convert a structured attribute value to JSON (for attributes recorded in structured form,
/// as the GenAI conventions recommend where the SDK supports it).
pub(crate) fn to_json(v: &Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        Value::StringValue(s) => J::String(s.clone()),
        Value::BoolValue(b) => J::Bool(*b),
        Value::IntValue(i) => J::from(*i),
        Value::DoubleValue(d) => serde_json::Number::from_f64(*d).map_or(J::Null, J::Number),
        Value::ArrayValue(a) => J::Array(a.values.iter().map(any_to_json).collect()),
        Value::KvlistValue(l) => J::Object(
            l.values
                .iter()
                .map(|kv| (kv.key.clone(), value_of(kv).map_or(J::Null, to_json)))
                .collect(),
        ),
        Value::BytesValue(b) => J::String(hex::encode(b)),
        Value::StringValueStrindex(_) => J::Null,
    }
}

fn any_to_json(v: &AnyValue) -> serde_json::Value {
    v.value.as_ref().map_or(serde_json::Value::Null, to_json)
}

/// Parse an attribute holding JSON: a JSON string is parsed, a structured value converted.
/// Returns None for scalars and for strings that are not valid JSON (callers then fall back
/// to the raw text).
pub(crate) fn parse_json(v: &Value) -> Option<serde_json::Value> {
    match v {
        Value::StringValue(s) => {
            let t = s.trim_start();
            // Cheap pre-check: only objects, arrays and string literals are worth parsing.
            if t.starts_with(['{', '[', '"']) {
                serde_json::from_str(s).ok()
            } else {
                None
            }
        }
        Value::ArrayValue(_) | Value::KvlistValue(_) => Some(to_json(v)),
        _ => None,
    }
}

/// Split `"<digits>.<rest>"` into the index and the rest. `"3.message.role"` → `(3, "message.role")`.
#[inline]
pub(crate) fn split_index(s: &str) -> Option<(u32, &str)> {
    let dot = s.find('.')?;
    let (digits, rest) = s.split_at(dot);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().ok()?, &rest[1..]))
}

/// The finish reasons a JSON document names (`"finish_reason": "length"`, as a raw response
/// or the semconv output messages hold them), folded into the most telling, found by a byte
/// search rather than a parse. A quoted key inside a JSON string is escaped (`\"`), so only
/// the document's own keys match.
pub(crate) fn finish_reason_in_json(text: &str) -> Option<super::FinishReason> {
    let key = b"\"finish_reason\"";
    let mut reason = None;
    for at in memchr::memmem::find_iter(text.as_bytes(), key) {
        let rest = text[at + key.len()..].trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix('"') else {
            continue; // null while streaming
        };
        if let Some(end) = rest.find('"') {
            reason = Some(super::FinishReason::most_telling(
                reason,
                super::FinishReason::parse(&rest[..end]),
            ));
        }
    }
    reason
}

#[cfg(test)]
mod tests {
    use super::*;
    use opentelemetry_proto::tonic::common::v1::{ArrayValue, KeyValueList};

    fn s(v: &str) -> Value {
        Value::StringValue(v.to_owned())
    }

    #[test]
    fn counts_accept_ints_integral_doubles_and_decimal_strings() {
        assert_eq!(as_u64(&Value::IntValue(42)), Some(42));
        assert_eq!(as_u64(&Value::IntValue(-1)), None);
        assert_eq!(as_u64(&Value::DoubleValue(7.0)), Some(7));
        assert_eq!(as_u64(&Value::DoubleValue(7.5)), None);
        assert_eq!(as_u64(&s(" 12 ")), Some(12));
        assert_eq!(as_u64(&s("twelve")), None);
        assert_eq!(as_u64(&Value::BoolValue(true)), None);
    }

    #[test]
    fn split_index_parses_only_leading_digits() {
        assert_eq!(split_index("3.message.role"), Some((3, "message.role")));
        assert_eq!(split_index("12.content"), Some((12, "content")));
        assert_eq!(split_index("x.content"), None);
        assert_eq!(split_index("3"), None);
        assert_eq!(split_index(".content"), None);
    }

    #[test]
    fn structured_values_convert_to_json() {
        let kv = |k: &str, v: Value| KeyValue {
            key: k.to_owned(),
            value: Some(AnyValue { value: Some(v) }),
            ..Default::default()
        };
        let msg = Value::KvlistValue(KeyValueList {
            values: vec![kv("role", s("user")), kv("n", Value::IntValue(2))],
        });
        let arr = Value::ArrayValue(ArrayValue {
            values: vec![AnyValue { value: Some(msg) }],
        });
        assert_eq!(to_json(&arr), serde_json::json!([{"role": "user", "n": 2}]));
        assert_eq!(
            parse_json(&arr),
            Some(serde_json::json!([{"role": "user", "n": 2}]))
        );
        assert_eq!(parse_json(&s("[1, 2]")), Some(serde_json::json!([1, 2])));
        assert_eq!(parse_json(&s("plain text")), None);
        assert_eq!(parse_json(&s("{broken")), None);
        assert_eq!(to_text(&Value::IntValue(5)).as_deref(), Some("5"));
        assert_eq!(to_text(&arr).as_deref(), Some(r#"[{"n":2,"role":"user"}]"#));
    }
}
