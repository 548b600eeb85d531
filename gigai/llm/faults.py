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


_LOOPBACK = ("127.0.0.1", "localhost", "::1", "0.0.0.0")


def _key_hint(preset: dict[str, Any] | None) -> str:
    """Which variable holds the refused key, and where a new one comes from."""
    row = preset or {}
    envs = row.get("key_env") or []
    if row.get("name") == "gateway":
        return f"cek / check {envs[0] if envs else 'GIGAI_API_KEY'}=<token dari kartu / from your card> di file .env"
    if envs:
        from gigai.llm.signup import signup_link

        return (
            f"cek / check {envs[0]}=... di file .env (salah salin? kedaluwarsa? / mistyped? expired?); "
            f"kunci baru dari / new key at: {signup_link(row)}"
        )
    return (
        "server ini tidak memakai kunci: cek alamat servernya / this server needs no key: check its base URL"
    )


def _url_var(preset: dict[str, Any] | None) -> str:
    """The .env variable that sets this preset's base URL (GIGAI_BASE_URL when the preset has none)."""
    envs = (preset or {}).get("base_url_env") or []
    return envs[0] if envs else "GIGAI_BASE_URL"


def _shown(url: str | None) -> str:
    """A base URL fit for a message: no user:password@, no query string (a token could hide there)."""
    import re

    return re.sub(r"//[^/@]*@", "//", str(url or "").split("?")[0].split("#")[0])


def _connection_hint(preset: dict[str, Any] | None, base_url: str | None) -> str:
    from urllib.parse import urlparse

    row = preset or {}
    url = _shown(base_url or row.get("base_url"))
    host = urlparse(url).hostname or ""
    if row.get("name") == "gateway":
        return (
            f"laptop di wifi yang sama dengan trainer? cek {_url_var(row)}={url} dengan trainer / on the "
            f"trainer's wifi? check {_url_var(row)} with the trainer ({_FALLBACK_HINT})"
        )
    if host in _LOOPBACK:
        return (
            f"jalankan server lokalnya dulu / start the local server: {row.get('signup') or url}  "
            f"(alamat / address {url})"
        )
    return f"cek wifi/internet dan alamat / check the wifi and the base URL {url} ({_FALLBACK_HINT})"


def _model_hint(preset: dict[str, Any] | None, base_url: str | None) -> str:
    """A base URL without /v1 (or /vN) answers 404 for every model: name that fix first."""
    import re
    from urllib.parse import urlparse

    row = preset or {}
    url = _shown(base_url or row.get("base_url")).rstrip("/")
    if url and not re.search(r"/v\d+", urlparse(url).path):
        return f"{_url_var(row)}={url}/v1 di file .env  (alamat server tanpa /v1 / the base URL lacks /v1)"
    known = [m for m in [row.get("default_model"), *(row.get("models") or {})] if m]
    example = ", ".join(dict.fromkeys(known)) if known else "<nama model / model name>"
    return f"GIGAI_MODEL=<model yang ada di server / a model the server has, e.g. {example}> di file .env"


def _server_words(exc: Any) -> tuple[str, str] | None:
    """The room gateway's own bilingual sentence (its error bodies carry ``id`` and ``en``)."""
    body = getattr(exc, "body", None)
    inner = body.get("error", body) if isinstance(body, dict) else None
    if isinstance(inner, dict) and inner.get("id") and inner.get("en"):
        return str(inner["id"]), str(inner["en"])
    return None


def _server_hint(exc: Any) -> str | None:
    """The room gateway's own 'Coba / Try' step (its error bodies carry a ``hint``)."""
    body = getattr(exc, "body", None)
    inner = body.get("error", body) if isinstance(body, dict) else None
    hint = inner.get("hint") if isinstance(inner, dict) else None
    return str(hint) if hint else None


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
    exc: BaseException,
    provider: str,
    model: str,
    preset: dict[str, Any] | None = None,
    base_url: str | None = None,
) -> GigaiError:
    """Map any exception from a provider call to a GigaiError (value = 'provider/model').

    Each hint names the fix of its cause (the key variable, the base URL, the local server), never a
    generic "run the doctor".
    """
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
            hint=_server_hint(exc) or _model_hint(preset, base_url),
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
            hint=_connection_hint(preset, base_url),
            value=value,
        )
    elif status is not None:
        said = _server_words(exc)
        err = ProviderError(
            "E020",
            f"{provider} menolak permintaan (HTTP {status})" + (f": {said[0]}" if said else "."),
            f"{provider} refused the request (HTTP {status})" + (f": {said[1]}" if said else "."),
            hint=_server_hint(exc)
            or "periksa parameter panggilan (max_tokens, temperature, ...) / check the call's parameters",
            value=value,
        )
    else:
        err = ProviderError(
            "E020",
            f"Panggilan ke {provider} gagal ({type(exc).__name__}).",
            f"The call to {provider} failed ({type(exc).__name__}).",
            hint=f"coba lagi; jika berulang / try again; if it repeats: {_FALLBACK_HINT}",
            value=value,
        )
    err.status = status  # type: ignore[attr-defined]
    err.retry_after = _retry_after(exc)  # type: ignore[attr-defined]
    return err
