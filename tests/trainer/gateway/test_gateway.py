"""Gateway over real HTTP on 127.0.0.1: a fast fake upstream behind it, httpx and the openai SDK in front."""

from __future__ import annotations

import json

import httpx
import pytest

from gigai.trainer.gateway import tokens
from gigai.trainer.gateway.app import create_app
from gigai.trainer.gateway.server import BackgroundServer
from tests.trainer.gateway.fake_upstream import ANSWER, create_fake_upstream

from .conftest import UPSTREAM_KEY

MSG = [{"role": "user", "content": "Halo, jam buka?"}]
MODEL = "gpt-4o-mini"  # the openai preset's default model: the gateway's default allow-list


def closed_port_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # closed once the socket is gone


def post(gw, token, body, **kw):
    return httpx.post(
        gw.url + "/v1/chat/completions",
        json=body,
        timeout=30,
        headers={"Authorization": f"Bearer {token}"},
        **kw,
    )


def issue(gw, **kw):
    return gw.store.issue(1, **kw)[0].token


def test_health_and_no_docs(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    assert httpx.get(gw.url + "/health").json()["status"] == "ok"
    assert httpx.get(gw.url + "/docs").status_code == 404


def test_openai_sdk_streams_through_and_books_usage(fake_upstream, make_gateway):
    openai = pytest.importorskip("openai")
    gw = make_gateway(fake_upstream.url + "/v1")
    token = issue(gw)
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=token)
    stream = client.chat.completions.create(model=MODEL, messages=MSG, stream=True)
    text = "".join((c.choices[0].delta.content or "") for c in stream if c.choices)
    assert text.strip() == ANSWER
    seen = fake_upstream.app.state.seen[-1]
    assert seen["auth"] == f"Bearer {UPSTREAM_KEY}"  # the real key goes upstream, the token does not
    assert seen["body"]["stream_options"] == {"include_usage": True}
    info = gw.store.find(token)
    assert info.requests == 1 and info.completion_tokens > 0 and info.spent_idr > 0
    out = client.chat.completions.create(model=MODEL, messages=MSG)
    assert out.choices[0].message.content == ANSWER
    assert gw.store.find(token).requests == 2
    # the booked rupiah travels back to the participant, equal to the console's figure
    assert out.usage.model_extra["gigai_cost_idr"] == pytest.approx(
        gw.store.find(token).spent_idr - info.spent_idr
    )


