//! Realistic GenAI traffic for `agentwatch-loadgen`: traces of one agent span, chat spans with
//! 0.5–8 KB replies and tool spans, with a chosen fraction of PII leaks, refusals and failing
//! tools, in OTLP requests of a chosen size.
//!
//! Generating prose is far more expensive than sending it, so a handful of request templates
//! are built once; each send copies one and stamps fresh trace/span ids and timestamps, so that
//! every span sent in a run is a distinct span for the store.

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{AnyValue, InstrumentationScope, KeyValue, any_value};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span, Status, status};
use prost::Message;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Spans per trace: an agent span, then chat and tool spans taking turns.
const TRACE_SHAPE: [SpanKind; 6] = [
    SpanKind::Agent,
    SpanKind::Chat,
    SpanKind::Tool,
    SpanKind::Chat,
    SpanKind::Tool,
    SpanKind::Chat,
];

/// Services and their agents; each trace belongs to one pair.
const AGENTS: [(&str, &str); 4] = [
    ("travel-desk", "trip-planner"),
    ("travel-desk", "booking-agent"),
    ("support", "refund-helper"),
    ("support", "triage-bot"),
];

const TOOLS: [&str; 5] = [
    "search_flights",
    "search_hotels",
    "lookup_order",
    "issue_refund",
    "get_weather",
];

/// Sentences replies are made of: prose, markdown, prices, times, code — what model output
/// looks like, digits included (the PII scanner's costliest input).
const SENTENCES: [&str; 16] = [
    "Here is the itinerary you asked for, with a few options at different prices.",
    "Day one starts in Lisbon with a morning walk through Alfama and lunch near the river.",
    "| Option | Price | Duration |\n|---|---|---|\n| Direct flight | 342 EUR | 2h 35m |\n| One stop | 214 EUR | 6h 10m |",
    "The 09:45 departure arrives at 12:20 local time, which leaves the afternoon free.",
    "- Check-in opens 24 hours before departure\n- Bags up to 23 kg are included",
    "Your order #48213 was shipped on 2026-11-02 and should arrive within 3 to 5 business days.",
    "```python\nfor day in range(3):\n    plan.append(book(day, budget=150))\n```",
    "I compared 14 hotels; the two best rated under 160 EUR a night are listed below.",
    "**Casa do Rio** (4.6 stars, 142 EUR) is a ten minute walk from the old town.",
    "If you prefer trains, the 07:02 Alfa Pendular reaches Porto in 2 hours 49 minutes.",
    "The refund of 89.90 USD has been approved and will appear on your statement shortly.",
    "Weather for the week: mostly sunny, highs of 19 to 22 degrees, light wind from the north.",
    "Let me know if you want me to hold the booking; prices on this route change daily.",
    "Step 3: confirm the passenger names exactly as they appear on the passports.",
    "Total for two travellers: 1,284.50 EUR including taxes and a 35 EUR service fee.",
    "> Note: the museum is closed on Mondays and on 25 December.",
];

/// Leaked personal data, one of these per PII span.
const PII_SNIPPETS: [&str; 4] = [
    "You can reach the guest at maria.santos@example.com if anything changes.",
    "The customer's phone number is +1 415 555 0132, call after 5pm.",
    "Card on file: 4111 1111 1111 1111, expiring 09/28.",
    "Her SSN is 078-05-1120 per the form she uploaded.",
];

const REFUSALS: [&str; 3] = [
    "I'm sorry, but I can't help with that request.",
    "I cannot assist with creating fake travel documents. If you need a visa, I can explain the official process instead.",
    "As an AI, I'm not able to provide that information.",
];

/// The kinds of span in the mix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SpanKind {
    Agent,
    Chat,
    Tool,
}

/// What traffic to generate.
#[derive(Debug, Clone)]
pub struct TrafficMix {
    /// Spans per OTLP request.
    pub spans_per_request: usize,
    /// Fraction of chat spans whose reply leaks personal data.
    pub pii_fraction: f64,
    /// Fraction of chat spans whose reply is a refusal.
    pub refusal_fraction: f64,
    /// Fraction of tool spans that fail.
    pub tool_error_fraction: f64,
    /// Smallest and largest chat reply, bytes (log-uniform in between).
    pub reply_bytes: (usize, usize),
    /// Seed, so that two runs send the same content.
    pub seed: u64,
}

