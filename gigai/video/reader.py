"""Reading a client's WhatsApp message without a model: facts first, then clauses, then the product.

1. Every fact is found first (gigai.video.entities): prices with units, percents, deals, dates, deadlines,
   hours, phones, handles, URLs, addresses. They are masked, so their dots never end a sentence.
2. The message is cut into clauses, and each clause gets a role by what it IS: the client's request to the
   creator, a name ("namanya ..."), an address, a contact line, an offer, opening hours, thanks, or content.
3. Product candidates come from content clauses and from what the request or a selling verb points at,
   wherever the verb sits ("Di CFD Dago minggu ini kami jual cilok", "mau promosi keripik pisang"); a trailing
   capitalised name is the business. Candidates are scored by where they come from; a priced item wins only
   when it is the only one (several priced items are a menu under one product), the words several item names
   share name that product ("Paket Nasi Liwet ..." twice -> "Nasi Liwet"), a star word ("andalan", "best
   seller") marks the main one, variant labels ("Weekday", "ukuran") never are one, and a venue named alone
   ("Villa Kabut Dieng") is the product only when nothing else is. A promo or occasion heading ("PROMO AKHIR
   TAHUN!!!") names nothing; a generic category ("buka booth minuman") gives way to the first named priced item;
   packaging before a size ("Kemasan 200gr") and form words ("kelas 8x") are variants. A long name is cut to its
   head for the headline (gigai.video.phrases.head, never inside "bahasa Inggris") and stays whole in the menu.
   Negative evidence is by kind, not by example: greetings with their vocatives ("Punten akang teteh", "Hey Bali!"),
   chat fillers ("eh iya"), self-introductions ("Namaku Yusuf", "I'm Dita", "We run X"), places ("samping
   Indomaret"), a venue word alone ("Cafe"), measures and specs (tinggi, warna, size), deals ("beli 10"), a question
   that names the customer's problem ("Helm bau apek?") and a proper noun after a service ("Rental PS5 Gamezone").
4. Two prices tied by an old/new marker ("89rb, dari 120rb", "normal 35rb sekarang 28rb", "was 120K now 85K") are
   one item: the higher one is ``old_price``; a menu item keeps its own ("Nastar 120rb, normalnya 150rb").
   Minimum spends, deposits and surcharges are conditions said with their sentence, never menu items
   (gigai.video.prices).
5. The narration speaks the client's language, one at a time (gigai.video.wording).

    >>> read("Kami Laundry Wangi, cuci setrika Rp6.500/kg, bed cover 30rb/pcs. WA 0813-2020-4545")["product"]
    'cuci setrika'

Used in: Lab 6, Lab 7 (video).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gigai.video.clauses import NAME_CLAUSE, OFF, SELF, Clause, clauses, prepare
from gigai.video.entities import entities
from gigai.video.normalize import drawable
from gigai.video.phrases import (
    CHANNELS,
    FORM,
    GENERIC,
    LEAD,
    NOT_PRODUCT,
    PACKED,
    SELL,
    STAR,
    STOP_AT,
    VARIANT,
    VENUE,
    chatter,
    head,
    is_cap,
    phrase,
    plausible,
    shared_head,
    split_name,
    strip_heading,
    title_case,
)
from gigai.video.prices import priced_items
from gigai.video.vocab import SERVICE
from gigai.video.wording import language, words

_REQUEST_OBJECT = re.compile(
    r"\b(?:promosi(?:in|kan)?|promo(?:in|kan)?|iklan(?:in|kan)?|video(?:\s+promo(?:si)?)?|konten|review)"
    r"(?:\s+(?:untuk|buat|bwt|utk|tentang|soal|usaha|produk|jualan))*\s+(.+)$",
    re.IGNORECASE,
)
_FROM = re.compile(
    r"(?:^|\s)(?:dari|dr|oleh|by|di|kami|with)\s+((?:[A-Z][\w'&.-]*|&)(?:\s+(?:[A-Z0-9][\w'&.-]*|&)){0,4})"
)
_AUDIENCE = re.compile(
    r"\b(?:buat|untuk|utk|bwt|khusus)\s+((?:para\s+)?(?:mahasiswa|pelajar|ibu[\w -]{0,12}|bapak[\w -]{0,8}|"
    r"anak[\w -]{0,10}|karyawan|pekerja[\w -]{0,8}|keluarga|pemilik[\w -]{0,12}|pecinta[\w -]{0,12}|"
    r"warga[\w -]{0,12}|member[\w -]{0,8}))",
    re.IGNORECASE,
)
_CTA_WORDS = re.compile(r"\b(pesan|order|dm|hubungi|hub|chat|klik|cek|kunjungi|mampir|checkout|follow|beli|booking|"
                        r"reservasi|daftar|wa\b|whatsapp|call|text\s+me|message|visit|book|register|shop)", re.IGNORECASE)  # fmt: skip
# payment terms ("DP 100rb", "ongkir 10rb") are shown with the prices but are never the product
_TERMS = re.compile(r"(?i)\b(?:dp|uang muka|deposit|pelunasan|ongkir|ongkos kirim|biaya kirim|admin|denda|"
                    r"jaminan|tambahan|extra|charge)\s*:?\s*$")  # fmt: skip
_ABOUT_US = re.compile(
    r"(?i)^(?:we're|we\s+are|i'm|i\s+am|kami\s+adalah|kami\s+ini|aku\s+ini)\s+(?:a|an|sebuah|seorang)\b"
)


@dataclass
class _Cand:
    text: str
    score: float
    index: int


def _business(cls: list[Clause]) -> str:
    for c in cls:
        if c.role == "name":
            m = SELF.search(c.plain)
            raw = m.group(2) if m else next(g for g in NAME_CLAUSE.search(c.plain).groups() if g)  # type: ignore[union-attr]
            raw = raw.replace("\x00", " ").strip() or next(
                (e.text for e in c.ents if e.kind in ("url", "handle")), ""
            )
            name = " ".join(title_case(raw).split()[:5]).strip(" ,.")
            if name:
                return name
    for c in cls:
        if c.role in ("content", "request", "offer", "address"):
            before = title_case(c.plain.split("\x00")[0].strip())
            head = re.split(r"\s+(?=[a-z])", before, maxsplit=1)[0]
            _, biz = split_name(LEAD.sub("", before))
            if biz:
                return biz
        m = _FROM.search(c.plain)  # "dari Kopi Kita"; "di Malang" alone is a place
        if (
            m
            and m.group(1).split()[0].lower() not in CHANNELS
            and (len(m.group(1).split()) >= 2 or (" di " not in f" {m.group(0)} " and c.index <= 1))
        ):
            return m.group(1).strip(" .")
        if c.role in ("content", "request", "offer"):
            words = head.split()  # a capitalised subject before a verb: "Kopi Teduh buka cabang baru"
            rest = c.plain[len(head) :].strip().split()
            if len(words) >= 2 and all(is_cap(w) for w in words) and rest and rest[0].lower() in _VERBS:
                return head
    return ""


_VERBS = {"buka", "hadir", "menerima", "terima", "nerima", "jual", "menjual", "menyediakan", "melayani", "lagi",
          "ada", "sedang", "kini", "sekarang", "punya", "siap", "open", "membuka", "sedia", "ready"}  # fmt: skip


def _candidates(cls: list[Clause], business: str, priced: int) -> list[_Cand]:
    out: list[_Cand] = []
    biz = business.lower()
    opened = (
        False  # until a clause names something ("Monggo mampir kak" names nothing; the next is the opening)
    )
    for c in cls:
        src = c.plain
        score = 0.0
        if c.role == "request":
            m = _REQUEST_OBJECT.search(src)
            if not m:
                continue
            src, score = m.group(1), 4.0
            if re.match(r"(?i)(?:yang|yg)\b", src):  # "video yg rame ya": the client describes the video
                continue
        elif c.role in ("name", "address", "venue", "contact", "thanks", "hours") or (
            _ABOUT_US.match(src) and not SELL.search(src)
        ):
            continue  # "We're a small bakery in Bandung": the client describes the business, not what is sold
        elif c.role == "offer":
            src, score = (
                re.sub(r"\s*\x00\s*", " ", src),
                2.0,
            )  # "Diskon 30% Sepatu Sneakers Lokal": what is discounted
            word = re.search(r"(?i)\b(?:diskon|disc|promo|gratis|free|cashback|bonus|potongan|off)\b", src)
            before, after = (src[: word.start()], src[word.end() :]) if word else (src, "")
            # "Semua gamis diskon 30%": with nothing after the offer word, what is discounted stands before it
            src = (
                after
                if phrase(after)[0]
                else re.sub(r"(?i)^\s*(?:semua|all|seluruh|setiap|tiap)\s+", "", before)
            )
        else:
            has_price = any(e.kind == "price" for e in c.ents)
            p, verb = phrase(src)
            if verb:
                score = 5.0
            elif has_price:
                score = 3.5 if priced <= 1 else (2.5 if c is _first_priced(cls) else 1.5)
            else:  # the message's opening content names the whole offer ("Rental mobil", "Servis HP panggilan")
                # "Helm bau apek?": a question names the customer's problem, the answer is what is sold
                score = 1.0 if opened else (1.5 if c.question else 3.0)
            name = split_name(src.split("\x00")[0].strip())[1]
            if (not p and c.first and name and len(name.split()) == len(src.split())  # "Villa Kabut Dieng" alone:
                    and any(w.lower() in VENUE for w in name.split())):  # fmt: skip
                out.append(_Cand(name, 2.0 - 0.05 * c.index, c.index))  # the venue is what is offered, unless
                opened = True  # an item, a verb or the opening says otherwise
                continue
        if c.role in ("request", "offer"):
            p, _ = phrase(src)
        long = len(p.split()) > 4
        p = head(p)
        if re.search(r"(?i)\b(?:juga|also|too)\b", c.plain):  # "jual pulsa & token listrik juga": a side line
            score -= 2.0
        star = STAR.search(c.plain)  # "tapi andalan kami Soto Ayam", "Soto paling laris": the main thing
        at = c.plain.lower().find(p.lower()) if p else -1
        if (
            star
            and at >= 0
            and (star.start() < at or re.fullmatch(r"\s*", c.plain[at + len(p) : star.start()]))
        ):
            score += 4.0
        if (
            not plausible(p)
            or p.split()[0].lower() in VARIANT
            or (len(p.split()) == 1 and p.lower() in FORM)
            or PACKED.match(c.plain[max(0, c.plain.lower().find(p.lower())) :])
            or _TERMS.match(p)
            or (
                len(p.split()) == 1 and p.lower() in VENUE
            )  # "Cafe kita ada menu baru": the place, not the thing
            or (biz and (p.lower() == biz or (p.lower() in biz and not biz.startswith(p.lower()))))
        ):
            continue
        score -= 0.05 * c.index + (0.5 if long else 0.0)
        out.append(_Cand(p, score, c.index))
        opened = True  # later clauses are no longer the opening
    return out


def _first_priced(cls: list[Clause]) -> Clause | None:
    return next((c for c in cls if c.role == "content" and any(e.kind == "price" for e in c.ents)), None)


def _benefit_clauses(cls: list[Clause], taken: list[str]) -> list[str]:
    out: list[str] = []
    for c in cls:
        if (c.role != "content" or c.ents or _CTA_WORDS.search(c.plain) or _VERB_ONLY.match(c.plain)
                or SELL.search(c.plain)):  # "Sabtu ini buka booth minuman" is the offer's line, no benefit  # fmt: skip
            continue
        first = c.plain.split()[0].lower().strip(":,") if c.plain.split() else ""
        if (c.inner or first[:1].isdigit() or first in _SPEC | {"dan", "and", "serta", "&"}
                or chatter(c.plain.split(" yg ")[0])
                or strip_heading(c.plain) != c.plain):  # "HARBOLNAS 11.11" is a heading, no benefit  # fmt: skip
            continue  # "(3 hours)", "1 ekor", "Size M/L", "Warna: sage", "gaes": a spec or a greeting, no benefit
        t = title_case(c.plain).strip()
        head = re.match(r"([^:]{1,30}):\s*(.+)$", t)  # "Kelebihan kami: mekanik berpengalaman"
        if head and head.group(1).split()[0].lower() in NOT_PRODUCT | {
            "kenapa",
            "why",
            "keunggulan",
            "kelebihan",
        }:
            t = head.group(2)
        words = t.split()
        if (
            not (1 if c.first else 2) <= len(words) <= 7
            or re.search(r"['\"]", t)
            or any(x and x.lower() in t.lower() for x in taken)
        ):
            continue
        if (
            any(x and t.lower() in x.lower() for x in taken)
            or len(words) > 1
            and all(is_cap(w) for w in words)
        ):
            continue
        t = t[0].lower() + t[1:] if t[:2].istitle() else t
        if t.lower() not in {x.lower() for x in out}:
            out.append(t)
    return out[:6]


# a measure, a size or a colour list is a spec of the item ("Size M/L/XL", "Warna: sage, cream"), no benefit
_SPEC = {"size", "ukuran", "warna", "color", "colour", "colors", "colours", "max", "maks", "maksimal", "min", "minimal",
         "tinggi", "berat", "panjang", "lebar", "diameter", "kuota", "quota", "kapasitas", "level", "varian", "pilihan"}  # fmt: skip
_BEFORE = re.compile(r"(?i)\b(?:sebelum|sblm|paling\s+lambat|maks(?:imal)?|max|batas|before|by)\s*:?\s*$")
_VERB_ONLY = re.compile(r"(?i)^(?:yuk|ayo|buruan|jangan|jgn)\b")


def _perk(plain: str) -> str:
    """'dapet free bulu mata' -> 'free bulu mata'; 'Antar jemput gratis area Depok' -> 'Antar jemput gratis'."""
    m = re.search(r"(?i)\b(gratis|free|bonus)\b", plain)
    if not m or re.match(r"(?i)\s*ongkir", plain[m.end() :]):
        return ""
    after = STOP_AT.split(" " + plain[m.end() :].split("\x00")[0], maxsplit=1)[0].strip(" ,.!")
    if re.fullmatch(r"[a-zA-Z][\w -]{2,30}", after):
        return f"{m.group(1)} {after}"
    before = plain[: m.start()].split("\x00")[-1].split()[-3:]
    return " ".join([*before, m.group(1)]) if before else ""


def _cta(cls: list[Clause], contact: str, w: dict) -> str:
    ranked = sorted(
        reversed(cls), key=lambda c: not (contact and contact in c.text)
    )  # the main contact's line first
    for c in ranked:
        if c.role == "contact" and _CTA_WORDS.search(c.text) and len(c.text) <= 90:
            s = re.sub(r"\s+(?:ya+\s+|aja\s+)?(?:kak|kakak|gan|sis|min)\b[!.?]*$", "", c.text)
            s = re.sub(r"\s+(?:ya+|yaa+|aja)$", "", s)
            return s if s.endswith(("!", ".", "?")) else s + "!"
    if contact.startswith("@"):
        return w["cta_follow"].format(c=contact)
    if re.match(r"(?i)[+(0-9]|(?:https?://)?(?:wa\.me|api\.whatsapp|wa\.link)", contact):
        return w["cta_wa"].format(c=contact)
    if contact:  # a shop or a web page: "Cek shopee.co.id/kainkita!", never "via WhatsApp"
        return w["cta_visit"].format(c=contact)
    return w["order"]


def read(text: str) -> dict[str, Any]:
    """The Brief's fields read from a client's message (see the module docstring for how)."""
    t = prepare(text) or text.strip()
    lang = language(t)  # the narration speaks the client's language, one language at a time
    w = words(lang)
    found = entities(t)
    cls = clauses(t, found)
    business = _business(cls)
    items, old, money_off = priced_items(cls, t)
    priced = len(items)
    cands = _candidates(cls, business, priced)
    common = head(
        shared_head([n for n, _ in items])
    )  # "Paket Nasi Liwet Komplit ...", "Paket Nasi Liwet Ikan ..."
    # "Cuci helm full 25rb, cuci + coating 40rb" share "cuci": a service word alone names no product
    if common and plausible(common) and common.lower() not in NOT_PRODUCT | SERVICE:
        first = _first_priced(cls)
        # below the opening (3.0): "Kost putri ...: kamar mandi dalam 900rb, kamar mandi luar 700rb" are its variants
        cands.append(_Cand(common, 2.9 if len(common.split()) > 1 else 2.8, first.index if first else 0))
    cands = sorted(cands, key=lambda c: (-c.score, c.index))
    product = cands[0].text if cands else ""
    named = [n for n, _ in items if n and n.split()[0].lower() not in VARIANT and not PACKED.match(n)]
    pw = product.split()
    # "buka booth minuman": a bare category names nothing; "Makanan kucing & anjing" names what it holds
    if pw and pw[0].lower() in GENERIC and (len(pw) == 1 or pw[1].lower() in GENERIC) and named:
        # "buka booth minuman! Es kopi gula aren cuma 10k": the category names no product, the first named item does
        starred = [
            n
            for n, _ in items
            if n and any(STAR.search(c.plain) and n.lower() in c.plain.lower() for c in cls)
        ]
        product = head((starred or named)[0])
    if not product:
        product = next((head(n) for n, _ in items if n and n.split()[0].lower() not in VARIANT), "") or (
            split_name(business)[0] or business or w["ours"]
        )
    low = product.lower()
    mine = next((p for n, p in items if n and (low in n.lower() or n.lower() in low)), "")
    price = mine or (items[0][1] if items and (len(items) == 1 or not items[0][0]) else "")
    # "IDR 55K" is said as "Rp 55K"; "IDR 3.5M" stays, its M is millions in English and miliar after Rp
    raw = price
    old_price, price = (
        re.sub(r"^(?:Rp\.|IDR)\s?(?!.*\dM\b)", "Rp ", p).removesuffix(",-")
        for p in (old.get(price, ""), price)
    )
    if raw and re.search(rf"(?i)\b(?:mulai|mulai dari|start from|from|starting at)\s+{re.escape(raw)}", t):
        price = f"{w['starting']} {price}"
    # "makeup pengantin mulai Rp2,5jt": the client's "mulai" stays with the price, or the video promises it flat
    start = {
        p
        for _, p in items
        if re.search(rf"(?i)\b(?:mulai|mulai dari|start from|from|starting at)\s+{re.escape(p)}", t)
    }
    menu = [f"{n} {w['starting'] + ' ' if p in start else ''}{p}".strip() + (w["was"].format(old=old[p]) if p in old else "")
            for n, p in items] if len(items) >= 2 else []  # fmt: skip
    kinds = {k: [e.text for e in found if e.kind == k] for k in ("percent", "deal", "deadline", "date", "hours",
                                                                    "time", "phone", "handle", "url")}  # fmt: skip
    offs = [e.text for c in cls for e in c.ents if e.kind == "percent" and OFF.search(c.text)]
    discount = next((p for p in offs if not re.match(r"(?i)dp\b", p)), "")  # "kondisi 90%" is no discount
    discount = discount or (money_off[0] if money_off else "") or (kinds["deal"][0] if kinds["deal"] else "")
    if discount and re.fullmatch(r"\d+(?:[.,]\d)?\s?%(?:\s?off)?", discount, re.IGNORECASE):
        discount = w["discount"].format(p=re.sub(r"(?i)\s?off$", "", discount))
    if not discount:  # "Booking sebelum 28 Feb dapet free bulu mata": a perk with a deadline is the offer
        discount = next((p for c in cls if {e.kind for e in c.ents} & {"deadline", "date"} for p in [_perk(c.plain)]
                         if p), "")  # fmt: skip
    deadline = (kinds["deadline"] or kinds["date"] or [""])[0]
    # "pesan sebelum jam 3 sore" is a deadline for orders, not when the shop opens
    hours = next((e.text for k in ("hours", "time") for e in found if e.kind == k
                  and not _BEFORE.search(t[max(0, e.start - 20) : e.start])), "")  # fmt: skip
    wa = next(
        (u for u in kinds["url"] if re.match(r"(?i)(?:https?://)?(?:wa\.me|api\.whatsapp|wa\.link)", u)), ""
    )
    mobiles = [p for p in kinds["phone"] if re.match(r"(?:\+?62|0)\s?8", p)]
    contacts = [*mobiles, *([wa] if wa else []), *kinds["handle"],
                *[u for u in kinds["url"] if u != wa], *[p for p in kinds["phone"] if p not in mobiles]]  # fmt: skip
    contact = contacts[0] if contacts else ""
    used = {x.lower() for x in [re.sub(r"^(?:mulai|from) ", "", price), discount, deadline, hours, *contacts, *[p for _, p in items],
                                *old.values(), *money_off, *kinds["deal"][:1]] if x}  # fmt: skip
    notes = []
    for c in cls:  # a clause whose fact no field took is said as written ("Weekend wajib DP 50%")
        if any(
            e.kind != "address" and e.text.lower() not in used and not any(e.text.lower() in u for u in used)
            for e in c.ents
        ):
            notes.append(re.sub(r"\s+", " ", drawable(c.text)).strip(" ,"))
    audience = _AUDIENCE.search(t)
    benefits = _benefit_clauses(
        cls, [product, business, discount, *[n for n, _ in items]]
    )  # "Kids" is an item
    return {
        "product": product[:80],
        "business": business if business.lower() != product.lower() else "",
        "audience": re.sub(r"\s+", " ", audience.group(1)).strip() if audience else w["you"],
        "price": price,
        "old_price": old_price,
        "discount": discount,
        "deadline": deadline,
        "hours": hours,
        "contact": contact,
        "links": contacts[1:6],
        "menu": menu[:8],
        "notes": notes[:4],
        "benefits": benefits,
        "cta": _cta(cls, contact, w)[:120],
        "language": lang,
    }


__all__ = ["read"]
