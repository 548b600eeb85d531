"""Mastering the sound: narration on top, music 12-15 dB under it, -14 LUFS integrated, -1 dBTP, stereo.

Social platforms normalise playback near -14 LUFS: a quieter video plays quieter than the next one.
Loudness is measured with ffmpeg's EBU R128 meter (the same one the tests use), a gain brings it to the
target, and a look-ahead limiter keeps the peaks under -1 dBTP. The music bed ducks under the voice and
STAYS ducked across short pauses (no pumping between words); it rises a little only in longer gaps.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from gigai.video.media import SAMPLE_RATE, ffmpeg_exe, write_wav

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

TARGET_LUFS = -14.0
CEILING_DB = -2.0  # sample-peak ceiling; leaves room for inter-sample peaks and AAC (target -1 dBTP)
UNDER_VOICE_DB = 13.5  # music this far under the voice while someone speaks
GAP_RISE_DB = 6.0  # in a longer pause the bed comes up this much
HOLD_S = 0.6  # pauses shorter than this keep the bed ducked


def moving_mean(x: np.ndarray, k: int) -> np.ndarray:
    """Centred moving average of length ``k`` (cumulative sums: O(n), edges padded with the edge value)."""
    import numpy as np

    k = max(1, int(k))
    xp = np.pad(np.asarray(x, dtype=np.float64), (k // 2, k - 1 - k // 2), mode="edge")
    c = np.concatenate([[0.0], np.cumsum(xp)])
    return ((c[k:] - c[:-k]) / k).astype(np.float32)


def _rms_db(x: np.ndarray) -> float:
    import numpy as np

    return float(20 * np.log10(np.sqrt(np.mean(np.square(x, dtype=np.float64))) + 1e-9))


def speech_mask(voice: np.ndarray, *, hold: float = HOLD_S, sr: int = SAMPLE_RATE) -> np.ndarray:
    """1.0 where someone speaks, pauses shorter than ``hold`` filled in (float32, same length)."""
    import numpy as np

    env = moving_mean(np.abs(voice), int(0.03 * sr))
    active = (env > 0.01).astype(np.float32)
    k = max(1, int(hold * sr))
    # closing = dilate then erode: gaps shorter than `hold` vanish, edges stay where speech is
    dil = moving_mean(active, k) > 1e-6
    ero = moving_mean((~dil).astype(np.float32), k) > 1e-6
    return (~ero).astype(np.float32)


def duck_bed(bed: np.ndarray, voice: np.ndarray, *, sr: int = SAMPLE_RATE) -> np.ndarray:
    """Loop/trim a stereo bed ``(n, 2)`` to the voice and set it 12-15 dB under it, held across pauses."""
    import numpy as np

    n = len(voice)
    if n == 0 or len(bed) == 0:
        return np.zeros((n, 2), np.float32)
    if bed.ndim == 1:
        bed = widen(bed)
    music = np.tile(bed, (int(np.ceil(n / len(bed))), 1))[:n].astype(np.float32)
    mask = speech_mask(voice, sr=sr)
    voiced = voice[mask > 0.5]
    voice_db = _rms_db(voiced) if voiced.size else -20.0
    music_db = _rms_db(music.mean(axis=1))
    base = voice_db - UNDER_VOICE_DB - music_db  # gain (dB) that puts the bed 13.5 dB under the voice
    gain_db = base + GAP_RISE_DB * (1.0 - mask)
    k = max(1, int(0.12 * sr))  # ~120 ms glide, twice: no clicks, no pumping
    for _ in range(2):
        gain_db = moving_mean(gain_db, k)
    music *= (10 ** (gain_db / 20)).astype(np.float32)[:, None]
    fade = min(n, int(1.0 * sr))
    music[-fade:] *= np.linspace(1, 0, fade, dtype=np.float32)[:, None]
    return music


def widen(mono: np.ndarray, *, sr: int = SAMPLE_RATE) -> np.ndarray:
    """A mono bed as a mono-compatible stereo one (mid/side: a delayed side signal, cancels in mono)."""
    import numpy as np

    d = int(0.012 * sr)
    delayed = np.concatenate([np.zeros(d, np.float32), mono[:-d]]) if len(mono) > d else mono
    side = 0.35 * (delayed - mono)
    return np.stack([mono + side, mono - side], axis=1).astype(np.float32)


def measure(samples: np.ndarray, *, sr: int = SAMPLE_RATE, true_peak: bool = True) -> dict[str, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) with ffmpeg's ebur128 meter."""
    with tempfile.TemporaryDirectory() as tmp:
        path = write_wav(Path(tmp) / "m.wav", samples, sr)
        return measure_file(path, true_peak=true_peak)


