"""Business documents (lists of :mod:`gigai.business.document` blocks) -> PDF with fpdf2.

Looks for a Unicode TTF (gigai's assets/fonts, then system fonts) and falls back to a core font with text
made Latin-1 safe, so a PDF is always written. Knows nothing about proposals or invoices: they hand it
blocks. Used in: Lab 9.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from gigai.business.document import (
    Block,
    Bullets,
    Heading,
    Meta,
    Note,
    Para,
    Signatures,
    Table,
    Title,
    to_markdown,
)
from gigai.errors import InputError

__all__ = ["find_fonts", "write_pdf"]

_PREFERRED = ("plusjakartasans", "jakarta", "montserrat", "dejavusans", "notosans", "arial", "liberationsans")
_BLUE = (20, 60, 120)


def _font_dirs() -> list[Path]:
    from gigai.config import assets_dir

    dirs = [assets_dir() / "fonts"]
    if os.environ.get("GIGAI_FONT_DIR"):
        dirs.insert(0, Path(os.environ["GIGAI_FONT_DIR"]))
    if sys.platform.startswith("win"):
        dirs.append(Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    else:
        dirs += [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts")]
    return [d for d in dirs if d.is_dir()]


def _style(name: str) -> str | None:
    low = name.lower()
    if any(x in low for x in ("italic", "oblique", "condensed", "mono", "light", "thin", "black", "extrabold",
                              "semibold", "medium", "serif", "math", "variable", "[")):
        return None
    if "bold" in low or low.endswith(("bd.ttf", "700.ttf")):
        return "B"
    return ""


def find_fonts() -> tuple[Path, Path | None] | None:
    """(regular, bold or None) TTF of the most preferred family found, or None for core fonts."""
    found: dict[str, dict[str, Path]] = {}
    for d in _font_dirs():
        for path in sorted(d.rglob("*.ttf"))[:400]:
            key = re.sub(r"[^a-z]", "", path.stem.lower())
            family = next((f for f in _PREFERRED if key.startswith(f) or (f == "arial" and key in ("arial", "arialbd"))),
                          None)
            style = _style(path.name)
            if family and style is not None:
                found.setdefault(family, {}).setdefault(style, path)
    for family in _PREFERRED:
        styles = found.get(family, {})
        if "" in styles:
            return styles[""], styles.get("B")
    return None


_ASCII = {"\u2014": "-", "\u2013": "-", "\u2026": "...", "\u2022": "-", "\u2018": "'", "\u2019": "'",
          "\u201c": '"', "\u201d": '"', "\u00b7": "-", "\u2192": "->", "\u2705": "", "\u274c": ""}


def _clean(text: str, unicode_font: bool) -> str:
    text = re.sub(r"[\U00010000-\U0010ffff\u2600-\u27bf\ufe0f]", "", str(text))  # emoji: no font has them here
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)  # Markdown bold inside a cell
    if unicode_font:
        return text
    for a, b in _ASCII.items():
        text = text.replace(a, b)
    return text.encode("latin-1", "replace").decode("latin-1")


def write_pdf(blocks: list[Block], path: str | Path, *, footer: str = "") -> Path:
    """Render ``blocks`` to an A4 PDF at ``path`` (parents created; ``.pdf`` added). Returns the path."""
    from gigai._deps import require

    fpdf = require("fpdf")
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    path.parent.mkdir(parents=True, exist_ok=True)

    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.set_margins(18, 16, 18)
    fonts = find_fonts()
    family = "helvetica"
    if fonts:
        try:
            pdf.add_font("gigai", "", str(fonts[0]))
            pdf.add_font("gigai", "B", str(fonts[1] or fonts[0]))
            pdf.add_font("gigai", "I", str(fonts[0]))
            family = "gigai"
        except Exception:  # noqa: BLE001 - a broken font file must not cost the participant the PDF
            family = "helvetica"
    uni = family == "gigai"

    def t(s: str) -> str:
        return _clean(s, uni)

    if footer:
        def _footer(self=pdf) -> None:  # fpdf calls footer() on every page
            self.set_y(-12)
            self.set_font(family, "", 7.5)
            self.set_text_color(120, 120, 120)
            self.cell(0, 5, t(f"{footer} · halaman {self.page_no()}"), align="C")
            self.set_text_color(0, 0, 0)

        pdf.footer = _footer
    pdf.add_page()
    width = pdf.epw

    def para(text: str, size: float = 10, style: str = "") -> None:
        pdf.set_font(family, style, size)
        pdf.multi_cell(width, size * 0.52, t(text), new_x="LMARGIN", new_y="NEXT", align="L")

    for b in blocks:
        if isinstance(b, Title):
            pdf.set_font(family, "B", 17)
            pdf.set_text_color(*_BLUE)
            pdf.multi_cell(width, 8.5, t(b.text), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.set_text_color(0, 0, 0)
            if b.subtitle:
                para(b.subtitle, 10)
            pdf.ln(1.5)
        elif isinstance(b, Meta):
            for k, v in b.pairs:
                pdf.set_font(family, "B", 10)
                pdf.cell(32, 5.4, t(k))
                pdf.set_font(family, "", 10)
                pdf.multi_cell(width - 32, 5.4, t(v), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
        elif isinstance(b, Heading):
            if pdf.will_page_break(40):  # never leave a heading alone at the foot of a page
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(family, "B", 12.5)
            pdf.set_text_color(*_BLUE)
            pdf.multi_cell(width, 6.8, t(b.text), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif isinstance(b, Para):
            para(b.text, 10, "B" if b.bold else "")
            pdf.ln(1)
        elif isinstance(b, Bullets):
            pdf.set_font(family, "", 10)
            for i, item in enumerate(b.items, 1):
                mark = f"{i}." if b.numbered else "-"
                pdf.cell(6, 5.2, mark)
                pdf.multi_cell(width - 6, 5.2, t(item), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
        elif isinstance(b, Table):
            pdf.set_font(family, "", 9.5)
            align = tuple("RIGHT" if a == "R" else "LEFT" for a in (b.align or "L" * len(b.headers)))
            widths = b.widths or tuple(1 for _ in b.headers)
            first_strong = len(b.rows) - b.strong_rows
            with pdf.table(col_widths=widths, text_align=align, line_height=5.6,
                           headings_style=fpdf.FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=_BLUE)
                           ) as table:
                row = table.row()
                for h in b.headers:
                    row.cell(t(h))
                for i, cells in enumerate(b.rows):
                    row = table.row()
                    style = fpdf.FontFace(emphasis="BOLD") if i >= first_strong else None
                    for c in cells:
                        row.cell(t(c), style=style)
            pdf.ln(2)
        elif isinstance(b, Note):
            pdf.set_text_color(90, 90, 90)
            para(b.text, 8.5, "I" if uni else "I")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif isinstance(b, Signatures):
            if pdf.will_page_break(45):
                pdf.add_page()
            pdf.ln(4)
            if b.place_date:
                para(b.place_date)
                pdf.ln(2)
            half = width / 2
            pdf.set_font(family, "B", 10)
            pdf.cell(half, 5.4, t(b.left[0]))
            pdf.cell(half, 5.4, t(b.right[0]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(18)
            pdf.set_font(family, "", 10)
            pdf.cell(half, 5.4, t(b.left[1] or "(nama jelas)"))
            pdf.cell(half, 5.4, t(b.right[1] or "(nama jelas)"), new_x="LMARGIN", new_y="NEXT")
    try:
        pdf.output(str(path))
    except OSError as exc:
        raise InputError("E038", "PDF tidak bisa disimpan.", "Could not save the PDF.",
                         hint="tutup file PDF yang sedang dibuka, atau pakai nama file lain", value=str(path)) from exc
    return path


class Printable:
    """A business document made of blocks: Markdown in a notebook and print(), a PDF on request."""

    pdf_name = "dokumen.pdf"

    def blocks(self) -> list[Block]:
        raise NotImplementedError

    def pdf_footer(self) -> str:
        return ""

    def to_markdown(self) -> str:
        return to_markdown(self.blocks())

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        return self.to_markdown()

    def to_pdf(self, path: str | Path | None = None) -> Path:
        return write_pdf(self.blocks(), path or self.pdf_name, footer=self.pdf_footer())
