"""gigai: hands-on lab kit for the Gig Economy AI training (chatbots, AI video, gig business), offline first.

>>> import gigai
>>> gigai.chat("Halo!")          # works with no key: gigai's offline engine answers
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The errors module is tiny and dependency-free: import it eagerly so `except gigai.GigaiError` just works.
from gigai.errors import (
    AppError,
    AuthError,
    ConfigError,
    ConnectionFailed,
    GigaiError,
    InputError,
    MissingDependency,
    ModelNotFound,
    ProviderError,
    ProviderTimeout,
    QuotaError,
    RateLimitError,
    ServerError,
    VideoError,
)

__version__ = "0.1.0"

# Public name -> module that defines it. Loaded on first use (PEP 562) so `import gigai` stays instant.
_LAZY = {
    "chat": "gigai.llm.api",
    "stream": "gigai.llm.api",
    "structured": "gigai.llm.api",
    "complete": "gigai.llm.api",
    "get_model": "gigai.llm.api",
    "langchain_model": "gigai.llm.api",
    "usage": "gigai.llm.usage",
    "providers": "gigai.llm.registry",
    "recording": "gigai.llm.replay",
}


__all__ = [  # noqa: RUF022 - grouped: functions, then errors
    "__version__",
    "chat",
    "stream",
    "structured",
    "complete",
    "get_model",
    "langchain_model",
    "usage",
    "providers",
    "recording",
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

if TYPE_CHECKING:  # pragma: no cover - for editors only
    from gigai.llm.api import chat as chat
    from gigai.llm.api import complete as complete
    from gigai.llm.api import get_model as get_model
    from gigai.llm.api import langchain_model as langchain_model
    from gigai.llm.api import stream as stream
    from gigai.llm.api import structured as structured
    from gigai.llm.registry import providers as providers
    from gigai.llm.replay import recording as recording
    from gigai.llm.usage import usage as usage


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gigai' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
