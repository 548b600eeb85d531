"""Duck-typed readers for the objects participants build (bots, storyboards, videos), so checks survive
small API changes in the rest of gigai and work on fakes in tests."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from gigai.latihan.core import expect, fail


def get(obj: Any, *names: str, default: Any = None) -> Any:
    """First attribute (or dict key) of ``names`` that exists on ``obj``."""
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def as_text(value: Any) -> str:
    if value is None:
        return ""
    text = get(value, "text", default=None)
    return str(text if isinstance(text, str) else value)


def number(value: Any, what: str) -> float:
    """``value`` as a number, read the way participants write numbers (``"0,2"``, ``"Rp 25rb"``,
    ``"3 detik"``); a kind reason when it is not one."""
    from gigai.latihan.judge import parse_number

    if isinstance(value, bool):
        fail(f"{what} harus berupa angka, bukan True/False.", f"{what} must be a number, not a boolean.")
    found = parse_number(value)
    if found is None:
        fail(f"{what} harus berupa angka, misalnya 3 atau 0,5 (sekarang: {value!r}).",
             f"{what} must be a number, e.g. 3 or 0.5 (now: {value!r}).")
    return float(found)


def scenes_of(storyboard: Any) -> list[Any]:
    scenes = get(storyboard, "scenes", default=None)
    if scenes is None and isinstance(storyboard, (list, tuple)):
        scenes = storyboard
    expect(scenes is not None, "Ini bukan storyboard: tidak ada daftar scenes.",
           "This is not a storyboard: it has no scenes list.")
    return list(scenes)


def scene_duration(scene: Any) -> float:
    value = get(scene, "duration", "seconds", "durasi", default=None)
    expect(value is not None, "Ada scene tanpa durasi.", "A scene has no duration.")
    return number(value, "Durasi scene")


def scene_text(scene: Any) -> str:
    return " ".join(str(get(scene, n, default="") or "") for n in ("narration", "narasi", "on_screen_text",
                                                                     "teks_layar", "text", "caption"))


def video_facts(path: Any) -> dict[str, Any]:
    """width, height, duration, has_audio of a video file (gigai.video.probe, else ffmpeg -i)."""
    expect(path is not None and str(path).strip(), "Path video kosong.", "The video path is empty.")
    p = Path(str(path))
    expect(p.exists(), f"File video tidak ditemukan: {p}", f"Video file not found: {p}")
    expect(p.stat().st_size > 1000, f"File video terlalu kecil/rusak: {p}", f"Video file is tiny or broken: {p}")
    try:
        from gigai.video.probe import probe

        info = probe(p)
        return {"width": info.get("width"), "height": info.get("height"), "duration": info.get("duration"),
                "has_audio": bool(info.get("acodec"))}
    except ImportError:
        pass
    except Exception:  # noqa: BLE001 - fall through to our own reading
        pass
    return _ffmpeg_facts(p)


def _ffmpeg_facts(p: Path) -> dict[str, Any]:
    try:
        import imageio_ffmpeg

        exe = imageio_ffmpeg.get_ffmpeg_exe()
    except Exception:  # noqa: BLE001
        fail("ffmpeg tidak tersedia untuk memeriksa video.", "ffmpeg is not available to inspect the video.")
    err = subprocess.run([exe, "-hide_banner", "-i", str(p)], capture_output=True, text=True).stderr
    facts: dict[str, Any] = {"width": None, "height": None, "duration": None, "has_audio": "Audio:" in err}
    m = re.search(r"Duration: (\d+):(\d+):([\d.]+)", err)
    if m:
        facts["duration"] = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    v = re.search(r"Video:.*?(\d{2,5})x(\d{2,5})", err)
    if v:
        facts["width"], facts["height"] = int(v.group(1)), int(v.group(2))
    return facts


def known_providers() -> list[str]:
    try:
        from gigai.llm import registry

        names = list(registry.presets())
        if names:
            return names
    except Exception:  # noqa: BLE001
        pass
    return ["offline", "openai", "gemini", "groq", "openrouter", "ollama", "llamacpp", "gateway", "replay"]


def sample_businesses() -> list[str]:
    """Names of the kit's sample businesses (``Kopi Kita``, ...) read from assets/businesses/*/persona.yaml."""
    names: list[str] = []
    try:
        from gigai.config import assets_dir

        for persona in sorted((assets_dir() / "businesses").glob("*/persona.yaml")):
            m = re.search(r"^business:\s*[\"']?([^\"'\n]+)", persona.read_text(encoding="utf-8"), re.M)
            if m:
                names.append(m.group(1).strip())
            names.append(persona.parent.name.replace("-", " "))
    except OSError:
        pass
    return names or ["Kopi Kita", "Laundry Bersih Kilat", "Studio Rupa"]


def sample_in(text: str) -> str | None:
    """The sample business a text is about (a copy of the lab's example), or None."""
    low = f" {re.sub(r'[^a-z0-9]+', ' ', str(text).lower())} "
    for name in sample_businesses():
        key = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
        if key and f" {key} " in low:
            return name
    return None


def expect_own_business(text: str, where: str) -> None:
    """Fail when ``text`` names a sample business: the exercise asks for the participant's own."""
    name = sample_in(text)
    expect(name is None, f"{where} masih memakai usaha contoh '{name}'. Latihan ini untuk usaha pilihanmu sendiri: "
           "ganti nama, produk dan detailnya.", f"{where} still uses the sample business '{name}'; use your own.")
