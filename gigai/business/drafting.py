"""Draft a proposal from a client's brief: an LLM (or, offline, the brief's own words) writes problem,
scope and deliverables; gigai computes hours, price, timeline and payment terms. Prices never come from
the model.

    >>> p = draft_proposal("Laundry Bersih Kilat di Bandung butuh chatbot WhatsApp, selesai 2 minggu", rate=75_000)

Used in: Lab 9.
"""

from __future__ import annotations

import math
import re
from typing import Any

from pydantic import BaseModel, Field

from gigai.business._ideas import budget_of, count_of, days_of, llm_label, read_idea
from gigai.business.money import as_amount, ceil_to
from gigai.business.proposal import Milestone, Proposal, payment_schedule
from gigai.business.quotes import quote
from gigai.errors import InputError

__all__ = ["ScopeItem", "ProposalDraft", "draft_proposal", "DEFAULT_HOURLY"]

_NAME_LINE = re.compile(r"^\s*(?:klien|client|nama usaha)\s*:.*$", re.I | re.M)
DEFAULT_HOURLY = 75_000  # used when no rate is given; Lab 8's rate_calculator gives your own


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
    value = round(as_amount(rate, what="tarif per jam"))
    if value <= 0:
        raise InputError("E170", "Tarif per jam harus lebih dari 0.", "Hourly rate must be above 0.",
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
        deliverables += [ALWAYS_ON_DELIVERABLE, "Link aplikasi chat siap dibagikan",
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
    problem = brief_summary(brief, name, f)
    short = " & ".join(_SHORT[s] for s in f.services)
    draft = ProposalDraft(client=name, title=f"Proposal {short} untuk {name}", problem=problem,
                          goals=goals, scope=scope, out_of_scope=out or ["Pekerjaan di luar lingkup di atas"],
                          deliverables=deliverables or ["Hasil kerja final sesuai lingkup"])
    return draft, n_video


ALWAYS_ON_DELIVERABLE = "Chatbot yang menjawab pertanyaan pelanggan 24 jam (di hosting yang selalu menyala)"
CLIENT_HOSTED_DELIVERABLE = "Chatbot yang menjawab pertanyaan pelanggan, dijalankan di hosting milik klien"
_CHAT_WORDS = ("chat", "wa", "whatsapp", "dm", "tanya", "nanya", "inbox", "pesan")
_NO_CONTENT_WORDS = ("belum punya konten", "belum ada konten", "jarang posting", "jarang upload", "belum punya video",
                     "promosi", "promo")


def brief_summary(brief: str, name: str, f: Any) -> str:
    """The client's situation in the proposal's own words (third person), never the pasted chat: who, where,
    what customers ask, what is needed, by when and for how much."""
    from gigai.business.money import rupiah

    low = f" {_NAME_LINE.sub('', brief).lower()} "
    sentences = []
    if "chatbot" in f.services and any(re.search(rf"\b{w}\b", low) for w in _CHAT_WORDS):
        sentences.append(f"Pelanggan {name} sering bertanya soal {f.asks} lewat chat, dan pertanyaan itu masih "
                         "dijawab satu per satu oleh pemilik atau admin.")
    if "video" in f.services and any(w in low for w in _NO_CONTENT_WORDS):
        sentences.append(f"{name} butuh konten video promo yang rutin untuk media sosial.")
    need = f"{name}{f.where} membutuhkan {f.service_phrase}"
    days, budget = days_of(brief), budget_of(brief)
    if days:
        need += f", selesai dalam {days} hari"
    if budget:
        need += f", dengan anggaran sekitar {rupiah(budget)}"
    sentences.append(need + ".")
    return " ".join(sentences)


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
    hosting_budget: int | None = None,
    date: Any = None,
) -> Proposal:
    """A complete proposal from a client brief: the LLM (or, offline, the brief's own words) drafts the text;
    gigai computes the quote from ``rate`` (RateResult or rupiah/hour), the timeline from the hours, and the
    payment terms (``dp`` share up front) from the quote.

    ``api_budget``: the first month of LLM cost for a chatbot (default: an estimate for 1.000 conversations);
    ``hosting_budget``: the first month of always-on hosting for a chatbot (default: the VPS price of
    ``gigai.business.HOSTING``); ``hosting_budget=0`` when the client hosts it, and then the proposal does not
    promise 24-hour answers.
    Used in: Lab 9.
    """
    if not isinstance(client_brief, str) or len(client_brief.strip()) < 10:
        raise InputError("E171", "Tulis brief klien minimal satu kalimat.", "Write at least one sentence of brief.",
                         hint='draft_proposal("Kedai Kopi Senja butuh chatbot WhatsApp ...")', value=client_brief)
    payment_schedule(0, dp)  # validates dp with a clear message before any work
    hourly = _hourly(rate)
    draft, _ = _template_draft(client_brief, client)
    source = "template offline (tanpa LLM)"
    label = llm_label(provider, model)
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
            lines.append(("Biaya API LLM bulan pertama (estimasi 1.000 percakapan)", 1, "bulan",
                          round(as_amount(api_budget, what="api_budget"))))
        if hosting_budget is None:
            from gigai.business.hosting import HOSTING

            hosting_budget = HOSTING["vps"].idr_per_month
        if hosting_budget:
            lines.append(("Hosting bot 24 jam, bulan pertama", 1, "bulan",
                          round(as_amount(hosting_budget, what="hosting_budget"))))
        else:  # the client hosts the bot: promise nothing about always-on
            draft = draft.model_copy(update={
                "deliverables": [CLIENT_HOSTED_DELIVERABLE if d == ALWAYS_ON_DELIVERABLE else d
                                 for d in draft.deliverables],
                "out_of_scope": [*draft.out_of_scope, "Biaya hosting 24 jam (ditanggung klien)"]})
    q = quote(lines, ppn=ppn)
    deadline = days_of(client_brief)
    timeline = _timeline(draft.scope, deadline)
    notes = []
    if deadline and deadline < sum(m.days for m in _timeline(draft.scope, None)):
        notes.append(f"Tenggat klien {deadline} hari lebih pendek dari jadwal normal: jadwal dipadatkan, "
                     "pastikan materi dari klien datang di hari pertama.")
    if "chatbot" in f.services:
        notes.append("Chatbot dikirim sebagai link aplikasi web. Menyambungkan ke nomor WhatsApp resmi butuh "
                     "WhatsApp Business API (verifikasi Meta dan biaya per percakapan), dihitung terpisah.")
    proposal = Proposal(
        client=draft.client, title=draft.title, problem=draft.problem, goals=draft.goals,
        scope=[s.description for s in draft.scope], out_of_scope=draft.out_of_scope,
        deliverables=draft.deliverables, timeline=timeline, quote=q, dp=dp,
        extra_revision_price=ceil_to(hourly, 5_000), revisions=revisions, validity_days=validity_days,
        freelancer=freelancer, contact=contact, notes=notes, client_budget=budget_of(client_brief) or 0, **({"date": date} if date is not None else {}),
    )
    proposal._source = source
    return proposal
