"""Styles that look like a 2026 short-form promo, and pacing from the words (issue 22, items 1 and 3).

Fast checks draw single scenes at small sizes; two preview renders (marked slow) check what a viewer sees and
hears: the hook at frame 0, big headlines, no half-blank transition frames, speech over >= 85% of the video,
the first word within half a second, cuts on the music's beat.
"""

import subprocess

import numpy as np
import pytest
from PIL import Image, ImageDraw

from gigai.errors import InputError
from gigai.video.encode import Preset
from gigai.video.layout import READABLE_ARCMIN, arcmin, caption_geometry, safe_area
from gigai.video.looks import CARD_ZOOM, draw_scene, split_price
from gigai.video.media import ffmpeg_exe
from gigai.video.pacing import HOLD, LEAD, TAIL, beat_grid, timeline
from gigai.video.project import Project
from gigai.video.storyboard import Scene, Storyboard, Visual
from gigai.video.templates import STYLES, choose, resolve_style

SIZES = {"9:16": (360, 640), "1:1": (480, 480), "16:9": (640, 360)}


def _photo(size, box, bg=(90, 120, 150)):
    """A photo-like picture: gentle texture and one subject."""
    w, h = size
    rng = np.random.default_rng(3)
    base = np.array(bg, np.float32) + rng.normal(0, 8, (h, w, 1))
    im = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    ImageDraw.Draw(im).ellipse(box, fill=(230, 200, 40))
    return im


PHOTOS = {
    "wide": _photo((1600, 900), (700, 300, 1000, 600)),
    "square": _photo((1000, 1000), (350, 400, 650, 700)),
    "tall": _photo((900, 1600), (300, 250, 600, 550)),
}


def test_style_names_and_unknown_style_refused():
    assert resolve_style("hero") == "produk" and resolve_style("Kinetic") == "kinetik"
    assert resolve_style(None) == "auto" and set(STYLES) == {"kinetik", "produk", "ugc"}
    with pytest.raises(InputError) as err:
        Storyboard(style="neon", scenes=[Scene(narration="Halo.")])
    assert "kinetik" in err.value.hint


def test_two_businesses_rarely_share_an_opening():
    titles = ["Promo Martabak Manis Bang Udin", "Promo Sepatu Lari Kuat", "Promo Jasa Servis AC Dingin",
              "Promo Keripik Singkong Pedas", "Promo Kursus Bahasa Inggris Online", "Promo Sambal Roa Oma",
              "Promo Sewa Kostum Karnaval", "Promo Bimbel Matematika SD", "Promo Cuci Sofa Panggilan",
              "Promo Madu Hutan Sumbawa", "Promo Tas Rajut Handmade", "Promo Salon Kuku Cantik"]  # fmt: skip
    looks = [choose("auto", t) for t in titles]
    assert {lk.style for lk in looks} == set(STYLES)
    assert len({(lk.style, lk.bg) for lk in looks}) >= 8
    # the same hook line still opens differently for two different businesses
    a, b = (draw_scene(lk, 180, 320, "Lagi cari ini?").background for lk in (looks[0], looks[1]))
    assert np.abs(np.asarray(a, int) - np.asarray(b, int)).mean() > 5
    assert choose("produk", titles[0]).style == "produk"  # a participant's pick wins


@pytest.mark.parametrize("preset", list(SIZES))
@pytest.mark.parametrize("style", STYLES)
def test_product_photo_is_the_hero(preset, style):
    w, h = SIZES[preset]
    look = choose(style, "Toko Contoh")
    for name, im in PHOTOS.items():
        d = draw_scene(look, w, h, "Tas rajut handmade cuma Rp 85.000", photo=im)
        x0, y0, x1, y1 = d.photo_box
        tx0, ty0, tx1, ty1 = d.text_box
        if preset == "9:16":
            assert (x1 - x0) >= 0.6 * w, (name, d.photo_box)
        else:  # its own layout: a big panel or the whole frame, never smaller than the headline
            assert (x1 - x0) >= 0.45 * w and (y1 - y0) >= 0.3 * h, (name, d.photo_box)
        assert (x1 - x0) * (y1 - y0) >= (tx1 - tx0) * (ty1 - ty0), (name, d.photo_box, d.text_box)


