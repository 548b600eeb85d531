"""Indonesian-aware tokenising and BM25 ranking for the offline engine (bm25s when importable)."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

STOPWORDS = frozenset(
    [
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "apa",
        "apakah",
        "berapa",
        "ada",
        "itu",
        "ini",
        "saya",
        "aku",
        "kamu",
        "anda",
        "dong",
        "ya",
        "kak",
        "kakak",
        "min",
        "admin",
        "gan",
        "sis",
        "bang",
        "bro",
        "mas",
        "mbak",
        "pak",
        "bu",
        "sih",
        "deh",
        "nih",
        "kah",
        "lah",
        "pun",
        "juga",
        "aja",
        "saja",
        "bisa",
        "boleh",
        "mau",
        "ingin",
        "tolong",
        "mohon",
        "minta",
        "gimana",
        "bagaimana",
        "untuk",
        "buat",
        "dengan",
        "atau",
        "tapi",
        "kalau",
        "kalo",
        "jika",
        "ga",
        "gak",
        "nggak",
        "enggak",
        "tidak",
        "bukan",
        "yg",
        "dgn",
        "utk",
        "tdk",
        "udah",
        "sudah",
        "belum",
        "akan",
        "lagi",
        "masih",
        "sama",
        "para",
        "pada",
        "oleh",
        "sebagai",
        "dalam",
        "nya",
        "kah",
        "tau",
        "tahu",
        "info",
        "informasi",
        "tanya",
        "nanya",
        "mengenai",
        "tentang",
        "the",
        "a",
        "an",
        "is",
        "are",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "what",
        "how",
        "do",
        "does",
        "can",
        "i",
        "you",
        "we",
        "me",
        "my",
        "your",
        "please",
        "is",
        "it",
        "this",
        "that",
        "pakai",
        "pake",
        "lewat",
        "via",
        "bisakah",
        "menerima",
        "terima",
        "tersedia",
        "perlu",
        "harus",
        "cara",
        "kira",
        "sekitar",
        "jadi",
        "kan",
        "kok",
        "sini",
        "situ",
        "apa2",
        "dimanakah",
        "adalah",
        "ialah",
        "yaitu",
        "punya",
        "kita",
        "kami",
        "mereka",
        "dia",
        "ia",
        "nah",
        "hai",
        "halo",
        "when",
        "where",
        "who",
        "have",
        "has",
        "there",
        "any",
        "be",
    ]
)

# Words that mean the same thing for a customer question; every group maps to its first word.
SYNONYMS = {
    "harga": "harga biaya tarif berapa ongkos rp rupiah price cost fee bayaran harganya much",
    "buka": "buka jam pukul operasional tutup open close kapan jadwal hours time hour",
    "lokasi": "lokasi alamat dimana mana letak tempat address location maps",
    "kontak": "kontak hubungi wa whatsapp telepon telp hp nomor contact nomer",
    "pesan": "pesan order beli memesan pemesanan booking reservasi pesen reservation reserve",
    "kirim": "kirim antar delivery ongkir pengiriman diantar dikirim",
    "bayar": "bayar pembayaran qris transfer tunai cash payment pay",
    "promo": "promo diskon potongan voucher cashback discount",
    "menu": "menu produk varian pilihan daftar product jualan",
    # English questions against Indonesian facts (bots answer in the customer's language).
    "kopi": "kopi coffee",
    "cuci": "cuci mencuci dicuci wash laundry",
    "minggu": "minggu sunday",
    "sabtu": "sabtu saturday",
    "senin": "senin monday",
    "jumat": "jumat friday",
    "parkir": "parkir parking",
    "makanan": "makanan food",
    "minuman": "minuman drink drinks",
    "revisi": "revisi revision revisions",
    "setrika": "setrika ironing iron",
    "sepatu": "sepatu shoes",
    "hari": "hari day days",
}
# Chat spellings -> standard words, so "hrg" finds "harga".
SLANG = {
    "yg": "yang", "dgn": "dengan", "hrg": "harga", "brp": "berapa", "jm": "jam", "bs": "bisa", "tdk": "tidak",
    "gk": "tidak", "gak": "tidak", "sdh": "sudah", "utk": "untuk", "bsk": "besok", "tgl": "tanggal",
    "kilo": "kg", "kilogram": "kg",
}  # fmt: skip
SOFT = frozenset({"berapa", "kapan", "mana", "dimana"})  # question words that also hint at a topic
_CANON = {w: head for head, words in SYNONYMS.items() for w in words.split()}
_SUFFIXES = ("nya", "lah", "kah", "pun")


def normalize_word(word: str) -> str:
    word = SLANG.get(word, word)
    if len(word) > 5:
        for suf in _SUFFIXES:
            if word.endswith(suf) and len(word) - len(suf) >= 3:
                word = word[: -len(suf)]
                break
    return _CANON.get(word, word)


def soft_terms(text: str) -> frozenset[str]:
    """Canonical terms that come only from question words in ``text`` (see BM25.coverage)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    hard = {normalize_word(w) for w in words if w not in SOFT}
    return frozenset(normalize_word(w) for w in words if w in SOFT) - hard


