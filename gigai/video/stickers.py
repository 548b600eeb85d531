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


def split_price(text: str) -> tuple[str, str | None, str | None]:
    """'Mulai Rp 25.000 Rp 18.000' -> ('Mulai', 'Rp 25.000', 'Rp 18.000'): headline, old price, price."""
    found = PRICE.findall(text)
    if not found:
        return text, None, None
    if len(found) > 1:  # two prices with an item's name between them are a list, not an old and a new price
        ms = list(PRICE.finditer(text))
        between = re.sub(rf"(?i)\b(?:{_NOW}|dari|jadi|promo|diskon|disc|coret)\b|->|→", " ", text[ms[0].end() : ms[1].start()])
        if re.search(r"[^\W\d_]{2,}", between):
            return text, None, None
    rest = PRICE.sub(" ", text)
    rest = re.sub(r"(?i)(\bdari|\bjadi|->|→)(?=$|\s)", " ", rest)
    rest = " ".join(w for w in rest.split() if re.search(r"\w", w))  # separators left between prices ('·', '|')
    rest = rest.strip(" -–:,.!/~·•|")
    # words that only lead into or trail the price go with it ('Ayam kremes cuma 65rb aja' -> 'Ayam kremes',
    # '45rb skrg 35rb' -> ''): the sticker says 'now' by striking the old price through
    rest = re.sub(rf"(?i)(?:\s*\b(?:{_LEAD}|{_NOW})\b)+$", "", rest)
    rest = re.sub(rf"(?i)^(?:(?:{_LEAD}|{_NOW})\b\s*)+", "", rest).strip(" -–:,.!/~·•|")
    return rest, (found[0].strip() if len(found) > 1 else None), found[-1].strip()


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
