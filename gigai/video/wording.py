"""The words a template storyboard says around the client's own, in the language the client wrote in.

A message written in English gets English narration from start to end ("Meet batik tote bags", not "Kenalin,
batik tote bags"); anything else gets Indonesian. The reader decides the language with the project's own
detector (gigai.offline.lexicon.language_of) and keeps it in ``Brief.language``.

    >>> words("en")["intro"][0].format(s="sourdough", frm="")
    'Meet sourdough.'

Used by gigai.video.writer, gigai.video.hooks and gigai.video.reader (Lab 6, Lab 7).
"""

from __future__ import annotations

import re

from gigai.offline.lexicon import language_of

_ID: dict[str, list[str] | str] = {
    # hooks (gigai.video.hooks); {s} the product as said, {p} as shown, {price}/{old}/{d}/{until}/{who}/{biz}
    "hook_old": [
        "{S}, dari {old} jadi {price}!",
        "Dari {old} jadi {price}!",
        "{S} turun harga!",
        "Harga coret nih!",
        "Turun harga!",
    ],
    "hook_disc": ["{d} buat {s}!", "{d} nih!"],
    "hook_search": ["Lagi cari {s}?", "Cari {s}?", "Lagi cari ini?"],
    "hook_search_screen": "Lagi cari {s}?",
    "hook_tried": ["Udah pernah coba {s}?", "Udah coba {s}?", "Udah pernah coba?"],
    "hook_tried_screen": "Udah coba {s}?",
    "hook_stop": ["Stop scroll! Ada {s} nih.", "Stop scroll dulu!"],
    "hook_stop_screen": "Stop scroll! {P}",
    "hook_need": ["Lagi butuh {s}?", "Butuh {s}?", "Lagi butuh ini?"],
    "hook_need_screen": "Butuh {s}?",
    "hook_found": ["Akhirnya nemu {s}!", "Nemu {s}!", "Akhirnya nemu!"],
    "hook_found_screen": "POV: nemu {s}",
    "hook_only": ["{S} cuma {price}?", "{S} cuma segini?", "Cuma segini?"],
    "hook_only_screen": "{P} cuma {price}",
    "hook_get": ["Cuma {price} dapet {s}!", "Cuma {price}!", "Cuma segini!"],
    "hook_get_screen": "{P} {price} aja",
    "until": "sampai {d}",
    "until_marks": r"(?i)s/d|s\.d|sampai|sampe|hingga|sebelum",
    "hook_until": ["Promo {s} {until}!", "Buruan, {until}!"],
    "hook_until_screen": "Promo {s} {until}",
    "hook_who": ["{Who}, udah coba {s}?", "Buat {who}!"],
    "hook_who_screen": "{Who}, cek ini!",
    "hook_biz": ["Ada {s} nih!", "Cek ini dulu!"],
    "hook_biz_screen": "{biz} punya {s}",
    "hook_last": "Eh, {s}!",
    # the template storyboard (gigai.video.writer)
    "you": "kamu",
    "and": "dan",
    "intro": ["Kenalin, {s}{frm}.", "Ini dia {s}{frm}.", "Namanya {s}{frm}."],
    "from": " dari {biz}",
    "price_from": "Harganya {price}.",
    "price_was": "Dari {old}, sekarang cuma {price}.",
    "price": ["Harganya cuma {price}.", "Cuma {price} aja.", "Harganya {price} aja."],
    "offer": "Lagi ada {d}.",
    "open": "Buka {h}.",
    "try": ["Cobain {s} sekarang.", "Sekali coba, pasti balik lagi.", "Rasain sendiri bedanya."],
    "try_screen": "Cobain sekarang",
    "order": "Pesan sekarang, ya!",
    "more_info": "Info lengkap: ",
    "cta_screen": ["Pesan sekarang!", "Yuk, cobain!", "Jangan sampai kehabisan!"],
    "for_you": "cocok banget buat {who}",
    "lead_ins": ["Kenapa harus ini? ", "Plus, ", "Yang bikin beda, ", "Satu lagi, "],
    "menu_lead": ["Pilihannya: ", "Ada juga ", "Terus ", "Plus "],
    "valid_until": "Promonya berlaku {d}.",
    "valid": "Berlaku {d}.",
    "follow": "Follow {c}.",
    "or_follow": "Atau follow {c}.",
    "wa": "WA ke {c}.",
    "or_call": "Atau hubungi {c}.",
    "visit": "Cek {c}.",
    "or_visit": "Atau cek {c}.",
    "cta_follow": "Follow {c} ya!",
    "cta_wa": "Pesan via WhatsApp {c}!",
    "cta_visit": "Cek {c}!",
    "starting": "mulai",
    "discount": "diskon {p}",
    "was": ", normalnya {old}",
    "ours": "Produk kami",
}

