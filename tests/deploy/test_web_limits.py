"""The exported web chat under a flood: one address is refused (429, a kind message), another still served.

The app runs as a participant runs it (``python app.py`` in the exported folder, its own process); requests
come from two loopback addresses (127.0.0.1 and 127.0.0.2) to the same server.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from gigai.deploy.export import export_app


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(folder: Path, home: Path, **settings: str) -> tuple[subprocess.Popen, str]:
    port = _port()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env.update(
        PORT=str(port),
        GRADIO_SERVER_NAME="127.0.0.1",
        GIGAI_PROVIDER="offline",
        GIGAI_HOME=str(home),
        GRADIO_ANALYTICS_ENABLED="False",
        **settings,
    )
    proc = subprocess.Popen(
        [sys.executable, "app.py"], cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if proc.poll() is not None:
            raise RuntimeError(proc.stdout.read().decode(errors="replace")[-3000:])
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the exported app did not start")


@pytest.fixture
def app_server(tmp_path):
    procs = []

    def run(**settings: str) -> str:
        folder = export_app(tmp_path / f"app{len(procs)}", business="kopi-kita")
        proc, url = start_app(folder, tmp_path / "home", **settings)
        procs.append(proc)
        return url

    yield run
    for proc in procs:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def ask(client: httpx.Client, url: str, question: str) -> httpx.Response:
    """One question through the app's public API (what gradio_client and a script flood would send)."""
    return client.post(f"{url}/gradio_api/call/chat", json={"data": [question, []]}, timeout=30)


def from_address(address: str) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address))


def test_a_flood_from_one_address_is_refused_kindly_and_others_still_served(app_server):
    url = app_server()  # the limits a participant gets without setting anything
    with from_address("127.0.0.1") as flood:
        codes = [ask(flood, url, f"Jam buka hari ke-{i}?") for i in range(60)]
    refused = [r for r in codes if r.status_code == 429]
    assert refused, [r.status_code for r in codes]
    assert all(r.status_code in (200, 429) for r in codes)
    first_refused = codes.index(refused[0])
    assert 3 <= first_refused <= 30, first_refused  # a person asking quickly is not refused at once
    body = refused[0].json()
    message = body.get("detail") or body.get("error")
    assert "Traceback" not in refused[0].text and "terlalu banyak" in message.lower()
    assert refused[0].headers.get("retry-after", "").isdigit()
    with from_address("127.0.0.2") as neighbour:
        assert ask(neighbour, url, "Alamatnya di mana?").status_code == 200


def test_the_daily_cap_is_set_by_environment_variables(app_server):
    url = app_server(CHAT_PER_MINUTE="100", CHAT_PER_DAY="4")
    with from_address("127.0.0.1") as one:
        codes = [ask(one, url, "Harga americano?").status_code for _ in range(6)]
    assert codes[:4] == [200] * 4 and codes[4:] == [429, 429], codes
    with from_address("127.0.0.3") as other:
        assert ask(other, url, "Harga americano?").status_code == 200
