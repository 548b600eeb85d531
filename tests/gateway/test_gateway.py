"""Gateway over real HTTP on 127.0.0.1: a fast fake upstream behind it, httpx and the openai SDK in front."""

from __future__ import annotations

import json

import httpx
import pytest

from gigai.gateway import tokens
from gigai.gateway.app import create_app
from gigai.gateway.fake_upstream import ANSWER, create_fake_upstream
from gigai.gateway.server import BackgroundServer

from .conftest import UPSTREAM_KEY

MSG = [{"role": "user", "content": "Halo, jam buka?"}]


def _closed_port_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # closed once the socket is gone


def _post(gw, token, body, **kw):
    return httpx.post(
        gw.url + "/v1/chat/completions",
        json=body,
        timeout=30,
        headers={"Authorization": f"Bearer {token}"},
        **kw,
    )


def _issue(gw, **kw):
    return gw.store.issue(1, **kw)[0].token


def test_health_and_no_docs(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    assert httpx.get(gw.url + "/health").json()["status"] == "ok"
    assert httpx.get(gw.url + "/docs").status_code == 404


def test_openai_sdk_streams_through_and_books_usage(fake_upstream, make_gateway):
    openai = pytest.importorskip("openai")
    gw = make_gateway(fake_upstream.url + "/v1")
    token = _issue(gw)
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=token)
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=MSG, stream=True)
    text = "".join((c.choices[0].delta.content or "") for c in stream if c.choices)
    assert text.strip() == ANSWER
    seen = fake_upstream.app.state.seen[-1]
    assert seen["auth"] == f"Bearer {UPSTREAM_KEY}"  # the real key goes upstream, the token does not
    assert seen["body"]["stream_options"] == {"include_usage": True}
    info = gw.store.get(token)
    assert info.requests == 1 and info.completion_tokens > 0 and info.spent_idr > 0
    # non-streaming too
    out = client.chat.completions.create(model="gpt-4o-mini", messages=MSG)
    assert out.choices[0].message.content == ANSWER
    assert gw.store.get(token).requests == 2