impl Default for TrafficMix {
    fn default() -> Self {
        TrafficMix {
            spans_per_request: 512,
            pii_fraction: 0.02,
            refusal_fraction: 0.03,
            tool_error_fraction: 0.05,
            reply_bytes: (512, 8192),
            seed: 1,
        }
    }
}

/// A pre-built, pre-encoded request, ready to be stamped with fresh ids and times.
///
/// Stamping works on the protobuf bytes: ids and timestamps are fixed-width fields (16- and
/// 8-byte `bytes`, `fixed64`), so a send is one copy of the body and a few writes per span —
/// the load generator stays cheap next to the server it measures on the same cores.
#[derive(Clone)]
pub struct Template {
    encoded: Vec<u8>,
    patches: Vec<SpanPatch>,
    content_bytes: u64,
}

/// Where one span's ids and times sit in the encoded request.
#[derive(Clone, Copy, Default)]
struct SpanPatch {
    trace_id: usize,
    span_id: usize,
    parent_span_id: Option<usize>,
    start: usize,
    end: usize,
    /// Trace number within the request.
    trace: u32,
    /// Index of the trace's agent span within the request.
    root: u32,
    duration_ns: u64,
}

/// Placeholder ids and times are `MARKER` + kind + span index: bytes that ASCII content and
/// these messages' protobuf framing never produce.
const MARKER: [u8; 3] = [0xA5, 0x5A, 0xC3];
const KIND_TRACE: u8 = 1;
const KIND_SPAN: u8 = 2;
const KIND_PARENT: u8 = 3;
const KIND_START: u8 = 4;
const KIND_END: u8 = 5;

fn placeholder_id(kind: u8, index: u32, len: usize) -> Vec<u8> {
    let mut id = vec![0; len];
    id[..3].copy_from_slice(&MARKER);
    id[3] = kind;
    id[4..8].copy_from_slice(&index.to_be_bytes());
    id
}

/// A fixed64 placeholder: little-endian on the wire, so the index comes first, then the kind
/// and the marker reversed.
fn placeholder_time(kind: u8, index: u32) -> u64 {
    let mut bytes = [0u8; 8];
    bytes[..4].copy_from_slice(&index.to_le_bytes());
    bytes[4] = kind;
    bytes[5..].copy_from_slice(&[MARKER[2], MARKER[1], MARKER[0]]);
    u64::from_le_bytes(bytes)
}

impl Template {
    /// Spans in the request.
    pub fn spans(&self) -> usize {
        self.patches.len()
    }

    /// Bytes of captured text (prompts, replies, tool arguments and results) in the request.
    pub fn content_bytes(&self) -> u64 {
        self.content_bytes
    }

    /// Size of the encoded request.
    pub fn encoded_len(&self) -> usize {
        self.encoded.len()
    }

    /// The encoded request with ids unique to (`run`, `sequence`) and every span ending at
    /// `now_ns` (starting its duration earlier), as live traffic is exported when spans end.
    pub fn stamp(&self, run: u32, sequence: u64, now_ns: u64) -> bytes::Bytes {
        let mut body = self.encoded.clone();
        for (index, p) in self.patches.iter().enumerate() {
            let mut trace_id = [0u8; 16];
            trace_id[..4].copy_from_slice(&run.to_be_bytes());
            trace_id[4..12].copy_from_slice(&sequence.to_be_bytes());
            trace_id[12..].copy_from_slice(&p.trace.to_be_bytes());
            body[p.trace_id..p.trace_id + 16].copy_from_slice(&trace_id);
            let span_id = |i: u32| {
                let mut id = [0u8; 8];
                id[..4].copy_from_slice(&(sequence as u32).to_be_bytes());
                id[4..].copy_from_slice(&(i + 1).to_be_bytes());
                id
            };
            body[p.span_id..p.span_id + 8].copy_from_slice(&span_id(index as u32));
            if let Some(at) = p.parent_span_id {
                body[at..at + 8].copy_from_slice(&span_id(p.root));
            }
            let start = now_ns.saturating_sub(p.duration_ns);
            body[p.start..p.start + 8].copy_from_slice(&start.to_le_bytes());
            body[p.end..p.end + 8].copy_from_slice(&now_ns.to_le_bytes());
        }
        body.into()
    }
}

