"""Proposal -> PDF with fpdf2. Looks for a Unicode TTF (the repo's assets/fonts, then system fonts) and
falls back to a core font with text made Latin-1 safe, so a PDF is always written.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gigai.business.money import rupiah
from gigai.errors import InputError

if TYPE_CHECKING:
    from gigai.business.proposal import Proposal

__all__ = ["find_fonts", "write_proposal_pdf"]

_PREFERRED = ("plusjakartasans", "jakarta", "montserrat", "dejavusans", "notosans", "arial", "liberationsans")


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
    if unicode_font:
        return text
    for a, b in _ASCII.items():
        text = text.replace(a, b)
    return text.encode("latin-1", "replace").decode("latin-1")


def write_proposal_pdf(proposal: Proposal, path: Path) -> Path:
    """Render ``proposal`` to ``path`` (parents created). Used in: Lab 9."""
    from gigai._deps import require

    fpdf = require("fpdf")
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    path.parent.mkdir(parents=True, exist_ok=True)

    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_margins(18, 16, 18)
    fonts = find_fonts()
    family, bold = "helvetica", "B"
    if fonts:
        try:
            pdf.add_font("gigai", "", str(fonts[0]))
            pdf.add_font("gigai", "B", str(fonts[1] or fonts[0]))
            family = "gigai"
        except Exception:  # noqa: BLE001 - a broken font file must not cost the participant the PDF
            family = "helvetica"
    uni = family == "gigai"
    t = lambda s: _clean(s, uni)  # noqa: E731
    pdf.add_page()
    width = pdf.epw

    def heading(text: str, size: int = 13) -> None:
        pdf.ln(3)
        pdf.set_font(family, bold, size)
        pdf.set_text_color(20, 60, 120)
        pdf.multi_cell(width, 7, t(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(family, "", 10)

    def para(text: str) -> None:
        pdf.set_font(family, "", 10)
        pdf.multi_cell(width, 5.2, t(text), new_x="LMARGIN", new_y="NEXT")

    def bullets(items: list[str]) -> None:
        for item in items:
            para(f"- {item}")

    p = proposal
    heading(p.title, 16)
    from gigai.business.proposal import _valid_until

    para(f"Untuk: {p.client}")
    para(f"Dari: {p.freelancer or '(nama kamu)'}" + (f" - {p.contact}" if p.contact else ""))
    para(f"Tanggal: {p.date}   Berlaku sampai: {_valid_until(p.date, p.validity_days)}")
    heading("Masalah")
    para(p.problem)
    if p.goals:
        heading("Tujuan")
        bullets(p.goals)
    heading("Lingkup pekerjaan")
    bullets(p.scope)
    if p.out_of_scope:
        para("Tidak termasuk:")
        bullets(p.out_of_scope)
    heading("Hasil yang diterima")
    bullets(p.deliverables)

    heading("Jadwal")
    pdf.set_font(family, "", 9.5)
    with pdf.table(col_widths=(45, 15, 40), text_align=("LEFT", "RIGHT", "LEFT"), line_height=5.5) as table:
        row = table.row()
        for head in ("Tahap", "Lama", "Hasil"):
            row.cell(t(head))
        for m in p.timeline:
            row = table.row()
            row.cell(t(m.name))
            row.cell(f"{m.days} hari")
            row.cell(t(m.deliverable))
        row = table.row()
        row.cell("Total")
        row.cell(f"{p.duration_days} hari")
        row.cell("")

    heading("Harga")
    pdf.set_font(family, "", 9.5)
    q = p.quote
    with pdf.table(col_widths=(50, 14, 18, 18), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   line_height=5.5) as table:
        row = table.row()
        for head in ("Item", "Jumlah", "Harga satuan", "Total"):
            row.cell(head)
        for line in q.lines:
            row = table.row()
            row.cell(t(line.description))
            row.cell(t(f"{line.qty:g} {line.unit}"))
            row.cell(rupiah(line.unit_price))
            row.cell(rupiah(line.total))
        extra = [("Subtotal", rupiah(q.subtotal))]
        if q.discount:
            extra.append(("Diskon", "-" + rupiah(q.discount)))
        if q.ppn_rate:
            extra.append((f"PPN {q.ppn_rate * 100:g}%".replace(".", ","), rupiah(q.ppn)))
        extra.append(("TOTAL", rupiah(q.total)))
        for label, value in extra:
            row = table.row()
            row.cell(label, colspan=3)
            row.cell(value)

    heading("Syarat pembayaran")
    bullets([*p.payment_terms, f"Revisi termasuk: {p.revisions}x"])
    if p.notes:
        heading("Catatan")
        bullets(p.notes)
    pdf.ln(6)
    para("Hormat saya,")
    pdf.ln(10)
    para(p.freelancer or "(nama kamu)")
    try:
        pdf.output(str(path))
    except OSError as exc:
        raise InputError("E038", "PDF tidak bisa disimpan.", "Could not save the PDF.",
                         hint="tutup file PDF yang sedang dibuka, atau pakai nama file lain", value=str(path)) from exc
    return path
