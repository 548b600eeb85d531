"""The offline engine's vocabulary and ranking: what counts as asked, and which fact answers it."""

from __future__ import annotations

from gigai.offline import lexicon
from gigai.offline.retrieval import Index, query, tokenize


def test_question_words_numbers_units_and_the_business_name_are_soft():
    q = query("Berapa biaya segelas cappuccino untuk 5 orang di Kopi Kita?", generic=["Kopi Kita"])
    assert q.hard == {"harga", "cappuccino", "orang"}
    assert {"gelas", "5"} <= q.soft and q.generic == {"kopi"}  # "kita" is a stopword
    assert query("Ada layanan 24 jam?").hard == frozenset()  # nothing concrete asked


def test_stemming_slang_and_suffixes_fold_to_one_term():
    assert tokenize("garansinya") == tokenize("garansi") == tokenize("warranty")
    assert tokenize("pembayarannya") == tokenize("bayar")
    assert tokenize("dmn") == tokenize("di mana") == tokenize("dimana")
    assert tokenize("pemiliknya") != tokenize("milik")  # owner is not 'belongs to'
    assert lexicon.stem("ongkirnya") == "ongkir"


def test_text_is_normalised_before_reading():
    assert lexicon.clean("аlamat") == "alamat"  # Cyrillic а
    assert lexicon.clean("ala\u200bmat") == "alamat"
    assert tokenize("Rp 1.250.000") == tokenize("rp 1250000")
    assert "harga" in tokenize("15rb")


def test_language_of():
    assert lexicon.language_of("What time do you open?") == "en"
    assert lexicon.language_of("Jam berapa buka kak?") == "id"
    assert lexicon.language_of("alamatnya dimana ya") == "id"
    assert lexicon.language_of("Hi") == "en" and lexicon.language_of("Halo") == "id"


def test_rank_prefers_the_fact_that_says_what_was_asked():
    facts = [
        "Setrika saja Rp 5.000 per kg.",
        "Cuci setrika Rp 8.000 per kg, selesai 2 hari.",
        "Antar jemput gratis untuk order minimal 5 kg.",
    ]
    index = Index.of_texts(facts)
    best = index.rank(query("Berapa harga cuci setrika per kilo?"), "Berapa harga cuci setrika per kilo?")[0]
    assert facts[best[0]].startswith("Cuci setrika") and best[1] == 1.0
    assert index.rank(query("resep rendang")) == []


def test_a_section_heading_helps_but_the_fact_itself_wins():
    texts = ["Tumpeng mini untuk 5 orang Rp 250.000.", "Prasmanan mulai Rp 45.000 per orang."]
    index = Index.of_texts(texts, ["Tumpeng dan prasmanan", "Tumpeng dan prasmanan"])
    q = query("Prasmanan per orang berapa?")
    assert texts[index.rank(q, "Prasmanan per orang berapa?")[0][0]].startswith("Prasmanan")
