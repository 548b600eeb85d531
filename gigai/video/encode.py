"""Encoding: each scene body and each transition is its own short H.264 segment, cached by what is in it.

What does what, honestly: Pillow draws the scene backgrounds, text pills and caption states
(gigai.video.visuals); numpy mixes and masters the sound (gigai.video.mastering); ffmpeg (the binary shipped
by imageio-ffmpeg) animates the zoom, composites text and captions AFTER the zoom (so they never drift out
of the safe area), joins scenes with a crossfade, a slide or a cut, and encodes. The segments are raw
H.264 (no B-frames, same settings), so they are joined without re-encoding: editing one scene re-encodes
only that scene and the transitions next to it. Colours are converted and tagged as BT.709.

The output is written to a temp file beside ``out`` and moved into place only when ffmpeg succeeded.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gigai.errors import VideoError
from gigai.lang import say
from gigai.video.media import ffmpeg_exe


@dataclass(frozen=True)
class Preset:
    """Output size and encoder settings. CRF chosen so SSIM against a lossless render stays >= 0.99."""

    name: str
    width: int
    height: int
    fps: int = 30
    x264: str = "superfast"
    crf: int = 21
    oversample: int = 1  # compute the zoom at this multiple of the size (2: sub-pixel smooth slow zooms)


PRESETS: dict[str, Preset] = {
    "9:16": Preset("9:16", 1080, 1920),
    "1:1": Preset("1:1", 1080, 1080),
    "16:9": Preset("16:9", 1920, 1080),
    "preview": Preset("preview", 720, 1280, fps=30, x264="ultrafast", crf=24, oversample=1),
}
LAST_COMMAND: list[str] = []  # the last ffmpeg command line (for the bench and for debugging)
XFADE = 0.24  # seconds of a fade/slide/zoom transition between scenes (quick: the text stays on both sides)
ZOOM = 0.10  # punch-in on photos: +10% over a shot
PUNCH = 0.08  # a photo scene long enough for two shots jumps this much closer on a beat (a punch cut)
TRANSITIONS = {"cut": None, "fade": "fade", "slide": "slideleft", "zoom": "zoomin"}
BT709 = "scale=out_color_matrix=bt709:out_range=tv"
TAG709 = "setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv"  # frames carry the tags
COLOR_TAGS = [
    "-colorspace",
    "bt709",
    "-color_primaries",
    "bt709",
    "-color_trc",
    "bt709",
    "-color_range",
    "tv",
]


def get_preset(preset: str | Preset) -> Preset:
    """Look up a preset by name with a bilingual error listing the choices."""
    if isinstance(preset, Preset):
        return preset
    if preset not in PRESETS:
        raise VideoError(
            "E042", f"Preset '{preset}' tidak dikenal.", f"Unknown preset '{preset}'.",
            hint=f"Pilih / choose: {', '.join(PRESETS)}", value=preset,
        )  # fmt: skip
    return PRESETS[preset]


@dataclass
class Layer:
    """One scene's picture: a still (zoomed around ``focus``) or a clip, ``frames`` long on the timeline."""

    path: Path
    frames: int
    kind: str = "still"  # "still" or "clip"
    zoom: float = ZOOM  # slow push-in over the scene (0 = still)
    focus: tuple[float, float] = (0.5, 0.5)  # the point that stays put while zooming (fractions)
    text_png: Path | None = None  # on-screen text (cropped RGBA) and where it goes
    text_xy: tuple[int, int] = (0, 0)
    track: Path | None = None  # caption track (ffconcat), times relative to the body segment's start
    offset: int = 0  # clips: clip frame = scene frame + offset (a transition into a clip starts at its frame 0)
    punch: int = 0  # stills: scene frame where the second shot starts (closer by PUNCH); 0 = one shot


@dataclass
class Segment:
    """A piece of the timeline encoded on its own: a scene body or a transition between two scenes."""

    key: str
    frames: int
    args: list[str]
    graph: str
    label: str = ""
    inputs: list[str] = field(default_factory=list)


