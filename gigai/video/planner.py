"""Plan before render: how long each scene will really be, and what a viewer will trip over.

    >>> p = plan(sb)                 # predicted seconds per scene, warnings
    >>> p.total, p.warnings[:1]
    (31.5, ['Hook 4.2 detik (> 3 detik): ...'])

The prediction uses the offline voice (about 10 ms per scene) at the chosen speech ``rate`` (words per
minute), so it matches what ``render(voice="offline", rate=...)`` produces; online voices differ a little.
Used in: Lab 6, Lab 7 (video).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from gigai.lang import say
from gigai.video.storyboard import Storyboard

LEAD = 0.2  # narration starts this long after its scene (the hook is heard within 2 s)
TAIL = 0.35  # breathing room after the last word of a scene
RATE = 175  # offline voice, words per minute (espeak-ng default)
HOOK_MAX = 3.0
SCREEN_CHARS = 40
SCREEN_WORDS = 6


def speech_seconds(text: str, *, rate: int = RATE, language: str = "id") -> float:
    """Seconds the offline voice of ``language`` ("id", "en") needs for ``text`` (estimated from syllables
    if espeak is missing)."""
    if not text.strip():
        return 0.0
    from gigai.video.normalize import PRONOUNCE

    return _speech_seconds(text, rate, language, tuple(sorted(PRONOUNCE.items())))


@lru_cache(maxsize=4096)
def _speech_seconds(text: str, rate: int, language: str, _words: tuple) -> float:  # each text is said once
    try:
        from gigai.video.tts import speak

        return speak(text, voice="offline", rate=rate, language=language).duration
    except Exception:  # noqa: BLE001 - no espeak here: a syllable estimate is still a useful plan
        from gigai.video.normalize import normalize_id

        syllables = len(re.findall(r"[aiueo]+", normalize_id(text).lower()))
        return syllables / (rate * 2.3 / 60)


@dataclass
class Plan:
    """Predicted length per scene (``seconds``), the total, and bilingual warnings."""

    seconds: list[float]
    written: list[float]
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return round(sum(self.seconds), 2)

    def table(self) -> list[dict[str, Any]]:
        return [{"no": i + 1, "durasi_tulis": w, "durasi_perkiraan": s}
                for i, (w, s) in enumerate(zip(self.written, self.seconds))]  # fmt: skip

    def _repr_markdown_(self) -> str:
        rows = "| # | ditulis | perkiraan |\n|---|---|---|\n" + "".join(
            f"| {r['no']} | {r['durasi_tulis']:.1f} s | {r['durasi_perkiraan']:.1f} s |\n"
            for r in self.table()
        )
        warn = "".join(f"\n> ⚠ {w}\n" for w in self.warnings)
        return f"**{say('Perkiraan', 'Predicted')}: {self.total:.1f} s**\n\n{rows}{warn}"


def scene_seconds(written: float, speech: float) -> float:
    """A scene is never shorter than its narration (lead + speech + tail)."""
    return max(written, round(LEAD + speech + TAIL, 2))


def _grid(sb: Storyboard, music: str | None) -> float | None:
    """The beat grid the render will cut on ("auto": the bed of the storyboard's style, as render() picks it)."""
    from gigai.video.pacing import beat_grid
    from gigai.video.templates import MUSIC, choose, seed_of

    if music == "auto" and sb.scenes:
        first = sb.scenes[0]
        music = MUSIC[choose(sb.style, seed_of(sb.title, first.on_screen_text or first.narration)).style]
    return beat_grid(music)


def plan(sb: Storyboard, *, rate: int = RATE, target: float | None = None,
         speech: list[float] | None = None, music: str | None = "auto") -> Plan:  # fmt: skip
    """Predict each scene's length (the render's own timeline: narration plus a beat, cut on the music's beat)
    and warn about long hooks, overlong videos, crowded on-screen text and client facts left out."""
    from gigai.video.pacing import timeline

    if speech is None:
        speech = [
            0.0 if s.voice_file else speech_seconds(s.narration, rate=rate, language=sb.language)
            for s in sb.scenes
        ]
    written = [s.duration for s in sb.scenes]
    seconds = timeline(list(speech), written, _grid(sb, music)) if sb.scenes else []
    p = Plan(seconds=seconds, written=written)
    if seconds and seconds[0] > HOOK_MAX:
        p.warnings.append(say(
            f"Hook {seconds[0]:.1f} detik (> {HOOK_MAX:.0f} detik): penonton sudah scroll. Pendekkan narasi "
            "scene 1.",
            f"The hook runs {seconds[0]:.1f} s (> {HOOK_MAX:.0f} s): shorten scene 1's narration.",
        ))  # fmt: skip
    limit = target if target is not None else sum(written)
    if p.total > limit + 0.5:
        p.warnings.append(say(
            f"Video {p.total:.1f} detik, lebih dari target {limit:.1f} detik. Pendekkan narasi atau kurangi "
            "scene.",
            f"The video runs {p.total:.1f} s, over the {limit:.1f} s target.",
        ))  # fmt: skip
    for i, s in enumerate(sb.scenes, 1):
        text = s.on_screen_text.strip()
        if len(text) > SCREEN_CHARS or len(text.split()) > SCREEN_WORDS:
            p.warnings.append(say(
                f"Teks layar scene {i} terlalu panjang ({len(text)} karakter, {len(text.split())} kata; "
                f"maks ~{SCREEN_CHARS} karakter, {SCREEN_WORDS} kata).",
                f"Scene {i}'s on-screen text is too long: {text[:50]!r}",
            ))  # fmt: skip
    for fact in missing_facts(sb):
        p.warnings.append(say(
            f"Info dari pesan klien tidak ada di video: '{fact}'. Tambahkan ke narasi atau teks layar sebuah scene.",
            f"Something the client's message says is not in the video: '{fact}'. Add it to a scene's narration "
            "or on-screen text.",
        ))  # fmt: skip
    if sb.scenes and duplicates(sb.scenes[-1].on_screen_text, sb.scenes[-1].narration):
        p.warnings.append(say(
            "Ajakan (CTA) tampil dua kali: teks layar sama dengan narasi (teks besar + caption). Tulis teks "
            "layar yang lain, mis. nomor WA.",
            "The CTA shows twice on screen: vary the on-screen text.",
        ))  # fmt: skip
    return p


def missing_facts(sb: Storyboard) -> list[str]:
    """The storyboard's ``facts`` (from the client's message) that no scene says or shows."""
    from gigai.video.entities import mentions

    said = " ".join(f"{s.narration} {s.on_screen_text}" for s in sb.scenes)
    return [f for f in sb.facts if not mentions(said, f)]


def duplicates(screen: str, narration: str) -> bool:
    """True when the on-screen text repeats the narration's sentence (twice on screen: big text + caption).

    A short detail such as a phone number or handle shown big is fine: the renderer leaves out the caption
    page that repeats it.
    """
    if re.search(r"@|\d{4}|\.\w{2,}", screen):  # a phone, handle or URL shown big is the point of a CTA
        return False
    a = re.sub(r"\W+", " ", screen.lower()).strip()
    b = re.sub(r"\W+", " ", narration.lower()).strip()
    return bool(a) and (a == b or (len(screen.split()) >= 4 and a in b))


def fit_durations(sb: Storyboard, *, rate: int = RATE) -> Storyboard:
    """A NEW storyboard whose written durations already hold the narration (rounded up to 0.1 s)."""
    p = plan(sb, rate=rate)
    scenes = [s.model_copy(update={"duration": min(60.0, max(s.duration, math.ceil(sec * 10) / 10))})
              for s, sec in zip(sb.scenes, p.seconds)]  # fmt: skip
    return sb.model_copy(update={"scenes": scenes})


__all__ = [
    "Plan",
    "plan",
    "fit_durations",
    "speech_seconds",
    "scene_seconds",
    "LEAD",
    "TAIL",
    "RATE",
    "duplicates",
    "missing_facts",
]
