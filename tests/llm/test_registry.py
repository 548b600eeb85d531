"""Provider selection order, presets as data, readiness with masked keys."""

from __future__ import annotations

import json

import pytest

import gigai
from gigai import config
from gigai.llm import registry
from tests.llm.conftest import SECRET


def test_presets_have_required_fields():
    table = registry.presets()
    assert {
        "offline",
        "openai",
        "gemini",
        "groq",
        "openrouter",
        "ollama",
        "llamacpp",
        "gateway",
        "replay",
    } <= set(table)
    for row in table.values():
        assert row["kind"] in ("openai_compatible", "offline", "replay")
        assert "description" in row and "signup" in row and "context_window" in row
    assert table["gemini"]["key_env"] == ["GEMINI_API_KEY", "GOOGLE_API_KEY"]
    assert table["gemini"]["base_url"] == "https://generativelanguage.googleapis.com/v1beta/openai/"


def test_default_is_offline_without_keys():
    assert registry.choose() == ("offline", None)
    assert gigai.get_model().is_offline


def test_first_key_found_wins(monkeypatch):
    monkeypatch.setenv("GROQ_API_KEY", "gsk_abc")
    assert registry.choose()[0] == "groq"
    monkeypatch.setenv("GOOGLE_API_KEY", "AIza-xyz")  # gemini's second variable name
    assert registry.choose()[0] == "gemini"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-1")
    assert registry.choose()[0] == "openai"


def test_env_provider_beats_keys_and_explicit_beats_env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-1")
    monkeypatch.setenv("GIGAI_PROVIDER", "offline")
    assert registry.choose()[0] == "offline"
    assert registry.choose("replay")[0] == "replay"


def test_dotenv_key_is_found(tmp_path):
    (tmp_path / ".env").write_text("GROQ_API_KEY=gsk_from_dotenv\n")
    config.clear_cache()
    assert registry.choose()[0] == "groq"
    model = registry.resolve()
    assert model.provider == "groq" and model.model_id == "llama-3.1-8b-instant"


def test_gateway_needs_base_url(monkeypatch):
    monkeypatch.setenv("GIGAI_API_KEY", "gw-token-1234567890")
    assert registry.choose()[0] == "offline"  # key alone is not enough
    monkeypatch.setenv("GIGAI_BASE_URL", "http://10.0.0.2:8000/v1")
    assert registry.choose()[0] == "gateway"
    assert registry.resolve().base_url == "http://10.0.0.2:8000/v1"


def test_unknown_provider_lists_valid_names():
    with pytest.raises(gigai.ConfigError) as info:
        registry.resolve("chatgpt")
    assert "gemini" in str(info.value) and "offline" in str(info.value)
    assert info.value.value == "chatgpt"


def test_missing_key_for_explicit_provider_says_what_to_do():
    with pytest.raises(gigai.ConfigError) as info:
        gigai.get_model("gemini")
    assert "GEMINI_API_KEY" in str(info.value)


def test_model_override(monkeypatch):
    monkeypatch.setenv("GROQ_API_KEY", "gsk_abc")
    assert registry.resolve(model="llama-3.3-70b-versatile").model_id == "llama-3.3-70b-versatile"
    monkeypatch.setenv("GIGAI_MODEL", "llama-3.3-70b-versatle")  # a typo names the closest valid model
    with pytest.raises(gigai.ConfigError) as info:
        registry.resolve()
    assert info.value.code == "E017" and "llama-3.3-70b-versatile" in str(info.value)
    monkeypatch.setenv("GIGAI_MODEL", "other")
    config.home().mkdir(parents=True, exist_ok=True)  # a new model becomes valid as data, priced
    (config.home() / "providers.json").write_text(
        json.dumps([{"name": "groq", "models": {"other": {"price_in": 1.0, "price_out": 2.0}}}])
    )
    assert registry.resolve().model_id == "other"
    assert registry.model_price("groq", "other") == (1.0, 2.0)
    assert registry.model_price("groq", "llama-3.1-8b-instant") == (0.05, 0.08)  # built-in rows kept


def test_local_presets_need_no_key(monkeypatch):
    assert registry.resolve("ollama").base_url == "http://localhost:11434/v1"
    monkeypatch.setenv("LLAMACPP_BASE_URL", "http://127.0.0.1:9999/v1")
    assert registry.resolve("llamacpp").base_url == "http://127.0.0.1:9999/v1"
    monkeypatch.setenv("OLLAMA_HOST", "192.168.1.5:11434")
    assert registry.resolve("ollama").base_url == "http://192.168.1.5:11434/v1"


