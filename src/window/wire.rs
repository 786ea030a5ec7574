//! Partial aggregates on the wire: [`Partials`] to and from `agentwatch.v1.SeriesPartials`
//! messages (one per series, keyed by series, for the aggregates topic).

use std::collections::BTreeMap;

use hdrhistogram::serialization::{Deserializer, Serializer, V2Serializer};
use prost::Message;

use super::aggregate::{MAX_EXEMPLARS, new_histogram};
use super::{Aggregate, Partials, SeriesKey};
use crate::eval::{Aggregation, EvaluatorId};
use crate::log_position::LogPosition;
use crate::proto::v1 as pb;

/// One encoded message for the aggregates topic.
#[derive(Debug, Clone)]
pub struct WireMessage {
    /// The Kafka key: the series' identity, so one series always lands on one partition.
    pub key: String,
    /// `SeriesPartials` protobuf bytes.
    pub payload: Vec<u8>,
}

/// The Kafka key of a series: `service/agent/Evaluator/dimension`, the evaluator in
/// UpperCamelCase (`ToolError`), as keys have always been spelled.
pub fn series_key(key: &SeriesKey) -> String {
    format!(
        "{}/{}/{}/{}",
        key.service,
        key.agent,
        key.source.camel_name(),
        key.dimension
    )
}

/// Encode a batch's partials as one message per series.
pub fn encode(partials: &Partials, window_nanos: u64) -> Vec<WireMessage> {
    let mut by_series: BTreeMap<&SeriesKey, Vec<(u64, &Aggregate)>> = BTreeMap::new();
    for ((key, start), agg) in &partials.windows {
        by_series.entry(key).or_default().push((*start, agg));
    }
    by_series
        .into_iter()
        .map(|(key, mut windows)| {
            windows.sort_by_key(|(start, _)| *start);
            let message = pb::SeriesPartials {
                source: partials.source.map(|p| pb::SpanLogPosition {
                    partition: p.partition,
                    offset: p.offset,
                }),
                series: Some(pb::Series {
                    service: key.service.clone(),
                    agent: key.agent.clone(),
                    source: key.source.descriptor().wire_id,
                    dimension: key.dimension.clone(),
                }),
                window_length_nanos: window_nanos,
                batch_key: partials.batch_key.unwrap_or(0),
                windows: windows
                    .into_iter()
                    .map(|(start, agg)| window_to_wire(start, agg))
                    .collect(),
            };
            WireMessage {
                key: series_key(key),
                payload: message.encode_to_vec(),
            }
        })
        .collect()
}

fn window_to_wire(start: u64, agg: &Aggregate) -> pb::WindowPartial {
    let latency_histogram = agg
        .histogram
        .as_ref()
        .map(|h| {
            let mut bytes = Vec::new();
            V2Serializer::new()
                .serialize(h, &mut bytes)
                .expect("serializing a histogram into memory cannot fail");
            bytes
        })
        .unwrap_or_default();
    let durations = agg.slowest.iter().copied().chain(std::iter::repeat(0));
    pb::WindowPartial {
        start_unix_nano: start,
        n: agg.n,
        hits: agg.hits,
        sum: agg.sum,
        latency_histogram,
        exemplars: agg
            .exemplars
            .iter()
            .zip(durations)
            .map(|(trace_id, duration_micros)| pb::Exemplar {
                trace_id: trace_id.clone(),
                duration_micros,
            })
            .collect(),
        max_event_time_unix_nano: agg.max_event_time,
    }
}

/// A batch's partials as one record, for a store to keep beside the batch's scores: its
/// series messages ([`encode`]), each preceded by its length as a varint.
pub fn encode_record(partials: &Partials, window_nanos: u64) -> Vec<u8> {
    let mut record = Vec::new();
    for message in encode(partials, window_nanos) {
        prost::encoding::encode_varint(message.payload.len() as u64, &mut record);
        record.extend_from_slice(&message.payload);
    }
    record
}

