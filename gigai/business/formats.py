"""Indonesian number and date formats for people: ``angka(80.0) -> "80"``, ``tanggal("2026-12-01") ->
"1 Desember 2026"``. Money has its own formatter: :func:`gigai.business.money.rupiah`.

No heavy imports. Used in: Lab 8, Lab 9.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from gigai.errors import InputError

__all__ = ["angka", "persen", "tanggal", "as_date", "BULAN"]

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")


def angka(value: float | int, decimals: int = 1) -> str:
    """A number the Indonesian way, without useless zeros: ``80.0 -> "80"``, ``86.67 -> "86,7"``,
    ``1500 -> "1.500"``."""
    x = round(float(value), decimals)
    whole = int(abs(x))
    frac = f"{abs(x) - whole:.{decimals}f}"[2:].rstrip("0") if decimals else ""
    if frac and int(frac) == 0:
        frac = ""
    text = f"{whole:,}".replace(",", ".") + (f",{frac}" if frac else "")
    return ("-" if x < 0 and (whole or frac) else "") + text


def persen(fraction: float, decimals: int = 1) -> str:
    """``0.005 -> "0,5%"``, ``0.5 -> "50%"``."""
    return angka(float(fraction) * 100, decimals) + "%"


def as_date(value: Any = None) -> _dt.date:
    """A ``date`` from a date, a datetime or an ISO string ("2026-12-01"); ``None`` means today."""
    if value is None:
        return _dt.date.today()
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise InputError("E190", "Tanggal tidak bisa dibaca.", "Cannot read this date.",
                         hint='tulis tanggal sebagai "2026-12-01" (tahun-bulan-hari)', value=value) from exc


def tanggal(value: Any = None) -> str:
    """``"2026-12-01" -> "1 Desember 2026"`` (today when empty)."""
    d = as_date(value)
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"
