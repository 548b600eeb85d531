"""The exported web chat under a flood: one address is refused (429, a kind message), another still served.

The app runs as a participant runs it (``python app.py`` in the exported folder, its own process, started
once for this module with CHAT_PER_MINUTE=3); each test asks from its own loopback address (127.0.0.x all
reach the same server on Linux). The counters themselves (defaults, the daily caps, the proxy address) are
tested on ``limits.Limits`` directly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from gigai.deploy.export import export_app
from gigai.deploy.kit import limits
from tests.browser import free_port

PER_MINUTE = 3


def start_app(folder: Path, home: Path, **settings: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env.update(
        {
            "PORT": str(port),
            "GRADIO_SERVER_NAME": "127.0.0.1",
            "GIGAI_PROVIDER": "offline",
            "GIGAI_HOME": str(home),
            "GRADIO_ANALYTICS_ENABLED": "False",
            **settings,
        }
    )
    proc = subprocess.Popen(
        [sys.executable, "app.py"], cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(1200):
        if proc.poll() is not None:
            raise RuntimeError(proc.stdout.read().decode(errors="replace")[-3000:])
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the exported app did not start")


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("limits")
    folder = export_app(tmp / "app", business="kopi-kita")
    proc, address = start_app(folder, tmp / "home", CHAT_PER_MINUTE=str(PER_MINUTE))
    yield address
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def ask(client: httpx.Client, url: str, question: str) -> httpx.Response:
    """One question through the app's public API (what a script flood would send)."""
    return client.post(f"{url}/gradio_api/call/chat", json={"data": [question, []]}, timeout=30)


def from_address(address: str) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address))


def test_a_flood_from_one_address_is_refused_kindly_and_others_still_served(url):
    with from_address("127.0.0.10") as flood:
        codes = [ask(flood, url, f"Jam buka hari ke-{i}?") for i in range(20)]
    assert [r.status_code for r in codes] == [200] * PER_MINUTE + [429] * (20 - PER_MINUTE)
    refused = codes[-1]
    body = refused.json()
    assert "Traceback" not in refused.text and "terlalu banyak" in (body.get("detail") or "").lower()
    assert 1 <= int(refused.headers["retry-after"]) <= 61
    with from_address("127.0.0.11") as neighbour:
        assert ask(neighbour, url, "Alamatnya di mana?").status_code == 200


def test_a_script_on_the_page_queue_is_refused_too(url):
    """gradio_client and scripts join the page's queue (no browser headers): 429 as well."""
    config = httpx.get(url + "/config", timeout=30).json()
    chat = next(d["id"] for d in config["dependencies"] if d.get("api_name") == "chat")
    body = {"data": ["Harga americano?", []], "fn_index": chat, "session_hash": "flood1", "trigger_id": None}
    with from_address("127.0.0.12") as script:
        codes = [
            script.post(url + "/gradio_api/queue/join", json=body, timeout=30).status_code for _ in range(5)
        ]
    assert codes == [200] * PER_MINUTE + [429] * (5 - PER_MINUTE)


@pytest.mark.browser
def test_a_visitor_over_the_limit_reads_the_kind_message_in_the_chat(url):
    """In the browser the refusal is the bot's reply: the conversation stays on screen, no model is called."""
    from tests.browser import launch, require_chromium

    require_chromium()
    from playwright.sync_api import sync_playwright

    questions = ["Jam berapa Kopi Kita buka?", "Alamatnya dimana?", "Ada wifi?", "Harga americano?"]
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(url + "/", wait_until="load")
        for n, question in enumerate(questions, start=1):
            page.get_by_test_id("textbox").fill(question)
            page.get_by_test_id("textbox").press("Enter")
            page.wait_for_function(
                "n => document.querySelectorAll('[data-testid=bot]').length >= n", arg=n, timeout=30_000
            )
            page.wait_for_timeout(500)
        bubbles = page.get_by_test_id("bot").all_inner_texts()
        browser.close()
    assert "08.00" in bubbles[0] and "Juanda" in bubbles[1], bubbles
    assert len(bubbles) == 4 and "terlalu banyak pertanyaan" in bubbles[3].lower(), bubbles


def test_defaults_and_environment_settings(monkeypatch):
    for name in ("CHAT_PER_MINUTE", "CHAT_PER_DAY", "CHAT_TOTAL_PER_DAY"):
        monkeypatch.delenv(name, raising=False)
    rules = limits.Limits()
    assert (rules.per_minute, rules.per_day, rules.total_per_day) == (10, 100, 1000)
    monkeypatch.setenv("CHAT_PER_MINUTE", "0")  # 0: no limit
    monkeypatch.setenv("CHAT_PER_DAY", "4")
    monkeypatch.setenv("CHAT_TOTAL_PER_DAY", "banyak")  # not a number: the default
    rules = limits.Limits(contact="WA 0812-1111-2222")
    assert (rules.per_minute, rules.per_day, rules.total_per_day) == (0, 4, 1000)
    assert [rules.check("10.0.0.1") for _ in range(4)] == [None] * 4
    message, retry = rules.check("10.0.0.1")
    assert "batas 4" in message and "WA 0812-1111-2222" in message and retry >= 60
    assert rules.check("10.0.0.2") is None  # another visitor


