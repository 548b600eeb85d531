"""Lab 8 exercises: a complete canvas you refined, a rate that covers costs, prices and packages."""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import get, number
from gigai.latihan.core import Exercise, Lab, expect, fail

BLOCK_FIELDS = ("customer_segments", "value_propositions", "channels", "customer_relationships",
                "revenue_streams", "key_resources", "key_activities", "key_partners", "cost_structure")
INTERNET_WORDS = ("internet", "kuota", "wifi", "pulsa", "data")


def _blocks(canvas: Any) -> dict[str, list[str]]:
    out = {}
    for name in BLOCK_FIELDS:
        value = get(canvas, name, default=None)
        if value is None:
            fail(f"Ini bukan Canvas: blok '{name}' tidak ada. Pakai draft_canvas(...).",
                 f"Not a Canvas: block '{name}' is missing. Use draft_canvas(...).")
        out[name] = [value] if isinstance(value, str) else list(value)
    return out


def _complete(canvas: Any) -> None:
    missing = get(canvas, "missing", default=None)
    if callable(missing):
        empty = missing()
    else:
        empty = [n for n, pts in _blocks(canvas).items() if not [p for p in pts if len(str(p).strip()) >= 3]]
    _blocks(canvas)
    expect(not empty, f"Blok masih kosong: {', '.join(empty)}.", f"Empty blocks: {', '.join(empty)}.")


def _refined(my_canvas: Any, canvas: Any = None) -> None:
    _complete(my_canvas)
    if canvas is None:
        fail("Simpan draf dari draft_canvas(...) di variabel `canvas`, lalu buat versimu di `my_canvas`.",
             "Keep the draft in `canvas` and your edited version in `my_canvas`.")
    if my_canvas is canvas:
        fail("`my_canvas` masih objek yang sama dengan draf. Pakai canvas.edit(...) untuk mengubah minimal 1 blok.",
             "`my_canvas` is the draft itself. Use canvas.edit(...) to change at least one block.")
    mine, draft = _blocks(my_canvas), _blocks(canvas)
    changed = [n for n in BLOCK_FIELDS if mine[n] != draft[n]]
    expect(changed, "Belum ada blok yang kamu ubah dari draf. Sesuaikan minimal 1 blok dengan idemu.",
           "No block differs from the draft yet. Change at least one to fit your idea.")


def _rate(my_rate: Any) -> None:
    hourly = number(get(my_rate, "hourly", default=None), "my_rate.hourly")
    hours_month = number(get(my_rate, "billable_hours_per_month", default=None), "jam tertagih per bulan")
    target = number(get(my_rate, "target_monthly_income", default=None), "target penghasilan")
    costs = get(my_rate, "monthly_costs", default=None) or {}
    tax = number(get(my_rate, "tax", default=0) or 0, "pajak")
    expect(target >= 1_000_000, "Target penghasilan di bawah Rp 1 juta/bulan: terlalu kecil untuk hidup.",
           "Target income under Rp 1 million/month is too low to live on.")
    expect(len(costs) >= 3, f"Baru {len(costs)} biaya. Masukkan minimal 3 (laptop, internet/kuota, software/API...).",
           f"Only {len(costs)} costs. Add at least 3 (laptop, internet, software/API...).")
    expect(any(any(w in str(k).lower() for w in INTERNET_WORDS) for k in costs),
           "Biaya internet/kuota belum masuk, padahal kerja online butuh itu.", "Internet/data costs are missing.")
    per_week = number(get(my_rate, "billable_hours_per_week", default=0) or 0, "jam per minggu")
    expect(per_week <= 40, "Lebih dari 40 jam TERTAGIH per minggu tidak realistis (ada admin, jualan, belajar).",
           "More than 40 BILLABLE hours a week is unrealistic.")
    need = (target + sum(float(v) for v in costs.values())) / (1 - tax)
    expect(hourly * hours_month >= need - 1, "Tarif per jam x jam tertagih belum menutup target + biaya + pajak.",
           "Hourly rate x billable hours does not cover target + costs + tax.")


def _project_price(project_price: Any, project_hours: Any = None, my_rate: Any = None,
                   api_cost: Any = None) -> None:
    price = number(project_price, "project_price")
    if project_hours is None or my_rate is None:
        fail("Butuh variabel `project_hours` dan `my_rate` juga.", "Needs `project_hours` and `my_rate` too.")
    hours = number(project_hours, "project_hours")
    hourly = number(get(my_rate, "hourly", default=None), "my_rate.hourly")
    expect(hours > 0, "Jam proyek harus lebih dari 0.", "Project hours must be above 0.")
    extra = 0.0
    if api_cost is not None:
        extra = number(get(api_cost, "budget_idr", default=api_cost), "api_cost")
    floor = hours * hourly + extra
    expect(price >= floor, f"Harga {price:,.0f} di bawah jam x tarif + biaya API ({floor:,.0f}): kamu rugi."
           .replace(",", "."), f"The price is below hours x rate + API cost ({floor:,.0f}): you lose money.")
    expect(price <= 5 * floor, "Harganya lebih dari 5x biaya dasarmu: klien UMKM akan kabur. Cek lagi.",
           "More than 5x your floor price: small-business clients will walk away.")


