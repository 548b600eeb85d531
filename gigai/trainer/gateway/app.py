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
    (the upstream errors only without --offline-fallback; with it every upstream failure is an offline answer)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from gigai.lang import say
from gigai.trainer.gateway import admin, probe, relay
from gigai.trainer.gateway.context import Room
from gigai.trainer.gateway.ledger import Ledger
from gigai.trainer.gateway.progress import ProgressBook
from gigai.trainer.gateway.status import RoomHealth
from gigai.trainer.gateway.tokens import TokenStore
from gigai.trainer.gateway.upstreams import Upstream
from gigai.trainer.gateway.wire import FEATURES, Policy, error_response

log = logging.getLogger("gigai.gateway")


def allowed_models(provider: str, models: Sequence[str] | None) -> tuple[str, ...]:
    """The trainer's allow-list, checked against the catalogue (default: the provider's default model)."""
    from gigai.errors import ConfigError
    from gigai.llm import registry

    known = registry.models(provider)
    chosen = tuple(dict.fromkeys(models)) if models else tuple(known[:1])
    unknown = [m for m in chosen if m not in known]
    if unknown or not chosen:
        raise ConfigError(
            "E302",
            f"Model {unknown} tidak ada di katalog harga '{provider}', jadi budget tidak bisa dihitung.",
            f"Model {unknown} is not in the '{provider}' price catalogue, so budgets cannot be computed.",
            hint=say("pilih dari: ", "choose from: ")
            + ", ".join(known)
            + say(
                " (atau tambahkan baris berisi harganya di $GIGAI_HOME/providers.json)",
                " (or add a row with its prices to $GIGAI_HOME/providers.json)",
            ),
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


def _free(up: Upstream, policy: Policy) -> bool:
    from gigai.llm import registry

    return registry.model_price(up.provider, up.model or policy.models[0]) == (0.0, 0.0)


def create_app(
    upstream_base_url: str | None = None,
    upstream_key: str | None = None,
    *,
    provider: str | None = None,
    upstreams: Sequence[Upstream] | None = None,
    models: Sequence[str] | None = None,
    allow: Sequence[str] = (),
    max_tokens_cap: int = 1024,
    store_path: str | Path | None = None,
    offline_fallback: bool = False,
    max_request_bytes: int = 256_000,
    admin_secret: str | None = None,
    room_name: str | None = None,
    first_byte_timeout: float = 12.0,
    answer_timeout: float = 45.0,
    probe_interval: float = 15.0,
    lan: bool = False,
    max_concurrency: int = 64,
    transport: httpx.AsyncBaseTransport | None = None,
    say: Callable[[str], None] | None = None,
) -> FastAPI:
    """Build the gateway app for ``upstreams`` (in order), or one upstream at ``upstream_base_url`` priced as
    the catalogue row ``provider`` (e.g. ``gemini``).

    models: the allow-list of the first upstream (first = default for requests naming none). allow: optional
    features (``tools``, ``audio``, ``images``, ``service_tier``). first_byte_timeout: seconds an upstream
    gets to start answering; answer_timeout: seconds for a whole answer (keep both well inside the clients'
    GIGAI_TIMEOUT, 60 s by default). probe_interval: seconds between the gateway's own upstream checks.
    lan: the server listens on the room's LAN (cards may then be printed). say: where changes are printed.
    """
    if upstreams is None:
        if not upstream_base_url or not provider:
            raise TypeError("create_app needs upstreams=[...] or upstream_base_url with provider=")
        upstreams = [Upstream(provider, upstream_base_url.rstrip("/"), upstream_key)]
    upstreams = list(upstreams)
    times = (first_byte_timeout, answer_timeout, probe_interval)
    if not upstreams or not all(0 < float(t) <= 600 for t in times) or first_byte_timeout > answer_timeout:
        from gigai.errors import ConfigError

        raise ConfigError("E306", "Batas waktu gateway tidak masuk akal.", "The gateway's time limits make no sense.",
                          hint="--first-byte 12 (detik) <= --answer-timeout 45; --probe-every 15",
                          value=times)  # fmt: skip
    provider = upstreams[0].provider
    unknown = sorted(set(allow) - set(FEATURES))
    if unknown or not 1 <= int(max_tokens_cap) <= 200_000:
        from gigai.errors import ConfigError

        raise ConfigError(
            "E300",
            "Pilihan --allow atau --max-tokens tidak dikenal.",
            "Unknown --allow feature or bad --max-tokens.",
            hint=f"--allow {', '.join(FEATURES)}; --max-tokens 1..200000",
            value=unknown or max_tokens_cap,
        )
    policy = Policy(allowed_models(provider, models), int(max_tokens_cap), frozenset(allow))
    store = TokenStore(store_path)
    if room_name:
        store.meta("room", room_name)
    store.meta("models", ",".join(policy.models))  # token cards name the room's default model
    room = Room(
        upstreams=upstreams,
        policy=policy,
        store=store,
        ledger=Ledger(store),
        book=ProgressBook(store),
        health=RoomHealth(
            [(u.provider, u.base_url, u.local, _free(u, policy)) for u in upstreams],
            fallback=offline_fallback,
            cooldown=probe_interval,
            say=say,
        ),  # fmt: skip
        offline_fallback=offline_fallback,
        max_request_bytes=max_request_bytes,
        first_byte_timeout=float(first_byte_timeout),
        answer_timeout=float(answer_timeout),
        probe_interval=float(probe_interval),
        lan=lan,
        max_concurrency=max_concurrency,
        transport=transport,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        prober = asyncio.create_task(probe.run(room))
        yield
        prober.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await prober
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
