//! CSV points as agent traffic: every point becomes tool spans of one synthetic agent
//! (`gen_ai.operation.name = execute_tool`, `gen_ai.tool.name`, `gen_ai.agent.name`,
//! `service.name`), so the series lands in windows of the `tool/<name>` dimension.
//!
//! * [`TrafficKind::Latency`]: `spans_per_point` spans whose duration is the value in ms.
//! * [`TrafficKind::Volume`]: round(value) spans of [`VOLUME_SPAN_DURATION`].
//!
//! A point's spans end spread evenly inside `[t, t + interval)`, where the interval is the gap
//! to the series' next point (the previous gap for the last one), capped at the window length:
//! with points aligned to windows, each window holds exactly one point's spans. Trace and span
//! ids are derived from the series, the file and the point's line, so replaying a file again
//! replaces its rows instead of adding to them.

use std::path::PathBuf;
use std::time::Duration;

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{AnyValue, InstrumentationScope, KeyValue, any_value};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span, span::SpanKind};

use super::csv::Series;
use crate::stable_hash::stable_hash;

/// Most spans one point may become (a volume value beyond it is an error for its line).
pub const MAX_SPANS_PER_POINT: u64 = 100_000;

/// Duration of every span in volume mode.
pub const VOLUME_SPAN_DURATION: Duration = Duration::from_millis(10);

/// Spans per built request: large enough to amortise scoring, small enough to stay cheap.
const SPANS_PER_REQUEST: usize = 2_000;

/// What a point's value means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrafficKind {
    /// The duration of each span, in milliseconds.
    Latency,
    /// The number of spans.
    Volume,
}

/// How CSV points become spans.
#[derive(Debug, Clone)]
pub struct CsvOptions {
    /// Latency or volume.
    pub kind: TrafficKind,
    /// Spans per point in latency mode.
    pub spans_per_point: u64,
    /// `service.name` of every span.
    pub service: String,
    /// `gen_ai.agent.name` of every span.
    pub agent: String,
    /// The tool name of every series; each file's stem when None.
    pub tool: Option<String>,
}

/// A point to replay: where it comes from and how its spans are laid out.
#[derive(Debug, Clone, Copy)]
struct Scheduled {
    series: usize,
    line: u64,
    t_ns: u64,
    interval_ns: u64,
    /// Spans to emit and the duration of each.
    spans: u64,
    duration_ns: u64,
}

/// Per series: its tool name and the prefix its ids are derived from.
#[derive(Debug)]
struct SeriesIds {
    tool: String,
    id_key: String,
}

/// A line refused while planning (a value the traffic kind cannot use).
#[derive(Debug, Clone)]
pub struct Refused {
    /// The file.
    pub file: PathBuf,
    /// Its 1-based line.
    pub line: u64,
    /// Why.
    pub reason: String,
}

/// Every point of every series, in time order, ready to become requests.
#[derive(Debug)]
pub struct Plan {
    points: Vec<Scheduled>,
    series: Vec<SeriesIds>,
    service: String,
    agent: String,
    /// Next point, and next span of it.
    cursor: usize,
    span_cursor: u64,
}

impl Plan {
    /// Lay out the points of `series`; values the kind cannot use are returned as refused.
    pub fn new(series: &[Series], options: &CsvOptions, window: Duration) -> (Plan, Vec<Refused>) {
        let window_ns = (window.as_nanos() as u64).max(1);
        let mut points = Vec::new();
        let mut refused = Vec::new();
        let mut ids = Vec::with_capacity(series.len());
        for (index, s) in series.iter().enumerate() {
            let tool = options.tool.clone().unwrap_or_else(|| s.name.clone());
            ids.push(SeriesIds {
                id_key: format!("{}\0{}\0{tool}\0{}", options.service, options.agent, s.name),
                tool,
            });
            for (i, p) in s.points.iter().enumerate() {
                let gap = match (s.points.get(i + 1), i.checked_sub(1)) {
                    (Some(next), _) => next.t_ns - p.t_ns,
                    (None, Some(prev)) => p.t_ns - s.points[prev].t_ns,
                    (None, None) => window_ns,
                };
                match layout(options, p.value) {
                    Ok((spans, duration_ns)) => points.push(Scheduled {
                        series: index,
                        line: p.line,
                        t_ns: p.t_ns,
                        interval_ns: gap.min(window_ns),
                        spans,
                        duration_ns,
                    }),
                    Err(reason) => refused.push(Refused {
                        file: s.file.clone(),
                        line: p.line,
                        reason,
                    }),
                }
            }
        }
        // Stable: points of one time keep the order of the files given.
        points.sort_by_key(|p| p.t_ns);
        let plan = Plan {
            points,
            series: ids,
            service: options.service.clone(),
            agent: options.agent.clone(),
            cursor: 0,
            span_cursor: 0,
        };
        (plan, refused)
    }

    /// Points to replay.
    pub fn points(&self) -> usize {
        self.points.len()
    }

    /// The next request of at most [`SPANS_PER_REQUEST`] spans, in time order; None at the end.
    pub fn next_request(&mut self) -> Option<ExportTraceServiceRequest> {
        let mut spans = Vec::new();
        while spans.len() < SPANS_PER_REQUEST {
            let Some(&point) = self.points.get(self.cursor) else {
                break;
            };
            while self.span_cursor < point.spans && spans.len() < SPANS_PER_REQUEST {
                spans.push(self.span(&point, self.span_cursor));
                self.span_cursor += 1;
            }
            if self.span_cursor >= point.spans {
                self.cursor += 1;
                self.span_cursor = 0;
            }
        }
        (!spans.is_empty()).then(|| self.request(spans))
    }

