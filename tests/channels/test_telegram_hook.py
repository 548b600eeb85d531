"""The exported Telegram webhook (for a host) under FastAPI's test client, against the fake Bot API."""

from __future__ import annotations

import pytest

from gigai.deploy.export import export_app
from tests.channels.exported import exported_modules, load_app
from tests.channels.fake_telegram import FakeTelegram

pytest.importorskip("fastapi")
pytest.importorskip("gradio")

TOKEN = "7012345678:AAH-test-token-for-a-fake-server"
SECRET = "rahasia-toko-42"


def _update(update_id, chat, text=None):
    message = {"message_id": update_id, "date": 1764576000, "chat": {"id": chat, "type": "private"}}
    if text is None:
        message["sticker"] = {"file_id": "s"}
    else:
        message["text"] = text
    return {"update_id": update_id, "message": message}


def test_webhook_registers_checks_its_secret_and_answers_each_chat(tmp_path, monkeypatch, bengkel):
    from fastapi.testclient import TestClient

    folder = export_app(tmp_path / "app", business=bengkel)
    with FakeTelegram(TOKEN) as fake:
        for name, value in {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "RENDER_EXTERNAL_URL": "https://bengkel-jaya.onrender.com",
            "GIGAI_TELEGRAM_API": fake.url,
        }.items():
            monkeypatch.setenv(name, value)
        with exported_modules(folder) as mods:
            hook = mods["telegram_hook"]
            status = hook.register()
            client = TestClient(load_app(folder).server())
            post = lambda body, secret=SECRET: client.post(  # noqa: E731
                "/telegram", json=body, headers={"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
            )
            assert post(_update(1, 11, "Berapa biaya ganti oli?"), None).status_code == 403
            assert post(_update(2, 11, "Berapa biaya ganti oli?"), "tebakan").status_code == 403
            assert fake.sent == []
            assert post(_update(3, 11, "/start")).status_code == 200
            assert post(_update(4, 11, "Berapa biaya ganti oli?")).status_code == 200
            assert post(_update(4, 11, "Berapa biaya ganti oli?")).status_code == 200  # redelivered: once
            assert post(_update(5, 22, "Siapa presiden Indonesia sekarang?")).status_code == 200
            assert post(_update(6, 22, None)).status_code == 200
            asked = [m["content"] for m in hook.chats.history("11") if m["role"] == "user"]
            health = client.get("/healthz").json()
    assert "aktif" in status and health["telegram_missing"] == []
    hooked = fake.params["setWebhook"]
    assert hooked["url"] == "https://bengkel-jaya.onrender.com/telegram" and hooked["secret_token"] == SECRET
    one, two = fake.replies_to(11), fake.replies_to(22)
    assert one[0].startswith("Sugeng rawuh") and len(one) == 2
    assert "Rp 55.000" in one[1] and not one[1].startswith("[mode offline]") and "JAYA-STAFF" not in one[1]
    assert two[0].startswith("Maaf") and "pesan teks" in two[1]
    assert asked == ["Berapa biaya ganti oli?"]


def test_register_reports_missing_settings_and_a_refused_token(tmp_path, monkeypatch):
    folder = export_app(tmp_path / "app", business="kopi-kita")
    with FakeTelegram(TOKEN) as fake:
        monkeypatch.setenv("GIGAI_TELEGRAM_API", fake.url)
        with exported_modules(folder) as mods:
            hook = mods["telegram_hook"]
            missing = hook.register()
            monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "7012345678:AAH-typo")
            monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
            monkeypatch.setenv("PUBLIC_URL", "https://kopi.example.org/")
            refused = hook.register()
    assert "belum aktif" in missing and "TELEGRAM_BOT_TOKEN" in missing and "PUBLIC_URL" in missing
    assert "E140" in refused and "AAH-typo" not in refused
