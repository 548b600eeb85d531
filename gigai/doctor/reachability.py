"""Would a server in the room answer? Asked without spending a token, so the doctor can say it plainly.

- the trainer's gateway: ``GET /health`` (it must say it is a gigai gateway);
- a local model server (llama.cpp, Ollama): ``GET {base}/models``;
- replay: the cassette exists and holds at least one recorded answer.

Used by :mod:`gigai.doctor.provider_probe` (``gigai doctor``, Lab 1).
"""

from __future__ import annotations

import re
from typing import Any

from gigai.doctor.verdict import FAIL, OK, Verdict, safe_url
from gigai.lang import say


def replay_verdict(source: str, data: dict[str, Any]) -> Verdict:
    """Replay answers only what was recorded: no cassette (or an empty one) is not ready."""
    from gigai.llm import replay

    path = replay.default_cassette()
    rows = replay.load(path)
    data["cassette"] = path.name
    data["recorded"] = len(rows)
    if rows:
        return Verdict(
            OK,
            say(
                f"replay ({source}): {len(rows)} jawaban rekaman di {path.name}",
                f"replay ({source}): {len(rows)} recorded answers in {path.name}",
            ),
            "",
            data,
        )
    what = say("belum ada", "missing") if not path.exists() else say("kosong", "empty")
    return Verdict(
        FAIL,
        say(
            f"replay ({source}): file rekaman {path.name} {what}; tanpa rekaman jawaban datang dari mode offline",
            f"replay ({source}): cassette {path.name} {what}; without recordings answers come from offline mode",
        ),
        say(
            "rekam dulu dengan internet: GIGAI_RECORD=1 lalu jalankan demonya, atau isi GIGAI_CASSETTE=file.jsonl",
            "record first while online: GIGAI_RECORD=1 and run the demo, or set GIGAI_CASSETTE=file.jsonl",
        ),
        data,
    )


def health_url(url: str) -> str:
    """The room gateway's health endpoint for its base URL: http://host:8008/v1 -> http://host:8008/health."""
    root = safe_url(url).rstrip("/")
    root = re.sub(r"/v\d+[a-z0-9]*$", "", root)
    return root + "/health"


def room_server_down(
    name: str, row: dict[str, Any], url: str, head: str, data: dict[str, Any]
) -> Verdict | None:
    """Ask the gateway (GET /health) or a local model server (GET /models) if it is there; never a token."""
    import httpx

    gateway = name == "gateway"
    target = health_url(url) if gateway else url.rstrip("/") + "/models"
    try:
        resp = httpx.get(target, timeout=3.0)
        body = resp.json() if resp.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        resp, body = None, None
    data["health"] = resp.status_code if resp is not None else None
    if gateway and isinstance(body, dict) and body.get("gateway") == "gigai":
        return _gateway_serving(body, head, data)
    if not gateway and resp is not None and resp.status_code < 500:
        return None
    if gateway:
        detail = (
            say(
                f"{head}; gateway tidak bisa dihubungi ({safe_url(url)})",
                f"{head}; gateway unreachable ({safe_url(url)})",
            )
            if resp is None
            else say(
                f"{head}; alamat ini bukan gateway gigai (HTTP {resp.status_code} di /health)",
                f"{head}; this address is not a gigai gateway (HTTP {resp.status_code} at /health)",
            )
        )
        fix = say(
            "laptop harus di wifi yang sama dengan trainer; cek GIGAI_BASE_URL dengan trainer "
            "(atau GIGAI_FALLBACK=offline)",
            "be on the trainer's wifi and check GIGAI_BASE_URL with the trainer (or GIGAI_FALLBACK=offline)",
        )
        return Verdict(FAIL, detail, fix, data)
    return Verdict(
        FAIL,
        say(
            f"{head}; server lokal tidak menjawab ({safe_url(url)})",
            f"{head}; local server does not answer ({safe_url(url)})",
        ),
        say(
            f"jalankan servernya dulu: {row.get('signup') or url}",
            f"start the server first: {row.get('signup') or url}",
        ),
        data,
    )


def tell_trainer() -> str:
    """The fix when the gateway is up but its AI provider is not."""
    return say(
        "beri tahu trainer: gateway tidak bisa menghubungi penyedianya (kunci/internet trainer)",
        "tell the trainer: the gateway cannot reach its provider (the trainer's key or internet)",
    )


def _gateway_serving(body: dict[str, Any], head: str, data: dict[str, Any]) -> Verdict | None:
    """The gateway's own probes say who answers participants now: a provider (ready), offline or an error."""
    serving = body.get("serving")
    data["serving"] = serving
    if serving is None or serving not in ("offline", "error"):
        return None  # an AI provider answers (or an older gateway that does not say)
    detail = (
        say(
            f"{head}; gateway menyala, tapi penyedia AI di belakangnya mati: jawaban dari mode offline",
            f"{head}; the gateway is up, but its AI provider is down: answers come from offline mode",
        )
        if serving == "offline"
        else say(
            f"{head}; gateway menyala, tapi penyedia AI di belakangnya mati: peserta mendapat pesan error",
            f"{head}; the gateway is up, but its AI provider is down: participants get an error",
        )
    )
    return Verdict(FAIL, detail, tell_trainer(), data)
