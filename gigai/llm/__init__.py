"""The LLM layer: the provider catalogue (registry + presets.json), one OpenAI-compatible client per resolved
model, the offline engine, replay and usage. ``registry.resolve`` wraps every model (wrappers.py) so each
caller gets parameter checks, usage in rupiah, recording and fallback to offline for free.

Public helpers load lazily: ``gigai.llm.recording``, ``gigai.llm.complete``, ``gigai.llm.OfflineEngine``, ...
"""

from __future__ import annotations

from typing import Any

_LAZY = {
    "chat": "gigai.llm.api",
    "stream": "gigai.llm.api",
    "structured": "gigai.llm.api",
    "complete": "gigai.llm.api",
    "get_model": "gigai.llm.api",
    "langchain_model": "gigai.llm.api",
    "trim": "gigai.llm.api",
    "GigaiNotice": "gigai.llm.api",
    "UsageLog": "gigai.llm.usage",
    "providers": "gigai.llm.registry",
    "presets": "gigai.llm.registry",
    "resolve": "gigai.llm.registry",
    "recording": "gigai.llm.replay",
    "ReplayModel": "gigai.llm.replay",
    "OfflineEngine": "gigai.offline.engine",
    "OpenAICompatible": "gigai.llm.openai_compat",
    "Model": "gigai.llm.base",
    "Completion": "gigai.llm.base",
    "Usage": "gigai.llm.base",
    "Schema": "gigai.llm.schemas",
    "GigaiChatModel": "gigai.llm.lc",
}
__all__ = list(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gigai.llm' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
