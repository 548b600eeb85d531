"""The sample businesses that ship with the kit (assets/businesses/<slug>/persona.yaml + knowledge files).

    businesses()  # ['kopi-kita', 'laundry-bersih-kilat', 'studio-rupa']

Used in: Lab 3 (chatbot UMKM).
"""

from __future__ import annotations

from pathlib import Path

from gigai.errors import AppError


def businesses_dir() -> Path:
    """Where the sample businesses live: ``gigai.config.assets_dir() / "businesses"``."""
    from gigai.config import assets_dir

    found = assets_dir() / "businesses"
    if found.is_dir():
        return found
    raise AppError(
        "E054",
        "Folder contoh bisnis tidak ditemukan.",
        "Sample businesses folder not found.",
        hint="Set GIGAI_ASSETS ke folder assets/ dari repo gigai.",
        value=found.name,
    )


def businesses() -> list[str]:
    """Slugs of the sample businesses: ``['kopi-kita', 'laundry-bersih-kilat', 'studio-rupa']``."""
    return sorted(p.name for p in businesses_dir().iterdir() if (p / "persona.yaml").is_file())
