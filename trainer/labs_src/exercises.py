"""Exercise cells of labs 1-7, matched to gigai/latihan/labN.py (variable names are what each check reads).

Participant cells keep blanks (``____``) at the top level of an assignment so they still run untouched and
the check reports "belum dicoba"; the solution variant of every exercise cell is the code that
``labN.qK.solution()`` shows (``nb.exercise``), so the two can never disagree.
"""

from nb import check, code, exercise, md, progress

BLANK = code("""
# `____` menandai bagian yang harus kamu isi. Selama belum diisi, check() menjawab "belum dicoba".
____ = None
""")


def lab1() -> list:
    return [
        BLANK,
        md("""
        ### Latihan 1 (q1): pilih provider
        Tulis nama provider yang akan kamu pakai hari ini (lihat tabel di bagian 2).
        """),
        exercise(1, "q1", 'provider = ____  # pilihan: "offline", "gemini", "groq", "gateway", "ollama", ...'),
        *check(1, "q1"),
        md("""
        ### Latihan 2 (q2): samarkan kunci API
        `api_key` berisi kunci **palsu** untuk latihan. Buat `kunci_tersamar`: versi yang aman ditampilkan
        (sebagian besar kunci tidak terlihat).
        """),
        exercise(1, "q2", """
        api_key = lab1.DEMO_KEY  # kunci palsu, hanya untuk latihan
        kunci_tersamar = ____  # TODO: pakai fungsi dari bagian 4, lalu print(kunci_tersamar)
        """),
        *check(1, "q2"),
        md("""
        ### Latihan 3 (q3): chat pertama
        Kirim satu pertanyaanmu sendiri ke provider pilihanmu dan simpan balasannya di `jawaban`.
        """),
        exercise(1, "q3", """
        jawaban = ____  # TODO: gigai.chat("pertanyaanmu", provider=provider), lalu print(jawaban)
        """),
        *check(1, "q3"),
        *progress(1),
    ]


def lab2() -> list:
    return [
        BLANK,
        md("""
        ### Latihan 1 (q1): daftar pesan dengan role system
        Buat `messages` untuk bot **usahamu sendiri** (bukan Kopi Kita): pesan pertama `system` (siapa bot-nya,
        gayanya, batasannya; minimal satu kalimat lengkap), lalu satu pesan `user`.
        """),
        exercise(2, "q1", """
        # Bentuk satu pesan: {"role": "...", "content": "..."}
        messages = ____  # TODO: list berisi pesan system, lalu pesan user
        """),
        *check(2, "q1"),
        md("""
        ### Latihan 2 (q2): pilih temperature
        Pilih temperature untuk dua tugas: menjawab pelanggan (customer service) dan menulis caption promo.
        """),
        exercise(2, "q2", """
        temperature_cs = ____     # untuk CS
        temperature_promo = ____  # untuk caption promo
        """),
        *check(2, "q2"),
        md("""
        ### Latihan 3 (q3): biaya API sebulan dalam rupiah
        Sebuah kedai kopi memakai bot CS. Datanya ada di `lab2.COST_CASE` (harga dalam dolar AS per 1 juta
        token). Hitung biaya **sebulan** dalam rupiah dan simpan di `biaya_sebulan`. Fungsi `biaya_rupiah` di
        bagian 5 bisa membantu (perhatikan kursnya!).
        """),
        code("""
        from gigai.business.formats import angka

        for kunci, nilai in lab2.COST_CASE.items():  # nama kunci untuk dipakai di rumusmu, nilai format Indonesia
            print(f"{kunci:<30} {angka(nilai, 2)}")
        """),
        exercise(2, "q3", """
        c = lab2.COST_CASE
        biaya_sebulan = ____  # TODO: hitung dari c["conversations"], c["tokens_in_per_conversation"], dst.
        """),
        *check(2, "q3"),
        *progress(2),
    ]


