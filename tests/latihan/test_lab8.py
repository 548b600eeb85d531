"""Lab 8 checks against right, wrong, placeholder and copied-sample answers, written as participants would."""

from __future__ import annotations

import pytest

from gigai.business import (
    DEFAULT_TIERS,
    EXAMPLE_MONTHLY_COSTS,
    draft_canvas,
    package_tiers,
    portfolio_piece,
    rate_calculator,
    running_cost,
)
from gigai.latihan import lab8
from gigai.latihan.core import CORRECT, INCORRECT, NOT_ATTEMPTED

OK, NO, TODO = CORRECT, INCORRECT, NOT_ATTEMPTED
COSTS = {"Kuota HP + wifi kos": 200_000, "Penyusutan laptop bekas": 120_000, "Canva Pro": 60_000}


def status(ex, *args, ns=None):
    return ex.evaluate(*args, ns=ns if ns is not None else {}).status


def solved() -> dict:
    ns = {"draft_canvas": draft_canvas, "rate_calculator": rate_calculator, "running_cost": running_cost,
          "DEFAULT_TIERS": DEFAULT_TIERS, "package_tiers": package_tiers, "portfolio_piece": portfolio_piece,
          "rupiah": str}
    for ex in lab8.lab.exercises:
        exec(ex.solution_code, ns)
    return ns


def test_untouched_notebook_passes_nothing():
    ns = {"____": None, "kanvas_saya": None, "tarif_saya": None, "biaya_bot": None, "jam_proyek": None,
          "harga_proyek": None, "paket_saya": None, "pesan_perkenalan": "____", "portofolio": None,
          "ide_saya": "____"}
    assert [r.status for r in lab8.lab.results(ns=ns)] == [TODO] * 7
    assert [r.status for r in lab8.lab.results(ns={})] == [TODO] * 7


def test_every_solution_passes():
    ns = solved()
    assert [r.status for r in lab8.lab.results(ns=ns)] == [OK] * 7


def test_q1_canvas_own_idea_and_edited():
    idea = "Jasa video TikTok untuk toko kue rumahan di Makassar"
    draft = draft_canvas(idea)
    assert status(lab8.q1, draft.edit(channels=["Titip brosur di toko bahan kue", "IG @kuemakassar"])) == OK
    assert status(lab8.q1, draft) == NO  # the automatic draft, unchanged
    assert status(lab8.q1, draft_canvas(lab8.EXAMPLE_IDEA).edit(channels=["IG"])) == NO  # the notebook's example
    copied = draft_canvas("Chatbot untuk Kopi Kita di Jakarta").edit(channels=["IG @kopikita"])
    assert status(lab8.q1, copied) == NO  # a sample business
    assert status(lab8.q1, draft.edit(channels=["____"])) == TODO
    assert status(lab8.q1, draft.edit(channels=[])) == NO
    assert status(lab8.q1, {"channels": ["x"]}) == NO


def test_q2_rate_needs_own_numbers_that_cover_costs():
    assert status(lab8.q2, rate_calculator(3_500_000, 15, COSTS)) == OK
    assert status(lab8.q2, rate_calculator(5_000_000, 20, EXAMPLE_MONTHLY_COSTS, weeks_off=4)) == NO  # example
    assert status(lab8.q2, rate_calculator(3_500_000, 15, {"Laptop": 100_000, "Canva": 50_000, "Listrik": 1})) == NO
    assert status(lab8.q2, rate_calculator(500_000, 15, COSTS)) == NO
    assert status(lab8.q2, rate_calculator(3_500_000, 60, COSTS)) == NO
    assert status(lab8.q2, rate_calculator(3_500_000, 15, {"Kuota": 100_000})) == NO

    class HandRate:  # typed by hand, too low to cover the costs
        hourly, billable_hours_per_month, target_monthly_income = 10_000, 60, 3_500_000
        billable_hours_per_week, monthly_costs, tax = 15, COSTS, 0.0

    assert status(lab8.q2, HandRate()) == NO
    assert status(lab8.q2, "____") == TODO