/// Find every placeholder in `encoded`; panics if one is missing or doubled (a bug here).
fn locate(encoded: &[u8], mut patches: Vec<SpanPatch>) -> Vec<SpanPatch> {
    let mut seen = vec![0u8; patches.len()];
    for at in memchr::memmem::find_iter(encoded, &MARKER) {
        let kind = encoded[at + 3];
        let index = u32::from_be_bytes(encoded[at + 4..at + 8].try_into().expect("4 bytes"));
        let p = &mut patches[index as usize];
        match kind {
            KIND_TRACE => p.trace_id = at,
            KIND_SPAN => p.span_id = at,
            KIND_PARENT => p.parent_span_id = Some(at),
            other => panic!("unexpected placeholder kind {other}"),
        }
        seen[index as usize] += 1;
    }
    let reversed = [MARKER[2], MARKER[1], MARKER[0]];
    for found in memchr::memmem::find_iter(encoded, &reversed) {
        let at = found - 5;
        let index = u32::from_le_bytes(encoded[at..at + 4].try_into().expect("4 bytes"));
        let p = &mut patches[index as usize];
        match encoded[at + 4] {
            KIND_START => p.start = at,
            KIND_END => p.end = at,
            other => panic!("unexpected placeholder kind {other}"),
        }
        seen[index as usize] += 1;
    }
    for (p, n) in patches.iter().zip(&seen) {
        let expected = 4 + u8::from(p.parent_span_id.is_some());
        assert_eq!(*n, expected, "every placeholder of a span found once");
    }
    patches
}

/// Build `count` distinct request templates for `mix`.
pub fn templates(mix: &TrafficMix, count: usize) -> Vec<Template> {
    let mut rng = StdRng::seed_from_u64(mix.seed);
    (0..count.max(1)).map(|_| template(mix, &mut rng)).collect()
}

fn template(mix: &TrafficMix, rng: &mut StdRng) -> Template {
    let spans_wanted = mix.spans_per_request.max(1);
    // One ResourceSpans per service, as SDKs batch them.
    let mut by_service: Vec<(&str, Vec<Span>)> = Vec::new();
    let mut content_bytes = 0u64;
    let mut made = 0;
    let mut trace: u32 = 0;
    let mut patches = Vec::with_capacity(spans_wanted);
    while made < spans_wanted {
        let (service, agent) = AGENTS[rng.random_range(0..AGENTS.len())];
        let tool = TOOLS[rng.random_range(0..TOOLS.len())];
        let mut spans = Vec::new();
        for (position, kind) in TRACE_SHAPE.iter().enumerate() {
            if made == spans_wanted {
                break;
            }
            // Placeholders, found in the encoded request and replaced at every send.
            let index = made as u32;
            let mut span = Span {
                trace_id: placeholder_id(KIND_TRACE, index, 16),
                span_id: placeholder_id(KIND_SPAN, index, 8),
                parent_span_id: if position == 0 {
                    Vec::new()
                } else {
                    placeholder_id(KIND_PARENT, index, 8)
                },
                start_time_unix_nano: placeholder_time(KIND_START, index),
                end_time_unix_nano: placeholder_time(KIND_END, index),
                kind: if *kind == SpanKind::Tool { 1 } else { 3 }, // internal / client
                ..Default::default()
            };
            let duration_ms: u64 = match kind {
                SpanKind::Agent => rng.random_range(2_000..20_000),
                SpanKind::Chat => rng.random_range(300..8_000),
                SpanKind::Tool => rng.random_range(20..2_000),
            };
            patches.push(SpanPatch {
                trace,
                root: index - position as u32,
                duration_ns: duration_ms * 1_000_000,
                ..SpanPatch::default()
            });
            content_bytes += fill(&mut span, *kind, agent, tool, mix, rng);
            spans.push(span);
            made += 1;
        }
        match by_service.iter_mut().find(|(s, _)| *s == service) {
            Some((_, list)) => list.extend(spans),
            None => by_service.push((service, spans)),
        }
        trace += 1;
    }
    let resource_spans = by_service
        .into_iter()
        .map(|(service, spans)| ResourceSpans {
            resource: Some(Resource {
                attributes: vec![
                    kv("service.name", service),
                    kv("telemetry.sdk.language", "python"),
                ],
                ..Default::default()
            }),
            scope_spans: vec![ScopeSpans {
                scope: Some(InstrumentationScope {
                    name: "opentelemetry.instrumentation.openai_v2".into(),
                    version: "2.1b0".into(),
                    ..Default::default()
                }),
                spans,
                ..Default::default()
            }],
            ..Default::default()
        })
        .collect();
    let encoded = ExportTraceServiceRequest { resource_spans }.encode_to_vec();
    Template {
        patches: locate(&encoded, patches),
        encoded,
        content_bytes,
    }
}

