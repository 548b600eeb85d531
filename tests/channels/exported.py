"""Load an exported chatbot folder in-process (its modules are top-level: app, botcore, whatsapp, ...)."""

from __future__ import annotations

import importlib
import sys
from contextlib import contextmanager
from pathlib import Path

KIT_MODULES = ("app", "botcore", "conversations", "whatsapp", "telegram_hook")


@contextmanager
def exported_modules(folder: Path):
    """Import the folder's modules fresh (settings are read at import), and forget them afterwards."""
    for name in KIT_MODULES:
        sys.modules.pop(name, None)
    sys.path.insert(0, str(folder))
    try:
        yield {name: importlib.import_module(name) for name in ("botcore", "whatsapp", "telegram_hook")}
    finally:
        sys.path.remove(str(folder))
        for name in KIT_MODULES:
            sys.modules.pop(name, None)


def load_app(folder: Path):
    """The folder's app module (imports gradio); call inside ``exported_modules``."""
    return importlib.import_module("app")
