"""Bounded chat memory: keep the newest turns that fit a token budget; the system prompt is never trimmed.

    trim_history(history, max_tokens=2000) -> a NEW list (the caller's list is left alone)

Used in: Lab 3 (chatbot UMKM).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

# Appended to displayed answers by the app; stripped again before history goes back to the model.
SOURCES_MARK = "\n\n📎 Sumber:"


def count_tokens(text: str) -> int:
    """A rough, dependency-free token estimate (~1.3 tokens per Indonesian word, 1 per 4 chars)."""
    words = len(re.findall(r"\w+|[^\w\s]", text))
    return max(len(text) // 4, int(words * 1.3)) + 1


def clean_history(history: Iterable[Mapping[str, Any]] | None) -> list[dict[str, str]]:
    """Copy a Gradio/OpenAI history into plain {"role","content"} text turns (drops system and tool turns)."""
    out = []
    for msg in history or ():
        role = msg.get("role")
        content = msg.get("content")
        if role not in ("user", "assistant") or not isinstance(content, str) or not content.strip():
            continue
        if role == "assistant" and SOURCES_MARK in content:
            content = content.split(SOURCES_MARK, 1)[0]
        out.append({"role": role, "content": content})
    return out


def trim_history(history: Iterable[Mapping[str, Any]] | None, max_tokens: int = 2000) -> list[dict[str, str]]:
    """Newest turns whose total fits ``max_tokens``; drops oldest first, and never starts on an assistant turn."""
    turns = clean_history(history)
    kept: list[dict[str, str]] = []
    total = 0
    for msg in reversed(turns):
        cost = count_tokens(msg["content"]) + 4
        if total + cost > max_tokens:
            break
        kept.append(msg)
        total += cost
    kept.reverse()
    while kept and kept[0]["role"] == "assistant":
        kept.pop(0)
    return kept
