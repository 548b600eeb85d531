"""Indonesian-aware tokenising and ranking for the offline engine and the Chatbot (one vocabulary for both).

    >>> tokenize("Harganya berapa, kak?")
    ['harga', 'harga']
    >>> index = Index([doc_terms("Ganti oli Rp 55.000."), doc_terms("Servis CVT Rp 85.000.")])
    >>> index.rank(query("Berapa biaya ganti oli?"))[0]
    (0, 1.0, ...)

Texts are ranked by one number, :meth:`Index.score`: the idf-weighted *coverage* (the share of what the
question asks that a text answers) decides; what kind of value the text holds, how directly it says the asked
words, and how densely it says them only order texts that answer equally much. A question word ("berapa", "kapan", "di mana")
counts only where a text matches it. Words the texts never use are matched to the knowledge's own words by
edit distance (:func:`nearest`), so typos need no per-business word lists.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from gigai.offline import lexicon

STOPWORDS = lexicon.STOPWORDS
SLANG = lexicon.SLANG
CANON = lexicon.CANON
WHO = "tokoh"  # what "siapa" / "who" asks for (see _FEATURES)
_BRAND = "merek"  # what an unknown name in a question may be, where the texts speak of brands

# What a fact says without the word for it: "Rp 55.000" is a price, "Jl. Melati 5" an address, ...
_FEATURES = [
    (re.compile(r"\b(rp\.?|idr)\s*\d|\b\d+\s*(rb|ribu|k|jt|juta)\b|\b(gratis|free)\b", re.I), "harga"),
    (re.compile(r"\b\d+\s*(-\s*\d+\s*)?(hari|jam|menit|minggu|bulan|tahun|days?|hours?|minutes?|weeks?)\b", re.I),
     "durasi"),
    (re.compile(r"\b\d{1,2}[.:]\d{2}\b|\bpukul\b|(?<!harga )(?<!sewa )(?<!per )\b24 jam\b", re.I), "buka"),
    (re.compile(r"\b(jl|jln|jalan|gg|gang|komplek|kompleks|perum|perumahan|ruko|blok|gedung|mal|mall|plaza|pasar|desa|kec|kel|kecamatan|kelurahan|kota|kabupaten)\b\.?\s+\w", re.I), "lokasi"),
    (re.compile(r"(\+62|\b62|\b0)\d[\d\- ]{6,}|@\w{3,}", re.I), "kontak"),  # a phone number or a handle
    (re.compile(r"\d+\s*%|\bgratis\b", re.I), "promo"),
    # Who: a titled name ("drh. Rani", "Pak Budi"), a phone number, or a party ("ditanggung penyewa").
    (re.compile(r"\b(?i:drh|drg|dr|ir|bapak|pak|ibu|bu|mas|mbak|kak|koh|cik|bang|ustadz|ustazah|oleh)\.?\s+[A-Z]"
                r"|(\+62|\b62|\b0)\d[\d\- ]{6,}"
                r"|\b(?i:penyewa|penyewanya|klien|pelanggan|pembeli|konsumen|customer|client|penjual|teknisi|dokter|"
                r"tutor|guru|pengajar|kurir|admin|owner|founder|pendiri)\b"), "tokoh"),
    (re.compile(r"\b\d+\s*(menit|km|meter|m)\b.{0,20}\b(jalan|dari|ke)\b|\bdekat\b|\bdi samping\b", re.I), "jarak"),
    (re.compile(r"\b\d+\s*(orang|org|peserta|pax|tamu|people|persons?|guests?)\b", re.I), "orang"),  # how many
    (re.compile(r"\b(senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b", re.I), "hari"),  # "tutup hari apa?"
    (re.compile(r"(?<![A-Za-z])(?<![A-Za-z]-)\d"), "angka"),  # an amount; not "H-1", "A7", "X-T30"
]  # fmt: skip


def tokenize(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Content words of ``text`` as canonical terms: slang, suffixes, stemming and synonyms folded."""
    return [t for t, _ in lexicon.words(text, keep_stopwords=keep_stopwords)]


