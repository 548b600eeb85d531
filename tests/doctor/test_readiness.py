"""The doctor is ready only when the setup would answer, says so in one language, and names settings once."""

from __future__ import annotations

import http.server
import json
import re
import socket
import threading

import pytest

from gigai import doctor


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Room(http.server.BaseHTTPRequestHandler):
    """A stand-in for the room gateway: GET /health like gigai's gateway; counts chat calls (tokens spent)."""

    def do_GET(self):
        self.server.gets.append(self.path)
        if self.path == "/health":
            self._send(200, {"status": "ok", "gateway": "gigai", "offline_fallback": True})
        else:
            self._send(404, {"error": "no route"})

    def do_POST(self):
        self.server.posts.append(self.path)
        self._send(200, {"model": "x", "choices": [{"message": {"content": "H"}}]})

    def _send(self, status, body):
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args):
        pass


@pytest.fixture
def room():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Room)
    server.gets, server.posts = [], []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def _gateway(monkeypatch, url):
    monkeypatch.setenv("GIGAI_BASE_URL", url)
    monkeypatch.setenv("GIGAI_API_KEY", "gg-7KQ4-M9XP-2RWT")
    report = doctor.run()
    return report, report["provider"]


def test_gateway_at_a_dead_port_is_not_ready(monkeypatch):
    report, row = _gateway(monkeypatch, f"http://127.0.0.1:{_closed_port()}/v1")
    assert row.data["provider"] == "gateway"
    assert row.status == "fail" and row.blocks and report.exit_code == 1, row.detail
    assert "tidak bisa dihubungi" in row.detail and "trainer" in row.fix
    assert report.verdict().startswith("BELUM SIAP")


def test_live_gateway_is_ready_without_spending_a_token(monkeypatch, room):
    report, row = _gateway(monkeypatch, f"http://127.0.0.1:{room.server_address[1]}/v1")
    assert row.status == "ok" and report.exit_code == 0, row.detail
    assert room.gets == ["/health"] and room.posts == []  # asked at /health, no chat call


def test_something_else_at_the_gateway_address_is_not_ready(monkeypatch, room):
    """A web server that is not a gigai gateway (a wrong port: the pack server, a router page)."""
    monkeypatch.setattr(_Room, "do_GET", lambda self: self._send(200, {"hello": "router"}))
    report, row = _gateway(monkeypatch, f"http://127.0.0.1:{room.server_address[1]}/v1")
    assert row.status == "fail" and "gateway" in row.detail


@pytest.mark.parametrize(("serving", "words"), [("offline", "mode offline"), ("error", "pesan error")])
def test_gateway_whose_own_provider_is_down_is_not_ready(monkeypatch, room, serving, words):
    """The gateway is up, but its probes say participants get offline answers or errors: say so."""
    body = {"status": "ok", "gateway": "gigai", "offline_fallback": serving == "offline", "serving": serving}
    monkeypatch.setattr(_Room, "do_GET", lambda self: self._send(200, body))
    report, row = _gateway(monkeypatch, f"http://127.0.0.1:{room.server_address[1]}/v1")
    assert row.status == "fail" and report.exit_code == 1 and words in row.detail, row.detail
    assert "trainer" in row.fix and room.posts == []
    body["serving"] = "gemini"
    report, row = _gateway(monkeypatch, f"http://127.0.0.1:{room.server_address[1]}/v1")
    assert row.status == "ok", row.detail


def test_replay_without_a_cassette_is_not_ready_and_with_one_it_is(monkeypatch, tmp_path):
    monkeypatch.setenv("GIGAI_PROVIDER", "replay")
    monkeypatch.setenv("GIGAI_CASSETTE", str(tmp_path / "demo.jsonl"))
    report = doctor.run()
    row = report["provider"]
    assert row.status == "fail" and row.blocks and report.exit_code == 1
    assert "demo.jsonl" in row.detail and "GIGAI_RECORD=1" in row.fix
    (tmp_path / "demo.jsonl").write_text("", encoding="utf-8")
    assert doctor.run()["provider"].status == "fail"  # an empty file answers nothing either
    line = {"messages": [{"role": "user", "content": "halo"}], "text": "Halo juga!"}
    (tmp_path / "demo.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    report = doctor.run()
    assert report["provider"].status == "ok" and report.exit_code == 0


ENGLISH = re.compile(
    r"\b(ready|missing|not checked|free|available|warning|blocking|unknown|key not set|found)\b", re.I
)
INDONESIAN = re.compile(r"\b(siap|belum|tidak|kosong|tersedia|peringatan|kunci|ditemukan|dicek|ada)\b", re.I)


@pytest.mark.parametrize(
    "setup", [{}, {"GIGAI_PROVIDER": "gemni"}, {"GIGAI_PROVIDER": "replay"}, {"GIGAI_PROVIDER": "groq"}]
)
def test_every_line_is_in_one_language(monkeypatch, tmp_path, setup):
    monkeypatch.setenv("GIGAI_CASSETTE", str(tmp_path / "none.jsonl"))
    monkeypatch.setenv("WHATSAPP_PHONE_ID", "109876543210")
    for name, value in setup.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("GIGAI_LANG", raising=False)
    text = doctor.run().to_text()
    assert "SIAP / READY" not in text and " / " not in text.replace("http://", "").replace("https://", "")
    assert not [ln for ln in text.splitlines() if ENGLISH.search(ln)], text
    monkeypatch.setenv("GIGAI_LANG", "en")
    report = doctor.run()
    english = report.to_text() + report._repr_markdown_()
    assert not [ln for ln in english.splitlines() if INDONESIAN.search(ln)], english
    assert report["packages"].key == "packages" and report["channels"].key == "channels"


def test_one_name_per_whatsapp_setting_across_doctor_export_and_docs(monkeypatch, tmp_path):
    from gigai.deploy.export import export_app
    from gigai.doctor.secrets import CHANNEL_VARS

    folder = export_app(tmp_path / "app", business="kopi-kita")
    wanted = [n for n in CHANNEL_VARS if n.startswith("WHATSAPP_")]
    example = (folder / ".env.example").read_text(encoding="utf-8")
    channels = (folder / "CHANNELS.md").read_text(encoding="utf-8")
    webhook = (folder / "whatsapp.py").read_text(encoding="utf-8")
    for name in wanted:
        assert f"{name}=" in example and name in channels and name in webhook, name
    used = set(re.findall(r"WHATSAPP_[A-Z_]+", example + channels))
    assert used <= set(wanted) | {"WHATSAPP_PHONE_ID"}
    assert "WHATSAPP_PHONE_ID=" not in example  # the older name is only mentioned as still accepted
    # the older name still works, with a notice to rename it
    monkeypatch.setenv("WHATSAPP_PHONE_ID", "109876543210")
    row = doctor.run()["channels"]
    assert row.status == "warn" and "WHATSAPP_PHONE_ID -> WHATSAPP_PHONE_NUMBER_ID" in row.fix
    assert "WHATSAPP_PHONE_NUMBER_ID" not in row.detail.split(";")[1]  # not listed as missing


def test_a_keyless_server_on_the_lan_is_asked_too(monkeypatch):
    """llama.cpp on the trainer's laptop (no key): a dead address is not ready, without --online."""
    monkeypatch.setenv("GIGAI_PROVIDER", "llamacpp")
    monkeypatch.setenv("LLAMACPP_BASE_URL", f"http://127.0.0.1:{_closed_port()}/v1")
    report = doctor.run()
    assert report["provider"].status == "fail" and report.exit_code == 1
