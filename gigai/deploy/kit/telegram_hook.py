"""Telegram by webhook for the exported bot: POST /telegram on the same server, 24 hours a day on a host.

On a laptop, ``gigai bot telegram`` (long polling) is simpler. On a host, Telegram calls this server:
settings TELEGRAM_BOT_TOKEN (from @BotFather), TELEGRAM_WEBHOOK_SECRET (your own random words: Telegram
sends them back in X-Telegram-Bot-Api-Secret-Token, so nobody else can post fake updates) and the public
address, PUBLIC_URL (Render sets RENDER_EXTERNAL_URL by itself). GIGAI_TELEGRAM_API changes the Bot API
address (tests use a fake one). Plain httpx, like whatsapp.py: two Bot API calls do not need a framework.
"""

from __future__ import annotations

import hmac
import os

import botcore
from conversations import Conversations
from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import JSONResponse

from gigai.lang import say

DEFAULT_API = "https://api.telegram.org"
NOT_TEXT = say(
    "Maaf, saya baru bisa membaca pesan teks. Silakan ketik pertanyaannya ya 🙏",
    "Sorry, I can only read text messages for now. Please type your question 🙏",
)
TELEGRAM_LIMIT = 4096

router = APIRouter()
chats = Conversations("telegram")


def setting(name, default=""):
    return (os.environ.get(name) or default).strip()


def public_url():
    return (setting("PUBLIC_URL") or setting("RENDER_EXTERNAL_URL")).rstrip("/")


def configured():
    """Names of the Telegram settings that are missing (empty list: ready)."""
    missing = [n for n in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET") if not setting(n)]
    return missing + ([] if public_url() else ["PUBLIC_URL"])


def call(method, **params):
    """One Bot API call; returns its JSON (errors as {"ok": false, ...}); never prints the token."""
    import httpx

    url = f"{setting('GIGAI_TELEGRAM_API', DEFAULT_API).rstrip('/')}/bot{setting('TELEGRAM_BOT_TOKEN')}/{method}"
    try:
        return httpx.post(url, json=params, timeout=20).json()
    except (httpx.HTTPError, ValueError) as exc:
        return {"ok": False, "description": type(exc).__name__}


def register():
    """Tell Telegram where to send updates (run at start-up). Returns a one-line status for the log."""
    missing = configured()
    if missing:
        return say("Telegram: belum aktif (isi: ", "Telegram: not active (set: ") + ", ".join(missing) + ")"
    result = call(
        "setWebhook",
        url=f"{public_url()}/telegram",
        secret_token=setting("TELEGRAM_WEBHOOK_SECRET"),
        allowed_updates=["message"],
    )
    if result.get("ok"):
        return say(
            f"Telegram: webhook aktif di {public_url()}/telegram",
            f"Telegram: webhook active at {public_url()}/telegram",
        )
    if result.get("error_code") == 401:
        return say(
            "Telegram: token ditolak (GIGAI-E140), salin ulang dari @BotFather",
            "Telegram: token rejected (GIGAI-E140), copy it again from @BotFather",
        )
    return say("Telegram: setWebhook gagal: ", "Telegram: setWebhook failed: ") + str(
        result.get("description", "?")
    )


def send(chat_id, text):
    for start in range(0, max(1, len(text)), TELEGRAM_LIMIT):
        call("sendMessage", chat_id=chat_id, text=text[start : start + TELEGRAM_LIMIT])


def handle(message: dict) -> None:
    chat_id = (message.get("chat") or {}).get("id")
    who = str(chat_id)
    text = message.get("text")
    refused = chats.refusal(who, text if isinstance(text, str) else "") if chat_id is not None else ""
    if refused is not None:  # over a limit: one polite reply for a burst, then silence
        if refused:
            send(chat_id, refused)
        return
    if not isinstance(text, str):
        send(chat_id, NOT_TEXT)
        return
    command = text.split()[0].split("@")[0].lower() if text.startswith("/") else ""
    greeting = botcore.greeting()
    if command in ("/start", "/reset", "/ulang"):
        chats.forget(who)
        send(chat_id, greeting)
        return
    send(chat_id, botcore.for_customer(chats.answer(who, text)))


@router.post("/telegram")
async def receive(request: Request, background: BackgroundTasks):
    secret = setting("TELEGRAM_WEBHOOK_SECRET")
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token") or ""
    if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
        return JSONResponse({"error": "wrong secret token"}, status_code=403)
    try:
        update = await request.json()
    except ValueError:
        return JSONResponse({"error": "not JSON"}, status_code=400)
    message = update.get("message") if isinstance(update, dict) else None
    if isinstance(message, dict) and chats.first_time(str(update.get("update_id") or "")):
        background.add_task(handle, message)
    return {"ok": True}