def measure_file(path: str | Path, *, true_peak: bool = True) -> dict[str, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) of any audio or video file."""
    err = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostats", "-i", str(path), "-map", "0:a:0", "-af",
         f"ebur128=peak={'true' if true_peak else 'none'}:framelog=quiet", "-f", "null", "-"],
        capture_output=True, text=True, timeout=300,
    ).stderr  # fmt: skip
    lufs = re.findall(r"I:\s+(-?[\d.]+|-inf) LUFS", err)
    peak = re.findall(r"Peak:\s+(-?[\d.]+|-inf) dBFS", err)
    return {
        "lufs": float(lufs[-1]) if lufs else float("-inf"),
        "true_peak": float(peak[-1]) if peak else float("-inf"),
    }


def limit(x: np.ndarray, *, ceiling_db: float = CEILING_DB, sr: int = SAMPLE_RATE) -> np.ndarray:
    """Look-ahead peak limiter: a smooth gain that never lets a sample above the ceiling."""
    import numpy as np

    thr = 10 ** (ceiling_db / 20)
    peak = np.abs(x).max(axis=1) if x.ndim == 2 else np.abs(x)
    need = np.minimum(1.0, thr / np.maximum(peak, 1e-9)).astype(np.float32)
    b = max(1, int(0.005 * sr))  # 5 ms blocks
    nb = int(np.ceil(len(need) / b))
    padded = np.pad(need, (0, nb * b - len(need)), constant_values=1.0).reshape(nb, b).min(axis=1)
    nbh = np.minimum(padded, np.minimum(np.r_[padded[1:], 1.0], np.r_[1.0, padded[:-1]]))
    g = np.repeat(nbh, b)[: len(need)]
    g = moving_mean(g, b)
    g = np.minimum(g, need)  # the smoothed gain is already <= need; this makes it exact
    y = x * (g[:, None] if x.ndim == 2 else g)
    return np.clip(y, -thr, thr).astype(np.float32)


def master(voice: np.ndarray, bed: np.ndarray | None, *, sr: int = SAMPLE_RATE) -> tuple[np.ndarray, dict]:
    """Voice (mono) + ducked stereo bed -> stereo at -14 LUFS, peaks under the ceiling; and the figures."""
    import numpy as np

    stereo = np.repeat(voice[:, None], 2, axis=1).astype(np.float32)
    music = duck_bed(bed, voice, sr=sr) if bed is not None else None
    mix = stereo + music if music is not None else stereo
    info: dict = {}
    if not np.any(mix):
        return mix, {"lufs": float("-inf")}
    for _ in range(3):  # gain, limit, re-measure: the limiter takes a little loudness away
        m = measure(mix, sr=sr, true_peak=False)
        if not np.isfinite(m["lufs"]) or abs(m["lufs"] - TARGET_LUFS) < 0.3:
            break
        mix = limit(mix * 10 ** ((TARGET_LUFS - m["lufs"]) / 20), sr=sr)
    info.update(measure(mix, sr=sr))
    if music is not None:
        mask = speech_mask(voice, sr=sr) > 0.5
        if mask.any():
            info["music_under_voice_db"] = round(_rms_db(voice[mask]) - _rms_db(music.mean(axis=1)[mask]), 1)
    return mix, info


__all__ = ["master", "measure", "measure_file", "duck_bed", "limit", "widen", "speech_mask", "TARGET_LUFS"]
