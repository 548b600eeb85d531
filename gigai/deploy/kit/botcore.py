"""The exported bot: gigai's own Chatbot, guardrails and offline engine (the ``gigai/`` folder beside this
file is a copy of the installed library), loaded with this business's public data from bot.json.

Settings come from the environment or a .env file next to this file (the environment wins), as in the labs:
a provider key (see .env.example) makes a real model answer; without one the offline engine answers and
says so. Used by app.py (web chat), whatsapp.py and telegram_hook.py.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the gigai copy in this folder, never another one installed on the host
    sys.path.insert(0, str(HERE))


def load_dotenv_files() -> list[str]:
    """Read KEY=value lines from .env (this folder, then the working folder); never overrides the environment."""
    from dotenv import dotenv_values

    loaded = []
    for path in dict.fromkeys([HERE / ".env", Path.cwd() / ".env"]):
        if path.is_file():
            for key, value in dotenv_values(path).items():
                if value and not os.environ.get(key):
                    os.environ[key] = value
            loaded.append(path.name)
    return loaded


load_dotenv_files()

from gigai.chatbot import Chatbot, Knowledge  # noqa: E402 - after the .env is read
from gigai.lang import say  # noqa: E402

BOT = json.loads((HERE / "bot.json").read_text(encoding="utf-8"))
PERSONA = BOT["persona"]
TITLE = f"{PERSONA['name']} · {PERSONA['business']}"
OFFLINE_PREFIX = "[mode offline] "


def make_bot() -> Chatbot:
    """The library's Chatbot over the public passages; the provider is chosen as gigai chooses it.

    A customer never meets a provider error: when the provider fails (key revoked, quota, outage), the
    offline engine answers with a plain notice (gigai's fallback; ``GIGAI_FALLBACK=none`` turns it off)."""
    os.environ.setdefault("GIGAI_FALLBACK", "offline")
    knowledge = Knowledge([(p["source"], p["text"]) for p in BOT["passages"]])
    return Chatbot(persona=PERSONA, knowledge=knowledge, provider=os.environ.get("GIGAI_PROVIDER") or None)


BOT_OBJ = make_bot()
MAX_CHARS = BOT_OBJ.max_chars


def model_label() -> str:
    """'offline' or 'provider · model' (the badge and the start-up line)."""
    model = BOT_OBJ.model
    if model.provider == "offline":
        return "offline"
    return f"{model.provider} · {model.model_id}"


LABEL = model_label()
OFFLINE = LABEL == "offline"


def _shown(part) -> str:
    text = part.with_sources()
    return f"{text}\n\n_{part.notice}_" if part.notice else text


def respond(message, history=None, user=None):
    """Yield the growing answer text (the web chat's function); the last item is the whole answer. ``user``
    names the visitor for the bot's own limits in front of a real model (gigai/chatbot/limits.py)."""
    if isinstance(message, dict):
        message = message.get("text", "")
    for part in BOT_OBJ.respond(str(message or ""), history, user=user):
        yield _shown(part) if part.done else part.text


_TOLD: set[str] = set()


def answer(message, history=None, user=None) -> str:
    """The whole answer at once, with its sources line (for channels that cannot stream, like WhatsApp). A
    fallback notice ("the provider failed, offline answers") goes to the operator's log once, not to customers."""
    if isinstance(message, dict):
        message = message.get("text", "")
    part = BOT_OBJ.reply(str(message or ""), history, user=user)
    if part.notice and part.notice not in _TOLD:
        _TOLD.add(part.notice)
        print(f"[bot] {part.notice}", file=sys.stderr)
    return part.with_sources()


def for_customer(text: str) -> str:
    """A reply for a messaging app: the web page shows the offline badge; a customer just gets the fact."""
    return text.removeprefix(OFFLINE_PREFIX)


def greeting() -> str:
    return PERSONA.get("greeting") or say(
        f"Halo! Saya {PERSONA['name']}. Ada yang bisa dibantu?",
        f"Hello! I am {PERSONA['name']}. How can I help?",
    )
