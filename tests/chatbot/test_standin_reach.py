"""Issue 19, item 1: with a real model, every grounded question reaches it with the fact it needs.

(Internal notes in every informal form, both engines, the output filter: test_internal_notes.py.)

A stand-in OpenAI-compatible server on 127.0.0.1 (tests/chatbot/standin.py) records what it receives. The
businesses and questions under tests/chatbot/heldout/ were written as users paste them (WhatsApp menus,
Markdown tables, FAQ CSV/YAML, prose), each with an informal internal note; every round was a hold-out
once (first-run figures in tests/chatbot/heldout/README.md) and is a regression set now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gigai.chatbot import Chatbot
from tests.chatbot.reach import _norm, has_secret, load
from tests.chatbot.standin import StandIn

HELDOUT = Path(__file__).parent / "heldout"
ROUNDS = sorted(p for p in HELDOUT.iterdir() if (p / "questions").is_dir())
# Note words a hold-out still lets through, by round (README: why they stay open). Everything else in those
# rounds is a regression test like the rest.
OPEN: dict[str, set[str]] = {
    "round9": {"150/hari", "200/hari", "mandor"},
}


@pytest.fixture(scope="module")
def standin():
    with StandIn(reply="Baik, Kak. Sumber: stand-in") as server:
        yield server


@pytest.fixture
def real(standin, monkeypatch):
    """A Chatbot factory on the stand-in through the gateway preset (any real provider behaves the same)."""
    monkeypatch.setenv("GIGAI_BASE_URL", standin.base_url)
    monkeypatch.setenv("GIGAI_API_KEY", "stand-in-key")
    return lambda folder, **kw: Chatbot.from_business(folder, provider="gateway", **kw)


@pytest.mark.parametrize(
    "round_dir",
    ROUNDS,
    ids=lambda p: p.name,
)
def test_grounded_questions_reach_the_model_with_the_needed_fact(round_dir, real, standin):
    cases, secrets = load(round_dir)
    bots: dict[Path, Chatbot] = {}
    kinds = set()
    for i, case in enumerate(cases):
        bot = bots.setdefault(case.business, real(case.business))
        assert bot.in_charge
        before = len(standin.requests)
        if i % 5 == 0:  # the streaming path sends the same prompt
            "".join(bot.stream(case.q))
            bot.reset()
        else:
            bot.reply(case.q)
        got = standin.prompts[before:]
        assert len(got) == 1, f"{case.q!r} never reached the model"
        prompt = "\n".join(str(m["content"]) for m in got[0])
        assert got[0][-1] == {"role": "user", "content": case.q}
        for needed in case.needed:
            assert _norm(needed) in _norm(prompt), f"{case.q!r}: {needed!r} not in the prompt"
        words = [  # not the customer's own words, not a word this round still lets through
            w
            for w in secrets[case.business]
            if not has_secret(case.q, [w]) and w not in OPEN.get(round_dir.name, ())
        ]
        assert not has_secret(prompt, words), f"{case.q!r}: an internal note reached the model"
        kinds.add(case.kind)
    assert {"paraphrase", "two_fact", "typo", "english", "unknown", "off_topic"} <= kinds


def test_the_prompt_tells_the_model_its_job(real, standin):
    bot = real(ROUNDS[0] / sorted(p.name for p in ROUNDS[0].iterdir() if p.name != "questions")[0])
    bot.reply("Siapa presiden pertama Amerika?")
    system = standin.prompts[-1][0]["content"]
    contact = bot.persona.admin_contact
    assert system.count("\n[sumber: ") == len(bot.knowledge)  # the whole knowledge, with its source tags
    for rule in (
        "HANYA berdasarkan bagian Pengetahuan",
        "belum tahu",
        contact,
        "tolak dengan sopan",
        "bahasa yang dipakai pelanggan",
        "Sumber:",
    ):
        assert rule in system


def test_above_the_budget_retrieval_fills_it_with_the_best_passages(real, standin):
    folder = HELDOUT / "round1" / "dingin-jaya-teknik"
    whole = real(folder)
    whole.reply("Ada garansi?")
    full = standin.prompts[-1][0]["content"]
    small = real(folder, knowledge_tokens=150)
    small.reply("Isi freon R32 yang 1,5 PK berapa?")
    cut = standin.prompts[-1][0]["content"]
    assert "Rp 250.000" in cut and "[sumber: harga.md]" in cut and len(cut) < len(full)
    assert 0 < len(small.context("Garansinya berapa lama?")) < len(small.knowledge)
    assert any("30 hari" in p.text for p in small.context("Garansinya berapa lama?"))
