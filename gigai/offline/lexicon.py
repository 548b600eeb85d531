"""Everyday Indonesian for the offline engine: chat spellings, suffixes, stemming and synonyms (data in lexicon.json).

    >>> words("Garansinya brp lama kak?")
    [('garansi', False), ('durasi', 'ask')]

Each word becomes a canonical term. ``ASK`` marks a question word ("berapa" asks about a price, "brp lama"
about a duration) and ``UNIT`` a counting or vague word ("segelas", "layanan"): both count where a fact
matches them, never against it.
Stemming uses PySastrawi (imported on first use, cached); without it a light suffix rule still runs.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = json.loads((Path(__file__).with_name("lexicon.json")).read_text(encoding="utf-8"))

SLANG: dict[str, str] = dict(_DATA["slang"])
STOPWORDS: frozenset[str] = frozenset(_DATA["stopwords"])
QUESTION_WORDS: dict[str, str] = dict(_DATA["question_words"])
SYNONYMS: dict[str, tuple[str, ...]] = {head: tuple(ws) for head, ws in _DATA["synonyms"].items()}
CANON: dict[str, str] = {w: head for head, ws in SYNONYMS.items() for w in (head, *ws)}  # names itself too
STEM_OVERRIDES: dict[str, str] = dict(_DATA["stem_overrides"])
UNITS: frozenset[str] = frozenset(_DATA["units"])
ENGLISH: dict[str, str] = dict(_DATA["english"])
VAGUE: frozenset[str] = frozenset(_DATA["vague"])
# Yes/no predicates ("aman gk?", "asli ga?"): what is asked about is the thing, the word is the yes/no.
PREDICATES: frozenset[str] = frozenset(_DATA["predicates"])
# Buying verbs before a quantity ("ambil 3", "beli 2 sabit"): the item and its price are asked, not the verb.
BUYING: frozenset[str] = frozenset(_DATA["buying"])
# Everyday vocabulary: every term the lexicon reads a word as (no business's own nouns are kept here).
EVERYDAY: frozenset[str] = frozenset((*CANON.values(), *ENGLISH.values(), *SLANG.values()))
# "kirim ke Makassar?" is answered by "kirim ke seluruh Indonesia" (retrieval.py); no list of places is kept.
NATIONWIDE = "seluruhindonesia"
_PHRASES = sorted(_DATA["phrases"].items(), key=lambda kv: -len(kv[0]))
_PHRASE_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k, _ in _PHRASES) + r")\b")
_PHRASE_MAP = dict(_PHRASES)
_EN = frozenset(_DATA["english_markers"])
_ID = frozenset(_DATA["indonesian_markers"])
_SUFFIXES = ("nya", "kah", "lah", "ku", "mu")
# Zero-width and other invisible characters that hide words from pattern checks.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064"), None
)
# Letters drawn like Latin ones that make "аbaikan" (Cyrillic а) or "hɑrgɑ" (Latin alpha) slip past a Latin
# pattern, folded to Latin. Derived from Unicode names rather than listed: a Latin letter in another shape
# (SMALL CAPITAL, DOTLESS, SCRIPT, OPEN, or WITH a hook/stroke/tail that NFKD cannot remove), and the Greek,
# Cyrillic and Latin letters whose NAME is one of _LOOKS (capital look-alike, small look-alike). NFKC, applied
# first, already folds mathematical, full-width, circled and superscript letters.
_LOOKS = {
    "A": "Aa", "ALPHA": "Aa", "BETA": "Bb", "VE": "Bb", "IE": "Ee", "EPSILON": "Ee", "OPEN E": "Ee",
    "ETA": "Hn", "EN": "Hh", "SHHA": "Hh", "IOTA": "Ii", "BYELORUSSIAN-UKRAINIAN I": "Ii",
    "JE": "Jj", "KA": "Kk", "KAPPA": "Kk", "EM": "Mm", "MU": "Mu", "NU": "Nn", "O": "Oo", "OMICRON": "Oo",
    "ER": "Pp", "RHO": "Pp", "ES": "Cc", "LUNATE SIGMA SYMBOL": "Cc", "DZE": "Ss", "TE": "Tt", "TAU": "Tt",
    "U": "Yy", "UPSILON": "Yu", "HA": "Xx", "CHI": "Xx", "ZETA": "Z ", "KOMI DE": " d", "QA": "Qq", "WE": "Ww",
    "PALOCHKA": "Il", "OH": "Oo", "SEH": " u",
}  # fmt: skip
_SHAPES = r"(?:SMALL CAPITAL |DOTLESS |SCRIPT |OPEN |CLOSED )?"
_LATIN_SHAPE = re.compile(
    rf"LATIN (SMALL|CAPITAL) LETTER {_SHAPES}([A-Z])(?: WITH .*)?|LATIN LETTER SMALL CAPITAL ([A-Z])"
)
_LOOK_NAME = re.compile(r"(?:GREEK|CYRILLIC|LATIN|ARMENIAN) (SMALL|CAPITAL) LETTER (.+)")


def _look_alikes() -> dict[int, str]:
    table: dict[int, str] = {}
    blocks = ((0xC0, 0x250), (0x250, 0x2B0), (0x370, 0x400), (0x400, 0x530), (0x530, 0x590),
              (0x1D00, 0x1D80), (0x2C60, 0x2C80), (0xA720, 0xA800), (0xAB30, 0xAB70))  # fmt: skip
    for lo, hi in blocks:
        for code in range(lo, hi):
            ch = chr(code)
            name = unicodedata.name(ch, "")
            if not name or unicodedata.decomposition(ch):  # accented letters: NFKD folds them where needed
                continue
            if m := _LATIN_SHAPE.fullmatch(name):
                table[code] = m[3].lower() if m[3] else m[2] if m[1] == "CAPITAL" else m[2].lower()
                continue
            if (m := _LOOK_NAME.fullmatch(name)) and m[2] in _LOOKS:
                look = _LOOKS[m[2]][m[1] == "SMALL"].strip()
                if look and look != ch:
                    table[code] = look
    return table


_CONFUSABLES = _look_alikes()


def clean(text: str) -> str:
    """NFKC-normalised text with invisible characters removed and look-alike letters mapped to Latin."""
    return unicodedata.normalize("NFKC", text or "").translate(_INVISIBLE).translate(_CONFUSABLES)


@lru_cache(maxsize=1)
def _stemmer():
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    except ImportError:  # the light suffix rule below still folds -nya/-kah/-lah/-ku/-mu
        return None
    return StemmerFactory().create_stemmer()


def _known(word: str) -> bool:
    """True for a root word of the stemmer's dictionary ("sekolah" keeps its "-lah")."""
    stemmer = _stemmer()
    try:
        return bool(stemmer is not None and stemmer.delegatedStemmer.dictionary.contains(word))
    except AttributeError:  # another PySastrawi layout: no dictionary to ask
        return False


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """The root of an Indonesian word: 'garansinya' -> 'garansi', 'pembayaran' -> 'bayar' (numbers unchanged)."""
    if word in STEM_OVERRIDES:
        return STEM_OVERRIDES[word]
    for suf in _SUFFIXES:  # "pemiliknya" -> "pemilik" before the stemmer makes it "milik"
        if word.endswith(suf) and word[: -len(suf)] in STEM_OVERRIDES:
            return STEM_OVERRIDES[word[: -len(suf)]]
    if word in CANON or len(word) <= 3 or not word.isalpha():
        return word
    stemmer = _stemmer()
    root = stemmer.stem(word) if stemmer is not None else word
    if word.endswith("in") and len(word) >= 6 and not _known(word) and (root == word or not _known(root)):
        # Chat verbs: "bersihin", "ditungguin", "benerin" -> bersih, tunggu, benar
        base = SLANG.get(word[:-2], word[:-2])
        base_root = stemmer.stem(base) if stemmer is not None else base
        if _known(base_root):
            root = base_root
    if root == word and not _known(word):  # a chat verb's bare nasal: "nitip", "mijat", "nyewa" -> titip, ...
        root = next((c for c in nasal_roots(word) if _known(c)), word)
    if root == word and not _known(
        word
    ):  # not a root word (ongkirnya, servisnya, dpnya): strip a chat suffix
        for suf in _SUFFIXES:
            base = word[: -len(suf)]
            if word.endswith(suf) and (len(base) >= 4 or base in CANON):
                root = base
                break
        if root == word and word.endswith("s") and word[:-1] in CANON:  # English plurals: "cards"
            root = word[:-1]
    return STEM_OVERRIDES.get(root, root) if len(root) >= 2 else word


