"""gigai's embedded offline engine: deterministic, instant, honest. It is NOT a language model.

It answers from grounding found in the messages (see docs/ARCHITECTURE.md): ``[sumber: X] text`` lines
(optionally in a ``### Pengetahuan`` or ``<pengetahuan>`` block), a ``Nama:`` line for the persona and a
``Kontak admin:`` line. Every answer starts with "[mode offline]".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from gigai.llm import usage
from gigai.llm.base import Completion, Messages, Model
from gigai.llm.retrieval import BM25, soft_terms, tokenize

PREFIX = "[mode offline]"
MIN_COVERAGE = 0.6  # share of the question's distinct content words a passage must contain
_TAG = re.compile(r"^\s*[-*]?\s*\[sumber:\s*([^\]]+)\]\s*(.*)$", re.IGNORECASE)
_GREETING = re.compile(
    r"^\s*(halo+|hal+o|hai+|hi+|hello+|hey|pagi|siang|sore|malam|selamat (pagi|siang|sore|malam)|"
    r"assalamu.?alaikum|permisi|p|tes|test|ping)\b",
    re.IGNORECASE,
)
_IDENTITY = re.compile(
    r"(siapa\s+(kamu|anda|namamu|nama\s*(kamu|mu|anda)|ini)|(kamu|anda|ini)\s+siapa|"
    r"nama\s*(kamu|mu|anda)|namamu|who are you|your name|are you (an? )?(bot|ai|human|real|llm)|"
    r"(kamu|anda)\s+(itu\s+)?(bot|robot|ai|manusia|orang|chatgpt|gpt|llm))",
    re.IGNORECASE,
)
_THANKS = re.compile(r"\b(terima\s*kasih|makasih|makasi|trims|thanks|thank you|thx|tq|mksh)\b", re.IGNORECASE)
_NO_LLM = (
    "Saya mesin offline gigai, bukan LLM sungguhan, jadi belum bisa menjawab pertanyaan bebas. / "
    "I am gigai's offline engine, not a real LLM.\n"
    "Untuk jawaban AI sungguhan / for real AI answers: jalankan `gigai doctor`, atau isi "
    "GEMINI_API_KEY=... di file .env (gratis: https://aistudio.google.com/apikey), atau pakai "
    "GIGAI_PROVIDER=ollama jika Ollama terpasang di laptop."
)


@dataclass
class Grounding:
    """What the offline engine can use: persona lines, knowledge passages and the question."""

    name: str | None = None
    business: str | None = None
    admin: str | None = None
    passages: list[tuple[str, str]] = field(default_factory=list)  # (source, text)
    question: str = ""

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(s for s, _ in self.passages))


def _line_value(line: str, *keys: str) -> str | None:
    m = re.match(rf"^\s*[-*]?\s*(?:{'|'.join(keys)})\s*:\s*(.+)$", line, re.IGNORECASE)
    return m.group(1).strip() if m else None


def parse(messages: Messages) -> Grounding:
    """Collect persona and passages from every message; the question is the last user turn's own text."""
    g = Grounding()
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=-1)
    for i, msg in enumerate(messages):
        text = usage.text_of(msg.get("content"))
        own: list[str] = []
        in_block = joinable = False
        for line in text.splitlines():
            low = line.strip().lower()
            if low in ("### pengetahuan", "<pengetahuan>") or low.startswith("### pengetahuan"):
                in_block = True
                continue
            if low == "</pengetahuan>" or (in_block and low.startswith("### ")):
                in_block = False
                continue
            m = _TAG.match(line)
            if m:
                g.passages.append((m.group(1).strip(), m.group(2).strip()))
                joinable = in_block
                continue
            if in_block:
                # Untagged lines continue the passage above; after a blank line they start a new one.
                if not line.strip():
                    joinable = False
                elif g.passages and joinable:
                    src, prev = g.passages[-1]
                    g.passages[-1] = (src, f"{prev} {line.strip()}".strip())
                else:
                    src = g.passages[-1][0] if g.passages else "pengetahuan"
                    g.passages.append((src, line.strip()))
                    joinable = True
                continue
            if msg.get("role") == "system":
                g.name = g.name or _line_value(line, "nama", "name")
                g.admin = g.admin or _line_value(line, "kontak admin", "admin contact")
                g.business = g.business or _line_value(line, "bisnis", "usaha", "business")
            own.append(line)
        if i == last_user:
            g.question = "\n".join(own).strip()
    g.passages = [(s, t) for s, t in g.passages if t]
    return g


