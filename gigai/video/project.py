"""A video project folder: every stage writes its files there, so any stage can be re-run alone.

Layout of ``project_dir``::

    storyboard.json        what was rendered (effective durations)
    scenes/<key>/          one folder per scene (gigai.video.scenes), keyed by a hash of its inputs
    segments/<key>.h264    each scene body and each transition, encoded alone and cached
    audio/mix-<key>.wav    narration + ducked music, mastered to -14 LUFS, stereo (cached)
    render.json            what the last render did: cache hits, segments encoded, loudness, warnings

Editing one scene changes its key: a re-render redoes that scene's files, re-encodes its body and the
transitions next to it, and joins the cached segments without re-encoding the rest.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gigai.errors import VideoError
from gigai.lang import say
from gigai.video.captions import Cue, blank_png, subtitle_cues, to_srt, to_vtt, write_track
from gigai.video.encode import (
    TRANSITIONS,
    XFADE,
    ZOOM,
    Layer,
    Preset,
    body_segment,
    encode_audio,
    encode_segment,
    get_preset,
    join,
    transition_segment,
)  # fmt: skip
from gigai.video.media import SAMPLE_RATE, read_wav, write_wav
from gigai.video.pacing import HOLD, LEAD, beat_grid, timeline
from gigai.video.planner import RATE, plan
from gigai.video.scenes import CACHE_VERSION, SceneMaker, SceneWork, file_digest
from gigai.video.storyboard import Scene, Storyboard, validate_storyboard
from gigai.video.templates import MUSIC, Look, choose, seed_of
from gigai.video.tts import Word, voice_for

AI_LABEL = "Dibuat dengan bantuan AI"
AI_LABEL_EN = "Made with the help of AI"
SHOT_MIN = 1.2  # a photo scene gets a second, closer shot (a punch cut on a beat) when both last this long


def _timed(fn: Callable[..., Any], *args: Any, **kw: Any) -> float:
    t = time.monotonic()
    fn(*args, **kw)
    return time.monotonic() - t


def _h(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def look_of(storyboard: Storyboard, style: str | None = None) -> Look:
    """The style and colours a storyboard renders with (``style`` overrides the storyboard's own)."""
    first = storyboard.scenes[0]
    return choose(style or storyboard.style, seed_of(storyboard.title, first.on_screen_text or first.narration))


class Project:
    """The folder a storyboard renders through. ``Project(dir).render(sb, out)`` is what ``render()`` calls.

    ``media_roots``: when set (the Video Studio), photos, clips and recordings must be files inside them.
    """

    def __init__(self, folder: str | Path, *, base_dir: str | Path | None = None,
                 media_roots: list[str | Path] | None = None) -> None:  # fmt: skip
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.base_dir = Path(base_dir) if base_dir else None
        roots = [Path(r) for r in media_roots] if media_roots is not None else None
        self.maker = SceneMaker(self.folder, self.base_dir, roots)
        self.stats: dict[str, Any] = {}

    def prepare_scene(
        self, scene: Scene, preset: Preset, voice: str = "offline", rate: int = RATE
    ) -> SceneWork:
        return self.maker.prepare(scene, preset, voice, rate)

    def render(
        self,
        storyboard: Storyboard,
        out: str | Path,
        *,
        preset: str | Preset = "9:16",
        voice: str = "offline",
        music: str | None = "auto",
        rate: int = RATE,
        transition: str = "cut",
        ai_label: bool = True,
        progress: bool | Callable[[float, str], object] = True,
        lossless: bool = False,
        style: str | None = None,
    ) -> Path:
        """Prepare every scene (cached), master the sound, encode changed segments, join, write side files."""
        import numpy as np

        from gigai.video.mastering import master
        from gigai.video.music import LICENSE_NOTE, bed_path

        t0 = time.monotonic()
        validate_storyboard(storyboard)
        if transition not in TRANSITIONS:
            raise VideoError(
                "E047", f"Transisi '{transition}' tidak dikenal.", f"Unknown transition '{transition}'.",
                hint=f"Pilih / choose: {', '.join(TRANSITIONS)}", value=transition,
            )  # fmt: skip
        pre = get_preset(preset)
        voice = voice_for(voice, storyboard.language)  # the narration's language picks the voice (and its cache key)
        out = Path(out)
        if out.suffix.lower() != ".mp4":
            out = out.with_suffix(".mp4")
        report = progress if callable(progress) else (lambda f, m: None)
        look = look_of(storyboard, style)
        music = MUSIC[look.style] if music == "auto" else music
        scenes = list(storyboard.scenes)
        label = AI_LABEL if ai_label else None  # said on the last scene, under the call to action
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(self.maker.prepare, sc, pre, voice, rate, look, i,
                                   label if i == len(scenes) - 1 else None) for i, sc in enumerate(scenes)]  # fmt: skip
            works = []
            for i, fut in enumerate(futures):
                works.append(fut.result())
                report(0.15 * (i + 1) / len(scenes), f"Scene {i + 1}/{len(scenes)}")
        t_prep = time.monotonic() - t0
        # Timeline in whole frames: each scene lasts as long as its words plus a beat, cut on the music's beat.
        fps = pre.fps
        grid = beat_grid(music)
        durations = timeline([w.speech_seconds for w in works], [s.duration for s in scenes], grid,
                             hold_last=HOLD if ai_label or scenes[-1].on_screen_text else 0.4)  # fmt: skip
        edges = [round(sum(durations[:i]) * fps) for i in range(len(durations) + 1)]
        frames = [b - a for a, b in zip(edges, edges[1:])]
        total = edges[-1] / fps
        starts = [e / fps for e in edges[:-1]]
        effective = storyboard.model_copy(update={"scenes": [  # what was rendered, closing card included
            s.model_copy(update={"duration": round(f / fps, 3)}) for s, f in zip(scenes, frames)]})  # fmt: skip
        effective.save(self.folder / "storyboard.json")
        sb_plan = plan(storyboard, rate=rate, speech=[w.speech_seconds for w in works])
        # Sound: narration on the timeline, music ducked under it, mastered (cached: a text edit keeps it).
        credits: list[dict[str, str]] = []
        bp = bed_path(music) if music else None
        if bp is not None:
            own = music not in ("lofi", "upbeat", "calm")
            credits.append({"asset": "music", "path": Path(str(bp)).name,
                            "source": say("peserta", "participant") if own else "gigai",
                            "license": say("tanggung jawab peserta", "the participant's responsibility") if own
                            else LICENSE_NOTE})  # fmt: skip
        bed_sig = [str(bp), bp.stat().st_size, bp.stat().st_mtime_ns] if bp and bp.is_file() else str(bp)
        speech_sig = [file_digest(w.speech) if w.speech else None for w in works]
        akey = _h(CACHE_VERSION, "audio", speech_sig, edges, fps, bed_sig)
        (self.folder / "audio").mkdir(exist_ok=True)
        mix_path, loud_path = (
            self.folder / "audio" / f"mix-{akey}.m4a",
            self.folder / "audio" / f"mix-{akey}.json",
        )
        if mix_path.exists() and loud_path.exists():
            loud = json.loads(loud_path.read_text(encoding="utf-8"))
        else:
            n = int(round(total * SAMPLE_RATE))
            voice_track = np.zeros(n, np.float32)
            for w, st in zip(works, starts):
                if w.speech:
                    x = read_wav(w.speech)
                    a = int((st + LEAD) * SAMPLE_RATE)
                    voice_track[a : a + len(x)] += x[: max(0, n - a)]
            bed = None
            if bp is not None:
                from gigai.video.media import decode_audio

                bed = decode_audio(bp, channels=2)
            mix, loud = master(voice_track, bed)
            for old in [*(self.folder / "audio").glob("mix-*"), *(self.folder / "audio").glob("voice-*")]:
                old.unlink(missing_ok=True)
            encode_audio(write_wav(self.folder / "audio" / f"mix-{akey}.wav", mix), mix_path)
            write_wav(self.folder / "audio" / f"voice-{akey}.wav", voice_track)  # the narration alone, timed
            loud_path.write_text(json.dumps(loud), encoding="utf-8")
        report(0.2, "Audio")
        t_audio = time.monotonic() - t0 - t_prep
        # Segments: each scene body, each transition; only the missing ones are encoded.
        half = 0 if TRANSITIONS[transition] is None else max(1, round(XFADE * fps / 2))
        seg_dir = self.folder / "segments"
        seg_dir.mkdir(exist_ok=True)
        layers = [self._layer(sc, w, f, half if i > 0 else 0, pre, st, grid) for i, (sc, w, f, st) in
                  enumerate(zip(scenes, works, frames, starts))]  # fmt: skip
        common = [
            CACHE_VERSION,
            pre.name,
            pre.width,
            pre.height,
            fps,
            pre.crf,
            pre.x264,
            lossless,
            transition,
        ]
        motion = [[lay.zoom, lay.focus, lay.punch] for lay in layers]
        todo, order = [], []
        for i, (w, lay) in enumerate(zip(works, layers)):
            if i > 0 and half:
                key = _h(common, "t", works[i - 1].key, frames[i - 1], w.key, frames[i], half, motion[i - 1], motion[i])
                order.append(seg_dir / f"{key}.h264")
                if not order[-1].exists():
                    todo.append(transition_segment(layers[i - 1], lay, half, transition, pre, key))
            head, tail = (half if i > 0 else 0), (half if i < len(works) - 1 else 0)
            key = _h(common, "b", w.key, frames[i], head, tail, motion[i])
            order.append(seg_dir / f"{key}.h264")
            if not order[-1].exists():
                lay.track = self._body_track(w, head / fps, frames[i] / fps, pre, seg_dir / f"{key}.txt")
                todo.append(body_segment(lay, head, tail, pre, key))
        t1 = time.monotonic()
        with ThreadPoolExecutor(max_workers=2) as pool:
            futs = [pool.submit(_timed, encode_segment, s, seg_dir / f"{s.key}.h264", pre, lossless=lossless)
                    for s in todo]  # fmt: skip
            seg_times = []
            for k, fut in enumerate(futs):
                seg_times.append(round(fut.result(), 2))
                report(0.2 + 0.7 * (k + 1) / max(1, len(futs)), f"Segmen / segment {k + 1}/{len(futs)}")
        t_enc = time.monotonic() - t1
        t2 = time.monotonic()
        result = join(order, mix_path, pre, out, duration=total,
                      progress=(lambda f, m: report(0.9 + 0.1 * f, m)) if callable(progress) else progress)  # fmt: skip
        t3 = time.monotonic()
        self._side_files(out, works, starts, total, ai_label, credits, pre, scenes)
        t_side = time.monotonic() - t3
        notices = sorted({m for w in works for m in w.notices})
        self.stats = {
            "cache_hits": sum(w.hit for w in works),
            "cache_misses": sum(not w.hit for w in works),
            "scenes": [{"key": w.key, "hit": w.hit, "duration": round(f / fps, 3), "start": round(st, 3),
                        "text_box": w.text_box, "focus_box": w.focus_box, "photo_box": w.photo_box,
                        "sticker_box": w.sticker_box, "text_xy": w.text_xy,
                        "headline_size": w.headline_size, "card": w.card, "punch_frame": lay.punch}
                       for w, f, st, lay in zip(works, frames, starts, layers)],  # fmt: skip
            "style": look.style, "colors": look.key()[1:], "music": music, "beat_grid": grid,
            "segments": {"encoded": [s.label for s in todo], "frames": [s.frames for s in todo],
                         "seconds": seg_times, "reused": len(order) - len(todo), "total": len(order)},
            "audio": f"audio/{mix_path.name}", "voice_track": f"audio/voice-{akey}.wav", "duration": round(total, 3), "preset": pre.name, "voice": voice, "transition": transition,
            "ai_label": ai_label, "notices": notices, "warnings": sb_plan.warnings, "loudness": loud,
            "seconds": {"prepare": round(t_prep, 2), "audio": round(t_audio, 2), "encode": round(t_enc, 2),
                        "join": round(t3 - t2, 2), "side_files": round(t_side, 2),
                        "total": round(time.monotonic() - t0, 2)},
        }  # fmt: skip
        (self.folder / "render.json").write_text(
            json.dumps(self.stats, indent=1, ensure_ascii=False), "utf-8"
        )
        return result

    def _layer(self, scene: Scene, w: SceneWork, frames: int, head: int, pre: Preset, start: float,
               grid: float | None) -> Layer:  # fmt: skip
        """The moving picture of one scene: a punch-in around the subject (photos) or the words (cards)."""
        from gigai.video.looks import CARD_ZOOM

        vis = scene.visual
        moving = w.kind == "still" and vis.motion != "none"
        zoom = (CARD_ZOOM if w.card else ZOOM) if moving else 0.0
        punch = 0
        length = frames / pre.fps
        if moving and not w.card and length >= 2 * SHOT_MIN:  # two shots: cut closer on the beat nearest the middle
            mid = start + length / 2
            t = round(mid / grid) * grid - start if grid else length / 2
            if SHOT_MIN <= t <= length - SHOT_MIN:
                punch = round(t * pre.fps)
        return Layer(w.layer_path, frames, w.kind, zoom, w.zoom_focus, w.text_png, tuple(w.text_xy), None,
                     head if w.kind == "clip" else 0, punch)  # fmt: skip

    def _body_track(self, w: SceneWork, head_s: float, scene_s: float, pre: Preset, dst: Path) -> Path | None:
        """The caption track of one body segment: the scene's highlight states, times from the body start."""
        if not w.states:
            return None
        timeline = [(LEAD + s["start"] - head_s, min(LEAD + s["end"], scene_s) - head_s, w.folder / s["png"])
                    for s in w.states]  # fmt: skip
        blank = blank_png(
            pre.width, pre.height, self.folder / "segments" / f"blank_{pre.width}x{pre.height}.png"
        )
        return write_track(timeline, scene_s - head_s, blank.resolve(), dst)

    def _side_files(self, out: Path, works: list[SceneWork], starts: list[float], total: float, ai_label: bool,
                    credits: list[dict[str, str]], pre: Preset, scenes: list[Scene]) -> None:  # fmt: skip
        words = [Word(x.text, round(st + LEAD + x.start, 3), round(st + LEAD + x.end, 3))
                 for w, st in zip(works, starts) for x in w.words]  # fmt: skip
        cues = subtitle_cues(words)
        if ai_label:  # after the last word, while the call to action holds
            cues.append(Cue(round(max([starts[-1], *(c.end for c in cues)]), 3), round(total, 3), AI_LABEL))
        out.with_suffix(".srt").write_text(to_srt(cues), encoding="utf-8")
        out.with_suffix(".vtt").write_text(to_vtt(cues), encoding="utf-8")
        seen: set[str] = set()
        assets = []
        for c in [*(c for w in works for c in w.credits), *credits]:
            k = json.dumps(c, sort_keys=True)
            if k not in seen:
                seen.add(k)
                assets.append(c)
        doc = {
            "video": out.name, "made_with": "gigai", "preset": pre.name, "assets": assets,
            "ai_disclosure": ({"closing_card": AI_LABEL, "on_screen": "last scene, under the call to action",
                               "caption": AI_LABEL, "en": AI_LABEL_EN} if ai_label
                              else "off: tambahkan sendiri label AI di platform / add the platform's AI label"),
            "notices": sorted({m for w in works for m in w.notices}),
        }  # fmt: skip
        out.with_name(out.stem + ".credits.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=2), "utf-8"
        )


