"""Answer one admitted chat request: the upstreams in order, then the offline engine, and book what it cost.

Each usable upstream gets one attempt under the first-byte deadline; the first that starts answering serves
the participant, and its catalogue row prices the answer (a local model: Rp 0). When none answers, the
offline engine does (with its notice) if the trainer turned the fallback on, else the participant gets the
last failure as a clear error. Whatever happens is told to :class:`RoomHealth` (``served``), which is what
the console and the terminal report: what participants actually received, not what should have happened.

Every answer names who served it: the ``X-Gigai-Upstream`` header and ``gigai_upstream`` in the body (for a
stream: in its usage chunk), e.g. ``gemini``, ``llamacpp`` or ``offline``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

from fastapi.responses import JSONResponse, Response, StreamingResponse

from gigai.lang import say as pick
from gigai.trainer.gateway import forward
from gigai.trainer.gateway.context import Room
from gigai.trainer.gateway.ledger import Hold, price_idr
from gigai.trainer.gateway.limits import estimate_tokens
from gigai.trainer.gateway.status import ERROR, OFFLINE
from gigai.trainer.gateway.upstreams import Upstream
from gigai.trainer.gateway.wire import (
    OFFLINE_MODEL,
    Outbound,
    completion_body,
    error_response,
    offline_text,
    sse_chunks,
)

log = logging.getLogger("gigai.gateway")


def worst_case(room: Room, out: Outbound) -> float:
    """The most one request can cost on any upstream of the chain (what the budget must hold)."""
    return max(price_idr(u.provider, u.model or out.model, out.max_prompt_tokens, out.max_completion_tokens)
               for u in room.upstreams)  # fmt: skip


class Bill:
    """What one request owes so far: failed attempts the provider may have billed, then the answer."""

    def __init__(self, room: Room, out: Outbound, hold: Hold, who: str, started: float) -> None:
        self.room, self.out, self.hold, self.who, self.started = room, out, hold, who, started
        self.owed, self.pt, self.ct = 0.0, 0, 0
        self.prompt_chars = sum(len(json.dumps(m.get("content"))) for m in out.body["messages"])

    def model_of(self, up: Upstream) -> str:
        return up.model or self.out.model

    def failed_attempt(self, up: Upstream, failure: forward.Failure) -> None:
        rep = forward.reported(failure.usage)
        if rep:
            self.owed += price_idr(up.provider, self.model_of(up), *rep)
            self.pt, self.ct = self.pt + rep[0], self.ct + rep[1]
        elif failure.owes_worst:
            self.owed += price_idr(up.provider, self.model_of(up), self.out.max_prompt_tokens,
                                   self.out.max_completion_tokens)  # fmt: skip
            self.pt, self.ct = self.pt + self.out.max_prompt_tokens, self.ct + self.out.max_completion_tokens

    def settle(
        self, up: Upstream | None, usage: Any, chars: int, *, unknown: bool, error: bool = False
    ) -> float:
        """Book the request: owed + this answer (reported usage, else the worst case if the bill is unknown,
        else gigai's estimate from characters). Returns the rupiah booked."""
        pt = ct = 0
        cost = 0.0
        if up is not None:
            rep = forward.reported(usage)
            if rep:
                pt, ct = rep
            elif unknown:
                pt, ct = self.out.max_prompt_tokens, self.out.max_completion_tokens
            else:
                pt, ct = estimate_tokens(self.prompt_chars), estimate_tokens(chars)
            cost = price_idr(up.provider, self.model_of(up), pt, ct)
        booked = self.room.ledger.settle(self.hold, self.owed + cost, prompt_tokens=self.pt + pt,
                                         completion_tokens=self.ct + ct, error=error)  # fmt: skip
        log.info("%s via %s tokens=%d+%d Rp%.4f %.0fms", self.who, up.provider if up else OFFLINE, pt, ct, booked,
                 (time.monotonic() - self.started) * 1000)  # fmt: skip
        return booked

    def usage_for_participant(self, usage: Any, cost: float, chars: int, served: str) -> dict[str, Any]:
        rep = forward.reported(usage)
        if rep:
            out = dict(usage)
        else:
            pt, ct = estimate_tokens(self.prompt_chars), estimate_tokens(chars)
            out = {
                "prompt_tokens": pt,
                "completion_tokens": ct,
                "total_tokens": pt + ct,
                "gigai_estimated": True,
            }
        out["gigai_cost_idr"] = round(cost, 6)
        out["gigai_upstream"] = served
        return out


def _headers(cost: float, served: str, **extra: str) -> dict[str, str]:
    return {"X-Gigai-Cost-Idr": f"{cost:.6f}", "X-Gigai-Upstream": served, **extra}


async def answer(room: Room, who: str, out: Outbound, hold: Hold, started: float) -> Response:
    """Try the upstreams in order, then the offline engine; always settles ``hold``."""
    bill = Bill(room, out, hold, who, started)
    deadline = started + room.answer_timeout
    last: forward.Failure | None = None
    for i, up in enumerate(room.upstreams):
        status = room.health.statuses[i]
        if not status.usable():
            last = last or forward.skipped(status.last_kind, status.last_error_words)
            continue
        left = deadline - time.monotonic()
        if left < 1.0:
            break
        res = await forward.open_answer(
            room.client(), up, out, first_byte=min(room.first_byte_timeout, left), answer=left,
            headers=room.upstream_headers(up),
        )  # fmt: skip
        if isinstance(res, forward.Failure):
            room.health.failed(i, res.words, kind=res.kind, retry_after=res.retry_after, who=hold.token_id)
            bill.failed_attempt(up, res)
            last = res
            continue
        if isinstance(res, forward.Refused) and i > 0:
            # A fallback upstream that cannot take this request (a laptop model's small context window):
            # the next one tries; the upstream itself is fine.
            bill.failed_attempt(up, forward.Failure("server", "", usage=res.usage))
            last = last or forward.Failure("server", forward.words_for("server", f"HTTP {res.status}"))
            continue
        if isinstance(res, forward.Refused):  # the participant's request itself: pass the explanation on
            room.health.ok(i)
            bill.settle(up, res.usage, 0, unknown=False, error=True)
            room.health.served(ERROR)
            return Response(room.scrub(res.text), status_code=res.status, media_type="application/json")
        room.health.ok(i)
        if out.stream:
            return _stream(room, i, up, res, bill)
        got = await forward.collect(res, seconds=deadline - time.monotonic())
        if got.cut == "dropped" or (got.cut == "timeout" and not got.text):
            failure = forward.Failure("dropped" if got.cut == "dropped" else "timeout",
                                      forward.words_for("dropped" if got.cut == "dropped" else "timeout"),
                                      owes_worst=True)  # fmt: skip
            room.health.failed(i, failure.words, kind=failure.kind, who=hold.token_id)
            bill.failed_attempt(up, failure)
            last = failure
            continue
        return _json_answer(room, up, got, bill)
    return await _no_upstream(room, out, bill, last)


def _json_answer(room: Room, up: Upstream, got: forward.Collected, bill: Bill) -> Response:
    cost = bill.settle(up, got.usage, len(got.text), unknown=got.cut is not None)
    data = got.data
    data["model"] = up.model or bill.out.model  # the model that answered (a local one says so)
    data["usage"] = bill.usage_for_participant(got.usage, cost, len(got.text), up.provider)
    data["gigai_upstream"] = up.provider
    room.health.served(up.provider)
    return JSONResponse(json.loads(room.scrub(json.dumps(data))), headers=_headers(cost, up.provider))


async def _no_upstream(room: Room, out: Outbound, bill: Bill, last: forward.Failure | None) -> Response:
    why = (
        last.words
        if last
        else pick("semua penyedia sedang dilewati (gagal tadi)", "every upstream is being skipped")
    )
    booked = bill.settle(None, None, 0, unknown=False, error=True)
    if not room.offline_fallback:
        room.health.served(ERROR)
        status, code = (last.status, last.code) if last else (502, "E065")
        return _error(status, code, why)
    text = await asyncio.to_thread(offline_text, out.body["messages"], pick(
        f"penyedia AI kelas: {why}", f"the room's AI provider: {why}"))  # fmt: skip
    room.health.served(OFFLINE)
    headers = _headers(booked, OFFLINE, **{"X-Gigai-Notice": "offline-fallback"})
    if out.stream:
        chunks = sse_chunks(text, OFFLINE_MODEL, with_usage=out.wants_usage, cost_idr=booked)
        return StreamingResponse(iter(chunks), media_type="text/event-stream", headers=headers)
    body = completion_body(text, OFFLINE_MODEL, cost_idr=booked)
    body["gigai_upstream"] = OFFLINE
    body["usage"]["gigai_upstream"] = OFFLINE
    return JSONResponse(body, headers=headers)


def _error(status: int, code: str, why: str) -> JSONResponse:
    if code == "E068":
        return error_response(502, "E068", "Kunci API program ditolak oleh penyedia AI.",
                              "The program's API key was rejected by the AI provider.",
                              "beri tahu trainer / tell the trainer")  # fmt: skip
    if code == "E063":
        return error_response(429, "E063", "Penyedia AI sedang membatasi seluruh kelas.",
                              "The AI provider is rate-limiting the whole room.",
                              "tunggu sebentar lalu coba lagi / wait a moment and retry",
                              headers={"Retry-After": "10"})  # fmt: skip
    if code == "E066":
        return error_response(504, "E066", "Penyedia AI terlalu lama menjawab.", "The AI provider timed out.",
                              "coba lagi sebentar lagi / try again shortly")  # fmt: skip
    return error_response(502, "E065", "Penyedia AI kelas tidak bisa dihubungi.",
                          "The room's AI provider is unreachable.",
                          f"coba lagi sebentar lagi, atau pakai GIGAI_FALLBACK=offline ({why})")  # fmt: skip


def _stream(room: Room, i: int, up: Upstream, opened: forward.Opened, bill: Bill) -> StreamingResponse:
    out = bill.out

    async def relay():
        usage: dict | None = None
        chars = 0
        skip_blank = False
        broken = False
        done = False
        try:
            if opened.body is not None:  # the server ignored "stream": its JSON answer, as chunks
                text = "".join(str((c.get("message") or {}).get("content") or "")
                               for c in opened.body.get("choices") or [])  # fmt: skip
                usage, chars, done = opened.body.get("usage"), len(text), True
                for chunk in sse_chunks(room.scrub(text), up.model or out.model)[:-1]:
                    yield chunk
            else:
                async for line in _lines(opened):
                    if not line:
                        if skip_blank:
                            skip_blank = False
                            continue
                        yield b"\n"
                        continue
                    if line.startswith("data:"):
                        data = line[5:].strip()
                        if data == "[DONE]":
                            done = True
                            break
                        try:
                            obj = json.loads(data)
                        except ValueError:
                            obj = None
                        if isinstance(obj, dict):
                            for ch in obj.get("choices") or []:
                                if isinstance(ch, dict):
                                    chars += len(str((ch.get("delta") or {}).get("content") or ""))
                            if obj.get("usage"):
                                usage = obj["usage"]
                                if not obj.get("choices"):  # the usage-only chunk: sent after settling
                                    skip_blank = True
                                    continue
                                obj["usage"] = None
                                line = "data: " + json.dumps(obj)
                    yield (room.scrub(line) + "\n").encode()
        except Exception as exc:  # noqa: BLE001 - a dropped upstream mid-answer (httpx.HTTPError and kin)
            broken = True
            words = forward.words_for("dropped", type(exc).__name__)
            room.health.failed(i, words, kind="dropped", who=bill.hold.token_id)
            log.warning("%s upstream failed mid-stream: %s", bill.who, type(exc).__name__)
            if room.offline_fallback:
                note = await asyncio.to_thread(offline_text, out.body["messages"], pick(
                    f"penyedia AI kelas: {words}", f"the room's AI provider: {words}"))  # fmt: skip
                for chunk in sse_chunks("\n\n" + note, OFFLINE_MODEL)[1:-2]:
                    yield chunk
            else:
                err = {"error": {"message": "[GIGAI-E065] " + pick(
                    "Koneksi ke penyedia AI terputus di tengah jawaban.",
                    "The AI provider connection dropped mid-answer."),
                    "code": "GIGAI-E065", "type": "gigai_gateway_error"}}  # fmt: skip
                yield f"data: {json.dumps(err)}\n\n".encode()
        finally:
            await opened.resp.aclose()
            # A client that hangs up early leaves the provider's bill unknown: worst case then.
            cost = bill.settle(up, usage, chars, unknown=broken or not done, error=broken)
            room.health.served(
                OFFLINE if broken and room.offline_fallback else ERROR if broken else up.provider
            )
        if out.wants_usage:
            final = {"id": "chatcmpl-gigai-usage", "object": "chat.completion.chunk", "created": int(time.time()),
                     "model": up.model or out.model, "choices": [],
                     "usage": bill.usage_for_participant(usage, cost, chars, up.provider)}  # fmt: skip
            yield f"data: {json.dumps(final)}\n\n".encode()
        yield b"data: [DONE]\n\n"

    return StreamingResponse(
        relay(), media_type="text/event-stream", headers={"X-Gigai-Upstream": up.provider}
    )


async def _lines(opened: forward.Opened):
    for line in opened.head:
        yield line
    async for line in opened.lines:
        yield line