@pytest.mark.parametrize("preset", list(SIZES))
@pytest.mark.parametrize("style", STYLES)
def test_headline_is_big_and_inside_the_safe_area_even_grown(preset, style):
    w, h = SIZES[preset]
    left, top, right, bottom = safe_area(w, h)
    look = choose(style, "Toko Contoh")
    for text in ["Stop scroll dulu!", "Servis AC cuma 1 jam", "Diskon 30% sampai Minggu"]:
        card = draw_scene(look, w, h, text)
        assert card.headline_size >= (0.10 if preset == "9:16" else 0.07) * min(w, h), (
            text,
            card.headline_size,
        )
        # a text card grows by CARD_ZOOM around zoom_focus: the grown words stay in the safe area
        fx, fy = card.zoom_focus[0] * w, card.zoom_focus[1] * h
        x0, y0, x1, y1 = card.text_box
        grow = 1 + CARD_ZOOM
        assert fx + (x0 - fx) * grow >= left - 1 and fx + (x1 - fx) * grow <= right + 1, (text, card.text_box)
        assert fy + (y0 - fy) * grow >= top - 1 and fy + (y1 - fy) * grow <= bottom + 1, (text, card.text_box)
        shot = draw_scene(look, w, h, text, photo=PHOTOS["square"])
        assert shot.headline_size >= 0.055 * min(w, h) * (1.0 if preset != "16:9" else 0.9)


@pytest.mark.parametrize(
    "text, head, old, price",
    [
        ("Rp 25.000 Rp 18.000", "", "Rp 25.000", "Rp 18.000"),
        ("Mulai Rp 75.000", "Mulai", None, "Rp 75.000"),
        ("Cuma 35rb aja", "", None, "35rb"),  # words that only lead into the price go with it
            ("Ayam kremes cuma 65rb", "Ayam kremes", None, "65rb"),
            ("Ayam kremes 65rb aja", "Ayam kremes", None, "65rb"),
        ("Diskon 20% hari ini", "Diskon 20% hari ini", None, None),
        ("Croffle Rp15.000/porsi", "Croffle", None, "Rp15.000/porsi"),  # the unit stays with its price
        ("Dari Rp 1,2 jt jadi Rp 950rb", "", "Rp 1,2 jt", "Rp 950rb"),  # the sticker says it
        ("45rb · skrg 35rb", "", "45rb", "35rb"),  # a separator and 'now' leave no headline of their own
        ("Kopi 20rb · Teh 10rb", "Kopi 20rb · Teh 10rb", None, None),  # a list of prices: no old price struck
        # marker words alone are no headline beside the sticker; between two prices they tie old to new (higher old)
        ("Normal 50rb promo 35rb", "", "50rb", "35rb"),
        ("Harga normal Rp 50.000 promo Rp 35.000", "", "Rp 50.000", "Rp 35.000"),
        ("Kopi susu normal 25rb promo 18rb", "Kopi susu", "25rb", "18rb"),
        ("45rb skrg cuma 35rb", "", "45rb", "35rb"),
        ("skrg 35rb (normal 45rb)", "", "45rb", "35rb"),
        ("Promo 35rb dari 45rb", "", "45rb", "35rb"),
        ("Harga promo 20rb", "", None, "20rb"),
        ("Gamis katun promo Rp 149.000 (normal Rp 199.000)", "Gamis katun", "Rp 199.000", "Rp 149.000"),
        ("Donat 5rb · Roti 8rb", "Donat 5rb · Roti 8rb", None, None),
    ],
)
def test_prices_become_a_sticker(text, head, old, price):
    got = split_price(text)
    assert (got[1], got[2]) == (old, price) and got[0].strip(" /").replace(" /", " /") == head.strip(" /")


