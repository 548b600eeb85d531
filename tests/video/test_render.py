"""Real renders, checked with ffprobe (or `ffmpeg -i` parsing when ffprobe is not installed)."""

import json
from pathlib import Path

import pytest

from gigai.errors import InputError, VideoError
from gigai.video import encode, probe
from gigai.video.captions import parse_srt
from gigai.video.project import LEAD, Project, render
from gigai.video.storyboard import Scene, Storyboard, Visual

from .conftest import short_storyboard


def _check_video(path, *, expected, width, height):
    info = probe(path)
    assert abs(info["duration"] - expected) <= 0.1, (info["duration"], expected)
    assert (info["width"], info["height"]) == (width, height)
    assert info["width"] % 2 == 0 and info["height"] % 2 == 0
    assert abs(info["fps"] - 30) < 0.01
    assert info["vcodec"] == "h264" and info["pix_fmt"] == "yuv420p"
    assert info["acodec"] == "aac"
    assert info["faststart"] is True
    return info


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if ".part" in p.name]


def test_preview_render_outputs(tmp_path, photo):
    sb = short_storyboard(3, image=str(photo))
    out = render(sb, out=tmp_path / "promo.mp4", preset="preview", progress=False)
    effective = Storyboard.load(tmp_path / "promo_proyek" / "storyboard.json")
    assert [s.narration for s in effective.scenes] == [s.narration for s in sb.scenes]  # no silent extra card
    _check_video(out, expected=effective.duration, width=720, height=1280)
    # side files
    cues = parse_srt(out.with_suffix(".srt").read_text(encoding="utf-8"))
    assert cues and "Rp 18.000!" in cues[0].text or "Rp 18.000!" in " ".join(c.text for c in cues)
    assert "🔥" not in out.with_suffix(".srt").read_text(encoding="utf-8")
    assert out.with_suffix(".vtt").read_text(encoding="utf-8").startswith("WEBVTT")
    assert not (tmp_path / "credits.json").exists()  # per-video credits only, never a shared file
    text = out.with_name("promo.credits.json").read_text(encoding="utf-8")
    credits = json.loads(text)
    kinds = {a["asset"] for a in credits["assets"]}
    assert {"font", "voice", "music", "image"} <= kinds
    assert all(a["license"] for a in credits["assets"])
    assert str(tmp_path) not in text and "/tmp" not in text and "/root" not in text  # no absolute paths
    assert credits["ai_disclosure"]["caption"] == "Dibuat dengan bantuan AI"
    assert "Dibuat dengan bantuan AI" in out.with_suffix(".srt").read_text(encoding="utf-8")
    assert _leftovers(tmp_path) == []


def test_caption_timing_matches_word_events(tmp_path, sb2):
    out = render(sb2, out=tmp_path / "c.mp4", preset="preview", progress=False, music=None)
    folder = tmp_path / "c_proyek"
    stats = json.loads((folder / "render.json").read_text())
    cues = parse_srt(out.with_suffix(".srt").read_text(encoding="utf-8"))
    start = 0.0
    first_cue_of_scene = []
    for sc in stats["scenes"]:
        meta = json.loads((folder / "scenes" / sc["key"] / "meta.json").read_text())
        words = meta["words"]
        if not words:  # the closing card
            continue
        first_cue_of_scene.append(start + LEAD + words[0]["start"])
        last_word_end = start + LEAD + words[-1]["end"]
        assert last_word_end <= start + sc["duration"] + 1e-6  # narration fits its scene
        start += sc["duration"]
    for t in first_cue_of_scene:
        assert min(abs(c.start - t) for c in cues) < 0.002
    # cues are ordered and do not overlap
    assert all(a.end <= b.start + 1e-6 for a, b in zip(cues, cues[1:]))


