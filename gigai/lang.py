"""Which language participants read: Indonesian, or English with ``GIGAI_LANG=en`` (a foreign trainer).

Everything a participant or trainer reads is shown in ONE language, never "ya / yes" pairs.
``say("Siap", "Ready")`` picks the text for the current setting; ``pick("Siap / ready")`` does the same for text
written once as a pair (CLI help, hints).
"""

from __future__ import annotations

import os
import re


def english() -> bool:
    """True when ``GIGAI_LANG=en``: text for a trainer who does not read Indonesian."""
    return os.environ.get("GIGAI_LANG", "").strip().lower().startswith("en")


def say(id_text: str, en_text: str) -> str:
    """``id_text`` for participants, ``en_text`` with ``GIGAI_LANG=en``."""
    return en_text if english() else id_text


# Text written once as "Indonesian / English" (CLI help, hints at raise sites) shows one side. Short inline
# pairs ("a atau / or b", "Pilih / choose: ...") are resolved first, then a line holding one " / " is split.
_INLINE = re.compile(r"\b(atau|dan|lalu) / (or|and|then)\b|\b(\w+) / (\w+)(?=:)")


def _balanced(text: str) -> bool:
    """False when the pair sits inside brackets ("(a / b)", "<x / y>"): splitting there would cut the text."""
    return all(text.count(o) == text.count(c) for o, c in ("()", "<>", "[]", "{}")) and text.count("`") % 2 == 0


def pick(text: str | None) -> str | None:
    """``"Cek kesiapan / check readiness"`` -> the side for the current setting (lines without a pair stay)."""
    if not text:
        return text
    en = english()
    lines = []
    for line in text.split("\n"):
        line = _INLINE.sub(lambda m: next(g for g in ((m.group(2), m.group(4)) if en else (m.group(1), m.group(3))) if g), line)
        if line.count(" / ") == 1 and _balanced(line.split(" / ")[0]):
            left, right = line.split(" / ")
            indent = left[: len(left) - len(left.lstrip())]
            right = right.strip()
            shared = ""
            if ": " in right and ":" not in left:  # "Pilih salah satu / choose one: a, b" shares "a, b"
                right, shared = right.split(": ", 1)
                shared = ": " + shared
            if not en:
                line = left + shared
            elif left.strip().endswith(":"):
                line = indent + right + shared
            else:
                line = indent + right[:1].upper() + right[1:] + shared
        lines.append(line)
    return "\n".join(lines)
