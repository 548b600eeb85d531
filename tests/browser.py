"""What every browser test shares: Debian's chromium driven by Playwright (never `playwright install`).

Flags from the field notes: without the background-networking ones chromium keeps dialling out on a closed
network. Tests call ``require_chromium()`` at module level, so a machine without it says why it skipped.
"""

from __future__ import annotations

import os
import socket

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def require_chromium() -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip(
            "Debian chromium is not installed at /usr/bin/chromium (apt install chromium)",
            allow_module_level=True,
        )
    pytest.importorskip("playwright.sync_api", reason="pip install playwright (no browser download needed)")


def launch(playwright):
    """A headless Debian chromium from a ``sync_playwright()`` context."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
