"""How many questions the web chat takes: per address per minute, per address per day, and for the whole web
chat per day, so one visitor (or a script) cannot run up the bot owner's model bill. This is the HTTP layer
(every question, before gradio); the counting is gigai's own Limiter (gigai/chatbot/limits.py), the same the
bot uses in front of a real model, per visitor, with the same settings (plus the bot's own: questions per
minute for the whole bot, tokens per day, the same question asked again). DEPLOY.md lists them all.

Settings (environment or .env; 0 turns a limit off):
    CHAT_PER_MINUTE      questions per address per minute            (default 10)
    CHAT_PER_DAY         questions per address per day                (default 100)
    CHAT_TOTAL_PER_DAY   questions for the whole web chat per day     (default 1000)
    CHAT_TRUST_PROXY     auto (default): behind a host's proxy (the direct peer is a private address) the
                         visitor's address is the last X-Forwarded-For entry; 1 always, 0 never.

A refused question gets HTTP 429, a Retry-After header and a kind message. A visitor on the chat page
(a browser: it sends Sec-Fetch-* headers) gets the same message as the bot's reply instead, so the
conversation stays on screen; either way no model is called. Only questions count (the chat function's
calls), not the page's own small requests.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import os
import time

from gigai.chatbot.limits import Limiter
from gigai.chatbot.limits import Limits as Rules
from gigai.lang import english

CHAT_API = "chat"  # the chat function's api_name in app.py
MAX_BODY = 64_000  # bytes of a request body read to see which function it calls
REFUSED = "gigai_chat_refused"  # request state key: the kind message the chat function answers with


class Limits:
    """Counters for one running app; ``check(address)`` says None (go on) or (message, retry_after)."""

    def __init__(
        self, *, per_minute=None, per_day=None, total_per_day=None, contact: str = "", clock=time.time
    ) -> None:
        given = {"per_minute": per_minute, "per_day": per_day, "total_per_day": total_per_day}
        rules = Rules.from_env(**{k: v for k, v in given.items() if v is not None})
        # Per address and per day only: the bot behind counts its model's minute, tokens and repeats itself.
        self.rules = dataclasses.replace(rules, total_per_minute=0, tokens_per_day=0, repeat_seconds=0)
        self.per_minute, self.per_day, self.total_per_day = (
            rules.per_minute,
            rules.per_day,
            rules.total_per_day,
        )
        self.contact = contact
        self._limiter = Limiter(self.rules, clock=clock)

    def check(self, address: str) -> tuple[str, int] | None:
        verdict = self._limiter.admit(address, lang="en" if english() else "id", contact=self.contact)
        return None if verdict.ok else (verdict.message, verdict.retry_after)

    def stats(self) -> dict:
        return self._limiter.stats()


def _private(host: str) -> bool:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback


def client_address(scope) -> str:
    """The visitor's address: the direct peer, or the last X-Forwarded-For entry behind a host's proxy."""
    peer = (scope.get("client") or ("?", 0))[0] or "?"
    trust = (os.environ.get("CHAT_TRUST_PROXY") or "auto").strip().lower()
    if trust in ("0", "no", "false") or (trust == "auto" and not _private(peer)):
        return peer
    for name, value in scope.get("headers") or ():
        if name == b"x-forwarded-for":
            last = value.decode("latin-1").split(",")[-1].strip()
            return last or peer
    return peer


def visitor(request) -> str | None:
    """The address of a chat function's caller (a gr.Request), as the middleware counts it; None without one."""
    client = getattr(request, "client", None) if request is not None else None
    if client is None:
        return None
    headers = [(str(k).lower().encode("latin-1"), str(v).encode("latin-1", "replace"))
               for k, v in dict(getattr(request, "headers", None) or {}).items()]  # fmt: skip
    return "web:" + client_address({"client": (getattr(client, "host", "") or "?", 0), "headers": headers})


def _asks_chat(path: str, body: bytes, chat_fns: set[int]) -> bool:
    """Is this request a question? A direct API call to the chat function, or the page's queued call to it."""
    tail = path.split("/gradio_api/", 1)[-1] if "/gradio_api/" in path else path.lstrip("/")
    if tail.startswith(("call/", "run/", "api/")) and tail.split("/")[1:2] == [CHAT_API]:
        return True
    if tail.startswith(("queue/join", "run/predict", "api/predict")):
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            return True  # unreadable: count it (gradio refuses it anyway)
        return not isinstance(data, dict) or data.get("fn_index") in chat_fns
    return False


class ChatLimitMiddleware:
    """ASGI middleware: questions over the limits get 429 before they reach gradio."""

    def __init__(self, app, *, limits: Limits, chat_fns: set[int]) -> None:
        self.app, self.limits, self.chat_fns = app, limits, chat_fns

    async def __call__(self, scope, receive, send):
        if (
            scope["type"] != "http"
            or scope.get("method") != "POST"
            or "/whatsapp" in scope["path"]
            or "/telegram" in scope["path"]
        ):
            await self.app(scope, receive, send)
            return
        chunks, size, more = [], 0, True
        while more and size <= MAX_BODY:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if _asks_chat(scope["path"], body if size <= MAX_BODY else b"x", self.chat_fns):
            refused = self.limits.check(client_address(scope))
            if refused is not None and not _from_the_page(scope):
                await _refuse(send, *refused)
                return
            if refused is not None:  # the chat function answers with the message (see refusal())
                scope.setdefault("state", {})[REFUSED] = refused[0]
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": more}
            return await receive()

        await self.app(scope, replay, send)


def _from_the_page(scope) -> bool:
    """A browser's queued call from the chat page (browsers send Sec-Fetch-Mode; scripts do not)."""
    path = scope["path"]
    headers = dict(scope.get("headers") or ())
    return path.endswith("/queue/join") and b"sec-fetch-mode" in headers


def refusal(request) -> str | None:
    """The kind message the limits left for this question (the chat page's calls), else None."""
    state = getattr(request, "state", None) if request is not None else None
    return getattr(state, REFUSED, None) if state is not None else None


async def _refuse(send, message: str, retry_after: int) -> None:
    raw = json.dumps({"detail": message, "error": message}, ensure_ascii=False).encode("utf-8")
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(raw)).encode()),
        (b"retry-after", str(retry_after).encode()),
    ]
    await send({"type": "http.response.start", "status": 429, "headers": headers})
    await send({"type": "http.response.body", "body": raw})
