"""Load test for the chat app: N concurrent gradio_client sessions on the offline provider, loopback only.

    python scripts/load_chat.py --sessions 30 --questions 3 [--business kopi-kita]

Each session asks questions carrying its own marker (e.g. "[sesi-7f3a]"). The model behind the app is the
offline engine wrapped so that every answer also lists the markers it found in the history it was given:
a session that ever sees another session's marker is cross-session leakage. Prints one JSON line with
p50/p95 latency (seconds), errors and leaks. Exit code 1 on any error or leak.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

QUESTIONS = [
    "Berapa harga kopi susu gula aren?",
    "Jam buka hari Sabtu dan Minggu?",  # the session marker is one more unknown word: keep questions rich
    "Bisa reservasi meja untuk 10 orang?",
    "Ada wifi dan colokan di lantai 2?",
    "Berapa harga matcha latte dan teh tarik?",
]
MARK = re.compile(r"\[sesi-[0-9a-f]{8}\]")


def _offline():
    import gigai

    get_model = getattr(gigai, "get_model", None)
    if get_model is None:  # an older gigai without the lazy export
        from gigai.llm.registry import resolve as get_model
    return get_model("offline", None)


def marker_echo(inner):
    """Wrap a Model: answers end with 'markers=' + every session marker present in the messages."""
    from gigai.llm.base import Model

    class MarkerEcho(Model):
        provider, model_id, is_offline = inner.provider, inner.model_id, inner.is_offline

        @property
        def label(self):
            return inner.label

        def complete(self, messages, **params):
            done = inner.complete(messages, **params)
            seen = sorted(set(MARK.findall(" ".join(str(m.get("content")) for m in messages))))
            done.text = f"{done.text} markers={','.join(seen)}"
            return done

    return MarkerEcho()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(business: str, concurrency: int):
    from gigai.apps.chat_app import build_chat_app
    from gigai.chatbot import Chatbot

    bot = Chatbot.from_business(business, model=marker_echo(_offline()))
    demo = build_chat_app(bot, concurrency_limit=concurrency, max_queue=512)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    return demo, f"http://127.0.0.1:{port}"


def session(url: str, n_questions: int, latencies: list, lock: threading.Lock) -> dict:
    from gradio_client import Client

    marker = f"[sesi-{uuid.uuid4().hex[:8]}]"
    out = {"marker": marker, "errors": [], "leaks": []}
    client = None
    for attempt in range(4):  # like a participant reloading the page when the room's laptop is busy
        try:
            client = Client(url, verbose=False, httpx_kwargs={"timeout": 30})
            break
        except Exception as exc:  # noqa: BLE001
            if attempt == 3:
                out["errors"].append(f"connect: {exc!r}")
                return out
            time.sleep(1 + attempt)
    for i in range(n_questions):
        q = f"{QUESTIONS[i % len(QUESTIONS)]} {marker}"
        t0 = time.perf_counter()
        try:
            answer = client.predict(q, api_name="/chat")
        except Exception as exc:  # noqa: BLE001
            out["errors"].append(repr(exc))
            continue
        with lock:
            latencies.append(time.perf_counter() - t0)
        seen = set(MARK.findall(str(answer)))
        if seen - {marker}:
            out["leaks"].append(sorted(seen - {marker}))
        elif not str(answer).strip() or str(answer).lstrip().startswith("⚠️"):
            out["errors"].append(f"unexpected answer: {str(answer)[:120]!r}")
        elif marker not in seen:
            # A canned reply (handoff to the admin, greeting) never reaches the model, so it cannot echo the
            # session marker; it is still a correct, leak-free answer.
            out.setdefault("handoffs", []).append(str(answer)[:60])
    try:
        client.close()
    except Exception:  # noqa: BLE001
        pass
    return out


def run(
    sessions: int = 30,
    questions: int = 3,
    business: str = "kopi-kita",
    concurrency: int = 8,
    url: str | None = None,
) -> dict:
    demo = None
    if url is None:
        demo, url = start_app(business, concurrency)
    latencies: list[float] = []
    lock = threading.Lock()
    t0 = time.perf_counter()
    try:
        with ThreadPoolExecutor(max_workers=sessions) as pool:
            # A 50 ms ramp-up per session: a room does not press Enter in the same millisecond.
            results = list(
                pool.map(
                    lambda i: (time.sleep(0.05 * i), session(url, questions, latencies, lock))[1],
                    range(sessions),
                )
            )
    finally:
        if demo is not None:
            demo.close()
    lat = sorted(latencies)
    pct = (lambda q: round(lat[min(len(lat) - 1, int(q * len(lat)))], 3)) if lat else (lambda q: None)
    return {
        "sessions": sessions,
        "questions_per_session": questions,
        "requests": sessions * questions,
        "ok": len(lat),
        "errors": sum(len(r["errors"]) for r in results),
        "leaks": sum(len(r["leaks"]) for r in results),
        "handoffs": sum(len(r.get("handoffs", [])) for r in results),
        "p50_s": pct(0.50),
        "p95_s": pct(0.95),
        "mean_s": round(statistics.mean(lat), 3) if lat else None,
        "wall_s": round(time.perf_counter() - t0, 2),
        "concurrency_limit": concurrency,
        "error_samples": [e for r in results for e in r["errors"]][:3],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=30)
    ap.add_argument("--questions", type=int, default=3)
    ap.add_argument("--business", default="kopi-kita")
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    report = run(args.sessions, args.questions, args.business, args.concurrency)
    print(json.dumps(report))
    return 0 if report["errors"] == 0 and report["leaks"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
