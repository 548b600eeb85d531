"""gigai's embedded offline engine: deterministic, instant, honest. It is NOT a language model.

It answers from whatever facts the messages carry: plain sentences, Markdown lists, headings, tables and Q/A
pairs anywhere in the system prompt, ``[sumber: X] text`` knowledge lines, or a document pasted above the
question. It replies with the one fact (or the few facts) asked for and names where they came from:

    >>> gigai.chat("Berapa biaya ganti oli?", system="Kamu asisten bengkel. Ganti oli Rp 55.000. Servis CVT Rp 85.000.")
    '[mode offline] Ganti oli Rp 55.000.\\n\\nSumber: prompt sistem'

Every answer starts with "[mode offline]". Replies are Indonesian, English only when the question is English.
The setup hint (how to get a real LLM) is a one-line notice on the first answer of a session, not in every answer.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from gigai.llm.base import Completion, Messages, Model, Usage, estimate_messages, estimate_tokens, text_of
from gigai.offline import facts as factlib
from gigai.offline.domain import YES_NO as _YES_NO
from gigai.offline.domain import on_domain
from gigai.offline.facts import Fact
from gigai.offline.lexicon import EVERYDAY, clean, creative_request, language_of
from gigai.offline.listing import listed
from gigai.offline.parts import split as split_parts
from gigai.offline.parts import topic
from gigai.offline.retrieval import ANSWER_TYPES, FEATURE_TERMS, Index, Query, business_words, query

PREFIX = "[mode offline]"
MIN_COVERAGE = 0.6  # idf-weighted share of what the question asks that a fact must answer
# ... or this share, for a question asking for a value ("berapa", "kapan"), when the fact holds the question's
# first asked word, the head of what it names ("Celana kepanjangan mau dipotong, berapa?" -> "Permak potong
# celana"; "semen putih" is not "keramik putih").
PART_COVERAGE = 0.5
# ... or every specific word of the question (one the knowledge uses in at most SPECIFIC_DF facts) and the kind of
# value it names (a price, a person: see retrieval.features), when what the
# fact does not say (words the knowledge never uses, common words it lacks) is no more than the content words it
# does: the rest are the customer's own circumstances ("Besok mau dipakai, bisa selesai sehari?"). Not when such
# a word is a name ("Harga rumah di Jogja?"), nor beside the one known word of a price question ("harga sewa
# mobil": another thing than "parkir mobil"), nor in a how-to question ("Cara bikin bolu?"), nor in a question
# whether the business has or does something, unless the fact holds two of its specific words and the rest is
# everyday words: an unknown word there is the thing asked for ("Bisa pijat bayi?", "Bisa sewa raket tenis?").
SPECIFIC_DF = 2
_FAVOUR = re.compile(r"\b(bisa|bisakah|bs|boleh|can|could|ada)\b", re.I)  # anywhere: "Pagarnya bisa dicat?"
_HOW_TO = re.compile(
    r"\b(cara|resep|tips|terbaik|rekomendasi|how to|how do i|best|recommend)\b|^\W*(buatkan|bikinin|bikinkan|tuliskan)\b",
    re.I,
)
MAX_FACTS = 3
SYSTEM_SOURCE = "prompt sistem"
SETUP_HINT = (
    f"{PREFIX} Info: jawaban dari mesin offline gigai (bukan LLM). Untuk AI sungguhan isi GEMINI_API_KEY=... "
    "di file .env atau jalankan `gigai doctor`."
)
SETUP_HINT_EN = (
    f"{PREFIX} Info: answer from gigai's offline engine (not an LLM). For real AI set GEMINI_API_KEY=... "
    "in the .env file or run `gigai doctor`."
)
_TAG = re.compile(r"^\s*[-*]?\s*\[sumber:\s*([^\]]+)\]\s*(.*)$", re.IGNORECASE)
_GREETING = re.compile(
    r"^\s*(halo+|hal+o|hai+|hi+|hello+|hey|pagi|siang|sore|malam|selamat (pagi|siang|sore|malam)|"
    r"assalamu.?alaikum|permisi|punten|p|tes|test|ping)\b",
    re.IGNORECASE,
)
_IDENTITY = re.compile(
    r"(siapa\s+(kamu|anda|namamu|nama\s*(kamu|mu|anda)|ini)|(kamu|anda|ini)\s+siapa|"
    r"nama\s*(kamu|mu|anda)|namamu|who are you|your name|are you (an? )?(bot|ai|human|real|llm)|"
    r"(kamu|anda)\s+(itu\s+)?(bot|robot|ai|manusia|orang|chatgpt|gpt|llm))",
    re.IGNORECASE,
)
_THANKS = re.compile(r"\b(terima\s*kasih|makasih|makasi|trims|thanks|thank you|thx|tq|mksh)\b", re.IGNORECASE)
_WHAT = {
    "puisi": "puisi", "poem": "puisi", "pantun": "pantun", "caption": "caption", "ide": "ide", "idea": "ide",
    "ideas": "ide", "slogan": "slogan", "tagline": "slogan", "cerita": "cerita", "story": "cerita",
}  # fmt: skip
# "Kamu asisten bengkel.", "Kamu adalah Mang Kopi, asisten layanan pelanggan untuk Kopi Kita (kedai kopi)."
_ASSISTANT_OF = re.compile(
    r"^\s*(?:kamu|anda|you)\b[^.\n]{0,60}?\b(?:asisten|assistant|cs|customer service|admin|pelayan)\b"
    r"(?:\s+(?:virtual|layanan pelanggan|toko|ramah))?\s*(?:(?:untuk|dari|di|for|of|at)\s+)?(?P<what>[^.\n]{2,80})",
    re.IGNORECASE,
)
_hint_lock = threading.Lock()
_hint_shown = False


@dataclass
class Grounding:
    """What the offline engine can use: persona lines, fact units and the question."""

    name: str | None = None
    business: str | None = None
    kind: str | None = None
    admin: str | None = None
    facts: list[Fact] = field(default_factory=list)
    question: str = ""


def _line_value(line: str, *keys: str) -> str | None:
    m = re.match(rf"^\s*[-*]?\s*(?:{'|'.join(keys)})\s*:\s*(.+)$", line, re.IGNORECASE)
    return m.group(1).strip() if m else None


@lru_cache(maxsize=256)
def _split(text: str, source: str, data: bool = False) -> tuple[Fact, ...]:
    # Knowledge lines are data ("Jangan lupa bawa nota." is a fact); the system prompt also instructs.
    return tuple(factlib.split(text, source, keep_instructions=data))


@lru_cache(maxsize=1024)
def _tagged(text: str, source: str) -> tuple[Fact, ...]:
    """Facts of one knowledge line; a leading 'Heading: ' (from Knowledge chunks) is every fact's context."""
    m = re.match(r"^([^:.!?\n]{2,50}):\s+(.+)$", text)
    if not m or len(factlib.sentences(m.group(2))) < 2:
        return _split(text, source, True)
    head = m.group(1).strip()
    out = list(factlib.split(text, source, context=head, keep_instructions=True))
    if out and out[0].text.startswith(f"{head}:"):  # the section heading is context, not part of the fact
        first = out[0]
        out[0] = Fact(first.text[len(head) + 1 :].strip(), first.source, first.context, first.question)
    return tuple(out)


