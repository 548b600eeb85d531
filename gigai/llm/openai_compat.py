"""One Model class over the official ``openai`` SDK for every networked preset (OpenAI, Gemini, Groq, ...)."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from typing import Any

from gigai import config
from gigai.errors import GigaiError
from gigai.llm import faults, pacing, usage
from gigai.llm.base import Completion, Messages, Model
from gigai.llm.params import MODEL_PARAMS

_sleep = time.sleep  # tests replace this to retry without waiting


def _float_setting(name: str, default: float) -> float:
    try:
        return float(config.setting(name) or default)
    except ValueError:
        return default


def _http_module():
    """openai 3.x is built on ``httpx2`` (same API as httpx); older SDKs on ``httpx``."""
    try:
        import httpx2

        return httpx2
    except ImportError:
        import httpx

        return httpx


def _billed_idr(u: Any) -> float | None:
    """The rupiah the room gateway booked (``usage.gigai_cost_idr``), so gigai.usage() shows the same figure."""
    value = getattr(u, "gigai_cost_idr", None)
    if value is None:
        value = (getattr(u, "model_extra", None) or {}).get("gigai_cost_idr")
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _served_by(*parts: Any) -> str | None:
    """Which upstream the room gateway says answered (``gigai_upstream`` in the body or its usage)."""
    for part in parts:
        if part is None:
            continue
        value = getattr(part, "gigai_upstream", None)
        if value is None:
            value = (getattr(part, "model_extra", None) or {}).get("gigai_upstream")
        if isinstance(value, str) and value:
            return value
    return None


def upstream_notice(served: str | None) -> str | None:
    """A line above the answer when the room gateway did not use its first (cloud) provider."""
    from gigai.lang import say

    if not served or served in ("gemini", "openai", "groq", "openrouter"):
        return None
    if served == "offline":
        return say("[gateway kelas] Jawaban dari mesin offline gateway (penyedia AI sedang tidak bisa dipakai).",
                   "[room gateway] Answered by the gateway's offline engine (the AI provider is unavailable).")
    return say(f"[gateway kelas] Dijawab oleh model di laptop trainer ({served}), bukan penyedia cloud.",
               f"[room gateway] Answered by the model on the trainer's laptop ({served}), not the cloud provider.")


class OpenAICompatible(Model):
    """Chat completions on any OpenAI-compatible endpoint, with bounded retries and bilingual errors.

    One ``openai.OpenAI`` client (one connection pool, one SSL context) per instance, built on first use
    and shared by every call and thread; ``registry.resolve`` hands out the same instance for the same
    settings, so a loop of ``gigai.chat`` calls reuses one pool.
    """

    def __init__(
        self,
        preset: dict[str, Any],
        *,
        model_id: str,
        base_url: str,
        api_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        http_client: Any = None,
        max_wait: float | None = None,
        rpm: float | None = None,
    ) -> None:
        self.preset = preset
        self.provider = preset["name"]
        self.model_id = model_id
        self.base_url = base_url
        self.context_window = int(preset.get("context_window") or 8192)
        self.timeout = timeout if timeout is not None else _float_setting("GIGAI_TIMEOUT", 60.0)
        self.max_retries = max_retries if max_retries is not None else int(_float_setting("GIGAI_RETRIES", 2))
        self.max_wait = max_wait if max_wait is not None else _float_setting("GIGAI_RETRY_MAX_WAIT", 8.0)
        # Pacing (free tiers count requests per minute): rpm= or GIGAI_RPM; every attempt waits its turn.
        per_minute = pacing.rpm_of(rpm if rpm is not None else config.setting("GIGAI_RPM"))
        self.pacer = pacing.shared(self.provider, base_url, per_minute) if per_minute else None
        self._key = api_key  # kept private; never printed (see __repr__)
        self._http_client = http_client
        self._client: Any = None
        self._client_lock = threading.Lock()

    def credentials(self) -> tuple[str, str]:
        """(base URL, key) for adapters that build their own client (LangChain's ChatOpenAI)."""
        return self.base_url, self._key or "not-needed"

    def __repr__(self) -> str:
        return f"<OpenAICompatible {self.label} base_url={self.base_url!r}>"

    @property
    def client(self) -> Any:
        if self._client is None:
            with self._client_lock:  # two threads asking at once still get ONE client
                if self._client is None:
                    self._client = self._make_client()
        return self._client

    def _make_client(self) -> Any:
        from gigai._deps import require

        openai = require("openai")
        http = _http_module()
        # Our own retry loop (bounded, Retry-After capped) replaces the SDK's, which may wait up to 60 s.
        return openai.OpenAI(
            api_key=self._key or "not-needed",
            base_url=self.base_url,
            max_retries=0,
            timeout=http.Timeout(self.timeout, connect=min(10.0, self.timeout)),
            http_client=self._http_client,
        )

    def _params(self, params: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in params.items() if k in MODEL_PARAMS and v is not None}
        if "max_tokens" not in out and self.preset.get("default_max_tokens"):
            out["max_tokens"] = int(self.preset["default_max_tokens"])
        return out

    def _call(self, fn: Any) -> Any:
        """Run ``fn`` with exponential backoff on retryable errors (429 rate limit, 5xx, timeouts).

        With pacing on (``rpm=`` / ``GIGAI_RPM``) every attempt, retries included, first waits its turn."""
        attempt = 0
        while True:
            if self.pacer is not None:
                self.pacer.wait()
            try:
                return fn()
            except Exception as exc:  # noqa: BLE001 - mapped just below
                err = faults.to_error(exc, self.provider, self.model_id, self.preset, self.base_url)
                if not getattr(err, "retryable", False) or attempt >= self.max_retries:
                    raise err from None
                wait = getattr(err, "retry_after", None)
                if wait is None:
                    wait = 0.5 * 2**attempt + random.uniform(0, 0.25)
                _sleep(max(0.0, min(wait, self.max_wait)))
                attempt += 1

    def _served(self, answered: Any) -> str:
        """The model a call is priced and logged as: ours, or for a room alias ("gigai-room") the model the
        server says it used."""
        if self.model_id == self.preset.get("model_alias") and isinstance(answered, str) and answered:
            return answered
        return self.model_id

    def complete(self, messages: Messages, **params: Any) -> Completion:
        kwargs = self._params(params)
        resp = self._call(
            lambda: self.client.chat.completions.create(model=self.model_id, messages=messages, **kwargs)
        )
        choice = resp.choices[0] if resp.choices else None
        text = (choice.message.content if choice and choice.message else None) or ""
        tool_calls = getattr(choice.message, "tool_calls", None) if choice else None
        u = getattr(resp, "usage", None)
        used = usage.record(
            self.provider,
            self.model_id,
            messages,
            text,
            getattr(u, "prompt_tokens", None),
            getattr(u, "completion_tokens", None),
        )
        used.billed_idr = _billed_idr(u)
        return Completion(
            text=text,
            provider=self.provider,
            model=self._served(getattr(resp, "model", None)),
            usage=used,
            finish_reason=getattr(choice, "finish_reason", None),
            notice=upstream_notice(_served_by(resp, u)),
            raw=tool_calls or None,
        )

    def events(self, messages: Messages, **params: Any) -> Iterator[str | Completion]:
        kwargs = self._params(params)
        want_usage = self.preset.get("stream_usage", True)

        def open_stream() -> Any:
            extra = {"stream_options": {"include_usage": True}} if want_usage else {}
            return self.client.chat.completions.create(
                model=self.model_id, messages=messages, stream=True, **kwargs, **extra
            )

        try:
            it = self._call(open_stream)
        except GigaiError as err:
            # Some servers reject stream_options; retry once without it rather than fail the demo.
            if not want_usage or getattr(err, "status", None) not in (400, 422):
                raise
            want_usage = False
            it = self._call(open_stream)
        parts: list[str] = []
        pin = pout = None
        billed: float | None = None
        served: str | None = None
        upstream: str | None = None
        try:
            for chunk in it:
                u = getattr(chunk, "usage", None)
                if u is not None:
                    pin, pout = getattr(u, "prompt_tokens", None), getattr(u, "completion_tokens", None)
                    billed = _billed_idr(u)
                    served = getattr(chunk, "model", None) or served
                    upstream = _served_by(u, chunk) or upstream
                for choice in getattr(chunk, "choices", None) or []:
                    piece = getattr(choice.delta, "content", None) if choice.delta else None
                    if piece:
                        parts.append(piece)
                        yield piece
        except GigaiError:
            raise
        except Exception as exc:  # noqa: BLE001 - a dying stream becomes a clean bilingual error
            raise faults.to_error(exc, self.provider, self.model_id, self.preset, self.base_url) from None
        finally:
            close = getattr(it, "close", None)
            if close:
                try:
                    close()
                except Exception:  # noqa: BLE001, S110 - closing a broken stream must not mask the real error
                    pass
        text = "".join(parts)
        model = self._served(served)
        used = usage.record(self.provider, model, messages, text, pin, pout)
        used.billed_idr = billed
        yield Completion(text, self.provider, model, used, finish_reason="stop", notice=upstream_notice(upstream))