def render(
    storyboard: Storyboard | str | Path,
    out: str | Path = "promo.mp4",
    *,
    preset: str = "9:16",
    project_dir: str | Path | None = None,
    voice: str = "offline",
    music: str | None = "auto",
    rate: int = RATE,
    transition: str = "cut",
    ai_label: bool = True,
    progress: bool | Callable[[float, str], object] = True,
    style: str | None = None,
) -> Path:
    """Render a storyboard to an MP4 (+ .srt, .vtt, <name>.credits.json beside it) and return its path.

        >>> render(sb, out="promo.mp4", preset="preview")   # 720p draft in seconds
        PosixPath('promo.mp4')

    ``style``: "kinetik", "produk" or "ugc" (gigai.video.templates; default: the storyboard's own, "auto" picks
    one from the business). ``music``: "auto" (the style's bed), "lofi", "upbeat", "calm", a file, or None.
    ``transition``: "cut" (on the beat), "fade", "slide" or "zoom". ``ai_label`` (on by default) writes
    "Dibuat dengan bantuan AI" under the call to action and as the last caption line. Each scene lasts as
    long as its narration plus a beat (gigai.video.pacing). ``rate``: offline voice speed, words per minute.
    ``project_dir`` (default: ``<out stem>_proyek`` beside the video) keeps every stage's files; render
    again after editing one scene and only that scene is redone. Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
    """
    base = None
    if isinstance(storyboard, (str, Path)):
        base = Path(storyboard).parent
        storyboard = Storyboard.load(storyboard)
    if not isinstance(storyboard, Storyboard):
        raise VideoError(
            "E044", "Yang dirender harus Storyboard.", "render() needs a Storyboard.",
            hint="sb = write_storyboard(Brief(...)); render(sb)", value=type(storyboard).__name__,
        )  # fmt: skip
    out = Path(out)
    folder = Path(project_dir) if project_dir else out.parent / f"{out.stem}_proyek"
    return Project(folder, base_dir=base).render(
        storyboard, out, preset=preset, voice=voice, music=music, rate=rate, transition=transition,
        ai_label=ai_label, progress=progress, style=style,
    )  # fmt: skip


__all__ = ["Project", "render", "SceneWork", "look_of", "AI_LABEL", "LEAD"]
