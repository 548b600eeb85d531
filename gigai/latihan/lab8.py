"""Lab 8 exercises: your own canvas, a rate that covers your costs, what a 24-hour bot costs, a project
price and packages, an outreach message, a portfolio piece. Every check needs the participant's own
business: the lab's worked example (Laundry Bersih Kilat) and the kit's sample businesses do not pass."""

from __future__ import annotations

import re
from typing import Any

from gigai.business.money import rupiah
from gigai.latihan._util import get, number
from gigai.latihan.core import Exercise, Lab, expect, fail, untouched
from gigai.latihan.judge import business_problem, language_problem, words

BLOCK_FIELDS = ("customer_segments", "value_propositions", "channels", "customer_relationships",
                "revenue_streams", "key_resources", "key_activities", "key_partners", "cost_structure")
INTERNET_WORDS = ("internet", "kuota", "wifi", "wi-fi", "pulsa", "data", "indihome", "biznet", "first media",
                  "myrepublic", "iconnet", "telkomsel", "indosat", "smartfren", "xl", "axis", "by.u", "modem")
# The worked example the notebook shows (participants make their own version, not a copy of this).
EXAMPLE_IDEA = "Jasa chatbot WhatsApp dan video promo untuk usaha laundry di Bandung"
EXAMPLE_TARGET, EXAMPLE_HOURS = 5_000_000, 20
# The lab's own bad outreach example: generic, no offer, no next step.
BAD_OUTREACH = ("Halo kak, saya freelancer AI. Saya bisa bikin chatbot dan video. Kalau butuh, hubungi saya ya. "
                "Terima kasih.")
SAMPLE_NAMES_FALLBACK = ("Kopi Kita", "Laundry Bersih Kilat", "Studio Rupa")


def sample_names() -> list[str]:
    """The kit's sample businesses (assets/businesses), which exercises about YOUR business refuse."""
    try:
        from gigai.latihan import _util

        names = getattr(_util, "sample_businesses", None)
        if callable(names):
            return list(names())
    except Exception:  # noqa: BLE001 - fall back to the names shipped today
        pass
    return list(SAMPLE_NAMES_FALLBACK)


def _words(text: str) -> str:
    return f" {re.sub(r'[^a-z0-9]+', ' ', str(text).lower())} "


def untouched_if_blank(*texts: Any) -> None:
    """Report "belum dicoba" while an answer still holds the starter blank ``____`` anywhere inside."""
    if any("____" in str(t) for t in texts):
        untouched("Masih ada isian `____`: ganti dengan isianmu.", "There is still a `____` blank: fill it in.")


def expect_own(text: str, where: str) -> None:
    """Fail when ``text`` is about a sample business (a copy of the lab's example, not your own)."""
    low = _words(text)
    for name in sample_names():
        key = _words(name).strip()
        if key and f" {key} " in low:
            fail(f"{where} masih memakai usaha contoh '{name}'. Latihan ini untuk usaha atau klien pilihanmu "
                 "sendiri: ganti nama, produk, dan detailnya.",
                 f"{where} still uses the sample business '{name}'; use your own.")


def _blocks(canvas: Any) -> dict[str, list[str]]:
    out = {}
    for name in BLOCK_FIELDS:
        value = get(canvas, name, default=None)
        if value is None:
            fail(f"Ini bukan Canvas: blok '{name}' tidak ada. Pakai draft_canvas(...).",
                 f"Not a Canvas: block '{name}' is missing. Use draft_canvas(...).")
        out[name] = [value] if isinstance(value, str) else [str(p) for p in value]
    return out


