"""The exported bot in front of a real model: WhatsApp and Telegram have a daily total, a flood or the same
message again does not reach the model, and the web chat's visitors are counted by the bot's own limiter.

The model is the stand-in OpenAI-compatible server on 127.0.0.1 (tests/chatbot/standin.py), which counts
the requests it gets; the exported folder runs its own copy of gigai (tests/channels/exported.py).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from gigai.deploy.export import export_app
from tests.channels.exported import exported_modules, load_app
from tests.channels.test_whatsapp import ACCESS, PHONE_ID, SECRET, VERIFY, FakeGraph, _payload, _post, _sign
from tests.chatbot.standin import StandIn

pytest.importorskip("fastapi")
pytest.importorskip("gradio")


@pytest.fixture
def model(monkeypatch):
    with StandIn(reply="Ganti oli Rp 55.000, Kak. Sumber: layanan.md") as server:
        monkeypatch.setenv("GIGAI_PROVIDER", "llamacpp")
        monkeypatch.setenv("GIGAI_MODEL", "stand-in")
        monkeypatch.setenv("LLAMACPP_BASE_URL", server.base_url)
        yield server


@pytest.fixture
def whatsapp(request, tmp_path, monkeypatch, bengkel, model):
    graph = FakeGraph()
    folder = export_app(tmp_path / "bengkel-app", business=bengkel)
    settings = {
        "WHATSAPP_TOKEN": ACCESS,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_ID,
        "WHATSAPP_APP_SECRET": SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY,
        "GIGAI_WHATSAPP_API": graph.url,
        "CHAT_TOTAL_PER_DAY": getattr(request, "param", "5"),
        "BOT_STATE_DIR": str(tmp_path / "state"),
    }
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    from fastapi.testclient import TestClient

    sent = iter(range(1_000_000))

    def send(number, text):
        raw = _payload(number, f"wamid.{next(sent)}", text)
        assert _post(client, raw, _sign(raw)).status_code == 200

    with exported_modules(folder) as mods:
        client = TestClient(load_app(folder).server())
        yield send, graph, mods
    graph.close()


def test_whatsapp_has_a_daily_total_for_the_whole_number(whatsapp, model):
    send, graph, _ = whatsapp
    numbers = [f"62812000{i:04d}" for i in range(12)]
    for number in numbers:  # twelve customers (or one script with twelve SIM cards)
        send(number, "Berapa biaya ganti oli?")
    assert len(model.requests) == 5
    answered = [n for n in numbers if "Rp 55.000" in graph.texts_to(n)[0]]
    assert answered == numbers[:5]
    closed = graph.texts_to(numbers[-1])
    assert len(closed) == 1 and "terlalu banyak pertanyaan hari ini" in closed[0]
    assert "WA 0813-7777-1212" in closed[0]
    send(numbers[-1], "Halo?")  # the same customer again: silence, no second refusal sent
    assert len(graph.texts_to(numbers[-1])) == 1 and len(model.requests) == 5


@pytest.mark.parametrize("whatsapp", ["1000"], indirect=True)
def test_a_whatsapp_flood_of_the_same_message_reaches_the_model_once(whatsapp, model):
    send, graph, _ = whatsapp
    for _ in range(30):  # one customer, thirty deliveries of one message with new ids, zero-width padding
        send("6281299990000", "Berapa biaya ganti oli?\u200b ")
    replies = graph.texts_to("6281299990000")
    assert len(model.requests) == 1
    assert len(replies) == 9  # 8 a minute answered (the same answer), then one polite refusal, then silence
    assert all("Rp 55.000" in r for r in replies[:8]) and "satu menit" in replies[8]


def test_telegram_webhook_has_the_same_daily_total(tmp_path, monkeypatch, bengkel, model):
    from fastapi.testclient import TestClient

    from tests.channels.fake_telegram import FakeTelegram

    folder = export_app(tmp_path / "bengkel-app", business=bengkel)
    with FakeTelegram("123456:test-token") as fake:
        for name, value in {
            "TELEGRAM_BOT_TOKEN": "123456:test-token",
            "TELEGRAM_WEBHOOK_SECRET": "rahasia-kita-123",
            "PUBLIC_URL": "https://bot.example",
            "GIGAI_TELEGRAM_API": fake.url,
            "CHAT_TOTAL_PER_DAY": "3",
            "BOT_STATE_DIR": str(tmp_path / "state"),
        }.items():
            monkeypatch.setenv(name, value)
        with exported_modules(folder):
            client = TestClient(load_app(folder).server())
            for i in range(8):
                update = {
                    "update_id": 500 + i,
                    "message": {"chat": {"id": 9000 + i}, "text": "Harga ganti oli?"},
                }
                headers = {"X-Telegram-Bot-Api-Secret-Token": "rahasia-kita-123"}
                assert client.post("/telegram", json=update, headers=headers).status_code == 200
        texts = [t for i in range(8) for t in fake.replies_to(9000 + i)]
    assert len(model.requests) == 3
    assert sum("Rp 55.000" in t for t in texts) == 3
    assert sum("terlalu banyak pertanyaan hari ini" in t for t in texts) == 5


def test_the_web_chat_counts_each_visitor_with_the_bots_own_limiter(tmp_path, monkeypatch, bengkel, model):
    monkeypatch.setenv("CHAT_PER_MINUTE", "4")
    folder = export_app(tmp_path / "bengkel-app", business=bengkel)
    assert (folder / "gigai" / "chatbot" / "limits.py").is_file()  # the library's own limiter, vendored
    with exported_modules(folder) as mods:
        botcore, limits = mods["botcore"], __import__("limits")
        visitor = SimpleNamespace(client=SimpleNamespace(host="203.0.113.9"), headers={})
        assert limits.visitor(visitor) == "web:203.0.113.9" and limits.visitor(None) is None
        flood = [
            list(botcore.respond(f"Harga servis nomor {i}?", [], user=limits.visitor(visitor)))[-1]
            for i in range(100)
        ]
        assert len(model.requests) == 4
        assert flood[-1].startswith("Maaf, terlalu banyak pertanyaan dalam satu menit")
        other = SimpleNamespace(client=SimpleNamespace(host="198.51.100.7"), headers={})
        assert "Rp 55.000" in list(botcore.respond("Harga ganti oli?", [], user=limits.visitor(other)))[-1]
        assert botcore.BOT_OBJ.stats()["by_reason"] == {"per_minute": 96}
