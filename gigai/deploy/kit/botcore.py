"""The exported bot's brain, without any user interface: retrieval, guardrails, provider, answers.

Everything about the business comes from bot.json (written by gigai); settings come from the environment or
a .env file next to this file (the environment wins), exactly as in the gigai labs.
Used by app.py (web chat) and whatsapp.py (WhatsApp webhook). Needs only the standard library, plus openai
when a provider key is set.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_dotenv_files() -> list[str]:
    """Read KEY=value lines from .env (this folder, then the working folder); never overrides the environment."""
    loaded = []
    for path in dict.fromkeys([HERE / ".env", Path.cwd() / ".env"]):
        if not path.is_file():
            continue
        try:
            from dotenv import dotenv_values

            values = dotenv_values(path)
        except ImportError:  # python-dotenv is in requirements.txt; keep a tiny parser for safety
            values = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                key, sep, value = line.strip().removeprefix("export ").partition("=")
                if sep and key and not key.startswith("#"):
                    values[key.strip()] = value.strip().strip("'\"")
        for key, value in values.items():
            if value and not os.environ.get(key):
                os.environ[key] = value
        loaded.append(path.name)
    return loaded


load_dotenv_files()
BOT = json.loads((HERE / "bot.json").read_text(encoding="utf-8"))
PERSONA = BOT["persona"]
PASSAGES = [(p["source"], p["text"]) for p in BOT["passages"]]
GUARD = BOT["guard"]
MAX_CHARS = int(GUARD.get("max_chars", 800))
MAX_HISTORY = 8  # messages of client-sent history kept for the model
SOURCES_MARK = "\n\n📎 Sumber:"
TITLE = f"{PERSONA['name']} · {PERSONA['business']}"

# ----- text normalisation: what a customer types may hide words behind look-alike characters -----------
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
LOOKALIKE = str.maketrans("аеорсухіјԁӏ", "aeopcyxijdl")  # Cyrillic letters that look Latin


def normalize(text):
    return unicodedata.normalize("NFKC", str(text)).translate(ZERO_WIDTH).translate(LOOKALIKE)


# ----- retrieval: a small BM25 (no extra dependency) ---------------------------------------------------
STOP = set(GUARD["stopwords"])
CANON = GUARD["synonyms"]
WORD = re.compile(r"[0-9a-zA-ZÀ-ÿ]+")


def tokenize(text):
    out = []
    text = re.sub(r"(?<=\d)[.,](?=\d{3}\b)", "", normalize(text))
    for w in WORD.findall(text.lower()):
        w = CANON.get(w, w)
        if len(w) > 5:
            for suf in ("nya", "kah", "lah", "pun"):
                if w.endswith(suf):
                    w = w[: -len(suf)]
                    break
        w = CANON.get(w, w)
        if w not in STOP and (len(w) > 1 or w.isdigit()):
            out.append(w)
    return out


DOCS = [tokenize(text + " " + re.sub(r"\.\w+$", "", src).replace("-", " ")) for src, text in PASSAGES]
DF = Counter(t for d in DOCS for t in set(d))
AVG = sum(map(len, DOCS)) / max(1, len(DOCS))
VOCAB = set(DF)
BUSINESS_WORDS = set(tokenize(f"{PERSONA.get('business', '')} {PERSONA.get('kind', '')}"))


def search(query, k=3):
    terms = tokenize(query)
    scored = []
    for i, doc in enumerate(DOCS):
        tf = Counter(doc)
        s = 0.0
        for t in set(terms):
            if tf[t]:
                idf = math.log(1 + (len(DOCS) - DF[t] + 0.5) / (DF[t] + 0.5))
                s += idf * tf[t] * 2.5 / (tf[t] + 1.5 * (0.25 + 0.75 * len(doc) / AVG))
        if s > 0:
            scored.append((s, i))
    scored.sort(reverse=True)
    return [(PASSAGES[i][0], PASSAGES[i][1], s, i) for s, i in scored[:k]]


def coverage(query, hits):
    terms = set(tokenize(query))
    terms = (terms - BUSINESS_WORDS) or terms  # "alamat bengkelnya?": the shop's own name is not the question
    if not terms:
        return 0.0
    return max((len(terms & set(DOCS[i])) / len(terms) for *_, i in hits), default=0.0)


# ----- guardrails ---------------------------------------------------------------------------------------
INJECTION = re.compile("|".join(f"(?:{p})" for p in GUARD["injection"]), re.I | re.M)
HUMAN = re.compile(GUARD["human"], re.I)
GREETING = re.compile(GUARD["greeting"], re.I)
ENGLISH = set("the what how is are do does you your can i when where price open much have there".split())


def lang(text):
    words = re.findall(r"[a-z]+", text.lower())
    return "en" if sum(w in ENGLISH for w in words) >= 2 else "id"


def canned(kind, text):
    en = lang(text) == "en"
    biz, admin = PERSONA["business"], PERSONA.get("admin_contact") or "admin"
    return {
        "empty": "Please type a question." if en else "Silakan ketik pertanyaan dulu ya.",
        "long": (
            f"Your message is too long (max {MAX_CHARS} characters)."
            if en
            else f"Pesannya terlalu panjang (maksimal {MAX_CHARS} karakter). Coba lebih singkat ya."
        ),
        "injection": (
            "Sorry, I can't share my internal instructions."
            if en
            else "Maaf, instruksi dan catatan internal tidak bisa saya bagikan."
        ),
        "off": (
            f"Sorry, I can only help with questions about {biz}."
            if en
            else f"Maaf, saya hanya bisa membantu pertanyaan seputar {biz}. Ada yang bisa saya bantu?"
        ),
        "handoff": (
            f"I am not sure about that. Please contact our admin: {admin}."
            if en
            else f"Maaf, saya belum yakin soal itu. Silakan hubungi admin via {admin} ya."
        ),
    }[kind]


def safe_history(history):
    """The last few plain turns of a client-sent history; turns that try to instruct the bot are dropped."""
    out = []
    for m in list(history or [])[-MAX_HISTORY:]:
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            continue
        content = str(m.get("content") or "").split(SOURCES_MARK)[0][:MAX_CHARS]
        if content.strip() and not INJECTION.search(normalize(content)):
            out.append({"role": m["role"], "content": content})
    return out


def gate(message, history):
    """Return (canned reply or None, passages)."""
    if not message.strip():
        return canned("empty", message), []
    if len(message) > MAX_CHARS:
        return canned("long", message), []
    if INJECTION.search(normalize(message)):
        return canned("injection", message), []
    if HUMAN.search(normalize(message)):
        return canned("handoff", message), []
    if GREETING.match(message) and len(message.split()) <= 6:
        return None, []
    hits = search(message)
    if not (hits and coverage(message, hits) >= 0.5):
        prev = next((m["content"] for m in reversed(history) if m["role"] == "user"), "")
        terms = tokenize(message)
        known = terms and sum(t in VOCAB for t in terms) / len(terms) >= 0.5
        more = search(f"{prev} {message}") if prev and known and len(message.split()) <= 6 else []
        if more and coverage(f"{prev} {message}", more) >= 0.5:
            return None, more
        low = normalize(message).lower()
        if any(re.search(rf"\b{re.escape(t.lower())}", low) for t in PERSONA.get("topics", [])):
            return canned("handoff", message), []
        return canned("off", message), []
    return None, hits


def system_prompt(hits, message):
    lines = [BOT["system_prompt"]]
    if lang(message) == "en":
        lines.append("Pelanggan menulis dalam bahasa Inggris: jawab dalam bahasa Inggris.")
    if hits:
        lines += ["", "### Pengetahuan"] + [f"[sumber: {h[0]}] {h[1]}" for h in hits]
    return "\n".join(lines)


# ----- provider: the first one configured (catalogue rows in bot.json, written by gigai), else offline -----
def _setting(names):
    return next((os.environ[n] for n in names or [] if os.environ.get(n)), None)


def provider():
    """(label, client, model) for the configured provider, or ("offline", None, None)."""
    wanted = os.environ.get("GIGAI_PROVIDER", "").strip().lower()
    if wanted == "offline":
        return "offline", None, None
    for row in BOT["providers"]:
        if wanted and row["name"] != wanted:
            continue
        key = _setting(row["key_env"])
        url = _setting(row.get("base_url_env")) or row.get("base_url")
        if key and url:
            from openai import OpenAI

            client = OpenAI(api_key=key, base_url=url, timeout=30, max_retries=1)
            model = os.environ.get("GIGAI_MODEL") or row["default_model"]
            return f"{row['name']} · {model}", client, model
    return "offline", None, None


LABEL, CLIENT, MODEL = provider()


SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"(])")


ABBREVIATION = re.compile(r"(?:^|\s)(?:Jl|Jln|Gg|No|Ir|H|Hj|Dr|dr|Prof|Kec|Kab|Kel|RT|RW|St|Tbk|Bpk|Sdr)\.$")


def sentences(body):
    """Split at sentence ends, but not after short abbreviations (Jl. No. Ir. H.)."""
    out = []
    for part in SENTENCE.split(body):
        if out and ABBREVIATION.search(out[-1]):
            out[-1] += " " + part
        elif part.strip():
            out.append(part.strip())
    return out


def best_fact(text, query):
    """The sentence of a passage that answers the question ("hari Minggu" -> the weekend hours line).

    The whole passage when it is short, or when the question only names the passage's own heading."""
    heading, sep, body = text.partition(": ")
    if not sep or len(heading) > 40:
        heading, body = "", text
    parts = sentences(body)
    n = max(1, len(DOCS))
    # words in a quarter of all passages ("hari", the business's name) do not pick a sentence
    asked = {t for t in set(tokenize(query)) - set(tokenize(heading)) if DF.get(t, 0) <= max(2, n // 4)}
    if len(text.split()) <= 12 or len(parts) < 2 or not asked:
        return text

    def score(part):
        return sum(math.log(1 + n / (1 + DF.get(t, 0))) for t in asked & set(tokenize(part)))

    ranked = sorted(range(len(parts)), key=lambda i: (-score(parts[i]), i))
    top = score(parts[ranked[0]])
    if top <= 0:
        return text
    keep = sorted(i for i in ranked[:2] if score(parts[i]) == top)  # two equally good facts: both
    return " ".join(parts[i] for i in keep)


def offline_answer(hits, message=""):
    if not hits:
        return (
            f"[mode offline] Halo, saya {PERSONA['name']} dari {PERSONA['business']}. Ada yang bisa dibantu?"
        )
    return f"[mode offline] {best_fact(hits[0][1], message)}"


def names_sources(text):
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return bool(lines) and bool(re.match(r"^(📎\s*)?(sumber|sources?)\s*:", lines[-1], re.I))


def respond(message, history=None):
    """Yield the growing answer text; the last item is the whole answer with its sources line (once)."""
    if isinstance(message, dict):
        message = message.get("text", "")
    message = str(message or "")
    past = safe_history(history)
    reply, hits = gate(message, past)
    if reply is not None:
        yield reply
        return
    text, notice = "", ""
    if CLIENT is None:
        hits = hits[:1]
        text = offline_answer(hits, message)
        yield text
    else:
        messages = [
            {"role": "system", "content": system_prompt(hits, message)},
            *past,
            {"role": "user", "content": message},
        ]
        try:
            stream = CLIENT.chat.completions.create(
                model=MODEL, messages=messages, stream=True, max_tokens=400
            )
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    text += chunk.choices[0].delta.content
                    yield text
        except Exception as exc:  # noqa: BLE001 - the shop's bot must survive a provider failure
            notice = f"_(provider gagal / failed: {type(exc).__name__}; jawaban dari mode offline)_"
            hits = hits[:1]
            text = offline_answer(hits, message)
        if not text.strip():
            yield canned("handoff", message)
            return
    sources = list(dict.fromkeys(h[0] for h in hits))
    if sources and not names_sources(text):
        text += f"{SOURCES_MARK} " + ", ".join(sources)
    yield text + (f"\n\n{notice}" if notice else "")


def for_customer(text):
    """A reply for a messaging app: the web page shows the offline badge; a customer just gets the fact."""
    return text.removeprefix("[mode offline] ")


def answer(message, history=None):
    """The whole answer at once (for channels that cannot stream, like WhatsApp)."""
    parts = list(respond(message, history))
    return parts[-1] if parts else ""
