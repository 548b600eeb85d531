"""Exercise cells per lab, matched to gigai/latihan/labN.py (variable names are what each check reads).

Participant cells keep blanks (``____``) at the top level of an assignment so they still run untouched and
the check reports "belum dicoba"; solutions fill them in. Blanks inside strings ("____") are fine too.
"""

from nb import check, code, ex, md, progress

BLANK = code("""
# `____` menandai bagian yang harus kamu isi. Selama belum diisi, check() menjawab "belum dicoba".
____ = None
""")


def lab1() -> list:
    return [
        BLANK,
        md("""
        ### Latihan 1 (q1) — Pilih provider
        Tulis nama provider yang akan kamu pakai hari ini (lihat tabel di bagian 2). Tanpa kunci API,
        pilih mesin offline.
        """),
        ex(
            'provider = ____  # contoh: "offline", "gemini", "groq", "gateway", "ollama"',
            'provider = "offline"',
        ),
        *check(1, "q1"),
        md("""
        ### Latihan 2 (q2) — Samarkan kunci API
        `api_key` berisi kunci **palsu** untuk latihan. Buat `masked_key`: versi yang aman ditampilkan
        (sebagian besar kunci tidak terlihat).
        """),
        ex(
            """
        api_key = lab1.DEMO_KEY  # kunci palsu, hanya untuk latihan
        masked_key = ____  # TODO: pakai fungsi mask(...) yang sudah kita impor di atas
        print(masked_key)
        """,
            """
        api_key = lab1.DEMO_KEY  # kunci palsu, hanya untuk latihan
        masked_key = mask(api_key)
        print(masked_key)
        """,
        ),
        *check(1, "q2"),
        md("""
        ### Latihan 3 (q3) — Chat pertama
        Kirim satu pertanyaan ke provider pilihanmu dengan `gigai.chat(...)` dan simpan jawabannya di `reply`.
        """),
        ex(
            """
        reply = ____  # TODO: gigai.chat("pertanyaanmu", provider=provider)
        print(reply)
        """,
            """
        reply = gigai.chat("Halo! Kenalin dong, kamu siapa?", provider=provider)
        print(reply)
        """,
        ),
        *check(1, "q3"),
        *progress(1),
    ]


def lab2() -> list:
    return [
        BLANK,
        md("""
        ### Latihan 1 (q1) — Daftar pesan dengan role system
        Buat `messages` untuk bot usaha pilihanmu: pesan pertama `system` (siapa bot-nya, gayanya, batasannya;
        minimal satu kalimat lengkap), lalu satu pesan `user`.
        """),
        ex(
            """
        # Bentuk satu pesan: {"role": "system", "content": "..."}
        messages = ____  # TODO: list berisi pesan system, lalu pesan user
        """,
            """
        messages = [
            {"role": "system", "content": "Kamu CS Laundry Bersih Kilat di Bandung. Jawab ramah dan singkat."},
            {"role": "user", "content": "Berapa lama cuci kilat selesai?"},
        ]
        print(gigai.chat(messages))
        """,
        ),
        *check(2, "q1"),
        md("""
        ### Latihan 2 (q2) — Pilih temperature
        Pilih temperature untuk dua tugas: menjawab pelanggan (customer service) dan menulis caption promo.
        """),
        ex(
            """
        temperature_cs = ____        # untuk CS: jawaban konsisten
        temperature_creative = ____  # untuk caption promo: lebih variatif
        """,
            """
        temperature_cs = 0.2
        temperature_creative = 0.9
        """,
        ),
        *check(2, "q2"),
        md("""
        ### Latihan 3 (q3) — Biaya API sebulan dalam rupiah
        Sebuah kedai kopi memakai bot CS. Datanya ada di `lab2.COST_CASE` (harga dalam USD per 1 juta token).
        Hitung biaya **sebulan** dalam rupiah dan simpan di `cost_idr`. Fungsi `biaya_rupiah` di bagian 5
        bisa membantu (perhatikan kursnya!).
        """),
        code("lab2.COST_CASE"),
        ex(
            """
        c = lab2.COST_CASE
        cost_idr = ____  # TODO: hitung dari c["conversations"], c["tokens_in_per_conversation"], dst.
        print(cost_idr)
        """,
            """
        c = lab2.COST_CASE
        usd = (c["conversations"] * c["tokens_in_per_conversation"] / 1e6 * c["price_in_usd_per_million"]
               + c["conversations"] * c["tokens_out_per_conversation"] / 1e6 * c["price_out_usd_per_million"])
        cost_idr = usd * c["usd_idr"]
        print(f"Rp {cost_idr:,.0f} per bulan")
        """,
        ),
        *check(2, "q3"),
        *progress(2),
    ]


