"""The facts in a client's message, found before anything else is read: prices, discounts, dates, times,
phones, handles, URLs, addresses.

    >>> [(e.kind, e.text) for e in entities("Croffle Rp15.000/porsi s/d 31 Des, WA 0812-2233-4455")]
    [('price', 'Rp15.000/porsi'), ('deadline', 's/d 31 Des'), ('phone', '0812-2233-4455')]

Every fact has a span, so the reader can mask it before cutting the message into clauses (a price's dot or a
URL's dot is never a sentence end) and can tell a product phrase from an address, a name, or an offer.
Used in: Lab 6, Lab 7 (video).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Kinds a video must keep (or plan() must name): see FACT_KINDS.
FACT_KINDS = (
    "price",
    "percent",
    "deal",
    "deadline",
    "lead",
    "date",
    "hours",
    "time",
    "phone",
    "handle",
    "url",
)

_MONTH = (r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|"
          r"January|February|March|May|June|July|August|October|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Agst|Aug|Sep|Sept|Okt|Oct|Nov|Des|Dec)\.?")  # fmt: skip
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
_UNIT_WORDS = (r"kg|kilo|gram|gr|ons|liter|ltr|pcs|pc|biji|buah|porsi|box|dus|bungkus|pack|pak|botol|cup|gelas|"
               r"loyang|toples|paket|pax|orang|org|anak|kepala|sesi|jam|hari|malam|minggu|bulan|bln|tahun|thn|th|"
               r"meter|m|m2|lembar|unit|ekor|potong|item|lusin|kodi|set|pasang|kamar|pertemuan|kali|visit|lokasi|"
               r"kursi|meja|titik|lusin|roll|rim|pot|tangkai|ikat|kilogram|km|trip|pp|perjalanan|mobil|motor")  # fmt: skip
_UNIT = r"(?:\s?/\s?(?:\d{1,4}\s?)?[a-z]{1,10}(?:\b|[²³](?!\w))|\s(?:per|/)\s?[a-z]{2,12}\b)?"  # "/porsi", "/500gr", "per dudukan"
_PERIOD = r"(?:pagi|siang|sore|malam|malem)"
_RANGE = r"\s*(?:-|–|s/d|s\.d\.?|sampai|sampe|hingga)\s*"
_SCALE = r"(?:rb|ribu|k|K|jt|juta|jeti)"
_NUM = r"\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?"
# money said in words: "goceng", "ceban", "lima ribu", "dua puluh ribu", "sejuta"
_SLANG = (
    r"goceng|gocap|ceban|cepek|gopek|noceng|seceng|seribu|sejuta|(?:(?:dua|tiga|empat|lima|enam|tujuh|delapan|"
    r"sembilan)(?:\s+(?:puluh|ratus))?(?:\s+(?:lima|ribu|rebu))?|sepuluh|sebelas|seratus)\s+(?:ribu|rebu|juta)(?:an)?"
)

_PATTERNS: list[tuple[str, str]] = [
    ("handle", r"(?<![\w.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"),
    (
        "url",
        r"(?<![@\w.])https?://[\w-]+(?:\.[\w-]+)+(?:/[\w./?=&%#-]*[\w/])?"  # any address with its scheme
        r"|(?<![@\w.])(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:co\.id|my\.id|web\.id|biz\.id|id|com|co|net|org|shop|"
        r"store|link|me|ly|io|app|site|ee|xyz|page|gl)(?:/[\w./?=&%-]*[\w/])?(?![\w@])",
    ),
    (
        "phone",
        r"(?<![\w+/])(?:\+62[\s.-]?|62|0)8\d{1,2}(?:[\s.-]?\d{2,5}){2,4}(?!\d)"
        r"|(?<![\w+])\(?0\d{2,3}\)?[\s.-]?\d{3,4}[\s.-]?\d{2,5}(?!\d)",
    ),
    # "10.00-21.00", "jam 8 pagi - 10 malam", "10 pagi sampe 9 malem", "Senin-Jumat 08.00-17.00 WIB"
    (
        "hours",
        rf"(?:(?:setiap hari|tiap hari|{_DAY}(?:\s?(?:-|–|s/d|s\.d\.?|sampai|sampe|&|dan)\s?{_DAY})?)[,:]?\s*)?"
        rf"(?:\d{{1,2}}[.:]\d{{2}}{_RANGE}\d{{1,2}}[.:]\d{{2}}"
        rf"|(?:jam|pukul|pkl\.?)\s*\d{{1,2}}(?:[.:]\d{{2}})?(?:\s*{_PERIOD})?{_RANGE}\d{{1,2}}(?:[.:]\d{{2}})?"
        rf"|\d{{1,2}}(?:[.:]\d{{2}})?\s*{_PERIOD}{_RANGE}\d{{1,2}}(?:[.:]\d{{2}})?"
        rf"|\d{{1,2}}(?:[.:]\d{{2}})?\s?[ap]\.?m\.?\s*(?:-|–|to|until|till)\s*\d{{1,2}}(?:[.:]\d{{2}})?\s?[ap]\.?m\b)"
        rf"(?:\s*(?:WIB|WITA|WIT|{_PERIOD})\b)?(?=\W|$)",
    ),
    # a deadline: "s/d 31 Des", "sampai tgl 15 Jan", "sebelum 31 Jan", "s/d akhir Des", "sampai akhir bulan ini"
    (
        "deadline",
        rf"(?:s/d|s\.d\.?|sd|sampai|sampe|hingga|sebelum|sblm|sblum|berlaku(?:\s+(?:sampai|s/d|hingga))?|until|till|"
        rf"paling lambat|maks(?:imal)?|deadline|batas|(?:di)?tutup|closed?|last order|terakhir)"
        rf"(?:\s+(?:po|order|pemesanan|pendaftaran|daftar|pre-?order))?\s+"
        rf"(?:(?:tgl|tanggal)\.?\s*)?"
        rf"(?:\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?\s+{_MONTH}(?:\s+\d{{4}})?|\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?"
        rf"|(?:akhir|end of(?: the)?)\s+(?:{_MONTH}|bulan(?:\s+ini)?|tahun(?:\s+ini)?|minggu(?:\s+ini)?|pekan(?:\s+ini)?"
        rf"|(?:this\s+)?(?:month|week|year))|(?:hari\s+)?{_DAY}(?:\s+(?:ini|depan))?|H\s?[-+]\s?\d{{1,2}})(?!\w)",
    ),
    # a lead time: "Order H-3", "pesan H-2", "kirim H+1"
    ("lead", r"(?<![\w-])H\s?[-+]\s?\d{1,2}(?!\d)"),
    (
        "date",
        rf"(?:(?:tgl|tanggal)\.?\s*)?\b\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?\s+{_MONTH}(?:\s+\d{{4}})?(?!\w)"
        r"|(?:tgl|tanggal)\.?\s*\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\b",
    ),
    (
        "time",
        r"\b(?:jam|pukul|pkl\.?)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:pagi|siang|sore|malam|malem|WIB|WITA|WIT))?\b"
        r"|\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b",
    ),
    (
        "deal",
        r"\b(?:beli\s+\d+\s+gratis\s+\d+|buy\s*\d+\s*get\s*\d+|(?:free|gratis)\s+ongkir|bogo|"
        r"promo\s+\d{1,2}\.\d{1,2}(?!\d))\b",
    ),
    (
        "percent",
        r"(?:\b(?:diskon|disc|potongan|dp|cashback|hemat)\s*(?:s/d|s\.d\.?|sampai|hingga|up to|sd)?\s*)?"
        r"\d{1,3}(?:[.,]\d)?\s?%(?:\s?off\b)?",
    ),
    # money: "Rp15.000/porsi", "25rb", "40K", "Rp1,5jt", "2.500/pcs" (thousands without Rp need a unit)
    (
        "price",
        rf"(?:(?:Rp\.?|IDR)\s?)?(?:{_NUM})(?:\s?{_SCALE})?\s?(?:-|–|s/d)\s?(?:(?:Rp\.?|IDR)\s?)?(?:{_NUM})"
        rf"(?:\s?{_SCALE}\b)?(?:,-)?{_UNIT}"  # a range: "75-120rb", "Rp 20.000 - 35.000"
        rf"|(?:Rp\.?|IDR)\s?(?:{_NUM})(?:\s?(?:{_SCALE}|M|mio|miliar|milyar)\b)?(?:,-)?{_UNIT}"  # "IDR 3.5M"
        rf"|\b(?:{_SLANG})\b{_UNIT}"
        # a bare amount in a price list ("Nasi uduk 15.000", "harga 15000")
        rf"|\b\d{{1,3}}(?:\.\d{{3}})+(?:,-)?(?=\s*(?:$|[,;!?)\n]|\.(?:\s|$)|(?:aja|saja|ya|kak|dan|and|&)\b))"
        rf"|(?:(?<=harga\s)|(?<=cuma\s)|(?<=hanya\s)|(?<=mulai\s)|(?<=only\s)|(?<=seharga\s))\d{{4,7}}\b(?:,-)?"
        rf"|\b(?:{_NUM})\s?{_SCALE}\b{_UNIT}|\b\d{{1,3}}(?:\.\d{{3}})+(?:,-)?(?:\s?/\s?(?:{_UNIT_WORDS})\b|\s(?:per)\s(?:{_UNIT_WORDS})\b)",
    ),
    (
        "address",
        r"(?:\b(?:alamat|lokasi|lokasinya|alamatnya)\s*:?\s*)?\b(?:Jl|Jln|Jalan|Perum|Perumahan|Komplek|Kompleks|Gg|Gang|Ruko)\b\.?"
        r"[^\n.,!?]*(?:\.\s?\d+[^\n.,!?]*)?"
        r"|(?<!\d\s)\b(?:alamat|lokasi)(?:nya)?(?:\s*:\s*|\s+(?=[A-Z]|di\b|depan|dekat|sebelah|belakang|samping|seberang))[^\n.!?]+",
    ),
]
_COMPILED = [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _PATTERNS]


@dataclass(frozen=True)
class Entity:
    """One fact: its kind, the text as written, and where it sits in the message."""

    kind: str
    text: str
    start: int
    end: int


def entities(text: str) -> list[Entity]:
    """Every fact in ``text``, in order, none overlapping (earlier kinds in the table win a tie)."""
    taken: list[tuple[int, int]] = []
    found: list[Entity] = []
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            a, b = m.span()
            raw = m.group(0)
            stripped = raw.rstrip(" ,.;:!?-")
            if kind == "price" and raw[len(stripped) :].startswith(",-"):  # "Rp 28.000,-." keeps its ",-"
                stripped += ",-"
            b = a + len(stripped)
            a += len(stripped) - len(stripped.lstrip(" ,.;:"))
            clash = [x for x, y in taken if a < y and x < b]
            if clash and min(clash) > a and (short := rx.match(text, a, min(clash))):
                # "225rb s/d 15 Des": the range "225rb s/d 15" runs into the deadline, the price alone stands
                stripped = short.group(0).rstrip(" ,.;:!?-")
                b = a + len(stripped)
                clash = []
            if b <= a or clash:
                continue
            if kind == "price" and not _money_like(stripped):
                continue
            if kind == "deadline" and re.search(
                rf"(?i){_DAY}\s*$", text[:a]
            ):  # "Senin sampai Sabtu": days open
                continue
            taken.append((a, b))
            found.append(Entity(kind, text[a:b], a, b))
    return sorted(found, key=lambda e: e.start)


def _money_like(s: str) -> bool:
    """'3 pcs' is a quantity, '25rb' money; a bare '1/2' or '24 jam' never reaches here."""
    return bool(
        re.search(
            rf"(?i)rp|idr|\d\s?(?:rb|ribu|k|jt|juta|jeti)\b|\d\.\d{{3}}|^(?:{_SLANG})\b|^\d{{4,7}}(?:,-)?$", s
        )
    )


def amount(price: str) -> float | None:
    """'Rp95rb' -> 95000, 'IDR 1.5jt' -> 1500000, 'Rp120.000' -> 120000; None for money said in words."""
    m = re.search(
        r"(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?)\s?(rb|ribu|k|jt|juta|jeti|mio|miliar|milyar|m)?\b",
        price,
        re.I,
    )
    if not m:
        return None
    num = m.group(1)
    x = (
        float(re.sub(r"[.,]", "", num))
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", num)
        else float(num.replace(",", "."))
    )
    # "IDR 3.5M" in English is millions; "Rp 1,2M" in Indonesian is miliar
    m_scale = 1e6 if re.match(r"(?i)idr", price.strip()) else 1e9
    scales = {
        "rb": 1e3,
        "ribu": 1e3,
        "k": 1e3,
        "jt": 1e6,
        "juta": 1e6,
        "jeti": 1e6,
        "mio": 1e6,
        "m": m_scale,
        "miliar": 1e9,
        "milyar": 1e9,
    }
    return x * scales.get((m.group(2) or "").lower(), 1)


def facts(text: str) -> list[str]:
    """The facts a video must keep from ``text`` (prices, discounts, deals, dates, times, contacts), as written."""
    out: list[str] = []
    for e in entities(text):
        if e.kind in FACT_KINDS and e.text.lower() not in {x.lower() for x in out}:
            out.append(e.text)
    return out


def mask(text: str, found: list[Entity] | None = None) -> str:
    """``text`` with every fact replaced by a same-length placeholder (dots inside facts no longer split)."""
    found = entities(text) if found is None else found
    chars = list(text)
    for e in found:
        chars[e.start : e.end] = ["\x00"] * (e.end - e.start)
    return "".join(chars)


def fact_key(s: str) -> str:
    """A comparison key: case, spacing and 'per' vs '/' do not matter ('Rp 15.000 per porsi' = 'rp15.000/porsi')."""
    s = re.sub(r"\s+per\s+", "/", s.lower().replace(",-", ""))  # "Rp 28.000,-" = "Rp 28.000"
    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r"\b(?:rp|idr)\.?\s*", "rp", s)  # "IDR 55K" said as "Rp 55K" is the same money
    return re.sub(r"\s+", " ", s).strip(" .,!?")


def mentions(text: str, fact: str) -> bool:
    """True when ``text`` says ``fact`` as a whole ('15rb' does not mention '5rb')."""
    return re.search(r"(?<![\w.,])" + re.escape(fact_key(fact)) + r"(?![\w])", fact_key(text)) is not None


__all__ = ["Entity", "entities", "amount", "facts", "mask", "fact_key", "mentions", "FACT_KINDS"]
