"""Lab 7 exercises: the rendered video is vertical 9:16, has sound, and is as long as its storyboard."""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import expect_own_business, get, number, scene_text, video_facts
from gigai.latihan.core import Exercise, Lab, expect, fail

SOLUTION = """\
storyboard = write_storyboard(Brief(product="Jaket Denim Thrift", business="Thrift Kece Bandung",
                                    audience="mahasiswa baru", price="Rp 85.000",
                                    cta="Checkout di Shopee Thrift Kece!"), scenes=3)
# Narasi pendek yang muat di durasi scene-nya (kalau tidak muat, gigai memperpanjang scene).
storyboard = storyboard.ubah(1, teks="Outfit ospek gitu-gitu aja?", durasi=3)
storyboard = storyboard.ubah(2, narasi="Jaket denim thrift, cuma Rp 85.000!", teks_layar="Cuma Rp 85.000", durasi=5)
storyboard = storyboard.ubah(3, narasi="Checkout di Shopee Thrift Kece!", durasi=5)
video_saya = render(storyboard, out=folder / "promo_saya.mp4", preset="preview", progress=False)
print(video_saya.name, "-", storyboard.duration, "detik")"""


def _own(storyboard: Any) -> None:
    if storyboard is not None:
        text = " ".join(scene_text(s) for s in (get(storyboard, "scenes", default=[]) or []))
        expect_own_business(text, "Storyboard video-mu")


def _vertical(video_path: Any, storyboard: Any = None) -> None:
    _own(storyboard)
    facts = video_facts(video_path)
    w, h = facts.get("width"), facts.get("height")
    expect(w and h, "Ukuran video tidak terbaca.", "Could not read the video size.")
    expect(abs(w / h - 9 / 16) <= 0.01, f"Video {w}x{h} bukan 9:16 (vertikal). Render dengan preset=\"9:16\".",
           f"The video is {w}x{h}, not 9:16. Render with preset=\"9:16\".")


def _audio(video_path: Any, storyboard: Any = None) -> None:
    _own(storyboard)
    facts = video_facts(video_path)
    expect(facts.get("has_audio"), "Video belum ada suaranya (narasi/musik).", "The video has no audio track.")


def _duration(video_path: Any, storyboard: Any = None) -> None:
    _own(storyboard)
    facts = video_facts(video_path)
    dur = facts.get("duration")
    expect(dur, "Durasi video tidak terbaca.", "Could not read the video duration.")
    if storyboard is None:
        fail("Simpan storyboard-mu di variabel `storyboard` supaya durasinya bisa dibandingkan.",
             "Keep your storyboard in `storyboard` so the duration can be compared.")
    want = get(storyboard, "duration", default=None)
    if want is None:
        want = sum(number(get(s, "duration", default=0), "durasi") for s in get(storyboard, "scenes", default=[]))
    want = number(want, "durasi storyboard")
    tolerance = max(1.5, 0.05 * want)
    # render() saves what it rendered beside the video (scene lengths follow the narration): the video must be
    # the render of THIS storyboard, as long as render says it made it.
    saved = _rendered(video_path)
    if saved is not None:
        rendered_total, narrations = saved
        mine = [str(get(s, "narration", default="") or "") for s in get(storyboard, "scenes", default=[]) or []]
        expect(narrations == mine, "Video ini hasil render storyboard yang lain (narasinya berbeda). Render ulang "
               "storyboard terbaru.", "This video was rendered from another storyboard; render the latest one.")
        expect(abs(dur - rendered_total) <= tolerance, f"Video {dur:.1f} detik, padahal render mencatat "
               f"{rendered_total:.1f} detik: filenya terpotong atau tertimpa. Render ulang.",
               "The file's length differs from what render recorded; render again.")
        return
    if dur - want > tolerance:
        fail(f"Video {dur:.1f} detik, storyboard {want:.1f} detik: ada narasi yang lebih panjang dari durasi "
             "scene-nya. Pendekkan narasi atau tambah durasi scene, lalu render ulang.",
             f"Video is {dur:.1f} s, storyboard {want:.1f} s: a narration is longer than its scene. Shorten it "
             "or lengthen the scene, then render again.")
    expect(abs(dur - want) <= tolerance, f"Video {dur:.1f} detik, storyboard {want:.1f} detik: render ulang "
           "storyboard terbaru.", f"Video is {dur:.1f} s, storyboard {want:.1f} s: render the latest storyboard.")


def _rendered(video_path: Any) -> tuple[float, list[str]] | None:
    """(total seconds, narrations) of what render() saved in the video's project folder (``<stem>_proyek``)."""
    import json
    from pathlib import Path

    path = Path(str(video_path))
    saved = path.parent / f"{path.stem}_proyek" / "storyboard.json"
    try:
        data = json.loads(saved.read_text(encoding="utf-8"))
        scenes = data.get("scenes", [])
        return float(sum(float(s.get("duration", 0)) for s in scenes)), [str(s.get("narration", "")) for s in scenes]
    except (OSError, ValueError, TypeError, AttributeError):
        return None


q1 = Exercise("q1", "Video vertikal 9:16", _vertical, vars=("video_saya", "storyboard?"), hints=[
    "TikTok, Reels dan Shorts diputar tegak di HP. Ukuran apa yang cocok, dan preset render mana yang tegak?",
    "Preset `preview` dan `9:16` sama-sama tegak; `video_saya = render(storyboard, out=..., preset=\"preview\")`.",
], solution_code=SOLUTION)
q2 = Exercise("q2", "Video punya suara", _audio, vars=("video_saya", "storyboard?"), hints=[
    "Suara video datang dari narasi tiap scene. Apakah narasi scene-mu terisi?",
    "Isi narasinya: `storyboard = storyboard.ubah(1, narasi=\"...\")`, lalu render ulang.",
], solution_code=SOLUTION)
q3 = Exercise("q3", "Durasi sesuai storyboard", _duration, vars=("video_saya", "storyboard?"), hints=[
    "Bandingkan `storyboard.duration` dengan panjang file video. Mana yang lebih panjang, dan kenapa?",
    "Narasi yang lebih panjang dari durasi scene membuat scene diperpanjang: pendekkan narasi (2-3 kata per "
    "detik) atau tambah durasi, lalu render ulang.",
], solution_code=SOLUTION)

lab = Lab("lab7", "Lab 7: Render video", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress"]
