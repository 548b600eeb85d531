"""Per-customer state for the messaging webhooks: short memory, rate limit, and "answer each message once".

Kept in memory only (a restart forgets), bounded so a bot running for months does not grow.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque

import botcore

RATE_MESSAGES, RATE_WINDOW = 8, 60.0  # per customer
MAX_CUSTOMERS = 2000  # remembered at once (oldest forgotten first)
MAX_SEEN = 5000  # message ids remembered for de-duplication


class Conversations:
    def __init__(self):
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._memory: OrderedDict[str, list] = OrderedDict()
        self._hits: dict[str, deque] = {}

    def first_time(self, message_id: str) -> bool:
        """False when this message id was already answered (the platform delivers some messages twice)."""
        with self._lock:
            if not message_id or message_id in self._seen:
                return False
            self._seen[message_id] = None
            while len(self._seen) > MAX_SEEN:
                self._seen.popitem(last=False)
            return True

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
            self._memory[who] = [*turns, {"role": "assistant", "content": reply}][-botcore.MAX_HISTORY :]
            self._memory.move_to_end(who)
            while len(self._memory) > MAX_CUSTOMERS:
                old, _ = self._memory.popitem(last=False)
                self._hits.pop(old, None)
        return reply
