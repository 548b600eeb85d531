"""Rates, packages, API cost, canvas and proposal drafts (offline), quote totals, PDF output."""

from __future__ import annotations

import pytest

from gigai.business import (
    EXAMPLE_MONTHLY_COSTS,
    Canvas,
    api_cost_estimate,
    compare_pricing,
    draft_canvas,
    draft_proposal,
    package_tiers,
    parse_rupiah,
    portfolio_piece,
    quote,
    rate_calculator,
    rupiah,
)
from gigai.errors import InputError


def test_rupiah_format_and_parse():
    assert rupiah(1250000) == "Rp 1.250.000"
    assert rupiah(125000) == "Rp 125.000"
    assert rupiah(0) == "Rp 0"
    assert parse_rupiah("Rp 1.250.000") == 1_250_000
    assert parse_rupiah("1,5 juta") == 1_500_000
    assert parse_rupiah("300rb") == 300_000
    assert parse_rupiah("Rp300.000,00") == 300_000
    with pytest.raises(InputError):
        parse_rupiah("gratis")


def test_rate_calculator_math():
    r = rate_calculator(6_000_000, 25, {"Internet": 300_000, "Laptop": 200_000}, weeks_off=4, tax=0.0)
    assert r.billable_hours_per_month == pytest.approx(25 * 48 / 12)
    assert r.revenue_needed_per_month == 6_500_000
    assert r.hourly == 65_000  # 6.5 jt / 100 h, rounded up to Rp 1.000
    assert r.day == 65_000 * 6 and r.project == 65_000 * 20
    check = r.monthly_check()
    assert check["take_home"] >= check["target"]
    assert "Rp 65.000" in r._repr_markdown_()


def test_rate_calculator_tax_and_rounding_cover_target():
    r = rate_calculator("Rp 4.500.000", 18, EXAMPLE_MONTHLY_COSTS)
    assert r.hourly * r.billable_hours_per_month * (1 - r.tax) >= r.target_monthly_income + r.total_costs
    assert r.hourly % 1000 == 0
    assert r.covers(r.hourly * 10, 10) and not r.covers(r.hourly_exact * 10 - 100, 10)


@pytest.mark.parametrize("kwargs", [dict(target_monthly_income=0, billable_hours_per_week=20),
                                    dict(target_monthly_income=5e6, billable_hours_per_week=0),
                                    dict(target_monthly_income=5e6, billable_hours_per_week=100),
                                    dict(target_monthly_income=5e6, billable_hours_per_week=20, tax=5)])
def test_rate_calculator_rejects_bad_input(kwargs):
    with pytest.raises(InputError) as err:
        rate_calculator(**kwargs)
    assert "GIGAI-E172" in str(err.value)


def test_package_tiers_rise_and_cover_rate():
    r = rate_calculator(5_000_000, 20, EXAMPLE_MONTHLY_COSTS)
    pk = package_tiers(r, api_cost=30_000)
    prices = [t.price for t in pk]
    assert [t.name for t in pk] == ["Basic", "Standard", "Premium"]
    assert prices == sorted(prices) and len(set(prices)) == 3
    for t in pk:
        assert t.price >= r.hourly * t.hours + t.extra_costs and t.price % 50_000 == 0
    assert pk["standard"].name == "Standard"
    video = package_tiers(100_000, service="video")
    assert video[0].price == 400_000
    with pytest.raises(InputError):
        package_tiers(r, service="catering")


def test_compare_pricing():
    cmp = compare_pricing(70_000, 12, api_cost=50_000, packages=package_tiers(70_000))
    assert cmp.hourly_total == 890_000 and cmp.project_price == 1_060_000
    assert cmp.package.name == "Standard"
    assert "Per proyek" in cmp.to_markdown()


def test_api_cost_uses_parameters_and_presets():
    c = api_cost_estimate(1_000, tokens_in_per_conversation=1_500, tokens_out_per_conversation=300,
                          price_in_usd_per_million=0.15, price_out_usd_per_million=0.60, usd_idr=16_500)
    assert c.cost_usd == pytest.approx(0.405)
    assert c.cost_idr == pytest.approx(6_682.5)
    assert c.budget_idr == 14_000
    offline = api_cost_estimate(1_000, provider="offline")
    assert offline.cost_idr == 0
    preset = api_cost_estimate(1_000, provider="openai")
    assert preset.price_in_usd_per_million > 0
    with pytest.raises(InputError):
        api_cost_estimate(10, provider="tidak-ada")


def test_quote_totals_discount_and_ppn():
    q = quote([("Setup chatbot", 850_000), ("Video", 3, "video", 150_000), {"description": "API", "price": "Rp 25.000"}],
              discount=50_000, ppn=0.11)
    assert q.subtotal == 1_325_000
    assert q.ppn == round(1_275_000 * 0.11)
    assert q.total == 1_275_000 + q.ppn
    assert "PPN 11%" in q.to_markdown()
    assert quote([("A", 100_000)]).total == 100_000
    with pytest.raises(InputError):
        quote([])
    with pytest.raises(InputError):
        quote([("A", 1)], ppn=11)


