"""Indonesian-aware tokenising and ranking for the offline engine and the Chatbot (one vocabulary for both).

    >>> tokenize("Harganya berapa, kak?")
    ['harga', 'harga']
    >>> index = Index([doc_terms("Ganti oli Rp 55.000."), doc_terms("Servis CVT Rp 85.000.")])
    >>> index.rank(query("Berapa biaya ganti oli?"))[0]
    (0, 1.0, ...)

Ranking is BM25 plus an idf-weighted *coverage*: the share of what the question asks that a text answers.
A question word ("berapa", "kapan", "di mana") counts only where a text matches it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from gigai.offline import lexicon

STOPWORDS = lexicon.STOPWORDS
SLANG = lexicon.SLANG
SYNONYMS = {head: " ".join(ws) for head, ws in lexicon.SYNONYMS.items()}
CANON = lexicon.CANON
_CANON = CANON  # older name, still read by gigai.deploy.export
SOFT = frozenset(lexicon.QUESTION_WORDS)
WHO = "tokoh"
_BRAND = "merek"  # what an unknown name in a question may be, where the texts speak of brands  # what "siapa" / "who" asks for (see _FEATURES)

# What a fact says without the word for it: "Rp 55.000" is a price, "Jl. Melati 5" an address, ...
_FEATURES = [
    (re.compile(r"\b(rp\.?|idr)\s*\d|\b\d+\s*(rb|ribu|k|jt|juta)\b|\b(gratis|free)\b", re.I), "harga"),
    (re.compile(r"\b\d+\s*(-\s*\d+\s*)?(hari|jam|menit|minggu|bulan|tahun|days?|hours?|minutes?|weeks?)\b", re.I),
     "durasi"),
    (re.compile(r"\b\d{1,2}[.:]\d{2}\b|\bpukul\b|(?<!harga )(?<!sewa )(?<!per )\b24 jam\b", re.I), "buka"),
    (re.compile(r"\b(jl|jln|jalan|gg|gang|komplek|kompleks|perum|perumahan|ruko|blok|gedung|mall|plaza|pasar|desa|kec|kel|kecamatan|kelurahan|kota|kabupaten)\b\.?\s+\w", re.I), "lokasi"),
    (re.compile(r"(\+62|\b62|\b0)8\d[\d\- ]{6,}|\bwa\b|whatsapp|@\w{3,}", re.I), "kontak"),
    (re.compile(r"\d+\s*%|\bgratis\b", re.I), "promo"),
    # Who: a titled name ("drh. Rani", "Pak Budi"), a phone number, or a party ("ditanggung penyewa").
    (re.compile(r"\b(?i:drh|drg|dr|ir|bapak|pak|ibu|bu|mas|mbak|kak|koh|cik|bang|ustadz|ustazah|oleh)\.?\s+[A-Z]"
                r"|(\+62|\b62|\b0)\d[\d\- ]{6,}"
                r"|\b(?i:penyewa|penyewanya|klien|pelanggan|pembeli|konsumen|customer|client|penjual|teknisi|dokter|"
                r"tutor|guru|pengajar|kurir|admin|owner|founder|pendiri)\b"), "tokoh"),
    (re.compile(r"\b\d+\s*(menit|km|meter|m)\b.{0,20}\b(jalan|dari|ke)\b|\bdekat\b|\bdi samping\b", re.I), "jarak"),
    (re.compile(r"(?<![A-Za-z])(?<![A-Za-z]-)\d"), "angka"),  # an amount; not "H-1", "A7", "X-T30"
]  # fmt: skip


def normalize_word(word: str) -> str:
    """One word as its canonical term ('harganya' -> 'harga', 'alamat' -> 'lokasi')."""
    return lexicon.canonical(word.lower())


def tokenize(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Content words of ``text`` as canonical terms: slang, suffixes, stemming and synonyms folded."""
    return [t for t, _ in lexicon.words(text, keep_stopwords=keep_stopwords)]


def soft_terms(text: str) -> frozenset[str]:
    """Terms that come only from question words in ``text`` (see Index.coverage)."""
    pairs = lexicon.words(text)
    hard = {t for t, soft in pairs if not soft}
    return frozenset(t for t, soft in pairs if soft) - hard


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
    return Query(
        tuple(t for t, _ in pairs), hard, soft, (said & generic_terms) - hard, asks, compounds, names
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


_LETTERS = re.compile(r"[a-z]+")


def _pairs(words: tuple[str, ...]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:]))


_ASIDE = re.compile(r"\([^()]{12,}\)")  # a bracketed remark of a few words (not "(OEM)" or "(H-1)")
_LABEL = re.compile(r"^\s*([^:\d]{2,30}):\s")
_OUT_OF_TOWN = frozenset({"luar", "kota", "pulau", "daerah", "provinsi"})
_ANSWER_TYPES = frozenset({"harga", "buka", "durasi", "lokasi", "kontak"})


def features(text: str) -> frozenset[str]:
    """What kind of value ``text`` holds: a price, opening hours, a duration, an address, a contact."""
    return frozenset(name for pattern, name in _FEATURES if pattern.search(text))


