"""Headlines: wrapped big and heavy into a region (never splitting 'Rp 18.000'), one key word boxed or coloured,
TikTok-style white labels for the ugc style, an old price struck through (used by gigai.video.looks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gigai.video.normalize import drawable
from gigai.video.templates import Look
from gigai.video.visuals import font

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image

LINE = 1.16  # line height in font sizes
SOFT = "\u200b"  # a break opportunity without a space
KEY = re.compile(r"\d|%")


@dataclass
class Lines:
    lines: list[str]
    size: int
    box: tuple[int, int, int, int]
    align: str
    key: str | None
    strike: str | None = None  # a word drawn struck through (the old price)


NBSP = "\u00a0"


def wrap(text: str, fnt: object, width: float) -> list[str]:
    """Greedy wrap on plain spaces only ('Rp 18.000' is joined by a no-break space); a zero-width space
    (SOFT) is a break without a space, so 'www.toko.id' split after its dots reads right on one line."""
    lines: list[str] = []
    for word in text.split(" "):
        for k, part in enumerate(p for p in word.split(SOFT) if p):
            trial = (f"{lines[-1]}{part}" if k else f"{lines[-1]} {part}") if lines else part
            if lines and fnt.getlength(trial) <= width:  # type: ignore[attr-defined]
                lines[-1] = trial
            else:
                lines.append(part)
    return lines


def key_word(words: list[str]) -> str | None:
    """The word to colour or box: the last one with a number or %, else the longest."""
    for w in reversed(words):
        if KEY.search(w):
            return w
    long = [w for w in words if len(re.sub(r"\W", "", w)) >= 4]
    return max(long, key=len) if long else None


def lay_lines(text: str, region: tuple[int, int, int, int], size: int, least: int, align: str,
              *, key: bool = True, max_lines: int = 3, valign: str = "top") -> Lines | None:  # fmt: skip
    """Wrap ``text`` at the largest size from ``size`` down to ``least`` that fits ``max_lines`` in ``region``."""
    text = re.sub(r"(?i)\b(Rp\.?|IDR) (?=\d)", lambda m: m.group(1) + NBSP, " ".join(drawable(text).split()))
    if not text:
        return None
    x0, y0, x1, y1 = region
    while True:
        pad = int(size * 0.22)
        fnt = font(size)
        lines = wrap(text, fnt, x1 - x0 - 2 * pad)
        tall = int(size * LINE) * len(lines) + 2 * pad
        widest = max(fnt.getlength(x) for x in lines)
        if (len(lines) <= max_lines and tall <= y1 - y0 and widest <= x1 - x0 - 2 * pad) or size <= 12:
            break
        if size <= least and widest <= x1 - x0 - 2 * pad:
            break
        if size <= least and " " not in text.strip() and re.search(r"\w[./_]\w", text):
            # one long handle or address ('www.gentlemanbarber.id'): break it after its dots, stay big
            text = re.sub(r"(?<=\w)([./_])(?=\w)", "\\1" + SOFT, text)
            continue
        size = max(12, int(size * 0.92))
    fnt = font(size)
    bw = int(max(fnt.getlength(x) for x in lines)) + 2 * pad
    bx = x0 if align == "left" else x0 + ((x1 - x0) - bw) // 2
    by = (
        y0
        if valign == "top"
        else max(y0, y1 - tall)
        if valign == "bottom"
        else y0 + max(0, ((y1 - y0) - tall) // 2)
    )
    words = text.replace(SOFT, "").split(" ")
    return Lines(lines, size, (bx, by, bx + bw, by + tall), align, key_word(words) if key else None)


def draw_lines(img: Image.Image, ln: Lines, look: Look, *, color: str = "#ffffff", box_color: str | None = None,
               box_ink: str | None = None, labels: bool = False, offset: tuple[int, int] = (0, 0),
               label_fill: str | None = None, strike_color: str | None = None) -> None:  # fmt: skip
    """Draw laid-out lines on ``img`` (RGBA or RGB); ``offset`` shifts from frame to image coordinates."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(img)
    fnt = font(ln.size)
    pad = int(ln.size * 0.22)
    x0, y0, x1, _ = ln.box
    ox, oy = offset
    lh = int(ln.size * LINE)
    space = fnt.getlength(" ")

    def start(k: int, line: str) -> tuple[float, float, float]:
        lw = fnt.getlength(line)
        return (x0 + pad if ln.align == "left" else x0 + (x1 - x0 - lw) / 2), y0 + pad + k * lh, lw

    if labels:  # TikTok text: each line on its own white rounded box (all boxes first, then the words)
        for k, line in enumerate(ln.lines):
            x, y, lw = start(k, line)
            p = ln.size * 0.2
            draw.rounded_rectangle((x - p - ox, y - p * 0.3 - oy, x + lw + p - ox, y + ln.size * 1.12 - oy),
                                   radius=int(ln.size * 0.25), fill=label_fill or (255, 255, 255, 245))  # fmt: skip
    for k, line in enumerate(ln.lines):
        x, y, _ = start(k, line)
        for word in line.split(" "):
            ww = fnt.getlength(word)
            fill = color
            if ln.key and word == ln.key and box_color:
                p = ln.size * 0.12
                draw.rounded_rectangle((x - p - ox, y - p * 0.2 - oy, x + ww + p - ox, y + ln.size * 1.1 - oy),
                                       radius=int(ln.size * 0.18), fill=box_color)  # fmt: skip
                fill = box_ink or color
            elif ln.key and word == ln.key and not labels:
                fill = look.accent
            if not labels:
                draw.text(
                    (x + ln.size * 0.04 - ox, y + ln.size * 0.05 - oy), word, font=fnt, fill=(0, 0, 0, 110)
                )
            draw.text((x - ox, y - oy), word, font=fnt, fill=fill)
            if ln.strike and word == ln.strike:
                ly = y + ln.size * 0.62 - oy
                draw.line((x - ox - 4, ly, x + ww - ox + 4, ly), fill=strike_color or (look.accent if not labels else "#d00000"),
                          width=max(3, ln.size // 10))  # fmt: skip
            x += ww + space


__all__ = ["Lines", "lay_lines", "draw_lines", "key_word", "wrap", "NBSP"]
