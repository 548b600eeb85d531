"""The functions the labs call: chat, stream, structured, complete, get_model. They check the messages and
delegate to the resolved Model, which brings fallback, recording, accounting and structured output itself.

>>> gigai.chat("Halo!")            # offline engine when no provider is configured
'[mode offline] Halo! ...'
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gigai.errors import InputError
from gigai.llm import registry
from gigai.llm.base import (
    Completion,
    GigaiNotice,
    Messages,
    Model,
    estimate_messages,
    estimate_tokens,
    text_of,
)
from gigai.llm.params import MODEL_PARAMS, check

__all__ = ["chat", "complete", "stream", "structured", "get_model", "langchain_model", "trim", "GigaiNotice"]

_ROLES = ("system", "user", "assistant", "tool", "developer")


def _messages(prompt_or_messages: Any, system: str | None) -> Messages:
    """A NEW message list (the caller's list is never mutated); empty input -> InputError."""
    if isinstance(prompt_or_messages, str):
        msgs = [{"role": "user", "content": prompt_or_messages}]
    elif isinstance(prompt_or_messages, (list, tuple)):
        msgs = []
        for m in prompt_or_messages:
            if not isinstance(m, dict) or m.get("role") not in _ROLES or "content" not in m:
                raise InputError(
                    "E031",
                    "Setiap pesan harus dict {'role', 'content'}.",
                    "Every message must be a {'role', 'content'} dict.",
                    hint='[{"role": "user", "content": "Halo"}]',
                    value=repr(m)[:80],
                )
            msgs.append(dict(m))
    else:
        raise InputError(
            "E036",
            "Prompt harus teks atau daftar pesan.",
            "The prompt must be text or a list of messages.",
            hint='gigai.chat("Halo!")',
            value=type(prompt_or_messages).__name__,
        )
    if system:
        msgs = [{"role": "system", "content": system}, *msgs]
    if not any(m["role"] != "system" and text_of(m["content"]).strip() for m in msgs):
        raise InputError(
            "E030",
            "Prompt kosong: tulis pertanyaan dulu.",
            "The prompt is empty: write a question first.",
            hint='gigai.chat("Jam buka hari Minggu?")',
            value=prompt_or_messages if isinstance(prompt_or_messages, str) else None,
        )
    return msgs


def trim(
    messages: Messages, context_window: int, max_tokens: int | None = None
) -> tuple[Messages, str | None]:
    """Drop the oldest non-system turns until the prompt fits; a single oversized message -> InputError."""
    reserve = int(max_tokens) if max_tokens else min(1024, context_window // 4)
    budget = max(256, context_window - reserve)
    if estimate_messages(messages) <= budget:
        return messages, None
    kept = list(messages)
    dropped = 0
    while estimate_messages(kept) > budget:
        idx = next((i for i, m in enumerate(kept[:-1]) if m["role"] != "system"), None)
        if idx is None:
            biggest = max(estimate_tokens(text_of(m["content"])) for m in kept)
            raise InputError(
                "E034",
                "Pesan terlalu panjang untuk model ini.",
                "The message is too long for this model.",
                hint="persingkat teks / shorten the text, atau pakai model dengan konteks lebih besar (gigai providers)",
                value=f"~{biggest} token > {budget}",
            )
        kept.pop(idx)
        dropped += 1
    return kept, (
        f"[info] Riwayat terlalu panjang: {dropped} pesan lama dihapus agar muat. / "
        f"History too long: dropped the {dropped} oldest message(s) to fit."
    )


def get_model(provider: str | Model | None = None, model: str | None = None, **options: Any) -> Model:
    """The resolved, ready-to-call Model. ``provider`` may also be a Model instance (returned as is)."""
    if isinstance(provider, Model):
        check(options, {"fallback"}, where="gigai.get_model")
        fallback = options.get("fallback")
        return provider if fallback is None else registry.with_fallback(provider, fallback)
    return registry.resolve(provider, model, **options)


def _prepare(
    where: str,
    prompt_or_messages: Any,
    provider: Any,
    model: str | None,
    system: str | None,
    fallback: str | None,
    params: dict[str, Any],
) -> tuple[Model, Messages, dict[str, Any]]:
    check(params, MODEL_PARAMS, where=where)
    msgs = _messages(prompt_or_messages, system)
    m = get_model(provider, model) if fallback is None else get_model(provider, model, fallback=fallback)
    return m, msgs, {k: v for k, v in params.items() if v is not None}


def complete(
    prompt_or_messages: Any,
    *,
    provider: Any = None,
    model: str | None = None,
    system: str | None = None,
    fallback: str | None = None,
    **params: Any,
) -> Completion:
    """Like chat() but returns the Completion (text, provider, model, usage, notice kept separate)."""
    m, msgs, params = _prepare(
        "gigai.complete", prompt_or_messages, provider, model, system, fallback, params
    )
    msgs, trimmed = trim(msgs, int(getattr(m, "context_window", 8192)), params.get("max_tokens"))
    comp = m.complete(msgs, **params)
    comp.notice = "\n".join(n for n in (trimmed, comp.notice) if n) or None
    return comp


def chat(
    prompt_or_messages: Any,
    *,
    provider: Any = None,
    model: str | None = None,
    system: str | None = None,
    temperature: float | None = None,
    max_tokens: int | None = None,
    **params: Any,
) -> str:
    """Ask once, get text. Notices (fallback, trimmed history) are prefixed visibly. Used in: Lab 1, Lab 2."""
    check(params, MODEL_PARAMS | {"fallback"}, where="gigai.chat")
    comp = complete(
        prompt_or_messages,
        provider=provider,
        model=model,
        system=system,
        temperature=temperature,
        max_tokens=max_tokens,
        **params,
    )
    return f"{comp.notice}\n\n{comp.text}" if comp.notice else comp.text


def stream(
    prompt_or_messages: Any,
    *,
    provider: Any = None,
    model: str | None = None,
    system: str | None = None,
    fallback: str | None = None,
    **params: Any,
) -> Iterator[str]:
    """Yield text chunks. Input and setup errors are raised at once; a dying stream -> GigaiError or offline."""
    m, msgs, params = _prepare("gigai.stream", prompt_or_messages, provider, model, system, fallback, params)
    msgs, trimmed = trim(msgs, int(getattr(m, "context_window", 8192)), params.get("max_tokens"))

    def gen() -> Iterator[str]:
        if trimmed:
            yield trimmed + "\n\n"
        yield from m.stream(msgs, **params)

    return gen()


def structured(
    prompt_or_messages: Any,
    schema: Any,
    *,
    provider: Any = None,
    model: str | None = None,
    system: str | None = None,
    fallback: str | None = None,
    **params: Any,
) -> Any:
    """Ask for a validated object of ``schema`` (pydantic v2/v1 class, TypedDict, JSON-schema dict).

    Used in: Lab 4, Lab 6 (storyboard), Lab 8 (canvas).
    """
    from gigai.llm.schemas import Schema

    Schema(schema)  # a wrong schema is an input error, before any call
    m, msgs, params = _prepare(
        "gigai.structured", prompt_or_messages, provider, model, system, fallback, params
    )
    return m.structured(msgs, schema, **params)


def langchain_model(
    provider: Any = None,
    model: str | None = None,
    *,
    temperature: float | None = None,
    max_tokens: int | None = None,
    **kwargs: Any,
) -> Any:
    """A LangChain chat model on the same provider selection (fallback and accounting included). Used in: Lab 4."""
    from gigai.llm.lc import langchain_model as build

    return build(provider, model, temperature=temperature, max_tokens=max_tokens, **kwargs)
