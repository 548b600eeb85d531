"""The ordered list of upstreams on the command line: every entry a catalogue row, nothing guessed."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from gigai.errors import ConfigError
from gigai.trainer.gateway.cli import gateway_app
from gigai.trainer.gateway.upstreams import parse_spec, resolve_chain


def test_chain_from_repeated_upstream_options(monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", "AIza-test-000000000000")
    chain = resolve_chain(["gemini", "ollama,model=qwen2.5:3b", "llamacpp,url=http://127.0.0.1:8081/v1"])
    assert [u.provider for u in chain] == ["gemini", "ollama", "llamacpp"]
    assert chain[0].model is None and chain[0].key == "AIza-test-000000000000" and not chain[0].local
    assert chain[1].model == "qwen2.5:3b" and chain[1].key is None and chain[1].local
    assert chain[2].base_url == "http://127.0.0.1:8081/v1" and chain[2].model == "local"  # the row's default


def test_spec_keys_are_checked():
    assert parse_spec("https://host/v1,model=x") == ("https://host/v1", {"model": "x"})
    for bad in ["ollama,modle=qwen", "ollama,model", "ollama,model=", ",url=http://x/v1"]:
        with pytest.raises(ConfigError) as exc:
            parse_spec(bad)
        assert exc.value.code == "E304"


def test_chain_refuses_unknown_rows_models_and_repeats(monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", "AIza-test-000000000000")
    with pytest.raises(ConfigError) as exc:
        resolve_chain(["gemini", "gemini"])
    assert exc.value.code == "E305"
    with pytest.raises(ConfigError):
        resolve_chain(["gemini", "olama"])  # a typo is not a provider
    with pytest.raises(ConfigError):
        resolve_chain(["gemini", "groq,model=llama-9000"])  # not in groq's price list


def test_serve_rejects_a_bad_chain_before_starting():
    r = CliRunner().invoke(gateway_app, ["serve", "--upstream", "http://127.0.0.1:9/v1", "--price-as", "openai",
                                         "--upstream", "llamacpp,port=8080"])  # fmt: skip
    assert r.exit_code == 1 and "E304" in r.output
    r = CliRunner().invoke(gateway_app, ["serve", "--upstream", "http://127.0.0.1:9/v1", "--price-as", "openai",
                                         "--first-byte", "90", "--answer-timeout", "45"])  # fmt: skip
    assert r.exit_code == 1 and "E306" in r.output
