//! Property tests for fitting OTLP requests into bounded messages (`agentwatch::otlp::split`):
//! `split` and `remove_oversize_spans` on generated requests with several resources and
//! scopes, and spans carrying attributes of varied sizes (nested values, unicode, bytes),
//! events and links.
//!
//! The case counts below keep this file to a few seconds in CI. For a longer run, set
//! `PROPTEST_CASES` (it overrides every count here), e.g.
//! `PROPTEST_CASES=20000 cargo test --test prop_split --release`.

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{
    AnyValue, ArrayValue, InstrumentationScope, KeyValue, KeyValueList, any_value::Value,
};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{
    ResourceSpans, ScopeSpans, Span, Status,
    span::{Event, Link},
};
use proptest::collection::vec;
use proptest::prelude::*;
use prost::Message;

use agentwatch::otlp::count_spans;
use agentwatch::otlp::split::{remove_oversize_spans, split};

/// `default_cases` unless `PROPTEST_CASES` asks for another count.
fn config(default_cases: u32) -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = default_cases;
    }
    config
}

// ---------------------------------------------------------------------------------------------
// Strategies: requests shaped like real agent traffic.

/// Text of the sizes attributes really have: short keys and names, medium prompts, the odd
/// large tool result; sometimes multi-byte characters (their encoded size differs from their
/// length in characters).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-z_.]{0,16}",
        2 => "[ -~]{0,200}",
        1 => "\\PC{0,40}",
        1 => (0usize..6000, any::<char>()).prop_map(|(n, c)| c.to_string().repeat(n)),
    ]
}

fn any_value() -> impl Strategy<Value = AnyValue> {
    let leaf = prop_oneof![
        5 => text().prop_map(Value::StringValue),
        1 => any::<i64>().prop_map(Value::IntValue),
        1 => any::<f64>().prop_map(Value::DoubleValue),
        1 => any::<bool>().prop_map(Value::BoolValue),
        1 => vec(any::<u8>(), 0..300).prop_map(Value::BytesValue),
    ]
    .prop_map(|value| AnyValue { value: Some(value) });
    leaf.prop_recursive(2, 12, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(|values| Value::ArrayValue(ArrayValue { values })),
            vec(("[a-z.]{1,12}", inner), 0..4).prop_map(|pairs| {
                Value::KvlistValue(KeyValueList {
                    values: pairs.into_iter().map(|(k, v)| key_value(k, v)).collect(),
                })
            }),
        ]
        .prop_map(|value| AnyValue { value: Some(value) })
    })
}

fn key_value(key: String, value: AnyValue) -> KeyValue {
    KeyValue {
        key,
        value: Some(value),
        ..Default::default()
    }
}

fn attributes(max: usize) -> impl Strategy<Value = Vec<KeyValue>> {
    vec(
        ("[a-z_.]{1,24}", any_value()).prop_map(|(k, v)| key_value(k, v)),
        0..max,
    )
}

fn event() -> impl Strategy<Value = Event> {
    ("[a-z._]{0,20}", any::<u64>(), attributes(3)).prop_map(|(name, time_unix_nano, attributes)| {
        Event {
            name,
            time_unix_nano,
            attributes,
            dropped_attributes_count: 0,
        }
    })
}

fn link() -> impl Strategy<Value = Link> {
    (
        vec(any::<u8>(), 16),
        vec(any::<u8>(), 8),
        text(),
        attributes(2),
    )
        .prop_map(|(trace_id, span_id, trace_state, attributes)| Link {
            trace_id,
            span_id,
            trace_state,
            attributes,
            ..Default::default()
        })
}

fn span() -> impl Strategy<Value = Span> {
    (
        (
            vec(any::<u8>(), 16),
            vec(any::<u8>(), 8),
            prop_oneof![Just(Vec::new()), vec(any::<u8>(), 8)],
            text(),
            0i32..6,
            any::<(u64, u64)>(),
        ),
        attributes(6),
        vec(event(), 0..3),
        vec(link(), 0..2),
        proptest::option::of((0i32..3, text())),
    )
        .prop_map(
            |(
                (trace_id, span_id, parent, name, kind, (start, end)),
                attributes,
                events,
                links,
                status,
            )| {
                Span {
                    trace_id,
                    span_id,
                    parent_span_id: parent,
                    name,
                    kind,
                    start_time_unix_nano: start,
                    end_time_unix_nano: end,
                    attributes,
                    events,
                    links,
                    status: status.map(|(code, message)| Status { code, message }),
                    ..Default::default()
                }
            },
        )
}

