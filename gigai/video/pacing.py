"""Pacing from the words: each scene lasts as long as its narration plus a beat, cut on the music's beat.

    >>> timeline([1.6, 3.1, 2.4], written=[3.0, 5.0, 5.0], grid=60 / 116)
    [1.552, 3.621, 3.621]          # seconds per scene, every cut on a beat of the 116 bpm bed

The first word is heard LEAD seconds after the video starts (the hook is on screen at frame 0); between two
scenes the voice pauses only TAIL + LEAD plus what is left to the next beat. Scenes without narration keep
their written length (also snapped to the beat). The last scene holds HOLD seconds after its last word so the
contact can be read. Used by gigai.video.project (the render) and by anyone predicting lengths.
"""

from __future__ import annotations

import math

LEAD = 0.08  # a scene's narration starts this long after its first frame
TAIL = 0.12  # at least this much air after a scene's last word before the cut
HOLD = 1.0  # the last scene (the call to action) stays this long after its last word


def beat_grid(music: str | None) -> float | None:
    """Seconds between cut points for a bed: its beat, or half a beat for slow beds (None: no grid)."""
    from gigai.video.music import BEDS  # the tempo of gigai's own beds lives with the beds

    bpm = BEDS.get(music or "", {}).get("bpm")
    if not bpm:
        return None
    beat = 60.0 / bpm
    return beat if beat <= 0.6 else beat / 2


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
        need = (LEAD + sp + TAIL) if sp > 0 else max(1.0, wr)
        if i == n - 1 and sp > 0:
            need = LEAD + sp + max(TAIL, hold_last)
        end = _snap(t + need, grid)
        out.append(round(end - t, 3))
        t = end
    return out


__all__ = ["timeline", "beat_grid", "LEAD", "TAIL", "HOLD"]
