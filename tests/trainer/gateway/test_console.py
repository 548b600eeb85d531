"""The trainer's console (/admin) and token cards (issue 13): safe on a projector, every hint a real option."""

from __future__ import annotations

import httpx
import pytest
from typer.testing import CliRunner

from gigai.trainer.gateway import cards, tokens
from gigai.trainer.gateway.cli import gateway_app

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.fixture
def gw(fake_upstream, make_gateway):
    return make_gateway(fake_upstream.url + "/v1")


def test_console_actions_issue_reveal_one_topup_replace_revoke(gw):
    old = gw.store.issue(1, names=["Lama"])[0]  # issued before this run: only its hash exists
    r = httpx.post(gw.url + "/admin/tokens", json={"names": ["Ayu", "Budi"], "budget_idr": 15000})
    ayu, budi = r.json()["issued"]
    assert set(ayu) == {"id", "name"}  # the issue answer carries no token
    state = httpx.get(gw.url + "/admin/state").json()
    assert [p["revealable"] for p in state["participants"]] == [False, True, True]
    assert state["participants"][1]["budget_text"] == "Rp 15.000"
    tok = httpx.post(gw.url + f"/admin/participants/{ayu['id']}/reveal").json()["token"]
    assert gw.store.find(tok).name == "Ayu"
    r = httpx.post(gw.url + f"/admin/participants/{old.id}/reveal")
    assert r.status_code == 404 and r.json()["error"]["code"] == "GIGAI-E108" and "Ganti token" in r.text
    r = httpx.post(gw.url + f"/admin/participants/{budi['id']}/topup", json={"add_idr": 5000})
    assert r.json()["budget_text"] == "Rp 20.000"
    assert (
        httpx.post(gw.url + f"/admin/participants/{budi['id']}/topup", json={"add_idr": "5000"}).status_code
        == 400
    )
    # revoke and replace need the participant's name as confirmation
    r = httpx.post(gw.url + f"/admin/participants/{ayu['id']}/revoke", json={})
    assert r.status_code == 400 and r.json()["error"]["code"] == "GIGAI-E109"
    assert not gw.store.get(ayu["id"]).revoked
    assert (
        httpx.post(gw.url + f"/admin/participants/{ayu['id']}/revoke", json={"confirm": "Ayu"}).status_code
        == 200
    )
    assert gw.store.get(ayu["id"]).revoked
    r = httpx.post(gw.url + f"/admin/participants/{old.id}/replace", json={"confirm": "Lama"})
    assert r.status_code == 200 and gw.store.find(old.token) is None
    new = httpx.post(gw.url + f"/admin/participants/{old.id}/reveal").json()["token"]
    assert gw.store.find(new).id == old.id and new != old.token


def test_console_from_another_laptop_needs_the_admin_key(tmp_path):
    from fastapi.testclient import TestClient

    from gigai.trainer.gateway.app import create_app

    app = create_app("http://127.0.0.1:9/v1", "k", provider="openai", store_path=tmp_path / "c.db",
                     admin_secret="adm-room-key-1234")  # fmt: skip
    with TestClient(app, client=("192.168.1.44", 5555)) as c:
        r = c.get("/admin/state")
        assert r.status_code == 401 and r.json()["error"]["code"] == "GIGAI-E113"
        assert c.get("/admin/state", headers={"X-Admin-Key": "adm-room-key-1234"}).status_code == 200
        assert c.post("/admin/tokens", json={"n": 1}).status_code == 401
        codes = [
            c.get("/admin/state", headers={"X-Admin-Key": f"adm-guess-{i}"}).status_code for i in range(15)
        ]
        assert codes[-1] == 429  # guessing the admin key is throttled like tokens


def test_cards_use_the_lan_address_and_the_qr_carries_every_setting(monkeypatch, tmp_path):
    monkeypatch.setattr("gigai.apps.sharing.lan_ip", lambda: "192.168.43.7")
    encoded: list[str] = []
    import segno

    real = segno.make
    monkeypatch.setattr(segno, "make", lambda content, **kw: encoded.append(content) or real(content, **kw))
    r = CliRunner().invoke(
        gateway_app, ["tokens", "2", "--sheet", str(tmp_path / "s.html"), "--model", "gemini-x"]
    )
    assert r.exit_code == 0, r.output
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert "http://192.168.43.7:8787/v1" in page and "IP-LAPTOP" not in page
    assert "Rp 20.000" in page and "20,000" not in page
    lines = encoded[0].splitlines()
    assert lines[:2] == ["GIGAI_PROVIDER=gateway", "GIGAI_BASE_URL=http://192.168.43.7:8787/v1"]
    assert lines[2].startswith("GIGAI_API_KEY=gg-") and lines[3] == "GIGAI_MODEL=gemini-x"
    for t in tokens.list_tokens():
        assert t.token is None  # nothing readable is kept after the sheet


