"""Emit GenAI spans with the official OpenTelemetry Python SDK and OTLP exporter.

Usage: emit_genai_spans.py grpc|http ENDPOINT SERVICE

An `https://` ENDPOINT connects over TLS; certificates and headers come from the exporter's
standard variables (OTEL_EXPORTER_OTLP_CERTIFICATE, OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE,
OTEL_EXPORTER_OTLP_CLIENT_KEY, OTEL_EXPORTER_OTLP_HEADERS), as a user would set them.

Builds the spans the way GenAI instrumentations do (opentelemetry-instrumentation-openai-v2
style attributes): an invoke_agent span, a chat span with gen_ai.*.messages content, a
successful tool call and a failed one (status ERROR + error.type + recorded exception).
Prints one line per span, "<trace_id> <span_id> <name>", then flushes and exits 0 only if
the exporter reported success.
"""

import json
import sys

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExportResult
from opentelemetry.trace import Status, StatusCode


class RecordingExporter:
    """Wraps the OTLP exporter and remembers whether every export succeeded."""

    def __init__(self, inner):
        self.inner = inner
        self.ok = True

    def export(self, spans):
        result = self.inner.export(spans)
        if result != SpanExportResult.SUCCESS:
            self.ok = False
        return result

    def shutdown(self):
        self.inner.shutdown()

    def force_flush(self, timeout_millis=30000):
        return True


def main():
    protocol, endpoint, service = sys.argv[1], sys.argv[2], sys.argv[3]
    if protocol == "grpc":
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

        tls = endpoint.startswith("https://")
        inner = OTLPSpanExporter(endpoint=endpoint, insecure=not tls, compression=None)
    else:
        from opentelemetry.exporter.otlp.proto.http import Compression
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        inner = OTLPSpanExporter(endpoint=endpoint + "/v1/traces", compression=Compression.Gzip)
    exporter = RecordingExporter(inner)
    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("agentwatch.tests.python_sdk", "1.0")

    def show(span):
        ctx = span.get_span_context()
        print(f"{ctx.trace_id:032x} {ctx.span_id:016x} {span.name}", flush=True)

    with tracer.start_as_current_span("invoke_agent travel-planner") as agent:
        agent.set_attribute("gen_ai.operation.name", "invoke_agent")
        agent.set_attribute("gen_ai.agent.name", "travel-planner")
        with tracer.start_as_current_span("chat gpt-4o-mini", kind=trace.SpanKind.CLIENT) as chat:
            chat.set_attribute("gen_ai.operation.name", "chat")
            chat.set_attribute("gen_ai.provider.name", "openai")
            chat.set_attribute("gen_ai.request.model", "gpt-4o-mini")
            chat.set_attribute("gen_ai.agent.name", "travel-planner")
            chat.set_attribute("gen_ai.usage.input_tokens", 31)
            chat.set_attribute("gen_ai.usage.output_tokens", 12)
            chat.set_attribute(
                "gen_ai.input.messages",
                json.dumps([{"role": "user", "parts": [{"type": "text", "content": "Weather in Porto?"}]}]),
            )
            chat.set_attribute(
                "gen_ai.output.messages",
                json.dumps(
                    [
                        {
                            "role": "assistant",
                            "parts": [{"type": "tool_call", "id": "call_1", "name": "get_weather", "arguments": {"city": "Porto"}}],
                            "finish_reason": "tool_call",
                        }
                    ]
                ),
            )
            show(chat)
        with tracer.start_as_current_span("execute_tool get_weather") as tool:
            tool.set_attribute("gen_ai.operation.name", "execute_tool")
            tool.set_attribute("gen_ai.tool.name", "get_weather")
            tool.set_attribute("gen_ai.agent.name", "travel-planner")
            show(tool)
        with tracer.start_as_current_span("execute_tool book_table", record_exception=False) as failing:
            failing.set_attribute("gen_ai.operation.name", "execute_tool")
            failing.set_attribute("gen_ai.tool.name", "book_table")
            failing.set_attribute("gen_ai.agent.name", "travel-planner")
            try:
                raise TimeoutError("restaurant API did not answer")
            except TimeoutError as exc:
                failing.record_exception(exc)
                failing.set_attribute("error.type", type(exc).__qualname__)
                failing.set_status(Status(StatusCode.ERROR, str(exc)))
            show(failing)
        show(agent)
    provider.shutdown()
    sys.exit(0 if exporter.ok else 1)


if __name__ == "__main__":
    main()
