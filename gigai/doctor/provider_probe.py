"""Would the active provider answer? The doctor's provider verdict, with the fix for each cause.

    >>> from gigai.doctor.provider_probe import assess
    >>> assess().status            # "ok" | "warn" | "fail"
    'ok'

Static checks: the preset name is known (closest name suggested), its key is set, its base URL is well-formed
and carries the API version path (``/v1``), a replay cassette exists and holds answers. Servers in the room
are asked without spending a token: the trainer's gateway at its ``/health`` endpoint, a local model server
(llama.cpp, Ollama) at ``/models``; a dead one is not ready. ``online=True`` adds one tiny real chat call (one
output token) and reports what the server really said, including a room gateway whose own provider is dead.
Every line is in one language (Indonesian; English with ``GIGAI_LANG=en``).
Every provider fact (names, URLs, key variables, models) comes from :mod:`gigai.llm.registry`.
Used in: Lab 1 (gigai doctor).
"""

from __future__ import annotations

import difflib
import json
import re
import time
from typing import Any
from urllib.parse import urlparse

from gigai.doctor.reachability import health_url, replay_verdict, room_server_down, tell_trainer
from gigai.doctor.verdict import FAIL, INFO, OK, WARN, Verdict, is_local, safe_url
from gigai.lang import say

__all__ = ["FAIL", "INFO", "OK", "WARN", "Verdict", "assess", "health_url", "safe_url", "shown_key"]

OFFLINE_MODEL = "gigai-offline"  # the model name a gateway reports when it answers from its offline engine


def active_name() -> tuple[str, str]:
    """(provider name, where it came from): GIGAI_PROVIDER as typed (lowercased), else the registry's choice."""
    from gigai import config
    from gigai.llm import registry

    env = config.setting("GIGAI_PROVIDER")
    if env and env.strip():
        return env.strip().lower(), "GIGAI_PROVIDER"
    return registry.choose()[0], say("otomatis", "auto")


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


def assess(name: str | None = None, *, online: bool = False, timeout: float = 15.0) -> Verdict:
    """Check the active (or named) provider; ``online`` makes one real call of one output token."""
    from gigai import config
    from gigai.llm import registry

    source = say("argumen", "argument")
    if name is None:
        name, source = active_name()
    table = registry.presets()
    data: dict[str, Any] = {"provider": name, "source": source}
    if name not in table:
        guess = closest(name, list(table))
        data["suggestion"] = guess
        mean = say(f" Maksudnya '{guess}'?", f" Did you mean '{guess}'?") if guess else ""
        return Verdict(
            FAIL,
            say(f"provider '{name}' tidak dikenal ({source}).", f"unknown provider '{name}' ({source}).")
            + mean,
            say(
                f"GIGAI_PROVIDER={guess or 'offline'} di file .env  (pilihan: ",
                f"GIGAI_PROVIDER={guess or 'offline'} in .env  (choices: ",
            )
            + ", ".join(table)
            + ")",
            data,
        )
    row = table[name]
    kind = row.get("kind", "openai_compatible")
    if kind == "offline":
        return Verdict(
            OK,
            say(
                f"offline ({source}): mesin lokal, bukan LLM sungguhan",
                f"offline ({source}): local engine, not a real LLM",
            ),
            "",
            data,
        )
    if kind == "replay":
        return replay_verdict(source, data)

    env, key = registry.find_key(row)
    key_env = list(row.get("key_env") or [])
    if key_env and not key:
        fix = (
            say(
                "minta GIGAI_API_KEY ke trainer, isi di file .env",
                "ask the trainer for GIGAI_API_KEY, put it in .env",
            )
            if name == "gateway"
            else say(
                f"isi {key_env[0]}=... di file .env  (kunci dari: {signup_url(row)})",
                f"set {key_env[0]}=... in .env  (get a key at: {signup_url(row)})",
            )
        )
        return Verdict(
            FAIL,
            say(f"{name}: kunci belum diatur ({key_env[0]})", f"{name}: key not set ({key_env[0]})"),
            fix,
            data,
        )
    data["key"] = shown_key(name, env, key)

    url = registry.base_url(row)
    var = _url_var(row)
    where = var or "presets.json"
    if not url:
        wanted = (row.get("base_url_env") or ["GIGAI_BASE_URL"])[0]
        return Verdict(
            FAIL,
            say(f"{name}: alamat server belum diatur ({wanted})", f"{name}: base URL not set ({wanted})"),
            say(
                f"{wanted}=http://IP-TRAINER:8008/v1 di file .env (tanya trainer)",
                f"{wanted}=http://TRAINER-IP:8008/v1 in .env (ask the trainer)",
            ),
            data,
        )
    data["base_url"] = safe_url(url)
    problem = url_problem(url)
    if problem == "bad":
        return Verdict(
            FAIL,
            say(
                f"{name}: alamat server tidak valid: {safe_url(url)} ({where})",
                f"{name}: malformed base URL: {safe_url(url)} ({where})",
            ),
            f"{var or 'GIGAI_BASE_URL'}=http://HOST:PORT/v1 " + say("di file .env", "in .env"),
            data,
        )
    if problem == "no-v1":
        return Verdict(
            FAIL,
            say(
                f"{name}: alamat server tanpa /v1: {safe_url(url)} ({where})",
                f"{name}: base URL is missing /v1: {safe_url(url)} ({where})",
            ),
            f"{var or 'GIGAI_BASE_URL'}={safe_url(url).rstrip('/')}/v1 " + say("di file .env", "in .env"),
            data,
        )
    model = config.setting("GIGAI_MODEL") or row.get("default_model")
    data["model"] = model
    unknown = _model_problem(registry, name, model)
    if unknown is not None:
        return Verdict(
            FAIL,
            say(f"{name}: model '{model}' tidak dikenal", f"{name}: unknown model '{model}'")
            + f" ({'GIGAI_MODEL' if config.setting('GIGAI_MODEL') else 'presets'})",
            f"{unknown} " + say("di file .env", "in .env"),
            data,
        )
    head = f"{name} · {model} · {data['key']}"
    # The gateway and keyless servers (llama.cpp, Ollama, on this laptop or the LAN) can be asked for free.
    here = name == "gateway" or not key_env
    if here:
        dead = room_server_down(name, row, url, head, data)  # no token spent: /health or /models
        if dead is not None:
            return dead
    if not online:
        return Verdict(
            OK,
            f"{head} ({source}); "
            + (
                say("server menjawab (tanpa token)", "server answers (no token spent)")
                if here
                else say(
                    "koneksi tidak dicek (gigai doctor --online)",
                    "connection not checked (gigai doctor --online)",
                )
            ),
            "",
            data,
        )
    return _online(name, row, url, key, model, head, data, timeout)


