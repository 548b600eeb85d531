"""Where things go in the frame: platform safe areas, the subject of a photo, how a photo fills the frame.

Safe area (TikTok / Reels / Shorts overlay their buttons and captions): keep the top 10%, the right 15%
(like/comment column) and the bottom 22% free of text, in every preset.

The subject ("focus") of a photo is found with a simple numpy heuristic: colour distance from the photo's
average colour, edge energy and skin tones, smoothed, thresholded; the participant can set it instead
(``Visual.focus=(x, y)`` as fractions). A photo either covers the frame, cropped around its subject, or is
fitted whole over a blurred copy of itself when cropping would lose too much.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image

SAFE_TOP, SAFE_RIGHT, SAFE_BOTTOM, SAFE_LEFT = 0.10, 0.15, 0.22, 0.05
KEEP_MIN = 0.62  # "auto" fit: cover only when at least this much of the photo's area stays visible


def safe_area(w: int, h: int) -> tuple[int, int, int, int]:
    """Box (left, top, right, bottom) clear of the platforms' buttons and captions UI, any aspect ratio."""
    return int(w * SAFE_LEFT), int(h * SAFE_TOP), int(w * (1 - SAFE_RIGHT)), int(h * (1 - SAFE_BOTTOM))


def caption_geometry(w: int, h: int) -> tuple[int, int, int]:
    """(box top y, box height, font size) for captions: the bottom of the safe area."""
    _, _, _, bottom = safe_area(w, h)
    size = int(min(w, h) * (0.062 if h > w else 0.05))
    box_h = int(size * 1.25 * 2 + size * 0.6)
    return bottom - box_h, box_h, size


PHONE_MM, ARM_MM = 70.0, 600.0  # a phone held upright shows any video across its ~70 mm width, at arm's length
READABLE_ARCMIN = 18.0  # a cap height of this many minutes of arc reads at a glance (~12 pt print at 45 cm)


def arcmin(px: float, frame_w: int) -> float:
    """How big ``px`` pixels of a ``frame_w``-wide video look on a phone held upright at arm's length, in
    minutes of arc (the video fills the phone's width whatever its shape, so wide frames shrink)."""
    return px / frame_w * PHONE_MM / ARM_MM * 180 / 3.141592653589793 * 60


@dataclass(frozen=True)
class Focus:
    """The subject of a photo as fractions of its width/height: centre and box."""

    cx: float
    cy: float
    x0: float
    y0: float
    x1: float
    y1: float


