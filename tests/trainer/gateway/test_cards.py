"""Cards made by the running gateway: its LAN address and port, GIGAI_FALLBACK=offline, and a banner that never
hands participants a loopback address. The LAN address is faked: tests send nothing beyond 127.0.0.1."""

from __future__ import annotations

import re

import httpx
import pytest
from typer.testing import CliRunner

from gigai.trainer.gateway.cli import gateway_app
from gigai.trainer.gateway.server import banner
from gigai.trainer.gateway.upstreams import Upstream

LAN = "192.168.88.23"


@pytest.fixture
def on_lan(monkeypatch):
    """This laptop is on the room's wifi at ``LAN`` (the discovery is faked; no packet leaves)."""
    monkeypatch.setattr("gigai.apps.sharing.lan_ip", lambda: LAN)


@pytest.fixture
def qr(monkeypatch):
    import segno

    encoded: list[str] = []
    real = segno.make
    monkeypatch.setattr(segno, "make", lambda content, **kw: encoded.append(content) or real(content, **kw))
    return encoded


def test_print_cards_page_carries_the_serving_gateways_lan_address_and_port(
    on_lan, qr, fake_upstream, make_gateway
):
    gw = make_gateway(fake_upstream.url + "/v1", lan=True, models=["gpt-4.1-nano"])
    r = httpx.post(gw.url + "/admin/cards", json={"names": ["Ayu", "Budi"], "budget_idr": 15000})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    url = f"http://{LAN}:{gw.port}/v1"  # the port this gateway really listens on, not a default
    assert r.headers["X-Gigai-Base-Url"] == url and r.headers["Cache-Control"] == "no-store"
    page = r.text
    assert url in page and "127.0.0.1" not in page and "Rp 15.000" in page
    assert len(qr) == 2
    for content in qr:
        lines = content.splitlines()
        assert lines[0] == "GIGAI_PROVIDER=gateway" and lines[1] == f"GIGAI_BASE_URL={url}"
        token = lines[2].removeprefix("GIGAI_API_KEY=")
        assert gw.store.find(token).name in ("Ayu", "Budi")
        assert lines[3:] == ["GIGAI_MODEL=gpt-4.1-nano", "GIGAI_FALLBACK=offline"]
    # a card's token works right away, at the address printed on it (reached here through loopback)
    token = qr[0].splitlines()[2].removeprefix("GIGAI_API_KEY=")
    ok = httpx.post(gw.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {token}"},
                    json={"messages": [{"role": "user", "content": "Halo"}]})  # fmt: skip
    assert ok.status_code == 200


def test_no_cards_from_a_gateway_that_only_this_laptop_can_reach(on_lan, fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1", lan=False)
    r = httpx.post(gw.url + "/admin/cards", json={"n": 3})
    assert r.status_code == 409 and r.json()["error"]["code"] == "GIGAI-E233" and "--host" in r.text
    assert gw.store.all() == []  # nothing issued


def test_no_cards_without_a_lan_address(monkeypatch, fake_upstream, make_gateway):
    monkeypatch.setattr("gigai.apps.sharing.lan_ip", lambda: "127.0.0.1")  # wifi off
    gw = make_gateway(fake_upstream.url + "/v1", lan=True)
    r = httpx.post(gw.url + "/admin/cards", json={"n": 3})
    assert r.status_code == 409 and r.json()["error"]["code"] == "GIGAI-E233" and "wifi" in r.text
    assert gw.store.all() == []


def test_cards_from_another_laptop_need_the_admin_key(on_lan, tmp_path):
    from fastapi.testclient import TestClient

    from gigai.trainer.gateway.app import create_app

    app = create_app("http://127.0.0.1:9/v1", "k", provider="openai", store_path=tmp_path / "c.db",
                     admin_secret="adm-room-key-1234", lan=True)  # fmt: skip
    with TestClient(app, client=("192.168.88.40", 5555)) as c:
        assert c.post("/admin/cards", json={"n": 1}).status_code == 401
        r = c.post("/admin/cards", json={"n": 1}, headers={"X-Admin-Key": "adm-room-key-1234"})
        assert r.status_code == 200


def test_cli_cards_ask_the_running_gateway(on_lan, fake_upstream, make_gateway, tmp_path):
    gw = make_gateway(fake_upstream.url + "/v1", lan=True)
    out = tmp_path / "kartu.html"
    r = CliRunner().invoke(gateway_app, ["cards", "3", "--port", str(gw.port), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert f"http://{LAN}:{gw.port}/v1" in out.read_text(encoding="utf-8") and len(gw.store.all()) == 3
    r = CliRunner().invoke(gateway_app, ["cards", "3", "--port", "9", "--out", str(out)])
    assert r.exit_code == 1 and "E307" in r.output


def _banner(base_url, *, on_lan=True, fallback=True):
    chain = [Upstream("gemini", "https://generativelanguage.googleapis.com/v1beta/openai", "AIza-secret"),
             Upstream("llamacpp", "http://127.0.0.1:8080/v1", None, model="local")]  # fmt: skip
    return banner(base_url, chain, ["AIza••••", "-"], False, fallback, ("gemini-2.5-flash-lite",), 8787,
                  on_lan=on_lan)  # fmt: skip


def test_banner_says_room_mode_and_never_gives_participants_a_loopback_address():
    text = _banner(f"http://{LAN}:8787/v1")
    assert "Mode kelas" in text and f"GIGAI_BASE_URL=http://{LAN}:8787/v1" in text
    assert "GIGAI_FALLBACK=offline" in text and "GIGAI_MODEL=gemini-2.5-flash-lite" in text
    assert (
        "1. gemini" in text
        and "2. llamacpp (local)" in text
        and "Rp 0" in text
        and "3. mesin offline" in text
    )
    assert "AIza-secret" not in text and "adm-" not in text
    settings = [line for line in text.splitlines() if "GIGAI_BASE_URL" in line]
    assert settings and all("127.0.0.1" not in line for line in settings)
    for missing in (_banner(None), _banner(None, on_lan=False)):  # no wifi / this laptop only
        assert "GIGAI_BASE_URL" not in missing and "http://127.0.0.1:8787/admin" in missing
    assert "TIDAK bisa terhubung" in _banner(None, on_lan=False)
    assert "belum punya alamat LAN" in _banner(None)


def test_banner_and_help_in_one_language_at_a_time(monkeypatch):
    monkeypatch.setenv("GIGAI_LANG", "en")
    text = _banner(f"http://{LAN}:8787/v1", fallback=False)
    assert "Room mode" in text and "Mode kelas" not in text and " / " not in text.replace("://", "")
    monkeypatch.delenv("GIGAI_LANG")
    text = _banner(f"http://{LAN}:8787/v1")
    assert "Room mode" not in text and not re.search(r"\w / \w", text)
    help_text = CliRunner().invoke(gateway_app, ["serve", "--help"]).output
    assert (
        "--upstream" in help_text
        and "--first-byte" in help_text
        and " / " not in help_text.replace("://", "")
    )