def test_rerender_after_editing_one_scene_reuses_the_others(tmp_path):
    sb = short_storyboard(3)
    proj = Project(tmp_path / "proj")
    proj.render(sb, tmp_path / "a.mp4", preset="preview", progress=False, music=None, transition="fade")
    assert proj.stats["cache_misses"] == 3 and proj.stats["cache_hits"] == 0
    rows = sb.table()
    rows[1]["teks_layar"] = "Teks baru"
    edited = sb.from_table(rows)
    proj.render(edited, tmp_path / "b.mp4", preset="preview", progress=False, music=None, transition="fade")
    assert proj.stats["cache_hits"] == 2 and proj.stats["cache_misses"] == 1
    assert proj.stats["scenes"][1]["hit"] is False
    # only the edited scene's body and the two transitions next to it are encoded again
    assert sorted(proj.stats["segments"]["encoded"]) == ["scene", "transition", "transition"]
    assert proj.stats["segments"]["reused"] == proj.stats["segments"]["total"] - 3
    # the default cuts: only the edited scene's body
    proj.render(sb, tmp_path / "a2.mp4", preset="preview", progress=False, music=None)
    proj.render(edited, tmp_path / "b2.mp4", preset="preview", progress=False, music=None)
    assert proj.stats["segments"]["encoded"] == ["scene"] and proj.stats["cache_hits"] == 3
    # changing only a duration redoes nothing but the encode
    longer = edited.model_copy(
        update={"scenes": [edited.scenes[0].model_copy(update={"duration": 6.0}), *edited.scenes[1:]]}
    )
    out = proj.render(longer, tmp_path / "c.mp4", preset="preview", progress=False, music=None, transition="fade")
    assert proj.stats["cache_hits"] == 3
    assert abs(probe(out)["duration"] - proj.stats["duration"]) <= 0.1


def _frames(path, w, h, count):
    import subprocess

    import numpy as np

    from gigai.video.media import ffmpeg_exe

    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-frames:v", str(count), "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout  # fmt: skip
    return np.frombuffer(raw, np.uint8).reshape(-1, h, w, 3).astype(int)


def _ink_box(frame, bg):
    """Bounding box of the pixels far from the background colour ``bg`` (x0, y0, x1, y1)."""
    import numpy as np

    ys, xs = np.nonzero(np.abs(frame - np.asarray(bg)).sum(axis=2) > 120)
    return xs.min(), ys.min(), xs.max(), ys.max()


def test_text_card_words_punch_in_and_photo_headline_stays_put(tmp_path):
    import numpy as np
    from PIL import Image, ImageDraw

    photo = tmp_path / "motor.jpg"
    im = Image.new("RGB", (900, 1200), (40, 60, 90))
    for k in range(14):  # detail, so the photo's motion shows
        ImageDraw.Draw(im).ellipse((60 * k, 80 * k, 60 * k + 300, 80 * k + 300), outline=(240, 200, 90), width=12)
    im.save(photo)

    sb = Storyboard(title="Bengkel", style="kinetik", scenes=[
        Scene(narration="Servis motor kilat, tiga puluh menit beres, oli dicek gratis.",
              on_screen_text="Servis Kilat 30 Menit", duration=4.0),
        Scene(narration="Mampir ke Bengkel Maju Jaya di Jalan Melati sekarang juga ya.", on_screen_text="Bengkel Maju Jaya",
              visual=Visual(kind="image", path=str(photo)), duration=2.0),
    ])  # fmt: skip
    proj = Project(tmp_path / "proj")
    # lossless: the motion itself is measured, not the encoder's skipped blocks
    out = proj.render(sb, tmp_path / "kartu.mp4", preset="preview", progress=False, music=None, ai_label=False,
                      lossless=True)  # fmt: skip
    st = proj.stats["scenes"]
    n0 = round(st[0]["duration"] * 30)
    fr = _frames(out, 720, 1280, n0 + 40)
    # the card: its words are on screen at frame 0 and grow steadily (a punch-in), no jumps
    cap_y = 1280 * 0.78 - 200
    bg = fr[0][5, 5]
    widths = [int(np.subtract(*_ink_box(f[: int(cap_y)], bg)[2::-2])) for f in fr[: n0 - 1 : 4]]
    assert widths[0] > 200 and widths[-1] >= widths[0] * 1.04, widths
    assert all(b >= a - 2 for a, b in zip(widths, widths[1:])), widths
    # the photo scene: the photo moves, the headline (composited after the zoom) does not
    x0, y0 = st[1]["text_box"][:2]
    glyphs = np.asarray(Image.open(tmp_path / "proj" / "scenes" / st[1]["key"] / "text.png"))[..., 3] == 255
    y1, x1 = y0 + glyphs.shape[0], x0 + glyphs.shape[1]
    first, last = fr[n0 + 2], fr[n0 + 38]
    assert glyphs.sum() > 500
    assert np.abs(first[y0:y1, x0:x1][glyphs] - last[y0:y1, x0:x1][glyphs]).mean() < 1.5  # letters stay put
    below = slice(y1 + 10, int(cap_y))
    assert np.abs(first[below] - last[below]).mean() > 1  # the picture moved