def test_usage_chunk_only_when_client_asked(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    token = _issue(gw)
    body = {"model": "m", "messages": MSG, "stream": True}
    raw = _post(gw, token, body).text
    chunks = [
        json.loads(line[5:]) for line in raw.splitlines() if line.startswith("data:") and "[DONE]" not in line
    ]
    assert all(c["choices"] for c in chunks)  # the usage-only chunk would break naive `choices[0]` code
    assert raw.rstrip().endswith("data: [DONE]")
    raw = _post(gw, token, dict(body, stream_options={"include_usage": True})).text
    assert '"choices": []' in raw and '"usage": {' in raw


def test_wrong_and_missing_token_401(fake_upstream, make_gateway):
    openai = pytest.importorskip("openai")
    gw = make_gateway(fake_upstream.url + "/v1")
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key="gg-wron-gtok", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as exc:
        client.chat.completions.create(model="m", messages=MSG)
    assert "Token gateway salah" in str(exc.value) and "GIGAI-E061" in str(exc.value)
    r = httpx.post(gw.url + "/v1/chat/completions", json={"messages": MSG})
    assert r.status_code == 401
    assert httpx.get(gw.url + "/v1/models", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_models_lists_upstream_or_forced(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    token = _issue(gw)
    r = httpx.get(gw.url + "/v1/models", headers={"Authorization": f"Bearer {token}"})
    assert r.json()["data"][0]["id"] == "fake-model"
    gw2 = make_gateway(fake_upstream.url + "/v1", force_model="gemini-2.0-flash", store_path=gw.store.path)
    r = httpx.get(gw2.url + "/v1/models", headers={"Authorization": f"Bearer {token}"})
    assert [m["id"] for m in r.json()["data"]] == ["gemini-2.0-flash"]
    _post(gw2, token, {"model": "gpt-4o", "messages": MSG})
    assert fake_upstream.app.state.seen[-1]["body"]["model"] == "gemini-2.0-flash"


def test_budget_exhausted_402(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    token = _issue(gw, budget_idr=0.01)
    assert _post(gw, token, {"model": "m", "messages": MSG}).status_code == 200
    r = _post(gw, token, {"model": "m", "messages": MSG})
    assert r.status_code == 402
    err = r.json()["error"]
    assert err["code"] == "GIGAI-E062" and "Budget token ini habis" in err["message"] and err["hint"]
    gw.store.set_budget(token, 1_000)
    assert _post(gw, token, {"model": "m", "messages": MSG}).status_code == 200


def test_oversized_request_413(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1", max_request_bytes=2_000)
    token = _issue(gw)
    big = [{"role": "user", "content": "x" * 5_000}]
    r = _post(gw, token, {"model": "m", "messages": big})
    assert r.status_code == 413 and r.json()["error"]["code"] == "GIGAI-E064"

    def chunked():  # no Content-Length: the body is counted while read
        yield json.dumps({"model": "m", "messages": big}).encode()

    r = httpx.post(
        gw.url + "/v1/chat/completions", content=chunked(), headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 413
    assert len(fake_upstream.app.state.seen) == 0


def test_max_tokens_is_capped(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1", max_tokens_cap=100)
    token = _issue(gw)
    _post(gw, token, {"model": "m", "messages": MSG, "max_tokens": 5000})
    assert fake_upstream.app.state.seen[-1]["body"]["max_tokens"] == 100


def test_rate_limit_429(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    token = _issue(gw, rpm=3)  # burst of 3, then ~one per 20 s
    codes = [_post(gw, token, {"model": "m", "messages": MSG}).status_code for _ in range(4)]
    assert codes[:3] == [200, 200, 200] and codes[3] == 429
    r = _post(gw, token, {"model": "m", "messages": MSG})
    assert int(r.headers["Retry-After"]) >= 1 and "Terlalu banyak" in r.json()["error"]["message"]
    other = _issue(gw, rpm=3)  # limits are per person
    assert _post(gw, other, {"model": "m", "messages": MSG}).status_code == 200


def test_revoke_is_immediate_via_admin_and_cli(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    a, b = (t.token for t in gw.store.issue(2))
    assert _post(gw, a, {"model": "m", "messages": MSG}).status_code == 200
    r = httpx.post(gw.url + "/admin/tokens/revoke", json={"token": a}, headers={"X-Admin-Key": "adm-test"})
    assert r.json() == {"revoked": 1}
    r = _post(gw, a, {"model": "m", "messages": MSG})
    assert r.status_code == 401 and r.json()["error"]["code"] == "GIGAI-E067"
    # the CLI path: another connection to the same SQLite file, while the gateway keeps running
    assert _post(gw, b, {"model": "m", "messages": MSG}).status_code == 200
    assert tokens.revoke(b, store_path=gw.store.path) == 1
    assert _post(gw, b, {"model": "m", "messages": MSG}).status_code == 401


def test_admin_needs_secret_and_never_shows_key(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    token = _issue(gw)
    _post(gw, token, {"model": "m", "messages": MSG})
    assert httpx.get(gw.url + "/admin/usage").status_code == 401
    assert httpx.get(gw.url + "/admin/usage", headers={"X-Admin-Key": token}).status_code == 401
    r = httpx.get(gw.url + "/admin/usage", headers={"Authorization": "Bearer adm-test"})
    assert r.status_code == 200
    data = r.json()
    assert data["totals"]["requests"] == 1 and data["participants"][0]["token"] == token
    assert UPSTREAM_KEY not in r.text and data["upstream"]["key"].endswith("cdef")
    issued = httpx.post(
        gw.url + "/admin/tokens", json={"n": 2, "budget_idr": 5000}, headers={"X-Admin-Key": "adm-test"}
    ).json()["issued"]
    assert len(issued) == 2 and issued[0]["budget_idr"] == 5000
    assert "Kunci admin" in httpx.get(gw.url + "/admin").text


def test_upstream_down_502_bilingual(make_gateway):
    openai = pytest.importorskip("openai")
    gw = make_gateway(_closed_port_url())
    token = _issue(gw)
    r = _post(gw, token, {"model": "m", "messages": MSG, "stream": True})
    assert r.status_code == 502
    err = r.json()["error"]
    assert (
        err["code"] == "GIGAI-E065"
        and "tidak bisa dihubungi" in err["message"]
        and "unreachable" in err["en"]
    )
    assert UPSTREAM_KEY not in r.text
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=token, max_retries=0)
    with pytest.raises(openai.APIStatusError) as exc:
        client.chat.completions.create(model="m", messages=MSG)
    assert exc.value.status_code == 502
    assert gw.store.get(token).errors == 2


def test_upstream_down_offline_fallback(make_gateway):
    gw = make_gateway(_closed_port_url(), offline_fallback=True)
    token = _issue(gw)
    r = _post(gw, token, {"model": "m", "messages": MSG})
    assert r.status_code == 200 and r.headers["X-Gigai-Notice"] == "offline-fallback"
    assert r.json()["choices"][0]["message"]["content"].startswith("[mode offline]")
    r = _post(gw, token, {"model": "m", "messages": MSG, "stream": True})
    assert r.status_code == 200 and "[mode offline]" in r.text and r.text.rstrip().endswith("[DONE]")
    assert gw.store.get(token).spent_idr == 0


@pytest.mark.parametrize("status,code", [(500, "E065"), (401, "E068")])
def test_upstream_errors_are_mapped(make_gateway, status, code):
    with BackgroundServer(create_fake_upstream(fail_status=status)) as up:
        gw = make_gateway(up.url + "/v1")
        r = _post(gw, _issue(gw), {"model": "m", "messages": MSG})
    assert r.status_code == 502 and r.json()["error"]["code"] == f"GIGAI-{code}"


def test_hostile_upstream_cannot_leak_key(make_gateway):
    with BackgroundServer(create_fake_upstream(echo_auth=True)) as up:
        gw = make_gateway(up.url + "/v1")
        token = _issue(gw)
        r1 = _post(gw, token, {"model": "m", "messages": MSG})
        r2 = _post(gw, token, {"model": "m", "messages": MSG, "stream": True})
    for r in (r1, r2):
        assert r.status_code == 200 and "...cdef" in r.text and UPSTREAM_KEY not in r.text


def test_bad_json_400(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        content=b"{not json",
        headers={"Authorization": f"Bearer {_issue(gw)}"},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "GIGAI-E069"


def test_tokens_issue_list_sheet(tmp_path):
    db = tmp_path / "t.db"
    issued = tokens.issue(3, budget_idr=15_000, rpm=10, store_path=db)
    assert [t.name for t in issued] == ["peserta-01", "peserta-02", "peserta-03"]
    assert all(t.token.startswith("gg-") and len(t.token) == 12 for t in issued)
    assert len({t.token for t in issued}) == 3
    more = tokens.issue(2, names=["ayu", "budi"], store_path=db)
    assert [t.name for t in more] == ["ayu", "budi"]
    assert len(tokens.list_tokens(store_path=db)) == 5
    table = tokens.format_table(tokens.list_tokens(store_path=db))
    assert "peserta-03" in table and "15,000" in table
    sheet = tokens.write_sheet(issued, tmp_path / "sheet.html", base_url="http://192.168.1.10:8787/v1")
    page = sheet.read_text(encoding="utf-8")
    assert (
        page.count("<svg") == 3
        and issued[0].token in page
        and "GIGAI_BASE_URL=http://192.168.1.10:8787/v1" in page
    )
    assert tokens.revoke("all", store_path=db) == 5


def test_default_store_lives_in_gigai_home(tmp_path):
    infos = tokens.issue(1)
    assert (tmp_path / "gigai-home" / "gateway" / "gateway.db").exists() and infos


def test_resolve_upstream(monkeypatch):
    from gigai.errors import ConfigError
    from gigai.gateway.server import resolve_upstream

    with pytest.raises(ConfigError) as exc:
        resolve_upstream(None, None)
    assert "gigai gateway serve --upstream" in str(exc.value)
    with pytest.raises(ConfigError):
        resolve_upstream("gemini", None)  # no GEMINI_API_KEY in tests
    monkeypatch.setenv("GEMINI_API_KEY", "AIza-test-key-123456")
    assert resolve_upstream("gemini", None) == (
        "https://generativelanguage.googleapis.com/v1beta/openai",
        "AIza-test-key-123456",
    )
    assert resolve_upstream("http://127.0.0.1:9/v1/", "k") == ("http://127.0.0.1:9/v1", "k")


def test_unit_with_mock_transport(tmp_path):
    """No sockets: the app in-process with httpx.MockTransport as the upstream (fast unit check)."""
    from fastapi.testclient import TestClient

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == "Bearer sk-unit-key-000000"
        return httpx.Response(
            200,
            json={
                "model": "gpt-4o-mini",
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 1000, "completion_tokens": 1000, "total_tokens": 2000},
            },
        )

    app = create_app(
        "http://up/v1",
        "sk-unit-key-000000",
        store_path=tmp_path / "u.db",
        transport=httpx.MockTransport(handler),
        prices={"gpt-4o-mini": (1.0, 2.0)},
        usd_to_idr=10_000,
    )
    token = app.state.store.issue(1)[0].token
    with TestClient(app) as c:
        r = c.post(
            "/v1/chat/completions",
            json={"model": "gpt-4o-mini", "messages": MSG},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert r.json()["choices"][0]["message"]["content"] == "ok"
    # (1000 * 1.0 + 1000 * 2.0) / 1e6 USD * 10_000 = Rp 30
    assert app.state.store.get(token).spent_idr == pytest.approx(30.0)