def raw_words(text: str) -> frozenset[str]:
    """Small words kept as written ("apa saja yang saya dapat"): they tell FAQ questions apart."""
    return frozenset(
        w for w in re.findall(r"[a-z]+", lexicon.clean(text).lower()) if w in STOPWORDS and len(w) > 2
    )


def doc_terms(text: str, context: str = "", kinds: frozenset[str] | None = None) -> list[str]:
    """Terms of a fact (plus its heading/source ``context``), with what its numbers say (price, time, address)."""
    return tokenize(f"{context} {text}") + sorted(features(text) if kinds is None else kinds)


class Index:
    """BM25 and coverage over pre-tokenised texts (pure Python: ~1 ms for a few hundred facts)."""

    def __init__(
        self,
        corpus: list[list[str]],
        k1: float = 1.5,
        b: float = 0.75,
        *,
        kinds: list[frozenset[str]] | None = None,
        raw: list[frozenset[str]] | None = None,
        asks: list[frozenset[str]] | None = None,
        own: list[frozenset[str]] | None = None,
        labels: list[frozenset[str]] | None = None,
        literal: list[frozenset[str]] | None = None,
        pairs: list[set[tuple[str, str]]] | None = None,
        lead: list[frozenset[str]] | None = None,
    ) -> None:
        self.lead = lead or [frozenset()] * len(corpus)  # the first words of a text: what it is about
        self.literal = literal or [frozenset()] * len(corpus)  # words as written (stemmed), before synonyms
        self.labels = labels or [frozenset()] * len(corpus)  # "Alamat: ..." is labelled lokasi
        self.corpus = corpus
        self.own = own or [frozenset(d) for d in corpus]  # terms of the text itself, without its heading
        self.asks = asks or [frozenset()] * len(corpus)  # the FAQ question a text answers, as terms
        self.kinds = kinds or [frozenset()] * len(corpus)
        self.raw = raw or [frozenset()] * len(corpus)
        self.k1, self.b = k1, b
        self.n = len(corpus)
        self.avgdl = (sum(len(d) for d in corpus) / self.n) if self.n else 0.0
        self.tfs = [Counter(d) for d in corpus]
        self.pairs = pairs or [
            set() for _ in corpus
        ]  # written word pairs: "cuci setrika" is not "setrika saja"
        self.df: Counter[str] = Counter()
        for tf in self.tfs:
            self.df.update(tf.keys())

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, terms: Iterable[str]) -> list[float]:
        terms = [t for t in terms if t in self.df]
        out = []
        for tf, doc in zip(self.tfs, self.corpus):
            norm = self.k1 * (1 - self.b + self.b * len(doc) / (self.avgdl or 1))
            out.append(sum(self.idf(t) * tf[t] * (self.k1 + 1) / (tf[t] + norm) for t in terms if t in tf))
        return out

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
            raw=[raw_words(f"{c} {q} {t}") for t, c, q in zip(texts, contexts, questions)],
            literal=[lexicon.stems(f"{q} {t}") for t, q in zip(texts, questions)],
            pairs=[_pairs(lexicon.stem_sequence(f"{q} {t}")) for t, q in zip(texts, questions)],
            asks=[frozenset(tokenize(q)) if q else frozenset() for q in questions],
            # What a text says outright: not its heading, nor an aside in brackets ("Kelas grup (gratis untuk
            # member bulanan)" is not about the monthly membership).
            own=[
                frozenset(tokenize(f"{q} {_ASIDE.sub(' ', t)}")) | k
                for t, q, k in zip(texts, questions, kinds)
            ],
            labels=[
                frozenset(tokenize(m.group(1))) if (m := _LABEL.match(t)) else frozenset() for t in texts
            ],
            lead=[frozenset(tokenize(f"{q} {t}")[:3]) for t, q in zip(texts, questions)],  # cached above
        )

    def resolve(self, q: Query) -> Query:
        """The query with words the texts never use mapped to a close one they do: a shortened name
        ("fuji" -> fujifilm) or a typo ("capucino" -> cappuccino). Unknown words stay unknown.
        Two words side by side that the texts only use joined ("waiting room" -> ruang tunggu, which the
        texts hold as "ruangtunggu") are joined."""
        q = self._joined(q)
        # "dijemput ke kos?", "antar ke kantor?": where the customer is, when the texts never say it, only says
        # where to send to; the sending is what is asked.
        where = (
            {t for t in q.hard if t in lexicon.PREMISES and t not in self.df} if "kirim" in q.hard else set()
        )
        if where:
            q = Query(q.terms, q.hard - where, q.soft | where, q.generic, q.asks, q.compounds, q.names)
        missing = [t for t in q.hard if t not in self.df and t.isalpha() and len(t) >= 4]
        if not missing:
            return q
        import difflib

        swap = {}
        for t in missing:
            longer = sorted(w for w in self.df if w.startswith(t) and len(w) >= len(t) + 2)
            close = difflib.get_close_matches(t, list(self.df), n=1, cutoff=0.88) if len(t) >= 6 else []
            if (
                t in lexicon.PLACES and lexicon.NATIONWIDE in self.df
            ):  # "ke Surabaya?" -> "ke seluruh Indonesia"
                swap[t] = lexicon.NATIONWIDE
            elif (
                t in _OUT_OF_TOWN
                and "kirim" in q.hard
                and lexicon.NATIONWIDE in self.df
                and "luar" in q.terms
            ):
                swap[t] = lexicon.NATIONWIDE  # "kirim ke luar kota?" -> "ke seluruh Indonesia"
            elif t in lexicon.PLACES and "kirim" in q.hard and "luar" in self.df:
                swap[t] = (
                    "luar"  # "kirim ke Jakarta?" where the shop only names its town: "(tidak) ke luar kota"
                )
            elif t in q.names and not longer and not close and self._brand_of(q.hard - {t}):
                swap[t] = _BRAND  # "Galon Aqua bisa diisi?" where the texts say "semua merek galon"
            elif len(longer) == 1:
                swap[t] = longer[0]
            elif close:
                swap[t] = close[0]
        if not swap:
            return q
        return Query(
            tuple(swap.get(t, t) for t in q.terms),
            frozenset(swap.get(t, t) for t in q.hard),
            q.soft,
            q.generic,
            q.asks,
            tuple((swap.get(a, a), swap.get(b, b)) for a, b in q.compounds),
        )

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
        return Query(
            tuple(t for t in terms if t),
            frozenset((q.hard - gone) | joined),
            q.soft - joined,
            q.generic,
            q.asks,
            tuple((a, b) for a, b in q.compounds if a not in gone and b not in gone),
            q.names,
        )

    def rank(self, q: Query, text: str = "") -> list[tuple[int, float, float]]:
        """(index, coverage, score) of every text that matches, best first.

        Order: coverage; then texts holding the kind of value asked for ("berapa" -> a price, "jam" -> a time);
        then BM25, nudged by the small words shared with the question (``text``).
        """
        q = self.resolve(q)
        scores = self.scores([t for t in q.terms if t not in q.generic] or q.terms)  # the name says nothing
        asked = (q.hard | q.soft) & _ANSWER_TYPES
        small = raw_words(text) if text else frozenset()
        # Words as the customer wrote them, without the business's own name: "buka" said and written beats
        # "tutup" (a synonym), and "cuci setrika" in that order beats "setrika saja".
        seq = (
            tuple(w for w in lexicon.stem_sequence(text) if lexicon.canonical(w) not in q.generic)
            if text
            else ()
        )
        said = frozenset(seq)
        every = (q.hard | q.soft) - q.generic
        pairs = _pairs(seq)
        rows = [
            (
                i,
                self.coverage(q, i),
                s
                + 0.3 * len(small & self.raw[i])
                + 2 * len(pairs & self.pairs[i])
                + 2 * len(every & self.labels[i])
                + len(said & self.literal[i])
                + len(q.generic & self.own[i]),  # "jahit kemeja" at a Penjahit: the text that says jahit
            )
            for i, s in enumerate(scores)
            if s > 0
        ]

        named = q.hard & _ANSWER_TYPES  # "harga", "alamat", "jam" said outright

        def kind(i: int) -> int:
            """2: holds the kind of value named ("biaya" -> a price); 1: the kind a question word hints at,
            or any amount for "berapa" (berapa kg, berapa hari, berapa kali); 0: neither."""
            if named & self.kinds[i]:
                return 3
            if asked & self.kinds[i]:  # "berapa" and a price beats "berapa" and any number ("1 bulan")
                return 2
            return int("harga" in asked and "angka" in self.kinds[i])

        every = (q.hard | q.soft) - q.generic

        def fits(i: int) -> int:  # an FAQ answer fits when its question asks mostly what the customer asks
            faq = self.asks[i] - {"harga", "durasi", "buka", "lokasi"}
            return 1 if not faq else int(len(faq & every) * 2 >= len(faq))

        def matched(i: int) -> int:
            return len(every & self.tfs[i].keys())

        def own(i: int) -> int:  # the asked words said in the fact itself, not only in its section heading
            return len((q.hard - q.generic) & self.own[i])

        return sorted(
            rows,
            key=lambda r: (
                -round(r[1], 2),
                -kind(r[0]),
                -own(r[0]),
                -fits(r[0]),
                -matched(r[0]),
                -len((q.hard - q.generic) & self.lead[r[0]]),  # "DP Rp 5 juta ..." over "... DP dipotong"
                -r[2],
                r[0],
            ),
        )


class BM25(Index):
    """Older name: ``BM25(corpus).scores(tokens)`` and ``.coverage(tokens, i, soft)``."""

    def coverage(self, q, i, soft=frozenset()):  # type: ignore[override]
        if isinstance(q, Query):
            return super().coverage(q, i)
        terms = set(q)
        return super().coverage(Query(tuple(terms), frozenset(terms - soft), frozenset(terms & soft)), i)
