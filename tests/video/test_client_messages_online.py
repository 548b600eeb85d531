"""With a real provider, the model writes the storyboard from the client's own message (structured output).

A stand-in OpenAI-compatible server on 127.0.0.1 logs what it receives and answers like a model would.
"""

import json

import pytest

from gigai.video import plan, write_storyboard
from tests.chatbot.standin import StandIn

MESSAGE = (
    "Halo kak, sy mau promosi usaha croffle sy 🙏 Croffle original Rp15.000/porsi, croffle keju 18rb. "
    "Promo s/d 31 Des beli 2 gratis 1. IG @croffle.senja, WA 0812-3333-1111"
)


def _storyboard_reply(messages):
    """A model that writes a decent storyboard but forgets the deadline and the handle."""
    return json.dumps({"title": "Promo Croffle", "scenes": [
        {"narration": "Laper sore-sore?", "on_screen_text": "Laper sore-sore?", "duration": 3},
        {"narration": "Croffle original Rp15.000/porsi, croffle keju 18rb.", "on_screen_text": "Croffle Rp15.000/porsi",
         "duration": 5},
        {"narration": "Beli 2 gratis 1!", "on_screen_text": "beli 2 gratis 1", "duration": 3},
        {"narration": "WA 0812-3333-1111 sekarang!", "on_screen_text": "WA 0812-3333-1111", "duration": 4},
    ]})  # fmt: skip


@pytest.fixture
def provider(monkeypatch):
    def make(reply):
        server = StandIn(reply=reply).start()
        monkeypatch.setenv("GIGAI_BASE_URL", server.base_url)
        monkeypatch.setenv("GIGAI_API_KEY", "stand-in-key")
        return server

    servers = []
    yield lambda reply: servers.append(make(reply)) or servers[-1]
    for s in servers:
        s.stop()


def test_the_model_reads_the_message_and_plan_names_what_it_left_out(provider):
    server = provider(_storyboard_reply)
    sb = write_storyboard(MESSAGE, provider="gateway")
    assert sb.source.startswith("llm:") and len(server.requests) == 1
    prompt = server.last_prompt_text()
    assert MESSAGE in prompt  # the client's own words, not a pre-digested brief
    for fact in ("Rp15.000/porsi", "18rb", "s/d 31 Des", "@croffle.senja", "0812-3333-1111"):
        assert f"- {fact}" in prompt, fact
    warned = " ".join(plan(sb).warnings)
    assert "s/d 31 Des" in warned and "@croffle.senja" in warned
    assert "18rb" not in warned and "0812-3333-1111" not in warned


def test_a_model_that_answers_nonsense_falls_back_to_the_offline_reader(provider):
    provider("maaf, saya tidak bisa")
    sb = write_storyboard(MESSAGE, provider="gateway")
    assert sb.source == "template" and sb.notice
    assert plan(sb).warnings == [] or not any("pesan klien" in w for w in plan(sb).warnings)
    said = " ".join(s.narration for s in sb.scenes).lower()
    assert "croffle" in said and "promosi" not in said.split("croffle")[0]
