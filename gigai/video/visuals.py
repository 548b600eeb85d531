"""Scene pictures drawn with Pillow: typographic cards, the participant's photos cropped to fit, captions.

Pillow draws each still once (a few PNGs per scene); ffmpeg then animates them (zoom, crossfade,
overlay), because per-frame Python compositing was 5-30x slower in our measurements.
Text is drawn with the bundled OFL font Plus Jakarta Sans (assets/fonts, licence beside it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigai.errors import InputError
from gigai.video.layout import Focus, Placement, caption_geometry, find_focus, given_focus, place, safe_area
from gigai.video.normalize import drawable

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image

FONT_FILE = "PlusJakartaSans-Variable.ttf"
FONT_CREDIT = {
    "asset": "font",
    "path": "assets/fonts/PlusJakartaSans-Variable.ttf",
    "source": "Plus Jakarta Sans, Tokotype (https://github.com/tokotype/PlusJakartaSans)",
    "license": "OFL-1.1 (assets/fonts/OFL.txt)",
}

# name -> (top colour, bottom colour, accent)
PALETTES: dict[str, tuple[str, str, str]] = {
    "sunset": ("#ff7a59", "#7b2ff7", "#ffe066"),
    "ocean": ("#00c6ff", "#0047ab", "#ffe066"),
    "forest": ("#38ef7d", "#11998e", "#ffffff"),
    "grape": ("#c471f5", "#4a148c", "#ffe066"),
    "candy": ("#ff9a9e", "#f6416c", "#ffffff"),
    "gold": ("#f7b733", "#fc4a1a", "#ffffff"),
    "night": ("#232526", "#414345", "#ffe066"),
}
HIGHLIGHT = (255, 224, 102, 255)  # current caption word (TikTok yellow)


@lru_cache(maxsize=32)
def font(size: int, weight: int = 800) -> Any:
    """The bundled font at ``size`` px and a weight from 200 to 800 (variable font axis)."""
    from PIL import ImageFont

    from gigai.config import assets_dir

    f = ImageFont.truetype(str(assets_dir() / "fonts" / FONT_FILE), size)
    try:
        f.set_variation_by_axes([weight])
    except (OSError, AttributeError):  # FreeType without variation support: default instance
        pass
    return f


def wrap(text: str, fnt: Any, max_width: int) -> list[str]:
    """Greedy word wrap that never splits a word (long words get their own line)."""
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            trial = f"{line} {word}".strip()
            if not line or fnt.getlength(trial) <= max_width:
                line = trial
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
    return lines


def _hex(c: str) -> tuple[int, int, int]:
    c = c.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def gradient(w: int, h: int, top: str, bottom: str, glow_at: tuple[float, float] = (0.8, 0.2)) -> Image.Image:
    """A vertical gradient with a soft diagonal glow at ``glow_at`` (numpy, a few ms at 1080x1920)."""
    import numpy as np
    from PIL import Image

    sw, sh = max(2, w // 8), max(2, h // 8)  # smooth: compute small, upscale (25x faster than full size)
    t = np.linspace(0, 1, sh, dtype=np.float32)[:, None, None]
    a, b = np.array(_hex(top), np.float32), np.array(_hex(bottom), np.float32)
    img = a * (1 - t) + b * t
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    gx, gy = glow_at
    glow = np.exp(-(((xx - sw * gx) / (sw * 0.6)) ** 2 + ((yy - sh * gy) / (sh * 0.35)) ** 2))[..., None]
    img = img * (1 - 0.25 * glow) + 255 * 0.25 * glow
    small = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    return small.resize((w, h), Image.BICUBIC)


@dataclass(frozen=True)
class TextBlock:
    """On-screen text laid out in a frame: wrapped lines, font size, and its box (pill included)."""

    lines: tuple[str, ...]
    size: int
    box: tuple[int, int, int, int]


def text_block(text: str, w: int, h: int, layout: str = "center") -> TextBlock | None:
    """Wrap ``text`` inside the safe area (never mid-word), never smaller than the captions, and place it."""
    text = re.sub(r"~([^~\s](?:[^~]{0,28}[^~\s])?)~", r"\1", drawable(text))  # (WhatsApp's strike marks)
    if not text:
        return None
    left, top, right, bottom = safe_area(w, h)
    cap_y, _, cap_size = caption_geometry(w, h)
    size = int(min(w, h) * (0.095 if len(text) < 24 else 0.08))
    pad = int(size * 0.35)
    lines = wrap(text, font(size), right - left - 2 * pad)
    while len(lines) > 3 and size > cap_size:  # shrink a little, but never below the caption size
        size = max(cap_size, int(size * 0.9))
        lines = wrap(text, font(size), right - left - 2 * pad)
        pad = int(size * 0.35)
    fnt = font(size)
    line_h = int(size * 1.22)
    block_w = int(max(fnt.getlength(x) for x in lines)) + 2 * pad
    block_h = line_h * len(lines) + 2 * pad
    x0 = left + ((right - left) - block_w) // 2
    gap = int(h * 0.02)
    if layout == "top":
        y0 = top
    elif layout == "bottom":
        y0 = cap_y - gap - block_h
    else:
        y0 = top + (cap_y - top) // 2 - block_h // 2
    y0 = max(top, min(y0, bottom - block_h))
    return TextBlock(tuple(lines), size, (x0, y0, x0 + block_w, y0 + block_h))


def text_overlay(block: TextBlock, *, pill: bool = True, color=(255, 255, 255)) -> Image.Image:
    """The text block as its own RGBA picture (composited over the moving picture, so it never drifts).

    On photos the text sits on a translucent rounded pill instead of darkening part of the photo.
    """
    from PIL import Image, ImageDraw

    x0, y0, x1, y1 = block.box
    img = Image.new("RGBA", (x1 - x0, y1 - y0), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    size = block.size
    if pill:
        draw.rounded_rectangle(
            (0, 0, x1 - x0 - 1, y1 - y0 - 1), radius=int(size * 0.45), fill=(12, 12, 20, 165)
        )
    fnt = font(size)
    pad = int(size * 0.35)
    line_h = int(size * 1.22)
    y = pad
    for line in block.lines:
        lw = fnt.getlength(line)
        x = (x1 - x0 - lw) / 2
        if not pill:  # cards: a soft shadow instead of the pill
            draw.text((x + size * 0.05, y + size * 0.06), line, font=fnt, fill=(0, 0, 0, 120))
        draw.text((x, y), line, font=fnt, fill=color, stroke_width=max(2, size // 30), stroke_fill=(0, 0, 0))
        y += line_h
    return img


def open_image(path: str | Path) -> Image.Image:
    """Open the participant's picture with a clear bilingual error when it is missing or broken."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    p = Path(path)
    if not p.exists():
        raise InputError(
            "E085", "Gambar tidak ditemukan.", "Image not found.",
            hint="Periksa nama file dan foldernya / check the file name and folder", value=str(p),
        )  # fmt: skip
    try:
        im = Image.open(p)
        im.load()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise InputError(
            "E086", "Gambar rusak atau formatnya tidak dikenal.", "The image is corrupt or of an unknown format.",
            hint="Simpan ulang sebagai JPG atau PNG / save it again as JPG or PNG", value=str(p),
        ) from exc  # fmt: skip
    return ImageOps.exif_transpose(im).convert("RGB")


