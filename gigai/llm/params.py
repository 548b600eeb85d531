"""The one list of call parameters gigai understands, and the one check that rejects anything else.

>>> check({"temprature": 0.2}, MODEL_PARAMS, where="gigai.chat")   # InputError: did you mean 'temperature'?
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from gigai.errors import InputError

# Passed on to the provider (OpenAI chat-completions names).
MODEL_PARAMS: frozenset[str] = frozenset(
    {
        "temperature",
        "max_tokens",
        "top_p",
        "stop",
        "seed",
        "response_format",
        "tools",
        "tool_choice",
        "presence_penalty",
        "frequency_penalty",
        "extra_body",
    }
)
# How a model is built (registry.resolve / gigai.get_model).
MODEL_OPTIONS: frozenset[str] = frozenset(
    {"api_key", "base_url", "timeout", "max_retries", "max_wait", "http_client", "path", "fallback", "rpm"}
)


def closest(name: str, valid: Iterable[str]) -> str | None:
    """The valid name nearest to a typo (``temprature`` -> ``temperature``), or None."""
    found = difflib.get_close_matches(name, sorted(valid), n=1, cutoff=0.6)
    return found[0] if found else None


def check(given: Mapping[str, Any], valid: Iterable[str], *, where: str) -> None:
    """Raise a InputError (E035) for the first keyword in ``given`` that is not in ``valid``."""
    valid = frozenset(valid)
    for name in given:
        if name in valid:
            continue
        guess = closest(name, valid)
        maybe_id = f" Maksudmu '{guess}'?" if guess else ""
        maybe_en = f" Did you mean '{guess}'?" if guess else ""
        example = f"{where}(..., {guess}=...)" if guess else f"{where}(...)"
        raise InputError(
            "E035",
            f"Parameter '{name}' tidak dikenal oleh {where}.{maybe_id}",
            f"Unknown parameter '{name}' for {where}.{maybe_en}",
            hint=f"{example}  (pilihan / valid: {', '.join(sorted(valid))})",
            value=name,
        )
