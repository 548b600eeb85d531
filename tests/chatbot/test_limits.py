"""Rate limits and abuse screening in front of a real model (issue 19, item 1): what reaches the model.

A stand-in OpenAI-compatible server on 127.0.0.1 (tests/chatbot/standin.py) counts the requests it gets; the
limiter's clock is a list the test moves (no sleeps). Visitors are written as a shared link's users write.
"""

from __future__ import annotations

import pytest

from gigai.chatbot import Chatbot
from gigai.chatbot.limits import Limiter, Limits, fingerprint
from gigai.errors import InputError
from tests.chatbot.standin import StandIn


@pytest.fixture(scope="module")
def standin():
    with StandIn(reply="Buka setiap hari 08.00-22.00, Kak. Sumber: jam.md") as server:
        yield server


@pytest.fixture
def clock():
    return [1_800_000_000.0]  # a fixed moment; tests move it by hand


@pytest.fixture
def real(standin, monkeypatch, clock):
    """A Chatbot factory on the stand-in (the gateway preset: any real provider behaves the same)."""
    monkeypatch.setenv("GIGAI_BASE_URL", standin.base_url)
    monkeypatch.setenv("GIGAI_API_KEY", "stand-in-key")

    def make(**limits):
        rules = Limiter(Limits(**limits), clock=lambda: clock[0])
        return Chatbot.from_business("kopi-kita", provider="gateway", limits=rules)

    return make


def reached(standin, ask) -> int:
    before = len(standin.requests)
    ask()
    return len(standin.requests) - before


def test_a_flood_from_one_visitor_reaches_the_model_at_most_the_per_minute_limit(real, standin, clock):
    bot = real(per_minute=5)
    answers = []
    n = reached(
        standin,
        lambda: answers.extend(bot.reply(f"Ada menu nomor {i} kak?", user="wa:62811") for i in range(100)),
    )
    assert n == 5
    limited = answers[-1]
    assert limited.provider == "gigai-limits" and limited.reason == "limit:per_minute"
    assert limited.text.startswith("Maaf") and "menit" in limited.text
    # another visitor is not slowed down by the flood
    assert reached(standin, lambda: bot.reply("Alamatnya di mana?", user="wa:62822")) == 1
    clock[0] += 61  # a minute later the first visitor is served again
    assert reached(standin, lambda: bot.reply("Ada menu baru kak?", user="wa:62811")) == 1
    stats = bot.stats()
    assert stats["answered"] == 7 and stats["by_reason"] == {"per_minute": 95} and stats["limited"] == 95


def test_the_same_question_never_reaches_the_model_twice_in_the_window(real, standin, clock):
    bot = real(per_minute=50)
    first = bot.reply("Jam berapa buka hari Minggu?", user="web:1")
    variants = [
        "Jam berapa buka hari Minggu?",
        "  jam BERAPA buka   hari minggu??  ",
        "Jam berapa buka hari Minggu?\u200b\u200b",  # zero-width characters
        "Ｊａｍ berapa buka hari Minggu?",  # full-width letters
        "Jam berаpа buka hаri Minggu?",  # Cyrillic а
        "Jam berapaaa buka hari Minggu 🙏🙏",
        "hari Minggu buka jam berapa?",
    ]
    assert reached(standin, lambda: [bot.reply(v, user="web:1") for v in variants * 5]) == 0
    again = bot.reply("Jam berapa buka hari Minggu?", user="web:1")
    assert again.text == first.text and again.sources == first.sources  # the same answer, sources and all
    assert bot.stats()["by_reason"] == {"repeat": 36}
    # another visitor, then a new question
    assert reached(standin, lambda: bot.reply("Jam berapa buka hari Minggu?", user="web:2")) == 1
    assert reached(standin, lambda: bot.reply("Jam berapa buka hari Senin?", user="web:1")) == 1
    clock[0] += 121  # after the window the question is a question again
    assert reached(standin, lambda: bot.reply("Jam berapa buka hari Minggu?", user="web:1")) == 1


