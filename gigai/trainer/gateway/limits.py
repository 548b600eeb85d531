"""Rate limits for the room gateway: a token bucket per participant, a throttle on failed logins per address."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field


def estimate_tokens(text_or_chars: str | int) -> int:
    """~4 characters per token (Indonesian and English alike are close to it); at least 1 for non-empty text."""
    n = text_or_chars if isinstance(text_or_chars, int) else len(text_or_chars)
    return (n + 3) // 4 if n > 0 else 0


@dataclass
class TokenBucket:
    """``rpm`` requests per minute with a burst of up to ``burst`` (default: a quarter of rpm, at least 3)."""

    rpm: float
    burst: float | None = None
    tokens: float = field(init=False)
    stamp: float = field(init=False)

    def __post_init__(self) -> None:
        if self.burst is None:
            self.burst = max(3.0, self.rpm / 4)
        self.tokens = float(self.burst)
        self.stamp = time.monotonic()

    def take(self) -> float:
        """Take one request; returns 0.0 if allowed, else the seconds to wait."""
        now = time.monotonic()
        rate = self.rpm / 60.0
        self.tokens = min(float(self.burst), self.tokens + (now - self.stamp) * rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / rate if rate > 0 else 60.0


class FailureThrottle:
    """Failed logins per address: ``burst`` free mistakes, then one more every ``60/per_minute`` seconds.

    While an address is throttled every request from it is refused before its token is even looked at, so
    guessing costs time whatever the guess. Successful requests never count.
    """

    def __init__(self, burst: int = 10, per_minute: float = 6.0, max_addresses: int = 10_000) -> None:
        self.burst, self.per_minute, self.max_addresses = burst, per_minute, max_addresses
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    def wait(self, address: str) -> float:
        """Seconds this address must wait before it may try again (0.0: go ahead)."""
        with self._lock:
            b = self._buckets.get(address)
            if b is None:
                return 0.0
            now = time.monotonic()
            level = min(float(b.burst), b.tokens + (now - b.stamp) * b.rpm / 60.0)
            return 0.0 if level >= 1.0 else (1.0 - level) * 60.0 / b.rpm

    def failed(self, address: str) -> None:
        with self._lock:
            b = self._buckets.get(address)
            if b is None:
                if len(self._buckets) >= self.max_addresses:  # bounded memory under a spray of addresses
                    self._buckets.pop(next(iter(self._buckets)))
                b = self._buckets[address] = TokenBucket(self.per_minute, burst=self.burst)
            b.take()
