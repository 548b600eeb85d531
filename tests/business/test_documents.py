"""Payment terms follow the quote; invoices and SPK from a proposal; Indonesian formats; tax and platforms."""

from __future__ import annotations

import re

import pytest

from gigai.business import (
    EXAMPLE_MONTHLY_COSTS,
    draft_contract,
    draft_proposal,
    invoice_for,
    net_after_fee,
    payment_schedule,
    pdf_preview,
    platform_fees,
    quote,
    rate_calculator,
    running_cost,
    tax_facts,
    umkm_tax,
)
from gigai.business.formats import angka, tanggal
from gigai.errors import InputError

BRIEF = ("Halo kak, saya punya bengkel motor \"Jaya Motor\" di Medan. Pelanggan sering tanya antrean servis "
         "lewat WA. Mau chatbot, selesai 10 hari, budget 2 juta.")


@pytest.fixture()
def proposal():
    return draft_proposal(BRIEF, rate=80_000, freelancer="Dimas", date="2026-12-01")


def _amounts(terms):
    import re

    from gigai.business import parse_rupiah

    return [parse_rupiah(m) for t in terms for m in re.findall(r"Rp [\d.]+", t)[:1]]


def test_payment_terms_follow_a_replaced_quote(proposal):
    before = proposal.total
    new_q = quote([("Setup chatbot FAQ bengkel", 1, 850_000), ("Video promo 9:16", 3, 150_000)])
    assert new_q.total == 1_300_000 != before
    for changed in (proposal.with_quote(new_q), proposal.model_copy(update={"quote": new_q})):
        dp, rest = changed.payment_schedule
        assert dp.amount + rest.amount == 1_300_000 == changed.total
        terms = changed.payment_terms
        assert "DP 50% (Rp 650.000)" in terms[0] and "Rp 650.000" in terms[1]
        assert _amounts(terms[:2]) == [650_000, 650_000]
        md = changed.to_markdown()
        assert "Rp 650.000" in md and f"({f'Rp {before // 2:,}'.replace(',', '.')})" not in md
    assert proposal.total == before  # the original is untouched


@pytest.mark.parametrize("total,dp", [(1_300_000, 0.5), (1_234_567, 0.3), (999_999, 0.25), (50_001, 0.5),
                                      (7, 0.5), (0, 0.5), (2_000_000, 0)])
def test_dp_plus_balance_is_total(total, dp):
    parts = payment_schedule(total, dp)
    assert sum(p.amount for p in parts) == total


def test_dp_out_of_range_is_refused():
    with pytest.raises(InputError) as err:
        payment_schedule(100_000, 50)
    assert "GIGAI-E184" in str(err.value)


def test_budget_note_follows_the_quote(proposal):
    assert any("Anggaran klien Rp 2.000.000" in n for n in proposal.all_notes) == (proposal.total > 2_000_000)
    cheap = proposal.with_quote(quote([("Chatbot FAQ kecil", 1, 900_000)]))
    assert not any("Anggaran klien" in n for n in cheap.all_notes)
    dear = proposal.with_quote(quote([("Chatbot lengkap", 1, 3_000_000)]))
    assert any("di bawah total Rp 3.000.000" in n for n in dear.all_notes)


def test_proposal_uses_indonesian_formats(proposal):
    md = proposal.to_markdown()
    assert "1 Desember 2026" in md and "15 Desember 2026" in md and "2026-12-01" not in md
    assert not re.search(r"\d\.\d{1,2}(?!\d)", md)  # no "Rp 0.00", no "80.0"
    assert angka(80.0) == "80" and angka(86.666) == "86,7" and tanggal("2027-03-31") == "31 Maret 2027"


def test_rate_calculator_tax_zero_by_default_and_explained():
    r = rate_calculator(5_000_000, 20, EXAMPLE_MONTHLY_COSTS)
    assert r.tax == 0 and r.tax_per_month == 0
    md = r.to_markdown()
    assert "PTKP" in md and "80 jam/bulan" in md and not re.search(r"\d\.\d{1,2}(?!\d)", md)
    taxed = rate_calculator(5_000_000, 20, EXAMPLE_MONTHLY_COSTS, tax=0.005)
    assert taxed.hourly >= r.hourly and "0,5%" in taxed.to_markdown()


