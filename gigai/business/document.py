"""A client document as a list of blocks (title, headings, paragraphs, bullets, tables, signatures) that
renders to Markdown here and to PDF in :mod:`gigai.business.pdf`, so the notebook view and the PDF never
disagree. Proposals, invoices and contracts build their blocks once.

Pure Python, no imports from the documents that use it. Used in: Lab 9.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Title", "Meta", "Heading", "Para", "Bullets", "Table", "Note", "Signatures", "Block", "to_markdown"]


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str = ""


@dataclass(frozen=True)
class Meta:
    """Label/value pairs under the title: ``Meta([("Untuk", "Kopi Kita"), ("Tanggal", "1 Desember 2026")])``."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()
    align: str = ""  # one letter per column: L or R
    strong_rows: int = 0  # how many rows at the end are totals (bold)


@dataclass(frozen=True)
class Note:
    """Small italic text: disclaimers, sources."""

    text: str


@dataclass(frozen=True)
class Signatures:
    left: tuple[str, str]  # (role, name)
    right: tuple[str, str]
    place_date: str = ""


Block = Title | Meta | Heading | Para | Bullets | Table | Note | Signatures


@dataclass
class _Md:
    lines: list[str] = field(default_factory=list)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)


def _cell(text: str) -> str:
    return str(text).replace("|", "/").replace("\n", " ")


def to_markdown(blocks: list[Block]) -> str:
    """Markdown for Jupyter/Colab and for pasting into WhatsApp Web or an email."""
    md = _Md()
    for b in blocks:
        if isinstance(b, Title):
            md.add(f"# {b.text}", "")
            if b.subtitle:
                md.add(f"_{b.subtitle}_", "")
        elif isinstance(b, Meta):
            md.add(*[f"**{k}:** {v}  " for k, v in b.pairs], "")
        elif isinstance(b, Heading):
            md.add(f"## {b.text}", "")
        elif isinstance(b, Para):
            md.add(f"**{b.text}**" if b.bold else b.text, "")
        elif isinstance(b, Bullets):
            md.add(*[(f"{i}. " if b.numbered else "- ") + item for i, item in enumerate(b.items, 1)], "")
        elif isinstance(b, Table):
            align = b.align or "L" * len(b.headers)
            md.add("| " + " | ".join(_cell(h) for h in b.headers) + " |",
                   "|" + "|".join("---:" if a == "R" else "---" for a in align) + "|")
            first_strong = len(b.rows) - b.strong_rows
            for i, row in enumerate(b.rows):
                cells = [_cell(c) for c in row]
                if i >= first_strong:
                    cells = [f"**{c}**" if c else c for c in cells]
                md.add("| " + " | ".join(cells) + " |")
            md.add("")
        elif isinstance(b, Note):
            md.add(f"<small><i>{b.text}</i></small>", "")
        elif isinstance(b, Signatures):
            if b.place_date:
                md.add(b.place_date, "")
            md.add(f"| {b.left[0]} | {b.right[0]} |", "|---|---|", "| <br><br><br> | <br><br><br> |",
                   f"| {b.left[1]} | {b.right[1]} |", "")
    return "\n".join(md.lines).rstrip() + "\n"
