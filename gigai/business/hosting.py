"""What a client's bot costs to keep answering 24 hours a day: hosting + LLM API, and the monthly fee you
charge for it (those costs + your maintenance hours). Hosting prices are example ranges with a date, not
offers: check the provider you pick.

    >>> rc = running_cost(1_000, hosting="vps")
    >>> rc.monthly_fee(75_000, maintenance_hours=2)

Used in: Lab 8.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gigai.business.money import as_amount, ceil_to, rupiah
from gigai.errors import InputError

__all__ = ["HOSTING", "HostingOption", "RunningCost", "running_cost", "CHECKED"]

CHECKED = "1 Desember 2026"


@dataclass(frozen=True)
class HostingOption:
    key: str
    name: str
    idr_per_month: int
    always_on: bool
    note: str


HOSTING: dict[str, HostingOption] = {h.key: h for h in (
    HostingOption("laptop", "Laptop kamu (mode LAN, Lab 5)", 0, False,
                  "gratis, tapi bot mati saat laptop mati: cocok untuk demo, bukan untuk pelanggan 24 jam"),
    HostingOption("vps", "VPS kecil (1 vCPU, 1-2 GB RAM) di penyedia lokal", 100_000, True,
                  "kisaran Rp 50.000-150.000/bulan; kamu yang merawat server"),
    HostingOption("paas", "Layanan hosting aplikasi (jalankan `python app.py`)", 120_000, True,
                  "kisaran USD 5-10/bulan; lebih mudah, tanpa mengurus server"),
    HostingOption("hf_pro", "Hugging Face Spaces (Gradio, akun berbayar)", 150_000, True,
                  "sejak 21 Juli 2026 Space Gradio baru butuh akun berbayar (sekitar USD 9/bulan)"),
)}


@dataclass(frozen=True)
class RunningCost:
    conversations_per_month: int
    hosting: HostingOption
    api_idr: int
    api_note: str

    @property
    def total(self) -> int:
        """Hosting + API budget per month (rupiah)."""
        return self.hosting.idr_per_month + self.api_idr

    def monthly_fee(self, rate: Any, *, maintenance_hours: float = 2, round_to: int = 10_000) -> int:
        """A monthly subscription price: hosting + API + your maintenance hours x hourly rate, rounded up."""
        hourly = as_amount(getattr(rate, "hourly", rate), what="tarif per jam")
        return ceil_to(self.total + hourly * float(maintenance_hours), round_to)

    def to_markdown(self) -> str:
        h = self.hosting
        return "\n".join([
            f"**Biaya bot 24 jam per bulan** ({self.conversations_per_month:,} percakapan)".replace(",", "."),
            "",
            "| Komponen | Rupiah / bulan |",
            "|---|---:|",
            f"| Hosting: {h.name} | {rupiah(h.idr_per_month)} |",
            f"| API LLM ({self.api_note}) | {rupiah(self.api_idr)} |",
            f"| **Total biaya** | **{rupiah(self.total)}** |",
            "",
            f"Catatan hosting: {h.note}." + ("" if h.always_on else " **Tidak menyala 24 jam.**"),
            "",
            f"<small><i>Kisaran harga per {CHECKED}, contoh saja: cek harga penyedia yang kamu pilih.</i></small>",
        ])

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        return (f"Hosting {rupiah(self.hosting.idr_per_month)} + API {rupiah(self.api_idr)} = "
                f"{rupiah(self.total)} per bulan")


def running_cost(conversations_per_month: int = 1_000, *, hosting: str = "vps", provider: str = "gemini",
                 api_budget: float | None = None) -> RunningCost:
    """Monthly cost of a client's bot: the hosting option's price + the LLM budget (``api_cost_estimate``)."""
    option = HOSTING.get(str(hosting).lower())
    if option is None:
        raise InputError("E195", f"Pilihan hosting '{hosting}' tidak dikenal.", f"Unknown hosting '{hosting}'.",
                         hint="pilih: " + ", ".join(HOSTING), value=hosting)
    if api_budget is None:
        from gigai.business.api_cost import api_cost_estimate

        est = api_cost_estimate(conversations_per_month, provider=provider)
        api_idr, note = est.budget_idr, f"{provider}, x{est.safety_factor:g} cadangan"
    else:
        api_idr, note = round(as_amount(api_budget, what="api_budget")), "angka kamu sendiri"
    return RunningCost(int(conversations_per_month), option, int(api_idr), note)
