"""The offline engine: grounded, honest, deterministic, never pretends to be an LLM."""

from __future__ import annotations

import gigai
from gigai.offline import engine as offline
from gigai.offline.retrieval import tokenize
from tests.llm.conftest import KB


def ask(q, system=KB):
    return gigai.chat(q, system=system)


def test_every_answer_is_marked_offline():
    for q in ("Halo", "Berapa harga kopi susu?", "ada wifi?", "siapa kamu?"):
        assert ask(q).startswith("[mode offline]")
    assert gigai.chat("Apa ibu kota Prancis?").startswith("[mode offline]")


def test_grounded_answers_cite_sources():
    a = ask("Berapa harga kopi susu?")
    assert "18.000" in a and "Sumber: menu.md" in a
    a = ask("Jam buka hari Minggu?")
    assert "09.00-21.00" in a and "jam.md" in a
    a = ask("alamatnya dimana ya kak?")
    assert "Kaliurang" in a and "lokasi.md" in a
    a = ask("bisa bayar pakai QRIS?")
    assert "QRIS" in a and "bayar.md" in a


def test_refuses_when_nothing_matches_and_points_to_admin():
    for q in ("Ada wifi gratis?", "Apakah menerima katering pernikahan?"):
        a = ask(q)
        assert "belum punya informasi" in a and "0812-3456-7890" in a
        assert "Sumber:" not in a


def test_persona_greeting_and_identity_are_honest():
    assert "Kopi Kita Bot" in ask("Halo kak!")
    who = ask("kamu siapa?")
    assert "Kopi Kita Bot" in who and "bukan model bahasa (LLM) sungguhan" in who


def test_open_generative_request_is_one_short_sentence():
    for q in (
        "Tuliskan puisi tentang hujan",
        "Buatkan caption Instagram buat promo kopi",
        "kasih ide nama usaha",
    ):
        a = gigai.chat(q, system=KB)
        body = a.split("\n\n")[-1]
        assert body.startswith("[mode offline] Mesin offline tidak bisa membuat") and "provider AI" in body
        assert body.count(".") <= 2 and "\n" not in body and "/" not in body  # one sentence, no English half
        assert "GEMINI_API_KEY" not in body


def test_without_facts_says_so_in_one_sentence():
    a = gigai.chat("Apa ibu kota Prancis?").split("\n\n")[-1]
    assert a.startswith("[mode offline] Saya hanya bisa menjawab dari fakta") and "\n" not in a


def test_setup_hint_is_a_one_line_notice_once_per_session():
    offline.reset_setup_hint()
    first = gigai.complete([{"role": "user", "content": "Halo"}])
    assert first.notice and "GEMINI_API_KEY" in first.notice and "\n" not in first.notice
    assert "GEMINI_API_KEY" not in first.text
    later = [gigai.complete([{"role": "user", "content": q}]) for q in ("Halo", "Tulis puisi", "Apa kabar?")]
    assert all(c.notice is None and "GEMINI_API_KEY" not in c.text for c in later)


def test_deterministic_across_calls():
    qs = ["Berapa harga kopi susu?", "Halo", "ada wifi?", "jam buka?"]
    assert [ask(q) for q in qs] == [ask(q) for q in qs]


def test_stream_equals_complete():
    msgs = [{"role": "system", "content": KB}, {"role": "user", "content": "Berapa harga matcha?"}]
    assert "".join(gigai.stream(msgs)) == gigai.chat(msgs)


def test_pengetahuan_block_and_xml_block():
    sys_prompt = "Nama: Bot\n<pengetahuan>\n[sumber: faq] Garansi servis laptop 30 hari.\n</pengetahuan>"
    assert "30 hari" in gigai.chat("Berapa lama garansi servis?", system=sys_prompt)
    block = "### Pengetahuan\nOngkir gratis untuk area Sleman.\nMinimal belanja 50 ribu.\n\nPromo Senin diskon 10%."
    g = offline.parse([{"role": "system", "content": block}, {"role": "user", "content": "ongkir?"}])
    assert [f.text for f in g.facts] == [
        "Ongkir gratis untuk area Sleman.",
        "Minimal belanja 50 ribu.",
        "Promo Senin diskon 10%.",
    ]
    assert (
        gigai.chat("ongkirnya gimana?", system=block)
        .split("\n")[0]
        .endswith("Ongkir gratis untuk area Sleman.")
    )


def test_knowledge_in_user_message_is_used():
    prompt = "[sumber: brosur] Kelas desain Canva tiap Sabtu, biaya Rp 50.000.\nBerapa biaya kelas Canva?"
    a = gigai.chat(prompt)
    assert "50.000" in a and "brosur" in a


def test_history_is_not_mutated():
    msgs = [{"role": "system", "content": KB}, {"role": "user", "content": "Halo"}]
    before = [dict(m) for m in msgs]
    gigai.chat(msgs)
    assert msgs == before


def test_tokenizer_folds_synonyms_and_suffixes():
    assert tokenize("Berapa harganya, kak?") == ["harga", "harga"]
    assert tokenize("Alamat dimana?") == ["lokasi", "lokasi"]
    assert tokenize("garansinya brp lama") == ["garansi", "durasi"]
    assert tokenize("bengkelnya dmn") == tokenize("bengkel di mana")
    assert tokenize("ongkirnya berapaan") == ["kirim", "harga"]
    assert tokenize("pembayarannya") == tokenize("bayar") == tokenize("payment")
    assert "18000" in tokenize("Rp 18.000")
    assert "yang" not in tokenize("yang dan di ke")