def test_price_sticker_with_old_price_struck_through():
    look = choose("produk", "Toko Contoh")
    d = draw_scene(look, 360, 640, "Rp 25.000 Rp 18.000", photo=PHOTOS["square"])
    assert d.sticker_box is not None
    x0, y0, x1, y1 = d.sticker_box
    assert x1 <= safe_area(360, 640)[2] + 1  # clear of the like/comment column
    sub = d.focus_box  # the sticker sits on a corner away from the subject
    assert max(0, min(x1, sub[2]) - max(x0, sub[0])) * max(0, min(y1, sub[3]) - max(y0, sub[1])) < 0.2 * (
        (sub[2] - sub[0]) * (sub[3] - sub[1])
    )


def test_pacing_follows_the_words_and_cuts_on_the_grid():
    grid = beat_grid("upbeat")
    assert abs(grid - 60 / 116 / 2) < 1e-9 and beat_grid(None) is None and beat_grid("lagu-saya.mp3") is None
    speech, written = [1.4, 3.2, 0.0, 2.5], [3.0, 5.0, 2.0, 5.0]
    got = timeline(speech, written, grid)
    ends = np.cumsum(got)
    assert np.allclose(ends / grid, np.round(ends / grid), atol=0.002 / grid)  # every cut on a beat (1 ms)
    for sp, wr, d in zip(speech[:-1], written, got):
        need = LEAD + sp + TAIL if sp else wr
        assert need - 1e-6 <= d <= need + grid + 1e-6 or not sp  # the words plus at most a beat
    assert got[-1] >= LEAD + speech[-1] + HOLD >= LEAD + speech[-1] + 0.75  # the call to action holds
    assert sum(got) < sum(written)  # no dead air from written lengths
    assert timeline([1.0], [4.0]) == [round(LEAD + 1.0 + HOLD, 3)]  # no music: no grid


# ---------------------------------------------------------------- renders (slow)


def _rgb_frames(video, w, h):
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(video), "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                         capture_output=True, check=True, timeout=300).stdout  # fmt: skip
    return np.frombuffer(raw, np.uint8).reshape(-1, h, w, 3)


