"""The console in a real browser (Debian chromium) at 1280x720 with browser zoom 150%: no full token visible."""

from __future__ import annotations

import httpx
import pytest

from tests.browser import launch, require_chromium

require_chromium()
pytestmark = pytest.mark.browser

MSG = [{"role": "user", "content": "Halo"}]


def test_console_on_the_projector(fake_upstream, make_gateway, tmp_path):
    from playwright.sync_api import sync_playwright

    gw = make_gateway(fake_upstream.url + "/v1", offline_fallback=True, room_name="Medan-1")
    names = ["Ayu Lestari", "Budi Santoso", "Citra Dewi", "Dimas", "Eka Putri", "Fajar"]
    people = gw.store.issue(len(names), names=names)
    book = gw.room.book
    for i, p in enumerate(people):
        book.add(p.id, 1, "q1", "benar", 1.0 + i)
        book.add(p.id, 1, "q2", "benar" if i % 2 else "belum benar", 2.0 + i)
        book.add(p.id, 2, "q1", "belum dicoba", 3.0 + i)
    hdr = {"Authorization": f"Bearer {people[0].token}"}
    httpx.post(gw.url + "/v1/chat/completions", json={"model": "gpt-4o-mini", "messages": MSG}, headers=hdr)
    fake_upstream.app.state.fail_status = 503  # the provider goes down: the page must say so
    httpx.post(gw.url + "/v1/chat/completions", json={"model": "gpt-4o-mini", "messages": MSG}, headers=hdr)
    issued = httpx.post(gw.url + "/admin/tokens", json={"names": ["Gita"]}).json()["issued"][0]
    gita = httpx.post(gw.url + f"/admin/participants/{issued['id']}/reveal").json()["token"]
    every_token = [p.token for p in people] + [gita]

    with sync_playwright() as pw:
        browser = launch(pw)
        # 1280x720 screen at 150% zoom = a 853x480 CSS viewport drawn at 1.5 device pixels per CSS pixel
        page = browser.new_page(viewport={"width": 853, "height": 480}, device_scale_factor=1.5)
        page.goto(gw.url + "/admin")
        page.get_by_text("Budi Santoso").wait_for()
        shot = tmp_path / "console-1280x720-zoom150.png"
        page.screenshot(path=str(shot))
        text = page.inner_text("body")
        html = page.content()
        for tok in every_token:
            assert tok not in html and tok.removeprefix("gg-").split("-")[0] not in text
        assert "GAGAL" in text and "Cadangan offline AKTIF" in text  # upstream status, in words
        assert "Paling macet / most stuck: lab1.q2 (3 orang / people)" in text  # most-stuck on top
        assert (
            "dari / of Rp 140.000" in text and "0 / 20.000" in text and "20,000" not in text
        )  # 7 x Rp 20.000
        # reveal one at a time, with a confirmation dialog before revoking
        page.get_by_role("button", name="Gita").click()
        page.get_by_role("button", name="Lihat token / reveal").click()
        page.locator("code.tok").wait_for()
        assert page.locator("code.tok").inner_text() == gita
        page.screenshot(path=str(tmp_path / "console-reveal.png"))
        page.get_by_role("button", name="Sembunyikan / hide").click()
        assert gita not in page.inner_text("body")
        page.get_by_role("button", name="Ayu Lestari").click()
        page.once("dialog", lambda d: d.dismiss())  # the trainer says no: nothing happens
        page.get_by_role("button", name="Cabut / revoke").click()
        assert not gw.store.get(people[0].id).revoked
        page.once("dialog", lambda d: d.accept())
        page.get_by_role("button", name="Cabut / revoke").click()
        page.wait_for_function("document.body.innerText.includes('DICABUT')")
        assert gw.store.get(people[0].id).revoked
        # the provider comes back: the page follows on its next poll
        fake_upstream.app.state.fail_status = None
        httpx.post(gw.url + "/v1/chat/completions", json={"model": "gpt-4o-mini", "messages": MSG},
                   headers={"Authorization": f"Bearer {people[1].token}"})  # fmt: skip
        page.wait_for_function("document.body.innerText.includes('normal')", timeout=15000)
        # a full room and a day's exercises (30 x 12) still fit the zoomed width: no horizontal scrolling
        more = gw.store.issue(23, names=[f"Peserta Nama Panjang {i:02d}" for i in range(23)])
        for p in people + more:
            for lab, count in ((1, 3), (2, 4), (3, 5)):
                for q in range(1, count + 1):
                    book.add(p.id, lab, f"q{q}", "benar", 10.0)
        page.reload()
        page.get_by_text("Peserta Nama Panjang 22").wait_for()
        assert page.locator("th.x").count() == 12
        assert page.evaluate("document.documentElement.scrollWidth") <= 853
        page.screenshot(path=str(tmp_path / "console-30x12.png"))
        browser.close()
    assert shot.stat().st_size > 10_000
