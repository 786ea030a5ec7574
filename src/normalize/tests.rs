//! Fixture tests: OTLP/JSON requests shaped as the public instrumentation libraries emit them
//! (see `tests/data/normalize/`), plus a few inline edge cases.

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

use super::*;

fn parse(json: &str) -> ExportTraceServiceRequest {
    serde_json::from_str(json).expect("fixture is a valid OTLP/JSON ExportTraceServiceRequest")
}

fn normalize(json: &str) -> Vec<AgentSpan> {
    normalize_request(&parse(json), &NormalizeOptions::default())
}

fn one(json: &str) -> AgentSpan {
    let mut spans = normalize(json);
    assert_eq!(spans.len(), 1);
    spans.remove(0)
}

fn captured(text: &str) -> Content {
    Content {
        text: Some(text.to_owned()),
        truncated: false,
    }
}

fn tokens(input: u64, output: u64) -> TokenUsage {
    TokenUsage {
        input: Some(input),
        output: Some(output),
        ..TokenUsage::default()
    }
}

#[test]
fn otel_openai_v2_chat_with_messages_attributes() {
    // Imitates opentelemetry-instrumentation-openai-v2 (python-contrib, 2.x "Unreleased" /
    // opentelemetry-util-genai 0.2) with OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental
    // and OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=SPAN_ONLY: messages serialized with
    // json.dumps(asdict(...)), tool round trip in the history.
    let s = one(include_str!(
        "../../tests/data/normalize/otel_openai_v2_chat.json"
    ));
    assert_eq!(s.trace_id_hex(), "5b8aa5a2d2c872e8321cf37308d69df2");
    assert_eq!(s.span_id_hex(), "051581bf3cb55c13");
    assert_eq!(s.start_unix_nano, 1_731_000_000_000_000_000);
    assert_eq!(s.duration_nanos(), 1_250_000_000);
    assert_eq!(s.name, "chat gpt-4o-mini");
    assert_eq!(s.service, "weather-bot");
    assert_eq!(s.kind, OperationKind::Llm);
    assert_eq!(s.operation.as_deref(), Some("chat"));
    // The response model wins over the request model.
    assert_eq!(s.model.as_deref(), Some("gpt-4o-mini-2024-07-18"));
    assert_eq!(s.provider.as_deref(), Some("openai"));
    assert_eq!(s.agent, None);
    assert_eq!(s.tool, None);
    assert_eq!(s.error, None);
    // System + user text, the tool result sent back; the assistant's tool call is not input text.
    assert_eq!(
        s.input,
        captured(
            "You are a weather assistant. Answer in one sentence.\n\
             What's the weather in Paris today?\n\
             Rainy, 14°C, wind 20 km/h"
        )
    );
    assert_eq!(
        s.output,
        captured("It is rainy in Paris today, 14°C with a 20 km/h wind.")
    );
    assert_eq!(s.usage, tokens(87, 19));
}

#[test]
fn azure_ai_inference_chat_with_span_events() {
    // Imitates azure-ai-inference 1.0.0b9 (Python) tracing with content recording on: the older
    // event-based form on the span itself, bodies JSON-encoded in `gen_ai.event.content`.
    // (opentelemetry-instrumentation-openai-v2 2.0b0–2.3b0 emits the same event names, but as
    // log records, which never reach a trace pipeline.)
    let s = one(include_str!(
        "../../tests/data/normalize/azure_ai_inference_events_chat.json"
    ));
    assert_eq!(s.service, "mile-bot");
    assert_eq!(s.kind, OperationKind::Llm);
    assert_eq!(s.operation.as_deref(), Some("chat"));
    assert_eq!(s.model.as_deref(), Some("gpt-4o-2024-08-06"));
    // Older `gen_ai.system` when `gen_ai.provider.name` is absent.
    assert_eq!(s.provider.as_deref(), Some("az.ai.inference"));
    assert_eq!(
        s.input,
        captured("You are a helpful assistant.\nHow many feet are in a mile?")
    );
    assert_eq!(s.output, captured("There are 5,280 feet in a mile."));
    assert_eq!(s.usage, tokens(25, 11));
    assert_eq!(s.error, None);
}

