"""The gateway in front of a REAL OpenAI-compatible server: llama.cpp serving Gemma 3 270M on 127.0.0.1."""

from __future__ import annotations

import json

import httpx
import pytest

pytestmark = pytest.mark.integration

# Gemma 3 270M is a base model: at temperature 0 most chat prompts end at once; this one reliably continues.
MSG = [{"role": "user", "content": "Hello, my name is"}]


@pytest.fixture
def priced_llama(gateway_llama_server, monkeypatch, tmp_path):
    """The trainer's catalogue prices the local model (as a room paying for a rented GPU would), and the
    participants' ``gateway`` preset knows where that price comes from: one price, both sides."""
    from gigai import config

    home = config.home()
    (home / "providers.json").write_text(json.dumps({"presets": [
        {"name": "llamacpp", "models": {"local": {"price_in": 100.0, "price_out": 400.0}}},
        {"name": "gateway", "models_from": ["openai", "gemini", "groq", "llamacpp"]},
    ]}), encoding="utf-8")  # fmt: skip
    from gigai.llm.registry import clear_cache as clear

    if clear:
        clear()
    yield gateway_llama_server
    if clear:
        clear()


def test_openai_sdk_through_gateway_to_llama(priced_llama, make_gateway):
    openai = pytest.importorskip("openai")
    gw = make_gateway(
        priced_llama, provider="llamacpp", upstream_key="room-REALKEY-llama-000000", max_tokens_cap=24
    )
    token = gw.store.issue(1, budget_idr=10_000)[0].token
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=token, max_retries=0)
    assert [m.id for m in client.models.list().data] == ["local"]
    chunks = list(
        client.chat.completions.create(model="local", messages=MSG, stream=True, temperature=0, max_tokens=16)
    )
    # The plumbing, not the base model's words: the stream arrives and ends properly (a 270M base model on a
    # shared server sometimes ends its answer at once; its text is checked once, below, without streaming).
    assert chunks and any(c.choices and c.choices[0].finish_reason for c in chunks)
    out = client.chat.completions.create(model="local", messages=MSG, temperature=0, max_tokens=16)
    assert out.choices[0].message.content.strip()
    info = gw.store.find(token)
    assert info.requests == 2 and info.prompt_tokens > 0 and info.completion_tokens > 0 and info.spent_idr > 0
    assert "REALKEY" not in httpx.get(gw.url + "/admin/state").text


def test_participant_usage_and_gateway_bill_agree_to_the_rupiah(priced_llama, make_gateway, monkeypatch):
    """Issue 9: the same calls, seen by the participant's gigai.usage() and by the trainer's gateway."""
    import gigai

    gw = make_gateway(priced_llama, provider="llamacpp", max_tokens_cap=24)
    token = gw.store.issue(1, budget_idr=10_000)[0].token
    monkeypatch.setenv("GIGAI_PROVIDER", "gateway")
    monkeypatch.setenv("GIGAI_BASE_URL", gw.url + "/v1")
    monkeypatch.setenv("GIGAI_API_KEY", token)
    monkeypatch.setenv("GIGAI_MODEL", "local")
    log = gigai.usage()
    log.reset()
    gigai.chat(MSG, temperature=0, max_tokens=12)
    "".join(gigai.stream(MSG, temperature=0, max_tokens=12))
    mine = log.summary()
    bill = gw.store.find(token)
    assert mine["calls"] == 2 and bill.requests == 2
    assert (mine["tokens_in"], mine["tokens_out"]) == (bill.prompt_tokens, bill.completion_tokens)
    assert bill.spent_idr > 1  # priced, not free: a real agreement, not 0 == 0
    assert round(mine["cost_idr"]) == round(bill.spent_idr) and mine["cost_idr"] == pytest.approx(
        bill.spent_idr
    )


