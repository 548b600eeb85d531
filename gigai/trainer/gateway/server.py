"""Run the room gateway: ``serve()`` for the trainer (blocks), ``BackgroundServer`` for tests and scripts.

gigai gateway serve --upstream gemini                  # key from GEMINI_API_KEY, loopback only
gigai gateway serve --upstream gemini --host 0.0.0.0   # the room's LAN (participants connect)

Upstream URLs, keys, models and prices all come from the LLM catalogue (``gigai.llm.registry``).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Upstream:
    provider: str  # catalogue preset that prices the calls
    base_url: str
    key: str | None


def resolve_upstream(
    upstream: str | None, upstream_key: str | None, *, price_as: str | None = None
) -> Upstream:
    """``"gemini"`` -> its catalogue URL and key; a URL needs ``price_as`` (the preset whose prices apply)."""
    from gigai.config import setting
    from gigai.errors import ConfigError
    from gigai.llm import registry

    upstream = upstream or setting("GIGAI_GATEWAY_UPSTREAM")
    if not upstream:
        raise ConfigError(
            "E010",
            "Gateway belum tahu penyedia AI mana yang dipakai.",
            "The gateway has no upstream provider.",
            hint="gigai gateway serve --upstream gemini   (atau / or --upstream https://.../v1 --price-as openai)",
        )
    table = registry.presets()
    usable = [n for n, r in table.items() if r.get("kind") == "openai_compatible" and n != "gateway"]
    if "://" in upstream:
        if price_as not in usable:
            raise ConfigError(
                "E110",
                "Untuk alamat URL, gateway perlu tahu harga mana yang dipakai.",
                "With a URL upstream the gateway needs to know which prices apply.",
                hint=f"--price-as NAMA, salah satu / one of: {', '.join(usable)}",
                value=price_as,
            )
        return Upstream(price_as, upstream.rstrip("/"), upstream_key or setting("GIGAI_GATEWAY_KEY"))
    name = upstream.strip().lower()
    if name not in usable:
        raise ConfigError(
            "E011",
            f"Penyedia '{upstream}' tidak bisa dipakai gateway.",
            "Unknown upstream provider for the gateway.",
            hint="pakai salah satu / use one of: " + ", ".join(usable) + " atau / or a URL with --price-as",
            value=upstream,
        )
    row = table[name]
    url = registry.base_url(row)
    if not url:
        raise ConfigError(
            "E014",
            f"Alamat server '{name}' belum diatur.",
            f"No base URL for '{name}'.",
            hint=f"set {(row.get('base_url_env') or ['...'])[0]}=http://... di .env",
            value=name,
        )
    key = upstream_key or registry.find_key(row)[1]
    if row.get("key_env") and not key:
        raise ConfigError(
            "E012",
            "Kunci API program belum diatur untuk gateway.",
            "The program's API key is not set.",
            hint=f"set {row['key_env'][0]}=... di .env laptop trainer / in the trainer's .env",
            value=row["key_env"][0],
        )
    return Upstream(name, str(url).rstrip("/"), key)


def serve(
    host: str = "127.0.0.1",
    port: int = 8787,
    *,
    upstream: str | None = None,
    upstream_key: str | None = None,
    price_as: str | None = None,
    store_path: str | Path | None = None,
    offline_fallback: bool = False,
    admin_secret: str | None = None,
    log_level: str = "warning",
    **app_kwargs: Any,
) -> None:
    """Run the gateway until Ctrl+C. ``host="0.0.0.0"`` opens it to the room's LAN.

    app_kwargs go to :func:`gigai.trainer.gateway.app.create_app` (models, allow, max_tokens_cap, room_name,
    max_request_bytes, timeout, max_concurrency).
    """
    from gigai._deps import require

    require("fastapi")  # bilingual "pip install ..." hint when the gateway's server parts are missing
    uvicorn = require("uvicorn")

    from gigai.config import mask, setting
    from gigai.trainer.gateway.app import create_app
    from gigai.trainer.gateway.cards import lan_base_url

    up = resolve_upstream(upstream, upstream_key, price_as=price_as)
    # Never printed (the terminal may be on the projector): the trainer chooses it in .env, or the console
    # answers only this laptop.
    admin_secret = admin_secret or setting("GIGAI_GATEWAY_ADMIN_KEY")
    app = create_app(
        up.base_url,
        up.key,
        provider=up.provider,
        store_path=store_path,
        offline_fallback=offline_fallback,
        admin_secret=admin_secret,
        **app_kwargs,
    )
    room = app.state.room
    lan = lan_base_url(port) if host in ("0.0.0.0", "::") else None
    print(
        banner(
            lan or f"http://{host}:{port}/v1",
            up,
            mask(up.key) if up.key else "-",
            bool(admin_secret),
            offline_fallback,
            room.policy.models,
            port,
        )
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)


def banner(
    base_url: str,
    up: Upstream,
    masked_key: str,
    remote_admin: bool,
    offline_fallback: bool,
    models: Any,
    port: int,
) -> str:
    remote = (
        "ya, dengan kunci GIGAI_GATEWAY_ADMIN_KEY / yes, with the GIGAI_GATEWAY_ADMIN_KEY key"
        if remote_admin
        else "tidak; isi GIGAI_GATEWAY_ADMIN_KEY=... di .env untuk membukanya / no; set GIGAI_GATEWAY_ADMIN_KEY in .env"
    )
    return f"""
gigai room gateway
  Upstream / penyedia : {up.provider} {up.base_url}   (kunci / key {masked_key})
  Model yang diizinkan / allowed models: {", ".join(models)}
  Mode offline cadangan / offline fallback: {"ya / yes" if offline_fallback else "tidak / no"}
  Konsol / console (laptop ini / this laptop): http://127.0.0.1:{port}/admin
  Konsol dari laptop lain / console from another laptop: {remote}

Peserta menulis di .env / participants put in .env:
  GIGAI_PROVIDER=gateway
  GIGAI_BASE_URL={base_url}
  GIGAI_API_KEY=<token dari kartu / token from your card>
  GIGAI_MODEL={list(models)[0]}   (boleh tidak ditulis / optional: gateway memakai model ini / the default)
Kartu token / token cards: gigai gateway tokens 30 --sheet token.html --port {port}
Perubahan status penyedia dicetak di sini / upstream status changes are printed here.
"""


class BackgroundServer:
    """Serve an ASGI app with uvicorn in a daemon thread on 127.0.0.1 (port 0 picks a free port).

    with BackgroundServer(app) as srv:
        httpx.get(srv.url + "/health")
    """

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning") -> None:
        import uvicorn

        self._server = uvicorn.Server(
            uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False, lifespan="on")
        )
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self.host = host
        self.port = port
        self.url = ""

    def start(self) -> BackgroundServer:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://{self.host}:{self.port}"
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
