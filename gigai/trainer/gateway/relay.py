"""The participant side of the gateway: ``/v1/models``, ``/v1/chat/completions`` (proxied), ``/v1/gigai/progress``.

One chat request: token (throttled per address) -> rate limit -> size cap -> :func:`wire.normalise` ->
worst-case cost reserved -> sent with the real key -> answer relayed (key scrubbed) -> cost settled. The
cost the gateway booked travels back in ``usage.gigai_cost_idr`` (and the ``X-Gigai-Cost-Idr`` header), so
the participant's ``gigai.usage()`` can show the very rupiah the trainer's console shows.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from gigai.trainer.gateway.context import Room
from gigai.trainer.gateway.ledger import Hold, price_idr
from gigai.trainer.gateway.limits import estimate_tokens
from gigai.trainer.gateway.progress import MAX_BODY, parse
from gigai.trainer.gateway.wire import (
    OFFLINE_MODEL,
    Outbound,
    WireError,
    completion_body,
    error_response,
    normalise,
    offline_text,
    sse_chunks,
)

log = logging.getLogger("gigai.trainer.gateway")

DOWN = ("penyedia AI kelas tidak bisa dihubungi", "the room's AI provider is unreachable")
SLOW = ("penyedia AI kelas terlalu lama menjawab", "the room's AI provider timed out")


def upstream_down(status: int, detail: str = "") -> JSONResponse:
    if status == 504:
        return error_response(
            504, "E066", "Penyedia AI terlalu lama menjawab.", "The AI provider timed out.",
            "coba lagi dengan pertanyaan lebih pendek / try again with a shorter prompt",
        )  # fmt: skip
    return error_response(
        502, "E065", "Penyedia AI kelas tidak bisa dihubungi.", "The room's AI provider is unreachable.",
        "coba lagi sebentar lagi, atau pakai GIGAI_PROVIDER=offline / try again shortly, or use the offline "
        "mode" + (f" ({detail})" if detail else ""),
    )  # fmt: skip


def too_large(limit: int) -> JSONResponse:
    from gigai.business.money import rupiah

    shown = rupiah(limit).removeprefix("Rp ")
    return error_response(
        413, "E064", f"Permintaan terlalu besar (maks {shown} byte).", f"Request too large (max {limit:,} bytes).",
        "pendekkan riwayat chat atau dokumen pengetahuan / shorten the chat history or knowledge text",
    )  # fmt: skip


async def read_body(request: Request, limit: int) -> bytes | None:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _reported(usage: Any) -> tuple[int, int] | None:
    if isinstance(usage, dict) and isinstance(usage.get("prompt_tokens"), int):
        return int(usage["prompt_tokens"]), int(usage.get("completion_tokens") or 0)
    return None


def add_routes(app: FastAPI, room: Room) -> None:
    """Participant routes on ``app``."""

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "gateway": "gigai", "offline_fallback": room.offline_fallback}

    @app.get("/v1/models")
    async def models(request: Request) -> Response:
        _info, err = room.authenticate(request)
        if err:
            return err
        data = [
            {"id": m, "object": "model", "owned_by": f"gigai-gateway/{room.provider}"}
            for m in room.policy.models
        ]
        return JSONResponse({"object": "list", "data": data})

    @app.post("/v1/gigai/progress")
    async def progress(request: Request) -> Response:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY:
            return too_large(MAX_BODY)
        info, err = room.authenticate(request)
        if err:
            return err
        wait = room.bucket("progress", info).take()
        if wait > 0:
            return error_response(
                429, "E107", "Terlalu banyak catatan progres.", "Too many progress records.",
                f"tunggu {wait:.0f} detik / wait {wait:.0f} s", headers={"Retry-After": str(max(1, round(wait)))},
            )  # fmt: skip
        raw = await read_body(request, MAX_BODY)
        if raw is None:
            return too_large(MAX_BODY)
        try:
            record = parse(json.loads(raw or b"null"))
        except ValueError:
            return WireError(
                400, "E106", "Catatan progres bukan JSON.", "Progress record is not JSON."
            ).response()
        except WireError as exc:
            return exc.response()
        room.book.add(info.id, *record)
        return JSONResponse({"ok": True})

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        started = time.monotonic()
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > room.max_request_bytes:
            return too_large(room.max_request_bytes)
        info, err = room.authenticate(request)
        if err:
            return err
        if info.spent_idr >= info.budget_idr:
            from gigai.business.money import rupiah

            return error_response(
                402, "E062",
                f"Budget token ini habis ({rupiah(info.spent_idr)} dari {rupiah(info.budget_idr)}).",
                "This token's budget is used up.",
                "minta tambahan budget ke trainer, atau pakai GIGAI_PROVIDER=offline / ask the trainer for more "
                "budget, or use the offline mode",
            )  # fmt: skip
        wait = room.bucket("chat", info).take()
        if wait > 0:
            return error_response(
                429, "E063", f"Terlalu banyak permintaan (batas {info.rpm}/menit).",
                f"Too many requests (limit {info.rpm}/minute).",
                f"tunggu {wait:.0f} detik lalu coba lagi / wait {wait:.0f} s and retry",
                headers={"Retry-After": str(max(1, round(wait)))},
            )  # fmt: skip
        raw = await read_body(request, room.max_request_bytes)
        if raw is None:
            return too_large(room.max_request_bytes)
        try:
            out = normalise(json.loads(raw or b"null"), room.policy)
        except ValueError:
            return WireError(400, "E069", "Permintaan bukan JSON chat yang valid (butuh 'messages').",
                             "Request is not a valid chat JSON body ('messages' is required).",
                             "pakai openai SDK atau gigai.chat() / use the openai SDK or gigai.chat()").response()  # fmt: skip
        except WireError as exc:
            return exc.response()
        worst = price_idr(room.provider, out.model, out.max_prompt_tokens, out.max_completion_tokens)
        hold, free = room.ledger.reserve(info, worst)
        if hold is None and free < 0:
            return error_response(
                429, "E063",
                f"Sudah {room.ledger.max_in_flight} permintaan berjalan dari token ini.",
                f"This token already has {room.ledger.max_in_flight} requests in progress.",
                "tunggu jawaban sebelumnya selesai / wait for the previous answers to finish",
                headers={"Retry-After": "2"},
            )  # fmt: skip
        if hold is None:
            from gigai.business.money import rupiah

            return error_response(
                402, "E105",
                f"Sisa budget ({rupiah(free, decimals=2)}) kurang untuk permintaan ini (paling mahal "
                f"{rupiah(worst, decimals=2)}).",
                f"The remaining budget ({free:.2f} IDR) cannot cover this request's worst case ({worst:.2f} IDR).",
                "kecilkan max_tokens atau pendekkan pesan, atau minta tambahan budget ke trainer / lower "
                "max_tokens or shorten the prompt, or ask the trainer for more budget",
            )  # fmt: skip
        try:
            return await _relay(room, info.name, out, hold, worst, started)
        except BaseException:  # never leave money held: an unexpected failure books the worst case
            room.ledger.settle(hold, worst, error=True)
            raise


async def _relay(room: Room, who: str, out: Outbound, hold: Hold, worst: float, started: float) -> Response:
    messages = out.body["messages"]
    prompt_chars = sum(len(json.dumps(m.get("content"))) for m in messages)

    def settle(usage: Any, completion_chars: int, *, unknown: bool, error: bool = False) -> float:
        """Book the call; ``unknown``: the provider may have billed and did not say -> the worst case."""
        reported = _reported(usage)
        if reported:
            pt, ct = reported
            cost = price_idr(room.provider, out.model, pt, ct)
        elif unknown:
            pt, ct, cost = out.max_prompt_tokens, out.max_completion_tokens, worst
        else:
            pt, ct = estimate_tokens(prompt_chars), estimate_tokens(completion_chars)
            cost = price_idr(room.provider, out.model, pt, ct)
        booked = room.ledger.settle(hold, cost, prompt_tokens=pt, completion_tokens=ct, error=error)
        log.info("%s %s tokens=%d+%d Rp%.4f %.0fms", who, out.model, pt, ct, booked,
                 (time.monotonic() - started) * 1000)  # fmt: skip
        return booked

    async def failed(status: int, words: tuple[str, str], detail: str, *, unknown: bool) -> Response:
        room.status.failed(words[0] + (f" ({detail})" if detail else ""), words[1])
        if unknown:
            booked = settle(None, 0, unknown=True, error=True)
        else:  # never reached the provider: nothing to pay
            booked = room.ledger.settle(hold, 0.0, error=True)
        if not room.offline_fallback:
            return upstream_down(status, detail)
        text = await asyncio.to_thread(offline_text, messages, f"{words[0]} / {words[1]}")
        headers = {"X-Gigai-Notice": "offline-fallback", "X-Gigai-Cost-Idr": f"{booked:.6f}"}
        if out.stream:
            chunks = sse_chunks(text, OFFLINE_MODEL, with_usage=out.wants_usage, cost_idr=booked)
            return StreamingResponse(iter(chunks), media_type="text/event-stream", headers=headers)
        return JSONResponse(completion_body(text, OFFLINE_MODEL, cost_idr=booked), headers=headers)

    client = room.client()
    try:
        req = client.build_request("POST", f"{room.base_url}/chat/completions", json=out.body,
                                   headers=room.upstream_headers())  # fmt: skip
        resp = await client.send(req, stream=True)
    except httpx.ConnectError as exc:  # never reached the provider: nothing can have been billed
        return await failed(502, DOWN, type(exc).__name__, unknown=False)
    except httpx.TimeoutException as exc:
        unknown = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
        return await failed(504, SLOW, "", unknown=unknown)
    except httpx.HTTPError as exc:
        return await failed(502, DOWN, type(exc).__name__, unknown=True)

    if resp.status_code != 200:
        try:
            body_text = room.scrub((await resp.aread()).decode("utf-8", "replace"))
        except httpx.HTTPError:
            body_text = ""
        await resp.aclose()
        try:
            usage = json.loads(body_text).get("usage")
        except (ValueError, AttributeError):
            usage = None
        if resp.status_code >= 500:
            if _reported(usage):
                room.status.failed(f"{DOWN[0]} (HTTP {resp.status_code})", DOWN[1])
                settle(usage, 0, unknown=True, error=True)
                return upstream_down(502, f"upstream HTTP {resp.status_code}")
            return await failed(502, DOWN, f"upstream HTTP {resp.status_code}", unknown=True)
        if _reported(usage):
            settle(usage, 0, unknown=False, error=True)
        else:  # refused before any work: providers do not bill a 4xx
            room.ledger.settle(hold, 0.0, error=True)
        if resp.status_code in (401, 403):
            room.status.failed("kunci API program ditolak penyedia", "the program's API key was rejected")
            return error_response(
                502, "E068", "Kunci API program ditolak oleh penyedia AI.",
                "The program's API key was rejected by the AI provider.",
                "beri tahu trainer / tell the trainer (gigai gateway serve --key-env ...)",
            )  # fmt: skip
        if resp.status_code == 429:
            room.status.failed(
                "penyedia membatasi seluruh kelas (HTTP 429)", "the provider rate-limits the room"
            )
            return error_response(
                429, "E063", "Penyedia AI sedang sibuk untuk seluruh kelas.",
                "The AI provider is rate-limiting the whole room.",
                "tunggu sebentar lalu coba lagi / wait a moment and retry", headers={"Retry-After": "10"},
            )  # fmt: skip
        room.status.ok()
        # Other 4xx (bad parameter): pass the provider's explanation through, key-free.
        return Response(body_text, status_code=resp.status_code, media_type="application/json")

    room.status.ok()
    if not out.stream:
        try:
            raw_text = room.scrub((await resp.aread()).decode("utf-8", "replace"))
        except httpx.HTTPError as exc:
            await resp.aclose()
            return await failed(502, DOWN, type(exc).__name__, unknown=True)
        await resp.aclose()
        try:
            data = json.loads(raw_text)
            text = "".join(
                str((c.get("message") or {}).get("content") or "") for c in data.get("choices", [])
            )
        except (ValueError, AttributeError, TypeError):
            settle(None, len(raw_text), unknown=False)
            return Response(raw_text, media_type="application/json")
        cost = settle(data.get("usage"), len(text), unknown=False)
        data["usage"] = _with_cost(data.get("usage"), cost, prompt_chars, len(text))
        if isinstance(data, dict):  # the model it was priced as (a participant asking "gigai-room" learns which)
            data["model"] = out.model
        return JSONResponse(data, headers={"X-Gigai-Cost-Idr": f"{cost:.6f}"})

    async def stream_back():
        usage: dict | None = None
        chars = 0
        blank_after_skip = False
        broken = False
        done = False
        try:
            async for line in resp.aiter_lines():
                if not line:
                    if blank_after_skip:
                        blank_after_skip = False
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
                            chars += len(str((ch.get("delta") or {}).get("content") or ""))
                        if obj.get("usage"):
                            usage = obj["usage"]
                            if not obj.get("choices"):  # the usage-only chunk: sent after settling
                                blank_after_skip = True
                                continue
                            obj["usage"] = None
                            line = "data: " + json.dumps(obj)
                yield (room.scrub(line) + "\n").encode()
        except httpx.HTTPError as exc:
            broken = True
            room.status.failed(f"koneksi terputus di tengah jawaban ({type(exc).__name__})", "stream dropped")
            log.warning("%s upstream failed mid-stream: %s", who, type(exc).__name__)
            if room.offline_fallback:
                note = offline_text(messages, "koneksi ke penyedia terputus / provider connection lost")
                for chunk in sse_chunks("\n\n" + note, OFFLINE_MODEL)[1:-2]:
                    yield chunk
            else:
                err = {"error": {"message": "[GIGAI-E065] Koneksi ke penyedia AI terputus di tengah jawaban. / "
                                 "The AI provider connection dropped mid-answer.",
                                 "code": "GIGAI-E065", "type": "gigai_gateway_error"}}  # fmt: skip
                yield f"data: {json.dumps(err)}\n\n".encode()
        finally:
            await resp.aclose()
            # A client that hangs up early leaves the provider's bill unknown: worst case then.
            cost = settle(usage, chars, unknown=broken or not done, error=broken)
        if out.wants_usage:
            final = {"id": "chatcmpl-gigai-usage", "object": "chat.completion.chunk", "created": int(time.time()),
                     "model": out.model, "choices": [], "usage": _with_cost(usage, cost, prompt_chars, chars)}  # fmt: skip
            yield f"data: {json.dumps(final)}\n\n".encode()
        yield b"data: [DONE]\n\n"

    return StreamingResponse(
        stream_back(), media_type="text/event-stream", background=BackgroundTask(resp.aclose)
    )


def _with_cost(usage: Any, cost: float, prompt_chars: int, completion_chars: int) -> dict[str, Any]:
    """The usage object the participant sees: the provider's counts (or gigai's estimate) + the booked rupiah."""
    reported = _reported(usage)
    if reported:
        out = dict(usage)
    else:
        pt, ct = estimate_tokens(prompt_chars), estimate_tokens(completion_chars)
        out = {"prompt_tokens": pt, "completion_tokens": ct, "total_tokens": pt + ct, "gigai_estimated": True}
    out["gigai_cost_idr"] = round(cost, 6)
    return out