def test_missing_image_gives_bilingual_error_and_no_file(tmp_path):
    sb = short_storyboard(2, image=str(tmp_path / "tidak-ada.jpg"))
    with pytest.raises(InputError) as err:
        render(sb, out=tmp_path / "x.mp4", preset="preview", progress=False)
    assert err.value.code == "E085" and "tidak ditemukan" in err.value.id and "not found" in err.value.en
    assert not (tmp_path / "x.mp4").exists()


def test_corrupt_image_gives_bilingual_error(tmp_path):
    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(InputError) as err:
        render(short_storyboard(2, image=str(bad)), out=tmp_path / "x.mp4", preset="preview", progress=False)
    assert err.value.code == "E086" and "rusak" in err.value.id
    assert not (tmp_path / "x.mp4").exists()


def test_empty_scene_and_too_long_script_refused(tmp_path):
    with pytest.raises(InputError, match="E084"):
        render(Storyboard(scenes=[Scene(narration="ok"), Scene()]), out=tmp_path / "x.mp4", progress=False)
    ten_min = Storyboard(scenes=[Scene(narration="halo", duration=50) for _ in range(12)])
    with pytest.raises(InputError, match="E083"):
        render(ten_min, out=tmp_path / "x.mp4", progress=False)
    assert not (tmp_path / "x.mp4").exists()


def test_unsupported_characters_render_sensibly(tmp_path):
    sb = Storyboard(
        scenes=[
            Scene(narration="Halo 你好 kak 😍✨ ☕", on_screen_text="日本 Promo 🎉", duration=2.0),
            Scene(narration="🔥🔥🔥", on_screen_text="", duration=1.5),
        ]
    )
    out = render(sb, out=tmp_path / "u.mp4", preset="preview", progress=False)
    assert probe(out)["duration"] > 2  # the words set the length: a short line and a 1.5 s silent card
    assert out.with_suffix(".srt").read_text(encoding="utf-8").count("kak") == 1


def test_failed_encode_leaves_no_broken_file(tmp_path, monkeypatch, sb2):
    good = render(sb2, out=tmp_path / "v.mp4", preset="preview", progress=False)
    before = good.read_bytes()
    sb2 = sb2.model_copy(
        update={
            "title": "x",
            "scenes": [sb2.scenes[0].model_copy(update={"narration": "Baru."}), *sb2.scenes[1:]],
        }
    )  # a change: a segment to encode
    import gigai.video.project as project

    def broken(*a, **k):
        seg = encode.body_segment(*a, **k)
        seg.graph = "[0:v]nosuchfilter[vout]"
        return seg

    monkeypatch.setattr(project, "body_segment", broken)
    with pytest.raises(VideoError) as err:
        render(sb2, out=good, preset="preview", progress=False)
    assert "gagal" in err.value.id and "failed" in err.value.en
    assert good.read_bytes() == before  # the old good video is untouched
    assert _leftovers(tmp_path) == []


def test_unknown_preset(tmp_path, sb2):
    with pytest.raises(VideoError, match="preview"):
        render(sb2, out=tmp_path / "x.mp4", preset="4:3", progress=False)


def test_progress_callback(tmp_path, sb2):
    seen = []
    render(sb2, out=tmp_path / "p.mp4", preset="preview", progress=lambda f, m: seen.append(f), music="calm")
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


@pytest.mark.slow
def test_full_1080x1920_render(tmp_path, photo):
    sb = short_storyboard(3, image=str(photo))
    out = render(sb, out=tmp_path / "final.mp4", preset="9:16", progress=False)
    effective = Storyboard.load(tmp_path / "final_proyek" / "storyboard.json")
    _check_video(out, expected=effective.duration, width=1080, height=1920)


