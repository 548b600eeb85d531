"""The output filter for internal notes: does an answer repeat a note? (The notes themselves: gigai.offline.notes.)

    >>> guard = NoteGuard(["modal es teh 1.500, gula dari Toko Makmur"], public="Es teh 5rb")
    >>> guard.leaks("Modalnya cuma 1.500 kak")
    ['1500']

An answer is compared with the held notes by what carries their meaning, not by exact strings, after look-alike
letters and invisible characters are undone: amounts however written ("9rb", "Rp 9.000", "9 ribu"), digit runs
however spaced (a phone, an account or a code: "0812 9090 1212", "4-4-1-9"), codes and names ("citra_mua_2024",
"Darto"), runs of five words, and the note's own content words (stemmed: "suaminya" -> "suami"): three of them
in one answer are a paraphrase of the note. Whatever the public knowledge also says never counts.

Used by the Chatbot for every answer, from a real model or the offline engine, streamed or not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gigai.offline.lexicon import STOPWORDS, clean, stem

_UNIT = {"rb": 1_000, "ribu": 1_000, "k": 1_000, "jt": 1_000_000, "juta": 1_000_000}
_NUMBER = re.compile(
    r"(?<![\w.,])(?:rp\.?\s*)?(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*(%|persen|percent|rb|ribu|k|jt|juta)?(?!\w)",
    re.IGNORECASE,
)
# Names and codes: "Darto", "BCA", "STAFF50", "x7k2" (codes first, so "STAFF50" is not read as "STAFF").
_NAME = re.compile(
    r"(?<![\w.])([A-Za-z]+\d[A-Za-z0-9]*|\d+[A-Za-z][A-Za-z0-9]*|[A-Z][a-z]{2,}|[A-Z]{2,}[a-z]*)(?![\w])"
)
_COMMON = frozenset(
    "pak bapak ibu mas mbak kak kakak bang abang teh aa om tante admin customer pelanggan tamu catatan note "
    "notes jangan internal rahasia khusus untuk buat staf staff owner pemilik kita kami yang harga modal "
    "margin supplier senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli "
    "agustus september oktober november desember indonesia jakarta whatsapp instagram toko warung".split()
)


def amounts(text: str) -> set[str]:
    """Amounts in ``text`` as comparable keys: '9rb', 'Rp 9.000' and '9 ribu' -> '9000'; '40%' -> '40%'."""
    out = set()
    for m in _NUMBER.finditer(clean(text)):
        digits, unit = m.group(1), (m.group(2) or "").lower()
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
            value = float(re.sub(r"[.,]", "", digits))
        else:
            value = float(digits.replace(",", "."))
        if unit in ("%", "persen", "percent"):
            out.add(f"{value:g}%")
            continue
        value *= _UNIT.get(unit, 1)
        if value >= 10:  # "3 unit", "2 orang" are everywhere: only amounts and codes tell a note apart
            out.add(f"{value:g}")
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9]+", clean(text))}


_DIGITS = re.compile(r"(?<![\w])\+?\d(?:[\s.\-/]?\d){3,}(?![\w])")
_CODE = re.compile(
    r"(?<![\w@])(?=[\w#@!$%&*.-]*[A-Za-z])(?=[\w#@!$%&*.-]*\d)[A-Za-z0-9_#!$%&*.-]{4,}(?<![.-])|\b[a-z]+_[\w]+"
)


def digit_runs(text: str) -> set[str]:
    """Numbers of four digits or more with their spaces, dots and dashes removed (a phone, an account, a PIN), and
    mixing ratios of one-digit numbers ("1:3", not a time such as "07:30")."""
    text = clean(text)
    runs = {re.sub(r"\D", "", m.group(0)) for m in _DIGITS.finditer(text)}
    return runs | {f"{a}:{b}" for a, b in _RATIO.findall(text)}


_RATIO = re.compile(r"(?<![\d:.])(\d)\s*:\s*(\d)(?![\d:])")


def codes(text: str) -> set[str]:
    """Code-like words (letters with digits or an underscore: "citra_mua_2024", "NIA-CREW-9"), separators dropped."""
    out = {re.sub(r"[^a-z0-9]", "", m.group(0).lower()) for m in _CODE.finditer(clean(text))}
    return {c for c in out if c and not _UNITS.fullmatch(c)}


_UNITS = re.compile(
    r"\d+[a-z]{1,4}|[a-z]{1,2}\d{1,2}|\d+[a-z]{1,4}\d+[a-z]{0,4}"
)  # "12rb", "2pcs", "R32", "5rb10rb"


def content_words(text: str) -> set[str]:
    """The stems of the words that carry meaning (not stopwords, not short, not numbers)."""
    out = set()
    for w in re.findall(r"[a-z]{4,}", clean(text).lower()):
        if w in STOPWORDS or w in _COMMON:
            continue
        root = stem(w)
        if len(root) >= 4 and root not in STOPWORDS:
            out.add(root)
    return out


class NoteGuard:
    """Tells whether an answer repeats an internal note: a run of its words, or an amount or name that only
    the note holds (runs of words, amounts and names that the public knowledge also states never count)."""

    def __init__(self, notes: Iterable[str], public: str = "", *, n: int = 5, words: int = 3) -> None:
        self.n, self.min_words = n, words
        notes = [clean(s) for s in notes if s and s.strip()]
        public_amounts, public_words = amounts(public), _words(public)
        public_runs, public_codes, public_content = digit_runs(public), codes(public), content_words(public)
        self.shingles: set[tuple[str, ...]] = set()
        self.amounts: set[str] = set()
        self.names: set[str] = set()
        self.runs: set[str] = set()
        self.codes: set[str] = set()
        self.content: list[set[str]] = []  # per note: its content words that the public knowledge never says
        for note in notes:
            self.shingles |= _shingles(note, n)
            self.amounts |= amounts(note) - public_amounts
            self.runs |= digit_runs(note) - public_runs
            self.codes |= {c for c in codes(note) - public_codes if len(c) >= 5}
            own = content_words(note) - public_content
            if len(own) >= words:
                self.content.append(own)
            for m in _NAME.finditer(note):
                if m.group(1)[0].isupper() and re.search(r"(?:^|[.!?:]\s*|\n\W*)$", note[: m.start()]):
                    continue  # a capital at the start of a sentence is not a name
                word = m.group(1).lower()
                addressed = re.search(
                    r"\b(?:bu|pak|mas|mbak|kak|si|bang|teh|a\.n\.?|nama)\s+$", note[: m.start()], re.I
                )
                if word not in public_words and word not in _COMMON and (len(word) >= 4 or addressed):
                    self.names.add(word)  # "Darto", and after a form of address a short one ("Bu Ida")
        self.shingles -= _shingles(clean(public), n)  # words the public knowledge says too are not the note's

    def __bool__(self) -> bool:
        return bool(self.shingles or self.amounts or self.names or self.runs or self.codes or self.content)

    def leaks(self, answer: str) -> list[str]:
        """What of a note ``answer`` repeats (empty when nothing)."""
        if not self or not answer:
            return []
        text = clean(answer)
        found = sorted(self.amounts & amounts(text)) + sorted(self.names & _words(text))
        found += sorted((self.runs & digit_runs(text)) - set(found)) + sorted(self.codes & codes(text))
        if self.shingles & _shingles(text, self.n):
            found.append("words")
        said = content_words(text) if self.content else set()
        for own in self.content:
            if len(own & said) >= self.min_words:
                found.append("+".join(sorted(own & said)))
                break
        return found


def _shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}
