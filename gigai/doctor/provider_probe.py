"""Would the active provider answer? The doctor's provider verdict, with the fix for each cause.

    >>> from gigai.doctor.provider_probe import assess
    >>> assess().status            # "ok" | "warn" | "fail"
    'ok'

Static checks (no network): the preset name is known (closest name suggested), its key is set, its base URL is
well-formed and carries the API version path (``/v1``). ``online=True`` adds one tiny real chat call (one
output token) and reports what the server really said, including a room gateway whose own provider is dead.
Every provider fact (names, URLs, key variables, models) comes from :mod:`gigai.llm.registry`.
Used in: Lab 1 (gigai doctor).
"""

from __future__ import annotations

import difflib
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

OK, INFO, WARN, FAIL = "ok", "info", "warn", "fail"
OFFLINE_MODEL = "gigai-offline"  # the model name a gateway reports when it answers from its offline engine
_LOOPBACK = ("127.0.0.1", "localhost", "::1", "0.0.0.0")


@dataclass
class Verdict:
    """The active provider's state: status, what was found (ID / EN), the fix, and facts for the JSON report."""

    status: str
    detail: str
    fix: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def ready(self) -> bool:
        return self.status == OK


def active_name() -> tuple[str, str]:
    """(provider name, where it came from): GIGAI_PROVIDER as typed (lowercased), else the registry's choice."""
    from gigai import config
    from gigai.llm import registry

    env = config.setting("GIGAI_PROVIDER")
    if env and env.strip():
        return env.strip().lower(), "GIGAI_PROVIDER"
    return registry.choose()[0], "otomatis / auto"


def closest(name: str, names: list[str]) -> str | None:
    found = difflib.get_close_matches(name, names, n=1, cutoff=0.5)
    return found[0] if found else None


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an OpenAI-compatible base URL, or None. A path without a version is named."""
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return "bad"
    if not re.search(r"/v\d", parsed.path or ""):
        return "no-v1"
    return None


def _url_var(row: dict[str, Any]) -> str | None:
    from gigai import config

    for name in row.get("base_url_env") or []:
        if config.setting(name):
            return name
    return None


def _model_problem(registry: Any, name: str, model: str | None) -> str | None:
    """The catalogue's fix (``GIGAI_MODEL=closest``) when ``model`` is unknown for ``name``, else None."""
    from gigai.errors import ConfigError

    check = getattr(registry, "check_model", None)
    if check is None or not model:
        return None
    try:
        check(name, model)
    except ConfigError as exc:
        return (exc.hint or "GIGAI_MODEL=...").split("  (")[0]
    return None


def signup_url(row: dict[str, Any]) -> str:
    """The link from the preset's sign-up note (the note itself if it has none)."""
    from gigai.llm.registry import signup_link

    return signup_link(row)


def _is_local(url: str) -> bool:
    return (urlparse(url).hostname or "") in _LOOPBACK


def assess(name: str | None = None, *, online: bool = False, timeout: float = 15.0) -> Verdict:
    """Check the active (or named) provider; ``online`` makes one real call of one output token."""
    from gigai import config
    from gigai.llm import registry

    source = "argumen / argument"
    if name is None:
        name, source = active_name()
    table = registry.presets()
    data: dict[str, Any] = {"provider": name, "source": source}
    if name not in table:
        guess = closest(name, list(table))
        data["suggestion"] = guess
        mean = f" Maksudnya / did you mean '{guess}'?" if guess else ""
        return Verdict(
            FAIL,
            f"provider '{name}' tidak dikenal / unknown provider ({source}).{mean}",
            f"GIGAI_PROVIDER={guess or 'offline'} di file .env  (pilihan / choices: {', '.join(table)})",
            data,
        )
    row = table[name]
    kind = row.get("kind", "openai_compatible")
    if kind == "offline":
        return Verdict(
            OK,
            f"offline ({source}): mesin lokal, bukan LLM sungguhan / local engine, not a real LLM",
            "",
            data,
        )
    if kind == "replay":
        return Verdict(OK, f"replay ({source}): jawaban rekaman / recorded answers", "", data)

    env, key = registry.find_key(row)
    key_env = list(row.get("key_env") or [])
    if key_env and not key:
        fix = (
            "minta GIGAI_API_KEY ke trainer, isi di file .env / ask the trainer for GIGAI_API_KEY, put it in .env"
            if name == "gateway"
            else f"isi / set {key_env[0]}=... di file .env  (kunci dari / get a key at: {signup_url(row)})"
        )
        return Verdict(FAIL, f"{name}: kunci belum diatur / key not set ({key_env[0]})", fix, data)
    data["key"] = shown_key(name, env, key)

    url = registry.base_url(row)
    var = _url_var(row)
    where = var or "presets.json"
    if not url:
        wanted = (row.get("base_url_env") or ["GIGAI_BASE_URL"])[0]
        return Verdict(
            FAIL,
            f"{name}: alamat server belum diatur / base URL not set ({wanted})",
            f"{wanted}=http://IP-TRAINER:8008/v1 di file .env (tanya trainer / ask the trainer)",
            data,
        )
    data["base_url"] = safe_url(url)
    problem = url_problem(url)
    if problem == "bad":
        return Verdict(
            FAIL,
            f"{name}: alamat server tidak valid / malformed base URL: {safe_url(url)} ({where})",
            f"{var or 'GIGAI_BASE_URL'}=http://HOST:PORT/v1 di file .env",
            data,
        )
    if problem == "no-v1":
        return Verdict(
            FAIL,
            f"{name}: alamat server tanpa /v1 / base URL is missing /v1: {safe_url(url)} ({where})",
            f"{var or 'GIGAI_BASE_URL'}={safe_url(url).rstrip('/')}/v1 di file .env",
            data,
        )
    model = config.setting("GIGAI_MODEL") or row.get("default_model")
    data["model"] = model
    unknown = _model_problem(registry, name, model)
    if unknown is not None:
        return Verdict(
            FAIL,
            f"{name}: model '{model}' tidak dikenal / unknown model ({'GIGAI_MODEL' if config.setting('GIGAI_MODEL') else 'presets'})",
            f"{unknown} di file .env",
            data,
        )
    head = f"{name} · {model} · {data['key']}"
    if not online:
        return Verdict(
            OK,
            f"{head} ({source}); koneksi tidak dicek / connection not checked (gigai doctor --online)",
            "",
            data,
        )
    return _online(name, row, url, key, model, head, data, timeout)