@pytest.mark.slow
@pytest.mark.parametrize("preset, size", [("1:1", (1080, 1080)), ("16:9", (1920, 1080))])
def test_other_presets(tmp_path, preset, size):
    sb = Storyboard(
        scenes=[
            Scene(narration="Halo kak!", on_screen_text="Halo", duration=1.5),
            Scene(narration="Yuk!", on_screen_text="Yuk", duration=1.5, visual=Visual(palette="gold")),
        ]
    )
    out = render(sb, out=tmp_path / "o.mp4", preset=preset, progress=False)
    effective = Storyboard.load(tmp_path / "o_proyek" / "storyboard.json")
    _check_video(out, expected=effective.duration, width=size[0], height=size[1])


def test_participant_clip_is_cropped_to_fit(tmp_path):
    """A landscape phone clip (with its own sound) becomes a vertical scene of the storyboard's length."""
    import subprocess

    from gigai.video.media import ffmpeg_exe

    clip = tmp_path / "klip.mp4"
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=4",
         "-f", "lavfi", "-i", "sine=frequency=440:duration=4", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-shortest", str(clip)],
        check=True, timeout=120,
    )  # fmt: skip
    sb = Storyboard(
        title="Klip",
        scenes=[
            Scene(narration="Ini dapur kami.", on_screen_text="Dapur", duration=3.0,
                  visual=Visual(kind="video", path=str(clip))),
            Scene(narration="Pesan sekarang!", on_screen_text="Pesan", duration=2.0),
        ],
    )  # fmt: skip
    out = render(sb, out=tmp_path / "klip_promo.mp4", preset="preview", progress=False, music=None)
    effective = Storyboard.load(tmp_path / "klip_promo_proyek" / "storyboard.json")
    _check_video(out, expected=effective.duration, width=720, height=1280)
    credits = json.loads((tmp_path / "klip_promo.credits.json").read_text(encoding="utf-8"))
    assert {"asset": "video", "path": "klip.mp4"}.items() <= next(
        a for a in credits["assets"] if a["asset"] == "video"
    ).items()


def test_captions_are_burned_in_when_rendering_to_a_relative_path(tmp_path, sb2):
    """Notebooks render to relative paths; the caption track must still be found (it once was not)."""
    import subprocess

    import numpy as np
    from PIL import Image

    from gigai.video.media import ffmpeg_exe
    from gigai.video.visuals import caption_geometry

    assert Path.cwd() == tmp_path  # the autouse fixture chdirs here: "promo.mp4" is relative
    out = render(sb2, out="promo.mp4", preset="preview", progress=False, music=None)
    cue = parse_srt(out.with_suffix(".srt").read_text(encoding="utf-8"))[0]
    frame = tmp_path / "frame.png"
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-ss", f"{(cue.start + cue.end) / 2:.2f}", "-i", str(out),
         "-frames:v", "1", "-y", str(frame)],
        check=True, timeout=60,
    )  # fmt: skip
    img = np.asarray(Image.open(frame).convert("RGB")).astype(int)
    y, box_h, _ = caption_geometry(img.shape[1], img.shape[0])
    box = img[y : y + box_h]
    white = ((box[..., 0] > 230) & (box[..., 1] > 230) & (box[..., 2] > 230)).sum()
    assert white > 500, f"no caption text in the caption box ({white} white pixels)"