def _packages(packages: Any, my_rate: Any = None) -> None:
    tiers = list(get(packages, "tiers", default=packages) or [])
    expect(len(tiers) >= 3, "Buat minimal 3 paket (Basic, Standard, Premium).", "Make at least 3 tiers.")
    prices = [number(get(t, "price", default=None), "harga paket") for t in tiers]
    expect(all(a < b for a, b in zip(prices, prices[1:])), "Harga paket harus naik: Basic < Standard < Premium.",
           "Prices must rise: Basic < Standard < Premium.")
    for t in tiers:
        expect(list(get(t, "deliverables", default=[]) or []), f"Paket {get(t, 'name', default='?')} belum ada isinya.",
               f"Tier {get(t, 'name', default='?')} has no deliverables.")
    hourly = get(my_rate, "hourly", default=None) if my_rate is not None else get(packages, "hourly", default=None)
    if hourly:
        for t in tiers:
            floor = number(get(t, "hours", default=0), "jam paket") * float(hourly)
            expect(number(get(t, "price"), "harga") >= floor,
                   f"Paket {get(t, 'name', default='?')} di bawah jam x tarifmu.", "A tier is below hours x rate.")


def _portfolio(portfolio: Any) -> None:
    for part, label in (("problem", "masalah"), ("solution", "solusi"), ("result", "hasil")):
        text = str(get(portfolio, part, default="") or "")
        expect(len(text.strip()) >= 15, f"Bagian {label} portofolio terlalu singkat; tulis 1 kalimat konkret.",
               f"The portfolio's {part} is too short; write one concrete sentence.")


q1 = Exercise("q1", "Canvas 9 blok terisi", _complete, vars=("canvas",), hints=[
    "`draft_canvas(\"ide bisnismu\")` mengisi kesembilan blok.",
    "Cek `canvas.missing()`: daftar blok yang masih kosong.",
], solution_code='from gigai.business import draft_canvas\n\n'
                 'canvas = draft_canvas("Jasa chatbot WhatsApp dan video promo untuk kedai kopi di Yogyakarta")\ncanvas')
q2 = Exercise("q2", "Canvas versimu sendiri", _refined, vars=("my_canvas", "canvas?"), hints=[
    "Draf AI itu titik awal. Siapa klien PERTAMAmu? Lewat mana kamu menemukannya?",
    "`my_canvas = canvas.edit(customer_segments=[\"...\"], channels=[\"...\"])`",
], solution_code='my_canvas = canvas.edit(\n    customer_segments=["Kedai kopi di sekitar kampus UGM yang buka sampai malam"],\n'
                 '    channels=["Datang langsung bawa demo di HP", "Instagram @jasabotjogja"],\n)\nmy_canvas')
q3 = Exercise("q3", "Tarif menutup biaya dan target", _rate, vars=("my_rate",), hints=[
    "Tarif per jam = (target + biaya + pajak) / jam TERTAGIH per bulan.",
    "Masukkan biaya nyata: laptop, internet/kuota, software/API, BPJS.",
    "`my_rate = rate_calculator(5_000_000, 20, EXAMPLE_MONTHLY_COSTS)`",
], solution_code='from gigai.business import rate_calculator, EXAMPLE_MONTHLY_COSTS\n\n'
                 'my_rate = rate_calculator(5_000_000, 20, EXAMPLE_MONTHLY_COSTS, weeks_off=4)\nmy_rate')
q4 = Exercise("q4", "Harga proyek tidak rugi", _project_price,
              vars=("project_price", "project_hours?", "my_rate?", "api_cost?"), hints=[
    "Harga minimum = jam x tarif per jam + biaya API yang kamu tanggung.",
    "`project_price = my_rate.price_for(project_hours, extra_costs=api_cost.budget_idr)`",
], solution_code="project_hours = 12\nproject_price = my_rate.price_for(project_hours, extra_costs=api_cost.budget_idr)")
q5 = Exercise("q5", "Paket Basic/Standard/Premium", _packages, vars=("packages", "my_rate?"), hints=[
    "Paket memudahkan klien memilih; harga naik seiring isi.",
    "`packages = package_tiers(my_rate, service=\"chatbot\")`",
], solution_code="from gigai.business import package_tiers\n\npackages = package_tiers(my_rate, service=\"chatbot\")\npackages")
q6 = Exercise("q6", "Satu karya portofolio", _portfolio, vars=("portfolio",), hints=[
    "Klien membaca MASALAH dan HASIL dulu.",
    "`portfolio = portfolio_piece(\"Judul\", client=..., problem=..., solution=..., result=...)`",
], solution_code='from gigai.business import portfolio_piece\n\nportfolio = portfolio_piece(\n'
                 '    "Chatbot menu untuk Kopi Kita", client="Kopi Kita (contoh latihan)",\n'
                 '    problem="Admin kewalahan menjawab pertanyaan menu dan jam buka setiap malam.",\n'
                 '    solution="Chatbot dengan persona ramah yang menjawab dari menu dan FAQ.",\n'
                 '    result="Pertanyaan rutin terjawab otomatis; admin fokus ke pesanan.")')

lab = Lab("lab8", "Lab 8: Model bisnis dan harga", [q1, q2, q3, q4, q5, q6])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "q4", "q5", "q6", "lab", "progress"]
