"""The participant side of the gateway: ``/health``, ``/v1/models``, ``/v1/chat/completions``, ``/v1/gigai/progress``.

One chat request: token (throttled per address) -> rate limit -> size cap -> :func:`wire.normalise` ->
worst-case cost reserved -> :func:`answer.answer` (the upstreams in order, then the offline engine) -> cost
settled. The cost the gateway booked travels back in ``usage.gigai_cost_idr`` (and the ``X-Gigai-Cost-Idr``
header), so the participant's ``gigai.usage()`` can show the very rupiah the trainer's console shows.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from gigai.trainer.gateway import answer
from gigai.trainer.gateway.context import Room
from gigai.trainer.gateway.progress import MAX_BODY
from gigai.trainer.gateway.wire import WireError, error_response, normalise

log = logging.getLogger("gigai.gateway")


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


def loads(raw: bytes) -> Any:
    """JSON, or ValueError for anything else: bad bytes, bad syntax, and nesting deep enough to recurse."""
    try:
        return json.loads(raw or b"null")
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None


def add_routes(app: FastAPI, room: Room) -> None:
    """Participant routes on ``app``."""

    @app.get("/health")
    async def health() -> dict[str, Any]:
        """Cheap and open (no token, no upstream call): the gateway is up, and what its last probes saw."""
        h = room.health
        return {
            "status": "ok",
            "gateway": "gigai",
            "offline_fallback": room.offline_fallback,
            "serving": h.serving(),
            "upstreams": [
                {k: s.to_dict()[k] for k in ("provider", "local", "up", "last_probe_ok", "last_probe_text")}
                for s in h.statuses
            ],
        }

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
            record = room.book.parse(loads(raw))
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
            out = normalise(loads(raw), room.policy)
        except ValueError:
            return WireError(400, "E069", "Permintaan bukan JSON chat yang valid (butuh 'messages').",
                             "Request is not a valid chat JSON body ('messages' is required).",
                             "pakai openai SDK atau gigai.chat() / use the openai SDK or gigai.chat()").response()  # fmt: skip
        except WireError as exc:
            return exc.response()
        worst = answer.worst_case(room, out)
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
            return await answer.answer(room, info.name, out, hold, started)
        except BaseException:  # never leave money held: an unexpected failure books the worst case
            room.ledger.settle(hold, worst, error=True)
            raise
