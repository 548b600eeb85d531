"""Per-customer state for the messaging webhooks: short memory, rate limit, and "answer each message once".

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
from collections import OrderedDict, deque
from pathlib import Path

import botcore

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
    def __init__(self, channel: str = "chat"):
        self._lock = threading.Lock()
        self._seen = SeenIds(channel)
        self._memory: OrderedDict[str, list] = OrderedDict()
        self._hits: dict[str, deque] = {}

    def first_time(self, message_id: str) -> bool:
        """False when this message id was already taken (the platform delivers some messages twice)."""
        return self._seen.first_time(message_id)

    def allowed(self, who: str) -> bool:
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(who, deque())
            while hits and now - hits[0] > RATE_WINDOW:
                hits.popleft()
            if len(hits) >= RATE_MESSAGES:
                return False
            hits.append(now)
            return True

    def history(self, who: str) -> list:
        with self._lock:
            return [dict(m) for m in self._memory.get(who, [])]

    def forget(self, who: str) -> None:
        with self._lock:
            self._memory.pop(who, None)

    def answer(self, who: str, question: str) -> str:
        """The bot's answer given this customer's own memory; the turn is remembered."""
        reply = botcore.answer(question, self.history(who))
        with self._lock:
            turns = [*self._memory.get(who, []), {"role": "user", "content": question}]
            self._memory[who] = [*turns, {"role": "assistant", "content": reply}][-MAX_HISTORY:]
            self._memory.move_to_end(who)
            while len(self._memory) > MAX_CUSTOMERS:
                old, _ = self._memory.popitem(last=False)
                self._hits.pop(old, None)
        return reply
