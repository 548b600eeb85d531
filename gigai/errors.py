"""Errors a participant can read: Indonesian first, English second, one next step, a stable code.

Every code is a row of ``gigai/errors.json`` (code -> class, Indonesian text, English text, next step); the
class ranges, the tree below and ``docs/ERRORS.md`` are generated from it (``python scripts/error_docs.py``,
kept in sync by tests/test_error_codes.py, which also proves every code is raised somewhere, by its class, for
one condition).

Hierarchy::

<!-- error-tree:start -->
    GigaiError  ranges E000-E009
    ├── AppError  ranges E050-E079, E100-E159, E220-E249
    │       E054 E055 E057 E058 E059 E060 E061 E062
    │       E063 E064 E065 E066 E067 E068 E069 E071
    │       E072 E073 E074 E100 E101 E102 E103 E104
    │       E105 E106 E107 E108 E109 E113 E114 E120
    │       E140 E141 E142 E143 E144 E145 E146 E147
    │       E148 E233 E235 E240 E241
    ├── ConfigError  ranges E010-E019, E300-E349
    │   │   E010 E011 E012 E013 E014 E017 E018 E019
    │   │   E300 E301 E302 E303 E304 E305 E306 E307
    │   │   E308
    │   └── MissingDependency
    │           E015
    ├── InputError  ranges E030-E039, E080-E099, E160-E199, E200-E219, E250-E279
    │       E030 E031 E032 E033 E034 E035 E036 E038
    │       E081 E082 E083 E084 E085 E086 E087 E088
    │       E089 E090 E091 E092 E093 E094 E095 E096
    │       E097 E098 E160 E161 E162 E163 E164 E165
    │       E167 E168 E170 E171 E172 E173 E174 E175
    │       E176 E177 E178 E179 E180 E181 E182 E183
    │       E184 E185 E186 E190 E191 E192 E193 E194
    │       E195 E200 E201 E250 E251 E252 E253 E254
    │       E255 E256 E257 E270
    ├── ProviderError  ranges E020-E029
    │   │   E020 E028
    │   ├── AuthError
    │   │       E021
    │   ├── ConnectionFailed
    │   │       E025
    │   ├── ModelNotFound
    │   │       E027
    │   ├── ProviderTimeout
    │   │       E024
    │   ├── QuotaError
    │   │       E022
    │   ├── RateLimitError
    │   │       E023
    │   └── ServerError
    │           E026
    └── VideoError  ranges E040-E049
            E041 E042 E043 E044 E047
<!-- error-tree:end -->

Exceptions hold data (both languages) and never log on creation. ``str(err)`` is the message in the reader's
language: Indonesian, English with ``GIGAI_LANG=en``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from gigai.lang import english, pick


class GigaiError(Exception):
    """Base error: ``GigaiError("E012", "Kunci API belum diatur.", "API key is not set.", hint="gigai doctor")``."""

    default_code = "E000"

    def __init__(
        self,
        code: str | None = None,
        id: str | None = None,
        en: str | None = None,
        *,
        hint: str | None = None,
        value: Any = None,
    ) -> None:
        self.code = code or self.default_code
        # Raised by code alone (``InputError("E031")``): the texts and next step come from the table.
        row = table()["codes"].get(self.code, {}) if id is None and en is None else {}
        self.id = id if id is not None else row.get("id", "Terjadi kesalahan.")
        self.en = en if en is not None else row.get("en", "Something went wrong.")
        self.hint = hint if hint is not None else row.get("next")
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
            head += f"\n  {'Try' if en else 'Coba'}: {pick(self.hint)}"
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


@lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    """The error table (``gigai/errors.json``): ``{"ranges": [[first, last, class], ...], "codes": {...}}``."""
    return json.loads(Path(__file__).with_name("errors.json").read_text(encoding="utf-8"))


def error_class(name: str) -> type[GigaiError]:
    """The class named in the table (``"InputError"`` -> InputError)."""
    cls = globals().get(name)
    if not (isinstance(cls, type) and issubclass(cls, GigaiError)):
        raise KeyError(name)
    return cls


def render_tree() -> str:
    """The class tree with each class's codes, as drawn in this module's docstring."""
    rows = table()["codes"]
    lines: list[str] = []

    def walk(cls: type[GigaiError], prefix: str, last: bool, top: bool) -> None:
        codes = sorted(c for c, r in rows.items() if r["class"] == cls.__name__)
        ranges = [f"{a}-{b}" for a, b, k in table()["ranges"] if k == cls.__name__]
        label = cls.__name__ + (f"  ranges {', '.join(ranges)}" if ranges else "")
        branch = "" if top else ("└── " if last else "├── ")
        lines.append(f"    {prefix}{branch}{label}")
        pad = prefix + ("" if top else ("    " if last else "│   "))
        for i in range(0, len(codes), 8):
            lines.append(f"    {pad}{'│   ' if cls.__subclasses__() else '    '}{' '.join(codes[i:i + 8])}")
        subs = sorted(cls.__subclasses__(), key=lambda k: k.__name__)
        for i, sub in enumerate(subs):
            walk(sub, pad, i == len(subs) - 1, False)

    walk(GigaiError, "", True, True)
    return "\n".join(lines)


def render_markdown() -> str:
    """docs/ERRORS.md: every code, its class, both texts and the next step (generated; do not edit)."""
    out = [
        "# gigai error codes",
        "",
        "Generated from `gigai/errors.json` by `python scripts/error_docs.py`; do not edit by hand. A participant",
        "sees one language (Indonesian; English with `GIGAI_LANG=en`) and the next step.",
        "",
        "| code | class | Indonesian | English | next step |",
        "|---|---|---|---|---|",
    ]
    for code, row in sorted(table()["codes"].items()):
        cells = [code, row["class"], row["id"], row["en"], row.get("next") or ""]
        out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(out) + "\n"


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
    "table",
]
