"""{TITLE}: a customer-service chatbot exported by the gigai lab kit (Gig Economy AI training).

Run:   pip install -r requirements.txt  &&  python app.py        (then open http://127.0.0.1:7860)
Data:  bot.json (persona + knowledge). Edit it, restart, done.
Keys:  environment variables / Space secrets only, never in a file:
       OPENAI_API_KEY, GEMINI_API_KEY, GROQ_API_KEY, or GIGAI_BASE_URL (+ GIGAI_API_KEY) for a gateway.
       Without a key the app runs in OFFLINE mode: it quotes the best matching facts from bot.json.

This file depends only on gradio (and openai when a key is set); it does not need gigai installed.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
HERE = Path(__file__).resolve().parent
BOT = json.loads((HERE / "bot.json").read_text(encoding="utf-8"))
PERSONA = BOT["persona"]
PASSAGES = [(p["source"], p["text"]) for p in BOT["passages"]]
GUARD = BOT["guard"]
MAX_CHARS = int(GUARD.get("max_chars", 800))
SOURCES_MARK = "\n\n📎 Sumber:"

# ----- retrieval: a small BM25 (no extra dependency) -----------------------------------------------------
STOP = set(GUARD["stopwords"])
CANON = GUARD["synonyms"]
WORD = re.compile(r"[0-9a-zA-ZÀ-ÿ]+")


def tokenize(text):
    out = []
    text = re.sub(r"(?<=\d)[.,](?=\d{3}\b)", "", text)
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
    return [(PASSAGES[i][0], PASSAGES[i][1], s) for s, i in scored[:k]]


def coverage(query, hits):
    terms = set(tokenize(query))
    if not terms:
        return 0.0
    return max(
        (len(terms & set(DOCS[PASSAGES.index((src, text))])) / len(terms) for src, text, _ in hits),
        default=0.0,
    )


# ----- guardrails ----------------------------------------------------------------------------------------
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


def gate(message, history):
    """Return (canned reply or None, passages)."""
    if not message.strip():
        return canned("empty", message), []
    if len(message) > MAX_CHARS:
        return canned("long", message), []
    if INJECTION.search(message):
        return canned("injection", message), []
    if HUMAN.search(message):
        return canned("handoff", message), []
    if GREETING.match(message) and len(message.split()) <= 6:
        return None, []
    hits = search(message)
    if not (hits and coverage(message, hits) >= 0.5):
        prev = next((m["content"] for m in reversed(history or []) if m.get("role") == "user"), "")
        terms = tokenize(message)
        known = terms and sum(t in VOCAB for t in terms) / len(terms) >= 0.5
        more = search(f"{prev} {message}") if prev and known and len(message.split()) <= 6 else []
        if more and coverage(f"{prev} {message}", more) >= 0.5:
            return None, more
        low = message.lower()
        if any(re.search(rf"\b{re.escape(t.lower())}", low) for t in PERSONA.get("topics", [])):
            return canned("handoff", message), []
        return canned("off", message), []
    return None, hits


def system_prompt(hits, message):
    lines = [BOT["system_prompt"]]
    if lang(message) == "en":
        lines.append("Pelanggan menulis dalam bahasa Inggris: jawab dalam bahasa Inggris.")
    if hits:
        lines += ["", "### Pengetahuan"] + [f"[sumber: {s}] {t}" for s, t, _ in hits]
    return "\n".join(lines)


# ----- models: an OpenAI-compatible provider from the environment, else offline --------------------------
PROVIDERS = [  # (key variable, base_url, default model)
    ("GIGAI_API_KEY", os.environ.get("GIGAI_BASE_URL"), "gpt-4o-mini"),
    ("OPENAI_API_KEY", None, "gpt-4o-mini"),
    ("GEMINI_API_KEY", "https://generativelanguage.googleapis.com/v1beta/openai/", "gemini-2.5-flash-lite"),
    ("GROQ_API_KEY", "https://api.groq.com/openai/v1", "llama-3.1-8b-instant"),
]


def provider():
    """(label, client, model) for the first configured provider, or ("offline", None, None)."""
    if os.environ.get("GIGAI_PROVIDER", "") == "offline":
        return "offline", None, None
    for key_env, base_url, model in PROVIDERS:
        key = os.environ.get(key_env)
        if key_env == "GIGAI_API_KEY" and os.environ.get("GIGAI_BASE_URL"):
            key = key or "gigai"
        if key and (key_env != "GIGAI_API_KEY" or base_url):
            from openai import OpenAI

            client = OpenAI(api_key=key, base_url=base_url, timeout=30, max_retries=1)
            model = os.environ.get("GIGAI_MODEL", model)
            return f"{key_env.split('_')[0].lower()} · {model}", client, model
    return "offline", None, None


LABEL, CLIENT, MODEL = provider()


def offline_answer(message, hits):
    if not hits:
        return (
            f"[mode offline] Halo, saya {PERSONA['name']} dari {PERSONA['business']}. Ada yang bisa dibantu?"
        )
    src, text, _ = hits[0]
    return f"[mode offline] {text} (sumber: {src})"


def respond(message, history):
    if isinstance(message, dict):
        message = message.get("text", "")
    reply, hits = gate(message, history)
    if reply is not None:
        yield reply
        return
    text, notice = "", ""
    if CLIENT is None:
        text = offline_answer(message, hits)
        yield text
    else:
        past = [
            {"role": m["role"], "content": str(m["content"]).split(SOURCES_MARK)[0]}
            for m in (history or [])[-8:]
            if m.get("role") in ("user", "assistant")
        ]
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
        except Exception as exc:  # noqa: BLE001 - the demo must survive a provider failure
            notice = f"_(provider gagal / failed: {type(exc).__name__}; jawaban dari mode offline)_"
            text = offline_answer(message, hits)
    sources = list(dict.fromkeys(s for s, _, _ in hits))
    if sources:
        text += f"{SOURCES_MARK} " + ", ".join(sources)
    yield text + (f"\n\n{notice}" if notice else "")


def build():
    import gradio as gr

    title = f"{PERSONA['name']} · {PERSONA['business']}"
    with gr.Blocks(title=title, analytics_enabled=False) as demo:
        gr.Markdown(f"## 🤖 {title}\n{PERSONA.get('greeting') or ''}")
        badge = (
            "🔌 Mode offline: jawaban dari data, bukan AI sungguhan / offline mode, not a real LLM"
            if CLIENT is None
            else f"🌐 Online · {LABEL}"
        )
        gr.Markdown(f"`{badge}`")
        gr.ChatInterface(
            respond,
            examples=PERSONA.get("examples") or None,
            api_name="chat",
            textbox=gr.Textbox(
                placeholder="Ketik pertanyaan… / Type a question…",
                submit_btn="Kirim",
                show_label=False,
                max_length=MAX_CHARS,
            ),
            chatbot=gr.Chatbot(label=f"Chat dengan {PERSONA['name']}", height=460),
            save_history=False,
        )
        gr.Markdown(f"<sub>Kontak admin: {PERSONA.get('admin_contact') or '-'} · dibuat dengan gigai</sub>")
    demo.queue(default_concurrency_limit=8, max_size=64)
    return demo


demo = build()

if __name__ == "__main__":
    demo.launch(
        server_name=os.environ.get("GRADIO_SERVER_NAME", "0.0.0.0"),
        server_port=int(os.environ.get("PORT") or os.environ.get("GRADIO_SERVER_PORT") or 7860),
        show_error=False,
    )
