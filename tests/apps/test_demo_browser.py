"""The live-demo studio on a real screen: Playwright driving Debian's chromium (never `playwright install`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.browser import free_port, launch, require_chromium

pytestmark = pytest.mark.browser
require_chromium()

# A 1280x720 projector at 150% zoom: the page sees 853x480 CSS pixels at a device pixel ratio of 1.5.
PROJECTOR = {"viewport": {"width": 853, "height": 480}, "device_scale_factor": 1.5}
SHOTS = Path(os.environ.get("GIGAI_SHOTS", "")) if os.environ.get("GIGAI_SHOTS") else None


def _shot(page, tmp_path: Path, name: str) -> Path:
    path = (SHOTS or tmp_path) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    return path


@pytest.fixture
def demo_cli(tmp_path):
    """`gigai demo --port N` as the trainer types it, in its own process; yields the base URL."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGAI_")}
    env.update(GIGAI_HOME=str(tmp_path / "home"), GIGAI_NO_OLLAMA_PROBE="1", GRADIO_ANALYTICS_ENABLED="False")
    log = tmp_path / "demo.log"
    cmd = [sys.executable, "-m", "gigai.cli.main", "demo", "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(300):
            if proc.poll() is not None:
                pytest.fail(f"gigai demo exited: {log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(url, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        yield url, log
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_gigai_demo_on_a_projector(demo_cli, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    url, log = demo_cli
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(**PROJECTOR)
        page.goto(url, wait_until="domcontentloaded")
        box = page.get_by_test_id("textbox").first
        expect(box).to_be_visible(timeout=60000)
        shot = _shot(page, tmp_path, "demo-1280x720-150.png")
        b = box.bounding_box()
        assert b["y"] + b["height"] <= 480, f"chat input below the fold: {b} ({shot})"
        badge = page.get_by_test_id("gigai-demo-badge")
        expect(badge).to_contain_text("Mode offline")
        assert badge.inner_text().count("Mode offline") == 1 and "offline · offline" not in badge.inner_text()
        # The studio appears once, pre-filled with a working example.
        page.get_by_role("tab", name=re.compile("Video Studio")).click()
        make = page.get_by_role("button", name=re.compile("storyboard", re.I))
        expect(make).to_have_count(1)
        make.click()
        expect(page.get_by_text(re.compile("Naskah dari|[Ss]cript (by|from)")).first).to_be_visible(
            timeout=60000
        )  # a storyboard
        expect(page.get_by_text(re.compile("Isi nama produk|enter a product"))).to_have_count(0)
        _shot(page, tmp_path, "demo-studio-storyboard.png")
        preview = page.locator("#gigai-studio #video").first  # the studio's video preview
        expect(preview).to_have_count(1)
        assert preview.bounding_box()["height"] <= 0.62 * 480 + 1  # fits the projector, not 2,100 px
        browser.close()
    text = log.read_text(errors="replace")
    assert "Traceback" not in text and "UserWarning" not in text, text[-2000:]


def test_visitors_cannot_touch_trainer_controls(monkeypatch):
    from playwright.sync_api import expect, sync_playwright

    from gigai.apps.demo import CSS, build_demo_app

    demo = build_demo_app(providers=["offline", "replay"], timeout=5)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, css=CSS)
    try:
        with sync_playwright() as p:
            browser = launch(p)
            visitor = browser.new_page(**PROJECTOR)
            visitor.set_extra_http_headers({"X-Forwarded-For": "192.168.1.77"})  # as through a tunnel/proxy
            visitor.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
            visitor.get_by_text("Kontrol trainer").click()
            expect(visitor.locator("#gigai-provider input")).to_be_disabled(timeout=30000)
            expect(visitor.locator("#gigai-record input")).to_be_disabled()
            trainer = browser.new_page(**PROJECTOR)
            trainer.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
            trainer.get_by_text("Kontrol trainer").click()
            expect(trainer.locator("#gigai-provider input")).to_be_enabled(timeout=30000)
            browser.close()
    finally:
        demo.close()
    assert demo.gigai_model.name == "offline"


def test_provider_badge_tabs_and_offline_continuation(monkeypatch):
    from playwright.sync_api import expect, sync_playwright

    from gigai.apps.demo import CSS, build_demo_app

    dead = free_port()
    monkeypatch.setenv("GIGAI_BASE_URL", f"http://127.0.0.1:{dead}/v1")  # closed port: the provider fails
    monkeypatch.setenv("GIGAI_API_KEY", "gg-test-0000")
    demo = build_demo_app(providers=["offline", "replay", "gateway"], timeout=5)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, css=CSS)
    try:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
            status = page.get_by_test_id("gigai-demo-badge")
            expect(status).to_contain_text("offline", timeout=30000)
            expect(page.get_by_role("tab", name="💬 Chatbot")).to_be_visible()
            expect(page.get_by_role("tab", name="🎞️ Video Studio")).to_be_visible()
            expect(page.get_by_test_id("gigai-spend")).to_contain_text("Rp")

            # Switch on screen: the provider dropdown, in the trainer's panel.
            page.get_by_text("Kontrol trainer").click()
            dropdown = page.locator("#gigai-provider input")
            dropdown.click()
            page.get_by_role("option", name="gateway").click()
            expect(status).to_contain_text("gateway", timeout=15000)

            page.get_by_test_id("textbox").fill("Jam buka kapan?")
            page.get_by_test_id("submit-button").click()
            bot = page.get_by_test_id("bot").last
            expect(bot).to_contain_text("[mode offline]", timeout=30000)
            expect(bot).to_contain_text("Penyedia 'gateway' gagal")
            expect(page.get_by_text("Traceback")).to_have_count(0)
            expect(status).to_contain_text("gagal, lanjut offline", timeout=10000)  # the timer refreshes it
            browser.close()
    finally:
        demo.close()
