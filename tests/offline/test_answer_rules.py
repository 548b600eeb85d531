"""The offline answer-or-hand-off rule of issue 19's fifth session, both ways, through the Chatbot on the offline
engine: yes/no questions holding two specific words, everyday words that only frame a question, what a contact
question wants, count questions, chat abbreviations, and the parts of a two-part question that are off topic."""

from __future__ import annotations

import pytest

from gigai.chatbot import Chatbot
from gigai.chatbot.knowledge import Knowledge
from gigai.offline.engine import OfflineEngine
from gigai.offline.lexicon import canonical, stem
from gigai.offline.retrieval import nearest

FACTS = """# Gelanggang Bulutangkis Smash

Sewa lapangan bulutangkis karpet Rp 40.000 per jam, 3 lapangan indoor.
Pemain wajib pakai sepatu olahraga sol karet, sepatu bola dengan pul tidak boleh masuk lapangan.
Raket bisa disewa Rp 10.000 per buah, kok dijual Rp 8.000 per buah.
Kalau datang telat, jam main tidak ditambah.
Matras stretching disediakan gratis di pinggir lapangan.
Booking lewat WA, DP Rp 20.000 per jam.
Dilarang merokok di dalam gedung.
Alamat: Jl. Gatot Subroto No. 12, Medan. Buka setiap hari 07.00-23.00.
"""
CONTACT = "WhatsApp 0813-7000-1234 (Bang Ucok)"


@pytest.fixture(scope="module")
def bot():
    persona = {"name": "Bang Ucok", "business": "Gelanggang Smash", "admin_contact": CONTACT}
    return Chatbot(persona, Knowledge.from_markdown(FACTS, source="info.md"), model=OfflineEngine())


def _facts(ans) -> bool:
    return not ans.declined and not ans.handoff and "belum punya informasi" not in str(ans)


@pytest.mark.parametrize(
    "q, fact",
    [
        ("Boleh pakai sepatu bola sendiri?", "dengan pul"),  # two specific words held, an everyday one beside
        ("Harus bawa matras sendiri?", "Matras"),  # everyday words frame the question
        ("Lapangannya ada berapa?", "3 lapangan"),  # a count, not a price
        ("rkt bisa disewa?", "Rp 10.000"),  # an abbreviation keeps the word's letters in order
        ("bs ngerokok di dlm?", "merokok"),  # nge- verbs, chat spellings
    ],
)
def test_answered_with_its_fact(bot, q, fact):
    ans = bot.reply(q)
    assert _facts(ans) and fact in str(ans), str(ans)


@pytest.mark.parametrize(
    "q",
    [
        "Bisa sewa raket tenis?",  # one unknown word beside one known one: the thing asked for
        "Sepatunya bisa dicat warna merah?",  # a favour asked: the painting is what is asked
        "Pelatihnya bisa datang ke rumah?",  # a destination the knowledge lacks: the visit is what is asked
        "Can I watch the game from my phone?",  # a yes/no question is not answered with the contact line
    ],
)
def test_handed_off_not_answered_with_a_loose_fact(bot, q):
    ans = bot.reply(q)
    assert not _facts(ans), str(ans)
    assert "Kontak admin:" not in str(ans)


def test_a_contact_question_gets_the_number_not_a_line_that_only_says_wa(bot):
    text = str(bot.reply("Nomor WA buat booking berapa?"))
    assert "0813-7000-1234" in text and "Booking lewat WA" not in text


def test_an_off_topic_part_is_left_out_not_handed_to_the_admin(bot):
    text = str(bot.reply("Sewa lapangan berapa per jam? Btw siapa presiden Amerika sekarang?"))
    assert "Rp 40.000" in text and "presiden" not in text


def test_an_on_topic_part_without_an_answer_still_gets_the_handoff(bot):
    text = str(bot.reply("Sewa lapangan berapa per jam dan ada les privat bulutangkis?"))
    assert "Rp 40.000" in text and "0813-7000-1234" in text


def test_words():
    assert nearest("sptu", ["satu", "sepatu", "bola"]) == "sepatu"  # not a one-letter typo of 'satu'
    assert nearest("rkt", ["raket", "rokok"]) == "raket"
    assert stem("ngerokok") == "rokok"
    assert canonical("cancelled") == canonical("batal")
