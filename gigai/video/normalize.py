"""Indonesian text normalisation before speech: "Rp 25.000" -> "dua puluh lima ribu rupiah".

Captions keep the written form; only the narration sent to a voice goes through :func:`normalize_id`.
Number words come from ``num2words`` (lang="id"), a maintained library, not a home-made table.

Ranges and dates: a dash between two numbers is "sampai" ("75-120rb" -> "tujuh puluh lima sampai seratus dua
puluh ribu"; a price range says "rupiah" once, at the end). A day/month "12/1" is a date ("dua belas Januari")
when a date word stands just before it (tgl, s/d, sampai, ditutup, sebelum, deadline, PO, berlaku, a day name);
otherwise "1/2", "1/4", "3/4", "1/3", "2/3" stay fractions ("setengah"), and any other valid day/month is a date
unless a unit or measure word follows it ("3/5 bagian" -> "tiga per lima bagian").

    >>> normalize_id("Cuma Rp 25.000, diskon 10%!")
    'Cuma dua puluh lima ribu rupiah, diskon sepuluh persen!'

Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip

# Emoji and pictographs: spoken as nothing (or a word for a few common ones), never drawn as boxes.
EMOJI_WORDS = {"🔥": "", "❤️": "", "❤": "", "✨": "", "😍": "", "👉": "", "💯": "", "🎉": ""}
_EMOJI_RE = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\U00002b00-\U00002bff"
    "\U0000fe0f\U0000200d\U000020e3\U0001f1e6-\U0001f1ff]+"
)


def number_words(n: int | float | str) -> str:
    """Say a number in Indonesian: ``number_words(1500)`` -> ``'seribu lima ratus'``."""
    from num2words import num2words

    if isinstance(n, str):
        n = float(n) if "." in n else int(n)
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    if isinstance(n, float):
        whole, frac = f"{n}".split(".")
        return f"{num2words(int(whole), lang='id')} koma " + " ".join(
            num2words(int(d), lang="id") for d in frac
        )
    return num2words(n, lang="id")


def strip_emoji(text: str) -> str:
    """Remove emoji and pictographs (no font here draws them); keep the rest of the text as written."""
    for emo, word in EMOJI_WORDS.items():
        text = text.replace(emo, f" {word} " if word else " ")
    text = _EMOJI_RE.sub(" ", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def drawable(text: str) -> str:
    """Keep only what the bundled Latin font can draw (emoji, CJK, control characters removed)."""
    text = strip_emoji(text)
    keep = []
    for ch in text:
        o = ord(ch)
        if ch in "\n\t" or (0x20 <= o < 0x7F) or (0xA0 <= o < 0x250) or (0x2010 <= o <= 0x2044) or ch in "€₹":
            keep.append(ch)
        else:
            keep.append(" ")
    return re.sub(r"[ \t]{2,}", " ", "".join(keep)).strip()


def _id_number(token: str) -> float | int:
    """Parse an Indonesian-written number: '25.000' -> 25000, '2,5' -> 2.5, '1.250.000' -> 1250000."""
    token = token.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", token):
        token = token.replace(".", "")
    token = token.replace(",", ".")
    value = float(token)
    return int(value) if value.is_integer() else value


_NUM = r"\d+(?:[.,]\d+)*"


def _money(m: re.Match) -> str:
    value = _id_number(m.group("num"))
    scale = (m.group("scale") or "").lower()
    words = number_words(value)
    words += " " + _scale_word(scale, m.group(0), m.group("num"))
    return f"{words.strip()} rupiah"


def _scale_word(scale: str, written: str, num: str) -> str:
    """K is 'ribu'; M is 'juta' when written the English way ('IDR 3.5M', '3.5M'), 'miliar' the Indonesian way
    ('Rp 1,2M', where M stands for miliar); B/bn/miliar is always 'miliar'."""
    scale = scale.lower()
    if scale in ("rb", "ribu", "k"):
        return "ribu"
    if scale in ("jt", "juta", "mn", "mio", "million"):
        return "juta"
    if scale == "m":
        english = written.lower().startswith("idr") or bool(re.fullmatch(r"\d+\.\d{1,2}", num))
        return "juta" if english else "miliar"
    if scale in ("b", "bn", "miliar", "milyar", "billion"):
        return "miliar"
    return ""


def _date(m: re.Match) -> str:
    d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
    if not 1 <= mo <= 12 or not 1 <= d <= 31:
        return m.group(0)
    y_int = int(y) + (2000 if len(y) == 2 else 0)
    return f"{number_words(d)} {MONTHS[mo - 1]} {number_words(y_int)}"


def _period(h: int) -> str:
    """The part of the day people name with an hour: 'pagi', 'siang', 'sore', 'malam'."""
    return "pagi" if 3 <= h <= 10 else "siang" if h <= 14 and h >= 11 else "sore" if 15 <= h <= 18 else "malam"


def clock(h: int, mi: int = 0, *, period: bool = True) -> str:
    """A time the everyday way: 22.00 -> 'sepuluh malam', 12.30 -> 'setengah satu siang' (no 'pukul', no zone)."""
    twelve = h % 12 or 12
    if mi == 30:
        words = f"setengah {number_words(twelve % 12 + 1)}"
    elif mi:
        words = f"{number_words(twelve)} lewat {number_words(mi)}"
    else:
        words = number_words(twelve)
    return f"{words} {_period(h)}" if period else words


def _time(m: re.Match) -> str:
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 24 or mi > 59:
        return m.group(0)
    return clock(h % 24, mi)


def _time_range(m: re.Match) -> str:
    """'10.00-22.00' -> 'sepuluh pagi sampai sepuluh malam'; '08.00-11.00' -> 'delapan sampai sebelas pagi'."""
    h1, m1, h2, m2 = (int(x) for x in m.group(1, 2, 3, 4))
    if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59:
        return m.group(0)
    same = _period(h1 % 24) == _period(h2 % 24)
    return f"{clock(h1 % 24, m1, period=not same)} sampai {clock(h2 % 24, m2)}"


DIGITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_SIZE = r"(?:[2-5]XL|X{0,3}[SL]|M)"  # a clothing size: S, M, L, XS, XL, XXL, 2XL ...
PRONOUNCE: dict[str, str] = {}  # participants' own additions win over the bundled table


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    data = json.loads((Path(__file__).with_name("pronunciation.json")).read_text(encoding="utf-8"))
    return {k.lower(): v for k, v in data.items() if not k.startswith("_")}


def pronunciations() -> dict[str, str]:
    """The pronunciation table (bundled data + :data:`PRONOUNCE`), lower-case keys."""
    return {**_table(), **{k.lower(): v for k, v in PRONOUNCE.items()}}


def digits(s: str) -> str:
    """Digit by digit: '0812' -> 'nol delapan satu dua'."""
    return " ".join(DIGITS[int(c)] for c in s if c.isdigit())


def _phone(m: re.Match, say: Callable[[str], str] = digits) -> str:
    raw = m.group(0)
    plus = raw.startswith("+")
    groups = [g for g in re.split(r"[\s.()-]+", raw.lstrip("+")) if g]
    if plus and len(groups) > 1 and groups[0] == "62":
        groups = ["62", *groups[1:]]
    if len(groups) == 1:  # "081222334455": groups of four from the left, as people read them out
        g = groups[0]
        if plus or g.startswith("62"):
            groups = [g[:2], g[2:5], *[g[i : i + 4] for i in range(5, len(g), 4)]]
        else:
            groups = [g[i : i + 4] for i in range(0, len(g), 4)]
    words = ", ".join(say(g) for g in groups)
    return ("plus " if plus else "") + words + ","


_MARKS_ID = {".": "titik", "/": "garis miring", "_": "garis bawah", "-": "strip"}


def _spell_name(name: str, marks: dict[str, str] = _MARKS_ID, say: Callable[[str], str] = digits) -> str:
    """A handle or domain as said aloud: dots 'titik', slashes 'garis miring', digits one by one."""
    out = []
    for part in re.split(r"([./_-])", name):
        if part in marks:
            out.append(marks[part])
        elif part:
            out.append(re.sub(r"\d+", lambda d: " " + say(d.group(0)) + " ", part).strip())
    return " ".join(x for x in out if x)


def _url(m: re.Match, marks: dict[str, str] = _MARKS_ID, say: Callable[[str], str] = digits, www_said: str = "we we we") -> str:
    u = re.sub(r"^https?://", "", m.group(0), flags=re.IGNORECASE).rstrip("/")
    www = u.lower().startswith("www.")
    body = _spell_name(u[4:] if www else u, marks, say)
    return (f"{www_said} {marks['.']} " if www else "") + body


_TLD = r"(?:id|com|co\.id|my\.id|biz\.id|web\.id|net|org|shop|store|link|me|xyz)"
_URL_RE = re.compile(
    rf"\b(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.{_TLD}(?:/[\w./-]*[\w/])?(?![\w.])",
    re.IGNORECASE,
)
_HANDLE_RE = re.compile(r"(?<![\w.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)")
_PHONE_RE = re.compile(r"(?<![\w+])(?:\+62\s?|62|0)8\d{1,2}(?:[ .-]?\d{2,5}){1,4}(?!\d)"
                       r"|(?<![\w+])\(?0\d{2,3}\)?[ -]\d{3,4}[ -]?\d{3,5}(?!\d)")  # fmt: skip
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
_UNITS = {
    "kg": "kilogram", "gr": "gram", "g": "gram", "gram": "gram", "ons": "ons", "mg": "miligram",
    "ml": "mililiter", "l": "liter", "lt": "liter", "ltr": "liter", "liter": "liter", "cc": "ce ce",
    "cm": "sentimeter", "mm": "milimeter", "m": "meter", "km": "kilometer", "m2": "meter persegi",
    "m²": "meter persegi", "pcs": "biji", "pc": "biji", "mbps": "megabit per detik", "gb": "giga",
    "mb": "mega", "kb": "kilo", "mah": "mili ampere jam", "w": "watt", "watt": "watt", "inch": "inci",
}  # fmt: skip
_FRACTIONS = {"1/2": "setengah", "1/4": "seperempat", "3/4": "tiga perempat", "1/3": "sepertiga", "2/3": "dua pertiga"}


# A d/m written the Indonesian way ("ditutup 12/1") is a date when a date word stands just before it; a
# common fraction ("1/2", "3/4") stays a fraction otherwise; any other valid d/m is a date unless a unit or
# a measure word follows it ("3/5 bagian" stays "tiga per lima"). The module docstring states the rule.
_DATE_WORDS = re.compile(
    r"(?i)\b(?:tgl\.?|tanggal|s/d|s\.d\.?|sd|sampai|sampe|hingga|until|ditutup|tutup|dibuka|buka|mulai|sebelum|"
    r"setelah|deadline|batas|po|pre-order|berlaku|periode|libur|kirim|dikirim|tiba|per|closing|close|open|"
    rf"{_DAY[3:-1]})\W*$"
)
_MEASURE_AFTER = re.compile(
    r"(?i)^\s*(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
    + r"|pk|porsi|gelas|cup|potong|bagian|lusin|kodi|sdm|sdt|sendok|bungkus|botol|ekor|buah|kali|jam|hari|"
    r"bulan|tahun|dari|resep|harga|ukuran|kilo|ons|meter|liter|inci)(?!\w)"
)


def _day_month(m: re.Match, before: str, after: str) -> str:
    """'12/1' -> 'dua belas Januari' as a date, 'setengah' as a common fraction, else left for later rules."""
    d, mo = int(m.group(1)), int(m.group(2))
    frac = _FRACTIONS.get(m.group(0))
    left = (before + " " + m.string[: m.start()])[-40:]
    right = m.string[m.end() :] + " " + after
    valid = 1 <= d <= 31 and 1 <= mo <= 12
    if valid and _DATE_WORDS.search(left.rstrip()) and not (frac and _MEASURE_AFTER.match(right)):
        return f"{number_words(d)} {MONTHS[mo - 1]}"
    if frac:
        return frac
    if valid and not _MEASURE_AFTER.match(right) and not re.match(r"\s*[-–]\s*\d", right):
        return f"{number_words(d)} {MONTHS[mo - 1]}"
    return m.group(0)


def _range_dash(t: str) -> str:
    """A dash between two numbers is 'sampai': '75-120rb', '28 - 43', '1/2-1 PK', 'Rp 20.000 - 35.000'."""
    num = rf"(?:\d{{1,2}}/\d{{1,2}}|{_NUM})"
    scale = r"(?:\s?(?:rb|ribu|k|jt|juta))?"
    return re.sub(
        rf"(?:(?<=Rp)|(?<=Rp\.)|(?<=IDR)|(?<![\w/.,-]))({num}{scale})\s?[-–]\s?(?=(?:Rp\.?\s?)?{num}(?![-–/]\d)(?!\d))",
        r"\1 sampai ",
        t,
        flags=re.IGNORECASE,
    )


def _money_range(m: re.Match) -> str:
    """'Rp 20.000 sampai 35.000' -> 'dua puluh ribu sampai tiga puluh lima ribu rupiah' (one 'rupiah')."""
    scales = {"rb": " ribu", "ribu": " ribu", "k": " ribu", "jt": " juta", "juta": " juta"}
    s1, s2 = (m.group("s1") or "").lower(), (m.group("s2") or "").lower()
    a = number_words(_id_number(m.group("a"))) + scales.get(s1, "")
    if not s1 and s2:  # "Rp 20-35rb": the scale said once, at the end
        a = number_words(_id_number(m.group("a")))
    b = number_words(_id_number(m.group("b"))) + scales.get(s2, "")
    return f"{a} sampai {b} rupiah"


def _hm(m: re.Match) -> str:
    sign = "min" if m.group(2) == "-" else "plus"
    return f"{m.group(1).upper()} {sign} {number_words(int(m.group(3)))}"


def normalize_id(text: str, *, before: str = "", after: str = "") -> str:
    """Turn written Indonesian into speakable words: money, %, dates, times, phones, handles, URLs, slang.

    Captions keep the original text; this is only for the voice. ``before``/``after``: the written words around
    ``text`` when it is one caption token (they decide whether "12/1" is a date or "1/2" a fraction).
    """
    t = strip_emoji(text)
    # Contact details first: phone numbers digit by digit in groups, handles and URLs as said aloud.
    t = _PHONE_RE.sub(_phone, t)
    t = _URL_RE.sub(_url, t)
    # "@" before a price is "each" ("Donat @5rb", "isi 6 @ Rp3.000"), not a handle
    t = re.sub(r"(?<![\w.])@\s?(?=(?:Rp\.?|IDR)\s?\d|\d[\d.,]*\s?(?:rb|ribu|k|jt|juta)?(?![\w@]))", "masing-masing ",
               t, flags=re.IGNORECASE)  # fmt: skip
    t = _HANDLE_RE.sub(lambda m: "et " + _spell_name(m.group(1)), t)
    # Clothing sizes: "S-XL" is "S sampai XL", "M/L" is "M atau L" (the sizes' sounds are in the pronunciation data)
    t = re.sub(rf"(?<![\w/-])({_SIZE})\s?(?:-|–|s/d|s\.d\.?|sd|sampai|to)\s?({_SIZE})(?![\w/-])", r"\1 sampai \2", t,
               flags=re.IGNORECASE)  # fmt: skip
    t = re.sub(rf"(?<![\w/-])({_SIZE})/({_SIZE})(?![\w/-])", r"\1 atau \2", t)
    t = re.sub(r"\b24\s?/\s?7\b", "dua puluh empat jam, tujuh hari", t)
    t = _range_dash(t)
    t = re.sub(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)", lambda m: _day_month(m, before, after), t)
    # "H-1" (one day before), "H+3"
    t = re.sub(r"\b([HhDd])\s?([-+])\s?(\d{1,3})\b", _hm, t)
    # Day ranges "Senin-Sabtu", "Senin s/d Jumat"; "s.d." anywhere means "sampai"
    t = re.sub(rf"\b({_DAY})\s?(?:-|–|s/d|s\.d\.?|sd)\s?({_DAY})\b", r"\1 sampai \2", t, flags=re.IGNORECASE)
    t = re.sub(r"(?<!\w)(?:s/d|s\.d\.)(?!\w)", "sampai", t, flags=re.IGNORECASE)
    # Reduplication shorthand "kue2" -> "kue-kue" (before digits become words)
    t = re.sub(r"\b(?!(?i:rp|idr)2)([a-zA-Z]{2,})2\b(?![.,]\d)", r"\1-\1", t)
    t = re.sub(r"(\d),-", r"\1", t)  # "Rp 18.000,-"
    # "-an" after an amount is said on its last word: "50rb-an" -> "lima puluh ribuan", "90-an" -> "sembilan puluhan"
    t = re.sub(
        rf"(?<![\w.,])(?:(?:Rp\.?|IDR)\s?)?({_NUM}(?:\s?(?:rb|ribu|k|jt|juta))?)-an\b",
        lambda m: normalize_id(m.group(1)).removesuffix(" rupiah") + "an",
        t,
        flags=re.IGNORECASE,
    )
    # A price range: "Rp 20.000 - 35.000", "Rp 150rb - 200rb" (the dash is already "sampai")
    t = re.sub(
        rf"\b(?:Rp\.?|IDR)\s?(?P<a>{_NUM})(?:\s?(?P<s1>rb|ribu|k|jt|juta)\b)?\s?sampai\s?(?:(?:Rp\.?|IDR)\s?)?"
        rf"(?P<b>{_NUM})(?:\s?(?P<s2>rb|ribu|k|jt|juta)\b)?",
        _money_range,
        t,
        flags=re.IGNORECASE,
    )
    # Money: "Rp 25.000", "Rp25rb", "Rp 1,5 juta", "IDR 10.000"
    t = re.sub(
        rf"\b(?:Rp\.?|IDR)\s?(?P<num>{_NUM})(?:\s?(?P<scale>rb|ribu|k|jt|juta|m|mn|b|bn|miliar|milyar))?\b",
        _money,
        t,
        flags=re.IGNORECASE,
    )
    # "25rb", "10k" without Rp
    t = re.sub(
        rf"\b(?P<num>{_NUM})\s?(?P<scale>rb|k|jt)\b",
        lambda m: (
            number_words(_id_number(m.group("num")))
            + {"rb": " ribu", "k": " ribu", "jt": " juta"}[m.group("scale").lower()]
        ),
        t,
        flags=re.IGNORECASE,
    )
    # "3.5M" (English notation: juta), "1.2B" / "2bn" (miliar) without a currency
    t = re.sub(r"\b(?P<num>\d+\.\d{1,2}|\d+)\s?(?P<scale>B|bn|(?<=\.\d)M|(?<=\.\d\d)M)\b",
               lambda m: f"{number_words(_id_number(m.group('num')))} {_scale_word(m.group('scale'), '', m.group('num'))}",
               t)  # fmt: skip
    # "50% off" is said "diskon lima puluh persen" (and "diskon 30% off" not "diskon diskon")
    t = re.sub(rf"(?i)(?:\b(?:diskon|disc|discount)\s?)?({_NUM})\s?%\s?off\b", r"diskon \1%", t)
    t = re.sub(rf"({_NUM})\s?%", lambda m: f"{number_words(_id_number(m.group(1)))} persen", t)
    # "10.000+ pembeli" -> "lebih dari sepuluh ribu pembeli"
    t = re.sub(
        rf"\b({_NUM})\s?\+(?![\d\w])", lambda m: f"lebih dari {number_words(_id_number(m.group(1)))}", t
    )
    t = re.sub(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})\b", _date, t)
    # Promo dates "12.12", "9.9": the same number twice is a shopping day, not a clock time
    t = re.sub(r"\b(\d{1,2})\.(\d{1,2})\b(?![.,]?\d)",
               lambda m: f"{number_words(int(m.group(1)))} {number_words(int(m.group(1)))}"
               if m.group(1) == m.group(2) and 1 <= int(m.group(1)) <= 12 else m.group(0), t)  # fmt: skip
    # Times the everyday way: "10.00-22.00 WIB" -> "sepuluh pagi sampai sepuluh malam" (the zone goes unsaid)
    zone = r"(?:\s?(?:WIB|WITA|WIT)\b)?"
    t = re.sub(rf"\b(\d{{1,2}})[.:](\d{{2}})\s?(?:-|–|sampai|sampe|s/d)\s?(\d{{1,2}})[.:](\d{{2}})\b{zone}", _time_range, t)
    t = re.sub(rf"\b(\d{{1,2}})[.:](\d{{2}})\b{zone}", _time, t)
    # "jam 8 pagi - 10 malam": the dash after a part of the day is "sampai"
    t = re.sub(r"\b(pagi|siang|sore|malam|malem)\s?[-–]\s?(?=\d)", r"\1 sampai ", t, flags=re.IGNORECASE)
    # "3x" -> "tiga kali", "2x24 jam" -> "dua kali dua puluh empat jam"
    t = re.sub(r"\b(\d+)\s?[xX×]\s?(?=\d|\b)", lambda m: f"{number_words(int(m.group(1)))} kali ", t)
    # Units: "500gr" -> "lima ratus gram", "2,5 kg", "1L"
    t = re.sub(
        rf"\b({_NUM})\s?({'|'.join(sorted(map(re.escape, _UNITS), key=len, reverse=True))})(?![\w²])",
        lambda m: f"{number_words(_id_number(m.group(1)))} {_UNITS[m.group(2).lower()]}",
        t,
        flags=re.IGNORECASE,
    )
    t = re.sub(r"(\d)-(\d)", r"\1 sampai \2", t)
    # Ordinals "ke-2" -> "kedua"
    t = re.sub(r"\bke-?(\d+)\b", lambda m: "ke" + number_words(int(m.group(1))), t)
    t = re.sub(r"\bno\.\s?(\d)", r"nomor \1", t, flags=re.IGNORECASE)
    t = re.sub(r"\bmin\.\s?(?=\w)", "minimal ", t, flags=re.IGNORECASE)
    t = re.sub(r"\bjln?\.\s?", "jalan ", t, flags=re.IGNORECASE)
    t = re.sub(rf"\b{_NUM}\b", lambda m: number_words(_id_number(m.group(0))), t)
    # Symbols
    t = re.sub(r"(?<=[A-Za-z])/(?=[A-Za-z])", " per ", t)
    t = t.replace("&", " dan ").replace("+", " plus ").replace("@", " et ").replace("#", " tagar ")

    table = pronunciations()
    keys = sorted(table, key=len, reverse=True)
    t = re.sub(
        r"(?<![\w-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])",
        lambda m: table[m.group(0).lower()],
        t,
        flags=re.IGNORECASE,
    )
    t = re.sub(r",\s*(?=[.!?;:])", "", t)  # a phone's closing comma before a full stop
    return re.sub(r"\s{2,}", " ", t).strip().rstrip(",")


__all__ = [
    "normalize_id",
    "number_words",
    "strip_emoji",
    "drawable",
    "digits",
    "pronunciations",
    "clock",
    "PRONOUNCE",
]