def lab3() -> list:
    return [
        BLANK,
        md("""
        ### Langkah 1: pengetahuan usahamu
        Tulis fakta **usahamu sendiri** (atau usaha keluarga/teman) dalam format Markdown: produk/layanan, harga,
        jam buka, cara pesan. Semakin lengkap, semakin pintar bot-nya. Ganti setiap `____`.
        """),
        exercise(3, "SOLUTION_KNOWLEDGE", '''
        pengetahuan_saya = """
        # ____ (nama usahamu)

        Produk / layanan: ____
        Harga: ____
        Jam buka: ____
        Cara pesan: ____
        """
        '''),
        md("""
        ### Langkah 2: persona dan bot (q1, q2, q3)
        Isi persona, lalu buat `bot` dari persona dan pengetahuanmu.
        """),
        exercise(3, "q1", """
        persona_saya = Persona(
            name="____",            # nama bot, misalnya "Kiki"
            business="____",        # nama usahamu
            tone="ramah, santai",
            topics=["produk", "harga", "jam buka", "cara pesan"],
            admin_contact="____",   # kontak admin manusia, misalnya "WhatsApp 0812-..."
        )
        bot = ____  # TODO: Chatbot(persona=..., knowledge=Knowledge.from_markdown(pengetahuan_saya, source="usaha_saya.md"))
        """),
        md("**q1**: system prompt bot menyebut nama usahamu:"),
        *check(3, "q1"),
        md("""
        **q2**: bot menjawab pertanyaan tentang usahanya dari pengetahuanmu. Ganti pertanyaan di bawah dengan
        pertanyaan yang sering ditanyakan pelangganmu.
        """),
        code('pertanyaan = "Berapa harganya, dan bisa pesan lewat mana?"  # ganti dengan pertanyaan pelangganmu'),
        *check(3, "q2"),
        md("**q3**: bot menolak dengan sopan pertanyaan di luar topik:"),
        *check(3, "q3"),
        md("Coba bot-mu dengan pertanyaan pelanggan sungguhan (sel ini menunggu sampai `bot` dibuat):"),
        code("""
        if bot is not None:
            for tanya in ["Halo!", pertanyaan, "Bisa COD?", "Siapa pemenang Piala Dunia 2022?"]:
                jawab = bot.ask(tanya)
                print("Tanya :", tanya)
                print("Jawab :", jawab.text)
                print("Menolak?", "ya" if jawab.declined else "tidak", "| Sumber:", ", ".join(jawab.sources) or "-")
                print()
        else:
            print("Buat `bot` dulu di Langkah 2, lalu jalankan sel ini lagi.")
        """),
        *progress(3),
    ]


def lab4() -> list:
    return [
        BLANK,
        md("""
        ### Latihan 1 (q1): prompt template dengan variabel
        Buat `template_saya` (ChatPromptTemplate) untuk usahamu dengan **minimal 2 variabel**,
        misalnya `{produk}` dan `{target}`.
        """),
        exercise(4, "q1", """
        template_saya = ____  # TODO: ChatPromptTemplate.from_messages([("system", "..."), ("user", "... {produk} ... {target}")])
        """),
        *check(4, "q1"),
        md("""
        ### Latihan 2 (q2): skema output terstruktur
        Buat class `SkemaSaya` (turunan `BaseModel`) dengan **minimal 3 kolom**, masing-masing dengan
        `Field(description=...)`. Contoh bentuknya ada di bagian 4 (`InfoProduk`); buat kolommu sendiri.
        """),
        exercise(4, "q2", """
        # TODO: ganti baris di bawah dengan class SkemaSaya(BaseModel): ... (minimal 3 kolom + description)
        SkemaSaya = ____
        """),
        *check(4, "q2"),
        md("""
        ### Latihan 3 (q3): hasil output terstruktur
        Panggil `gigai.structured(...)` dengan skemamu dan simpan hasilnya di `hasil_saya`.
        """),
        exercise(4, "q3", """
        hasil_saya = ____  # TODO: gigai.structured("Buat caption promo untuk ...", SkemaSaya)
        hasil_saya
        """),
        *check(4, "q3"),
        *progress(4),
    ]


