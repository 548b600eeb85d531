"""A video project folder: every stage writes its files there, so any stage can be re-run alone.

Layout of ``project_dir``::

    storyboard.json        what was rendered (effective durations)
    scenes/<key>/          one folder per scene, keyed by a hash of its inputs (narration, text, visual,
                           picture bytes, size, voice): still.png, speech.wav, words.json, cap_*.png
    audio/mix.wav          narration placed on the timeline + ducked music
    captions/track.txt     the caption track ffmpeg overlays (ffconcat of highlight states)
    render.json            what the last render did: cache hits/misses, notices, timings

Editing one scene changes only that scene's key, so a re-render redoes only that scene's speech,
still and captions (the final ffmpeg encode always runs: crossfades join neighbouring scenes).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gigai.errors import InputError, VideoError
from gigai.video.captions import Cue, blank_png, render_states, shift, to_srt, to_vtt, write_track
from gigai.video.encode import XFADE, ZOOM, Layer, Preset, encode, get_preset
from gigai.video.storyboard import Scene, Storyboard, validate_storyboard
from gigai.video.tts import SAMPLE_RATE, Word, from_recording, read_wav, speak, write_wav

CACHE_VERSION = "1"
LEAD = 0.2  # narration starts this long after its scene (the hook is heard within 2 s)
TAIL = 0.35  # breathing room after the last word of a scene
VOICE_CREDIT = {
    "offline": (
        "espeak-ng 1.52 via espeakng-loader, suara Indonesia",
        "GPL-3.0 tool; generated audio is yours",
    ),
    "edge": ("Microsoft Edge read-aloud voices via edge-tts", "check Microsoft's terms for commercial use"),
    "openai": ("OpenAI TTS", "OpenAI usage policies; disclose AI voice"),
}


@dataclass
class SceneWork:
    """One scene after preparation: its still (or clip), speech, word timings and caption states."""

    key: str
    folder: Path
    layer_path: Path
    kind: str  # "still" | "clip"
    text_png: Path | None
    speech: Path | None
    speech_seconds: float
    words: list[Word]
    states: list[dict[str, Any]]
    cues: list[Cue]
    hit: bool
    notices: list[str] = field(default_factory=list)
    credits: list[dict[str, str]] = field(default_factory=list)


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _resolve(path: str, base: Path | None) -> Path:
    p = Path(path).expanduser()
    if not p.is_absolute() and base is not None and (base / p).exists():
        return base / p
    return p


class Project:
    """The folder a storyboard renders through. ``Project(dir).render(sb, out)`` is what ``render()`` calls."""

    def __init__(self, folder: str | Path, *, base_dir: str | Path | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.base_dir = Path(base_dir) if base_dir else None
        self.stats: dict[str, Any] = {}

    # ------------------------------------------------------------ stage 1: per-scene work (cached)

    def scene_key(self, scene: Scene, preset: Preset, voice: str) -> str:
        """Hash of everything that changes a scene's files (its duration does not)."""
        data = scene.model_dump(exclude={"duration"})
        if scene.visual.kind in ("image", "video") and scene.visual.path:
            p = _resolve(scene.visual.path, self.base_dir)
            data["file"] = _file_digest(p) if p.is_file() else f"missing:{p}"
        if scene.voice_file:
            p = _resolve(scene.voice_file, self.base_dir)
            data["voice_file"] = _file_digest(p) if p.is_file() else f"missing:{p}"
        blob = json.dumps([CACHE_VERSION, data, preset.width, preset.height, voice], sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def prepare_scene(self, scene: Scene, preset: Preset, voice: str = "offline") -> SceneWork:
        """Make (or reuse) one scene's still, speech and caption states."""
        key = self.scene_key(scene, preset, voice)
        folder = self.folder / "scenes" / key
        meta_path = folder / "meta.json"
        if meta_path.exists():
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            return self._work_from_meta(key, folder, meta, hit=True)
        tmp = folder.with_name(key + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        try:
            meta = self._make_scene(scene, preset, voice, tmp)
            (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
            shutil.rmtree(folder, ignore_errors=True)
            tmp.rename(folder)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return self._work_from_meta(key, folder, meta, hit=False)

    def _make_scene(self, scene: Scene, preset: Preset, voice: str, out: Path) -> dict[str, Any]:
        from PIL import Image

        from gigai.video.visuals import FONT_CREDIT, draw_text_block, scene_card

        W, H = preset.width, preset.height
        notices: list[str] = []
        credits: list[dict[str, str]] = [FONT_CREDIT] if scene.on_screen_text or scene.narration else []
        vis = scene.visual
        kind, text_png = "still", None
        if vis.kind == "video":
            clip = self._check_clip(vis.path)
            kind = "clip"
            layer = str(clip)
            if scene.on_screen_text:
                img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
                draw_text_block(img, scene.on_screen_text, layout="top")
                img.save(out / "text.png")
                text_png = "text.png"
            credits.append({"asset": "video", "path": str(clip), "source": "peserta / participant",
                            "license": "milik peserta / owned by the participant"})  # fmt: skip
        else:
            if vis.kind == "ai":
                got = self._ai_image(vis.prompt or scene.on_screen_text or scene.narration, out / "ai.png")
                if got:
                    vis = vis.model_copy(update={"kind": "image", "path": str(out / "ai.png")})
                    credits.append(got)
                else:
                    notices.append("[mode offline] Gambar AI tidak tersedia, pakai kartu teks. / "
                                   "AI image unavailable, using a text card.")  # fmt: skip
                    vis = vis.model_copy(update={"kind": "card"})
            if vis.kind == "image":
                vis = vis.model_copy(update={"path": str(_resolve(vis.path or "", self.base_dir))})
                if not credits or credits[-1].get("asset") != "image":
                    credits.append({"asset": "image", "path": vis.path, "source": "peserta / participant",
                                    "license": "milik peserta / owned by the participant"})  # fmt: skip
            still = scene_card(scene.model_copy(update={"visual": vis}), W, H, base_dir=self.base_dir)
            still.save(out / "still.png", compress_level=1)
            layer = "still.png"
        speech_file, seconds, words = None, 0.0, []
        if scene.voice_file:
            sp = from_recording(_resolve(scene.voice_file, self.base_dir), scene.narration)
            write_wav(out / "speech.wav", sp.samples)
            speech_file, seconds, words = "speech.wav", sp.duration, sp.words
            credits.append({"asset": "voice", "path": Path(scene.voice_file).name,
                            "source": "rekaman peserta / the participant's recording",
                            "license": "milik peserta / owned by the participant"})  # fmt: skip
        elif scene.narration.strip():
            sp = speak(scene.narration, voice=voice)
            if sp.notice:
                notices.append(sp.notice)
            if len(sp.samples):
                write_wav(out / "speech.wav", sp.samples)
                speech_file, seconds, words = "speech.wav", sp.duration, sp.words
            base = sp.voice.split(":")[0]
            src, lic = VOICE_CREDIT.get(base, VOICE_CREDIT["offline"])
            credits.append({"asset": "voice", "path": "", "source": f"{src} ({sp.voice})", "license": lic})
        states, cues = render_states(words, W, H, out) if words else ([], [])
        return {
            "kind": kind, "layer": layer, "text_png": text_png, "speech": speech_file, "seconds": seconds,
            "words": [w.__dict__ for w in words], "states": [s.__dict__ for s in states],
            "cues": [c.__dict__ for c in cues], "notices": notices, "credits": credits,
        }  # fmt: skip

    def _work_from_meta(self, key: str, folder: Path, meta: dict[str, Any], *, hit: bool) -> SceneWork:
        layer = Path(meta["layer"]) if meta["kind"] == "clip" else folder / meta["layer"]
        return SceneWork(
            key=key, folder=folder, layer_path=layer, kind=meta["kind"],
            text_png=folder / meta["text_png"] if meta.get("text_png") else None,
            speech=folder / meta["speech"] if meta.get("speech") else None, speech_seconds=meta["seconds"],
            words=[Word(**w) for w in meta["words"]], states=meta["states"],
            cues=[Cue(**c) for c in meta["cues"]], hit=hit, notices=meta.get("notices", []),
            credits=meta.get("credits", []),
        )  # fmt: skip

    def _check_clip(self, path: str | None) -> Path:
        """Open the participant's clip with moviepy to be sure it is a readable video."""
        p = _resolve(path or "", self.base_dir)
        if not path or not p.exists():
            raise InputError(
                "E087", "File video tidak ditemukan.", "Video file not found.",
                hint="Periksa nama file dan foldernya / check the file name and folder", value=str(p),
            )  # fmt: skip
        try:
            from moviepy import VideoFileClip

            with VideoFileClip(str(p), audio=False) as clip:
                if not clip.duration or clip.duration <= 0:
                    raise OSError("zero duration")
        except Exception as exc:  # noqa: BLE001 - any reader failure means the file is unusable
            raise InputError(
                "E088", "Video rusak atau formatnya tidak dikenal.", "The video is corrupt or of an unknown format.",
                hint="Ekspor ulang sebagai MP4 (H.264) / export it again as MP4", value=str(p),
            ) from exc  # fmt: skip
        return p.resolve()

    def _ai_image(self, prompt: str, dst: Path) -> dict[str, str] | None:
        """Ask the provider's image API (OpenAI-compatible) when a key is set; None when offline or failing."""
        try:
            from gigai.config import setting

            if not setting("OPENAI_API_KEY"):
                return None
            import base64

            from gigai._deps import require

            client = require("openai").OpenAI(max_retries=0, timeout=60)
            resp = client.images.generate(model="gpt-image-1", prompt=prompt, size="1024x1536", n=1)
            dst.write_bytes(base64.b64decode(resp.data[0].b64_json))
        except Exception:  # noqa: BLE001 - offline, no credit, blocked prompt: fall back to a card
            return None
        return {"asset": "image", "path": str(dst), "source": f"AI (OpenAI gpt-image-1): {prompt[:80]}",
                "license": "generated for the participant; OpenAI terms; label it as AI-generated"}  # fmt: skip

    # ------------------------------------------------------------ stage 2-4: timeline, audio, captions, encode

    def render(
        self,
        storyboard: Storyboard,
        out: str | Path,
        *,
        preset: str | Preset = "9:16",
        voice: str = "offline",
        music: str | None = "lofi",
        progress: bool | Callable[[float, str], object] = True,
        lossless: bool = False,
    ) -> Path:
        """Prepare every scene (cached), mix audio, build captions, encode once, write .srt/.vtt/credits."""
        import numpy as np

        from gigai.video.music import LICENSE_NOTE, bed_path, decode_audio, duck

        t0 = time.monotonic()
        validate_storyboard(storyboard)
        pre = get_preset(preset)
        out = Path(out)
        if out.suffix.lower() != ".mp4":
            out = out.with_suffix(".mp4")
        report = progress if callable(progress) else (lambda f, m: None)
        # Scenes are independent: two threads (Pillow and PNG encoding release the GIL; speech is locked).
        from concurrent.futures import ThreadPoolExecutor

        n_sc = len(storyboard.scenes)
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(self.prepare_scene, sc, pre, voice) for sc in storyboard.scenes]
            works = []
            for i, fut in enumerate(futures):
                works.append(fut.result())
                report(0.1 * (i + 1) / n_sc, f"Scene {i + 1}/{n_sc}")
        t_prep = time.monotonic() - t0
        # Effective durations: a scene is never shorter than its narration.
        durations = [
            max(s.duration, round(LEAD + w.speech_seconds + TAIL, 2))
            for s, w in zip(storyboard.scenes, works)
        ]
        starts = [sum(durations[:i]) for i in range(len(durations))]
        total = round(sum(durations), 3)
        effective = storyboard.model_copy(
            update={
                "scenes": [s.model_copy(update={"duration": d}) for s, d in zip(storyboard.scenes, durations)]
            }
        )
        effective.save(self.folder / "storyboard.json")
        # Audio: narration on the timeline, music ducked under it.
        n = int(round(total * SAMPLE_RATE))
        voice_track = np.zeros(n, np.float32)
        for w, st in zip(works, starts):
            if w.speech:
                x = read_wav(w.speech)
                a = int((st + LEAD) * SAMPLE_RATE)
                voice_track[a : a + len(x)] += x[: max(0, n - a)]
        mix = voice_track.copy()
        credits: list[dict[str, str]] = []
        if music:
            mix += duck(decode_audio(bed_path(music)), voice_track)
            if music in ("lofi", "upbeat", "calm"):
                credits.append({"asset": "music", "path": f"assets/music/{music}.m4a", "source": "gigai",
                                "license": LICENSE_NOTE})  # fmt: skip
            else:
                credits.append({"asset": "music", "path": str(music), "source": "peserta / participant",
                                "license": "tanggung jawab peserta / the participant's responsibility"})  # fmt: skip
        peak = float(np.max(np.abs(mix))) if n else 0.0
        if peak > 0.95:
            mix *= 0.95 / peak
        (self.folder / "audio").mkdir(exist_ok=True)
        mix_path = write_wav(self.folder / "audio" / "mix.wav", mix)
        # Captions: highlight states on the absolute timeline, plus .srt/.vtt cues.
        cap_dir = self.folder / "captions"
        cap_dir.mkdir(exist_ok=True)
        timeline, cues = [], []
        for w, st, d in zip(works, starts, durations):
            off = st + LEAD
            for s in w.states:
                timeline.append((off + s["start"], min(off + s["end"], st + d), w.folder / s["png"]))
            cues += shift(w.cues, off)
        track = None
        if timeline:
            blank = blank_png(pre.width, pre.height, cap_dir / f"blank_{pre.width}x{pre.height}.png")
            track = write_track(timeline, total, blank.resolve(), cap_dir / "track.txt")
        half = XFADE / 2
        layers = []
        for i, (w, st, d) in enumerate(zip(works, starts, durations)):
            lead_in = 0.0 if i == 0 else half
            tail = 0.0 if i == len(works) - 1 else half
            vis = storyboard.scenes[i].visual
            moving = vis.motion == "zoom" or (vis.motion == "auto" and vis.kind in ("image", "ai"))
            layers.append(
                Layer(
                    w.layer_path,
                    st - lead_in,
                    d + lead_in + tail,
                    w.kind,
                    w.text_png,
                    zoom=ZOOM if moving else 0.0,
                )
            )

        def enc_report(f: float, m: str) -> None:
            report(0.1 + 0.9 * f, m)

        t1 = time.monotonic()
        result = encode(
            layers, track, mix_path, pre, out, duration=total,
            progress=enc_report if callable(progress) else progress, lossless=lossless,
        )  # fmt: skip
        t_enc = time.monotonic() - t1
        # Side files, written after the video exists.
        out.with_suffix(".srt").write_text(to_srt(cues), encoding="utf-8")
        out.with_suffix(".vtt").write_text(to_vtt(cues), encoding="utf-8")
        (cap_dir / "captions.srt").write_text(to_srt(cues), encoding="utf-8")
        seen: set[str] = set()
        assets = []
        for c in [*(c for w in works for c in w.credits), *credits]:
            k = json.dumps(c, sort_keys=True)
            if k not in seen:
                seen.add(k)
                assets.append(c)
        notices = sorted({m for w in works for m in w.notices})
        credits_doc = {"video": out.name, "made_with": "gigai", "preset": pre.name, "assets": assets,
                       "notices": notices}  # fmt: skip
        out.with_name(out.stem + ".credits.json").write_text(
            json.dumps(credits_doc, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        (out.parent / "credits.json").write_text(
            json.dumps(credits_doc, ensure_ascii=False, indent=2), "utf-8"
        )
        self.stats = {
            "cache_hits": sum(w.hit for w in works), "cache_misses": sum(not w.hit for w in works),
            "scenes": [{"key": w.key, "hit": w.hit, "duration": d} for w, d in zip(works, durations)],
            "duration": total, "preset": pre.name, "voice": voice, "notices": notices,
            "seconds": {"prepare": round(t_prep, 2), "encode": round(t_enc, 2),
                        "total": round(time.monotonic() - t0, 2)},
        }  # fmt: skip
        (self.folder / "render.json").write_text(
            json.dumps(self.stats, indent=1, ensure_ascii=False), "utf-8"
        )
        return result


def render(
    storyboard: Storyboard | str | Path,
    out: str | Path = "promo.mp4",
    *,
    preset: str = "9:16",
    project_dir: str | Path | None = None,
    voice: str = "offline",
    music: str | None = "lofi",
    progress: bool | Callable[[float, str], object] = True,
) -> Path:
    """Render a storyboard to an MP4 (+ .srt, .vtt, credits.json beside it) and return its path.

        >>> render(sb, out="promo.mp4", preset="preview")   # 720p draft in seconds
        PosixPath('promo.mp4')

    ``project_dir`` (default: ``<out stem>_proyek`` beside the video) keeps every stage's files; render
    again after editing one scene and only that scene is redone. Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
    """
    base = None
    if isinstance(storyboard, (str, Path)):
        base = Path(storyboard).parent
        storyboard = Storyboard.load(storyboard)
    if not isinstance(storyboard, Storyboard):
        raise VideoError(
            "E044",
            "Yang dirender harus Storyboard.",
            "render() needs a Storyboard.",
            hint="sb = write_storyboard(Brief(...)); render(sb)",
            value=type(storyboard).__name__,
        )
    out = Path(out)
    folder = Path(project_dir) if project_dir else out.parent / f"{out.stem}_proyek"
    return Project(folder, base_dir=base).render(
        storyboard, out, preset=preset, voice=voice, music=music, progress=progress
    )


__all__ = ["Project", "render", "SceneWork"]