def tokenize(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Lowercase, strip punctuation, drop stopwords, light suffix stemming and synonym folding."""
    text = text.lower()
    text = re.sub(r"(?<=\d)[.,](?=\d{3}\b)", "", text)  # "18.000" -> "18000"
    words = re.findall(r"[a-z0-9]+", text)
    out = []
    for w in words:
        w = SLANG.get(w, w)
        if not keep_stopwords and (w in STOPWORDS and w not in _CANON):
            continue
        out.append(normalize_word(w))
    return out


class BM25:
    """Lucene-style BM25 over pre-tokenised passages; bm25s does the scoring when it is installed."""

    def __init__(self, corpus: list[list[str]], k1: float = 1.5, b: float = 0.75) -> None:
        self.corpus = corpus
        self.k1, self.b = k1, b
        self.n = len(corpus)
        self.avgdl = (sum(len(d) for d in corpus) / self.n) if self.n else 0.0
        self.df: Counter[str] = Counter()
        for doc in corpus:
            self.df.update(set(doc))
        self.tfs = [Counter(d) for d in corpus]
        self._bm25s = _bm25s_index(tuple(tuple(d) for d in corpus))

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, query: list[str]) -> list[float]:
        if not self.n:
            return []
        terms = [t for t in query if t in self.df]
        if not terms:
            return [0.0] * self.n
        if self._bm25s is not None:
            try:
                return [float(s) for s in self._bm25s.get_scores(terms)]
            except Exception:  # noqa: BLE001, S110 - fall through to the pure-Python scorer
                pass
        out = []
        for tf, doc in zip(self.tfs, self.corpus):
            norm = self.k1 * (1 - self.b + self.b * len(doc) / (self.avgdl or 1))
            out.append(sum(self.idf(t) * tf[t] / (tf[t] + norm) for t in terms if t in tf))
        return out

    def coverage(self, query: list[str], index: int, soft: frozenset[str] = frozenset()) -> float:
        """Share of the query's distinct words found in passage ``index``.

        ``soft`` words (folded from question words like "berapa", "kapan") only count when they match:
        "berapa lama garansi?" must not fail because no passage talks about prices.
        """
        doc = self.tfs[index]
        terms = [t for t in set(query) if t not in soft or t in doc]
        if not terms:
            return 0.0
        return sum(1 for t in terms if t in doc) / len(terms)


@lru_cache(maxsize=32)
def _bm25s_index(corpus: tuple[tuple[str, ...], ...]):
    """A bm25s index over the same tokens (cached: a chatbot asks many questions of one knowledge base)."""
    if not corpus or not any(corpus):
        return None
    try:
        import bm25s
    except Exception:  # noqa: BLE001 - the pure-Python scorer gives the same ranking
        return None
    try:
        model = bm25s.BM25(k1=1.5, b=0.75, method="lucene")
        model.index([list(d) for d in corpus], show_progress=False)
        return model
    except Exception:  # noqa: BLE001 - API drift in bm25s must not break the offline engine
        return None