def _canvas(kanvas_saya: Any) -> None:
    mine = _blocks(kanvas_saya)
    idea = str(get(kanvas_saya, "idea", default="") or "")
    untouched_if_blank(idea, *[p for pts in mine.values() for p in pts])
    expect(idea.strip() and idea.strip() != EXAMPLE_IDEA,
           "Ide di kanvas masih ide contoh dari notebook. Tulis idemu sendiri di `ide_saya`.",
           "The canvas idea is still the notebook's example. Write your own idea in `ide_saya`.")
    expect_own(idea + " " + " ".join(mine["customer_segments"]), "Kanvasmu")
    expect(len(words(idea)) >= 4, f"Ide '{idea.strip()}' terlalu singkat. Tulis satu kalimat: jasa apa, untuk "
           "siapa, di kota mana (misalnya 'Jasa chatbot untuk warung seblak di Bandung').",
           "The idea is too short: one sentence with the service, for whom, and where.")
    problem = language_problem(idea, "Idemu") or language_problem(
        " ".join(p for pts in mine.values() for p in pts), "Kanvasmu")
    expect(problem is None, problem or "", problem or "")
    missing = get(kanvas_saya, "missing", default=None)
    empty = missing() if callable(missing) else [n for n, pts in mine.items() if not pts]
    expect(not empty, f"Blok masih kosong: {', '.join(empty)}.", f"Empty blocks: {', '.join(empty)}.")
    try:
        from gigai.business.canvas import template_canvas

        draft = _blocks(template_canvas(idea))
    except Exception:  # noqa: BLE001 - without the template we cannot compare; the rest still counts
        return
    changed = [n for n in BLOCK_FIELDS if mine[n] != draft[n]]
    expect(changed, "Kanvas ini masih sama persis dengan draf otomatis. Ubah minimal satu blok dengan "
           "pengetahuanmu sendiri (siapa klien PERTAMAmu? lewat mana kamu bertemu mereka?).",
           "The canvas is still the automatic draft. Change at least one block yourself.")


def _rate(tarif_saya: Any) -> None:
    hourly = number(get(tarif_saya, "hourly", default=None), "tarif_saya.hourly")
    hours_month = number(get(tarif_saya, "billable_hours_per_month", default=None), "jam tertagih per bulan")
    target = number(get(tarif_saya, "target_monthly_income", default=None), "target penghasilan")
    costs = dict(get(tarif_saya, "monthly_costs", default=None) or {})
    tax = number(get(tarif_saya, "tax", default=0) or 0, "pajak")
    per_week = number(get(tarif_saya, "billable_hours_per_week", default=0) or 0, "jam per minggu")
    expect(target >= 1_000_000, "Target penghasilan di bawah Rp 1 juta/bulan: terlalu kecil untuk hidup.",
           "Target income under Rp 1 million/month is too low to live on.")
    untouched_if_blank(*costs)
    small = [str(k) for k, v in costs.items() if number(v, f"biaya '{k}'") < 1_000]
    expect(not small, f"Biaya {', '.join(small)} di bawah Rp 1.000 per bulan: tulis angka yang benar-benar kamu "
           "bayar (misalnya 150_000 untuk Rp 150.000).", f"Costs {', '.join(small)} are below Rp 1,000 a month.")
    expect(len(costs) >= 3, f"Baru {len(costs)} biaya. Masukkan minimal 3 (laptop, internet/kuota, software/API...).",
           f"Only {len(costs)} costs. Add at least 3 (laptop, internet, software/API...).")
    expect(any(any(w in str(k).lower() for w in INTERNET_WORDS) for k in costs),
           "Biaya internet/kuota belum masuk, padahal kerja online butuh itu.", "Internet/data costs are missing.")
    expect(per_week <= 40, "Lebih dari 40 jam TERTAGIH per minggu tidak realistis (ada admin, jualan, belajar).",
           "More than 40 BILLABLE hours a week is unrealistic.")
    from gigai.business.rates import EXAMPLE_MONTHLY_COSTS

    expect(not (target == EXAMPLE_TARGET and per_week == EXAMPLE_HOURS and costs == dict(EXAMPLE_MONTHLY_COSTS)),
           "Ini masih angka contoh notebook. Ganti target, jam, atau biaya dengan angka hidupmu sendiri.",
           "These are still the notebook's example numbers. Use your own.")
    need = (target + sum(float(v) for v in costs.values())) / (1 - tax)
    expect(hourly * hours_month >= need - 1, "Tarif per jam x jam tertagih belum menutup target + biaya + pajak.",
           "Hourly rate x billable hours does not cover target + costs + tax.")


def _running(biaya_bot: Any) -> None:
    hosting = get(biaya_bot, "hosting", default=None)
    total = get(biaya_bot, "total", default=None)
    if hosting is None or total is None:
        fail("Pakai running_cost(...) untuk menghitung biaya bot 24 jam.", "Use running_cost(...).")
    expect(get(hosting, "always_on", default=False),
           "Bot untuk pelanggan harus menyala 24 jam; laptopmu mati saat kamu tidur. Pilih hosting 'vps', "
           "'paas', atau 'hf_pro'.", "A customer bot must run 24 hours: pick vps, paas or hf_pro hosting.")
    conversations = number(get(biaya_bot, "conversations_per_month", default=0), "percakapan per bulan")
    expect(conversations >= 50, "Perkirakan percakapan per bulan klienmu (misalnya 30 chat/hari = 900/bulan).",
           "Estimate your client's conversations per month.")
    expect(number(total, "total") > 0, "Biaya bulanan masih Rp 0: hosting dan API tidak gratis.",
           "The monthly cost is Rp 0: hosting and API are not free.")


