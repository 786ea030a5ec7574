"""A fake OpenAI Chat Completions endpoint, for tests/python/openai_sdk.py.

Answers `POST /v1/chat/completions` as the OpenAI API does, streamed (server-sent events, with a
last usage chunk when `stream_options.include_usage` is set) and not. What it answers depends on
the last user message:

- `json`: the reply is a JSON object (`{"destination": "Lisbon", "days": 3}`);
- `fenced json`: the same object wrapped in a markdown fence (a model that started fencing);
- `long`: the reply is cut at `max_tokens`, finish reason `length`;
- `leak`: a refusal that leaks an e-mail address and a phone number (for the content
  evaluators, tests/python/openai_events.py);
- anything else: a short prose reply, finish reason `stop`.

Usage is deterministic so tests can compute tokens and cost: prompt tokens = 20 + the number of
messages, of which 8 are cached (`prompt_tokens_details.cached_tokens`); completion tokens =
the number of words of the reply.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODEL = "gpt-4o-mini-2024-07-18"
OBJECT = {"destination": "Lisbon", "days": 3}


def answer(messages, max_tokens):
    last = next((m.get("content") for m in reversed(messages) if m.get("role") == "user"), "")
    last = last if isinstance(last, str) else ""
    if last == "json":
        return json.dumps(OBJECT), "stop"
    if last == "fenced json":
        return "```json\n" + json.dumps(OBJECT) + "\n```", "stop"
    if last == "leak":
        return (
            "I'm sorry, but I can't share her itinerary. Write to jane.doe@example.org "
            "or call +1 415 555 0134."
        ), "stop"
    if last == "long":
        words = ("Lisbon is a city of seven hills and many viewpoints " * 20).split()
        return " ".join(words[: max_tokens or 16]), "length"
    return "Lisbon in May is warm and sunny, with long evenings.", "stop"


def usage(messages, reply):
    prompt = 20 + len(messages)
    completion = len(reply.split())
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 8, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0},
    }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        if not self.path.endswith("/chat/completions"):
            self.send_error(404)
            return
        messages = body.get("messages", [])
        reply, finish = answer(messages, body.get("max_tokens") or body.get("max_completion_tokens"))
        used = usage(messages, reply)
        if body.get("stream"):
            self.stream(reply, finish, used, (body.get("stream_options") or {}).get("include_usage"))
        else:
            self.send_json(
                {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": 1764000000,
                    "model": MODEL,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": reply, "refusal": None},
                            "logprobs": None,
                            "finish_reason": finish,
                        }
                    ],
                    "usage": used,
                    "system_fingerprint": "fp_fake",
                }
            )

    def send_json(self, obj):
        data = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def stream(self, reply, finish, used, include_usage):
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("connection", "close")
        self.end_headers()

        def chunk(choices, usage=None):
            event = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": 1764000000,
                "model": MODEL,
                "system_fingerprint": "fp_fake",
                "choices": choices,
            }
            if include_usage:
                event["usage"] = usage
            self.wfile.write(b"data: " + json.dumps(event).encode() + b"\n\n")

        chunk([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
        words = reply.split(" ")
        for i, word in enumerate(words):
            piece = word if i == 0 else " " + word
            chunk([{"index": 0, "delta": {"content": piece}, "finish_reason": None}])
        chunk([{"index": 0, "delta": {}, "finish_reason": finish}])
        if include_usage:
            chunk([], used)
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True


def start():
    """Serve on a free loopback port in a thread; returns the base URL (`.../v1`)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/v1"
