"""Pacing from the words: each scene lasts as long as its narration plus a beat, cut on the music's beat.

    >>> timeline([1.6, 3.1, 2.4], written=[3.0, 5.0, 5.0], grid=beat_grid("upbeat"))
    [1.81, 3.362, 3.362]           # seconds per scene, every cut on an eighth note of the 116 bpm bed

The first word is heard LEAD seconds after the video starts (the hook is on screen at frame 0); between two
scenes the voice pauses only TAIL + LEAD plus what is left to the next beat. Scenes without narration keep
their written length (also snapped to the beat). The last scene holds HOLD seconds after its last word so the
contact can be read. Used by gigai.video.project (the render) and by anyone predicting lengths.
"""

from __future__ import annotations

import math

LEAD = 0.08  # a scene's narration starts this long after its first frame
TAIL = 0.06  # at least this much air after a scene's last word before the cut (the voice ends on its own short pause)
SHORTEST = 1.0  # no scene is shorter than this (a one-word line still gets a readable shot)
HOLD = 0.8  # the last scene (the call to action) stays this long after its last word


def beat_grid(music: str | None) -> float | None:
    """Seconds between cut points for a bed: half its beat (None: a participant's own file, or no music)."""
    from gigai.video.music import BEDS  # the tempo of gigai's own beds lives with the beds

    bpm = BEDS.get(music or "", {}).get("bpm")
    if not bpm:
        return None
    return 60.0 / bpm / 2  # every eighth note: the kick or the hat of gigai's beds


def _snap(t: float, grid: float | None) -> float:
    """The first grid point at or after ``t`` (t itself when there is no grid)."""
    if not grid:
        return t
    return math.ceil(t / grid - 1e-6) * grid


def timeline(speech: list[float], written: list[float], grid: float | None = None, *,
             hold_last: float = HOLD) -> list[float]:  # fmt: skip
    """Seconds per scene: narration + a little air, each cut on the grid; silent scenes keep ``written``."""
    out: list[float] = []
    t = 0.0
    n = len(speech)
    for i, (sp, wr) in enumerate(zip(speech, written)):
        need = (LEAD + sp + TAIL) if sp > 0 else wr
        if i == n - 1 and sp > 0:
            need = LEAD + sp + max(TAIL, hold_last)
        need = max(SHORTEST, need)
        end = _snap(t + need, grid)
        out.append(round(end - t, 3))
        t = end
    return out


__all__ = ["timeline", "beat_grid", "LEAD", "TAIL", "HOLD", "SHORTEST"]
