"""Client proposals: scope, timeline, quote (with optional PPN), payment terms; Markdown and PDF.

    >>> q = quote([("Setup chatbot FAQ", 1, 850_000), ("Video promo 9:16", 3, 150_000)])
    >>> q.total
    >>> p = draft_proposal("Laundry Bersih Kilat di Bandung butuh chatbot WhatsApp, selesai 2 minggu", rate=75_000)
    >>> p.to_pdf("proposal.pdf")

PPN: only a PKP (yearly omzet above Rp 4,8 miliar, or registered voluntarily) charges it. Since 2025
(PMK 131/2024) the rate is 12% on a DPP of 11/12 of the price for ordinary services, i.e. 11% effective:
pass ``ppn=0.11`` (or the rate in force). Default 0: most gig workers are not PKP. Used in: Lab 9.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field, field_validator

from gigai.business._ideas import budget_of, count_of, days_of, read_idea
from gigai.business.money import ceil_to, rupiah
from gigai.errors import InputError

__all__ = ["QuoteLine", "Quote", "Milestone", "Proposal", "quote", "draft_proposal", "PPN_EFFECTIVE",
           "DEFAULT_HOURLY"]

PPN_EFFECTIVE = 0.11  # 12% x DPP 11/12 (PMK 131/2024) for non-luxury services; check the rule in force
DEFAULT_HOURLY = 75_000  # used when no rate is given; Lab 8's rate_calculator gives your own


class QuoteLine(BaseModel):
    description: str
    qty: float = 1
    unit: str = "paket"
    unit_price: int = Field(ge=0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total(self) -> int:
        return round(self.qty * self.unit_price)


class Quote(BaseModel):
    """Price lines, discount and PPN; every total is computed, never typed by hand."""

    lines: list[QuoteLine]
    discount: int = Field(default=0, ge=0)
    ppn_rate: float = Field(default=0.0, ge=0, le=0.25)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def subtotal(self) -> int:
        return sum(line.total for line in self.lines)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ppn(self) -> int:
        return round(max(self.subtotal - self.discount, 0) * self.ppn_rate)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total(self) -> int:
        return max(self.subtotal - self.discount, 0) + self.ppn

    def to_markdown(self) -> str:
        rows = ["| No | Item | Jumlah | Harga satuan | Total |", "|---:|---|---:|---:|---:|"]
        for i, line in enumerate(self.lines, 1):
            rows.append(f"| {i} | {line.description} | {line.qty:g} {line.unit} | {rupiah(line.unit_price)} | "
                        f"{rupiah(line.total)} |")
        rows.append(f"| | **Subtotal** | | | {rupiah(self.subtotal)} |")
        if self.discount:
            rows.append(f"| | Diskon | | | -{rupiah(self.discount)} |")
        if self.ppn_rate:
            rows.append(f"| | PPN {_pct(self.ppn_rate)} | | | {rupiah(self.ppn)} |")
        rows.append(f"| | **Total** | | | **{rupiah(self.total)}** |")
        return "\n".join(rows)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        out = [f"{line.description}: {line.qty:g} {line.unit} x {rupiah(line.unit_price)} = {rupiah(line.total)}"
               for line in self.lines]
        out.append(f"Subtotal {rupiah(self.subtotal)}")
        if self.discount:
            out.append(f"Diskon -{rupiah(self.discount)}")
        if self.ppn_rate:
            out.append(f"PPN {_pct(self.ppn_rate)} {rupiah(self.ppn)}")
        out.append(f"TOTAL {rupiah(self.total)}")
        return "\n".join(out)


def _pct(rate: float) -> str:
    return f"{rate * 100:g}%".replace(".", ",")


def _line(item: Any) -> QuoteLine:
    from gigai.business.money import as_amount

    if isinstance(item, QuoteLine):
        return item
    if isinstance(item, dict):
        data = dict(item)
        if "price" in data and "unit_price" not in data:
            data["unit_price"] = data.pop("price")
        data["unit_price"] = round(as_amount(data.get("unit_price"), what="harga"))
        return QuoteLine.model_validate(data)
    if hasattr(item, "price") and hasattr(item, "name"):  # a PackageTier
        return QuoteLine(description=f"Paket {item.name}", unit_price=int(item.price))
    if isinstance(item, (tuple, list)):
        if len(item) == 2:
            return QuoteLine(description=str(item[0]), unit_price=round(as_amount(item[1], what="harga")))
        if len(item) == 3:
            return QuoteLine(description=str(item[0]), qty=float(item[1]),
                             unit_price=round(as_amount(item[2], what="harga")))
        if len(item) == 4:
            return QuoteLine(description=str(item[0]), qty=float(item[1]), unit=str(item[2]),
                             unit_price=round(as_amount(item[3], what="harga")))
    raise InputError("E037", "Baris penawaran tidak bisa dibaca.", "Cannot read this quote line.",
                     hint='pakai ("Nama item", harga) atau ("Nama item", jumlah, harga_satuan)', value=item)


def quote(items: Iterable[Any], *, discount: float = 0, ppn: float = 0.0) -> Quote:
    """A Quote from lines: ``(desc, price)``, ``(desc, qty, unit_price)``, ``(desc, qty, unit, unit_price)``,
    dicts, QuoteLine or package tiers. ``ppn``: 0 (not PKP), ``PPN_EFFECTIVE`` (0.11) or the rate in force.

    Used in: Lab 9.
    """
    if isinstance(items, (str, bytes)) or items is None:
        raise InputError("E037", "Isi penawaran harus daftar item.", "Quote items must be a list.",
                         hint='quote([("Setup chatbot", 850000)])', value=items)
    lines = [_line(i) for i in items]
    if not lines:
        raise InputError("E037", "Penawaran butuh minimal satu item.", "A quote needs at least one item.",
                         hint='quote([("Setup chatbot", 850000)])', value=items)
    if not 0 <= float(ppn) <= 0.25:
        raise InputError("E037", "PPN ditulis sebagai pecahan, misalnya 0.11 untuk 11%.",
                         "PPN is a fraction, e.g. 0.11 for 11%.", hint="ppn=0.11", value=ppn)
    return Quote(lines=lines, discount=round(discount), ppn_rate=float(ppn))


class Milestone(BaseModel):
    name: str
    days: int = Field(ge=1, description="Lama tahap ini dalam hari kerja")
    deliverable: str = ""


class Proposal(BaseModel):
    """A client proposal. Print it in a notebook, or ``to_markdown()`` / ``to_pdf(path)``."""

    model_config = ConfigDict(extra="ignore")

    client: str
    title: str
    problem: str
    goals: list[str] = Field(default_factory=list)
    scope: list[str]
    out_of_scope: list[str] = Field(default_factory=list)
    deliverables: list[str]
    timeline: list[Milestone]
    quote: Quote
    payment_terms: list[str]
    revisions: int = Field(default=2, ge=0)
    validity_days: int = Field(default=14, ge=1)
    freelancer: str = ""
    contact: str = ""
    date: str = Field(default_factory=lambda: _dt.date.today().isoformat())
    notes: list[str] = Field(default_factory=list)

    _source: str = PrivateAttr(default="")

    @field_validator("scope", "deliverables", "payment_terms")
    @classmethod
    def _strip(cls, value: list[str]) -> list[str]:
        return [str(v).strip() for v in value if str(v).strip()]

    @property
    def source(self) -> str:
        return self._source

    @property
    def total(self) -> int:
        return self.quote.total

    @property
    def duration_days(self) -> int:
        return sum(m.days for m in self.timeline)

    def missing(self) -> list[str]:
        """Parts a client expects that are still empty (Indonesian names)."""
        need = {"klien": self.client.strip(), "masalah": self.problem.strip(), "lingkup": self.scope,
                "hasil": self.deliverables, "jadwal": self.timeline, "harga": self.quote.total > 0,
                "syarat pembayaran": self.payment_terms}
        return [k for k, v in need.items() if not v]

    def to_markdown(self) -> str:
        valid_until = _valid_until(self.date, self.validity_days)
        md = [f"# {self.title}", "",
              f"**Untuk:** {self.client}  ", f"**Dari:** {self.freelancer or '(nama kamu)'}"
              + (f" · {self.contact}" if self.contact else "") + "  ",
              f"**Tanggal:** {self.date} · **Berlaku sampai:** {valid_until}", "",
              "## Masalah", self.problem, ""]
        if self.goals:
            md += ["## Tujuan", *[f"- {g}" for g in self.goals], ""]
        md += ["## Lingkup pekerjaan", *[f"- {s}" for s in self.scope], ""]
        if self.out_of_scope:
            md += ["**Tidak termasuk:**", *[f"- {s}" for s in self.out_of_scope], ""]
        md += ["## Hasil yang diterima", *[f"- {d}" for d in self.deliverables], ""]
        md += ["## Jadwal", "| Tahap | Lama | Hasil |", "|---|---:|---|"]
        md += [f"| {m.name} | {m.days} hari | {m.deliverable} |" for m in self.timeline]
        md += [f"| **Total** | **{self.duration_days} hari kerja** | |", ""]
        md += ["## Harga", self.quote.to_markdown(), ""]
        md += ["## Syarat pembayaran", *[f"- {t}" for t in self.payment_terms],
               f"- Revisi termasuk: {self.revisions}x", ""]
        if self.notes:
            md += ["## Catatan", *[f"- {n}" for n in self.notes], ""]
        return "\n".join(md).rstrip() + "\n"

    def _repr_markdown_(self) -> str:
        md = self.to_markdown()
        return md + (f"\n_Sumber draf: {self.source}_\n" if self.source else "")

    def __str__(self) -> str:
        return self.to_markdown()

    def to_pdf(self, path: str | Path = "proposal.pdf") -> Path:
        """Write a one-to-three page PDF (fpdf2, Unicode font when one is found). Returns the path."""
        from gigai.business.pdf import write_proposal_pdf

        return write_proposal_pdf(self, Path(path))


def _valid_until(date: str, days: int) -> str:
    try:
        return (_dt.date.fromisoformat(date) + _dt.timedelta(days=days)).isoformat()
    except ValueError:
        return f"{days} hari setelah {date}"


# ----------------------------------------------------------------------------------------------------------
# Drafting


class ScopeItem(BaseModel):
    description: str = Field(description="Satu pekerjaan konkret, Bahasa Indonesia")
    hours: float = Field(description="Perkiraan jam kerja untuk item ini (0.5-40)")


class ProposalDraft(BaseModel):
    """What an LLM drafts; prices and dates are computed by gigai, not by the model."""

    client: str = Field(description="Nama usaha klien")
    title: str = Field(description="Judul proposal singkat")
    problem: str = Field(description="Masalah klien dalam 1-2 kalimat")
    goals: list[str] = Field(description="2-3 tujuan terukur")
    scope: list[ScopeItem] = Field(description="3-6 item pekerjaan dengan perkiraan jam")
    out_of_scope: list[str] = Field(description="1-3 hal yang tidak termasuk")
    deliverables: list[str] = Field(description="Hasil akhir yang diterima klien")


def _hourly(rate: Any) -> int:
    if rate is None:
        return DEFAULT_HOURLY
    if hasattr(rate, "hourly"):
        return int(rate.hourly)
    from gigai.business.money import as_amount

    value = round(as_amount(rate, what="tarif per jam"))
    if value <= 0:
        raise InputError("E037", "Tarif per jam harus lebih dari 0.", "Hourly rate must be above 0.",
                         hint="rate=75000 atau hasil rate_calculator(...)", value=rate)
    return value


def _template_draft(brief: str, client: str | None) -> tuple[ProposalDraft, int]:
    f = read_idea(brief)
    name = client or f.name or f"Klien {f.segment}"
    n_video = count_of(brief, ("video", "konten", "reels", "tiktok")) or 3
    scope: list[ScopeItem] = [ScopeItem(description="Analisis kebutuhan dan pengumpulan materi dari klien", hours=2)]
    deliverables, goals, out = [], [], []
    if "chatbot" in f.services:
        scope += [
            ScopeItem(description=f"Persona dan system prompt chatbot dengan gaya bahasa {name}", hours=2),
            ScopeItem(description=f"Basis pengetahuan: {f.asks}", hours=3),
            ScopeItem(description="Aplikasi chat web (Gradio) dan uji coba bersama pemilik", hours=4),
            ScopeItem(description="Serah terima, panduan admin, dan deploy", hours=2),
        ]
        deliverables += ["Chatbot yang menjawab pertanyaan pelanggan 24 jam", "Link aplikasi chat siap dibagikan",
                         "Panduan singkat memperbarui info (menu/harga)"]
        goals.append(f"Pertanyaan rutin soal {f.asks} terjawab otomatis, admin fokus ke pesanan")
        out.append("Integrasi WhatsApp Business API resmi (biaya Meta terpisah)")
    if "video" in f.services:
        scope += [
            ScopeItem(description=f"Naskah dan storyboard {n_video} video pendek", hours=float(n_video)),
            ScopeItem(description=f"Produksi {n_video} video 9:16 (narasi, caption, musik)", hours=1.5 * n_video),
        ]
        deliverables.append(f"{n_video} video MP4 9:16 siap unggah + file caption (.srt)")
        goals.append(f"Konten promo rutin untuk Reels/TikTok {name}")
        out.append("Biaya iklan berbayar (ads) dan pengambilan video di lokasi")
    for s in ("design", "copywriting"):
        if s in f.services and not ({"chatbot", "video"} & set(f.services)):
            scope.append(ScopeItem(description=f"Pembuatan {s} sesuai brief", hours=6))
            deliverables.append(f"File {s} final")
    scope.append(ScopeItem(description="Revisi sesuai masukan klien", hours=2))
    goals = goals or [f"Solusi digital yang langsung dipakai {name}"]
    problem = f"{name}{f.where} ingin {f.service_phrase}. Ringkasan brief: {_short(brief)}"
    short = " & ".join(_SHORT[s] for s in f.services)
    draft = ProposalDraft(client=name, title=f"Proposal {short} untuk {name}", problem=problem,
                          goals=goals, scope=scope, out_of_scope=out or ["Pekerjaan di luar lingkup di atas"],
                          deliverables=deliverables or ["Hasil kerja final sesuai lingkup"])
    return draft, n_video


_SHORT = {"chatbot": "Chatbot AI", "video": "Video Promo AI", "design": "Desain Konten", "copywriting": "Copywriting"}


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.replace('"', "'").split())
    return text if len(text) <= n else text[: n - 3].rsplit(" ", 1)[0] + "..."


def _timeline(scope: list[ScopeItem], deadline: int | None) -> list[Milestone]:
    hours = sum(s.hours for s in scope)
    build_days = max(1, math.ceil(hours / 4))  # ~4 focused billable hours a day for one freelancer
    plan = [("Kickoff dan pengumpulan materi", 1, "Daftar kebutuhan disetujui"),
            ("Pengerjaan", build_days, "Versi pertama untuk dicoba klien"),
            ("Revisi", max(1, math.ceil(build_days / 3)), "Perbaikan sesuai masukan"),
            ("Serah terima", 1, "File final, link, dan panduan")]
    total = sum(d for _, d, _ in plan)
    if deadline and deadline < total:
        factor = deadline / total
        plan = [(n, max(1, math.floor(d * factor)), x) for n, d, x in plan]
    return [Milestone(name=n, days=d, deliverable=x) for n, d, x in plan]


_PROMPT = ("Kamu membantu freelancer muda Indonesia menyusun proposal jasa digital (chatbot AI, video pendek) "
           "untuk UMKM. Dari brief klien berikut, isi draf proposal: masalah, tujuan, lingkup pekerjaan dengan "
           "perkiraan jam yang realistis, hal yang tidak termasuk, dan hasil akhir. Jangan menulis harga."
           "\n\nBrief klien:\n{brief}")


def draft_proposal(
    client_brief: str,
    *,
    client: str | None = None,
    rate: Any = None,
    freelancer: str = "",
    contact: str = "",
    provider: str | None = None,
    model: str | None = None,
    ppn: float = 0.0,
    dp: float = 0.5,
    revisions: int = 2,
    validity_days: int = 14,
    api_budget: int | None = None,
) -> Proposal:
    """A complete proposal from a client brief: the LLM (or, offline, the brief's own words) drafts the text;
    gigai computes the quote from ``rate`` (RateResult or rupiah/hour) and the timeline from the hours.

    Used in: Lab 9.
    """
    if not isinstance(client_brief, str) or len(client_brief.strip()) < 10:
        raise InputError("E037", "Tulis brief klien minimal satu kalimat.", "Write at least one sentence of brief.",
                         hint='draft_proposal("Kedai Kopi Senja butuh chatbot WhatsApp ...")', value=client_brief)
    if not 0 < dp < 1:
        raise InputError("E037", "DP ditulis sebagai pecahan antara 0 dan 1, misalnya 0.5.",
                         "dp is a fraction between 0 and 1, e.g. 0.5.", hint="dp=0.5", value=dp)
    hourly = _hourly(rate)
    draft, _ = _template_draft(client_brief, client)
    source = "template offline (tanpa LLM)"
    from gigai.business.canvas import _llm_label

    label = _llm_label(provider, model)
    if label is not None:
        try:
            import gigai

            got = gigai.structured(_PROMPT.format(brief=client_brief.strip()), ProposalDraft,
                                   provider=provider, model=model)
            got = got if isinstance(got, ProposalDraft) else ProposalDraft.model_validate(got)
            if got.scope and got.deliverables and got.problem.strip():
                for item in got.scope:
                    item.hours = min(max(float(item.hours), 0.5), 40.0)
                draft = got.model_copy(update={"client": client or got.client or draft.client})
                source = f"llm: {label}"
        except Exception as exc:  # noqa: BLE001 - provider trouble must not stop the lab
            source = f"template offline (LLM gagal: {type(exc).__name__})"
    lines = [(s.description, 1, "paket", ceil_to(s.hours * hourly, 10_000)) for s in draft.scope]
    f = read_idea(client_brief)
    if "chatbot" in f.services:
        if api_budget is None:
            from gigai.business.api_cost import api_cost_estimate

            api_budget = max(25_000, api_cost_estimate(1_000).budget_idr)
        if api_budget:
            lines.append(("Biaya API LLM bulan pertama (estimasi 1.000 percakapan)", 1, "bulan", api_budget))
    q = quote(lines, ppn=ppn)
    deadline = days_of(client_brief)
    timeline = _timeline(draft.scope, deadline)
    notes = []
    if deadline and deadline < sum(m.days for m in _timeline(draft.scope, None)):
        notes.append(f"Tenggat klien {deadline} hari lebih pendek dari jadwal normal: jadwal dipadatkan, "
                     "pastikan materi dari klien datang di hari pertama.")
    budget = budget_of(client_brief)
    if budget and budget < q.total:
        notes.append(f"Anggaran klien {rupiah(budget)} di bawah total {rupiah(q.total)}: tawarkan paket lebih "
                     "kecil (kurangi lingkup), jangan turunkan tarif per jam.")
    extra_revision = ceil_to(hourly, 5_000)
    terms = [f"DP {dp * 100:g}% ({rupiah(round(q.total * dp))}) dibayar sebelum pekerjaan dimulai",
             f"Pelunasan {(1 - dp) * 100:g}% ({rupiah(q.total - round(q.total * dp))}) saat serah terima",
             "Pembayaran lewat transfer bank atau e-wallet; bukti transfer dikirim via WhatsApp",
             f"Revisi di luar kuota: {rupiah(extra_revision)} per revisi"]
    proposal = Proposal(
        client=draft.client, title=draft.title, problem=draft.problem, goals=draft.goals,
        scope=[s.description for s in draft.scope], out_of_scope=draft.out_of_scope,
        deliverables=draft.deliverables, timeline=timeline, quote=q, payment_terms=terms, revisions=revisions,
        validity_days=validity_days, freelancer=freelancer, contact=contact, notes=notes,
    )
    proposal._source = source
    return proposal
