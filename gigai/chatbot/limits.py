"""Rate limits and abuse screening in front of a real model: what one curious visitor, a loop or a script
may spend of the bot owner's budget (their own Gemini/OpenAI key, or the trainer's gateway).

    limiter = Limiter(Limits(per_minute=10))        # clock=time.time, injectable for tests
    ok = limiter.admit("web:203.0.113.7", "Jam buka?", tokens=1800)   # .ok, or a polite .message
    ...the model answers...
    limiter.settle(ok, answer, tokens=40)

Counted per visitor (``user``: an address, a chat, a browser session): questions per minute and per day;
for the whole bot: questions per minute and per day, and tokens per day. The same question again from the
same visitor in the same conversation within ``repeat_seconds`` gets the answer already given (while that
is still being written, a short "wait"): it never reaches the model twice. Questions are compared after
NFKC, look-alike letters and invisible characters are folded; case, punctuation, emoji, spacing, a held
letter ("bukaaa"), word order, chat abbreviations ("brp"), fillers (particles, "kak", "min", laughter) and a
number or letter appended after the question ("berapa? 123") do not make a new question; a different thing
asked does ("paket 1" / "paket 2", "kopi susu" / "kopi hitam"). Calls without a ``user`` (the owner's own
notebook, ``bot.ask``) meet only the bot's daily caps.

The Chatbot keeps one Limiter and uses it only when a real model answers (the offline engine costs
nothing). The exported app's web layer (per address, HTTP 429) and the messaging channels (per chat, every
message) count with the same class. A refusal is a polite answer, not an error. Settings:
``Chatbot(limits=Limits(...) | {...} | False)`` or the CHAT_* variables (environment or .env; 0 = off).
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
import unicodedata
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_KEYS = 20_000  # visitors remembered per day (made-up ids cannot grow memory without end)
RECENT = 12  # questions per visitor remembered for the repeat check (a few interleaved ones included)
MAX_RECENT = 2_000  # visitors whose recent questions are remembered (the most recent ones)
# The settings read as CHAT_<NAME> (CHAT_PER_MINUTE, ...); window is not a setting.
SETTINGS = ("per_minute", "per_day", "total_per_minute", "total_per_day", "tokens_per_day", "repeat_seconds")


@dataclass(frozen=True)
class Limits:
    """How much the bot takes; 0 turns one limit off. ``Limits.from_env()`` reads the CHAT_* settings
    (CHAT_PER_MINUTE, CHAT_TOTAL_PER_DAY, ...). The defaults are generous: a real customer never meets them."""

    per_minute: int = 10
    per_day: int = 100
    total_per_minute: int = 60
    total_per_day: int = 1000
    tokens_per_day: int = 2_000_000
    repeat_seconds: int = 120
    window: float = 60.0  # seconds of a "minute"

    @classmethod
    def from_env(cls, **given: Any) -> Limits:
        from gigai.config import setting

        values = {}
        for name in SETTINGS:
            default = getattr(cls, name)
            try:
                values[name] = max(0, int(str(setting(f"CHAT_{name.upper()}") or default).strip()))
            except ValueError:  # "banyak": the default (a deployed bot keeps running)
                values[name] = default
        return cls.of({**values, **given})

    @classmethod
    def of(cls, value: Limits | Mapping[str, Any] | bool | None) -> Limits:
        """``None``: the CHAT_* settings; ``False``: no limits; a dict or Limits: checked."""
        from gigai.errors import InputError

        if value is None:
            return cls.from_env()
        if value is False:
            return cls(**dict.fromkeys(SETTINGS, 0))
        if isinstance(value, Limits):
            value = dataclasses.asdict(value)
        if not isinstance(value, Mapping):
            raise InputError("E257", "Batas harus dict atau Limits(...).", "limits must be a dict or Limits(...).",
                             hint="Chatbot(..., limits={'per_minute': 10, 'per_day': 100})", value=repr(value))  # fmt: skip
        known = [f.name for f in dataclasses.fields(cls)]
        for name, number in value.items():
            if name not in known:
                import difflib

                near = difflib.get_close_matches(str(name), known, n=1)
                raise InputError("E255", f"Nama batas '{name}' tidak dikenal.", f"Unknown limit '{name}'.",
                                 hint=f"pakai {near[0]}" if near else "pakai: " + ", ".join(known), value=name)  # fmt: skip
            if isinstance(number, bool) or not isinstance(number, (int, float)) or number < 0:
                raise InputError("E256", f"Batas '{name}' harus angka >= 0 (0 = tanpa batas).",
                                 f"Limit '{name}' must be a number >= 0 (0 = no limit).",
                                 hint=f"Chatbot(..., limits={{'{name}': 10}})", value=repr(number))  # fmt: skip
        return cls(**value)


@dataclass
class Verdict:
    """``ok``: go on (and ``settle`` later); else ``reason`` and the polite ``message`` (or the earlier
    ``answer`` for a repeat)."""

    ok: bool
    reason: str = ""
    message: str = ""
    retry_after: int = 0
    answer: Any = None
    user: str | None = None
    entry: dict | None = field(default=None, repr=False)


def _words(text: str, *, marks: bool = False) -> list[str]:
    """Words as the repeat check reads them: look-alike letters folded (gigai.offline.lexicon.clean), accents
    dropped ("Berápa" = "berapa"), a held letter once ("bukaaa" = "buka"), letters spelled apart joined again
    ("b e r a p a", "b.e.r.a.p.a" = "berapa"). ``marks``: question marks kept as "?" words."""
    from gigai.offline.lexicon import clean

    bare = "".join(
        c for c in unicodedata.normalize("NFKD", clean(text or "")) if not unicodedata.combining(c)
    )
    pattern = r"[^\W_]+|\?" if marks else r"[^\W_]+"
    words = [re.sub(r"([^\W\d_])\1{2,}", r"\1", w) for w in re.findall(pattern, bare.casefold())]
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:  # a run of three or more single letters is one word spelled apart
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        out += ["".join(run)] if len(run) >= 3 else run
        run = []
        out += [word] if word else []
    return out


# Words that never change what is asked: discourse particles, ways of addressing the seller, politeness,
# greetings and laughter. A closed class of chat Indonesian/English, not any business's vocabulary.
_FILLER = frozenset(
    "ya yah yuk dong deh sih nih tuh kok lho loh lah kah toh nah kan pun aja saja kak kakak ka kk min mimin "
    "admin gan agan sis sist bro bang mas mbak mba pak bu bun om tante koh ci cik bos bosku tolong mohon "
    "please pls plz thanks thx makasih hi hai halo hello permisi punten".split()
)
_LAUGH = re.compile(r"(?:w+k+)+w*|(?:h[aeiou])+h*|(?:[aeiou]h)+|h+m+|(?:x+i+)+|lol|awok\w*")
# Question words: a number or a single letter written after one ("berapa 123", "brp x") asks nothing new.
_ASKING = frozenset(
    "berapa apa apakah kapan mana dimana gimana bagaimana siapa kenapa mengapa how what when where who why "
    "which much many".split()
)


def _asked(text: str) -> list[str]:
    """The words that say what is asked: ``_words`` with chat abbreviations spelled out ("brp" = "berapa"),
    doubled letters once ("berapaa"), fillers dropped, and a tail of numbers, single letters and question
    marks after a question word or a "?" dropped ("berapa? 123"); a number after a thing stays ("paket 2")."""
    from gigai.offline.lexicon import SLANG

    def once(word: str) -> str:
        return re.sub(r"([^\W\d_])\1+", r"\1", word)

    kept = []
    for word in _words(text, marks=True):
        word = once(SLANG.get(word, word))
        word = once(SLANG.get(word, word))  # again once doubled letters are gone: "brpp" -> "brp" -> "berapa"
        if word not in _FILLER and not _LAUGH.fullmatch(word):
            kept.append(word)
    end = len(kept)
    while end and (kept[end - 1] == "?" or kept[end - 1].isdigit() or len(kept[end - 1]) == 1):
        end -= 1
    tail = kept[end:]
    cut = tail.index("?") if "?" in tail else len(tail)  # after the first "?": nothing new is asked
    if end and kept[end - 1] in _ASKING:
        cut = 0
    return [w for w in kept[: end + cut] if w != "?"]


def fingerprint(text: str) -> str:
    """What makes two questions the same one: the words that say what is asked, as a set ("Jam  BUKA??" ==
    "buka jam kak", "Harga kopi berapa 123" == "harga kopi berapa"; "paket 1" != "paket 2")."""
    return " ".join(sorted(set(_asked(text))))


class Limiter:
    """Counters for one bot (thread-safe, in memory); see the module docstring."""

    def __init__(self, limits: Limits | None = None, *, clock: Callable[[], float] = time.time) -> None:
        self.limits = limits or Limits()
        self._clock, self._lock = clock, threading.Lock()
        self._day, self._total, self._tokens = "", 0, 0
        self._per_day: dict[str, int] = {}
        self._minute: dict[str, deque[float]] = {}
        self._bot_minute: deque[float] = deque()
        self._recent: OrderedDict[str, list[dict]] = OrderedDict()
        self.refused: Counter[str] = Counter()

    def admit(self, user: str | None, message: str = "", *, context: str = "", tokens: int = 0,
              lang: str = "id", contact: str = "") -> Verdict:  # fmt: skip
        """Count one question for ``user`` (None: the owner); ``context`` is the conversation's last answer."""
        lim, now = self.limits, self._clock()
        with self._lock:
            day = time.strftime("%Y-%m-%d", time.localtime(now))
            if day != self._day:
                self._day, self._total, self._tokens, self._per_day, self._minute = day, 0, 0, {}, {}
            key = fingerprint(message) if user is not None and message and lim.repeat_seconds else ""
            ctx = " ".join(_words(context)) if key else ""
            if key:
                for e in self._recent.get(user, ()):
                    fresh = e["key"] == key and now - e["at"] <= lim.repeat_seconds
                    if fresh and (e["ctx"] == ctx[:300] or (e["said"] and ctx.startswith(e["said"]))):
                        self.refused["repeat"] += 1
                        said = e["answer"] if e["answer"] is not None else _text("wait", lang, 0, contact)
                        return Verdict(False, "repeat", str(said), 5, e["answer"], user)
            reason, retry = self._over(user, now, tokens)
            if reason:
                self.refused[reason] += 1
                n = lim.per_day if reason == "per_day" else 0
                return Verdict(False, reason, _text(reason, lang, n, contact), retry, None, user)
            self._total += 1
            self._tokens += max(0, tokens)
            if user is not None:
                self._per_day[user] = self._per_day.get(user, 0) + 1
                if lim.per_minute:
                    self._minute.setdefault(user, deque()).append(now)
                if lim.total_per_minute:
                    self._bot_minute.append(now)
            entry = None
            if key:
                entry = {"key": key, "ctx": ctx[:300], "at": now, "answer": None, "said": ""}
                self._recent[user] = [entry, *self._recent.pop(user, [])][:RECENT]
                while len(self._recent) > MAX_RECENT:
                    self._recent.popitem(last=False)
            return Verdict(True, user=user, entry=entry)

    def _over(self, user: str | None, now: float, tokens: int) -> tuple[str, int]:
        lim = self.limits
        if lim.total_per_day and self._total >= lim.total_per_day:
            return "total_per_day", _until_midnight(now)
        if lim.tokens_per_day and self._tokens + max(0, tokens) > lim.tokens_per_day:
            return "tokens_per_day", _until_midnight(now)
        if user is None:
            return "", 0
        if lim.per_day and self._per_day.get(user, 0) >= lim.per_day:
            return "per_day", _until_midnight(now)
        recent = _fresh(self._minute.get(user), now, lim.window)
        if lim.per_minute and recent is not None and len(recent) >= lim.per_minute:
            return "per_minute", max(1, int(lim.window + 1 - (now - recent[0])))
        bot = _fresh(self._bot_minute, now, lim.window)
        if lim.total_per_minute and len(bot) >= lim.total_per_minute:
            return "total_per_minute", max(1, int(lim.window + 1 - (now - bot[0])))
        if user not in self._per_day and len(self._per_day) >= MAX_KEYS:
            self._minute = {u: q for u, q in self._minute.items() if q and now - q[-1] <= lim.window}
            return "total_per_minute", int(lim.window)
        return "", 0

    def settle(self, verdict: Verdict, answer: Any = None, *, tokens: int = 0) -> None:
        """After the model answered: count its tokens, keep the answer for repeats (None: it failed)."""
        with self._lock:
            self._tokens += max(0, tokens)
            entry = verdict.entry
            if entry is not None and verdict.user is not None:
                if answer is None:
                    kept = self._recent.get(verdict.user, [])
                    self._recent[verdict.user] = [e for e in kept if e is not entry]
                else:
                    entry["answer"], entry["said"] = answer, " ".join(_words(str(answer)))[:300]

    def stats(self) -> dict[str, Any]:
        """Today's figures: questions the model answered, tokens, and how many were limited, by reason."""
        with self._lock:
            return {"day": self._day, "answered": self._total, "tokens": self._tokens,
                    "limited": sum(self.refused.values()), "by_reason": dict(self.refused)}  # fmt: skip

    def _repr_markdown_(self) -> str:
        from gigai.lang import say

        s = self.stats()
        why = ", ".join(f"{k} {v}" for k, v in s["by_reason"].items()) or "-"
        return say(f"**Batas hari ini** · {s['answered']} ke model · {s['tokens']} token · {s['limited']} dibatasi ({why})",
                   f"**Limits today** · {s['answered']} to the model · {s['tokens']} tokens · {s['limited']} limited ({why})")  # fmt: skip


