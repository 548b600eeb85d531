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
        # no empty 400-px video placeholder before there is a video (it appears, capped at 62vh, after a render)
        expect(page.locator("#gigai-studio #video")).to_have_count(0)
        browser.close()
    text = log.read_text(errors="replace")
    assert "Traceback" not in text and "UserWarning" not in text, text[-2000:]


BRIEFS = [  # three different client messages: each click must produce different cards
    "Halo kak, Laundry Wangi Cibiru, cuci kiloan Rp 7.000/kg, antar jemput gratis. WA 0813-1111-2222",
    "Sy mau promosi Martabak Bang Ucok, martabak telor spesial 35rb, buka jam 5 sore s/d 11 malam",
    "Bengkel Motor Sinar Jaya: servis ringan 50rb, cek rem gratis, buka Senin-Sabtu. Hub 0857-3333-4444",
]


def _login(page, url: str, user: str, password: str) -> None:
    """Gradio's own login page, as a participant types it."""
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_label(re.compile("username", re.I)).fill(user)
    page.get_by_label(re.compile("password", re.I)).fill(password)
    page.get_by_role("button", name=re.compile("login", re.I)).click()


def test_a_share_link_login_never_reaches_trainer_controls(monkeypatch, tmp_path):
    """The app's auth on 127.0.0.1, reached as through Gradio's tunnel (a forwarding header): the participants'
    login sees no trainer controls and its storyboard clicks cost nothing; the trainer login sees them."""
    from playwright.sync_api import expect, sync_playwright

    from gigai.apps.demo import CSS, build_demo_app
    from tests.apps.standin import StandIn

    with StandIn() as up:  # the laptop's default provider: every call to it would be the trainer's money
        monkeypatch.setenv("GIGAI_PROVIDER", "gateway")
        monkeypatch.setenv("GIGAI_BASE_URL", up.url)
        monkeypatch.setenv("GIGAI_API_KEY", "room-token-0000")
        demo = build_demo_app(provider="offline", providers=["offline", "replay", "gateway"], timeout=5,
                              work_dir=tmp_path / "studio")  # fmt: skip
        port = free_port()
        logins = [("peserta", "rumah-makan-42"), ("trainer", "rahasia-trainer-2026")]
        demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, css=CSS,
                    auth=logins)  # fmt: skip
        url = f"http://127.0.0.1:{port}/"
        try:
            with sync_playwright() as p:
                browser = launch(p)
                tunnel = {"X-Forwarded-For": "36.80.1.2"}  # what the share tunnel adds to every request
                visitor = browser.new_context(**PROJECTOR, extra_http_headers=tunnel).new_page()
                _login(visitor, url, *logins[0])
                expect(visitor.get_by_test_id("textbox").first).to_be_visible(timeout=60000)
                expect(visitor.get_by_test_id("gigai-demo-badge")).to_contain_text("Mode offline")
                visitor.wait_for_timeout(1500)  # the page load that would show trainer controls has run
                expect(visitor.get_by_text("Kontrol trainer")).to_have_count(0)
                expect(visitor.locator("#gigai-provider")).not_to_be_visible()
                visitor.get_by_role("tab", name=re.compile("Video Studio")).click()
                expect(visitor.locator("#gigai-sample-btn")).not_to_be_visible()
                cards = (
                    "() => [...document.querySelectorAll('#storyboard textarea')].map(t => t.value).join('|')"
                )
                for brief in BRIEFS:  # three storyboard clicks, each waits for its own cards
                    before = visitor.evaluate(cards)
                    visitor.locator("#brief-text textarea").fill(brief)
                    visitor.locator("#make-storyboard").click()
                    visitor.wait_for_function(f"b => ({cards})() !== b", arg=before, timeout=60000)
                    expect(visitor.locator("#notice")).to_contain_text("mode offline")
                _shot(visitor, tmp_path, "demo-share-login-participant.png")
                assert up.calls == []  # the Studio used the demo's switch (offline): nothing spent
                trainer = browser.new_context(**PROJECTOR, extra_http_headers=tunnel).new_page()
                _login(trainer, url, *logins[1])
                trainer.get_by_text("Kontrol trainer").click(timeout=60000)
                expect(trainer.locator("#gigai-provider input")).to_be_enabled(timeout=30000)
                browser.close()
        finally:
            demo.close()
    assert demo.gigai_model.name == "offline"


def test_the_answer_fills_the_projector(monkeypatch, tmp_path):
    """1280x720 at 150% zoom: one-line header, and the answer shows several lines above a visible input."""
    from playwright.sync_api import expect, sync_playwright

    from gigai.apps.demo import CSS, build_demo_app
    from tests.apps.standin import StandIn

    answer = ("Laundry Wangi buka tiap hari jam 7 pagi sampai 9 malam. Cuci kiloan Rp 7.000 per kilo, selesai dua "
              "hari; kilat sehari Rp 12.000. Bed cover Rp 35.000 per buah, sepatu Rp 25.000 sepasang. Antar jemput "
              "gratis untuk minimal 5 kilo di sekitar Cibiru. Pembayaran tunai, QRIS, atau transfer. Pesan lewat "
              "WhatsApp 0813-1111-2222 ya kak, nanti kurir kami yang datang. Terima kasih sudah mampir!")  # fmt: skip
    with StandIn(answer) as up:
        monkeypatch.setenv("GIGAI_BASE_URL", up.url)
        monkeypatch.setenv("GIGAI_API_KEY", "room-token-0000")
        demo = build_demo_app(provider="gateway", providers=["offline", "gateway"], studio=False)
        port = free_port()
        demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, css=CSS)
        try:
            with sync_playwright() as p:
                browser = launch(p)
                page = browser.new_page(**PROJECTOR)
                page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
                box = page.get_by_test_id("textbox").first
                expect(box).to_be_visible(timeout=60000)
                box.fill("Jam buka, harga, dan bisa antar jemput?")
                box.press("Enter")
                expect(page.get_by_test_id("bot").last).to_contain_text("mampir", timeout=60000)
                page.wait_for_timeout(1000)
                shot = _shot(page, tmp_path, "demo-answer-1280x720-150.png")
                seen = page.evaluate("""() => {
                    const bot = [...document.querySelectorAll('[data-testid=bot]')].pop();
                    const chat = document.querySelector('#gigai-demo-chat').getBoundingClientRect();
                    const r = bot.getBoundingClientRect();
                    const line = parseFloat(getComputedStyle(bot.querySelector('p') || bot).lineHeight);
                    const shown = Math.min(r.bottom, chat.bottom, innerHeight) - Math.max(r.top, chat.top);
                    return {lines: shown / line, chatLines: chat.height / line, tabsTop:
                            document.querySelector('#gigai-tabs').getBoundingClientRect().top};
                }""")
                assert seen["lines"] >= 5, (seen, shot)  # the whole 6-line answer, not the first 3 lines
                assert seen["chatLines"] >= 9 and seen["tabsTop"] <= 0.2 * 480, (seen, shot)
                b = box.bounding_box()
                assert b["y"] + b["height"] <= 480, (b, shot)
                browser.close()
        finally:
            demo.close()


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