def _project_price(harga_proyek: Any, jam_proyek: Any = None, tarif_saya: Any = None,
                   biaya_bot: Any = None) -> None:
    price = number(harga_proyek, "harga_proyek")
    if jam_proyek is None or tarif_saya is None:
        fail("Butuh variabel `jam_proyek` dan `tarif_saya` juga (Latihan 2).",
             "Needs `jam_proyek` and `tarif_saya` too.")
    hours = number(jam_proyek, "jam_proyek")
    hourly = number(get(tarif_saya, "hourly", default=None), "tarif_saya.hourly")
    expect(0 < hours <= 200, "Jam proyek harus antara 1 dan 200.", "Project hours must be 1-200.")
    extra = number(get(biaya_bot, "total", default=0) or 0, "biaya_bot.total") if biaya_bot is not None else 0.0
    floor = hours * hourly + extra
    expect(price >= floor, f"Harga di bawah jam x tarif + biaya bulan pertama bot ({rupiah(floor)}): kamu rugi.",
           "The price is below hours x rate + the bot's first month: you lose money.")
    expect(price <= 5 * floor, "Harganya lebih dari 5x biaya dasarmu: klien UMKM akan kabur. Cek lagi.",
           "More than 5x your floor price: small-business clients will walk away.")


def _packages(paket_saya: Any, tarif_saya: Any = None) -> None:
    tiers = list(get(paket_saya, "tiers", default=paket_saya) or [])
    untouched_if_blank(*[get(t, "deliverables", default=()) for t in tiers])
    expect(len(tiers) >= 3, "Buat minimal 3 paket (Basic, Standard, Premium).", "Make at least 3 tiers.")
    prices = [number(get(t, "price", default=None), "harga paket") for t in tiers]
    expect(all(a < b for a, b in zip(prices, prices[1:])), "Harga paket harus naik: Basic < Standard < Premium.",
           "Prices must rise: Basic < Standard < Premium.")
    for t in tiers:
        expect(list(get(t, "deliverables", default=[]) or []), f"Paket {get(t, 'name', default='?')} belum ada isinya.",
               f"Tier {get(t, 'name', default='?')} has no deliverables.")
    hourly = get(tarif_saya, "hourly", default=None) if tarif_saya is not None else get(paket_saya, "hourly")
    if hourly:
        for t in tiers:
            floor = number(get(t, "hours", default=0), "jam paket") * float(hourly)
            expect(number(get(t, "price"), "harga") >= floor,
                   f"Paket {get(t, 'name', default='?')} di bawah jam x tarifmu.", "A tier is below hours x rate.")
    from gigai.business.rates import DEFAULT_TIERS

    defaults = {tuple(d["deliverables"]) for tiers_ in DEFAULT_TIERS.values() for d in tiers_}
    own = [t for t in tiers if tuple(get(t, "deliverables", default=()) or ()) not in defaults]
    expect(own, "Isi paket masih bawaan gigai. Ubah isi minimal satu paket sesuai usaha klienmu.",
           "The tiers still have gigai's default contents. Change at least one.")
    expect_own(" ".join(" ".join(get(t, "deliverables", default=()) or ()) for t in tiers), "Isi paketmu")


_PROBLEM_WORDS = ("chat", "pelanggan", "balas", "konten", "video", "pesan", "order", "admin", "tanya", "promo",
                  "jualan", "customer", "antre", "sibuk", "malam")
_OFFER_WORDS = ("rp", "gratis", "demo", "contoh", "coba", "trial", "diskon", "paket")
_NEXT_STEP = ("?", "balas", "boleh", "bisa saya", "mau saya", "kapan", "jadwal", "wa ", "whatsapp", "telepon",
              "telp", "dm")


