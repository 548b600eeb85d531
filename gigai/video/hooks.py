"""The opening line of a promo, made from the client's own brief so two businesses never open alike.

    >>> hook(Brief(product="Es Kopi Susu Aren", price="18rb", old_price="22rb", business="Kopi Senja"))[1]
    'Es Kopi Susu 22rb 18rb'

A few hook SHAPES ("Lagi cari X?", "X cuma 18rb?", "Dari 22rb jadi 18rb!", "Diskon 20% X!", "Promo X s/d 31 Des")
combine with what the brief says: its product, price, old price, discount, deadline, audience and business. The
offer leads when there is one (an old price struck through, a discount); otherwise the shapes are tried in an order
drawn from the whole brief, so the same brief always opens the same way and two shops selling the same thing
usually do not. The first variant whose narration is heard inside 3 s wins. On screen, the old price and the price
stay side by side ("... 22rb 18rb"): the produk style draws them as a sticker with the old one struck through.
Used by gigai.video.writer.
"""

from __future__ import annotations

import hashlib
import re

from gigai.video.brief import Brief
from gigai.video.planner import HOOK_MAX, LEAD, SCREEN_CHARS, SCREEN_WORDS, TAIL, speech_seconds
from gigai.video.wording import words

# words a short product name must not end on ("Potong rambut pria +", "Sate ayam dan")
_DANGLING = {
    "dan",
    "&",
    "+",
    "di",
    "untuk",
    "buat",
    "yang",
    "per",
    "dari",
    "ke",
    "atau",
    "/",
    "-",
    "isi",
    "ala",
}
_DEFAULT_AUDIENCE = {"", "kamu", "anak muda", "semua", "semua orang", "you", "everyone"}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def short_name(name: str, chars: int = 24, words: int = 3) -> str:
    """The product as a hook says it: at most ``words`` words and ``chars`` characters, never ending on 'dan'."""
    out: list[str] = []
    for w in name.split():
        if out and (len(" ".join([*out, w])) > chars or len(out) >= words):
            if len(out) > 1 and w[:1].isupper() and out[-1][:1].islower():
                out.pop()  # never end on a noun cut from its proper-noun modifier ("les bahasa | Inggris")
            break
        out.append(w)
    while len(out) > 1 and out[-1].lower().strip(",.") in _DANGLING:
        out.pop()
    return " ".join(out).strip(" ,.;:-")


def _said(name: str) -> str:
    """'Cuci kiloan' mid-sentence: 'cuci kiloan' (a brand such as 'Kopi Senja' keeps its capitals)."""
    w = name.split()
    if len(w) >= 2 and w[0][:1].isupper() and w[0][1:].islower() and w[1].islower():
        return name[0].lower() + name[1:]
    return name


def _fits(text: str, chars: int = SCREEN_CHARS, words: int = SCREEN_WORDS) -> bool:
    return len(text) <= chars and len(text.split()) <= words


def _order(n: int, seed: str) -> list[int]:
    """A permutation of range(n) drawn from ``seed`` (deterministic)."""
    keys = [hashlib.sha256(f"hook:{i}:{seed}".encode()).hexdigest() for i in range(n)]
    return sorted(range(n), key=keys.__getitem__)


def seed_of_brief(brief: Brief) -> str:
    """What a brief's choices are drawn from: everything that tells one client from another."""
    return " | ".join(
        x.strip().lower()
        for x in (
            brief.product,
            brief.business,
            brief.price,
            brief.old_price,
            brief.discount,
            brief.deadline,
            brief.contact,
            brief.audience,
        )
    )


def candidates(brief: Brief) -> list[tuple[list[str], str]]:
    """Every opening this brief allows, best first: (lines to say, longest first; the on-screen text)."""
    full = brief.product.strip()
    p = short_name(full) or full
    said = _said(p)
    price, old, disc = brief.price.strip(), brief.old_price.strip(), brief.discount.strip()
    deadline, biz = brief.deadline.strip(), brief.business.strip()
    who = brief.audience.strip()
    flat = price if not price.lower().startswith("mulai ") else ""
    seed = seed_of_brief(brief)
    w = words(brief.language)
    f = {"s": said, "S": _cap(said), "p": p, "P": _cap(p), "price": flat, "old": old, "who": who, "Who": _cap(who),
         "biz": biz}  # fmt: skip

    def say(key: str, **more: str) -> list[str]:
        return [x.format(**f, **more) for x in w[key]]

    def show(key: str, **more: str) -> str:
        return w[key].format(**f, **more)

    lead: list[tuple[list[str], str]] = []
    if flat and old:  # the strongest opening a discount has: the old price struck through next to the new one
        screen = next(x for x in (f"{_cap(p)} {old} {flat}", f"{_cap(short_name(full, 16, 2))} {old} {flat}",
                                  f"{old} {flat}") if _fits(x))  # fmt: skip
        lead.append((say("hook_old"), screen))
    if disc:
        d = _cap(disc)
        lead.append((say("hook_disc", d=d), f"{d} {_cap(p)}"))
    shapes: list[tuple[list[str], str]] = [
        (say(k), show(f"{k}_screen"))
        for k in ("hook_search", "hook_tried", "hook_stop", "hook_need", "hook_found")
    ]  # "POV" is read, not said
    if flat:  # the price on screen (a sticker in the produk style), a short question said
        shapes += [(say("hook_only"), show("hook_only_screen")), (say("hook_get"), show("hook_get_screen"))]
    if deadline:
        until = deadline if re.match(w["until_marks"], deadline) else w["until"].format(d=deadline)
        shapes.append((say("hook_until", until=until), show("hook_until_screen", until=until)))
    if who.lower() not in _DEFAULT_AUDIENCE and len(who) <= 24:
        shapes.append((say("hook_who"), show("hook_who_screen")))
    if (
        biz and biz.lower() not in full.lower() and len(biz) <= 24
    ):  # the intro says the name; the hook shows it
        shapes.append((say("hook_biz"), show("hook_biz_screen")))
    ordered = [shapes[k] for k in _order(len(shapes), seed)]
    return lead + ordered


def _heard(line: str) -> bool:
    return LEAD + speech_seconds(line) + TAIL <= HOOK_MAX - 0.1


def hook(brief: Brief) -> tuple[str, str]:
    """The opening (narration, on-screen text) for ``brief``: the first shape with a line heard within 3 s.

    When the menu scene names the product anyway, the hook says it only on screen (never three times aloud).
    """
    name = brief.product.strip().lower()
    quiet = bool(name) and any(name in m.lower() for m in brief.menu)
    for lines, screen in candidates(brief):
        screen = screen if _fits(screen) else short_name(screen, SCREEN_CHARS, SCREEN_WORDS)
        for line in lines:
            if quiet and name in line.lower():
                continue
            if _heard(line):
                return line, screen
    p = short_name(brief.product.strip(), 16, 2) or "Promo"
    return words(brief.language)["hook_last"].format(s=_said(p)), _cap(p)


__all__ = ["hook", "candidates", "short_name", "seed_of_brief"]