def test_cards_name_the_model_the_running_gateway_allows(make_gateway, fake_upstream, monkeypatch, tmp_path):
    gw = make_gateway(fake_upstream.url + "/v1", models=["gpt-4.1-nano", "gpt-4o-mini"])
    monkeypatch.setattr("gigai.trainer.gateway.tokens.default_store_path", lambda: gw.store.path)
    monkeypatch.setattr(
        "gigai.trainer.gateway.cards.lan_base_url", lambda port=8787: "http://10.0.0.5:8787/v1"
    )
    r = CliRunner().invoke(gateway_app, ["tokens", "1", "--sheet", str(tmp_path / "s.html")])
    assert r.exit_code == 0 and "GIGAI_MODEL=gpt-4.1-nano" in (tmp_path / "s.html").read_text(
        encoding="utf-8"
    )


def test_cards_warn_when_the_laptop_has_no_lan_address(monkeypatch, tmp_path):
    monkeypatch.setattr("gigai.apps.sharing.lan_ip", lambda: "127.0.0.1")
    r = CliRunner().invoke(gateway_app, ["tokens", "1", "--sheet", str(tmp_path / "s.html")])
    assert r.exit_code == 0
    assert "E112" in r.output and "--base-url" in r.output
    assert "http://127.0.0.1:8787/v1" in (tmp_path / "s.html").read_text(encoding="utf-8")
    assert cards.lan_base_url() is None


def test_a_tunnel_on_the_trainers_laptop_is_not_the_trainer(tmp_path):
    """ngrok/cloudflared relay strangers from 127.0.0.1: the console then needs the key, throttles per client."""
    from fastapi.testclient import TestClient

    from gigai.trainer.gateway.app import create_app

    app = create_app("http://127.0.0.1:9/v1", "k", provider="openai", store_path=tmp_path / "t.db",
                     admin_secret="adm-room-key-1234")  # fmt: skip
    with TestClient(app, client=("127.0.0.1", 4000)) as c:
        assert c.get("/admin/state").status_code == 200  # the trainer's own browser
        via = {"X-Forwarded-For": "203.0.113.9"}
        assert c.get("/admin/state", headers=via).status_code == 401
        bad = {"Authorization": "Bearer gg-aaaa-bbbb-cccc-dddd"}
        codes = [c.get("/v1/models", headers={**bad, **via}).status_code for _ in range(12)]
        assert codes[-1] == 429  # the stranger is throttled ...
        other = {"X-Forwarded-For": "198.51.100.7"}
        assert (
            c.get("/v1/models", headers={**bad, **other}).status_code == 401
        )  # ... not everyone behind the tunnel
    with TestClient(app, client=("192.168.1.50", 4000)) as c:
        spoof = [
            c.get("/v1/models", headers={**bad, "X-Forwarded-For": f"10.0.0.{i}"}).status_code
            for i in range(12)
        ]
        assert spoof[-1] == 429  # a LAN laptop cannot dodge the throttle with made-up headers


def test_serve_options_are_checked_before_starting(tmp_path):
    r = CliRunner().invoke(gateway_app, ["serve", "--upstream", "http://127.0.0.1:9/v1", "--price-as", "openai",
                                         "--allow", "vision"])  # fmt: skip
    assert r.exit_code == 1 and "E300" in r.output and "tools, audio, images, service_tier" in r.output
    r = CliRunner().invoke(gateway_app, ["serve", "--upstream", "http://127.0.0.1:9/v1", "--price-as", "openai",
                                         "--model", "o1-pro"])  # fmt: skip
    assert r.exit_code == 1 and "E302" in r.output and "gpt-4o-mini" in r.output
    r = CliRunner().invoke(gateway_app, ["serve", "--upstream", "http://127.0.0.1:9/v1"])
    assert r.exit_code == 1 and "E301" in r.output and "--price-as" in r.output
