"""Product phrases in a client's words: where a business name sits in a capitalised run, which words lead into
the thing sold and which end it.

    >>> split_name("Roti Sobek Bu Tin")
    ('Roti Sobek', 'Roti Sobek Bu Tin')
    >>> phrase("Jual dimsum mentai isi 6 harga")
    ('dimsum mentai', True)

Used by gigai.video.reader (Lab 6, Lab 7).
"""

from __future__ import annotations

import re

from gigai.video.vocab import (
    CHANNELS,
    CHAT,
    FILLER,
    FORM,
    FORM_TAIL,
    GENERIC,
    HONORIFIC,
    LABEL,
    LABELS,
    NOT_PRODUCT,
    PLACE_BEFORE,
    SERVICE,
    VARIANT,
    VENUE,
    VENUE_TAIL,
)

# Words that lead into the thing sold and are dropped from it ("jual pashmina" -> "pashmina").
LEAD = re.compile(
    r"^(?:(?:yuk|ayo|lagi|sedang|kini|sekarang|ada|juga|promo|promosi|jual|jualan|menjual|dijual|terima|nerima|"
    r"menerima|pesanan|order|open|po|pre-?order|ready|stok|stock|tersedia|sedia|menyediakan|nyediain|melayani|"
    r"disewakan|ikut|ikutan|cobain|coba|hadir|launching|new|baru|menu|buka|pendaftaran|kami|aku|saya|sy|kita|"
    r"punya|usaha|bisnis|produk|harga|paketan|spesial|special|khusus|best|seller|andalan|favorit|nih|ini|dia|"
    r"namanya|the|titip|mau|ingin|pengen|minta|tolong|dibuatin|dibikinin|bikinin|buatin|video|untuk|buat|bwt|"
    r"utk|dong|ya|kak|min|juga|dan|and|tapi|tetapi|terus|trus|lalu|nah|plus|our|my|we're|we|i'm|pricelist|"
    r"price\s?list|daftar\s+harga|list\s+harga|katalog|bawa|membawa|bikin|pembuatan|unggulan|terlaris|signature|yang|yg|utama|utamanya|main|"
    r"monggo|mangga|silakan|silahkan|dicoba|dicobain|nyobain|try|learn\s+to|get\s+your|a|an|need|looking\s+for|"
    r"butuh|nyari|cari|mencari|lagi\s+cari|grosir|eceran|wholesale|retail|"
    r"&|\+|-|:)\b[\s:,-]*)+",
    re.IGNORECASE,
)
# A product phrase ends where a preposition, price word, descriptor or name clause starts.
STOP_AT = re.compile(
    r"\s+(?:di|dari|dr|oleh|by|untuk|utk|buat|bwt|bagi|dengan|dgn|yang|yg|dekat|deket|sekitar|area|wilayah|mulai|"
    r"cuma|cuman|hanya|harga|harganya|normal|normalnya|normally|biasanya|namanya|sebelumnya|sblmnya|coret|was|now|"
    r"minimal|min|se-\w+|sampai|sampe|hingga|s/d|tiap|setiap|nih|ya|yaa|lho|loh|kak|dong|aja|kami|aku|sy|saya|kita|"
    r"lagi|ada|sekarang|kini|sudah|udah|bisa|panggilan|ke|atau|mulai|cabang|with|for|at|only|starting|until|from|in|is|are|costs|"
    r"gitu|gt|tuh|deh|sih|loh|besok|tomorrow|today|(?:hari|bulan|minggu|pekan|weekend|akhir\s+pekan)\s+(?:ini|depan)|"
    r"this\s+(?:week|weekend|month)|brewed|made|baked|roasted|grown|sourced|crafted|cooked|imported|delivered|"
    r"shipped|picked|harvested)\b",
    re.IGNORECASE,
)
# Descriptors end a product phrase only in lower case ("madu hutan asli Sumbawa"; "Madu Hutan Asli" is a name).
DESCRIPTOR = re.compile(
    r"\s+(?:usia|umur|kualitas|ukuran|kemasan|isi(?=\s+\d)|varian|rasa|bahan|asli|khas|buatan|produksi|murah|meriah|enak|terbaik|termurah|berkualitas|fresh|"
    r"lengkap|homemade|handmade|import|impor|original|premium|mantap|mantul|kekinian|viral|online|daring|offline|"
    r"segar|seger|langsung|murmer|"
    r"oversize|oversized|slim\s+fit|regular\s+fit|loose\s+fit|unisex)\b"
)
SHOUTED = re.compile(DESCRIPTOR.pattern, re.IGNORECASE)
# descriptors that may stand before the noun they describe ("handmade batik tote bags"): dropped, not a cut
_LEADING_ADJ = re.compile(
    r"(?i)(?:homemade|handmade|import|impor|original|premium|fresh|authentic|custom(?=\s+made)|"
    r"organic|organik|online|murah|viral|kekinian)\s+"
)


