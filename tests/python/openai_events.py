"""The real OpenAI Python SDK instrumented by opentelemetry-instrumentation-openai-v2 (the OTel
contrib one), calling the fake OpenAI server (fake_openai.py) and exporting its spans *and its
log events* to agentwatch over OTLP, for tests/python_sdk.rs.

    python3 openai_events.py MODE PROTOCOL ENDPOINT SERVICE

MODE, how the instrumentation records content:
- `span`: `OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental` with
  `OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=SPAN_ONLY` — on the span (the reference);
- `events`: the same with `EVENT_ONLY` — one `gen_ai.client.inference.operation.details` log
  event per call;
- `legacy`: no opt-in, `OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true` — one log event
  per message (`gen_ai.system.message`, `gen_ai.user.message`, `gen_ai.choice`).
PROTOCOL: `grpc` (ENDPOINT `127.0.0.1:PORT`) or `http` (ENDPOINT `http://127.0.0.1:PORT`).
Makes two chat completions (`leak`, whose reply refuses and leaks PII, and `json`) and prints
one line per exported span: `trace_id span_id prompt`.
"""

import os
import sys

mode, protocol, endpoint, service = sys.argv[1:5]
# Read by the instrumentation when it is imported: set first.
if mode == "legacy":
    os.environ.pop("OTEL_SEMCONV_STABILITY_OPT_IN", None)
    os.environ["OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"] = "true"
elif mode in ("span", "events"):
    os.environ["OTEL_SEMCONV_STABILITY_OPT_IN"] = "gen_ai_latest_experimental"
    os.environ["OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"] = (
        "SPAN_ONLY" if mode == "span" else "EVENT_ONLY"
    )
else:
    sys.exit(f"unknown mode {mode}")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fake_openai  # noqa: E402
from opentelemetry.sdk._logs import LoggerProvider  # noqa: E402
from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor  # noqa: E402
from opentelemetry.sdk.resources import Resource  # noqa: E402
from opentelemetry.sdk.trace import TracerProvider  # noqa: E402
from opentelemetry.sdk.trace.export import (  # noqa: E402
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)

if protocol == "grpc":
    from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter
    from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

    spans_out = OTLPSpanExporter(endpoint=endpoint, insecure=True)
    logs_out = OTLPLogExporter(endpoint=endpoint, insecure=True)
elif protocol == "http":
    from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    spans_out = OTLPSpanExporter(endpoint=f"{endpoint}/v1/traces")
    logs_out = OTLPLogExporter(endpoint=f"{endpoint}/v1/logs")
else:
    sys.exit(f"unknown protocol {protocol}")

spans_seen = []


class Recorder(SpanExporter):
    def export(self, spans):
        for s in spans:
            ctx = s.get_span_context()
            spans_seen.append((format(ctx.trace_id, "032x"), format(ctx.span_id, "016x")))
        return SpanExportResult.SUCCESS

    def shutdown(self):
        pass


resource = Resource.create({"service.name": service})
tracer_provider = TracerProvider(resource=resource)
tracer_provider.add_span_processor(SimpleSpanProcessor(spans_out))
tracer_provider.add_span_processor(SimpleSpanProcessor(Recorder()))
logger_provider = LoggerProvider(resource=resource)
# Synchronous: a call's events are sent while it runs, before its span ends.
logger_provider.add_log_record_processor(SimpleLogRecordProcessor(logs_out))

from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor  # noqa: E402

OpenAIInstrumentor().instrument(tracer_provider=tracer_provider, logger_provider=logger_provider)

import openai  # noqa: E402

client = openai.OpenAI(base_url=fake_openai.start(), api_key="sk-test-not-a-key", max_retries=0)
calls = []
for prompt in ["leak", "json"]:
    before = len(spans_seen)
    client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You plan trips."},
            {"role": "user", "content": prompt},
        ],
    )
    for trace_id, span_id in spans_seen[before:]:
        calls.append((trace_id, span_id, prompt))

logger_provider.shutdown()
tracer_provider.shutdown()
for call in calls:
    print(" ".join(call))
