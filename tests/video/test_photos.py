"""Photos placed well: each photo's subject in the frame and clear of the text; text and captions inside the
platform safe areas in every preset while the picture zooms; smooth zoom (transitions: test_templates.py)."""

import json
import subprocess

import numpy as np
import pytest
from PIL import Image, ImageDraw

from gigai.video import Brief, write_storyboard
from gigai.video.encode import PRESETS, Preset
from gigai.video.layout import caption_geometry, find_focus, safe_area
from gigai.video.media import ffmpeg_exe, probe
from gigai.video.project import Project
from gigai.video.storyboard import Scene, Storyboard, Visual


def _photo(path, size, box, bg, shape="ellipse"):
    """A photo-like test picture: a textured background and ONE red subject at ``box`` (pixels)."""
    w, h = size
    rng = np.random.default_rng(1)
    yy, xx = np.mgrid[0:h, 0:w]
    base = np.array(bg, np.float32) * (0.85 + 0.15 * (yy / h))[..., None]
    base += rng.normal(0, 6, (h, w, 1))
    im = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(im)
    (d.ellipse if shape == "ellipse" else d.rectangle)(box, fill=(225, 25, 30))
    im.save(path, quality=92)
    return path


def _frames(video, times):
    out = []
    for t in times:
        raw = subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-ss", f"{t:.3f}", "-i", str(video), "-frames:v", "1", "-f", "rawvideo",
             "-pix_fmt", "rgb24", "-"], capture_output=True, check=True, timeout=60,
        ).stdout  # fmt: skip
        info = probe(video)
        out.append(np.frombuffer(raw, np.uint8).reshape(info["height"], info["width"], 3).astype(int))
    return out


def _red(img):  # the subject's red (225, 25, 30), not a style's orange or pink accent
    return (img[..., 0] > 170) & (img[..., 1] < 60) & (img[..., 2] < 70)


@pytest.fixture(scope="module")
def three_photos(tmp_path_factory):
    d = tmp_path_factory.mktemp("foto")
    return [
        # a landscape shop photo, the subject far right (a centre crop loses it)
        _photo(d / "toko.jpg", (1600, 900), (1250, 250, 1450, 450), (70, 130, 80)),
        # a square product photo, the price tag bottom right ("Rp 18" once)
        _photo(d / "kopi.png", (1000, 1000), (700, 760, 940, 940), (150, 110, 70), "rect"),
        # a portrait photo, the subject (a face) near the top
        _photo(d / "wajah.jpg", (900, 1600), (330, 180, 570, 420), (60, 80, 140)),
    ]


def test_focus_heuristic_finds_the_subject(three_photos):
    for path, (cx, cy) in zip(
        three_photos, [(1350 / 1600, 350 / 900), (820 / 1000, 850 / 1000), (0.5, 300 / 1600)]
    ):
        f = find_focus(Image.open(path))
        assert abs(f.cx - cx) < 0.08 and abs(f.cy - cy) < 0.08, (path.name, f)


@pytest.mark.parametrize(
    "preset", ["preview", Preset("16:9 kecil", 640, 360, x264="ultrafast", crf=26, oversample=1)]
)
def test_three_photos_subject_visible_and_never_under_text(tmp_path, three_photos, preset):
    brief = Brief(product="Kopi Susu Gula Aren", business="Kopi Kita", price="Rp 18.000",
                  benefits=["manis pas", "bikin melek"], photos=[str(p) for p in three_photos])  # fmt: skip
    sb = write_storyboard(brief, scenes=5)
    paths = {s.visual.path for s in sb.scenes}
    assert {str(p) for p in three_photos} <= paths  # all three photos are used
    sb = sb.model_copy(update={"scenes": [s.model_copy(update={"duration": 2.0}) for s in sb.scenes]})
    proj = Project(tmp_path / "proj")
    out = proj.render(sb, tmp_path / "p.mp4", preset=preset, music=None, progress=False, ai_label=False)
    pre = PRESETS.get(preset, preset) if isinstance(preset, str) else preset
    cap_y, cap_h, _ = caption_geometry(pre.width, pre.height)
    checked = 0
    for sc, st in zip(proj.stats["scenes"], sb.scenes):
        if st.visual.kind != "image":
            continue
        times = [sc["start"] + 0.35, sc["start"] + sc["duration"] - 0.35]  # both ends of the zoom
        for img in _frames(out, times):
            red = _red(img)
            ys, xs = np.nonzero(red)
            assert ys.size > 200, f"{st.visual.path}: subject not in the frame"
            h, w = red.shape
            assert ys.min() > 0 and xs.min() > 0 and ys.max() < h - 1 and xs.max() < w - 1, (
                "subject cut by the edge"
            )
            # the headline and the price sticker (not counting their own drawn pixels: an accent may be red)
            drawn = np.zeros_like(red)
            png = tmp_path / "proj" / "scenes" / sc["key"] / "text.png"
            if png.exists():
                a = np.asarray(Image.open(png))[..., 3] > 0
                tx, ty = sc["text_xy"]
                drawn[ty : ty + a.shape[0], tx : tx + a.shape[1]] = a[: h - ty, : w - tx]
                for _ in range(3):  # and their edges, where 4:2:0 chroma bleeds a pixel or two
                    drawn = drawn | np.roll(drawn, 1, 0) | np.roll(drawn, -1, 0) | np.roll(drawn, 1, 1) | np.roll(drawn, -1, 1)
            for box in (sc["text_box"], sc["sticker_box"]):
                if box:
                    x0, y0, x1, y1 = box
                    assert not (red & ~drawn)[y0:y1, x0:x1].any(), f"{st.visual.path}: text over the subject"
            assert not red[cap_y : cap_y + cap_h].any(), f"{st.visual.path}: captions over the subject"
            # the text pill is really there (darker than the photo around it)
            checked += 1
    assert checked >= 6


