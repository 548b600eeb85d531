"""Behaviour every resolved model gets for free, as wrappers (like httpx transports) applied by registry.resolve.

    FallbackModel(AccountingModel(RecordingModel(OpenAICompatible(...))))      networked presets
    AccountingModel(OfflineEngine()) / AccountingModel(ReplayModel(...))        offline and replay

- AccountingModel: checks call parameters (one rule, gigai/llm/params.py), prices each finished call with
  the catalogue's ``cost(provider, model, tokens_in, tokens_out)`` and logs it in ``gigai.usage()``.
- RecordingModel: writes real calls to the active cassette (``gigai.llm.recording`` / GIGAI_RECORD=1).
- FallbackModel: when GIGAI_FALLBACK=offline (or ``fallback="offline"``), a failed provider, a missing key
  or a missing server address is answered by the offline engine with a visible notice.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from typing import Any

from gigai import config
from gigai.errors import ConfigError, GigaiError, ProviderError
from gigai.llm import replay, schemas, usage
from gigai.llm.base import Completion, GigaiNotice, Messages, Model, Usage, estimate_messages, estimate_tokens
from gigai.llm.params import MODEL_PARAMS, check

Pricer = Callable[[str, str, int, int], "tuple[float, float]"]


class Wrapper(Model):
    """A Model around another Model; names it does not define come from the inner model."""

    def __init__(self, inner: Model) -> None:
        self.inner = inner

    @property
    def provider(self) -> str:  # type: ignore[override]
        return self.inner.provider

    @property
    def model_id(self) -> str:  # type: ignore[override]
        return self.inner.model_id

    @property
    def is_offline(self) -> bool:  # type: ignore[override]
        return self.inner.is_offline

    @property
    def label(self) -> str:
        return self.inner.label

    @property
    def context_window(self) -> int:
        return int(getattr(self.inner, "context_window", 8192))

    def __getattr__(self, name: str) -> Any:
        if name == "inner" or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.inner, name)

    def unwrap(self) -> Model:
        """The innermost model (OpenAICompatible, OfflineEngine, ReplayModel, ...)."""
        inner = self.inner
        return inner.unwrap() if isinstance(inner, Wrapper) else inner

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.inner!r}>"


class AccountingModel(Wrapper):
    """Checks parameters, then prices and logs every finished call (complete, stream, structured)."""

    def __init__(self, inner: Model, price: Pricer, rate: Callable[[], float] | None = None) -> None:
        super().__init__(inner)
        self.price = price
        self.rate = rate

    def _account(self, comp: Completion) -> Completion:
        u = comp.usage
        usd, idr = self.price(comp.provider, comp.model, u.prompt_tokens, u.completion_tokens)
        if u.billed_idr is not None:  # the server booked this much (room gateway): show the very same rupiah
            idr = u.billed_idr
            rate = self.rate() if self.rate else 0.0
            usd = idr / rate if rate else usd
        comp.usage = Usage(u.prompt_tokens, u.completion_tokens, usd, idr, u.estimated, u.billed_idr)
        usage.usage().add(comp.provider, comp.model, comp.usage)
        return comp

    def complete(self, messages: Messages, **params: Any) -> Completion:
        check(params, MODEL_PARAMS, where="Model.complete")
        return self._account(self.inner.complete(messages, **params))

    def events(self, messages: Messages, **params: Any) -> Iterator[str | Completion]:
        check(params, MODEL_PARAMS, where="Model.stream")
        for event in self.inner.events(messages, **params):
            yield self._account(event) if isinstance(event, Completion) else event

    def structured(self, messages: Messages, schema: Any, **params: Any) -> Any:
        check(params, MODEL_PARAMS, where="Model.structured")
        if not self.inner.is_offline:
            # prompt-and-repair through self.complete, so each attempt is priced and logged
            return Model.structured(self, messages, schema, **params)
        if self.inner.provider == "offline":
            obj = schemas.offline_structured(self.inner, messages, schema)
        else:
            obj = self.inner.structured(messages, schema, **params)
        text = schemas.Schema(schema).dump(obj)
        used = Usage(estimate_messages(messages), estimate_tokens(text), estimated=True)
        self._account(Completion(text, self.inner.provider, self.inner.model_id, used))
        return obj


class RecordingModel(Wrapper):
    """Writes each real call to the active cassette(s); costs nothing when recording is off."""

    def complete(self, messages: Messages, **params: Any) -> Completion:
        comp = self.inner.complete(messages, **params)
        replay.maybe_record(self.inner, messages, params, comp)
        return comp

    def events(self, messages: Messages, **params: Any) -> Iterator[str | Completion]:
        for event in self.inner.events(messages, **params):
            if isinstance(event, Completion):
                replay.maybe_record(self.inner, messages, params, event)
            yield event


class UnavailableModel(Model):
    """Stands in for a provider that cannot be built (no key, no server address): every call raises."""

    is_offline = True  # every answer will come from the offline engine

    def __init__(self, provider: str, model_id: str, error: ConfigError) -> None:
        self.provider, self.model_id, self.error = provider, model_id, error

    @property
    def label(self) -> str:
        return f"offline (cadangan / fallback: {self.provider} belum siap, GIGAI-{self.error.code})"

    def complete(self, messages: Messages, **params: Any) -> Completion:
        raise self.error

    def events(self, messages: Messages, **params: Any) -> Iterator[str | Completion]:
        raise self.error

    def structured(self, messages: Messages, schema: Any, **params: Any) -> Any:
        raise self.error


def fallback_enabled(policy: str | None = None) -> bool:
    return (policy or config.setting("GIGAI_FALLBACK") or "").strip().lower() == "offline"


def notice(who: str, err: GigaiError, *, mid: bool = False) -> str:
    """What the reader sees above an offline answer, in their language."""
    from gigai.lang import say

    if mid:
        return say(
            f"[fallback ke offline] Koneksi ke {who} terputus di tengah jawaban (GIGAI-{err.code}); "
            "lanjut dengan mesin offline.",
            f"[offline fallback] The connection to {who} dropped mid-answer (GIGAI-{err.code}); continuing offline.",
        )
    return say(
        f"[fallback ke offline] {who} gagal (GIGAI-{err.code}): {err.id} Jawaban ini dari mesin offline gigai.",
        f"[offline fallback] {who} failed (GIGAI-{err.code}): {err.en} This answer comes from gigai's offline "
        "engine.",
    )


class FallbackModel(Wrapper):
    """The primary model; on a provider or setup failure, the offline engine with a visible notice."""

    def __init__(self, inner: Model, offline: Callable[[], Model], policy: str | None = None) -> None:
        super().__init__(inner)
        self.offline = offline
        self.policy = policy

    def _catch(self, err: GigaiError) -> bool:
        if isinstance(err, ConfigError) and err.code in ("E011", "E013", "E017"):
            return False  # a typo in a name must stay visible
        return fallback_enabled(self.policy)

    def catches(self, err: GigaiError) -> bool:
        """True when this model answers ``err`` offline (a Chatbot asks, then answers through its offline twin)."""
        return self._catch(err)

    def complete(self, messages: Messages, **params: Any) -> Completion:
        try:
            return self.inner.complete(messages, **params)
        except (ProviderError, ConfigError) as err:
            if not self._catch(err):
                raise
            comp = self.offline().complete(messages, **params)
            comp.notice = "\n".join(n for n in (notice(self.inner.provider, err), comp.notice) if n)
            return comp

    def events(self, messages: Messages, **params: Any) -> Iterator[str | Completion]:
        started = False
        try:
            for event in self.inner.events(messages, **params):
                started = started or isinstance(event, str)
                yield event
        except (ProviderError, ConfigError) as err:
            if not self._catch(err):
                raise
            text = notice(self.inner.provider, err, mid=started)
            yield ("\n\n" if started else "") + text + "\n\n"
            for event in self.offline().events(messages, **params):
                if isinstance(event, Completion):
                    event.notice = "\n".join(n for n in (text, event.notice) if n)
                yield event

    def structured(self, messages: Messages, schema: Any, **params: Any) -> Any:
        try:
            return self.inner.structured(messages, schema, **params)
        except (ProviderError, ConfigError) as err:
            if not self._catch(err):
                raise
            warnings.warn(notice(self.inner.provider, err), GigaiNotice, stacklevel=3)
            return self.offline().structured(messages, schema, **params)
