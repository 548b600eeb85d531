"""Income tax for a beginner freelancer in Indonesia: which path applies, and the two calculations.

Two paths, chosen by the KIND of income, not by its size:

* **Pekerjaan bebas** (independent professional work: designers, writers, translators, consultants, creators,
  teachers...). PP 55/2022's final rate does NOT apply to it. Net income comes from bookkeeping or from the
  NPPN norm (notify DJP in the first 3 months of the tax year); PTKP (Rp 54 juta for a single person) is
  deducted and the Pasal 17 rates apply. Small incomes often owe 0 because of PTKP.
* **Usaha** (selling goods or services as a business that is not pekerjaan bebas): PPh Final 0,5% of omzet
  (PP 55/2022); individuals pay nothing on the first Rp 500 juta of omzet a year; an individual may use it for
  at most 7 tax years.

    >>> umkm_tax(300_000_000)              # usaha path: under Rp 500 juta a year
    0
    >>> income_tax_nppn(120_000_000, 0.5)  # pekerjaan bebas: 50% norm -> net 60 jt - PTKP 54 jt -> 5% x 6 jt
    300000

Facts, not advice: rules change, and the tax office (KPP, Kring Pajak 1500200) has the last word.
Used in: Lab 8, Lab 9.
"""

from __future__ import annotations

from gigai.business.money import as_amount, rupiah

__all__ = ["UMKM_FREE_OMZET", "UMKM_FINAL_RATE", "UMKM_MAX_OMZET", "UMKM_MAX_YEARS_INDIVIDUAL", "PTKP_SINGLE",
           "PASAL_17", "umkm_tax", "income_tax_pasal17", "income_tax_nppn", "TaxFacts", "tax_facts", "CHECKED",
           "SOURCES"]

CHECKED = "7 Desember 2026"
UMKM_FREE_OMZET = 500_000_000  # PP 55/2022 (UU HPP): individuals pay no PPh Final on the first Rp 500 juta a year
UMKM_FINAL_RATE = 0.005  # PPh Final UMKM 0,5% of omzet above that
UMKM_MAX_OMZET = 4_800_000_000  # above Rp 4,8 miliar a year the UMKM scheme ends (and PKP/PPN begins)
UMKM_MAX_YEARS_INDIVIDUAL = 7  # PP 55/2022: an individual may use the final rate for at most 7 tax years
PTKP_SINGLE = 54_000_000  # PTKP TK/0 (PMK 101/2016): a single person's untaxed yearly net income
# UU 7/2021 (HPP) Pasal 17 ayat (1) huruf a: (upper bound of the layer, rate); the last layer has no bound.
PASAL_17: tuple[tuple[float, float], ...] = ((60_000_000, 0.05), (250_000_000, 0.15), (500_000_000, 0.25),
                                             (5_000_000_000, 0.30), (float("inf"), 0.35))

# Official texts; BPK's JDIH search is the stable address for regulations.
SOURCES = (
    ("PP 55/2022 (PPh Final UMKM 0,5%, batas Rp 500 juta, batas 7 tahun, tidak untuk pekerjaan bebas)",
     "https://peraturan.bpk.go.id (cari: PP 55 Tahun 2022)"),
    ("UU 7/2021 Harmonisasi Peraturan Perpajakan (tarif Pasal 17)",
     "https://peraturan.bpk.go.id (cari: UU 7 Tahun 2021)"),
    ("PMK 101/2016 (PTKP Rp 54 juta)", "https://peraturan.bpk.go.id (cari: PMK 101 Tahun 2016)"),
    ("PER-17/PJ/2015 (Norma Penghitungan Penghasilan Neto, pemberitahuan 3 bulan pertama)",
     "https://www.pajak.go.id (cari: PER-17/PJ/2015)"),
    ("PMK 168/2023 (PPh 21 bukan pegawai: 50% x tarif Pasal 17)",
     "https://peraturan.bpk.go.id (cari: PMK 168 Tahun 2023)"),
    ("PMK 112/2022 (NIK sebagai NPWP)", "https://www.pajak.go.id"),
    ("Coretax DJP (lapor SPT, bukti potong)", "https://coretaxdjp.pajak.go.id"),
)


def umkm_tax(omzet_per_year: float | int | str) -> int:
    """Usaha path, yearly PPh Final UMKM of an individual: 0,5% of omzet above Rp 500 juta (0 below it)."""
    omzet = as_amount(omzet_per_year, what="omzet per tahun")
    return round(max(omzet - UMKM_FREE_OMZET, 0) * UMKM_FINAL_RATE)


