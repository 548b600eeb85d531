"""Test doubles for gigai Models: MockModel (queued replies, recorded calls) and GroundedFake.

GroundedFake follows the offline engine's convention (``[sumber: x] text`` lines, ``Nama:``,
``Kontak admin:``, answers start with "[mode offline]") so chatbot tests do not depend on the LLM layer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from gigai.llm.base import Completion, Model, Usage


class MockModel(Model):
    """Replies from a queue (or a default), records every call's messages."""

    provider = "mock"
    model_id = "mock-1"

    def __init__(self, replies=(), *, default="Baik, Kak.", delay: float = 0.0):
        self.replies = list(replies)
        self.default = default
        self.calls: list[list[dict]] = []
        self.delay = delay

    def complete(self, messages, **params) -> Completion:
        self.calls.append([dict(m) for m in messages])
        if self.delay:
            time.sleep(self.delay)
        text = self.replies.pop(0) if self.replies else self.default
        return Completion(text=text, provider=self.provider, model=self.model_id, usage=Usage(1, 1))


class OfflineMock(MockModel):
    """A MockModel that counts as the offline engine: the Chatbot keeps its topic gate in front of it."""

    provider = "offline"
    model_id = "offline-mock"
    is_offline = True


class GroundedFake(Model):
    """Answers with the first knowledge passage in the system prompt, like the offline engine would."""

    provider = "offline"
    model_id = "grounded-fake"
    is_offline = True

    def __init__(self, delay: float = 0.0):
        self.calls: list[list[dict]] = []
        self.delay = delay

    @property
    def label(self) -> str:
        return "offline (mesin lokal gigai)"

    def complete(self, messages, **params) -> Completion:
        self.calls.append([dict(m) for m in messages])
        if self.delay:
            time.sleep(self.delay)
        system = "\n".join(m["content"] for m in messages if m["role"] == "system")
        passages = re.findall(r"^\[sumber: ([^\]]+)\] (.+)$", system, re.M)
        name = re.search(r"^Nama: (.+)$", system, re.M)
        if passages:
            src, text = passages[0]
            body = f"{text} (sumber: {src})"
        else:
            body = f"Halo, saya {name.group(1) if name else 'asisten'}. Ada yang bisa dibantu?"
        return Completion(text=f"[mode offline] {body}", provider=self.provider, model=self.model_id)

    def stream(self, messages, **params) -> Iterator[str]:
        text = self.complete(messages).text
        for i, word in enumerate(text.split(" ")):
            yield word if i == 0 else " " + word
