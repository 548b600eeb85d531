"""Prices on screen: found in a headline ('Mulai Rp 25.000 Rp 18.000'), drawn as a round, tilted sticker with the
old price struck through above the price (the produk style, gigai.video.looks)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gigai.video.templates import Look
from gigai.video.visuals import font

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image

PRICE = re.compile(
    r"(?i)(?:\bRp\.?\s?\d[\d.,]*(?:\s?(?:rb|ribu|k|jt|juta)\b)?|\b\d+(?:[.,]\d+)?\s?(?:rb|ribu|jt|juta)\b)"
    r"(?:/[a-z]{1,8}\b)?"  # the unit stays with its price: 'Rp40.000/seat', '6rb/kg'
)
_LEAD = r"cuma|hanya|only|harganya|aja|saja"  # words that only lead into or trail a price
_NOW = r"sekarang|skrg|skrng|now|kini"  # 'now': the new price after the old one
# words that only mark a price as old, new or special: beside the sticker they say nothing the sticker does not
_MARK = rf"{_LEAD}|{_NOW}|normal|harga|promo|diskon|disc|coret|dari|jadi|spesial|special|price|sale|hemat"
_EDGE = r"\s\-–:,.!/~·•|()"  # (a character class)
_STRIP = " -–:,.!/~·•|()"


def _amount(price: str) -> float | None:
    """'Rp 1,2 jt' -> 1200000, '45rb' -> 45000, 'Rp 35.000/pcs' -> 35000 (None when unreadable)."""
    m = re.search(r"(?i)(\d[\d.,]*)\s?(rb|ribu|k|jt|juta)?\b", price)
    if not m:
        return None
    num, unit = m.group(1).rstrip(".,"), (m.group(2) or "").lower()
    if unit:
        num = num.replace(",", ".") if num.count(",") == 1 and "." not in num else num.replace(",", "")
        try:
            return float(num) * (1e6 if unit in ("jt", "juta") else 1e3)
        except ValueError:
            return None
    digits = re.sub(r"[.,]\d{1,2}$", "", num) if re.search(r"[.,]\d{3}", num) is None else num
    return float(re.sub(r"\D", "", digits) or "nan")


def _only_markers(text: str) -> bool:
    words = [w for w in (re.sub(r"\W", "", x) for x in text.split()) if w]
    return bool(words) and all(re.fullmatch(rf"(?i){_MARK}", w) for w in words)


def split_price(text: str) -> tuple[str, str | None, str | None]:
    """'Mulai Rp 25.000 Rp 18.000' -> ('Mulai', 'Rp 25.000', 'Rp 18.000'): headline, old price, price.

    Two prices with only marker words between them ('Normal 45rb promo 35rb', '35rb (normal 45rb)') are an old and
    a new price, the higher one old; marker words left at either end of the headline go, and a headline of marker
    words alone ('Normal promo', 'skrg', 'Harga promo') is no headline: the sticker says it."""
    found = PRICE.findall(text)
    if not found:
        return text, None, None
    old = None
    if len(found) > 1:  # two prices with an item's name between them are a list, not an old and a new price
        ms = list(PRICE.finditer(text))
        between = re.sub(rf"(?i)\b(?:{_MARK})\b|->|→", " ", text[ms[0].end() : ms[1].start()])
        if re.search(r"[^\W\d_]{2,}", between) or len(ms) > 2:  # (a menu: 'Nastar ~150rb~ 120rb · Kastengel 135rb')
            return text, None, None
        a, b = _amount(found[0]), _amount(found[-1])
        old = found[0].strip()
        if a is not None and b is not None and b > a:  # '35rb dari 45rb', 'skrg 35rb (normal 45rb)'
            old, found[-1] = found[-1].strip(), found[0]
    rest = PRICE.sub(" ", text)
    rest = re.sub(r"(?i)(\bdari|\bjadi|->|→)(?=$|\s)", " ", rest)
    rest = " ".join(w for w in rest.split() if re.search(r"\w", w))  # separators left between prices ('·', '|')
    rest = re.sub(r"\(\s*\)", " ", rest).strip(_STRIP)
    # words that only lead into or trail the price go with it ('Ayam kremes cuma 65rb aja' -> 'Ayam kremes',
    # '45rb skrg 35rb' -> '', 'Kopi susu normal 25rb promo 18rb' -> 'Kopi susu'): the sticker strikes the old price
    trail = rf"{_MARK}" if old else rf"{_LEAD}|{_NOW}"
    rest = re.sub(rf"(?i)(?:[{_EDGE}]*\b(?:{trail})\b[{_EDGE}]*)+$", "", rest)
    rest = re.sub(rf"(?i)^(?:[{_EDGE}]*\b(?:{_LEAD}|{_NOW})\b[{_EDGE}]*)+", "", rest)
    if _only_markers(rest):
        rest = ""
    rest = " ".join(rest.split()).strip(_STRIP)
    return rest, old, found[-1].strip()


def sticker(old: str | None, price: str, d: int, look: Look) -> Image.Image:
    """A round price sticker, tilted; the old price small and struck through above the price."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((0, 0, d - 1, d - 1), fill=look.accent, outline="#ffffff", width=max(3, d // 40))
    size = int(d * 0.26)
    while size > 10 and font(size).getlength(price) > d * 0.78:
        size -= 2
    big = font(size)
    pw = big.getlength(price)
    py = d / 2 - size * 0.55 + (size * 0.28 if old else 0)
    draw.text(((d - pw) / 2, py), price, font=big, fill=look.accent_ink)
    if old:
        small = font(max(10, int(size * 0.62)), 700)
        ow = small.getlength(old)
        oy = py - small.size * 1.25
        draw.text(((d - ow) / 2, oy), old, font=small, fill=look.accent_ink)
        ly = oy + small.size * 0.62
        draw.line(
            ((d - ow) / 2 - 4, ly, (d + ow) / 2 + 4, ly), fill=look.accent_ink, width=max(3, size // 12)
        )
    return img.rotate(-8 if look.flip else 8, resample=Image.BICUBIC, expand=False)


__all__ = ["PRICE", "split_price", "sticker"]