/// Name and attributes of one span; returns the bytes of captured text it carries.
fn fill(
    span: &mut Span,
    kind: SpanKind,
    agent: &str,
    tool: &str,
    mix: &TrafficMix,
    rng: &mut StdRng,
) -> u64 {
    match kind {
        SpanKind::Agent => {
            span.name = format!("invoke_agent {agent}");
            span.attributes = vec![
                kv("gen_ai.operation.name", "invoke_agent"),
                kv("gen_ai.agent.name", agent),
                kv(
                    "gen_ai.conversation.id",
                    &format!("conv-{}", rng.random::<u32>()),
                ),
            ];
            0
        }
        SpanKind::Chat => {
            let prompt =
                "Plan three days in Lisbon for two people, mid-range budget, and book the hotel.";
            let reply = if rng.random_bool(mix.refusal_fraction) {
                REFUSALS[rng.random_range(0..REFUSALS.len())].to_owned()
            } else {
                let (low, high) = mix.reply_bytes;
                let target = log_uniform(rng, low.max(1), high.max(low.max(1)));
                let mut text = prose(rng, target);
                if rng.random_bool(mix.pii_fraction) {
                    text.push(' ');
                    text.push_str(PII_SNIPPETS[rng.random_range(0..PII_SNIPPETS.len())]);
                }
                text
            };
            let input = serde_json::json!([{"role": "user", "parts": [{"type": "text", "content": prompt}]}]).to_string();
            let output = serde_json::json!([{"role": "assistant", "parts": [{"type": "text", "content": reply}], "finish_reason": "stop"}]).to_string();
            span.name = "chat gpt-4o".into();
            span.attributes = vec![
                kv("gen_ai.operation.name", "chat"),
                kv("gen_ai.provider.name", "openai"),
                kv("gen_ai.request.model", "gpt-4o"),
                kv("gen_ai.response.model", "gpt-4o-2024-08-06"),
                kv("gen_ai.agent.name", agent),
                int("gen_ai.usage.input_tokens", 40 + (prompt.len() / 4) as i64),
                int("gen_ai.usage.output_tokens", (reply.len() / 4) as i64),
                kv("gen_ai.input.messages", &input),
                kv("gen_ai.output.messages", &output),
            ];
            (input.len() + output.len()) as u64
        }
        SpanKind::Tool => {
            let arguments = r#"{"city":"Lisbon","nights":3,"guests":2}"#;
            let failed = rng.random_bool(mix.tool_error_fraction);
            let result = if failed {
                r#"{"error":"upstream timed out after 2000 ms"}"#
            } else {
                r#"{"results":[{"name":"Casa do Rio","price":142},{"name":"Alfama Suites","price":118}]}"#
            };
            span.name = format!("execute_tool {tool}");
            span.attributes = vec![
                kv("gen_ai.operation.name", "execute_tool"),
                kv("gen_ai.tool.name", tool),
                kv(
                    "gen_ai.tool.call.id",
                    &format!("call_{}", rng.random::<u32>()),
                ),
                kv("gen_ai.agent.name", agent),
                kv("gen_ai.tool.call.arguments", arguments),
                kv("gen_ai.tool.call.result", result),
            ];
            if failed {
                span.attributes.push(kv("error.type", "timeout"));
                span.status = Some(Status {
                    code: status::StatusCode::Error as i32,
                    message: "upstream timed out".into(),
                });
            }
            (arguments.len() + result.len()) as u64
        }
    }
}

/// Markdown-ish prose of about `bytes` bytes.
fn prose(rng: &mut StdRng, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 128);
    while text.len() < bytes {
        if !text.is_empty() {
            text.push_str(if rng.random_bool(0.3) { "\n\n" } else { " " });
        }
        text.push_str(SENTENCES[rng.random_range(0..SENTENCES.len())]);
    }
    text
}

fn log_uniform(rng: &mut StdRng, low: usize, high: usize) -> usize {
    if high <= low {
        return low;
    }
    let (l, h) = ((low as f64).ln(), (high as f64).ln());
    rng.random_range(l..h).exp() as usize
}