def shown_key(name: str, env: str | None, key: str | None) -> str:
    """Provider keys masked; gateway tokens show no character at all (the report goes to a group chat)."""
    from gigai import config

    if not key:
        return "tanpa kunci / no key"
    if name == "gateway":
        return f"{env}=(ada / set, {len(key)} karakter)"
    return f"{env}={config.mask(key)}"


def safe_url(url: str) -> str:
    """Host and path only: no user:password@, no query string (a gateway token could hide there)."""
    url = re.sub(r"//[^/@]*@", "//", url)
    return url.split("?")[0].split("#")[0]


def _error_text(body: str) -> str:
    try:
        data = json.loads(body)
        err = data.get("error", data) if isinstance(data, dict) else data
        text = err.get("message") if isinstance(err, dict) else str(err)
    except ValueError:
        text = body
    return re.sub(r"\s+", " ", str(text or ""))[:200]


def served_models(url: str, key: str | None, *, timeout: float = 5.0) -> list[str]:
    """Model ids the server lists at GET {url}/models (empty when it cannot say)."""
    import httpx

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        resp = httpx.get(url.rstrip("/") + "/models", headers=headers, timeout=timeout)
        data = resp.json().get("data", []) if resp.status_code == 200 else []
    except (httpx.HTTPError, ValueError, AttributeError):
        return []
    return [str(m.get("id")) for m in data if isinstance(m, dict) and m.get("id")]


def probe(url: str, key: str | None, model: str | None, *, timeout: float = 15.0):
    """POST one tiny chat completion; returns the httpx Response (or raises httpx.HTTPError)."""
    import httpx

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    body = {"model": model, "messages": [{"role": "user", "content": "Halo"}], "max_tokens": 1}
    return httpx.post(url.rstrip("/") + "/chat/completions", json=body, headers=headers, timeout=timeout)


