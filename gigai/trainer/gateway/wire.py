"""The gateway's wire format: bilingual error bodies, the request normaliser, and made-up answers.

Every participant request is rebuilt from the fields below before it leaves the laptop: unknown fields are
refused, ``max_tokens`` is coerced to an integer and clamped (``null``, ``2048.0`` and ``"999999"``
included), ``n`` is dropped (one answer), tools/audio/images/service tiers are refused unless the trainer
allowed them, and the model must be on the trainer's allow-list. The same pass yields the request's
worst-case size, which the ledger reserves from the budget before the request is sent.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import JSONResponse

OFFLINE_MODEL = "gigai-offline"
ROOM_MODEL = (
    "gigai-room"  # the gateway preset's default model (presets.json): "the room's first allowed model"
)

FEATURES = ("tools", "audio", "images", "service_tier")
_PLAIN = {
    "temperature", "top_p", "stop", "seed", "response_format", "presence_penalty", "frequency_penalty",
    "user", "logit_bias", "logprobs", "top_logprobs",
}  # fmt: skip
_SHAPE = {"model", "messages", "stream", "stream_options", "max_tokens", "max_completion_tokens", "n"}
_GATED = {
    "tools": "tools", "tool_choice": "tools", "parallel_tool_calls": "tools", "functions": "tools",
    "function_call": "tools", "audio": "audio", "modalities": "audio", "service_tier": "service_tier",
}  # fmt: skip
_ROLES = {"system", "developer", "user", "assistant", "tool"}
IMAGE_TOKENS = 3_000  # worst case per image part (high detail tiles)
MESSAGE_OVERHEAD = 8  # role markers and separators per message


def error_response(
    status: int, code: str, id_: str, en: str, hint: str | None = None, headers: dict | None = None
) -> JSONResponse:
    """OpenAI-shaped error body (SDKs show ``error.message``) carrying gigai's bilingual fields."""
    message = f"[GIGAI-{code}] {id_} / {en}" + (f" Coba / Try: {hint}" if hint else "")
    body = {
        "error": {
            "message": message,
            "type": "gigai_gateway_error",
            "code": f"GIGAI-{code}",
            "id": id_,
            "en": en,
            "hint": hint,
        }
    }
    return JSONResponse(body, status_code=status, headers=headers)


class WireError(Exception):
    """A request the gateway refuses; ``.response()`` is the bilingual HTTP answer."""

    def __init__(self, status: int, code: str, id_: str, en: str, hint: str | None = None) -> None:
        super().__init__(f"[GIGAI-{code}] {id_} / {en}")
        self.status, self.code, self.id, self.en, self.hint = status, code, id_, en, hint

    def response(self) -> JSONResponse:
        return error_response(self.status, self.code, self.id, self.en, self.hint)


@dataclass(frozen=True)
class Policy:
    """What the trainer allows: models (first = default), the max_tokens ceiling, optional features."""

    models: tuple[str, ...]
    max_tokens: int = 1024
    allow: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.models:
            raise ValueError("Policy needs at least one allowed model")
        unknown = set(self.allow) - set(FEATURES)
        if unknown:
            raise ValueError(f"unknown features {sorted(unknown)}; valid: {', '.join(FEATURES)}")


@dataclass(frozen=True)
class Outbound:
    """A normalised request and its worst case (tokens) for the budget reservation."""

    body: dict[str, Any]
    model: str
    stream: bool
    wants_usage: bool
    max_prompt_tokens: int
    max_completion_tokens: int


def _bad(field_: str, value: Any, why_id: str, why_en: str, hint: str) -> WireError:
    shown = json.dumps(value)[:40] if not isinstance(value, str) else repr(value[:40])
    return WireError(400, "E101", f"Nilai '{field_}' tidak valid ({shown}): {why_id}.",
                     f"Invalid '{field_}' ({shown}): {why_en}.", hint)  # fmt: skip


def max_tokens_of(value: Any, cap: int) -> int:
    """``null`` -> cap; ints, integral floats and numeric strings -> int clamped to [1, cap]."""
    hint = f"pakai bilangan bulat 1..{cap}, misalnya / use an integer 1..{cap}, e.g. max_tokens=256"
    if value is None:
        return cap
    if isinstance(value, bool):
        raise _bad("max_tokens", value, "harus bilangan", "must be a number", hint)
    number: float
    if isinstance(value, int) and not -(10**9) < value < 10**9:  # float(10**400) would overflow
        number = math.inf if value > 0 else -math.inf
    elif isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise _bad("max_tokens", value, "bukan bilangan", "not a number", hint) from None
    else:
        raise _bad("max_tokens", value, "harus bilangan", "must be a number", hint)
    if math.isnan(number) or number < 1:
        raise _bad("max_tokens", value, "harus 1 atau lebih", "must be 1 or more", hint)
    return cap if number >= cap else int(number)