def _outreach(pesan_perkenalan: Any) -> None:
    text = str(pesan_perkenalan or "")
    if not text.strip():
        untouched()
    untouched_if_blank(text)
    low = f" {text.lower()} "
    expect(text.strip() != BAD_OUTREACH, "Itu contoh pesan yang KURANG baik di atas. Tulis versimu sendiri.",
           "That is the lab's bad example. Write your own.")
    expect(80 <= len(text.strip()) <= 900, f"Panjang pesan {len(text.strip())} huruf: tulis 2-5 kalimat "
           "(80-900 huruf) supaya terbaca di HP.", "Write 2-5 sentences (80-900 characters).")
    expect_own(text, "Pesanmu")
    problem = language_problem(text, "Pesanmu")
    expect(problem is None, problem or "", problem or "")
    expect(any(w in low for w in _PROBLEM_WORDS), "Sebutkan masalah calon klien (misalnya chat pelanggan yang "
           "menumpuk, konten yang jarang diunggah).", "Name the client's problem.")
    expect(any(w in low for w in _OFFER_WORDS), "Beri tawaran konkret: demo gratis, contoh hasil, atau harga "
           "mulai Rp ...", "Make a concrete offer: a free demo, a sample, or a starting price.")
    expect(any(w in low for w in _NEXT_STEP), "Akhiri dengan satu langkah berikutnya yang jelas, misalnya "
           "pertanyaan 'Boleh saya kirim demonya besok?'", "End with one clear next step, e.g. a question.")


def _portfolio(portofolio: Any) -> None:
    untouched_if_blank(*[get(portofolio, n, default="") for n in ("title", "client", "problem", "solution", "result")])
    for part, label in (("problem", "masalah"), ("solution", "solusi"), ("result", "hasil")):
        text = str(get(portofolio, part, default="") or "")
        expect(len(text.strip()) >= 15, f"Bagian {label} portofolio terlalu singkat; tulis 1 kalimat konkret.",
               f"The portfolio's {part} is too short; write one concrete sentence.")
    expect_own(f"{get(portofolio, 'client', default='')} {get(portofolio, 'title', default='')}", "Portofoliomu")
    problem = business_problem(get(portofolio, "client", default=""), "Nama klien di portofolio") or language_problem(
        " ".join(str(get(portofolio, n, default="")) for n in ("problem", "solution", "result")), "Portofoliomu")
    expect(problem is None, problem or "", problem or "")
    result = str(get(portofolio, "result", default=""))
    expect(re.search(r"\d", result), "Hasilnya belum terukur. Tulis angka: berapa chat, menit, video, atau persen?",
           "Make the result measurable: add a number.")


