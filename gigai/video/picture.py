"""The photo as a scene's hero (used by gigai.video.looks): how it fills its box around its subject, where it goes
(the whole frame, a product card, a panel beside the words, a clear band over a blurred copy) and the brand
gradient behind it; the scrims that keep white words readable over it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gigai.video.layout import Focus
from gigai.video.templates import Look
from gigai.video.visuals import blurred, gradient

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image


def fill_box(im: Image.Image, bw: int, bh: int, fc: Focus, band: tuple[float, float] | None = None
             ) -> tuple[Image.Image, tuple[float, float, float, float], bool]:  # fmt: skip
    """Crop-to-fill ``im`` into bw x bh around its subject, the subject inside ``band`` (top, bottom) when it can be
    (zooming in up to 1.5x for room to move); the result, the subject box in its pixels, and whether it fits."""
    from PIL import Image

    best = None
    for extra in (1.0, 1.12, 1.25, 1.4, 1.5):
        s = max(bw / im.width, bh / im.height) * extra
        sw, sh = im.width * s, im.height * s
        lo, hi = band if band else (0.0, float(bh))
        left = min(0.0, max(bw - sw, bw / 2 - fc.cx * sw))
        top = min(0.0, max(bh - sh, (lo + hi) / 2 - (fc.y0 + fc.y1) / 2 * sh))
        sub = (left + fc.x0 * sw, top + fc.y0 * sh, left + fc.x1 * sw, top + fc.y1 * sh)
        fits = sub[1] >= lo - 1 and sub[3] <= hi + 1
        if best is None or fits:
            best = (s, left, top, sub, fits)
        if fits or band is None:
            break
    s, left, top, sub, fits = best
    crop = (-left / s, -top / s, (-left + bw) / s, (-top + bh) / s)
    return im.resize((bw, bh), Image.LANCZOS, box=crop), sub, fits


def _rounded(im: Image.Image, radius: int) -> Image.Image:
    from PIL import Image, ImageDraw

    mask = Image.new("L", im.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, im.width - 1, im.height - 1), radius=radius, fill=255)
    out = im.convert("RGBA")
    out.putalpha(mask)
    return out


def _shade(img: Image.Image, side: str, reach: float, alpha: int) -> Image.Image:
    """Darken one side of the picture (a gradient band) so white headlines read over any photo."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img, np.float32)
    h, w = a.shape[:2]
    n = w if side == "left" else h
    ramp = np.clip(1 - np.arange(n, dtype=np.float32) / max(1, n * reach), 0, 1) ** 1.5 * alpha / 255
    ramp = ramp[None, :, None] if side == "left" else ramp[:, None, None]
    return Image.fromarray((a * (1 - ramp)).astype(np.uint8), "RGB")