def title_case(s: str) -> str:
    return s.title() if s.isupper() and len(s) > 3 else s


def is_cap(w: str) -> bool:
    return bool(re.match(r"[A-Z][a-z'&.-]", w)) or (w.isupper() and len(w) > 3)


def _part(words: list[str], a: int, b: int) -> str:
    """The words around a name at words[a:b]: those before it ("Mie Ayam" of "Mie Ayam Pakde Karso buka lagi"),
    else those after it ("Roti Sobek Keju" of "Toko Roti Ceria: Roti Sobek Keju")."""
    return " ".join(words[:a]) if a > 0 else " ".join(words[b:])


def split_name(phrase: str, *, shouted: bool = False) -> tuple[str, str]:
    """(product part, business name): a venue word or an honorific marks the name ('Roti Sobek Bu Tin').

    ``shouted``: written in CAPITALS, where a venue word is as likely the service ('RENTAL KEBAYA & GAUN')."""
    words = title_case(phrase).split()
    caps = [is_cap(w) for w in words]

    def run_end(i: int) -> int:
        while i < len(words) and caps[i] and words[i].lower() not in CHANNELS:
            i += 1
            if words[i - 1][-1] in ":,;":  # "Toko Roti Ceria: Roti Sobek Keju"
                break
        return i

    for i, w in enumerate(words):
        low = w.lower().strip(".,")
        if low in HONORIFIC and i + 1 < len(words) and caps[i + 1]:
            a, b = i, run_end(i + 1)
            while a > 0 and caps[a - 1]:  # "Dimsum Mentai Mama Wati": the name starts at the run
                a -= 1
            if i - a == 1 and len(words[a]) <= 2:  # "Es Teh Jumbo": 'teh' is tea after a two-letter word
                continue
            return _part(words, i, b), " ".join(words[a:b]).strip(" :,;")
        if low in VENUE and caps[i] and not shouted:
            follows = i + 1 < len(words) and caps[i + 1]
            if low in VENUE_TAIL or not follows:
                a = i
                while a > 0 and caps[a - 1] and i - a < 3:
                    a -= 1
                if a == i and not follows:
                    continue
                b = run_end(i + 1)
            elif i > 0 and words[i - 1].lower() in LABEL:  # "Paket Foto Produk ...": after a label, the venue
                continue  # word is part of what the package holds
            else:
                a, b = i, run_end(i + 1)
            return _part(words, a, b), " ".join(words[a:b]).strip(" :,;")
    # a trailing run of two or more capitalised words after a lower-case phrase: "Jasa cuci AC Dingin Terus"
    k = len(words)
    while k > 0 and caps[k - 1]:
        k -= 1
    if 0 < k and len(words) - k >= 2 and any(w[:1].islower() for w in words[:k]):
        if words[k - 1].lower() in PLACE_BEFORE:  # "meeting point Stasiun Malang": a place, not a name
            return " ".join(words[:k]), ""
        return " ".join(words[:k]), " ".join(words[k:])
    return phrase, ""


# A selling verb anywhere in a clause: what follows it is the thing sold ("Di CFD Dago minggu ini kami jual cilok").
SELL = re.compile(
    r"(?i)(?<![\w-])(?:jual|jualan|menjual|terima|nerima|menerima|melayani|menyediakan|"
    r"sedia|tersedia|disewakan|dijual|ikut|ikutan|buka pendaftaran|buka (?:lapak|stand|booth|kios|gerai)|punya usaha|"
    r"open order|open po|ready|po|sell|hadir dengan|hadir membawa|menghadirkan|hadirkan|"
    r"selling|(?:(?<=we\s)|(?<=\bi\s))(?:also\s+)?(?:offer|serve|make|provide|bake|brew|rent|teach|sell)|we're\s+(?:offering|serving|making|selling)|"
    r"buka(?=\s+(?:jasa|layanan|les|kursus|kelas|orderan|pesanan)\b)|"  # "buka jasa titip": the service is sold
    r"(?:(?<=we\s)|(?<=\bi\s))(?:also\s+)?(?:build|design|create|fix|repair|clean|cater|deliver|grow|roast|sew|craft)|"
    r"provides|offers|sells|serves|rents|supplies|delivers|bakes|brews|teaches|makes|"  # "CV X provides genset rental"
    r"menawarkan|nawarin|tawarin|memproduksi|(?<![\s\S])produksi|"  # "Kami dari PT X menawarkan ...", "Produksi keset"
    r"(?:(?<=kami\s)|(?<=\baku\s)|(?<=saya\s)|(?<=\bsy\s)|(?<=kita\s)|(?<=\bgue\s)|(?<=\bgw\s))"
    r"(?:juga\s+)?(?:ada|bikin|buat|membuat|punya|jualan))\b(?!\s+kasih)"
)
# Words that mark the main one of several items ("tapi andalan kami Soto Ayam")
STAR = re.compile(r"(?i)\b(?:andalan|favorit|favorite|best\s?seller|paling laris|terlaris|signature|unggulan|"
                  r"utama|utamanya|spesialis|specialty|main)\b")  # fmt: skip