def test_a_repeat_in_a_new_conversation_turn_is_a_new_question(real, standin):
    """'Iya' after 'Mau pesan 2?' and 'Iya' after 'Tambah susu?' are two answers; 'Iya' twice in a row is one."""
    bot = real()
    first = [{"role": "user", "content": "Pesan americano"}, {"role": "assistant", "content": "Mau pesan 2?"}]
    later = [*first, {"role": "user", "content": "Iya"}, {"role": "assistant", "content": "Tambah susu?"}]
    assert reached(standin, lambda: bot.reply("Iya", first, user="tg:9")) == 1
    assert reached(standin, lambda: bot.reply("Iya", later, user="tg:9")) == 1
    assert reached(standin, lambda: bot.reply("Iya", later, user="tg:9")) == 0


def test_the_conversational_api_and_streaming_are_screened_the_same_way(real, standin):
    bot = real(per_minute=3)
    # the owner's own conversation (no user): no per-minute limit
    assert reached(standin, lambda: ["".join(bot.stream("Harga americano?")) for _ in range(5)]) == 5
    assert reached(standin, lambda: [list(bot.respond("Harga latte?", user="s1")) for _ in range(5)]) == 1
    parts = reached(standin, lambda: [list(bot.respond(f"Harga menu {i}?", user="s2")) for i in range(6)])
    assert parts == 3
    last = list(bot.respond("Harga menu 9?", user="s2"))
    assert len(last) == 1 and last[0].done and last[0].reason == "limit:per_minute"


def test_a_question_still_being_answered_is_not_sent_again():
    """Twenty copies sent at once: one reaches the model, the rest are asked to wait."""
    limiter = Limiter(Limits(), clock=lambda: 0.0)
    first = limiter.admit("ip:1", "Ada promo hari ini?")
    waits = [limiter.admit("ip:1", "ada PROMO hari ini??") for _ in range(19)]
    assert first.ok and not any(w.ok for w in waits)
    assert {w.reason for w in waits} == {"repeat"} and "tunggu" in waits[0].message
    limiter.settle(first, "Promo: beli 2 gratis 1.")
    assert limiter.admit("ip:1", "Ada promo hari ini?").message == "Promo: beli 2 gratis 1."


def test_the_bots_daily_total_holds_against_many_visitors(real, standin, clock):
    bot = real(total_per_day=20, total_per_minute=0)
    n = reached(standin, lambda: [bot.reply(f"Harga menu nomor {i}?", user=f"id-{i}") for i in range(200)])
    assert n == 20
    closed = bot.reply("Alamatnya di mana?", user="someone-new")
    assert closed.reason == "limit:total_per_day" and "hari ini" in closed.text
    assert bot.persona.admin_contact in closed.text
    clock[0] += 86_400  # the next day the bot answers again
    assert reached(standin, lambda: bot.reply("Alamatnya di mana?", user="someone-new")) == 1


def test_the_bots_minute_cap_slows_a_script_that_makes_up_visitor_ids(real, standin):
    bot = real(total_per_minute=12)
    assert reached(standin, lambda: [bot.reply(f"Menu {i} ada?", user=f"bot-{i}") for i in range(100)]) == 12
    assert bot.stats()["by_reason"] == {"total_per_minute": 88}


def test_the_daily_token_budget_holds(real, standin):
    bot = real(tokens_per_day=4000, per_minute=0, total_per_minute=0)
    n = reached(standin, lambda: [bot.reply(f"Harga menu nomor {i}?", user="u") for i in range(50)])
    assert 1 <= n < 10  # each whole-knowledge prompt costs hundreds of tokens
    assert bot.stats()["tokens"] <= 4000 and bot.stats()["by_reason"]["tokens_per_day"] == 50 - n


def test_the_owner_meets_only_the_daily_caps(real, standin):
    bot = real(per_minute=2, total_per_minute=2, total_per_day=8)
    assert reached(standin, lambda: [bot.ask(f"Harga menu {i}?") for i in range(10)]) == 8
    assert bot.last_answer.reason == "limit:total_per_day"


