"""Lab 7 exercises: the rendered video is vertical 9:16, has sound, and is as long as its storyboard."""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import get, number, video_facts
from gigai.latihan.core import Exercise, Lab, expect, fail


def _vertical(video_path: Any) -> None:
    facts = video_facts(video_path)
    w, h = facts.get("width"), facts.get("height")
    expect(w and h, "Ukuran video tidak terbaca.", "Could not read the video size.")
    expect(abs(w / h - 9 / 16) <= 0.01, f"Video {w}x{h} bukan 9:16 (vertikal). Render dengan preset=\"9:16\".",
           f"The video is {w}x{h}, not 9:16. Render with preset=\"9:16\".")


def _audio(video_path: Any) -> None:
    facts = video_facts(video_path)
    expect(facts.get("has_audio"), "Video belum ada suaranya (narasi/musik).", "The video has no audio track.")


def _duration(video_path: Any, storyboard: Any = None) -> None:
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
    if dur - want > tolerance:
        # render() lengthens a scene whose narration does not fit and saves what it rendered beside the video.
        rendered = _rendered_duration(video_path)
        if rendered is not None and abs(dur - rendered) <= tolerance:
            return
        fail(f"Video {dur:.1f} detik, storyboard {want:.1f} detik: ada narasi yang lebih panjang dari durasi "
             "scene-nya. Pendekkan narasi atau tambah durasi scene, lalu render ulang.",
             f"Video is {dur:.1f} s, storyboard {want:.1f} s: a narration is longer than its scene. Shorten it "
             "or lengthen the scene, then render again.")
    expect(abs(dur - want) <= tolerance, f"Video {dur:.1f} detik, storyboard {want:.1f} detik: render ulang "
           "storyboard terbaru.", f"Video is {dur:.1f} s, storyboard {want:.1f} s: render the latest storyboard.")


def _rendered_duration(video_path: Any) -> float | None:
    """Total of the storyboard render() saved in the default project folder (``<stem>_proyek``), if any."""
    import json
    from pathlib import Path

    path = Path(str(video_path))
    saved = path.parent / f"{path.stem}_proyek" / "storyboard.json"
    try:
        data = json.loads(saved.read_text(encoding="utf-8"))
        return float(sum(float(s.get("duration", 0)) for s in data.get("scenes", [])))
    except (OSError, ValueError, TypeError, AttributeError):
        return None

q1 = Exercise("q1", "Video vertikal 9:16", _vertical, vars=("video_path",), hints=[
    "TikTok/Reels/Shorts memakai video tegak 9:16 (misalnya 1080x1920).",
    "`video_path = render(storyboard, out=\"promo.mp4\", preset=\"9:16\")`",
], solution_code="from gigai.video import render\n\nvideo_path = render(storyboard, out=\"promo.mp4\", preset=\"9:16\")")
q2 = Exercise("q2", "Video punya suara", _audio, vars=("video_path",), hints=[
    "Video promo tanpa suara kalah menarik. Narasi dibuat otomatis dari teks scene.",
    "Pastikan narasi scene tidak kosong dan `voice=\"offline\"` (bawaan).",
], solution_code="video_path = render(storyboard, out=\"promo.mp4\", preset=\"9:16\", voice=\"offline\", music=\"lofi\")")
q3 = Exercise("q3", "Durasi sesuai storyboard", _duration, vars=("video_path", "storyboard?"), hints=[
    "Bandingkan `storyboard.duration` dengan durasi file video.",
    "Kalau storyboard diubah, render ulang supaya videonya ikut berubah.",
], solution_code="video_path = render(storyboard, out=\"promo.mp4\", preset=\"9:16\")")

lab = Lab("lab7", "Lab 7: Render video", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress"]