def lab3() -> list:
    return [
        BLANK,
        md("""
        ### Langkah 1 — Pengetahuan usahamu
        Tulis fakta usahamu dalam format Markdown: produk/layanan, harga, jam buka, cara pesan, lokasi.
        Semakin lengkap, semakin pintar bot-nya.
        """),
        ex(
            '''
        pengetahuan_saya = """
        # ____ (nama usahamu)

        Produk / layanan: ____
        Harga: ____
        Jam buka: ____
        Cara pesan: ____
        """
        ''',
            '''
        pengetahuan_saya = """
        # Thrift Kece Bandung

        Produk / layanan: jaket denim, kemeja flanel, dan kaos band bekas pilihan, sudah dicuci dan disetrika.
        Harga: jaket denim Rp 85.000, kemeja flanel Rp 55.000, kaos band Rp 45.000.
        Jam buka: Senin-Sabtu pukul 10.00-21.00, Minggu tutup.
        Cara pesan: DM Instagram @thriftkece atau checkout di Shopee "Thrift Kece".
        Pengiriman: JNE dan SiCepat ke seluruh Indonesia, COD khusus Bandung.
        """
        ''',
        ),
        md("""
        ### Langkah 2 — Persona dan bot (q1, q2, q3)
        Isi persona, lalu buat `bot` dari persona dan pengetahuanmu.
        """),
        ex(
            """
        persona_saya = Persona(
            name="____",            # nama bot, misalnya "Kiki"
            business="____",        # nama usahamu
            tone="ramah, santai",
            topics=["produk", "harga", "jam buka", "cara pesan"],
            admin_contact="____",   # kontak admin manusia, misalnya "WhatsApp 0812-..."
        )
        bot = ____  # TODO: Chatbot(persona=persona_saya, knowledge=Knowledge.from_markdown(pengetahuan_saya, source="usaha_saya.md"))
        """,
            """
        persona_saya = Persona(
            name="Kece",
            business="Thrift Kece Bandung",
            tone="ramah, santai, gaya anak muda",
            topics=["produk", "harga", "jam buka", "cara pesan", "pengiriman"],
            admin_contact="WhatsApp 0812-3456-7890",
        )
        bot = Chatbot(persona=persona_saya,
                      knowledge=Knowledge.from_markdown(pengetahuan_saya, source="usaha_saya.md"))
        """,
        ),
        md("**q1** — system prompt bot menyebut nama usahamu:"),
        *check(3, "q1"),
        md("""
        **q2** — bot menjawab pertanyaan tentang usahanya dari pengetahuan. Tulis satu pertanyaan pelanggan
        (boleh dibiarkan `____`: pemeriksa memakai pertanyaan umum).
        """),
        ex(
            'question = ____  # misalnya "Berapa harga jaket denim?"',
            'question = "Berapa harga jaket denim?"',
        ),
        *check(3, "q2"),
        md("**q3** — bot menolak dengan sopan pertanyaan di luar topik:"),
        *check(3, "q3"),
        md("Coba bot-mu dengan pertanyaan pelanggan sungguhan (sel ini menunggu sampai `bot` dibuat):"),
        code("""
        if bot is not None:
            for tanya in ["Halo!", "Jam berapa buka?", "Bisa COD?", "Siapa pemenang Piala Dunia 2022?"]:
                jawab = bot.ask(tanya)
                print("Tanya :", tanya)
                print("Jawab :", jawab.text)
                print("declined:", jawab.declined, "| sumber:", ", ".join(jawab.sources) or "-")
                print()
        """),
        *progress(3),
    ]


