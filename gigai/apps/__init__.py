"""Gradio apps. Every ``build_*()`` RETURNS a gradio Blocks and never launches it.

    from gigai.apps import build_chat_app, launch_shared
    demo = build_chat_app(Chatbot.from_business("kopi-kita"))
    launch_shared(demo, mode="lan")

Nothing is imported until a name is used (gradio takes ~3 s to import).
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "build_chat_app": "gigai.apps.chat_app",
    "launch_shared": "gigai.apps.sharing",
    "lan_ip": "gigai.apps.sharing",
    "build_studio_app": "gigai.apps.studio",
    "build_demo_app": "gigai.apps.demo",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'gigai.apps' has no attribute {name!r}")