/// The partials of a record [`encode_record`] wrote.
pub fn decode_record(mut record: &[u8], window_nanos: u64) -> Result<Partials, WireError> {
    let mut partials = Partials::default();
    while !record.is_empty() {
        let length = prost::decode_length_delimiter(&mut record)
            .map_err(|e| WireError::Malformed(format!("record: {e}")))?;
        if length > record.len() {
            return Err(WireError::Malformed(format!(
                "record: a {length}-byte message in the {} bytes left",
                record.len()
            )));
        }
        let (message, rest) = record.split_at(length);
        partials.merge(decode(message, window_nanos)?);
        record = rest;
    }
    Ok(partials)
}

/// Why a message from the aggregates topic was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum WireError {
    /// Not a `SeriesPartials` message.
    #[error("not an agentwatch.v1.SeriesPartials message: {0}")]
    Malformed(String),
    /// Produced by a score worker configured with another window length.
    #[error(
        "partials use {got} ns windows but this detect stage uses {expected} ns (windows.length must be the same for every role)"
    )]
    WindowLength {
        /// In the message.
        got: u64,
        /// Configured here.
        expected: u64,
    },
}

/// Decode one message of the aggregates topic into partials (with their source position).
pub fn decode(payload: &[u8], window_nanos: u64) -> Result<Partials, WireError> {
    let message =
        pb::SeriesPartials::decode(payload).map_err(|e| WireError::Malformed(e.to_string()))?;
    if message.window_length_nanos != window_nanos {
        return Err(WireError::WindowLength {
            got: message.window_length_nanos,
            expected: window_nanos,
        });
    }
    let series = message
        .series
        .ok_or_else(|| WireError::Malformed("no series".into()))?;
    let source = EvaluatorId::from_wire(series.source)
        .ok_or_else(|| WireError::Malformed(format!("unknown source {}", series.source)))?;
    let key = SeriesKey {
        service: series.service,
        agent: series.agent,
        source,
        dimension: series.dimension,
    };
    let mut partials = Partials {
        source: message.source.map(|p| LogPosition {
            partition: p.partition,
            offset: p.offset,
        }),
        batch_key: (message.batch_key != 0).then_some(message.batch_key),
        ..Partials::default()
    };
    for w in message.windows {
        if w.start_unix_nano % window_nanos != 0 {
            return Err(WireError::Malformed(format!(
                "window start {} is not aligned to the window length",
                w.start_unix_nano
            )));
        }
        let mut agg = Aggregate::new(source);
        agg.n = w.n;
        agg.hits = w.hits;
        agg.sum = w.sum;
        agg.max_event_time = w.max_event_time_unix_nano;
        if source.descriptor().aggregation == Aggregation::Histogram {
            let mut histogram = if w.latency_histogram.is_empty() {
                new_histogram()
            } else {
                check_histogram_header(&w.latency_histogram)?;
                Deserializer::new()
                    .deserialize(&mut w.latency_histogram.as_slice())
                    .map_err(|e| WireError::Malformed(format!("latency histogram: {e:?}")))?
            };
            // A deserialized histogram has fixed bounds; later merges must be able to grow it.
            histogram.auto(true);
            agg.histogram = Some(histogram);
            agg.slowest = w.exemplars.iter().map(|e| e.duration_micros).collect();
        }
        agg.exemplars = w.exemplars.into_iter().map(|e| e.trace_id).collect();
        agg.exemplars.truncate(MAX_EXEMPLARS);
        agg.slowest.truncate(MAX_EXEMPLARS);
        partials
            .windows
            .insert((key.clone(), w.start_unix_nano), agg);
    }
    Ok(partials)
}

