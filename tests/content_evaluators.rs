//! The content evaluators end to end: spans with PII and refusals go in over OTLP, the stored
//! scores say what was found — masked — and the database file holds no copy of the raw PII.
//! Also `agentwatch score`, on JSON lines and on an OTLP/JSON file.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::*;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;

const EMAIL: &str = "maria.gonzalez@example-mail.com";
const CARD: &str = "4111 1111 1111 1111";
const AWS_KEY: &str = "AKIAIOSFODNN7EXAMPLE";
const IBAN: &str = "DE89 3704 0044 0532 0130 00";
const DENY: &str = "Project Nightingale";

#[tokio::test(flavor = "multi_thread")]
async fn pii_and_refusals_are_scored_and_never_stored_raw() {
    let aw = Agentwatch::start(
        "evaluators:\n  pii_leak:\n    deny_terms: [\"Project Nightingale\"]\n    fields: [output, input]\n",
    );
    let trace = trace_id(1);
    let leak = chat_span(
        &trace,
        0,
        &format!("Sure! Her e-mail is {EMAIL} and the card on file is {CARD}. This is for {DENY}."),
    );
    let refusal = chat_span(
        &trace,
        1,
        "Thanks for asking. Unfortunately, I can't share other customers' payment details.",
    );
    let mut no_content = chat_span(&trace, 2, "");
    no_content
        .attributes
        .retain(|kv| !kv.key.starts_with("gen_ai.input") && !kv.key.starts_with("gen_ai.output"));
    let mut tool = tool_span(&trace, 3, "get_customer", false);
    tool.attributes
        .push(s("gen_ai.tool.call.arguments", r#"{"customer_id": 42}"#));
    tool.attributes.push(s(
        "gen_ai.tool.call.result",
        &format!(r#"{{"iban": "{IBAN}", "aws_key": "{AWS_KEY}"}}"#),
    ));
    let mut client = TraceServiceClient::connect(aw.grpc_url()).await.unwrap();
    client
        .export(request(
            "support-bot",
            vec![leak, refusal, no_content, tool],
        ))
        .await
        .unwrap();
    // 3 chat spans × (pii_leak, refusal, latency) + tool × (pii_leak, tool_error, latency).
    aw.wait_rows("service = 'support-bot'", 12);

    let conn = aw.sql();
    let score = |span: u64, evaluator: &str| -> (Option<f64>, String, Option<String>) {
        conn.query_row(
            "SELECT value, label, detail FROM scores WHERE span_id = ?1 AND evaluator = ?2",
            [hex::encode(span_id(span)), evaluator.to_owned()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
    };
    let (value, label, detail) = score(0, "pii_leak");
    assert_eq!((value, label.as_str()), (Some(3.0), "fail"));
    let detail: serde_json::Value = serde_json::from_str(&detail.unwrap()).unwrap();
    assert_eq!(detail["counts"]["EMAIL_ADDRESS"], 1);
    assert_eq!(detail["counts"]["CREDIT_CARD"], 1);
    assert_eq!(detail["counts"]["DENY_TERM"], 1);
    let masked: Vec<&str> = detail["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["masked"].as_str().unwrap())
        .collect();
    assert!(masked.contains(&"m***@e***.com"), "{masked:?}");
    assert!(masked.contains(&"**** **** **** 1111"), "{masked:?}");
    assert_eq!(score(0, "refusal").1, "ok");

    let (value, label, detail) = score(1, "refusal");
    assert_eq!((value, label.as_str()), (Some(1.0), "fail"));
    let detail: serde_json::Value = serde_json::from_str(&detail.unwrap()).unwrap();
    assert_eq!(detail["kind"], "full");
    assert_eq!(score(1, "pii_leak").1, "ok");

    // No captured content: unscoreable, never "ok".
    for evaluator in ["pii_leak", "refusal"] {
        let (value, label, _) = score(2, evaluator);
        assert_eq!(
            (value, label.as_str()),
            (None, "unscoreable"),
            "{evaluator}"
        );
    }

    let (value, _, detail) = score(3, "pii_leak");
    assert_eq!(value, Some(2.0));
    let detail = detail.unwrap();
    assert!(
        detail.contains("IBAN_CODE") && detail.contains("AWS_ACCESS_KEY"),
        "{detail}"
    );
    assert!(detail.contains("\"field\":\"output\""), "{detail}");

    // The whole database, every byte of it (WAL included), holds none of the raw values.
    drop(conn);
    let mut raw = Vec::new();
    for entry in std::fs::read_dir(aw.db.parent().unwrap()).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("agentwatch.db")
        {
            raw.extend(std::fs::read(&path).unwrap());
        }
    }
    let haystack = String::from_utf8_lossy(&raw);
    for secret in [EMAIL, CARD, AWS_KEY, IBAN, "4111111111111111", DENY] {
        assert!(
            !haystack.contains(secret),
            "raw {secret:?} found in the store"
        );
    }
    assert!(!aw.log().contains(EMAIL) && !aw.log().contains(AWS_KEY));
}

fn score_command(args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(binary())
        .arg("score")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn score_command_reads_json_lines_and_otlp_json() {
    let input = format!(
        "{{\"id\": \"a\", \"text\": \"Call me at +1 415 555 0132 or write {EMAIL}\"}}\n{{\"id\": 2, \"text\": \"I’m sorry, but I can’t help with that.\"}}\n"
    );
    let (ok, out, err) = score_command(&[], &input);
    assert!(ok, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let text = format!("Call me at +1 415 555 0132 or write {EMAIL}");
    let pii = lines[0]["pii"].as_array().unwrap();
    assert_eq!(pii.len(), 2);
    assert_eq!(pii[0]["type"], "PHONE_NUMBER");
    let (s, e) = (
        pii[0]["start"].as_u64().unwrap() as usize,
        pii[0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "+1 415 555 0132");
    assert_eq!(pii[1]["type"], "EMAIL_ADDRESS");
    assert_eq!(lines[1]["refusal"]["refused"], true);
    assert_eq!(lines[1]["id"], 2);

    // Bad lines are named and skipped; the rest is scored; the exit code says so.
    let (ok, out, err) = score_command(&[], "{\"id\": 1, \"text\": \"fine\"}\n{\"text\": 7}\n");
    assert!(!ok);
    assert_eq!(out.lines().count(), 1);
    assert!(err.contains("line 2"), "{err}");

    // OTLP/JSON, as the Collector's file exporter writes it.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("traces.json");
    let otlp = serde_json::json!({"resourceSpans": [{
    "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "bot"}}]},
    "scopeSpans": [{"spans": [
        {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b174", "name": "chat",
         "startTimeUnixNano": "1764000000000000000", "endTimeUnixNano": "1764000001000000000",
         "attributes": [
            {"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
            {"key": "gen_ai.output.messages", "value": {"stringValue": "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"Your SSN 123-45-6789 is on file.\"}]}]"}}]},
        {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b175", "name": "GET /health",
         "startTimeUnixNano": "1764000000000000000", "endTimeUnixNano": "1764000000100000000"}
    ]}]}]});
    std::fs::write(&file, format!("{otlp}\n{otlp}\n")).unwrap();
    let (ok, out, err) = score_command(&["--otlp-json", file.to_str().unwrap()], "");
    assert!(ok, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[0]["id"],
        "5b8efff798038103d269b633813fc60c:eee19b7ec3c1b174"
    );
    assert_eq!(lines[0]["pii"][0]["type"], "US_SSN");
    assert_eq!(lines[0]["pii"][0]["masked"], "***-**-6789");
    assert_eq!(lines[1]["unscoreable"], "no captured output");
}
