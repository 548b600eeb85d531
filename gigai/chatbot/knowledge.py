"""What the bot knows: a business's facts from Markdown, a CSV/YAML FAQ or a dict, chunked and indexed.

Retrieval is BM25 (the ``bm25s`` library, imported lazily) over an Indonesian-aware tokenizer. Sections
marked internal (a heading with "internal", or a line starting ``internal:`` / ``catatan internal:``) are
kept apart: they are never indexed, never sent to a model, and the output filter uses them to catch leaks.
Lines in knowledge files that look like instructions to the bot are dropped: knowledge is data.

    kb = Knowledge.from_folder("assets/businesses/kopi-kita")
    kb.search("jam buka hari minggu", k=3)   # -> [Passage(source="tentang.md", score=...), ...]

Used in: Lab 3 (chatbot UMKM).
"""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gigai.errors import InputError

_WORD = re.compile(r"[0-9a-zA-ZÀ-ÿ]+")

INTERNAL_LINE = re.compile(r"^\s*(?:[-*]\s*)?(internal|catatan internal|internal note)\s*:", re.IGNORECASE)
_INTERNAL_HEADING = re.compile(r"\binternal\b|\brahasia\b|\bconfidential\b", re.IGNORECASE)
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def tokenize(text: str) -> list[str]:
    """The offline engine's Indonesian-aware tokenizer (one vocabulary for both): 'Harganya berapa?' -> ['harga']."""
    from gigai.llm.retrieval import tokenize as shared

    return shared(text)


@dataclass(frozen=True)
class Passage:
    """One chunk of knowledge and where it came from."""

    text: str
    source: str
    score: float = 0.0

    def __str__(self) -> str:
        return f"[sumber: {self.source}] {self.text}"


