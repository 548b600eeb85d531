"""List questions ("Motornya ada apa aja?") and delivery wording, on businesses the engine never saw."""

from __future__ import annotations

from gigai.offline import engine as offline

PRINTER = """Kamu asisten Toko Tinta Jaya, toko tinta dan printer di Medan.

## Tinta
- Tinta Epson 003: Rp 75.000 per botol
- Tinta Canon GI-790: Rp 85.000 per botol
- Tinta HP GT53: Rp 95.000 per botol

## Syarat garansi
- Nota pembelian asli wajib dibawa.
- Segel printer tidak boleh rusak.

## Info
Toko di Jl. Gatot Subroto No. 9, Medan. Kirim ke rumah gratis untuk wilayah Medan Kota.
"""

POOL = """**Kamarnya ada apa saja?**
Ada dua tipe: kamar standar dengan kipas angin dan kamar deluxe dengan AC dan TV.

**Jam check-in?**
Check-in mulai pukul 14.00, check-out paling lambat pukul 12.00.
"""


def chat(question: str, system: str) -> str:
    return offline.answer([{"role": "system", "content": system}, {"role": "user", "content": question}])


def body(answer: str) -> list[str]:
    text = answer.replace("[mode offline]", "").split("\n\nSumber:")[0]
    return [line for line in text.strip().splitlines() if line.strip()]


def test_list_question_names_every_item_of_the_heading_on_one_line():
    a = chat("Tintanya ada apa aja?", system=PRINTER)
    assert "Epson 003" in a and "Canon GI-790" in a and "HP GT53" in a
    assert len(body(a)) == 1 and "Rp 75.000" not in a  # the names, not every price


def test_list_question_about_short_rules_gives_them_all():
    a = chat("Syarat garansinya apa saja?", system=PRINTER)
    assert "Nota pembelian" in a and "Segel" in a and len(body(a)) == 1


def test_list_question_answered_by_the_faq_answer_to_it():
    a = chat("kamarnya ada apa aja kak?", system=POOL)
    assert "standar" in a and "deluxe" in a and "14.00" not in a


def test_one_item_question_is_not_a_list_question():
    a = chat("Tinta Canon berapa?", system=PRINTER)
    assert "Rp 85.000" in a and "Epson" not in a


def test_list_question_about_something_not_sold_is_not_answered_with_a_list():
    a = chat("Kertasnya ada apa aja?", system=PRINTER)
    assert "Epson" not in a


def test_deliver_home_is_delivery_not_a_home_visit():
    a = chat("Bisa antar ke rumah?", system=PRINTER)
    assert "Kirim ke rumah gratis" in a


SHOP = """Kamu asisten Kedai Kopi Bubuk Pak Harun di Aceh.
- Kopi gayo bubuk 250 gram: Rp 60.000
- Kopi arabika biji 500 gram: Rp 110.000
Setiap bungkus dikemas dengan plastik alumunium foil berkatup.
Semua merek gilingan kopi manual bisa dipakai untuk biji kami.
Kirim ke seluruh Indonesia lewat JNE.
"""


def test_yes_no_predicate_asks_about_the_thing():
    a = chat("pengemasannya aman gk?", SHOP)
    assert "alumunium foil" in a


def test_buying_verb_before_a_quantity_asks_the_item():
    a = chat("ambil 2 kopi gayo brp", SHOP)
    assert "Rp 60.000" in a and "Rp 110.000" not in a


def test_an_unknown_brand_is_a_brand_where_the_texts_speak_of_brands():
    a = chat("Gilingan Hario bisa dipakai?", SHOP)
    assert "Semua merek gilingan" in a


def test_an_unknown_name_is_not_a_brand_of_something_else():
    a = chat("Ada kopi Kapal Api?", SHOP)
    assert "merek" not in a


STUDIO = """# Paket sesi foto keluarga
- **Paket Mini** — 3 orang, 5 file edit: Rp 200.000
- **Paket Besar** — 10 orang, 15 file edit: Rp 450.000
- Tambahan cetak 12R: Rp 40.000

## Info studio
- Studio ber-AC dengan 3 latar foto.
- Parkir mobil tersedia.
"""


def test_list_of_packages_names_the_packages_not_the_extras():
    a = chat("Paketnya ada apa aja?", STUDIO)
    assert "Paket Mini" in a and "Paket Besar" in a and "Tambahan" not in a


def test_unlabelled_items_are_listed_only_under_a_heading_that_starts_with_the_asked_word():
    a = chat("Studionya apa aja?", STUDIO)
    assert "Parkir mobil" not in a or "latar" not in a  # never the whole "Info studio" section as a list


def test_items_under_a_type_heading_are_all_listed_by_name_without_their_asides():
    rooms = (
        "Tipe kamar:\n"
        "Kamar Standar (2 orang, kipas angin, kamar mandi dalam): Rp 300.000 per malam.\n"
        "Kamar Keluarga (4 orang, air panas): Rp 550.000 per malam.\n"
        "Rumah Utuh (3 kamar, dapur, maksimal 10 orang): Rp 1.500.000 per malam.\n"
    )
    a = chat("Kamarnya ada apa aja?", rooms)
    assert "Kamar Standar" in a and "Kamar Keluarga" in a and "Rumah Utuh" in a
    assert len(body(a)) == 1 and "kipas" not in a