def parse(messages: Messages) -> Grounding:
    """Collect persona, facts and the question (the last user turn's own text) from the messages."""
    g = Grounding()
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=-1)
    for i, msg in enumerate(messages):
        role = msg.get("role")
        text = clean(text_of(msg.get("content")))
        own: list[str] = []
        for line in text.splitlines():
            m = _TAG.match(line)
            if m:
                g.facts.extend(_tagged(m.group(2), m.group(1).strip()))
                continue
            low = line.strip().lower()
            if low in ("<pengetahuan>", "</pengetahuan>") or re.match(r"^#+\s*pengetahuan\s*$", low):
                continue
            if role == "system":
                g.name = g.name or _line_value(line, "nama", "name")
                g.admin = g.admin or _line_value(line, "kontak admin", "admin contact", "kontak", "contact")
                g.business = g.business or _line_value(line, "bisnis", "usaha", "business", "toko")
                who = _ASSISTANT_OF.match(line)
                if who:
                    kind = re.search(r"\(([^)]+)\)", who.group("what"))  # "Kopi Kita (kedai kopi di Bandung)"
                    g.kind = g.kind or (kind.group(1) if kind else None)
                    g.business = g.business or re.sub(r"\s*\(.*$", "", who.group("what")).strip()
            own.append(line)
        rest = "\n".join(own).strip()
        if role == "system" and rest:
            g.facts.extend(_split(rest, SYSTEM_SOURCE))
        elif i == last_user:
            lines = [ln for ln in rest.splitlines() if ln.strip()]
            if len(lines) > 1:  # a document pasted above the question
                g.facts.extend(_split("\n".join(lines[:-1]), "pesan"))
                rest = lines[-1]
            said = factlib.sentences(rest)
            if len(said) > 1 and said[-1].endswith("?") and not said[0].endswith("?"):
                g.facts.extend(
                    _split(" ".join(said[:-1]), "pesan")
                )  # "Harga kopi Rp 10.000. Berapa harga kopi?"
                rest = said[-1]
            g.question = rest
    return g


