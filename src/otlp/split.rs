//! Fitting OTLP requests into log messages of bounded size: a request too large for one
//! message is split into several smaller requests (each a valid `ExportTraceServiceRequest`
//! with its spans' resource and scope), instead of failing it.

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};
use prost::Message;

/// Where a span sits in its request: resource index, scope index.
type Place = (usize, usize);

/// Split `request` into requests whose encoding is at most `limit` bytes each, keeping span
/// order. A single span larger than `limit` still gets a request of its own (callers remove
/// such spans first, see [`remove_oversize_spans`]).
pub fn split(request: ExportTraceServiceRequest, limit: usize) -> Vec<ExportTraceServiceRequest> {
    if request.encoded_len() <= limit {
        return vec![request];
    }
    let (shells, spans) = flatten(request);
    let mut out = Vec::new();
    split_into(&shells, &spans, limit, &mut out);
    out
}

/// Group the spans of `request` by trace id, keeping their order within each trace and the
/// order in which traces first appear: one request per trace, each span under a copy of its
/// resource and scope (what the Collector's kafka exporter does with `partition_traces_by_id`).
pub fn by_trace(request: ExportTraceServiceRequest) -> Vec<(Vec<u8>, ExportTraceServiceRequest)> {
    let (shells, spans) = flatten(request);
    let mut order: Vec<Vec<u8>> = Vec::new();
    let mut groups: std::collections::HashMap<Vec<u8>, Vec<(Place, Span)>> =
        std::collections::HashMap::new();
    for (place, span) in spans {
        let group = groups.entry(span.trace_id.clone()).or_insert_with(|| {
            order.push(span.trace_id.clone());
            Vec::new()
        });
        group.push((place, span));
    }
    order
        .into_iter()
        .map(|trace| {
            let spans = groups.remove(&trace).unwrap_or_default();
            let request = assemble(&shells, &spans);
            (trace, request)
        })
        .collect()
}

/// Remove spans that could not fit in a message of `limit` bytes even alone (with their
/// resource and scope); returns how many were removed.
pub fn remove_oversize_spans(request: &mut ExportTraceServiceRequest, limit: usize) -> usize {
    if request.encoded_len() <= limit {
        return 0;
    }
    let mut removed = 0;
    for rs in &mut request.resource_spans {
        let resource_len = ResourceSpans {
            resource: rs.resource.clone(),
            schema_url: rs.schema_url.clone(),
            scope_spans: Vec::new(),
        }
        .encoded_len();
        for ss in &mut rs.scope_spans {
            let scope_len = ScopeSpans {
                scope: ss.scope.clone(),
                schema_url: ss.schema_url.clone(),
                spans: Vec::new(),
            }
            .encoded_len();
            let before = ss.spans.len();
            ss.spans.retain(|span| {
                // Each nesting level adds a tag and a length prefix (at most 1 + 10 bytes).
                resource_len + scope_len + span.encoded_len() + 3 * 11 <= limit
            });
            removed += before - ss.spans.len();
        }
        rs.scope_spans.retain(|ss| !ss.spans.is_empty());
    }
    request
        .resource_spans
        .retain(|rs| !rs.scope_spans.is_empty());
    removed
}

/// The resource and scope envelopes (without spans), and every span with its place.
fn flatten(request: ExportTraceServiceRequest) -> (Vec<ResourceSpans>, Vec<(Place, Span)>) {
    let mut shells = Vec::new();
    let mut spans = Vec::new();
    for (r, mut rs) in request.resource_spans.into_iter().enumerate() {
        let scopes = std::mem::take(&mut rs.scope_spans);
        for (s, mut ss) in scopes.into_iter().enumerate() {
            for span in std::mem::take(&mut ss.spans) {
                spans.push(((r, s), span));
            }
            rs.scope_spans.push(ss);
        }
        shells.push(rs);
    }
    (shells, spans)
}

/// A request holding `spans`, each under a copy of its resource and scope.
fn assemble(shells: &[ResourceSpans], spans: &[(Place, Span)]) -> ExportTraceServiceRequest {
    let mut request = ExportTraceServiceRequest::default();
    let mut current: Option<Place> = None;
    for ((r, s), span) in spans {
        if current.map(|(cr, _)| cr) != Some(*r) {
            let shell = &shells[*r];
            request.resource_spans.push(ResourceSpans {
                resource: shell.resource.clone(),
                schema_url: shell.schema_url.clone(),
                scope_spans: Vec::new(),
            });
        }
        let rs = request.resource_spans.last_mut().expect("pushed above");
        if current != Some((*r, *s)) {
            let shell = &shells[*r].scope_spans[*s];
            rs.scope_spans.push(ScopeSpans {
                scope: shell.scope.clone(),
                schema_url: shell.schema_url.clone(),
                spans: Vec::new(),
            });
        }
        rs.scope_spans
            .last_mut()
            .expect("pushed above")
            .spans
            .push(span.clone());
        current = Some((*r, *s));
    }
    request
}

