"""The participant's Chatbot on Telegram, by long polling: runs on a laptop, no public address needed.

    gigai bot telegram --business kopi-kita        # token from TELEGRAM_BOT_TOKEN (.env works)

Each chat has its own memory; ``/start`` sends the persona's greeting, ``/reset`` forgets the chat. The
answers are the web app's: guardrails, the sources line, hand-off to the admin, ``GIGAI_FALLBACK``
(the Chatbot gets them from gigai's model layer); a fallback notice goes to the operator's terminal, not to
customers; a failing provider is answered by the offline engine (gigai.channels.sessions), and with
``GIGAI_FALLBACK=none`` the customer is handed to the admin. Per-chat rate limit and message-size cap come from
``gigai.channels.sessions``. The token is never printed; ``GIGAI_TELEGRAM_API`` points the bot at another
Bot API server (a local one, or the fake one the tests use).

Needs the ``channels`` extra: ``pip install -e ".[channels]"`` in the kit's folder (python-telegram-bot).
Used in: Lab 5 (optional part: Telegram).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from gigai.channels.sessions import Conversations, display_text
from gigai.errors import AppError, GigaiError

if TYPE_CHECKING:
    from gigai.chatbot import Chatbot

DEFAULT_API = "https://api.telegram.org"
TELEGRAM_LIMIT = 4096  # characters per Telegram message
NOT_TEXT = "Maaf, saya baru bisa membaca pesan teks. Silakan ketik pertanyaannya ya 🙏"


def _telegram() -> Any:
    from gigai._deps import require

    return require("telegram.ext")  # missing: E015 with pip install "python-telegram-bot>=22,<23"


def settings() -> tuple[str, str]:
    """(token, api root) from TELEGRAM_BOT_TOKEN and GIGAI_TELEGRAM_API (environment or .env)."""
    from gigai import config

    token = (config.setting("TELEGRAM_BOT_TOKEN") or "").strip()
    if not token:
        raise AppError(
            "E141",
            "TELEGRAM_BOT_TOKEN belum diatur.",
            "TELEGRAM_BOT_TOKEN is not set.",
            hint="Chat @BotFather di Telegram, kirim /newbot, lalu tulis TELEGRAM_BOT_TOKEN=... di file .env",
        )
    api = (config.setting("GIGAI_TELEGRAM_API") or DEFAULT_API).strip().rstrip("/")
    parsed = urlparse(api)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise AppError(
            "E142",
            "GIGAI_TELEGRAM_API bukan alamat http(s) yang benar.",
            "GIGAI_TELEGRAM_API is not a valid http(s) address.",
            hint=f"Hapus GIGAI_TELEGRAM_API dari .env (bawaan: {DEFAULT_API})",
            value=api,
        )
    return token, api


def wrong_token(token: str) -> AppError:
    bot_id = token.split(":", 1)[0] if ":" in token else "?"
    return AppError(
        "E140",
        "Token bot Telegram ditolak (salah ketik, belum lengkap, atau sudah dicabut).",
        "Telegram rejected the bot token (typo, incomplete, or revoked).",
        hint="Buka @BotFather → /mybots → pilih bot → API Token, salin ulang ke TELEGRAM_BOT_TOKEN di .env",
        value=f"bot {bot_id} (token disembunyikan / token hidden)",
    )


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Telegram refuses messages over 4096 characters: cut at line ends where possible."""
    parts, rest = [], text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        parts.append(rest[:cut])
        rest = rest[cut:].lstrip("\n")
    return [*parts, rest] if rest else parts or [""]


