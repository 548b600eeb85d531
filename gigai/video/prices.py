"""Priced items in a client's message: what each price buys, old/new price pairs and money discounts.

    >>> from gigai.video.clauses import clauses, prepare
    >>> from gigai.video.entities import entities
    >>> t = prepare("Sneakers kanvas 89rb, dari 120rb. Sandal 45rb")
    >>> priced_items(clauses(t, entities(t)), t)[:2]
    ([('Sneakers kanvas', '89rb'), ('Sandal', '45rb')], {'89rb': '120rb'})

Used by gigai.video.reader (Lab 6, Lab 7).
"""

from __future__ import annotations

import re

from gigai.video.clauses import Clause
from gigai.video.entities import amount
from gigai.video.phrases import item_name

# words that mark a price as the old one ("harga normal 35rb", "sebelumnya 45rb", "coret 90rb", "was 120K") and
# words that lead to the new one ("sekarang cuma 28rb", "jadi 75rb", "now 85K")
OLD_PRICE = re.compile(r"(?:normal(?:nya)?|biasanya|harga\s+normal|coret|sebelumnya|sblmnya|sebelum\s+promo|"
                        r"harga\s+asli|was|normally|regular(?:\s+price)?|(?<!mulai\s)dari)\s*:?\s*$", re.IGNORECASE)  # fmt: skip
_NEW_PRICE = re.compile(r"(?i)\s*(?:(?:jadi|sekarang|skrg|sekarng|tinggal|now|promo|cuma|cuman|hanya|only|just|aja|"
                        r"bulan\s+ini|hari\s+ini|minggu\s+ini|khusus\s+\w+|diskon|disc|harga|harganya|:|-|>|=>|->)\s*)+")  # fmt: skip

_DISCOUNT_PRICE = re.compile(
    r"(?:diskon|disc|potongan|hemat|cashback|hemat)\s*(?:s/d|sampai|hingga)?\s*$", re.I
)

# a minimum spend is a condition of an offer ("gratis ongkir min. belanja 100rb"), not what a price buys
_MINIMUM = re.compile(
    r"(?i)(?:(?<!\d\s)(?<!\d)\b(?:min|minimal|minimum|maks|max|maksimal)\.?(?:\s*(?:order|belanja|pembelian|beli|pesan|"
    r"transaksi|spend|purchase))?|\b(?:over|above|di\s+atas|lebih\s+dari)|"
    # payment terms ("Deposit 100rb", "DP 50rb", "jaminan 200rb") go with their clause, never on the menu
    r"\b(?:dp|deposit|uang\s+muka|jaminan|denda|tambah|tambahan|extra|additional|surcharge))\s*:?\s*$"
)


def priced_items(cls: list[Clause], t: str) -> tuple[list[tuple[str, str]], dict[str, str], list[str]]:
    """(name, price) per price; old prices ('normal 75rb') keyed by the price they precede; discounts in money."""
    items: list[tuple[str, str]] = []
    old: dict[str, str] = {}
    money_off: list[str] = []
    normal = ""  # "Unyellowing normal 75rb, sekarang 60rb": a named item's normal price waits for its new one
    for c in cls:
        prev = c.start
        for e in [e for e in c.ents if e.kind == "price"]:
            prev = max(
                [prev, *(x.end for x in c.ents if x.kind != "price" and x.end <= e.start)]
            )  # a fact ends
            since, prev = (
                t[prev : e.start],
                e.end,
            )  # the words before a name ("mulai jam 5 sore pecel lele 17rb")
            if _DISCOUNT_PRICE.search(since):
                money_off.append(since.strip().split()[-1] + " " + e.text if since.strip() else e.text)
                continue
            if _MINIMUM.search(
                t[max(0, e.start - 30) : e.start]
            ):  # "free ongkir min 100rb": a condition, said with its clause, never an item
                continue
            said_normal = OLD_PRICE.search(since)
            v, pv = amount(e.text), (amount(items[-1][1]) if items else None)
            # two prices tied by an old/new marker are one item: the higher one marked old is the old price
            if (
                items
                and said_normal
                and normal != items[-1][1]
                and not _item_name(since[: said_normal.start()])
                and (v is None or pv is None or v > pv)
            ):  # "89rb, dari 120rb", "cuma 50rb (normal 75rb)", "85K, was 120K"
                old[items[-1][1]] = e.text
                continue
            if (
                items
                and (
                    since != t[c.start : e.start]
                    or normal == items[-1][1]
                    or re.match(r"(?i)\s*(?:jadi|sekarang|skrg|now|tinggal)\b", since)
                )  # fmt: skip
                and (_NEW_PRICE.fullmatch(since) or (normal == items[-1][1] and not _item_name(since)))
                and (v is None or pv is None or v < pv)
            ):  # "Dari Rp 250.000 jadi Rp 175.000", "normal 35rb sekarang cuma 28rb", "Sebelumnya 60rb, bulan ini 45rb"
                old[e.text] = items[-1][1]
                items[-1] = (items[-1][0], e.text)
                normal = ""
                continue
            name = _item_name(since)
            normal = e.text if said_normal else ""
            if not name:  # "Rp1,5jt (1 lokasi, 50 foto edit)": the brackets say what the price buys
                m = re.match(r"\s*\(([^)]{2,40})\)", t[e.end :])
                name = (
                    m.group(1).strip()
                    if m and not re.search(r"(?i)\b(?:normal|biasanya|coret)", m.group(1))
                    else ""
                )
            if not name and since.strip(" .…:=~>-") == "" and re.search(r"\)\s*$", t[: c.start]):
                # "Kids (<10 th) ... 25k": the name stands before the bracket that notes on it
                back = re.sub(r"\s*\([^()]*\)\s*$", " ", t[max(0, c.start - 80) : c.start])
                back = re.split(r"[\n;]|[.!?]\s", back)[-1]
                name = _item_name(back)
            items.append((name, e.text))
    return items, old, money_off


def _item_name(left: str) -> str:
    return item_name(left, _PRICE_WORDS)


_PRICE_WORDS = {
    "harga",
    "harganya",
    "cuma",
    "cuman",
    "hanya",
    "mulai",
    "dari",
    "normal",
    "normalnya",
    "biasanya",
    "seharga",
    "jadi",
    "only",
    "start",
    "from",
    "rp",
    "sekarang",
    "aja",
    "saja",
    "promo",
    "diskon",
    "sebelumnya",
    "coret",
    "was",
    "now",
    "normally",
    "regular",
    "price",
    "skrg",
    "tinggal",
    "asli",
    "is",
    "are",
    "costs",
    "for",
    "at",
    "fee",
    "biaya",
    "tarif",
    "tarifnya",
    "ongkos",
    "ongkosnya",
    "biayanya",
    "htm",
    "investasi",
    "cost",
}


__all__ = ["priced_items", "OLD_PRICE"]
