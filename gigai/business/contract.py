"""A simple service agreement (Perjanjian Jasa) built from a proposal: scope, schedule, payment, revision
rounds, ownership of the work after full payment, cancellation, stamp duty. A starting point that the parties
read and adjust, NOT legal advice.

"Perjanjian kerja" is the employment-contract term of UU 13/2003 (an employee and an employer); a freelance
job is a service agreement between two independent parties, so the document is called *Perjanjian Jasa*.
Bea meterai (UU 10/2020): a signed agreement owes Rp 10.000 of stamp duty at signing, on each copy.

    >>> perjanjian = draft_contract(proposal, client_rep="Bu Sari (pemilik)")
    >>> perjanjian.to_pdf("hasil/perjanjian_jasa.pdf")

Used in: Lab 9.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gigai.business.document import Block, Bullets, Heading, Meta, Note, Para, Signatures, Title
from gigai.business.formats import as_date, tanggal
from gigai.business.money import rupiah
from gigai.business.pdf import Printable
from gigai.errors import InputError

__all__ = ["Contract", "draft_contract", "DISCLAIMER", "STAMP_DUTY"]

STAMP_DUTY = 10_000  # UU 10/2020 Pasal 5: one flat bea meterai of Rp 10.000 per document

DISCLAIMER = ("Bukan nasihat hukum: ini templat sederhana untuk proyek kecil. Baca bersama klien, sesuaikan, "
              "dan untuk nilai proyek besar mintalah pendapat ahli hukum.")


@dataclass(frozen=True)
class Contract(Printable):
    pdf_name = "perjanjian_jasa.pdf"

    client: str
    client_rep: str
    freelancer: str
    title: str
    city: str
    date: Any
    scope: tuple[str, ...]
    out_of_scope: tuple[str, ...]
    deliverables: tuple[str, ...]
    duration_days: int
    total: int
    payments: tuple[str, ...]
    revisions: int
    extra_revision_price: int
    portfolio_allowed: bool = True
    extra_clauses: tuple[str, ...] = field(default=())

    def clauses(self) -> list[tuple[str, list[str]]]:
        """(heading, points) of every article, in order."""
        return [
            ("Pasal 1 — Lingkup pekerjaan", [*self.scope, *(f"Tidak termasuk: {x}" for x in self.out_of_scope)]),
            ("Pasal 2 — Hasil dan jadwal", [*self.deliverables,
             f"Pekerjaan selesai dalam {self.duration_days} hari kerja sejak DP diterima dan materi dari Pihak "
             "Pertama lengkap. Keterlambatan materi menggeser jadwal sama lamanya."]),
            ("Pasal 3 — Biaya dan pembayaran", [f"Nilai pekerjaan: {rupiah(self.total)}.", *self.payments,
             "Biaya pihak ketiga (API LLM, hosting, WhatsApp Business API, iklan) setelah masa yang tertulis di "
             "penawaran ditanggung Pihak Pertama dan dibayar ke akun milik Pihak Pertama."]),
            ("Pasal 4 — Revisi", [f"Termasuk {self.revisions} putaran revisi. Satu putaran = satu daftar masukan "
             "tertulis yang dikirim sekaligus.",
             f"Revisi tambahan: {rupiah(self.extra_revision_price)} per putaran." if self.extra_revision_price
             else "Revisi tambahan dihitung sesuai tarif per jam Pihak Kedua.",
             "Perubahan lingkup (fitur atau video baru) bukan revisi: dibuat penawaran baru."]),
            ("Pasal 5 — Kepemilikan hasil kerja", [
             "Setelah pembayaran LUNAS, hak atas hasil kerja final (naskah, video, basis pengetahuan, kode "
             "aplikasi khusus proyek ini) berpindah ke Pihak Pertama.",
             "Sebelum lunas, hasil kerja tetap milik Pihak Kedua dan tidak boleh dipakai untuk publikasi.",
             "Alat, pustaka open-source, template umum, dan aset pihak ketiga (musik, font, model AI) tetap "
             "mengikuti lisensinya masing-masing; daftar kreditnya diserahkan bersama hasil kerja.",
             "Pihak Kedua boleh menampilkan hasil kerja di portofolio." if self.portfolio_allowed
             else "Pihak Kedua tidak menampilkan hasil kerja di portofolio tanpa izin tertulis."]),
            ("Pasal 6 — Data dan kerahasiaan", [
             "Data pelanggan dan isi chat Pihak Pertama hanya dipakai untuk proyek ini dan tidak dibagikan, "
             "sesuai UU Pelindungan Data Pribadi (UU 27/2022).",
             "Kunci API dan kata sandi diserahkan dan diganti oleh Pihak Pertama saat serah terima."]),
            ("Pasal 7 — Pembatalan", [
             "Jika Pihak Pertama membatalkan setelah pekerjaan dimulai, DP tidak dikembalikan dan pekerjaan yang "
             "sudah selesai dibayar sesuai porsinya.",
             "Jika Pihak Kedua membatalkan atau tidak dapat menyelesaikan pekerjaan, DP dikembalikan penuh "
             "dikurangi hasil kerja yang sudah diterima dan dipakai Pihak Pertama.",
             "Perselisihan diselesaikan dulu secara musyawarah."]),
            ("Pasal 8 — Meterai dan penandatanganan", [
             f"Perjanjian ini dibuat dua rangkap, masing-masing dibubuhi meterai {rupiah(STAMP_DUTY)} (tempel atau "
             "e-meterai). Bea meterai terutang saat perjanjian ditandatangani (UU 10/2020); setiap pihak "
             "membayar meterai untuk rangkap yang diterimanya."]),
            *([("Pasal 9 — Lain-lain", list(self.extra_clauses))] if self.extra_clauses else []),
        ]

    def blocks(self) -> list[Block]:
        b: list[Block] = [
            Title("PERJANJIAN JASA", self.title.removeprefix("Proposal ")),
            Meta((("Pihak Pertama", f"{self.client}" + (f", diwakili {self.client_rep}" if self.client_rep else "")
                   + " — klien"),
                  ("Pihak Kedua", f"{self.freelancer or '(nama kamu)'} — freelancer"),
                  ("Tanggal", tanggal(self.date)))),
            Note(DISCLAIMER),
        ]
        for heading, points in self.clauses():
            b += [Heading(heading), Bullets(tuple(points), numbered=True)]
        b += [Para("Perjanjian ini dibuat dua rangkap dan berlaku sejak ditandatangani kedua pihak."),
              Signatures(("Pihak Pertama", self.client_rep or self.client),
                         ("Pihak Kedua", self.freelancer),
                         f"{self.city + ', ' if self.city else ''}{tanggal(self.date)}")]
        return b

    def pdf_footer(self) -> str:
        return f"Perjanjian jasa {self.client} · bukan nasihat hukum"


def draft_contract(proposal: Any, *, client_rep: str = "", city: str = "", date: Any = None,
                   portfolio_allowed: bool = True, extra_clauses: list[str] | tuple[str, ...] = ()) -> Contract:
    """A Perjanjian Jasa from ``proposal`` (scope, deliverables, schedule, payment terms and revisions come from it)."""
    needed = ("client", "scope", "deliverables", "payment_schedule", "revisions", "duration_days", "total")
    missing = [n for n in needed if not hasattr(proposal, n)]
    if missing:
        raise InputError("E192", "draft_contract() butuh proposal dari draft_proposal(...).",
                         "draft_contract() needs a Proposal.", hint="draft_contract(proposal, client_rep='...')",
                         value=missing)
    payments = tuple(f"{p.label}: {rupiah(p.amount)}, {p.when}." for p in proposal.payment_schedule)
    payments += (f"Cara bayar: {proposal.payment_method}.",) if getattr(proposal, "payment_method", "") else ()
    return Contract(
        client=proposal.client, client_rep=client_rep.strip(), freelancer=proposal.freelancer,
        title=proposal.title, city=city.strip(), date=as_date(date), scope=tuple(proposal.scope),
        out_of_scope=tuple(getattr(proposal, "out_of_scope", ())), deliverables=tuple(proposal.deliverables),
        duration_days=int(proposal.duration_days), total=int(proposal.total), payments=payments,
        revisions=int(proposal.revisions), extra_revision_price=int(getattr(proposal, "extra_revision_price", 0)),
        portfolio_allowed=bool(portfolio_allowed), extra_clauses=tuple(str(c) for c in extra_clauses),
    )
