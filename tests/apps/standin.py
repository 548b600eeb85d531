"""A few-dozen-line OpenAI-compatible stand-in on 127.0.0.1 that counts the calls it gets.

    with StandIn(answer="...") as up:      # up.url = "http://127.0.0.1:PORT/v1"; up.calls = [(method, path)]
        ...

Streaming (``"stream": true``) is answered as server-sent events, word by word, like a real provider.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class StandIn:
    def __init__(self, answer: str = "{}"):
        self.answer = answer
        self.calls: list[tuple[str, str]] = []
        up = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet test output
                pass

            def do_GET(self):
                up.calls.append(("GET", self.path))
                self._json({"object": "list", "data": [{"id": "stand-in", "object": "model"}]})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"{}")
                up.calls.append(("POST", self.path))
                if body.get("stream"):
                    self.send_response(200)
                    self.send_header("content-type", "text/event-stream")
                    self.end_headers()
                    for word in up.answer.split(" "):
                        chunk = {"id": "c", "object": "chat.completion.chunk", "model": "stand-in",
                                 "choices": [{"index": 0, "delta": {"content": word + " "}}]}  # fmt: skip
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.write(b"data: [DONE]\n\n")
                    return
                self._json({"id": "c", "object": "chat.completion", "model": "stand-in",
                            "choices": [{"index": 0, "finish_reason": "stop",
                                         "message": {"role": "assistant", "content": up.answer}}],
                            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}})  # fmt: skip

            def _json(self, obj):
                data = json.dumps(obj).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> StandIn:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
