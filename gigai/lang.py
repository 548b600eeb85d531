"""Which language participants read: Indonesian, or English with ``GIGAI_LANG=en`` (a foreign trainer).

Notebook-facing text (tables, notices) is shown in ONE language, never "ya / yes" pairs; the CLI, read by
trainers, may stay bilingual. ``say("Siap", "Ready")`` picks the text for the current setting.
"""

from __future__ import annotations

import os


def english() -> bool:
    """True when ``GIGAI_LANG=en``: text for a trainer who does not read Indonesian."""
    return os.environ.get("GIGAI_LANG", "").strip().lower().startswith("en")


def say(id_text: str, en_text: str) -> str:
    """``id_text`` for participants, ``en_text`` with ``GIGAI_LANG=en``."""
    return en_text if english() else id_text
