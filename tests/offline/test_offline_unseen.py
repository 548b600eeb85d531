"""General mechanisms found on businesses the engine had never seen.

Each test uses wording a customer or a business owner really writes; none is keyed to one eval question.
"""

from __future__ import annotations

from gigai.offline import facts, lexicon, notes
from gigai.offline.engine import answer
from gigai.offline.retrieval import query


def ask(system: str, q: str) -> str:
    return answer([{"role": "system", "content": system}, {"role": "user", "content": q}])


def test_privat_names_a_product_not_a_private_note():
    assert not notes.is_private_title("Tentang Les Privat Cerdas")
    assert not notes.is_private_title("Kolam renang privat")
    assert not notes.is_internal("Privat SD: Rp 75 ribu per sesi")
    assert notes.is_private_title("Private") and notes.is_private_title("Catatan privat")
    assert notes.is_internal("**Private:** kode diskon STAFF10")


def test_a_price_list_sentence_keeps_the_item_kind_for_every_price():
    system = "Kamu asisten bimbel.\n\nBiaya les privat SD Rp 75 ribu per sesi, SMP Rp 90 ribu per sesi, dan SMA Rp 110 ribu per sesi."
    text = ask(system, "brp les sma sekali dtg?")
    assert "Rp 110 ribu" in text and "Rp 90 ribu" not in text and "Dan SMA" not in text


def test_a_table_row_keeps_its_column_names():
    table = "| Paket | Durasi | Hotel | Harga |\n|---|---|---|---|\n| Umroh VIP | 9 hari | bintang 5 | Rp 45 juta |"
    (row,) = facts.split(table)
    assert row.text == "Paket Umroh VIP: durasi 9 hari, hotel bintang 5, harga Rp 45 juta"  # names its kind


def test_abbreviated_titles_do_not_end_a_sentence():
    assert facts.sentences("Praktik oleh drh. Rani Pratiwi. Buka jam 9.") == [
        "Praktik oleh drh. Rani Pratiwi.",
        "Buka jam 9.",
    ]


def test_chat_words_stem_like_written_ones():
    assert lexicon.canonical("bersihin") == lexicon.canonical("bersih")
    assert lexicon.canonical("sekolah") == "sekolah"  # a root word keeps its -lah
    assert lexicon.canonical("haircutnya") == lexicon.canonical("haircut")
    assert lexicon.canonical("rabbits") == lexicon.canonical("kelinci")
    assert "sesi" in query("brp les sma sekali dtg").hard  # slang folds before phrases


def test_cat_rambut_is_hair_dye_and_potong_rambut_is_not_a_discount():
    system = "Kamu asisten barbershop.\n\n- Haircut: 45rb\n- Hair coloring hitam: mulai 80rb\n- Promo: diskon 10% hari Senin"
    assert "80rb" in ask(system, "Mau cat rambut hitam berapa?")
    assert "45rb" in ask(system, "potong rambut brp bang")


def test_one_part_of_a_two_part_question_does_not_pull_a_fact_for_both():
    system = (
        "Kamu asisten barbershop.\n\n- Haircut + cuci: 45rb\n- Cukur jenggot / shaving: 25rb\n"
        "- Paket Gentle (haircut + shaving + pijat): 75rb"
    )
    text = ask(system, "Harga haircut dan shaving berapa?")
    assert "45rb" in text and "25rb" in text and "75rb" not in text


def test_a_fact_with_only_the_modifier_of_a_compound_does_not_answer_it():
    system = (
        "Kamu asisten travel umroh.\n\nPaket Umroh Reguler Rp 29,9 juta.\n"
        "Usia lanjut boleh ikut? Boleh, jamaah di atas 65 tahun wajib didampingi keluarga."
    )
    assert "belum punya informasi" in ask(system, "Ada paket keluarga?")
    assert "65 tahun" in ask(system, "Orang tua umur 70 boleh ikut?")


def test_a_model_code_the_business_never_wrote_still_finds_the_brand_price():
    system = "Kamu asisten servis HP.\n\nGanti LCD Samsung A-series mulai Rp 450 ribu.\nGanti baterai iPhone mulai 350rb."
    assert "Rp 450 ribu" in ask(system, "Ganti layar Samsung A51 berapa?")