#[test]
fn pydantic_ai_execute_tool_failure_with_exception_event() {
    // Imitates pydantic-ai 1.0.x (instrumentation version 3+, include_content=True): a tool
    // that raised. pydantic-ai records the exception event and sets status ERROR without a
    // description, and writes no `error.type`.
    let s = one(include_str!(
        "../../tests/data/normalize/pydantic_ai_execute_tool_error.json"
    ));
    assert_eq!(s.name, "execute_tool get_weather");
    assert_eq!(s.service, "travel-agent");
    assert_eq!(s.kind, OperationKind::Tool);
    assert_eq!(s.operation.as_deref(), Some("execute_tool"));
    assert_eq!(s.tool.as_deref(), Some("get_weather"));
    // Propagated through baggage onto the tool span.
    assert_eq!(s.agent.as_deref(), Some("travel_planner"));
    assert_eq!(s.model, None);
    assert_eq!(s.provider, None);
    assert_eq!(s.input, captured(r#"{"city":"Lyon"}"#));
    // No result was recorded: nothing to score on the output side.
    assert_eq!(s.output.text, None);
    assert!(!s.output.is_captured());
    assert_eq!(
        s.error,
        Some(SpanError {
            error_type: Some("ConnectionError".into()),
            message: Some("weather API unreachable: timed out after 10s".into()),
            sources: vec![ErrorSource::Status, ErrorSource::Exception],
        })
    );
    assert_eq!(s.usage, TokenUsage::default());
    assert_eq!(s.duration_nanos(), 10_000_000_000);
}

#[test]
fn otel_util_genai_tool_failure_with_error_type() {
    // Imitates opentelemetry-util-genai 0.2b0 ToolInvocation.fail(KeyError(...)): status ERROR
    // with str(error), `error.type` = the exception's __qualname__, no exception event. The
    // resource has no service.name.
    let s = one(include_str!(
        "../../tests/data/normalize/otel_util_genai_tool_error.json"
    ));
    assert_eq!(s.service, "unknown_service");
    assert_eq!(s.kind, OperationKind::Tool);
    assert_eq!(s.tool.as_deref(), Some("lookup_order"));
    assert_eq!(
        s.error,
        Some(SpanError {
            error_type: Some("KeyError".into()),
            message: Some("'order 1234 not found'".into()),
            sources: vec![ErrorSource::Status, ErrorSource::ErrorType],
        })
    );
    assert_eq!(s.input, Content::default());
    assert_eq!(s.output, Content::default());
}

#[test]
fn pydantic_ai_invoke_agent() {
    // Imitates pydantic-ai 1.0.x agent run span (instrumentation version 3+): instructions in
    // `gen_ai.system_instructions`, history in `pydantic_ai.all_messages`, the result in
    // `final_result`, run usage in `gen_ai.usage.*`.
    let s = one(include_str!(
        "../../tests/data/normalize/pydantic_ai_invoke_agent.json"
    ));
    assert_eq!(s.name, "invoke_agent travel_planner");
    assert_eq!(s.kind, OperationKind::Agent);
    assert_eq!(s.operation.as_deref(), Some("invoke_agent"));
    assert_eq!(s.agent.as_deref(), Some("travel_planner"));
    assert_eq!(s.tool, None);
    // `model_name` is pydantic-ai's own attribute, not a convention: not read.
    assert_eq!(s.model, None);
    // Instructions then the user prompt; not the tool traffic nor the agent's reply.
    assert_eq!(s.input, captured("Plan short trips.\nPlan a day in Lyon."));
    assert_eq!(
        s.output,
        captured("Morning at Fourvière, lunch in a bouchon, evening by the Saône.")
    );
    assert_eq!(s.usage, tokens(412, 58));
    assert_eq!(s.error, None);
}

#[test]
fn openllmetry_openai_chat_with_indexed_attributes() {
    // Imitates opentelemetry-instrumentation-openai (OpenLLMetry / traceloop) 0.40.x: indexed
    // `gen_ai.prompt.N.*` / `gen_ai.completion.N.*`, list content JSON-encoded, older
    // `gen_ai.usage.prompt_tokens` / `completion_tokens`, `llm.request.type`.
    let s = one(include_str!(
        "../../tests/data/normalize/openllmetry_openai_chat.json"
    ));
    assert_eq!(s.name, "openai.chat");
    assert_eq!(s.service, "support-bot");
    assert_eq!(s.kind, OperationKind::Llm);
    assert_eq!(s.operation.as_deref(), Some("chat"));
    assert_eq!(s.model.as_deref(), Some("gpt-4o-2024-08-06"));
    assert_eq!(s.provider.as_deref(), Some("OpenAI"));
    assert_eq!(
        s.input,
        captured("You are a support agent for Acme.\nMy order #1234 never arrived.")
    );
    assert_eq!(
        s.output,
        captured("I'm sorry about that. I have opened a claim for order #1234.")
    );
    assert_eq!(s.usage, tokens(47, 24));
    // Status OK is not an error.
    assert_eq!(s.error, None);
}

#[test]
fn openllmetry_traceloop_tool_and_workflow_entities() {
    // Imitates traceloop-sdk 0.40.x decorators (@tool, @workflow): `traceloop.entity.input`
    // is json.dumps({"args": [...], "kwargs": {...}}), `traceloop.entity.output` json.dumps(result).
    let spans = normalize(include_str!(
        "../../tests/data/normalize/openllmetry_tool_task.json"
    ));
    assert_eq!(spans.len(), 2);

    let tool = &spans[0];
    assert_eq!(tool.name, "lookup_order.tool");
    assert_eq!(tool.kind, OperationKind::Tool);
    assert_eq!(tool.operation.as_deref(), Some("tool"));
    assert_eq!(tool.tool.as_deref(), Some("lookup_order"));
    assert_eq!(tool.agent, None);
    // One positional string argument: the argument itself.
    assert_eq!(tool.input, captured("1234"));
    // A structured result stays JSON, verbatim.
    assert_eq!(
        tool.output,
        captured(r#"{"order_id": "1234", "status": "lost_in_transit"}"#)
    );

    let workflow = &spans[1];
    assert_eq!(workflow.kind, OperationKind::Other);
    assert_eq!(workflow.operation.as_deref(), Some("workflow"));
    assert_eq!(workflow.tool, None);
    assert_eq!(workflow.input, captured("My order #1234 never arrived."));
    // A JSON string result is unquoted.
    assert_eq!(
        workflow.output,
        captured("I'm sorry about that. I have opened a claim for order #1234.")
    );
    assert_eq!(workflow.service, "support-bot");
}

#[test]
fn openinference_openai_llm() {
    // Imitates openinference-instrumentation-openai 0.1.x: flattened llm.input_messages /
    // llm.output_messages next to the raw request / response JSON in input.value / output.value.
    let s = one(include_str!(
        "../../tests/data/normalize/openinference_openai_llm.json"
    ));
    assert_eq!(s.name, "ChatCompletion");
    assert_eq!(s.service, "phoenix-demo");
    assert_eq!(s.kind, OperationKind::Llm);
    assert_eq!(s.operation.as_deref(), Some("LLM"));
    assert_eq!(s.model.as_deref(), Some("gpt-4o-mini-2024-07-18"));
    // llm.provider is listed before llm.system.
    assert_eq!(s.provider.as_deref(), Some("openai"));
    assert_eq!(s.input, captured("Reply in French.\nHello!"));
    assert_eq!(s.output, captured("Bonjour ! Comment puis-je vous aider ?"));
    assert_eq!(s.usage, tokens(21, 9));
    assert_eq!(s.error, None);
}

#[test]
fn openinference_output_value_json_when_no_messages() {
    // Same span without the flattened messages: input.value / output.value (application/json)
    // are read for their text: request messages, response choices.
    let json = include_str!("../../tests/data/normalize/openinference_openai_llm.json");
    let mut req = parse(json);
    let span = &mut req.resource_spans[0].scope_spans[0].spans[0];
    span.attributes.retain(|kv| {
        !kv.key.starts_with("llm.input_messages") && !kv.key.starts_with("llm.output_messages")
    });
    let s = normalize_span(
        req.resource_spans[0].resource.as_ref(),
        &req.resource_spans[0].scope_spans[0].spans[0],
        &NormalizeOptions::default(),
    );
    assert_eq!(s.input, captured("Reply in French.\nHello!"));
    assert_eq!(s.output, captured("Bonjour ! Comment puis-je vous aider ?"));
}

#[test]
fn openinference_tool() {
    // Imitates openinference-instrumentation-smolagents 0.1.x tool span: bound call arguments
    // as JSON in input.value, the tool's text result in output.value (text/plain).
    let s = one(include_str!(
        "../../tests/data/normalize/openinference_tool.json"
    ));
    assert_eq!(s.kind, OperationKind::Tool);
    assert_eq!(s.operation.as_deref(), Some("TOOL"));
    assert_eq!(s.tool.as_deref(), Some("web_search"));
    assert_eq!(s.model, None);
    assert_eq!(s.input, captured("population of Lyon"));
    assert_eq!(
        s.output,
        captured("## Search Results\n[Lyon - Wikipedia] Lyon has a population of 522,250 (2021).")
    );
    assert_eq!(s.usage, TokenUsage::default());
}

#[test]
fn openinference_retriever() {
    // Imitates openinference-instrumentation-llama-index 4.x retriever span:
    // retrieval.documents.N.document.{id,score,content,metadata}, the query in input.value.
    let s = one(include_str!(
        "../../tests/data/normalize/openinference_retriever.json"
    ));
    assert_eq!(s.kind, OperationKind::Retrieval);
    assert_eq!(s.operation.as_deref(), Some("RETRIEVER"));
    assert_eq!(s.service, "rag-api");
    assert_eq!(s.input, captured("What is the refund window?"));
    assert_eq!(
        s.output,
        captured(
            "Refunds are accepted within 30 days of delivery.\n\
             Items must be unused and in original packaging."
        )
    );
}

#[test]
fn plain_http_server_span() {
    // Imitates opentelemetry-instrumentation-asgi 0.59b0 (FastAPI) server span.
    let s = one(include_str!("../../tests/data/normalize/http_server.json"));
    assert_eq!(s.name, "GET /orders/{order_id}");
    assert_eq!(s.service, "orders-api");
    assert_eq!(s.kind, OperationKind::Other);
    assert_eq!(s.operation, None);
    assert_eq!(s.model, None);
    assert_eq!(s.provider, None);
    assert_eq!(s.agent, None);
    assert_eq!(s.tool, None);
    assert_eq!(s.error, None);
    assert_eq!(s.input.text, None);
    assert_eq!(s.output.text, None);
    assert_eq!(s.usage, TokenUsage::default());
    assert_eq!(s.duration_nanos(), 12_000_000);
}

#[test]
fn large_content_is_truncated_at_char_boundary() {
    // Imitates opentelemetry-instrumentation-openai-v2 (latest experimental) with a long reply.
    let json = include_str!("../../tests/data/normalize/otel_openai_v2_large.json");
    let full = one(json);
    assert!(!full.output.truncated);
    let full_text = full.output.text.clone().unwrap();
    assert!(full_text.ends_with("Fin: été, ça va."));
    assert_eq!(
        full_text.len(),
        "Lyon est une ville française. ".len() * 200 + "Fin: été, ça va.".len()
    );

    // A limit that falls inside the two bytes of the first "é" of "été".
    let e_acute = full_text.find("été").unwrap();
    let opts = NormalizeOptions {
        max_content_bytes: e_acute + 1,
    };
    let req = parse(json);
    let s = &normalize_request(&req, &opts)[0];
    let out = s.output.text.as_deref().unwrap();
    assert!(s.output.truncated);
    assert_eq!(out, &full_text[..e_acute]);
    assert!(out.len() <= opts.max_content_bytes);
    // The input fits and is not flagged.
    assert_eq!(s.input, captured("Écris un long texte sur Lyon."));
}

#[test]
fn default_limit_is_one_mebibyte() {
    assert_eq!(NormalizeOptions::default().max_content_bytes, 1 << 20);
    let big = "é".repeat(600_000); // 1.2 MB
    let json = serde_json::json!({"resourceSpans": [{"scopeSpans": [{"spans": [{
        "traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "0102030405060708",
        "name": "execute_tool t", "kind": 1,
        "startTimeUnixNano": "1", "endTimeUnixNano": "2",
        "attributes": [
            {"key": "gen_ai.operation.name", "value": {"stringValue": "execute_tool"}},
            {"key": "gen_ai.tool.call.result", "value": {"stringValue": big}}
        ]
    }]}]}]})
    .to_string();
    let s = one(&json);
    let out = s.output.text.unwrap();
    assert!(s.output.truncated);
    assert_eq!(out.len(), 1 << 20); // 2-byte chars, even limit: exactly full
    assert!(out.chars().all(|c| c == 'é'));
    assert_eq!(s.service, "unknown_service");
}

#[test]
fn older_content_events_prompt_and_completion() {
    // The semconv ≤ 1.27 span events (`gen_ai.content.prompt` / `gen_ai.content.completion`
    // with `gen_ai.prompt` / `gen_ai.completion`), valued as in the spec's examples (OpenAI
    // message JSON); plain strings are taken verbatim.
    let json = serde_json::json!({"resourceSpans": [{"resource": {"attributes": [
        {"key": "service.name", "value": {"stringValue": "sk-app"}}
    ]}, "scopeSpans": [{"spans": [{
        "traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "0102030405060708",
        "name": "chat.completions gpt-4", "kind": 3,
        "startTimeUnixNano": "100", "endTimeUnixNano": "200",
        "attributes": [
            {"key": "gen_ai.system", "value": {"stringValue": "openai"}},
            {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4"}},
            {"key": "gen_ai.usage.prompt_tokens", "value": {"intValue": "12"}},
            {"key": "gen_ai.usage.completion_tokens", "value": {"intValue": "7"}}
        ],
        "events": [
            {"timeUnixNano": "150", "name": "gen_ai.content.prompt", "attributes": [
                {"key": "gen_ai.prompt", "value": {"stringValue":
                    "[{\"role\": \"user\", \"content\": \"What is the capital of France?\"}]"}}
            ]},
            {"timeUnixNano": "190", "name": "gen_ai.content.completion", "attributes": [
                {"key": "gen_ai.completion", "value": {"stringValue": "The capital of France is Paris."}}
            ]}
        ]
    }]}]}]})
    .to_string();
    let s = one(&json);
    // No operation name: an LLM span from this era is still "Other" by kind, but its content
    // and model are read.
    assert_eq!(s.kind, OperationKind::Other);
    assert_eq!(s.model.as_deref(), Some("gpt-4"));
    assert_eq!(s.provider.as_deref(), Some("openai"));
    assert_eq!(s.input, captured("What is the capital of France?"));
    assert_eq!(s.output, captured("The capital of France is Paris."));
    assert_eq!(s.usage, tokens(12, 7));
}

#[test]
fn structured_messages_and_empty_reply() {
    // Messages recorded in structured form (array / kvlist AnyValues), as the semconv asks
    // where the SDK supports it; an empty reply is captured as Some("").
    let json = r#"{"resourceSpans": [{"scopeSpans": [{"spans": [{
        "traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "0102030405060708",
        "name": "chat m", "kind": 3, "startTimeUnixNano": "1", "endTimeUnixNano": "2",
        "attributes": [
            {"key": "gen_ai.operation.name", "value": {"stringValue": "generate_content"}},
            {"key": "gen_ai.input.messages", "value": {"arrayValue": {"values": [
                {"kvlistValue": {"values": [
                    {"key": "role", "value": {"stringValue": "user"}},
                    {"key": "parts", "value": {"arrayValue": {"values": [
                        {"kvlistValue": {"values": [
                            {"key": "type", "value": {"stringValue": "text"}},
                            {"key": "content", "value": {"stringValue": "Say nothing."}}
                        ]}}
                    ]}}}
                ]}}
            ]}}},
            {"key": "gen_ai.output.messages", "value": {"stringValue":
                "[{\"role\": \"model\", \"parts\": [{\"type\": \"text\", \"content\": \"\"}], \"finish_reason\": \"stop\"}]"}}
        ]
    }]}]}]}"#;
    let s = one(json);
    assert_eq!(s.kind, OperationKind::Llm);
    assert_eq!(s.operation.as_deref(), Some("generate_content"));
    assert_eq!(s.input, captured("Say nothing."));
    assert_eq!(s.output, captured(""));
    assert!(s.output.is_captured());
}

