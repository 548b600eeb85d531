"""One attempt at one upstream, with a first-byte deadline: an opened answer, a failure in words, or a refusal.

The gateway asks every upstream for a stream (also when the participant wants one JSON answer) so that "is
it answering?" is known from the first chunk, seconds after sending, not after the whole answer was
written: a hung provider costs a participant ``first_byte`` seconds, never the client's whole timeout.
Tool calls (``--allow tools``) are asked without streaming, under the answer deadline instead.

Failures are sorted by what they mean for the room, not by exception type: refused (nothing billed), key
rejected, quota or rate limit (with the provider's Retry-After), a server error or a hang (the provider may
have billed: the worst case is owed), an answer that is not from an AI server (a wifi login page).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from gigai.lang import say as pick
from gigai.trainer.gateway.upstreams import Upstream
from gigai.trainer.gateway.wire import Outbound

SSE_FIELDS = ("data:", ":", "event:", "id:", "retry:")


@dataclass
class Failure:
    """The upstream did not answer. ``status``/``code``: the participant's error when there is no fallback."""

    kind: str  # refused | timeout | key | quota | server | garbage
    words: str  # for the trainer (console, terminal)
    status: int = 502
    code: str = "E065"
    owes_worst: bool = False  # the provider may have billed this attempt
    usage: dict | None = None  # what the provider said it billed, if it did
    retry_after: float | None = None


@dataclass
class Opened:
    """An answer has started: ``head`` holds the lines read so far (up to the first data line)."""

    resp: httpx.Response
    lines: AsyncIterator[str] | None
    head: list[str] = field(default_factory=list)
    body: dict[str, Any] | None = None  # a whole JSON answer (tools, or a server that ignored "stream")


@dataclass
class Refused:
    """The upstream answered 4xx to the request itself (a bad parameter): passed to the participant."""

    status: int
    text: str
    usage: dict | None = None


def words_for(kind: str, detail: str = "") -> str:
    text = {
        "refused": pick("tidak bisa dihubungi", "unreachable"),
        "timeout": pick("tidak menjawab dalam batas waktu", "did not answer in time"),
        "key": pick("kunci API program ditolak", "the program's API key was rejected"),
        "quota": pick("kuota habis atau dibatasi", "quota used up or rate-limited"),
        "server": pick("server penyedia error", "provider server error"),
        "garbage": pick(
            "jawaban bukan dari server AI (halaman login wifi?)",
            "the answer is not from an AI server (a wifi login page?)",
        ),  # fmt: skip
        "dropped": pick("koneksi terputus di tengah jawaban", "connection dropped mid-answer"),
    }[kind]
    return f"{text} ({detail})" if detail else text


def skipped(kind: str, words: str) -> Failure:
    """The failure an upstream that is being skipped stands for (its last one)."""
    status, code = {"key": (502, "E068"), "quota": (429, "E063"), "timeout": (504, "E066")}.get(
        kind, (502, "E065")
    )
    return Failure(kind or "refused", words, status=status, code=code)


def classify_status(status: int, headers: httpx.Headers) -> Failure | None:
    """A failure for the room (not the participant's request), or None for 200 and the participant's 4xx."""
    if status in (401, 403):
        return Failure("key", words_for("key", f"HTTP {status}"), code="E068")
    if status == 429:
        after = headers.get("retry-after", "")
        wait = float(after) if after.replace(".", "", 1).isdigit() else None
        return Failure("quota", words_for("quota", "HTTP 429"), status=429, code="E063", retry_after=wait)
    if status == 404:
        return Failure("server", words_for("server", "HTTP 404: alamat/model?"), code="E065")
    if status in (408, 409, 425) or status >= 500:
        return Failure("server", words_for("server", f"HTTP {status}"), code="E065", owes_worst=True)
    return None


def upstream_body(out: Outbound, up: Upstream) -> tuple[dict[str, Any], bool]:
    """The body this upstream gets, and whether it is asked to stream."""
    body = dict(out.body)
    if up.model:
        body["model"] = up.model
    stream = "tools" not in body and "functions" not in body
    if stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}  # the gateway needs the real usage to bill
    else:
        body.pop("stream", None)
        body.pop("stream_options", None)
    return body, stream


