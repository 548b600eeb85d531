"""The live-demo studio on a real screen: Playwright driving Debian's chromium (never `playwright install`)."""

from __future__ import annotations

import pytest

from tests.browser import free_port, launch, require_chromium

pytestmark = pytest.mark.browser
require_chromium()


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
