"""Tell the trainer's room console how an exercise check went, when the notebook uses the room gateway.

Sent: the lab number, the exercise name, the outcome (belum dicoba / belum benar / benar) and the time.
Nothing else: no code, no answers, no prompts, no name (the gateway knows the token's card name).
Active only with ``GIGAI_PROVIDER=gateway`` plus ``GIGAI_BASE_URL`` and ``GIGAI_API_KEY``; off with
``GIGAI_PROGRESS=0``. Sending happens in one background thread with a short timeout; it never blocks the
notebook, never raises, and says nothing when the gateway is down.

    from gigai.latihan import progress
    progress.send(2, "q3", "benar")
"""

from __future__ import annotations

import json
import queue
import threading
import urllib.request
from datetime import datetime, timezone
from typing import Any

OUTCOMES = ("belum dicoba", "belum benar", "benar")
TIMEOUT = 2.0  # seconds per record; the notebook never waits for it
_MAX_QUEUE = 256

_lock = threading.Lock()
_queue: queue.Queue[tuple[str, str, bytes]] = queue.Queue(maxsize=_MAX_QUEUE)
_worker: threading.Thread | None = None


def target() -> tuple[str, str] | None:
    """(progress URL, token) when progress should be sent, else None."""
    from gigai import config

    if (config.setting("GIGAI_PROGRESS") or "").strip().lower() in ("0", "false", "no", "off", "tidak"):
        return None
    if (config.setting("GIGAI_PROVIDER") or "").strip().lower() != "gateway":
        return None
    base, token = config.setting("GIGAI_BASE_URL"), config.setting("GIGAI_API_KEY")
    if not base or not token or not base.startswith(("http://", "https://")):
        return None
    return base.strip().rstrip("/") + "/gigai/progress", token.strip()


def record(lab: Any, exercise: Any, outcome: Any) -> dict[str, Any] | None:
    """The exact record sent, or None if the inputs are not a lab number, a short name and an outcome."""
    if isinstance(lab, str) and lab.lower().startswith("lab"):
        lab = lab[3:]
    try:
        lab = int(lab)
    except (TypeError, ValueError):
        return None
    outcome = str(outcome).replace("_", " ").strip().lower()
    exercise = str(exercise).strip()
    if outcome not in OUTCOMES or not exercise or len(exercise) > 24 or not 1 <= lab <= 99:
        return None
    stamp = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    return {"lab": lab, "exercise": exercise, "outcome": outcome, "time": stamp}


def send(lab: int, exercise: str, outcome: str) -> None:
    """Queue one outcome for the room gateway (no-op without a gateway). Never blocks, never raises."""
    try:
        where = target()
        rec = record(lab, exercise, outcome) if where else None
        if rec is None:
            return
        _queue.put_nowait((where[0], where[1], json.dumps(rec).encode()))
        _ensure_worker()
    except Exception:  # noqa: BLE001, S110 - progress must never break a notebook
        pass


def flush(timeout: float = 5.0) -> bool:
    """Wait up to ``timeout`` s until queued records were sent (or given up on). For scripts and tests."""
    done = threading.Event()

    def waiter() -> None:
        _queue.join()
        done.set()

    threading.Thread(target=waiter, daemon=True).start()
    return done.wait(timeout)


def _ensure_worker() -> None:
    global _worker
    with _lock:
        if _worker is None or not _worker.is_alive():
            _worker = threading.Thread(target=_run, name="gigai-progress", daemon=True)
            _worker.start()


def _run() -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # the room LAN, never a proxy
    while True:
        url, token, body = _queue.get()
        try:
            req = urllib.request.Request(
                url,
                data=body,
                method="POST",
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            )
            with opener.open(req, timeout=TIMEOUT) as resp:
                resp.read(256)
        except Exception:  # noqa: BLE001, S110 - silent on failure: the notebook goes on
            pass
        finally:
            _queue.task_done()