def shown_key(name: str, env: str | None, key: str | None) -> str:
    """Provider keys masked; gateway tokens show no character at all (the report goes to a group chat)."""
    from gigai import config

    if not key:
        return say("tanpa kunci", "no key")
    if name == "gateway":
        return f"{env}=" + say(f"(ada, {len(key)} karakter)", f"(set, {len(key)} characters)")
    return f"{env}={config.mask(key)}"


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
            say(f"{head}; tidak menjawab dalam {timeout:g} detik", f"{head}; no answer within {timeout:g} s"),
            say(
                "cek wifi lalu coba lagi (atau GIGAI_PROVIDER=offline)",
                "check the wifi and retry (or GIGAI_PROVIDER=offline)",
            ),
            data,
        )
    except httpx.HTTPError as exc:
        if is_local(url) and not gateway:
            fix = say(
                f"jalankan servernya dulu: {row.get('signup') or url}",
                f"start the server first: {row.get('signup') or url}",
            )
        elif gateway:
            fix = say(
                "laptop harus di wifi yang sama dengan trainer; cek GIGAI_BASE_URL dengan trainer",
                "be on the trainer's wifi and check GIGAI_BASE_URL with the trainer",
            )
        else:
            fix = say(
                "cek wifi/internet, atau GIGAI_PROVIDER=offline",
                "check the wifi/internet, or GIGAI_PROVIDER=offline",
            )
        return Verdict(
            FAIL,
            say(f"{head}; tidak bisa dihubungi", f"{head}; unreachable")
            + f" ({type(exc).__name__}: {safe_url(url)})",
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
                say(
                    f"{head}; gateway menjawab, tapi penyedia AI di belakangnya mati: jawaban dari mode offline",
                    f"{head}; the gateway answers, but its AI provider is down: answers come from offline mode",
                ),
                tell_trainer(),
                data,
            )
        return Verdict(OK, say(f"{head}; menjawab dalam {ms} ms", f"{head}; answered in {ms} ms"), "", data)
    detail = f"{head}; HTTP {code}" + (f": {said}" if said else "")
    models = ", ".join(registry.models(name)[:4]) or "-"
    if code in (401, 403):
        fix = (
            say("token salah/dicabut: minta token baru ke trainer", "wrong or revoked token: ask the trainer")
            if gateway
            else say(
                f"kunci ditolak: buat kunci baru di {signup_url(row)}",
                f"key refused: make a new key at {signup_url(row)}",
            )
        )
    elif code == 402:
        fix = (
            say("budget token habis: minta tambahan ke trainer", "budget used up: ask the trainer")
            if gateway
            else say(
                "kredit habis: cek billing, atau pakai provider lain",
                "no credit: check billing or switch provider",
            )
        )
    elif code == 404 or (code == 400 and "model" in said.lower()):
        served = served_models(url, key)  # what this server really offers beats the catalogue's list
        if gateway and config.setting(
            "GIGAI_MODEL"
        ):  # the room gateway picks its own model when none is named
            fix = say(
                "hapus GIGAI_MODEL dari file .env (gateway memilih modelnya sendiri)",
                "remove GIGAI_MODEL from .env (the gateway picks its own model)",
            ) + (say(f", atau GIGAI_MODEL={served[0]}", f", or GIGAI_MODEL={served[0]}") if served else "")
        elif served:
            fix = say(
                f"GIGAI_MODEL={served[0]} di file .env  (model di server ini: {', '.join(served[:4])})",
                f"GIGAI_MODEL={served[0]} in .env  (models on this server: {', '.join(served[:4])})",
            )
        else:
            fix = say(
                f"GIGAI_MODEL=<model yang ada, mis. {models}> di file .env",
                f"GIGAI_MODEL=<an existing model, e.g. {models}> in .env",
            )
    elif code == 429:
        fix = say(
            "batas per menit/kuota tercapai: tunggu 1 menit", "rate limit or quota reached: wait a minute"
        )
    elif code >= 500 and gateway:
        fix = tell_trainer()
    elif code >= 500:
        fix = say(
            "server penyedia bermasalah: coba lagi nanti, atau GIGAI_PROVIDER=offline",
            "the provider's server has a problem: retry later, or GIGAI_PROVIDER=offline",
        )
    else:
        fix = say(
            f"baca pesan server di atas ({safe_url(url)})",
            f"read the server's message above ({safe_url(url)})",
        )
    return Verdict(WARN if code == 429 else FAIL, detail, fix, data)
