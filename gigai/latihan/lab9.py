"""Lab 9 exercises: a complete proposal, a consistent quote, a PDF, and a pitch video."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gigai.latihan._util import get, number, video_facts
from gigai.latihan.core import Exercise, Lab, expect

PPN_RATES = (0.0, 0.11, 0.12)
DP_WORDS = ("dp", "uang muka", "down payment", "termin", "%")


def _proposal(proposal: Any) -> None:
    expect(str(get(proposal, "client", default="") or "").strip(), "Nama klien belum diisi.", "No client name.")
    scope = list(get(proposal, "scope", default=[]) or [])
    expect(scope, "Lingkup pekerjaan (scope) masih kosong.", "The scope is empty.")
    timeline = list(get(proposal, "timeline", default=[]) or [])
    expect(timeline, "Jadwal (timeline) belum ada.", "The timeline is missing.")
    q = get(proposal, "quote", default=None)
    total = number(get(q, "total", default=0) if q is not None else get(proposal, "total", default=0), "total")
    expect(total > 0, "Harga total masih 0.", "The total price is 0.")
    terms = " ".join(str(t) for t in (get(proposal, "payment_terms", default=[]) or [])).lower()
    expect(terms.strip(), "Syarat pembayaran belum ada.", "Payment terms are missing.")
    expect(any(w in terms for w in DP_WORDS), "Tulis skema pembayaran yang jelas, misalnya DP 50% di awal.",
           "State a clear payment schedule, e.g. 50% down payment.")


def _quote(my_quote: Any) -> None:
    lines = list(get(my_quote, "lines", default=[]) or [])
    expect(lines, "Penawaran belum punya item.", "The quote has no lines.")
    subtotal = sum(number(get(ln, "qty", default=1), "qty") * number(get(ln, "unit_price", default=None), "harga")
                   for ln in lines)
    discount = number(get(my_quote, "discount", default=0) or 0, "diskon")
    rate = number(get(my_quote, "ppn_rate", default=0) or 0, "ppn_rate")
    expect(any(abs(rate - r) < 1e-9 for r in PPN_RATES), f"PPN {rate:g} tidak lazim: pakai 0 (bukan PKP), 0.11, "
           "atau 0.12.", f"Unusual PPN {rate:g}: use 0 (not a PKP), 0.11 or 0.12.")
    expect(discount <= subtotal, "Diskon lebih besar dari subtotal.", "The discount exceeds the subtotal.")
    want = round(subtotal - discount) + round((subtotal - discount) * rate)
    total = number(get(my_quote, "total", default=None), "total")
    expect(abs(total - want) <= 1, f"Total {total:,.0f} tidak cocok dengan hitungan item ({want:,.0f}).",
           f"Total {total:,.0f} does not match the lines ({want:,.0f}).")
    expect(total > 0, "Total penawaran masih 0.", "The quote total is 0.")


def _pdf(pdf_path: Any) -> None:
    p = Path(str(pdf_path))
    expect(p.exists(), f"File PDF tidak ditemukan: {p}", f"PDF not found: {p}")
    head = p.read_bytes()[:5]
    expect(head == b"%PDF-", "File itu bukan PDF.", "That file is not a PDF.")
    expect(p.stat().st_size > 1000, "PDF-nya hampir kosong.", "The PDF is nearly empty.")


def _pitch(pitch_video: Any) -> None:
    facts = video_facts(pitch_video)
    expect(facts.get("width") and facts.get("height"), "File itu tidak berisi video.", "That file has no video.")
    expect(facts.get("has_audio"), "Video pitch belum ada suaranya.", "The pitch video has no audio.")
    dur = facts.get("duration") or 0
    expect(5 <= dur <= 90, f"Video pitch {dur:.0f} detik; buat 15-60 detik.", f"The pitch is {dur:.0f} s; make 15-60 s.")


q1 = Exercise("q1", "Proposal lengkap", _proposal, vars=("proposal",), hints=[
    "Klien perlu tahu: apa yang dikerjakan, kapan selesai, berapa harganya, bagaimana bayarnya.",
    "`proposal = draft_proposal(client_brief, rate=my_rate)` mengisi semuanya; lalu sesuaikan.",
], solution_code='from gigai.business import draft_proposal\n\nproposal = draft_proposal(client_brief, rate=75_000, '
                 'freelancer="Nama Kamu")\nproposal')
q2 = Exercise("q2", "Penawaran harga konsisten", _quote, vars=("my_quote",), hints=[
    "Total = jumlah (qty x harga satuan) - diskon + PPN. Jangan hitung manual, biarkan `quote()` menghitung.",
    "`my_quote = quote([(\"Setup chatbot\", 1, 850_000), (\"Video promo\", 3, 150_000)], ppn=0)`",
], solution_code='from gigai.business import quote\n\nmy_quote = quote([("Setup chatbot FAQ", 1, 850_000), '
                 '("Video promo 9:16", 3, 150_000)], discount=50_000, ppn=0)\nmy_quote')
q3 = Exercise("q3", "Proposal jadi PDF", _pdf, vars=("pdf_path",), hints=[
    "`proposal.to_pdf(\"proposal.pdf\")` mengembalikan path file-nya.",
], solution_code='pdf_path = proposal.to_pdf("proposal_klien.pdf")\npdf_path')
q4 = Exercise("q4", "Video pitch", _pitch, vars=("pitch_video",), hints=[
    "Pakai pipeline hari pertama: Brief -> write_storyboard -> render.",
    "`pitch_video = render(write_storyboard(brief), out=\"pitch.mp4\", preset=\"preview\")`",
], solution_code='from gigai.video import Brief, write_storyboard, render\n\n'
                 'brief = Brief(product="Jasa chatbot WhatsApp", business="Nama Kamu", audience="pemilik UMKM",\n'
                 '              cta="Chat aku untuk demo gratis!")\n'
                 'pitch_video = render(write_storyboard(brief), out="pitch.mp4", preset="preview")')

lab = Lab("lab9", "Lab 9: Proposal untuk klien", [q1, q2, q3, q4])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "q4", "lab", "progress"]