def test_canvas_offline_draft_is_complete_and_idea_specific():
    a = draft_canvas("Jasa chatbot WhatsApp untuk laundry di Bandung")
    b = draft_canvas("Jasa video TikTok untuk kedai kopi di Yogyakarta")
    assert a.is_complete and b.is_complete
    assert "offline" in a.source
    assert "laundry" in " ".join(a.customer_segments).lower() and "Bandung" in " ".join(a.customer_segments)
    assert "kopi" in " ".join(b.customer_segments).lower()
    assert a.value_propositions != b.value_propositions
    assert "lorem" not in str(a).lower()
    assert "Segmen Pelanggan" in a._repr_html_() and "Struktur Biaya" in a.to_markdown()


def test_canvas_edit_returns_new_object():
    c = draft_canvas("Jasa chatbot untuk salon di Medan")
    d = c.edit(channels=["Instagram @botsalon"], customer_segments="Salon muslimah")
    assert d is not c and d.channels == ["Instagram @botsalon"] and c.channels != d.channels
    assert d.customer_segments == ["Salon muslimah"]
    with pytest.raises(InputError):
        c.edit(kanal=["x"])
    assert Canvas.label("channels") == "Saluran"


def test_canvas_missing_detects_placeholders():
    c = draft_canvas("Jasa chatbot untuk bengkel motor")
    assert c.edit(channels=["..."]).missing() == ["Saluran"]


def test_draft_canvas_rejects_empty_idea():
    with pytest.raises(InputError):
        draft_canvas("  ")


def test_draft_canvas_falls_back_when_llm_fails(monkeypatch):
    import gigai
    import gigai.business.canvas as canvas_mod

    monkeypatch.setattr(canvas_mod, "_llm_label", lambda p, m: "fake · model")

    def boom(*a, **k):
        raise RuntimeError("provider down")

    monkeypatch.setattr(gigai, "structured", boom, raising=False)
    c = draft_canvas("Jasa chatbot untuk katering di Surabaya")
    assert c.is_complete and "LLM gagal" in c.source


def test_draft_canvas_uses_llm_and_fills_gaps(monkeypatch):
    import gigai
    import gigai.business.canvas as canvas_mod

    monkeypatch.setattr(canvas_mod, "_llm_label", lambda p, m: "fake · model")

    def fake_structured(prompt, schema, **kw):
        data = {name: [f"LLM {name}"] for name in canvas_mod.BLOCKS}
        data["channels"] = []
        return schema(idea="x", **data)

    monkeypatch.setattr(gigai, "structured", fake_structured, raising=False)
    c = draft_canvas("Jasa video untuk toko online fashion")
    assert c.key_partners == ["LLM key_partners"] and c.channels and c.source.startswith("llm: fake")


def test_draft_proposal_offline_is_complete_and_specific():
    brief = ('Laundry "Bersih Kilat" di Bandung butuh chatbot WhatsApp dan 4 video TikTok, selesai 2 minggu, '
             "budget Rp 1 juta")
    p = draft_proposal(brief, rate=70_000, freelancer="Rani")
    assert p.missing() == []
    assert p.client == "Bersih Kilat"
    assert any("4 video" in s for s in p.scope)
    assert p.quote.total == sum(line.total for line in p.quote.lines)
    assert any("DP 50%" in t for t in p.payment_terms)
    assert any("Anggaran klien" in n for n in p.all_notes)
    assert p.duration_days >= 4
    md = p.to_markdown()
    for heading in ("## Lingkup pekerjaan", "## Jadwal", "## Harga", "## Syarat pembayaran"):
        assert heading in md


def test_draft_proposal_price_follows_rate():
    cheap = draft_proposal("Kedai Kopi Senja butuh chatbot untuk menjawab menu", rate=50_000)
    dear = draft_proposal("Kedai Kopi Senja butuh chatbot untuk menjawab menu", rate=100_000)
    assert dear.total > cheap.total
    assert draft_proposal("Kedai Kopi Senja butuh chatbot", rate=50_000, ppn=0.11).quote.ppn > 0


def test_proposal_pdf_written(tmp_path):
    p = draft_proposal("Toko Hijab Aisyah butuh asisten balas chat — stok & ongkir…", rate=60_000,
                       freelancer="Budi 😀")
    out = p.to_pdf(tmp_path / "sub" / "proposal.pdf")
    assert out.exists() and out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 1000


def test_proposal_pdf_without_unicode_font(tmp_path, monkeypatch):
    import gigai.business.pdf as pdf_mod

    monkeypatch.setattr(pdf_mod, "find_fonts", lambda: None)
    p = draft_proposal("Warung Bu Sri butuh 3 video promo — nasi pecel", rate=60_000)
    out = p.to_pdf(tmp_path / "core.pdf")
    assert out.read_bytes()[:5] == b"%PDF-"


def test_portfolio_piece():
    piece = portfolio_piece("Chatbot menu", client="Kopi Kita", problem="Admin kewalahan", solution="Bot FAQ",
                            result="Chat terjawab")
    assert "**Masalah:**" in piece.to_markdown() and "#UMKM" in piece.caption()
    with pytest.raises(InputError):
        portfolio_piece("x", client="y", problem="", solution="s", result="r")


def test_import_business_is_light():
    import subprocess
    import sys

    code = "import sys, gigai.business, gigai.latihan; print(sorted(m for m in ('pydantic','fpdf','gradio','moviepy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
