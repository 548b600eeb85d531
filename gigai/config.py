"""Where gigai keeps its files and how it reads settings: environment > .env > Colab secrets.

Nothing is read at import time; every function looks when called.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


# Our name on package indexes; "gigai" there is a stranger's package. The import name stays ``gigai``.
DISTRIBUTION = "gigai-kit"


def home() -> Path:
    """gigai's own folder (cassettes, usage logs, caches): ``$GIGAI_HOME`` or ``~/.gigai``."""
    path = Path(os.environ.get("GIGAI_HOME") or Path.home() / ".gigai")
    path.mkdir(parents=True, exist_ok=True)
    return path


@lru_cache(maxsize=8)
def _dotenv_values(cwd: str) -> dict[str, str]:
    try:
        from dotenv import dotenv_values, find_dotenv
    except ImportError:  # pragma: no cover - python-dotenv is a core dependency
        return {}
    path = find_dotenv(usecwd=True) or ""
    if not path:
        return {}
    return {k: v for k, v in dotenv_values(path).items() if v}


def _colab_secret(name: str) -> str | None:
    import sys

    if "google.colab" not in sys.modules:
        return None
    try:  # pragma: no cover - only on Colab
        from google.colab import userdata

        return userdata.get(name)
    except Exception:  # noqa: BLE001 - secret missing or access not granted
        return None


def setting(name: str, default: str | None = None) -> str | None:
    """Read a setting or key: environment, then a ``.env`` file (cwd upwards), then Colab secrets."""
    value = os.environ.get(name)
    if value:
        return value
    value = _dotenv_values(os.getcwd()).get(name)
    if value:
        return value
    return _colab_secret(name) or default


def clear_cache() -> None:
    """Forget the parsed .env (tests and notebooks that write one call this)."""
    _dotenv_values.cache_clear()


def mask(secret: str | None) -> str:
    """Show a key without revealing it: ``sk-proj-abc...wxyz`` -> ``sk-...wxyz``."""
    if not secret:
        return "(empty)" if os.environ.get("GIGAI_LANG", "").lower().startswith("en") else "(kosong)"
    tail = secret[-4:] if len(secret) >= 12 else ""
    prefix = secret.split("-")[0] + "-" if "-" in secret[:8] else ""
    return f"{prefix}...{tail}"


def assets_dir() -> Path:
    """The kit's assets (fonts, music, sample businesses): ``$GIGAI_ASSETS``, a checkout's ``assets/``,
    or the copy shipped inside the installed package (``gigai/_assets``)."""
    env = os.environ.get("GIGAI_ASSETS")
    if env:
        return Path(env)
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "assets", package / "_assets"):
        if candidate.is_dir():
            return candidate
    return package.parent / "assets"
