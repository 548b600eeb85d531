"""Typos and abbreviations are matched against the knowledge's OWN words by edit distance (issue 19), not by
adding words to the lexicon per business."""

from __future__ import annotations

from gigai.offline.engine import answer
from gigai.offline.retrieval import distance, nearest

WORDS = ["keyboard", "mozarella", "panjang", "fujifilm", "kopi", "kapal", "kapas", "desain"]


def test_edit_distance_counts_swaps_as_one_edit_and_stops_early():
    assert distance("keybord", "keyboard") == 1
    assert distance("mozarela", "mozarella") == 1
    assert distance("kpoi", "kopi") == 1  # two neighbours swapped
    assert distance("sablon", "konveksi", limit=2) == 3  # over the limit: limit + 1


def test_a_typo_or_abbreviation_finds_the_knowledge_word():
    assert nearest("keybord", WORDS) == "keyboard"
    assert nearest("mozarela", WORDS) == "mozarella"
    assert nearest("pnjang", WORDS) == "panjang"  # vowels left out
    assert nearest("dsain", WORDS) == "desain"
    assert nearest("fuji", WORDS) == "fujifilm"  # the start of exactly one longer word
    assert nearest("carpet", ["karpet", "kasur"]) == "karpet"  # a loanword spells c as k


def test_no_guess_when_two_words_are_equally_close_or_none_is_close():
    assert nearest("kapak", WORDS) is None  # kapal and kapas: a guess could be an invented fact
    assert nearest("bitcoin", WORDS) is None
    assert nearest("teh", WORDS) is None  # three letters: too short to correct


def test_the_engine_answers_a_misspelled_product_from_its_own_knowledge():
    system = (
        "Kamu asisten toko musik.\n\nKeyboard Yamaha PSR-E373 Rp 3.100.000.\nGitar akustik Cowboy Rp 850.000.\n"
        "Stand keyboard Rp 250.000."
    )
    text = answer([{"role": "system", "content": system}, {"role": "user", "content": "gitar akustk brp?"}])
    assert "Rp 850.000" in text and "Rp 3.100.000" not in text


def test_a_misspelt_everyday_word_is_read_as_the_lexicon_word_when_the_texts_use_its_term():
    system = "Kamu asisten cuci karpet.\n\nLayanan setiap hari 08.00-17.00.\nCuci karpet Rp 15.000 per meter."
    text = answer([{"role": "system", "content": system}, {"role": "user", "content": "jam oprasional?"}])
    assert "08.00-17.00" in text
    # a known word is never "corrected" into another one ("kontak" is not "kontan")
    assert nearest("kontak", ["kontan"]) == "kontan" and "Rp 15.000" not in answer(
        [{"role": "system", "content": system}, {"role": "user", "content": "Minta kontak telepon?"}]
    )
