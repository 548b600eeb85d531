"""Media I/O, one owner: find ffmpeg, probe files, read and write audio.

Everything that reads or writes sound (the voices, the music bed, the participant's own recordings, the mix)
goes through here, so gigai.video.tts and gigai.video.music never need each other.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigai.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

SAMPLE_RATE = 24000  # every voice is resampled to this; the mix runs at this rate


def ffmpeg_exe() -> str:
    """The ffmpeg binary that imageio-ffmpeg ships (libx264, aac, xfade, zoompan, libass)."""
    from gigai._deps import require

    return require("imageio_ffmpeg").get_ffmpeg_exe()


def probe(path: str | Path) -> dict[str, Any]:
    """Stream facts: duration, width, height, fps, vcodec, pix_fmt, acodec, faststart (moov before mdat)."""
    path = Path(path)
    info: dict[str, Any] = {"faststart": _faststart(path)}
    ffprobe = shutil.which("ffprobe")
    if ffprobe:
        out = subprocess.run(
            [ffprobe, "-v", "error", "-show_format", "-show_streams", "-of", "json", str(path)],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        data = json.loads(out)
        info["duration"] = float(data["format"]["duration"])
        for s in data["streams"]:
            if s["codec_type"] == "video":
                num, den = s["r_frame_rate"].split("/")
                info.update(
                    width=s["width"], height=s["height"], fps=float(num) / float(den),
                    vcodec=s["codec_name"], pix_fmt=s.get("pix_fmt"), profile=s.get("profile"),
                    color_space=s.get("color_space"), color_primaries=s.get("color_primaries"),
                    color_transfer=s.get("color_transfer"),
                )  # fmt: skip
            elif s["codec_type"] == "audio":
                info.update(
                    acodec=s["codec_name"], sample_rate=int(s["sample_rate"]), channels=s.get("channels")
                )
        info["tool"] = "ffprobe"
        return info
    err = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True
    ).stderr
    m = re.search(r"Duration: (\d+):(\d+):([\d.]+)", err)
    if m:
        info["duration"] = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    v = re.search(r"Video: (\w+)[^,]*, (\w+)[^,]*(?:\([^)]*\))?, (\d+)x(\d+).*?, ([\d.]+) fps", err)
    if v:
        info.update(vcodec=v.group(1), pix_fmt=v.group(2), width=int(v.group(3)), height=int(v.group(4)))
        info["fps"] = float(v.group(5))
    a = re.search(r"Audio: (\w+).*?, (\d+) Hz", err)
    if a:
        info.update(acodec=a.group(1), sample_rate=int(a.group(2)))
    info["tool"] = "ffmpeg -i"
    return info


def _faststart(path: Path) -> bool:
    """True when the 'moov' atom comes before 'mdat' (the video starts playing before it fully loads)."""
    try:
        with open(path, "rb") as f:
            pos = 0
            size = path.stat().st_size
            while pos < size:
                f.seek(pos)
                head = f.read(16)
                if len(head) < 8:
                    return False
                n = int.from_bytes(head[:4], "big")
                kind = head[4:8]
                if kind == b"moov":
                    return True
                if kind == b"mdat":
                    return False
                if n == 1:
                    n = int.from_bytes(head[8:16], "big")
                if n < 8:
                    return False
                pos += n
    except OSError:
        return False
    return False


def write_wav(path: str | Path, samples: np.ndarray, sr: int = SAMPLE_RATE) -> Path:
    """Write float samples (mono ``(n,)`` or stereo ``(n, 2)``) as 16-bit PCM WAV (stdlib ``wave``)."""
    import wave

    import numpy as np

    path = Path(path)
    x = np.asarray(samples, dtype=np.float32)
    ch = 1 if x.ndim == 1 else x.shape[1]
    pcm = (np.clip(x, -1, 1) * 32767).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(ch)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm)
    return path


def read_wav(path: str | Path) -> np.ndarray:
    """Read a 16-bit WAV written by :func:`write_wav` back to mono float32."""
    import wave

    import numpy as np

    with wave.open(str(path), "rb") as w:
        data = w.readframes(w.getnframes())
        ch = w.getnchannels()
    x = np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0
    return x.reshape(-1, ch).mean(axis=1) if ch > 1 else x


def decode_audio(
    path: str | Path, sr: int = SAMPLE_RATE, *, channels: int = 1, what: str = "musik"
) -> np.ndarray:
    """Any audio file (WAV, M4A, MP3, a phone recording) -> float32 at ``sr``; ``(n,)`` or ``(n, channels)``."""
    import numpy as np

    p = Path(path)
    if not p.is_file():
        raise InputError(
            "E093", f"File {what} tidak ditemukan.", "Audio file not found.",
            hint="Periksa nama file dan foldernya / check the file name and folder", value=p.name,
        )  # fmt: skip
    proc = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(p), "-f", "f32le", "-ac", str(channels), "-ar", str(sr), "-"],
        capture_output=True, timeout=120,
    )  # fmt: skip
    if proc.returncode != 0 or not proc.stdout:
        raise InputError(
            "E094", f"File {what} tidak bisa dibaca.", "The audio file cannot be read.",
            hint="Coba file WAV/M4A/MP3 lain / try another WAV, M4A or MP3", value=p.name,
        )  # fmt: skip
    x = np.frombuffer(proc.stdout, dtype=np.float32).copy()
    return x if channels == 1 else x.reshape(-1, channels)


MAX_MEDIA_BYTES = 300 * 1024 * 1024


def confine(path: str | Path, *, base: Path | None = None, roots: list[Path] | None = None) -> Path:
    """Resolve a media path; with ``roots`` (the Video Studio) only regular files inside them are allowed.

    Outside the roots, a device (``/dev/zero``), a folder, ``..`` or a link out, a missing or a huge file:
    all get the SAME message, so nobody can probe which files exist on the host.
    """
    p = Path(str(path)).expanduser()
    if not p.is_absolute() and base is not None and (roots is not None or (base / p).exists()):
        p = base / p
    if roots is None:
        return p
    try:
        real = p.resolve()
        inside = any(real.is_relative_to(r.resolve()) for r in roots)
        ok = inside and real.is_file() and real.stat().st_size <= MAX_MEDIA_BYTES
    except (OSError, ValueError, RuntimeError):
        ok = False
    if not ok:
        raise InputError(
            "E165",
            "File ini tidak bisa dipakai. Pakai foto/klip yang kamu unggah di Studio.",
            "This file cannot be used. Use a photo or clip you uploaded in the Studio.",
            hint="Unggah file-nya dulu, lalu pilih namanya / upload the file first, then pick its name",
            value=str(path)[:120],
        )
    return real
