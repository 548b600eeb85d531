"""Video Studio: the builder returns Blocks without launching; a real browser makes a storyboard and a preview."""

import pytest

from tests.browser import free_port, launch


def test_build_returns_blocks_without_launching(tmp_path):
    import gradio as gr

    from gigai.apps.studio import build_studio_app

    demo = build_studio_app(work_dir=tmp_path)
    assert isinstance(demo, gr.Blocks)
    assert not getattr(demo, "is_running", False)


@pytest.mark.browser
@pytest.mark.slow
def test_studio_in_browser(tmp_path):
    from playwright.sync_api import expect, sync_playwright

    from gigai.apps.studio import build_studio_app

    demo = build_studio_app(work_dir=tmp_path)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
            page.locator("#product textarea, #product input").first.fill("Keripik Pedas Mantul")
            page.get_by_role("button", name="1. Buat storyboard").click()
            expect(page.locator("#storyboard")).to_contain_text("Keripik Pedas Mantul", timeout=30_000)
            expect(page.locator("#notice")).to_contain_text("offline", timeout=10_000)
            page.get_by_role("button", name="2. Preview cepat (720p)").click()
            expect(page.locator("#status")).to_contain_text("Selesai", timeout=240_000)
            expect(page.locator("#video video")).to_have_count(1, timeout=30_000)
            expect(page.locator("#files")).to_contain_text(".srt", timeout=10_000)
            browser.close()
    finally:
        demo.close()
    videos = list((tmp_path / "out").glob("promo_preview_*.mp4"))
    assert len(videos) == 1 and videos[0].with_suffix(".srt").exists()
