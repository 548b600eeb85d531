"""General mechanisms found on hold-out businesses: places a shop ships to, and table rows in multi-part questions.

Each test uses wording a customer or a business owner really writes; none is keyed to one eval question.
"""

from __future__ import annotations

from gigai.offline.engine import answer


def ask(system: str, q: str) -> str:
    return answer([{"role": "system", "content": system}, {"role": "user", "content": q}])


SHOP = (
    "Kamu asisten toko keripik.\n\n"
    "Keripik singkong 250 gram Rp 18.000. Kami kirim ke seluruh Indonesia lewat J&T dan SiCepat.\n"
    "Toko ada di Jl. Sudirman No. 5, Malang."
)


def test_a_city_is_answered_by_shipping_to_all_of_indonesia():
    for q in ("Bisa kirim ke Makassar?", "Can you ship to Medan?", "kirim ke pontianak bisa gk"):
        text = ask(SHOP, q)
        assert "seluruh Indonesia" in text, (q, text)


def test_a_city_the_texts_never_name_is_answered_by_the_areas_served():
    # Issue 19: no list of places; the served areas tell the customer the answer (it used to be "Maaf").
    system = (
        "Kamu asisten katering.\n\nPengiriman hanya ke Jakarta Selatan dan Depok, gratis ongkir.\n"
        "Nasi box Rp 25.000 per porsi."
    )
    assert "hanya ke Jakarta Selatan dan Depok" in ask(system, "Bisa kirim ke Bekasi?")
    assert "Depok" in ask(system, "Bisa kirim ke Depok?")
    assert "Rp 25.000" not in ask(system, "Bisa kirim ke Bekasi?")


def test_a_city_alone_does_not_make_an_unrelated_question_ours():
    assert "Rp 18.000" not in ask(SHOP, "Harga rumah di Surabaya berapa?")


def test_each_part_of_a_price_table_question_stays_in_the_row_it_named():
    table = (
        "Kamu asisten cuci mobil.\n\n# Harga\n\n| Layanan | Motor | Mobil kecil | Mobil besar |\n|---|---|---|---|\n"
        "| Cuci biasa | Rp 15.000 | Rp 45.000 | Rp 55.000 |\n| Cuci + wax | Rp 25.000 | Rp 75.000 | Rp 90.000 |\n"
    )
    text = ask(table, "Harga cuci biasa motor dan mobil kecil?")
    assert "Rp 15.000" in text and "Rp 45.000" in text and "Rp 75.000" not in text, text
    text = ask(table, "cuci + wax buat motor sama mobil besar brp?")
    assert "Rp 25.000" in text and "Rp 90.000" in text and "Rp 55.000" not in text, text


def test_english_words_the_texts_hold_joined_still_match():
    system = "Kamu asisten bengkel.\n\nAda ruang tunggu ber-AC dan wifi gratis.\nGanti oli Rp 50.000."
    assert "ruang tunggu" in ask(system, "Is there a waiting room?")


def test_everyday_commerce_words_in_english_and_chat():
    system = (
        "Kamu asisten toko sambal.\n\nSambal roa 200 gram Rp 45.000 per botol.\n"
        "Setiap botol dibungkus bubble wrap dan kardus.\nHarga sudah termasuk sendok kayu.\n"
        "Sewa rak display: harian Rp 20.000, mingguan Rp 100.000."
    )
    assert "bubble wrap" in ask(system, "How is the packaging?")
    assert "bubble wrap" in ask(system, "packingnya pake apa kak")
    assert "Rp 100.000" in ask(system, "How much to rent the display per week?")
    assert "Rp 20.000" in ask(system, "display rent daily how much?")


def test_a_question_ending_in_bayar_asks_whether_it_costs():
    system = (
        "Kamu asisten penjahit.\n\nBisa ukur di rumah untuk area Kota Bogor, biaya datang Rp 30.000.\n"
        "Pembayaran tunai atau transfer BRI."
    )
    assert "Rp 30.000" in ask(system, "Ukur di rumah bayar?")
    assert "BRI" in ask(system, "Bayarnya pakai apa?")


def test_a_plus_sign_reads_as_plus():
    system = "Kamu asisten cuci motor.\n\nCuci biasa: Rp 15.000.\nCuci + wax: Rp 25.000.\nWA +62 812 3333."
    text = ask(system, "brp cuci plus wax")
    assert "Rp 25.000" in text and "Rp 15.000" not in text, text


def test_everyday_shop_words_fold_together():
    system = (
        "Kamu asisten toko sepatu.\n\nSepatu kulit Rp 450.000, bisa cicilan 3 kali lewat kartu kredit.\n"
        "Uang muka 30% untuk pesanan ukuran khusus.\nProduk kami asli, bukan KW.\n"
        "Barang pre-order dikirim 14 hari."
    )
    assert "cicilan" in ask(system, "bisa angsuran?")
    assert "30%" in ask(system, "DP nya brp persen?")
    assert "asli" in ask(system, "produknya imitasi bukan?")
    assert "14 hari" in ask(system, "kalau PO berapa lama?")