def scene_chain(lay: Layer, idx: int, first: int, count: int, pre: Preset, tag: str) -> tuple[list[str], str]:
    """Input args and a filter chain giving frames [first, first+count) of a scene's picture as [tag]."""
    W, H, fps = pre.width, pre.height, pre.fps
    if lay.kind == "clip":
        start = max(0.0, (first + lay.offset) / fps)
        args = [
            "-ss",
            f"{start:.3f}",
            "-stream_loop",
            "-1",
            "-t",
            f"{count / fps + 0.5:.3f}",
            "-i",
            str(lay.path),
        ]
        chain = (
            f"[{idx}:v]fps={fps},scale={W}:{H}:force_original_aspect_ratio=increase,crop={W}:{H},setsar=1,"
            f"{BT709},format=yuv420p,trim=end_frame={count},settb=1/{fps},setpts=N[{tag}]"
        )
        return args, chain
    args = ["-framerate", str(fps), "-i", str(lay.path)]
    k = max(1, pre.oversample) if lay.zoom > 0 else 1
    base = f"[{idx}:v]" + (f"scale={W * k}:{H * k}:flags=bicubic," if k > 1 else "")
    base += f"{BT709},format=yuv420p,loop=loop={count - 1}:size=1:start=0,settb=1/{fps},setpts=N"
    if lay.zoom > 0:
        # Grow by `zoom` over the whole scene (frame n of this piece is frame n + first of the scene), plus a
        # jump of PUNCH at the second shot; the point `focus` stays put.
        m = f"max(0\\,n+{first})"
        g = f"(1+{lay.zoom:.4f}*{m}/{lay.frames}" + (f"+{PUNCH}*gte({m}\\,{lay.punch})" if lay.punch else "") + ")"
        fx, fy = lay.focus
        sw, sh = f"2*trunc({W * k}*{g}/2)", f"2*trunc({H * k}*{g}/2)"
        # crop's iw/ih keep the FIRST frame's size when the size changes per frame: compute the size again
        base += (
            f",scale=w='{sw}':h='{sh}':eval=frame:flags=bilinear,"
            f"crop={W * k}:{H * k}:'({sw}-{W * k})*{fx:.4f}':'({sh}-{H * k})*{fy:.4f}'"
        )
        if k > 1:
            base += f",scale={W}:{H}:flags=area"
    return args, base + f",setsar=1[{tag}]"


def _with_text(lay: Layer, args: list[str], chain: str, count: int, pre: Preset, tag: str) -> tuple[list[str], str]:
    """Put the scene's static headline over its picture chain (already ``[tag]``): the result is ``[tag]t``."""
    if lay.text_png is None:
        return args, chain + f";[{tag}]null[{tag}t]"
    idx = _inputs(args)
    x, y = lay.text_xy
    args = [*args, "-framerate", str(pre.fps), "-i", str(lay.text_png)]
    chain += (
        f";[{idx}:v]format=rgba,loop=loop={count - 1}:size=1:start=0,settb=1/{pre.fps},setpts=N,{BT709},"
        f"format=yuva420p[{tag}x];[{tag}][{tag}x]overlay={x}:{y}:shortest=1:format=yuv420[{tag}t]"
    )
    return args, chain


def _inputs(args: list[str]) -> int:
    return sum(a == "-i" for a in args)


def body_segment(lay: Layer, head: int, tail: int, pre: Preset, key: str) -> Segment:
    """Frames [head, frames - tail) of a scene with its text and captions composited on top."""
    n = lay.frames - head - tail
    args, chain = scene_chain(lay, 0, head, n, pre, "bg")
    parts = [chain]
    cur, idx = "bg", _inputs(args)
    fps = pre.fps
    if lay.text_png is not None:  # the headline is there from the first frame (no fade-in from empty)
        args, chain2 = _with_text(lay, args, "", n, pre, "bg")
        parts.append(chain2.lstrip(";"))
        cur, idx = "bgt", _inputs(args)
    if lay.track is not None:
        from gigai.video.layout import caption_geometry

        y, _, _ = caption_geometry(pre.width, pre.height)
        args += ["-f", "concat", "-safe", "0", "-i", str(lay.track)]
        parts.append(f"[{idx}:v]{BT709},format=yuva420p[cap]")
        parts.append(f"[{cur}][cap]overlay=0:{y}:eof_action=pass:format=yuv420[wc]")
        cur = "wc"
    parts.append(f"[{cur}]trim=end_frame={n},setpts=N/({fps}*TB),{TAG709}[vout]")
    return Segment(key, n, args, ";".join(parts), label="scene")


def transition_segment(a: Layer, b: Layer, half: int, kind: str, pre: Preset, key: str) -> Segment:
    """The last ``half`` frames of scene a (plus ``half`` beyond) into the first ``2*half`` of scene b."""
    n = 2 * half
    args_a, chain_a = _with_text(a, *scene_chain(a, 0, a.frames - half, n, pre, "a"), n, pre, "a")
    args_b, chain_b = scene_chain(b, _inputs(args_a), -half, n, pre, "b")
    args_b, chain_b = _with_text(b, [*args_a, *args_b], chain_b, n, pre, "b")
    args_b = args_b[len(args_a):]
    xf = TRANSITIONS.get(kind) or "fade"
    graph = (
        f"{chain_a};{chain_b};[at][bt]xfade=transition={xf}:duration={n / pre.fps:.4f}:offset=0,"
        f"trim=end_frame={n},setpts=N/({pre.fps}*TB),{TAG709}[vout]"
    )
    return Segment(key, n, args_a + args_b, graph, label="transition")