q1 = Exercise("q1", "Kanvas bisnismu sendiri", _canvas, vars=("kanvas_saya",), hints=[
    "Mulai dari satu kalimat: jasa apa, untuk siapa, di kota mana. Draf otomatis hanya titik awal.",
    "Setelah `draft_canvas(ide_saya)`, ubah blok yang paling kamu tahu: `customer_segments` (klien pertamamu "
    "siapa persisnya?) dan `channels` (lewat mana kamu menemuinya?).",
    '`kanvas_saya = draft_canvas(ide_saya).edit(customer_segments=["..."], channels=["..."])`',
], solution_code='''ide_saya = "Jasa chatbot dan video promo untuk warung sate dan angkringan di Solo"
kanvas_saya = draft_canvas(ide_saya).edit(
    customer_segments=["Warung sate di sekitar Jalan Slamet Riyadi yang ramai pesanan lewat WhatsApp"],
    channels=["Datang langsung membawa demo di HP", "Grup WhatsApp paguyuban kuliner Solo"],
)
kanvas_saya''')
q2 = Exercise("q2", "Tarif yang menutup biayamu", _rate, vars=("tarif_saya",), hints=[
    "Tarif per jam bukan tebakan: (target + biaya + pajak) dibagi jam yang DIBAYAR klien.",
    "Pakai angka hidupmu: berapa target bersihmu per bulan, berapa jam per minggu yang benar-benar bisa "
    "ditagih (15-30 jam wajar), dan biaya apa saja (laptop, internet/kuota, software/API, BPJS).",
    "`tarif_saya = rate_calculator(target, jam_per_minggu, biaya_saya, weeks_off=4)`",
], solution_code='''biaya_saya = {
    "Penyusutan laptop": 180_000,
    "Kuota HP + wifi kos": 250_000,
    "Langganan API dan aplikasi": 120_000,
    "BPJS Kesehatan kelas 3": 35_000,
}
tarif_saya = rate_calculator(4_000_000, 18, biaya_saya, weeks_off=4)
tarif_saya''')
q3 = Exercise("q3", "Biaya bot 24 jam (hosting + API)", _running, vars=("biaya_bot",), hints=[
    "Bot pelanggan menjawab siang-malam: ia butuh komputer yang selalu menyala (hosting) dan membayar LLM per "
    "percakapan (API).",
    "Perkirakan chat per hari x 30, lalu pilih hosting yang menyala 24 jam (bukan 'laptop').",
    '`biaya_bot = running_cost(900, hosting="vps")`',
], solution_code='''biaya_bot = running_cost(600, hosting="vps")  # ± 20 chat per hari
biaya_bot''')
q4 = Exercise("q4", "Harga proyek yang tidak rugi", _project_price,
              vars=("harga_proyek", "jam_proyek?", "tarif_saya?", "biaya_bot?"), hints=[
    "Harga minimum = jam kerjamu x tarif per jam + biaya yang kamu bayar untuk klien (bulan pertama bot).",
    "Hitung jam dengan jujur: analisis, persona, basis pengetahuan, uji coba, revisi, serah terima.",
    "`harga_proyek = tarif_saya.price_for(jam_proyek, extra_costs=biaya_bot.total)`",
], solution_code='''jam_proyek = 14
harga_proyek = tarif_saya.price_for(jam_proyek, extra_costs=biaya_bot.total)
print(rupiah(harga_proyek))''')
q5 = Exercise("q5", "Paket Basic/Standard/Premium milikmu", _packages, vars=("paket_saya", "tarif_saya?"), hints=[
    "Paket memudahkan klien memilih. Isinya harus cocok dengan usaha klienmu, bukan isi bawaan.",
    "Salin `DEFAULT_TIERS[\"chatbot\"]`, ubah `deliverables` minimal satu paket, lalu hitung harganya.",
    "`paket_saya = package_tiers(tarif_saya, tiers=tier_saya, api_cost=biaya_bot.total)`",
], solution_code='''tier_saya = [dict(t) for t in DEFAULT_TIERS["chatbot"]]
tier_saya[0]["deliverables"] = ["Chatbot menu dan harga sate (maks. 20 tanya-jawab)", "Panduan admin 1 halaman"]
paket_saya = package_tiers(tarif_saya, tiers=tier_saya, api_cost=biaya_bot.total)
paket_saya''')
q6 = Exercise("q6", "Pesan perkenalan ke calon klien", _outreach, vars=("pesan_perkenalan",), hints=[
    "Calon klien tidak peduli 'AI'; ia peduli masalahnya. Mulai dari masalah yang kamu lihat di usahanya.",
    "Empat bagian: sapa dengan nama usahanya, sebut masalahnya, tawarkan sesuatu yang konkret (demo gratis, "
    "contoh), akhiri dengan SATU pertanyaan.",
    "Contoh bentuk: 'Halo Pak X, saya lihat ... Saya bisa ... Boleh saya kirim demonya ...?'",
], solution_code='''pesan_perkenalan = (
    "Halo Pak Kumis, saya Dimas dari Solo. Saya lihat Warung Sate Pak Kumis sering dapat chat tanya menu dan "
    "antrean sampai malam. Saya membuat chatbot yang menjawab menu, harga, dan jam buka otomatis. "
    "Saya sudah siapkan demo gratis dengan menu Bapak. Boleh saya tunjukkan 10 menit besok sore?"
)''')
q7 = Exercise("q7", "Satu karya portofolio yang terukur", _portfolio, vars=("portofolio",), hints=[
    "Klien membaca MASALAH dan HASIL dulu. Hasil yang baik ada angkanya.",
    "Pakai bot atau video dari hari pertama: masalah apa, apa yang kamu buat, apa hasilnya (berapa chat, "
    "berapa menit hemat, berapa video)?",
    '`portofolio = portfolio_piece("Judul", client="...", problem="...", solution="...", result="... 30 chat ...")`',
], solution_code='''portofolio = portfolio_piece(
    "Chatbot menu untuk Warung Sate Pak Kumis",
    client="Warung Sate Pak Kumis (proyek latihan)",
    problem="Pemilik menjawab puluhan chat menu dan antrean tiap malam sendirian.",
    solution="Chatbot ramah yang menjawab dari daftar menu dan FAQ, plus 2 video promo 9:16.",
    result="Dalam uji coba, 18 dari 20 pertanyaan rutin terjawab otomatis tanpa admin.",
)
portofolio''')

lab = Lab("lab8", "Lab 8: Model bisnis dan harga", [q1, q2, q3, q4, q5, q6, q7])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "lab", "progress", "expect_own", "sample_names",
           "EXAMPLE_IDEA", "BAD_OUTREACH", "untouched_if_blank"]
