"""What the bot knows: a business's facts from Markdown, a CSV/YAML FAQ or a dict, chunked and indexed.

Retrieval ranks passages by how much of the question they answer (idf-weighted coverage), then the kind of value
asked for, focus and the density of the asked words (one function: ``Index.score``), over
the offline engine's Indonesian-aware vocabulary (gigai.offline.retrieval). Internal notes are held back and
listed in ``warnings``, however they are written (gigai.offline.notes: "## Catatan internal", "note buat admin,
jgn dikasih tau ke customer: ...", "psst khusus kita aja", "(rahasia)", a line with the cost price or a PIN),
as are an FAQ row marked so and every file whose name says so (``internal.md``, ``catatan-admin.txt``).
They are never indexed, never sent to a model, never exported (``Knowledge.public()``), and the output filter
uses them to catch leaks. Lines in knowledge files that look like instructions to the bot are dropped:
knowledge is data.

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
from gigai.offline import notes

_WORD = re.compile(r"[0-9a-zA-ZÀ-ÿ]+")

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BOLD_HEADING = re.compile(r"^\s*(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)\s*:?\s*$")


def is_internal(line: str) -> bool:
    """True for a line that marks itself as not for customers (see gigai.offline.notes)."""
    return notes.is_internal(line)


def tokenize(text: str) -> list[str]:
    """The offline engine's Indonesian-aware tokenizer (one vocabulary for both): 'Harganya berapa?' -> ['harga']."""
    from gigai.offline.retrieval import tokenize as shared

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
        items, internal, warnings = [], [s for s in internal if s and s.strip()], list(warnings)
        for p in passages:
            if isinstance(p, str):
                p = Passage(p, "teks")
            elif isinstance(p, tuple):
                p = Passage(p[1], p[0])
            # However the passage was made (a dict, a list of strings), a note in it never becomes knowledge.
            text, held = notes.split_notes(p.text)
            for note in held:
                internal.append(note)
                warnings.append(_held_warning(p.source, note))
            if text.strip():
                items.append(Passage(" ".join(text.split()), p.source))
        self.passages: tuple[Passage, ...] = tuple(items)
        self.internal: tuple[str, ...] = tuple(dict.fromkeys(internal))
        self.warnings: tuple[str, ...] = tuple(warnings)
        from gigai.offline.retrieval import doc_terms

        self._tokens = [doc_terms(p.text, _source_words(p.source)) for p in self.passages]
        self.vocabulary = frozenset(t for toks in self._tokens for t in toks)
        self._index: Any = None
        self._lock = threading.Lock()

    # ----- builders -------------------------------------------------------------------------------
    @classmethod
    def from_folder(cls, path: str | Path) -> Knowledge:
        """Every *.md / *.txt file (chunked by heading) plus faq*.csv / faq*.yaml in ``path``.

        A file whose name says it is private (``internal.md``, ``catatan-admin.txt``, ``rahasia.md``) is held
        back whole."""
        folder = Path(path)
        if not folder.is_dir():
            raise InputError(
                "E091",
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
            if file.suffix.lower() in {".md", ".txt", ".csv", ".yaml", ".yml"} and notes.is_private_title(
                re.sub(r"[-_.]+", " ", file.stem)
            ):
                text = file.read_text(encoding="utf-8")
                parts.append(cls(internal=[text], warnings=[_held_warning(file.name, text)]))
                continue
            if file.suffix.lower() in {".md", ".txt"}:
                parts.append(cls.from_markdown(file.read_text(encoding="utf-8"), source=file.name))
            elif file.suffix.lower() in {".csv", ".yaml", ".yml"}:
                parts.append(cls.from_faq(file))
        return cls.merge(parts)

    @classmethod
    def from_markdown(cls, text: str, *, source: str = "teks.md", max_words: int = 90) -> Knowledge:
        """Chunk Markdown by heading into passages of whole facts (sentences, list items, table rows, Q/A).

        Internal notes are held back: a heading or bold heading that says so (``## Khusus staf``), and a
        labelled line (``**Internal:** ...``, ``Catatan internal (jangan dibagikan):``) with the rest of its
        paragraph. ``warnings`` lists what was held back.
        """
        from gigai.chatbot.guardrails import looks_like_injection

        public, internal = notes.split_notes(text)
        warnings = [_held_warning(source, note) for note in internal]
        passages: list[Passage] = []
        heading, section = "", []

        def flush() -> None:
            if section:
                for label, chunk in _fact_chunks("\n".join(section), source, max_words):
                    # A bold label ("**Harga membership**") heads its own facts, with the section heading.
                    title = " ".join(t for t in (heading, label) if t)
                    title = title if len(title) <= 48 else (label if 2 <= len(label) <= 48 else heading)
                    passages.append(Passage(f"{title}: {chunk}" if title else chunk, source))
                section.clear()

        for raw in public.splitlines():
            line = raw.strip()
            m = _HEADING.match(line) or _BOLD_HEADING.match(line)
            if m:
                flush()
                if m.re is _HEADING:
                    heading = m.group(2).strip()
                else:
                    section.append(raw)
                continue
            if line and looks_like_injection(line):
                warnings.append(f"{source}: baris berisi instruksi diabaikan / instruction-like line dropped")
                continue
            section.append(raw)
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
                    table = [r for r in csv.reader(fh) if any(c.strip() for c in r)]
                head = [c.strip() for c in table[0]] if table else []
                rows = [dict(zip(head, _fit_row(r, head))) for r in table[1:]]
            else:
                import yaml

                data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
                rows = data if isinstance(data, list) else [{"q": k, "a": v} for k, v in data.items()]
        except (OSError, csv.Error, ValueError) as exc:
            raise InputError(
                "E092",
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
            a_public, a_notes = notes.split_notes(a)
            if flag or is_internal(q) or notes.is_private_title(q) or (a_notes and not a_public.strip()):
                internal.append(text)
                warnings.append(_held_warning(source, text))
            elif a_notes:  # the answer is public up to a note ("... Jangan bilang ke customer: ...")
                internal.extend(a_notes)
                warnings.extend(_held_warning(source, n) for n in a_notes)
                passages.append(Passage(f"{q} {a_public}".strip(), source))
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
        with self._lock:
            if self._index is None:
                from gigai.offline.retrieval import Index

                self._index = Index.of_texts(
                    [p.text for p in self.passages], [_source_words(p.source) for p in self.passages]
                )
        return self._index

    def public(self) -> Knowledge:
        """Only what customers may see (no internal notes): what a deployed bot exports."""
        return Knowledge(self.passages, warnings=self.warnings)

    @property
    def held_back(self) -> tuple[str, ...]:
        """Internal notes kept out of passages (never sent to a model, never exported)."""
        return self.internal

    def search(self, query: str, k: int = 3, *, generic: Iterable[str] = ()) -> list[Passage]:
        """The ``k`` best passages for ``query``, best first: most of the question answered, then ``Index.score``'s tie-breaks.

        ``generic`` words (the business's own name) count only where they match, like question words.
        """
        from gigai.offline.retrieval import query as make_query

        q = make_query(query, generic=generic)
        if not self.passages or not q:
            return []
        out = []
        for i, _cov, score in self._ensure_index().rank(q, query)[: max(1, k)]:
            p = self.passages[i]
            out.append(Passage(p.text, p.source, round(float(score), 4)))
        return out

    def coverage(
        self, query: str, passages: Iterable[Passage] | None = None, *, generic: Iterable[str] = ()
    ) -> float:
        """idf-weighted share of what the query asks that the knowledge answers (0..1); with ``passages``:
        the best share inside one of them. Unlike a BM25 score this does not depend on the corpus size.
        Question words ("berapa", "kapan") count only where they match: "jam berapa buka?" is about hours."""
        from gigai.offline.retrieval import Index, doc_terms
        from gigai.offline.retrieval import query as make_query

        q = make_query(query, generic=generic)
        if not q or not self.passages:
            return 0.0
        index = self._ensure_index()
        q = index.resolve(q)
        if passages is None:
            docs = [list(self.vocabulary)]
        else:
            docs = [doc_terms(p.text, _source_words(p.source)) for p in passages]
        if not docs:
            return 0.0
        best = 0.0
        for doc in docs:
            probe = Index([doc])
            probe.df, probe.n = index.df, index.n  # weights from the whole knowledge, not one passage
            best = max(best, probe.coverage(q, 0))
        return best

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


def _fit_row(cells: list[str], head: list[str]) -> list[str]:
    """A CSV row with more cells than the header had unquoted commas in its text (written by hand, not by a
    spreadsheet): the question takes cells up to the one ending in "?" and the answer the rest of the overflow,
    joined back with ", ", so nothing after a comma is lost."""
    extra = len(cells) - len(head)
    if extra <= 0:
        return cells
    low = [h.lower() for h in head]
    qi = next((i for i, h in enumerate(low) if h in {"pertanyaan", "question", "q", "tanya"}), None)
    ai = next((i for i, h in enumerate(low) if h in {"jawaban", "answer", "a", "jawab"}), len(head) - 1)
    cells, free = list(cells), extra
    if qi is not None and qi < ai:
        end = next((j for j in range(qi, qi + extra + 1) if cells[j].rstrip().endswith("?")), qi)
        cells[qi : end + 1] = [", ".join(c.strip() for c in cells[qi : end + 1])]
        free -= end - qi
    cells[ai : ai + free + 1] = [", ".join(c.strip() for c in cells[ai : ai + free + 1])]
    return cells


def _first(row: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if row.get(key):
            return row[key]
    return None


def _held_warning(source: str, note: str) -> str:
    return f"{source}: catatan internal ditahan / internal note held back: {_snippet(note)}"


def _snippet(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= n else text[: n - 1] + "…")


_LABEL_LINE = re.compile(
    r"^\s*(?:(?:\*\*|__|\*)([^*_]{2,60})(?:\*\*|__|\*)|([^\d:|*]{2,50}))\s*:?\s*$"
    r"|^\s*(?:\*\*|__)([^*_]{2,40})(?:\*\*|__)\s*\("  # "**Kelas grup** (gratis ...)" heads its list too
)


def _fact_chunks(text: str, source: str, max_words: int) -> list[tuple[str, str]]:
    """(label, chunk): whole facts joined into chunks of at most ``max_words``; a Q/A pair stays a chunk of its
    own. Facts under a bold or "Label:" line form their own chunks, labelled with it."""
    from gigai.offline.facts import split

    labels = set()
    for line in text.splitlines():
        m = _LABEL_LINE.match(line)
        if m and (m.group(1) or m.group(3) or line.rstrip().endswith(":")):
            labels.add(" ".join((m.group(1) or m.group(3) or m.group(2)).split()).rstrip(":").strip())
    chunks: list[tuple[str, str]] = []
    cur: list[str] = []
    label = ""

    def close() -> None:
        if cur:
            chunks.append((label, " ".join(cur)))
            cur.clear()

    for fact in split(text, source, keep_instructions=True, items=False):  # the engine splits price lists
        unit = fact.text if re.search(r"[.!?]$", fact.text) else fact.text + "."
        own = next((lb for lb in labels if fact.context.endswith(lb)), "")  # under headings too
        if own != label:
            close()
            label = own
        if fact.question:
            close()
            chunks.append((label, f"{fact.question} {unit}"))
            continue
        if cur and len(" ".join([*cur, unit]).split()) > max_words:
            close()
        cur.append(unit)
    close()
    return chunks


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
