//! OTLP logs requests as log messages: grouped by trace id (so a trace's events are keyed
//! like its spans) and split to fit a message size, each part a valid
//! `ExportLogsServiceRequest` with its records' resource and scope.

use std::collections::HashMap;

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};
use prost::Message;

/// Framing a record or a resource/scope shell adds to a request, in bytes (tags and lengths).
const FRAMING: usize = 16;

/// The messages of `request`: (trace id, request) per trace when `by_trace` (records without
/// a trace id under an empty id), else one group; each split so that its encoding stays
/// within `limit` bytes. Records that cannot fit even alone are left out and counted.
pub fn log_messages(
    request: ExportLogsServiceRequest,
    limit: usize,
    by_trace: bool,
) -> (Vec<(Vec<u8>, ExportLogsServiceRequest)>, usize) {
    if !by_trace && request.encoded_len() <= limit {
        return (vec![(Vec::new(), request)], 0);
    }
    let mut shells = Vec::new();
    let mut order: Vec<Vec<u8>> = Vec::new();
    let mut groups: HashMap<Vec<u8>, Vec<(usize, LogRecord)>> = HashMap::new();
    for resource in request.resource_logs {
        for scope in resource.scope_logs {
            let shell = shells.len();
            shells.push((
                ResourceLogs {
                    resource: resource.resource.clone(),
                    scope_logs: Vec::new(),
                    schema_url: resource.schema_url.clone(),
                },
                ScopeLogs {
                    scope: scope.scope,
                    log_records: Vec::new(),
                    schema_url: scope.schema_url,
                },
            ));
            for record in scope.log_records {
                let key = if by_trace {
                    record.trace_id.clone()
                } else {
                    Vec::new()
                };
                groups
                    .entry(key.clone())
                    .or_insert_with(|| {
                        order.push(key);
                        Vec::new()
                    })
                    .push((shell, record));
            }
        }
    }
    let shell_len: Vec<usize> = shells
        .iter()
        .map(|(r, s)| r.encoded_len() + s.encoded_len() + 2 * FRAMING)
        .collect();
    let mut out = Vec::new();
    let mut oversize = 0;
    for key in order {
        let records = groups.remove(&key).unwrap_or_default();
        let mut part: Vec<(usize, LogRecord)> = Vec::new();
        let mut size = 0;
        let mut shells_in_part: Vec<usize> = Vec::new();
        for (shell, record) in records {
            let record_len = record.encoded_len() + FRAMING;
            let adds_shell = !shells_in_part.contains(&shell);
            let cost = record_len + if adds_shell { shell_len[shell] } else { 0 };
            if shell_len[shell] + record_len > limit {
                oversize += 1;
                continue;
            }
            if size + cost > limit && !part.is_empty() {
                out.push((key.clone(), assemble(&shells, std::mem::take(&mut part))));
                shells_in_part.clear();
                size = 0;
            }
            if !shells_in_part.contains(&shell) {
                shells_in_part.push(shell);
                size += shell_len[shell];
            }
            size += record_len;
            part.push((shell, record));
        }
        if !part.is_empty() {
            out.push((key, assemble(&shells, part)));
        }
    }
    (out, oversize)
}

/// A request of `records`, each under a copy of its resource and scope, consecutive records of
/// one scope together.
fn assemble(
    shells: &[(ResourceLogs, ScopeLogs)],
    records: Vec<(usize, LogRecord)>,
) -> ExportLogsServiceRequest {
    let mut request = ExportLogsServiceRequest::default();
    let mut last = None;
    for (shell, record) in records {
        if last != Some(shell) {
            let (resource, scope) = &shells[shell];
            let mut resource = resource.clone();
            resource.scope_logs.push(scope.clone());
            request.resource_logs.push(resource);
            last = Some(shell);
        }
        let resource = request.resource_logs.last_mut().expect("pushed above");
        let scope = resource.scope_logs.last_mut().expect("pushed above");
        scope.log_records.push(record);
    }
    request
}

#[cfg(test)]
mod tests {
    use super::*;
    use opentelemetry_proto::tonic::common::v1::{AnyValue, any_value};

    fn record(trace: u8, body: usize) -> LogRecord {
        LogRecord {
            trace_id: if trace == 0 { vec![] } else { vec![trace; 16] },
            span_id: vec![1; 8],
            body: Some(AnyValue {
                value: Some(any_value::Value::StringValue("x".repeat(body))),
            }),
            ..Default::default()
        }
    }

    fn request(records: Vec<LogRecord>) -> ExportLogsServiceRequest {
        ExportLogsServiceRequest {
            resource_logs: vec![ResourceLogs {
                scope_logs: vec![ScopeLogs {
                    log_records: records,
                    ..Default::default()
                }],
                ..Default::default()
            }],
        }
    }

    fn records(r: &ExportLogsServiceRequest) -> Vec<&LogRecord> {
        r.resource_logs
            .iter()
            .flat_map(|r| &r.scope_logs)
            .flat_map(|s| &s.log_records)
            .collect()
    }

    #[test]
    fn one_message_when_it_fits_and_unkeyed() {
        let req = request(vec![record(1, 10), record(2, 10)]);
        let (messages, oversize) = log_messages(req.clone(), 1 << 20, false);
        assert_eq!(oversize, 0);
        assert_eq!(messages, vec![(Vec::new(), req)]);
    }

    #[test]
    fn by_trace_groups_records_in_order_of_first_appearance() {
        let req = request(vec![record(2, 1), record(1, 2), record(0, 3), record(2, 4)]);
        let (messages, _) = log_messages(req, 1 << 20, true);
        let keys: Vec<&[u8]> = messages.iter().map(|(k, _)| k.as_slice()).collect();
        assert_eq!(keys, [&[2; 16][..], &[1; 16][..], &[][..]]);
        let bodies: Vec<usize> = records(&messages[0].1)
            .iter()
            .map(|r| match &r.body.as_ref().unwrap().value {
                Some(any_value::Value::StringValue(s)) => s.len(),
                _ => 0,
            })
            .collect();
        assert_eq!(bodies, [1, 4]);
    }

    #[test]
    fn large_requests_are_split_within_the_limit_and_oversize_records_left_out() {
        let mut all: Vec<LogRecord> = (0..50).map(|_| record(1, 1000)).collect();
        all.push(record(1, 10_000));
        let (messages, oversize) = log_messages(request(all), 5000, false);
        assert_eq!(oversize, 1);
        assert!(messages.len() >= 10, "{} messages", messages.len());
        let kept: usize = messages.iter().map(|(_, m)| records(m).len()).sum();
        assert_eq!(kept, 50);
        for (_, m) in &messages {
            assert!(m.encoded_len() <= 5000, "{}", m.encoded_len());
        }
    }
}
