"""Where a provider's key comes from: the link inside a catalogue row's ``signup`` note (used in error hints)."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["signup_link"]

_LINK = re.compile(r"https?://\S+")


def signup_link(row: dict[str, Any]) -> str:
    """The link from a preset's sign-up note (the note itself when it has no link)."""
    text = str(row.get("signup") or "-")
    found = _LINK.search(text)
    return found.group(0) if found else text
