"""Writes labs/08_model_bisnis.ipynb, labs/09_proposal_klien.ipynb and their solutions (outputs cleared).

Run: .venv/bin/python labs/_build/build_08_09.py
A cell given as (starter, solution) differs between the lab and its solution.
"""

from pathlib import Path

import nbformat as nbf

ROOT = Path(__file__).resolve().parents[1]
COLAB = "https://colab.research.google.com/github/gigai-id/gigai/blob/main/labs/{}"
INSTALL = '''import sys

if "google.colab" in sys.modules:  # hanya di Colab: pasang gigai dulu
    %pip install -q "gigai @ git+https://github.com/gigai-id/gigai"'''


def header(file, title, goals, timing):
    badge = (
        f"[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]({COLAB.format(file)})"
    )
    return (
        f"# {title}\n\n{badge}\n\n**Tujuan belajar:**\n"
        + "\n".join(f"- {g}" for g in goals)
        + "\n\n**Waktu:**\n"
        + "\n".join(f"- {t}" for t in timing)
    )


def build(name, cells, solution):
    nb = nbf.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    for cell in cells:
        if isinstance(cell, str) and cell.startswith("MD:"):
            nb.cells.append(nbf.v4.new_markdown_cell(cell[3:].strip("\n")))
        else:
            code = (
                cell[1]
                if isinstance(cell, tuple) and solution
                else cell[0]
                if isinstance(cell, tuple)
                else cell
            )
            nb.cells.append(nbf.v4.new_code_cell(code.strip("\n")))
    if solution:  # the solution's badge opens the solution itself
        first = nb.cells[0]
        first.source = first.source.replace("/blob/main/labs/", "/blob/main/labs/solutions/")
    out = ROOT / ("solutions" if solution else "") / name
    nbf.write(nb, out)
    return out


