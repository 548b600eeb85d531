"""Bounded loopback load test of the room gateway: N participants x M streamed requests.

The upstream is gigai's fast fake (hostile by default: it echoes the Authorization header it receives, so
every answer would carry the real key if the gateway did not scrub it). Everything runs on 127.0.0.1.

    python scripts/load_gateway.py --participants 50 --requests 5
prints one JSON object: latency p50/p95 (full answer and first byte), errors, leaked_keys, wall time.
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

    from gigai.gateway.app import create_app
    from gigai.gateway.fake_upstream import create_fake_upstream
    from gigai.gateway.server import BackgroundServer

    with (
        tempfile.TemporaryDirectory() as tmp,
        BackgroundServer(create_fake_upstream(chunks=chunks, delay=delay, echo_auth=hostile)) as upstream,
    ):
        app = create_app(
            upstream.url + "/v1", UPSTREAM_KEY, store_path=Path(tmp) / "load.db", admin_secret="adm-load"
        )
        tokens = [t.token for t in app.state.store.issue(participants, budget_idr=1e9, rpm=10_000)]
        with BackgroundServer(app) as gw:
            t0 = time.perf_counter()
            res = asyncio.run(_run_clients(gw.url + "/v1/chat/completions", tokens, requests))
            wall = time.perf_counter() - t0
            usage = httpx.get(gw.url + "/admin/usage", headers={"X-Admin-Key": "adm-load"}).json()
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--participants", type=int, default=50)
    ap.add_argument("--requests", type=int, default=5)
    ap.add_argument("--chunks", type=int, default=8, help="streamed chunks per answer")
    ap.add_argument("--delay", type=float, default=0.0, help="upstream delay per chunk, seconds")
    ap.add_argument("--polite", action="store_true", help="upstream does not echo the key back")
    args = ap.parse_args(argv)
    if args.participants * args.requests > 5_000:
        ap.error("bounded: at most 5000 requests in total")
    result = run_load(
        args.participants, args.requests, chunks=args.chunks, delay=args.delay, hostile=not args.polite
    )
    print(json.dumps(result, indent=2))
    return 0 if result["errors"] == 0 and result["leaked_keys"] == 0 else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