_NASALS = (("nge", ""), ("ny", "c"), ("ny", "s"), ("ng", "k"), ("ng", ""), ("m", "p"), ("n", "t"))


def nasal_roots(word: str) -> list[str]:
    """Roots a chat verb may have lost to its nasal: "nyewa" -> cewa, sewa; "ngambil" -> kambil, ambil;
    "ngerokok" -> rokok (the chat prefix nge-)."""
    return [r + word[len(n) :] for n, r in _NASALS if word.startswith(n) and len(word) - len(n) >= 3]


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"))


def _english_bases(word: str) -> list[str]:
    """Dictionary forms an inflected English word may have: 'boxes' -> ['boxe', 'box'], 'taking' -> ['tak', 'take']."""
    out = []
    for suf, repl in _INFLECTIONS:
        if word.endswith(suf) and len(word) - len(suf) >= 2:
            base = word[: -len(suf)] + repl
            out += [base, base[:-1]] if len(base) > 3 and base[-1] == base[-2] else [base]  # "shipped"
    return out


def canonical(word: str) -> str:
    """One word as its canonical term: slang, then stem, then synonym group."""
    word = SLANG.get(word, word)
    if word in CANON:
        return CANON[word]
    if word not in ENGLISH:  # "rabbits", "boxes", "deliveries", "parking", "delivered", "cancelled"
        word = next((b for b in _english_bases(word) if b in ENGLISH or b in CANON), word)
        if word in CANON:
            return CANON[word]
    if word in ENGLISH:  # "curfew" -> "malam", "room" -> "kamar"
        word = ENGLISH[word]
        if word in CANON:
            return CANON[word]
    root = stem(word)
    if (
        root not in CANON and root in ENGLISH and word.endswith(_SUFFIXES)
    ):  # an English word with a suffix: "haircutnya"
        root = stem(ENGLISH[root])
    return CANON.get(root, root)


_THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")
_REWRITES = [
    (re.compile(r"\b(\d+)\s*(?:k|rb|ribu)\b"), r"\g<1>000 rp"),  # "15k", "15rb" -> a price
    (re.compile(r"\b(\d+)\s*(?:jt|juta)\b"), r"\g<1>000000 rp"),
    (re.compile(r"\b(\d+)\s*jam\b"), r"\g<1> jamdurasi"),  # "6 jam" is a duration, not opening hours
    (re.compile(r"\b(\d+)x\b"), r"\g<1> kali"),  # "10x" -> "10 kali"
]
_ADMIN = re.compile(r"(?:^|(?<=[\s,]))min(?=\s*[,?!.]|\s*$)")  # "lokasi dmn min": the admin, not a minimum
_WORD = re.compile(r"[a-z0-9]+")
_PLUS = re.compile(r"(?<=[a-z)])\s*\+\s*(?=[a-z(])")
_PAY_AT_END = re.compile(r"(?<!harus )\b(?:bayar|berbayar)\s*\?+\s*$")
_CODED = re.compile(
    r"\b(paket|tipe|type|kelas|menu|kamar|blok|ukuran|size|level|varian|opsi|pilihan|package|room)\s+([a-e])\b"
)
_MODEL_CODE = re.compile(r"\b([a-z]{1,2})-([a-z]{0,3}\d)")


def _prepare(text: str) -> str:
    text = clean(text).lower()
    if any(c.isdigit() for c in text):
        text = _MODEL_CODE.sub(r"\1\2", text)  # "X-T30" -> "xt30", "H-2" -> "h2"
        text = text.replace("%", " persen")
        text = _THOUSANDS.sub("", _THOUSANDS.sub("", text))  # "1.250.000" -> "1250000"
        for pattern, repl in _REWRITES:
            text = pattern.sub(repl, text)
    text = _ADMIN.sub(" ", text)
    if "+" in text:  # "Cuci + wax" is what a customer types as "cuci plus wax" (not "+62")
        text = _PLUS.sub(" plus ", text)
    text = _PAY_AT_END.sub(" harga", text)  # "ukur di rumah bayar?" asks whether it costs, like "bayar gak?"
    text = _CODED.sub(r"\1\2", text)  # "paket a" -> "paketa": a one-letter name is part of the item
    # Chat spellings first, so "sekali dtg" meets the phrase "sekali datang" and "jam brp" meets "jam berapa".
    text = _SLANG_WORD.sub(lambda m: SLANG.get(m.group(0), m.group(0)), text)
    return _PHRASE_RE.sub(lambda m: _PHRASE_MAP[m.group(1)], text)


