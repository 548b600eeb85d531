"""A client proposal: problem, scope, timeline, quote and payment terms; Markdown in the notebook, PDF for
the client. Payment terms are COMPUTED from the quote every time they are read, so replacing the quote can
never leave an old DP amount behind (``proposal.with_quote(q)`` or ``model_copy(update={"quote": q})``).

    >>> p = draft_proposal("Laundry Bersih Kilat di Bandung butuh chatbot WhatsApp", rate=75_000)
    >>> p.payment_schedule          # [Payment('DP 50%', ...), Payment('Pelunasan 50%', ...)]
    >>> p.to_pdf("hasil/proposal.pdf")

Used in: Lab 9.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from gigai.business.document import Block, Bullets, Heading, Meta, Para, Table, Title, to_markdown
from gigai.business.formats import as_date, persen, tanggal
from gigai.business.money import rupiah
from gigai.business.quotes import Quote
from gigai.errors import InputError

__all__ = ["Milestone", "Payment", "Proposal", "payment_schedule"]

_ALWAYS_ON = re.compile(r"24\s*jam|24/7|24 x 7|nonstop|non-stop|siang[- ]malam", re.I)
_HOSTING_LINE = re.compile(r"hosting|server|vps|cloud", re.I)
DEFAULT_PAYMENT_METHOD = "Transfer bank atau e-wallet; bukti transfer dikirim lewat WhatsApp"


class Milestone(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    days: int = Field(ge=1, description="Lama tahap ini dalam hari kerja")
    deliverable: str = ""


@dataclass(frozen=True)
class Payment:
    """One instalment: ``Payment("DP 50%", 0.5, 650_000, "sebelum pekerjaan dimulai")``."""

    label: str
    share: float
    amount: int
    when: str

    def __str__(self) -> str:
        return f"{self.label} ({rupiah(self.amount)}) {self.when}"


def payment_schedule(total: int, dp: float) -> list[Payment]:
    """DP and balance of ``total``; the amounts always add up to ``total`` exactly (rounding goes to the DP)."""
    if not 0 <= float(dp) < 1:
        raise InputError("E184", "DP ditulis sebagai pecahan 0 sampai di bawah 1, misalnya 0.5 untuk 50%.",
                         "dp is a fraction from 0 to below 1, e.g. 0.5 for 50%.", hint="dp=0.5", value=dp)
    total = int(total)
    if not dp:
        return [Payment("Pembayaran penuh", 1.0, total, "saat serah terima")]
    first = round(total * float(dp))
    return [Payment(f"DP {persen(dp)}", float(dp), first, "dibayar sebelum pekerjaan dimulai"),
            Payment(f"Pelunasan {persen(1 - float(dp))}", 1 - float(dp), total - first, "dibayar saat serah terima")]


class Proposal(BaseModel):
    """A client proposal. Shows itself in a notebook; ``to_markdown()``, ``to_pdf(path)``, ``with_quote(q)``."""

    model_config = ConfigDict(extra="forbid")

    client: str
    title: str
    problem: str
    goals: list[str] = Field(default_factory=list)
    scope: list[str]
    out_of_scope: list[str] = Field(default_factory=list)
    deliverables: list[str]
    timeline: list[Milestone]
    quote: Quote
    dp: float = Field(default=0.5, ge=0, lt=1, description="Share paid up front (0.5 = DP 50%)")
    payment_method: str = DEFAULT_PAYMENT_METHOD
    extra_revision_price: int = Field(default=0, ge=0, description="Price of one revision beyond the quota")
    revisions: int = Field(default=2, ge=0)
    validity_days: int = Field(default=14, ge=1)
    freelancer: str = ""
    contact: str = ""
    date: _dt.date = Field(default_factory=_dt.date.today)
    notes: list[str] = Field(default_factory=list)
    client_budget: int = Field(default=0, ge=0, description="Budget the client mentioned (0: none)")

    _source: str = PrivateAttr(default="")

    @field_validator("scope", "deliverables", "goals", "out_of_scope", "notes")
    @classmethod
    def _strip(cls, value: list[str]) -> list[str]:
        return [str(v).strip() for v in value if str(v).strip()]

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> _dt.date:
        return as_date(value)

    @property
    def source(self) -> str:
        return self._source

    @property
    def total(self) -> int:
        return self.quote.total

    @property
    def duration_days(self) -> int:
        return sum(m.days for m in self.timeline)

    @property
    def valid_until(self) -> _dt.date:
        return self.date + _dt.timedelta(days=self.validity_days)

    @property
    def payment_schedule(self) -> list[Payment]:
        """DP and balance computed from the CURRENT quote; they always add up to ``total``."""
        return payment_schedule(self.quote.total, self.dp)

    @property
    def payment_terms(self) -> list[str]:
        """The payment terms as sentences, computed from the current quote (never stored)."""
        terms = [str(p) for p in self.payment_schedule]
        terms.append(f"Cara bayar: {self.payment_method}")
        if self.extra_revision_price:
            terms.append(f"Revisi di luar kuota ({self.revisions}x): {rupiah(self.extra_revision_price)} per revisi")
        return terms

    @property
    def all_notes(self) -> list[str]:
        """``notes`` plus the notes computed from the CURRENT quote (a budget below the total)."""
        out = list(self.notes)
        if self.client_budget and self.client_budget < self.total:
            out.insert(0, f"Anggaran klien {rupiah(self.client_budget)} di bawah total {rupiah(self.total)}: "
                          "tawarkan paket lebih kecil (kurangi lingkup), jangan turunkan tarif per jam.")
        return out

    @property
    def promises_always_on(self) -> bool:
        """True when the proposal promises a bot that answers around the clock ("24 jam", "24/7")."""
        text = " ".join([*self.deliverables, *self.goals, *self.scope, self.problem]).lower()
        return bool(_ALWAYS_ON.search(text))

    @property
    def prices_hosting(self) -> bool:
        """True when the quote has a hosting line (hosting, server, VPS)."""
        return any(_HOSTING_LINE.search(str(getattr(line, "description", line))) for line in self.quote.lines)

    def warnings(self) -> list[str]:
        """Problems for the freelancer to fix before sending (shown in the notebook, never printed in the PDF)."""
        out = []
        if self.promises_always_on and not self.prices_hosting:
            out.append("Proposal ini menjanjikan bot yang menjawab 24 jam, tetapi penawarannya belum memuat biaya "
                       "hosting. Tambahkan baris hosting (lihat `running_cost` di Lab 8), atau tulis bahwa hosting "
                       "ditanggung klien.")
        return out

    def with_quote(self, new_quote: Quote) -> Proposal:
        """A new Proposal with ``new_quote``; payment terms follow it. The original is unchanged."""
        if not isinstance(new_quote, Quote):
            raise InputError("E185", "with_quote() butuh hasil quote(...).", "with_quote() needs a Quote.",
                             hint='proposal.with_quote(quote([("Setup chatbot", 850000)]))', value=type(new_quote).__name__)
        new = self.model_copy(update={"quote": new_quote})
        new._source = self._source
        return new

    def missing(self) -> list[str]:
        """Parts a client expects that are still empty (Indonesian names)."""
        need = {"klien": self.client.strip(), "masalah": self.problem.strip(), "lingkup": self.scope,
                "hasil": self.deliverables, "jadwal": self.timeline, "harga": self.quote.total > 0}
        return [k for k, v in need.items() if not v]

    def blocks(self) -> list[Block]:
        """The proposal as document blocks (the same for Markdown and PDF)."""
        who = self.freelancer or "(nama kamu)"
        b: list[Block] = [
            Title(self.title),
            Meta((("Untuk", self.client), ("Dari", who + (f" · {self.contact}" if self.contact else "")),
                  ("Tanggal", tanggal(self.date)), ("Berlaku sampai", tanggal(self.valid_until)))),
            Heading("Masalah"), Para(self.problem),
        ]
        if self.goals:
            b += [Heading("Tujuan"), Bullets(tuple(self.goals))]
        b += [Heading("Lingkup pekerjaan"), Bullets(tuple(self.scope))]
        if self.out_of_scope:
            b += [Para("Tidak termasuk:", bold=True), Bullets(tuple(self.out_of_scope))]
        b += [Heading("Hasil yang diterima"), Bullets(tuple(self.deliverables))]
        rows = tuple((m.name, f"{m.days} hari", m.deliverable) for m in self.timeline)
        rows += (("Total", f"{self.duration_days} hari kerja", ""),)
        b += [Heading("Jadwal"), Table(("Tahap", "Lama", "Hasil"), rows, (45, 18, 37), "LRL", strong_rows=1)]
        qrows, strong = self.quote.table_rows()
        b += [Heading("Harga"), Table(("No", "Item", "Jumlah", "Harga satuan", "Total"), qrows,
                                      (6, 44, 14, 18, 18), "RLRRR", strong_rows=strong)]
        b += [Heading("Syarat pembayaran"), Bullets((*self.payment_terms, f"Revisi termasuk: {self.revisions}x"))]
        if self.all_notes:
            b += [Heading("Catatan"), Bullets(tuple(self.all_notes))]
        b += [Para("Hormat saya,"), Para(who, bold=True)]
        return b

    def to_markdown(self) -> str:
        return to_markdown(self.blocks())

    def _repr_markdown_(self) -> str:
        md = "".join(f"> ⚠️ **Cek dulu:** {w}\n\n" for w in self.warnings()) + self.to_markdown()
        return md + (f"\n<small><i>Sumber draf: {self.source}</i></small>\n" if self.source else "")

    def __str__(self) -> str:
        return self.to_markdown()

    def to_pdf(self, path: str | Path = "proposal.pdf") -> Path:
        """Write an A4 PDF (fpdf2, Unicode font when one is found). Returns the path."""
        from gigai.business.pdf import write_pdf

        return write_pdf(self.blocks(), path, footer=f"Proposal untuk {self.client}")

