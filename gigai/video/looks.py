"""Drawing one scene in a style (gigai.video.templates): the picture, the headline, the price sticker.

Photo scenes: the photo is the hero (gigai.video.picture: a full-bleed fill, a big card or a panel beside the
words, cropped around its subject; of the layouts tried, the one that covers least of the subject wins) and the
headline is a separate RGBA overlay composited after the punch-in, so it never drifts. Text-only cards bake
the headline into the picture, so the punch-in makes the words themselves grow (kinetic type); they are
laid out small enough that the grown text stays inside the safe area.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gigai.video.headline import NBSP, Lines, draw_lines, lay_contact, lay_lines, split_contact
from gigai.video.layout import READABLE_ARCMIN, arcmin, caption_geometry, find_focus, given_focus, safe_area
from gigai.video.picture import GROW, backdrop, grow_point, overlap, picture
from gigai.video.stickers import split_price, sticker
from gigai.video.templates import Look
from gigai.video.visuals import _hex, font

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image

CARD_ZOOM = 0.08  # a text card grows this much over its scene (kept in mind when laying out its text)
CARD_MOST = 0.2  # a text card's words start this big (of the frame's short side) and shrink until they fit
CARD_LINES = 4  # ... on at most this many lines: short headlines fill the card whatever the frame's shape


@dataclass
class Words:
    """The words of a scene as laid out: one block of lines, or a contact (the words around it smaller, above)."""

    parts: list[Lines]

    @property
    def box(self) -> tuple[int, int, int, int]:
        bs = [p.box for p in self.parts]
        return min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)

    @property
    def size(self) -> int:
        return max(p.size for p in self.parts)


def _words(text: str, area: tuple[int, int, int, int], most: float, least: int, align: str, valign: str,
           lines: int, boxed: bool) -> Words | None:  # fmt: skip
    """A phone, handle or URL with a few words around it is laid out as a contact (gigai.video.headline), else a
    headline from ``most`` down until it fits ``lines`` lines in ``area`` (``boxed``: the key word gets a box)."""
    got = lay_contact(text, area, int(most), least, align, valign=valign, boxed=boxed)
    if got:
        return Words(got)
    one = lay_lines(text, area, int(most), least, align, valign=valign, max_lines=lines, boxed=boxed)
    return Words([one]) if one else None


def _readable_contact(text: str, w: int, boxed: bool) -> tuple[int, int] | None:
    """For a contact line: the font size whose capitals read at arm's length on a ``w``-wide frame
    (gigai.video.layout.arcmin) and the width its longest unbreakable piece takes at that size (a phone never
    breaks; a handle or URL may break after its dots and slashes), padding included; None for other words."""
    got = split_contact(text)
    if got is None:
        return None
    b = font(100).getbbox("H0")
    size = int(READABLE_ARCMIN / arcmin(1, w) / ((b[3] - b[1]) / 100) * 1.04) + 1
    fnt = font(size)
    pieces = [p for c in got[1] for p in ([c] if re.search(r"\d{3}", c) else re.split(r"(?<=[./_])", c)) if p]
    need = max(fnt.getlength(p) for p in pieces) + 2 * int(size * 0.22) + (2 * 0.14 * size if boxed else 0)
    return size, int(need) + 2


@dataclass
class Drawn:
    """One scene drawn: the moving picture, the static overlay (photos) and where things are."""

    background: Image.Image
    overlay: Image.Image | None
    overlay_xy: tuple[int, int]
    text_box: tuple[int, int, int, int] | None
    photo_box: tuple[int, int, int, int] | None
    focus_box: tuple[int, int, int, int] | None
    zoom_focus: tuple[float, float]
    headline_size: int = 0
    sticker_box: tuple[int, int, int, int] | None = None
    parts: tuple[tuple[str, int, tuple[int, int, int, int]], ...] = ()  # each block of words: text, size, box


def _accent_card(look: Look, index: int) -> bool:
    """kinetik text cards alternate the brand's dark colour and its accent; a flipped look opens on the accent."""
    return (index + look.flip) % 2 == 1


def _capitals(text: str) -> str:
    """'Promo s/d 31 Des' -> 'PROMO S/D 31 DES'; 'Rp', '35rb', '@kopisenja', 'www.toko.id' keep their case."""
    keep = re.compile(r"(?i)\d|@|\w\.\w|^(?:rp|idr)\.?$")
    return " ".join(w if keep.search(w) else w.upper() for w in text.split(" "))


