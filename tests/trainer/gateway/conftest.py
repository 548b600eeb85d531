"""Gateway fixtures: a fast fake upstream, a gateway in front of it, and (integration) a real llama.cpp server."""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def gateway_llama_server(llama_server):
    """The shared llama.cpp server of tests/servers.py (so these tests are marked ``llama`` automatically)."""
    return llama_server