fn scope_spans() -> impl Strategy<Value = ScopeSpans> {
    (
        proptest::option::of(("[a-z.]{0,20}", "[0-9.]{0,8}", attributes(2))),
        "(https://opentelemetry.io/schemas/1.[0-9]{1,2}.0)?",
        // Empty scopes too: the SDKs send them, and they must not break anything.
        prop_oneof![1 => vec(span(), 0..1), 6 => vec(span(), 1..12)],
    )
        .prop_map(|(scope, schema_url, spans)| ScopeSpans {
            scope: scope.map(|(name, version, attributes)| InstrumentationScope {
                name,
                version,
                attributes,
                dropped_attributes_count: 0,
            }),
            spans,
            schema_url,
        })
}

fn resource_spans() -> impl Strategy<Value = ResourceSpans> {
    (
        proptest::option::of(attributes(5)),
        prop_oneof![1 => vec(scope_spans(), 0..1), 6 => vec(scope_spans(), 1..4)],
        "(https://opentelemetry.io/schemas/1.[0-9]{1,2}.0)?",
    )
        .prop_map(|(resource, scope_spans, schema_url)| ResourceSpans {
            resource: resource.map(|attributes| Resource {
                attributes,
                ..Default::default()
            }),
            scope_spans,
            schema_url,
        })
}

fn request() -> impl Strategy<Value = ExportTraceServiceRequest> {
    prop_oneof![1 => vec(resource_spans(), 0..1), 12 => vec(resource_spans(), 1..5)]
        .prop_map(|resource_spans| ExportTraceServiceRequest { resource_spans })
}

/// A request and a limit between "a few bytes" and "more than the whole request": mostly a
/// fraction of its size, so that it splits into a handful to dozens of parts.
fn request_and_limit() -> impl Strategy<Value = (ExportTraceServiceRequest, usize)> {
    (request(), prop_oneof![3 => 0.02f64..1.2, 1 => 0.0f64..0.02]).prop_map(|(r, fraction)| {
        let limit = (r.encoded_len() as f64 * fraction) as usize;
        (r, limit)
    })
}

// ---------------------------------------------------------------------------------------------
// What the properties compare.

/// One span with everything that places it: its resource and scope, with their schema URLs.
#[derive(Debug, Clone, PartialEq)]
struct PlacedSpan {
    resource: Option<Resource>,
    resource_schema_url: String,
    scope: Option<InstrumentationScope>,
    scope_schema_url: String,
    span: Span,
}

impl PlacedSpan {
    /// The request holding this span alone, with its resource and scope: the smallest
    /// message it can travel in.
    fn alone(&self) -> ExportTraceServiceRequest {
        ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: self.resource.clone(),
                schema_url: self.resource_schema_url.clone(),
                scope_spans: vec![ScopeSpans {
                    scope: self.scope.clone(),
                    schema_url: self.scope_schema_url.clone(),
                    spans: vec![self.span.clone()],
                }],
            }],
        }
    }
}

/// Every span of `requests`, in order, with its resource and scope.
fn placed_spans(requests: &[ExportTraceServiceRequest]) -> Vec<PlacedSpan> {
    let mut out = Vec::new();
    for request in requests {
        for rs in &request.resource_spans {
            for ss in &rs.scope_spans {
                for span in &ss.spans {
                    out.push(PlacedSpan {
                        resource: rs.resource.clone(),
                        resource_schema_url: rs.schema_url.clone(),
                        scope: ss.scope.clone(),
                        scope_schema_url: ss.schema_url.clone(),
                        span: span.clone(),
                    });
                }
            }
        }
    }
    out
}

