"""The gateway in front of a REAL OpenAI-compatible server: llama.cpp serving Gemma 3 270M on 127.0.0.1."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.integration

# Gemma 3 270M is a base model: at temperature 0 most chat prompts end at once; this one reliably continues.
MSG = [{"role": "user", "content": "Hello, my name is"}]


def test_openai_sdk_through_gateway_to_llama(gateway_llama_server, make_gateway):
    openai = pytest.importorskip("openai")
    gw = make_gateway(
        gateway_llama_server,
        upstream_key="room-REALKEY-llama-000000",
        max_tokens_cap=24,
        prices={"*": (1.0, 2.0), "local": (1.0, 2.0)},
    )  # the local model is free by default
    token = gw.store.issue(1, budget_idr=10_000)[0].token
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=token, max_retries=0)

    models = client.models.list()
    assert len(models.data) >= 1
    model = models.data[0].id

    chunks = list(
        client.chat.completions.create(model=model, messages=MSG, stream=True, temperature=0, max_tokens=16)
    )
    text = "".join((c.choices[0].delta.content or "") for c in chunks if c.choices)
    assert text.strip()
    out = client.chat.completions.create(model=model, messages=MSG, temperature=0, max_tokens=16)
    assert out.choices[0].message.content.strip()

    info = gw.store.get(token)
    assert info.requests == 2 and info.prompt_tokens > 0 and info.completion_tokens > 0 and info.spent_idr > 0

    usage = httpx.get(gw.url + "/admin/usage", headers={"X-Admin-Key": "adm-test"}).text
    assert "REALKEY" not in usage


def test_budget_and_revoke_against_llama(gateway_llama_server, make_gateway):
    gw = make_gateway(gateway_llama_server, max_tokens_cap=8)
    token = gw.store.issue(1, budget_idr=0.001)[0].token
    body = {"model": "x", "messages": MSG, "max_tokens": 8, "stream": True}
    hdr = {"Authorization": f"Bearer {token}"}
    r = httpx.post(gw.url + "/v1/chat/completions", json=body, headers=hdr, timeout=120)
    assert r.status_code == 200 and r.text.rstrip().endswith("[DONE]")
    assert httpx.post(gw.url + "/v1/chat/completions", json=body, headers=hdr, timeout=120).status_code == 402
    gw.store.revoke(token)
    assert httpx.post(gw.url + "/v1/chat/completions", json=body, headers=hdr, timeout=120).status_code == 401
