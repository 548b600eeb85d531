"""The console in a real browser (Debian chromium) on a projector: 1280x720, and the same screen at 150% zoom.

30 participants and a day's 12 exercises must be readable without scrolling, stuck participants first,
revoked ones hidden unless asked, the upstream's state in the words of what participants actually got, and
no full token anywhere on the page.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from tests.browser import launch, require_chromium

require_chromium()
pytestmark = pytest.mark.browser

MSG = [{"role": "user", "content": "Halo"}]
NAMES = [
    "Ayu Lestari", "Budi Santoso", "Citra Dewi Anggraini", "Dimas", "Eka Putri", "Fajar Nugroho", "Gita",
    "Hendra Wijaya", "Indah Permatasari", "Joko", "Kartika Sari", "Lukman Hakim", "Maya", "Nanda Pratama",
    "Oki Setiawan", "Putu Ayu", "Rahmat", "Sinta Maharani", "Taufik Hidayat", "Umi Kalsum", "Vina", "Wahyu",
    "Yusuf Ramadhan", "Zainal Abidin", "Agus Salim", "Bunga Citra", "Dedi", "Erna Wulandari", "Fikri",
    "Galih Prakoso",
]  # fmt: skip
STUCK = {"Yusuf Ramadhan", "Zainal Abidin", "Wahyu"}  # late in the alphabet: they must still come first
EXERCISES = [(lab, f"q{q}") for lab in (1, 2, 3, 4) for q in (1, 2, 3)]


def shots_dir(tmp_path: Path) -> Path:
    """Screenshots land in $GIGAI_SHOTS when set (to look at them), else in the test's tmp dir."""
    out = Path(os.environ.get("GIGAI_SHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_console_on_the_projector(fake_upstream, make_gateway, tmp_path):
    from playwright.sync_api import sync_playwright

    gw = make_gateway(fake_upstream.url + "/v1", offline_fallback=True, room_name="Medan-1")
    people = gw.store.issue(len(NAMES), names=NAMES)
    gone = gw.store.issue(2, names=["Dicabut Satu", "Dicabut Dua"])
    for g in gone:
        gw.store.revoke(g.id)
    book = gw.room.book
    for i, p in enumerate(people):
        for k, (lab, ex) in enumerate(EXERCISES):
            if k <= 8 + i % 4:
                outcome = "belum benar" if p.name in STUCK and k in (2, 5) else "benar"
                book.add(p.id, lab, ex, outcome, 100.0 + k)
    hdr = {"Authorization": f"Bearer {people[0].token}"}
    ask = {"model": "gpt-4o-mini", "messages": MSG}
    assert (
        httpx.post(gw.url + "/v1/chat/completions", json=ask, headers=hdr).json()["gigai_upstream"]
        == "openai"
    )
    fake_upstream.app.state.fail_status = 503  # the provider goes down
    for p in people[:2]:  # two participants meet the failure: it is the provider, not one odd request
        r = httpx.post(
            gw.url + "/v1/chat/completions", json=ask, headers={"Authorization": f"Bearer {p.token}"}
        )
        assert r.json()["gigai_upstream"] == "offline"  # what the participants got ...
    issued = httpx.post(gw.url + "/admin/tokens", json={"names": ["Hana"]}).json()["issued"][0]
    hana = httpx.post(gw.url + f"/admin/participants/{issued['id']}/reveal").json()["token"]
    every_token = [p.token for p in people + gone] + [hana]
    out = shots_dir(tmp_path)

    with sync_playwright() as pw:
        browser = launch(pw)
        for label, viewport, scale in (("1280x720", (1280, 720), 1), ("1280x720-zoom150", (853, 480), 1.5)):
            # 150% zoom on a 1280x720 screen = an 853x480 CSS viewport at 1.5 device pixels per CSS pixel
            page = browser.new_page(
                viewport={"width": viewport[0], "height": viewport[1]}, device_scale_factor=scale
            )
            page.goto(gw.url + "/admin")
            page.get_by_text("Galih Prakoso").wait_for()
            page.screenshot(path=str(out / f"console-{label}.png"))
            text = page.inner_text("body")
            html = page.content()
            for tok in every_token:
                assert tok not in html and tok.removeprefix("gg-").split("-")[0] not in text
            # ... is what the console says, in one language
            assert (
                "Peserta mendapat: jawaban OFFLINE" in text
                and "jawaban OFFLINE 2" in text
                and "GAGAL" in text
            )
            assert "openai 1" in text and " / " not in text.replace("Rp 20.000 / ", "")
            # every participant row is on screen: no vertical or horizontal scrolling for 31 rows
            rows = page.locator("#grid tr:has(td)")
            assert rows.count() == 31  # 30 + Hana; the 2 revoked are hidden
            bottoms = page.eval_on_selector_all(
                "#grid tr", "rs => rs.map(r => r.getBoundingClientRect().bottom)"
            )
            assert max(bottoms) <= viewport[1], (label, max(bottoms))
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport[0]
            size = page.eval_on_selector("#grid td.c", "c => parseFloat(getComputedStyle(c).fontSize)")
            assert size >= 13  # CSS px: 19.5 device px at 150% zoom
            # stuck participants first
            first = page.eval_on_selector_all("#grid td.name", "cs => cs.slice(0, 3).map(c => c.innerText)")
            blocks = page.locator("#grid table").count()
            assert set(first) == STUCK and blocks >= 2, (first, blocks)
            assert "Dicabut Satu" not in text
            page.close()

        page = browser.new_page(viewport={"width": 853, "height": 480}, device_scale_factor=1.5)
        page.goto(gw.url + "/admin")
        page.get_by_text("Galih Prakoso").wait_for()
        page.locator("#showRev").check()  # revoked rows only when asked
        page.get_by_text("Dicabut Satu").wait_for()
        page.locator("#showRev").uncheck()
        # reveal one at a time; a confirmation dialog before revoking
        page.get_by_role("button", name="Hana").click()
        page.get_by_role("button", name="Lihat token").click()
        page.locator("code.tok").wait_for()
        assert page.locator("code.tok").inner_text() == hana
        page.screenshot(path=str(out / "console-reveal.png"))
        page.get_by_role("button", name="Sembunyikan").click()
        assert hana not in page.inner_text("body")
        page.get_by_role("button", name="Ayu Lestari").click()
        page.once("dialog", lambda d: d.dismiss())  # the trainer says no: nothing happens
        page.get_by_role("button", name="Cabut", exact=True).click()
        assert not gw.store.get(people[0].id).revoked
        page.once("dialog", lambda d: d.accept())
        page.get_by_role("button", name="Cabut", exact=True).click()
        page.wait_for_function("document.body.innerText.includes('DICABUT')")
        assert gw.store.get(people[0].id).revoked
        # the provider comes back: the next participant gets it, and the page follows on its next poll
        fake_upstream.app.state.fail_status = None
        gw.room.health.statuses[0].retry_at = 0  # skip the cool-down: the next participant tries it
        r = httpx.post(
            gw.url + "/v1/chat/completions", json=ask, headers={"Authorization": f"Bearer {people[1].token}"}
        )
        assert r.json()["gigai_upstream"] == "openai"
        page.wait_for_function(
            "document.body.innerText.includes('Peserta mendapat: jawaban model')", timeout=15000
        )
        browser.close()
    assert (out / "console-1280x720-zoom150.png").stat().st_size > 10_000


def test_console_in_english_for_a_foreign_trainer(fake_upstream, make_gateway, monkeypatch):
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("GIGAI_LANG", "en")
    gw = make_gateway(fake_upstream.url + "/v1", offline_fallback=True)
    gw.store.issue(2, names=["Ayu", "Budi"])
    with sync_playwright() as pw:
        browser = launch(pw)
        page = browser.new_page(viewport={"width": 853, "height": 480}, device_scale_factor=1.5)
        page.goto(gw.url + "/admin")
        page.get_by_text("Budi").wait_for()
        page.wait_for_function("document.body.innerText.includes('Participants get')")
        text = page.inner_text("body")
        assert "Room console" in text and "Peserta" not in text and "Konsol" not in text
        browser.close()
