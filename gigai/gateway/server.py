"""Run the room gateway: ``serve()`` for the trainer (blocks), ``BackgroundServer`` for tests and scripts.

gigai gateway serve --upstream gemini             # key from GEMINI_API_KEY, loopback only
gigai gateway serve --upstream gemini --host 0.0.0.0   # the room's LAN (participants connect)
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from gigai.apps.sharing import lan_ip

# preset -> (OpenAI-compatible base URL, key variable). Mirrors the LLM layer's presets; kept here so the
# gateway starts even if that file changes shape.
KNOWN_UPSTREAMS: dict[str, tuple[str, str | None]] = {
    "openai": ("https://api.openai.com/v1", "OPENAI_API_KEY"),
    "gemini": ("https://generativelanguage.googleapis.com/v1beta/openai", "GEMINI_API_KEY"),
    "groq": ("https://api.groq.com/openai/v1", "GROQ_API_KEY"),
    "openrouter": ("https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"),
    "ollama": ("http://127.0.0.1:11434/v1", None),
    "llamacpp": ("http://127.0.0.1:8080/v1", None),
}


def resolve_upstream(upstream: str | None, upstream_key: str | None) -> tuple[str, str | None]:
    """``"gemini"`` -> (base URL, key from GEMINI_API_KEY); a URL is taken as is (key: ``GIGAI_GATEWAY_KEY``)."""
    from gigai.config import setting
    from gigai.errors import ConfigError

    upstream = upstream or setting("GIGAI_GATEWAY_UPSTREAM")
    if not upstream:
        raise ConfigError(
            "E010",
            "Gateway belum tahu penyedia AI mana yang dipakai.",
            "The gateway has no upstream provider.",
            hint="gigai gateway serve --upstream gemini   (atau / or --upstream https://.../v1 --key-env NAME)",
        )
    if "://" in upstream:
        return upstream.rstrip("/"), upstream_key or setting("GIGAI_GATEWAY_KEY")
    name = upstream.lower()
    row = _preset_row(name)
    if row is not None:
        from gigai.llm import registry

        env_name, key = registry.find_key(row)
        key = upstream_key or key
        if row.get("key_env") and not key:
            raise ConfigError(
                "E012",
                "Kunci API program belum diatur untuk gateway.",
                "The program's API key is not set.",
                hint=f"set {row['key_env'][0]}=... di .env laptop trainer / in the trainer's .env",
                value=row["key_env"][0],
            )
        return str(registry.base_url(row)).rstrip("/"), key
    if name not in KNOWN_UPSTREAMS:
        raise ConfigError(
            "E011",
            f"Penyedia '{upstream}' tidak dikenal gateway.",
            "Unknown upstream provider.",
            hint="pakai salah satu / use one of: " + ", ".join(KNOWN_UPSTREAMS) + " atau URL",
            value=upstream,
        )
    url, env = KNOWN_UPSTREAMS[name]
    if name == "llamacpp":
        url = setting("LLAMACPP_BASE_URL") or url
    key = upstream_key or (setting(env) if env else None)
    if env and not key:
        raise ConfigError(
            "E012",
            "Kunci API program belum diatur untuk gateway.",
            "The program's API key is not set.",
            hint=f"set {env}=... di .env laptop trainer / in the trainer's .env",
            value=env,
        )
    return url, key


def _preset_row(name: str) -> dict[str, Any] | None:
    """The LLM layer's preset row for ``name`` if it is an OpenAI-compatible provider (never ``gateway``)."""
    if name == "gateway":
        return None
    try:
        from gigai.llm import registry

        row = registry.presets().get(name)
    except Exception:  # noqa: BLE001 - fall back to the built-in table
        return None
    if row and row.get("kind") == "openai_compatible" and registry.base_url(row):
        return row
    return None


def serve(
    host: str = "127.0.0.1",
    port: int = 8787,
    *,
    upstream: str | None = None,
    upstream_key: str | None = None,
    store_path: str | Path | None = None,
    offline_fallback: bool = False,
    admin_secret: str | None = None,
    log_level: str = "info",
    **app_kwargs: Any,
) -> None:
    """Run the gateway until Ctrl+C. ``host="0.0.0.0"`` opens it to the room's LAN.

    app_kwargs go to :func:`gigai.gateway.app.create_app` (max_request_bytes, max_tokens_cap, force_model,
    prices, usd_to_idr, timeout, max_concurrency, admin_loopback_only).
    """
    from gigai._deps import require

    require("fastapi")  # bilingual "pip install ..." hint when the gateway's server parts are missing
    uvicorn = require("uvicorn")

    from gigai.config import mask
    from gigai.gateway.app import create_app

    base, key = resolve_upstream(upstream, upstream_key)
    app = create_app(
        base,
        key,
        store_path=store_path,
        offline_fallback=offline_fallback,
        admin_secret=admin_secret,
        **app_kwargs,
    )
    shown = lan_ip() if host in ("0.0.0.0", "::") else host
    print(
        banner(
            f"http://{shown}:{port}",
            base,
            mask(key) if key else "-",
            app.state.admin_secret,
            offline_fallback,
        )
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)


def banner(url: str, upstream: str, masked_key: str, admin: str, offline_fallback: bool) -> str:
    return f"""
gigai room gateway
  Upstream / penyedia : {upstream}   (kunci / key {masked_key})
  Mode offline cadangan / offline fallback: {"ya / yes" if offline_fallback else "tidak / no"}
  Admin (laptop ini saja / this laptop only): http://127.0.0.1:{url.rsplit(":", 1)[-1]}/admin
  Kunci admin / admin key: {admin}

Peserta menulis di .env / participants put in .env:
  GIGAI_PROVIDER=gateway
  GIGAI_BASE_URL={url}/v1
  GIGAI_API_KEY=<token dari kartu / token from your card>
Token: gigai gateway tokens --n 30  (kartu QR / QR sheet: --sheet token.html)
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
