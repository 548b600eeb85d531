"""Whether a question belongs to a business: the offline side's on-topic test, from the knowledge's own words.

A question is on the business's domain when one of its words (typos matched by edit distance, see
:func:`gigai.offline.retrieval.nearest`) is a word of the business's knowledge, its name or its kind; or
when it asks what every shop answers (paying, instalments, delivery, ordering, cancelling, refunds, opening
hours, where, contact, discounts, warranty) about at most one thing the knowledge does not name ("transfer
BCA", "COD"); or when it briefly asks whether the business has, does or allows something ("Ada AC?").
Such a question the knowledge does not answer gets the admin hand-off; only a question sharing nothing gets
the off-topic reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gigai.offline.retrieval import nearest, query

# What every shop answers, whatever it sells (canonical terms of gigai.offline.lexicon).
SHOP_TERMS = frozenset(
    "bayar tunai kartu transfer qris cod ewallet cicil dp tempo rekening kredit nota pajak kirim pesan batal refund "
    "buka lokasi kontak promo garansi".split()
)
# A question whether the business has, does or allows something ("Ada AC?", "Boleh bawa kucing?", "Do you ...").
YES_NO = re.compile(
    r"^\W*(apakah\s+|apa\s+)?(ada|adakah|bisa|bisakah|bs|boleh|jual|terima|nerima|menerima|melayani|sedia|tersedia|"
    r"can|could|do you|does|is there|are there|any)\b|\b(ada|ready|tersedia)\W*$",
    re.I,
)
# Terms the knowledge holds for every business (what its numbers say, see retrieval.features): not its domain.
_EVERYWHERE = frozenset({"harga", "durasi", "buka", "lokasi", "kontak", "promo", "tokoh", "jarak", "angka"})


def on_domain(question: str, vocabulary: Iterable[str], *, generic: Iterable[str] = ()) -> bool:
    """True when ``question`` shares the domain of a business whose knowledge has ``vocabulary`` (terms)."""
    words = frozenset(vocabulary) - _EVERYWHERE
    q = query(question, generic=generic)
    if q.generic:  # the business's own name or kind ("Kapan Kopi Kita buka?")
        return True
    asked = q.hard - _EVERYWHERE
    if any(t in words or nearest(t, words) for t in asked):
        return True
    if YES_NO.search(question) and len(question.split()) <= 5 and not q.asks - {"harga"}:
        return True  # "Ada AC?", "Boleh bawa kucing?": whether the business has or allows something
    shop = (set(q.terms) | q.asks) & SHOP_TERMS  # "Bisa COD?", "Where is your garage?"
    return bool(shop) and len(asked - SHOP_TERMS) <= 1
