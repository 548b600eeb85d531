"""A stand-in OpenAI-compatible chat server on 127.0.0.1 that records every prompt it receives.

    with StandIn() as server:                   # or StandIn(reply="echo") to answer with the whole prompt
        os.environ["GIGAI_BASE_URL"] = server.base_url
        ...
        server.prompts[-1]                      # the messages of the last request, as the model saw them

It answers ``/v1/chat/completions`` (plain JSON or SSE streaming) and ``/v1/models``. ``reply`` is a fixed
text, ``"echo"`` (every message's content), ``"recite"`` (every ``[sumber: ...]`` knowledge line it got: a
model dumping its knowledge, so a test can prove the output filter), or a callable
``messages -> text``. No real model: it tells whether a question reaches the model with the needed fact.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = str | Callable[[list[dict[str, Any]]], str]


class StandIn:
    def __init__(self, reply: Reply = "Baik, Kak. (sumber: stand-in)") -> None:
        self.reply = reply
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def _json(self, code: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                if self.path.rstrip("/").endswith("/models"):
                    self._json(200, {"object": "list", "data": [{"id": "stand-in", "object": "model"}]})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "not found"}})
                    return
                with owner._lock:
                    owner.requests.append(body)
                text = owner._answer(body.get("messages") or [])
                model = body.get("model") or "stand-in"
                if not body.get("stream"):
                    self._json(
                        200,
                        {
                            "id": "chatcmpl-standin",
                            "object": "chat.completion",
                            "created": int(time.time()),
                            "model": model,
                            "choices": [
                                {
                                    "index": 0,
                                    "message": {"role": "assistant", "content": text},
                                    "finish_reason": "stop",
                                }
                            ],
                            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
                        },
                    )
                    return
                try:
                    self._stream(model, text)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (a leak filter cut the stream): fine

            def _stream(self, model: str, text: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                words = text.split(" ")
                for i, word in enumerate(words):
                    delta = word if i == 0 else " " + word
                    self._event(model, {"content": delta}, None)
                self._event(model, {}, "stop")
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def _event(self, model: str, delta: dict[str, Any], finish: str | None) -> None:
                chunk = {
                    "id": "chatcmpl-standin",
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _answer(self, messages: list[dict[str, Any]]) -> str:
        if callable(self.reply):
            return self.reply(messages)
        if self.reply == "echo":
            return "\n".join(str(m.get("content") or "") for m in messages)
        if self.reply == "recite":  # a model that dumps every knowledge line it was given
            prompt = "\n".join(str(m.get("content") or "") for m in messages)
            return "\n".join(re.findall(r"^\[sumber: [^\]]+\].*$", prompt, re.M)) or "Baik, Kak."
        return self.reply

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    @property
    def prompts(self) -> list[list[dict[str, Any]]]:
        """The messages of every request received, oldest first."""
        with self._lock:
            return [list(r.get("messages") or []) for r in self.requests]

    def last_prompt_text(self) -> str:
        prompts = self.prompts
        return "\n".join(str(m.get("content") or "") for m in prompts[-1]) if prompts else ""

    def start(self) -> StandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