def test_the_daily_total_protects_the_bill_and_speaks_english_when_asked(monkeypatch):
    monkeypatch.setenv("GIGAI_LANG", "en")
    rules = limits.Limits(per_minute=0, per_day=0, total_per_day=3, contact="admin@kopi.id")
    assert [rules.check(f"10.0.0.{i}") for i in range(3)] == [None] * 3
    message, _ = rules.check("10.0.0.99")
    assert message.startswith("Sorry") and "admin@kopi.id" in message and "Maaf" not in message


@pytest.mark.parametrize(
    ("peer", "forwarded", "trust", "seen"),
    [
        ("10.1.2.3", "203.0.113.7", "auto", "203.0.113.7"),  # behind the host's proxy: the visitor
        ("10.1.2.3", "1.1.1.1, 203.0.113.7", "auto", "203.0.113.7"),  # the entry the proxy added
        ("8.8.4.4", "203.0.113.7", "auto", "8.8.4.4"),  # a public peer cannot pick its address
        ("10.1.2.3", "203.0.113.7", "0", "10.1.2.3"),
        ("10.1.2.3", None, "auto", "10.1.2.3"),
    ],
)
def test_the_visitor_address(monkeypatch, peer, forwarded, trust, seen):
    monkeypatch.setenv("CHAT_TRUST_PROXY", trust)
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    assert limits.client_address({"client": (peer, 5000), "headers": headers}) == seen


def test_with_a_real_model_the_same_question_from_one_visitor_reaches_it_once(tmp_path):
    """The exported web chat names its visitor (the address the middleware counts) to the bot's own limiter,
    so five copies of a question from one address cost one model call; another address is its own visitor."""
    from tests.chatbot.standin import StandIn

    folder = export_app(tmp_path / "app", business="kopi-kita")
    with StandIn(reply="Buka jam 08.00, Kak. Sumber: tentang.md") as model:
        settings = {
            "GIGAI_PROVIDER": "llamacpp",
            "GIGAI_MODEL": "stand-in",
            "LLAMACPP_BASE_URL": model.base_url,
        }
        proc, url = start_app(folder, tmp_path / "home", **settings)
        try:

            def answer(client: httpx.Client, question: str) -> str:
                event = ask(client, url, question).json()["event_id"]
                return client.get(f"{url}/gradio_api/call/chat/{event}", timeout=30).text

            with from_address("127.0.0.21") as visitor:
                answers = [answer(visitor, "Jam berapa buka hari Minggu?") for _ in range(5)]
            assert len(model.requests) == 1 and all("08.00" in a for a in answers)
            with from_address("127.0.0.22") as neighbour:
                assert "08.00" in answer(neighbour, "Jam berapa buka hari Minggu?")
            assert len(model.requests) == 2
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def test_disguised_repeats_through_the_exported_web_chat_reach_the_model_once(tmp_path):
    """The 40 disguises of tests/chatbot/repeat_attacks.py sent as a participant would, from one address to the
    exported app's public API with a real model behind it: only the two known open ones cost a call."""
    from tests.chatbot import repeat_attacks as attacks
    from tests.chatbot.standin import StandIn
    from tests.chatbot.test_repeat_attacks import OPEN

    folder = export_app(tmp_path / "app", business="kopi-kita")
    with StandIn(reply="Baik, Kak. Sumber: menu.md") as model:
        settings = {
            "GIGAI_PROVIDER": "llamacpp",
            "GIGAI_MODEL": "stand-in",
            "LLAMACPP_BASE_URL": model.base_url,
        }
        proc, url = start_app(
            folder, tmp_path / "home", CHAT_PER_MINUTE="200", CHAT_TOTAL_PER_MINUTE="200", **settings
        )
        try:
            with from_address("127.0.0.31") as visitor:
                for original, disguises in (
                    (attacks.ORIGINAL, attacks.DISGUISES),
                    (attacks.FRESH_ORIGINAL, attacks.FRESH_DISGUISES),
                ):
                    for question in [original, *disguises]:
                        event = ask(visitor, url, question).json()["event_id"]
                        visitor.get(f"{url}/gradio_api/call/chat/{event}", timeout=30)
            asked = [r["messages"][-1]["content"] for r in model.requests]
            assert sorted(asked) == sorted([attacks.ORIGINAL, attacks.FRESH_ORIGINAL, *OPEN]), asked
        finally:
            proc.terminate()
            proc.wait(timeout=10)