/// Halve until each part fits: O(n log n) encodings, and parts end up between a quarter and
/// all of the limit.
fn split_into(
    shells: &[ResourceSpans],
    spans: &[(Place, Span)],
    limit: usize,
    out: &mut Vec<ExportTraceServiceRequest>,
) {
    let request = assemble(shells, spans);
    if spans.len() <= 1 || request.encoded_len() <= limit {
        out.push(request);
        return;
    }
    let (left, right) = spans.split_at(spans.len() / 2);
    split_into(shells, left, limit, out);
    split_into(shells, right, limit, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otlp::count_spans;
    use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value::Value};
    use opentelemetry_proto::tonic::resource::v1::Resource;

    fn request(
        resources: usize,
        spans_each: usize,
        span_bytes: usize,
    ) -> ExportTraceServiceRequest {
        let attr = |k: &str, v: String| KeyValue {
            key: k.into(),
            value: Some(AnyValue {
                value: Some(Value::StringValue(v)),
            }),
            ..Default::default()
        };
        ExportTraceServiceRequest {
            resource_spans: (0..resources)
                .map(|r| ResourceSpans {
                    resource: Some(Resource {
                        attributes: vec![attr("service.name", format!("svc-{r}"))],
                        ..Default::default()
                    }),
                    scope_spans: vec![ScopeSpans {
                        spans: (0..spans_each)
                            .map(|i| Span {
                                name: format!("span-{r}-{i}"),
                                attributes: vec![attr("text", "x".repeat(span_bytes))],
                                ..Default::default()
                            })
                            .collect(),
                        ..Default::default()
                    }],
                    ..Default::default()
                })
                .collect(),
        }
    }

    fn names(requests: &[ExportTraceServiceRequest]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for req in requests {
            for rs in &req.resource_spans {
                let service = format!("{:?}", rs.resource.as_ref().unwrap().attributes[0].value);
                for ss in &rs.scope_spans {
                    for span in &ss.spans {
                        out.push((service.clone(), span.name.clone()));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn by_trace_groups_spans_keeping_their_order_resource_and_scope() {
        let mut req = request(2, 3, 10);
        // Resource 0: traces A, B, A; resource 1: B, B, C.
        let ids = [
            [b'a'; 16], [b'b'; 16], [b'a'; 16], [b'b'; 16], [b'b'; 16], [b'c'; 16],
        ];
        let mut next = ids.iter();
        for rs in &mut req.resource_spans {
            for span in &mut rs.scope_spans[0].spans {
                span.trace_id = next.next().unwrap().to_vec();
            }
        }
        let groups = by_trace(req.clone());
        let keys: Vec<u8> = groups.iter().map(|(k, _)| k[0]).collect();
        assert_eq!(keys, b"abc");
        let [(_, a), (_, b), (_, c)] = &groups[..] else {
            panic!("{} groups", groups.len())
        };
        let svc = |n: &str| {
            format!(
                "{:?}",
                Some(AnyValue {
                    value: Some(Value::StringValue(n.into()))
                })
            )
        };
        assert_eq!(
            names(std::slice::from_ref(a)),
            [
                (svc("svc-0"), "span-0-0".into()),
                (svc("svc-0"), "span-0-2".into())
            ]
        );
        assert_eq!(
            names(std::slice::from_ref(b)),
            [
                (svc("svc-0"), "span-0-1".into()),
                (svc("svc-1"), "span-1-0".into()),
                (svc("svc-1"), "span-1-1".into())
            ]
        );
        assert_eq!(count_spans(c), 1);
        for (trace, part) in &groups {
            for rs in &part.resource_spans {
                for ss in &rs.scope_spans {
                    assert!(ss.spans.iter().all(|s| &s.trace_id == trace));
                }
            }
        }
        let total: usize = groups.iter().map(|(_, r)| count_spans(r)).sum();
        assert_eq!(total, count_spans(&req));
    }

    #[test]
    fn a_small_request_stays_whole() {
        let req = request(2, 3, 10);
        let parts = split(req.clone(), 1 << 20);
        assert_eq!(parts, vec![req]);
    }

    #[test]
    fn large_requests_split_into_parts_under_the_limit_keeping_every_span_and_its_resource() {
        let req = request(3, 40, 1000);
        let before = names(std::slice::from_ref(&req));
        let limit = 16 * 1024;
        assert!(req.encoded_len() > 6 * limit);
        let parts = split(req, limit);
        assert!(parts.len() >= 7, "{} parts", parts.len());
        for p in &parts {
            assert!(p.encoded_len() <= limit, "{} > {limit}", p.encoded_len());
            assert!(count_spans(p) > 0);
        }
        assert_eq!(names(&parts), before);
    }

    #[test]
    fn spans_too_large_for_any_message_are_removed_alone() {
        let mut req = request(1, 3, 100);
        req.resource_spans[0].scope_spans[0].spans[1].attributes[0]
            .value
            .replace(AnyValue {
                value: Some(Value::StringValue("y".repeat(70_000))),
            });
        assert_eq!(remove_oversize_spans(&mut req, 64 * 1024), 1);
        let left: Vec<_> = names(std::slice::from_ref(&req))
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(left, ["span-0-0", "span-0-2"]);
        assert_eq!(remove_oversize_spans(&mut req, 64 * 1024), 0);
    }
}
