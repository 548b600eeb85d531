"""Provider presets (data in presets.json, plus the user's $GIGAI_HOME/providers.json) and model selection.

Selection: explicit > GIGAI_PROVIDER > first preset whose key is found > a running Ollama > offline.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from gigai import config
from gigai.errors import ConfigError
from gigai.llm.base import Model


@lru_cache(maxsize=1)
def _builtin() -> dict[str, Any]:
    text = resources.files("gigai.llm").joinpath("presets.json").read_text(encoding="utf-8")
    return json.loads(text)


def _user_rows() -> list[dict[str, Any]]:
    path = config.home() / "providers.json"
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(
            "E013",
            "File providers.json tidak bisa dibaca (JSON rusak?).",
            "providers.json could not be read (broken JSON?).",
            hint=f"periksa / check {path}",
            value=str(exc),
        ) from exc
    rows = data.get("presets", data) if isinstance(data, dict) else data
    return [r for r in rows if isinstance(r, dict) and r.get("name")]


def presets() -> dict[str, dict[str, Any]]:
    """All presets by name (built-in, then user rows merged over them)."""
    rows = {r["name"]: dict(r) for r in _builtin()["presets"]}
    for row in _user_rows():
        base = rows.get(
            row["name"],
            {
                "kind": "openai_compatible",
                "key_env": [],
                "price_in": 0.0,
                "price_out": 0.0,
                "context_window": 8192,
                "structured": "json_object",
            },
        )
        rows[row["name"]] = {**base, **row}
    return rows


def usd_idr() -> float:
    """Exchange rate used for cost in rupiah: GIGAI_USD_IDR or the default stored in presets.json."""
    raw = config.setting("GIGAI_USD_IDR")
    try:
        return float(raw) if raw else float(_builtin()["usd_idr_default"])
    except ValueError:
        return float(_builtin()["usd_idr_default"])


def models(provider: str) -> list[str]:
    """Model ids the catalogue knows for ``provider`` (default model first)."""
    row = _get(provider)
    names = [row.get("default_model")] + list((row.get("models") or {}).keys())
    return [n for i, n in enumerate(names) if n and n not in names[:i]]


def model_price(provider: str, model: str | None = None) -> tuple[float, float]:
    """USD per 1M tokens (input, output) of ``model`` on ``provider``; the preset's own price otherwise."""
    row = _get(provider)
    entry = (row.get("models") or {}).get(model or "") or {}
    return (
        float(entry.get("price_in", row.get("price_in")) or 0.0),
        float(entry.get("price_out", row.get("price_out")) or 0.0),
    )


def cost(provider: str, model: str | None, prompt_tokens: int, completion_tokens: int) -> tuple[float, float]:
    """(USD, IDR) of one call: the single pricing rule that usage, gateway and business tables share."""
    p_in, p_out = model_price(provider, model)
    usd = (prompt_tokens * p_in + completion_tokens * p_out) / 1_000_000
    return usd, usd * usd_idr()


def find_key(preset: dict[str, Any]) -> tuple[str | None, str | None]:
    """(env var name, key) for the first key variable of ``preset`` that is set, else (None, None)."""
    for name in preset.get("key_env") or []:
        value = config.setting(name)
        if value:
            return name, value
    return None, None


def base_url(preset: dict[str, Any]) -> str | None:
    for name in preset.get("base_url_env") or []:
        value = config.setting(name)
        if value:
            if name == "OLLAMA_HOST":  # Ollama's own variable is "host:port" without /v1
                value = value if value.startswith("http") else f"http://{value}"
                value = value.rstrip("/") + ("" if value.rstrip("/").endswith("/v1") else "/v1")
            return value
    return preset.get("base_url")


def _get(name: str) -> dict[str, Any]:
    table = presets()
    if name not in table:
        raise ConfigError(
            "E011",
            f"Provider '{name}' tidak dikenal. Pilihan: {', '.join(table)}.",
            f"Unknown provider '{name}'. Valid names: {', '.join(table)}.",
            hint="gigai providers  (atau / or: GIGAI_PROVIDER=offline)",
            value=name,
        )
    return table[name]


def _probe_ollama(preset: dict[str, Any]) -> list[str] | None:
    """Model names of a running Ollama (0.3 s probe), or None. Skipped with GIGAI_NO_OLLAMA_PROBE=1."""
    if config.setting("GIGAI_NO_OLLAMA_PROBE") in ("1", "true", "yes"):
        return None
    import urllib.request

    root = (base_url(preset) or "http://localhost:11434/v1").rsplit("/v1", 1)[0]
    try:
        with urllib.request.urlopen(root + "/api/tags", timeout=0.3) as resp:
            data = json.loads(resp.read().decode("utf-8"))
    except Exception:  # noqa: BLE001 - anything means "no usable Ollama"
        return None
    return [m.get("name", "") for m in data.get("models", []) if m.get("name")]


