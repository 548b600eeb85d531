"""Lab 9 exercises: a proposal for YOUR client, your own quote, payment terms that follow it, a Perjanjian Jasa, an
invoice, the PDF, and (optional) a pitch video. The lab's worked example (the Laundry Bersih Kilat brief)
and the kit's sample businesses do not pass."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from gigai.business.money import rupiah
from gigai.latihan._util import get, number, video_facts
from gigai.latihan.core import Exercise, Lab, expect, fail
from gigai.latihan.judge import business_problem, language_problem, words
from gigai.latihan.lab8 import expect_own, untouched_if_blank

PPN_RATES = (0.0, 0.11, 0.12)
# The worked example's quote lines: a copy of them is not the participant's own quote.
EXAMPLE_QUOTE = (("Setup chatbot FAQ laundry", 850_000), ("Video promo TikTok 9:16", 150_000))


# What a client asks a freelancer of this course to make: a brief names at least one.
DELIVERABLES = ("chatbot", "bot", "video", "konten", "reels", "tiktok", "shorts", "desain", "design", "logo",
                "caption", "website", "web", "admin", "feed", "poster", "foto", "iklan", "aplikasi", "otomatis",
                "copywriting", "postingan", "posting")
_CLIENT_LINE = re.compile(r"^\s*(?:klien|client|nama usaha)\s*:\s*(.+)$", re.I | re.M)


def brief_problem(brief: str, client: str = "") -> str | None:
    """Why a client brief is not yet a brief: it must name the client's business and what they need, in
    Indonesian, in more than a line."""
    text = str(brief or "")
    problem = language_problem(text, "Brief klienmu")
    if problem:
        return problem
    m = _CLIENT_LINE.search(text)
    named = (m.group(1).strip() if m else "") or (client if client and client.lower() in text.lower() else "")
    if not named or business_problem(named):
        return ("Brief belum menyebut nama usaha klien. Tulis di baris pertama, misalnya `Klien: Seblak Teh Euis`, "
                "lalu pesan klien di bawahnya.")
    body = _CLIENT_LINE.sub("", text)
    if not any(w in DELIVERABLES for w in words(body)):
        return ("Brief belum menyebut kebutuhan klien: apa yang diminta (chatbot, video promo, desain, caption) dan "
                "masalah apa yang mau diselesaikan?")
    if len(words(body)) < 10:
        return ("Brief-mu baru beberapa kata. Tulis pesan klien seperti chat sungguhan: masalahnya, layanan yang "
                "diminta, tenggat, dan budget.")
    return None


def _proposal(proposal_saya: Any, brief_klien: Any = None) -> None:
    client = str(get(proposal_saya, "client", default="") or "").strip()
    untouched_if_blank(client, get(proposal_saya, "freelancer", default=""), get(proposal_saya, "problem", default=""))
    expect(client, "Nama klien belum diisi.", "No client name.")
    if isinstance(brief_klien, str) and brief_klien.strip():
        problem = brief_problem(brief_klien, client)
        expect(problem is None, problem or "", problem or "")
    problem = business_problem(client, "Nama klien di proposal") or language_problem(
        get(proposal_saya, "problem", default=""), "Isi proposalmu")
    expect(problem is None, problem or "", problem or "")
    expect_own(f"{client} {get(proposal_saya, 'title', default='')}", "Proposalmu")
    expect(list(get(proposal_saya, "scope", default=[]) or []), "Lingkup pekerjaan (scope) masih kosong.",
           "The scope is empty.")
    expect(list(get(proposal_saya, "timeline", default=[]) or []), "Jadwal (timeline) belum ada.",
           "The timeline is missing.")
    q = get(proposal_saya, "quote", default=None)
    total = number(get(q, "total", default=0) if q is not None else 0, "total")
    expect(total > 0, "Harga total masih 0.", "The total price is 0.")
    freelancer = str(get(proposal_saya, "freelancer", default="") or "").strip()
    expect(freelancer and freelancer.lower() not in ("nama kamu", "(nama kamu)"),
           "Tulis namamu di `freelancer=...`: klien perlu tahu proposal ini dari siapa.",
           "Put your name in freelancer=...")


def _quote(penawaran_saya: Any) -> None:
    lines = list(get(penawaran_saya, "lines", default=[]) or [])
    untouched_if_blank(*[get(ln, "description", default="") for ln in lines])
    expect(lines, "Penawaran belum punya item.", "The quote has no lines.")
    subtotal = sum(number(get(ln, "qty", default=1), "qty") * number(get(ln, "unit_price", default=None), "harga")
                   for ln in lines)
    discount = number(get(penawaran_saya, "discount", default=0) or 0, "diskon")
    rate = number(get(penawaran_saya, "ppn_rate", default=0) or 0, "ppn_rate")
    expect(any(abs(rate - r) < 1e-9 for r in PPN_RATES), f"PPN {rate:g} tidak lazim: pakai 0 (bukan PKP), 0.11, "
           "atau 0.12.", f"Unusual PPN {rate:g}: use 0 (not a PKP), 0.11 or 0.12.")
    expect(discount <= subtotal, "Diskon lebih besar dari subtotal.", "The discount exceeds the subtotal.")
    want = round(subtotal - discount) + round((subtotal - discount) * rate)
    total = number(get(penawaran_saya, "total", default=None), "total")
    expect(abs(total - want) <= 1, f"Total {rupiah(total)} tidak cocok dengan hitungan item ({rupiah(want)}).",
           f"Total {rupiah(total)} does not match the lines ({rupiah(want)}).")
    expect(total > 0, "Total penawaran masih 0.", "The quote total is 0.")
    mine = tuple((str(get(ln, "description", default="")), number(get(ln, "unit_price", default=0), "harga"))
                 for ln in lines)
    expect(mine != EXAMPLE_QUOTE, "Ini masih penawaran contoh notebook. Tulis item dan harga untuk klienmu.",
           "This is still the notebook's example quote.")
    expect_own(" ".join(d for d, _ in mine), "Penawaranmu")


def _amounts(text: str) -> list[int]:
    return [int(m.replace(".", "")) for m in re.findall(r"Rp\s?([\d.]+)", text)]


def _terms(proposal_final: Any, penawaran_saya: Any = None) -> None:
    q = get(proposal_final, "quote", default=None)
    total = number(get(q, "total", default=0) if q is not None else 0, "total")
    if penawaran_saya is None:
        fail("Buat `penawaran_saya` dulu (Latihan 2).", "Make `penawaran_saya` first (exercise 2).")
    expect(abs(total - number(get(penawaran_saya, "total", default=0), "total")) <= 1,
           "Proposal final belum memakai penawaranmu. Pakai proposal_saya.with_quote(penawaran_saya).",
           "The final proposal does not use your quote yet: proposal_saya.with_quote(penawaran_saya).")
    terms = [str(t) for t in (get(proposal_final, "payment_terms", default=[]) or [])]
    expect(terms, "Syarat pembayaran belum ada.", "Payment terms are missing.")
    paid = [a for t in terms[:2] for a in _amounts(t)[:1]]
    expect(paid and sum(paid) == round(total), f"DP + pelunasan di syarat pembayaran ({rupiah(sum(paid))}) tidak "
           f"sama dengan total ({rupiah(total)}).", "DP + balance in the terms do not add up to the total.")
    dp = number(get(proposal_final, "dp", default=0.5), "dp")
    expect(0.3 <= dp <= 0.7 or len(paid) == 1, f"DP {dp:g} tidak lazim untuk klien baru: pilih 30%-70% (dp=0.5).",
           "An unusual DP for a new client: pick 30-70%.")
    revisions = number(get(proposal_final, "revisions", default=0), "revisions")
    expect(1 <= revisions <= 5, "Tulis kuota revisi 1-5 kali (revisions=2), supaya proyek tidak tanpa ujung.",
           "Set 1-5 revision rounds.")


def _contract(perjanjian: Any, proposal_final: Any = None) -> None:
    render = get(perjanjian, "to_markdown", default=None)
    text = str(render()) if callable(render) else str(perjanjian)
    for must, label in (("LUNAS", "kepemilikan hasil kerja setelah lunas"), ("revisi", "jumlah revisi"),
                        ("Pembatalan", "pembatalan"), ("nasihat hukum", "catatan 'bukan nasihat hukum'")):
        expect(must.lower() in text.lower(), f"Perjanjian jasa belum memuat {label}. Buat dengan draft_contract(proposal_final).",
               f"The agreement lacks {label}. Use draft_contract(proposal_final).")
    rep = str(get(perjanjian, "client_rep", default="") or "").strip()
    untouched_if_blank(rep, get(perjanjian, "city", default=""))
    expect(rep, "Tulis siapa yang menandatangani dari pihak klien: client_rep=\"Bu ... (pemilik)\".",
           "Name who signs for the client: client_rep=...")
    expect_own(f"{get(perjanjian, 'client', default='')} {rep}", "Perjanjian jasamu")
    if proposal_final is not None:
        expect(number(get(perjanjian, "total", default=0), "total") == number(get(proposal_final, "total", default=-1), "total"),
               "Nilai di perjanjian jasa berbeda dengan proposal final. Buat ulang dari proposal_final.",
               "The agreement's total differs from the final proposal. Rebuild it from proposal_final.")


def _invoice(invoice_dp: Any, proposal_final: Any = None) -> None:
    amount = number(get(invoice_dp, "amount", default=None), "jumlah tagihan")
    bank = str(get(invoice_dp, "bank", default="") or "")
    untouched_if_blank(bank)
    expect(re.search(r"\d{4}", bank), "Tulis rekening atau e-wallet tujuan transfer di bank=\"...\" (dengan nomornya).",
           "Put the account to pay into in bank=... (with its number).")
    expect_own(str(get(invoice_dp, "client", default="")), "Invoice-mu")
    problem = business_problem(get(invoice_dp, "client", default=""), "Nama klien di invoice")
    expect(problem is None, (problem or "") + " Buat invoice dengan invoice_for(proposal_final, \"dp\", bank=...).",
           problem or "")
    if proposal_final is not None:
        schedule = list(get(proposal_final, "payment_schedule", default=[]) or [])
        dp = number(get(schedule[0], "amount", default=-1), "DP") if schedule else -1
        expect(amount == dp, "Jumlah invoice DP tidak sama dengan DP di proposal final. Pakai "
               "invoice_for(proposal_final, \"dp\", ...).", "The DP invoice differs from the proposal's DP.")


def _pdf(pdf_proposal: Any) -> None:
    p = Path(str(pdf_proposal))
    expect(p.exists(), f"File PDF tidak ditemukan: {p.name}", f"PDF not found: {p.name}")
    expect(p.read_bytes()[:5] == b"%PDF-", "File itu bukan PDF.", "That file is not a PDF.")
    expect(p.stat().st_size > 1000, "PDF-nya hampir kosong.", "The PDF is nearly empty.")
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return
    doc = pdfium.PdfDocument(str(p))
    try:
        text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    expect("Rp" in text, "PDF ini tidak berisi harga. Buat dari proposal_final.to_pdf(...).",
           "This PDF has no prices. Make it with proposal_final.to_pdf(...).")
    expect_own(text[:400], "PDF-mu")


def _pitch(video_pitch: Any) -> None:
    facts = video_facts(video_pitch)
    expect(facts.get("width") and facts.get("height"), "File itu tidak berisi video.", "That file has no video.")
    expect(facts.get("has_audio"), "Video pitch belum ada suaranya.", "The pitch video has no audio.")
    dur = facts.get("duration") or 0
    expect(10 <= dur <= 90, f"Video pitch {dur:.0f} detik; buat 15-60 detik.", f"The pitch is {dur:.0f} s; make 15-60 s.")


q1 = Exercise("q1", "Proposal untuk klienmu", _proposal, vars=("proposal_saya", "brief_klien?"), hints=[
    "Proposal menjawab empat hal: apa yang dikerjakan, kapan selesai, berapa, bagaimana bayarnya. Mulai dari "
    "pesan klienmu sendiri (atau usaha keluarga/teman), bukan contoh laundry.",
    "Tulis `brief_klien` seperti pesan WhatsApp dari klien: nama usaha, kota, masalah, layanan, tenggat, budget.",
    '`proposal_saya = draft_proposal(brief_klien, rate=tarif_saya, freelancer="Namamu", contact="WA ...")`',
], solution_code='''brief_klien = """Klien: Warung Sate Pak Kumis
Mas, saya punya warung sate di Solo. Tiap malam banyak chat tanya menu dan antrean, saya kewalahan.
Mau dibuatkan chatbot dan 2 video promo. Bisa selesai 10 hari? Budget sekitar Rp 2 juta."""
proposal_saya = draft_proposal(brief_klien, rate=tarif_saya, freelancer="Dimas", contact="WA 0812-3456-7890")
proposal_saya''')
q2 = Exercise("q2", "Penawaran harga milikmu", _quote, vars=("penawaran_saya",), hints=[
    "Harga per item = jam x tarifmu, dibulatkan; biarkan `quote()` yang menjumlah.",
    "Sesuaikan dengan budget klien: kurangi lingkup (lebih sedikit video), jangan turunkan tarif per jam.",
    '`penawaran_saya = quote([("Chatbot menu", 1, 900_000), ("Video promo 9:16", 2, 200_000)], ppn=0)`',
], solution_code='''penawaran_saya = quote(
    [("Chatbot menu, harga, dan antrean", 1, 1_050_000), ("Video promo sate 9:16", 2, 250_000),
     ("Hosting + API bulan pertama", 1, "bulan", 110_000)],
    ppn=0,
)
penawaran_saya''')
q3 = Exercise("q3", "Syarat pembayaran mengikuti penawaran", _terms, vars=("proposal_final", "penawaran_saya?"),
              hints=[
    "Jangan menulis DP dengan tangan: kalau harga berubah, angka DP lama tertinggal.",
    "`with_quote(...)` membuat proposal baru dengan penawaranmu; DP dan pelunasan dihitung ulang otomatis.",
    "`proposal_final = proposal_saya.with_quote(penawaran_saya)`",
], solution_code='''proposal_final = proposal_saya.with_quote(penawaran_saya)
proposal_final.payment_terms''')
q4 = Exercise("q4", "Perjanjian jasa sederhana", _contract, vars=("perjanjian", "proposal_final?"), hints=[
    "Perjanjian jasa menjawab: apa yang dikerjakan, berapa kali revisi, kapan hasil kerja jadi milik klien, bagaimana kalau "
    "batal.",
    "Buat dari proposal final supaya angka dan lingkupnya sama; isi siapa penandatangan dari pihak klien.",
    '`perjanjian = draft_contract(proposal_final, client_rep="Pak ... (pemilik)", city="Kotamu")`',
], solution_code='''perjanjian = draft_contract(proposal_final, client_rep="Pak Kumis (pemilik)", city="Solo")
perjanjian''')
q5 = Exercise("q5", "Invoice DP", _invoice, vars=("invoice_dp", "proposal_final?"), hints=[
    "Invoice pertama menagih DP saja; angka DP datang dari proposal final.",
    "Tulis ke mana klien mentransfer (bank/e-wallet dan nomornya).",
    '`invoice_dp = invoice_for(proposal_final, "dp", bank="BCA 1234567890 a.n. Namamu")`',
], solution_code='''invoice_dp = invoice_for(proposal_final, "dp", bank="BRI 0123-01-000123-50-9 a.n. Dimas")
invoice_dp''')
q6 = Exercise("q6", "Proposal jadi PDF", _pdf, vars=("pdf_proposal",), hints=[
    "Klien lebih suka satu file rapi daripada teks panjang di chat.",
    "`to_pdf(...)` menyimpan file dan mengembalikan path-nya; simpan di folder `hasil/`.",
    '`pdf_proposal = proposal_final.to_pdf("hasil/proposal_saya.pdf")`',
], solution_code='''pdf_proposal = proposal_final.to_pdf("hasil/proposal_saya.pdf")
pdf_preview(pdf_proposal)''')
q7 = Exercise("q7", "Video pitch (opsional)", _pitch, vars=("video_pitch",), hints=[
    "Pakai pipeline video hari pertama untuk memperkenalkan JASAMU (bukan produk klien).",
    "Brief: product = jasamu, business = namamu, audience = pemilik usaha, cta = ajakan chat untuk demo.",
    '`video_pitch = render(write_storyboard(Brief(...), scenes=3), out="hasil/pitch.mp4", preset="preview")`',
], solution_code='''from gigai.video import Brief, render, write_storyboard

brief_pitch = Brief(product="Chatbot menu dan video promo untuk warung", business="Dimas Digital",
                    audience="pemilik warung di Solo", price="mulai Rp 900.000", cta="Chat aku untuk demo gratis!")
video_pitch = render(write_storyboard(brief_pitch, scenes=3), out="hasil/pitch.mp4", preset="preview",
                     progress=False)''')

lab = Lab("lab9", "Lab 9: Proposal, perjanjian jasa, dan invoice untuk klien", [q1, q2, q3, q4, q5, q6, q7])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "lab", "progress", "EXAMPLE_QUOTE"]