def test_q3_running_cost_must_be_24_hours():
    assert status(lab8.q3, running_cost(900, hosting="vps")) == OK
    assert status(lab8.q3, running_cost(900, hosting="laptop")) == NO
    assert status(lab8.q3, running_cost(5, hosting="paas")) == NO
    assert status(lab8.q3, 150_000) == NO
    assert status(lab8.q3) == TODO


def test_q4_project_price_floor_and_ceiling():
    rate = rate_calculator(3_500_000, 15, COSTS)
    bot = running_cost(600, hosting="vps")
    good = rate.price_for(12, extra_costs=bot.total)
    assert status(lab8.q4, good, 12, rate, bot) == OK
    assert status(lab8.q4, rate.hourly * 12, 12, rate, bot) == NO  # forgot the bot's month
    assert status(lab8.q4, good * 10, 12, rate, bot) == NO
    assert status(lab8.q4, good) == NO  # hours and rate missing
    assert status(lab8.q4, "murah", 12, rate, bot) == NO  # not a number ("Rp 1 juta" now reads as 1.000.000)
    assert status(lab8.q4) == TODO


def test_q5_packages_must_be_own_and_rising():
    rate = rate_calculator(3_500_000, 15, COSTS)
    tiers = [dict(t) for t in DEFAULT_TIERS["video"]]
    tiers[1]["deliverables"] = ["4 video Reels menu kue", "Foto produk diedit"]
    assert status(lab8.q5, package_tiers(rate, tiers=tiers), rate) == OK
    assert status(lab8.q5, package_tiers(rate, service="chatbot"), rate) == NO  # gigai's defaults
    assert status(lab8.q5, list(package_tiers(rate, tiers=tiers))[:2], rate) == NO
    assert status(lab8.q5, list(package_tiers(rate, tiers=tiers))[::-1], rate) == NO
    tiers[1]["deliverables"] = ["Chatbot menu Kopi Kita"]
    assert status(lab8.q5, package_tiers(rate, tiers=tiers), rate) == NO  # sample business


@pytest.mark.parametrize("text,want", [
    ("Halo Bu Rina, saya Sari dari Makassar. Saya lihat Toko Kue Bu Rina sering dapat DM tanya harga dan stok "
     "sampai malam. Saya bisa buatkan chatbot yang menjawab otomatis, dan saya sudah siapkan demo gratis dengan "
     "katalog ibu. Boleh saya kirim videonya lewat WA?", OK),
    (lab8.BAD_OUTREACH, NO),
    ("Halo semuanya, selamat datang di jasa kami! Kami menyediakan jasa AI terbaik dan termurah se-Indonesia.", NO),
    ("Halo Pak, saya lihat Kopi Kita sering kewalahan balas chat pelanggan. Saya punya demo gratis chatbot. "
     "Boleh saya tunjukkan besok?", NO),
    ("Halo Pak, chat pelanggan banyak ya? Boleh?", NO),  # too short
    ("Halo ____, saya lihat ____", TODO),
    ("", TODO),
])
def test_q6_outreach_rubric(text, want):
    assert status(lab8.q6, text) == want


def test_q7_portfolio_measurable_and_own():
    good = portfolio_piece("Chatbot katalog kue", client="Toko Kue Bu Rina",
                           problem="Pemilik membalas puluhan DM harga setiap malam sendirian.",
                           solution="Chatbot yang menjawab dari katalog dan daftar harga.",
                           result="Dalam seminggu, 35 pertanyaan harga terjawab tanpa admin.")
    assert status(lab8.q7, good) == OK
    vague = portfolio_piece("Chatbot", client="Toko Kue Bu Rina", problem="Pemilik sibuk membalas chat tiap malam.",
                            solution="Chatbot yang menjawab otomatis.", result="Pelanggan jadi lebih senang sekali.")
    assert status(lab8.q7, vague) == NO
    sample = portfolio_piece("Chatbot menu untuk Kopi Kita", client="Kopi Kita", problem=good.problem,
                             solution=good.solution, result=good.result)
    assert status(lab8.q7, sample) == NO
    assert status(lab8.q7) == TODO