async def open_answer(
    client: httpx.AsyncClient, up: Upstream, out: Outbound, *, first_byte: float, answer: float,
    headers: dict[str, str],
) -> Opened | Failure | Refused:  # fmt: skip
    """Send ``out`` to ``up``; wait at most ``first_byte`` s for the first chunk (``answer`` s for JSON)."""
    body, stream = upstream_body(out, up)
    limit = first_byte if stream else answer
    timeout = httpx.Timeout(limit, connect=min(5.0, limit))
    state: dict[str, Any] = {}

    async def start() -> Opened | Failure | Refused:
        req = client.build_request(
            "POST", f"{up.base_url}/chat/completions", json=body, headers=headers, timeout=timeout
        )
        resp = state["resp"] = await client.send(req, stream=True)
        if resp.status_code != 200:
            raw = (await resp.aread()).decode("utf-8", "replace")
            await resp.aclose()
            usage = _usage_of(raw)
            failure = classify_status(resp.status_code, resp.headers)
            if failure:
                failure.usage = usage
                return failure
            return Refused(resp.status_code, raw, usage)
        ctype = resp.headers.get("content-type", "").lower()
        if "json" in ctype:
            raw = await resp.aread()
            await resp.aclose()
            try:
                data = json.loads(raw)
            except ValueError:
                data = None
            if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
                return Failure("garbage", words_for("garbage", "JSON"), owes_worst=True)
            return Opened(resp, None, body=data)
        lines = resp.aiter_lines().__aiter__()
        head: list[str] = []
        async for line in lines:
            head.append(line)
            s = line.strip()
            if s.startswith("data:"):
                return Opened(resp, lines, head)
            if s and not s.startswith(SSE_FIELDS):
                break
            if len(head) > 50:
                break
        await resp.aclose()
        return Failure("garbage", words_for("garbage", ctype.split(";")[0] or "?"), owes_worst=True)

    try:
        return await asyncio.wait_for(start(), timeout=limit)
    except (asyncio.TimeoutError, httpx.TimeoutException) as exc:
        await _close(state)
        # Timed out while connecting: the provider never saw it. Otherwise it may have billed.
        sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
        return Failure(
            "timeout", words_for("timeout", f"{limit:g} s"), status=504, code="E066", owes_worst=sent
        )
    except httpx.ConnectError as exc:
        await _close(state)
        return Failure("refused", words_for("refused", type(exc).__name__))
    except httpx.HTTPError as exc:
        await _close(state)
        return Failure("refused", words_for("refused", type(exc).__name__), owes_worst=True)


async def _close(state: dict[str, Any]) -> None:
    resp = state.get("resp")
    if resp is not None:
        await resp.aclose()


def _usage_of(raw: str) -> dict | None:
    try:
        usage = json.loads(raw).get("usage")
    except (ValueError, AttributeError):
        return None
    return usage if isinstance(usage, dict) else None


def reported(usage: Any) -> tuple[int, int] | None:
    if isinstance(usage, dict) and isinstance(usage.get("prompt_tokens"), int):
        return int(usage["prompt_tokens"]), int(usage.get("completion_tokens") or 0)
    return None


@dataclass
class Collected:
    """A streamed answer put together as one ``chat.completion`` for a participant who asked for JSON."""

    data: dict[str, Any]
    text: str
    usage: dict | None
    cut: str | None = None  # None: ended with [DONE]; "timeout": the deadline came first; "dropped"


async def collect(opened: Opened, *, seconds: float) -> Collected:
    """Read the stream to its end (at most ``seconds``); on a timeout or a drop, what came so far."""
    if opened.body is not None:
        data = opened.body
        text = "".join(str((c.get("message") or {}).get("content") or "") for c in data.get("choices") or [])
        return Collected(data, text, data.get("usage"))
    parts: list[str] = []
    calls: dict[int, dict[str, Any]] = {}
    meta: dict[str, Any] = {}
    finish: str | None = None
    usage: dict | None = None
    done = False

    def take(line: str) -> bool:
        nonlocal finish, usage, done
        s = line.strip()
        if not s.startswith("data:"):
            return False
        payload = s[5:].strip()
        if payload == "[DONE]":
            done = True
            return True
        try:
            obj = json.loads(payload)
        except ValueError:
            return False
        if not isinstance(obj, dict):
            return False
        for k in ("id", "created", "model", "system_fingerprint"):
            if obj.get(k) is not None:
                meta.setdefault(k, obj[k])
        if obj.get("usage"):
            usage = obj["usage"]
        for ch in obj.get("choices") or []:
            if not isinstance(ch, dict):
                continue
            delta = ch.get("delta") or {}
            if delta.get("content"):
                parts.append(str(delta["content"]))
            for tc in delta.get("tool_calls") or []:
                slot = calls.setdefault(int(tc.get("index") or 0), {"id": None, "type": "function",
                                                                       "function": {"name": "", "arguments": ""}})  # fmt: skip
                slot["id"] = tc.get("id") or slot["id"]
                fn = tc.get("function") or {}
                slot["function"]["name"] += fn.get("name") or ""
                slot["function"]["arguments"] += fn.get("arguments") or ""
            finish = ch.get("finish_reason") or finish
        return False

    async def read() -> None:
        for line in opened.head:
            if take(line):
                return
        async for line in opened.lines:
            if take(line):
                return

    cut = None
    try:
        await asyncio.wait_for(read(), timeout=max(0.1, seconds))
    except asyncio.TimeoutError:  # the answer deadline: what came so far is the answer, cut
        cut = "timeout"
    except httpx.HTTPError:  # a drop, or a stall longer than the first-byte deadline between two chunks
        cut = "dropped"
    finally:
        await opened.resp.aclose()
    message: dict[str, Any] = {"role": "assistant", "content": "".join(parts)}
    if calls:
        message["tool_calls"] = [calls[k] for k in sorted(calls)]
    data = {
        "id": meta.get("id") or "chatcmpl-gigai",
        "object": "chat.completion",
        "created": meta.get("created") or 0,
        "model": meta.get("model") or "",
        "choices": [
            {"index": 0, "message": message, "finish_reason": (finish or "stop") if done else "length"}
        ],
    }
    if meta.get("system_fingerprint"):
        data["system_fingerprint"] = meta["system_fingerprint"]
    if cut is None and not done:
        cut = "dropped"  # the stream ended without [DONE]
    return Collected(data, message["content"], usage, cut)
