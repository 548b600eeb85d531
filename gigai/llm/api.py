"""The functions the labs call: chat, stream, structured, complete, get_model.

>>> gigai.chat("Halo!")            # offline engine when no provider is configured
'[mode offline] Halo! ...'
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from typing import Any

from gigai import config
from gigai.errors import ConfigError, GigaiError, InputError, ProviderError
from gigai.llm import registry, usage
from gigai.llm.base import Completion, Messages, Model

_ROLES = ("system", "user", "assistant", "tool", "developer")


class GigaiNotice(UserWarning):
    """A visible, non-fatal notice (history trimmed, fell back to offline)."""


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
            "E031",
            "Prompt harus teks atau daftar pesan.",
            "The prompt must be text or a list of messages.",
            hint='gigai.chat("Halo!")',
            value=type(prompt_or_messages).__name__,
        )
    if system:
        msgs = [{"role": "system", "content": system}, *msgs]
    if not any(m["role"] != "system" and usage.text_of(m["content"]).strip() for m in msgs):
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
    if usage.estimate_messages(messages) <= budget:
        return messages, None
    kept = list(messages)
    dropped = 0
    while usage.estimate_messages(kept) > budget:
        idx = next((i for i, m in enumerate(kept[:-1]) if m["role"] != "system"), None)
        if idx is None:
            biggest = max(usage.estimate_tokens(usage.text_of(m["content"])) for m in kept)
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


def _fallback_on(fallback: str | None) -> bool:
    return (fallback or config.setting("GIGAI_FALLBACK") or "").strip().lower() == "offline"


def _fallback_notice(who: str, err: GigaiError, *, mid: bool = False) -> str:
    if mid:
        return (
            f"[fallback ke offline] Koneksi ke {who} terputus di tengah jawaban (GIGAI-{err.code}); "
            f"lanjut dengan mesin offline. / The connection dropped mid-answer; continuing offline."
        )
    return (
        f"[fallback ke offline] {who} gagal (GIGAI-{err.code}): {err.id} Jawaban di bawah dari mesin "
        f"offline gigai. / {who} failed: {err.en} The answer below comes from gigai's offline engine."
    )


def _offline() -> Model:
    from gigai.llm.offline import OfflineEngine

    return OfflineEngine()


def get_model(provider: str | Model | None = None, model: str | None = None, **options: Any) -> Model:
    """The resolved, ready-to-call Model. ``provider`` may also be a Model instance (returned as is)."""
    if isinstance(provider, Model):
        return provider
    return registry.resolve(provider, model, **options)


def _resolve(provider: Any, model: str | None, fb: bool) -> tuple[Model, str | None]:
    try:
        return get_model(provider, model), None
    except ConfigError as err:
        if not fb or err.code in ("E011", "E013"):  # a typo in the provider name must stay visible
            raise
        return _offline(), _fallback_notice(str(provider or err.value or "provider"), err)


def complete(
    prompt_or_messages: Any,
    *,
    provider: Any = None,
    model: str | None = None,
    system: str | None = None,
    temperature: float | None = None,
    max_tokens: int | None = None,
    fallback: str | None = None,
    **params: Any,
) -> Completion:
    """Like chat() but returns the Completion (text, provider, model, usage, notice kept separate)."""
    msgs = _messages(prompt_or_messages, system)
    fb = _fallback_on(fallback)
    m, notice = _resolve(provider, model, fb)
    msgs, trimmed = trim(msgs, int(getattr(m, "context_window", 8192)), max_tokens)
    params.update(
        {k: v for k, v in (("temperature", temperature), ("max_tokens", max_tokens)) if v is not None}
    )
    try:
        comp = m.complete(msgs, **params)
    except ProviderError as err:
        if not fb:
            raise
        comp = _offline().complete(msgs, **params)
        notice = _fallback_notice(m.provider, err)
    comp.notice = "\n".join(n for n in (trimmed, notice, comp.notice) if n) or None
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
    temperature: float | None = None,
    max_tokens: int | None = None,
    fallback: str | None = None,
    **params: Any,
) -> Iterator[str]:
    """Yield text chunks. Input and setup errors are raised at once; a dying stream -> GigaiError or offline."""
    msgs = _messages(prompt_or_messages, system)
    fb = _fallback_on(fallback)
    m, notice = _resolve(provider, model, fb)
    msgs, trimmed = trim(msgs, int(getattr(m, "context_window", 8192)), max_tokens)
    params.update(
        {k: v for k, v in (("temperature", temperature), ("max_tokens", max_tokens)) if v is not None}
    )

    def gen() -> Iterator[str]:
        head = "\n".join(n for n in (trimmed, notice) if n)
        if head:
            yield head + "\n\n"
        started = False
        try:
            for piece in m.stream(msgs, **params):
                started = True
                yield piece
        except ProviderError as err:
            if not fb:
                raise
            yield ("\n\n" if started else "") + _fallback_notice(m.provider, err, mid=started) + "\n\n"
            yield from _offline().stream(msgs, **params)

    return gen()


# -- structured output --------------------------------------------------------------------------------------
def _extract_json(text: str) -> Any:
    text = re.sub(r"^```(?:json)?\s*|\s*```$", "", text.strip(), flags=re.IGNORECASE | re.MULTILINE)
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    if start < 0:
        raise ValueError("no JSON object in the answer")
    end = max(text.rfind("}"), text.rfind("]"))
    return json.loads(text[start : end + 1])


def _is_schema(schema: Any) -> bool:
    return (
        isinstance(schema, type)
        and hasattr(schema, "model_validate")
        and hasattr(schema, "model_json_schema")
    )


def _instructed(msgs: Messages, schema: Any) -> Messages:
    spec = json.dumps(schema.model_json_schema(), ensure_ascii=False)
    instr = (
        f"Jawab HANYA dengan satu objek JSON yang valid menurut JSON Schema ini, tanpa teks lain. / "
        f"Reply ONLY with one JSON object valid for this JSON Schema:\n{spec}"
    )
    out = [dict(m) for m in msgs]
    # Appended to the last user turn: some chat templates (gemma) silently drop system messages.
    last = (
        max(i for i, m in enumerate(out) if m["role"] == "user")
        if any(m["role"] == "user" for m in out)
        else -1
    )
    if last >= 0:
        out[last]["content"] = f"{usage.text_of(out[last]['content'])}\n\n{instr}"
    else:
        out.append({"role": "user", "content": instr})
    return out


def _response_format(m: Model, schema: Any) -> dict[str, Any] | None:
    mode = (getattr(m, "preset", None) or {}).get("structured")
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": schema.__name__, "schema": schema.model_json_schema(), "strict": False},
        }
    if mode == "json_object":
        # llama.cpp's server turns "schema" into a grammar; other servers ignore the extra key.
        rf: dict[str, Any] = {"type": "json_object"}
        if getattr(m, "provider", "") == "llamacpp":
            rf["schema"] = schema.model_json_schema()
        return rf
    return None


def _remote_structured(m: Model, msgs: Messages, schema: Any, params: dict[str, Any]) -> Any:
    ask = _instructed(msgs, schema)
    params = {"temperature": 0, "max_tokens": 512, **params}
    rf = _response_format(m, schema)
    try:
        comp = m.complete(ask, **params, **({"response_format": rf} if rf else {}))
    except ProviderError as err:
        if not rf or getattr(err, "status", None) not in (400, 422):
            raise
        comp = m.complete(ask, **params)  # the server rejected response_format: prompt-only JSON
    text = comp.text
    for attempt in range(2):
        try:
            return schema.model_validate(_extract_json(text))
        except Exception as exc:  # noqa: BLE001 - JSON or validation error, repaired once below
            if attempt == 1:
                raise ProviderError(
                    "E028",
                    f"{m.provider} tidak menghasilkan JSON yang sesuai skema (setelah 1x perbaikan).",
                    f"{m.provider} did not return JSON matching the schema (after one repair).",
                    hint="pakai model yang lebih besar, atau GIGAI_FALLBACK=offline",
                    value=f"{m.provider}/{m.model_id}",
                ) from None
            repair = [
                *ask,
                {"role": "assistant", "content": text},
                {
                    "role": "user",
                    "content": f"JSON itu tidak valid / that JSON is invalid: {str(exc)[:400]}\n"
                    "Kirim ulang HANYA JSON yang benar. / Send ONLY the corrected JSON.",
                },
            ]
            text = m.complete(repair, **params, **({"response_format": rf} if rf else {})).text
    raise AssertionError("unreachable")


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
    """Ask for a validated pydantic object. Used in: Lab 4, Lab 6 (storyboard), Lab 8 (canvas)."""
    if not _is_schema(schema):
        raise InputError(
            "E032",
            "Skema harus kelas turunan pydantic.BaseModel.",
            "The schema must be a pydantic.BaseModel subclass.",
            hint="class Jawaban(BaseModel): ...  lalu gigai.structured(prompt, Jawaban)",
            value=repr(schema),
        )
    msgs = _messages(prompt_or_messages, system)
    fb = _fallback_on(fallback)
    m, notice = _resolve(provider, model, fb)
    if notice:
        warnings.warn(notice, GigaiNotice, stacklevel=2)
    if m.provider == "replay":
        row = m.find(_instructed(msgs, schema))  # type: ignore[attr-defined]
        if row is not None:
            try:
                return schema.model_validate(_extract_json(row.get("text", "")))
            except Exception:  # noqa: BLE001, S110 - a bad recording falls through to the offline generator
                pass
    if m.is_offline:
        return _offline().structured(msgs, schema)  # type: ignore[attr-defined]
    try:
        return _remote_structured(m, msgs, schema, params)
    except ProviderError as err:
        if not fb:
            raise
        warnings.warn(_fallback_notice(m.provider, err), GigaiNotice, stacklevel=2)
        return _offline().structured(msgs, schema)  # type: ignore[attr-defined]


def langchain_model(
    *, provider: Any = None, model: str | None = None, temperature: float | None = None, **kwargs: Any
) -> Any:
    """A LangChain chat model on the same provider selection. Used in: Lab 4."""
    from gigai.llm.lc import langchain_model as build

    return build(provider=provider, model=model, temperature=temperature, **kwargs)