def test_the_scene_cache_version_follows_the_renderer_source(tmp_path):
    """No hand-bumped number: any change to a module a scene is drawn or encoded with, or to the pronunciation
    data, gives new cache keys; a module the renderer never imports (the CLI) does not."""
    import shutil

    from gigai.video import scenes

    pkg = tmp_path / "video"
    shutil.copytree(Path(scenes.__file__).parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    used = {p.name for p in scenes.modules_used("scenes", pkg)}
    assert {"looks.py", "layout.py", "headline.py", "stickers.py", "captions.py", "visuals.py", "tts.py"} <= used
    assert "cli.py" not in used

    def version(*entries):
        return scenes.source_version(entries, pkg)

    draw, speech = version("scenes", "looks", "project"), version("tts")
    for name, changes_speech in [("looks.py", False), ("headline.py", False), ("encode.py", False),
                                 ("normalize.py", True), ("pronunciation.json", True), ("cli.py", False)]:  # fmt: skip
        f = pkg / name
        before = f.read_bytes()
        f.write_bytes(before + b"\n")
        assert (version("scenes", "looks", "project") != draw) is (name != "cli.py"), name
        assert (version("tts") != speech) is changes_speech, name
        f.write_bytes(before)
    assert version("scenes", "looks", "project") == draw
    # the fonts the words are drawn with count too
    font = tmp_path / "font.ttf"
    font.write_bytes(b"a")
    with_font = scenes.source_version(("scenes",), pkg, (font,))
    font.write_bytes(b"b")
    assert scenes.source_version(("scenes",), pkg, (font,)) != with_font
    assert len(scenes.CACHE_VERSION) == 12 and scenes.CACHE_VERSION != scenes.SPEECH_VERSION


def test_a_new_renderer_version_never_serves_a_cached_scene(tmp_path, monkeypatch):
    from gigai.video import scenes
    from gigai.video.encode import PRESETS

    maker = scenes.SceneMaker(tmp_path, None, None)
    sc = short_storyboard(1).scenes[0]
    key, speech = maker.key(sc, PRESETS["preview"], "offline", 175), maker.speech_key(sc, "offline", 175)
    monkeypatch.setattr(scenes, "CACHE_VERSION", "other")
    assert maker.key(sc, PRESETS["preview"], "offline", 175) != key
    assert maker.speech_key(sc, "offline", 175) == speech  # a layout change keeps the narration
    monkeypatch.setattr(scenes, "SPEECH_VERSION", "other")
    assert maker.speech_key(sc, "offline", 175) != speech


@pytest.mark.slow
def test_a_square_menu_video_keeps_the_subject_clear_and_strikes_old_prices(tmp_path):
    """A rendered 1:1 video with the client's phone photo and a menu with an old price: the words stand beside the
    photo, clear of its subject, the captions stay off the subject, the menu screen ('~150rb~' marks: the strike
    itself is measured on composed frames in test_frames) is drawn and every spoken word is in one caption cue."""
    import numpy as np
    from PIL import Image, ImageDraw

    from gigai.video.encode import Preset
    from gigai.video.layout import caption_geometry

    photo = tmp_path / "kue.jpg"
    im = Image.new("RGB", (900, 1200), (196, 170, 130))
    ImageDraw.Draw(im).ellipse((180, 480, 720, 900), fill=(240, 236, 228))  # a plate, low middle
    ImageDraw.Draw(im).ellipse((260, 540, 640, 840), fill=(170, 100, 40))
    im.save(photo)
    sb = Storyboard(title="Kue Bu Ani", style="kinetik", scenes=[
        Scene(narration="Kue kering Bu Ani, renyah dan wangi.", on_screen_text="Kue kering Bu Ani",
              visual=Visual(kind="image", path=str(photo))),
        Scene(narration="Nastar 120rb, normalnya 150rb.", on_screen_text="Nastar ~150rb~ 120rb"),
        Scene(narration="Pesan lewat WA 0857-1234-4321.", on_screen_text="WA 0857-1234-4321"),
    ])  # fmt: skip
    pre = Preset("1:1 kecil", 480, 480, x264="ultrafast", crf=26)
    proj = Project(tmp_path / "proj")
    out = proj.render(sb, tmp_path / "kue.mp4", preset=pre, music=None, progress=False)
    st = proj.stats["scenes"]
    tb, pb, fb = st[0]["text_box"], st[0]["photo_box"], st[0]["focus_box"]
    assert tb[2] <= pb[0] < fb[0], (tb, pb, fb)  # the words beside the photo, not on its subject
    cy = caption_geometry(480, 480)[0]
    assert fb[3] <= cy, (fb, cy)  # the captions under the subject, not on it
    frames = _frames(out, 480, 480, round((st[1]["start"] + 1.0) * 30) + 1)
    shot = frames[-1]
    x0, y0, x1, y1 = st[1]["text_box"]
    assert (np.abs(shot[y0:y1, x0:x1] - shot[y0, x0]).sum(axis=2) > 80).mean() > 0.05  # the menu words are drawn
    cues = parse_srt(out.with_suffix(".srt").read_text(encoding="utf-8"))
    said = " ".join(c.text for c in cues)
    for word in "Nastar 120rb, normalnya 150rb. Pesan lewat WA".split():
        assert said.count(word) == 1, (word, said)
