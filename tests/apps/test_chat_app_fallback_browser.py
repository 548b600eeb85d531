"""The chat app in real chromium while its provider (an OpenAI-compatible stand-in on 127.0.0.1) dies:
the visitor gets the offline engine's answer under one notice instead of an error."""

from __future__ import annotations

import pytest

from tests.browser import free_port, launch, require_chromium
from tests.chatbot.standin import StandIn

pytestmark = pytest.mark.browser
require_chromium()

MARKS = ("[fallback ke offline]", "[offline fallback]")


def _ask(page, text):
    page.get_by_test_id("textbox").fill(text)
    page.get_by_test_id("submit-button").click()


def _bot_says(page, contains, n, timeout=30000):
    """The text of the ``n``-th bot bubble (0-based) once it contains ``contains``."""
    bubble = page.get_by_test_id("bot").nth(n)
    bubble.filter(has_text=contains).wait_for(timeout=timeout)
    return bubble.inner_text()


def test_dead_upstream_mid_conversation_gets_offline_answer(monkeypatch, tmp_path):
    from playwright.sync_api import sync_playwright

    from gigai.apps.chat_app import build_chat_app
    from gigai.chatbot import Chatbot

    monkeypatch.delenv("GIGAI_FALLBACK", raising=False)
    monkeypatch.delenv("GIGAI_LANG", raising=False)
    monkeypatch.setenv("GIGAI_RETRIES", "0")
    standin = StandIn(reply="Halo Kak, kami buka jam 7 pagi setiap hari. (sumber: tentang.md)").start()
    monkeypatch.setenv("LLAMACPP_BASE_URL", standin.base_url)
    demo = build_chat_app(Chatbot.from_business("kopi-kita", provider="llamacpp", model="stand-in"))
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    stopped = False
    try:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}", wait_until="domcontentloaded")
            page.get_by_test_id("textbox").wait_for(timeout=30000)
            assert "Online" in page.locator("#gigai-badge").inner_text()
            _ask(page, "Jam berapa buka?")
            first = _bot_says(page, "kami buka jam 7", 0)
            assert not any(m in first for m in MARKS) and len(standin.prompts) == 1

            standin.stop()  # the venue wifi drops
            stopped = True
            _ask(page, "Berapa harga kopi susu gula aren?")
            second = _bot_says(page, "Sumber", 1)
            page.screenshot(path=str(tmp_path / "fallback.png"), full_page=True)
            browser.close()
        assert sum(second.count(m) for m in MARKS) == 1 and "GIGAI-E025" in second
        assert "Rp 18.000" in second and "menu.md" in second and "[mode offline]" in second
        assert "Coba:" not in second and "offline fallback" not in second  # no error hint, one language
        assert (tmp_path / "fallback.png").stat().st_size > 10_000
    finally:
        demo.close()
        if not stopped:
            standin.stop()
