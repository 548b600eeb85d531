"""Failure drills for the room gateway: the upstream misbehaves, a participant asks, what did they get and when?

Everything runs on 127.0.0.1: a stand-in upstream that answers with an HTTP error, refuses connections, or
accepts and never answers; the gateway (offline fallback on) in front of it; a participant calling
``gigai.chat`` with the settings on their card. Prints one JSON line per drill: what the participant got
(answer or error code), seconds, and what the console and the terminal said.

    python scripts/gateway_drills.py                 # set A: 429, 401, 500, refused, hang
    python scripts/gateway_drills.py --set B         # set B: 403, 502, 503, 404, a wifi login page,
                                                     # a stream that stalls, a reset, a slow first byte, JSON
    python scripts/gateway_drills.py --only hang     # one drill
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class Silent:
    """A TCP server that accepts connections and never answers (venue wifi eating packets)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.alive = True
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while self.alive:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(c)

    def close(self) -> None:
        self.alive = False
        for c in self.conns:
            c.close()
        self.sock.close()


class Resetting(Silent):
    """Accepts, then closes at once (a router dropping the connection)."""

    def _run(self) -> None:
        while self.alive:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            c.close()


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def drill(kind: str, tmp: Path) -> dict:
    from gigai.llm import registry
    from gigai.trainer.gateway.app import create_app
    from gigai.trainer.gateway.server import BackgroundServer
    from tests.trainer.gateway.fake_upstream import create_fake_upstream

    said: list[str] = []
    up = silent = fake = None
    if kind == "refused":
        url = f"http://127.0.0.1:{closed_port()}/v1"
    elif kind in ("hang", "reset"):
        silent = Silent() if kind == "hang" else Resetting()
        url = f"http://127.0.0.1:{silent.port}/v1"
    elif kind.isdigit():
        up = BackgroundServer(create_fake_upstream(fail_status=int(kind))).start()
        url = up.url + "/v1"
    else:  # html, stall, json: the fake's modes; slow: 30 s before the first chunk
        fake = create_fake_upstream(delay=30.0 if kind == "slow" else 0.0, chunks=2)
        fake.state.mode = None if kind == "slow" else kind
        up = BackgroundServer(fake).start()
        url = up.url + "/v1"
    app = create_app(url, "drill-REALKEY-000000", provider="openai", store_path=tmp / f"{kind}.db",
                     offline_fallback=True, say=said.append, admin_secret="adm-drill")  # fmt: skip
    gw = BackgroundServer(app).start()
    token = app.state.store.issue(1)[0].token
    os.environ.update(GIGAI_PROVIDER="gateway", GIGAI_BASE_URL=gw.url + "/v1", GIGAI_API_KEY=token)
    os.environ.pop("GIGAI_FALLBACK", None)
    if getattr(registry, "clear_cache", None):
        registry.clear_cache()
    import gigai

    t0 = time.monotonic()
    try:
        text = gigai.chat("Jam berapa toko buka hari Minggu?")
        got = "answer: " + text[:70].replace("\n", " ")
    except gigai.GigaiError as exc:
        got = f"error {exc.code}: " + str(exc).splitlines()[0][:90]
    seconds = round(time.monotonic() - t0, 1)
    import httpx

    st = httpx.get(gw.url + "/admin/state", timeout=5).json()["upstream"]
    gw.stop()
    if up:
        if fake is not None:
            fake.state.mode = None  # release a stalled handler
        up.stop()
    if silent:
        silent.close()
    return {"kind": kind, "participant_got": got, "seconds": seconds,
            "console": {k: st.get(k) for k in ("up", "fallback_active", "last_error_words", "serving")},
            "terminal": said[:2]}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--set", default="A", choices=["A", "B"])
    args = ap.parse_args()
    sets = {"A": ["429", "401", "500", "refused", "hang"],
            "B": ["403", "502", "503", "404", "html", "stall", "reset", "slow", "json"]}  # fmt: skip
    kinds = args.only or sets[args.set]
    with tempfile.TemporaryDirectory() as d:
        os.environ["GIGAI_HOME"] = d
        for k in kinds:
            print(json.dumps(drill(k, Path(d)), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
