"""AI promo video: brief -> storyboard -> narration -> captions -> visuals -> one ffmpeg render.

    from gigai.video import Brief, write_storyboard, plan, render
    sb = write_storyboard(Brief(product="Kopi Susu Gula Aren", price="Rp 18.000", photos=["kopi.jpg"]))
    sb = write_storyboard("Promo Kopi Susu Gula Aren cuma Rp 18.000! WA 0812-2233-4455")  # a client's message
    plan(sb)                                   # predicted length per scene + warnings, before rendering
    render(sb, out="promo.mp4", preset="preview")

Names are loaded lazily (PEP 562): importing gigai.video does not import numpy, Pillow or moviepy.
Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Brief": "brief",
    "brief_from_text": "brief",
    "Scene": "storyboard",
    "Visual": "storyboard",
    "Storyboard": "storyboard",
    "write_storyboard": "writer",
    "place_photos": "writer",
    "plan": "planner",
    "Plan": "planner",
    "validate_storyboard": "storyboard",
    "normalize_id": "normalize",
    "number_words": "normalize",
    "strip_emoji": "normalize",
    "speak": "tts",
    "Speech": "tts",
    "Word": "tts",
    "render": "project",
    "sample_promo": "samples",
    "Project": "project",
    "PRESETS": "encode",
    "probe": "media",
    "to_srt": "captions",
    "to_vtt": "captions",
    "thumbnails": "thumbs",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f"gigai.video.{_EXPORTS[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'gigai.video' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