#[test]
fn all_error_sources_in_order_and_bad_ids() {
    let json = serde_json::json!({"resourceSpans": [{"scopeSpans": [{"spans": [{
        "traceId": "0102", "spanId": "01",
        "name": "chat m", "kind": 3, "startTimeUnixNano": "500", "endTimeUnixNano": "400",
        "status": {"code": 2, "message": "Error code: 429 - rate limited"},
        "attributes": [
            {"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
            {"key": "error.type", "value": {"stringValue": "RateLimitError"}}
        ],
        "events": [{"timeUnixNano": "450", "name": "exception", "attributes": [
            {"key": "exception.type", "value": {"stringValue": "openai.RateLimitError"}},
            {"key": "exception.message", "value": {"stringValue": "rate limited (exception)"}}
        ]}]
    }]}]}]})
    .to_string();
    let s = one(&json);
    assert_eq!(s.trace_id, [0; 16]);
    assert_eq!(s.span_id, [0; 8]);
    assert_eq!(s.end_unix_nano, 500);
    assert_eq!(s.duration_nanos(), 0);
    assert_eq!(
        s.error,
        Some(SpanError {
            error_type: Some("RateLimitError".into()),
            message: Some("Error code: 429 - rate limited".into()),
            sources: vec![
                ErrorSource::Status,
                ErrorSource::ErrorType,
                ErrorSource::Exception
            ],
        })
    );
}

#[test]
fn request_keeps_order_and_per_resource_service() {
    let mut a = parse(include_str!("../../tests/data/normalize/http_server.json"));
    let b = parse(include_str!(
        "../../tests/data/normalize/openinference_tool.json"
    ));
    a.resource_spans.extend(b.resource_spans);
    let spans = normalize_request(&a, &NormalizeOptions::default());
    assert_eq!(spans.len(), 2);
    assert_eq!(
        (spans[0].service.as_str(), spans[0].kind),
        ("orders-api", OperationKind::Other)
    );
    assert_eq!(
        (spans[1].service.as_str(), spans[1].kind),
        ("phoenix-demo", OperationKind::Tool)
    );
    // normalize_span agrees with normalize_request.
    let rs = &a.resource_spans[1];
    assert_eq!(
        normalize_span(
            rs.resource.as_ref(),
            &rs.scope_spans[0].spans[0],
            &NormalizeOptions::default()
        ),
        spans[1]
    );
}

#[test]
fn finish_reasons_from_the_attribute_the_output_messages_or_a_raw_response() {
    let span = |attrs: &str| {
        one(&format!(
            r#"{{"resourceSpans": [{{"scopeSpans": [{{"spans": [{{
                "traceId": "5b8aa5a2d2c872e8321cf37308d69df2", "spanId": "051581bf3cb55c13",
                "name": "chat", "startTimeUnixNano": "1", "endTimeUnixNano": "2",
                "attributes": [{attrs}]}}]}}]}}]}}"#
        ))
    };
    let op = r#"{"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}}"#;
    // The attribute, several choices: the most telling wins.
    let s = span(&format!(
        r#"{op}, {{"key": "gen_ai.response.finish_reasons", "value": {{"arrayValue": {{"values": [{{"stringValue": "stop"}}, {{"stringValue": "length"}}]}}}}}}"#
    ));
    assert_eq!(s.finish_reason, Some(FinishReason::Length));
    // Only in the output messages (the OTel contrib instrumentation, streamed); a reply that
    // quotes the key in its text does not count.
    let messages = serde_json::json!([{"role": "assistant", "finish_reason": "length",
        "parts": [{"type": "text", "content": "use {\"finish_reason\": \"stop\"}"}]}])
    .to_string();
    let s = span(&format!(
        r#"{op}, {{"key": "gen_ai.output.messages", "value": {{"stringValue": {}}}}}"#,
        serde_json::Value::String(messages)
    ));
    assert_eq!(s.finish_reason, Some(FinishReason::Length));
    // OpenInference: the raw response in output.value.
    let raw = r#"{"choices": [{"finish_reason": "content_filter", "message": {"content": ""}}]}"#;
    let s = span(&format!(
        r#"{{"key": "openinference.span.kind", "value": {{"stringValue": "LLM"}}}},
           {{"key": "output.mime_type", "value": {{"stringValue": "application/json"}}}},
           {{"key": "output.value", "value": {{"stringValue": {}}}}}"#,
        serde_json::Value::String(raw.into())
    ));
    assert_eq!(s.finish_reason, Some(FinishReason::ContentFilter));
    // Not an LLM span: not read.
    let s = span(
        r#"{"key": "gen_ai.operation.name", "value": {"stringValue": "execute_tool"}}, {"key": "gen_ai.response.finish_reasons", "value": {"stringValue": "length"}}"#,
    );
    assert_eq!(s.finish_reason, None);
}