def test_umkm_tax_threshold():
    assert umkm_tax(0) == 0 and umkm_tax(500_000_000) == 0 and umkm_tax("Rp 300 juta") == 0
    assert umkm_tax(600_000_000) == 500_000
    md = tax_facts(120_000_000).to_markdown()
    for fact in ("NIK", "PPh 21", "PPh 23", "bukti potong", "Rp 500 juta", "bukan nasihat pajak", "pekerjaan bebas",
                 "NPPN", "3 bulan pertama", "PTKP Rp 54.000.000", "Pasal 17", "7 tahun pajak"):
        assert fact in md, fact


def test_invoices_add_up_to_the_project(proposal):
    dp = invoice_for(proposal, "dp", bank="BRI 0000 a.n. Dimas", date="2026-12-01")
    rest = invoice_for(proposal, "pelunasan", date="2026-12-15")
    assert dp.amount + rest.amount == proposal.total and rest.paid_before == dp.amount
    assert rest.remaining_after == 0
    md = dp.to_markdown()
    assert "4 Desember 2026" in md and "BRI 0000" in md and dp.number.startswith("INV/20261201/")
    assert invoice_for(proposal, "penuh").amount == proposal.total
    with pytest.raises(InputError):
        invoice_for(proposal, "cicilan")
    with pytest.raises(InputError):
        invoice_for({"client": "x"}, "dp")


def test_contract_has_the_terms_a_client_signs(proposal):
    spk = draft_contract(proposal, client_rep="Pak Jaya", city="Medan", date="2026-12-02")
    md = spk.to_markdown()
    for must in ("Bukan nasihat hukum", "LUNAS", "putaran revisi", "Pembatalan", "UU 27/2022", "Pak Jaya",
                 "Medan, 2 Desember 2026"):
        assert must in md, must
    dp = proposal.payment_schedule[0]
    assert f"{dp.label}: Rp" in md
    with pytest.raises(InputError):
        draft_contract("bukan proposal")


def test_documents_write_pdfs_and_preview(proposal, tmp_path):
    paths = [proposal.to_pdf(tmp_path / "p.pdf"), invoice_for(proposal).to_pdf(tmp_path / "i"),
             draft_contract(proposal).to_pdf(tmp_path / "spk.pdf")]
    for path in paths:
        assert path.suffix == ".pdf" and path.read_bytes()[:5] == b"%PDF-"
    pytest.importorskip("pypdfium2", reason="the labs extra installs pypdfium2 for the inline preview")
    prev = pdf_preview(paths[0], pages=2)
    assert len(prev.images) == 2 and prev.images[0][:4] == b"\x89PNG"
    assert "data:image/png;base64" in prev._repr_html_()
    with pytest.raises(InputError):
        pdf_preview(tmp_path / "tidak-ada.pdf")


def test_platforms_and_running_cost():
    assert net_after_fee(1_000_000, "fiverr") == 800_000
    assert net_after_fee("Rp 1 juta", "Projects.co.id") == 880_000
    md = platform_fees(500_000).to_markdown()
    for name in ("Fastwork", "Sribu", "Projects.co.id", "Upwork", "Fiverr", "Dicek 7 Desember 2026", "https://"):
        assert name in md
    with pytest.raises(InputError):
        net_after_fee(100, "tokopedia")
    rc = running_cost(2_000, hosting="vps", api_budget=20_000)
    assert rc.total == rc.hosting.idr_per_month + 20_000
    assert rc.monthly_fee(75_000, maintenance_hours=2) >= rc.total + 150_000
    assert "Tidak menyala 24 jam" in running_cost(100, hosting="laptop", api_budget=0).to_markdown()
    with pytest.raises(InputError):
        running_cost(100, hosting="server-teman")


def test_proposal_rejects_unknown_fields(proposal):
    from pydantic import ValidationError

    from gigai.business import Proposal

    data = proposal.model_dump()
    data["payment_terms"] = ["DP 50% (Rp 577.500)"]  # the old stored terms cannot come back
    with pytest.raises(ValidationError):
        Proposal.model_validate(data)