    /// Span `k` of `point`.
    fn span(&self, point: &Scheduled, k: u64) -> Span {
        let ids = &self.series[point.series];
        // Ends at the middles of `spans` equal slices of the interval.
        let offset = (u128::from(point.interval_ns) * u128::from(2 * k + 1)
            / u128::from(2 * point.spans)) as u64;
        let end = point.t_ns + offset;
        let point_key = format!("{}\0{}", ids.id_key, point.line);
        let mut trace_id = stable_hash(&point_key).to_be_bytes().to_vec();
        trace_id.extend_from_slice(&stable_hash(&format!("{point_key}\0trace")).to_be_bytes());
        let span_id = stable_hash(&format!("{point_key}\0{k}")).max(1);
        Span {
            trace_id,
            span_id: span_id.to_be_bytes().to_vec(),
            name: format!("execute_tool {}", ids.tool),
            kind: SpanKind::Internal as i32,
            start_time_unix_nano: end.saturating_sub(point.duration_ns),
            end_time_unix_nano: end,
            attributes: vec![
                string_kv("gen_ai.operation.name", "execute_tool"),
                string_kv("gen_ai.tool.name", &ids.tool),
                string_kv("gen_ai.agent.name", &self.agent),
            ],
            ..Default::default()
        }
    }

    fn request(&self, spans: Vec<Span>) -> ExportTraceServiceRequest {
        ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: Some(Resource {
                    attributes: vec![string_kv("service.name", &self.service)],
                    ..Default::default()
                }),
                scope_spans: vec![ScopeSpans {
                    scope: Some(InstrumentationScope {
                        name: "agentwatch.replay.csv".into(),
                        ..Default::default()
                    }),
                    spans,
                    ..Default::default()
                }],
                ..Default::default()
            }],
        }
    }
}

/// Spans and span duration (ns) for one value, or why the value cannot be used.
fn layout(options: &CsvOptions, value: f64) -> Result<(u64, u64), String> {
    if value < 0.0 {
        return Err(format!("value {value} is negative"));
    }
    match options.kind {
        TrafficKind::Latency => {
            let ns = (value * 1e6).round();
            if ns >= u64::MAX as f64 {
                return Err(format!("latency {value} ms is too long"));
            }
            Ok((options.spans_per_point, ns as u64))
        }
        TrafficKind::Volume => {
            let spans = value.round();
            if spans > MAX_SPANS_PER_POINT as f64 {
                return Err(format!(
                    "volume {value} is more than {MAX_SPANS_PER_POINT} spans per point"
                ));
            }
            Ok((spans as u64, VOLUME_SPAN_DURATION.as_nanos() as u64))
        }
    }
}

fn string_kv(key: &str, value: &str) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue {
            value: Some(any_value::Value::StringValue(value.into())),
        }),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::replay::csv::Point;

    fn series(points: &[(u64, f64)]) -> Series {
        Series {
            file: "s.csv".into(),
            name: "s".into(),
            points: points
                .iter()
                .enumerate()
                .map(|(i, &(t, value))| Point {
                    line: i as u64 + 2,
                    t_ns: t * 1_000_000_000,
                    value,
                })
                .collect(),
            errors: vec![],
        }
    }

    fn options(kind: TrafficKind) -> CsvOptions {
        CsvOptions {
            kind,
            spans_per_point: 4,
            service: "svc".into(),
            agent: "a".into(),
            tool: None,
        }
    }

    fn all_spans(plan: &mut Plan) -> Vec<Span> {
        std::iter::from_fn(|| plan.next_request())
            .flat_map(|r| r.resource_spans[0].scope_spans[0].spans.clone())
            .collect()
    }

    #[test]
    fn latency_spans_spread_inside_the_interval() {
        let s = series(&[(300, 120.0), (600, 80.5), (1200, 1.0)]);
        let (mut plan, refused) = Plan::new(
            &[s],
            &options(TrafficKind::Latency),
            Duration::from_secs(300),
        );
        assert!(refused.is_empty());
        let spans = all_spans(&mut plan);
        assert_eq!(spans.len(), 12);
        let s0 = &spans[..4];
        assert!(
            s0.iter()
                .all(|s| s.end_time_unix_nano - s.start_time_unix_nano == 120_000_000)
        );
        assert_eq!(s0[0].end_time_unix_nano, 300_000_000_000 + 37_500_000_000);
        // The gap of 600 s is capped at the 300 s window; the last point reuses it.
        let last = &spans[8..];
        assert!(
            last.iter()
                .all(|s| (1_200_000_000_000..1_500_000_000_000).contains(&s.end_time_unix_nano))
        );
        let ids: std::collections::HashSet<_> = spans.iter().map(|s| s.span_id.clone()).collect();
        assert_eq!(ids.len(), 12, "distinct span ids");
    }

    #[test]
    fn volume_counts_and_refusals() {
        let s = series(&[(0, 2.4), (300, -1.0), (600, 3.0), (900, 1e9)]);
        let (mut plan, refused) = Plan::new(
            &[s],
            &options(TrafficKind::Volume),
            Duration::from_secs(300),
        );
        assert_eq!(refused.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 5]);
        assert_eq!(plan.points(), 2);
        assert_eq!(all_spans(&mut plan).len(), 5);
    }

    #[test]
    fn ids_are_the_same_on_every_replay() {
        let build = || {
            let (mut plan, _) = Plan::new(
                &[series(&[(0, 5.0)])],
                &options(TrafficKind::Latency),
                Duration::from_secs(300),
            );
            all_spans(&mut plan)
        };
        assert_eq!(build(), build());
    }
}
