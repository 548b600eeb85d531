"""A tiny, fast OpenAI-compatible upstream for load tests and demos of the gateway (no model behind it).

It streams a fixed answer in ``chunks`` pieces, reports ``usage`` when asked (``stream_options``), records
every body it received (``app.state.seen``), and can be told to misbehave: ``fail_status`` (also settable at
run time: ``app.state.fail_status = 500``) answers every chat call with that HTTP status, ``echo_auth`` puts
the Authorization header it received into the answer (a hostile upstream: the gateway must scrub the key),
``bill_max_tokens`` bills what it is asked for, like a provider whose model talks until ``max_tokens``
(no ``max_tokens``: 4096). ``app.state.mode`` misbehaves differently: ``"hang"`` (no answer until the mode
changes), ``"stall"`` (one chunk, then nothing), ``"html"`` (a wifi login page with status 200), ``"json"``
(ignores ``stream`` and answers one JSON body). ``app.state.retry_after`` goes with ``fail_status``.

``Silent`` is a TCP server that accepts and never answers; ``closed_port_url()`` is an address nobody
listens on (connection refused).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

ANSWER = "Halo! Ini jawaban uji dari upstream palsu gigai untuk mengukur gateway kelas."


def create_fake_upstream(
    *,
    chunks: int = 8,
    delay: float = 0.0,
    fail_status: int | None = None,
    echo_auth: bool = False,
    bill_max_tokens: bool = False,
    model: str = "fake-model",
) -> Starlette:
    """Build the stub app; serve it with ``gigai.trainer.gateway.server.BackgroundServer``."""
    seen: list[dict[str, Any]] = []

    async def models(request: Request) -> JSONResponse:
        request.app.state.probes += 1
        if request.app.state.models_status:
            return JSONResponse(
                {"error": {"message": "fake failure"}}, status_code=request.app.state.models_status
            )
        return JSONResponse(
            {"object": "list", "data": [{"id": model, "object": "model", "owned_by": "fake"}]}
        )

    async def chat(request: Request):
        body = await request.json()
        seen.append({"body": body, "auth": request.headers.get("authorization", "")})
        failing = request.app.state.fail_status
        if failing:
            after = request.app.state.retry_after
            return JSONResponse({"error": {"message": f"fake failure {failing}"}}, status_code=failing,
                                headers={"Retry-After": str(after)} if after else None)  # fmt: skip
        mode = request.app.state.mode
        while request.app.state.mode == "hang":
            await asyncio.sleep(0.05)
        if mode == "html":
            from starlette.responses import HTMLResponse

            return HTMLResponse("<html><body><h1>Login WiFi Hotel</h1><form>...</form></body></html>")
        if request.app.state.delay:
            await asyncio.sleep(request.app.state.delay)
        text = ANSWER
        if echo_auth:
            text += " [auth: " + request.headers.get("authorization", "") + "]"
        words = text.split(" ")
        step = max(1, len(words) // chunks)
        pieces = [("" if i == 0 else " ") + " ".join(words[i : i + step]) for i in range(0, len(words), step)]
        prompt_tokens = sum(len(str(m.get("content", ""))) for m in body.get("messages", [])) // 4 + 1
        completion = len(words)
        if bill_max_tokens:
            asked = body.get("max_tokens", body.get("max_completion_tokens"))
            completion = int(asked) if isinstance(asked, int) else 4096
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": prompt_tokens + completion,
        }
        request.app.state.billed.append(usage)
        base = {"id": "chatcmpl-fake", "created": int(time.time()), "model": body.get("model") or model}
        if not body.get("stream") or mode == "json":
            return JSONResponse(
                dict(
                    base,
                    object="chat.completion",
                    usage=usage,
                    choices=[
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": text},
                            "finish_reason": "stop",
                        }
                    ],
                )
            )
        with_usage = bool((body.get("stream_options") or {}).get("include_usage"))

        async def gen():
            for i, p in enumerate(pieces):
                if delay:
                    await asyncio.sleep(delay)
                while i == 1 and request.app.state.mode == "stall":
                    await asyncio.sleep(0.05)
                request.app.state.streamed += 1  # pieces actually produced (a hung-up stream stops early)
                chunk = dict(
                    base,
                    object="chat.completion.chunk",
                    choices=[{"index": 0, "delta": {"content": p}, "finish_reason": None}],
                )
                if with_usage:
                    chunk["usage"] = None
                yield f"data: {json.dumps(chunk)}\n\n"
            yield (
                "data: "
                + json.dumps(
                    dict(
                        base,
                        object="chat.completion.chunk",
                        choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}],
                    )
                )
                + "\n\n"
            )
            if with_usage:
                yield (
                    "data: "
                    + json.dumps(dict(base, object="chat.completion.chunk", choices=[], usage=usage))
                    + "\n\n"
                )
            yield "data: [DONE]\n\n"

        return StreamingResponse(gen(), media_type="text/event-stream")

    app = Starlette(
        routes=[Route("/v1/models", models), Route("/v1/chat/completions", chat, methods=["POST"])]
    )
    app.state.seen = seen
    app.state.billed = []
    app.state.fail_status = fail_status
    app.state.delay = 0.0
    app.state.streamed = 0
    app.state.mode = None
    app.state.retry_after = None
    app.state.probes = 0
    app.state.models_status = None  # GET /models answers with this status (the gateway's probe)
    return app


class Silent:
    """A TCP server on 127.0.0.1 that accepts connections and never answers (venue wifi eating packets)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)

    def close(self) -> None:
        for c in self.conns:
            c.close()
        self.sock.close()

    def __enter__(self) -> Silent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def closed_port_url() -> str:
    """``http://127.0.0.1:PORT/v1`` where nothing listens: connections are refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"
