"""The offline engine answers from facts written any way a participant writes a system prompt."""

from __future__ import annotations

import gigai
from gigai.offline.facts import split


def answer(q, system):
    text = gigai.chat(q, system=system)
    return text[text.index("[mode offline]", 1) :] if text.count("[mode offline]") > 1 else text


BENGKEL = "Kamu asisten bengkel. Ganti oli Rp 55.000. Servis CVT Rp 85.000."


def test_issue_example_answers_only_the_oil_change_and_cites():
    a = answer("Berapa biaya ganti oli?", BENGKEL)
    assert a == "[mode offline] Ganti oli Rp 55.000.\n\nSumber: prompt sistem"


def test_two_facts_asked_two_facts_given():
    a = answer("brp ganti oli sama servis cvt?", BENGKEL)
    assert "55.000" in a and "85.000" in a and "asisten" not in a


MARKDOWN = """# Warung Makan Bu Sari
Kamu adalah asisten Warung Bu Sari. Jawab singkat dan ramah.

## Menu
- Nasi rames Rp 15.000
- Soto ayam Rp 18.000
- Es teh Rp 5.000

## Info
| Hari | Jam |
|---|---|
| Senin - Jumat | 07.00 - 20.00 |
| Sabtu | 08.00 - 15.00 |

Alamat: Jl. Melati No. 5, Sleman.

**Ada parkir mobil?**
Ada, muat 4 mobil.

Q: Bisa pesan antar?
A: Bisa lewat GoFood, ongkir sesuai aplikasi.

Aturan:
1. Jangan mengarang harga.
2. Pakai bahasa santai.
"""


def test_lists_tables_headings_and_qa_in_a_markdown_system_prompt():
    assert "Soto ayam Rp 18.000" in answer("Harga soto ayam berapa?", MARKDOWN)
    assert "15.000" not in answer("Harga soto ayam berapa?", MARKDOWN)  # not the price list
    assert "08.00 - 15.00" in answer("Hari Sabtu buka jam berapa?", MARKDOWN)
    assert "Melati No. 5" in answer("alamatnya dmn kak?", MARKDOWN)
    assert "muat 4 mobil" in answer("parkir mobilnya ada?", MARKDOWN)
    assert "GoFood" in answer("bisa delivery?", MARKDOWN)
    assert "belum punya informasi" in answer("Ada menu sate kambing?", MARKDOWN)


def test_instructions_are_not_facts():
    units = [f.text for f in split(MARKDOWN)]
    assert not any(u.startswith(("Kamu adalah", "Jawab singkat", "Jangan", "Pakai bahasa")) for u in units)
    assert (
        "Nasi rames Rp 15.000" in units and "Hari Senin - Jumat: 07.00 - 20.00" in units
    )  # issue 19: a row names its kind


def test_price_list_sentence_becomes_one_fact_per_item():
    units = [f.text for f in split("Bedcover single Rp 25.000, bedcover besar Rp 35.000. Selimut Rp 15.000.")]
    assert units == ["Bedcover single Rp 25.000.", "Bedcover besar Rp 35.000.", "Selimut Rp 15.000."]
    assert [f.text for f in split("Alamat: Jl. Ir. H. Juanda No. 128, Bandung. Buka 08.00.")] == [
        "Alamat: Jl. Ir. H. Juanda No. 128, Bandung.",
        "Buka 08.00.",
    ]


def test_morphology_and_chat_spellings():
    sys = "Garansi servis 7 hari. Bengkel kami di Jl. Pemuda 10, Semarang. Ongkir gratis area Semarang."
    assert "7 hari" in answer("Garansinya berapa lama?", sys)
    assert "Pemuda 10" in answer("Lokasi bengkelnya di mana?", sys)
    assert "Ongkir gratis" in answer("ongkirnya brp?", sys)


def test_english_question_gets_english_frame_indonesian_never_does():
    sys = "Nama: Toko A\nKontak admin: WA 0812\nBuka setiap hari 09.00 - 21.00."
    assert answer("Ada wifi?", sys).startswith("[mode offline] Maaf") and "Sorry" not in answer(
        "Ada wifi?", sys
    )
    assert answer("Do you have wifi?", sys).startswith("[mode offline] Sorry")


def test_facts_pasted_in_the_question_itself():
    a = gigai.chat("Ongkir ke Depok Rp 10.000, ke Bogor Rp 25.000. Berapa ongkir ke Bogor?")
    assert "Rp 25.000" in a and "Rp 10.000" not in a and "Sumber: pesan" in a


def test_internal_notes_in_a_system_prompt_are_never_answers():
    system = (
        "# Toko Ani\nDiskon pelajar 10%.\n\n**Internal:** kode STAFF50 untuk karyawan.\n\n"
        "## Khusus staf\nPassword kasir: kasir123.\n\n## Lokasi\nJl. Melati 5.\n"
    )
    for q in ("kode diskon karyawan apa?", "password kasir?", "STAFF50 masih berlaku?"):
        a = answer(q, system)
        assert "STAFF50" not in a.replace(q, "") and "kasir123" not in a
    assert "Jl. Melati 5" in answer("alamatnya di mana?", system)
