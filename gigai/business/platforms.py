"""Where Indonesian freelancers find clients, and what each marketplace keeps. Data with a date and its
sources: fees change, so the lab shows the date and asks participants to check the platform's own page.

    >>> net_after_fee(1_000_000, "fiverr")   # what reaches you from a Rp 1 juta order
    800000

Used in: Lab 8.
"""

from __future__ import annotations

from dataclasses import dataclass

from gigai.business.money import as_amount, rupiah
from gigai.errors import InputError

__all__ = ["Platform", "PLATFORMS", "CHECKED", "platform_fees", "net_after_fee"]

CHECKED = "7 Desember 2026"


@dataclass(frozen=True)
class Platform:
    key: str
    name: str
    market: str
    fee: float  # share of the order kept by the platform, from the freelancer's side (typical case; Upwork's middle)
    fee_text: str
    good_for: str
    sources: tuple[str, ...]
    official: bool = False  # the fee comes from the platform's own help page or terms


PLATFORMS: dict[str, Platform] = {p.key: p for p in (
    Platform("fastwork", "Fastwork (fastwork.id)", "Indonesia + Asia Tenggara", 0.17,
             "komisi bertingkat dari freelancer; ~17% untuk pesanan kecil, turun untuk proyek besar",
             "paket jasa siap beli (video, desain, chatbot); pembeli UMKM lokal",
             ("https://fastwork.id/blog/harga-minimum-baru-juni-2023/",
              "https://www.slimfaq.com/fastwork-co-bfa21e87-1550-4d30-9cb2-a8eec7a0969e/1815-/7776-fastwork")),
    Platform("sribu", "Sribu (dulu Sribulancer)", "Indonesia", 0.10,
             "Sribulancer sudah bergabung ke Sribu; dulu ~10% dari freelancer, cek skema Sribu sekarang",
             "kontes desain dan job post dari UMKM/korporat lokal",
             ("https://torilio.com/sribu-vs-sribulancer-apa-bedanya-dan-mana-yang-lebih-menguntungkan-freelancer",
              "https://go.sribu.com/en/?p=7654")),
    Platform("projects", "Projects.co.id", "Indonesia", 0.12,
             "biaya layanan ~12% dari pendapatan worker (dibahas di forum Projects.co.id)",
             "proyek kecil-menengah dengan sistem bid; bayar lewat rekening bersama",
             ("https://projects.co.id/community/conversation/post/9743",)),
    Platform("upwork", "Upwork", "global (bahasa Inggris, USD)", 0.10,
             "0-15% per kontrak sejak Mei 2025 (variabel, terlihat saat mengajukan proposal; sebelumnya 10% rata), "
             "ditambah biaya Connects untuk melamar dan biaya tarik dana",
             "klien luar negeri, kontrak per jam atau per proyek",
             ("https://support.upwork.com/hc/en-us/articles/211062538-Freelancer-Service-Fees",), True),
    Platform("fiverr", "Fiverr", "global (bahasa Inggris, USD)", 0.20,
             "20% dari setiap pesanan (Terms of Service Fiverr: penjual menerima 80%); pembeli juga membayar "
             "biaya layanan",
             "gig/paket tetap (misalnya 'video promo 30 detik'), tanpa bid",
             ("Fiverr Terms of Service, bagian Sellers",
              "https://help.fiverr.com/hc/en-us/articles/360049646033-What-is-a-service-fee"), True),
)}


def _platform(key: str) -> Platform:
    found = PLATFORMS.get(str(key).lower().strip().replace(".co.id", "").replace("sribulancer", "sribu"))
    if found is None:
        raise InputError("E193", f"Platform '{key}' tidak ada di daftar.", f"Unknown platform '{key}'.",
                         hint="pilih: " + ", ".join(PLATFORMS), value=key)
    return found


def net_after_fee(price: float | int | str, platform: str) -> int:
    """What reaches you from ``price`` after the platform's typical fee (before tax and transfer costs)."""
    return round(as_amount(price, what="harga") * (1 - _platform(platform).fee))


class PlatformTable:
    def __init__(self, price: float | None) -> None:
        self.price = price

    def to_markdown(self) -> str:
        head = "| Platform | Pasar | Potongan (perkiraan) | Cocok untuk |"
        sep = "|---|---|---|---|"
        if self.price:
            head += f" Kamu terima dari {rupiah(self.price)} |"
            sep += "---:|"
        rows = [head, sep]
        for p in PLATFORMS.values():
            row = f"| {p.name} | {p.market} | {p.fee_text} | {p.good_for} |"
            if self.price:
                row += f" {rupiah(net_after_fee(self.price, p.key))} |"
            rows.append(row)
        official = [p for p in PLATFORMS.values() if p.official]
        other = [p for p in PLATFORMS.values() if not p.official]
        rows += ["", f"<small><i>Dicek {CHECKED}; biaya platform sering berubah, cek lagi sebelum memasang harga. "
                 "Dari halaman resmi platform: "
                 + "; ".join(f"{p.name}: {', '.join(p.sources)}" for p in official)
                 + ". Tidak kami temukan di halaman bantuan resminya, jadi angkanya perkiraan dari sumber lain: "
                 + "; ".join(f"{p.name}: {', '.join(p.sources)}" for p in other) + "</i></small>"]
        return "\n".join(rows)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        return "\n".join(f"{p.name}: {p.fee_text}" for p in PLATFORMS.values())


def platform_fees(price: float | int | str | None = None) -> PlatformTable:
    """The platforms table; with ``price``, what you would receive on each. Used in: Lab 8."""
    return PlatformTable(None if price is None else as_amount(price, what="harga"))
