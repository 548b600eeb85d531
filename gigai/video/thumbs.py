"""Storyboard thumbnails: the renderer's own still of every scene, small, to look at before rendering.

    from gigai.video import thumbnails
    for picture in thumbnails(sb, width=180):   # PIL images, 9:16, background + on-screen text
        picture.save(...)

Stable public name (``gigai.video.thumbnails``); Lab 6 shows them through ``gigai.latihan.pictures``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gigai.errors import InputError


def thumbnails(storyboard: Any, *, width: int = 180, base_dir: str | Path | None = None) -> list[Any]:
    """One RGB picture (PIL.Image, ``width`` x ``width*16/9``) per scene, drawn like the rendered video's frame.

    ``base_dir`` is where relative photo paths are looked up (the folder of storyboard.json).
    """
    if not isinstance(width, int) or isinstance(width, bool) or not 32 <= width <= 1080:
        raise InputError(
            "E164", "Lebar thumbnail harus bilangan bulat 32-1080 piksel.",
            "Thumbnail width must be an integer from 32 to 1080 pixels.",
            hint="thumbnails(naskah, width=180)", value=repr(width),
        )  # fmt: skip
    from gigai.video import visuals

    height = round(width * 16 / 9)
    folder = Path(base_dir) if base_dir is not None else None
    pictures = []
    for scene in getattr(storyboard, "scenes", None) or []:
        still = visuals.scene_still(scene, width, height, base_dir=folder)
        img = still.image.convert("RGBA")
        if still.text is not None:
            overlay = visuals.text_overlay(still.text, pill=getattr(scene.visual, "kind", "card") != "card")
            img.alpha_composite(overlay, (still.text.box[0], still.text.box[1]))
        pictures.append(img.convert("RGB"))
    return pictures
