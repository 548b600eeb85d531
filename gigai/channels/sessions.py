"""Per-conversation state for a messaging channel: each chat its own memory and rate limit, a daily total.

    rooms = Conversations(bot)
    text = rooms.answer("telegram:123", "Jam buka hari Minggu?")

Memories never mix: the bot's stateless core (``Chatbot.reply(message, history)``) gets only that chat's
history. At most ``max_chats`` conversations are remembered (the oldest is forgotten first), so a bot that
runs for weeks does not grow without bound. Thread-safe: a channel may answer several chats at once.

Every message counts (each reply is a message sent, also from the offline engine), with gigai's own
Limiter (gigai.chatbot.limits): per chat per minute and per day, and a daily total for the channel
(CHAT_PER_DAY, CHAT_TOTAL_PER_DAY); the first refused message of a burst gets a polite reply, the rest
silence. Behind it the bot keeps its own limits per chat when a real model answers. When the provider
fails, the offline engine answers the customer and the operator gets the notice (``GIGAI_FALLBACK=none``: the
error goes to the channel, which hands the customer to the admin).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from gigai.chatbot.limits import Limiter, Limits, reader_language
from gigai.errors import ProviderError

if TYPE_CHECKING:
    from gigai.chatbot import Answer, Chatbot

MAX_MESSAGE_CHARS = 1000  # longer messages are refused before the bot sees them (the bot's own cap is 800)
RATE_MESSAGES = 8  # per chat ...
RATE_WINDOW = 60.0  # ... per this many seconds


def too_long_text(limit: int) -> str:
    return f"Pesannya terlalu panjang (maksimal {limit} karakter). Coba tanyakan lebih singkat ya."


class Conversations:
    """Answers for many chats at once, each with its own bounded history and rate limit."""

    def __init__(
        self,
        bot: Chatbot,
        *,
        max_chats: int = 1000,
        max_message_chars: int = MAX_MESSAGE_CHARS,
        rate_messages: int = RATE_MESSAGES,
        rate_window: float = RATE_WINDOW,
        per_day: int | None = None,
        total_per_day: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.bot = bot
        self.max_chats = max_chats
        self.max_message_chars = max_message_chars
        given = {"per_day": per_day, "total_per_day": total_per_day}
        rules = Limits.from_env(**{k: v for k, v in given.items() if v is not None})
        rules = Limits(per_minute=rate_messages, window=rate_window, per_day=rules.per_day,
                       total_per_day=rules.total_per_day, total_per_minute=0, tokens_per_day=0, repeat_seconds=0)  # fmt: skip
        self.limiter = Limiter(rules, clock=clock)
        self._history: OrderedDict[str, list[dict[str, str]]] = OrderedDict()
        self._warned: set[str] = set()
        self._lock = threading.Lock()

    def history(self, chat: str) -> list[dict[str, str]]:
        """A copy of one chat's remembered turns."""
        with self._lock:
            return [dict(m) for m in self._history.get(chat, [])]

    def reset(self, chat: str) -> None:
        with self._lock:
            self._history.pop(chat, None)

    def allow(self, chat: str) -> bool:
        """Count one message for ``chat``; False when it is over a limit (see ``refusal``)."""
        return self.refusal(chat) is None

    def refusal(self, chat: str, message: str = "") -> str | None:
        """Count one message for ``chat``: None to answer it, else the polite reply for its reader."""
        verdict = self.limiter.admit(
            chat, lang=reader_language(message), contact=self.bot.persona.admin_contact
        )
        if verdict.ok:
            with self._lock:
                self._warned.discard(chat)
            return None
        return verdict.message

    def first_refusal(self, chat: str) -> bool:
        """True only for the first refused message of a burst (answer it once, then stay quiet)."""
        with self._lock:
            if chat in self._warned:
                return False
            if len(self._warned) > 20_000:  # a flood of new chats on a closed day: forget who was told
                self._warned.clear()
            self._warned.add(chat)
            return True

    def answer(self, chat: str, message: str) -> Answer | str | None:
        """The reply for ``message`` in ``chat`` (None: stay silent, the chat is flooding)."""
        refused = self.refusal(chat, message)
        if refused is not None:
            return refused if self.first_refusal(chat) else None
        if len(message) > self.max_message_chars:
            return too_long_text(self.max_message_chars)
        past = self.history(chat)
        try:
            answer = self.bot.reply(message, past, user=f"chat:{chat}")
        except ProviderError as exc:
            answer = self._fallback(exc, message, past)
        from gigai.chatbot import trim_history

        turns = [*past, {"role": "user", "content": message}, {"role": "assistant", "content": answer.text}]
        with self._lock:
            self._history[chat] = trim_history(turns, self.bot.memory_tokens)
            self._history.move_to_end(chat)
            while len(self._history) > self.max_chats:
                self._history.popitem(last=False)
        return answer

    def _fallback(self, exc: ProviderError, message: str, past: list[dict[str, str]]) -> Answer:
        """A customer never meets a provider error: the offline engine answers, the operator gets the notice
        (``answer.notice``). ``GIGAI_FALLBACK=none`` lets the error through (the channel hands off)."""
        from gigai.config import setting
        from gigai.llm.wrappers import notice

        if (setting("GIGAI_FALLBACK") or "offline").strip().lower() != "offline":
            raise exc
        answer = self.bot.with_provider("offline").reply(message, past)
        answer.notice = notice(self.bot.provider or "provider", exc)
        return answer


def display_text(answer: Answer | str, *, notice: bool = True) -> str:
    """The answer with its sources once, and (``notice=True``) a fallback notice, as the web app shows it."""
    if isinstance(answer, str) and not hasattr(answer, "with_sources"):
        return answer
    text = answer.with_sources()
    if notice and getattr(answer, "notice", None):
        text += f"\n\nℹ️ {answer.notice}"
    return text
