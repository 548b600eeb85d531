"""Multi-part questions on the offline path: the parts (gigai.offline.parts), one retrieval per part in the
chatbot, and the engine answering each part, with the admin hand-off for a part nothing answers."""

from __future__ import annotations

from gigai.chatbot import Chatbot
from gigai.offline import parts
from gigai.offline.engine import OfflineEngine, answer
from tests.chatbot.fakes import MockModel

SYSTEM = (
    "Kamu asisten Bengkel Uji.\nKontak admin: WA 0812-0000-1111\n"
    "- Ganti oli Rp 55.000.\n- Servis CVT Rp 85.000.\n- Tambal ban Rp 15.000.\n"
    "- Buka Senin-Sabtu 08.00-17.00."
)


def ask(question: str) -> str:
    return answer([{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}])


def test_parts_split_on_joining_words_and_two_question_words():
    assert parts.split("Tambal ban & ganti oli berapa?") == ["Tambal ban", "ganti oli berapa"]
    assert parts.split("Harga A4 plus jilid?") == ["Harga A4", "jilid"]
    assert parts.split("Tiket dewasa berapa tiket anak berapa") == [
        "Tiket dewasa berapa",
        "tiket anak berapa",
    ]
    assert parts.split("Jam berapa buka?") == ["Jam berapa buka?"]  # one part
    assert parts.split("Halo kak, ganti oli berapa?") == [
        "Halo kak, ganti oli berapa?"
    ]  # a greeting names nothing


def test_queries_share_the_asking_words_and_topic_drops_them():
    assert parts.queries("Tambal ban atau ganti oli berapa?") == ["Tambal ban berapa", "ganti oli berapa"]
    assert parts.queries("Ganti oli berapa?") == []
    assert parts.topic("bisa pasang kaca film juga") == "pasang kaca film"
    assert parts.topic("do you sell tyres") == "tyres" and parts.topic("jual ban juga ya") == "ban"


def test_merge_takes_every_part_best_first_once():
    assert parts.merge([["a", "b"], ["c", "a", "d"], ["e"]]) == ["a", "c", "e", "b", "d"]


def test_engine_answers_both_parts():
    text = ask("Tambal ban sama servis CVT berapa?")
    assert "Rp 15.000" in text and "Rp 85.000" in text and "admin" not in text


def test_a_part_nothing_answers_gets_the_hand_off_for_that_part_only():
    text = ask("Ganti oli berapa dan bisa spooring?")
    lines = text.split("\n\nSumber:")[0].splitlines()
    assert "Rp 55.000" in lines[0] and len(lines) == 2
    assert lines[1].startswith("Untuk spooring,") and "0812-0000-1111" in lines[1]
    assert "belum punya informasi" not in text  # not the whole-question hand-off


def test_no_part_answered_is_the_whole_hand_off():
    text = ask("Bisa spooring dan balancing?")
    assert "belum punya informasi" in text and "Rp" not in text


def test_the_hand_off_line_is_english_for_an_english_question():
    text = ask("How much is an oil change and do you do wheel alignment?")
    assert "Rp 55.000" in text and "For " in text and "0812-0000-1111" in text and "Untuk" not in text


def salon(model) -> Chatbot:
    facts = {f"Layanan {n}": f"Rp {n}0.000" for n in ("potong", "creambath", "masker", "smoothing", "facial")}
    facts |= {"Jam buka": "Selasa-Minggu 09.00-19.00", "Alamat": "Jl. Uji No. 1"}
    persona = {"name": "Nia", "business": "Salon Uji", "admin_contact": "WA 0857-0000-2222"}
    return Chatbot(persona, _knowledge(facts), model=model, top_k=1)


def _knowledge(facts):
    from gigai.chatbot.knowledge import Knowledge

    return Knowledge.from_dict(facts, source="layanan")


def test_the_bot_retrieves_for_each_part_offline():
    bot = salon(OfflineEngine())
    _, hits, canned = bot.plan("Layanan creambath sama jam buka kapan?")
    assert canned is None
    said = " ".join(str(h) for h in hits)
    assert "Rp creambath0.000" in said and "09.00-19.00" in said  # top_k=1, yet each part's passage is there
    ans = bot.reply("Layanan creambath sama jam buka kapan?")
    assert "Rp creambath0.000" in ans and "09.00-19.00" in ans


def test_a_real_model_still_gets_the_whole_knowledge():
    bot = salon(MockModel())
    _, hits, _ = bot.plan("Layanan creambath sama jam buka kapan?")
    assert len(hits) == len(bot.knowledge.passages)


def test_a_short_alternative_after_atau_keeps_the_frame_of_the_part_before():
    """'pakai daging sapi atau ayam' asks one thing twice: the alternative is not a question about 'ayam' alone."""
    from gigai.offline.parts import split

    assert split("Sotonya pakai daging sapi atau ayam?") == [
        "Sotonya pakai daging sapi",
        "Sotonya pakai daging ayam",
    ]
    assert split("Bisa bayar tunai atau QRIS?") == ["Bisa bayar tunai", "Bisa bayar QRIS"]
    assert split("Harga cuci dan setrika berapa?") == ["Harga cuci", "setrika berapa"]  # 'dan': two things
