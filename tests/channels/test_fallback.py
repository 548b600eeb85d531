"""A messaging channel whose provider fails mid-service answers the customer from the offline engine."""

from __future__ import annotations

import socket

import pytest

from gigai.channels.sessions import Conversations, display_text
from gigai.chatbot import Chatbot
from gigai.errors import ProviderError


@pytest.fixture
def down(monkeypatch):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("LLAMACPP_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.delenv("GIGAI_FALLBACK", raising=False)
    return Chatbot.from_business("kopi-kita", provider="llamacpp", model="down")


def test_the_offline_engine_answers_and_the_operator_gets_the_notice(down):
    rooms = Conversations(down)
    answer = rooms.answer("7", "Jam berapa Kopi Kita buka?")
    assert "08.00" in answer.text and answer.provider == "offline"
    assert "llamacpp" in answer.notice and "llamacpp" not in display_text(answer, notice=False)
    assert rooms.history("7")[-1]["content"] == answer.text  # the chat goes on as usual


def test_with_fallback_off_the_error_reaches_the_channel(down, monkeypatch):
    monkeypatch.setenv("GIGAI_FALLBACK", "none")
    with pytest.raises(ProviderError):
        Conversations(down).answer("7", "Jam berapa Kopi Kita buka?")


def test_the_twin_shares_persona_knowledge_and_limits_but_not_the_conversation(down):
    twin = down.with_provider("offline")
    assert twin.persona is down.persona and twin.knowledge is down.knowledge and twin.limiter is down.limiter
    assert twin.provider == "offline" and down.provider == "llamacpp" and twin.history == []