def test_pdf_after_a_quote_change_shows_the_new_terms(proposal, tmp_path):
    """The lab 9 bug as the client saw it: the PDF kept the old DP after the quote was replaced."""
    pdfium = pytest.importorskip("pypdfium2", reason="reading PDF text needs pypdfium2 (labs extra)")
    old_dp = proposal.payment_schedule[0].amount
    new = proposal.with_quote(quote([("Setup chatbot FAQ bengkel", 1, 850_000), ("Video promo 9:16", 3, 150_000)]))
    doc = pdfium.PdfDocument(str(new.to_pdf(tmp_path / "baru.pdf")))
    text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    doc.close()
    assert "DP 50% (Rp 650.000)" in text and "Pelunasan 50% (Rp 650.000)" in text and "Rp 1.300.000" in text
    assert f"Rp {old_dp:,}".replace(",", ".") not in text
    assert "1 Desember 2026" in text


_BRIEFS_24H = [
    "Klien: Seblak Teh Euis\nHalo Dinda, ini Teh Euis. Warung seblak teteh di Cihampelas tiap malam banyak chat "
    "nanya menu dan level pedas, teteh kewalahan. Mau dibuatkan chatbot, kalau bisa 1 minggu. Budget 1,5 juta.",
    "Klien: Bakso Mas Gun\nMas, tiap malam orang tanya bakso masih ada atau habis lewat WA. Butuh chatbot.",
    "Klien: Rara Bakery\nKak, toko kue aku di Malang sering ditanya harga kue ultah. Pengen chatbot + 2 video promo.",
    "Nina Florist di Medan butuh chatbot pemesanan buket, selesai 2 minggu, budget Rp 2 juta.",
]


@pytest.mark.parametrize("brief", _BRIEFS_24H)
def test_a_proposal_that_promises_24_hour_answers_prices_hosting(brief):
    p = draft_proposal(brief, rate=60_000, freelancer="Dinda")
    assert p.promises_always_on, "a chatbot proposal promises answers around the clock"
    hosting = [ln for ln in p.quote.lines if "hosting" in ln.description.lower()]
    assert hosting and hosting[0].unit_price > 0, p.quote.lines
    assert not p.warnings()
    # The client hosts it: no 24-hour promise, and hosting is written as the client's.
    own = draft_proposal(brief, rate=60_000, freelancer="Dinda", hosting_budget=0)
    assert not own.promises_always_on and any("hosting" in x.lower() for x in own.out_of_scope)
    # A hand-made quote without hosting keeps the promise: the notebook view warns before it is sent.
    bare = p.with_quote(quote([("Chatbot", 1, 1_000_000)]))
    assert bare.warnings() and "hosting" in bare._repr_markdown_().split("\n")[0].lower()
    assert "hosting" not in bare.to_markdown().split("## Masalah")[0].lower()  # not printed for the client


@pytest.mark.parametrize("brief", _BRIEFS_24H)
def test_the_proposal_summarises_the_brief_instead_of_pasting_the_chat(brief):
    problem = draft_proposal(brief, rate=60_000).problem
    chat_only = [w for w in ("Halo Dinda", "teteh", "Mas,", "Kak,", "aku", "Pengen") if w in brief]
    assert not [w for w in chat_only if w in problem], problem
    assert "Ringkasan brief" not in problem and "membutuhkan" in problem


def test_the_agreement_is_a_perjanjian_jasa_with_meterai(proposal):
    md = draft_contract(proposal, client_rep="Bu Sari (pemilik)", city="Sleman").to_markdown()
    assert "PERJANJIAN JASA" in md and "PERJANJIAN KERJA" not in md.upper().replace("PERJANJIAN JASA", "")
    assert "meterai Rp 10.000" in md and "UU 10/2020" in md and "ditandatangani" in md


def test_two_tax_paths_worked_out():
    from gigai.business.tax import income_tax_nppn, income_tax_pasal17

    assert income_tax_pasal17(60_000_000) == 3_000_000
    assert income_tax_pasal17(100_000_000) == 3_000_000 + 6_000_000
    assert income_tax_nppn(100_000_000, 0.5) == 0  # neto 50 jt < PTKP 54 jt: 0 because of PTKP
    assert income_tax_nppn(240_000_000, 0.5) == income_tax_pasal17(120_000_000 - 54_000_000)
    md = tax_facts(240_000_000).to_markdown()
    assert "PPh Rp 3.900.000" in md  # 5% x 60 jt + 15% x 6 jt
    with pytest.raises(Exception) as err:
        income_tax_nppn(100_000_000, 50)
    assert "E250" in str(err.value)
