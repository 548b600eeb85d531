"""What the Chatbot returns: an Answer (a ``str`` that carries its sources, who answered, and why it was
declined or handed off), and the sources an answer names itself.

Used in: Lab 3 (chatbot UMKM), Lab 5 (app).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gigai.chatbot.knowledge import Passage


class Answer(str):
    """An answer that behaves like ``str`` and carries where it came from."""

    text: str
    sources: tuple[str, ...]
    passages: tuple[Passage, ...]
    provider: str
    model: str
    notice: str | None
    declined: bool
    handoff: bool
    reason: str
    done: bool

    def __new__(
        cls,
        text: str,
        *,
        sources=(),
        passages=(),
        provider: str = "",
        model: str = "",
        notice: str | None = None,
        declined: bool = False,
        handoff: bool = False,
        reason: str = "",
        done: bool = True,
    ) -> Answer:
        self = super().__new__(cls, text)
        self.text = str(text)
        self.sources = tuple(sources)
        self.passages = tuple(passages)
        self.provider, self.model, self.notice = provider, model, notice
        self.declined, self.handoff, self.reason, self.done = declined, handoff, reason, done
        return self

    def with_sources(self) -> str:
        """The text plus a 'Sumber:' line (what the app shows)."""
        from gigai.chatbot.memory import SOURCES_MARK

        if not self.sources or _cited_sources(self.text, self.sources):
            return self.text  # the answer already names its sources (the offline engine always does)
        return self.text + f"{SOURCES_MARK} " + ", ".join(self.sources)

    def _repr_markdown_(self) -> str:
        md = self.text
        if self.sources:
            md += "\n\n**Sumber:** " + ", ".join(f"`{s}`" for s in self.sources)
        flags = [
            f for f, on in (("ditolak/declined", self.declined), ("ke admin/handoff", self.handoff)) if on
        ]
        md += f"\n\n<sub>{self.provider or '?'} · {self.model or '?'}{' · ' + ', '.join(flags) if flags else ''}</sub>"
        return md


@dataclass(frozen=True)
class _Answerer:
    """Who produced an answer: the Completion's provider and model (a fallback's, when one answered)."""

    provider: str
    model_id: str


def _cited_sources(text: str, known: tuple[str, ...], *, inline: bool = False) -> tuple[str, ...]:
    """Sources an answer names itself in a last 'Sumber: a, b' line (``inline``: also '[sumber: a]' /
    '(sumber: a)' tags anywhere), kept only if they were given to the model."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    named: list[str] = []
    if lines and re.match(r"^\W*(sumber|sources?)\s*:", lines[-1], re.IGNORECASE):
        named += [
            part.strip(" .`*[]()") for part in re.split(r"[,;]|\bdan\b|\band\b", lines[-1].split(":", 1)[1])
        ]
    if inline:
        named += [
            m.strip(" .`*") for m in re.findall(r"[\[(]\s*(?:sumber|source)\s*:\s*([^\])]+)[\])]", text, re.I)
        ]
    return tuple(name for name in dict.fromkeys(named) if name in known)
