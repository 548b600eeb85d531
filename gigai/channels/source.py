"""Which business a command means: a sample name (``kopi-kita``) or a folder holding ``persona.yaml``.

    bot = load_bot("kopi-kita")            # a sample shipped with gigai
    bot = load_bot("D:/usaha/warung-ani")  # the participant's own folder

Used by ``gigai bot export`` and ``gigai bot telegram``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigai.errors import AppError

if TYPE_CHECKING:
    from gigai.chatbot import Chatbot

BUSINESS_HELP = (
    "Nama contoh bisnis (mis. kopi-kita) ATAU folder berisi persona.yaml + file pengetahuan. "
    "/ A sample name (e.g. kopi-kita) OR a folder with persona.yaml + knowledge files."
)


def load_bot(business: str | Path, **kwargs: Any) -> Chatbot:
    """A Chatbot for a sample name or a folder; a bilingual error that names both forms otherwise."""
    from gigai.chatbot import Chatbot, businesses

    raw = str(business).strip()
    folder = Path(raw).expanduser()
    if folder.is_dir():
        if not (folder / "persona.yaml").is_file():
            raise AppError(
                "E148",
                "Folder ini tidak berisi persona.yaml.",
                "This folder has no persona.yaml.",
                hint="Buat persona.yaml (name:, business:, admin_contact:) di folder itu, "
                "atau pakai nama contoh: " + ", ".join(businesses()),
                value=raw,
            )
        return Chatbot.from_business(folder.resolve(), **kwargs)
    samples = businesses()
    if raw in samples:
        return Chatbot.from_business(raw, **kwargs)
    raise AppError(
        "E143",
        "Bisnis tidak ditemukan: bukan nama contoh dan bukan folder.",
        "Business not found: neither a sample name nor a folder.",
        hint="Pakai nama contoh (" + ", ".join(samples) + ") atau path folder berisi persona.yaml",
        value=raw,
    )