@pytest.mark.parametrize(
    ("lang", "question", "expected", "absent"),
    [
        ("", "Harga menu lain berapa?", "Maaf", "Sorry"),
        ("en", "Harga menu lain berapa?", "Sorry", "Maaf"),
        ("", "How much is the other menu?", "Sorry", "Maaf"),
    ],
)
def test_the_limited_answer_speaks_the_readers_language(real, monkeypatch, lang, question, expected, absent):
    if lang:
        monkeypatch.setenv("GIGAI_LANG", lang)
    bot = real(per_minute=1)
    bot.reply("Harga americano berapa?", user="x")
    limited = bot.reply(question, user="x")
    assert limited.reason == "limit:per_minute"
    assert limited.text.startswith(expected) and absent not in limited.text


def test_the_offline_engine_is_never_rate_limited(clock):
    bot = Chatbot.from_business(
        "kopi-kita", limits=Limiter(Limits(per_minute=1, total_per_day=1), clock=lambda: clock[0])
    )
    answers = [bot.reply("Jam berapa Kopi Kita buka?", user="x") for _ in range(30)]
    assert all("08.00" in a.text and a.provider == "offline" for a in answers)
    assert bot.stats()["answered"] == 0 and bot.stats()["limited"] == 0
    assert bot.reply("kopi " * 500, user="x").reason == "too_long"  # giant pastes stay bounded


def test_a_giant_paste_never_reaches_the_model(real, standin):
    bot = real()
    assert reached(standin, lambda: bot.reply("harga " * 2000, user="x")) == 0


def test_settings_come_from_chat_variables_and_mistakes_are_refused(monkeypatch):
    monkeypatch.setenv("CHAT_PER_MINUTE", "3")
    monkeypatch.setenv("CHAT_TOKENS_PER_DAY", "banyak")  # not a number: the default, the bot keeps running
    rules = Limits.from_env()
    assert (rules.per_minute, rules.per_day, rules.tokens_per_day) == (3, 100, 2_000_000)
    assert Chatbot.from_business("kopi-kita").limiter.limits.per_minute == 3
    assert Chatbot.from_business("kopi-kita", limits={"per_day": 7}).limiter.limits.per_day == 7
    off = Chatbot.from_business("kopi-kita", limits=False).limiter.limits
    assert off.per_minute == off.total_per_day == off.tokens_per_day == off.repeat_seconds == 0
    with pytest.raises(InputError) as typo:
        Chatbot.from_business("kopi-kita", limits={"per_minut": 5})
    assert typo.value.code == "E255" and "per_minute" in typo.value.hint
    with pytest.raises(InputError) as negative:
        Limits.of({"per_day": -1})
    assert negative.value.code == "E256"
    with pytest.raises(InputError) as wrong:
        Limits.of(10)
    assert wrong.value.code == "E257"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Jam buka?", "jam BUKA ??", True),
        ("Jam buka?", "buka jam", True),
        ("Harga 2 latte", "Harga 3 latte", False),
        ("menu 11", "menu 1", False),
        ("Ada wifi?", "Ada wifi gratis?", False),
        ("Jam bukaaaa", "jam buka", True),
        ("Berápa láma cuci?", "berapa lama cuci", True),  # accents
        ("B e r a p a lama cuci?", "berapa lama cuci", True),  # letters spelled apart
        ("b.e.r.a.p.a lama cuci", "berapa lama cuci", True),
        ("a b harga", "harga", False),
    ],
)
def test_what_counts_as_the_same_question(a, b, same):
    assert (fingerprint(a) == fingerprint(b)) is same


def test_interleaving_other_questions_does_not_wash_out_a_repeat(real, standin):
    """A first attack run found four other questions in between made the first one new again."""
    bot = real(per_minute=0)
    others = [f"Apa ada menu nomor {i}?" for i in range(8)]
    reached(standin, lambda: [bot.reply(q, user="v") for q in ["Jam berapa buka hari Minggu?", *others]])
    assert reached(standin, lambda: bot.reply("hari minggu buka jam berapa", user="v")) == 0


def test_a_notebook_shows_the_days_figures_in_one_language(real, monkeypatch):
    bot = real(per_minute=1)
    for q in ("Harga latte?", "Harga mocha?"):
        bot.reply(q, user="n")
    shown = bot.limiter._repr_markdown_()
    assert "1 ke model" in shown and "1 dibatasi (per_minute 1)" in shown and "limits" not in shown
    monkeypatch.setenv("GIGAI_LANG", "en")
    assert "1 limited" in bot.limiter._repr_markdown_()