def blurred(im: Image.Image, w: int, h: int) -> Image.Image:
    """A soft, slightly darkened copy covering w x h: the backdrop for a photo fitted whole."""
    from PIL import Image, ImageEnhance, ImageFilter

    small = cover(
        im.copy().resize((max(8, im.width // 8), max(8, im.height // 8))), max(8, w // 8), max(8, h // 8)
    )
    small = small.filter(ImageFilter.GaussianBlur(radius=4))
    return ImageEnhance.Brightness(small.resize((w, h), Image.BICUBIC)).enhance(0.7)


def cover(im: Image.Image, w: int, h: int) -> Image.Image:
    """Crop-to-fit around the centre (used for backdrops; photos use :func:`place`)."""
    from PIL import Image

    scale = max(w / im.width, h / im.height)
    nw, nh = max(w, round(im.width * scale)), max(h, round(im.height * scale))
    im = im.resize((nw, nh), Image.LANCZOS)
    x, y = (nw - w) // 2, (nh - h) // 2
    return im.crop((x, y, x + w, y + h))


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int] | None) -> int:
    if b is None:
        return 0
    return max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))


@dataclass
class Still:
    """One scene's background (no text) plus where its text goes and where the photo's subject is."""

    image: Image.Image
    text: TextBlock | None
    layout: str
    placement: Placement | None = None


