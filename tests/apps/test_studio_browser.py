"""The Video Studio in a real browser (Debian chromium): upload photos and a clip, see thumbnails, make a
storyboard from a client's message, render a preview."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from tests.browser import free_port, launch, require_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]
require_chromium()
SHOTS = Path(os.environ["GIGAI_SHOTS"]) if os.environ.get("GIGAI_SHOTS") else None

MESSAGE = ("Halo kak, Warung Bakso Pak Kumis, Bakso Urat Jumbo cuma Rp 15.000! Kelebihan: daging sapi asli, "
           "kuah kaldu tulang. Buka setiap hari 10.00-21.00 WIB. Pesan via WA 0857-1234-5678.")  # fmt: skip


def _media(tmp_path: Path) -> list[Path]:
    files = []
    for name, size, col in [
        ("bakso.jpg", (1200, 900), (150, 90, 50)),
        ("warung.png", (700, 1200), (40, 90, 140)),
    ]:
        im = Image.new("RGB", size, col)
        ImageDraw.Draw(im).ellipse(
            (size[0] // 3, size[1] // 3, size[0] // 2, size[1] // 2), fill=(230, 30, 30)
        )
        im.save(tmp_path / name)
        files.append(tmp_path / name)
    from gigai.video.media import ffmpeg_exe

    clip = tmp_path / "dapur.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=480x270:rate=25:duration=2",
                    "-pix_fmt", "yuv420p", str(clip)], check=True, timeout=60)  # fmt: skip
    return [*files, clip]


def test_upload_thumbnails_storyboard_and_preview(tmp_path):
    from playwright.sync_api import expect, sync_playwright

    from gigai.apps.studio import build_studio_app

    work = tmp_path / "studio"
    demo = build_studio_app(work_dir=work)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
            page.locator("#uploads input[type=file]").set_input_files([str(f) for f in _media(tmp_path)])
            gallery = page.locator("#uploads-gallery img")
            expect(gallery).to_have_count(3, timeout=60_000)
            expect(page.locator("#upload-note")).to_contain_text("3 file", timeout=10_000)
            page.screenshot(path=str((SHOTS or tmp_path) / "studio_uploads.png"))
            page.locator("#brief-text textarea").fill(MESSAGE)
            page.get_by_role("button", name="1. Buat storyboard").click()
            expect(page.locator("#notice")).to_contain_text("Perkiraan", timeout=30_000)
            values = "() => [...document.querySelectorAll('#storyboard textarea, #storyboard input')].map(t => t.value)"
            page.wait_for_function(
                f"() => ({values})().some(v => v.includes('Bakso Urat Jumbo'))", timeout=30_000
            )
            assert "bakso.jpg" in page.evaluate(values)  # the uploaded photo is placed in a scene card
            page.get_by_role("button", name="2. Preview cepat (720p)").click()
            expect(page.locator("#status")).to_contain_text("Selesai", timeout=240_000)
            expect(page.locator("#video video")).to_have_count(1, timeout=30_000)
            expect(page.locator("#files")).to_contain_text(".srt", timeout=10_000)
            page.screenshot(path=str((SHOTS or tmp_path) / "studio_rendered.png"), full_page=True)
            browser.close()
    finally:
        demo.close()
    videos = list(work.glob("sesi/*/video/promo_preview_*.mp4"))
    assert len(videos) == 1 and videos[0].with_suffix(".srt").exists()
    assert sorted(p.name for p in work.glob("sesi/*/unggahan/*")) == ["bakso.jpg", "dapur.mp4", "warung.png"]


def _labels(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll(
        '#storyboard [data-testid=block-info], #storyboard .gigai-scene-title b, #storyboard th')]
        .filter(e => e.offsetParent && e.innerText.trim())
        .map(e => { const r = e.getBoundingClientRect(), s = getComputedStyle(e);
                    return {text: e.innerText.trim(), w: r.width, h: r.height,
                            font: parseFloat(s.fontSize),
                            line: parseFloat(s.lineHeight) || 1.4 * parseFloat(s.fontSize)}; })""")


@pytest.mark.slow
def test_storyboard_edits_as_stacked_cards_on_a_phone(tmp_path):
    """412 px wide: one card per scene, stacked; no label wraps letter by letter; the page stays short."""
    from playwright.sync_api import expect, sync_playwright

    from gigai.apps.studio import build_studio_app

    demo = build_studio_app(work_dir=tmp_path / "studio")
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        with sync_playwright() as p:
            browser = launch(p)
            phone = browser.new_page(viewport={"width": 412, "height": 915}, device_scale_factor=2.625,
                                     is_mobile=True, has_touch=True)  # fmt: skip
            phone.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
            phone.locator("#brief-text textarea").fill(MESSAGE)
            phone.locator("#make-storyboard").click()
            expect(phone.locator("#notice")).to_contain_text("Perkiraan", timeout=60_000)
            cards = phone.locator("#storyboard .gigai-scene:visible")
            expect(cards.first).to_be_visible(timeout=10_000)
            n = cards.count()
            boxes = [cards.nth(i).bounding_box() for i in range(n)]
            shot = (SHOTS or tmp_path) / "studio-412px.png"
            phone.screenshot(path=str(shot), full_page=True)
            assert n >= 3 and phone.locator("#storyboard table").count() == 0, shot
            # stacked: one card per row, each as wide as the screen allows, one below the other
            assert all(b["width"] >= 300 and b["x"] >= 0 and b["x"] + b["width"] <= 412 for b in boxes), boxes
            assert all(boxes[i + 1]["y"] >= boxes[i]["y"] + boxes[i]["height"] - 1 for i in range(n - 1)), (
                boxes
            )
            assert max(b["height"] for b in boxes) <= 360, boxes  # a card fits well inside one phone screen
            # no header wrapped letter by letter: one line each, wider than its letters
            for label in _labels(phone):
                assert label["h"] <= 1.6 * label["line"], label
                assert label["w"] >= 0.4 * label["font"] * min(len(label["text"]), 6), label
            width = phone.evaluate("document.documentElement.scrollWidth")
            height = phone.evaluate("document.documentElement.scrollHeight")
            assert width <= 412, width  # nothing scrolls sideways
            assert height <= 1900 + 360 * n, (height, n, shot)  # the form, the cards, the render controls
            browser.close()
    finally:
        demo.close()