def _source_words(source: str) -> str:
    return re.sub(r"\.(md|txt|csv|json|ya?ml)$", "", source, flags=re.I).replace("-", " ").replace("_", " ")


@lru_cache(maxsize=64)
def _index(facts: tuple[Fact, ...]) -> Index:
    return Index.of_texts(
        [f.text for f in facts],
        [f"{f.context} {_source_words(f.source)}" for f in facts],
        [f.question for f in facts],
    )


def _enough(index: Index, q: Query, row: tuple[int, float, float], text: str) -> bool:
    """Whether fact ``row`` answers the (resolved) question ``q`` asked as ``text``: the decision between an
    answer and the admin hand-off (see MIN_COVERAGE, PART_COVERAGE, SPECIFIC_DF)."""
    # Asked for a contact ("nomor WA buat booking?"), a fact without a phone number or handle does not answer,
    # where the knowledge has one (the persona's contact line at least); yes/no questions aside.
    if (
        "kontak" in q.hard - index.kinds[row[0]]
        and any("kontak" in k for k in index.kinds)
        and not _YES_NO.search(text)
    ):
        return False
    if row[1] >= MIN_COVERAGE:
        return True
    doc = index.tfs[row[0]]
    head = next((t for t in q.terms if t in q.hard and t not in q.generic), None)
    # Only for a question asking for a value ("berapa", "kapan"): "Ada paket keluarga?" asks whether a thing
    # exists, and "Paket Reguler" does not say so.
    value = q.asks or q.hard & {"harga", "durasi"}  # "berapa", "kena biaya gk", "brp lama"
    if value and row[1] >= PART_COVERAGE and head is not None and head in doc:
        return True
    known = {t for t in q.hard - q.generic if t in index.df}
    content = known - FEATURE_TERMS  # "harga", "tokoh": the kind of value asked, not what about
    specific = {t for t in content if index.df[t] <= SPECIFIC_DF}
    unknown = q.hard - q.generic - known
    held = content & doc.keys()
    # Everyday words the knowledge lacks ("bawa", "datang", "sendiri") beside a held word that is not a name
    # frame the question ("Harus bawa matras sendiri?"), except where a favour is asked ("Pagarnya bisa dicat
    # hitam?": the painting is the thing asked) and a destination ("Bisa datang ke rumah?": the visit is).
    framing = unknown & EVERYDAY - q.to if held - q.names and not _FAVOUR.search(text) else frozenset()
    missing = (unknown - framing) | (known - doc.keys())  # what the fact does not say
    price_of_another = (
        len(content) == 1 and "harga" in q.hard | q.asks and any(unknown & {*c} for c in q.compounds)
    ) and not re.search(r"\byang\b", text, re.I)  # "sosis yang paling kecil" is a sosis
    return (
        bool(specific) and specific | (known & FEATURE_TERMS) <= doc.keys()
        and len(missing) <= len(held) and not unknown & q.to & EVERYDAY
        and not unknown & q.names and not price_of_another and not _HOW_TO.search(text)
        and (len(specific) >= 2 and unknown <= EVERYDAY or not _YES_NO.search(text))
    )  # fmt: skip


def _is_contact(f: Fact, admin: str | None) -> bool:
    return bool(admin) and _line_value(f.text, "kontak admin", "admin contact", "kontak", "contact") == admin


def _plain(index: Index, row: tuple[int, float, float]) -> set[str]:
    return {t for t in index.own[row[0]] if not any(c.isdigit() for c in t)}


def select(g: Grounding, question: str) -> list[Fact]:
    """The fact(s) that answer ``question``: one, two near-equal ones, or one per part of a multi-part question."""
    return _select(g, question)[0]


