"""Load an exported chatbot folder in-process (its modules are top-level: app, botcore, whatsapp, ...).

The folder carries its own copy of gigai: while loaded, ``import gigai`` means that copy (this checkout's
modules are set aside and put back afterwards), so a test exercises what a host would run.
"""

from __future__ import annotations

import importlib
import sys
from contextlib import contextmanager
from pathlib import Path

KIT_MODULES = ("app", "botcore", "conversations", "limits", "whatsapp", "telegram_hook")


def _ours(name: str) -> bool:
    return name in KIT_MODULES or name == "gigai" or name.startswith("gigai.")


@contextmanager
def exported_modules(folder: Path):
    """Import the folder's modules fresh (settings are read at import), and forget them afterwards."""
    saved = {name: mod for name, mod in sys.modules.items() if _ours(name)}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(folder))
    try:
        yield {name: importlib.import_module(name) for name in ("botcore", "whatsapp", "telegram_hook")}
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if _ours(n)]:
            del sys.modules[name]
        sys.modules.update(saved)


def load_app(folder: Path):
    """The folder's app module (imports gradio); call inside ``exported_modules``."""
    return importlib.import_module("app")