def _online(name, row, url, key, model, head, data, timeout) -> Verdict:  # noqa: C901 - one branch per cause
    import httpx

    from gigai import config
    from gigai.llm import registry

    gateway = name == "gateway"
    t0 = time.monotonic()
    try:
        resp = probe(url, key, model, timeout=timeout)
    except httpx.TimeoutException:
        return Verdict(
            FAIL,
            f"{head}; tidak menjawab dalam {timeout:g} detik / no answer within {timeout:g} s",
            "cek wifi lalu coba lagi / check the wifi and retry (atau / or GIGAI_PROVIDER=offline)",
            data,
        )
    except httpx.HTTPError as exc:
        if _is_local(url) and not gateway:
            fix = f"jalankan servernya dulu / start the server first: {row.get('signup') or url}"
        elif gateway:
            fix = (
                "laptop harus di wifi yang sama dengan trainer; cek GIGAI_BASE_URL dengan trainer / "
                "be on the trainer's wifi and check GIGAI_BASE_URL with the trainer"
            )
        else:
            fix = "cek wifi/internet, atau / or GIGAI_PROVIDER=offline"
        return Verdict(
            FAIL,
            f"{head}; tidak bisa dihubungi / unreachable ({type(exc).__name__}: {safe_url(url)})",
            fix,
            data,
        )
    ms = round((time.monotonic() - t0) * 1000)
    data["http_status"] = resp.status_code
    said = _error_text(resp.text) if resp.status_code != 200 else ""
    code = resp.status_code
    if code == 200:
        try:
            answered_by = resp.json().get("model")
        except ValueError:
            answered_by = None
        if resp.headers.get("x-gigai-notice") == "offline-fallback" or answered_by == OFFLINE_MODEL:
            return Verdict(
                FAIL,
                f"{head}; gateway menjawab, tapi penyedia AI di belakangnya mati: jawaban dari mode offline / "
                "the gateway answers, but its AI provider is down: answers come from offline mode",
                "beri tahu trainer: gateway tidak bisa menghubungi penyedianya (kunci/internet trainer) / "
                "tell the trainer: the gateway cannot reach its provider",
                data,
            )
        return Verdict(OK, f"{head}; menjawab / answered in {ms} ms", "", data)
    detail = f"{head}; HTTP {code}" + (f": {said}" if said else "")
    models = ", ".join(registry.models(name)[:4]) or "-"
    if code in (401, 403):
        fix = (
            "token salah/dicabut: minta token baru ke trainer / wrong or revoked token: ask the trainer"
            if gateway
            else f"kunci ditolak: buat kunci baru / key refused: make a new key at {signup_url(row)}"
        )
    elif code == 402:
        fix = (
            "budget token habis: minta tambahan ke trainer / budget used up: ask the trainer"
            if gateway
            else "kredit habis: cek billing, atau pakai provider lain / no credit: check billing or switch provider"
        )
    elif code == 404 or (code == 400 and "model" in said.lower()):
        served = served_models(url, key)  # what this server really offers beats the catalogue's list
        if gateway and config.setting(
            "GIGAI_MODEL"
        ):  # the room gateway picks its own model when none is named
            fix = (
                "hapus GIGAI_MODEL dari file .env (gateway memilih modelnya sendiri) / remove GIGAI_MODEL from .env"
                + (f", atau / or GIGAI_MODEL={served[0]}" if served else "")
            )
        elif served:
            fix = f"GIGAI_MODEL={served[0]} di file .env  (model di server ini / models on this server: {', '.join(served[:4])})"
        else:
            fix = f"GIGAI_MODEL=<model yang ada / an existing model, e.g. {models}> di file .env"
    elif code == 429:
        fix = "batas per menit/kuota tercapai: tunggu 1 menit / rate limit or quota reached: wait a minute"
    elif code >= 500 and gateway:
        fix = (
            "beri tahu trainer: gateway tidak bisa menghubungi penyedianya (kunci/internet trainer) / "
            "tell the trainer: the gateway cannot reach its provider"
        )
    elif code >= 500:
        fix = "server penyedia bermasalah: coba lagi nanti, atau / or GIGAI_PROVIDER=offline"
    else:
        fix = f"baca pesan server di atas / read the server's message above ({safe_url(url)})"
    return Verdict(WARN if code == 429 else FAIL, detail, fix, data)


# --- channel settings (Telegram / WhatsApp bots, lab 5) ------------------------------------------------
CHANNEL_VARS = (
    "TELEGRAM_BOT_TOKEN",
    "WHATSAPP_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
    "WHATSAPP_VERIFY_TOKEN",
    "WHATSAPP_APP_SECRET",
)


def channel_vars() -> list[str]:
    """Known channel variables plus any other TELEGRAM_*/WHATSAPP_* set in the environment."""
    import os

    extra = sorted(
        n for n in os.environ if n.startswith(("TELEGRAM_", "WHATSAPP_")) and n not in CHANNEL_VARS
    )
    return [*CHANNEL_VARS, *extra]


def channel_settings() -> dict[str, bool]:
    """{variable: present}; values are never returned."""
    from gigai import config

    return {name: bool(config.setting(name)) for name in channel_vars()}


HIDDEN = "(tersembunyi / hidden)"


def secret_values() -> list[tuple[str, str]]:
    """(value, shown instead) for every key, token and channel secret set here, for scrubbing reports.

    Provider keys become ``config.mask`` (last 4 characters, to tell two keys apart); gateway tokens and
    channel secrets show no character at all.
    """
    from gigai import config

    hidden = set(channel_vars()) | {"GIGAI_API_KEY"}
    names = set(hidden)
    try:
        from gigai.llm import registry

        for row in registry.presets().values():
            names.update(row.get("key_env") or [])
    except Exception:  # noqa: BLE001 - a broken LLM layer: read the catalogue's data file directly
        names.update(_key_vars_from_data())
    out = []
    for name in sorted(names):
        value = config.setting(name)
        if value and len(value) >= 6:
            out.append((value, HIDDEN if name in hidden else config.mask(value)))
    return sorted(out, key=lambda pair: len(pair[0]), reverse=True)


def _key_vars_from_data() -> list[str]:
    from importlib import resources

    try:
        rows = json.loads(resources.files("gigai.llm").joinpath("presets.json").read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001
        return []
    return [n for r in rows.get("presets", []) for n in (r.get("key_env") or [])]