def _solid(path, color, size=(1200, 900)):
    Image.new("RGB", size, color).save(path)
    return path


@pytest.mark.parametrize("preset", ["preview", "9:16", "1:1", "16:9"])
def test_text_and_captions_stay_in_safe_area_across_zoom(tmp_path, preset):
    bg = (40, 90, 160)
    sb = Storyboard(style="ugc", scenes=[Scene(
        narration="Cuma Rp 18.000, pesan lewat WhatsApp sekarang juga ya kak!",
        on_screen_text="Kopi Susu Gula Aren cuma Rp 18.000 hari ini", duration=2.5,
        visual=Visual(kind="image", path=str(_solid(tmp_path / "biru.png", bg)), motion="zoom", fit="cover"),
    )])  # fmt: skip
    proj = Project(tmp_path / "proj")
    out = proj.render(sb, tmp_path / "s.mp4", preset=preset, music=None, progress=False, ai_label=False)
    dur = proj.stats["duration"]
    frames = _frames(out, [0.4, dur / 2, dur - 0.3])
    h, w = frames[0].shape[:2]
    left, top, right, bottom = safe_area(w, h)
    masks = []
    for img in frames:
        drawn = np.abs(img - np.array(bg)).sum(axis=2) > 60
        ys, xs = np.nonzero(drawn)
        assert ys.size > 500, "no text or captions drawn"
        assert xs.min() >= left - 2 and xs.max() <= right + 2, (preset, xs.min(), xs.max(), left, right)
        assert ys.min() >= top - 2 and ys.max() <= bottom + 2, (preset, ys.min(), ys.max(), top, bottom)
        x0, y0, x1, y1 = proj.stats["scenes"][0]["text_box"]
        masks.append(drawn[y0:y1, x0:x1])
    # the on-screen text does not move while the picture zooms
    same = (masks[1] == masks[2]).mean()
    assert same > 0.98, same


def test_zoom_is_smooth_and_colours_are_bt709(tmp_path, three_photos):
    sb = Storyboard(scenes=[Scene(on_screen_text="Zoom", duration=2.0,
                                  visual=Visual(kind="image", path=str(three_photos[0]), fit="cover"))])  # fmt: skip
    proj = Project(tmp_path / "proj")
    out = proj.render(sb, tmp_path / "z.mp4", preset="1:1", music=None, progress=False, ai_label=False)
    info = probe(out)
    assert (info["color_space"], info["color_primaries"], info["color_transfer"]) == ("bt709",) * 3
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(out), "-vf", "format=gray", "-f", "rawvideo", "-"],
                         capture_output=True, check=True, timeout=120).stdout  # fmt: skip
    fr = np.frombuffer(raw, np.uint8).reshape(-1, 1080, 1080).astype(np.int16)[5:55]
    diffs = np.abs(np.diff(fr, axis=0)).mean(axis=(1, 2))
    still = (diffs < 0.05).sum()
    assert still <= 2, f"{still} of {len(diffs)} frame-to-frame changes are zero (stepping zoom)"
    assert diffs.max() < 6 * np.median(diffs), "a jump in the zoom"


def test_layout_is_honoured(tmp_path, three_photos):
    for layout in ("top", "bottom"):
        sb = Storyboard(scenes=[Scene(narration="Halo.", on_screen_text="Teks", duration=1.5,
                                      visual=Visual(kind="image", path=str(three_photos[1]), layout=layout))])  # fmt: skip
        proj = Project(tmp_path / layout)
        proj.render(
            sb, tmp_path / f"{layout}.mp4", preset="preview", music=None, progress=False, ai_label=False
        )
        y0 = proj.stats["scenes"][0]["text_box"][1]
        assert (y0 < 1280 * 0.3) if layout == "top" else (y0 > 1280 * 0.45), (layout, y0)
    meta = json.loads(next((tmp_path / "top").glob("scenes/*/meta.json")).read_text())
    assert meta["focus_box"] is not None


def test_focus_can_be_set_by_the_participant(three_photos):
    from gigai.video.visuals import photo_still

    im = Image.open(three_photos[0])
    auto = photo_still(im, 720, 1280, "Halo")
    mine = photo_still(im, 720, 1280, "Halo", focus=(0.1, 0.5))
    assert auto.placement.box != mine.placement.box
    x0, _, x1, _ = mine.placement.box
    assert x0 <= 0.1 * im.width * mine.placement.scale + mine.placement.left <= x1


def test_ai_label_switch_off(tmp_path):
    sb = Storyboard(scenes=[Scene(narration="Halo kak.", on_screen_text="Halo", duration=1.5)])
    proj = Project(tmp_path / "proj")
    out = proj.render(sb, tmp_path / "n.mp4", preset="preview", music=None, progress=False, ai_label=False)
    assert "bantuan AI" not in out.with_suffix(".srt").read_text(encoding="utf-8")
    assert abs(probe(out)["duration"] - proj.stats["duration"]) < 0.1
    credits = json.loads(out.with_name("n.credits.json").read_text(encoding="utf-8"))
    assert credits["ai_disclosure"].startswith("off")