_EN: dict[str, list[str] | str] = {
    "hook_old": [
        "{S}, was {old}, now {price}!",
        "Was {old}, now {price}!",
        "{S}, price drop!",
        "Price drop!",
        "Price drop!",
    ],
    "hook_disc": ["{d} on {s}!", "{d}!"],
    "hook_search": ["Looking for {s}?", "Need {s}?", "Looking for this?"],
    "hook_search_screen": "Looking for {s}?",
    "hook_tried": ["Have you tried {s}?", "Tried {s} yet?", "Tried this yet?"],
    "hook_tried_screen": "Tried {s} yet?",
    "hook_stop": ["Stop scrolling! It's {s}.", "Stop scrolling!"],
    "hook_stop_screen": "Stop scrolling! {P}",
    "hook_need": ["Need {s}?", "In need of {s}?", "Need this?"],
    "hook_need_screen": "Need {s}?",
    "hook_found": ["Finally found {s}!", "Found {s}!", "Finally found it!"],
    "hook_found_screen": "POV: you found {s}",
    "hook_only": ["{S} for just {price}?", "{S}, this cheap?", "This cheap?"],
    "hook_only_screen": "{P} just {price}",
    "hook_get": ["Just {price} for {s}!", "Just {price}!", "That cheap!"],
    "hook_get_screen": "{P} only {price}",
    "until": "until {d}",
    "until_marks": r"(?i)until|till|through|before|by\b",
    "hook_until": ["{S} deal {until}!", "Hurry, {until}!"],
    "hook_until_screen": "{P} deal {until}",
    "hook_who": ["{Who}, tried {s} yet?", "For {who}!"],
    "hook_who_screen": "{Who}, look!",
    "hook_biz": ["{S} is here!", "Check this out!"],
    "hook_biz_screen": "{S} by {biz}",
    "hook_last": "Hey, {s}!",
    "you": "you",
    "and": "and",
    "intro": ["Meet {s}{frm}.", "Here's {s}{frm}.", "Say hello to {s}{frm}."],
    "from": " from {biz}",
    "price_from": "Prices start {price}.",
    "price_was": "Was {old}, now just {price}.",
    "price": ["Just {price}.", "Only {price}.", "All for {price}."],
    "offer": "Plus, {d}.",
    "open": "Open {h}.",
    "try": ["Try {s} today.", "Try it once, you'll be back.", "See for yourself."],
    "try_screen": "Try it now",
    "order": "Order now!",
    "more_info": "More info: ",
    "cta_screen": ["Order now!", "Try it today!", "Don't miss out!"],
    "for_you": "made for {who}",
    "lead_ins": ["Why this? ", "Plus, ", "What makes it different: ", "One more thing: "],
    "menu_lead": ["Choose from ", "There's also ", "Then ", "Plus "],
    "valid_until": "Valid {d}.",
    "valid": "Valid {d}.",
    "follow": "Follow {c}.",
    "or_follow": "Or follow {c}.",
    "wa": "WhatsApp {c}.",
    "or_call": "Or call {c}.",
    "visit": "Visit {c}.",
    "or_visit": "Or visit {c}.",
    "cta_follow": "Follow {c}!",
    "cta_wa": "Message us on WhatsApp {c}!",
    "cta_visit": "Visit {c}!",
    "starting": "from",
    "discount": "{p} off",
    "was": ", was {old}",
    "ours": "Our products",
}


def language(message: str) -> str:
    """'en' when gigai's own detector reads the message as English and its function words are more English than
    Indonesian; a mostly Indonesian message with English words ("Open trip Bromo ... udah termasuk jeep") is 'id'.

    >>> language("We bake sourdough in Ubud, order for the weekend"), language("Open trip Bromo, udah termasuk jeep ya")
    ('en', 'id')
    """
    ws = re.findall(r"[a-z']+", message.lower())
    en = sum(w in _EN_WORDS for w in ws)
    ind = sum(w in _ID_WORDS for w in ws)
    # gigai's detector knows a customer's question words ("how much", "open"), a client's message states an offer
    # ("We sell ... from ..."): either reading English, with more English function words than Indonesian ones
    return "en" if (language_of(message) == "en" or en >= 3) and en > ind else "id"


_EN_WORDS = {"the", "and", "with", "for", "our", "we", "we're", "you", "your", "is", "are", "in", "at", "to", "of",
             "or", "on", "from", "until", "only", "per", "now", "each", "i'm", "a", "an", "this", "all", "no", "sell",
             "offer", "get", "by", "just", "it", "it's", "my", "can", "will", "be", "that", "off"}  # fmt: skip
_ID_WORDS = {"yang", "yg", "dan", "di", "ke", "dari", "untuk", "utk", "buat", "sudah", "udah", "tinggal", "harga",
             "termasuk", "ada", "aja", "ya", "kak", "nih", "dengan", "dgn", "bisa", "juga", "atau", "tiap", "mulai",
             "cuma", "sampai", "buka", "jam", "kami", "kita", "ini", "itu", "mau", "lagi", "sama", "gratis"}  # fmt: skip


def words(language: str) -> dict:
    """The template words for ``language`` ('en' for English, anything else Indonesian)."""
    return _EN if (language or "").lower().startswith("en") else _ID


__all__ = ["language", "words"]