# packaging before a size names a variant ("Kemasan 200gr", "Botol 250ml", "toples 500gr")
PACKED = re.compile(r"(?i)^(?:kemasan|botol|toples|jar|pouch|sachet|jerigen|pack|box|kotak|bungkus|cup|kaleng|tube|"
                     r"dus|karton|plastik|ukuran|size|isi|varian)\s+\d")  # fmt: skip


def phrase(src: str) -> tuple[str, bool]:
    """The product phrase in ``src`` (name parts and lead words removed) and whether a selling verb led to it."""
    verb = SELL.search(src.split("\x00")[0])
    if verb:
        after = _phrase(src[verb.end() :])
        if len(after.split()) > 6:  # "Ready bibit alpukat miki & aligator hasil sambung pucuk"
            after = head(after)
        if plausible(after):
            return after, True
        subject = _phrase(
            src[: verb.start()]
        )  # "Es Kopi Susu ready tiap hari": the subject is the thing offered
        return subject, plausible(subject) and not re.search(r"\w", src[verb.end() :].split("\x00")[0])
    return _phrase(src), False


# A promo or occasion heading ("PROMO AKHIR TAHUN!!!", "Lebaran Sale", "Flash sale 12.12") is never the product:
# what follows it is. Promo words and occasions only; a heading needs at least one promo word.
_PROMO_WORD = (
    r"promo|promosi|sale|diskon|disc|discount|flash\s+sale|big\s+sale|mega\s+sale|super\s+sale|spesial|special|"
    r"harbolnas|cuci\s+gudang|clearance|obral|grand\s+opening|soft\s+opening|opening|edisi|edition|deals?|offer|"
    r"new\s+arrivals?|new\s+menu(?:\s+alert)?|menu\s+baru|new\s+drops?|new\s+in|just\s+dropped|new\s+collection|restock|re-stock|koleksi\s+(?:terbaru|baru)|now\s+open|harga\s+spesial|harga\s+special"
)
_OCCASION = (
    r"akhir\s+tahun|akhir\s+bulan|awal\s+bulan|tahun\s+baru|new\s+year|year\s+end|end\s+of\s+year|lebaran|"
    r"idul\s+fitri|idul\s+adha|ramadh?an|puasa|natal|christmas|xmas|imlek|merdeka|kemerdekaan|agustusan|gajian|"
    r"payday|weekend|valentine|anniversary|hut\s+\w+|ultah|hari\s+ibu|hari\s+raya|back\s+to\s+school|"
    r"(?:\d{1,2}\.\d{1,2})(?!\d)|hari\s+ini|minggu\s+ini|bulan\s+ini|spesial|special|besar|gede|gila|heboh|"
    r"serba|murah|meriah|lagi|nih|ini"
)
PROMO_HEADING = re.compile(
    rf"(?i)^\s*(?:(?:{_OCCASION})\b[\s!:.,-]*)*(?:{_PROMO_WORD})\b[\s!:.,-]*(?:(?:{_PROMO_WORD}|{_OCCASION})\b[\s!:.,-]*)*"
)


def strip_heading(src: str) -> str:
    """'PROMO AKHIR TAHUN Sepatu Lari' -> 'Sepatu Lari'; 'Lebaran Sale' -> '' (a heading names nothing)."""
    m = PROMO_HEADING.match(src)
    return src[m.end() :] if m else src


def _phrase(src: str) -> str:
    src = strip_heading(src)
    shouted = src.split("\x00")[0].strip()
    head, _ = split_name(LEAD.sub("", title_case(shouted)), shouted=shouted.isupper())
    return _unbranded(trim(head, shouted=shouted.isupper()))


