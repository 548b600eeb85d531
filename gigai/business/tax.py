"""Tax facts for a beginner freelancer in Indonesia, and the one calculation most need: PPh Final UMKM.

    >>> umkm_tax(300_000_000)       # 0: the first Rp 500 juta of omzet a year is not taxed (individuals)
    0
    >>> umkm_tax(600_000_000)       # 0,5% of the part above Rp 500 juta
    500000

Facts, not advice: rules change, and a tax office (KPP) or konsultan pajak has the last word.
Used in: Lab 8, Lab 9.
"""

from __future__ import annotations

from gigai.business.money import as_amount, rupiah

__all__ = ["UMKM_FREE_OMZET", "UMKM_FINAL_RATE", "UMKM_MAX_OMZET", "PTKP_SINGLE", "umkm_tax", "TaxFacts",
           "tax_facts", "CHECKED"]

CHECKED = "1 Desember 2026"
UMKM_FREE_OMZET = 500_000_000  # PP 55/2022: individuals pay no PPh Final on the first Rp 500 juta a year
UMKM_FINAL_RATE = 0.005  # PPh Final UMKM 0,5% of omzet above that
UMKM_MAX_OMZET = 4_800_000_000  # above Rp 4,8 miliar a year the UMKM scheme ends (and PKP/PPN begins)
PTKP_SINGLE = 54_000_000  # PTKP TK/0 (PMK 101/2016): a single person's untaxed yearly net income

SOURCES = (
    ("PP 55/2022 (PPh UMKM, batas Rp 500 juta)", "https://peraturan.bpk.go.id (cari: PP 55 Tahun 2022)"),
    ("PMK 168/2023 (PPh 21 bukan pegawai, 50% x tarif Pasal 17)", "https://peraturan.bpk.go.id (cari: PMK 168 Tahun 2023)"),
    ("PMK 112/2022 (NIK sebagai NPWP)", "https://www.pajak.go.id"),
    ("Coretax DJP (lapor SPT, bukti potong)", "https://coretaxdjp.pajak.go.id"),
)


def umkm_tax(omzet_per_year: float | int | str) -> int:
    """Yearly PPh Final UMKM of an individual: 0,5% of omzet above Rp 500 juta (0 below it)."""
    omzet = as_amount(omzet_per_year, what="omzet per tahun")
    return round(max(omzet - UMKM_FREE_OMZET, 0) * UMKM_FINAL_RATE)


class TaxFacts:
    """Prints as a short Markdown guide in a notebook; ``str()`` for a terminal."""

    def __init__(self, omzet_per_year: float | None = None) -> None:
        self.omzet_per_year = None if omzet_per_year is None else as_amount(omzet_per_year, what="omzet per tahun")

    def points(self) -> list[str]:
        pts = [
            "**NPWP = NIK.** Untuk orang pribadi penduduk Indonesia, NIK di KTP berfungsi sebagai NPWP "
            "(PMK 112/2022). Aktifkan akunmu di Coretax DJP; klien perusahaan akan memintanya.",
            "**Batas Rp 500 juta setahun.** Dengan skema PPh Final UMKM (PP 55/2022), orang pribadi "
            "tidak membayar pajak atas omzet sampai Rp 500 juta per tahun; di atasnya 0,5% dari "
            "bagian yang lebih. Kebanyakan freelancer pemula jauh di bawah batas ini, jadi kalkulator tarif "
            "gigai memakai **pajak 0** kecuali kamu mengisi `tax=0.005`.",
            "**Klien perusahaan memotong pajak sebelum membayar.** Kalau kamu orang pribadi, perusahaan memotong "
            "PPh 21 bukan pegawai (50% x tarif Pasal 17; untuk lapisan pertama 5% x 50% = 2,5% dari bruto, lebih "
            "tinggi tanpa NPWP/NIK terdaftar). Kalau kamu badan usaha (CV/PT), dipotong PPh 23 sebesar 2%. "
            "Minta **bukti potong** dan simpan untuk SPT Tahunan. Punya Surat Keterangan UMKM (PP 55)? "
            "Tunjukkan ke klien agar tidak dipotong lagi.",
            "**Catat uang masuk.** Simpan invoice dan bukti transfer per bulan; itu dasar menghitung omzet dan "
            "mengisi SPT Tahunan (paling lambat 31 Maret).",
            "**Bukan semua jasa boleh memakai PPh Final UMKM.** Jasa 'pekerjaan bebas' (misalnya konsultan, "
            "tenaga ahli) memakai tarif umum dengan norma penghitungan; di skema itu PTKP "
            "Rp 54 juta setahun (lajang) tidak dikenai pajak. Tanya KPP kalau ragu.",
            "**PPN** baru wajib kalau omzet di atas Rp 4,8 miliar setahun (PKP): biasanya `ppn=0`.",
        ]
        if self.omzet_per_year is not None:
            tax = umkm_tax(self.omzet_per_year)
            pts.insert(0, f"**Omzetmu {rupiah(self.omzet_per_year)} setahun → PPh Final UMKM {rupiah(tax)}.**"
                       + (" Di bawah batas: pajak 0." if tax == 0 else ""))
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


def tax_facts(omzet_per_year: float | int | str | None = None) -> TaxFacts:
    """The tax facts a beginner needs, optionally with your own yearly omzet worked out. Used in: Lab 8."""
    return TaxFacts(omzet_per_year)