LAB8 = [
    "MD:"
    + header(
        "08_model_bisnis.ipynb",
        "Lab 8: Model bisnis jasa digital",
        [
            "Memetakan bisnis jasa chatbot & video untuk UMKM dengan Business Model Canvas",
            "Menghitung tarif per jam yang menutup biaya, pajak, dan target penghasilan",
            "Membandingkan harga per jam, per proyek, dan paket (termasuk biaya API)",
            "Menulis satu karya portofolio",
        ],
        [
            "Canvas: 25 menit",
            "Tarif dan biaya: 25 menit",
            "Paket dan portofolio: 20 menit",
            "Rekap: 5 menit (total 75 menit)",
        ],
    ),
    INSTALL,
    """from gigai.business import (EXAMPLE_MONTHLY_COSTS, api_cost_estimate, compare_pricing, draft_canvas,
                            package_tiers, portfolio_piece, rate_calculator, rupiah)
from gigai.latihan import lab8

print(rupiah(1250000))""",
    "MD:## 1. Business Model Canvas\n\nTulis ide bisnismu dalam satu kalimat. `draft_canvas` membuat draf "
    "sembilan blok: dengan LLM kalau ada kunci API, atau dari kata-kata idemu sendiri kalau offline.",
    """idea = "Jasa chatbot WhatsApp dan video promo untuk kedai kopi di Yogyakarta"
canvas = draft_canvas(idea)
canvas""",
    "lab8.q1.check()",
    "MD:### Latihan 2: jadikan canvas milikmu\n\nDraf AI hanyalah titik awal. Ubah minimal satu blok "
    "(siapa klien PERTAMAmu? lewat mana kamu bertemu mereka?) dengan `canvas.edit(...)`.",
    (
        """my_canvas = ...  # contoh: canvas.edit(customer_segments=["..."], channels=["..."])
my_canvas""",
        """my_canvas = canvas.edit(
    customer_segments=["Kedai kopi dekat kampus di Yogyakarta yang ramai sampai malam"],
    channels=["Datang langsung membawa demo di HP", "Instagram @jasabotjogja"],
)
my_canvas""",
    ),
    "lab8.q2.check()",
    "# lab8.q2.hint()\n# lab8.q2.solution()",
    "MD:## 2. Berapa tarifmu?\n\nTarif per jam = (target penghasilan + biaya bulanan + pajak) / jam TERTAGIH "
    "per bulan. Jam tertagih = jam yang dibayar klien (bukan jam admin, jualan, atau belajar).",
    "EXAMPLE_MONTHLY_COSTS",
    (
        """my_costs = dict(EXAMPLE_MONTHLY_COSTS)  # ubah angkanya sesuai hidupmu
my_rate = ...  # rate_calculator(target, jam_tertagih_per_minggu, my_costs, weeks_off=4)
my_rate""",
        """my_costs = dict(EXAMPLE_MONTHLY_COSTS)
my_costs["Internet rumah + kuota HP"] = 300_000
my_rate = rate_calculator(5_000_000, 20, my_costs, weeks_off=4)
my_rate""",
    ),
    "lab8.q3.check()",
    "MD:## 3. Biaya API dan harga proyek\n\nChatbot klien memakai LLM setiap kali pelanggan bertanya. "
    "Masukkan biaya itu ke harga.",
    """api_cost = api_cost_estimate(1_000, provider="gemini")
api_cost""",
    (
        """project_hours = 12
project_price = ...  # minimal: jam x tarif + biaya API
print(rupiah(project_price) if project_price is not ... else "isi dulu")""",
        """project_hours = 12
project_price = my_rate.price_for(project_hours, extra_costs=api_cost.budget_idr)
print(rupiah(project_price))""",
    ),
    "lab8.q4.check()",
    "MD:## 4. Per jam, per proyek, atau paket?",
    (
        """packages = ...  # package_tiers(my_rate, service="chatbot")
packages""",
        """packages = package_tiers(my_rate, service="chatbot", api_cost=api_cost.budget_idr)
packages""",
    ),
    "lab8.q5.check()",
    """if my_rate is not ...:  # jalan setelah Latihan 3 diisi
    display(compare_pricing(my_rate, project_hours, api_cost=api_cost.budget_idr,
                            packages=packages if packages is not ... else None))""",
    "MD:## 5. Satu karya portofolio\n\nTulis hasil kerja hari pertama (chatbot atau video) sebagai cerita "
    "masalah -> solusi -> hasil.",
    (
        """portfolio = ...  # portfolio_piece("Judul", client=..., problem=..., solution=..., result=...)
portfolio""",
        """portfolio = portfolio_piece(
    "Chatbot menu untuk Kopi Kita",
    client="Kopi Kita (proyek latihan)",
    problem="Admin kewalahan menjawab pertanyaan menu dan jam buka setiap malam.",
    solution="Chatbot dengan persona ramah yang menjawab dari menu dan FAQ, plus video promo 9:16.",
    result="Pertanyaan rutin terjawab otomatis; admin fokus melayani pesanan.",
)
portfolio""",
    ),
    "lab8.q6.check()",
    "MD:## Rekap\n\n- Canvas membantu melihat seluruh bisnis di satu halaman; draf AI perlu kamu koreksi.\n"
    "- Tarif dihitung dari target + biaya + pajak dibagi jam tertagih, bukan ditebak.\n"
    "- Biaya API masuk ke harga; paket memudahkan klien memilih.\n"
    "- Portofolio menjual jasamu sebelum kamu bicara.\n\nLanjut ke **Lab 9: Proposal untuk klien**.",
    "lab8.progress()",
]