/// Length of a V2 histogram header: cookie, payload length, normalizing offset, significant
/// digits, lowest and highest trackable values, integer-to-double ratio.
const HISTOGRAM_HEADER_BYTES: usize = 40;
/// The V2 (uncompressed) cookie our encoder writes.
const HISTOGRAM_V2_COOKIE: u32 = 0x1c84_9313;

/// Refuse a histogram whose header asks for more than the message holds: the decoder
/// allocates the payload length and the counts array its header claims before reading them,
/// so a 67-byte message claiming a 4 GiB payload (or a high precision over a huge range)
/// would allocate that much. Ours are V2, uncompressed, 2 significant digits.
fn check_histogram_header(bytes: &[u8]) -> Result<(), WireError> {
    let malformed = |what: String| Err(WireError::Malformed(format!("latency histogram: {what}")));
    if bytes.len() < HISTOGRAM_HEADER_BYTES {
        return malformed(format!("{} bytes is shorter than its header", bytes.len()));
    }
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    if word(0) != HISTOGRAM_V2_COOKIE {
        return malformed(format!("cookie {:#x} is not V2 uncompressed", word(0)));
    }
    let claimed = word(4) as usize;
    let present = bytes.len() - HISTOGRAM_HEADER_BYTES;
    if claimed > present {
        return malformed(format!(
            "header claims a {claimed}-byte payload, {present} bytes follow"
        ));
    }
    let digits = word(12);
    if digits != 2 {
        return malformed(format!("{digits} significant digits (ours have 2)"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{Label, Score, test_span};
    use crate::normalize::OperationKind;
    use crate::window::{Aggregator, Metric};

    fn partials() -> (Aggregator, Partials) {
        let aggregator = Aggregator::new(std::time::Duration::from_secs(60));
        let mut partials = Partials {
            source: Some(LogPosition {
                partition: 3,
                offset: 41,
            }),
            ..Partials::default()
        };
        for i in 0..30u64 {
            let mut span = test_span();
            span.kind = OperationKind::Tool;
            span.tool = Some(if i % 2 == 0 { "search" } else { "book" }.into());
            span.end_unix_nano = 1_700_000_000_000_000_000 + i * 7_000_000_000;
            span.trace_id[0] = i as u8;
            let failed = i % 5 == 0;
            for (evaluator, value) in [
                ("tool_error", if failed { 1.0 } else { 0.0 }),
                ("latency", 5.0 + (i * i) as f64),
            ] {
                let score = Score {
                    evaluator,
                    value: Some(value),
                    label: if value > 0.0 { Label::Fail } else { Label::Ok },
                    detail: None,
                };
                aggregator.add(&mut partials, &span, &score);
            }
        }
        (aggregator, partials)
    }

    #[test]
    fn partials_survive_the_wire_one_message_per_series() {
        let (aggregator, original) = partials();
        let messages = encode(&original, aggregator.window_nanos());
        // Series: tool_error × {search, book} and latency × {tool/search, tool/book}.
        assert_eq!(messages.len(), 4);
        let mut keys: Vec<&str> = messages.iter().map(|m| m.key.as_str()).collect();
        keys.sort();
        assert!(keys.contains(&"svc//ToolError/search"), "{keys:?}");
        let mut decoded = Partials::default();
        for m in &messages {
            let one = decode(&m.payload, aggregator.window_nanos()).unwrap();
            assert_eq!(one.source, original.source);
            decoded.merge(one);
        }
        assert_eq!(decoded.windows.len(), original.windows.len());
        for (key, want) in &original.windows {
            let got = &decoded.windows[key];
            assert_eq!((got.n, got.hits, got.sum), (want.n, want.hits, want.sum));
            assert_eq!(got.exemplars, want.exemplars);
            assert_eq!(got.slowest, want.slowest);
            assert_eq!(got.max_event_time, want.max_event_time);
            for metric in Aggregate::metrics(key.0.source) {
                assert_eq!(got.value(*metric), want.value(*metric), "{metric:?}");
            }
        }
    }

    #[test]
    fn a_record_holds_a_whole_batch_and_refuses_a_cut_one() {
        let (aggregator, original) = partials();
        let record = encode_record(&original, aggregator.window_nanos());
        let decoded = decode_record(&record, aggregator.window_nanos()).unwrap();
        assert_eq!(decoded.windows.len(), original.windows.len());
        for (key, want) in &original.windows {
            let got = &decoded.windows[key];
            assert_eq!(
                (got.n, got.hits, got.max_event_time),
                (want.n, want.hits, want.max_event_time)
            );
        }
        assert!(decode_record(&record[..record.len() - 1], aggregator.window_nanos()).is_err());
        assert!(
            decode_record(&[], aggregator.window_nanos())
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn a_decoded_histogram_still_grows_when_merged() {
        let (aggregator, original) = partials();
        let messages = encode(&original, aggregator.window_nanos());
        let latency = messages.iter().find(|m| m.key.contains("Latency")).unwrap();
        let mut decoded = decode(&latency.payload, aggregator.window_nanos()).unwrap();
        let agg = decoded.windows.values_mut().next().unwrap();
        let mut slow = Aggregate::new(EvaluatorId::named("latency").unwrap());
        slow.n = 1;
        slow.histogram
            .as_mut()
            .unwrap()
            .record(3_600_000_000)
            .unwrap();
        agg.merge(&slow);
        assert!(agg.value(Metric::parse("latency_p99").unwrap()).unwrap() > 1_000_000.0);
    }

    #[test]
    fn a_histogram_header_claiming_more_than_the_message_holds_is_refused() {
        let (aggregator, original) = partials();
        let messages = encode(&original, aggregator.window_nanos());
        let latency = messages.iter().find(|m| m.key.contains("Latency")).unwrap();
        let message = pb::SeriesPartials::decode(latency.payload.as_slice()).unwrap();
        let tampered = |edit: &dyn Fn(&mut Vec<u8>)| {
            let mut m = message.clone();
            edit(&mut m.windows[0].latency_histogram);
            decode(&m.encode_to_vec(), aggregator.window_nanos())
        };
        // Untouched, it decodes.
        assert!(tampered(&|_| {}).is_ok());
        // A payload length of ~4 GiB would be allocated (zero-filled) before reading.
        let claim = tampered(&|h| h[4..8].copy_from_slice(&0xffff_fff0u32.to_be_bytes()));
        assert!(
            matches!(&claim, Err(WireError::Malformed(m)) if m.contains("claims a 4294967280-byte payload")),
            "{claim:?}"
        );
        // High precision over a huge range would allocate a huge counts array.
        let digits = tampered(&|h| h[12..16].copy_from_slice(&5u32.to_be_bytes()));
        assert!(
            matches!(&digits, Err(WireError::Malformed(m)) if m.contains("5 significant digits")),
            "{digits:?}"
        );
        let short = tampered(&|h| h.truncate(12));
        assert!(matches!(short, Err(WireError::Malformed(_))), "{short:?}");
    }

    #[test]
    fn wrong_window_length_and_garbage_are_refused() {
        let (aggregator, original) = partials();
        let messages = encode(&original, aggregator.window_nanos());
        assert_eq!(
            decode(&messages[0].payload, 300_000_000_000).unwrap_err(),
            WireError::WindowLength {
                got: 60_000_000_000,
                expected: 300_000_000_000
            }
        );
        assert!(matches!(
            decode(b"\xff\xff\xff", 60_000_000_000),
            Err(WireError::Malformed(_))
        ));
        // A valid message without a series is refused, not guessed.
        let empty = pb::SeriesPartials {
            window_length_nanos: 60_000_000_000,
            ..Default::default()
        };
        assert!(matches!(
            decode(&empty.encode_to_vec(), 60_000_000_000),
            Err(WireError::Malformed(m)) if m == "no series"
        ));
    }
}