#[test]
fn parent_ids_tool_definitions_and_requested_calls() {
    // A chat span of the OTel contrib instrumentation with `gen_ai.tool.definitions` captured
    // (structured), under an agent span, whose reply asks for two tools; a tool span of
    // OpenInference under it; a root span with an all-zero parent id.
    let json = r#"{"resourceSpans": [{"scopeSpans": [{"spans": [{
        "traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "0102030405060708",
        "parentSpanId": "1111111111111111",
        "name": "chat gpt-4o", "kind": 3, "startTimeUnixNano": "1", "endTimeUnixNano": "2",
        "attributes": [
            {"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
            {"key": "gen_ai.tool.definitions", "value": {"arrayValue": {"values": [
                {"kvlistValue": {"values": [
                    {"key": "type", "value": {"stringValue": "function"}},
                    {"key": "name", "value": {"stringValue": "get_weather"}},
                    {"key": "parameters", "value": {"kvlistValue": {"values": [
                        {"key": "type", "value": {"stringValue": "object"}}
                    ]}}}
                ]}}
            ]}}},
            {"key": "gen_ai.output.messages", "value": {"stringValue":
                "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"tool_call\", \"id\": \"c1\", \"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}, {\"type\": \"tool_call\", \"id\": \"c2\", \"name\": \"send_email\", \"arguments\": {}}], \"finish_reason\": \"tool_call\"}]"}}
        ]
    }, {
        "traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "0202030405060708",
        "parentSpanId": "0102030405060708",
        "name": "get_weather", "kind": 1, "startTimeUnixNano": "3", "endTimeUnixNano": "4",
        "attributes": [
            {"key": "openinference.span.kind", "value": {"stringValue": "TOOL"}},
            {"key": "tool.name", "value": {"stringValue": "get_weather"}},
            {"key": "input.value", "value": {"stringValue": "{\"city\": \"Paris\"}"}},
            {"key": "input.mime_type", "value": {"stringValue": "application/json"}}
        ]
    }, {
        "traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "0302030405060708",
        "parentSpanId": "0000000000000000",
        "name": "invoke_agent weather", "kind": 1, "startTimeUnixNano": "0", "endTimeUnixNano": "5",
        "attributes": [{"key": "gen_ai.operation.name", "value": {"stringValue": "invoke_agent"}}]
    }]}]}]}"#;
    let spans = normalize(json);
    let (chat, tool, agent) = (&spans[0], &spans[1], &spans[2]);
    assert_eq!(chat.parent_span_id, Some([0x11; 8]));
    let definitions = chat.tools.definitions.as_ref().unwrap();
    assert_eq!(definitions.len(), 1);
    assert_eq!(definitions[0].name, "get_weather");
    assert_eq!(
        definitions[0].parameters,
        Some(serde_json::json!({"type": "object"}))
    );
    assert_eq!(chat.tools.requested, ["get_weather", "send_email"]);
    assert_eq!(tool.parent_span_id, Some(chat.span_id));
    assert_eq!(tool.kind, OperationKind::Tool);
    assert_eq!(tool.input, captured("{\"city\": \"Paris\"}"));
    assert_eq!(tool.tools, ToolUse::default());
    assert_eq!(agent.parent_span_id, None);
    assert_eq!(agent.tools.definitions, None);
}
