"""Background music: a few royalty-free beds made by gigai itself (CC0), ducked under the narration.

The beds in assets/music were synthesised by :func:`make_beds` (numpy: chords, bass, soft drums), so
their licence is ours to give: CC0 (see assets/music/LICENSE.md). ``music=None`` renders without a bed;
``music="path/to/song.mp3"`` uses the participant's own file (they answer for its licence).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from gigai.video.media import SAMPLE_RATE, decode_audio, ffmpeg_exe, write_wav

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

BEDS = {
    "lofi": dict(bpm=84, chords=[(57, 60, 64, 67), (53, 57, 60, 64), (55, 59, 62, 65), (52, 55, 59, 62)]),
    "upbeat": dict(bpm=116, chords=[(60, 64, 67), (55, 59, 62), (57, 60, 64), (53, 57, 60)]),
    "calm": dict(bpm=70, chords=[(50, 57, 62, 66), (55, 59, 62, 67), (52, 59, 64, 67), (57, 61, 64, 69)]),
}
LICENSE_NOTE = "CC0-1.0, synthesised by gigai (gigai/video/music.py)"


def _midi(n: float) -> float:
    return 440.0 * 2 ** ((n - 69) / 12)


def synthesize(name: str = "lofi", seconds: float = 24.0, sr: int = SAMPLE_RATE) -> np.ndarray:
    """Make one bed: warm pad chords, a plucked bass, soft kick and hats. Deterministic (seeded)."""
    import numpy as np

    spec = BEDS[name]
    beat = 60.0 / spec["bpm"]
    n = int(seconds * sr)
    t = np.arange(n) / sr
    out = np.zeros(n, np.float32)
    bar = 4 * beat
    rng = np.random.default_rng(7)
    for k in range(int(np.ceil(seconds / bar))):
        chord = spec["chords"][k % len(spec["chords"])]
        a, b = int(k * bar * sr), min(n, int((k + 1) * bar * sr))
        seg = t[a:b] - k * bar
        env = np.minimum(1, seg / 0.4) * np.minimum(1, (bar - seg) / 0.3)
        for note in chord:
            f = _midi(note)
            out[a:b] += 0.06 * env * (np.sin(2 * np.pi * f * seg) + 0.3 * np.sin(2 * np.pi * 2 * f * seg))
        fb = _midi(chord[0] - 12)
        for q in range(4):  # bass pluck each beat
            s0 = int((k * bar + q * beat) * sr)
            s1 = min(n, s0 + int(beat * sr))
            if s0 >= n:
                break
            st = (np.arange(s1 - s0)) / sr
            out[s0:s1] += 0.18 * np.exp(-st * 5) * np.sin(2 * np.pi * fb * st)
    for q in range(int(seconds / beat) + 1):  # kick on 1 and 3, hats on off-beats
        s0 = int(q * beat * sr)
        if s0 >= n:
            break
        if q % 2 == 0:
            L = min(n - s0, int(0.25 * sr))
            st = np.arange(L) / sr
            out[s0 : s0 + L] += (
                0.35 * np.exp(-st * 18) * np.sin(2 * np.pi * (50 + 90 * np.exp(-st * 30)) * st)
            )
        h0 = s0 + int(beat * sr / 2)
        L = min(max(0, n - h0), int(0.05 * sr))
        if L:
            out[h0 : h0 + L] += (
                0.05 * rng.standard_normal(L).astype(np.float32) * np.exp(-np.arange(L) / sr * 60)
            )
    fade = int(0.05 * sr)  # tiny fades so the loop point does not click
    out[:fade] *= np.linspace(0, 1, fade)
    out[-fade:] *= np.linspace(1, 0, fade)
    return (out / max(1e-6, float(np.max(np.abs(out)))) * 0.8).astype(np.float32)


def music_dir() -> Path:
    """Where the bundled beds are (a checkout's assets/music or the copy inside the installed package)."""
    from gigai.config import assets_dir

    return assets_dir() / "music"


def make_beds(out_dir: Path | None = None) -> list[Path]:
    """Write the beds as small .m4a files (AAC 64 kb/s, < 250 KB each) with ffmpeg."""
    out_dir = out_dir or music_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in BEDS:
        wav = out_dir / f"{name}.wav"
        write_wav(wav, synthesize(name))
        dst = out_dir / f"{name}.m4a"
        subprocess.run(
            [ffmpeg_exe(), "-y", "-v", "error", "-i", str(wav), "-c:a", "aac", "-b:a", "64k", str(dst)],
            check=True,
        )
        wav.unlink()
        paths.append(dst)
    return paths


def bed_path(music: str) -> Path:
    """'lofi' -> assets/music/lofi.m4a; anything else is taken as a path."""
    return music_dir() / f"{music}.m4a" if music in BEDS else Path(music)


def duck(
    bed: np.ndarray, voice: np.ndarray, *, level_db: float = -17.0, duck_db: float = -11.0
) -> np.ndarray:
    """Loop/trim ``bed`` to the voice length and lower it by ``duck_db`` wherever someone speaks."""
    import numpy as np

    n = len(voice)
    if len(bed) == 0 or n == 0:
        return np.zeros(n, np.float32)
    reps = int(np.ceil(n / len(bed)))
    music = np.tile(bed, reps)[:n].astype(np.float32)
    win = int(0.05 * SAMPLE_RATE)
    env = np.convolve(np.abs(voice) > 0.02, np.ones(win) / win, mode="same")
    speaking = (env > 0.05).astype(np.float32)
    # smooth the gain: ~150 ms attack/release, so the bed breathes instead of pumping
    k = int(0.15 * SAMPLE_RATE)
    speaking = np.convolve(speaking, np.ones(k) / k, mode="same")
    gain_db = level_db + duck_db * np.clip(speaking * 2, 0, 1)
    fade = min(n, int(1.0 * SAMPLE_RATE))
    music *= (10 ** (gain_db / 20)).astype(np.float32)
    music[-fade:] *= np.linspace(1, 0, fade, dtype=np.float32)
    return music


__all__ = ["BEDS", "synthesize", "make_beds", "duck", "decode_audio", "bed_path", "LICENSE_NOTE"]