def test_budget_and_revoke_against_llama(priced_llama, make_gateway):
    gw = make_gateway(priced_llama, provider="llamacpp", max_tokens_cap=8)
    info = gw.store.issue(1, budget_idr=0.5)[0]
    body = {"model": "local", "messages": MSG, "max_tokens": 8, "stream": True}
    hdr = {"Authorization": f"Bearer {info.token}"}
    r = httpx.post(gw.url + "/v1/chat/completions", json=body, headers=hdr, timeout=120)
    assert r.status_code == 402 and r.json()["error"]["code"] == "GIGAI-E105"  # worst case ~Rp 107 > Rp 0,5
    gw.store.top_up(info.id, 500)
    r = httpx.post(gw.url + "/v1/chat/completions", json=body, headers=hdr, timeout=120)
    assert r.status_code == 200 and r.text.rstrip().endswith("[DONE]")
    gw.store.revoke(info.id)
    r = httpx.post(gw.url + "/v1/chat/completions", json=body, headers=hdr, timeout=120)
    assert r.status_code == 401 and r.json()["error"]["code"] == "GIGAI-E067"


@pytest.mark.llama
def test_cloud_fails_the_laptops_llama_answers_at_rp_0(llama_server, make_gateway, monkeypatch):
    """Issue 20.7: the venue's internet dies (the cloud stand-in stops: connections refused); participants keep
    getting model answers from the trainer's laptop (real llama.cpp), booked at Rp 0, each naming who served it."""
    import gigai
    from gigai.trainer.gateway.server import BackgroundServer
    from gigai.trainer.gateway.upstreams import resolve_chain
    from tests.trainer.gateway.fake_upstream import create_fake_upstream

    cloud = create_fake_upstream()
    with BackgroundServer(cloud) as up:
        chain = resolve_chain([up.url + "/v1", f"llamacpp,url={llama_server}"], "cloud-REALKEY-000000",
                              price_as="openai")  # fmt: skip
        assert chain[1].model == "local" and chain[1].local
        gw = make_gateway(None, upstreams=chain, offline_fallback=True, max_tokens_cap=16,
                          first_byte_timeout=60, answer_timeout=120)  # fmt: skip
        info = gw.store.issue(1, budget_idr=10_000)[0]
        monkeypatch.setenv("GIGAI_PROVIDER", "gateway")
        monkeypatch.setenv("GIGAI_BASE_URL", gw.url + "/v1")
        monkeypatch.setenv("GIGAI_API_KEY", info.token)
        monkeypatch.setenv("GIGAI_TIMEOUT", "120")
        log = gigai.usage()
        log.reset()
        gigai.chat(MSG, temperature=0, max_tokens=8)  # the cloud answers while it is up: it costs rupiah
        paid = gw.store.find(info.token).spent_idr
        assert paid > 0 and cloud.state.seen
        up.stop()  # the internet dies
        body = {"messages": MSG, "temperature": 0, "max_tokens": 12}
        hdr = {"Authorization": f"Bearer {info.token}"}
        r = httpx.post(gw.url + "/v1/chat/completions", json=body, headers=hdr, timeout=120)
        out = r.json()
        assert r.status_code == 200 and out["gigai_upstream"] == "llamacpp" and out["model"] == "local"
        assert "[mode offline]" not in out["choices"][0]["message"]["content"]
        assert out["usage"]["gigai_cost_idr"] == 0 and out["usage"]["completion_tokens"] > 0
        r = httpx.post(
            gw.url + "/v1/chat/completions", json={**body, "stream": True}, headers=hdr, timeout=120
        )
        assert r.headers["X-Gigai-Upstream"] == "llamacpp" and r.text.rstrip().endswith("[DONE]")
        text = "".join(gigai.stream(MSG, temperature=0, max_tokens=8))
        assert text.strip() and "[mode offline]" not in text
    bill = gw.store.find(info.token)
    assert bill.requests == 4 and bill.spent_idr == pytest.approx(paid)  # the laptop's answers: Rp 0
    assert log.summary()["cost_idr"] == pytest.approx(paid, abs=0.01)  # the participant sees the same rupiah
    state = httpx.get(gw.url + "/admin/state").json()["upstream"]
    assert state["serving"] == "llamacpp" and state["recent"]["llamacpp"] == 3
    assert (
        state["upstreams"][0]["up"] is False
        and "tidak bisa dihubungi" in state["upstreams"][0]["last_error_words"]
    )
    assert "lokal" in state["serving_words"]
    assert any("lokal llamacpp" in line for line in gw.said)  # the terminal says where answers come from now