def _feature(policy: Policy, feature: str, field_: str) -> None:
    if feature not in policy.allow:
        raise WireError(
            400,
            "E102",
            f"Fitur '{field_}' tidak diizinkan di gateway kelas ini.",
            f"'{field_}' is not allowed on this room gateway.",
            f"hapus '{field_}' dari permintaan; trainer dapat mengizinkan: gigai gateway serve --allow "
            f"{feature} / remove it; the trainer may allow it with --allow {feature}",
        )


def _size(fields: dict[str, Any]) -> int:
    """UTF-8 bytes of ``fields`` as JSON (an upper bound of their tokens); 0 when there are none."""
    return len(json.dumps(fields, ensure_ascii=False).encode("utf-8")) if fields else 0


def _prompt_bound(messages: Any, policy: Policy) -> int:
    """Upper bound of prompt tokens: a byte-level tokenizer never makes more tokens than UTF-8 bytes."""
    if not isinstance(messages, list) or not messages:
        raise WireError(400, "E069", "Permintaan butuh 'messages' berupa daftar pesan.",
                        "The request needs 'messages' as a list of messages.",
                        "pakai openai SDK atau gigai.chat() / use the openai SDK or gigai.chat()")  # fmt: skip
    total = 0
    for m in messages:
        if not isinstance(m, dict) or not isinstance(m.get("role"), str) or m["role"] not in _ROLES:
            raise _bad("messages", m, "tiap pesan butuh 'role' (user/system/assistant)",
                       "each message needs a 'role' (user/system/assistant)",
                       '{"role": "user", "content": "Halo"}')  # fmt: skip
        # Every field besides the content (name, tool_calls, tool_call_id, ...) reaches the provider's tokenizer.
        total += MESSAGE_OVERHEAD + _size({k: v for k, v in m.items() if k not in ("role", "content")})
        content = m.get("content")
        parts = content if isinstance(content, list) else [content]
        for p in parts:
            if p is None:
                continue
            if isinstance(p, str):
                total += len(p.encode("utf-8"))
            elif isinstance(p, dict) and p.get("type") == "text":
                total += len(str(p.get("text") or "").encode("utf-8"))
            elif isinstance(p, dict) and p.get("type") == "image_url":
                _feature(policy, "images", "image_url")
                total += IMAGE_TOKENS
            elif isinstance(p, dict) and p.get("type") in ("input_audio", "file", "input_file"):
                _feature(policy, "audio" if p.get("type") == "input_audio" else "images", str(p.get("type")))
                total += len(json.dumps(p).encode())
            else:
                raise _bad("messages.content", p, "jenis isi tidak dikenal", "unknown content part",
                           '"content": "teks biasa / plain text"')  # fmt: skip
    return total


