"""The real OpenAI Python SDK, instrumented by one of the three OpenAI instrumentations, calling
the fake OpenAI server (fake_openai.py) and exporting its spans to agentwatch over OTLP/HTTP.

    python3 openai_sdk.py INSTRUMENTATION OTLP_HTTP_ENDPOINT SERVICE

INSTRUMENTATION: `openinference` (openinference-instrumentation-openai), `openllmetry`
(opentelemetry-instrumentation-openai, Traceloop) or `otel` (opentelemetry-instrumentation-openai-v2,
the OTel contrib one). Makes four chat completions — `json` and `long` (cut at max_tokens)
unstreamed, `json` and `fenced json` streamed with `stream_options.include_usage` — and prints
one line per exported span: `trace_id span_id prompt_tokens completion_tokens finish_reason
reply_kind name`, where the token counts are what the fake server reported for that call, so the
test can compute tokens and cost on its own.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fake_openai  # noqa: E402
from opentelemetry import trace  # noqa: E402
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter  # noqa: E402
from opentelemetry.sdk.resources import Resource  # noqa: E402
from opentelemetry.sdk.trace import TracerProvider  # noqa: E402
from opentelemetry.sdk.trace.export import (  # noqa: E402
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)

instrumentation, endpoint, service = sys.argv[1:4]
# Content capture where the instrumentation needs to be told (OTel contrib: on the span).
os.environ.setdefault("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "SPAN_ONLY")
os.environ.setdefault("OTEL_SEMCONV_STABILITY_OPT_IN", "gen_ai_latest_experimental")
os.environ.setdefault("TRACELOOP_TRACE_CONTENT", "true")

spans_seen = []


class Recorder(SpanExporter):
    def export(self, spans):
        for s in spans:
            ctx = s.get_span_context()
            spans_seen.append((format(ctx.trace_id, "032x"), format(ctx.span_id, "016x"), s.name))
        return SpanExportResult.SUCCESS

    def shutdown(self):
        pass


provider = TracerProvider(resource=Resource.create({"service.name": service}))
provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=f"{endpoint}/v1/traces")))
provider.add_span_processor(SimpleSpanProcessor(Recorder()))
trace.set_tracer_provider(provider)

if instrumentation == "openinference":
    from openinference.instrumentation.openai import OpenAIInstrumentor
elif instrumentation == "openllmetry":
    from opentelemetry.instrumentation.openai import OpenAIInstrumentor
elif instrumentation == "otel":
    from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor
else:
    sys.exit(f"unknown instrumentation {instrumentation}")
OpenAIInstrumentor().instrument(tracer_provider=provider)

import openai  # noqa: E402

client = openai.OpenAI(base_url=fake_openai.start(), api_key="sk-test-not-a-key", max_retries=0)
calls = []
for prompt, stream, max_tokens in [
    ("json", False, None),
    ("long", False, 12),
    ("json", True, None),
    ("fenced json", True, None),
]:
    messages = [
        {"role": "system", "content": "You plan trips."},
        {"role": "user", "content": prompt},
    ]
    before = len(spans_seen)
    kwargs = {"model": "gpt-4o-mini", "messages": messages}
    if max_tokens:
        kwargs["max_tokens"] = max_tokens
    if stream:
        kwargs["stream"] = True
        kwargs["stream_options"] = {"include_usage": True}
        for _ in client.chat.completions.create(**kwargs):
            pass
    else:
        client.chat.completions.create(**kwargs)
    reply, finish = fake_openai.answer(messages, max_tokens)
    used = fake_openai.usage(messages, reply)
    kind = {"json": "json", "fenced json": "fenced", "long": "cut"}[prompt]
    for trace_id, span_id, name in spans_seen[before:]:
        calls.append((trace_id, span_id, used["prompt_tokens"], used["completion_tokens"], finish, kind, name))

provider.shutdown()
for call in calls:
    print(" ".join(str(x) for x in call))
