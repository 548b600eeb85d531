"""Facts are split in the forms business owners paste: a WhatsApp menu, a Markdown price table, prose, an FAQ CSV.

Each sample is written as an owner would write it (issue 19); none is one of the eval businesses.
"""

from __future__ import annotations

from gigai.offline.engine import answer
from gigai.offline.facts import split

WHATSAPP = """🍜 *MIE GACOAN BU SRI* 🍜
Halo kak, ini menu kita ya 🙏

*MIE*
• Mie ayam biasa 12rb
• Mie ayam bakso 16rb
• Mie yamin pedas 14rb

*TOPPING*
➕ Pangsit goreng 3rb
➕ Ceker 2 pcs 5rb

*MINUM*
🥤 Es teh 3rb
🥤 Jus alpukat 10rb

📍 Jl. Kenanga No. 4, Klaten
⏰ Buka 09.00-21.00, Senin libur"""


def ask(system: str, q: str) -> str:
    return answer([{"role": "system", "content": system}, {"role": "user", "content": q}])


def test_a_whatsapp_menu_is_one_fact_per_line_under_its_bold_heading():
    facts = split(WHATSAPP, "menu.txt")
    texts = [f.text for f in facts]
    assert "Pangsit goreng 3rb" in texts and "Jus alpukat 10rb" in texts
    assert {f.context for f in facts if f.text.startswith("Ceker")} == {"TOPPING"}
    assert not any("*" in t or "➕" in t or "•" in t for t in texts), texts  # no markup left in what is shown
    assert max(len(t) for t in texts) < 80  # no 400-character block answering everything


def test_emoji_separated_items_on_one_line_are_separate_facts():
    texts = [f.text for f in split("Paket hemat ✅ Nasi + ayam 15rb ✅ Nasi + lele 13rb", "wa")]
    assert "Nasi + lele 13rb" in texts and not any("ayam" in t and "lele" in t for t in texts)


def test_each_line_of_a_whatsapp_menu_answers_its_own_question():
    system = "Kamu asisten warung mie.\n\n" + WHATSAPP
    assert "5rb" in ask(system, "Ceker berapa?") and "12rb" not in ask(system, "Ceker berapa?")
    assert "10rb" in ask(system, "jus alpukat brp")
    assert "Senin libur" in ask(system, "Hari Senin buka?")


def test_a_markdown_table_row_keeps_what_each_column_is():
    system = (
        "Kamu asisten percetakan undangan.\n\n| Jenis | 100 pcs | 300 pcs | 500 pcs |\n|---|---|---|---|\n"
        "| Undangan softcover | Rp 350.000 | Rp 900.000 | Rp 1.400.000 |\n"
        "| Undangan hardcover | Rp 700.000 | Rp 1.900.000 | Rp 3.000.000 |\n"
    )
    text = ask(system, "Undangan hardcover berapa?")
    assert "Rp 700.000" in text and "Rp 350.000" not in text


def test_prose_is_split_into_sentences_and_a_price_list_sentence_into_items():
    prose = (
        "Kami mengajar renang untuk anak dan dewasa. Kelas anak Rp 300.000 per bulan, kelas dewasa "
        "Rp 400.000 per bulan. Latihan di kolam Tirta Sari setiap Sabtu pagi."
    )
    texts = [f.text for f in split(prose, "info.md")]
    assert any(t.startswith("Kelas anak Rp 300.000") for t in texts)
    assert any(t.startswith("Kelas dewasa Rp 400.000") or t.startswith("kelas dewasa") for t in texts)
    assert "Latihan di kolam Tirta Sari setiap Sabtu pagi." in texts


def test_an_faq_csv_with_english_column_names_answers_its_questions(tmp_path):
    from gigai.chatbot import Chatbot

    folder = tmp_path / "laundry"
    folder.mkdir()
    (folder / "persona.yaml").write_text(
        "name: Kak Nia\nbusiness: Laundry Wangi\nadmin_contact: WA 0812-1111-2222\n", encoding="utf-8"
    )
    (folder / "faq.csv").write_text(
        'question,answer\nBisa antar jemput?,"Bisa, gratis untuk minimal 5 kg di Kecamatan Tembalang."\n'
        "Berapa lama cucinya?,Reguler 2 hari; kilat 6 jam dengan tambahan Rp 5.000 per kg.\n",
        encoding="utf-8",
    )
    from gigai.offline.engine import OfflineEngine

    bot = Chatbot.from_business(folder, model=OfflineEngine())
    assert "minimal 5 kg" in bot.reply("Cucian bisa dijemput?")
    assert "2 hari" in bot.reply("Berapa lama cucinya?")


def test_a_price_list_with_dot_leaders_keeps_each_item_with_its_price():
    texts = [
        f.text for f in split("1. Creambath ........ Rp 80.000\n2. Hair spa ____ Rp 120.000", "harga.txt")
    ]
    assert texts == ["Creambath: Rp 80.000", "Hair spa: Rp 120.000"]
    assert [f.text for f in split("Tunggu ya... nanti dibalas", "x")] == ["Tunggu ya... nanti dibalas"]


def test_a_day_name_answers_which_day():
    system = "Kamu asisten toko roti.\n\nBuka jam 7 pagi - 8 malam, Minggu tutup.\nRoti keju 8rb."
    assert "Minggu tutup" in ask(system, "Tokonya tutup hari apa?")


def test_a_table_row_is_named_by_its_first_column_kind():
    system = (
        "Kamu asisten undangan digital.\n\n| Paket | Harga | Isi |\n|---|---|---|\n"
        "| Basic | Rp 99.000 | 1 halaman |\n| Premium | Rp 199.000 | musik, galeri 20 foto |\n"
    )
    text = ask(system, "Paket premium berapa?")
    assert "Rp 199.000" in text and "Rp 99.000" not in text