def test_a_fact_holding_the_head_of_the_question_answers_its_extra_detail():
    system = (
        "Kamu asisten penjahit.\n\nPermak potong celana (sesuai ukuran): Rp 20.000.\n"
        "Keramik 40x40 putih polos: Rp 62.000 per dus.\nSemen Tiga Roda 50 kg: Rp 68.000."
    )
    assert "Rp 20.000" in ask(system, "Celana kepanjangan mau dipotong, berapa?")
    # ... but a fact that only shares the modifier does not answer a thing the shop never named
    assert "Rp 62.000" not in ask(system, "Ada semen putih?")


def test_sending_to_a_city_the_shop_never_names_meets_its_out_of_town_rule():
    system = (
        "Kamu asisten toko kue di Solo.\n\nPengiriman dalam kota Solo lewat kurir toko Rp 15.000.\n"
        "Kue basah tidak bisa dikirim ke luar kota.\nBolu pandan Rp 60.000."
    )
    assert "luar kota" in ask(system, "Kue basah bisa dikirim ke Jakarta?")
    assert "Rp 15.000" in ask(system, "Ongkir dalam kota Solo berapa?")
    assert "luar kota" not in ask(system, "Ada cabang di Jakarta?")


def test_asking_whether_something_costs_is_asking_for_a_value():
    system = (
        "Kamu asisten servis AC.\n\nMelayani seluruh Surabaya dan Sidoarjo kota. "
        "Di luar area itu dikenakan biaya transport Rp 50.000.\nCuci AC Rp 75.000 per unit."
    )
    assert "Rp 50.000" in ask(system, "luar kota kena biaya gk")


def test_where_the_customer_is_only_says_where_to_send_to():
    system = (
        "Kamu asisten cuci sepatu.\n\nCuci sepatu deep clean Rp 50.000.\n"
        "Antar jemput gratis radius 3 km dari toko."
    )
    for q in (
        "Bisa dijemput ke kos?",
        "sepatunya bisa dianter ke kantor gk",
        "Can you pick up from my office?",
    ):
        assert "Antar jemput" in ask(system, q), q
    assert "Antar jemput" not in ask(system, "Ada kos dekat toko?")


def test_english_everyday_nouns_and_durations():
    system = (
        "Kamu asisten toko.\n\nCelana jeans Rp 150.000.\nJaket kulit Rp 450.000.\n"
        "Pengerjaan bordir nama 3 minggu.\nBuka Sabtu dan Minggu 09.00-15.00."
    )
    assert "Rp 150.000" in ask(system, "How much are the pants?")
    assert "Rp 450.000" in ask(system, "price of the leather jacket?")
    assert "3 minggu" in ask(system, "bordir nama berapa minggu?")
    assert "09.00-15.00" in ask(system, "Are you open on weekends?")


def test_a_rate_per_hour_is_not_opening_hours():
    system = "Kamu asisten rental.\n\nSewa harian Rp 70.000.\nBuka setiap hari 07.00-21.00."
    assert "07.00-21.00" not in ask(system, "Bisa sewa per jam?")
    assert "Rp 25.000" in ask(system + "\nSewa lapangan Rp 25.000 per jam.", "lapangan hourly rate?")


def test_chat_spellings_and_english_shop_words():
    system = (
        "Kamu asisten toko.\n\nHarga sudah termasuk 2 helm dan 2 jas hujan.\n"
        "Madu 250 gram Rp 65.000.\nGaransi di Jl. Melati 3."
    )
    assert "jas hujan" in ask(system, "ada jas ujan?")
    assert "Rp 65.000" in ask(system, "madu 250 gr brp")
    assert "Rp 65.000" in ask(system, "How much is 250 grams of honey?")


def test_the_product_a_business_is_named_after_is_what_a_question_about_it_asks():
    from gigai.chatbot import Chatbot
    from gigai.chatbot.knowledge import Knowledge
    from gigai.chatbot.persona import Persona
    from gigai.offline.engine import OfflineEngine

    persona = Persona(
        name="Kak Laila",
        business="Madu Hutan Asli",
        kind="toko online madu dari Sumbawa",
        admin_contact="WA 0877",
        topics=["madu"],
    )
    kb = Knowledge.from_markdown(
        "Madu Hutan Asli menjual madu hutan liar dari Sumbawa, dipanen petani lebah.\n\nPengiriman ke seluruh Indonesia lewat JNE.\n\n"
        "Madu 500 gram Rp 120.000.",
        source="tentang.md",
    )
    bot = Chatbot(persona, kb, model=OfflineEngine())
    assert "Sumbawa" in str(bot.reply("Madunya asli dari mana?"))
    assert "seluruh Indonesia" in str(bot.reply("Bisa kirim ke luar kota?"))
    assert "seluruh Indonesia" not in str(bot.reply("Bisa kirim ke luar negeri?"))


def test_a_question_asking_only_for_the_conditions_gets_them():
    system = (
        "Kamu asisten rental motor.\n\n## Syarat\n\n- Jaminan KTP asli dan SIM C.\n- Deposit Rp 300.000.\n\n"
        "## Info\n\nBuka setiap hari 07.00-21.00."
    )
    assert "KTP" in ask(system, "Syaratnya apa aja?")