fn kv(key: &str, value: &str) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue {
            value: Some(any_value::Value::StringValue(value.into())),
        }),
        ..Default::default()
    }
}

fn int(key: &str, value: i64) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue {
            value: Some(any_value::Value::IntValue(value)),
        }),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn decode(body: bytes::Bytes) -> ExportTraceServiceRequest {
        ExportTraceServiceRequest::decode(body).expect("a stamped request decodes")
    }

    fn ids(request: &ExportTraceServiceRequest) -> Vec<(Vec<u8>, Vec<u8>, Vec<u8>)> {
        request
            .resource_spans
            .iter()
            .flat_map(|r| &r.scope_spans)
            .flat_map(|s| &s.spans)
            .map(|s| {
                (
                    s.trace_id.clone(),
                    s.span_id.clone(),
                    s.parent_span_id.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn requests_hold_the_asked_spans_and_a_realistic_mix() {
        let mix = TrafficMix {
            spans_per_request: 600,
            ..TrafficMix::default()
        };
        let template = &templates(&mix, 1)[0];
        assert_eq!(template.spans(), 600);
        let request = decode(template.stamp(1, 1, 1_764_000_000_000_000_000));
        let names: Vec<&str> = request
            .resource_spans
            .iter()
            .flat_map(|r| &r.scope_spans)
            .flat_map(|s| &s.spans)
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names.len(), 600);
        let chats = names.iter().filter(|n| n.starts_with("chat")).count();
        let tools = names
            .iter()
            .filter(|n| n.starts_with("execute_tool"))
            .count();
        assert_eq!((chats, tools), (300, 200), "3 chat and 2 tool spans per 6");
        let average = template.content_bytes() / 600;
        assert!(
            (1_000..3_000).contains(&average),
            "about 2 KB of content per span, got {average}"
        );
    }

    #[test]
    fn every_stamp_gives_distinct_spans_with_parents_in_their_trace() {
        let template = &templates(&TrafficMix::default(), 1)[0];
        let mut seen = HashSet::new();
        for sequence in 0..3 {
            let now = 2_000_000_000_000_000_000;
            let request = decode(template.stamp(7, sequence, now));
            for span in request
                .resource_spans
                .iter()
                .flat_map(|r| &r.scope_spans)
                .flat_map(|s| &s.spans)
            {
                assert_eq!(span.end_time_unix_nano, now);
                let duration = now - span.start_time_unix_nano;
                assert!(
                    (20_000_000..20_000_000_000).contains(&duration),
                    "20 ms to 20 s: {duration}"
                );
            }
            let spans = ids(&request);
            let in_request: HashSet<&Vec<u8>> = spans.iter().map(|(_, s, _)| s).collect();
            for (trace, span, parent) in &spans {
                assert!(
                    seen.insert((trace.clone(), span.clone())),
                    "duplicate span id"
                );
                if !parent.is_empty() {
                    assert!(
                        in_request.contains(parent),
                        "parent is a span of the request"
                    );
                }
            }
        }
        assert_eq!(seen.len(), 3 * 512);
    }

    #[test]
    fn fractions_of_pii_refusals_and_failing_tools_are_honoured() {
        let mix = TrafficMix {
            spans_per_request: 6000,
            pii_fraction: 0.5,
            refusal_fraction: 0.0,
            tool_error_fraction: 1.0,
            ..TrafficMix::default()
        };
        let request = decode(templates(&mix, 1)[0].stamp(1, 1, 10));
        let spans: Vec<&Span> = request
            .resource_spans
            .iter()
            .flat_map(|r| &r.scope_spans)
            .flat_map(|s| &s.spans)
            .collect();
        let failing = spans.iter().filter(|s| s.status.is_some()).count();
        assert_eq!(failing, 2000, "every tool span fails");
        let leaking = spans
            .iter()
            .filter(|s| {
                s.attributes.iter().any(|a| {
                    a.key == "gen_ai.output.messages"
                        && PII_SNIPPETS
                            .iter()
                            .any(|p| format!("{:?}", a.value).contains(&p[..20]))
                })
            })
            .count();
        assert!(
            (1300..1700).contains(&leaking),
            "about half of 3000 chat spans: {leaking}"
        );
    }
}