@dataclass(frozen=True)
class Query:
    """A question as terms: ``hard`` must be answered, ``soft`` (from question words) count only when met."""

    terms: tuple[str, ...]
    hard: frozenset[str]
    soft: frozenset[str]
    generic: frozenset[str] = frozenset()  # the business's own name: matches, but says nothing
    asks: frozenset[str] = frozenset()  # topics asked by question words ("di mana" -> lokasi)
    # (head, modifier) of two asked words side by side: "paket keluarga" is a kind of paket, so a text with
    # only "keluarga" ("didampingi keluarga") does not answer it. The head weighs as much as its modifier.
    compounds: tuple[tuple[str, str], ...] = ()
    # Words written as names mid-sentence ("Galon Aqua bisa diisi?"): an unknown one may be a brand (resolve).
    names: frozenset[str] = frozenset()
    to: frozenset[str] = frozenset()  # where to: "kirim ke Makassar?" -> {"makassar"}

    def __bool__(self) -> bool:
        return bool(self.terms)


def business_words(business: str = "", name: str = "", kind: str = "") -> list[str]:
    """What a customer may call the business itself: its name, the bot's name, and the head noun of its kind
    ("kedai kopi di Bandung" -> "kedai"; the rest of the kind, "kopi", is what it sells)."""
    head = re.findall(r"[^\W\d_]+", kind or "")
    return [business or "", name or "", head[0] if head else ""]


def query(text: str, *, generic: Iterable[str] = ()) -> Query:
    """The Query for ``text``; ``generic`` terms (the business's own name) behave like question words."""
    pairs = lexicon.words(text)
    # The business's name and type, not its town: "kedai kopi di Bandung" -> kedai, kopi ("ke Bandung?" still asks).
    generic_terms = {t for w in generic for t in tokenize(re.split(r"\s+(?:di|in|at|dekat)\s+", w or "")[0])}
    generic_terms |= lexicon.VAGUE  # "toko", "layanan": the business itself, like its name
    # Numbers in a question ("untuk 25 orang", "nomor 7") help where they match but are not the topic.
    # Model codes ("A51", "X200") likewise: "layar Samsung A51" is still the Samsung screen price.
    hard = frozenset(
        t for t, soft in pairs if not soft and t not in generic_terms and not any(c.isdigit() for c in t)
    )
    if not hard and generic:
        # "Madunya asli dari mana?" at Madu Hutan Asli: the business name's product words are what is asked,
        # not the kind of business it is ("Where is the boarding house?" at Kos Putri Melati asks the address).
        names = list(generic)
        kind_head = set(tokenize(names[-1])) if len(names) >= 3 else set()
        product = set(tokenize(names[0])) - kind_head - lexicon.VAGUE
        hard = frozenset(t for t, soft in pairs if not soft and t in product and not t.isdigit())
    if not hard and not any(c.isdigit() for c in text):
        # "Syaratnya apa aja?": a condition word is all that is asked (not "24 jam", "2 porsi": amounts)
        hard = frozenset(
            t for t, soft in pairs if soft == lexicon.UNIT and t not in generic_terms and t.isalpha()
        )
    hard = _unasked(text, hard)
    soft = frozenset(t for t, _ in pairs) - hard
    said = frozenset(t for t, _ in pairs)
    asks = frozenset(t for t, soft in pairs if soft == lexicon.ASK) - hard
    if WHO in asks and hard:  # "siapa pemiliknya?": only a text naming someone answers, not "izin pemilik"
        hard |= {WHO}
    compounds = tuple(
        (a, b)  # Indonesian order (head first); English puts the head last ("rice box")
        for (a, sa), (b, sb) in zip(pairs, pairs[1:])
        if not sa and not sb and a in hard and b in hard and a != b and lexicon.language_of(text) == "id"
    )
    names = (
        frozenset(t for w in _NAME.findall(text) for t in tokenize(w)) if not text.istitle() else frozenset()
    )
    to = frozenset(tokenize(" ".join(_DESTINATION.findall(text.lower()))))
    return Query(
        tuple(t for t, _ in pairs), hard, soft, (said & generic_terms) - hard, asks, compounds, names, to
    )


_NAME = re.compile(r"(?<![.?!]\s)(?<=\s)([A-Z][a-z]{2,})\b")  # capitalised, not the first word of a sentence


_QUANTITY_VERB = re.compile(r"\b([^\W\d_]+)\s+\d")


