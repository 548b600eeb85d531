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
    assert "".join((c.choices[0].delta.content or "") for c in chunks if c.choices).strip()
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
