"""The provider catalogue and model selection: the ONLY reader of presets.json (and $GIGAI_HOME/providers.json).

Base URLs, key variables, default and allowed models, per-model prices and the USD->IDR rate live here as
data; doctor, gateway, business tables and apps ask these functions (presets, models, model_price, cost,
usd_idr, find_key, base_url, resolve). Selection: explicit > GIGAI_PROVIDER > first preset whose key is
found > a running Ollama > offline.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from functools import lru_cache
from importlib import resources
from typing import Any

from gigai import config
from gigai.errors import ConfigError
from gigai.lang import english, say
from gigai.llm.base import Model
from gigai.llm.params import MODEL_OPTIONS, check, closest
from gigai.llm.signup import signup_link


@lru_cache(maxsize=1)
def _builtin() -> dict[str, Any]:
    text = resources.files("gigai.llm").joinpath("presets.json").read_text(encoding="utf-8")
    return json.loads(text)


def _user_path() -> Any:
    return config.home() / "providers.json"


def _user_rows(path: Any) -> list[dict[str, Any]]:
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


_TABLE: dict[str, Any] = {"key": None, "rows": None, "version": 0}
_TABLE_LOCK = threading.Lock()


def _table() -> dict[str, dict[str, Any]]:
    """The merged catalogue, rebuilt only when $GIGAI_HOME or its providers.json changes (callers: read only)."""
    home_env = os.environ.get("GIGAI_HOME")
    cached = _TABLE["rows"]
    if cached is not None and _TABLE["home"] == home_env:
        path = _TABLE["path"]
    else:
        path = _user_path()
    try:
        st = path.stat()
        stamp: Any = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    key = (str(path), stamp)
    if cached is not None and _TABLE["key"] == key:
        return cached
    rows = _merge(_user_rows(path))
    with _TABLE_LOCK:
        _TABLE.update(key=key, rows=rows, home=home_env, path=path, version=_TABLE["version"] + 1)
    return rows


def presets() -> dict[str, dict[str, Any]]:
    """All presets by name (built-in, then user rows merged over them); the caller gets its own copies."""
    return {name: dict(row) for name, row in _table().items()}


def _merge(user_rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    rows = {r["name"]: dict(r) for r in _builtin()["presets"]}
    for row in user_rows:
        base = rows.get(
            row["name"],
            {
                "kind": "openai_compatible",
                "key_env": [],
                "open_models": True,
                "price_in": 0.0,
                "price_out": 0.0,
                "context_window": 8192,
                "structured": "json_object",
            },
        )
        merged = {**base, **row}
        if isinstance(base.get("models"), dict) and isinstance(row.get("models"), dict):
            merged["models"] = {**base["models"], **row["models"]}
        rows[row["name"]] = merged
    for row in rows.values():  # derived, for tables: the default model's price (never stored twice)
        if "price_in" not in row or "price_out" not in row:
            entry = _entry(rows, row, row.get("default_model")) or {}
            row["price_in"] = float(entry.get("price_in") or 0.0)
            row["price_out"] = float(entry.get("price_out") or 0.0)
    return rows


def _entry(table: dict[str, dict[str, Any]], row: dict[str, Any], model: str | None) -> dict[str, Any] | None:
    """The catalogue entry (prices) of ``model`` on ``row``: its own models, then its ``models_from`` presets."""
    if not model:
        return None
    own = row.get("models") or {}
    if model in own:
        return own[model] if isinstance(own[model], dict) else {}
    for other in row.get("models_from") or []:
        found = (table.get(other, {}).get("models") or {}).get(model)
        if found is not None:
            return found if isinstance(found, dict) else {}
    return None


def usd_idr() -> float:
    """Exchange rate used for cost in rupiah: GIGAI_USD_IDR or the default stored in presets.json."""
    raw = config.setting("GIGAI_USD_IDR")
    try:
        return float(raw) if raw else float(_builtin()["usd_idr_default"])
    except ValueError:
        return float(_builtin()["usd_idr_default"])


def models(provider: str) -> list[str]:
    """Model ids the catalogue knows for ``provider`` (default model first)."""
    table = _table()
    row = _get(provider, table)
    names = [row.get("default_model"), *(row.get("models") or {})]
    for other in row.get("models_from") or []:
        names += list(table.get(other, {}).get("models") or {})
    return [n for i, n in enumerate(names) if n and n not in names[:i]]


def model_price(provider: str, model: str | None = None) -> tuple[float, float]:
    """USD per 1M tokens (input, output) of ``model`` on ``provider``.

    A model the catalogue does not list (open presets: Ollama, OpenRouter, gateway, ...) is priced at the
    preset's own ``price_in``/``price_out``.
    """
    table = _table()
    row = _get(provider, table)
    entry = _entry(table, row, model or row.get("default_model")) or {}
    return (
        float(entry.get("price_in", row.get("price_in")) or 0.0),
        float(entry.get("price_out", row.get("price_out")) or 0.0),
    )


def cost(provider: str, model: str | None, prompt_tokens: int, completion_tokens: int) -> tuple[float, float]:
    """(USD, IDR) of one call: the single pricing rule that usage, gateway and business tables share."""
    p_in, p_out = model_price(provider, model)
    usd = (prompt_tokens * p_in + completion_tokens * p_out) / 1_000_000
    return usd, usd * usd_idr()


def check_model(provider: str, model: str) -> None:
    """Reject a model id the catalogue does not allow for ``provider`` (E017, naming the closest one)."""
    table = _table()
    row = _get(provider, table)
    if row.get("open_models") or _entry(table, row, model) is not None:
        return
    valid = models(provider)
    guess = closest(model, valid)
    raise ConfigError(
        "E017",
        f"Model '{model}' tidak dikenal untuk '{provider}'."
        + (f" Maksudmu '{guess}'?" if guess else "")
        + f" Pilihan: {', '.join(valid)}.",
        f"Unknown model '{model}' for '{provider}'." + (f" Did you mean '{guess}'?" if guess else ""),
        hint=f"GIGAI_MODEL={guess or valid[0]}  (model baru? tambahkan di / new model? add it to "
        f'$GIGAI_HOME/providers.json: {{"name": "{provider}", "models": {{"{model}": {{}}}}}})',
        value=model,
    )


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


def _get(name: str, table: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    table = _table() if table is None else table
    if name not in table:
        guess = closest(str(name).strip().lower(), table)
        raise ConfigError(
            "E011",
            f"Provider '{name}' tidak dikenal."
            + (f" Maksudmu '{guess}'?" if guess else "")
            + f" Pilihan: {', '.join(table)}.",
            f"Unknown provider '{name}'."
            + (f" Did you mean '{guess}'?" if guess else "")
            + f" Valid names: {', '.join(table)}.",
            hint=f"GIGAI_PROVIDER={guess or 'offline'} di file .env",
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
    table = _table()
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


_CACHE: dict[tuple[Any, ...], Model] = {}
_CACHE_LOCK = threading.Lock()


def clear_cache() -> None:
    """Forget the resolved models (their clients and connection pools)."""
    with _CACHE_LOCK:
        _CACHE.clear()


def _offline() -> Model:
    from gigai.offline.engine import OfflineEngine
    from gigai.llm.wrappers import AccountingModel

    return AccountingModel(OfflineEngine(), price=cost)


def resolve(provider: str | None = None, model: str | None = None, **options: Any) -> Model:
    """The ready-to-call Model for ``provider``/``model`` (see module doc for the selection order).

    options: ``api_key=``, ``base_url=``, ``timeout=``, ``max_retries=``, ``max_wait=``, ``http_client=``,
    ``path=`` (replay cassette), ``fallback="offline"``, ``rpm=`` (at most this many requests per minute;
    also ``GIGAI_RPM``). The model comes wrapped (gigai/llm/wrappers.py):
    parameters checked, usage priced and logged, calls recorded, and fallback to offline when enabled.
    The same settings give the same object back (one client and connection pool, shared across threads).
    """
    check(options, MODEL_OPTIONS, where="gigai.get_model")
    from gigai.llm import wrappers

    name, model = choose(provider, model)
    row = _get(name)
    kind = row.get("kind", "openai_compatible")
    model_id = model or config.setting("GIGAI_MODEL") or row.get("default_model")
    check_model(name, model_id)
    policy = options.pop("fallback", None)
    if kind == "offline":
        return _offline()
    if kind == "replay":
        from gigai.llm.replay import ReplayModel

        return wrappers.AccountingModel(ReplayModel(path=options.get("path")), price=cost)
    key = options.pop("api_key", None) or find_key(row)[1]
    url = options.pop("base_url", None) or base_url(row)
    error = _not_ready(name, row, key, url)
    if error is not None:
        if wrappers.fallback_enabled(policy):
            return wrappers.FallbackModel(wrappers.UnavailableModel(name, model_id, error), _offline, policy)
        raise error
    cache_key = _cache_key(row, model_id, url, key, policy, options)
    if cache_key is not None:
        found = _CACHE.get(cache_key)
        if found is not None:
            return found
    from gigai.llm.openai_compat import OpenAICompatible

    inner = OpenAICompatible(dict(row), model_id=model_id, base_url=url, api_key=key, **options)
    built = wrappers.FallbackModel(
        wrappers.AccountingModel(wrappers.RecordingModel(inner), price=cost, rate=usd_idr), _offline, policy
    )
    if cache_key is not None:
        with _CACHE_LOCK:
            if len(_CACHE) >= 64:  # settings keep changing (a notebook trying keys): start afresh, stay small
                _CACHE.clear()
            built = _CACHE.setdefault(cache_key, built)
    return built


def with_fallback(model: Model, policy: str | None) -> Model:
    """``model`` with an explicit fallback policy (``"offline"``), e.g. for a Model object passed in."""
    from gigai.llm import wrappers

    inner = model.inner if isinstance(model, wrappers.FallbackModel) else model
    return wrappers.FallbackModel(inner, _offline, policy)


def _not_ready(name: str, row: dict[str, Any], key: str | None, url: str | None) -> ConfigError | None:
    if row.get("key_env") and not key:
        env = row["key_env"][0]
        return ConfigError(
            "E012",
            f"Kunci API untuk '{name}' belum diatur.",
            f"API key for '{name}' is not set.",
            hint=f"set {env}=<token dari kartu / from your card> di file .env"
            if name == "gateway"
            else f"set {env}=... di file .env  (kunci dari / get a key at: {signup_link(row)})",
            value=name,
        )
    if not url:
        return ConfigError(
            "E014",
            f"Alamat server untuk '{name}' belum diatur.",
            f"Base URL for '{name}' is not set.",
            hint="set GIGAI_BASE_URL=http://... di file .env (minta ke trainer / ask your trainer)",
            value=name,
        )
    return None


def _cache_key(
    row: dict[str, Any], model_id: str, url: str, key: str | None, policy: Any, options: dict[str, Any]
) -> tuple[Any, ...] | None:
    """What makes two resolved models interchangeable; None (no caching) for objects like http_client."""
    if any(not isinstance(v, (str, int, float, bool, type(None))) for v in options.values()):
        return None
    digest = hashlib.sha256((key or "").encode()).hexdigest()[:16]  # never the key itself
    env = tuple(
        config.setting(n) for n in ("GIGAI_TIMEOUT", "GIGAI_RETRIES", "GIGAI_RETRY_MAX_WAIT", "GIGAI_RPM")
    )
    return (
        row["name"],
        model_id,
        url,
        digest,
        policy,
        tuple(sorted(options.items())),
        env,
        _TABLE["version"],  # the catalogue changed (providers.json edited): build again
    )


class ProviderTable(list):
    """List of provider rows that renders as a table in notebooks."""

    def _repr_markdown_(self) -> str:
        head = say(
            "| provider | siap? | model | kunci | harga (USD per 1 juta token masuk/keluar) |",
            "| provider | ready? | model | key | price (USD per 1M tokens in/out) |",
        )
        lines = [head, "|---|---|---|---|---|"]
        for r in self:
            price = (
                f"{r['price_in']:g} / {r['price_out']:g}".replace(".", "," if not english() else ".")
                if r.get("price_in") or r.get("price_out")
                else say("gratis", "free")
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
            ready, shown = say("ya", "yes"), "-"
        elif row.get("key_env"):
            ready = say("ya", "yes") if key else say("belum ada kunci", "no key")
            shown = f"{env}={config.mask(key)}" if key else f"{row['key_env'][0]} ({say('kosong', 'empty')})"
        else:
            ready, shown = say("server lokal? (belum dicek)", "local server? (unchecked)"), "-"
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
