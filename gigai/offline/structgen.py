"""Offline structured output: fill any pydantic schema from the prompt text by simple, deterministic heuristics.

Strings take the prompt clause that best matches the field's name/description (``Produk: X`` lines win),
numbers take the number written next to the field's words, enums the option the prompt mentions.
Constraints (min/max length, ge/le, list sizes) are respected. It is a stand-in, not intelligence.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from decimal import Decimal
from typing import Any

from gigai.errors import InputError
from gigai.offline.retrieval import tokenize

# English field-name words -> Indonesian words a prompt may use instead.
_TRANSLATE = {
    "name": "nama",
    "title": "judul",
    "product": "produk",
    "price": "harga",
    "audience": "audiens target",
    "description": "deskripsi",
    "business": "bisnis usaha",
    "location": "lokasi",
    "address": "alamat",
    "category": "kategori",
    "summary": "ringkasan",
    "scene": "adegan",
    "scenes": "adegan",
    "narration": "narasi",
    "visual": "gambar",
    "caption": "caption",
    "duration": "durasi detik",
    "seconds": "detik",
    "count": "jumlah",
    "cta": "ajakan",
    "hook": "pembuka",
    "tone": "gaya nada",
    "language": "bahasa",
    "topic": "topik",
    "topics": "topik",
    "question": "pertanyaan",
    "answer": "jawaban",
    "reason": "alasan",
    "text": "teks",
    "rate": "tarif",
    "hours": "jam",
    "days": "hari",
    "skills": "keahlian",
    "client": "klien",
    "budget": "anggaran",
    "deadline": "tenggat",
    "platform": "platform",
    "style": "gaya",
    "color": "warna",
    "benefit": "manfaat",
    "benefits": "manfaat",
    "problem": "masalah",
    "solution": "solusi",
    "customer": "pelanggan",
    "city": "kota",
    "years": "tahun",
    "experience": "pengalaman",
    "age": "umur usia",
    "quantity": "jumlah",
    "stock": "stok",
}
_INSTRUCTION = re.compile(
    r"^\s*(buat|buatkan|tulis|tuliskan|jawab|berikan|beri|susun|ringkas|jelaskan|create|write|"
    r"generate|make|give|return|reply|jawablah)\b",
    re.IGNORECASE,
)
_NUM = re.compile(r"(?<![\w.])(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")


def _field_words(name: str, description: str | None) -> set[str]:
    raw = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).replace("_", " ").lower()
    words = raw.split()
    extra = " ".join(_TRANSLATE.get(w, "") for w in words)
    return set(tokenize(f"{raw} {extra} {description or ''}")) - {"s"}


def _number(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        return float(re.sub(r"[.,]", "", text))
    return float(text.replace(",", "."))


def _constraints(metadata: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for m in metadata:
        for key in ("min_length", "max_length", "ge", "gt", "le", "lt", "multiple_of", "pattern"):
            v = getattr(m, key, None)
            if v is not None:
                out[key] = v
    return out


class _Gen:
    def __init__(self, text: str) -> None:
        self.text = text.strip()
        sentences = [
            x.strip(" -*\t") for x in re.split(r"\n+|[.!?]+(?:\s+|$)", self.text) if x.strip(" -*\t")
        ]
        clauses = [
            x.strip(" -*\t") for x in re.split(r"\n+|[.;!?,]+(?:\s+|$)", self.text) if len(x.strip()) > 1
        ]
        # Instructions ("Buat storyboard ...") make poor content: use them only when nothing else exists.
        self.sentences = [x for x in sentences if not _INSTRUCTION.match(x)] or sentences
        self.clauses = [x for x in clauses if not _INSTRUCTION.match(x)] or clauses
        self.kv: list[tuple[set[str], str]] = []
        for line in sentences:  # "Produk: X" lines and "Keahlian: a, b" sentences
            m = re.match(r"^\s*[-*]?\s*([\w ]{2,40}?)\s*[:=]\s*(.+)$", line)
            if m and m.group(2).strip():
                self.kv.append((set(tokenize(m.group(1))), m.group(2).strip()))
        self.numbers: list[tuple[float, set[str]]] = []
        for m in _NUM.finditer(self.text):
            around = self.text[max(0, m.start() - 30) : m.end() + 20]
            self.numbers.append((_number(m.group(1)), set(tokenize(around))))
        self.prompt_words = set(tokenize(self.text))

    # -- strings ------------------------------------------------------------------------------------------
    def string(self, words: set[str], idx: int, name: str) -> str:
        low = name.lower()
        if "email" in low:
            return "admin@contoh.id"
        if any(w in low for w in ("phone", "telepon", "whatsapp", "wa_", "hp")):
            m = re.search(r"(\+?62|0)8[\d\- ]{7,14}\d", self.text)
            return m.group(0) if m else "0812-0000-0000"
        if any(w in low for w in ("url", "link", "website")):
            m = re.search(r"https?://\S+", self.text)
            return m.group(0).rstrip(".,)") if m else "https://contoh.id"
        if "hashtag" in low or low == "tags":
            base = [w for w in tokenize(self.text) if w.isalpha()][: idx + 1] or ["gigai"]
            return "#" + base[-1]
        if low in ("name", "nama", "full_name", "nama_lengkap"):
            m = re.search(r"(?i:nama saya|namaku|nama:|saya|aku)\s+([A-Z][\w']+(?: [A-Z][\w']+)*)", self.text)
            if m:
                return m.group(1)
        named = _is_name_field(name)
        for keys, value in self.kv:
            if words & keys and idx == 0:
                return _head(value) if named else value
        ranked = sorted(
            range(len(self.clauses)), key=lambda i: (-len(words & set(tokenize(self.clauses[i]))), i)
        )
        good = [i for i in ranked if words & set(tokenize(self.clauses[i]))]
        if good:
            pick = self.clauses[good[idx % len(good)]]
            return _head(_unlabel(pick)) if named else pick
        if self.sentences:
            return self.sentences[idx % len(self.sentences)]
        return f"{name.replace('_', ' ')} (offline)"

    def fit_string(self, s: str, c: dict[str, Any]) -> str:
        lo, hi = c.get("min_length"), c.get("max_length")
        if lo and len(s) < lo:
            filler = " ".join(self.sentences) or "gigai offline"
            while len(s) < lo:
                s = f"{s} {filler}".strip()
        if hi and len(s) > hi:
            cut = s[:hi]
            s = cut.rsplit(" ", 1)[0] if " " in cut and len(cut.rsplit(" ", 1)[0]) >= (lo or 1) else cut
        pattern = c.get("pattern")
        if pattern and not re.search(pattern, s):
            for cand in self.clauses + [m.group(1) for m in _NUM.finditer(self.text)]:
                if re.search(pattern, cand):
                    return cand
        return s

    def phrases(self, words: set[str], n: int, c: dict[str, Any]) -> list[str]:
        """``n`` distinct short phrases for a list of strings (keywords, tags, points), never one sentence repeated.

        Clauses that match the field's words come first, then the prompt's short clauses without numbers
        ("manis", "cocok untuk nugas"), then single content words; duplicates (any case) are dropped.
        """
        matching = [x for x in self.clauses if words & set(tokenize(x))]
        short = [x for x in self.clauses if not re.search(r"\d", x)]
        pool = [_unlabel(x) for x in matching + short]
        pool = [x for x in pool if 0 < len(x.split()) <= 6]
        pool += [w for w in re.findall(r"[^\W\d_]{4,}", self.text) if w.lower() not in _LIST_STOP]
        out: list[str] = []
        seen: set[str] = set()
        for x in pool:
            key = x.lower()
            if key in seen or any(key in o.lower().split() for o in out):
                continue
            seen.add(key)
            out.append(x)
            if len(out) == n:
                break
        lo = c.get("min_length") or 0
        while len(out) < max(lo, 1):  # a prompt with almost no words: numbered placeholders, still distinct
            out.append(f"poin {len(out) + 1}")
        return out

    # -- numbers ------------------------------------------------------------------------------------------
    def number(self, words: set[str], c: dict[str, Any], as_int: bool) -> float:
        lo = c.get("ge", c.get("gt"))
        hi = c.get("le", c.get("lt"))
        found = [v for v, ctx in self.numbers if words & ctx]
        if found:
            v = found[0]
        elif lo is not None and hi is not None:
            v = (float(lo) + float(hi)) / 2
        elif lo is not None:
            v = max(float(lo), 1.0)
        elif hi is not None:
            v = min(float(hi), 1.0)
        else:
            v = 1.0
        step = 1 if as_int else 0.01
        if lo is not None:
            v = max(v, float(lo) + (step if "gt" in c and "ge" not in c else 0))
        if hi is not None:
            v = min(v, float(hi) - (step if "lt" in c and "le" not in c else 0))
        if c.get("multiple_of"):
            m = float(c["multiple_of"])
            v = round(v / m) * m
        return int(v) if as_int else float(v)

    def count(self, words: set[str], c: dict[str, Any]) -> int:
        n = next((int(v) for v, ctx in self.numbers if words & ctx and 1 <= v <= 12 and v == int(v)), 3)
        lo, hi = c.get("min_length"), c.get("max_length")
        if lo is not None:
            n = max(n, lo)
        if hi is not None:
            n = min(n, hi)
        return n

    def choose(self, options: list[Any]) -> Any:
        for opt in options:
            label = opt.value if isinstance(opt, enum.Enum) else opt
            names = {str(label)} | ({opt.name} if isinstance(opt, enum.Enum) else set())
            if any(set(tokenize(n)) & self.prompt_words for n in names if tokenize(n)):
                return opt
        return options[0]

    # -- dispatch -----------------------------------------------------------------------------------------
    def value(self, tp: Any, name: str, desc: str | None, meta: list[Any], idx: int = 0) -> Any:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            base, *extra = typing.get_args(tp)
            return self.value(base, name, desc, [*meta, *extra], idx)
        words = _field_words(name, desc)
        c = _constraints(meta)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            return self.value(args[0], name, desc, meta, idx) if args else None
        if origin is typing.Literal:
            return self.choose(list(typing.get_args(tp)))
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.choose(list(tp))
        if _is_model(tp):
            return self.model(tp, idx)
        if origin in (list, set, frozenset, tuple) or tp in (list, set, tuple):
            args = typing.get_args(tp)
            if origin is tuple and args and args[-1] is not Ellipsis:
                return [self.value(a, name, desc, [], i) for i, a in enumerate(args)]
            item = args[0] if args else str
            n = self.count(words, c)
            if item is str:  # "Keahlian: logo, poster, feed" -> ["logo", "poster", "feed"]
                kv = next((v for keys, v in self.kv if words & keys), None)
                parts = [p.strip() for p in re.split(r",|\bdan\b|;|/", kv or "") if p.strip()]
                if len(parts) >= max(2, c.get("min_length") or 0):
                    return parts[: c.get("max_length") or len(parts)]
                return self.phrases(words, n, c)
            items, seen = [], set()
            for i in range(n * 3):
                v = self.value(item, _singular(name), desc, [], idx + i)
                key = repr(v)
                if key in seen and i < n * 3 - 1:
                    continue
                seen.add(key)
                items.append(v)
                if len(items) == n:
                    break
            while len(items) < n:  # fewer distinct candidates than needed: repeat rather than fail
                items.append(items[-1] if items else self.value(item, name, desc, [], 0))
            return items
        if origin is dict or tp is dict:
            args = typing.get_args(tp) or (str, str)
            return {name: self.value(args[1], name, desc, [], idx)}
        if tp is bool:
            neg = (
                r"\b(?:tidak|bukan|tanpa|no|not)\s+(?:\w+\s+)?(?:"
                + "|".join(map(re.escape, sorted(words) or ["x"]))
                + ")"
            )
            return bool(words & self.prompt_words) and not re.search(neg, self.text.lower())
        if tp is int:
            return self.number(words, c, True)
        if tp in (float, Decimal):
            return self.number(words, c, False)
        if tp is dt.date:
            return dt.date(2026, 1, 1)
        if tp is dt.datetime:
            return dt.datetime(2026, 1, 1, 9, 0)
        return self.fit_string(self.string(words, idx, name), c)

    def model(self, schema: Any, idx: int = 0) -> dict[str, Any]:
        data = {}
        for fname, info in schema.model_fields.items():
            key = info.alias or fname
            if not info.is_required() and not (_field_words(fname, info.description) & self.prompt_words):
                continue  # an optional field the prompt says nothing about keeps its default (often None)
            data[key] = self.value(info.annotation, fname, info.description, list(info.metadata), idx)
        return data


_LIST_STOP = {
    "kami", "kita", "saya", "yang", "untuk", "dengan", "dari", "pada", "atau", "juga", "sangat", "ini", "itu",
    "harga", "produk", "jual", "jasa", "bisa", "buat", "buatkan", "tulis", "berikan", "the", "and", "with", "for", "our", "this", "that",
}


def _is_name_field(name: str) -> bool:
    parts = re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower().split("_")
    return bool(set(parts) & {"nama", "name", "judul", "title", "merek", "brand"})


def _unlabel(text: str) -> str:
    """'Produk kami: Kopi Susu' -> 'Kopi Susu' (a short label before a colon is not content)."""
    m = re.match(r"^[\w ]{2,40}?\s*:\s*(.+)$", text)
    return m.group(1).strip() if m else text.strip()


def _head(text: str) -> str:
    """The first clause of a value, at most 8 words: a name, not a sentence."""
    first = re.split(r"[,;.!?]\s|\s[-–—]\s|\n", text.strip(), maxsplit=1)[0].strip()
    return " ".join(first.split()[:8])


def _singular(name: str) -> str:
    return name[:-1] if name.endswith("s") and len(name) > 3 else name


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "model_fields") and hasattr(tp, "model_validate")


def generate(schema: Any, text: str) -> Any:
    """Build and validate an instance of ``schema`` (a pydantic BaseModel subclass) from ``text``."""
    if not _is_model(schema):
        raise InputError(
            "E032",
            "Skema harus kelas turunan pydantic.BaseModel.",
            "The schema must be a pydantic.BaseModel subclass.",
            hint="class Jawaban(BaseModel): ...  lalu gigai.structured(prompt, Jawaban)",
            value=repr(schema),
        )
    gen = _Gen(text)
    data = gen.model(schema)
    try:
        return schema.model_validate(data)
    except Exception as exc:  # noqa: BLE001 - try the schema's own defaults before giving up
        for fname, info in schema.model_fields.items():
            if not info.is_required():
                data.pop(info.alias or fname, None)
        try:
            return schema.model_validate(data)
        except Exception:  # noqa: BLE001
            raise InputError(
                "E033",
                "Mesin offline tidak bisa mengisi skema ini (batasan terlalu ketat, mis. pola regex).",
                "The offline engine could not fill this schema (constraints too strict, e.g. a regex pattern).",
                hint="longgarkan skema, atau pakai provider sungguhan: gigai doctor",
                value=schema.__name__,
            ) from exc
