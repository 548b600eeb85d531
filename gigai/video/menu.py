"""Menu scenes: several products or prices said whole and shown short, a few per screen.

    >>> [s.on_screen_text for s in menu_scenes(["Croffle Rp15.000/porsi", "Es kopi 18rb"], "")]
    ['Croffle Rp15.000/porsi · Es kopi 18rb']

Used by gigai.video.writer (Lab 6, Lab 7).
"""

from __future__ import annotations

import re

from gigai.video.entities import entities
from gigai.video.phrases import head
from gigai.video.planner import SCREEN_CHARS, SCREEN_WORDS
from gigai.video.storyboard import Scene, Visual
from gigai.video.wording import words as wording


def shorten(text: str, chars: int = SCREEN_CHARS, words: int = SCREEN_WORDS) -> str:
    """Keep whole words only, at most ``chars`` characters and ``words`` words (never cut mid-word)."""
    out: list[str] = []
    for w in text.split():
        trial = " ".join([*out, w])
        if out and (len(trial) > chars or len(out) >= words):
            break
        out.append(w)
    res = " ".join(out)
    return res.rstrip(",;:-") if len(res) <= chars or len(out) == 1 else res


def join(items: list[str], conj: str = "dan") -> str:
    if len(items) <= 2:
        return f" {conj} ".join(items)
    return ", ".join(items[:-1]) + f", {conj} " + items[-1]


_WAS = re.compile(
    r"(?i)\s*,\s*(?:normalnya|was)\s+(\S.*)$"
)  # "Nastar 120rb, normalnya 150rb": the item's old price


def _split_item(item: str) -> tuple[str, str]:
    """'Nastar 1/2 kg mulai 95rb' -> ('Nastar 1/2 kg', 'mulai 95rb'); an old price after it is left out."""
    item = _WAS.sub("", item)
    prices = [e for e in entities(item) if e.kind == "price"]
    if not prices:
        return item, ""
    name, rest = item[: prices[-1].start].strip(), item[prices[-1].start :].strip()
    if name.lower().endswith("mulai"):
        name, rest = name[: -len("mulai")].strip(), f"mulai {rest}"
    # a marker left by the client's wording is no headline word ("45rb · skrg 35rb", "normal 75rb")
    name = re.sub(
        r"(?i)\b(?:skrg|sekarang|normal(?:nya)?|promo|cuma|jadi|dari|sebelumnya|coret|harga)\b", " ", name
    )
    return " ".join(name.split()), rest


def _menu_screen(item: str, drop: int = 0) -> str:
    """A menu item as the screen shows it: the head of a long name and its price; ``drop`` leading words all items
    share are left out ('Paket Nasi Liwet Komplit Ayam Bakar Rp 35.000' next to 'Paket Nasi Liwet Ikan Asin ...' ->
    'Komplit Ayam Bakar Rp 35.000'). The narration keeps the whole name."""
    name, rest = _split_item(item)
    if not rest:
        return shorten(item)
    was = _WAS.search(item)
    if (
        was
    ):  # the old price struck through before the new one ("Nastar ~150rb~ 120rb": WhatsApp's strike marks)
        rest = f"~{was.group(1)}~ {rest}"
    words = name.split()
    words = head(" ".join(words[drop:] if len(words) > drop else words)).split()
    while len(words) > 1 and (len(" ".join([*words, rest])) > SCREEN_CHARS
                              or len(words) + len(rest.split()) > SCREEN_WORDS):  # fmt: skip
        words.pop()
    return " ".join([*words, rest]).strip()


def _shared_words(items: list[str]) -> int:
    """How many leading words every item name shares when the names are long (0 when they share none)."""
    names = [_split_item(x)[0].lower().split() for x in items]
    if len(names) < 2 or max(len(n) for n in names) <= 4:
        return 0
    k = 0
    while all(len(n) > k + 1 for n in names) and len({n[k] for n in names}) == 1:
        k += 1
    return k


def menu_scenes(menu: list[str], price: str, w: dict | None = None) -> list[Scene]:
    """Several products or prices: scenes that say and show them, a few per scene (each fits on screen)."""
    items = [m.strip() for m in menu if m.strip()]
    if len(items) < 2:
        return []
    drop = _shared_words(items)

    def grouped(extra: int) -> list[list[str]]:
        groups: list[list[str]] = []
        for it in items:
            trial = " · ".join(_menu_screen(x, drop) for x in [*groups[-1], it]) if groups else ""
            if (
                groups
                and len(groups[-1]) < 3
                and len(trial) <= SCREEN_CHARS
                and len(trial.split()) <= SCREEN_WORDS + extra
            ):
                groups[-1].append(it)
            else:
                groups.append([it])
        return groups

    # items share a screen only where the screen stays readable (plan() counts words as it does); a long list
    # packs tighter rather than push the offer out of the video
    groups = grouped(0)
    groups = groups if len(groups) <= 4 else grouped(2)
    w = w or wording("id")
    lead = w["menu_lead"]
    return [Scene(narration=f"{lead[min(i, 3)]}{join(g, str(w['and']))}.", on_screen_text=" · ".join(_menu_screen(x, drop) for x in g),
                  visual=Visual(palette="gold"), duration=4.0) for i, g in enumerate(groups)]  # fmt: skip


__all__ = ["menu_scenes", "shorten", "join"]