def _select(g: Grounding, question: str) -> tuple[list[Fact], list[str]]:
    """``select``'s facts, and the parts of a multi-part question that none of them answers (when another part
    was answered): each gets the admin hand-off for that part alone."""
    if not g.facts:
        return [], []
    facts = tuple(g.facts)
    index = _index(facts)
    generic = business_words(g.business or "", g.name or "", g.kind or "")
    q = query(question, generic=generic)
    if not q:
        return [], []
    items = listed(facts, question, q)  # "Motornya ada apa aja?": the text that enumerates them
    if items is not None:
        return [items], []
    q = index.resolve(q)
    # The persona's contact line answers only a question asking for the contact, not whether something can be
    # done ("Can I watch it from my phone?": the hand-off gives the contact anyway).
    contact = "kontak" in q.hard | q.asks and not _YES_NO.search(question)
    ranked = [
        r for r in index.rank(q, question)
        if _enough(index, q, r, question) and (contact or not _is_contact(facts[r[0]], g.admin))
    ]  # fmt: skip
    if ranked and ranked[0][1] >= 0.99:
        best = ranked[0]
        chosen = [best[0]]
        asked = set(q.terms) - q.generic
        for i, cov, _score in ranked[1:2]:  # an equally good second fact ("kopi susu": two kinds)
            same = asked & index.own[i] == asked & index.own[best[0]]  # the fact's own words, not its heading
            if cov >= 0.99 and same:
                chosen.append(i)
        if len(split_parts(question)) < 2:
            return [facts[i] for i in chosen], []
    parts = split_parts(question)
    if len(parts) >= 2:
        picked: list[int] = []
        unanswered: list[tuple[str, Any]] = []
        whole = set(q.terms)
        # A part that names only what the business is called after ("Tenda 5x5" at Meriah Tenda) asks for it.
        queries = [
            pq if pq.hard else replace(pq, hard=pq.generic, soft=pq.soft - pq.generic, generic=frozenset())
            for pq in (query(part, generic=generic) for part in parts)
        ]
        for n, (part, pq) in enumerate(zip(parts, queries)):
            if not pq.hard:
                continue
            # The whole question lends this part what it shares ("harga" in "Harga A dan B?"), never what
            # another part asks about: "shaving" must not pull "haircut + shaving" for the haircut part
            # (the kind of value asked, "harga", is every part's).
            others = set().union(*(o.hard for k, o in enumerate(queries) if k != n)) - ANSWER_TYPES
            lent = (q.hard | q.soft) - others
            pq = replace(
                pq, terms=pq.terms + tuple(t for t in q.terms if t in lent), soft=(pq.soft | lent) - pq.hard,
                generic=q.generic - pq.hard, names=frozenset(), to=frozenset(),
            )  # fmt: skip
            pq = index.resolve(pq)
            got = [r for r in index.rank(pq, part) if _enough(index, pq, r, part)]
            # Of the facts saying the same for this part ("mobil kecil" in every row of a price table), the
            # one whose heading or row shares most with the whole question ("cuci biasa ... mobil kecil").
            tied = [r for r in got if r[1] >= got[0][1] - 1e-9 and _plain(index, r) == _plain(index, got[0])]
            best = max(
                tied,
                key=lambda r: (len(whole & (set(index.corpus[r[0]]) - index.own[r[0]])), r[2]),
                default=None,
            )
            if best is None:
                unanswered.append((part, pq))
            elif best[0] not in picked:
                picked.append(best[0])
        picked = picked[:MAX_FACTS]
        # A part is unanswered when no chosen fact answers it either (by the same rule, ``_enough``).
        # ... and it asks a price, asks whether the business has or does something, or is on its domain: a part
        # sharing nothing with it is left unanswered, not handed to the admin ("Btw siapa presiden Amerika?").
        missing = [
            topic(part) for part, pq in unanswered
            if not any(_enough(index, pq, (i, index.coverage(pq, i), 0.0), part) for i in picked)
            and ("harga" in pq.hard | pq.asks or _YES_NO.search(part) or on_domain(part, index.df, generic=generic))
        ]  # fmt: skip
        # One part answered and one not: unless a fact answers the whole question better ("Desainnya bikin
        # sendiri, bukan template?": the FAQ on original designs, not the package that lists a template).
        if len(picked) >= 2 or (picked and unanswered and (not ranked or ranked[0][0] in picked)):
            return [facts[i] for i in picked], missing
    return ([facts[ranked[0][0]]] if ranked else []), []


def _show(f: Fact) -> str:
    text = f"{f.row}: {f.text}" if f.row else f.text
    if f.question and len(f.text.split()) < 4:
        return f"{f.question} {text}"
    return text


