"""Run the room gateway: ``serve()`` for the trainer (blocks), ``BackgroundServer`` for tests and scripts.

gigai gateway serve --upstream gemini --offline-fallback          # room mode: the whole LAN can connect
gigai gateway serve --upstream gemini --upstream llamacpp         # then the laptop's own llama.cpp
gigai gateway serve --upstream gemini --host 127.0.0.1            # this laptop only (no cards)

Upstream URLs, keys, models and prices all come from the LLM catalogue (``gigai.llm.registry``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gigai.lang import say
from gigai.trainer.gateway.upstreams import Upstream, resolve_chain

LAN_HOSTS = ("0.0.0.0", "::")


def serve(
    host: str = "0.0.0.0",
    port: int = 8787,
    *,
    upstream: Sequence[str] | str | None = None,
    upstream_key: str | None = None,
    price_as: str | None = None,
    store_path: str | Path | None = None,
    offline_fallback: bool = False,
    admin_secret: str | None = None,
    log_level: str = "warning",
    **app_kwargs: Any,
) -> None:
    """Run the gateway until Ctrl+C. ``host="0.0.0.0"`` (the default, room mode) opens it to the room's LAN.

    upstream: one ``--upstream`` value or several, in order. app_kwargs go to
    :func:`gigai.trainer.gateway.app.create_app` (models, allow, max_tokens_cap, room_name, first_byte_timeout,
    answer_timeout, probe_interval, max_request_bytes, max_concurrency).
    """
    from gigai._deps import require

    require("fastapi")  # "pip install ..." hint when the gateway's server parts are missing
    uvicorn = require("uvicorn")

    from gigai.config import mask, setting
    from gigai.trainer.gateway.app import create_app
    from gigai.trainer.gateway.cards import lan_base_url

    chain = resolve_chain(upstream, upstream_key, price_as=price_as)
    # Never printed (the terminal may be on the projector): the trainer chooses it in .env, or the console
    # answers only this laptop.
    admin_secret = admin_secret or setting("GIGAI_GATEWAY_ADMIN_KEY")
    on_lan = host in LAN_HOSTS
    app = create_app(upstreams=chain, store_path=store_path, offline_fallback=offline_fallback,
                     admin_secret=admin_secret, lan=on_lan, **app_kwargs)  # fmt: skip
    room = app.state.room
    print(banner(lan_base_url(port) if on_lan else None, chain, [mask(u.key) if u.key else "-" for u in chain],
                 bool(admin_secret), offline_fallback, room.policy.models, port, on_lan=on_lan))  # fmt: skip
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)


def banner(
    base_url: str | None,
    chain: Sequence[Upstream],
    masked_keys: Sequence[str],
    remote_admin: bool,
    offline_fallback: bool,
    models: Any,
    port: int,
    *,
    on_lan: bool = True,
) -> str:
    """What the trainer's terminal shows at start, in one language (GIGAI_LANG). Participants never get a
    loopback address from it: without a LAN address it says so instead of printing settings."""
    from gigai.llm import registry

    rows = "\n".join(
        f"  {i + 1}. {u.label():<28} {u.base_url}   " + say("kunci", "key") + f" {k}"
        + (say("   (lokal)", "   (local)") if u.local else "")
        + ("   Rp 0" if registry.model_price(u.provider, u.model or list(models)[0]) == (0.0, 0.0) else "")
        for i, (u, k) in enumerate(zip(chain, masked_keys))
    )  # fmt: skip
    last = len(chain) + 1
    rows += f"\n  {last}. " + (say("mesin offline gigai (jawaban bertanda [mode offline])",
                                    "gigai's offline engine (answers marked [mode offline])")
                                 if offline_fallback else say("tidak ada: peserta mendapat pesan error "
                                                              "(--offline-fallback untuk cadangan)",
                                                              "none: participants get an error (--offline-fallback "
                                                              "for a fallback)"))  # fmt: skip
    remote = (say("ya, dengan kunci GIGAI_GATEWAY_ADMIN_KEY", "yes, with the GIGAI_GATEWAY_ADMIN_KEY key")
              if remote_admin else say("tidak; isi GIGAI_GATEWAY_ADMIN_KEY=... di .env untuk membukanya",
                                       "no; set GIGAI_GATEWAY_ADMIN_KEY=... in .env to open it"))  # fmt: skip
    console = f"http://127.0.0.1:{port}/admin"
    if not on_lan:
        where = say(
            "Hanya laptop ini (--host 127.0.0.1): peserta TIDAK bisa terhubung. Untuk kelas: jalankan ulang "
            "tanpa --host.",
            "This laptop only (--host 127.0.0.1): participants can NOT connect. For a room: restart without "
            "--host.",
        )
        who = ""
    elif base_url is None:
        where = say(
            "Mode kelas (LAN), tetapi laptop ini belum punya alamat LAN (wifi belum tersambung?). Sambungkan "
            "wifi kelas; alamatnya muncul di konsol dan di kartu.",
            "Room mode (LAN), but this laptop has no LAN address yet (wifi not connected?). Connect to the room "
            "wifi; the address then shows on the console and the cards.",
        )
        who = ""
    else:
        where = say(f"Mode kelas: mendengarkan di LAN, peserta memakai {base_url}",
                    f"Room mode: listening on the LAN, participants use {base_url}")  # fmt: skip
        who = say(
            f"""
Kartu peserta (alamat, token, QR): konsol -> "Cetak kartu", atau: gigai gateway cards 30 --port {port}
Isi .env peserta: GIGAI_PROVIDER=gateway, GIGAI_BASE_URL={base_url}, GIGAI_API_KEY=<token>,
  GIGAI_MODEL={list(models)[0]}, GIGAI_FALLBACK=offline""",
            f"""
Participant cards (address, token, QR): console -> "Print cards", or: gigai gateway cards 30 --port {port}
Participant .env: GIGAI_PROVIDER=gateway, GIGAI_BASE_URL={base_url}, GIGAI_API_KEY=<token>,
  GIGAI_MODEL={list(models)[0]}, GIGAI_FALLBACK=offline""",
        )
    return say(
        f"""
gigai room gateway
  {where}
  Urutan penyedia:
{rows}
  Model yang diizinkan: {", ".join(models)}
  Konsol (laptop ini): {console}
  Konsol dari laptop lain: {remote}{who}
Perubahan status penyedia dicetak di sini.
""",
        f"""
gigai room gateway
  {where}
  Upstreams in order:
{rows}
  Allowed models: {", ".join(models)}
  Console (this laptop): {console}
  Console from another laptop: {remote}{who}
Upstream status changes are printed here.
""",
    )


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
