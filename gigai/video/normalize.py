"""Indonesian text normalisation before speech: "Rp 25.000" -> "dua puluh lima ribu rupiah".

Captions keep the written form; only the narration sent to a voice goes through :func:`normalize_id`.
Number words come from ``num2words`` (lang="id"), a maintained library, not a home-made table.

    >>> normalize_id("Cuma Rp 25.000, diskon 10%!")
    'Cuma dua puluh lima ribu rupiah, diskon sepuluh persen!'

Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
"""

from __future__ import annotations

import re

# Chat slang and abbreviations a Gen-Z script uses; keys are lower-case whole words.
SLANG: dict[str, str] = {
    "yg": "yang",
    "gak": "nggak",
    "ga": "nggak",
    "gk": "nggak",
    "tdk": "tidak",
    "dgn": "dengan",
    "dg": "dengan",
    "utk": "untuk",
    "krn": "karena",
    "sdh": "sudah",
    "udh": "udah",
    "blm": "belum",
    "bgt": "banget",
    "dr": "dari",
    "sm": "sama",
    "tp": "tapi",
    "jd": "jadi",
    "bs": "bisa",
    "org": "orang",
    "kalo": "kalau",
    "ongkir": "ongkos kirim",
    "cod": "bayar di tempat",
    "dll": "dan lain-lain",
    "dsb": "dan sebagainya",
    "dst": "dan seterusnya",
    "spt": "seperti",
    "tsb": "tersebut",
    "wa": "WhatsApp",
    "ig": "Instagram",
    "pcs": "biji",
    "kg": "kilogram",
    "gr": "gram",
    "km": "kilometer",
    "jl": "jalan",
    "jln": "jalan",
    "maks": "maksimal",
    "wib": "WIB",
}
_LETTERS = {"wib": "waktu Indonesia barat", "wita": "waktu Indonesia tengah", "wit": "waktu Indonesia timur"}
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
    if scale in ("rb", "ribu", "k"):
        words += " ribu"
    elif scale in ("jt", "juta"):
        words += " juta"
    elif scale in ("m", "miliar"):
        words += " miliar"
    return f"{words} rupiah"


def _date(m: re.Match) -> str:
    d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
    if not 1 <= mo <= 12 or not 1 <= d <= 31:
        return m.group(0)
    y_int = int(y) + (2000 if len(y) == 2 else 0)
    return f"{number_words(d)} {MONTHS[mo - 1]} {number_words(y_int)}"


def _time(m: re.Match) -> str:
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 24 or mi > 59:
        return m.group(0)
    words = f"pukul {number_words(h)}"
    if mi:
        words += f" lewat {number_words(mi)} menit" if mi < 10 else f" {number_words(mi)}"
    zone = m.group(3)
    if zone:
        words += " " + _LETTERS[zone.lower()]
    return words


def normalize_id(text: str) -> str:
    """Turn written Indonesian into speakable words: money, %, dates, times, '3x', slang, emoji.

    Captions keep the original text; this is only for the voice.
    """
    t = strip_emoji(text)
    # Reduplication shorthand "kue2" -> "kue-kue" (before digits become words)
    t = re.sub(r"\b([a-zA-Z]{2,})2\b", r"\1-\1", t)
    # Money: "Rp 25.000", "Rp25rb", "Rp 1,5 juta", "IDR 10.000"
    t = re.sub(
        rf"\b(?:Rp\.?|IDR)\s?(?P<num>{_NUM})\s?(?P<scale>rb|ribu|k|jt|juta|m|miliar)?\b",
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
    t = re.sub(rf"({_NUM})\s?%", lambda m: f"{number_words(_id_number(m.group(1)))} persen", t)
    t = re.sub(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})\b", _date, t)
    t = re.sub(r"\b(\d{1,2}[.:]\d{2})\s?-\s?(\d{1,2}[.:]\d{2})\b", r"\1 sampai \2", t)
    t = re.sub(r"\b(\d{1,2})[.:](\d{2})\b(?:\s?(WIB|WITA|WIT)\b)?", _time, t)
    t = re.sub(r"\b(jam|pukul)\s+pukul\b", "pukul", t, flags=re.IGNORECASE)
    # "3x" -> "tiga kali", "2x24 jam" -> "dua kali dua puluh empat jam"
    t = re.sub(r"\b(\d+)\s?[xX×]\s?(?=\d|\b)", lambda m: f"{number_words(int(m.group(1)))} kali ", t)
    t = re.sub(r"(\d)-(\d)", r"\1 sampai \2", t)
    t = re.sub(r"(?<=\w)-(?=\w)(?!\d)", "-", t)
    # Ordinals "ke-2" -> "kedua"
    t = re.sub(r"\bke-?(\d+)\b", lambda m: "ke" + number_words(int(m.group(1))).replace("satu", "satu"), t)
    t = re.sub(rf"\b{_NUM}\b", lambda m: number_words(_id_number(m.group(0))), t)
    # Symbols
    t = t.replace("&", " dan ").replace("+", " plus ").replace("@", " at ").replace("#", " tagar ")

    def _word(m: re.Match) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _LETTERS:
            return _LETTERS[low]
        return SLANG.get(low, word)

    t = re.sub(r"\b[A-Za-z]+\b", _word, t)
    return re.sub(r"\s{2,}", " ", t).strip()


__all__ = ["normalize_id", "number_words", "strip_emoji", "drawable", "SLANG"]
