//! Per-span validation, at ingest and on reading a span log a Collector wrote. A span agentwatch
//! cannot key or place in time is rejected and reported to the client through OTLP
//! `partial_success`; the rest of its request goes on.

use std::collections::BTreeMap;
use std::fmt::Write;

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::trace::v1::Span;

use crate::clock::now_unix_nano;

/// Why one span was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpanRejection {
    /// trace_id is not 16 bytes or is all zeroes.
    InvalidTraceId,
    /// span_id is not 8 bytes or is all zeroes.
    InvalidSpanId,
    /// start_time_unix_nano is 0: the span cannot be placed in a window.
    MissingStartTime,
    /// end_time_unix_nano is before start_time_unix_nano.
    EndBeforeStart,
    /// The span ends further in the future than clocks plausibly drift.
    InFuture,
    /// The span alone is larger than one span-log message (`bus.max_message_bytes`).
    TooLarge,
}

/// How far in the future a span may end (sender clock skew) before it is rejected: one
/// fast clock must not move the event-time watermark for everybody.
pub const MAX_FUTURE_SKEW: std::time::Duration = std::time::Duration::from_secs(15 * 60);

impl SpanRejection {
    fn describe(self) -> &'static str {
        match self {
            SpanRejection::InvalidTraceId => "trace_id must be 16 bytes and not all zero",
            SpanRejection::InvalidSpanId => "span_id must be 8 bytes and not all zero",
            SpanRejection::MissingStartTime => "start_time_unix_nano is missing (0)",
            SpanRejection::EndBeforeStart => "end_time_unix_nano is before start_time_unix_nano",
            SpanRejection::InFuture => {
                "the span ends more than 15 minutes in the future (check the sender's clock)"
            }
            SpanRejection::TooLarge => {
                "the span alone is larger than one span-log message (bus.max_message_bytes)"
            }
        }
    }
}

fn valid_id(id: &[u8], len: usize) -> bool {
    id.len() == len && id.iter().any(|b| *b != 0)
}

/// Check one span.
pub fn check_span(span: &Span) -> Result<(), SpanRejection> {
    check_span_at(span, now_unix_nano())
}

/// Check one span against the clock reading `now` (Unix ns).
pub fn check_span_at(span: &Span, now: u64) -> Result<(), SpanRejection> {
    if !valid_id(&span.trace_id, 16) {
        return Err(SpanRejection::InvalidTraceId);
    }
    if !valid_id(&span.span_id, 8) {
        return Err(SpanRejection::InvalidSpanId);
    }
    if span.start_time_unix_nano == 0 {
        return Err(SpanRejection::MissingStartTime);
    }
    if span.end_time_unix_nano < span.start_time_unix_nano {
        return Err(SpanRejection::EndBeforeStart);
    }
    if span.end_time_unix_nano > now.saturating_add(MAX_FUTURE_SKEW.as_nanos() as u64) {
        return Err(SpanRejection::InFuture);
    }
    Ok(())
}

/// What validation kept and rejected.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Validated {
    /// Spans kept.
    pub accepted: usize,
    /// Spans removed.
    pub rejected: usize,
    /// Rejections by reason.
    pub reasons: BTreeMap<SpanRejection, usize>,
}

impl Validated {
    /// Count `spans` more rejected for being larger than a span-log message.
    pub fn refuse_oversize(&mut self, spans: usize) {
        self.accepted -= spans;
        self.rejected += spans;
        *self.reasons.entry(SpanRejection::TooLarge).or_default() += spans;
    }

    /// The `partial_success.error_message` for the client, or None when nothing needs saying.
    pub fn message(&self) -> Option<String> {
        if self.rejected == 0 {
            return (self.accepted == 0).then(|| "request contained no spans".to_owned());
        }
        let mut msg = format!(
            "rejected {} of {} spans:",
            self.rejected,
            self.rejected + self.accepted
        );
        for (i, (reason, n)) in self.reasons.iter().enumerate() {
            let sep = if i == 0 { " " } else { "; " };
            let _ = write!(msg, "{sep}{n} × {}", reason.describe());
        }
        Some(msg)
    }
}

/// Remove invalid spans (and the scopes/resources left empty) from `request` in place.
pub fn validate_request(request: &mut ExportTraceServiceRequest) -> Validated {
    let now = now_unix_nano();
    let mut out = Validated::default();
    for resource in &mut request.resource_spans {
        for scope in &mut resource.scope_spans {
            scope.spans.retain(|span| match check_span_at(span, now) {
                Ok(()) => {
                    out.accepted += 1;
                    true
                }
                Err(reason) => {
                    out.rejected += 1;
                    *out.reasons.entry(reason).or_default() += 1;
                    false
                }
            });
        }
        resource.scope_spans.retain(|s| !s.spans.is_empty());
    }
    request.resource_spans.retain(|r| !r.scope_spans.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans};

    fn span(trace: &[u8], id: &[u8], start: u64, end: u64) -> Span {
        Span {
            trace_id: trace.to_vec(),
            span_id: id.to_vec(),
            start_time_unix_nano: start,
            end_time_unix_nano: end,
            ..Default::default()
        }
    }

    #[test]
    fn keeps_valid_spans_and_explains_the_rest() {
        let good = span(&[1; 16], &[2; 8], 10, 20);
        let mut request = ExportTraceServiceRequest {
            resource_spans: vec![
                ResourceSpans {
                    scope_spans: vec![ScopeSpans {
                        spans: vec![
                            good.clone(),
                            span(&[0; 16], &[2; 8], 10, 20),
                            span(&[1; 15], &[2; 8], 10, 20),
                            span(&[1; 16], &[0; 8], 10, 20),
                            span(&[1; 16], &[2; 8], 0, 20),
                            span(&[1; 16], &[2; 8], 30, 20),
                        ],
                        ..Default::default()
                    }],
                    ..Default::default()
                },
                ResourceSpans {
                    scope_spans: vec![ScopeSpans {
                        spans: vec![span(&[], &[], 1, 1)],
                        ..Default::default()
                    }],
                    ..Default::default()
                },
            ],
        };
        let v = validate_request(&mut request);
        assert_eq!((v.accepted, v.rejected), (1, 6));
        assert_eq!(request.resource_spans.len(), 1, "empty resource removed");
        assert_eq!(request.resource_spans[0].scope_spans[0].spans, vec![good]);
        assert_eq!(
            v.message().unwrap(),
            "rejected 6 of 7 spans: 3 × trace_id must be 16 bytes and not all zero; \
             1 × span_id must be 8 bytes and not all zero; 1 × start_time_unix_nano is missing (0); \
             1 × end_time_unix_nano is before start_time_unix_nano"
        );
    }

    #[test]
    fn empty_request_gets_a_warning_not_an_error() {
        let mut request = ExportTraceServiceRequest::default();
        let v = validate_request(&mut request);
        assert_eq!((v.accepted, v.rejected), (0, 0));
        assert_eq!(v.message().as_deref(), Some("request contained no spans"));
    }

    #[test]
    fn spans_from_the_future_are_rejected() {
        let now = now_unix_nano();
        let soon = now + 60_000_000_000;
        assert_eq!(check_span(&span(&[1; 16], &[2; 8], now, soon)), Ok(()));
        let far = now + 3_600_000_000_000;
        assert_eq!(
            check_span(&span(&[1; 16], &[2; 8], far, far)),
            Err(SpanRejection::InFuture)
        );
    }

    #[test]
    fn zero_duration_span_is_valid() {
        assert_eq!(check_span(&span(&[1; 16], &[2; 8], 5, 5)), Ok(()));
    }
}
