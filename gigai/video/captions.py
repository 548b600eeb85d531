"""Word-timed captions: TikTok-style highlight states (PNG), the ffmpeg caption track, .srt and .vtt files.

Times come from the voice's word events (gigai.video.tts), shifted to where each scene starts.
Captions keep the written form ("Rp 18.000"), emoji removed (no font here can draw them).
"""

from __future__ import annotations

import re
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


def render_states(
    words: list[Word], w: int, h: int, out_dir: Path, *, screen_text: str = ""
) -> tuple[list[CaptionState], list[Cue]]:
    """Draw every highlight state of one scene's captions (relative times) and its page cues.

    A page that repeats the scene's on-screen text (or is mostly made of it) is not burned in, so the same
    line never shows twice at once; it stays in the .srt/.vtt cues.
    """
    from gigai.video.layout import caption_geometry, safe_area
    from gigai.video.visuals import caption_image, caption_pages, font

    out_dir.mkdir(parents=True, exist_ok=True)
    _, box_h, size = caption_geometry(w, h)
    left, _, right, _ = safe_area(w, h)
    pages = caption_pages(words, font(size), right - left)
    screen = _norm(screen_text)
    states: list[CaptionState] = []
    cues: list[Cue] = []
    for p, page in enumerate(pages):
        texts = [words[i].text for i in page]
        cues.append(Cue(words[page[0]].start, words[page[-1]].end, " ".join(texts)))
        said = _norm(" ".join(texts))
        mostly = screen in said and len(screen.split()) >= 0.6 * len(said.split())
        if screen and (said in screen or mostly) and len(said.split()) >= 2:
            continue  # the big on-screen text already shows it: never the same words twice at once
        for k, i in enumerate(page):
            png = out_dir / f"cap_{p:02d}_{k:02d}.png"
            caption_image(texts, k, w, box_h, size, h).save(png, compress_level=1)
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


def subtitle_cues(words: list[Word], *, max_chars: int = LINE_CHARS * LINES, max_s: float = CUE_MAX,
                  min_s: float = CUE_MIN) -> list[Cue]:  # fmt: skip
    """Cues for .srt/.vtt from absolute word times: <= 2 lines of 42 characters, 1-6 s each.

    A cue ends at a sentence end, when it would not fit in two lines, or at 6 s; a short cue is held
    on screen up to 1 s when the next one starts later.
    """
    cues: list[Cue] = []
    cur: list[Word] = []

    def flush() -> None:
        if cur:
            cues.append(Cue(cur[0].start, cur[-1].end, " ".join(x.text for x in cur)))
            cur.clear()

    for wd in words:
        trial = " ".join(x.text for x in [*cur, wd])
        if cur and (
            len(wrap_lines(trial)) > LINES or len(trial) > max_chars or wd.end - cur[0].start > max_s
        ):
            flush()
        cur.append(wd)
        if re.search(r"[.!?]$", wd.text) and cur[-1].end - cur[0].start >= min_s:
            flush()
    flush()
    for i, c in enumerate(cues):
        nxt = cues[i + 1].start if i + 1 < len(cues) else c.start + min_s
        if c.end - c.start < min_s:
            c.end = round(min(c.start + min_s, nxt), 3)
        c.end = round(min(c.end, c.start + max_s), 3)
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
    "write_track",
    "to_srt",
    "to_vtt",
    "parse_srt",
    "subtitle_cues",
    "wrap_lines",
]