def _topics(g: Grounding) -> str:
    names = [re.sub(r"\.(md|txt|csv|json)$", "", s, flags=re.IGNORECASE) for s in g.sources]
    return ", ".join(names[:5])


def retrieve(g: Grounding, question: str, k: int = 3) -> list[tuple[str, str, float]]:
    """Best passages for ``question`` as (source, text, score); empty when nothing matches well enough."""
    query = tokenize(question)
    if not query or not g.passages:
        return []
    docs = [tokenize(f"{s} {t}") for s, t in g.passages]
    index = BM25(docs)
    soft = soft_terms(question)
    scores = index.scores(query)
    order = sorted(range(len(docs)), key=lambda i: (-scores[i], i))
    picked: list[tuple[str, str, float]] = []
    top = scores[order[0]] if order else 0.0
    for i in order[:k]:
        if scores[i] <= 0 or scores[i] < 0.6 * top or index.coverage(query, i, soft) < MIN_COVERAGE:
            continue
        picked.append((g.passages[i][0], g.passages[i][1], scores[i]))
    return picked


def answer(messages: Messages) -> str:
    """The offline engine's answer text (always starts with "[mode offline]")."""
    g = parse(messages)
    q = g.question
    who = g.name or "mesin offline gigai"
    words = tokenize(q)
    if _IDENTITY.search(q):
        biz = f", asisten virtual {g.business}" if g.business else ""
        return (
            f"{PREFIX} Saya {who}{biz}. Saat ini saya berjalan dalam mode offline: mesin jawaban sederhana "
            "milik gigai yang mencari jawaban di data yang tersedia, bukan model bahasa (LLM) sungguhan. / "
            "I am running in offline mode: a simple lookup engine, not a real LLM."
        )
    if _GREETING.search(q) and len(words) <= 1 and not retrieve(g, q):
        topics = f" Kamu bisa tanya tentang: {_topics(g)}." if g.passages else ""
        return f"{PREFIX} Halo! Saya {who}. Ada yang bisa saya bantu?{topics}"
    if _THANKS.search(q) and len(words) <= 2:
        return f"{PREFIX} Sama-sama! Ada lagi yang bisa saya bantu?"
    if not g.passages:
        return f"{PREFIX} {_NO_LLM}"
    hits = retrieve(g, q)
    if not hits:
        admin = (
            f" Silakan hubungi admin: {g.admin}."
            if g.admin
            else f" Coba tanyakan hal lain tentang: {_topics(g)}."
        )
        return (
            f"{PREFIX} Maaf, saya belum punya informasi tentang itu. / Sorry, I have no information about "
            f"that.{admin}"
        )
    body = "\n".join(text for _, text, _ in hits)
    sources = ", ".join(dict.fromkeys(src for src, _, _ in hits))
    return f"{PREFIX} {body}\n\nSumber: {sources}"


class OfflineEngine(Model):
    """The default model when no provider is configured. Used in: Lab 1, Lab 2, Lab 3."""

    provider = "offline"
    model_id = "gigai-offline"
    is_offline = True
    context_window = 8192

    @property
    def label(self) -> str:
        return "offline (mesin lokal gigai)"

    def complete(self, messages: Messages, **params: Any) -> Completion:
        text = answer(messages)
        max_tokens = params.get("max_tokens")
        if max_tokens:  # honour the limit roughly, like a real model would cut off
            text = text[: max(len(PREFIX) + 1, int(max_tokens) * 4)]
        used = usage.record(self.provider, self.model_id, messages, text)
        return Completion(
            text=text, provider=self.provider, model=self.model_id, usage=used, finish_reason="stop"
        )

    def stream(self, messages: Messages, **params: Any) -> Iterator[str]:
        text = self.complete(messages, **params).text
        yield from re.findall(r"\S+\s*|\s+", text)

    def structured(self, messages: Messages, schema: type) -> Any:
        """A schema-valid object built by heuristics from the prompt text (deterministic)."""
        from gigai.llm.structgen import generate

        text = "\n".join(usage.text_of(m.get("content")) for m in messages)
        obj = generate(schema, text)
        usage.record(self.provider, self.model_id, messages, obj.model_dump_json())
        return obj
