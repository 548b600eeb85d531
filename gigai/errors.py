"""Errors a participant can read: Indonesian first, English second, one next step, a stable code.

Hierarchy::

    GigaiError                      base; .code, .id, .en, .hint, .value
    ├── ConfigError                 bad settings (E010), unknown provider (E011), key missing (E012),
    │   │                           broken providers.json (E013), base URL missing (E014)
    │   │                           model not in the catalogue for that provider (E017),
    │   │                           ChatOpenAI asked for a local (offline/replay) preset (E018),
    │   │                           GIGAI_RPM / rpm= not a number of requests per minute (E019)
    │   └── MissingDependency       an optional package is not installed              (E015)
    ├── ProviderError               a provider call failed                            (E02x)
    │   ├── AuthError               401/403: the key is wrong or lacks access         (E021)
    │   ├── QuotaError              402 / insufficient_quota: no credit left          (E022)
    │   ├── RateLimitError          429: too many requests                            (E023)
    │   ├── ProviderTimeout         the provider did not answer in time               (E024)
    │   ├── ConnectionFailed        DNS / refused / no network                        (E025)
    │   ├── ServerError             5xx from the provider                             (E026)
    │   ├── ModelNotFound           the model id does not exist there                 (E027)
    │   └── (ProviderError E028)    no valid JSON for structured() after the repair retry
    ├── InputError                  unknown keyword, naming the closest valid one (E016),
    │                               empty prompt (E030), bad message shape (E031), schema not a pydantic
    │                               model (E032), schema the offline engine cannot fill (E033), one message
    │                               too large (E034), business inputs (E037, E038), bad files (E03x)
    ├── VideoError                  the video pipeline: voice (E041), preset (E042), ffmpeg (E043),
    │                               render (E044), music file missing/unreadable (E045, E046)
    │   (InputError E081-E088)      storyboard file/invalid/too long/empty scene, image or clip missing/corrupt
    │   (E160-E167)                 video: brief text empty/too long (E160), unknown Brief field (E161), bad
    │                               Brief value (E162), unknown visual in a table row (E163), Studio media
    │                               outside the uploads (E165), thumbnail width (E164), unknown
    │                               transition (E166), unknown sample business (E167)
    │   (InputError E190-E195)      day two: date or DP share (E190), invoice stage/not a proposal (E191),
    │                               SPK from something not a proposal (E192), unknown platform (E193), PDF to
    │                               preview missing/broken (E194), unknown hosting option (E195)
    └── AppError                    chatbot / app / deploy (E05x), room gateway (E06x), offline pack (E07x)
        (gateway E100-E119)         model not allowed (E100), bad parameter value (E101), feature refused
                                    (E102), unknown field (E103), wrong tokens throttled per address (E104),
                                    budget left below the request's worst case (E105), bad progress record
                                    (E106), progress rate-limited (E107), token not revealable / no such
                                    participant (E108), revoke/replace not confirmed (E109), URL upstream
                                    without --price-as (E110), model outside the price catalogue (E111), no LAN
                                    address for the cards (E112), console refused without admin key (E113),
                                    console request from another page or host name (E114, CSRF/rebinding)
        (setup E120-E123)           cassette named for the pack not found (E120, AppError), recording needs
                                    a real provider (E121, ConfigError), lab notebook not found (E122,
                                    InputError), nothing chosen to record / bad lab numbers (E123, InputError)
        (channels/deploy E140-E159) Telegram token refused (E140), TELEGRAM_BOT_TOKEN missing (E141),
                                    bad GIGAI_TELEGRAM_API (E142), business neither a sample nor a folder
                                    with persona.yaml (E143), Telegram unreachable (E144), re-export without
                                    --overwrite (E145), export target is a file (E146), export target holds
                                    files that are not a gigai export (E147)

Exceptions hold data (both languages) and never log on creation. ``str(err)`` is the message in the reader's
language: Indonesian, English with ``GIGAI_LANG=en``.
"""

from __future__ import annotations

from typing import Any

from gigai.lang import english


class GigaiError(Exception):
    """Base error: ``GigaiError("E012", "Kunci API belum diatur.", "API key is not set.", hint="gigai doctor")``."""

    default_code = "E000"

    def __init__(
        self,
        code: str | None = None,
        id: str = "Terjadi kesalahan.",
        en: str = "Something went wrong.",
        *,
        hint: str | None = None,
        value: Any = None,
    ) -> None:
        self.code = code or self.default_code
        self.id = id
        self.en = en
        self.hint = hint
        self.value = value
        super().__init__(self.message)

    @property
    def text(self) -> str:
        """The message in the reader's language: Indonesian, English with ``GIGAI_LANG=en``."""
        return self.en if english() else self.id

    @property
    def message(self) -> str:
        """One language at a time (never "Indonesian / English" pairs): code, text, value, next step."""
        en = english()
        head = f"[GIGAI-{self.code}] {self.text}"
        if self.value is not None:
            head += f"\n  {'Value' if en else 'Nilai'}: {self.value!r}"
        if self.hint:
            head += f"\n  {'Try' if en else 'Coba'}: {self.hint}"
        return head

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        return {"code": f"GIGAI-{self.code}", "id": self.id, "en": self.en, "hint": self.hint}

    def _render_traceback_(self) -> list[str]:
        """IPython/Jupyter shows this instead of a Python traceback: the message and what to try next."""
        return ["\x1b[1;31m" + self.message.splitlines()[0] + "\x1b[0m", *self.message.splitlines()[1:]]


class ConfigError(GigaiError):
    default_code = "E010"


class MissingDependency(ConfigError):
    default_code = "E015"


class ProviderError(GigaiError):
    default_code = "E020"
    retryable = False


class AuthError(ProviderError):
    default_code = "E021"


class QuotaError(ProviderError):
    default_code = "E022"


class RateLimitError(ProviderError):
    default_code = "E023"
    retryable = True


class ProviderTimeout(ProviderError):
    default_code = "E024"
    retryable = True


class ConnectionFailed(ProviderError):
    default_code = "E025"
    retryable = True


class ServerError(ProviderError):
    default_code = "E026"
    retryable = True


class ModelNotFound(ProviderError):
    default_code = "E027"


class InputError(GigaiError):
    default_code = "E030"


class VideoError(GigaiError):
    default_code = "E040"


class AppError(GigaiError):
    default_code = "E050"


__all__ = [
    "GigaiError",
    "ConfigError",
    "MissingDependency",
    "ProviderError",
    "AuthError",
    "QuotaError",
    "RateLimitError",
    "ProviderTimeout",
    "ConnectionFailed",
    "ServerError",
    "ModelNotFound",
    "InputError",
    "VideoError",
    "AppError",
]
