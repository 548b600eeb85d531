"""Bounded loopback load test of the room gateway: N participants x M streamed requests.

The upstream is gigai's fast fake (hostile by default: it echoes the Authorization header it receives, so
every answer would carry the real key if the gateway did not scrub it). Everything runs on 127.0.0.1.

    python scripts/load_gateway.py --participants 50 --requests 5
prints one JSON object: latency p50/p95 (full answer and first byte), errors, leaked_keys, wall time.

    python scripts/load_gateway.py --progress --participants 30 --requests 20
posts exercise outcomes the way ``gigai.latihan.progress`` does (each participant its own thread) and counts
what the gateway stored: sent, stored, lost, grid cells, latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

UPSTREAM_KEY = "sk-load-REALKEY-" + "f00d" * 6


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * len(values) + 0.5) - 1))
    return round(values[k] * 1000, 1)


async def _participant(client, url: str, token: str, m: int, out: dict) -> None:
    body = {
        "model": "gpt-4o-mini",
        "stream": True,
        "messages": [{"role": "user", "content": f"Halo dari {token[-4:]}, jam buka?"}],
    }
    for _ in range(m):
        t0 = time.perf_counter()
        ttfb = None
        chunks: list[str] = []
        try:
            async with client.stream(
                "POST", url, json=body, headers={"Authorization": f"Bearer {token}"}
            ) as r:
                async for text in r.aiter_text():
                    if ttfb is None:
                        ttfb = time.perf_counter() - t0
                    chunks.append(text)
                status = r.status_code
        except Exception as exc:  # noqa: BLE001 - counted, not raised
            out["errors"].append(type(exc).__name__)
            continue
        raw = "".join(chunks)
        out["latency"].append(time.perf_counter() - t0)
        out["ttfb"].append(ttfb or 0.0)
        if UPSTREAM_KEY in raw:
            out["leaks"] += 1
        if status != 200 or not raw.rstrip().endswith("data: [DONE]"):
            out["errors"].append(f"HTTP {status}")


async def _run_clients(url: str, tokens: list[str], m: int) -> dict:
    import httpx

    out: dict = {"latency": [], "ttfb": [], "errors": [], "leaks": 0}

    # Small pools (5 participants each): httpcore's pool bookkeeping grows with the square of its size.
    clients = [httpx.AsyncClient(timeout=60) for _ in range(max(1, -(-len(tokens) // 5)))]
    try:
        await asyncio.gather(
            *(_participant(clients[i % len(clients)], url, t, m, out) for i, t in enumerate(tokens))
        )
    finally:
        for c in clients:
            await c.aclose()
    return out


def run_load(
    participants: int = 50, requests: int = 5, *, chunks: int = 8, delay: float = 0.0, hostile: bool = True
) -> dict:
    """Start a fake upstream and a gateway on 127.0.0.1, run the load, return the numbers."""
    import httpx

    from gigai.trainer.gateway.app import create_app
    from gigai.trainer.gateway.server import BackgroundServer
    from tests.trainer.gateway.fake_upstream import create_fake_upstream

    with (
        tempfile.TemporaryDirectory() as tmp,
        BackgroundServer(create_fake_upstream(chunks=chunks, delay=delay, echo_auth=hostile)) as upstream,
    ):
        app = create_app(
            upstream.url + "/v1",
            UPSTREAM_KEY,
            provider="openai",
            store_path=Path(tmp) / "load.db",
            say=lambda _line: None,
        )
        tokens = [t.token for t in app.state.store.issue(participants, budget_idr=1e9, rpm=10_000)]
        with BackgroundServer(app) as gw:
            t0 = time.perf_counter()
            res = asyncio.run(_run_clients(gw.url + "/v1/chat/completions", tokens, requests))
            wall = time.perf_counter() - t0
            usage = httpx.get(gw.url + "/admin/state").json()  # loopback: the trainer's own laptop
            leaks_admin = UPSTREAM_KEY in json.dumps(usage)
    lat = res["latency"]
    return {
        "participants": participants,
        "requests_each": requests,
        "total": participants * requests,
        "ok": len(lat) - len([e for e in res["errors"] if e.startswith("HTTP")]),
        "errors": len(res["errors"]),
        "error_kinds": sorted(set(res["errors"])),
        "leaked_keys": res["leaks"] + int(leaks_admin),
        "hostile_upstream": hostile,
        "booked_requests": usage["totals"]["requests"],
        "latency_ms": {
            "p50": _pct(lat, 50),
            "p95": _pct(lat, 95),
            "max": _pct(lat, 100),
            "mean": round(statistics.fmean(lat) * 1000, 1) if lat else 0.0,
        },
        "first_byte_ms": {"p50": _pct(res["ttfb"], 50), "p95": _pct(res["ttfb"], 95)},
        "wall_s": round(wall, 2),
        "requests_per_s": round(len(lat) / wall, 1) if wall else 0.0,
    }


def run_progress_load(participants: int = 30, checks: int = 20) -> dict:
    """Every participant posts ``checks`` outcomes (distinct exercises) concurrently; nothing may be lost."""
    import threading
    import urllib.request

    from gigai.latihan.progress import OUTCOMES, record
    from gigai.trainer.gateway.app import create_app
    from gigai.trainer.gateway.progress import known_exercises
    from gigai.trainer.gateway.server import BackgroundServer

    exercises = sorted(known_exercises())  # the labs' real exercises: anything else is refused
    if checks > len(exercises):
        raise SystemExit(f"--requests {checks}: the labs have only {len(exercises)} exercises")
    errors: list[str] = []
    latency: list[float] = []
    lock = threading.Lock()

    def participant(url: str, token: str, k: int) -> None:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        for i in range(checks):
            lab, name = exercises[i]
            body = json.dumps(record(lab, name, OUTCOMES[(i + k) % 3])).encode()
            req = urllib.request.Request(url, data=body, method="POST", headers={
                "Authorization": f"Bearer {token}", "Content-Type": "application/json"})  # fmt: skip
            t0 = time.perf_counter()
            try:
                with opener.open(req, timeout=30) as resp:
                    resp.read()
            except Exception as exc:  # noqa: BLE001 - counted
                with lock:
                    errors.append(type(exc).__name__)
                continue
            with lock:
                latency.append(time.perf_counter() - t0)

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app("http://127.0.0.1:9/v1", None, provider="openai", store_path=Path(tmp) / "p.db",
                         say=lambda _line: None)  # fmt: skip
        people = app.state.store.issue(participants)
        with BackgroundServer(app) as gw:
            url = gw.url + "/v1/gigai/progress"
            t0 = time.perf_counter()
            threads = [
                threading.Thread(target=participant, args=(url, p.token, k)) for k, p in enumerate(people)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(120)
            wall = time.perf_counter() - t0
            book = app.state.room.book
            stored = book.count()
            cells = sum(1 for p in book.grid()["participants"] for v in p["cells"].values() if v)
    sent = participants * checks
    return {
        "participants": participants,
        "checks_each": checks,
        "sent": sent,
        "stored": stored,
        "lost": sent - stored,
        "grid_cells": cells,
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "latency_ms": {"p50": _pct(latency, 50), "p95": _pct(latency, 95), "max": _pct(latency, 100)},
        "wall_s": round(wall, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--participants", type=int, default=50)
    ap.add_argument("--requests", type=int, default=5)
    ap.add_argument("--chunks", type=int, default=8, help="streamed chunks per answer")
    ap.add_argument("--delay", type=float, default=0.0, help="upstream delay per chunk, seconds")
    ap.add_argument("--polite", action="store_true", help="upstream does not echo the key back")
    ap.add_argument("--progress", action="store_true", help="exercise progress records instead of chats")
    args = ap.parse_args(argv)
    if args.participants * args.requests > 5_000:
        ap.error("bounded: at most 5000 requests in total")
    if args.progress:
        result = run_progress_load(args.participants, args.requests)
        print(json.dumps(result, indent=2))
        return 0 if result["lost"] == 0 and result["errors"] == 0 else 1
    result = run_load(
        args.participants, args.requests, chunks=args.chunks, delay=args.delay, hostile=not args.polite
    )
    print(json.dumps(result, indent=2))
    return 0 if result["errors"] == 0 and result["leaked_keys"] == 0 else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