def _voice(video, sr=16000, win=0.02):
    """Per-20-ms 'someone speaks' flags from a sound file (a pause shorter than 0.3 s counts as speech)."""
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(video), "-vn", "-ac", "1", "-ar", str(sr), "-f",
                          "f32le", "-"], capture_output=True, check=True, timeout=120).stdout  # fmt: skip
    x = np.frombuffer(raw, np.float32)
    n = int(sr * win)
    db = 20 * np.log10(np.sqrt((x[: len(x) // n * n].reshape(-1, n) ** 2).mean(axis=1)) + 1e-9)
    on = db > max(-45.0, db.max() - 35)
    bridged = on.copy()
    idx = np.nonzero(on)[0]
    for a, b in zip(idx, idx[1:]):
        if (b - a) * win <= 0.3:
            bridged[a:b] = True
    return on, bridged, win


def _detail(img):
    """Edge energy of a frame above the captions (captions come and go with the words, not the shots)."""
    from gigai.video.layout import caption_geometry

    g = img[: caption_geometry(img.shape[1], img.shape[0])[0]].astype(np.int16).mean(axis=2)
    return np.abs(np.diff(g, axis=0)).mean() + np.abs(np.diff(g, axis=1)).mean()


@pytest.mark.slow
def test_promo_opens_on_the_hook_is_paced_by_the_words_and_never_goes_blank(tmp_path):
    photo = tmp_path / "roti.jpg"
    PHOTOS["wide"].save(photo)
    sb = Storyboard(title="Promo Roti Sobek Bu Ani", style="produk", scenes=[
        Scene(narration="Sarapan tanpa ribet? Ada roti sobek hangat!", on_screen_text="Sarapan tanpa ribet?",
              duration=3.0),
        Scene(narration="Roti sobek Bu Ani, lembut, isinya cokelat lumer dan keju.", on_screen_text="Roti Sobek Bu Ani",
              visual=Visual(kind="image", path=str(photo)), duration=5.0),
        Scene(narration="Satu bungkus cuma dua puluh ribu, dari dua puluh lima ribu.",
              on_screen_text="Rp 25.000 Rp 20.000", visual=Visual(kind="image", path=str(photo)), duration=5.0),
        Scene(narration="Pesan lewat WA 0813-4455-6677 sekarang ya!", on_screen_text="WA 0813-4455-6677",
              duration=5.0),
    ])  # fmt: skip
    proj = Project(tmp_path / "proj")
    out = proj.render(
        sb, tmp_path / "roti.mp4", preset="preview", music="auto", transition="fade", progress=False
    )
    w, h = 720, 1280
    fr = _rgb_frames(out, w, h)
    st = proj.stats["scenes"]
    # frame 0 already shows the hook: many non-background pixels in the headline's box
    x0, y0, x1, y1 = st[0]["text_box"]
    box = fr[0][y0:y1, x0:x1].astype(int)
    away = np.abs(box - np.median(box.reshape(-1, 3), axis=0)).sum(axis=2) > 80
    assert away.mean() > 0.08, away.mean()
    # headline height: the tallest run of rows with ink in the box (one line of glyphs) is >= 4% of the height
    rows = away.mean(axis=1) > 0.01
    runs, cur = [], 0
    for r in rows:
        cur = cur + 1 if r else 0
        runs.append(cur)
    assert max(runs) >= 0.04 * h, max(runs)
    # the product photo is the hero: >= 60% of the width
    for sc in st[1:3]:
        assert sc["photo_box"][2] - sc["photo_box"][0] >= 0.6 * w
    # the price scene: the sticker (old price struck through, drawn in test_price_sticker_...) in the accent colour
    from gigai.video.project import look_of

    accent = np.array([int(look_of(sb).accent[i : i + 2], 16) for i in (1, 3, 5)])
    x0, y0, x1, y1 = st[2]["sticker_box"]
    mid = fr[round((st[2]["start"] + 1.0) * 30)][y0:y1, x0:x1].astype(int)
    assert (np.abs(mid - accent).sum(axis=2) < 60).mean() > 0.35
    # the last scene: the contact is its biggest text and reads on a phone at arm's length (the captions under
    # it are drawn at caption_geometry's size: the contact's glyphs stand taller than their capitals)
    _contact_reads(fr, st[-1], w, h)
    # transitions: no frame with less than half the detail of the shots either side (no half-blank frames)
    for b in st[1:]:
        cut = round(b["start"] * 30)
        before, after = _detail(fr[cut - 5]), _detail(fr[cut + 5])
        for k in range(cut - 4, cut + 4):
            assert _detail(fr[k]) >= 0.5 * min(before, after), (cut, k, _detail(fr[k]), before, after)
    # pacing from the words, measured from the narration as it sits under the music in this very video
    on, bridged, win = _voice(tmp_path / "proj" / proj.stats["voice_track"])
    first = np.argmax(on) * win
    assert first <= 0.5, first
    quiet, longest = 0, 0
    for v in on[: int(3 / win)]:
        quiet = 0 if v else quiet + 1
        longest = max(longest, quiet)
    assert longest * win <= 0.5, longest * win
    assert bridged.mean() >= 0.85, bridged.mean()


def _contact_reads(fr, scene, w, h):
    """The contact on a rendered frame of the last scene: its tallest line of ink reads at arm's length and
    stands taller than the capitals of the captions under it (caption_geometry's font size, capitals 0.75 of it)."""
    x0, y0, x1, y1 = scene["text_box"]
    last = fr[round((scene["start"] + 1.0) * 30)][y0:y1, x0:x1].astype(int)
    ink = (np.abs(last - np.median(last.reshape(-1, 3), axis=0)).sum(axis=2) > 80).mean(axis=1) > 0.004
    runs, cur = [0], 0
    for r in ink:
        cur = cur + 1 if r else 0
        runs.append(cur)
    cap_font = caption_geometry(w, h)[2]
    assert arcmin(max(runs), w) >= READABLE_ARCMIN, (max(runs), w)
    assert max(runs) >= 1.2 * 0.75 * cap_font, (max(runs), cap_font)


@pytest.mark.slow
def test_cuts_land_on_the_beat_and_wide_frames_get_their_own_layout(tmp_path):
    photo = tmp_path / "tas.jpg"
    PHOTOS["tall"].save(photo)
    sb = Storyboard(title="Promo Tas Rajut Handmade", style="kinetik", scenes=[
        Scene(narration="Tas rajut buatan tangan, cuma satu di dunia.", on_screen_text="Tas rajut handmade"),
        Scene(narration="Warna bisa request, muat laptop empat belas inci.", on_screen_text="Muat laptop 14 inci",
              visual=Visual(kind="image", path=str(photo))),
        Scene(narration="Cek katalog di Instagram at tasrajut dot id.", on_screen_text="@tasrajut.id"),
    ])  # fmt: skip
    pre = Preset("16:9 kecil", 640, 360, x264="ultrafast", crf=26)
    proj = Project(tmp_path / "proj")
    out = proj.render(sb, tmp_path / "tas.mp4", preset=pre, music="auto", progress=False)
    grid = proj.stats["beat_grid"]
    assert proj.stats["music"] == "upbeat" and grid
    for sc in proj.stats["scenes"][1:]:
        assert abs(sc["start"] / grid - round(sc["start"] / grid)) * grid <= 1 / 30 + 1e-6, sc["start"]
    fr = _rgb_frames(out, 640, 360)
    x0, y0, x1, y1 = proj.stats["scenes"][0]["text_box"]
    box = fr[0][y0:y1, x0:x1].astype(int)
    assert (np.abs(box - np.median(box.reshape(-1, 3), axis=0)).sum(axis=2) > 80).mean() > 0.08
    _contact_reads(fr, proj.stats["scenes"][-1], 640, 360)  # '@tasrajut.id' across a wide frame
    px0, py0, px1, py1 = proj.stats["scenes"][1]["photo_box"]
    tx0, ty0, tx1, ty1 = proj.stats["scenes"][1]["text_box"]
    assert (px1 - px0) * (py1 - py0) >= (tx1 - tx0) * (ty1 - ty0)


def test_a_long_address_breaks_after_its_dots_and_stays_big():
    look = choose("kinetik", "Toko Contoh")
    for text in ["www.gentlemanbarber.id", "@kopisenja.makassar.official"]:
        d = draw_scene(look, 1080, 1920, text)
        assert d.headline_size >= 0.07 * 1080, (text, d.headline_size)
    from gigai.video.headline import lay_lines

    ln = lay_lines("www.gentlemanbarber.id", (0, 0, 900, 900), 140, 91, "left")
    assert "".join(ln.lines) == "www.gentlemanbarber.id" and len(ln.lines) >= 2  # no space where it breaks


def test_a_menu_screen_starts_each_item_that_does_not_fit_on_its_own_line():
    """'Nastar 120rb · kastengel 135rb' never leaves a line that starts with the separator or splits two items."""
    from gigai.video.headline import wrap
    from gigai.video.visuals import font

    fnt = font(70)
    lines = wrap("NASTAR PREMIUM 120rb · KASTENGEL 135rb", fnt, 560)
    assert not any(line.startswith("·") or line.endswith("·") for line in lines)
    assert not any("120rb" in line and "KASTENGEL" in line for line in lines), lines
    assert wrap("Es teh 4rb · Kopi 5rb", fnt, 900) == ["Es teh 4rb · Kopi 5rb"]  # fits whole: one line
