"""Against a REAL OpenAI-compatible server: llama.cpp serving Gemma 3 270M (a base model, so we assert plumbing)."""

from __future__ import annotations

import itertools

import pytest
from pydantic import BaseModel

import gigai
from gigai.llm import registry

pytestmark = pytest.mark.integration
# The base model often answers chat prompts with one newline; counting reliably runs to max_tokens.
COUNT = "1, 2, 3, 4, 5, 6, 7,"


@pytest.fixture
def local(llama_server, monkeypatch):
    monkeypatch.setenv("LLAMACPP_BASE_URL", llama_server)
    return registry.resolve("llamacpp", max_retries=0, timeout=120)


def test_chat_and_usage(local):
    comp = gigai.llm.complete(COUNT, provider=local, max_tokens=16, temperature=0.7, seed=1)
    assert comp.provider == "llamacpp" and isinstance(comp.text, str)
    assert comp.usage.prompt_tokens > 0 and comp.usage.completion_tokens > 0 and not comp.usage.estimated
    assert gigai.usage().summary()["per_provider"]["llamacpp"]["calls"] == 1


def test_stream(local):
    pieces = list(gigai.stream(COUNT, provider=local, max_tokens=24, temperature=0.7, seed=1))
    assert all(isinstance(p, str) for p in pieces)
    rec = gigai.usage().records[-1]
    assert rec["provider"] == "llamacpp" and rec["tokens_in"] > 0


def test_provider_by_name_via_env(llama_server, monkeypatch):
    monkeypatch.setenv("GIGAI_PROVIDER", "llamacpp")
    monkeypatch.setenv("GIGAI_BASE_URL", llama_server)
    assert isinstance(gigai.chat(COUNT, max_tokens=8, temperature=0.7, seed=1), str)
    assert gigai.usage().records[-1]["provider"] == "llamacpp"


class City(BaseModel):
    name: str
    country: str


def test_structured_plumbing(local):
    try:
        obj = gigai.structured("Name a city in France.", City, provider=local, max_tokens=64)
    except (gigai.InputError, gigai.ProviderError) as err:
        assert err.code.startswith("E0")  # clean, after the repair retry
    else:
        assert isinstance(obj, City)


def test_langchain_invoke_and_stream(llama_server, monkeypatch):
    from langchain_core.output_parsers import StrOutputParser

    monkeypatch.setenv("LLAMACPP_BASE_URL", llama_server)
    llm = gigai.langchain_model(provider="llamacpp", temperature=0.7, max_tokens=16, seed=1)
    msg = llm.invoke(COUNT)
    assert isinstance(msg.content, str) and msg.usage_metadata["input_tokens"] > 0
    chunks = list((llm | StrOutputParser()).stream(COUNT))
    assert all(isinstance(c, str) for c in chunks)


def _long_stream(model, **kw):
    """A stream that has started producing text (the base model sometimes stops at once: try a few seeds)."""
    for seed in range(1, 9):
        it = gigai.stream(COUNT, provider=model, max_tokens=400, temperature=0.7, seed=seed, **kw)
        first = next(it, None)
        if first:
            return itertools.chain([first], it)
    pytest.fail("the local model never produced a long stream")


def test_server_killed_mid_stream(throwaway_llama_server, monkeypatch):
    srv = throwaway_llama_server()
    monkeypatch.setenv("LLAMACPP_BASE_URL", srv.base_url)
    model = registry.resolve("llamacpp", max_retries=0, timeout=30)
    it = _long_stream(model)
    first = next(it)
    srv.kill()
    with pytest.raises(gigai.GigaiError):
        for _ in it:
            pass
    assert isinstance(first, str)

    # Demo mode: the same failure continues offline instead of raising.
    srv2 = throwaway_llama_server()
    monkeypatch.setenv("LLAMACPP_BASE_URL", srv2.base_url)
    model = registry.resolve("llamacpp", max_retries=0, timeout=30)
    it = _long_stream(model, fallback="offline")
    got = [next(it), next(it)]
    srv2.kill()
    got += list(it)
    assert "[fallback ke offline]" in "".join(got) and "[mode offline]" in "".join(got)


def test_dead_server_is_connection_failed(throwaway_llama_server, monkeypatch):
    srv = throwaway_llama_server()
    srv.kill()
    monkeypatch.setenv("LLAMACPP_BASE_URL", srv.base_url)
    with pytest.raises(gigai.ConnectionFailed):
        gigai.chat("Hello", provider=registry.resolve("llamacpp", max_retries=0))
    assert gigai.chat(
        "Hello", provider=registry.resolve("llamacpp", max_retries=0), fallback="offline"
    ).startswith("[fallback ke offline]")


def test_one_client_and_one_pool_across_calls_and_threads(llama_server, monkeypatch):
    """gigai.chat by name, many times and from threads: one resolved model, one openai client, all logged."""
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setenv("GIGAI_BASE_URL", llama_server)
    first = gigai.get_model("llamacpp")
    gigai.chat("Halo", provider="llamacpp", max_tokens=1, temperature=0)
    client = first.unwrap().client

    def ask(_):
        gigai.chat("Halo", provider="llamacpp", max_tokens=1, temperature=0)
        return gigai.get_model("llamacpp").unwrap().client

    with ThreadPoolExecutor(max_workers=3) as pool:
        clients = list(pool.map(ask, range(6)))
    assert all(c is client for c in clients)
    assert gigai.usage().summary()["per_provider"]["llamacpp"]["calls"] == 7