def lab5() -> list:
    return [
        BLANK,
        md("""
        ### Latihan 1 (q1): aplikasi Gradio untuk bot usahamu
        Buat `bot_saya` untuk **usahamu sendiri** (salin persona dan pengetahuan dari Lab 3), lalu `demo`:
        aplikasinya. Ingat: **bangun** saja, jangan `launch()` di sel ini.
        """),
        exercise(5, "q1", """
        bot_saya = ____  # TODO: Chatbot(persona=Persona(name=..., business=..., ...), knowledge=Knowledge.from_markdown(...))
        demo = ____      # TODO: build_chat_app(bot_saya)
        """),
        *check(5, "q1"),
        md("""
        ### Latihan 2 (q2): pilih cara berbagi
        Kamu mau teman sekelas mencoba aplikasimu **lewat wifi ruangan**. Pilih `cara_berbagi`: `"local"`,
        `"lan"`, `"share"`, atau `"server"` (lihat tabel di bagian 4). `auth` boleh dikosongkan (`None`).
        """),
        exercise(5, "q2", """
        cara_berbagi = ____
        auth = None  # opsional: ("nama_pengguna", "password-minimal-6-huruf")
        """),
        *check(5, "q2"),
        md("""
        Di kelas, luncurkan aplikasimu dengan pilihan tadi (dilewati saat pengujian otomatis):
        """),
        code("""
        # NBVAL_SKIP
        from gigai.latihan.boxes import fill_first

        if fill_first(demo=demo, cara_berbagi=cara_berbagi):
            launch_shared(demo, mode=cara_berbagi, auth=auth)
        """),
        *progress(5),
    ]


def lab6() -> list:
    return [
        BLANK,
        md("""
        ### Brief dan storyboard usahamu (q1, q2, q3)
        Isi brief untuk **usahamu sendiri**, buat draf dengan `write_storyboard`, lalu sunting draf itu:
        **hook maks. 3 detik** yang memancing rasa ingin tahu (q1), **satu ajakan dengan kanalnya** di scene
        terakhir (q2), total **15-60 detik** (q3). Satu baris cukup:
        `storyboard = draf.ubah(1, teks="hook-mu", durasi=3).ubah(-1, teks="ajakan + kanalnya")`.
        """),
        exercise(6, "SOLUTION_BRIEF", """
        brief_saya = Brief(
            product="____",    # produk/jasamu
            business="____",   # nama usaha
            audience="____",   # target penonton
            price="____",      # harga, misalnya "Rp 85.000"
            benefits=["____", "____"],  # dua keunggulan produkmu
            cta="____",        # SATU ajakan + kanal: "Pesan via WhatsApp 0812-...", "Checkout di Shopee ..."
        )
        """),
        exercise(6, "q1", """
        draf = ____        # TODO: write_storyboard(brief_saya, scenes=5)
        storyboard = ____  # TODO: draf.ubah(1, teks="...", durasi=3).ubah(-1, teks="...")
        storyboard
        """),
        *check(6, "q1"),
        *check(6, "q2"),
        *check(6, "q3"),
        md('Simpan storyboard-mu untuk Lab 7 (di laptopmu: `Path("hasil/storyboard_saya.json")`):'),
        code("""
        if storyboard is not None:
            tersimpan = storyboard.save(folder / "storyboard_saya.json")
            print("Tersimpan:", tersimpan.name, "-", storyboard.duration, "detik")
        else:
            print("Buat `storyboard` dulu di sel latihan, lalu jalankan sel ini lagi.")
        """),
        *progress(6),
    ]


def lab7() -> list:
    return [
        BLANK,
        md("""
        ### Video untuk usahamu (q1, q2, q3)
        Buat storyboard pendek untuk **usahamu sendiri** (3 scene supaya cepat; atau muat hasil Lab 6 dengan
        `Storyboard.load(...)`), lalu render. Pemeriksa melihat **file videonya**: vertikal 9:16 (q1),
        ada suaranya (q2), dan panjangnya sesuai storyboard (q3). `preset="preview"` sudah 9:16.

        Tips q3: kalau narasi sebuah scene lebih panjang dari durasinya, gigai **memperpanjang** scene itu
        supaya suara tidak terpotong, sehingga videonya lebih panjang dari storyboard. Tulis narasi yang muat
        (kira-kira 2-3 kata per detik), atau tambah durasinya.
        """),
        exercise(7, "q1", """
        storyboard = ____  # TODO: write_storyboard(Brief(product=..., business=..., cta=...), scenes=3), lalu sunting
        video_saya = ____  # TODO: render(storyboard, out=folder / "promo_saya.mp4", preset="preview", progress=False)
        """),
        *check(7, "q1"),
        *check(7, "q2"),
        *check(7, "q3"),
        *progress(7),
    ]


_LABS = {1: lab1, 2: lab2, 3: lab3, 4: lab4, 5: lab5, 6: lab6, 7: lab7}


def cells(number: int) -> list:
    return _LABS[number]()