/// What `remove_oversize_spans` adds to a span's own size when it judges whether the span fits
/// alone: a tag and a length prefix of at most 1 + 10 bytes for each of the three nesting
/// levels. Its judgement is conservative by at most this much.
const NESTING_ALLOWANCE: usize = 3 * 11;

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config(128))]

    /// The parts hold exactly the request's spans, in order, each under its own resource and
    /// scope (schema URLs included).
    #[test]
    fn split_keeps_every_span_in_order_with_its_resource_and_scope(
        (request, limit) in request_and_limit()
    ) {
        let before = placed_spans(std::slice::from_ref(&request));
        let parts = split(request, limit);
        prop_assert_eq!(placed_spans(&parts), before);
    }

    /// Every part fits in `limit` bytes, except a part holding one span that is too large
    /// alone; no part is empty; a request that already fits is returned whole, untouched; and
    /// each part is already split (splitting it again returns it unchanged).
    #[test]
    fn split_parts_fit_the_limit_unless_one_span_alone_does_not(
        (request, limit) in request_and_limit()
    ) {
        let fits_whole = request.encoded_len() <= limit;
        let spans = count_spans(&request);
        let parts = split(request.clone(), limit);
        if fits_whole {
            prop_assert_eq!(&parts, &vec![request]);
            return Ok(());
        }
        prop_assert!(!parts.is_empty());
        for part in &parts {
            let size = part.encoded_len();
            let held = count_spans(part);
            prop_assert!(
                size <= limit || held == 1,
                "a part of {} bytes holds {} spans, limit {}", size, held, limit
            );
            if spans > 0 {
                prop_assert!(held > 0, "an empty part from a request of {} spans", spans);
            }
            prop_assert_eq!(&split(part.clone(), limit), &vec![part.clone()]);
        }
    }

    /// After `remove_oversize_spans`, every part of `split` fits: what the span log relies on
    /// (the receiver removes, the bus splits).
    #[test]
    fn after_removing_oversize_spans_every_part_fits(
        (mut request, limit) in request_and_limit()
    ) {
        remove_oversize_spans(&mut request, limit);
        let kept = placed_spans(std::slice::from_ref(&request));
        let parts = split(request, limit);
        for part in &parts {
            prop_assert!(part.encoded_len() <= limit, "{} > {}", part.encoded_len(), limit);
        }
        prop_assert_eq!(placed_spans(&parts), kept);
    }
}

/// A request and a limit close to the size of one of its spans alone (within twice the
/// nesting allowance), so that the spans near the edge are the ones decided.
fn request_and_limit_near_a_span() -> impl Strategy<Value = (ExportTraceServiceRequest, usize)> {
    (request(), any::<prop::sample::Index>(), -70i64..70).prop_map(|(request, at, delta)| {
        let spans = placed_spans(std::slice::from_ref(&request));
        let limit = if spans.is_empty() {
            request.encoded_len() / 2
        } else {
            let alone = at.get(&spans).alone().encoded_len() as i64;
            (alone + delta).max(0) as usize
        };
        (request, limit)
    })
}

proptest! {
    #![proptest_config(config(256))]

    /// `remove_oversize_spans` removes every span that cannot fit in a message of `limit` bytes
    /// even alone (with its resource and scope), keeps every span that fits with the nesting
    /// allowance to spare, keeps the rest in order and in place, and returns how many it
    /// removed. A request that fits whole is left untouched; a second pass removes nothing.
    #[test]
    fn remove_oversize_spans_removes_the_spans_too_large_alone_and_counts_them(
        (request, limit) in request_and_limit_near_a_span()
    ) {
        let before = placed_spans(std::slice::from_ref(&request));
        let mut after = request.clone();
        let removed = remove_oversize_spans(&mut after, limit);
        if request.encoded_len() <= limit {
            prop_assert_eq!(removed, 0);
            prop_assert_eq!(&after, &request);
            return Ok(());
        }
        let kept = placed_spans(std::slice::from_ref(&after));
        prop_assert_eq!(removed, before.len() - kept.len());
        // Walk both lists: the kept spans are the input's, in order, and each verdict is right.
        let mut rest = kept.iter().peekable();
        for span in &before {
            let alone = span.alone().encoded_len();
            if rest.peek() == Some(&span) {
                rest.next();
                prop_assert!(alone <= limit, "kept a span of {} bytes alone, limit {}", alone, limit);
            } else {
                prop_assert!(
                    alone + NESTING_ALLOWANCE > limit,
                    "removed a span of {} bytes alone, limit {}", alone, limit
                );
            }
        }
        prop_assert!(rest.next().is_none(), "kept a span that was not in the request");
        // Only spans are removed: no resource or scope is left without spans.
        for rs in &after.resource_spans {
            prop_assert!(!rs.scope_spans.is_empty());
            prop_assert!(rs.scope_spans.iter().all(|ss| !ss.spans.is_empty()));
        }
        prop_assert_eq!(remove_oversize_spans(&mut after.clone(), limit), 0);
    }
}
