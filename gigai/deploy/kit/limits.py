"""How many questions the web chat takes: per address per minute, per address per day, and for the whole bot
per day, so one visitor (or a script) cannot run up the bot owner's model bill.

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

import ipaddress
import json
import os
import threading
import time
from collections import deque

from gigai.lang import say

CHAT_API = "chat"  # the chat function's api_name in app.py
MAX_ADDRESSES = 20_000  # remembered per day (a flood of made-up addresses cannot grow memory without end)
MAX_BODY = 64_000  # bytes of a request body read to see which function it calls
REFUSED = "gigai_chat_refused"  # request state key: the kind message the chat function answers with


def _number(name: str, default: int) -> int:
    try:
        return max(0, int(os.environ.get(name) or default))
    except ValueError:
        return default


class Limits:
    """Counters for one running app; ``check(address)`` says None (go on) or (message, retry_after)."""

    def __init__(self, *, per_minute=None, per_day=None, total_per_day=None, contact: str = "") -> None:
        self.per_minute = _number("CHAT_PER_MINUTE", 10) if per_minute is None else per_minute
        self.per_day = _number("CHAT_PER_DAY", 100) if per_day is None else per_day
        self.total_per_day = _number("CHAT_TOTAL_PER_DAY", 1000) if total_per_day is None else total_per_day
        self.contact = contact
        self._lock = threading.Lock()
        self._recent: dict[str, deque] = {}
        self._today: dict[str, int] = {}
        self._total = 0
        self._day = ""

    def _roll(self) -> None:
        day = time.strftime("%Y-%m-%d")
        if day != self._day:
            self._day, self._today, self._total = day, {}, 0

    def check(self, address: str) -> tuple[str, int] | None:
        now = time.monotonic()
        with self._lock:
            self._roll()
            if self.total_per_day and self._total >= self.total_per_day:
                return self._busy(), _until_midnight()
            if self.per_day and self._today.get(address, 0) >= self.per_day:
                return self._enough_today(), _until_midnight()
            recent = self._recent.setdefault(address, deque())
            while recent and now - recent[0] > 60:
                recent.popleft()
            if self.per_minute and len(recent) >= self.per_minute:
                return self._too_fast(), max(1, int(61 - (now - recent[0])))
            recent.append(now)
            if len(self._today) >= MAX_ADDRESSES and address not in self._today:
                self._recent = {a: q for a, q in self._recent.items() if q and now - q[-1] <= 60}
                return self._busy(), 60
            self._today[address] = self._today.get(address, 0) + 1
            self._total += 1
            return None

    def _admin(self) -> str:
        return self.contact or "admin"

    def _too_fast(self) -> str:
        return say(
            "Maaf, terlalu banyak pertanyaan dalam satu menit. Tunggu sebentar, lalu coba lagi ya 🙏",
            "Sorry, too many questions in one minute. Please wait a moment and try again 🙏",
        )

    def _enough_today(self) -> str:
        return say(
            f"Maaf, terlalu banyak pertanyaan dari alamat ini hari ini (batas {self.per_day}). "
            f"Coba lagi besok, atau hubungi {self._admin()} 🙏",
            f"Sorry, too many questions from this address today (limit {self.per_day}). "
            f"Please try again tomorrow or contact {self._admin()} 🙏",
        )

    def _busy(self) -> str:
        return say(
            f"Maaf, bot sedang menerima terlalu banyak pertanyaan hari ini. Silakan hubungi {self._admin()} 🙏",
            f"Sorry, the bot has received too many questions today. Please contact {self._admin()} 🙏",
        )


def _until_midnight() -> int:
    now = time.localtime()
    return max(60, 86400 - (now.tm_hour * 3600 + now.tm_min * 60 + now.tm_sec))


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