# Every reply the engine writes itself, (English, Indonesian): one language per answer, the question's.
_REPLIES = {
    "who": ("gigai's offline engine", "mesin offline gigai"),
    "of": (", the virtual assistant of {biz}", ", asisten virtual {biz}"),
    "identity": (
        "I am {who}{of}, running in offline mode: a simple lookup engine, not a real LLM.",
        "Saya {who}{of}. Saat ini saya berjalan dalam mode offline: mesin jawaban sederhana milik gigai yang "
        "mencari jawaban di data yang tersedia, bukan model bahasa (LLM) sungguhan.",
    ),
    "hello": ("Hello! I am {who}. How can I help?", "Halo! Saya {who}. Ada yang bisa saya bantu?"),
    "thanks": ("You're welcome!", "Sama-sama! Ada lagi yang bisa saya bantu?"),
    "creative": (
        "The offline engine cannot write {thing}; a real AI provider can (see `gigai doctor`).",
        "Mesin offline tidak bisa membuat {thing}; untuk itu perlu provider AI sungguhan (lihat `gigai doctor`).",
    ),
    "no facts": (
        "I only answer from facts given to me (e.g. in the system prompt), and none cover this.",
        "Saya hanya bisa menjawab dari fakta yang diberikan (misalnya di prompt sistem), dan belum ada fakta "
        "tentang ini.",
    ),
    "unknown": ("Sorry, I have no information about that.", "Maaf, saya belum punya informasi tentang itu."),
    "admin": (" Please contact our admin: {admin}.", " Silakan hubungi admin: {admin}."),
    "part": ("For {what}, I have no details yet", "Untuk {what}, datanya belum ada di saya"),
    "part admin": (": please contact our admin: {admin}.", ": silakan hubungi admin {admin}."),
    "and": (" and ", " dan "),
}


def answer(messages: Messages) -> str:
    """The offline engine's answer text (always starts with "[mode offline]")."""
    g = parse(messages)
    q = g.question
    en = language_of(q) == "en"

    def say(key: str, **values: str) -> str:
        return _REPLIES[key][0 if en else 1].format(**values)

    who = g.name or say("who")
    n_words = len(re.findall(r"\w+", q))
    if _IDENTITY.search(q):
        return f"{PREFIX} " + say("identity", who=who, of=say("of", biz=g.business) if g.business else "")
    if _GREETING.search(q) and n_words <= 3 and not select(g, q):
        return f"{PREFIX} " + say("hello", who=who)
    if _THANKS.search(q) and n_words <= 4:
        return f"{PREFIX} " + say("thanks")
    if word := creative_request(q):
        return f"{PREFIX} " + say("creative", thing=_WHAT.get(word, word))  # "poem" -> puisi
    if not g.facts and not g.admin:  # with an admin contact, no fact is the admin hand-off below
        return f"{PREFIX} " + say("no facts")
    found, missing = _select(g, q)
    if not found:
        return f"{PREFIX} " + say("unknown") + (say("admin", admin=g.admin) if g.admin else "")
    if missing:  # the parts of the question no fact answers (another part was answered)
        part = say("part", what=say("and").join(missing)) + (
            say("part admin", admin=g.admin) if g.admin else "."
        )
    body = "\n".join([*(_show(f) for f in found), *([part] if missing else [])])
    sources = ", ".join(dict.fromkeys(f.source for f in found))
    return f"{PREFIX} {body}\n\nSumber: {sources}"


def _first_notice() -> str | None:
    """The setup hint, once per session (process)."""
    global _hint_shown
    with _hint_lock:
        if _hint_shown:
            return None
        _hint_shown = True
    from gigai.lang import say

    return say(SETUP_HINT, SETUP_HINT_EN)


def reset_setup_hint() -> None:
    """Show the setup hint again on the next answer (a new session; used by tests)."""
    global _hint_shown
    with _hint_lock:
        _hint_shown = False


class OfflineEngine(Model):
    """The default model when no provider is configured. Used in: Lab 1, Lab 2, Lab 3."""

    provider = "offline"
    model_id = "gigai-offline"
    is_offline = True
    context_window = 8192

    @property
    def label(self) -> str:
        return "offline (mesin lokal gigai)"

    def complete(self, messages: Messages, **params: Any) -> Completion:
        text = answer(messages)
        max_tokens = params.get("max_tokens")
        if max_tokens:  # honour the limit roughly, like a real model would cut off
            text = text[: max(len(PREFIX) + 1, int(max_tokens) * 4)]
        # Tokens are estimated; pricing and the usage log are the model layer's AccountingModel wrapper's job.
        return Completion(
            text=text,
            provider=self.provider,
            model=self.model_id,
            usage=Usage(estimate_messages(messages), estimate_tokens(text), 0.0, 0.0, True),
            finish_reason="stop",
            notice=_first_notice(),
        )

    def stream(self, messages: Messages, **params: Any) -> Iterator[str]:
        text = self.complete(messages, **params).text
        yield from re.findall(r"\S+\s*|\s+", text)

    def structured(self, messages: Messages, schema: type) -> Any:
        """A schema-valid object built by heuristics from the prompt text (deterministic)."""
        from gigai.offline.structgen import generate

        text = "\n".join(text_of(m.get("content")) for m in messages)
        return generate(schema, text)