LAB9 = [
    "MD:"
    + header(
        "09_proposal_klien.ipynb",
        "Lab 9: Proposal untuk klien",
        [
            "Mengubah brief klien menjadi lingkup, jadwal, dan penawaran harga",
            "Menghitung total penawaran (diskon, PPN bila PKP) tanpa salah hitung",
            "Membuat proposal Markdown dan PDF",
            "Membuat video pitch dengan pipeline video hari pertama",
        ],
        [
            "Brief ke proposal: 25 menit",
            "Penawaran harga: 15 menit",
            "PDF: 10 menit",
            "Video pitch: 20 menit",
            "Rekap: 5 menit (total 75 menit)",
        ],
    ),
    INSTALL,
    """from gigai.business import draft_proposal, quote, rate_calculator, rupiah, EXAMPLE_MONTHLY_COSTS
from gigai.latihan import lab9

my_rate = rate_calculator(5_000_000, 20, EXAMPLE_MONTHLY_COSTS)  # dari Lab 8
print("Tarif per jam:", rupiah(my_rate.hourly))""",
    "MD:## 1. Dari brief ke proposal\n\nIni pesan WhatsApp dari calon klien. `draft_proposal` menyusun "
    "masalah, lingkup, jadwal, dan harga. Harga dihitung dari tarifmu, bukan dikarang AI.",
    '''client_brief = """Klien: Laundry Bersih Kilat
Halo kak, kami laundry di Bandung. Tiap malam banyak chat nanya harga per kilo dan kapan selesai.
Mau dibuatkan chatbot WhatsApp dan 3 video TikTok promo. Target selesai 2 minggu, budget sekitar Rp 1,5 juta."""''',
    (
        """proposal = ...  # draft_proposal(client_brief, rate=my_rate, freelancer="Nama Kamu")
proposal""",
        """proposal = draft_proposal(client_brief, rate=my_rate, freelancer="Rani", contact="WA 0812-0000-0000")
proposal""",
    ),
    "lab9.q1.check()",
    "MD:## 2. Penawaran harga\n\nSusun penawaranmu sendiri. `quote()` menghitung subtotal, diskon, dan PPN. "
    "PPN hanya untuk PKP (omzet di atas Rp 4,8 miliar setahun); kebanyakan freelancer: `ppn=0`.",
    (
        """my_quote = ...  # quote([("Setup chatbot FAQ", 1, 850_000), ("Video promo 9:16", 3, 150_000)], ppn=0)
my_quote""",
        """my_quote = quote(
    [("Setup chatbot FAQ laundry", 1, 850_000), ("Video promo TikTok 9:16", 3, 150_000)],
    discount=50_000,
    ppn=0,
)
my_quote""",
    ),
    "lab9.q2.check()",
    "MD:Tempelkan penawaranmu ke proposal (objek baru, proposal lama tidak berubah):",
    """if my_quote is not ... and proposal is not ...:
    proposal = proposal.model_copy(update={"quote": my_quote})
    print(rupiah(proposal.total))""",
    "MD:## 3. Proposal jadi PDF",
    (
        """pdf_path = ...  # proposal.to_pdf("hasil/proposal_laundry.pdf")
pdf_path""",
        """pdf_path = proposal.to_pdf("hasil/proposal_laundry.pdf")
pdf_path""",
    ),
    "lab9.q3.check()",
    "MD:## 4. Video pitch 30 detik\n\nPakai pipeline hari pertama untuk memperkenalkan jasamu. Preset "
    "`preview` cepat dirender di laptop.",
    """from gigai.video import Brief, render, write_storyboard

brief = Brief(product="Jasa chatbot WhatsApp + video promo", business="Rani Digital",
              audience="pemilik laundry", price="mulai Rp 600.000", cta="Chat aku untuk demo gratis!")
storyboard = write_storyboard(brief, scenes=4)
storyboard""",
    (
        """pitch_video = ...  # render(storyboard, out="hasil/pitch.mp4", preset="preview")
pitch_video""",
        """pitch_video = render(storyboard, out="hasil/pitch.mp4", preset="preview", progress=False)
pitch_video""",
    ),
    "lab9.q4.check()",
    "MD:## Rekap\n\n- Proposal yang baik menjawab: apa, kapan, berapa, bagaimana bayarnya.\n"
    "- Hitung harga dari tarif dan jam; biarkan kode yang menjumlah.\n"
    "- DP di awal melindungi kamu; batasi jumlah revisi.\n"
    "- Video pitch singkat membuat klien ingat kamu.",
    "lab9.progress()",
]

if __name__ == "__main__":
    for solution in (False, True):
        print(build("08_model_bisnis.ipynb", LAB8, solution))
        print(build("09_proposal_klien.ipynb", LAB9, solution))
