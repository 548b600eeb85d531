from __future__ import annotations

import pytest

from gigai.chatbot import Answer, Chatbot, Persona
from gigai.errors import AppError
from tests.chatbot.fakes import GroundedFake, MockModel


def test_ask_is_grounded_with_sources(kopi, fake):
    ans = kopi.ask("Berapa harga kopi susu gula aren?")
    assert isinstance(ans, Answer) and isinstance(ans, str)
    assert ans.startswith("[mode offline]") and "Rp 18.000" in ans
    assert ans.sources[0] == "menu.md" and not ans.declined and not ans.handoff
    system = fake.calls[0][0]
    assert system["role"] == "system" and "### Pengetahuan" in system["content"]
    assert "[sumber: menu.md]" in system["content"]
    assert "**Sumber:** `menu.md`" in ans._repr_markdown_()
    assert ans.with_sources().endswith("Sumber: " + ", ".join(ans.sources))


def test_stream_matches_ask_and_records_history(kopi):
    chunks = list(kopi.stream("Jam berapa Kopi Kita buka?"))
    assert len(chunks) > 1
    text = "".join(chunks)
    assert text == kopi.last_answer.text and "08.00" in text
    assert [m["role"] for m in kopi.history] == ["user", "assistant"]
    kopi.history.append({"role": "user", "content": "x"})  # a copy: the bot's own list is untouched
    assert len(kopi.history) == 2
    kopi.reset()
    assert kopi.history == [] and kopi.last_answer is None


def test_respond_is_stateless_and_does_not_mutate_history(kopi):
    hist = [{"role": "user", "content": "Halo"}, {"role": "assistant", "content": "Halo juga"}]
    before = [dict(m) for m in hist]
    parts = list(kopi.respond("Ada wifi?", hist))
    assert parts[-1].done and all(not p.done for p in parts[:-1])
    assert hist == before and kopi.history == []


def test_memory_budget_trims_oldest_but_keeps_system():
    model = MockModel()
    bot = Chatbot.from_business("kopi-kita", model=model, memory_tokens=200)
    for i in range(8):
        bot.ask(f"Berapa harga americano? nomor {i} " + "tolong " * 20)
    last = model.calls[-1]
    assert last[0]["role"] == "system" and "Nama: Mang Kopi" in last[0]["content"]
    assert sum(len(m["content"]) for m in last[1:]) < 200 * 4 + 200
    assert "nomor 0" not in " ".join(m["content"] for m in last[1:])
    assert last[-1]["content"].startswith("Berapa harga americano? nomor 7")


def test_follow_up_uses_previous_question(kopi):
    kopi.ask("Berapa harga cokelat?")
    ans = kopi.ask("kalau yang dingin?")
    assert not ans.declined and "menu.md" in ans.sources


def test_greeting_and_english(kopi, fake):
    assert "Mang Kopi" in kopi.ask("Halo!")
    ans = kopi.ask("What time do you open on Sunday?")
    assert not ans.declined and "tentang.md" in ans.sources
    assert "bahasa Inggris" in fake.calls[-1][0]["content"]


def test_plain_dict_knowledge_and_no_caller_mutation():
    facts = {"Jam buka": "Setiap hari 10.00-20.00", "Ongkir": "Gratis radius 2 km"}
    persona = {"name": "Bu Ani", "business": "Warung Bu Ani", "topics": ["makan", "ongkir"]}
    bot = Chatbot(persona, facts, model=GroundedFake())
    ans = bot.ask("Jam buka warung kapan?")
    assert "10.00-20.00" in ans and ans.sources == ("data",)
    assert facts == {"Jam buka": "Setiap hari 10.00-20.00", "Ongkir": "Gratis radius 2 km"}
    assert persona["topics"] == ["makan", "ongkir"]


def test_bot_without_knowledge_passes_everything_to_the_model():
    model = MockModel(["Siap!"])
    bot = Chatbot(Persona(name="X"), model=model)
    assert bot.ask("Apa saja?") == "Siap!" and len(model.calls) == 1


def test_unknown_business_is_a_readable_error():
    with pytest.raises(AppError) as err:
        Chatbot.from_business("warung-tidak-ada")
    assert "kopi-kita" in str(err.value) and "E055" in str(err.value)


@pytest.mark.parametrize(
    "slug,question,source",
    [
        ("kopi-kita", "Bisa bayar pakai QRIS?", "tentang.md"),
        ("laundry-bersih-kilat", "Berapa harga cuci setrika per kilo?", "harga.md"),
        ("laundry-bersih-kilat", "Bisa antar jemput ke Cimahi?", "layanan.md"),
        ("studio-rupa", "Berapa harga paket logo?", "paket.md"),
        ("studio-rupa", "Harus bayar DP berapa?", "cara-order.md"),
    ],
)
def test_sample_businesses_answer_their_examples(slug, question, source):
    bot = Chatbot.from_business(slug, model=GroundedFake())
    ans = bot.ask(question)
    assert not ans.declined and source in ans.sources


def _offline_model():
    import gigai

    get_model = getattr(gigai, "get_model", None)
    if get_model is None:
        from gigai.llm.registry import resolve as get_model
    return get_model("offline", None)


def test_real_offline_engine_answers_grounded():
    bot = Chatbot.from_business("kopi-kita", model=_offline_model())
    ans = bot.ask("Berapa harga kopi susu gula aren?")
    assert ans.startswith("[mode offline]") and "18.000" in ans and "menu.md" in ans.sources
    assert bot.model.is_offline
    off = bot.ask("Siapa presiden Indonesia?")
    assert off.declined


def test_default_provider_resolves_to_offline_without_keys():
    bot = Chatbot.from_business("laundry-bersih-kilat")
    assert bot.model.is_offline
    assert bot.ask("Berapa harga cuci setrika per kilo?").startswith("[mode offline]")


def test_a_real_model_answer_names_its_sources():
    cited = MockModel(["Kopi susu gula aren Rp 18.000.\n\nSumber: menu.md"])
    ans = Chatbot.from_business("kopi-kita", model=cited).ask("brp kopsu aren?")
    assert ans.sources == ("menu.md",) and ans.with_sources() == ans.text
    # No citation: the passages the answer's words come from, else those the question matches.
    plain = Chatbot.from_business("kopi-kita", model=MockModel(["Bisa, QRIS dan debit diterima."]))
    assert "tentang.md" in plain.ask("Bisa bayar pakai QRIS?").sources
    vague = Chatbot.from_business("kopi-kita", model=MockModel(["Tentu, Kak!"]))
    assert vague.ask("Ada wifi gratis?").sources
    off = Chatbot.from_business("kopi-kita", model=MockModel(["Maaf, saya hanya membantu soal Kopi Kita."]))
    assert off.ask("Siapa presiden pertama Amerika?").sources == ()
