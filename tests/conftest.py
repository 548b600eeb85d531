"""Shared fixtures: every test runs with no key, no .env, its own gigai home, offline by default."""

from __future__ import annotations

import os

import pytest

# Provider key variables and gigai settings that must never leak from the developer's shell into a test.
_SCRUB_PREFIXES = ("GIGAI_",)
_SCRUB_NAMES = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "GROQ_API_KEY",
    "OPENROUTER_API_KEY",
    "OLLAMA_HOST",
    "LLAMACPP_BASE_URL",
    "HF_TOKEN",
)

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    for name in list(os.environ):
        if name.startswith(_SCRUB_PREFIXES) or name in _SCRUB_NAMES:
            monkeypatch.delenv(name, raising=False)
    home = tmp_path / "gigai-home"
    monkeypatch.setenv("GIGAI_HOME", str(home))
    # Never find a running Ollama on the developer's machine during unit tests.
    monkeypatch.setenv("GIGAI_NO_OLLAMA_PROBE", "1")
    monkeypatch.chdir(tmp_path)
    try:
        from gigai import config

        config.clear_cache()
    except ImportError:
        pass
    yield


pytest_plugins = ["tests.servers"]


def pytest_collection_modifyitems(config, items):
    """A test that needs the real llama.cpp server (directly or through another fixture) is marked ``llama``,
    so ``make check`` can leave it out without anyone remembering to mark it."""
    for item in items:
        if "llama_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.llama)