def _fresh(q: deque[float] | None, now: float, window: float) -> deque[float] | None:
    while q and now - q[0] > window:
        q.popleft()
    return q


def _until_midnight(now: float) -> int:
    t = time.localtime(now)
    return max(60, 86400 - (t.tm_hour * 3600 + t.tm_min * 60 + t.tm_sec))


_TEXTS = {
    "per_minute": ("Maaf, terlalu banyak pertanyaan dalam satu menit. Tunggu sebentar, lalu coba lagi ya 🙏",
                   "Sorry, too many questions in one minute. Please wait a moment and try again 🙏"),
    "total_per_minute": ("Maaf, bot sedang ramai. Tunggu sebentar, lalu coba lagi ya 🙏",
                         "Sorry, the bot is busy right now. Please wait a moment and try again 🙏"),
    "per_day": ("Maaf, terlalu banyak pertanyaan hari ini (batas {n}). Coba lagi besok, atau hubungi {admin} 🙏",
                "Sorry, too many questions today (limit {n}). Please try again tomorrow or contact {admin} 🙏"),
    "total_per_day": ("Maaf, bot sedang menerima terlalu banyak pertanyaan hari ini. Silakan hubungi {admin} 🙏",
                      "Sorry, the bot has received too many questions today. Please contact {admin} 🙏"),
    "wait": ("Pertanyaan yang sama sedang saya jawab, tunggu sebentar ya 🙏",
             "I am still answering that same question, one moment please 🙏"),
}  # fmt: skip
_TEXTS["tokens_per_day"] = _TEXTS["total_per_day"]


def _text(reason: str, lang: str, n: int, contact: str) -> str:
    pair = _TEXTS[reason]
    return pair[lang == "en"].format(n=n, admin=contact or "admin")


def reader_language(message: str) -> str:
    """'en' with GIGAI_LANG=en or when the message reads as English, else 'id' (as the bot's canned replies)."""
    from gigai.lang import english
    from gigai.offline.lexicon import language_of

    return "en" if english() or language_of(message or "") == "en" else "id"


__all__ = ["Limiter", "Limits", "Verdict", "fingerprint", "reader_language"]