def find_focus(im: Image.Image) -> Focus:
    """Saliency: colour distance from the mean, edge energy and skin tones; the box holding its core."""
    import numpy as np

    small = im.convert("RGB").copy()
    small.thumbnail((160, 160))
    a = np.asarray(small, dtype=np.float32) / 255.0
    h, w = a.shape[:2]
    # colour rarity: distance from the photo's median colour (backgrounds are the common colour)
    dist = np.sqrt(((a - np.median(a.reshape(-1, 3), axis=0)) ** 2).sum(axis=2))
    gray = a.mean(axis=2)
    gy, gx = np.gradient(gray)
    edges = np.sqrt(gx**2 + gy**2)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    skin = ((r > 0.37) & (g > 0.16) & (b > 0.08) & (r > g) & (r > b) & (r - np.minimum(g, b) > 0.06)
            & (np.abs(r - g) > 0.06)).astype(np.float32)  # fmt: skip
    sal = dist / (dist.max() + 1e-6) + 0.6 * edges / (edges.max() + 1e-6) + 0.3 * skin
    # blur (box filter, separable) so the subject is a blob, not its outline
    k = max(3, min(h, w) // 12)
    ker = np.ones(k, np.float32) / k
    sal = np.apply_along_axis(lambda v: np.convolve(v, ker, mode="same"), 0, sal)
    sal = np.apply_along_axis(lambda v: np.convolve(v, ker, mode="same"), 1, sal)
    # centre bias, weak: ties go to the middle
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sal *= 1.0 - 0.25 * (((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 2)
    mask = sal >= sal.max() * 0.6
    ys, xs = np.nonzero(mask)
    if ys.size == 0 or sal.max() < 1e-3:  # a flat picture: no subject, keep the middle
        return Focus(0.5, 0.5, 0.3, 0.3, 0.7, 0.7)
    wts = sal[ys, xs]
    cx, cy = float((xs * wts).sum() / wts.sum() + 0.5) / w, float((ys * wts).sum() / wts.sum() + 0.5) / h
    return Focus(cx, cy, xs.min() / w, ys.min() / h, (xs.max() + 1) / w, (ys.max() + 1) / h)


def given_focus(x: float, y: float) -> Focus:
    """A focus the participant set: a box of 30% around the point."""
    x, y = min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)
    return Focus(x, y, max(0.0, x - 0.15), max(0.0, y - 0.15), min(1.0, x + 0.15), min(1.0, y + 0.15))


@dataclass(frozen=True)
class Placement:
    """How a photo sits in a w x h frame: scaled size, offset, mode, and the subject box in frame pixels."""

    mode: str  # "cover" | "contain"
    scale: float
    left: float  # photo's top-left corner in frame pixels (negative when cropped)
    top: float
    box: tuple[int, int, int, int]  # subject box in frame pixels (x0, y0, x1, y1)


def kept_fraction(iw: int, ih: int, w: int, h: int) -> float:
    """Share of the photo's area still visible when it covers a w x h frame."""
    r_img, r_frame = iw / ih, w / h
    return min(r_img, r_frame) / max(r_img, r_frame)


def place(iw: int, ih: int, w: int, h: int, focus: Focus, *, fit: str = "auto",
          band: tuple[int, int] | None = None) -> Placement:  # fmt: skip
    """Place a photo: cover (crop around the subject, kept inside ``band`` when possible) or contain.

    ``band`` (top, bottom) is the clear vertical region between the on-screen text and the captions; a
    contained photo is fitted into it, a covering photo moves so its subject lands in it.
    """
    top_b, bot_b = band or (0, h)
    mode = fit
    if fit == "auto":
        mode = "cover" if kept_fraction(iw, ih, w, h) >= KEEP_MIN else "contain"
    if mode == "cover":
        s = max(w / iw, h / ih)
        sw, sh = iw * s, ih * s
        fx0, fy0, fx1, fy1 = focus.x0 * sw, focus.y0 * sh, focus.x1 * sw, focus.y1 * sh
        left = min(0.0, max(w - sw, w / 2 - focus.cx * sw))
        # vertically: subject centred in the clear band when the crop allows it
        want = (top_b + bot_b) / 2 - (fy0 + fy1) / 2
        top = min(0.0, max(h - sh, want))
        box = (int(left + fx0), int(top + fy0), int(left + fx1), int(top + fy1))
        inside = box[1] >= top_b - 2 and box[3] <= bot_b + 2 and box[0] >= -2 and box[2] <= w + 2
        if fit == "cover" or inside:
            return Placement("cover", s, left, top, box)
    # contain: as large as possible (up to the whole frame) while the subject lands inside the band; the
    # photo may run past the frame edge by a fifth of its height, the rest shows the blurred copy
    full = min(w / iw, h / ih)
    band_fit = min(w / iw, max(1, bot_b - top_b) / ih)
    s, left, top = band_fit, (w - iw * band_fit) / 2, top_b + ((bot_b - top_b) - ih * band_fit) / 2
    for step in range(9):
        cand = full * (band_fit / full) ** (step / 8) if full > 0 else band_fit
        sw, sh = iw * cand, ih * cand
        fy0, fy1 = focus.y0 * sh, focus.y1 * sh
        if fy1 - fy0 > bot_b - top_b:
            continue
        slack = 0.2 * sh
        lo, hi = min(0.0, h - sh) - slack, max(0.0, h - sh) + slack
        t = min(max((top_b + bot_b) / 2 - (fy0 + fy1) / 2, lo), hi)
        lft = min(max(w / 2 - focus.cx * sw, min(0.0, w - sw)), max(0.0, w - sw))
        if t + fy0 >= top_b and t + fy1 <= bot_b:
            s, left, top = cand, lft, t
            break
    sw, sh = iw * s, ih * s
    box = (int(left + focus.x0 * sw), int(top + focus.y0 * sh), int(left + focus.x1 * sw),
           int(top + focus.y1 * sh))  # fmt: skip
    return Placement("contain", s, left, top, box)


__all__ = [
    "safe_area", "caption_geometry", "Focus", "find_focus", "given_focus", "Placement", "place",
    "kept_fraction", "SAFE_TOP", "SAFE_RIGHT", "SAFE_BOTTOM", "arcmin", "READABLE_ARCMIN",
]  # fmt: skip