def test_ollama_probe(monkeypatch):
    monkeypatch.delenv("GIGAI_NO_OLLAMA_PROBE")
    monkeypatch.setattr(registry, "_probe_ollama", lambda row: ["qwen2.5:1.5b"])
    assert registry.choose() == ("ollama", "qwen2.5:1.5b")
    monkeypatch.setenv("GIGAI_NO_OLLAMA_PROBE", "1")
    monkeypatch.undo()


def test_ollama_probe_is_skipped_by_env(monkeypatch):
    called = []
    monkeypatch.setattr("urllib.request.urlopen", lambda *a, **k: called.append(a))
    assert registry._probe_ollama(registry.presets()["ollama"]) is None and called == []


def test_user_providers_json_is_merged(tmp_path):
    row = {
        "name": "kampus",
        "base_url": "http://10.1.1.1:8000/v1",
        "key_env": ["KAMPUS_KEY"],
        "default_model": "qwen",
        "description": "Server kampus",
        "signup": "tanya dosen",
    }
    (config.home() / "providers.json").write_text(json.dumps({"presets": [row]}))
    assert registry.presets()["kampus"]["kind"] == "openai_compatible"
    assert "kampus" in [r["name"] for r in gigai.providers()]


def test_providers_show_masked_keys_only(monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", SECRET)
    rows = {r["name"]: r for r in gigai.providers()}
    assert rows["gemini"]["key_found"] and rows["gemini"]["selected"]
    assert SECRET not in json.dumps(list(rows.values()))
    assert SECRET not in gigai.providers()._repr_markdown_()
    assert rows["gemini"]["key"].endswith(SECRET[-4:])
    assert rows["openai"]["key_found"] is False
    assert rows["offline"]["ready"].startswith("ya")


def test_missing_key_hint_is_the_fix_itself_with_the_signup_link():
    with pytest.raises(gigai.ConfigError) as info:
        gigai.get_model("gemini")
    assert info.value.code == "E012" and "doctor" not in info.value.hint
    assert info.value.hint == (
        "set GEMINI_API_KEY=... di file .env  (kunci dari / get a key at: https://aistudio.google.com/apikey)"
    )
    with pytest.raises(gigai.ConfigError) as info:
        gigai.get_model("groq")
    assert "GROQ_API_KEY=..." in info.value.hint and "https://console.groq.com/keys" in info.value.hint


@pytest.mark.parametrize(("typed", "meant"), [("gemni", "gemini"), ("Groq ", "groq"), ("olama", "ollama")])
def test_unknown_provider_names_the_closest(monkeypatch, typed, meant):
    with pytest.raises(gigai.ConfigError) as info:
        registry.resolve(typed)
    assert info.value.code == "E011" and f"'{meant}'" in str(info.value)
    assert info.value.hint.startswith(f"GIGAI_PROVIDER={meant}")
    monkeypatch.setenv("GIGAI_PROVIDER", typed)  # the same from .env
    with pytest.raises(gigai.ConfigError) as info:
        registry.resolve()
    assert f"'{meant}'" in str(info.value)


def test_free_tier_rates_are_in_the_catalogue():
    rows = registry.presets()
    assert {n: rows[n].get("free_rpm") for n in ("gemini", "groq", "openrouter")} == {
        "gemini": 10, "groq": 30, "openrouter": 20,
    }  # fmt: skip
    assert "free_rpm" in json.loads(
        (__import__("importlib").resources.files("gigai.llm") / "presets.json").read_text(encoding="utf-8")
    )["_about"]


def test_providers_table_speaks_one_language(monkeypatch):
    # A participant's notebook: Indonesian only, no "ya / yes" pairs; a foreign trainer sets GIGAI_LANG=en.
    monkeypatch.delenv("GIGAI_LANG", raising=False)
    monkeypatch.setenv("GROQ_API_KEY", "gsk_" + "x" * 40)
    table = gigai.providers()
    md = table._repr_markdown_()
    rows = {r["name"]: r for r in table}
    assert rows["offline"]["ready"] == "ya" and rows["openai"]["ready"] == "belum ada kunci"
    assert " / yes" not in md and "ready" not in md and "no key" not in md and "empty" not in md, md
    assert "siap?" in md and "gratis" in md and "(kosong)" in md
    monkeypatch.setenv("GIGAI_LANG", "en")
    en = gigai.providers()._repr_markdown_()
    assert "ready?" in en and "| yes |" in en and "no key" in en and "belum" not in en and "gratis" not in en