def _unasked(text: str, hard: frozenset[str]) -> frozenset[str]:
    """``hard`` without the words that only frame the question, when something else is asked: a yes/no
    predicate ("pengemasannya aman gk?" asks about the packing) and a buying verb before a quantity ("ambil 2
    sabit brp" asks the sickle's price)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    framing = {t for w in words if w in lexicon.PREDICATES for t in tokenize(w)}
    framing |= {t for w in _QUANTITY_VERB.findall(text.lower()) if w in lexicon.BUYING for t in tokenize(w)}
    rest = hard - framing
    return rest if rest else hard


_DESTINATION = re.compile(
    r"\b(?:ke|to|sampai|sampe|dari|from)\s+(?:my\s+|the\s+)?([a-z]+)"
)  # "kirim ke Makassar"


def distance(a: str, b: str, limit: int = 2) -> int:
    """Edit distance of two words (insertions, deletions, substitutions and swapped neighbours), or
    ``limit + 1`` as soon as it is known to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = [], list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _first(word: str) -> str:
    return "k" if word[0] == "c" else word[0]


def _skeleton(word: str) -> str:
    return word[0] + re.sub(r"[aeiou]", "", word[1:])


def _within(short: str, word: str) -> bool:
    """Whether the letters of ``short`` appear in ``word`` in order."""
    rest = iter(word)
    return all(c in rest for c in short)


def nearest(word: str, vocabulary: Iterable[str]) -> str | None:
    """The one word of ``vocabulary`` (the knowledge's own words) that ``word`` misspells or shortens:
    one edit for 4-7 letters, two from 8 ("keybord" -> keyboard, "mozarela" -> mozarella), the same consonants
    with vowels left out ("pnjang" -> panjang), or the start of exactly one longer word ("fuji" -> fujifilm).
    None when no word is that close or two are equally close (a guess would be an invented fact)."""
    if len(word) < 3 or not word.isalpha():
        return None
    words = [w for w in vocabulary if w.isalpha() and w != word]
    # "nyedot" -> sedot, "sepeti" (one peti) -> peti, where the texts say it
    roots = [c for c in [*lexicon.nasal_roots(word), word[2:] * word.startswith("se")] if c in words]
    if len(roots) == 1:
        return roots[0]
    # A chat abbreviation keeps the word's letters in order and drops vowels ("sptu" -> sepatu, not satu)
    short = {w for w in words if len(w) > len(word) and _skeleton(w) == _skeleton(word) and _within(word, w)}
    if len(short) == 1:
        return short.pop()
    budget = 0 if len(word) < 4 else 1 if len(word) < 8 else 2
    best: dict[int, set[str]] = {}
    for w in words:
        # Typos spare the first letter; loanwords spell c as k ("carpet" ~ karpet).
        d = distance(word, w, budget) if budget and _first(w) == _first(word) else budget + 1
        if d <= budget:
            best.setdefault(d, set()).add(w)
    if best:
        top = best[min(best)]
        return next(iter(top)) if len(top) == 1 else None
    longer = [w for w in words if len(word) >= 4 and w.startswith(word) and len(w) >= len(word) + 2]
    return longer[0] if len(longer) == 1 else None


def _in_language(word: str, known: Iterable[str]) -> str | None:
    """A misspelt everyday word ("oprasional" -> operasional -> buka), when the texts use its term."""
    if len(word) < 6 or word in lexicon.SYNONYMS or word in lexicon.CANON:  # short or known: no guess
        return None
    near = nearest(word, _LEXICON_WORDS)
    term = lexicon.canonical(near) if near else None
    return term if term in known else None


_LEXICON_WORDS = frozenset(w for w in (*lexicon.CANON, *lexicon.ENGLISH) if w.isalpha() and len(w) >= 4)
_ASIDE = re.compile(r"\([^()]{12,}\)")  # a bracketed remark of a few words (not "(OEM)" or "(H-1)")
_OUT_OF_TOWN = frozenset({"luar", "kota", "pulau", "daerah", "provinsi"})
ANSWER_TYPES = frozenset({"harga", "buka", "durasi", "lokasi", "kontak"})  # kinds of value asked for
FEATURE_TERMS = frozenset(name for _, name in _FEATURES)  # every kind of value a text may hold


def features(text: str) -> frozenset[str]:
    """What kind of value ``text`` holds: a price, opening hours, a duration, an address, a contact."""
    return frozenset(name for pattern, name in _FEATURES if pattern.search(text))


def doc_terms(text: str, context: str = "", kinds: frozenset[str] | None = None) -> list[str]:
    """Terms of a fact (plus its heading/source ``context``), with what its numbers say (price, time, address)."""
    return tokenize(f"{context} {text}") + sorted(features(text) if kinds is None else kinds)


