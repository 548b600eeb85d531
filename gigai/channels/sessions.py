"""Per-conversation state for a messaging channel: each chat its own memory, its own rate limit.

    rooms = Conversations(bot)
    text = rooms.answer("telegram:123", "Jam buka hari Minggu?")

Memories never mix: the bot's stateless core (``Chatbot.reply(message, history)``) gets only that chat's
history. At most ``max_chats`` conversations are remembered (the oldest is forgotten first), so a bot that
runs for weeks does not grow without bound. Thread-safe: a channel may answer several chats at once.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gigai.chatbot import Answer, Chatbot

MAX_MESSAGE_CHARS = 1000  # longer messages are refused before the bot sees them (the bot's own cap is 800)
RATE_MESSAGES = 8  # per chat ...
RATE_WINDOW = 60.0  # ... per this many seconds


def slow_down_text() -> str:
    return "Pelan-pelan ya, Kak 🙏 Pesannya terlalu cepat. Coba lagi sebentar lagi."


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
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.bot = bot
        self.max_chats = max_chats
        self.max_message_chars = max_message_chars
        self.rate_messages, self.rate_window = rate_messages, rate_window
        self._clock = clock
        self._history: OrderedDict[str, list[dict[str, str]]] = OrderedDict()
        self._hits: dict[str, deque[float]] = {}
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
        """Count one message for ``chat``; False when it sent more than the limit in the window."""
        now = self._clock()
        with self._lock:
            hits = self._hits.setdefault(chat, deque())
            while hits and now - hits[0] > self.rate_window:
                hits.popleft()
            if len(hits) >= self.rate_messages:
                return False
            hits.append(now)
            self._warned.discard(chat)
            return True

    def first_refusal(self, chat: str) -> bool:
        """True only for the first refused message of a burst (answer it once, then stay quiet)."""
        with self._lock:
            if chat in self._warned:
                return False
            self._warned.add(chat)
            return True

    def answer(self, chat: str, message: str) -> Answer | str | None:
        """The reply for ``message`` in ``chat`` (None: stay silent, the chat is flooding)."""
        if not self.allow(chat):
            return slow_down_text() if self.first_refusal(chat) else None
        if len(message) > self.max_message_chars:
            return too_long_text(self.max_message_chars)
        past = self.history(chat)
        answer = self.bot.reply(message, past)
        from gigai.chatbot import trim_history

        turns = [*past, {"role": "user", "content": message}, {"role": "assistant", "content": answer.text}]
        with self._lock:
            self._history[chat] = trim_history(turns, self.bot.memory_tokens)
            self._history.move_to_end(chat)
            while len(self._history) > self.max_chats:
                old, _ = self._history.popitem(last=False)
                self._hits.pop(old, None)
        return answer


def display_text(answer: Answer | str, *, notice: bool = True) -> str:
    """The answer with its sources once, and (``notice=True``) a fallback notice, as the web app shows it."""
    if isinstance(answer, str) and not hasattr(answer, "with_sources"):
        return answer
    text = answer.with_sources()
    if notice and getattr(answer, "notice", None):
        text += f"\n\nℹ️ {answer.notice}"
    return text