def income_tax_pasal17(taxable_income: float | int | str) -> int:
    """Pasal 17 tax on a yearly taxable income (PKP, already after PTKP), rounded down to the thousand first."""
    pkp = max(as_amount(taxable_income, what="penghasilan kena pajak") // 1000 * 1000, 0)
    tax, lower = 0.0, 0.0
    for upper, rate in PASAL_17:
        if pkp > lower:
            tax += (min(pkp, upper) - lower) * rate
        lower = upper
    return round(tax)


def income_tax_nppn(gross_per_year: float | int | str, norm: float, *, ptkp: float = PTKP_SINGLE) -> int:
    """Pekerjaan bebas path with NPPN: gross x ``norm`` (your activity's percentage in the NPPN table, e.g. 0.5),
    minus PTKP, taxed at the Pasal 17 rates. ``norm`` has no default: look yours up (PER-17/PJ/2015)."""
    gross = as_amount(gross_per_year, what="penghasilan bruto per tahun")
    if not 0 < float(norm) <= 1:
        from gigai.errors import InputError

        raise InputError("E250", "Norma NPPN ditulis sebagai pecahan, misalnya 0.5 untuk 50%.",
                         "The NPPN norm is a fraction, e.g. 0.5 for 50%.", hint="income_tax_nppn(120_000_000, 0.5)",
                         value=norm)
    return income_tax_pasal17(max(gross * float(norm) - float(ptkp), 0))


class TaxFacts:
    """Prints as a short Markdown guide in a notebook; ``str()`` for a terminal."""

    def __init__(self, omzet_per_year: float | None = None, *, norm: float = 0.5) -> None:
        self.omzet_per_year = None if omzet_per_year is None else as_amount(omzet_per_year, what="omzet per tahun")
        self.norm = norm

    def points(self) -> list[str]:
        pts = [
            "**Dua jalur, dipilih dari JENIS penghasilanmu.** (1) **Pekerjaan bebas**: jasa keahlian yang "
            "dikerjakan sendiri, misalnya desainer, penulis, penerjemah, konsultan, kreator konten, pengajar. "
            "(2) **Usaha**: menjual barang, atau jasa yang dijalankan sebagai usaha dan bukan pekerjaan bebas. "
            "Banyak freelancer dan kreator diperlakukan DJP sebagai pekerjaan bebas; kalau ragu, tanya KPP "
            "atau Kring Pajak 1500200.",
            "**Jalur pekerjaan bebas (bukan PP 55/2022).** PPh Final 0,5% PP 55/2022 tidak berlaku untuk "
            "penghasilan dari pekerjaan bebas. Penghasilan neto dihitung dari pembukuan, atau dengan **NPPN** "
            "(Norma Penghitungan Penghasilan Neto: bruto x persentase norma untuk jenis kegiatan dan kotamu), "
            "dan pemakaian NPPN **diberitahukan ke DJP dalam 3 bulan pertama** tahun pajak. Neto dikurangi "
            f"**PTKP {rupiah(PTKP_SINGLE)}** setahun (lajang tanpa tanggungan), sisanya kena tarif **Pasal 17**: "
            "5% sampai Rp 60 juta, 15% sampai Rp 250 juta, 25% sampai Rp 500 juta, 30% sampai Rp 5 miliar, 35% "
            "di atasnya. Penghasilan kecil sering **tetap 0** karena PTKP, bukan karena PP 55.",
            "**Jalur usaha (PP 55/2022).** PPh Final 0,5% dari omzet; orang pribadi tidak membayar untuk omzet "
            f"sampai Rp 500 juta setahun. Skema ini boleh dipakai orang pribadi **paling lama "
            f"{UMKM_MAX_YEARS_INDIVIDUAL} tahun pajak** (pemerintah pernah memperpanjangnya; cek aturan "
            "terbaru), setelah itu pembukuan atau NPPN.",
            "**Klien perusahaan memotong pajak sebelum membayar.** Kalau kamu orang pribadi, perusahaan memotong "
            "PPh 21 bukan pegawai (50% x tarif Pasal 17; untuk lapisan pertama 5% x 50% = 2,5% dari bruto). "
            "Kalau kamu badan usaha (CV/PT), dipotong PPh 23 sebesar 2%. Minta **bukti potong**: potongan itu "
            "mengurangi pajak di SPT Tahunanmu.",
            "**NPWP = NIK.** Untuk orang pribadi penduduk Indonesia, NIK di KTP berfungsi sebagai NPWP "
            "(PMK 112/2022). Aktifkan akunmu di Coretax DJP; klien perusahaan akan memintanya.",
            "**Catat uang masuk.** Simpan invoice, bukti transfer, dan bukti potong per bulan; itu dasar SPT "
            "Tahunan (paling lambat 31 Maret).",
            "**PPN** baru wajib kalau omzet di atas Rp 4,8 miliar setahun (PKP): biasanya `ppn=0`.",
        ]
        if self.omzet_per_year is not None:
            gross = self.omzet_per_year
            free = income_tax_nppn(gross, self.norm)
            umkm = umkm_tax(gross)
            pts.insert(0, f"**Penghasilanmu {rupiah(gross)} setahun.** Jalur pekerjaan bebas dengan norma contoh "
                          f"{round(self.norm * 100)}%: neto {rupiah(gross * self.norm)}, dikurangi PTKP → "
                          f"**PPh {rupiah(free)}** setahun. Jalur usaha (PP 55): **PPh Final {rupiah(umkm)}**. "
                          "Persentase norma yang benar ada di tabel NPPN untuk kegiatan dan kotamu.")
        return pts

    def to_markdown(self) -> str:
        lines = ["### Pajak untuk freelancer pemula", ""] + [f"- {p}" for p in self.points()]
        lines += ["", f"<small><i>Fakta per {CHECKED}, bukan nasihat pajak; aturan bisa berubah. Sumber: "
                  + "; ".join(f"{name}: {url}" for name, url in SOURCES) + "</i></small>"]
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        return self.to_markdown().replace("**", "").replace("<small><i>", "").replace("</i></small>", "")


def tax_facts(omzet_per_year: float | int | str | None = None, *, norm: float = 0.5) -> TaxFacts:
    """The tax facts a beginner needs; with ``omzet_per_year``, both paths worked out (``norm``: an example NPPN
    percentage, look up your own). Used in: Lab 8."""
    return TaxFacts(omzet_per_year, norm=norm)
