"""What to charge: an hourly rate that covers costs + target income, package tiers, pricing models.

    >>> r = rate_calculator(6_000_000, 25, {"Internet": 300_000, "Laptop (penyusutan)": 250_000})
    >>> r.hourly, r.day            # rupiah, rounded up to Rp 1.000

Used in: Lab 8 (and Lab 9 for quotes). Pure Python; nothing heavy is imported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gigai.business.formats import angka, persen
from gigai.business.money import as_amount, ceil_to, rupiah
from gigai.errors import InputError

__all__ = [
    "RateResult",
    "rate_calculator",
    "PackageTier",
    "Packages",
    "package_tiers",
    "DEFAULT_TIERS",
    "PricingComparison",
    "compare_pricing",
    "EXAMPLE_MONTHLY_COSTS",
    "WEEKS_PER_YEAR",
]

WEEKS_PER_YEAR = 52

# An example, not advice: typical monthly costs of a freelancer in Indonesia (2026 prices, rough).
EXAMPLE_MONTHLY_COSTS: dict[str, int] = {
    "Penyusutan laptop (Rp 7,2 jt / 36 bulan)": 200_000,
    "Internet rumah + kuota HP": 350_000,
    "Software & API (LLM, desain, musik)": 150_000,
    "BPJS Kesehatan mandiri (kelas 3)": 35_000,  # Perpres 64/2020: Rp 42.000, of which the state pays Rp 7.000
    "BPJS Ketenagakerjaan BPU (JKK + JKM)": 16_800,
    "Listrik & kopi kerja": 150_000,
}


def _bad(id_: str, en: str, value: Any, hint: str) -> InputError:
    return InputError("E172", id_, en, hint=hint, value=value)


@dataclass(frozen=True)
class RateResult:
    """The outcome of :func:`rate_calculator`; prints as a rupiah table in notebooks."""

    target_monthly_income: int
    monthly_costs: dict[str, int]
    billable_hours_per_week: float
    weeks_off: int
    tax: float
    hours_per_day: float
    project_hours: float
    billable_hours_per_month: float
    revenue_needed_per_month: int
    hourly_exact: float
    hourly: int
    day: int
    project: int

    @property
    def total_costs(self) -> int:
        return sum(self.monthly_costs.values())

    @property
    def tax_per_month(self) -> int:
        return self.revenue_needed_per_month - self.target_monthly_income - self.total_costs

    def price_for(self, hours: float, *, extra_costs: float = 0, round_to: int = 10_000) -> int:
        """Project price for ``hours`` of work plus direct costs (API, stock music...), rounded up."""
        return ceil_to(self.hourly * float(hours) + float(extra_costs), round_to)

    def covers(self, price: float, hours: float, *, extra_costs: float = 0) -> bool:
        """True when ``price`` pays at least this hourly rate for ``hours`` plus ``extra_costs``."""
        return float(price) + 1e-6 >= self.hourly_exact * float(hours) + float(extra_costs)

    def monthly_check(self) -> dict[str, int]:
        """Revenue at ``hourly`` for all billable hours, and what is left after tax and costs."""
        revenue = round(self.hourly * self.billable_hours_per_month)
        take_home = round(revenue * (1 - self.tax) - self.total_costs)
        return {"revenue": revenue, "take_home": take_home, "target": self.target_monthly_income}

    def breakdown(self) -> list[tuple[str, int]]:
        rows = [("Target penghasilan bersih / bulan", self.target_monthly_income)]
        rows += [(f"Biaya: {k}", v) for k, v in self.monthly_costs.items()]
        if self.tax:
            rows.append((f"Pajak ({persen(self.tax)} dari omzet)", self.tax_per_month))
        else:
            rows.append(("Pajak (0 di sini: penghasilan kecil sering di bawah PTKP; cek tax_facts())", 0))
        rows.append(("Omzet yang dibutuhkan / bulan", self.revenue_needed_per_month))
        return rows

    def to_markdown(self) -> str:
        lines = ["**Kalkulator tarif**", "", "| Komponen | Rupiah / bulan |", "|---|---:|"]
        lines += [f"| {label} | {rupiah(v)} |" for label, v in self.breakdown()]
        lines += [
            "",
            f"Jam kerja yang dibayar klien (jam tertagih): **{angka(self.billable_hours_per_week)} jam/minggu**, "
            f"libur {self.weeks_off} minggu/tahun → **{angka(self.billable_hours_per_month)} jam/bulan**",
            "",
            "| Tarif | Rupiah |",
            "|---|---:|",
            f"| Per jam | **{rupiah(self.hourly)}** |",
            f"| Per hari ({angka(self.hours_per_day)} jam) | {rupiah(self.day)} |",
            f"| Per proyek ({angka(self.project_hours)} jam) | {rupiah(self.project)} |",
        ]
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        width = max(len(label) for label, _ in self.breakdown())
        rows = [f"{label:<{width}}  {rupiah(v):>15}" for label, v in self.breakdown()]
        rows += [
            f"Jam tertagih: {angka(self.billable_hours_per_month)} jam/bulan",
            f"Tarif per jam : {rupiah(self.hourly)}",
            f"Tarif per hari: {rupiah(self.day)}  ({angka(self.hours_per_day)} jam)",
            f"Per proyek    : {rupiah(self.project)}  ({angka(self.project_hours)} jam)",
        ]
        return "\n".join(rows)


def _costs(monthly_costs: Mapping[str, Any] | None) -> dict[str, int]:
    if monthly_costs is None:
        return {}
    if not isinstance(monthly_costs, Mapping):
        raise _bad(
            "Biaya bulanan harus berupa dict {nama: rupiah}.",
            "monthly_costs must be a dict {name: rupiah}.",
            monthly_costs,
            'monthly_costs={"Internet": 300000, "Laptop": 200000}',
        )
    return {str(k): round(as_amount(v, what=f"biaya '{k}'")) for k, v in monthly_costs.items()}


def rate_calculator(
    target_monthly_income: float | str,
    billable_hours_per_week: float,
    monthly_costs: Mapping[str, Any] | None = None,
    *,
    weeks_off: int = 4,
    tax: float = 0.0,
    hours_per_day: float = 6,
    project_hours: float = 20,
    round_to: int = 1_000,
) -> RateResult:
    """Hourly, day and project rates that pay ``monthly_costs`` + ``target_monthly_income`` after tax.

    ``tax`` is a share of revenue (omzet), default 0: a beginner's small income often owes no tax, because of
    PTKP on the pekerjaan bebas path or the Rp 500 juta threshold on the PP 55/2022 path (see
    ``gigai.business.tax_facts()``). Pass your own share when you owe tax (e.g. ``tax=0.005``). ``weeks_off``: holidays, sick days,
    mudik. Billable hours are hours a client pays for, not admin, sales or learning time.

    Used in: Lab 8.
    """
    target = as_amount(target_monthly_income, what="target penghasilan")
    if target <= 0:
        raise _bad("Target penghasilan harus lebih dari 0.", "Target income must be above 0.",
                   target_monthly_income, "contoh / e.g. rate_calculator(5_000_000, 20, ...)")
    try:
        hours = float(billable_hours_per_week)
    except (TypeError, ValueError):
        hours = -1.0
    if not 0 < hours <= 80:
        raise _bad("Jam tertagih per minggu harus antara 1 dan 80.",
                   "Billable hours per week must be between 1 and 80.",
                   billable_hours_per_week, "freelancer realistis: 15-30 jam tertagih per minggu")
    if not isinstance(weeks_off, int) or not 0 <= weeks_off < WEEKS_PER_YEAR:
        raise _bad("weeks_off harus bilangan bulat 0-51.", "weeks_off must be a whole number 0-51.",
                   weeks_off, "misalnya weeks_off=4 (libur, sakit, mudik)")
    if not 0 <= float(tax) < 0.6:
        raise _bad("Pajak ditulis sebagai pecahan, misalnya 0.005 untuk 0,5%.",
                   "Tax is a fraction, e.g. 0.005 for 0.5%.", tax, "tax=0.005")
    costs = _costs(monthly_costs)
    hours_month = hours * (WEEKS_PER_YEAR - weeks_off) / 12
    revenue = (target + sum(costs.values())) / (1 - float(tax))
    hourly_exact = revenue / hours_month
    hourly = ceil_to(hourly_exact, round_to)
    return RateResult(
        target_monthly_income=round(target),
        monthly_costs=costs,
        billable_hours_per_week=hours,
        weeks_off=weeks_off,
        tax=float(tax),
        hours_per_day=float(hours_per_day),
        project_hours=float(project_hours),
        billable_hours_per_month=hours_month,
        revenue_needed_per_month=round(revenue),
        hourly_exact=hourly_exact,
        hourly=hourly,
        day=round(hourly * hours_per_day),
        project=round(hourly * project_hours),
    )


# ----------------------------------------------------------------------------------------------------------
# Package tiers (Basic / Standard / Premium)

DEFAULT_TIERS: dict[str, list[dict[str, Any]]] = {
    "chatbot": [
        {"name": "Basic", "hours": 8, "revisions": 1, "delivery_days": 5, "extra_costs": 0,
         "deliverables": ["Chatbot FAQ (maks. 20 tanya-jawab)", "Persona & gaya bahasa bisnis",
                          "Panduan singkat untuk admin"]},
        {"name": "Standard", "hours": 16, "revisions": 2, "delivery_days": 10, "extra_costs": 100_000,
         "deliverables": ["Semua isi Basic", "Basis pengetahuan dari menu/harga/FAQ",
                          "Aplikasi web chat (Gradio) siap dibagikan", "Uji coba bersama pemilik usaha"]},
        {"name": "Premium", "hours": 30, "revisions": 3, "delivery_days": 14, "extra_costs": 250_000,
         "deliverables": ["Semua isi Standard", "Deploy online + domain/link permanen",
                          "2 video promo 9:16 (30 detik)", "Pendampingan 1 bulan + laporan biaya API"]},
    ],
    "video": [
        {"name": "Basic", "hours": 4, "revisions": 1, "delivery_days": 3, "extra_costs": 0,
         "deliverables": ["1 video 9:16 (15-30 detik)", "Naskah + caption otomatis", "Musik bebas royalti"]},
        {"name": "Standard", "hours": 10, "revisions": 2, "delivery_days": 7, "extra_costs": 50_000,
         "deliverables": ["4 video 9:16 (30 detik)", "Storyboard disetujui klien", "Narasi suara + caption",
                          "Versi 1:1 untuk feed"]},
        {"name": "Premium", "hours": 20, "revisions": 3, "delivery_days": 14, "extra_costs": 150_000,
         "deliverables": ["8 video 9:16 (30-60 detik)", "Kalender konten 1 bulan", "Narasi suara premium",
                          "Laporan performa sederhana"]},
    ],
}


@dataclass(frozen=True)
class PackageTier:
    name: str
    hours: float
    price: int
    deliverables: tuple[str, ...] = ()
    revisions: int = 1
    delivery_days: int = 7
    extra_costs: int = 0

    @property
    def effective_hourly(self) -> float:
        return (self.price - self.extra_costs) / self.hours if self.hours else 0.0


@dataclass(frozen=True)
class Packages:
    """Three (or more) tiers, cheapest first; index by position or name: ``pk["Standard"]``."""

    tiers: tuple[PackageTier, ...]
    hourly: int
    service: str = ""

    def __getitem__(self, key: int | str) -> PackageTier:
        if isinstance(key, int):
            return self.tiers[key]
        for tier in self.tiers:
            if tier.name.lower() == str(key).lower():
                return tier
        raise KeyError(key)

    def __iter__(self):
        return iter(self.tiers)

    def __len__(self) -> int:
        return len(self.tiers)

    def to_markdown(self) -> str:
        head = "| | " + " | ".join(t.name for t in self.tiers) + " |"
        rows = [
            f"**Paket {self.service}** (tarif dasar {rupiah(self.hourly)}/jam)".replace("Paket  ", "Paket "),
            "",
            head,
            "|---|" + "---|" * len(self.tiers),
            "| Harga | " + " | ".join(f"**{rupiah(t.price)}**" for t in self.tiers) + " |",
            "| Isi | " + " | ".join("<br>".join(t.deliverables) for t in self.tiers) + " |",
            "| Revisi | " + " | ".join(f"{t.revisions}x" for t in self.tiers) + " |",
            "| Selesai | " + " | ".join(f"{t.delivery_days} hari" for t in self.tiers) + " |",
            "| Estimasi jam | " + " | ".join(f"{angka(t.hours)} jam" for t in self.tiers) + " |",
        ]
        return "\n".join(rows)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        out = []
        for t in self.tiers:
            out.append(f"{t.name:<9} {rupiah(t.price):>14}  {angka(t.hours)} jam, {t.revisions}x revisi, "
                       f"{t.delivery_days} hari: " + "; ".join(t.deliverables))
        return "\n".join(out)


def _hourly_of(rate: RateResult | float | int | str) -> int:
    if isinstance(rate, RateResult):
        return rate.hourly
    if hasattr(rate, "hourly"):
        return round(as_amount(rate.hourly, what="tarif per jam"))
    value = as_amount(rate, what="tarif per jam")
    if value <= 0:
        raise _bad("Tarif per jam harus lebih dari 0.", "Hourly rate must be above 0.", rate,
                   "pakai hasil rate_calculator(...) atau angka, misalnya 75000")
    return round(value)


def package_tiers(
    rate: RateResult | float | int | str,
    tiers: Sequence[Mapping[str, Any]] | None = None,
    *,
    service: str = "chatbot",
    api_cost: float = 0,
    round_to: int = 50_000,
) -> Packages:
    """Basic / Standard / Premium packages priced from an hourly rate: hours x rate + direct costs, rounded up.

    ``tiers``: list of dicts with name, hours, deliverables, revisions, delivery_days, extra_costs
    (defaults: ``DEFAULT_TIERS[service]``, service "chatbot" or "video"). ``api_cost`` is added to every tier
    (e.g. the month of LLM usage you include). Used in: Lab 8.
    """
    hourly = _hourly_of(rate)
    if tiers is None:
        if service not in DEFAULT_TIERS:
            raise _bad(f"Layanan '{service}' belum punya paket bawaan.", f"No default tiers for '{service}'.",
                       service, "service='chatbot' atau 'video', atau isi tiers=[...] sendiri")
        tiers = DEFAULT_TIERS[service]
    if not tiers:
        raise _bad("Daftar paket kosong.", "The tier list is empty.", tiers, "isi minimal satu paket")
    built = []
    for i, spec in enumerate(tiers):
        try:
            hours = float(spec["hours"])
        except (KeyError, TypeError, ValueError) as exc:
            raise _bad("Setiap paket butuh 'hours' (angka).", "Every tier needs 'hours' (a number).", spec,
                       '{"name": "Basic", "hours": 8, "deliverables": [...]}') from exc
        extra = round(as_amount(spec.get("extra_costs", 0), what="extra_costs") + as_amount(api_cost))
        built.append(PackageTier(
            name=str(spec.get("name") or f"Paket {i + 1}"),
            hours=hours,
            price=ceil_to(hourly * hours + extra, round_to),
            deliverables=tuple(str(d) for d in spec.get("deliverables", ())),
            revisions=int(spec.get("revisions", 1)),
            delivery_days=int(spec.get("delivery_days", 7)),
            extra_costs=extra,
        ))
    return Packages(tiers=tuple(built), hourly=hourly, service=service)


# ----------------------------------------------------------------------------------------------------------
# Hourly vs per-project vs package


@dataclass(frozen=True)
class PricingComparison:
    hours: float
    hourly_total: int
    project_price: int
    package: PackageTier | None
    risk_buffer: float
    api_cost: int
    notes: dict[str, str] = field(default_factory=dict)

    def to_markdown(self) -> str:
        rows = [
            f"**Perbandingan model harga** untuk pekerjaan ~{angka(self.hours)} jam (biaya API {rupiah(self.api_cost)})",
            "",
            "| Model | Harga ke klien | Cocok untuk |",
            "|---|---:|---|",
            f"| Per jam | {rupiah(self.hourly_total)} | {self.notes['hourly']} |",
            f"| Per proyek (+{persen(self.risk_buffer)} cadangan risiko) | {rupiah(self.project_price)} | "
            f"{self.notes['project']} |",
        ]
        if self.package:
            rows.append(f"| Paket {self.package.name} | {rupiah(self.package.price)} | {self.notes['package']} |")
        return "\n".join(rows)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        s = (f"Per jam   : {rupiah(self.hourly_total)}\n"
             f"Per proyek: {rupiah(self.project_price)} (+{persen(self.risk_buffer)} risiko)")
        if self.package:
            s += f"\nPaket {self.package.name}: {rupiah(self.package.price)}"
        return s


def compare_pricing(
    rate: RateResult | float | int,
    hours: float,
    *,
    api_cost: float = 0,
    risk_buffer: float = 0.2,
    packages: Packages | None = None,
    round_to: int = 10_000,
) -> PricingComparison:
    """The same job priced three ways: hourly billing, a fixed project price, and the closest package."""
    hourly = _hourly_of(rate)
    hours = float(hours)
    if hours <= 0:
        raise _bad("Jumlah jam harus lebih dari 0.", "Hours must be above 0.", hours, "misalnya hours=12")
    api = round(as_amount(api_cost, what="api_cost"))
    package = None
    if packages:
        fitting = [t for t in packages if t.hours >= hours]
        package = fitting[0] if fitting else packages.tiers[-1]
    return PricingComparison(
        hours=hours,
        hourly_total=ceil_to(hourly * hours + api, round_to),
        project_price=ceil_to(hourly * hours * (1 + risk_buffer) + api, round_to),
        package=package,
        risk_buffer=risk_buffer,
        api_cost=api,
        notes={
            "hourly": "lingkup belum jelas, klien tetap; risiko di klien",
            "project": "lingkup jelas; kamu menanggung risiko molor, jadi tambah cadangan",
            "package": "layanan berulang; mudah dibandingkan klien, mudah dijual di media sosial",
        },
    )
