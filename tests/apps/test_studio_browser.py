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
            expect(page.locator("#storyboard")).to_contain_text("Bakso Urat Jumbo", timeout=30_000)
            expect(page.locator("#notice")).to_contain_text("Perkiraan", timeout=10_000)
            expect(page.locator("#storyboard")).to_contain_text("bakso.jpg", timeout=10_000)
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