def _unbranded(p: str) -> str:
    words = p.split()
    if (len(words) >= 3 and words[0].lower() in SERVICE and is_cap(words[-1]) and not words[-1].isupper()
            and (words[-2][:1].islower() or re.search(r"\d", words[-2]))  # in Title Case a capital says nothing
            and words[-2].lower() not in {"bahasa", "language", "gaya", "style", "khas", "ala"}
            and not any(w.lower() in HONORIFIC for w in words)):  # fmt: skip
        return " ".join(words[:-1])
    return p


def trim(phrase: str, *, shouted: bool = False) -> str:
    """Lead words off, stop at a preposition/price word/descriptor, no placeholder or number at the end.

    ``shouted``: the client wrote it in CAPITALS, so capitals say nothing about a name ("ES KRIM HOMEMADE").
    """
    p = phrase.split("\x00")[0]
    p = LEAD.sub("", p.strip(" ,.:;-+&!?'\"")).strip()
    heading, _, rest = p.partition(":")  # "Servis Hemat: servis rutin + ganti oli": the heading names it,
    occasion = re.search(r"(?i)\b(?:special|spesial|promo|sale|edisi|edition|deals?|offer)$", heading.strip())
    p = LEAD.sub("", rest.strip()) if occasion and rest.strip() else heading
    if (
        rest.strip() and not occasion
    ):  # "Laundry sepatu Sneakers Clean: fast clean 35rb": the heading's name goes
        p = split_name(p)[0] or p  # "Valentine special: hand bouquet"
    p = STOP_AT.split(" " + p, maxsplit=1)[0].strip()
    desc = SHOUTED if shouted else DESCRIPTOR
    while (
        _LEADING_ADJ.match(p) and len(p.split()) > 1
    ):  # "handmade batik tote bags": a leading descriptor goes
        p = p.split(None, 1)[1]
    p = desc.split(" " + p, maxsplit=1)[0].strip()
    words = p.split()
    # a size ends the name ("Tumbler stainless 500ml custom nama", "iPhone 11 64GB"): it names a variant
    size = next((k for k, w in enumerate(words) if k and re.fullmatch(
        r"(?i)\d+(?:[.,]\d+)?(?:ml|gr|g|gram|kg|l|ltr|liter|cm|mm|m|inch|pcs|oz|mg|gb|tb)", w)), len(words))  # fmt: skip
    words = words[:size]
    # a bare number after a lower-case word is a quantity ("isi 6"); "Level 5" or "A6400" belong to a name
    while words and ((re.match(r"[\d.,/x-]", words[-1]) and not (len(words) > 1 and words[-2].lower() in LABELS))
                     or words[-1].lower() in {"&", "+", "dan", "-", "atau", "x"}):  # fmt: skip
        words.pop()
    if len(words) > 2 and re.match(r"\d", words[-2]) and words[-1].islower():  # "kelas intensif 3 bulan"
        words = words[:-2]
    if len(words) > 1 and words[-1].lower() in FORM_TAIL:
        words.pop()
    p = " ".join(words).strip(" ,.:;-+&!?'\"")
    return title_case(p)


# Words after which the name of a priced item starts ("tapi andalan kami Soto Ayam", "terus sambel roa juga")
_TURN = re.compile(r"(?i)\b(?:kami|aku|sy|saya|kita|gue|gw|nih|ya+|kak|dong|aja|lagi|ada|sekarang|skrg|kini|sudah|"
                   r"udah|bisa|atau|tapi|tetapi|terus|trus|lalu|juga|nah|jadi|dan|and|serta|sama|plus|hehe|wkwk|ga|gak|"
                   r"nggak|ngga)\b")  # fmt: skip


def item_name(left: str, price_words: set[str]) -> str:
    """What a price buys, from the words before it: 'Jual dimsum mentai isi 6 harga' -> 'dimsum mentai isi 6';
    a run-on 'soalnya sepi hehe ada sambel bawang' -> 'sambel bawang' (the name starts after the last turn word)."""
    left = re.sub(
        r"\s*\([^()]*\)\s*$", " ", left
    )  # "Buket uang (jasa rangkai) 50k": the name is before the note
    left = re.sub(
        r"[\s=.…:~>-]+$", " ", left
    )  # "Nasi uduk: 15rb", "Nasi uduk ..... 15rb", "Nasi uduk = 15rb"
    part = re.split(r"(?<!\d),|,(?!\d)|[;:()]|\s-\s", left)[-1]  # "1,5 jam" keeps its decimal comma
    words = part.split()
    while words and words[-1].lower().strip(".,!") in price_words | FILLER:
        words.pop()
    part = " ".join(words)
    verb = list(SELL.finditer(part))
    part = part[verb[-1].end() :] if verb else part
    turns = list(_TURN.finditer(part))
    part = part[turns[-1].end() :] if turns and part[turns[-1].end() :].strip() else part
    part, _ = split_name(LEAD.sub("", title_case(part.strip())))
    part = STOP_AT.split(" " + LEAD.sub("", part.strip()), maxsplit=1)[0]
    words = part.split()
    while words and words[-1].lower().strip(".,!") in price_words:
        words.pop()
    # whole in the menu (head() shortens the headline); a list's bullets are no part of a name
    name = re.sub(r"^[\s,.:;+&!?'\"•·*▪►✓✔-]+|[\s,.:;+&!?'\"•·*▪►✓✔-]+$", "", " ".join(words[-8:]))
    return name if re.search(r"[A-Za-z]", name) and name.lower() not in price_words | NOT_PRODUCT else ""