def test_usage_chunk_only_when_client_asked(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    token = issue(gw)
    body = {"model": MODEL, "messages": MSG, "stream": True}
    raw = post(gw, token, body).text
    chunks = [
        json.loads(line[5:]) for line in raw.splitlines() if line.startswith("data:") and "[DONE]" not in line
    ]
    assert chunks and all(
        c["choices"] for c in chunks
    )  # a usage-only chunk would break naive `choices[0]` code
    assert raw.rstrip().endswith("data: [DONE]")
    raw = post(gw, token, dict(body, stream_options={"include_usage": True})).text
    last = [json.loads(line[5:]) for line in raw.splitlines() if line.startswith("data: {")][-1]
    assert (
        last["choices"] == []
        and last["usage"]["completion_tokens"] > 0
        and last["usage"]["gigai_cost_idr"] > 0
    )


def test_wrong_and_missing_token_401(fake_upstream, make_gateway):
    openai = pytest.importorskip("openai")
    gw = make_gateway(fake_upstream.url + "/v1")
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key="gg-wron-gtok-abcd-efgh", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as exc:
        client.chat.completions.create(model=MODEL, messages=MSG)
    assert "Token gateway salah" in str(exc.value) and "GIGAI-E061" in str(exc.value)
    assert httpx.post(gw.url + "/v1/chat/completions", json={"messages": MSG}).status_code == 401
    assert httpx.get(gw.url + "/v1/models", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_token_typed_from_a_card_is_forgiving(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    token = issue(gw)
    typed = token.upper().replace("-", " ")  # "GG 37N7 QQE7 ..." as read aloud / typed with caps lock
    assert post(gw, typed, {"model": MODEL, "messages": MSG}).status_code == 200
    assert post(gw, token[3:].replace("-", ""), {"model": MODEL, "messages": MSG}).status_code == 200


def test_models_lists_the_allow_list(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1", models=["gpt-4o-mini", "gpt-4.1-nano"])
    token = issue(gw)
    r = httpx.get(gw.url + "/v1/models", headers={"Authorization": f"Bearer {token}"})
    assert [m["id"] for m in r.json()["data"]] == ["gpt-4o-mini", "gpt-4.1-nano"]
    post(gw, token, {"messages": MSG})  # no model: the first allowed one
    assert fake_upstream.app.state.seen[-1]["body"]["model"] == "gpt-4o-mini"
    post(gw, token, {"model": "gpt-4.1-nano", "messages": MSG})
    assert fake_upstream.app.state.seen[-1]["body"]["model"] == "gpt-4.1-nano"


def test_allow_list_must_be_priced_by_the_catalogue(tmp_path):
    from gigai.errors import ConfigError

    with pytest.raises(ConfigError) as exc:
        create_app(
            "http://127.0.0.1:9/v1", "k", provider="openai", models=["o1-pro"], store_path=tmp_path / "x.db"
        )
    assert exc.value.code == "E302" and "gpt-4o-mini" in str(exc.value)


def test_budget_exhausted_402_rupiah_in_indonesian_format(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1", max_tokens_cap=64)
    token = issue(gw, budget_idr=1)
    assert post(gw, token, {"model": MODEL, "messages": MSG}).status_code == 200
    gw.store.record(gw.store.find(token).id, cost_idr=20_000)
    r = post(gw, token, {"model": MODEL, "messages": MSG})
    assert r.status_code == 402
    err = r.json()["error"]
    assert err["code"] == "GIGAI-E062" and "Budget token ini habis" in err["message"] and err["hint"]
    assert "Rp 20.000" in err["message"] and "Rp 1)" in err["message"]  # not "Rp 20,000" (twenty rupiah)
    gw.store.set_budget(gw.store.find(token).id, 100_000)
    assert post(gw, token, {"model": MODEL, "messages": MSG}).status_code == 200


def test_oversized_request_413(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1", max_request_bytes=2_000)
    token = issue(gw)
    big = [{"role": "user", "content": "x" * 5_000}]
    r = post(gw, token, {"model": MODEL, "messages": big})
    assert r.status_code == 413 and r.json()["error"]["code"] == "GIGAI-E064"

    def chunked():  # no Content-Length: the body is counted while read
        yield json.dumps({"model": MODEL, "messages": big}).encode()

    r = httpx.post(
        gw.url + "/v1/chat/completions", content=chunked(), headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 413
    assert len(fake_upstream.app.state.seen) == 0


def test_rate_limit_429(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    token = issue(gw, rpm=3)  # burst of 3, then ~one per 20 s
    codes = [post(gw, token, {"model": MODEL, "messages": MSG}).status_code for _ in range(4)]
    assert codes[:3] == [200, 200, 200] and codes[3] == 429
    r = post(gw, token, {"model": MODEL, "messages": MSG})
    assert int(r.headers["Retry-After"]) >= 1 and "Terlalu banyak" in r.json()["error"]["message"]
    assert post(gw, issue(gw, rpm=3), {"model": MODEL, "messages": MSG}).status_code == 200  # per person


def test_revoke_is_immediate_with_its_own_error(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    a, b = gw.store.issue(2)
    assert post(gw, a.token, {"model": MODEL, "messages": MSG}).status_code == 200
    r = httpx.post(gw.url + f"/admin/participants/{a.id}/revoke", json={"confirm": a.name})
    assert r.json() == {"id": a.id, "revoked": True}
    r = post(gw, a.token, {"model": MODEL, "messages": MSG})
    err = r.json()["error"]
    assert r.status_code == 401 and err["code"] == "GIGAI-E067"
    assert "dicabut" in err["id"] and "revoked" in err["en"] and "trainer" in err["hint"]
    # the CLI path: another connection to the same SQLite file, while the gateway keeps running
    assert post(gw, b.token, {"model": MODEL, "messages": MSG}).status_code == 200
    assert tokens.revoke(b.name, store_path=gw.store.path) == 1
    assert post(gw, b.token, {"model": MODEL, "messages": MSG}).json()["error"]["code"] == "GIGAI-E067"


def test_upstream_down_502_bilingual_and_not_billed(make_gateway):
    openai = pytest.importorskip("openai")
    gw = make_gateway(closed_port_url())
    token = issue(gw)
    r = post(gw, token, {"model": MODEL, "messages": MSG, "stream": True})
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
        client.chat.completions.create(model=MODEL, messages=MSG)
    assert exc.value.status_code == 502
    info = gw.store.find(token)
    assert info.errors == 2 and info.spent_idr == 0  # connection refused: the provider never saw it


def test_upstream_down_offline_fallback(make_gateway):
    gw = make_gateway(closed_port_url(), offline_fallback=True)
    token = issue(gw)
    r = post(gw, token, {"model": MODEL, "messages": MSG})
    assert r.status_code == 200 and r.headers["X-Gigai-Notice"] == "offline-fallback"
    assert r.json()["choices"][0]["message"]["content"].startswith("[mode offline]")
    r = post(gw, token, {"model": MODEL, "messages": MSG, "stream": True})
    assert r.status_code == 200 and "[mode offline]" in r.text and r.text.rstrip().endswith("[DONE]")
    assert gw.store.find(token).spent_idr == 0


@pytest.mark.parametrize("status,code", [(500, "E065"), (401, "E068")])
def test_upstream_errors_are_mapped(make_gateway, status, code):
    with BackgroundServer(create_fake_upstream(fail_status=status)) as up:
        gw = make_gateway(up.url + "/v1")
        r = post(gw, issue(gw), {"model": MODEL, "messages": MSG})
    assert r.status_code == 502 and r.json()["error"]["code"] == f"GIGAI-{code}"


def test_hostile_upstream_cannot_leak_key(make_gateway):
    with BackgroundServer(create_fake_upstream(echo_auth=True)) as up:
        gw = make_gateway(up.url + "/v1")
        token = issue(gw)
        r1 = post(gw, token, {"model": MODEL, "messages": MSG})
        r2 = post(gw, token, {"model": MODEL, "messages": MSG, "stream": True})
    for r in (r1, r2):
        assert r.status_code == 200 and "...cdef" in r.text and UPSTREAM_KEY not in r.text


def test_bad_json_400(fake_upstream, make_gateway):
    gw = make_gateway(fake_upstream.url + "/v1")
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        content=b"{not json",
        headers={"Authorization": f"Bearer {issue(gw)}"},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "GIGAI-E069"


def test_resolve_upstream_only_from_the_catalogue(monkeypatch):
    from gigai.errors import ConfigError
    from gigai.llm import registry
    from gigai.trainer.gateway.upstreams import resolve_upstream

    with pytest.raises(ConfigError) as exc:
        resolve_upstream(None, None)
    assert "gigai gateway serve --upstream" in str(exc.value)
    with pytest.raises(ConfigError):
        resolve_upstream("gemini", None)  # no GEMINI_API_KEY in tests
    monkeypatch.setenv("GEMINI_API_KEY", "AIza-test-key-123456")
    up = resolve_upstream("gemini", None)
    assert up.base_url == registry.base_url(registry.presets()["gemini"]).rstrip("/")
    assert (up.provider, up.key) == ("gemini", "AIza-test-key-123456")
    with pytest.raises(ConfigError) as exc:
        resolve_upstream("http://127.0.0.1:9/v1/", "k")  # a URL has no prices of its own
    assert exc.value.code == "E301"
    assert (
        resolve_upstream("http://127.0.0.1:9/v1/", "k", price_as="groq").base_url == "http://127.0.0.1:9/v1"
    )
    with pytest.raises(ConfigError):
        resolve_upstream("gateway", "k")  # never a gateway behind a gateway
    import gigai.trainer.gateway.limits as limits
    import gigai.trainer.gateway.server as server

    assert not hasattr(server, "KNOWN_UPSTREAMS") and not hasattr(limits, "DEFAULT_PRICES")


def test_unit_with_mock_transport_prices_from_the_catalogue(tmp_path):
    """No sockets: the app in-process with httpx.MockTransport as the upstream (fast unit check)."""
    from fastapi.testclient import TestClient

    from gigai.llm import registry

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == "Bearer sk-unit-key-000000"
        return httpx.Response(200, json={
            "model": "gpt-4o-mini",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1000, "completion_tokens": 1000, "total_tokens": 2000},
        })  # fmt: skip

    app = create_app("http://up/v1", "sk-unit-key-000000", provider="openai", store_path=tmp_path / "u.db",
                     transport=httpx.MockTransport(handler))  # fmt: skip
    token = app.state.store.issue(1)[0].token
    with TestClient(app) as c:
        r = c.post("/v1/chat/completions", json={"model": MODEL, "messages": MSG},
                   headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert r.json()["choices"][0]["message"]["content"] == "ok"
    expected = registry.cost("openai", "gpt-4o-mini", 1000, 1000)[1]
    assert app.state.store.find(token).spent_idr == pytest.approx(expected)
    assert float(r.headers["X-Gigai-Cost-Idr"]) == pytest.approx(expected)


def test_cli_usage_json_csv_and_table(tmp_path):
    from typer.testing import CliRunner

    from gigai.trainer.gateway.cli import gateway_app

    issued = tokens.issue(2, names=["Ayu Lestari", "Budi"], budget_idr=20_000)
    runner = CliRunner()
    r = runner.invoke(gateway_app, ["usage"])
    assert r.exit_code == 0 and "Ayu Lestari" in r.output and "Rp 20.000" in r.output
    assert all(t.token not in r.output for t in issued)
    r = runner.invoke(gateway_app, ["usage", "--json"])
    rows = json.loads(r.output)
    assert [x["participant"] for x in rows] == ["Ayu Lestari", "Budi"] and rows[0]["budget_idr"] == 20_000
    r = runner.invoke(gateway_app, ["usage", "--csv", str(tmp_path / "u.csv")])
    assert r.exit_code == 0 and (tmp_path / "u.csv").read_text().startswith(
        "participant,spent_idr,budget_idr"
    )


@pytest.mark.parametrize("stream", [False, True])
def test_participant_usage_agrees_with_the_bill_for_the_catalogue_default(make_gateway, monkeypatch, stream):
    """Issue 9 with the room's usual setup (Gemini's default model, no providers.json): same rupiah both sides."""
    import gigai

    with BackgroundServer(create_fake_upstream()) as up:
        gw = make_gateway(up.url + "/v1", provider="gemini")
        model = gw.room.policy.models[0]
        token = issue(gw)
        for k, v in {"GIGAI_PROVIDER": "gateway", "GIGAI_BASE_URL": gw.url + "/v1", "GIGAI_API_KEY": token,
                     "GIGAI_MODEL": model}.items():  # fmt: skip
            monkeypatch.setenv(k, v)
        log = gigai.usage()
        log.reset()
        for _ in range(3):
            if stream:
                "".join(gigai.stream("Berapa harga kopi susu gula aren?"))
            else:
                gigai.chat("Berapa harga kopi susu gula aren?")
        mine, bill = log.summary(), gw.store.find(token)
    assert mine["calls"] == 3 and bill.requests == 3 and bill.spent_idr > 0
    assert (mine["tokens_in"], mine["tokens_out"]) == (bill.prompt_tokens, bill.completion_tokens)
    assert mine["cost_idr"] == pytest.approx(bill.spent_idr, abs=0.01)


def test_5xx_that_reports_usage_is_billed_by_that_usage(tmp_path):
    from fastapi.testclient import TestClient

    from gigai.llm import registry

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):  # the gateway's own probe: the server is there
            return httpx.Response(200, json={"object": "list", "data": []})
        return httpx.Response(
            500, json={"error": {"message": "boom"}, "usage": {"prompt_tokens": 40, "completion_tokens": 7}}
        )

    app = create_app("http://up/v1", "k", provider="openai", store_path=tmp_path / "u.db",
                     transport=httpx.MockTransport(handler))  # fmt: skip
    token = app.state.store.issue(1)[0].token
    with TestClient(app) as c:
        r = c.post("/v1/chat/completions", json={"model": MODEL, "messages": MSG},
                   headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert r.status_code == 502
    assert app.state.store.find(token).spent_idr == pytest.approx(registry.cost("openai", MODEL, 40, 7)[1])


@pytest.mark.parametrize("stream", [False, True])
def test_participant_without_gigai_model_gets_the_rooms_model(make_gateway, monkeypatch, stream):
    """A participant's .env holds only the card's three lines (no GIGAI_MODEL): the room's model answers,
    and gigai.usage() names and prices that model the way the gateway billed it."""
    import gigai
    from gigai.llm import registry

    monkeypatch.delenv("GIGAI_MODEL", raising=False)
    upstream = create_fake_upstream()
    with BackgroundServer(upstream) as up:
        gw = make_gateway(up.url + "/v1", provider="gemini")
        token = issue(gw)
        for k, v in {
            "GIGAI_PROVIDER": "gateway",
            "GIGAI_BASE_URL": gw.url + "/v1",
            "GIGAI_API_KEY": token,
        }.items():
            monkeypatch.setenv(k, v)
        log = gigai.usage()
        log.reset()
        ask = "Kalau pesan 3 kopi susu, totalnya berapa?"
        text = "".join(gigai.stream(ask)) if stream else gigai.chat(ask)
        assert text.strip() == ANSWER
        assert upstream.state.seen[-1]["body"]["model"] == "gemini-2.5-flash-lite"  # the room's own model
        mine, bill = log.summary(), gw.store.find(token)
        rec = log.records[-1]
    assert rec["model"] == "gemini-2.5-flash-lite"
    assert mine["cost_idr"] == pytest.approx(bill.spent_idr, abs=0.01) and bill.spent_idr > 0
    usd = registry.cost("gemini", "gemini-2.5-flash-lite", rec["tokens_in"], rec["tokens_out"])[0]
    assert rec["cost_usd"] == pytest.approx(usd, rel=0.02)


def test_room_alias_is_the_gateway_presets_default():
    """The participant's default model name is one the gateway maps to its allow-list's first model."""
    from gigai.llm import registry
    from gigai.trainer.gateway.wire import Policy, normalise

    alias = registry.presets()["gateway"]["default_model"]
    out = normalise({"model": alias, "messages": MSG}, Policy(("gemini-2.5-flash-lite",)))
    assert out.model == out.body["model"] == "gemini-2.5-flash-lite"


def test_a_model_the_room_refuses_is_explained_in_the_gateways_words(
    fake_upstream, make_gateway, monkeypatch
):
    import gigai

    gw = make_gateway(fake_upstream.url + "/v1", provider="gemini")
    for k, v in {"GIGAI_PROVIDER": "gateway", "GIGAI_BASE_URL": gw.url + "/v1", "GIGAI_API_KEY": issue(gw),
                 "GIGAI_MODEL": "gpt-4o"}.items():  # fmt: skip
        monkeypatch.setenv(k, v)
    with pytest.raises(gigai.GigaiError) as info:
        gigai.chat("Halo")
    msg = str(info.value)
    assert "Model 'gpt-4o' tidak diizinkan" in msg  # one language at a time (GIGAI_LANG)
    assert info.value.hint.startswith("hapus GIGAI_MODEL") and "gemini-2.5-flash-lite" in info.value.hint
