"""The lab chat app when the real provider fails: the offline engine answers over the same persona and
knowledge under one notice (GIGAI_FALLBACK=none: the error with its code and hint, as before)."""

from __future__ import annotations

import pytest

pytest.importorskip("gradio", reason="gradio is a core dependency; this venv lacks it")

from gigai.apps.chat_app import chat_handler  # noqa: E402
from gigai.chatbot import Chatbot  # noqa: E402
from gigai.errors import (  # noqa: E402
    AuthError,
    ConnectionFailed,
    ProviderTimeout,
    RateLimitError,
    ServerError,
)
from tests.chatbot.fakes import MockModel  # noqa: E402
from tests.chatbot.standin import StandIn  # noqa: E402

MARKS = ("[fallback ke offline]", "[offline fallback]")


class Dying(MockModel):
    """A real provider (not offline) that streams ``before`` words, then fails with ``error``."""

    provider = "mock-cloud"

    def __init__(self, error, before=()):
        super().__init__()
        self.error, self.before = error, list(before)

    def complete(self, messages, **params):
        raise self.error

    def events(self, messages, **params):
        self.calls.append(messages)
        yield from self.before
        raise self.error


def _final(bot, question):
    return list(chat_handler(bot)(question, []))[-1]


def _notices(text):
    return sum(text.count(m) for m in MARKS)


@pytest.fixture(autouse=True)
def _fallback_default(monkeypatch):
    monkeypatch.delenv("GIGAI_FALLBACK", raising=False)
    monkeypatch.delenv("GIGAI_LANG", raising=False)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (ConnectionFailed(id="Tidak bisa terhubung.", en="Cannot connect."), "E025"),
        (ProviderTimeout(id="Tidak menjawab tepat waktu.", en="No answer in time."), "E024"),
        (ServerError(id="Server bermasalah (HTTP 500).", en="Server trouble (HTTP 500)."), "E026"),
        (AuthError(id="Kunci API ditolak.", en="API key rejected."), "E021"),
        (RateLimitError(id="Terlalu banyak permintaan.", en="Too many requests."), "E023"),
    ],
)
def test_a_failing_provider_is_answered_offline_with_one_notice(error, code):
    bot = Chatbot.from_business("laundry-bersih-kilat", model=Dying(error))
    question = "Cuci sepatu berapa ya?"
    final = _final(bot, question)
    offline = Chatbot.from_business("laundry-bersih-kilat", provider="offline").reply(question)
    assert offline.text.splitlines()[0] in final and "harga.md" in final  # same persona and knowledge
    assert _notices(final) == 1 and f"GIGAI-{code}" in final and "mock-cloud" in final
    assert "⚠️ [GIGAI-" not in final and "[offline fallback]" not in final  # Indonesian only by default


def test_a_stream_that_dies_midway_is_replaced_not_glued(monkeypatch):
    bot = Chatbot.from_business(
        "studio-rupa",
        model=Dying(
            ServerError(id="Putus.", en="Dropped."), ["Siap Kak, ", "biayanya kira-kira ", "sekitar"] * 8
        ),
    )
    outs = list(chat_handler(bot)("Revisi logo boleh berapa kali?", []))
    final = outs[-1]
    assert any("biayanya kira-kira" in o for o in outs[:-1])  # the real model was streaming
    assert "biayanya kira-kira" not in final and _notices(final) == 1 and "revisi" in final.lower()
    # Every growing bubble after the failure carries the notice once, never twice.
    after = [o for o in outs if _notices(o)]
    assert after and all(_notices(o) == 1 for o in after)


def test_english_reader_gets_the_notice_in_english_only(monkeypatch):
    monkeypatch.setenv("GIGAI_LANG", "en")
    bot = Chatbot.from_business(
        "kopi-kita", model=Dying(RateLimitError(id="Terlalu banyak.", en="Too many."))
    )
    final = _final(bot, "Is there wifi?")
    assert final.count("[offline fallback]") == 1 and "[fallback ke offline]" not in final
    assert "Too many." in final and "Terlalu" not in final and "gagal" not in final


def test_fallback_none_keeps_the_error_with_code_and_hint(monkeypatch):
    monkeypatch.setenv("GIGAI_FALLBACK", "none")
    model = Dying(ServerError(id="Server bermasalah.", en="Server trouble.", hint="coba lagi nanti"))
    final = _final(Chatbot.from_business("kopi-kita", model=model), "Jam buka hari Minggu?")
    assert final.startswith("⚠️ [GIGAI-E026] Server bermasalah.") and "Coba: coba lagi nanti" in final
    assert _notices(final) == 0 and "[mode offline]" not in final


def test_the_conversation_goes_on_after_the_fallback():
    """The next question (with the history Gradio sends) still goes to the real provider first."""
    model = Dying(ConnectionFailed(id="Putus.", en="Down."))
    bot = Chatbot.from_business("kopi-kita", model=model)
    chat = chat_handler(bot)
    first = list(chat("Ada wifi?", []))[-1]
    history = [{"role": "user", "content": "Ada wifi?"}, {"role": "assistant", "content": first}]
    second = list(chat("Kalau colokan listrik?", history))[-1]
    assert len(model.calls) == 2 and _notices(second) == 1


def test_a_stopped_server_on_127_0_0_1_is_answered_offline(monkeypatch):
    """A real OpenAI-compatible stand-in answers, then stops: the next answer comes from the offline engine."""
    standin = StandIn(reply="Buka jam 7 pagi, Kak. (sumber: tentang.md)").start()
    monkeypatch.setenv("LLAMACPP_BASE_URL", standin.base_url)
    monkeypatch.setenv("GIGAI_RETRIES", "0")
    bot = Chatbot.from_business("kopi-kita", provider="llamacpp", model="stand-in")
    chat = chat_handler(bot)
    try:
        online = list(chat("Jam berapa buka?", []))[-1]
    finally:
        standin.stop()
    assert "Buka jam 7 pagi" in online and _notices(online) == 0 and len(standin.prompts) == 1
    offline = list(chat("Jam berapa buka hari Minggu?", []))[-1]
    assert _notices(offline) == 1 and "GIGAI-E025" in offline and "[mode offline]" in offline
    assert "07.00" in offline and "tentang.md" in offline


def test_an_upstream_answering_500_on_127_0_0_1_is_answered_offline(monkeypatch):
    """A real HTTP 500 from an OpenAI-compatible address (a few lines of http.server, like a broken proxy)."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Broken(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # noqa: N802 - http.server's naming
            self.rfile.read(int(self.headers.get("content-length") or 0))
            body = json.dumps({"error": {"message": "internal error", "type": "server_error"}}).encode()
            self.send_response(500)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Broken)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("LLAMACPP_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
        monkeypatch.setenv("GIGAI_RETRIES", "0")
        bot = Chatbot.from_business("studio-rupa", provider="llamacpp", model="stand-in")
        final = _final(bot, "Harus bayar DP berapa?")
        monkeypatch.setenv("GIGAI_FALLBACK", "none")
        error = _final(bot, "Harus bayar DP berapa?")
    finally:
        server.shutdown()
        server.server_close()
    assert (
        _notices(final) == 1 and "GIGAI-E026" in final and "HTTP 500" in final and "[mode offline]" in final
    )
    assert error.startswith("⚠️ [GIGAI-E026]") and _notices(error) == 0
