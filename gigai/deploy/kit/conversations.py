"""Per-customer state for the messaging webhooks: short memory, rate limits, and "answer each message once".

Every message counts (each reply is a message the business pays for, also from the offline engine), with
gigai's own Limiter (gigai/chatbot/limits.py): per customer 8 a minute and CHAT_PER_DAY a day, and
CHAT_TOTAL_PER_DAY for the channel; the first refused message of a burst gets a polite reply, the rest
silence. Behind it the bot keeps its own limits per customer when a real model answers.

Memory and rate limits live in memory (bounded, so a bot running for months does not grow). The ids of
messages already answered are also written to a small SQLite file (``.state/seen.sqlite`` beside app.py, or
the folder named by BOT_STATE_DIR), so a message the platform delivers again after a restart is not
answered twice.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections import OrderedDict
from pathlib import Path

import botcore

from gigai.chatbot.limits import Limiter, Limits, reader_language

RATE_MESSAGES, RATE_WINDOW = 8, 60.0  # per customer
MAX_CUSTOMERS = 2000  # remembered at once (oldest forgotten first)
MAX_HISTORY = 8  # turns of memory per customer
KEEP_SEEN = 7 * 86400  # seconds a message id is remembered (platforms redeliver within hours)


def state_dir() -> Path:
    return Path(os.environ.get("BOT_STATE_DIR") or botcore.HERE / ".state")


class SeenIds:
    """Message ids already taken, in SQLite (survives a restart); in memory only if the folder is read-only."""

    def __init__(self, name: str) -> None:
        self._lock = threading.Lock()
        self._memory: OrderedDict[str, None] = OrderedDict()
        self._db = None
        try:
            folder = state_dir()
            folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(folder / "seen.sqlite", check_same_thread=False, timeout=5)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS seen (channel TEXT, id TEXT, at REAL, PRIMARY KEY (channel, id))"
            )
            self._db.execute("DELETE FROM seen WHERE at < ?", (time.time() - KEEP_SEEN,))
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            print(f"[state] {type(exc).__name__}: de-duplication kept in memory only")
            self._db = None
        self.channel = name

    def first_time(self, message_id: str) -> bool:
        if not message_id:
            return False
        with self._lock:
            if self._db is not None:
                try:
                    cur = self._db.execute(
                        "INSERT OR IGNORE INTO seen (channel, id, at) VALUES (?, ?, ?)",
                        (self.channel, message_id, time.time()),
                    )
                    self._db.commit()
                    return cur.rowcount == 1
                except sqlite3.Error:
                    pass  # a full or locked disk: fall back to memory for this id
            if message_id in self._memory:
                return False
            self._memory[message_id] = None
            while len(self._memory) > 5000:
                self._memory.popitem(last=False)
            return True


class Conversations:
    def __init__(self, channel: str = "chat", *, clock=time.time):
        self._lock = threading.Lock()
        self.channel = channel
        self._seen = SeenIds(channel)
        self._memory: OrderedDict[str, list] = OrderedDict()
        day = Limits.from_env()
        rules = Limits(per_minute=RATE_MESSAGES, window=RATE_WINDOW, per_day=day.per_day,
                       total_per_day=day.total_per_day, total_per_minute=0, tokens_per_day=0, repeat_seconds=0)  # fmt: skip
        self.limiter = Limiter(rules, clock=clock)
        self._warned: OrderedDict[str, None] = OrderedDict()

    def first_time(self, message_id: str) -> bool:
        """False when this message id was already taken (the platform delivers some messages twice)."""
        return self._seen.first_time(message_id)

    def refusal(self, who: str, message: str = "") -> str | None:
        """Count one message: None to answer it, the polite reply for the first refused one of a burst, "" after."""
        contact = botcore.PERSONA.get("admin_contact") or ""
        verdict = self.limiter.admit(who, lang=reader_language(message), contact=contact)
        with self._lock:
            if verdict.ok:
                self._warned.pop(who, None)
                return None
            if who in self._warned:
                return ""
            self._warned[who] = None
            while len(self._warned) > MAX_CUSTOMERS * 10:
                self._warned.popitem(last=False)
            return verdict.message

    def history(self, who: str) -> list:
        with self._lock:
            return [dict(m) for m in self._memory.get(who, [])]

    def forget(self, who: str) -> None:
        with self._lock:
            self._memory.pop(who, None)

    def answer(self, who: str, question: str) -> str:
        """The bot's answer given this customer's own memory; the turn is remembered."""
        reply = botcore.answer(question, self.history(who), f"{self.channel}:{who}")
        with self._lock:
            turns = [*self._memory.get(who, []), {"role": "user", "content": question}]
            self._memory[who] = [*turns, {"role": "assistant", "content": reply}][-MAX_HISTORY:]
            self._memory.move_to_end(who)
            while len(self._memory) > MAX_CUSTOMERS:
                self._memory.popitem(last=False)
        return reply
