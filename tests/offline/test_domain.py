"""On the business's domain but not in its knowledge -> the admin hand-off with the contact; sharing nothing
with the business -> the off-topic reply (issue 19). Both ways, through the Chatbot on the offline engine."""

from __future__ import annotations

import pytest

from gigai.chatbot import Chatbot
from gigai.chatbot.knowledge import Knowledge
from gigai.offline.domain import on_domain
from gigai.offline.engine import OfflineEngine

FACTS = """# Bengkel Las Pak Darto

Bikin pagar besi minimalis Rp 650.000 per meter. Kanopi baja ringan Rp 350.000 per meter persegi.
Teralis jendela mulai Rp 450.000. Survei dan ukur ke lokasi gratis untuk wilayah Sleman.
Bengkel di Jl. Magelang Km 9, Sleman. Buka Senin-Sabtu 08.00-16.00.
"""
CONTACT = "WA 0813-2222-9999 (Pak Darto)"


@pytest.fixture(scope="module")
def bot():
    persona = {"name": "Pak Darto", "business": "Bengkel Las Pak Darto", "admin_contact": CONTACT}
    return Chatbot(persona, Knowledge.from_markdown(FACTS, source="info.md"), model=OfflineEngine())


@pytest.mark.parametrize(
    "q",
    [
        "Bisa bayar pakai transfer BCA?",  # a shop question: paying
        "Bisa COD?",
        "Bisa dicicil?",
        "Pagar besinya bisa dicat warna hitam?",  # its own product, a detail it never wrote
        "Kanopi polycarbonate ada?",
        "Ada garansi?",  # whether the business has something, though the knowledge never names it
        "Bisa bikin tangga putar?",
    ],
)
def test_a_question_on_the_domain_without_an_answer_gets_the_admin_handoff(bot, q):
    ans = bot.reply(q)
    assert ans.handoff and ans.reason != "off_topic", (q, str(ans))
    assert "0813-2222-9999" in ans, (q, str(ans))


@pytest.mark.parametrize(
    "q",
    [
        "Siapa presiden Indonesia sekarang?",
        "Resep rendang dong",
        "Harga bitcoin hari ini?",
        "Skor bola tadi malam?",
    ],
)
def test_a_question_sharing_nothing_with_the_business_gets_the_off_topic_reply(bot, q):
    ans = bot.reply(q)
    assert ans.declined and ans.reason == "off_topic", (q, str(ans))


def test_answerable_questions_still_get_their_fact(bot):
    assert "Rp 350.000" in bot.reply("kanopi brp per meter?")
    assert "Jl. Magelang" in bot.reply("bengkelnya dmn?")


def test_on_domain_reads_the_knowledge_vocabulary_with_typos():
    vocab = Knowledge.from_markdown(FACTS, source="info.md").vocabulary
    assert on_domain("teralis jendla bisa custom?", vocab)  # a typo of the knowledge's own word
    assert on_domain("Bisa bayar pakai OVO?", vocab)
    assert not on_domain("Siapa pemenang piala dunia?", vocab)
    assert not on_domain("Harga emas 1 gram?", vocab)  # a price, of something the business does not name
