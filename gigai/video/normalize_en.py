"""English text normalisation before speech, for a storyboard whose language is "en".

"IDR 350K" -> "three hundred fifty thousand rupiah", "50% off" -> "fifty percent off", "10:00-22:00" -> "ten a.m. to
ten p.m.", "12/1" -> "the twelfth of January" (day/month, as Indonesian businesses write dates), "500gr" ->
"five hundred grams". Number words come from ``num2words`` (lang="en", said the American way: no "and").
Numbers are read as an Indonesian business writes them in English too: "25.000" and "25,000" are both twenty-five
thousand; a single separator before one or two digits is a decimal point ("3.5", "2,5"). After an amount K is
thousand, M million, B/bn billion. Times use "a.m."/"p.m." (espeak's English voice says a bare "am" as the verb).
Chat and day/month abbreviations come from the "_en" part of pronunciation.json.

    >>> normalize_en("Only IDR 85K, 50% off!")
    'Only eighty-five thousand rupiah, fifty percent off!'

Used in: Lab 7 (video) for English client messages.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from gigai.video.normalize import (
    _HANDLE_RE,
    _PHONE_RE,
    _SIZE,
    _URL_RE,
    _phone,
    _spell_name,
    _url,
    strip_emoji,
)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_MARKS = {".": "dot", "/": "slash", "_": "underscore", "-": "dash"}
_DAYS = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
         "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}  # fmt: skip
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"  # noqa: E501
_NUM = r"\d+(?:[.,]\d+)*"
_SCALE = r"rb|ribu|k|jt|juta|mn|mio|million|m|bn|b|billion|miliar|milyar"
_SCALES = {"rb": "thousand", "ribu": "thousand", "k": "thousand", "jt": "million", "juta": "million",
           "mn": "million", "mio": "million", "million": "million", "m": "million", "b": "billion", "bn": "billion",
           "billion": "billion", "miliar": "billion", "milyar": "billion"}  # fmt: skip
_UNITS = {
    "kg": "kilogram", "gr": "gram", "g": "gram", "gram": "gram", "grams": "gram", "mg": "milligram", "ml": "milliliter",
    "l": "liter", "lt": "liter", "ltr": "liter", "cc": "C C", "cm": "centimeter", "mm": "millimeter", "m": "meter",
    "km": "kilometer", "m2": "square meter", "m²": "square meter", "pcs": "piece", "pc": "piece", "mbps": "megabit per second",
    "gb": "gigabyte", "mb": "megabyte", "mah": "milliamp hour", "w": "watt", "inch": "inch", "oz": "ounce", "lbs": "pound",
}  # fmt: skip
_FRACTIONS = {"1/2": "half", "1/4": "a quarter", "3/4": "three quarters", "1/3": "a third", "2/3": "two thirds"}
_DATE_BEFORE = re.compile(r"(?i)\b(?:before|until|till|til|by|on|from|deadline|closes?|ends?|due|since|starting|"
                          rf"after|open|opens|valid|thru|through|to|{_DAY[3:-1]})\W*$")  # fmt: skip
_MEASURE_AFTER = re.compile(r"(?i)^\s*(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
                            + r"|cups?|portions?|pieces?|slices?|servings?|parts?|of|inch|times)(?!\w)")  # fmt: skip
PRONOUNCE_EN: dict[str, str] = {}  # participants' own additions win over the bundled table


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    data = json.loads((Path(__file__).with_name("pronunciation.json")).read_text(encoding="utf-8"))
    return {k.lower(): v for k, v in data.get("_en", {}).items() if not k.startswith("_")}


def pronunciations_en() -> dict[str, str]:
    """The English pronunciation table (the "_en" part of pronunciation.json + :data:`PRONOUNCE_EN`)."""
    return {**_table(), **{k.lower(): v for k, v in PRONOUNCE_EN.items()}}


def number(token: str) -> int | float:
    """'25.000' / '25,000' -> 25000, '3.5' / '2,5' -> 3.5, '1,250.50' -> 1250.5, '1.250,5' -> 1250.5."""
    t = token.strip()
    if re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", t):
        t = re.sub(r"[.,]", "", t)
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", t):
        t = t.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", t):
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", ".")
    if t.count(".") > 1:
        t = t.replace(".", "")
    value = float(t)
    return int(value) if value.is_integer() else value


def words(n: int | float | str, *, to: str = "cardinal") -> str:
    """A number in English words, the American way: 350000 -> 'three hundred fifty thousand'."""
    from num2words import num2words

    if isinstance(n, str):
        n = number(n)
    said = num2words(n, lang="en", to=to)
    return re.sub(r"\s{2,}", " ", said.replace(",", "").replace(" and ", " ")).strip()


def digits_en(s: str) -> str:
    """Digit by digit: '0812' -> 'zero eight one two'."""
    return " ".join(DIGITS[int(c)] for c in s if c.isdigit())


def clock_en(h: int, mi: int = 0, *, half: bool = True) -> str:
    """22:00 -> 'ten p.m.', 9:05 -> 'nine oh five a.m.', 12:00 -> 'twelve noon', 0:00 -> 'midnight'."""
    h %= 24
    if mi == 0 and h == 0:
        return "midnight"
    if mi == 0 and h == 12:
        return "twelve noon"
    twelve = h % 12 or 12
    said = words(twelve) + ("" if mi == 0 else f" oh {words(mi)}" if mi < 10 else f" {words(mi)}")
    return f"{said} {'a.m.' if h < 12 else 'p.m.'}" if half else said


def _money(m: re.Match) -> str:
    cur = m.group("cur").lower()
    value, scale = m.group("num"), (m.group("scale") or "").lower()
    name = "rupiah" if cur in ("rp", "rp.", "idr") else "dollars"
    if name == "dollars" and not scale and re.fullmatch(r"\d+\.\d\d", value):  # "$5.50": five dollars fifty
        d, c = value.split(".")
        return f"{words(int(d))} {'dollar' if d == '1' else 'dollars'} {words(int(c))}"
    n = number(value)
    if name == "dollars" and n == 1 and not scale:
        name = "dollar"
    return " ".join(x for x in (words(n), _SCALES.get(scale, ""), name) if x)


def _money_range(m: re.Match) -> str:
    """'IDR 20.000 to 35.000' -> 'twenty thousand to thirty-five thousand rupiah' (one 'rupiah')."""
    s1, s2 = (m.group("s1") or "").lower(), (m.group("s2") or "").lower()
    a = words(m.group("a")) + ("" if not s1 else " " + _SCALES[s1])
    b = words(m.group("b")) + ("" if not s2 else " " + _SCALES[s2])
    return f"{a} to {b} rupiah"


def _day_month(m: re.Match, before: str, after: str) -> str:
    d, mo = int(m.group(1)), int(m.group(2))
    frac = _FRACTIONS.get(m.group(0))
    left = (before + " " + m.string[: m.start()])[-40:]
    right = m.string[m.end() :] + " " + after
    valid = 1 <= d <= 31 and 1 <= mo <= 12
    date = f"the {words(d, to='ordinal')} of {MONTHS[mo - 1]}"
    if valid and _DATE_BEFORE.search(left.rstrip()) and not (frac and _MEASURE_AFTER.match(right)):
        return date
    if frac:
        return frac
    if valid and not _MEASURE_AFTER.match(right):
        return date
    return f"{words(d)} over {words(mo)}"


def _month_name(s: str) -> str:
    s = s.lower()[:3]
    return next(x for x in MONTHS if x.lower().startswith(s))


def _time(m: re.Match) -> str:
    h, mi = int(m.group("h")), int(m.group("m") or 0)
    if h > 24 or mi > 59:
        return m.group(0)
    half = (m.group("ap") or "").lower().replace(".", "")
    if half:
        h = (h % 12) + (12 if half == "pm" else 0)
    return clock_en(h, mi)


def _time_range(m: re.Match) -> str:
    """'10:00-22:00' -> 'ten a.m. to ten p.m.'; '8-11am' -> 'eight to eleven a.m.'."""
    h1, m1, h2, m2 = int(m.group("h1")), int(m.group("m1") or 0), int(m.group("h2")), int(m.group("m2") or 0)
    if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59:
        return m.group(0)
    ap1, ap2 = ((m.group(k) or "").lower().replace(".", "") for k in ("ap1", "ap2"))
    if ap2 and not ap1:
        ap1 = ap2 if h1 <= h2 % 12 or h2 % 12 == 0 else ("am" if ap2 == "pm" else "pm")
    if ap1:
        h1 = (h1 % 12) + (12 if ap1 == "pm" else 0)
    if ap2:
        h2 = (h2 % 12) + (12 if ap2 == "pm" else 0)
    same = (h1 % 24 < 12) == (h2 % 24 < 12) and h1 % 24 not in (0, 12) and h2 % 24 not in (0, 12)
    return f"{clock_en(h1, m1, half=not same)} to {clock_en(h2, m2)}"


def _unit(m: re.Match) -> str:
    n = number(m.group(1))
    unit = _UNITS[m.group(2).lower()]
    plural = n != 1 and unit not in ("C C",) and not unit.endswith("per second")
    if plural:
        unit = "inches" if unit == "inch" else unit + "s"
    return f"{words(n)} {unit}"


def normalize_en(text: str, *, before: str = "", after: str = "") -> str:
    """Turn written English (from an Indonesian business) into speakable words for an English voice."""
    t = strip_emoji(text)
    t = _PHONE_RE.sub(lambda m: _phone(m, digits_en), t)
    t = _URL_RE.sub(lambda m: _url(m, _MARKS, digits_en, "double u double u double u"), t)
    t = re.sub(r"(?<![\w.])@\s?(?=(?:Rp\.?|IDR|\$)\s?\d|\d[\d.,]*\s?(?:rb|k)?(?![\w@]))", "each ", t,
               flags=re.IGNORECASE)  # fmt: skip
    t = _HANDLE_RE.sub(lambda m: "at " + _spell_name(m.group(1), _MARKS, digits_en), t)
    t = re.sub(rf"(?<![\w/-])({_SIZE})\s?(?:-|–|to)\s?({_SIZE})(?![\w/-])", r"\1 to \2", t, flags=re.IGNORECASE)
    t = re.sub(rf"(?<![\w/-])({_SIZE})/({_SIZE})(?![\w/-])", r"\1 or \2", t)
    t = re.sub(r"\b24\s?/\s?7\b", "twenty-four seven", t)
    t = re.sub(rf"(?i)\b({_DAY})\s?(?:-|–|to|thru|through|s/d)\s?({_DAY})\b",
               lambda m: f"{_DAYS.get(m.group(1).lower(), m.group(1))} to {_DAYS.get(m.group(2).lower(), m.group(2))}",
               t)  # fmt: skip
    # "every Sat 07:30", "Sun, 9am": a capitalised day abbreviation that is also a word ("Sat", "Sun", "Wed") is the
    # day after every/on/each/this/next/until/from or before a time or date
    t = re.sub(r"\b(Sat|Sun|Wed)\b\.?", lambda m: _DAYS[m.group(1).lower()] if (
        re.search(r"(?i)(?:\b(?:every|on|each|this|next|until|till|from|except|and|or|to)|[&,-])\W*$", (before + " " + t[: m.start()]).rstrip())
        or re.match(r"\s*,?\s*\d", t[m.end() :] + " " + after)) else m.group(0), t)  # fmt: skip
    # Promo days "11.11", "9.9": the same number twice is a shopping day, not a clock time
    t = re.sub(r"\b(\d{1,2})\.(\d{1,2})\b(?![.,]?\d)", lambda m: f"{words(int(m.group(1)))} {words(int(m.group(1)))}"
               if m.group(1) == m.group(2) and 1 <= int(m.group(1)) <= 12 else m.group(0), t)  # fmt: skip
    # Times: "10:00-22:00", "8-11am", "19.00 WIB", "9:30 am", "7pm" (the zone goes unsaid)
    hm = r"(?P<h{0}>\d{{1,2}})(?:[.:](?P<m{0}>\d{{2}}))?"
    ap = r"(?:\s?(?P<ap{0}>[ap]\.?m\.?)(?![\w]))?"
    zone = r"(?:\s?(?:WIB|WITA|WIT)\b)?"
    rng = r"\s?(?:-|–|to|until|till)\s?"
    t = re.sub(rf"(?i)\b{hm.format(1)}{ap.format(1)}{rng}{hm.format(2)}\s?(?P<ap2>[ap]\.?m\.?)(?!\w){zone}", _time_range, t)
    t = re.sub(rf"(?i)\b(?P<h1>\d{{1,2}})[.:](?P<m1>\d{{2}})(?P<ap1>){rng}(?P<h2>\d{{1,2}})[.:](?P<m2>\d{{2}})(?P<ap2>)\b{zone}",
               _time_range, t)  # fmt: skip
    t = re.sub(r"(?i)\b(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s?(?P<ap>[ap]\.?m\.?)(?!\w)" + zone, _time, t)
    t = re.sub(r"(?i)(?<![\d.,$])\b(?P<h>\d{1,2})[.:](?P<m>\d{2})(?P<ap>)\b(?![.,]\d)" + zone, _time, t)
    # Money ranges and money: "IDR 20.000 - 35.000", "IDR 350K", "Rp 25.000", "$5"
    t = re.sub(rf"(?<![\w.,])({_NUM}(?:\s?(?:rb|k|jt|m))?)\s?[-–]\s?(?={_NUM})", r"\1 to ", t,
               flags=re.IGNORECASE)  # fmt: skip
    t = re.sub(rf"(?i)\b(?:Rp\.?|IDR)\s?(?P<a>{_NUM})(?:\s?(?P<s1>{_SCALE})\b)?\s?to\s?(?:(?:Rp\.?|IDR)\s?)?"
               rf"(?P<b>{_NUM})(?:\s?(?P<s2>{_SCALE})\b)?", _money_range, t)  # fmt: skip
    t = re.sub(r"(\d),-", r"\1", t)
    t = re.sub(rf"(?i)(?:\b(?P<cur>Rp\.?|IDR|USD)|(?P<cur2>\$))\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE})\b)?",
               lambda m: _money(_Cur(m)), t)  # fmt: skip
    # "75K", "3.5M", "1.2B" without a currency (a bare "2m" stays a length)
    t = re.sub(rf"\b(?P<num>{_NUM})\s?(?P<scale>[kK]|rb|jt|M|B|bn)\b",
               lambda m: f"{words(m.group('num'))} {_SCALES[m.group('scale').lower()]}", t)  # fmt: skip
    t = re.sub(rf"({_NUM})\s?%", lambda m: f"{words(m.group(1))} percent", t)
    t = re.sub(rf"\b({_NUM})\s?\+(?![\d\w])", lambda m: f"more than {words(m.group(1))}", t)
    # Dates: "12/1" (day/month), "1/12/2026", "12 Dec", "Dec 12", "1st"
    t = re.sub(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})\b", lambda m: (
        f"the {words(int(m.group(1)), to='ordinal')} of {MONTHS[int(m.group(2)) - 1]} "
        f"{words(int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0), to='year')}"
        if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31 else m.group(0)), t)  # fmt: skip
    t = re.sub(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)", lambda m: _day_month(m, before, after), t)
    t = re.sub(rf"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s({_MON})\b\.?",
               lambda m: f"the {words(int(m.group(1)), to='ordinal')} of {_month_name(m.group(2))}", t)  # fmt: skip
    t = re.sub(rf"(?i)\b({_MON})\.?\s(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,:]\d)",
               lambda m: f"{_month_name(m.group(1))} {words(int(m.group(2)), to='ordinal')}", t)  # fmt: skip
    t = re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", lambda m: words(int(m.group(1)), to="ordinal"), t)
    t = re.sub(r"\b(\d+)\s?[xX×](?=\s|\d|$|/)", lambda m: f"{words(int(m.group(1)))} times ", t)
    units = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
    t = re.sub(rf"(?i)\b({_NUM})\s?({units})(?![\w²])", _unit, t)
    t = re.sub(r"(\d)\s?[-–]\s?(\d)", r"\1 to \2", t)
    t = re.sub(r"(?i)\bno\.\s?(\d)", r"number \1", t)
    t = re.sub(r"(?i)\bmin\.\s?(?=\w)", "minimum ", t)
    t = re.sub(r"(?i)\bmax\.\s?(?=\w)", "maximum ", t)
    t = re.sub(r"\b(?:19|20)\d\d\b(?![.,]\d)", lambda m: words(int(m.group(0)), to="year"), t)
    t = re.sub(rf"\b{_NUM}\b", lambda m: words(m.group(0)), t)
    t = re.sub(r"(?i)\bw/(?=\s)", "with", t)
    # a slash after a price or an amount is "per" ("IDR 7K/kg", "$8/day", "2x/week"); between words it is "or"
    t = re.sub(r"(?i)\b(rupiah|dollars?|thousand|million|times|\d+)\s?/\s?(?=[a-z])", r"\1 per ", t)
    t = re.sub(rf"(?i)\bper\s({units})\b", lambda m: "per " + _UNITS[m.group(1).lower()], t)
    t = re.sub(r"(?<=[A-Za-z])/(?=[A-Za-z])", " or ", t)
    t = t.replace("&", " and ").replace("+", " plus ").replace("@", " at ").replace("#", " hashtag ")
    table = pronunciations_en()
    keys = sorted(table, key=len, reverse=True)
    t = re.sub(r"(?<![\w-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])",
               lambda m: table[m.group(0).lower()], t, flags=re.IGNORECASE)  # fmt: skip
    t = re.sub(r",\s*(?=[.!?;:])", "", t)
    t = re.sub(r"(?<=[ap]\.m\.)\.", "", t)  # "22:00." -> "ten p.m." (one full stop)
    return re.sub(r"\s{2,}", " ", t).strip().rstrip(",")


class _Cur:
    """The currency match with '$' folded into the same group (two alternatives in one pattern)."""

    def __init__(self, m: re.Match) -> None:
        self.m = m

    def group(self, name: str | int = 0) -> str | None:
        if name == "cur":
            return self.m.group("cur") or self.m.group("cur2")
        return self.m.group(name)


__all__ = ["normalize_en", "words", "digits_en", "clock_en", "number", "pronunciations_en", "PRONOUNCE_EN"]
