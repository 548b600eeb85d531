"""Request pacing: at most N requests per minute to one provider, evenly spaced (free tiers count per minute).

``registry.resolve(..., rpm=10)`` or ``GIGAI_RPM=10`` makes every request of an OpenAI-compatible model
(retries included) wait its turn; models of the same provider and base URL share one pace. ``gigai record``
uses it to stay under the catalogue's ``free_rpm``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

__all__ = ["Pacer", "shared", "rpm_of"]

_sleep = time.sleep  # tests replace this to pace without waiting


class Pacer:
    """At most ``rpm`` starts per minute, evenly spaced; thread-safe."""

    def __init__(self, rpm: float, *, sleep: Callable[[float], None] | None = None) -> None:
        self.rpm = float(rpm)
        self.interval = 60.0 / max(float(rpm), 0.001)
        self._next = 0.0
        self._lock = threading.Lock()
        self._sleep = sleep

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            (self._sleep or _sleep)(start - now)


_SHARED: dict[tuple[str, str, float], Pacer] = {}
_SHARED_LOCK = threading.Lock()


def shared(provider: str, base_url: str, rpm: float) -> Pacer:
    """The one pacer for ``provider`` at ``base_url`` and this rate (every model object on it shares it)."""
    key = (provider, base_url, float(rpm))
    with _SHARED_LOCK:
        found = _SHARED.get(key)
        if found is None:
            found = _SHARED[key] = Pacer(rpm)
        return found


def rpm_of(value: object) -> float | None:
    """A requests-per-minute setting as a positive number, or None (unset, 0, or not a number: no pacing)."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        from gigai.errors import ConfigError

        raise ConfigError(
            "E019",
            f"GIGAI_RPM / rpm harus angka permintaan per menit, bukan '{value}'.",
            f"GIGAI_RPM / rpm must be a number of requests per minute, not '{value}'.",
            hint="GIGAI_RPM=10 di file .env (0 = tanpa jeda / no pacing)",
            value=str(value),
        ) from None
    return number if number > 0 else None
