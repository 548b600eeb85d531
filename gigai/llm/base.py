"""The contract every provider implements: a Model turns chat messages into text, whole or streamed.

Messages are plain dicts ``{"role": "system"|"user"|"assistant", "content": str}`` (the OpenAI shape,
the same shape Gradio 6 uses for history). Models never mutate the list they are given.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Messages = list[dict[str, Any]]


class GigaiNotice(UserWarning):
    """A visible, non-fatal notice (history trimmed, fell back to offline)."""


def estimate_tokens(text: str) -> int:
    """Rough token count (~4 characters per token) for providers that do not report usage."""
    return math.ceil(len(text) / 4) if text else 0


def estimate_messages(messages: list[dict[str, Any]]) -> int:
    return sum(estimate_tokens(text_of(m.get("content"))) + 4 for m in messages)


def text_of(content: Any) -> str:
    """Plain text of a message content (str or a list of OpenAI content parts)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return str(content)


@dataclass
class Usage:
    """Tokens of one call and what they cost (0.0 for free/offline presets)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    cost_idr: float = 0.0
    estimated: bool = False  # True when counted by gigai rather than reported by the provider
    billed_idr: float | None = None  # rupiah a server says it booked for this call (the room gateway does)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class Completion:
    """One finished answer: the text plus who made it and what it cost."""

    text: str
    provider: str
    model: str
    usage: Usage = field(default_factory=Usage)
    finish_reason: str | None = None
    notice: str | None = None  # e.g. "[mode offline] provider gagal, jawaban dari mesin offline"
    raw: Any = None

    def __str__(self) -> str:
        return self.text


class Model(ABC):
    """A ready-to-call model on one provider preset. Subclasses: OpenAICompatible, OfflineEngine, Replay."""

    provider: str = "?"
    model_id: str = "?"
    is_offline: bool = False  # True for the embedded engine (and replay served from cassettes)

    @property
    def label(self) -> str:
        """Short badge shown in apps and notebooks, e.g. 'offline (mesin lokal gigai)' or 'groq · llama-3.1-8b'."""
        return f"{self.provider} · {self.model_id}"

    @abstractmethod
    def complete(self, messages: Messages, **params: Any) -> Completion:
        """Answer ``messages``. params: temperature, max_tokens, response_format, tools, ..."""

    def stream(self, messages: Messages, **params: Any) -> Iterator[str]:
        """Yield text chunks (the text parts of :meth:`events`)."""
        for event in self.events(messages, **params):
            if isinstance(event, str):
                yield event

    def events(self, messages: Messages, **params: Any) -> Iterator[str | Completion]:
        """Text chunks, then ONE final Completion (tokens, notice), so wrappers can account a stream.

        The default streams a subclass's own ``stream()`` (token counts estimated), or else a finished
        ``complete()`` word by word.
        """
        if type(self).stream is not Model.stream:
            parts: list[str] = []
            for piece in self.stream(messages, **params):
                parts.append(piece)
                yield piece
            text = "".join(parts)
            used = Usage(estimate_messages(messages), estimate_tokens(text), estimated=True)
            yield Completion(text, self.provider, self.model_id, used, finish_reason="stop")
            return
        comp = self.complete(messages, **params)
        for i, word in enumerate(comp.text.split(" ")):
            yield word if i == 0 else " " + word
        yield comp

    def structured(self, messages: Messages, schema: Any, **params: Any) -> Any:
        """A validated object for ``schema`` (pydantic v2/v1 class, TypedDict or JSON-schema dict).

        The default asks for JSON through ``self.complete`` and repairs once (gigai/llm/schemas.py).
        """
        from gigai.llm.schemas import prompt_and_repair

        return prompt_and_repair(self, messages, schema, **params)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.label}>"
