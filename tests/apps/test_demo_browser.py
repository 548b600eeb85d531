"""The live-demo studio on a real screen: Playwright driving Debian's chromium (never `playwright install`)."""

from __future__ import annotations

import os
import socket

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

if not os.path.exists(CHROMIUM):
    pytest.skip(
        "Debian chromium is not installed at /usr/bin/chromium (apt install chromium)",
        allow_module_level=True,
    )
pytest.importorskip("playwright.sync_api", reason="pip install playwright (no browser download needed)")


def test_provider_badge_tabs_and_offline_continuation(monkeypatch):
    from playwright.sync_api import expect, sync_playwright

    from gigai.apps.demo import CSS, build_demo_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    monkeypatch.setenv("GIGAI_BASE_URL", f"http://127.0.0.1:{dead}/v1")  # closed port: the provider fails
    monkeypatch.setenv("GIGAI_API_KEY", "gg-test-0000")
    demo = build_demo_app(providers=["offline", "replay", "gateway"], timeout=5)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, css=CSS)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
            status = page.get_by_test_id("gigai-demo-badge")
            expect(status).to_contain_text("offline", timeout=30000)
            expect(page.get_by_role("tab", name="💬 Chatbot")).to_be_visible()
            expect(page.get_by_role("tab", name="🎞️ Video Studio")).to_be_visible()
            expect(page.get_by_test_id("gigai-spend")).to_contain_text("Rp")

            # Switch on screen: the provider dropdown.
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
