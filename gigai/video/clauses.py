"""A client's message cut into clauses, each with a role by what it IS: the client's request to the creator,
a name ("namanya ..."), an address, a contact line, an offer, opening hours, thanks, or content.

Facts (gigai.video.entities) are found first and never cut: a price's or a URL's dot is not a sentence end.

    >>> from gigai.video.entities import entities
    >>> t = "Sy mau promosi seblak. Alamat Jl. Melati 4. WA 0812-1111-2222"
    >>> [c.role for c in clauses(t, entities(t))]
    ['request', 'address', 'contact']

Used in: Lab 6, Lab 7 (video).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gigai.video.entities import Entity

_EMOJI = re.compile(
    "[\U0001f000-\U0001ffff\u2600-\u27bf\u2b00-\u2bff\u203c\u2049\u2190-\u21ff\u2300-\u23ff\u2934\u2935\u3030"
    "\u303d\u3297\u3299]+[\ufe0f\u200d]*"
)
_GREETING = re.compile(
    r"^\s*(?:(?:halo+|hallo|hai|hi|hei|hello|hey|good\s+(?:morning|afternoon|evening)|pagi|siang|sore|malam|"
    r"permisi|punten|sampurasun|aloha|howdy|yo|perkenalkan|kenalkan|"
    r"assalamu'?alaikum(?:\s+wr\.?\s*wb\.?)?|"
    r"selamat\s+(?:pagi|siang|sore|malam))\b[\s,]*"
    r"(?:(?-i:[A-Z][a-z]+)(?=\s*[,!])[\s,!]*)?"  # "Hey Bali!", "Halo Jogja,": whom the greeting is for
    r"(?:(?:kak|kakak|min|gan|sis|sista|bro|mas|mbak|semua|guys|gaes|"
    r"ges|bun|bunda|bu|ibu|pak|bapak|om|tante|all|everyone|there|folks|friends|akang|teteh|kang|teh|sobat|bestie|"
    r"dear|moms?|dulur|lur|rek|cuy)\b"
    r"(?:\s+(?-i:[A-Z][a-z]+)(?=\s*[,!.]))?[\s,]*){0,3}[\s!,.]*)+",  # "Halo kak Rina, ...": the name goes too
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(?:(?:mau|ingin|pengen|minta|tolong|titip|mohon|bisa|izin|ijin|numpang|nitip)\b.{0,40}?\b(?:promosi\w*|promo\w*|iklan\w*|"
    r"dibuat\w*|dibikin\w*|bikin\w*|buatin|video|konten|posting\w*|review)|bikinin|buatin|dibuatin|dibikinin|"
    r"dibuatkan)\b",
    re.IGNORECASE,
)
NAME_CLAUSE = re.compile(
    # a bare "nama" only opens a clause: "bordir nama seragam" is name embroidery, not a name
    r"(?:\b(?i:nama\s+(?:usaha|toko|brand|olshop)\w*|namanya|namaku|my\s+name\s+is|merk(?:nya)?|merek(?:nya)?|"
    r"brand(?:nya)?)|^(?i:nama))\s*:?\s+(.+)$"
    # "Kami Laundry Wangi", "We're Sunny Side Brunch": a self-introduction ending the clause
    r"|^(?i:kami|we're|we\s+are|this\s+is|i'm|i\s+am|we\s+run|i\s+run|we\s+own|aku|saya)\s+"
    r"((?:[A-Z][\w'&.-]*|&)(?:\s+(?:[A-Z0-9][\w'&.-]*|&))*)(?:\s+(?i:in|di|from|dari)\s+[A-Z][\w\s]*)?$"
    r"|^((?:[A-Z][\w'&.-]*)(?:\s+(?:[A-Z0-9][\w'&.-]*|&))*)\s+(?i:here|di sini|disini)$"  # "Bloom & Co Florist here"
)
SELF = re.compile(r"\b(?:sy|saya|aku|gw|gue)\s+((?:[A-Z]\w*\s?){1,3}?)\s*(?:dari|dr|owner|pemilik)\s+(.+)$")
_ADDRESS_LEAD = re.compile(r"^(?:area|sekitar|melayani|wilayah|lokasi|alamat|dekat|deket|depan|samping|sebelah|"
                           r"belakang|seberang|pojok|kunjungi|cabang|perum|blok|kawasan|lantai|lt\.?|los|near|next\s+to|"
                           r"opposite|behind|across|only\s+at|available\s+at|exclusively\s+at)\b", re.IGNORECASE)  # fmt: skip
_EVENT = re.compile(r"^(?:di\s+|at\s+)?(?:pameran|bazar|bazaar|expo|festival|fest|car free day|cfd|pasar kaget|"
                    r"pasar malam|booth|stand|event|acara|konser|gelaran)\b")  # fmt: skip
SELL_VERB = re.compile(
    r"\b(?:jual|jualan|menjual|buka|sedia|ready|terima|menerima|bawa|membawa|hadir|open)\b"
)
_CONTACT_LEAD = re.compile(r"^(?:order|pesan|wa|whatsapp|dm|chat|hub\.?|hubungi|info|cek|follow|reservasi|booking|"
                           r"daftar|telp|telepon|call|kontak|contact|ig|email|link|klik|kunjungi|portfolio|web|"
                           r"website)\b", re.IGNORECASE)  # fmt: skip
_OFFER = re.compile(
    r"\b(?:diskon|disc|gratis|free|cashback|bonus|potongan|hemat|promo\s+\w+|beli\s+\d)\b", re.I
)
# a percent is an offer only with a word of one ("diskon 20%", "50% off"); "kondisi 90%", "DP 50%" are not
OFF = re.compile(r"(?i)\b(?:diskon|disc|discount|potongan|cashback|hemat|off|promo|sale|up to)\b")
_DISCOUNT_WORD = re.compile(r"\b(?:diskon|disc|potongan|cashback|hemat)\b", re.I)
_THANKS = re.compile(r"^(?:makasih|terima\s*kasih|thanks|thx|ditunggu|salam|wassalam|mohon|semoga)\b", re.I)


@dataclass
class Clause:
    text: str  # as written, facts included
    plain: str  # facts removed
    ents: list[Entity] = field(default_factory=list)
    role: str = "content"
    index: int = 0
    start: int = 0
    first: bool = True  # the first clause of its sentence
    inner: bool = False  # written in brackets: a note on what comes before ("jasa hama (rayap, kecoa)")
    question: bool = False  # ends with "?" ("Helm bau apek?")


def prepare(text: str) -> str:
    """The message without greeting; emoji become line breaks (they often separate two parts)."""
    t = _EMOJI.sub("\n", text)
    # "anak2" -> "anak-anak", "sayur2an" -> "sayur-sayuran"
    t = re.sub(r"\b([A-Za-z][a-z]{2,})2(an|nya|mu|ku)?\b", lambda m: f"{m[1]}-{m[1].lower()}{m[2] or ''}", t)
    t = _GREETING.sub("", t)
    t = re.sub(r"(?i)^(?:gu+y+s+|ga+e+s+|ge+s+|be+sti+e*|si+s+t*a*|mo+ms?|fo+lks)\b[\s!,.]*", "", t)
    t = re.sub(r"[ \t]*\n[ \t\n]*", "\n", t)
    return t.strip()


def clauses(text: str, found: list[Entity]) -> list[Clause]:
    """Cut ``text`` at sentence ends, commas, brackets and line breaks that are not inside a fact."""
    inside = [False] * len(text)
    for e in found:
        for i in range(e.start, e.end):
            inside[i] = True
    cuts, i = [0], 0
    while i < len(text):
        ch = text[i]
        leader = (
            ch == "."
            and i > 0
            and text[i - 1] in ".…"
            and re.match(r"\s*(?:rp|idr)?\s*\d", text[i + 1 :], re.I)
        )
        if not inside[i] and not leader and (ch in "\n;|()" or (ch in ".!?" and (i + 1 == len(text) or text[i + 1] in " \n\"'"))
                              or (ch == "," and not (i + 1 < len(text) and text[i + 1].isdigit()))
                              or (ch == "-" and 0 < i < len(text) - 1 and text[i - 1] == " " and text[i + 1] == " ")):  # fmt: skip
            cuts += [i, i + 1]
        i += 1
    cuts.append(len(text))
    out: list[Clause] = []
    first = True
    for a, b in zip(cuts[::2], cuts[1::2]):
        seg = text[a:b]
        ends = b < len(text) and text[b] in ".!?\n"
        if not re.search(r"\w", seg):
            first = first or ends
            continue
        ents = [e for e in found if a <= e.start and e.end <= b]
        plain = seg
        for e in sorted(ents, key=lambda e: -e.start):
            plain = plain[: e.start - a] + " \x00 " + plain[e.end - a :]
        inner = text[:a].rfind("(") > text[:a].rfind(")")
        out.append(Clause(seg.strip(" \t.!?:-*•"), re.sub(r"\s+", " ", plain).strip(" .!?:-*•"), ents, start=a,
                          first=first, inner=inner, question=text[b : b + 1] == "?"))  # fmt: skip
        first = ends
    for k, c in enumerate(out):
        c.index = k
        c.role = role(c)
    return out


def role(c: Clause) -> str:
    kinds = {e.kind for e in c.ents}
    low = c.plain.lower()
    words = re.sub(r"\x00", " ", low).split()
    if _REQUEST.search(c.plain):
        return "request"
    if NAME_CLAUSE.search(c.plain) or SELF.search(c.plain):
        return "name"
    if "address" in kinds or _ADDRESS_LEAD.match(low):
        return "address"
    if _EVENT.match(low):  # "Pameran UMKM Mall Ciputra 5-7 Juli", "Di CFD Dago": where, not what is sold
        return "venue" if not SELL_VERB.search(low) else "content"
    if _CONTACT_LEAD.match(low) or (
        kinds & {"phone", "handle", "url"} and not ("price" in kinds and len(words) > 12)
    ):
        return "contact"  # a run-on voice-note clause with prices and a phone is content that ends with a contact
    if _THANKS.match(low):
        return "thanks"
    if re.match(
        r"(?i)(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|tiap hari|setiap hari)\b(?!\s+(?:ini|depan))",
        low,
    ):
        return "hours"
    if (
        "deal" in kinds
        or ("percent" in kinds and OFF.search(c.text))
        or (_OFFER.search(low) and "price" in kinds and _DISCOUNT_WORD.search(low))
    ):
        return "offer"
    if kinds & {"hours", "time", "deadline", "date"} and len(words) <= 4:
        return "hours"
    return "content"


__all__ = ["Clause", "clauses", "prepare", "role", "NAME_CLAUSE", "SELF", "OFF"]
