"""Find ffmpeg and read what is inside a media file (ffprobe when installed, else ``ffmpeg -i`` parsing)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any


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
                )  # fmt: skip
            elif s["codec_type"] == "audio":
                info.update(acodec=s["codec_name"], sample_rate=int(s["sample_rate"]))
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
