"""List questions for the offline engine: "Motornya ada apa aja?", "menu apa saja?", "What seeds do you have?".

Such a question asks for the items of a kind, not for one item's details. The answer is the one text that
enumerates them: an FAQ answer to the same list question ("**Kolamnya ada apa saja?** Ada tiga kolam: ..."),
or, when the items are rows or bullets under a heading that names the kind ("## Benih" with three priced
bullets), one line naming each item by its label: "Benih: Benih padi Inpari 32, Benih jagung hibrida BISI 18,
Benih cabai rawit."

    listed(facts, question, q)   # -> Fact | None (None: not a list question, or nothing enumerates the kind)
"""

from __future__ import annotations

import re

from gigai.offline.facts import Fact
from gigai.offline.retrieval import ANSWER_TYPES, Query, tokenize

_LIST_Q = re.compile(
    r"\b(?:ada apa(?:\s+(?:aja|aj|saja|sja|ja))?|apa(?:\s+(?:aja|aj|saja|sja))|apa yang (?:ada|tersedia|dijual)|"
    r"jual apa|pilihan(?:nya)? apa|macam(?:nya)? apa|jenis(?:nya)? apa|"
    r"what (?:\w+ ){0,3}(?:do you (?:have|sell|offer)|are (?:there|available|on offer))|"
    r"which (?:\w+ ){0,3}(?:do you (?:have|sell|offer)|are available))\b",
    re.IGNORECASE,
)
# The item's name in "Benih padi Inpari 32: Rp 65.000 per 5 kg." or a table row "Honda Beat: harian ...".
_LABEL = re.compile(r"^\s*([^:\u2014\u2013]{2,60}?)\s*(?::|\s[\u2014\u2013])\s+\S")  # "A: ...", "A — ..."
_MAX_LABEL_WORDS = 6
_ASIDE = re.compile(r"\s*\([^)]*\)")
# A heading that says it enumerates a kind ("Tipe kamar", "Daftar menu"): every item under it is one.
_ENUMERATING = frozenset({"tipe", "jenis", "macam", "daftar", "pilihan", "type", "types", "list"})
_MAX_PLAIN = 4  # unlabelled items shown together at most (more: not a short answer)
_PLAIN_CHARS = 240


def is_list_question(question: str) -> bool:
    return bool(_LIST_Q.search(question or ""))


def _label(text: str) -> str | None:
    m = _LABEL.match(text)
    if not m:
        return None
    label = _ASIDE.sub("", m.group(1)).strip(" *_")  # "Kamar Standar (2 orang, ...)" -> "Kamar Standar"
    return label if 0 < len(label.split()) <= _MAX_LABEL_WORDS else None


def listed(facts: tuple[Fact, ...], question: str, q: Query) -> Fact | None:
    """The fact that enumerates what a list question asks about, or None."""
    if not is_list_question(question):
        return None
    kind = (set(q.terms) | q.generic) - ANSWER_TYPES  # "harga", "buka" say nothing about the kind
    if not kind:
        return None
    # 1. An FAQ answer to the same list question about the same kind.
    for f in facts:
        if f.question and is_list_question(f.question) and kind <= set(tokenize(f.question)):
            return f
    # 2. Items under a heading naming the kind: one line naming each item by its label ("Benih: A, B, C."),
    #    or, for a few short unlabelled items under a heading that starts with the asked word ("## Syarat" with
    #    three rules; not "## Info bengkel" for "Servisnya apa aja?"), the items themselves on one line.
    groups: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        if f.context and kind & set(tokenize(f.context)):
            groups.setdefault((f.context, f.source), []).append(f)
    hard = set(q.hard) - q.generic
    best = None
    for (context, source), members in groups.items():
        heading = set(tokenize(context))
        labels = [lb for f in members if (lb := _label(f.text))]
        named = [lb for lb in labels if kind & set(tokenize(lb))]
        enumerating = bool(set(context.split(">")[-1].lower().split()[:1]) & _ENUMERATING)
        labels = (
            named if len(named) >= 2 and not enumerating else labels
        )  # "Paketnya apa aja?": the Paket rows, not the extras
        lead = set(tokenize(context.split(">")[-1])[:1])
        if len(labels) >= 2:
            line = f"{context.split('>')[-1].strip()}: {', '.join(dict.fromkeys(labels))}."
        elif (
            not labels
            and lead & (set(q.terms) - q.generic)
            and 2 <= len(members) <= _MAX_PLAIN
            and sum(len(f.text) for f in members) <= _PLAIN_CHARS
        ):
            line = "; ".join(f.text.strip().rstrip(".") for f in members) + "."
        else:
            continue
        rank = (len(hard & heading), len(kind & heading), len(members))
        if best is None or rank > best[0]:
            best = (rank, Fact(line, source, context))
    return best[1] if best else None
