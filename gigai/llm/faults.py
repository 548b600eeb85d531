"""Turn openai/httpx exceptions into gigai's bilingual ProviderErrors. The key is never part of a message."""

from __future__ import annotations

from typing import Any

from gigai.errors import (
    AuthError,
    ConnectionFailed,
    GigaiError,
    ModelNotFound,
    ProviderError,
    ProviderTimeout,
    QuotaError,
    RateLimitError,
    ServerError,
)

_FALLBACK_HINT = "GIGAI_FALLBACK=offline agar demo tetap jalan / so demos keep running"


def _body_code(exc: Any) -> str:
    """The provider's error code/type/message text (lowercased), wherever the SDK put it."""
    parts: list[str] = []
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            parts += [str(inner.get(k, "")) for k in ("code", "type", "status", "message")]
        elif isinstance(inner, str):
            parts.append(inner)
    for attr in ("code", "type"):
        parts.append(str(getattr(exc, attr, "") or ""))
    return " ".join(parts).lower()


def _key_hint(preset: dict[str, Any] | None) -> str:
    envs = (preset or {}).get("key_env") or []
    if envs:
        return f"gigai doctor  (atau / or: set {envs[0]}=... di file .env)"
    return "gigai doctor"


def _status(exc: Any) -> int | None:
    code = getattr(exc, "status_code", None)
    if code is None:
        resp = getattr(exc, "response", None)
        code = getattr(resp, "status_code", None)
    return code if isinstance(code, int) else None


def _retry_after(exc: Any) -> float | None:
    resp = getattr(exc, "response", None)
    headers = getattr(resp, "headers", None) or {}
    raw = headers.get("retry-after") if hasattr(headers, "get") else None
    try:
        return float(raw) if raw is not None else None
    except ValueError:
        return None


def _is_timeout(exc: BaseException) -> bool:
    names = {type(e).__name__ for e in _chain(exc)}
    return bool(
        names
        & {
            "APITimeoutError",
            "TimeoutException",
            "ReadTimeout",
            "ConnectTimeout",
            "WriteTimeout",
            "PoolTimeout",
            "TimeoutError",
            "socket.timeout",
        }
    )


def _is_connection(exc: BaseException) -> bool:
    names = {type(e).__name__ for e in _chain(exc)}
    return bool(
        names
        & {
            "APIConnectionError",
            "ConnectError",
            "ConnectionError",
            "ConnectionRefusedError",
            "RemoteProtocolError",
            "ReadError",
            "gaierror",
            "NetworkError",
            "ProxyError",
        }
    )


def _chain(exc: BaseException) -> list[BaseException]:
    out, seen = [], set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        out.append(cur)
        cur = cur.__cause__ or cur.__context__
    return out


def to_error(
    exc: BaseException, provider: str, model: str, preset: dict[str, Any] | None = None
) -> GigaiError:
    """Map any exception from a provider call to a GigaiError (value = 'provider/model')."""
    if isinstance(exc, GigaiError):
        return exc
    value = f"{provider}/{model}"
    status = _status(exc)
    code = _body_code(exc)
    err: ProviderError
    if status in (401, 403):
        err = AuthError(
            id=f"Kunci API ditolak oleh {provider} (salah, kedaluwarsa, atau tanpa akses).",
            en=f"{provider} rejected the API key (wrong, expired or without access).",
            hint=_key_hint(preset),
            value=value,
        )
    elif status == 402 or (status == 429 and ("insufficient_quota" in code or "billing" in code)):
        err = QuotaError(
            id=f"Kuota/kredit di {provider} habis.",
            en=f"No credit/quota left on {provider}.",
            hint=f"cek billing di dashboard provider, atau ganti provider: GIGAI_PROVIDER=gemini / {_FALLBACK_HINT}",
            value=value,
        )
    elif status == 429:
        err = RateLimitError(
            id=f"Terlalu banyak permintaan ke {provider}; tunggu sebentar.",
            en=f"Too many requests to {provider}; wait a moment.",
            hint=f"coba lagi dalam 1 menit / try again in a minute ({_FALLBACK_HINT})",
            value=value,
        )
    elif status == 404 or (
        status == 400 and "model" in code and ("not found" in code or "does not exist" in code)
    ):
        err = ModelNotFound(
            id=f"Model '{model}' tidak ditemukan di {provider}.",
            en=f"Model '{model}' was not found on {provider}.",
            hint="gigai providers  (atau / or: set GIGAI_MODEL=<nama model yang benar>)",
            value=value,
        )
    elif status is not None and status >= 500:
        err = ServerError(
            id=f"Server {provider} sedang bermasalah (HTTP {status}).",
            en=f"{provider}'s server had a problem (HTTP {status}).",
            hint=f"coba lagi nanti / try again later ({_FALLBACK_HINT})",
            value=value,
        )
    elif status is None and _is_timeout(exc):
        err = ProviderTimeout(
            id=f"{provider} tidak menjawab tepat waktu.",
            en=f"{provider} did not answer in time.",
            hint=f"cek wifi, coba lagi, atau naikkan GIGAI_TIMEOUT ({_FALLBACK_HINT})",
            value=value,
        )
    elif status is None and _is_connection(exc):
        err = ConnectionFailed(
            id=f"Tidak bisa terhubung ke {provider}: cek wifi/internet, atau server sedang mati.",
            en=f"Could not connect to {provider}: check your wifi/internet, or the server is down.",
            hint=f"gigai doctor  ({_FALLBACK_HINT})",
            value=value,
        )
    elif status is not None:
        err = ProviderError(
            "E020",
            f"{provider} menolak permintaan (HTTP {status}).",
            f"{provider} refused the request (HTTP {status}).",
            hint="gigai doctor",
            value=value,
        )
    else:
        err = ProviderError(
            "E020",
            f"Panggilan ke {provider} gagal ({type(exc).__name__}).",
            f"The call to {provider} failed ({type(exc).__name__}).",
            hint="gigai doctor",
            value=value,
        )
    err.status = status  # type: ignore[attr-defined]
    err.retry_after = _retry_after(exc)  # type: ignore[attr-defined]
    return err
