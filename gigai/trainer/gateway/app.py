"""The room gateway's ASGI app: an OpenAI-compatible proxy that holds the program's real key and shares none of it.

Participants call ``POST /v1/chat/completions`` with the token on their card; the gateway checks it, limits
it, normalises the request (``wire``), reserves its worst-case cost (``ledger``), forwards it with the real key
and streams the answer back (``relay``). Notebooks post exercise outcomes to ``/v1/gigai/progress``
(``progress``). The trainer's console is ``/admin`` (``admin``).

Status codes a participant can meet (body: OpenAI error shape with bilingual text)::

    401 GIGAI-E061  token salah / wrong token            401 GIGAI-E067  token dicabut / revoked
    402 GIGAI-E062  budget habis / budget used up        402 GIGAI-E105  sisa budget kurang / not enough left
    429 GIGAI-E063  terlalu cepat / rate limited         429 GIGAI-E104  terlalu banyak token salah / guessing
    413 GIGAI-E064  permintaan terlalu besar / too large 400 GIGAI-E069  JSON tidak valid / bad request
    400 GIGAI-E100  model tidak diizinkan / model not allowed   400 GIGAI-E101 nilai tidak valid / bad value
    400 GIGAI-E102  fitur tidak diizinkan / feature refused     400 GIGAI-E103 kolom tak dikenal / unknown field
    502 GIGAI-E065  penyedia tidak bisa dihubungi        504 GIGAI-E066  penyedia terlalu lama / timeout
    502 GIGAI-E068  kunci program ditolak penyedia (trainer must fix the upstream key)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from gigai.trainer.gateway import admin, relay
from gigai.trainer.gateway.context import Room
from gigai.trainer.gateway.ledger import Ledger
from gigai.trainer.gateway.progress import ProgressBook
from gigai.trainer.gateway.status import UpstreamStatus
from gigai.trainer.gateway.tokens import TokenStore
from gigai.trainer.gateway.wire import FEATURES, Policy, error_response

log = logging.getLogger("gigai.trainer.gateway")


def allowed_models(provider: str, models: Sequence[str] | None) -> tuple[str, ...]:
    """The trainer's allow-list, checked against the catalogue (default: the provider's default model)."""
    from gigai.errors import ConfigError
    from gigai.llm import registry

    known = registry.models(provider)
    chosen = tuple(dict.fromkeys(models)) if models else tuple(known[:1])
    unknown = [m for m in chosen if m not in known]
    if unknown or not chosen:
        raise ConfigError(
            "E111",
            f"Model {unknown} tidak ada di katalog harga '{provider}', jadi budget tidak bisa dihitung.",
            f"Model {unknown} is not in the '{provider}' price catalogue, so budgets cannot be computed.",
            hint=f"pilih dari / choose from: {', '.join(known)} (atau tambahkan baris di providers.json / or add "
            "a row with its prices to $GIGAI_HOME/providers.json)",
            value=unknown,
        )
    for m in chosen:  # participants price through the "gateway" preset: say so when it would differ
        if registry.model_price("gateway", m) != registry.model_price(provider, m):
            log.warning(
                "Model %s: harga di katalog peserta (gateway) berbeda dari %s; gigai.usage() peserta akan "
                "menunjukkan rupiah lain. / participants' gigai.usage() will show other rupiah for this model.",
                m,
                provider,
            )
    return chosen


def create_app(
    upstream_base_url: str,
    upstream_key: str | None = None,
    *,
    provider: str,
    models: Sequence[str] | None = None,
    allow: Sequence[str] = (),
    max_tokens_cap: int = 1024,
    store_path: str | Path | None = None,
    offline_fallback: bool = False,
    max_request_bytes: int = 256_000,
    admin_secret: str | None = None,
    room_name: str | None = None,
    timeout: float = 60.0,
    max_concurrency: int = 64,
    transport: httpx.AsyncBaseTransport | None = None,
    say: Callable[[str], None] | None = None,
) -> FastAPI:
    """Build the gateway app. ``provider`` is the catalogue preset that prices the upstream (e.g. ``gemini``).

    models: the allow-list (first = default for requests naming none). allow: optional features
    (``tools``, ``audio``, ``images``, ``service_tier``). say: where upstream status changes are printed.
    """
    unknown = sorted(set(allow) - set(FEATURES))
    if unknown or not 1 <= int(max_tokens_cap) <= 200_000:
        from gigai.errors import ConfigError

        raise ConfigError(
            "E102",
            "Pilihan --allow atau --max-tokens tidak dikenal.",
            "Unknown --allow feature or bad --max-tokens.",
            hint=f"--allow salah satu / one of: {', '.join(FEATURES)}; --max-tokens 1..200000",
            value=unknown or max_tokens_cap,
        )
    policy = Policy(allowed_models(provider, models), int(max_tokens_cap), frozenset(allow))
    store = TokenStore(store_path)
    if room_name:
        store.meta("room", room_name)
    store.meta("models", ",".join(policy.models))  # token cards name the room's default model
    base = upstream_base_url.rstrip("/")
    room = Room(
        provider=provider,
        base_url=base,
        key=upstream_key or "",
        policy=policy,
        store=store,
        ledger=Ledger(store),
        book=ProgressBook(store),
        status=UpstreamStatus(provider, base, fallback=offline_fallback, say=say),
        offline_fallback=offline_fallback,
        max_request_bytes=max_request_bytes,
        timeout=timeout,
        max_concurrency=max_concurrency,
        transport=transport,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        await room.close()

    app = FastAPI(
        title="gigai room gateway", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.room = room
    app.state.store = store
    # Only the hash is stored. Without a chosen secret a random one nobody sees: the console then answers
    # the trainer's laptop (loopback) only.
    app.state.admin_secret = store.set_admin_secret(admin_secret)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("gateway error: %s", room.scrub(f"{type(exc).__name__}: {exc}"))
        return error_response(
            500,
            "E060",
            "Gateway mengalami kesalahan internal.",
            "The gateway hit an internal error.",
            "coba lagi / try again; trainer: lihat log gateway / check the gateway log",
        )

    relay.add_routes(app, room)
    admin.add_routes(app, room)
    return app
