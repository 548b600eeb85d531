"""The demo's model: the provider picked on screen, falling back to offline with a visible notice, never raising.

    m = DemoModel("groq"); m.select("offline"); m.record = True

Used in: the trainer's demo app (gigai demo).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gigai.lang import say
from gigai.llm.base import Completion, Messages, Model

log = logging.getLogger("gigai.apps.demo")

FALLBACK_ID = "Penyedia '{name}' gagal ({code}); jawaban dilanjutkan oleh mesin offline gigai."
FALLBACK_EN = "Provider '{name}' failed ({code}); the answer continues from gigai's offline engine."


def code_of(exc: BaseException) -> str:
    """The code to look up: GIGAI-E0xx for gigai errors, else the exception type (never the message)."""
    code = getattr(exc, "code", None)
    return f"GIGAI-{code}" if code else type(exc).__name__


class DemoModel(Model):
    """A Model that delegates to the provider picked on screen and falls back to offline, never raising.

    ``select("groq")`` switches; ``record = True`` writes real answers to ``cassette`` for replay later.
    """

    def __init__(
        self, provider: str = "offline", *, cassette: str | Path | None = None, timeout: float = 20.0
    ):
        self._lock = threading.Lock()
        self.cassette = Path(cassette) if cassette else None
        self.timeout = timeout
        self.record = False
        self.last_notice: str | None = None
        self.name = "offline"
        self._inner: Model | None = None
        self.select(provider)

    # -- switching -------------------------------------------------------------------------------------
    def select(self, name: str) -> str | None:
        """Switch provider; returns a notice if it could not be set up (offline is used then)."""
        with self._lock:
            self.name = name or "offline"
            self._inner = None
            self.last_notice = None
        try:
            self._model()
        except Exception as exc:  # noqa: BLE001 - shown as a notice, the demo goes on offline
            self.last_notice = self._notice(exc)
        return self.last_notice

    def _model(self) -> Model:
        if self._inner is None:
            from gigai.llm import registry

            options: dict[str, Any] = {}
            if self.name == "replay":
                options["path"] = str(self.cassette) if self.cassette else None
            elif self.name != "offline":
                options.update(max_retries=0, timeout=self.timeout)
            self._inner = registry.resolve(self.name, **options)
        return self._inner

    def _offline(self) -> Model:
        from gigai.llm import registry

        return registry.resolve("offline")  # through the catalogue: its answers are counted in gigai.usage()

    def _notice(self, exc: BaseException) -> str:
        code = code_of(exc)
        return "⚠️ " + say(FALLBACK_ID, FALLBACK_EN).format(name=self.name, code=code)

    def _recording(self):
        import contextlib

        if not self.record or self.name in ("offline", "replay"):
            return contextlib.nullcontext()
        from gigai.llm.replay import recording

        return recording(self.cassette)

    # -- Model contract --------------------------------------------------------------------------------
    @property
    def provider(self) -> str:  # type: ignore[override]
        return self.name

    @property
    def model_id(self) -> str:  # type: ignore[override]
        return getattr(self._inner, "model_id", "?") if self._inner is not None else "?"

    @property
    def is_offline(self) -> bool:  # type: ignore[override]
        return self.name == "offline" or bool(getattr(self._inner, "is_offline", False))

    @property
    def label(self) -> str:
        try:
            return self._model().label
        except Exception:  # noqa: BLE001
            return f"{self.name} ({say('gagal', 'failed')} → offline)"

    def complete(self, messages: Messages, **params: Any) -> Completion:
        try:
            with self._recording():
                return self._model().complete(messages, **params)
        except Exception as exc:  # noqa: BLE001 - the projector must never show a traceback
            log.warning("demo provider %s failed: %s", self.name, code_of(exc))
            self.last_notice = self._notice(exc)
            comp = self._offline().complete(messages, **params)
            comp.notice = self.last_notice
            comp.text = f"{self.last_notice}\n\n{comp.text}"
            return comp

    def stream(self, messages: Messages, **params: Any) -> Iterator[str]:
        sent = False
        try:
            with self._recording():
                for chunk in self._model().stream(messages, **params):
                    sent = True
                    yield chunk
            self.last_notice = None
            return
        except Exception as exc:  # noqa: BLE001 - continue offline, visibly
            log.warning("demo provider %s failed mid-stream=%s: %s", self.name, sent, code_of(exc))
            self.last_notice = self._notice(exc)
        yield ("\n\n" if sent else "") + self.last_notice + "\n\n"
        try:
            yield from self._offline().stream(messages, **params)
        except Exception:  # noqa: BLE001
            yield say(
                "[mode offline] Maaf, mesin offline juga gagal.",
                "[offline mode] Sorry, the offline engine failed too.",
            )