def run_ffmpeg(
    args: list[str],
    out: str | Path,
    *,
    duration: float,
    progress: bool | Callable[[float, str], object] = True,
    label: str = "Render",
) -> Path:
    """Run ffmpeg writing to a temp file beside ``out``; move it into place only on success."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.stem}.part-{os.getpid()}-{id(args)}{out.suffix}")
    cmd = [
        ffmpeg_exe(),
        "-y",
        "-hide_banner",
        "-nostats",
        "-v",
        "error",
        "-progress",
        "pipe:1",
        *args,
        str(tmp),
    ]
    LAST_COMMAND[:] = cmd
    report = _reporter(progress, label)
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            m = re.match(r"out_time_(?:us|ms)=(\d+)", line)
            if m and duration > 0:
                report(min(1.0, int(m.group(1)) / 1e6 / duration), f"{label} {time.monotonic() - t0:.0f} s")
        err = proc.stderr.read()  # type: ignore[union-attr]
        rc = proc.wait()
    except BaseException:
        proc.kill()
        proc.wait()
        tmp.unlink(missing_ok=True)
        raise
    # A layer ffmpeg could not open (e.g. a caption state) ends that input early and still exits 0:
    # a video with missing parts is a failed render, not a good one.
    missing = "Impossible to open" in err or "No such file or directory" in err
    if rc != 0 or missing or not tmp.exists() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        raise VideoError(
            "E043", "Render video gagal (ffmpeg).", "The video render failed (ffmpeg).",
            hint="Cek gambar/klip di storyboard, lalu coba preset 'preview' / check the scene files",
            value=err.strip()[-600:],
        )  # fmt: skip
    os.replace(tmp, out)
    report(1.0, say(f"{label} selesai", f"{label} done"))
    return out


def _reporter(progress: bool | Callable[[float, str], object], label: str) -> Callable[[float, str], None]:
    if callable(progress):
        return lambda frac, msg: progress(frac, msg)  # type: ignore[misc]
    if not progress:
        return lambda frac, msg: None
    state = {"last": -1}

    def bar(frac: float, msg: str) -> None:
        step = int(frac * 40)
        if step == state["last"]:
            return
        state["last"] = step
        sys.stderr.write(f"\r[{'#' * step}{'.' * (40 - step)}] {frac * 100:5.1f}% {msg}   ")
        if frac >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return bar


def video_codec_args(pre: Preset, *, lossless: bool = False) -> list[str]:
    """Same settings for every segment (so they join without re-encoding): no B-frames, BT.709 tags."""
    q = ["-preset", "ultrafast", "-qp", "0"] if lossless else ["-preset", pre.x264, "-crf", str(pre.crf)]
    return ["-c:v", "libx264", *q, "-bf", "0", "-pix_fmt", "yuv420p", *COLOR_TAGS, "-threads", "2"]


def encode_segment(seg: Segment, out: Path, pre: Preset, *, lossless: bool = False) -> Path:
    """Encode one segment to a raw H.264 file (written atomically)."""
    args = [*seg.args, "-filter_complex", seg.graph, "-map", "[vout]", "-frames:v", str(seg.frames),
            *video_codec_args(pre, lossless=lossless), "-f", "h264"]  # fmt: skip
    return run_ffmpeg(args, out, duration=seg.frames / pre.fps, progress=False, label=seg.label)


def encode_audio(wav: Path, out: Path) -> Path:
    """The mastered mix as AAC 160 kb/s, 48 kHz stereo (encoded once, reused while the sound is unchanged)."""
    args = ["-i", str(wav), "-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2", "-f", "mp4"]
    return run_ffmpeg(args, out, duration=0, progress=False, label="Audio")


def join(segments: list[Path], audio: Path | None, pre: Preset, out: str | Path, *, duration: float,
         progress: bool | Callable[[float, str], object] = True) -> Path:  # fmt: skip
    """Concatenate the segments' bitstreams, add the mastered stereo sound: MP4, +faststart, no re-encode."""
    listing = "|".join(str(p) for p in segments)
    args = ["-fflags", "+genpts", "-f", "h264", "-framerate", str(pre.fps), "-i", f"concat:{listing}"]
    if audio is not None:
        args += ["-i", str(audio)]
    args += ["-map", "0:v"]
    if audio is not None:
        args += ["-map", "1:a", "-c:a", "copy"]
    args += ["-c:v", "copy", *COLOR_TAGS, "-t", f"{duration:.3f}", "-movflags", "+faststart"]
    return run_ffmpeg(args, out, duration=duration, progress=progress, label=say("Gabung", "Join"))


__all__ = [
    "Preset", "PRESETS", "get_preset", "Layer", "Segment", "scene_chain", "body_segment", "transition_segment",
    "encode_segment", "encode_audio", "join", "run_ffmpeg", "video_codec_args", "XFADE", "ZOOM", "TRANSITIONS",
]  # fmt: skip
