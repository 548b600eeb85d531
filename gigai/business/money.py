"""Rupiah helpers: format and parse amounts the way Indonesians write them ("Rp 1.250.000").

No heavy imports: safe to use anywhere.
"""

from __future__ import annotations

import math
import re

from gigai.errors import InputError

__all__ = ["rupiah", "parse_rupiah", "ceil_to", "as_amount"]


def rupiah(amount: float | int | None, *, decimals: int = 0) -> str:
    """Format an amount as Indonesian rupiah: ``rupiah(1250000) -> "Rp 1.250.000"``.

    Used in: Lab 2, 8, 9.
    """
    if amount is None:
        return "Rp -"
    value = float(amount)
    sign = "-" if value < 0 else ""
    value = abs(value)
    if decimals:
        whole, frac = f"{value:.{decimals}f}".split(".")
    else:
        whole, frac = f"{round(value):d}", ""
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}Rp {grouped}" + (f",{frac}" if frac else "")


_NUM = re.compile(r"-?\d[\d.,]*")
_SCALE = {"rb": 1_000, "ribu": 1_000, "k": 1_000, "jt": 1_000_000, "juta": 1_000_000, "m": 1_000_000_000,
          "miliar": 1_000_000_000, "milyar": 1_000_000_000}


def parse_rupiah(text: str | float | int) -> int:
    """Read an amount a person typed: ``"Rp 1.250.000"``, ``"1,5 juta"``, ``"300rb"``, ``250000`` -> int."""
    if isinstance(text, bool):
        raise _bad_amount(text)
    if isinstance(text, (int, float)):
        if isinstance(text, float) and math.isnan(text):
            raise _bad_amount(text)
        return round(text)
    s = str(text).strip().lower().replace("rp", "").replace(" ", "")
    m = _NUM.search(s)
    if not m:
        raise _bad_amount(text)
    num = m.group(0).rstrip(".,")
    rest = s[m.end():]
    scale = next((v for k, v in sorted(_SCALE.items(), key=lambda kv: -len(kv[0])) if rest.startswith(k)), 1)
    if scale > 1:
        # "1,5 juta" or "1.5jt": one separator is a decimal point
        value = float(num.replace(".", "").replace(",", ".")) if num.count(",") == 1 else float(num)
        return round(value * scale)
    # Indonesian grouping: dots (or commas) separate thousands; ",xx" at the end is cents
    if re.fullmatch(r"-?\d{1,3}([.,]\d{3})+", num):
        return int(re.sub(r"[.,]", "", num))
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+,\d{1,2}", num):
        whole, cents = num.split(",")
        return round(float(whole.replace(".", "") + "." + cents))
    if re.fullmatch(r"-?\d+(,\d{1,2})?", num):
        return round(float(num.replace(",", ".")))
    if re.fullmatch(r"-?\d+(\.\d+)?", num):
        return round(float(num))
    raise _bad_amount(text)


def as_amount(value: object, *, what: str = "nilai") -> float:
    """A non-negative number from an int/float/"Rp ..." string, or a bilingual InputError."""
    try:
        amount = float(parse_rupiah(value)) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise _bad_amount(value, what) from exc
    if math.isnan(amount) or amount < 0:
        raise _bad_amount(value, what)
    return amount


def ceil_to(amount: float, step: int) -> int:
    """Round up to a tidy price step: ``ceil_to(68_250, 1000) -> 69000``."""
    if step <= 1:
        return math.ceil(amount - 1e-9)
    return int(math.ceil(amount / step - 1e-9) * step)


def _bad_amount(value: object, what: str = "nilai") -> InputError:
    return InputError(
        "E177",
        f"{what.capitalize()} harus berupa angka rupiah >= 0.",
        f"{what} must be a rupiah amount >= 0.",
        hint='tulis angka saja, misalnya 300000 atau "Rp 300.000"',
        value=value,
    )
