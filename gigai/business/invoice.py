"""An invoice (tagihan) next to the proposal: the DP, the balance, or the whole amount, computed from the
proposal's current quote. Markdown in the notebook, PDF for the client.

    >>> inv = invoice_for(proposal, "dp", bank="BCA 123-456-7890 a.n. Rani")
    >>> inv.to_pdf("hasil/invoice_dp.pdf")

Used in: Lab 9.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from gigai.business.document import Block, Bullets, Heading, Meta, Note, Para, Table, Title
from gigai.business.formats import as_date, tanggal
from gigai.business.money import rupiah
from gigai.business.pdf import Printable
from gigai.errors import InputError

__all__ = ["Invoice", "invoice_for", "STAGES"]

STAGES = ("dp", "pelunasan", "penuh")


@dataclass(frozen=True)
class Invoice(Printable):
    pdf_name = "invoice.pdf"

    number: str
    client: str
    freelancer: str
    contact: str
    project: str
    stage: str
    amount: int
    project_total: int
    paid_before: int
    date: _dt.date
    due_days: int
    bank: str
    lines: tuple[tuple[str, str], ...]  # (description, amount text) of the project, for reference

    @property
    def due_date(self) -> _dt.date:
        return self.date + _dt.timedelta(days=self.due_days)

    @property
    def remaining_after(self) -> int:
        return self.project_total - self.paid_before - self.amount

    def blocks(self) -> list[Block]:
        who = self.freelancer or "(nama kamu)"
        b: list[Block] = [
            Title(f"INVOICE {self.number}", self.project.removeprefix("Proposal ")),
            Meta((("Kepada", self.client), ("Dari", who + (f" · {self.contact}" if self.contact else "")),
                  ("Tanggal", tanggal(self.date)), ("Jatuh tempo", tanggal(self.due_date)))),
            Heading("Tagihan"),
            Table(("Keterangan", "Jumlah"),
                  ((f"{self.stage} — {self.project.removeprefix('Proposal ')}", rupiah(self.amount)), ("TOTAL DIBAYAR SEKARANG", rupiah(self.amount))),
                  (75, 25), "LR", strong_rows=1),
            Heading("Ringkasan proyek"),
            Table(("", "Rupiah"), (("Nilai proyek", rupiah(self.project_total)),
                                   ("Sudah dibayar sebelumnya", rupiah(self.paid_before)),
                                   ("Tagihan ini", rupiah(self.amount)),
                                   ("Sisa setelah tagihan ini", rupiah(self.remaining_after))),
                  (75, 25), "LR", strong_rows=1),
            Heading("Cara bayar"),
            Bullets((f"Transfer ke: {self.bank or '(isi rekening bank / e-wallet kamu)'}",
                     f"Mohon dibayar paling lambat {tanggal(self.due_date)}.",
                     "Kirim bukti transfer lewat WhatsApp/email; kuitansi dikirim setelah dana diterima.")),
            Note("Klien perusahaan yang memotong PPh 21/23: mohon kirimkan bukti potongnya bersama pembayaran."),
            Para("Terima kasih atas kepercayaannya."), Para(who, bold=True),
        ]
        return b

    def pdf_footer(self) -> str:
        return f"Invoice {self.number}"


def _number(client: str, date: _dt.date, stage: str) -> str:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", client)[:3]).upper() or "KLN"
    return f"INV/{date:%Y%m%d}/{initials}/{STAGES.index(stage) + 1:02d}"


def invoice_for(proposal: Any, stage: str = "dp", *, number: str | None = None, bank: str = "",
                date: Any = None, due_days: int = 3) -> Invoice:
    """An invoice for one payment of ``proposal``: ``"dp"``, ``"pelunasan"`` (balance) or ``"penuh"`` (all).

    Amounts come from ``proposal.payment_schedule`` (the current quote), so DP + pelunasan = total.
    """
    stage = str(stage).lower().strip()
    if stage not in STAGES:
        raise InputError("E191", f"Tahap invoice '{stage}' tidak dikenal.", f"Unknown invoice stage '{stage}'.",
                         hint='pilih "dp", "pelunasan", atau "penuh"', value=stage)
    schedule = getattr(proposal, "payment_schedule", None)
    if schedule is None or not getattr(proposal, "quote", None):
        raise InputError("E186", "invoice_for() butuh proposal dari draft_proposal(...).",
                         "invoice_for() needs a Proposal.", hint="invoice_for(proposal, 'dp')",
                         value=type(proposal).__name__)
    total = int(proposal.total)
    if stage == "penuh" or len(schedule) == 1:
        label, amount, before = "Pembayaran penuh", total, 0
        stage = "penuh"
    elif stage == "dp":
        label, amount, before = schedule[0].label, schedule[0].amount, 0
    else:
        label, amount, before = schedule[1].label, schedule[1].amount, schedule[0].amount
    day = as_date(date)
    lines = tuple((ln.description, rupiah(ln.total)) for ln in proposal.quote.lines)
    return Invoice(number=number or _number(proposal.client, day, stage), client=proposal.client,
                   freelancer=proposal.freelancer, contact=proposal.contact, project=proposal.title, stage=label,
                   amount=int(amount), project_total=total, paid_before=int(before), date=day,
                   due_days=int(due_days), bank=bank, lines=lines)