def normalise(payload: Any, policy: Policy) -> Outbound:
    """Rebuild a participant's chat request under ``policy``; raises :class:`WireError` when refused."""
    if not isinstance(payload, dict):
        raise WireError(400, "E069", "Permintaan bukan JSON chat yang valid (butuh 'messages').",
                        "Request is not a valid chat JSON body ('messages' is required).",
                        "pakai openai SDK atau gigai.chat() / use the openai SDK or gigai.chat()")  # fmt: skip
    given = {
        k: v for k, v in payload.items() if v is not None or k in ("max_tokens", "max_completion_tokens")
    }
    unknown = sorted(k for k in given if k not in _PLAIN | _SHAPE | set(_GATED))
    if unknown:
        raise WireError(
            400, "E103", f"Kolom tidak dikenal gateway: {', '.join(unknown)}.",
            f"Fields the gateway does not accept: {', '.join(unknown)}.",
            "hapus kolom itu / remove those fields (model, messages, temperature, max_tokens, stream, ...)",
        )  # fmt: skip
    body: dict[str, Any] = {k: v for k, v in given.items() if k in _PLAIN}
    for key, feature in _GATED.items():
        if key not in given:
            continue
        if key == "modalities" and given[key] == ["text"]:
            continue
        _feature(policy, feature, key)
        body[key] = given[key]

    model = given.get("model")
    if model in (None, "", "default", ROOM_MODEL):
        model = policy.models[0]
    if not isinstance(model, str) or model not in policy.models:
        choices = ", ".join(policy.models)
        raise WireError(
            400, "E100", f"Model '{str(model)[:60]}' tidak diizinkan di gateway kelas ini. Pilihan: {choices}.",
            f"Model '{str(model)[:60]}' is not allowed on this room gateway. Allowed: {choices}.",
            f"hapus GIGAI_MODEL dari file .env (gateway memakai {policy.models[0]}) / remove GIGAI_MODEL from your "
            f".env, or GIGAI_MODEL={policy.models[0]} (model=\"{policy.models[0]}\")",
        )  # fmt: skip
    body["model"] = model

    asked = [
        max_tokens_of(given[k], policy.max_tokens)
        for k in ("max_tokens", "max_completion_tokens")
        if k in given
    ]
    body["max_tokens"] = min(asked) if asked else policy.max_tokens  # one field every server understands

    body["messages"] = given.get("messages")
    prompt = _prompt_bound(body["messages"], policy)
    # Everything else the provider reads (tools, a response_format's JSON schema, stop words, logit_bias...)
    # is prompt tokens too: a 200 KB schema on a Rp 5 budget must not slip past the reservation.
    prompt += _size({k: v for k, v in body.items() if k not in ("model", "messages", "max_tokens")})

    stream = given.get("stream", False)
    if not isinstance(stream, bool):
        raise _bad("stream", stream, "harus true/false", "must be true/false", '"stream": true')
    opts = given.get("stream_options") or {}
    if not isinstance(opts, dict) or set(opts) - {"include_usage"}:
        raise _bad("stream_options", opts, "hanya include_usage", "only include_usage is accepted",
                   '"stream_options": {"include_usage": true}')  # fmt: skip
    wants_usage = bool(opts.get("include_usage"))
    if stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}  # the gateway needs the real usage to bill
    return Outbound(body, model, stream, wants_usage, prompt, body["max_tokens"])


# -- answers the gateway makes up itself (offline fallback) --------------------------------------------------
def offline_text(messages: list[dict[str, Any]], reason: str) -> str:
    """An answer from gigai's offline engine, always labelled; never raises."""
    text = ""
    try:
        from gigai.llm import registry

        text = registry.resolve("offline").complete(messages).text
    except Exception:  # noqa: BLE001 - the fallback must never fail the request
        from gigai.lang import say

        text = say(
            "Maaf, penyedia AI kelas sedang tidak bisa dihubungi; ini jawaban cadangan. Coba lagi sebentar "
            "lagi atau tanya trainer.",
            "The room's AI provider is unreachable; this is a fallback answer. Try again shortly or ask the "
            "trainer.",
        )
    if not text.startswith("[mode offline]"):
        text = "[mode offline] " + text
    return f"{text}\n\n({reason})"


def zero_usage(cost_idr: float = 0.0) -> dict[str, Any]:
    """No tokens from the provider; ``gigai_cost_idr``: what the failed attempt was booked at (worst case)."""
    return {
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "total_tokens": 0,
        "gigai_cost_idr": round(cost_idr, 6),
    }


def completion_body(text: str, model: str, *, cost_idr: float = 0.0) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-gigai-{int(time.time() * 1000)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": zero_usage(cost_idr),
    }


def sse_chunks(text: str, model: str, *, with_usage: bool = False, cost_idr: float = 0.0) -> list[bytes]:
    base = {
        "id": f"chatcmpl-gigai-{int(time.time() * 1000)}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
    }
    words = text.split(" ")
    pieces = [w if i == 0 else " " + w for i, w in enumerate(words)]
    out = [
        dict(
            base, choices=[{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]
        )
    ]
    for i in range(0, len(pieces), 8):
        delta = {"content": "".join(pieces[i : i + 8])}
        out.append(dict(base, choices=[{"index": 0, "delta": delta, "finish_reason": None}]))
    out.append(dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    if with_usage:
        out.append(dict(base, choices=[], usage=zero_usage(cost_idr)))
    return [f"data: {json.dumps(c)}\n\n".encode() for c in out] + [b"data: [DONE]\n\n"]