def _band_scrim(img: Image.Image, y0: int, y1: int, alpha: int) -> Image.Image:
    """Darken the rows y0..y1 (fading out over a tenth of the height on each side): white words read there while the
    rest of the photo keeps its light."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img, np.float32)
    h = a.shape[0]
    ys = np.arange(h, dtype=np.float32)
    out = np.maximum(y0 - ys, ys - y1).clip(0) / max(1, h * 0.1)
    ramp = (1 - out.clip(0, 1)) ** 1.5 * alpha / 255
    return Image.fromarray((a * (1 - ramp[:, None, None])).astype(np.uint8), "RGB")


def backdrop(look: Look, w: int, h: int, glow: tuple[float, float] = (0.8, 0.2), flip: bool = False) -> Image.Image:
    """The brand gradient behind cards and product photos; a flipped look turns it upside down, its glow low."""
    top, bottom = (look.bg, look.bg2) if look.flip == flip else (look.bg2, look.bg)
    return gradient(w, h, top, bottom, glow if not look.flip else (1 - glow[0], 1 - glow[1] * 0.5))


GROW = 1.2  # how much a photo grows over its scene at most (punch-in and punch cut, gigai.video.encode)


def grow_point(a: float, b: float, lo: float, hi: float) -> float:
    """The point to grow around so that [a, b], grown by GROW, stays inside [lo, hi] (else its centre)."""
    z = GROW
    least, most = (b * z - hi) / (z - 1), (a * z - lo) / (z - 1)
    c = (a + b) / 2
    return min(max(c, least), most) if least <= most else c  # (the caller keeps it inside the frame)


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))


def picture(
    look: Look,
    w: int,
    h: int,
    photo: Image.Image,
    fc: Focus,
    text_box: tuple[int, int, int, int] | None,
    layout: str,
    cap_y: int,
    gap: int,
    fit: str = "auto",
    split: float | None = None,
    side: bool = False,
) -> tuple[Image.Image, tuple[int, int, int, int], tuple[float, ...], bool]:
    """The photo as the hero: a product card (produk), else the whole frame; its subject clear of the words.

    ``split``: in a wide frame, the x where a side panel photo ends (produk, left) or starts (a tall photo, right),
    so the words beside it get the width they need. ``side``: the photo on the right of the words whatever its shape
    (a square frame whose words on top or below would cover the subject)."""
    from PIL import Image, ImageDraw, ImageFilter

    portrait, landscape = h > w * 1.2, w > h * 1.2
    t0, t1 = (text_box[1], text_box[3]) if text_box else (int(h * 0.1), int(h * 0.1) - gap)  # none: safe top
    band = (t1 + gap, cap_y - gap) if layout != "bottom" else (int(h * 0.1), t0 - gap)
    if not text_box:
        band = (int(h * 0.1), cap_y - gap)
    kept = min(photo.width / photo.height, w / h) / max(photo.width / photo.height, w / h)
    canvas = None
    if look.style == "produk":
        canvas = backdrop(look, w, h)
        if landscape and not side:
            box = (0, 0, int(split if split is not None else w * 0.52), h)
            band = (int(h * 0.1), cap_y - gap)
        elif side:  # the product card on the right of the words and the sticker
            box = (int(split if split is not None else w * 0.5), 0, w, h)
            band = (int(h * 0.1), cap_y - gap)
        elif portrait and layout != "bottom":
            box = (int(w * 0.06), t1 + gap, int(w * 0.94), max(t1 + gap + int(w * 0.6), cap_y - gap))
        elif portrait:
            box = (int(w * 0.06), int(h * 0.1), int(w * 0.94), t0 - gap)
        else:
            box = (0, t1 + gap, w, h) if layout != "bottom" else (0, 0, w, t0 - gap)
    elif fit == "cover":  # the participant asked for the whole frame
        box = (0, 0, w, h)
    elif (landscape and kept < 0.6) or side:  # a tall photo in a wide frame: the right part, the words on the left
        box = (int(split if split is not None else w * 0.5), 0, w, h)
        band = (int(h * 0.1), cap_y - gap)
        canvas = backdrop(look, w, h)
    elif (
        kept < 0.45 and not landscape
    ):  # a wide photo in a tall frame: a full-width square above the captions
        box = (0, max(0, cap_y - gap - w), w, cap_y - gap)
        canvas = blurred(photo, w, h)
    else:
        box = (0, 0, w, h)
    bw, bh = box[2] - box[0], max(2, box[3] - box[1])
    rel = (max(0, band[0] - box[1]), max(1, min(bh, band[1] - box[1])))
    pic, sub, fits = fill_box(photo, bw, bh, fc, rel if rel[1] - rel[0] > bh * 0.2 else None)
    if (
        not fits and (landscape or side) and box[3] == h and canvas is not None
    ):  # a side panel: end it above the captions
        box = (box[0], 0, box[2], band[1])
        bw, bh = box[2] - box[0], band[1]
        pic, sub, fits = fill_box(photo, bw, bh, fc, (band[0], band[1]))
    if (
        not fits and canvas is None and fit != "cover" and band[1] - band[0] >= h * 0.3
        and (text_box is None or box[1] + sub[3] > cap_y
             or overlap((box[0] + sub[0], box[1] + sub[1], box[0] + sub[2], box[1] + sub[3]), text_box)
             > 0.2 * overlap(text_box, text_box))
    ):  # the subject at an edge of the photo, under the captions or much of it under the words: fill
        box, canvas = (0, band[0], w, band[1]), blurred(photo, w, h)  # the clear band, full width, instead
        bw, bh = w, band[1] - band[0]
        pic, sub, fits = fill_box(photo, bw, bh, fc)
    if canvas is None:
        canvas = pic
    elif look.style == "produk" and box[0] > 0:  # the product card: rounded, on a soft shadow
        r = int(w * 0.04)
        shadow = Image.new("L", (w, h), 0)
        ImageDraw.Draw(shadow).rounded_rectangle(
            (box[0] + 8, box[1] + 16, box[2] + 8, box[3] + 16), r, fill=150
        )
        canvas.paste(Image.new("RGB", (w, h), (0, 0, 0)), (0, 0), shadow.filter(ImageFilter.GaussianBlur(18)))
        card = _rounded(pic, r)
        canvas.paste(card, box[:2], card)
    else:
        canvas.paste(pic, box[:2])
    if look.style == "kinetik" and text_box:
        if layout != "bottom" and box[0] == 0 and landscape:
            canvas = _shade(canvas, "left", 0.65, 190)
        elif layout != "bottom" and box[0] == 0:  # a scrim from the top down to the words' last line
            canvas = _band_scrim(canvas, 0, text_box[3], 170)
        elif box[0] == 0 and box[1] == 0:  # words low on a full-bleed photo: a scrim behind their band only
            canvas = _band_scrim(canvas, text_box[1], text_box[3], 170)
    subject = (box[0] + sub[0], box[1] + sub[1], box[0] + sub[2], box[1] + sub[3])
    return canvas, box, subject, fits


__all__ = ["GROW", "fill_box", "grow_point", "picture", "backdrop", "overlap"]
