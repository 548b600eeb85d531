"""The chat app in a real browser: Playwright driving Debian's chromium (never `playwright install`)."""

from __future__ import annotations

import pytest

from tests.browser import free_port, launch, require_chromium

pytestmark = pytest.mark.browser
require_chromium()


@pytest.fixture(scope="module")
def app_url():
    import gigai
    from gigai.apps.chat_app import build_chat_app
    from gigai.chatbot import Chatbot

    port = free_port()
    demo = build_chat_app(Chatbot.from_business("kopi-kita", model=gigai.get_model("offline")))
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    yield f"http://127.0.0.1:{port}"
    demo.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


def _ask(page, text):
    box = page.get_by_test_id("textbox")
    box.fill(text)
    page.get_by_test_id("submit-button").click()


def _last_bot(page, contains, timeout=20000):
    bot = page.get_by_test_id("bot").last
    bot.filter(has_text=contains).wait_for(timeout=timeout)
    return bot.inner_text()


def _open(browser, url):
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_test_id("textbox").wait_for(timeout=30000)
    return ctx, page


def test_grounded_streamed_answer_with_source(browser, app_url):
    ctx, page = _open(browser, app_url)
    try:
        assert "Mode offline" in page.locator("#gigai-badge").inner_text()
        _ask(page, "Berapa harga kopi susu gula aren?")
        text = _last_bot(page, "Sumber:")
        assert "[mode offline]" in text and "Rp 18.000" in text and "menu.md" in text
    finally:
        ctx.close()


def test_two_browser_contexts_stay_isolated(browser, app_url):
    ctx1, p1 = _open(browser, app_url)
    ctx2, p2 = _open(browser, app_url)
    try:
        _ask(p1, "Ada wifi?")
        _last_bot(p1, "Sumber:")
        _ask(p2, "Bisa reservasi meja untuk 10 orang?")
        _last_bot(p2, "Sumber:")
        log1 = p1.get_by_role("log").inner_text()
        log2 = p2.get_by_role("log").inner_text()
        assert "wifi" in log1.lower() and "reservasi" not in log1.lower()
        assert "reservasi" in log2.lower() and "ada wifi?" not in log2.lower()
        # Clear in one browser leaves the other untouched.
        p1.locator("#gigai-clear").click()
        p1.get_by_test_id("bot").first.wait_for(state="detached", timeout=10000)
        assert "reservasi" in p2.get_by_role("log").inner_text().lower()
    finally:
        ctx1.close()
        ctx2.close()


def test_off_topic_question_is_declined(browser, app_url):
    ctx, page = _open(browser, app_url)
    try:
        _ask(page, "Siapa presiden Indonesia sekarang?")
        text = _last_bot(page, "Maaf")
        assert "hanya bisa membantu" in text and "Kopi Kita" in text
    finally:
        ctx.close()