def choose(provider: str | None = None, model: str | None = None) -> tuple[str, str | None]:
    """Which preset (and model) would be used, without building it."""
    if provider:
        _get(provider)
        return provider, model
    env = config.setting("GIGAI_PROVIDER")
    if env:
        _get(env.strip().lower())
        return env.strip().lower(), model
    table = presets()
    order = list(_builtin().get("detect_order", []))
    order += [n for n, r in table.items() if n not in order and r.get("key_env") and r.get("detect", True)]
    for name in order:
        row = table.get(name)
        if row and find_key(row)[1] and (name != "gateway" or base_url(row)):
            return name, model
    if "ollama" in table:
        tags = _probe_ollama(table["ollama"])
        if tags:
            default = table["ollama"]["default_model"]
            return "ollama", model or (default if default in tags else tags[0])
    return "offline", model


def resolve(provider: str | None = None, model: str | None = None, **options: Any) -> Model:
    """Build the Model for ``provider``/``model`` (see module doc for the selection order).

    options go to the model class (e.g. ``http_client=``, ``timeout=``, ``max_retries=``, ``api_key=``).
    """
    name, model = choose(provider, model)
    row = _get(name)
    kind = row.get("kind", "openai_compatible")
    model_id = model or config.setting("GIGAI_MODEL") or row.get("default_model")
    if kind == "offline":
        from gigai.llm.offline import OfflineEngine

        return OfflineEngine()
    if kind == "replay":
        from gigai.llm.replay import ReplayModel

        return ReplayModel(path=options.get("path"))
    from gigai.llm.openai_compat import OpenAICompatible

    key = options.pop("api_key", None) or find_key(row)[1]
    if row.get("key_env") and not key:
        env = row["key_env"][0]
        raise ConfigError(
            "E012",
            f"Kunci API untuk '{name}' belum diatur.",
            f"API key for '{name}' is not set.",
            hint=f"gigai doctor  (atau / or: set {env}=... di file .env; daftar / sign up: {row.get('signup')})",
            value=name,
        )
    url = options.pop("base_url", None) or base_url(row)
    if not url:
        raise ConfigError(
            "E014",
            f"Alamat server untuk '{name}' belum diatur.",
            f"Base URL for '{name}' is not set.",
            hint="set GIGAI_BASE_URL=http://... di file .env (minta ke trainer / ask your trainer)",
            value=name,
        )
    return OpenAICompatible(row, model_id=model_id, base_url=url, api_key=key, **options)


class ProviderTable(list):
    """List of provider rows that renders as a table in notebooks."""

    def _repr_markdown_(self) -> str:
        lines = [
            "| provider | siap / ready | model | kunci / key | harga / price (USD/1M in/out) |",
            "|---|---|---|---|---|",
        ]
        for r in self:
            price = (
                f"{r['price_in']:g} / {r['price_out']:g}"
                if r.get("price_in") or r.get("price_out")
                else "gratis"
            )
            mark = "**" if r["selected"] else ""
            lines.append(
                f"| {mark}{r['name']}{mark} | {r['ready']} | {r['default_model']} | {r['key']} | {price} |"
            )
        return "\n".join(lines)


def providers() -> ProviderTable:
    """Every preset with readiness: key found (masked), reachability unknown (no network here)."""
    selected, _ = choose()
    out = ProviderTable()
    for name, row in presets().items():
        env, key = find_key(row)
        if row.get("kind") in ("offline", "replay"):
            ready, shown = "ya / yes", "-"
        elif row.get("key_env"):
            ready = "ya / yes" if key else "belum ada kunci / no key"
            shown = f"{env}={config.mask(key)}" if key else f"{row['key_env'][0]} (kosong / empty)"
        else:
            ready, shown = "server lokal? / local server? (belum dicek / unchecked)", "-"
        out.append(
            {
                "name": name,
                "kind": row.get("kind"),
                "default_model": row.get("default_model"),
                "base_url": base_url(row),
                "key_env": list(row.get("key_env") or []),
                "key_found": bool(key),
                "key": shown,
                "ready": ready,
                "reachable": None,
                "selected": name == selected,
                "price_in": row.get("price_in", 0.0),
                "price_out": row.get("price_out", 0.0),
                "context_window": row.get("context_window"),
                "description": row.get("description"),
                "signup": row.get("signup"),
            }
        )
    return out
