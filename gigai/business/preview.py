"""See a PDF inside the notebook: its pages as pictures (pypdfium2), side by side, like paper.

    >>> pdf_preview("hasil/proposal.pdf", pages=2)

Without pypdfium2 (``pip install pypdfium2``) it says so and shows the file's name instead of failing.
Used in: Lab 9.
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

from gigai.errors import InputError

__all__ = ["PdfPreview", "pdf_preview", "page_images"]


def page_images(path: str | Path, pages: int = 2, *, width: int = 560) -> list[bytes]:
    """PNG bytes of the first ``pages`` pages of ``path``, ``width`` pixels wide. Needs pypdfium2."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for i in range(min(int(pages), len(doc))):
            page = doc[i]
            scale = width / page.get_width()
            image = page.render(scale=scale).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG", optimize=True)
            out.append(buf.getvalue())
        return out
    finally:
        doc.close()


class PdfPreview:
    def __init__(self, path: Path, images: list[bytes], note: str = "") -> None:
        self.path, self.images, self.note = path, images, note

    def _repr_html_(self) -> str:
        if not self.images:
            return (f"<p>📄 <b>{html.escape(self.path.name)}</b> sudah dibuat. {html.escape(self.note)}</p>")
        imgs = "".join(
            f'<img src="data:image/png;base64,{base64.b64encode(png).decode()}" '
            'style="width:48%;max-width:420px;border:1px solid #ccc;box-shadow:2px 2px 6px #aaa;margin:4px"/>'
            for png in self.images)
        return f"<div><p>📄 <b>{html.escape(self.path.name)}</b></p>{imgs}</div>"

    def __str__(self) -> str:
        return f"{self.path.name}: {len(self.images)} halaman dipratinjau. {self.note}".strip()

    __repr__ = __str__


def pdf_preview(path: str | Path, pages: int = 2, *, width: int = 560) -> PdfPreview:
    """Show the first pages of a PDF in Jupyter/Colab. Used in: Lab 9."""
    p = Path(str(path))
    if not p.is_file() or p.read_bytes()[:5] != b"%PDF-":
        raise InputError("E194", f"PDF tidak ditemukan atau rusak: {p.name}", f"PDF missing or broken: {p.name}",
                         hint="buat dulu dengan proposal.to_pdf('hasil/proposal.pdf')", value=str(p.name))
    try:
        return PdfPreview(p, page_images(p, pages, width=width))
    except ImportError:
        return PdfPreview(p, [], "Pratinjau butuh paket pypdfium2 (pip install pypdfium2); buka file PDF-nya "
                                 "dari panel file.")