def lab4() -> list:
    return [
        BLANK,
        md("""
        ### Latihan 1 (q1) — Prompt template dengan variabel
        Buat `prompt_template` (ChatPromptTemplate) untuk usahamu dengan **minimal 2 variabel**,
        misalnya `{produk}` dan `{target}`.
        """),
        ex(
            """
        prompt_template = ____  # TODO: ChatPromptTemplate.from_messages([("system", "..."), ("user", "... {produk} ... {target}")])
        """,
            """
        prompt_template = ChatPromptTemplate.from_messages([
            ("system", "Kamu copywriter UMKM Indonesia. Bahasa santai Gen-Z, maksimal 2 kalimat."),
            ("user", "Tulis caption promo {produk} untuk {target}."),
        ])
        chain_saya = prompt_template | llm | StrOutputParser()
        print(chain_saya.invoke({"produk": "jaket denim thrift", "target": "mahasiswa baru"}))
        """,
        ),
        *check(4, "q1"),
        md("""
        ### Latihan 2 (q2) — Schema output terstruktur
        Buat class `OutputSchema` (turunan `BaseModel`) dengan **minimal 3 field**, masing-masing dengan
        `Field(description=...)`. Contoh bentuknya ada di bagian 4 (`InfoProduk`).
        """),
        ex(
            """
        # TODO: ganti baris di bawah dengan class OutputSchema(BaseModel): ... (minimal 3 field + description)
        OutputSchema = ____
        """,
            """
        class OutputSchema(BaseModel):
            caption: str = Field(description="caption promo maksimal 2 kalimat")
            hashtags: list[str] = Field(description="3-5 hashtag tanpa spasi")
            cta: str = Field(description="ajakan bertindak singkat")
        """,
        ),
        *check(4, "q2"),
        md("""
        ### Latihan 3 (q3) — Hasil output terstruktur
        Panggil `gigai.structured(...)` dengan schema-mu dan simpan hasilnya di `result`.
        """),
        ex(
            """
        result = ____  # TODO: gigai.structured("Buat caption promo untuk ...", OutputSchema)
        result
        """,
            """
        result = gigai.structured("Buat caption promo jaket denim thrift Rp 85.000 untuk mahasiswa baru. "
                                  "Ajak pembeli DM Instagram @thriftkece.", OutputSchema)
        result
        """,
        ),
        *check(4, "q3"),
        *progress(4),
    ]


def lab5() -> list:
    return [
        BLANK,
        md("""
        ### Latihan 1 (q1) — Aplikasi Gradio untuk bot pilihanmu
        Buat `demo`: aplikasi untuk bot lain (misalnya `Chatbot.from_business("laundry-bersih-kilat")`, atau
        bot Lab 3-mu). Ingat: **bangun** saja, jangan `launch()` di sel ini.
        """),
        ex(
            """
        demo = ____  # TODO: build_chat_app(Chatbot.from_business("laundry-bersih-kilat"))
        """,
            """
        bot_laundry = Chatbot.from_business("laundry-bersih-kilat")
        demo = build_chat_app(bot_laundry)
        print(bot_laundry.reply("Berapa harga cuci kiloan?", []).text)
        """,
        ),
        *check(5, "q1"),
        md("""
        ### Latihan 2 (q2) — Pilih cara berbagi
        Kamu mau teman sekelas mencoba aplikasimu lewat wifi ruangan. Pilih `share_mode`: `"local"`, `"lan"`,
        `"share"`, atau `"server"`. Kalau memilih `"share"` (link publik), wajib isi `auth`.
        """),
        ex(
            """
        share_mode = ____
        auth = ____  # opsional: ("nama_pengguna", "password-minimal-6-huruf")
        """,
            """
        share_mode = "lan"
        auth = ("tamu", "kopi-rahasia")
        """,
        ),
        *check(5, "q2"),
        md("""
        Di kelas, luncurkan aplikasimu dengan pilihan tadi (dilewati saat pengujian otomatis):
        """),
        code("""
        # NBVAL_SKIP
        launch_shared(demo, mode=share_mode, auth=auth)
        """),
        *progress(5),
    ]


