"""A price quote: lines, discount, optional PPN; every total computed, never typed by hand.

    >>> q = quote([("Setup chatbot FAQ", 1, 850_000), ("Video promo 9:16", 3, 150_000)])
    >>> q.total
    1300000

PPN: only a PKP (yearly omzet above Rp 4,8 miliar, or registered voluntarily) charges it. Since 2025
(PMK 131/2024) the rate is 12% on a DPP of 11/12 of the price for ordinary services, i.e. 11% effective:
pass ``ppn=0.11`` (or the rate in force). Default 0: most gig workers are not PKP. Used in: Lab 9.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from gigai.business.formats import angka, persen
from gigai.business.money import as_amount, rupiah
from gigai.errors import InputError

__all__ = ["QuoteLine", "Quote", "quote", "PPN_EFFECTIVE"]

PPN_EFFECTIVE = 0.11  # 12% x DPP 11/12 (PMK 131/2024) for non-luxury services; check the rule in force


class QuoteLine(BaseModel):
    model_config = ConfigDict(extra="forbid")

    description: str
    qty: float = Field(default=1, gt=0)
    unit: str = "paket"
    unit_price: int = Field(ge=0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total(self) -> int:
        return round(self.qty * self.unit_price)


class Quote(BaseModel):
    """Price lines, discount and PPN. Prints as a rupiah table in a notebook."""

    model_config = ConfigDict(extra="forbid")

    lines: list[QuoteLine]
    discount: int = Field(default=0, ge=0)
    ppn_rate: float = Field(default=0.0, ge=0, le=0.25)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def subtotal(self) -> int:
        return sum(line.total for line in self.lines)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ppn(self) -> int:
        return round(max(self.subtotal - self.discount, 0) * self.ppn_rate)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total(self) -> int:
        return max(self.subtotal - self.discount, 0) + self.ppn

    def table_rows(self) -> tuple[tuple[tuple[str, ...], ...], int]:
        """(rows, number of total rows at the end) for documents: No, Item, Jumlah, Harga satuan, Total."""
        rows = [(str(i), line.description, f"{angka(line.qty)} {line.unit}", rupiah(line.unit_price),
                 rupiah(line.total)) for i, line in enumerate(self.lines, 1)]
        totals = [("", "Subtotal", "", "", rupiah(self.subtotal))]
        if self.discount:
            totals.append(("", "Diskon", "", "", "-" + rupiah(self.discount)))
        if self.ppn_rate:
            totals.append(("", f"PPN {persen(self.ppn_rate)}", "", "", rupiah(self.ppn)))
        totals.append(("", "TOTAL", "", "", rupiah(self.total)))
        return tuple(rows + totals), len(totals)

    def to_markdown(self) -> str:
        rows, strong = self.table_rows()
        out = ["| No | Item | Jumlah | Harga satuan | Total |", "|---:|---|---:|---:|---:|"]
        for i, row in enumerate(rows):
            cells = list(row)
            if i >= len(rows) - strong and row[1] in ("Subtotal", "TOTAL"):
                cells = [f"**{c}**" if c else c for c in cells]
            out.append("| " + " | ".join(cells) + " |")
        return "\n".join(out)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        out = [f"{line.description}: {angka(line.qty)} {line.unit} x {rupiah(line.unit_price)} = {rupiah(line.total)}"
               for line in self.lines]
        out.append(f"Subtotal {rupiah(self.subtotal)}")
        if self.discount:
            out.append(f"Diskon -{rupiah(self.discount)}")
        if self.ppn_rate:
            out.append(f"PPN {persen(self.ppn_rate)} {rupiah(self.ppn)}")
        out.append(f"TOTAL {rupiah(self.total)}")
        return "\n".join(out)


def _line(item: Any) -> QuoteLine:
    if isinstance(item, QuoteLine):
        return item
    if isinstance(item, dict):
        data = dict(item)
        if "price" in data and "unit_price" not in data:
            data["unit_price"] = data.pop("price")
        data["unit_price"] = round(as_amount(data.get("unit_price"), what="harga"))
        return QuoteLine.model_validate(data)
    if hasattr(item, "price") and hasattr(item, "name"):  # a PackageTier
        return QuoteLine(description=f"Paket {item.name}", unit_price=int(item.price))
    if isinstance(item, (tuple, list)):
        if len(item) == 2:
            return QuoteLine(description=str(item[0]), unit_price=round(as_amount(item[1], what="harga")))
        if len(item) == 3:
            return QuoteLine(description=str(item[0]), qty=float(item[1]),
                             unit_price=round(as_amount(item[2], what="harga")))
        if len(item) == 4:
            return QuoteLine(description=str(item[0]), qty=float(item[1]), unit=str(item[2]),
                             unit_price=round(as_amount(item[3], what="harga")))
    raise InputError("E173", "Baris penawaran tidak bisa dibaca.", "Cannot read this quote line.",
                     hint='pakai ("Nama item", harga) atau ("Nama item", jumlah, harga_satuan)', value=item)


def quote(items: Iterable[Any], *, discount: float = 0, ppn: float = 0.0) -> Quote:
    """A Quote from lines: ``(desc, price)``, ``(desc, qty, unit_price)``, ``(desc, qty, unit, unit_price)``,
    dicts, QuoteLine or package tiers. ``ppn``: 0 (not PKP), ``PPN_EFFECTIVE`` (0.11) or the rate in force.

    Used in: Lab 9.
    """
    if isinstance(items, (str, bytes)) or items is None:
        raise InputError("E174", "Isi penawaran harus daftar item.", "Quote items must be a list.",
                         hint='quote([("Setup chatbot", 850000)])', value=items)
    lines = [_line(i) for i in items]
    if not lines:
        raise InputError("E175", "Penawaran butuh minimal satu item.", "A quote needs at least one item.",
                         hint='quote([("Setup chatbot", 850000)])', value=items)
    if not 0 <= float(ppn) <= 0.25:
        raise InputError("E176", "PPN ditulis sebagai pecahan, misalnya 0.11 untuk 11%.",
                         "PPN is a fraction, e.g. 0.11 for 11%.", hint="ppn=0.11", value=ppn)
    return Quote(lines=lines, discount=round(as_amount(discount, what="diskon")), ppn_rate=float(ppn))