def _sticker_at(d: int, photo_box: tuple[int, int, int, int] | None, subject: tuple[float, ...] | None,
                region: tuple[int, int, int, int], text_bottom: int, right: int, cap_y: int, gap: int,
                landscape: bool, beside: tuple[int, int, int, int] | None = None) -> tuple[int, int]:  # fmt: skip
    """Where the price sticker goes: on a corner of the product card away from the subject, beside the words when
    they were laid out next to it (``beside``: their box), else under the words."""
    if beside is not None:
        return region[2] - d, max(region[1], min((beside[1] + beside[3] - d) // 2, cap_y - gap - d))
    if photo_box is not None and not landscape:
        x0, y0, x1, y1 = photo_box
        corners = [(min(right - d, x1 - int(d * 0.8)), min(y1 - int(d * 0.75), cap_y - gap - d)),
                   (max(0, x0 - int(d * 0.2)), min(y1 - int(d * 0.75), cap_y - gap - d)),
                   (min(right - d, x1 - int(d * 0.8)), y0 + gap)]  # fmt: skip

        def clash(c: tuple[int, int]) -> float:
            if subject is None:
                return 0.0
            return max(0, min(c[0] + d, subject[2]) - max(c[0], subject[0])) * max(
                0, min(c[1] + d, subject[3]) - max(c[1], subject[1])
            )

        return min(corners, key=clash)
    return (region[0] + region[2] - d) // 2, max(region[1], min(text_bottom + gap, cap_y - gap - d))


def draw_scene(look: Look, w: int, h: int, text: str, *, photo: Image.Image | None = None,
               focus: tuple[float, float] | None = None, index: int = 0, captions: bool = True,
               ai_label: str | None = None, layout: str = "auto", fit: str = "auto") -> Drawn:  # fmt: skip
    """Draw one scene of a video in ``look`` at w x h (see the module doc). ``layout``: where the words go."""
    from PIL import Image, ImageDraw

    left, top, right, bottom = safe_area(w, h)
    cap_y = caption_geometry(w, h)[0] if captions else bottom
    gap = int(h * 0.015)
    portrait, landscape = h > w * 1.2, w > h * 1.2
    st = look.style
    head, old, price = split_price(text)
    if st != "produk":  # the price stays in the headline (the key word); only the sticker style lifts it out
        head, price = text, None
    if look.caps:
        head = _capitals(head)
    base = min(w, h) * (0.13 if portrait else 0.10)
    least = int(min(w, h) * (0.085 if portrait else 0.07))
    region = (left, top, right, cap_y - gap)
    tall = (
        photo is not None
        and fit != "cover"
        and min(photo.width / photo.height, w / h) / max(photo.width / photo.height, w / h) < 0.6
    )
    if st == "produk" and landscape and photo is not None:
        region = (int(w * 0.55), top, right, cap_y - gap)
        base, least = w * 0.055, int(w * 0.04)
    elif landscape and tall:  # the photo takes the right half (see _picture)
        region = (left, top, int(w * 0.48), cap_y - gap)
        base, least = w * 0.055, int(w * 0.04)
    elif st == "kinetik" and landscape and not split_contact(head):  # (a contact takes the whole width)
        region = (left, top, int(w * 0.62), cap_y - gap)
    split = None
    need = _readable_contact(head, w, st == "kinetik") if photo is not None and not portrait else None
    if need:  # a contact on a photo scene reads at arm's length: its panel takes the width that needs
        base, least = max(base, need[0]), max(least, need[0])
        if st == "produk" and landscape:  # the words on the right, the product photo in what is left of the width
            region = (max(left, min(region[0], right - need[1])), region[1], region[2], region[3])
            split = region[0] - int(w * 0.03)
        elif landscape and tall:  # the words on the left, the tall photo on the right
            region = (region[0], region[1], min(right, max(region[2], region[0] + need[1])), region[3])
            split = region[2] + int(w * 0.02)
    if photo is None:  # a text card grows by CARD_ZOOM around its text: lay it out smaller than the safe area
        cx, cy = (region[0] + region[2]) / 2, (region[1] + region[3]) / 2
        k = 1 / (1 + CARD_ZOOM)
        region = (int(cx - (cx - region[0]) * k), int(cy - (cy - region[1]) * k),
                  int(cx + (region[2] - cx) * k), int(cy + (region[3] - cy) * k))  # fmt: skip
    align = "left" if st == "kinetik" and not look.flip else "center"
    d = int(min(w, h) * (0.36 if portrait else 0.3 if landscape else 0.28)) if price else 0
    if price and not head.strip() and photo is None:  # the price is the whole message: a big sticker
        d = int(min(w, h) * (0.55 if portrait else 0.42))
    room = d + gap if (photo is None or landscape) else 0
    most, n_lines = (max(base, min(w, h) * CARD_MOST), CARD_LINES) if photo is None else (base, 3)
    fc = (given_focus(*focus) if focus else find_focus(photo)) if photo is not None else None
    photo_box = subject = None
    zf = (0.5, 0.5)
    canvas = None
    lines = None
    beside = False
    places = (
        [layout]
        if layout in ("top", "bottom", "center")
        else ["top"]
        if st == "produk"
        else ["top", "bottom"]
    )
    # a photo under the words (kinetik, ugc): the words may also be smaller (down to the readable least) to leave the
    # subject clear, and in a square frame a photo that is not wide may stand beside them instead (the words on the
    # left, centred); the layout that covers the least of the subject with the words (or touches it) and with the
    # captions wins, ties to the bigger words (the subject-aware crop, gigai.video.layout.find_focus, says where the
    # subject is)
    sizes = [most]
    if photo is not None and st != "produk" and not need and not split_contact(head):  # (a contact stays big)
        sizes += [s for s in (max(least, most * 0.8), least) if s < sizes[-1] - 1]
    tries = [(lay, sz, False) for lay in places for sz in sizes]
    if (photo is not None and not portrait and layout == "auto" and fit != "cover"
            and not (landscape and (tall or st == "produk"))):  # fmt: skip
        sb, sl = (w * 0.055, int(w * 0.04)) if landscape else (base, least)  # (the words in half the width)
        sb, sl = (max(sb, need[0]), max(sl, need[0])) if need else (sb, sl)
        tries += [("center", sz, True) for sz in dict.fromkeys([sb, max(sl, sb * 0.8), sl])]
    beside_photo = photo is not None and landscape and (st == "produk" or tall)  # the words in a panel of their own
    cap_band = (0, cap_y, w, cap_y + caption_geometry(w, h)[1]) if captions else None
    best = None
    for lay, most_try, side in tries:  # "auto": the words on top, unless another layout keeps the subject clear
        valign = "center" if (photo is None or lay == "center" or beside_photo) else lay
        reg, cut, rm, lst = region, split, room, least
        if side:
            reg = (left, top, int(w * 0.5), cap_y - gap)
            if need:
                reg = (left, top, min(right, max(reg[2], left + need[1])), cap_y - gap)
            cut, rm, lst = reg[2] + int(w * 0.02), d + gap if d else 0, min(least, int(most_try))
        lines = _words(head, (reg[0], reg[1], reg[2], reg[3] - rm), most_try, lst, align, valign,
                       n_lines, st == "kinetik")  # fmt: skip
        if rm and not portrait:  # a square or wide frame: the words may be bigger beside the sticker
            side_w = _words(head, (reg[0], reg[1], reg[2] - rm, reg[3]), most_try, lst, align, valign,
                            n_lines, st == "kinetik")  # fmt: skip
            beside = bool(side_w and (not lines or side_w.size > lines.size * 1.05))
            lines = side_w if beside else lines
        if photo is None:
            break
        got = picture(look, w, h, photo, fc, lines.box if lines else None, lay, cap_y, gap, fit, cut, side)
        if side and need and (not lines or lines.size < need[0]):
            continue  # a contact beside the photo must still read at arm's length
        x0, y0, x1, y1 = got[2]  # the subject as the punch-in may grow it (GROW, around its centre at worst)
        mx, my = (x1 - x0) * (GROW - 1) / 2, (y1 - y0) * (GROW - 1) / 2
        grown = (x0 - mx, y0 - my, x1 + mx, y1 + my)
        near = (lines.box[0] - gap, lines.box[1] - gap, lines.box[2] + gap, lines.box[3] + gap) if lines else None
        # captions are small words on part of it: half the weight of the headline
        under = (overlap(grown, near) if near else 0) + (overlap(grown, cap_band) / 2 if cap_band else 0)
        clash = round(20 * under / max(1, overlap(grown, grown)))
        # a photo cut to a strip is worse than words on part of it (in a tall frame a full-width band over a third of
        # the height is a photo of its own, the usual 'words, photo, captions' stack)
        clash += 6 * (got[1][3] - got[1][1] < h * (0.35 if portrait else 0.5))
        clash += 2 * side  # the photo beside the words is smaller: worth it when a tenth of the subject is covered
        rank = (clash, not got[3], -(lines.size if lines else 0))
        if best is None or rank < best[2]:
            best = (lines, got, rank, side, beside, reg)
        # (clash: twentieths of the subject under or touching the words and the captions; then the subject in its
        # band; then the bigger words)
    if best is not None:
        lines, (canvas, photo_box, subject, _) = best[0], best[1]
        beside_photo, beside, region = beside_photo or best[3], best[4], best[5]
    text_bottom = lines.box[3] if lines else top
    if photo is not None:
        lo_y, hi_y = (
            (lines.box[3] + gap, cap_y - gap) if lines and lines.box[1] < h / 2 else (top, cap_y - gap)
        )
        if lines and lines.box[1] >= h / 2:
            hi_y = lines.box[1] - gap
        if beside_photo:  # the words in a panel of their own: the photo may grow over its whole height
            lo_y, hi_y = top, cap_y - gap
        zf = (
            min(1.0, max(0.0, grow_point(subject[0], subject[2], 0.02 * w, 0.98 * w) / w)),
            min(1.0, max(0.0, grow_point(subject[1], subject[3], lo_y, hi_y) / h)),
        )
    else:
        if st == "kinetik":
            canvas = Image.new("RGB", (w, h), _hex(look.accent if _accent_card(look, index) else look.bg))
        elif st == "produk":
            canvas = backdrop(look, w, h, (0.5, 0.35))
        else:
            canvas = backdrop(look, w, h, (0.3, 0.25), flip=True)
        if lines:
            zf = ((lines.box[0] + lines.box[2]) / 2 / w, (lines.box[1] + lines.box[3]) / 2 / h)
    # --- the words (and the sticker): baked into a card, an overlay on a photo
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    if lines and old and st != "produk":  # the old price struck through where there is no sticker
        lines.parts[-1].strike = re.sub(r"(?i)\b(Rp\.?|IDR) (?=\d)", lambda m: m.group(1) + NBSP, old)
    for part in lines.parts if lines else []:
        if st == "kinetik":
            dark = photo is None and _accent_card(look, index)
            draw_lines(layer, part, look, color=look.accent_ink if dark else "#ffffff",
                       box_color=look.bg if dark else look.accent, box_ink="#ffffff" if dark else look.accent_ink,
                       strike_color=look.bg if dark else None)  # fmt: skip
        elif st == "ugc" and look.flip:  # the labels in the brand's accent colour
            draw_lines(layer, part, look, color=look.accent_ink, labels=True, label_fill=look.accent,
                       strike_color=look.accent_ink)  # fmt: skip
        elif st == "ugc":
            draw_lines(layer, part, look, color="#111111", labels=True)
        else:
            draw_lines(layer, part, look)
    boxes = [lines.box] if lines else []
    sticker_box = None
    if price:
        sx, sy = _sticker_at(d, photo_box, subject, region, text_bottom, right, cap_y, gap, landscape or beside_photo,
                             lines.box if beside and lines else None)  # fmt: skip
        layer.alpha_composite(sticker(old, price, d, look), (int(sx), int(sy)))
        sticker_box = (int(sx), int(sy), int(sx) + d, int(sy) + d)
        if not lines:
            zf = ((sx + d / 2) / w, (sy + d / 2) / h)
    if ai_label:
        size = max(12, int(min(w, h) * 0.032))
        f = font(size, 600)
        y = min(max([b[3] for b in [*boxes, *([sticker_box] if sticker_box else [])]] or [top]) + gap,
                cap_y - gap - size)  # fmt: skip
        lw = f.getlength(ai_label)
        mid = (lines.box[0] + lines.box[2]) / 2 if lines else (left + right) / 2  # under the words it signs
        x = min(max(mid - lw / 2, left + size * 0.5), right - lw - size * 0.5)
        dr = ImageDraw.Draw(layer)
        dr.rounded_rectangle((x - size * 0.5, y - size * 0.2, x + lw + size * 0.5, y + size * 1.3), radius=size // 2,
                             fill=(0, 0, 0, 140))  # fmt: skip
        dr.text((x, y), ai_label, font=f, fill=(255, 255, 255, 235))
        boxes.append(
            (int(x - size * 0.5), int(y - size * 0.2), int(x + lw + size * 0.5), int(y + size * 1.3))
        )
    text_box = None
    if boxes:
        text_box = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
    overlay, xy = None, (0, 0)
    everything = [b for b in (text_box, sticker_box) if b]
    if everything:
        if photo is None:
            canvas = canvas.convert("RGBA")
            canvas.alpha_composite(layer)
            canvas = canvas.convert("RGB")
        else:
            u = (min(b[0] for b in everything), min(b[1] for b in everything), max(b[2] for b in everything),
                 max(b[3] for b in everything))  # fmt: skip
            bx = (max(0, u[0]), max(0, u[1]), min(w, u[2]), min(h, u[3]))
            overlay, xy = layer.crop(bx), (bx[0], bx[1])
    pb = tuple(int(v) for v in photo_box) if photo_box else None
    fb = tuple(int(v) for v in subject) if subject else None
    parts = tuple((" ".join(p.lines), p.size, p.box) for p in lines.parts) if lines else ()
    return Drawn(canvas, overlay, xy, text_box, pb, fb, zf, lines.size if lines else 0, sticker_box, parts)


__all__ = ["Drawn", "draw_scene", "split_price", "CARD_ZOOM"]