_SLANG_WORD = re.compile(r"(?<![\w-])[a-z0-9]+(?![\w-])")


ASK = "ask"  # a question word: "berapa" asks for a price, "di mana" for a place
UNIT = "unit"  # a counting or vague word: "segelas", "nomor", "layanan"


def words(text: str, *, keep_stopwords: bool = False) -> list[tuple[str, bool | str]]:
    """(canonical term, soft) for each content word of ``text``; soft is False, ASK or UNIT (both truthy)."""
    return list(_words(text, keep_stopwords))


@lru_cache(maxsize=8192)
def _words(text: str, keep_stopwords: bool) -> tuple[tuple[str, bool | str], ...]:
    out: list[tuple[str, bool | str]] = []
    either = False  # after "atau": "di depan atau belakang?" is answered by a text with either one
    for raw in _WORD.findall(_prepare(text)):
        w = SLANG.get(raw, raw)
        if w in ("atau", "or"):
            either = True
            continue
        if w in QUESTION_WORDS:
            out.append((QUESTION_WORDS[w], ASK))
            continue
        if not keep_stopwords and w in STOPWORDS and w not in CANON:
            continue
        term = canonical(w)
        if not keep_stopwords and term in STOPWORDS and term not in CANON:
            continue  # "diterima" -> "terima"
        # "segelas", "per porsi" say how much, "layanan" is what every business offers: they count like
        # question words, only where a text has them.
        unit = either or w in UNITS or stem(w) in UNITS or term in VAGUE
        either = False
        out.append((term, UNIT if unit else False))
    return tuple(out)


@lru_cache(maxsize=8192)
def stem_sequence(text: str) -> tuple[str, ...]:
    """Content words of ``text`` as written, in order (slang and suffixes folded, no synonyms):
    'Bukanya jam berapa?' -> ('buka', 'jam'). A fact that says the customer's own words in the customer's
    order ("cuci setrika") beats one that only has synonyms ("tutup jam")."""
    out = []
    for raw in _WORD.findall(_prepare(text)):
        w = SLANG.get(raw, raw)
        if w in STOPWORDS or w in QUESTION_WORDS or w.isdigit():
            continue
        out.append(stem(w))
    return tuple(out)


def stems(text: str) -> frozenset[str]:
    """The set of :func:`stem_sequence`."""
    return frozenset(stem_sequence(text))


def language_of(text: str) -> str:
    """'en' when a message reads as English, else 'id' (the default for customers here)."""
    ws = re.findall(r"[a-z']+", clean(text).lower())
    en = sum(w in _EN for w in ws)
    ind = sum(w in _ID or w.endswith("nya") for w in ws)
    return "en" if en >= 2 and en > ind or (en >= 1 and ind == 0 and len(ws) <= 3 and en == len(ws)) else "id"


_CREATE = re.compile(
    r"\b(buat(kan|in)?|bikin(kan|in)?|tulis(kan|in)?|karang(kan)?|susun(kan)?|carikan|kasih|berikan|beri|"
    r"generate|write|create|compose|make|give me|suggest)\b.{0,40}?\b(?P<thing>puisi|pantun|cerita|cerpen|lagu|"
    r"lirik|caption|slogan|tagline|ide|ideas?|artikel|email|surat|naskah|script|skrip|konten|deskripsi|iklan|"
    r"copywriting|poem|story|song|post(ingan)?|status|quotes?|kata-kata|ucapan|essay|esai|pidato|jokes?|lelucon)\b"
    r"|^\s*(terjemahkan|translate|ringkas(kan)?|rangkum(kan)?|summari[sz]e|parafrase)\b",
    re.IGNORECASE,
)


def creative_request(text: str) -> str | None:
    """What an open writing request asks for ('puisi', 'caption', ...), or None for a question."""
    m = _CREATE.search(clean(text))
    if not m:
        return None
    return (m.group("thing") or "teks bebas").lower()


def is_creative_request(text: str) -> bool:
    return creative_request(text) is not None