def lab6() -> list:
    return [
        BLANK,
        md("""
        ### Brief dan storyboard usahamu (q1, q2, q3)
        Isi brief untuk usahamu, buat storyboard, lalu perbaiki: **hook ≤ 3 detik** (q1), **ajakan bertindak**
        di scene terakhir (q2), total **15–60 detik** (q3). Pakai cara menyunting dari bagian 3.
        """),
        ex(
            """
        brief_saya = Brief(
            product="____",    # produk/jasamu
            business="____",   # nama usaha
            audience="____",   # target penonton
            price="____",      # harga, misalnya "Rp 85.000"
            benefits=["____", "____"],  # dua keunggulan produkmu
            cta="____",        # ajakan: "Pesan via ...", "DM ...", "Checkout di ..."
        )
        storyboard = ____  # TODO: write_storyboard(brief_saya, scenes=5), lalu perbaiki hook dan CTA
        """,
            """
        brief_saya = Brief(
            product="Jaket Denim Thrift",
            business="Thrift Kece Bandung",
            audience="mahasiswa baru",
            price="Rp 85.000",
            benefits=["satu-satunya, nggak bakal kembaran", "sudah dicuci dan siap pakai"],
            cta="Checkout di Shopee Thrift Kece sekarang!",
        )
        storyboard = write_storyboard(brief_saya, scenes=5)
        baris = storyboard.table()
        baris[0]["narasi"] = "Outfit ospek gitu-gitu aja?"
        baris[0]["teks_layar"] = "Outfit ospek gitu-gitu aja?"
        baris[0]["durasi"] = 3
        storyboard = storyboard.from_table(baris)
        storyboard
        """,
        ),
        *check(6, "q1"),
        *check(6, "q2"),
        *check(6, "q3"),
        md('Simpan storyboard-mu untuk Lab 7 (di laptopmu: `Path("hasil/storyboard_saya.json")`):'),
        code("""
        if storyboard is not None:
            tersimpan = storyboard.save(folder / "storyboard_saya.json")
            print("Tersimpan:", tersimpan.name, "-", storyboard.duration, "detik")
        """),
        *progress(6),
    ]


def lab7() -> list:
    return [
        BLANK,
        md("""
        ### Video untuk usahamu (q1, q2, q3)
        Buat storyboard pendek untuk usahamu (3 scene supaya cepat; atau muat hasil Lab 6 dengan
        `Storyboard.load(...)`), lalu render. Pemeriksa melihat **file videonya**: vertikal 9:16 (q1),
        ada suaranya (q2), dan panjangnya sesuai storyboard (q3). `preset="preview"` sudah 9:16.

        Tips q3: kalau narasi sebuah scene lebih panjang dari durasinya, gigai **memperpanjang** scene itu
        supaya suara tidak terpotong — videonya jadi lebih panjang dari storyboard. Tulis narasi yang muat
        (kira-kira 2–3 kata per detik), atau tambah durasinya.
        """),
        ex(
            """
        storyboard = ____  # TODO: write_storyboard(Brief(product=..., business=..., cta=...), scenes=3)
        video_path = ____  # TODO: render(storyboard, out=folder / "promo_saya.mp4", preset="preview", progress=False)
        """,
            """
        storyboard = write_storyboard(Brief(product="Jaket Denim Thrift", business="Thrift Kece Bandung",
                                            audience="mahasiswa baru", price="Rp 85.000",
                                            cta="Checkout di Shopee Thrift Kece!"), scenes=3)
        # Narasi pendek yang muat di durasi scene-nya (kalau tidak muat, gigai memperpanjang scene).
        baris = storyboard.table()
        baris[0].update(narasi="Outfit ospek gitu-gitu aja?", teks_layar="Outfit ospek gitu-gitu aja?", durasi=3)
        baris[1].update(narasi="Jaket denim thrift, cuma Rp 85.000!", teks_layar="Cuma Rp 85.000", durasi=5)
        baris[2].update(narasi="Checkout di Shopee Thrift Kece!", durasi=5)
        storyboard = storyboard.from_table(baris)
        video_path = render(storyboard, out=folder / "promo_saya.mp4", preset="preview", progress=False)
        print(video_path.name, "-", storyboard.duration, "detik")
        """,
        ),
        *check(7, "q1"),
        *check(7, "q2"),
        *check(7, "q3"),
        *progress(7),
    ]


_LABS = {1: lab1, 2: lab2, 3: lab3, 4: lab4, 5: lab5, 6: lab6, 7: lab7}


def cells(number: int) -> list:
    return _LABS[number]()