class Index:
    """Coverage and ranking over pre-tokenised texts (pure Python: ~1 ms for a few hundred facts)."""

    def __init__(
        self,
        corpus: list[list[str]],
        *,
        kinds: list[frozenset[str]] | None = None,
        asks: list[frozenset[str]] | None = None,
        own: list[frozenset[str]] | None = None,
        literal: list[frozenset[str]] | None = None,
        lead: list[frozenset[str]] | None = None,
    ) -> None:
        self.lead = lead or [frozenset()] * len(corpus)  # the first words of a text: what it is about
        self.literal = literal or [frozenset()] * len(corpus)  # words as written (stemmed), before synonyms
        self.corpus = corpus
        self.own = own or [frozenset(d) for d in corpus]  # terms of the text itself, without its heading
        self.asks = asks or [frozenset()] * len(corpus)  # the FAQ question a text answers, as terms
        self.kinds = kinds or [frozenset()] * len(corpus)
        self.n = len(corpus)
        self.tfs = [Counter(d) for d in corpus]
        self.df: Counter[str] = Counter()
        for tf in self.tfs:
            self.df.update(tf.keys())

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def coverage(self, q: Query, i: int) -> float:
        """idf-weighted share of the question's terms that text ``i`` contains (0..1)."""
        tf = self.tfs[i]
        asked = [t for t in q.hard] + [t for t in q.soft if t in tf]
        if not asked or not any(t in tf for t in q.hard | q.soft):
            return 0.0
        if not q.hard:  # only question words and the business's name ("bengkelnya di mana?")
            wanted = q.asks - q.generic
            if not wanted or not q.generic:  # "berapa?" alone, "ada layanan 24 jam?": too vague to answer
                return 0.5
            total = sum(self.idf(t) for t in wanted)
            return sum(self.idf(t) for t in wanted if t in tf) / total if total else 0.0
        weight = {t: self.idf(t) for t in asked}
        for head, mod in q.compounds:  # a text with the modifier but not the head is about something else
            if head in weight and mod in weight and head not in tf and mod in tf:
                weight[head] = max(weight[head], weight[mod])
        total = sum(weight.values())
        share = sum(w for t, w in weight.items() if t in tf) / total if total else 0.0
        return min(share, 0.4) if WHO in q.hard and WHO not in tf else share  # "siapa": names no one

    @classmethod
    def of_texts(
        cls, texts: list[str], contexts: list[str] | None = None, questions: list[str] | None = None
    ) -> Index:
        """An Index over texts, knowing what kind of value each holds (see :func:`features`) and, for FAQ
        answers, the question each one answers."""
        contexts = contexts or [""] * len(texts)
        questions = questions or [""] * len(texts)
        kinds = [features(t) for t in texts]
        return cls(
            [doc_terms(t, f"{c} {q}", k) for t, c, q, k in zip(texts, contexts, questions, kinds)],
            kinds=kinds,
            literal=[lexicon.stems(f"{q} {t}") for t, q in zip(texts, questions)],
            asks=[frozenset(tokenize(q)) if q else frozenset() for q in questions],
            # What a text says outright: not its heading, nor an aside in brackets ("Kelas grup (gratis untuk
            # member bulanan)" is not about the monthly membership).
            own=[
                frozenset(tokenize(f"{q} {_ASIDE.sub(' ', t)}")) | k
                for t, q, k in zip(texts, questions, kinds)
            ],
            lead=[frozenset(tokenize(f"{q} {t}")[:3]) for t, q in zip(texts, questions)],  # cached above
        )

    def resolve(self, q: Query) -> Query:
        """The query with words the texts never use mapped to a close one they do: a shortened name
        ("fuji" -> fujifilm) or a typo ("capucino" -> cappuccino). Unknown words stay unknown.
        Two words side by side that the texts only use joined ("waiting room" -> ruang tunggu, which the
        texts hold as "ruangtunggu") are joined."""
        q = self._joined(q)
        missing = [t for t in q.hard if t not in self.df and t.isalpha() and len(t) >= 3]
        if not missing:
            return q
        swap, where = {}, set()
        for t in missing:
            near = nearest(t, self.df.keys()) or _in_language(t, self.df)
            if near:
                swap[t] = near  # "keybord" -> keyboard, "pnjang" -> panjang, "fuji" -> fujifilm
            elif t in q.to | _OUT_OF_TOWN and "kirim" in q.hard:  # "kirim ke Makassar?", "antar ke kos?"
                wide = [w for w in (lexicon.NATIONWIDE, "luar") if w in self.df]
                if wide:
                    swap[t] = wide[0]
                elif (
                    t in lexicon.EVERYDAY
                ):  # where the customer is ("ke rumah") counts only where a text says it
                    where.add(t)  # a town the texts do not name ("ke Sidoarjo") stays unknown: the hand-off
            elif t in q.names and self._brand_of(q.hard - {t}):
                swap[t] = _BRAND  # "Galon Aqua bisa diisi?" where the texts say "semua merek galon"
        if not swap and not where:
            return q
        terms = tuple(swap.get(t, t) for t in q.terms)
        pairs = tuple((swap.get(a, a), swap.get(b, b)) for a, b in q.compounds)
        hard = frozenset(swap.get(t, t) for t in q.hard - where)
        return replace(q, terms=terms, hard=hard, soft=q.soft | where, compounds=pairs)

    def _brand_of(self, rest: frozenset[str]) -> bool:
        """Whether a text speaks of brands of what the rest of the question names ("semua merek galon")."""
        return bool(rest) and any(_BRAND in tf and rest <= tf.keys() for tf in self.tfs)

    def _joined(self, q: Query) -> Query:
        terms = list(q.terms)
        for k in range(len(terms) - 1):
            a, b = terms[k], terms[k + 1]
            if a in q.hard and b in q.hard and a + b in self.df and (a not in self.df or b not in self.df):
                terms[k : k + 2] = [a + b, ""]
        if "" not in terms:
            return q
        gone = set(q.terms) - set(terms)
        joined = {t for t in terms if t and t not in q.terms}
        pairs = tuple((a, b) for a, b in q.compounds if a not in gone and b not in gone)
        terms = [t for t in terms if t]
        return replace(
            q, terms=tuple(terms), hard=(q.hard - gone) | joined, soft=q.soft - joined, compounds=pairs
        )

    def rank(self, q: Query, text: str = "") -> list[tuple[int, float, float]]:
        """(index, coverage, score) of every text that matches, best first (see :meth:`score`)."""
        q = self.resolve(q)
        seq = tuple(w for w in lexicon.stem_sequence(text) if lexicon.canonical(w) not in q.generic)
        terms = {t for t in q.terms if t not in q.generic} or set(q.terms)  # the name says nothing
        rows = [
            (i, c, self.score(q, i, sum(tf[t] for t in terms) / len(self.corpus[i]), seq, c))
            for i, tf in enumerate(self.tfs)
            if terms & tf.keys()
            for c in [self.coverage(q, i)]
        ]
        return sorted(rows, key=lambda r: (-r[2], r[0]))

    def score(
        self, q: Query, i: int, density: float, said: tuple[str, ...] = (), cov: float | None = None
    ) -> float:
        """How well text ``i`` answers ``q``: the one number retrieval sorts by.

        coverage     idf-weighted share of what is asked that the text holds (0..1), in steps of 0.01:
                     it decides, and the terms below only order texts that answer equally much
        + 0.002 x    value: the text holds the kind of value named ("biaya" -> a price: 3), the kind a
                     question word hints at ("berapa" -> a price: 2), or any amount for "berapa" (1)
        + 0.001 x    focus (0..1): the share of the asked words the text says itself (not only in its
                     heading) and as written ("buka" said and written over its synonym "tutup")
        + 0.0001 x   density (0..1): what is left, occurrences of the asked words per word of the text
        """
        asked = (q.hard | q.soft) - q.generic
        named, hinted = q.hard & ANSWER_TYPES, (q.hard | q.soft) & ANSWER_TYPES
        value = (
            3 if named & self.kinds[i] else 2 if hinted & self.kinds[i]
            else int("harga" in hinted and "angka" in self.kinds[i])
        )  # fmt: skip
        faq = self.asks[i] - ANSWER_TYPES  # an FAQ answer fits when its question asks what the customer asks
        hard = q.hard - q.generic
        n = max(1, len(hard))
        focus = (  # weights halve down the list: each term mostly orders texts the ones above leave equal
            0.4 * len(hard & self.own[i]) / n
            + 0.2 * (1.0 if not faq else float(len(faq & asked) * 2 >= len(faq)))
            + 0.1 * len(asked & self.tfs[i].keys()) / max(1, len(asked))  # numbers asked ("1 PK") count here
            + 0.05 * len(hard & self.lead[i]) / n
            + 0.05 * len(set(said) & self.literal[i]) / max(1, len(said))
        )
        cov = self.coverage(q, i) if cov is None else cov
        return round(cov, 2) + 0.002 * value + 0.001 * focus + 0.0001 * density
