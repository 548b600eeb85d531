"""Word-timed captions: TikTok-style highlight states (PNG), the ffmpeg caption track, .srt and .vtt files.

Times come from the voice's word events (gigai.video.tts), shifted to where each scene starts.
Captions keep the written form ("Rp 18.000"), emoji removed (no font here can draw them).
Every spoken word is in exactly one page and one cue; a cue never runs across a scene cut; a page of one
word only when the scene says one word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gigai.video.tts import Word


@dataclass
class Cue:
    """A caption page (a few words) on the absolute timeline."""

    start: float
    end: float
    text: str


@dataclass
class CaptionState:
    """One highlight state: a PNG showing a page with word ``current`` highlighted, times relative to speech."""

    png: str
    start: float
    end: float


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def paginate(texts: list[str], fits: Callable[[list[int]], bool],
             joins: Callable[[list[int]], bool] | None = None) -> list[list[int]]:  # fmt: skip
    """Word indices grouped into pages: a page ends at a sentence end or when the next word would not fit
    (``fits(indices)``). A one-word page joins a neighbour when ``joins`` allows (default: ``fits``), or takes a
    word from one, so a word like "Senja." never stands alone unless it is all the scene says. Every index is in
    exactly one page.
    """
    joins = joins or fits
    pages: list[list[int]] = []
    cur: list[int] = []
    for i, t in enumerate(texts):
        if cur and not fits([*cur, i]):
            pages.append(cur)
            cur = []
        cur.append(i)
        if re.search(r"[.!?]$", t) and len(cur) >= 2:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    k = 0
    while k < len(pages):
        if len(pages[k]) == 1 and len(pages) > 1:
            if k + 1 < len(pages) and joins(pages[k] + pages[k + 1]):
                pages[k] += pages.pop(k + 1)
                continue
            if k > 0 and joins(pages[k - 1] + pages[k]):
                pages[k - 1] += pages.pop(k)
                continue
            if k > 0 and len(pages[k - 1]) >= 3:
                pages[k].insert(0, pages[k - 1].pop())
            elif k + 1 < len(pages) and len(pages[k + 1]) >= 3:
                pages[k].append(pages[k + 1].pop(0))
        k += 1
    return pages


CONTACT_OVER_CAPTION = 1.75  # on a contact scene the caption is this much smaller than the contact can be drawn
CAPTION_FLOOR = 0.5  # ... but never below this share of the usual caption size


def caption_size(w: int, h: int, screen_text: str = "") -> int:
    """The caption font size of a scene: the usual one (gigai.video.layout.caption_geometry), smaller on a scene
    whose on-screen words are laid out as a contact (a phone, handle or URL, gigai.video.headline), so the contact
    stays clearly the biggest text of the call to action: the size the contact can take in the safe area divided
    by :data:`CONTACT_OVER_CAPTION`, never below :data:`CAPTION_FLOOR` of the usual size."""
    from gigai.video.layout import caption_geometry, safe_area

    size = caption_geometry(w, h)[2]
    if not screen_text.strip():
        return size
    from gigai.video.headline import lay_contact

    laid = lay_contact(screen_text, safe_area(w, h), int(0.2 * min(w, h)), 12, "center")
    if not laid:
        return size
    contact = max(ln.size for ln in laid)
    return max(int(size * CAPTION_FLOOR), min(size, int(contact / CONTACT_OVER_CAPTION)))


def render_states(
    words: list[Word], w: int, h: int, out_dir: Path, *, screen_text: str = ""
) -> tuple[list[CaptionState], list[Cue]]:
    """Draw every highlight state of one scene's captions (relative times) and its page cues.

    Every word is burned in once, also when the big on-screen text shows the same words (a phone number shown
    big is said and captioned too): a page left out used to leave seconds of speech without a caption.
    ``screen_text``: the scene's on-screen words; when they hold a contact the captions are drawn smaller
    (:func:`caption_size`), in the same place, so the contact is the biggest text of the frame.
    """
    from gigai.video.layout import caption_geometry, safe_area
    from gigai.video.visuals import caption_image, font, wrap

    out_dir.mkdir(parents=True, exist_ok=True)
    _, box_h, _ = caption_geometry(w, h)
    size = caption_size(w, h, screen_text)
    left, _, right, _ = safe_area(w, h)
    fnt = font(size)
    texts = [x.text for x in words]
    pages = paginate(texts, lambda idx: len(wrap(" ".join(texts[i] for i in idx), fnt, right - left)) <= 2)
    states: list[CaptionState] = []
    cues: list[Cue] = []
    for p, page in enumerate(pages):
        shown = [texts[i] for i in page]
        cues.append(Cue(words[page[0]].start, words[page[-1]].end, " ".join(shown)))
        for k, i in enumerate(page):
            png = out_dir / f"cap_{p:02d}_{k:02d}.png"
            caption_image(shown, k, w, box_h, size, h).save(png, compress_level=1)
            states.append(CaptionState(png.name, words[i].start, words[i].end))
    return states, cues


def blank_png(w: int, h: int, path: Path) -> Path:
    """A fully transparent caption state (shown between pages and scenes)."""
    from PIL import Image

    from gigai.video.layout import caption_geometry

    if not path.exists():
        _, box_h, _ = caption_geometry(w, h)
        Image.new("RGBA", (w, box_h), (0, 0, 0, 0)).save(path)
    return path


def write_track(timeline: list[tuple[float, float, Path]], total: float, blank: Path, out: Path) -> Path:
    """An ffconcat list that shows each state PNG from start to end (blank in the gaps) over ``total`` s."""
    lines = ["ffconcat version 1.0"]
    t = 0.0

    def entry(path: Path) -> str:
        # Absolute: the concat demuxer resolves relative names against the list's own folder, so a
        # render to a relative path (every notebook) silently lost its captions.
        return "file '" + path.resolve().as_posix().replace("'", "'\\''") + "'"

    def add(path: Path, dur: float) -> None:
        if dur > 0.0005:
            lines.append(entry(path))
            lines.append(f"duration {dur:.3f}")

    for start, end, png in sorted(timeline, key=lambda x: x[0]):
        start, end = max(start, t), min(end, total)
        if end <= start:
            continue
        add(blank, start - t)
        add(png, end - start)
        t = end
    add(blank, total - t + 0.5)
    lines.append(entry(blank))  # the concat demuxer needs the last file twice
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


LINE_CHARS, LINES, CUE_MIN, CUE_MAX = 42, 2, 1.0, 6.0


def wrap_lines(text: str, width: int = LINE_CHARS) -> list[str]:
    """Greedy wrap at ``width`` characters, whole words only."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def scenes_of(words: list[Word], cuts: list[float] | None = None) -> list[list[Word]]:
    """Absolute word times split by scene: at ``cuts`` (scene start times) when given, else where the voice
    pauses between two scenes (within one scene's speech each word ends where the next one starts)."""
    groups: list[list[Word]] = []
    for i, wd in enumerate(words):
        if cuts is not None:
            new = i == 0 or any(words[i - 1].start < c <= wd.start for c in cuts)
        else:
            new = i == 0 or wd.start - words[i - 1].end > 0.05
        if new:
            groups.append([])
        groups[-1].append(wd)
    return groups