def head(p: str) -> str:
    """A long product name cut to its head for the headline: before '&'/'dan'/'+'/'atau' when two words lead,
    a name of five words or more ends at a descriptor or after three words ('Jasa pindahan rumah & kost' ->
    'Jasa pindahan rumah', 'Kaos Polos Premium Cotton Combed' -> 'Kaos Polos')."""
    words = p.split()
    for k, w in enumerate(words):
        if k >= 2 and w.lower() in {
            "&",
            "dan",
            "and",
            "+",
            "/",
            "atau",
            "or",
            "sama",
            "serta",
            "with",
            "plus",
        }:
            words = words[:k]
            break
    if len(words) > 4:  # a long Title Case name ends at a descriptor too ("Frozen Food Nugget Ayam Homemade")
        cut = SHOUTED.split(" " + " ".join(words), maxsplit=1)[0].split()
        words = cut if len(cut) >= 2 else words
    if len(words) <= 4:
        return " ".join(words)
    # never split a noun from its proper-noun modifier ("bahasa Inggris", "kopi Gayo"): keep it, or cut before it
    k = 3
    if words[k - 1][:1].islower() and is_cap(words[k]):
        k = 4
    while k > 1 and re.fullmatch(
        r"[\d.,/x-]+", words[k - 1]
    ):  # "Blender portable 6 mata pisau": no bare number last
        k -= 1
    return " ".join(words[:k])


def shared_head(names: list[str]) -> str:
    """The words several item names start with ('Paket Nasi Liwet Komplit ...', 'Paket Nasi Liwet Ikan ...' ->
    'Nasi Liwet'), without variant labels; '' when they share none."""
    split = [LEAD.sub("", n).split() for n in names if n]
    if len(split) < 2 or len(split) < len(names):
        return ""
    k = 0
    while all(len(ws) > k for ws in split) and len({ws[k].lower() for ws in split}) == 1:
        k += 1
    words = split[0][:k]
    while words and words[0].lower() in LABEL:
        words.pop(0)
    return " ".join(words)


def plausible(p: str) -> bool:
    words = p.split()
    return (
        1 <= len(words) <= 6
        and words[0].lower() not in NOT_PRODUCT
        and not all(
            w.lower() in CHANNELS | HONORIFIC for w in re.split(r"[\s/&+]+", p) if w
        )  # "Gofood/grabfood"
        and not re.search(r"[@\x00'\"]|\b\d{3,}\b", p)
        and not words[0][:1].isdigit()
        and not _WHEN.match(words[0])
        and not _NOW.fullmatch(p)
        and not all(w.lower().strip(",.!?") in CHAT | HONORIFIC for w in words)
    )


def chatter(text: str) -> bool:
    """True when every word is a chat word, a greeting or a way to address people ("gaes", "Bunda-bunda")."""
    words = re.findall(r"[\w-]+", text.lower())
    return bool(words) and all(w in CHAT or w in HONORIFIC for w in words)


# "bulan ini cuma 25rb", "now only 85K": a time word before a price names no item
_NOW = re.compile(
    r"(?i)(?:(?:hari|bulan|minggu|pekan|tahun|malam|weekend|akhir\s+pekan)\s+(?:ini|depan)|today|tonight|"
    r"this\s+(?:week|month|weekend|year)|now|sekarang|skrg|kini|saat\s+ini)"
)
_WHEN = re.compile(r"(?i)(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
                   r"senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|weekday|weekend)s?$")  # fmt: skip


__all__ = [
    "chatter",
    "FORM",
    "GENERIC",
    "PACKED",
    "strip_heading",
    "split_name",
    "phrase",
    "item_name",
    "head",
    "shared_head",
    "STAR",
    "VARIANT",
    "trim",
    "plausible",
    "title_case",
    "is_cap",
    "LEAD",
    "STOP_AT",
    "SELL",
    "NOT_PRODUCT",
    "CHANNELS",
    "HONORIFIC",
    "VENUE",
]