def photo_still(im: Image.Image, w: int, h: int, text: str, *, layout: str = "auto", fit: str = "auto",
                focus: tuple[float, float] | None = None, captions: bool = True) -> Still:  # fmt: skip
    """Place a photo so its subject is clear of the on-screen text and the captions."""
    from PIL import Image

    fc: Focus = given_focus(*focus) if focus else find_focus(im)
    cap_y = caption_geometry(w, h)[0] if captions else h
    _, top, _, _ = safe_area(w, h)
    gap = int(h * 0.015)
    best = None
    for lay in [layout] if layout != "auto" else ["top", "bottom"]:
        blk = text_block(text, w, h, lay)
        if blk is None:
            band = (0, cap_y - gap)
        elif lay == "top":
            band = (blk.box[3] + gap, cap_y - gap)
        elif lay == "bottom":
            band = (top, blk.box[1] - gap)
        else:
            band = (0, cap_y - gap)
        pl = place(im.width, im.height, w, h, fc, fit=fit, band=band)
        cap_box = (0, cap_y, w, h) if captions else None
        score = (_overlap(pl.box, blk.box if blk else None) + _overlap(pl.box, cap_box), pl.mode != "cover")
        if best is None or score < best[0]:
            best = (score, lay, blk, pl)
    _, lay, blk, pl = best
    sw, sh = max(1, round(im.width * pl.scale)), max(1, round(im.height * pl.scale))
    photo = im.resize((sw, sh), Image.LANCZOS)
    canvas = blurred(im, w, h) if pl.mode == "contain" else Image.new("RGB", (w, h))
    canvas.paste(photo, (round(pl.left), round(pl.top)))
    return Still(canvas, blk, lay, pl)


def scene_still(scene: Any, w: int, h: int, *, base_dir: Path | None = None, captions: bool = True) -> Still:
    """The background of one scene at w x h (gradient card or placed photo) and its text block."""
    vis = scene.visual
    if vis.kind == "image" and vis.path:
        path = Path(vis.path)
        if not path.is_absolute() and base_dir is not None and (base_dir / path).exists():
            path = base_dir / path
        return photo_still(open_image(path), w, h, scene.on_screen_text, layout=vis.layout, fit=vis.fit,
                           focus=vis.focus, captions=captions)  # fmt: skip
    top, bottom, _ = PALETTES.get(vis.palette, PALETTES["sunset"])
    layout = "center" if vis.layout == "auto" else vis.layout
    return Still(gradient(w, h, top, bottom), text_block(scene.on_screen_text, w, h, layout), layout)


# ---------------------------------------------------------------- word-highlight caption states


def caption_pages(words: list[Any], fnt: Any, max_width: int, max_lines: int = 2) -> list[list[int]]:
    """Group word indices into pages that fit in ``max_lines`` lines; a sentence end starts a new page."""
    pages: list[list[int]] = []
    cur: list[int] = []
    for i, wd in enumerate(words):
        trial = " ".join(words[j].text for j in [*cur, i])
        if cur and len(wrap(trial, fnt, max_width)) > max_lines:
            pages.append(cur)
            cur = []
        cur.append(i)
        if re.search(r"[.!?]$", wd.text) and len(cur) >= 2:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    return pages


def caption_image(words: list[str], current: int, w: int, box_h: int, size: int, frame_h: int) -> Image.Image:
    """One caption state: the page's words, white with a black outline, the current one highlighted."""
    from PIL import Image, ImageDraw

    fnt = font(size)
    img = Image.new("RGBA", (w, box_h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    left, _, right, _ = safe_area(w, frame_h)
    max_w = right - left
    lines: list[list[int]] = [[]]
    for i, _word in enumerate(words):
        trial = " ".join(words[j] for j in [*lines[-1], i])
        if lines[-1] and fnt.getlength(trial) > max_w:
            lines.append([])
        lines[-1].append(i)
    line_h = int(size * 1.25)
    y = (box_h - line_h * len(lines)) // 2
    space = fnt.getlength(" ")
    stroke = max(3, size // 12)
    for line in lines:
        widths = [fnt.getlength(words[i]) for i in line]
        x = left + (max_w - (sum(widths) + space * (len(line) - 1))) / 2
        for i, wd in zip(line, widths):
            if i == current:
                pad = size * 0.12
                draw.rounded_rectangle(
                    (x - pad, y - pad * 0.3, x + wd + pad, y + size * 1.12),
                    radius=size // 5,
                    fill=(124, 58, 237, 235),
                )
                fill = HIGHLIGHT
            else:
                fill = (255, 255, 255, 255)
            draw.text((x, y), words[i], font=fnt, fill=fill, stroke_width=stroke, stroke_fill=(0, 0, 0, 255))
            x += wd + space
        y += line_h
    return img


__all__ = [
    "scene_still",
    "photo_still",
    "text_block",
    "text_overlay",
    "TextBlock",
    "Still",
    "caption_geometry",
    "caption_image",
    "caption_pages",
    "safe_area",
    "font",
    "cover",
    "open_image",
    "PALETTES",
]
