"""What the trainer should believe about the upstreams, and what participants actually got.

``UpstreamStatus``: one upstream's health from its calls and the gateway's own probes (last success, last
failure in words, when it is tried again). ``RoomHealth``: the ordered upstreams, which one the next
participant gets (``serving``), and a tally of what answered the last participants (an upstream, the
offline engine, or an error). Every change of what participants get is printed once in the gateway's
terminal, in the words the console uses, so the two can never disagree.

An upstream that fails is skipped until it may be tried again: a probe (``GET /models``, no tokens) that
succeeds lifts a failure the probe can see (refused, key rejected, a dead server); a failure only a chat
call shows (quota used up, a hang on answers) is tried again by one participant call after a cool-down
that doubles while it keeps failing.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from gigai.lang import say as pick

OFFLINE = "offline"
ERROR = "error"
MAX_COOLDOWN = 120.0
# Failures one request could cause by itself (an odd schema that makes a provider answer 500, a prompt slow to
# read): they take an upstream out of the room only when two participants meet them in a row (or a probe does),
# so one participant cannot switch the whole room to offline answers. Refused, key and quota are room-wide.
REQUEST_KINDS = frozenset({"server", "timeout", "dropped", "garbage"})


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def clock(ts: float | None) -> str:
    return time.strftime("%H:%M:%S", time.localtime(ts)) if ts else "-"


class UpstreamStatus:
    """One upstream: up / down / not used yet, and whether a participant request may go to it now."""

    def __init__(
        self, name: str, base_url: str, *, local: bool = False, free: bool = False, cooldown: float = 15.0
    ) -> None:
        self.provider, self.base_url, self.local, self.cooldown = name, base_url, local, cooldown
        self.free = free  # its catalogue price is Rp 0 (a model on the laptop)
        self.up: bool | None = None  # unknown until the first call or probe
        self.last_ok: float | None = None
        self.last_error: float | None = None
        self.last_error_words = ""
        self.last_kind = ""  # refused | timeout | key | quota | server | garbage | dropped
        self.failures_in_row = 0
        self.seen_by_probe = False  # the failure is one a probe can see (and so can lift)
        self.retry_at = 0.0  # time.time() after which a participant call may try it again
        self.last_probe: float | None = None
        self.last_probe_ok: bool | None = None
        self.last_used = 0.0
        self.suspects: set[int] = set()  # participants who met a request-kind failure since the last success
        self.first_suspect = False  # the last failure started such a streak
        self._lock = threading.Lock()

    def usable(self, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        with self._lock:
            return self.up is not False or (not self.seen_by_probe and now >= self.retry_at)

    def ok(self, *, probe: bool = False) -> bool:
        """A success; returns True when an upstream that was down is up again."""
        now = time.time()
        with self._lock:
            if probe:
                self.last_probe, self.last_probe_ok = now, True
                if self.up is False and not self.seen_by_probe:
                    return False  # /models answers, but answers failed: the cool-down decides
            else:
                self.last_used = now
                self.suspects.clear()
            was = self.up
            self.up, self.last_ok, self.failures_in_row, self.retry_at = True, now, 0, 0.0
            self.seen_by_probe = False
            return was is False

    def failed(
        self,
        words: str,
        *,
        kind: str = "",
        probe: bool = False,
        retry_after: float | None = None,
        who: int | None = None,
    ) -> bool:
        """A failure in ``words`` (``who``: the participant whose request met it); returns True when this
        changed the state (-> down)."""
        now = time.time()
        with self._lock:
            self.last_kind = kind
            self.last_error, self.last_error_words = now, words
            if probe:
                self.last_probe, self.last_probe_ok = now, False
            else:
                self.last_used = now
                if kind in REQUEST_KINDS and who is not None and self.up is not False:
                    self.first_suspect = not self.suspects
                    self.suspects.add(who)
                    if len(self.suspects) < 2:
                        return False  # maybe this request; the next participant tries again
            was = self.up
            self.up, self.last_error, self.last_error_words = False, now, words
            self.failures_in_row += 1
            self.seen_by_probe = probe
            wait = retry_after if retry_after else self.cooldown * 2 ** min(6, self.failures_in_row - 1)
            self.retry_at = now + min(MAX_COOLDOWN, max(1.0, wait))
            return was is not False

    def to_dict(self) -> dict[str, Any]:
        with self._lock:
            return {
                "provider": self.provider,
                "base_url": self.base_url,
                "local": self.local,
                "free": self.free,
                "up": self.up,
                "last_ok": self.last_ok,
                "last_ok_text": clock(self.last_ok),
                "last_error": self.last_error,
                "last_error_text": clock(self.last_error),
                "last_error_words": self.last_error_words,
                "failures_in_row": self.failures_in_row,
                "retry_text": clock(self.retry_at) if self.up is False and not self.seen_by_probe else "",
                "last_probe_text": clock(self.last_probe),
                "last_probe_ok": self.last_probe_ok,
            }


class RoomHealth:
    """The room's upstreams in order, who serves the next participant, and who served the last ones.

    upstreams: (name, base URL, on this laptop or LAN, priced at Rp 0) for each, in order.
    """

    def __init__(
        self,
        upstreams: Sequence[tuple[str, str, bool, bool]],
        *,
        fallback: bool,
        cooldown: float = 15.0,
        say: Callable[[str], None] | None = None,
        window: float = 300.0,
    ) -> None:
        self.statuses = [
            UpstreamStatus(n, u, local=loc, free=free, cooldown=cooldown) for n, u, loc, free in upstreams
        ]
        self.fallback, self.say, self.window = fallback, say or _say, window
        self._served: deque[tuple[float, str]] = deque(maxlen=2000)
        self._last_told = ""
        self._lock = threading.Lock()

    # -- what the next participant gets ----------------------------------------------------------------
    def serving(self) -> str:
        """The name of the upstream the next participant is sent to, else ``offline`` or ``error``."""
        now = time.time()
        for s in self.statuses:
            if s.usable(now):
                return s.provider
        return OFFLINE if self.fallback else ERROR

    def describe(self, who: str) -> str:
        """``who`` (an upstream name, ``offline`` or ``error``) in the words the console and terminal use."""
        if who == OFFLINE:
            return pick("jawaban OFFLINE (mesin offline gigai, ada catatannya)",
                        "OFFLINE answers (gigai's offline engine, with a notice)")  # fmt: skip
        if who == ERROR:
            return pick(
                "pesan error (cadangan offline tidak aktif)", "an error message (offline fallback is off)"
            )
        local = any(s.local for s in self.statuses if s.provider == who)
        return pick(
            f"jawaban model {'lokal ' if local else ''}{who}",
            f"answers from the {'local ' if local else ''}model {who}",
        )

    # -- events ----------------------------------------------------------------------------------------
    def ok(self, i: int, *, probe: bool = False) -> None:
        s = self.statuses[i]
        if s.ok(probe=probe):
            self.say(
                f"[gigai gateway {clock(time.time())}] "
                + pick(f"{s.provider}: normal kembali.", f"{s.provider}: back up.")
            )
        self.tell()

    def failed(
        self,
        i: int,
        words: str,
        *,
        kind: str = "",
        probe: bool = False,
        retry_after: float | None = None,
        who: int | None = None,
    ) -> None:
        s = self.statuses[i]
        s.first_suspect = False
        if s.failed(words, kind=kind, probe=probe, retry_after=retry_after, who=who):
            self.say(
                f"[gigai gateway {clock(time.time())}] "
                + pick(f"{s.provider} GAGAL: {words}.", f"{s.provider} FAILED: {words}.")
            )
        elif s.first_suspect:  # one participant's answer failed; the room is not switched (yet)
            got = self.describe(OFFLINE) if self.fallback else self.describe(ERROR)
            self.say(
                f"[gigai gateway {clock(time.time())}] "
                + pick(
                    f"{s.provider}: satu jawaban gagal ({words}); peserta itu mendapat {got}.",
                    f"{s.provider}: one answer failed ({words}); that participant got {got}.",
                )  # fmt: skip
            )
        self.tell()

    def tell(self) -> None:
        """Print once whenever what the next participant gets changes."""
        now = self.serving()
        with self._lock:
            if now == self._last_told:
                return
            first = not self._last_told
            self._last_told = now
        if first and now == (self.statuses[0].provider if self.statuses else ""):
            return  # the normal start: nothing to announce
        self.say(
            f"[gigai gateway {clock(time.time())}] "
            + pick("Peserta sekarang mendapat: ", "Participants now get: ")
            + self.describe(now)
            + "."
        )

    def served(self, who: str) -> None:
        """Record what one participant actually received (an upstream name, ``offline``, ``error``)."""
        with self._lock:
            self._served.append((time.time(), who))

    def recent(self) -> dict[str, int]:
        cut = time.time() - self.window
        with self._lock:
            out: dict[str, int] = {}
            for ts, who in self._served:
                if ts >= cut:
                    out[who] = out.get(who, 0) + 1
        return out

    def last_served(self) -> str | None:
        with self._lock:
            return self._served[-1][1] if self._served else None

    def to_dict(self) -> dict[str, Any]:
        serving = self.serving()
        first = self.statuses[0].to_dict() if self.statuses else {}
        return {
            **first,  # the primary upstream's fields, as before (provider, up, last_error_words, ...)
            "fallback": self.fallback,
            "fallback_active": bool(self.fallback and serving == OFFLINE),
            "serving": serving,
            "serving_words": self.describe(serving),
            "recent": self.recent(),
            "recent_minutes": round(self.window / 60),
            "last_served": self.last_served(),
            "upstreams": [s.to_dict() for s in self.statuses],
        }