class _OneLine(logging.Formatter):
    """One line per library message, no traceback, and never the token (the library's URLs contain it)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def format(self, record: logging.LogRecord) -> str:
        line = f"[telegram] {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            line += f" ({type(record.exc_info[1]).__name__})"
        return line.replace(self.secret, "<TOKEN>") if self.secret else line


def _quiet_logs(token: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine(token))
    # A refused token is reported once, bilingually, by run(): drop the library's own retry-loop message.
    handler.addFilter(lambda record: "Invalid token" not in record.getMessage())
    for name in ("telegram", "httpx", "httpcore"):
        log = logging.getLogger(name)
        log.handlers = [handler]
        log.setLevel(logging.WARNING if name == "telegram" else logging.ERROR)
        log.propagate = False


def build_application(bot: Chatbot, token: str, api: str = DEFAULT_API, **limits: Any) -> Any:
    """The python-telegram-bot Application that serves ``bot`` (not started)."""
    ext = _telegram()
    rooms = Conversations(bot, **limits)
    told: set[str] = set()
    greeting = bot.persona.greeting or (
        f"Halo! Saya {bot.persona.name}, asisten {bot.persona.business}. Ada yang bisa dibantu?"
    )

    async def send(update: Any, text: str) -> None:
        for part in split_message(text):
            await update.effective_message.reply_text(part)

    async def on_start(update: Any, context: Any) -> None:
        rooms.reset(str(update.effective_chat.id))
        await send(update, greeting)

    async def on_reset(update: Any, context: Any) -> None:
        rooms.reset(str(update.effective_chat.id))
        await send(update, "Oke, percakapan dimulai dari awal. " + greeting)

    async def on_text(update: Any, context: Any) -> None:
        chat = str(update.effective_chat.id)
        try:
            answer = await asyncio.to_thread(rooms.answer, chat, update.effective_message.text or "")
        except GigaiError as exc:  # the provider failed and no fallback: hand the customer to a human
            print(f"[telegram] {exc.code}: {exc.en}", file=sys.stderr)
            from gigai.chatbot.guardrails import msg_handoff

            answer = msg_handoff(bot.persona.admin_contact)
        if answer is None:
            return
        notice = getattr(answer, "notice", None)
        if notice and notice not in told:  # fallback notices are for the operator, not the customer
            told.add(notice)
            print(f"[telegram] {notice}", file=sys.stderr)
        await send(update, display_text(answer, notice=False))

    async def on_other(update: Any, context: Any) -> None:
        if update.effective_message is not None and rooms.allow(str(update.effective_chat.id)):
            await send(update, NOT_TEXT)

    async def on_error(update: Any, context: Any) -> None:
        err = context.error
        line = f"[telegram] gagal / failed: {type(err).__name__}: {err}"
        print(line.replace(token, "<TOKEN>"), file=sys.stderr)

    app = (
        ext.ApplicationBuilder()
        .token(token)
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        .concurrent_updates(8)
        .build()
    )
    app.add_handler(ext.CommandHandler("start", on_start))
    app.add_handler(ext.CommandHandler(["reset", "ulang"], on_reset))
    app.add_handler(ext.MessageHandler(ext.filters.TEXT & ~ext.filters.COMMAND, on_text))
    app.add_handler(ext.MessageHandler(~ext.filters.TEXT & ~ext.filters.StatusUpdate.ALL, on_other))
    app.add_error_handler(on_error)
    app.bot_data["conversations"] = rooms
    return app


def run(bot: Chatbot, *, echo: Callable[[str], None] = print, **limits: Any) -> None:
    """Serve ``bot`` on Telegram until Ctrl+C. Raises AppError E140 for a token Telegram refuses."""
    _telegram()
    import telegram.error as tg_error

    token, api = settings()
    _quiet_logs(token)
    app = build_application(bot, token, api, **limits)

    async def announce(application: Any) -> None:
        me = application.bot
        where = "" if api == DEFAULT_API else f" (API: {api})"
        echo(
            f"Bot Telegram @{me.username} jalan untuk {bot.persona.business}{where} · model: {bot.model.label}\n"
            f"Buka https://t.me/{me.username} lalu kirim /start. Tekan Ctrl+C untuk berhenti.\n"
            f"Telegram bot @{me.username} is running. Press Ctrl+C to stop."
        )

    app.post_init = announce
    try:
        app.run_polling()
    except tg_error.InvalidToken:
        raise wrong_token(token) from None
    except tg_error.NetworkError as exc:
        raise AppError(
            "E144",
            "Tidak bisa menghubungi server Telegram.",
            "Could not reach the Telegram server.",
            hint="Cek internet/wifi, lalu jalankan lagi (di jaringan kantor, Telegram kadang diblokir)",
            value=f"{api} ({type(exc).__name__})",
        ) from None
    echo("Bot dihentikan. / Bot stopped.")
