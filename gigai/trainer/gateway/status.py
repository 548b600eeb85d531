"""The upstream's health as the trainer should see it: last success, last error in words, fallback or not.

Every change (up -> down, down -> up) is printed once in the gateway's terminal, so a trainer whose room is
silently on offline answers finds out without opening the console.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def clock(ts: float | None) -> str:
    return time.strftime("%H:%M:%S", time.localtime(ts)) if ts else "-"


class UpstreamStatus:
    """Tracks results of upstream calls; ``say`` gets one line per change of state."""

    def __init__(
        self, provider: str, base_url: str, *, fallback: bool, say: Callable[[str], None] | None = None
    ):
        self.provider, self.base_url, self.fallback = provider, base_url, fallback
        self.say = say or _say
        self.up: bool | None = None  # unknown until the first call
        self.last_ok: float | None = None
        self.last_error: float | None = None
        self.last_error_words: str = ""
        self.failures_in_row = 0
        self._lock = threading.Lock()

    def ok(self) -> None:
        with self._lock:
            was = self.up
            self.up, self.last_ok, self.failures_in_row = True, time.time(), 0
        if was is False:
            self.say(
                f"[gigai gateway {clock(self.last_ok)}] Penyedia AI ({self.provider}) kembali normal. "
                f"/ The AI provider is back up."
            )

    def failed(self, words_id: str, words_en: str) -> None:
        with self._lock:
            was = self.up
            self.up, self.last_error = False, time.time()
            self.last_error_words = f"{words_id} / {words_en}"
            self.failures_in_row += 1
        if was is not False:
            after = (
                "peserta mendapat jawaban OFFLINE (cadangan aktif) / participants get OFFLINE answers "
                "(fallback active)"
                if self.fallback
                else "peserta mendapat pesan error / participants get an error message"
            )
            self.say(
                f"[gigai gateway {clock(self.last_error)}] Penyedia AI ({self.provider}) GAGAL: "
                f"{self.last_error_words}. {after}."
            )

    def to_dict(self) -> dict[str, Any]:
        with self._lock:
            return {
                "provider": self.provider,
                "base_url": self.base_url,
                "up": self.up,
                "last_ok": self.last_ok,
                "last_ok_text": clock(self.last_ok),
                "last_error": self.last_error,
                "last_error_text": clock(self.last_error),
                "last_error_words": self.last_error_words,
                "failures_in_row": self.failures_in_row,
                "fallback": self.fallback,
                "fallback_active": bool(self.fallback and self.up is False),
            }
