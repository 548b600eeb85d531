from nb import code, header, install, md, recap

FILENAME = "02_prompt_pertama.ipynb"
TITLE = "Prompt pertama: pesan, peran, temperature, token dan biaya"


def cells():
    return [
        header(
            number=2,
            filename=FILENAME,
            title=TITLE,
            minutes=65,
            intro="""
            Di lab ini kita "ngobrol" dengan LLM lewat kode. Kita akan melihat bahwa sebuah percakapan hanyalah
            **daftar pesan** dengan **peran** (role), bahwa *system prompt* mengatur kepribadian bot, dan bahwa
            setiap jawaban punya **biaya** yang bisa kita hitung dalam rupiah.
            """,
            goals=[
                "Menjelaskan apa itu LLM dan apa yang bukan: menebak kata berikutnya, batas pengetahuan, halusinasi.",
                "Mengirim prompt dengan `gigai.chat()` dan membaca jawabannya.",
                "Menyusun percakapan sebagai daftar pesan dengan peran `system`, `user`, `assistant`.",
                "Memakai system prompt dan temperature, dan tahu kapan memakainya.",
                "Menghitung token dan biaya satu jawaban dalam rupiah.",
                "Menampilkan jawaban secara *streaming* (kata demi kata).",
                "Membandingkan bot berbasis aturan (if/else) dengan bot LLM.",
            ],
            parts=[
                ("Apa itu LLM (dan apa yang bukan)", 10),
                ("Prompt pertama", 5),
                ("Pesan dan peran", 10),
                ("System prompt", 5),
                ("Temperature", 5),
                ("Token dan biaya dalam rupiah", 10),
                ("Streaming", 5, "opsional"),
                ("Aturan vs LLM", 5, "opsional"),
                ("Latihan + ringkasan", 10),
            ],
        ),
        install(),
        code("""
        # NBVAL_IGNORE_OUTPUT
        from IPython.display import display

        import gigai
        from gigai.business.money import rupiah
        from gigai.latihan import lab2
        from gigai.latihan.pictures import cost_chart, offline_notice

        model = gigai.get_model()
        print("Model aktif:", model.label, "| mode offline" if model.is_offline else "")
        """),
        md("""
        ## 0. Apa itu LLM, dan apa yang bukan

        **LLM** (*large language model*, model bahasa besar) adalah program yang dilatih dengan teks dalam
        jumlah sangat besar untuk satu tugas: **menebak token berikutnya**. Jawaban panjang dibuat token demi
        token, setiap kali memilih lanjutan yang paling mungkin. Contoh (ilustrasi, angkanya karangan):

        | teks sejauh ini | tebakan berikutnya |
        |---|---|
        | "Kopi susu gula ..." | **aren** (sangat mungkin), *merah* (mungkin), *batu* (jarang) |
        | "Kopi susu gula aren ..." | **Rp** / **enak** / **dingin** ... |

        Dari cara kerja itu muncul tiga hal yang wajib diingat saat memakai AI untuk pelanggan:

        1. **LLM bukan mesin pencari dan bukan database.** Ia tidak "mencari" fakta; ia menyusun kalimat yang
           terdengar benar. Ia juga tidak ingat percakapan sebelumnya (kita kirim ulang riwayatnya, bagian 2).
        2. **Batas pengetahuan (*training cut-off*).** Model hanya "membaca" teks sampai tanggal tertentu. Harga,
           promo, berita, dan jam buka usahamu hari ini **tidak** ia ketahui, kecuali kita berikan (Lab 3).
        3. **Halusinasi.** Kalau tidak tahu, LLM sering tetap menjawab dengan yakin: nama, angka, pasal, atau
           tautan yang **dikarang**. Untuk bot usaha, ini berbahaya (harga salah, janji palsu).

        **Ilustrasi halusinasi** (contoh yang kami tulis sendiri untuk menjelaskan, *bukan* rekaman jawaban model):

        > **Tanya:** "Berapa harga es kopi susu di Warung Bu Sri, Jalan Melati 5, Sleman?"
        > **Jawaban model tanpa data (ilustrasi):** "Es kopi susu di Warung Bu Sri dijual Rp 12.000, dan setiap
        > Jumat ada promo beli 2 gratis 1." *(warung itu dan harganya tidak pernah ada di data model: semuanya
        > karangan yang terdengar meyakinkan)*
        > **Jawaban yang kita inginkan:** "Maaf, saya tidak punya info harga Warung Bu Sri. Silakan tanya langsung
        > ke admin warungnya."

        Coba sendiri dengan model sungguhan (kunci API atau gateway trainer): tanyakan sesuatu yang tidak
        mungkin ia ketahui, lalu perhatikan apakah ia mengaku tidak tahu atau mengarang.
        """),
        code("""
        pertanyaan_jebakan = "Berapa harga es kopi susu di Warung Bu Sri, Jalan Melati 5, Sleman?"
        if model.is_offline:
            offline_notice("contoh halusinasi", '"Es kopi susu di Warung Bu Sri Rp 12.000, Jumat beli 2 gratis 1." (karangan!)')
        else:
            print(gigai.chat(pertanyaan_jebakan))
        """),
        md("""
        ## 1. Prompt pertama

        *Prompt* adalah teks yang kita kirim ke model. `gigai.chat()` mengirim prompt dan mengembalikan teks
        jawaban. Tanpa kunci API, yang menjawab adalah mesin **offline** (jawabannya diawali `[mode offline]`):
        mesin itu hanya menjawab dari fakta yang kita berikan, jadi tidak bisa mengarang ide. Dengan LLM
        sungguhan, jawabannya kira-kira seperti ini (ilustrasi tulisan kami, bukan rekaman):

        > 1. Jasa titip makanan di kos. 2. Desain feed Instagram untuk UMKM. 3. Les privat adik kelas.
        """),
        code("""
        ide = "Halo! Sebutkan tiga ide usaha sampingan untuk mahasiswa."
        if model.is_offline:
            offline_notice("menulis ide baru", '"1. Jasa titip makanan di kos. 2. Desain feed Instagram UMKM. 3. Les privat."')
        else:
            print(gigai.chat(ide))
        """),
        md("""
        ## 2. Pesan dan peran (*messages and roles*)

        Di balik layar, percakapan dikirim sebagai **daftar pesan**. Tiap pesan punya `role` dan `content`:

        | role | siapa | contoh |
        |---|---|---|
        | `system` | aturan main untuk bot (tidak terlihat pengguna) | "Kamu CS Kopi Kita, jawab singkat dan ramah." |
        | `user` | pengguna | "Jam buka hari Minggu?" |
        | `assistant` | jawaban bot sebelumnya | "Minggu buka 08.00–22.00." |

        LLM **tidak punya ingatan**: setiap kali bertanya, kita kirim ulang seluruh riwayat percakapan.
        Perhatikan juga: fakta yang kita tulis di pesan `system` adalah bahan jawaban bot (mesin offline hanya
        bisa menjawab dari fakta seperti itu).
        """),
        code("""
        percakapan = [
            {"role": "system", "content": (
                "Kamu asisten ramah untuk pelajar. Jawab singkat dalam bahasa Indonesia.\\n"
                "Gig economy adalah pasar kerja berisi pekerjaan lepas jangka pendek yang dibayar per tugas "
                "atau per proyek.\\n"
                "Contoh pekerjaan gig economy: desain logo, penulis lepas, admin media sosial, ojek online."
            )},
            {"role": "user", "content": "Apa itu gig economy?"},
        ]
        balasan = gigai.chat(percakapan)
        print(balasan)

        # Untuk melanjutkan obrolan: tambahkan jawaban bot dan pertanyaan baru, lalu kirim semuanya lagi.
        percakapan_lanjut = percakapan + [
            {"role": "assistant", "content": balasan},
            {"role": "user", "content": "Apa contoh pekerjaan gig economy?"},
        ]
        print(gigai.chat(percakapan_lanjut))
        print("Jumlah pesan yang dikirim:", len(percakapan_lanjut))
        """),
        md("""
        ## 3. System prompt

        *System prompt* adalah "briefing" untuk bot: siapa dia, gaya bicaranya, apa yang boleh dan tidak.
        Di gigai cukup pakai argumen `system=`. System prompt yang baik berisi:

        1. **Peran**: "Kamu adalah CS untuk warung Kopi Kita di Bandung."
        2. **Gaya**: "Jawab ramah, maksimal 3 kalimat, pakai 'kak'."
        3. **Fakta**: jam buka, harga, lokasi (nanti di Lab 3 dari file).
        4. **Batasan**: "Kalau tidak tahu, bilang tidak tahu dan arahkan ke admin."
        """),
        code("""
        system_kopi = \"\"\"Kamu adalah CS Kopi Kita, kedai kopi di Bandung. Jawab ramah, maksimal 3 kalimat.
        Nama: Kiki
        [sumber: info-toko] Kopi Kita buka setiap hari pukul 08.00-22.00.
        [sumber: menu] Kopi susu gula aren Rp 18.000, americano Rp 15.000.
        Kalau tidak tahu, katakan tidak tahu.
        Kontak admin: WhatsApp 0812-0000-0000\"\"\"

        print(gigai.chat("Berapa harga kopi susu gula aren?", system=system_kopi))
        print("---")
        print(gigai.chat("Apakah ada parkir motor?", system=system_kopi))
        """),
        md("""
        Perhatikan jawaban kedua: fakta parkir tidak ada di system prompt, jadi bot yang baik **mengaku tidak tahu**
        dan mengarahkan ke admin — bukan mengarang. (Baris `[sumber: ...]` akan kita pakai lagi di Lab 3.)

        ## 4. Temperature

        `temperature` mengatur seberapa "berani" model memilih kata:

        - `0` → jawaban konsisten dan hati-hati (cocok untuk CS, fakta, harga).
        - `0.7–1.0` → lebih bervariasi dan kreatif (cocok untuk ide caption, slogan, naskah video).

        Dengan LLM sungguhan, jalankan sel berikut beberapa kali: jawaban ber-temperature 0 hampir selalu sama,
        yang ber-temperature 1,0 berubah-ubah. Ilustrasi (contoh tulisan kami, bukan rekaman):

        | temperature | percobaan 1 | percobaan 2 |
        |---|---|---|
        | 0 | "Manisnya pas, semangatnya penuh." | "Manisnya pas, semangatnya penuh." |
        | 1,0 | "Gula aren, teman setia deadline." | "Seteguk aren, sejuta ide." |
        """),
        code("""
        if model.is_offline:
            offline_notice("perbedaan temperature", 't=0: "Manisnya pas, semangatnya penuh." dua kali; t=1,0: dua slogan berbeda.')
        else:
            for t in [0, 1.0]:
                print(f"temperature={t}:")
                for _ in range(2):
                    slogan = gigai.chat("Buat satu slogan untuk kopi susu gula aren.", temperature=t, max_tokens=60)
                    print("  ", slogan[:110])
        """),
        md("""
        ## 5. Token dan biaya dalam rupiah

        Provider menagih per **1 juta token**, dengan harga berbeda untuk token input dan output. Contoh harga
        (dolar AS, cek lagi di situs provider karena sering berubah):

        | model contoh | input / 1 jt token | output / 1 jt token |
        |---|---|---|
        | model kecil (mis. `gpt-4o-mini`) | $0,15 | $0,60 |
        | model besar | $2,50 | $10,00 |

        Mari hitung biaya satu percakapan CS. Anggap kurs Rp 16.500 per dolar. Untuk menulis rupiah dengan
        format Indonesia (titik untuk ribuan) kita pakai `rupiah(...)` dari gigai.
        """),
        code("""
        KURS = 16_500  # rupiah per dolar AS (contoh)


        def biaya_rupiah(token_input: int, token_output: int, harga_input: float, harga_output: float) -> float:
            \"\"\"Biaya dalam rupiah; harga dalam dolar per 1 juta token.\"\"\"
            dolar = token_input / 1_000_000 * harga_input + token_output / 1_000_000 * harga_output
            return dolar * KURS


        satu_chat = biaya_rupiah(500, 150, harga_input=0.15, harga_output=0.60)
        print("Satu pertanyaan CS   :", rupiah(satu_chat, decimals=2))
        print("1.000 pelanggan/bulan:", rupiah(satu_chat * 1000))
        """),
        md("""
        Harga tiap model berbeda jauh. Grafik di bawah memakai **katalog harga gigai** (satu sumber untuk semua
        lab dan aplikasi) untuk kasus yang sama dengan Latihan 3: 1.000 percakapan sebulan, 5.000 token masuk
        dan 300 token keluar per percakapan (chatbot gigai mengirim seluruh pengetahuan usaha bersama setiap
        pertanyaan, jadi token masuknya jauh lebih banyak dari pertanyaannya sendiri). Model di laptop sendiri (Ollama) dan mesin offline: Rp 0, tapi
        jawabannya tidak sepintar model besar.
        """),
        code("""
        from gigai.llm import registry

        baris = []
        for provider in ["openai", "gemini", "groq"]:
            for nama_model in registry.models(provider):
                _, idr = registry.cost(provider, nama_model, 1_000 * 5_000, 1_000 * 300)
                baris.append((f"{provider}/{nama_model}", idr))
        baris.append(("ollama (laptop sendiri)", 0))
        display(cost_chart(sorted(baris, key=lambda b: b[1]), title="Biaya sebulan, 1.000 percakapan"))
        """),
        md("""
        gigai juga mencatat token dan biaya setiap panggilan. Untuk provider gratis/offline biayanya Rp 0,
        tapi tokennya tetap dihitung (kalau provider tidak melaporkan token, gigai memperkirakannya).
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        gigai.usage()  # semua panggilan di notebook ini: jumlah, token masuk/keluar, biaya
        """),
        md("""
        ## 6. Streaming

        Aplikasi chat seperti ChatGPT menampilkan jawaban **sedikit demi sedikit**. Itu *streaming*: pengguna
        tidak menunggu jawaban lengkap. Dengan gigai, `gigai.stream()` mengembalikan potongan-potongan teks.
        """),
        code("""
        for potongan in gigai.stream("Kopi Kita buka jam berapa? Menunya apa saja?", system=system_kopi):
            print(potongan, end="", flush=True)
        print()
        """),
        md("""
        ## 7. Bot berbasis aturan vs bot LLM

        Sebelum ada LLM, chatbot dibuat dengan **aturan**: kalau pesan mengandung kata X, balas Y. Murah, cepat,
        bisa ditebak — tapi gampang "bingung" kalau pertanyaannya ditulis berbeda.
        """),
        code("""
        ATURAN = {
            "jam": "Kami buka setiap hari pukul 08.00-22.00.",
            "harga": "Kopi susu gula aren Rp 18.000, americano Rp 15.000.",
            "lokasi": "Kami di Jl. Ganesha, Bandung.",
        }


        def balas_aturan(pesan: str) -> str:
            pesan = pesan.lower()
            for kata_kunci, balasan in ATURAN.items():
                if kata_kunci in pesan:
                    return balasan
            return "Maaf, saya tidak mengerti. Silakan hubungi admin."


        for tanya in ["Jam berapa buka?", "Kopi susunya berapaan kak?", "Kapan tutupnya?"]:
            print("Pengguna :", tanya)
            print("Aturan   :", balas_aturan(tanya))
            print("LLM      :", gigai.chat(tanya, system=system_kopi))
            print()
        """),
        md("""
        **Diskusi:** "berapaan" dan "tutupnya" tidak cocok dengan kata kunci, jadi bot aturan gagal. LLM
        (dan mesin offline yang mencari kemiripan) lebih luwes. Tapi bot aturan tetap berguna untuk hal yang
        harus **pasti** (misal nomor rekening), dan keduanya bisa digabung.

        ## 8. Latihan
        """),
        "EXERCISES",
        recap(
            [
                "`gigai.chat()` mengirim prompt; `gigai.stream()` mengirim dan menampilkan jawaban sepotong-sepotong.",
                "Percakapan = daftar pesan `system` / `user` / `assistant`; LLM tidak ingat, riwayat dikirim ulang.",
                "System prompt berisi peran, gaya, fakta, dan batasan; temperature rendah untuk fakta, tinggi untuk ide.",
                "Biaya = token input × harga input + token output × harga output, lalu × kurs.",
                "Bot aturan: pasti tapi kaku. Bot LLM: luwes tapi perlu batasan.",
            ],
            "Lab 3 — *Chatbot UMKM*: persona, memori, pengetahuan dari file, sumber, dan guardrail.",
        ),
    ]
