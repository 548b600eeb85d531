"""Scene pictures drawn with Pillow: typographic cards, the participant's photos cropped to fit, captions.

Pillow draws each still once (a few PNGs per scene); ffmpeg then animates them (zoom, crossfade,
overlay), because per-frame Python compositing was 5-30x slower in our measurements.
Text is drawn with the bundled OFL font Plus Jakarta Sans (assets/fonts, licence beside it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigai.errors import InputError
from gigai.video.normalize import drawable

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image

ASSETS = Path(__file__).resolve().parents[2] / "assets"
FONT_PATH = ASSETS / "fonts" / "PlusJakartaSans-Variable.ttf"
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


def safe_area(w: int, h: int) -> tuple[int, int, int, int]:
    """Box (left, top, right, bottom) clear of the platform's buttons and captions UI.

    9:16 (TikTok/Reels/Shorts): keep ~8% top, ~22% bottom, ~12% right (like/comment column) free.
    """
    if h > w:
        return int(w * 0.06), int(h * 0.08), int(w * 0.88), int(h * 0.78)
    return int(w * 0.06), int(h * 0.07), int(w * 0.94), int(h * 0.90)


@lru_cache(maxsize=32)
def font(size: int, weight: int = 800) -> Any:
    """The bundled font at ``size`` px and a weight from 200 to 800 (variable font axis)."""
    from PIL import ImageFont

    f = ImageFont.truetype(str(FONT_PATH), size)
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


def gradient(w: int, h: int, top: str, bottom: str) -> Image.Image:
    """A vertical gradient with a soft diagonal glow (numpy, a few ms at 1080x1920)."""
    import numpy as np
    from PIL import Image

    sw, sh = max(2, w // 8), max(2, h // 8)  # smooth: compute small, upscale (25x faster than full size)
    t = np.linspace(0, 1, sh, dtype=np.float32)[:, None, None]
    a, b = np.array(_hex(top), np.float32), np.array(_hex(bottom), np.float32)
    img = a * (1 - t) + b * t
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    glow = np.exp(-(((xx - sw * 0.8) / (sw * 0.6)) ** 2 + ((yy - sh * 0.2) / (sh * 0.35)) ** 2))[..., None]
    img = img * (1 - 0.25 * glow) + 255 * 0.25 * glow
    small = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    return small.resize((w, h), Image.BICUBIC)


def draw_text_block(img: Image.Image, text: str, *, layout: str = "center", color=(255, 255, 255)) -> None:
    """Big on-screen text, wrapped inside the safe area, with a shadow so it reads on photos."""
    from PIL import ImageDraw

    text = drawable(text)
    if not text:
        return
    w, h = img.size
    left, top, right, bottom = safe_area(w, h)
    size = int(min(w, h) * (0.11 if len(text) < 24 else 0.085))
    fnt = font(size)
    lines = wrap(text, fnt, right - left)
    while len(lines) > 4 and size > 24:
        size = int(size * 0.85)
        fnt = font(size)
        lines = wrap(text, fnt, right - left)
    line_h = int(size * 1.18)
    block_h = line_h * len(lines)
    if layout == "top":
        y = top + int(h * 0.04)
    elif layout == "bottom":
        y = bottom - block_h - int(h * 0.18)
    else:
        y = top + (bottom - top) // 2 - block_h // 2 - int(h * 0.08)
    draw = ImageDraw.Draw(img)
    for line in lines:
        lw = fnt.getlength(line)
        x = left + ((right - left) - lw) / 2
        draw.text((x + size * 0.05, y + size * 0.06), line, font=fnt, fill=(0, 0, 0, 140))
        draw.text((x, y), line, font=fnt, fill=color, stroke_width=max(2, size // 28), stroke_fill=(0, 0, 0))
        y += line_h


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


def cover(im: Image.Image, w: int, h: int) -> Image.Image:
    """Crop-to-fit: scale so the picture covers w x h, then crop the centre (no black bars)."""
    from PIL import Image

    scale = max(w / im.width, h / im.height)
    nw, nh = max(w, round(im.width * scale)), max(h, round(im.height * scale))
    im = im.resize((nw, nh), Image.LANCZOS)
    x, y = (nw - w) // 2, (nh - h) // 2
    return im.crop((x, y, x + w, y + h))


def scene_card(scene: Any, w: int, h: int, *, base_dir: Path | None = None) -> Image.Image:
    """The still of one scene at w x h: gradient card or photo, with its on-screen text."""
    from PIL import Image

    vis = scene.visual
    if vis.kind == "image" and vis.path:
        path = Path(vis.path)
        if not path.is_absolute() and base_dir is not None and (base_dir / path).exists():
            path = base_dir / path
        img = cover(open_image(path), w, h)
        if scene.on_screen_text:  # darken the top so white text reads on any photo
            import numpy as np

            ramp = np.clip(np.linspace(170, -60, h, dtype=np.float32), 0, 255).astype(np.uint8)
            shade = Image.fromarray(ramp[:, None].repeat(w, 1), "L")
            img = Image.composite(Image.new("RGB", (w, h), (0, 0, 0)), img, shade)
    else:
        top, bottom, _ = PALETTES.get(vis.palette, PALETTES["sunset"])
        img = gradient(w, h, top, bottom)
    layout = vis.layout if vis.kind == "card" else "top"
    draw_text_block(img, scene.on_screen_text, layout=layout)
    return img


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


def caption_image(words: list[str], current: int, w: int, box_h: int, size: int) -> Image.Image:
    """One caption state: the page's words, white with a black outline, the current one highlighted."""
    from PIL import Image, ImageDraw

    fnt = font(size)
    img = Image.new("RGBA", (w, box_h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    left, _, right, _ = safe_area(w, 2 * w)
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


def caption_geometry(w: int, h: int) -> tuple[int, int, int]:
    """(box top y, box height, font size) for captions: lower middle of the safe area."""
    left, top, right, bottom = safe_area(w, h)
    size = int(min(w, h) * (0.068 if h > w else 0.055))
    box_h = int(size * 1.25 * 2 + size)
    y = bottom - box_h - (int(h * 0.03) if h > w else 0)
    return y, box_h, size


__all__ = [
    "scene_card",
    "caption_image",
    "caption_pages",
    "safe_area",
    "font",
    "cover",
    "open_image",
    "PALETTES",
]
