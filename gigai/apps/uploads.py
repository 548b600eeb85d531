"""Bounded uploads for the apps: a size limit the server enforces and a pixel limit read from the header.

    demo = limit_uploads(build_studio_app())   # demo.launch() now refuses files over MAX_UPLOAD_MB
    ok, why = check_image(path)                 # header only: a 12000x12000 PNG is refused before decoding

The size limit is Gradio's own ``launch(max_file_size=...)``: the upload route stops reading at the limit
and keeps nothing. The pixel limit is checked on the file's header (PIL opens images lazily), so a tiny
PNG that would decode to gigabytes never reaches the decoder. A JPEG over the limit (a 108-megapixel phone
photo) is decoded at half scale (JPEG draft mode, a quarter of the memory) so it still works.
Used in: the Video Studio and the demo app.
"""

from __future__ import annotations

import functools
import re
import tempfile
import warnings
from pathlib import Path
from typing import Any

from gigai.lang import say

MAX_UPLOAD_MB = 100  # a phone's 1080p clip of a minute or two; a 300 MB file is refused by the server
MAX_PIXELS = 52_000_000  # a 50-megapixel phone photo passes; a 12000x12000 PNG (144 MP) does not
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff")


def max_file_size() -> str:
    """The value for Gradio's ``launch(max_file_size=...)``."""
    return f"{MAX_UPLOAD_MB}mb"


def limit_uploads(blocks: Any) -> Any:
    """Make ``blocks.launch()`` default to the kit's upload limit (a caller may still pass its own)."""
    if getattr(blocks, "_gigai_upload_limit", False):
        return blocks
    launch = blocks.launch

    @functools.wraps(launch)
    def limited(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("max_file_size", max_file_size())
        return launch(*args, **kwargs)

    blocks.launch = limited
    blocks._gigai_upload_limit = True
    return blocks


def image_size(path: str | Path) -> tuple[int, int] | None:
    """(width, height) from the image header, without decoding pixels; None if it is not an image.

    For a header PIL itself refuses to describe (over twice ``Image.MAX_IMAGE_PIXELS``), the width is the
    pixel count it reported and the height 1: the product is what counts here.
    """
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # PIL's DecompressionBombWarning: we judge the size ourselves
            with Image.open(path) as im:
                return im.size
    except Image.DecompressionBombError as exc:
        found = re.search(r"\((\d+) pixels\)", str(exc))
        return (int(found.group(1)) if found else 1 << 32, 1)
    except Exception:  # noqa: BLE001 - not an image PIL can read: the caller decides
        return None


def _shrinkable_jpeg(path: Path, width: int, height: int) -> bool:
    return path.suffix.lower() in (".jpg", ".jpeg") and width * height <= MAX_PIXELS * 4  # half scale fits


def shrink_jpeg(src: Path, dst: Path) -> bool:
    """Write a copy of a large JPEG decoded at reduced scale (draft mode) under MAX_PIXELS; False if not possible."""
    from PIL import Image, ImageOps

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with Image.open(src) as im:
            if im.format != "JPEG":
                return False
            w, h = im.size
            scale = 1
            while (w // scale) * (h // scale) > MAX_PIXELS and scale < 2:
                scale *= 2
            if (w // scale) * (h // scale) > MAX_PIXELS:
                return False
            im.draft("RGB", (w // scale, h // scale))  # decodes straight at the smaller size
            small = ImageOps.exif_transpose(im.convert("RGB"))
            small.save(dst, quality=92)
    return True


def check_image(path: str | Path) -> tuple[bool, str]:
    """(True, "") for an image within MAX_PIXELS (or not an image); (False, reason) otherwise. Header only."""
    path = Path(path)
    if path.suffix.lower() not in IMAGE_EXT:
        return True, ""
    size = image_size(path)
    if size is None:
        return False, say("bukan gambar yang bisa dibaca", "not a readable image")
    w, h = size
    if w * h <= MAX_PIXELS:
        return True, ""
    mp, limit = w * h / 1_000_000, MAX_PIXELS // 1_000_000
    dims = f"{w}x{h}, " if h > 1 else ""
    return False, say(
        f"gambar {dims}{mp:.0f} MP melebihi batas {limit} MP; perkecil fotonya dulu",
        f"image {dims}{mp:.0f} MP is over the {limit} MP limit; resize the photo first",
    )


def accept_image(src: Path, dst: Path) -> tuple[bool, str]:
    """Copy an uploaded image to ``dst`` if its header is within limits (large JPEGs are shrunk)."""
    import shutil

    ok, why = check_image(src)
    if ok:
        shutil.copyfile(src, dst)
        return True, ""
    size = image_size(src)
    if size and _shrinkable_jpeg(src, *size):
        try:
            if shrink_jpeg(src, dst):
                return True, ""
        except Exception:  # noqa: BLE001 - a broken JPEG is refused like any other
            dst.unlink(missing_ok=True)
    return False, why


def forget_upload(path: str | Path) -> None:
    """Delete a refused upload from Gradio's cache (only files under the temp dir Gradio caches in)."""
    import os

    p = Path(path)
    roots = [Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio")]
    try:
        real = p.resolve()
        if p.is_file() and any(real.is_relative_to(r.resolve()) for r in roots):
            real.unlink()
    except OSError:
        pass


__all__ = ["MAX_UPLOAD_MB", "MAX_PIXELS", "limit_uploads", "check_image", "accept_image", "image_size"]