class Knowledge:
    """An indexed set of passages. Build with from_folder / from_faq / from_dict, query with search()."""

    def __init__(
        self,
        passages: Iterable[Passage | tuple[str, str] | str] = (),
        *,
        internal: Iterable[str] = (),
        warnings: Iterable[str] = (),
    ) -> None:
        items = []
        for p in passages:
            if isinstance(p, str):
                p = Passage(p, "teks")
            elif isinstance(p, tuple):
                p = Passage(p[1], p[0])
            if p.text.strip():
                items.append(Passage(" ".join(p.text.split()), p.source))
        self.passages: tuple[Passage, ...] = tuple(items)
        self.internal: tuple[str, ...] = tuple(s for s in internal if s.strip())
        self.warnings: tuple[str, ...] = tuple(warnings)
        self._tokens = [tokenize(p.text + " " + _source_words(p.source)) for p in self.passages]
        self.vocabulary = frozenset(t for toks in self._tokens for t in toks)
        self._index: Any = None
        self._lock = threading.Lock()

    # ----- builders -------------------------------------------------------------------------------
    @classmethod
    def from_folder(cls, path: str | Path) -> Knowledge:
        """Every *.md / *.txt file (chunked by heading) plus faq*.csv / faq*.yaml in ``path``."""
        folder = Path(path)
        if not folder.is_dir():
            raise InputError(
                "E052",
                "Folder pengetahuan tidak ditemukan.",
                "Knowledge folder not found.",
                hint="Periksa path foldernya.",
                value=str(path),
            )
        parts: list[Knowledge] = []
        for file in sorted(folder.iterdir()):
            name = file.name.lower()
            if name.startswith((".", "_")) or name in {"persona.yaml", "persona.yml", "readme.md"}:
                continue
            if file.suffix.lower() in {".md", ".txt"}:
                parts.append(cls.from_markdown(file.read_text(encoding="utf-8"), source=file.name))
            elif file.suffix.lower() in {".csv", ".yaml", ".yml"}:
                parts.append(cls.from_faq(file))
        return cls.merge(parts)

    @classmethod
    def from_markdown(cls, text: str, *, source: str = "teks.md", max_words: int = 90) -> Knowledge:
        """Chunk Markdown by heading, then by paragraph up to ``max_words``; each chunk keeps its heading."""
        passages, internal, warnings = [], [], []
        heading, level_internal, buf = "", None, []

        def flush() -> None:
            if buf:
                for chunk in _chunks(" ".join(buf), max_words):
                    passages.append(Passage(f"{heading}: {chunk}" if heading else chunk, source))
                buf.clear()

        for line in text.splitlines():
            m = _HEADING.match(line.strip())
            if m:
                flush()
                level = len(m.group(1))
                if level_internal is not None and level <= level_internal:
                    level_internal = None
                if level_internal is None and _INTERNAL_HEADING.search(m.group(2)):
                    level_internal = level
                heading = m.group(2).strip()
                continue
            if not line.strip():
                flush()
                continue
            if level_internal is not None or INTERNAL_LINE.match(line):
                internal.append(line.strip())
                continue
            from gigai.chatbot.guardrails import looks_like_injection

            if looks_like_injection(line):
                warnings.append(f"{source}: baris berisi instruksi diabaikan / instruction-like line dropped")
                continue
            buf.append(line.strip())
        flush()
        return cls(passages, internal=internal, warnings=warnings)

    @classmethod
    def from_faq(cls, path: str | Path) -> Knowledge:
        """A FAQ file: CSV with columns pertanyaan,jawaban (or question,answer), or YAML list of {q, a}."""
        path = Path(path)
        rows: list[Mapping[str, Any]]
        try:
            if path.suffix.lower() == ".csv":
                with path.open(encoding="utf-8-sig", newline="") as fh:
                    rows = list(csv.DictReader(fh))
            else:
                import yaml

                data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
                rows = data if isinstance(data, list) else [{"q": k, "a": v} for k, v in data.items()]
        except (OSError, csv.Error, ValueError) as exc:
            raise InputError(
                "E053",
                "File FAQ tidak bisa dibaca.",
                "The FAQ file cannot be read.",
                hint="CSV butuh kolom pertanyaan,jawaban.",
                value=str(path),
            ) from exc
        return cls._from_rows(rows, source=path.name)

    @classmethod
    def from_dict(cls, facts: Mapping[str, Any], *, source: str = "data") -> Knowledge:
        """``{"Jam buka": "08.00-22.00", "Wifi": "gratis"}`` -> one passage per key."""
        return cls._from_rows([{"q": k, "a": v} for k, v in facts.items()], source=source)

    @classmethod
    def _from_rows(cls, rows: Iterable[Mapping[str, Any]], *, source: str) -> Knowledge:
        from gigai.chatbot.guardrails import looks_like_injection

        passages, internal, warnings = [], [], []
        for row in rows:
            low = {str(k).strip().lower(): v for k, v in dict(row).items() if k is not None}
            q = str(_first(low, "pertanyaan", "question", "q", "tanya") or "").strip()
            a = str(_first(low, "jawaban", "answer", "a", "jawab") or "").strip()
            flag = str(low.get("internal", "")).strip().lower() in {"1", "ya", "yes", "true", "y"}
            text = f"{q} {a}".strip()
            if not text:
                continue
            if flag or INTERNAL_LINE.match(q) or INTERNAL_LINE.match(a) or _INTERNAL_HEADING.match(q):
                internal.append(text)
            elif looks_like_injection(text):
                warnings.append(f"{source}: baris berisi instruksi diabaikan / instruction-like row dropped")
            else:
                passages.append(Passage(text, source))
        return cls(passages, internal=internal, warnings=warnings)

    @classmethod
    def merge(cls, parts: Iterable[Knowledge]) -> Knowledge:
        parts = list(parts)
        return cls(
            [p for k in parts for p in k.passages],
            internal=[s for k in parts for s in k.internal],
            warnings=[w for k in parts for w in k.warnings],
        )

    def __add__(self, other: Knowledge) -> Knowledge:
        return Knowledge.merge([self, other])

    # ----- retrieval ------------------------------------------------------------------------------
    def _ensure_index(self) -> Any:
        if self._index is None and self.passages:
            from gigai._deps import require

            bm25s = require("bm25s")
            index = bm25s.BM25()
            # Empty token lists break the index; a placeholder keeps positions aligned.
            index.index([toks or ["_"] for toks in self._tokens], show_progress=False)
            self._index = index
        return self._index

    def search(self, query: str, k: int = 3) -> list[Passage]:
        """The ``k`` best passages for ``query`` (score > 0), best first."""
        terms = tokenize(query)
        if not self.passages or not terms:
            return []
        k = max(1, min(k, len(self.passages)))
        with self._lock:  # bm25s objects are not documented as thread-safe; retrieval is ~1 ms
            index = self._ensure_index()
            docs, scores = index.retrieve([terms], k=k, show_progress=False)
        out = []
        for i, score in zip(docs[0], scores[0]):
            if float(score) > 0:
                p = self.passages[int(i)]
                out.append(Passage(p.text, p.source, round(float(score), 4)))
        return out

    def coverage(self, query: str, passages: Iterable[Passage] | None = None) -> float:
        """Share of the query's content words found in the knowledge (0..1); with ``passages``: the best
        share found inside one of them. Unlike a BM25 score this does not depend on the corpus size."""
        from gigai.llm.retrieval import soft_terms

        terms = set(tokenize(query))
        if not terms:
            return 0.0
        # Words folded from question words ("berapa" -> harga) count only where they match, as in the
        # offline engine: "jam berapa buka?" is about opening hours, not prices.
        soft = soft_terms(query)

        def share(words: set[str]) -> float:
            asked = {t for t in terms if t not in soft or t in words}
            return len(asked & words) / len(asked) if asked else 0.0

        if passages is None:
            return share(self.vocabulary)
        return max((share(set(tokenize(p.text + " " + _source_words(p.source)))) for p in passages), default=0.0)

    @property
    def sources(self) -> list[str]:
        return sorted({p.source for p in self.passages})

    def __len__(self) -> int:
        return len(self.passages)

    def __iter__(self):
        return iter(self.passages)

    def __repr__(self) -> str:
        return f"<Knowledge {len(self)} passages from {', '.join(self.sources) or '-'}>"

    def _repr_markdown_(self) -> str:
        rows = "\n".join(
            f"- `{s}`: {sum(p.source == s for p in self.passages)} potongan" for s in self.sources
        )
        return f"**Pengetahuan**: {len(self)} potongan teks\n\n{rows}"


def _first(row: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if row.get(key):
            return row[key]
    return None


def _source_words(source: str) -> str:
    return re.sub(r"\.(md|txt|csv|ya?ml)$", "", source).replace("-", " ").replace("_", " ")


def _chunks(text: str, max_words: int) -> list[str]:
    words = text.split()
    if len(words) <= max_words:
        return [text]
    # Split on sentence ends so a price never gets cut from its item.
    sentences = re.split(r"(?<=[.!?])\s+", text)
    chunks, cur = [], []
    for s in sentences:
        if cur and len(" ".join(cur + [s]).split()) > max_words:
            chunks.append(" ".join(cur))
            cur = []
        cur.append(s)
    if cur:
        chunks.append(" ".join(cur))
    return chunks
