"""One scene's files, made once and cached by a hash of its inputs: picture, headline, speech, captions.

``scenes/<key>/``: still.png (the picture drawn in the video's style by gigai.video.looks; on text cards the
headline is part of it, so it grows with the punch-in), text.png (on photos: the headline and price sticker,
cropped, composited after the zoom), speech.wav, caption states cap_*.png, meta.json (word times, where the
text, the photo and its subject are). Editing one scene changes only that scene's key.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gigai.errors import InputError
from gigai.lang import say
from gigai.video.captions import Cue, render_states
from gigai.video.encode import Preset
from gigai.video.media import confine, write_wav
from gigai.video.storyboard import Scene
from gigai.video.templates import Look, choose
from gigai.video.tts import Word, from_recording, speak

PACKAGE = Path(__file__).resolve().parent


_IMPORT = re.compile(r"^\s*(?:from gigai\.video(?:\.(\w+))? import ([^\n(]+|\([^)]*\))|import gigai\.video\.(\w+))", re.M)


def modules_used(entry: str, pkg: Path = PACKAGE) -> list[Path]:
    """The gigai.video modules ``entry`` imports, directly or through others (lazy imports in functions too)."""
    init = pkg / "__init__.py"
    # 'from gigai.video import speak' names the module that defines it (the package's lazy export table)
    exports = dict(re.findall(r'"(\w+)": "(\w+)"', init.read_text(encoding="utf-8"))) if init.is_file() else {}
    seen: set[str] = set()
    todo = [entry]
    while todo:
        name = todo.pop()
        if name in seen or not (pkg / f"{name}.py").is_file():
            continue
        seen.add(name)
        for mod, names, plain in _IMPORT.findall((pkg / f"{name}.py").read_text(encoding="utf-8")):
            if mod or plain:
                todo.append(mod or plain)
            else:
                todo += [exports.get(n, n) for n in re.findall(r"\w+", re.sub(r"\bas\s+\w+", "", names))]
    return sorted(pkg / f"{n}.py" for n in seen)


def source_version(entries: tuple[str, ...], pkg: Path = PACKAGE, data: tuple[Path, ...] = ()) -> str:
    """A digest of the code that makes a cached file: the modules ``entries`` use, the package's data files
    (pronunciation.json) and ``data`` (the fonts). A changed renderer never serves a file drawn by the old one."""
    files = sorted({p for e in entries for p in modules_used(e, pkg)} | set(pkg.glob("*.json")))
    h = hashlib.sha256()
    for f in [*files, *data]:
        h.update(f.name.encode() + b"\0" + (f.read_bytes() if f.is_file() else b"missing") + b"\0")
    return h.hexdigest()[:12]


def _fonts() -> tuple[Path, ...]:
    from gigai.config import assets_dir

    return tuple(sorted((assets_dir() / "fonts").glob("*.tt[fc]")))


# what a cached scene depends on: its drawing (this module and what it imports, looks/captions drawn lazily, the
# fonts) and the segments' encoding (project); the narration audio alone depends on the voice's modules
CACHE_VERSION = source_version(("scenes", "looks", "project"), data=_fonts())
SPEECH_VERSION = source_version(("tts",))
VOICE_CREDIT = {
    "offline": (
        "espeak-ng 1.52 via espeakng-loader",
        ("alat berlisensi GPL-3.0; audio yang dihasilkan milikmu", "GPL-3.0 tool; generated audio is yours"),
    ),
    "edge": ("Microsoft Edge read-aloud voices via edge-tts", "check Microsoft's terms for commercial use"),
    "openai": ("OpenAI TTS", "OpenAI usage policies; disclose AI voice"),
}
OWNED = ("milik peserta", "owned by the participant")
PARTICIPANT = ("peserta", "participant")


@dataclass
class SceneWork:
    """One scene after preparation: its picture, text, speech, word timings and caption states."""

    key: str
    folder: Path
    layer_path: Path
    kind: str  # "still" | "clip"
    text_png: Path | None
    text_box: list[int] | None
    focus_box: list[int] | None
    speech: Path | None
    speech_seconds: float
    words: list[Word]
    states: list[dict[str, Any]]
    cues: list[Cue]
    hit: bool
    notices: list[str] = field(default_factory=list)
    credits: list[dict[str, str]] = field(default_factory=list)
    photo_box: list[int] | None = None  # where the photo sits in the frame (x0, y0, x1, y1)
    text_xy: list[int] = field(default_factory=lambda: [0, 0])  # where text.png goes (top-left corner)
    sticker_box: list[int] | None = None  # the price sticker (produk style)
    zoom_focus: tuple[float, float] = (0.5, 0.5)  # the point the punch-in grows around (fractions)
    card: bool = False  # a text card: the headline is in the picture and grows with it
    headline_size: int = 0  # font size of the headline in pixels


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class SceneMaker:
    """Makes (or reuses) scene folders under ``folder/scenes``; media paths are checked by :func:`confine`."""

    def __init__(self, folder: Path, base_dir: Path | None, roots: list[Path] | None) -> None:
        self.folder, self.base_dir, self.roots = folder, base_dir, roots

    def media(self, path: str | None) -> Path:
        return confine(path or "", base=self.base_dir, roots=self.roots)

    def key(self, scene: Scene, preset: Preset, voice: str, rate: int, look: Look | None = None,
            index: int = 0, ai_label: str | None = None) -> str:  # fmt: skip
        """Hash of everything that changes a scene's files (its duration does not)."""
        data = scene.model_dump(exclude={"duration"})
        data["look"] = [look.key() if look else None, index % 2, ai_label]
        if scene.visual.kind in ("image", "video") and scene.visual.path:
            p = self.media(scene.visual.path)
            data["file"] = file_digest(p) if p.is_file() else f"missing:{p.name}"
        if scene.voice_file:
            p = self.media(scene.voice_file)
            data["voice_file"] = file_digest(p) if p.is_file() else f"missing:{p.name}"
        blob = json.dumps([CACHE_VERSION, data, preset.width, preset.height, voice, rate], sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def prepare(self, scene: Scene, preset: Preset, voice: str = "offline", rate: int = 175,
                look: Look | None = None, index: int = 0, ai_label: str | None = None) -> SceneWork:  # fmt: skip
        look = look or choose("auto", "")
        key = self.key(scene, preset, voice, rate, look, index, ai_label)
        folder = self.folder / "scenes" / key
        meta_path = folder / "meta.json"
        if meta_path.exists():
            return self._work(key, folder, json.loads(meta_path.read_text(encoding="utf-8")), hit=True)
        tmp = folder.with_name(key + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        try:
            meta = self._make(scene, preset, voice, rate, tmp, look, index, ai_label)
            (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
            shutil.rmtree(folder, ignore_errors=True)
            tmp.rename(folder)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return self._work(key, folder, meta, hit=False)

    def _make(self, scene: Scene, preset: Preset, voice: str, rate: int, out: Path, look: Look, index: int,
              ai_label: str | None) -> dict[str, Any]:  # fmt: skip
        from gigai.video.looks import draw_scene
        from gigai.video.visuals import FONT_CREDIT, open_image, text_block, text_overlay

        W, H = preset.width, preset.height
        notices: list[str] = []
        credits: list[dict[str, str]] = [FONT_CREDIT] if scene.on_screen_text or scene.narration else []
        vis = scene.visual
        has_caps = bool(scene.narration.strip())
        kind, layer, text_png, text_box, focus_box, photo_box = "still", "still.png", None, None, None, None
        text_xy, sticker_box = [0, 0], None
        zoom_focus, card, size = (0.5, 0.5), False, 0
        if vis.kind == "video":
            clip = self._check_clip(vis.path)
            kind, layer = "clip", str(clip)
            text = scene.on_screen_text + (f"\n{ai_label}" if ai_label else "")
            block = text_block(text, W, H, "top" if vis.layout == "auto" else vis.layout)
            if block is not None:
                text_overlay(block, pill=True).save(out / "text.png")
                text_png, text_box, size = "text.png", list(block.box), block.size
                text_xy = list(block.box[:2])
            credits.append(
                {"asset": "video", "path": clip.name, "source": say(*PARTICIPANT), "license": say(*OWNED)}
            )
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
            photo = None
            if vis.kind == "image":
                p = out / "ai.png" if vis.path == str(out / "ai.png") else self.media(vis.path)
                photo = open_image(p)
                if p.name != "ai.png":
                    credits.append({"asset": "image", "path": p.name, "source": say(*PARTICIPANT),
                                    "license": say(*OWNED)})  # fmt: skip
            d = draw_scene(look, W, H, scene.on_screen_text, photo=photo, focus=vis.focus, index=index,
                           captions=has_caps, ai_label=ai_label, layout=vis.layout, fit=vis.fit)  # fmt: skip
            d.background.save(out / "still.png", compress_level=1)
            if d.overlay is not None:
                d.overlay.save(out / "text.png")
                text_png = "text.png"
            text_xy, text_box = list(d.overlay_xy), list(d.text_box) if d.text_box else None
            sticker_box = list(d.sticker_box) if d.sticker_box else None
            focus_box = list(d.focus_box) if d.focus_box else None
            photo_box = list(d.photo_box) if d.photo_box else None
            zoom_focus, card, size = d.zoom_focus, photo is None, d.headline_size
        speech_file, seconds, words, got = self._speech(scene, voice, rate, out)
        notices += got["notices"]
        credits += got["credits"]
        states, cues = (
            render_states(words, W, H, out, screen_text=scene.on_screen_text) if words else ([], [])
        )
        return {
            "kind": kind, "layer": layer, "text_png": text_png, "text_box": text_box, "text_xy": text_xy,
            "sticker_box": sticker_box, "focus_box": focus_box,
            "photo_box": photo_box, "zoom_focus": list(zoom_focus), "card": card, "headline_size": size,
            "speech": speech_file, "seconds": seconds, "words": [w.__dict__ for w in words],
            "states": [s.__dict__ for s in states], "cues": [c.__dict__ for c in cues], "notices": notices,
            "credits": credits,
        }  # fmt: skip

    def speech_key(self, scene: Scene, voice: str, rate: int) -> str:
        """Hash of what the narration audio depends on (not the picture: a text edit keeps the voice)."""
        data: list[Any] = [SPEECH_VERSION, scene.narration, voice, rate]
        if scene.voice_file:
            p = self.media(scene.voice_file)
            data.append(file_digest(p) if p.is_file() else f"missing:{p.name}")
        return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:16]

    def _speech(self, scene: Scene, voice: str, rate: int, out: Path) -> tuple[Any, float, list[Word], dict]:
        """The scene's narration (speech.wav in ``out``), reused from ``speech/<key>/`` when it was made before."""
        cache = self.folder / "speech" / self.speech_key(scene, voice, rate)
        if (cache / "speech.json").exists():
            got = json.loads((cache / "speech.json").read_text(encoding="utf-8"))
            if got["file"]:
                shutil.copyfile(cache / "speech.wav", out / "speech.wav")
            return got["file"], got["seconds"], [Word(**w) for w in got["words"]], got
        notices: list[str] = []
        credits: list[dict[str, str]] = []
        speech_file, seconds, words = None, 0.0, []
        if scene.voice_file:
            src = self.media(scene.voice_file)
            sp = from_recording(src, scene.narration)
            credits.append({"asset": "voice", "path": src.name, "source": say("rekaman peserta", "the participant's recording"),
                            "license": say(*OWNED)})  # fmt: skip
        elif scene.narration.strip():
            sp = speak(scene.narration, voice=voice, rate=rate)
            if sp.notice:
                notices.append(sp.notice)
            src, lic = VOICE_CREDIT.get(sp.voice.split(":")[0], VOICE_CREDIT["offline"])
            credits.append({"asset": "voice", "path": "", "source": f"{src} ({sp.voice})",
                            "license": say(*lic) if isinstance(lic, tuple) else lic})
        if scene.voice_file or scene.narration.strip():
            if len(sp.samples):
                write_wav(out / "speech.wav", sp.samples)
                speech_file, seconds, words = "speech.wav", sp.duration, sp.words
        got = {
            "file": speech_file,
            "seconds": seconds,
            "words": [w.__dict__ for w in words],
            "notices": notices,
            "credits": credits,
        }
        tmp = cache.with_name(cache.name + f".tmp{os.getpid()}{threading.get_ident()}")
        tmp.mkdir(parents=True, exist_ok=True)
        if speech_file:
            shutil.copyfile(out / "speech.wav", tmp / "speech.wav")
        (tmp / "speech.json").write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
        try:
            tmp.rename(cache)
        except OSError:  # made meanwhile by another thread
            shutil.rmtree(tmp, ignore_errors=True)
        return speech_file, seconds, words, got

    def _work(self, key: str, folder: Path, meta: dict[str, Any], *, hit: bool) -> SceneWork:
        layer = Path(meta["layer"]) if meta["kind"] == "clip" else folder / meta["layer"]
        return SceneWork(
            key=key, folder=folder, layer_path=layer, kind=meta["kind"],
            text_png=folder / meta["text_png"] if meta.get("text_png") else None,
            text_box=meta.get("text_box"), focus_box=meta.get("focus_box"),
            speech=folder / meta["speech"] if meta.get("speech") else None, speech_seconds=meta["seconds"],
            words=[Word(**w) for w in meta["words"]], states=meta["states"],
            cues=[Cue(**c) for c in meta["cues"]], hit=hit, notices=meta.get("notices", []),
            credits=meta.get("credits", []), photo_box=meta.get("photo_box"), text_xy=meta.get("text_xy", [0, 0]),
            sticker_box=meta.get("sticker_box"),
            zoom_focus=tuple(meta.get("zoom_focus", (0.5, 0.5))), card=meta.get("card", False),
            headline_size=meta.get("headline_size", 0),
        )  # fmt: skip

    def _check_clip(self, path: str | None) -> Path:
        """Open the participant's clip with moviepy to be sure it is a readable video."""
        p = self.media(path)
        if not path or not p.is_file():
            raise InputError(
                "E087", "File video tidak ditemukan.", "Video file not found.",
                hint="Periksa nama file dan foldernya / check the file name and folder", value=p.name,
            )  # fmt: skip
        try:
            from moviepy import VideoFileClip

            with VideoFileClip(str(p), audio=False) as clip:
                if not clip.duration or clip.duration <= 0:
                    raise OSError("zero duration")
        except Exception as exc:  # noqa: BLE001 - any reader failure means the file is unusable
            raise InputError(
                "E088", "Video rusak atau formatnya tidak dikenal.", "The video is corrupt or of an unknown format.",
                hint="Ekspor ulang sebagai MP4 (H.264) / export it again as MP4", value=p.name,
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
        return {"asset": "image", "path": "ai.png", "source": f"AI (OpenAI gpt-image-1): {prompt[:80]}",
                "license": "generated for the participant; OpenAI terms; label it as AI-generated"}  # fmt: skip


__all__ = ["SceneMaker", "SceneWork", "file_digest", "CACHE_VERSION", "SPEECH_VERSION", "source_version", "modules_used"]
