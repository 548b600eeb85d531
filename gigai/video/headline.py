"""Headlines: wrapped big and heavy into a region (never splitting 'Rp 18.000'), one key word boxed or coloured,
TikTok-style white labels for the ugc style, an old price struck through (used by gigai.video.looks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gigai.video.normalize import _HANDLE_RE, _PHONE_RE, _URL_RE, drawable
from gigai.video.templates import Look
from gigai.video.visuals import font

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image

LINE = 1.16  # line height in font sizes
SOFT = "\u200b"  # a break opportunity without a space
KEY = re.compile(r"\d|%")
STRUCK = re.compile(r"~([^~\s](?:[^~]{0,28}[^~\s])?)~")  # '~150rb~', '~Rp 150.000~': struck through on screen


@dataclass
class Lines:
    lines: list[str]
    size: int
    box: tuple[int, int, int, int]
    align: str
    key: str | None
    strike: str | None = None  # a word drawn struck through (the old price)
    struck: tuple[str, ...] = ()  # words the text marked '~like this~' (WhatsApp's strike-through): old prices


NBSP = "\u00a0"


BOX_PAD = 0.14  # the key word's box reaches this many font sizes past the word on each side


def line_length(line: str, fnt: object, key: str | None = None) -> float:
    """Width of a line as drawn: a boxed key word takes its box's padding on both sides, so the box never
    touches the words beside it (the space between them stays a full space)."""
    extra = 2 * BOX_PAD * fnt.size if key and key in line.split(" ") else 0  # type: ignore[attr-defined]
    return fnt.getlength(line) + extra  # type: ignore[attr-defined]


def wrap(text: str, fnt: object, width: float, key: str | None = None) -> list[str]:
    """Greedy wrap on plain spaces only ('Rp 18.000' is joined by a no-break space); a zero-width space
    (SOFT) is a break without a space, so 'www.toko.id' split after its dots reads right on one line."""
    items = text.split(" · ")
    if len(items) > 1:  # a menu screen ('Nastar 120rb · kastengel 135rb'): an item that does not fit whole
        lines = []  # after the one before starts its own line, without the separator
        for item in items:
            own = wrap(item, fnt, width, key)
            trial = f"{lines[-1]} · {item}" if lines else item
            if lines and len(own) == 1 and line_length(trial, fnt, key) <= width:
                lines[-1] = trial
            else:
                lines.extend(own)
        return lines
    lines = []
    for word in text.split(" "):
        for k, part in enumerate(p for p in word.split(SOFT) if p):
            trial = (f"{lines[-1]}{part}" if k else f"{lines[-1]} {part}") if lines else part
            if lines and line_length(trial, fnt, key) <= width:
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
              *, key: bool = True, max_lines: int = 3, valign: str = "top", boxed: bool = False) -> Lines | None:  # fmt: skip
    """Wrap ``text`` at the largest size from ``size`` down to ``least`` that fits ``max_lines`` in ``region``
    (``boxed``: the key word will sit in a box, whose padding takes room on its line)."""
    text = " ".join(w for w in re.split(r"[ \t\r\n]+", drawable(text)) if w)  # (a no-break space stays)
    text = re.sub(r"(?i)\b(Rp\.?|IDR) (?=\d)", lambda m: m.group(1) + NBSP, text)
    struck = tuple(m.group(1).replace(" ", NBSP) for m in STRUCK.finditer(text))  # drawn as one struck word each
    text = STRUCK.sub(lambda m: m.group(1).replace(" ", NBSP), text)
    if not text:
        return None
    x0, y0, x1, y1 = region
    kw = key_word([w for w in text.replace(SOFT, "").split(" ") if w not in struck]) if key else None
    bk = kw if boxed else None

    def attempt(sz: int) -> tuple[int, object, list[str], int, float, bool]:
        pad, fnt = int(sz * 0.22), font(sz)
        lines = wrap(text, fnt, x1 - x0 - 2 * pad, bk)
        tall = int(sz * LINE) * len(lines) + 2 * pad
        widest = max(line_length(x, fnt, bk) for x in lines)
        return pad, fnt, lines, tall, widest, len(lines) <= max_lines and tall <= y1 - y0 and widest <= x1 - x0 - 2 * pad

    failed = None  # the last size that did not fit: the right size lies between it and the first that does
    while True:
        pad, fnt, lines, tall, widest, ok = attempt(size)
        if ok or size <= 12:
            break
        if size <= least and widest <= x1 - x0 - 2 * pad:
            break
        if size <= least and " " not in text.strip() and re.search(r"\w[./_]\w", text):
            # one long handle or address ('www.gentlemanbarber.id'): break it after its dots, stay big
            text = re.sub(r"(?<=\w)([./_])(?=\w)", "\\1" + SOFT, text)
            failed = None
            continue
        failed = size
        size = max(12, int(size * 0.92))
    if ok and failed:  # the coarse steps overshoot by up to 8%: the largest size that fits, to the pixel
        lo, hi = size, failed
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if attempt(mid)[5] else (lo, mid)
        size = lo
        pad, fnt, lines, tall, widest, ok = attempt(size)
    bw = int(max(line_length(x, fnt, bk) for x in lines)) + 2 * pad
    bx = x0 if align == "left" else x0 + ((x1 - x0) - bw) // 2
    by = (
        y0
        if valign == "top"
        else max(y0, y1 - tall)
        if valign == "bottom"
        else y0 + max(0, ((y1 - y0) - tall) // 2)
    )
    return Lines(lines, size, (bx, by, bx + bw, by + tall), align, kw, struck=struck)


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

    boxed = ln.key if box_color and not labels else None
    bp = BOX_PAD * ln.size

    def start(k: int, line: str) -> tuple[float, float, float]:
        lw = line_length(line, fnt, boxed)
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
            if boxed and word == boxed:
                x += bp  # the box's padding is part of the line's width (line_length)
                draw.rounded_rectangle((x - bp - ox, y - bp * 0.2 - oy, x + ww + bp - ox, y + ln.size * 1.1 - oy),
                                       radius=int(ln.size * 0.18), fill=box_color)  # fmt: skip
                fill = box_ink or color
            elif ln.key and word == ln.key and not labels:
                fill = look.accent
            if not labels:
                draw.text(
                    (x + ln.size * 0.04 - ox, y + ln.size * 0.05 - oy), word, font=fnt, fill=(0, 0, 0, 110)
                )
            draw.text((x - ox, y - oy), word, font=fnt, fill=fill)
            if (ln.strike and word == ln.strike) or word in ln.struck:
                ly = y + ln.size * 0.62 - oy
                draw.line((x - ox - 4, ly, x + ww - ox + 4, ly), fill=strike_color or (look.accent if not labels else "#d00000"),
                          width=max(3, ln.size // 10))  # fmt: skip
            x += ww + space + (bp if boxed and word == boxed else 0)


# a link with a path on any domain ('linktr.ee/kuekering', 'wa.me/62812...', 's.id/promo'), besides normalize's
_LINK = r"\b(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/[\w./-]*[\w/]"
CONTACT = re.compile(f"{_LINK}|{_URL_RE.pattern}|{_HANDLE_RE.pattern}|{_PHONE_RE.pattern}", re.IGNORECASE)
_BETWEEN = re.compile(r"(?i)[\s·•|/,&+:–-]|\b(?:dan|atau|or|and)\b")


def split_contact(text: str, most_words: int = 6) -> tuple[str, list[str]] | None:
    """'Order via WA 0813-2020-4545' -> ('Order via WA', ['0813-2020-4545']): the words around and the phones,
    handles and URLs of a line that is about a contact (few other words, nothing but separators between them);
    None for a sentence that only mentions one."""
    found = list(CONTACT.finditer(text))
    if not found:
        return None
    if any(_BETWEEN.sub("", text[a.end() : b.start()]) for a, b in zip(found, found[1:])):
        return None
    rest = f"{text[: found[0].start()].strip(' :-–·|')} {text[found[-1].end() :].strip(' .!:-–·|')}".strip()
    if len(rest.split()) > most_words:
        return None
    return rest, [m.group(0).strip() for m in found]


def lay_contact(text: str, region: tuple[int, int, int, int], most: int, least: int, align: str,
                *, valign: str = "center", boxed: bool = False) -> list[Lines] | None:  # fmt: skip
    """A contact line laid out so the contact is the biggest text: each phone/handle/URL as large as the region's
    width and height allow (up to ``most``, never split inside a phone number), the words around it smaller above."""
    got = split_contact(drawable(text))
    if got is None:
        return None
    rest, contacts = got
    x0, y0, x1, y1 = region
    joined = " ".join(c.replace(" ", NBSP) for c in contacts)
    share = 0.62 if rest else 1.0  # the contact's share of the height when words go above it
    area = (x0, y0, x1, y0 + int((y1 - y0) * share))
    big = lay_lines(joined, area, most, least, align, max_lines=len(contacts) + 1, boxed=boxed)
    if big is not None and re.search(r"\w/\w", joined):  # a long link: domain and path on two lines if much bigger
        split = lay_lines(re.sub(r"(?<=\w)/(?=\w)", "/" + SOFT, joined), area, most, least, align,
                          max_lines=2 * len(contacts), boxed=boxed)  # fmt: skip
        big = split if split is not None and split.size >= 1.2 * big.size else big
    if big is None:
        return None
    out = [big]
    if rest:
        small = lay_lines(rest, (x0, y0, x1, y1 - (big.box[3] - big.box[1])), max(12, int(big.size * 0.6)),
                          max(12, int(big.size * 0.4)), align, key=False, max_lines=2)  # fmt: skip
        if small is not None:
            out.insert(0, small)
    tall = sum(ln.box[3] - ln.box[1] for ln in out)
    y = y0 if valign == "top" else max(y0, y1 - tall) if valign == "bottom" else y0 + max(0, (y1 - y0 - tall) // 2)
    for ln in out:
        bw = ln.box[2] - ln.box[0]
        bx = x0 if align == "left" else x0 + ((x1 - x0) - bw) // 2
        ln.box = (bx, y, bx + bw, y + ln.box[3] - ln.box[1])
        y = ln.box[3]
    return out


__all__ = ["Lines", "lay_contact", "split_contact", "CONTACT", "lay_lines", "draw_lines", "key_word", "wrap", "NBSP"]
