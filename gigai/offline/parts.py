"""The parts of a multi-part question, for the offline path.

"Paket rumah sama paket kantor berapa?" asks two things. The chatbot retrieves passages for each part (see
``queries``: each part carries the question's asking words, "berapa"), and the offline engine answers each part;
a part nothing answers gets the admin hand-off for that part alone (see ``topic``). A real model gets the whole
knowledge and needs none of this.

    >>> split("Harga manicure dan nail art berapa?")
    ['Harga manicure', 'nail art berapa']
    >>> queries("Potong rambut sama creambath berapa?")
    ['Potong rambut berapa', 'creambath berapa']
    >>> topic("ada sewa mobil juga")
    'sewa mobil'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from itertools import zip_longest
from typing import TypeVar

from gigai.offline.retrieval import tokenize

T = TypeVar("T")
# What joins the parts: punctuation, "dan/sama/serta/plus/atau/terus/lalu", "&", "and/or".
_JOIN = re.compile(
    r"\s*(?:[,;?]|&|\b(?:dan|sama|serta|plus|atau|terus|lalu|and|or)\b(?!-))\s*", re.IGNORECASE
)
# Words that ask (shared by every part that has none of its own) and that name what kind of value is asked.
_ASKING = frozenset(
    "berapa brp kapan mana dimana gimana bagaimana apa apakah siapa how much what when where which who".split()
)
_VALUE = frozenset("harga biaya tarif ongkos price cost".split())
# Words at the edges of a part that say how it is asked, not what about ("ada sewa mobil juga" -> sewa mobil).
_FRAME = (
    _ASKING
    | _VALUE
    | frozenset(
        "ada bisa boleh juga ya yah kak dong gak ga nggak ngga gk apakah kalau kalo klo untuk buat utk yang nya "
        "many is are do does can the a an of for there any please you we i sell have has offer jual terima menerima "
        "melayani sedia punya halo hai hi hello permisi punten min gan sis bang mas mbak pak bu bos".split()
    )
)
# A greeting is no part: "Selamat pagi, pilates hari apa?" asks one thing.
_GREETING = re.compile(
    r"^\W*(selamat\s+(pagi|siang|sore|malam)|assalamu\W?alaikum|good\s+(morning|evening))\b", re.I
)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:[-./][^\W_]+)*", text.lower())


def _content(part: str) -> bool:
    """Whether a part names something (not only "kak", "berapa", "ya")."""
    part = _GREETING.sub("", part)
    return any(w not in _FRAME for w in _words(part)) and bool(tokenize(part))


def _two_asks(part: str) -> list[str]:
    """'Umur minimal berapa daftarnya bawa apa' -> two parts: after a question word that two or more words
    and another question word follow."""
    words = part.split()
    asks = [i for i, w in enumerate(words) if re.sub(r"\W", "", w.lower()) in _ASKING]
    for i, j in zip(asks, asks[1:]):
        if j - i >= 3 and i >= 1:
            return [" ".join(words[: i + 1]), " ".join(words[i + 1 :])]
    return [part]


_CHOICE = re.compile(r"^\s*(?:atau|or)\s*$", re.IGNORECASE)


def _choice(before: str, alternative: str) -> str:
    """'Baksonya pakai daging sapi' atau 'ayam' -> 'Baksonya pakai daging ayam': a short alternative after
    'atau/or' takes the place of as many words at the end of the part before it, and keeps that part's frame."""
    alt, head = alternative.split(), before.split()
    if len(alt) > 2 or len(head) <= len(alt) or set(_words(alternative)) & (_ASKING | _VALUE):
        return alternative
    return " ".join(head[: len(head) - len(alt)] + alt)


def split(question: str) -> list[str]:
    """The parts of ``question`` that each name something, in order; ``[question]`` when it has one part."""
    pieces: list[str] = []
    joiner = ""
    for piece in re.split(f"({_JOIN.pattern})", question or "", flags=re.IGNORECASE):
        if piece and _JOIN.fullmatch(piece):
            joiner = piece
        elif piece and piece.strip():
            piece = piece.strip()
            pieces.append(_choice(pieces[-1], piece) if pieces and _CHOICE.match(joiner) else piece)
            joiner = ""
    out = [q for p in pieces for q in _two_asks(p) if _content(q)]
    return out if len(out) >= 2 else [question]


def queries(question: str) -> list[str]:
    """The parts as retrieval queries: a part without asking words borrows the question's ("Potong rambut sama
    creambath berapa?" -> "Potong rambut berapa", "creambath berapa"). Empty for a one-part question."""
    parts = split(question)
    if len(parts) < 2:
        return []
    asking = [w for w in dict.fromkeys(_words(question)) if w in _ASKING or w in _VALUE]
    out = []
    for part in parts:
        own = set(_words(part))
        lent = [w for w in asking if w not in own]
        out.append(part if own & (_ASKING | _VALUE) or not lent else f"{part} {' '.join(lent)}")
    return out


def topic(part: str) -> str:
    """What a part asks about, for the hand-off line: the part without the asking words at its edges."""
    words = part.strip(" ?!.").split()
    while words and re.sub(r"\W", "", words[0].lower()) in _FRAME:
        words.pop(0)
    while words and re.sub(r"\W", "", words[-1].lower()) in _FRAME:
        words.pop()
    return " ".join(words) or part.strip(" ?!.")


def merge(ranked: list[list[T]], key: Callable[[T], Hashable] = lambda x: x) -> list[T]:
    """One list from several best-first lists (one per part): every list's best first, then every list's
    second, and so on, each item once."""
    out: dict[Hashable, T] = {}
    for row in zip_longest(*ranked):
        for item in row:
            if item is not None:
                out.setdefault(key(item), item)
    return list(out.values())