def test_english_questions_with_function_words_find_the_fact():
    system = "Kamu asisten toko bunga.\n\nPembayaran lunas di depan lewat transfer BNI, Mandiri, atau QRIS."
    assert "BNI" in ask(system, "Can I pay by bank transfer?")


def test_siapa_is_answered_only_by_a_text_that_names_someone():
    system = (
        "Kamu asisten klinik.\n\nKami tidak membuka data hewan tanpa izin pemilik.\n"
        "Praktik oleh drh. Rani Pratiwi dan drh. Bayu.\nKerusakan alat ditanggung penyewa."
    )
    assert "belum punya informasi" in ask(system, "Siapa pemiliknya?")
    assert "drh. Rani" in ask(system, "Dokter yang praktik siapa saja?")
    assert "penyewa" in ask(system, "Kalau alat rusak siapa yang tanggung?")


def test_a_price_ending_in_k_ends_its_sentence():
    assert facts.sentences("Harian (visit): IDR 35k. Bulanan: Rp 250 ribu.") == [
        "Harian (visit): IDR 35k.",
        "Bulanan: Rp 250 ribu.",
    ]


def test_monthly_is_not_three_months():
    system = "Kamu asisten gym.\n\n**Harga membership**\n- Bulanan: Rp 250 ribu\n- 3 bulan: Rp 650 ribu"
    assert "Rp 250 ribu" in ask(system, "Harga member bulanan berapa?")
    assert "Rp 650 ribu" not in ask(system, "How much is a monthly membership?")


def test_a_bold_label_heads_its_list_in_the_chatbot_knowledge_too():
    from gigai.chatbot.knowledge import Knowledge

    kb = Knowledge.from_markdown(
        "# Kuat Fitness\n\n**Personal trainer**\n- 1 sesi (60 menit): IDR 150k\n\n**Jam buka**\nSenin s/d Jumat 06.00-22.00",
        source="info.md",
    )
    assert [p.text.split(":")[0] for p in kb.passages] == [
        "Kuat Fitness Personal trainer",
        "Kuat Fitness Jam buka",
    ]


def test_an_aside_in_brackets_does_not_make_a_fact_about_it():
    system = (
        "Kamu asisten gym.\n\nKelas grup (gratis untuk member bulanan ke atas, non-member Rp 40 ribu per kelas).\n"
        "Member bulanan: Rp 250 ribu."
    )
    assert "Rp 250 ribu" in ask(system, "Harga member bulanan berapa?")


def test_asking_whether_something_costs_extra_finds_what_is_free():
    system = "Kamu asisten jasa pindahan.\n\nKardus besar Rp 10.000 per buah, lakban dan plastik wrap gratis."
    assert "gratis" in ask(system, "lakban bayar gk")


def test_paying_later_is_tempo():
    system = "Kamu asisten toko bangunan.\n\nPembayaran tunai, QRIS, dan tempo 30 hari khusus kontraktor langganan."
    assert "tempo 30 hari" in ask(system, "Saya kontraktor, bisa bayar belakangan?")


def test_an_either_or_question_is_answered_by_either():
    system = (
        "Kamu asisten katering.\n\nPesan paling lambat H-2. Pembayaran di depan lewat transfer BCA atau QRIS."
    )
    assert "di depan" in ask(system, "Pembayarannya di depan atau belakang?")


def test_a_part_naming_only_what_the_business_is_called_after_still_asks_for_it():
    system = (
        "Kamu asisten Meriah Tenda & Dekorasi.\n\nT: Berapa harga sewa tenda?\nJ: Tenda sarnafil 5x5 m Rp 450.000 per hari.\n\n"
        "T: Ada sound system?\nJ: Ada, sound system 1.000 watt Rp 750.000 per hari.\n\n"
        "T: Melayani sampai mana?\nJ: Binjai dan Lubuk Pakam tambah Rp 200.000."
    )
    text = ask(system, "Tenda 5x5 sama sound system berapa?")
    assert "Rp 450.000" in text and "Rp 750.000" in text and "Rp 200.000" not in text