def subtitle_cues(words: list[Word], *, cuts: list[float] | None = None, max_chars: int = LINE_CHARS * LINES,
                  max_s: float = CUE_MAX, min_s: float = CUE_MIN) -> list[Cue]:  # fmt: skip
    """Cues for .srt/.vtt from absolute word times: <= 2 lines of 42 characters, <= 6 s, never across a cut.

    ``cuts``: the scenes' start times (without them, the pause between two scenes' speech marks the cut).
    A cue ends at a sentence end, when it would not fit, or at 6 s; a short cue is held up to 1 s, but never
    into the next cue or past its scene's cut. Every word is in exactly one cue.
    """
    cues: list[Cue] = []
    groups = scenes_of(words, cuts)
    for g, scene in enumerate(groups):
        texts = [x.text for x in scene]

        def fits(idx: list[int], scene: list[Word] = scene, texts: list[str] = texts, most: float = max_s) -> bool:
            trial = " ".join(texts[i] for i in idx)
            return (len(wrap_lines(trial)) <= LINES and len(trial) <= max_chars
                    and scene[idx[-1]].end - scene[idx[0]].start <= most)  # fmt: skip

        def joins(idx: list[int], fits: Callable[..., bool] = fits) -> bool:  # a long phone number: 9 s, no orphan
            return fits(idx, most=1.5 * max_s)

        last = scene[-1].end
        if g + 1 < len(groups):
            nxt = groups[g + 1][0].start
            later = [c for c in (cuts or []) if last <= c <= nxt]
            limit = later[0] if later else last + (nxt - last) / 2  # the cut lies in the pause between scenes
        else:
            limit = last + min_s
        pages = paginate(texts, fits, joins)
        for k, page in enumerate(pages):
            start, end = scene[page[0]].start, scene[page[-1]].end
            stop = scene[pages[k + 1][0]].start if k + 1 < len(pages) else limit
            if end - start < min_s:
                end = max(end, min(start + min_s, stop))
            cues.append(Cue(round(start, 3), round(end, 3), " ".join(texts[i] for i in page)))
    return cues


def _ts(t: float, sep: str) -> str:
    ms = int(round(max(0.0, t) * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_srt(cues: list[Cue]) -> str:
    """SubRip text (the file TikTok/YouTube/CapCut import)."""
    return "\n".join(
        f"{i}\n{_ts(c.start, ',')} --> {_ts(c.end, ',')}\n" + "\n".join(wrap_lines(c.text)) + "\n"
        for i, c in enumerate(cues, 1)
    )


def to_vtt(cues: list[Cue]) -> str:
    """WebVTT text (browsers, Gradio's video player)."""
    body = "\n".join(
        f"{_ts(c.start, '.')} --> {_ts(c.end, '.')}\n" + "\n".join(wrap_lines(c.text)) + "\n" for c in cues
    )
    return "WEBVTT\n\n" + body


def parse_srt(text: str) -> list[Cue]:
    """Read cues back from .srt text (tests and re-imports)."""
    cues = []
    for block in text.strip().split("\n\n"):
        lines = block.strip().splitlines()
        if len(lines) < 3:
            continue
        a, b = lines[1].split(" --> ")

        def sec(x: str) -> float:
            h, m, rest = x.strip().split(":")
            s, ms = rest.split(",")
            return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000

        cues.append(Cue(sec(a), sec(b), " ".join(lines[2:])))
    return cues


def shift(cues: list[Any], offset: float) -> list[Cue]:
    """Cues moved by ``offset`` seconds (scene start + narration lead)."""
    return [Cue(round(c.start + offset, 3), round(c.end + offset, 3), c.text) for c in cues]


__all__ = [
    "Cue",
    "CaptionState",
    "render_states",
    "caption_size",
    "write_track",
    "to_srt",
    "to_vtt",
    "parse_srt",
    "subtitle_cues",
    "paginate",
    "scenes_of",
    "wrap_lines",
]
