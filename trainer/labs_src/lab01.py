from nb import code, header, install, md, recap

FILENAME = "01_persiapan.ipynb"
TITLE = "Persiapan: cek laptop, pilih provider, kenali token dan kunci API"


def cells():
    return [
        header(
            number=1,
            filename=FILENAME,
            title=TITLE,
            minutes=50,
            intro="""
            Selamat datang di hari pertama! Sebelum membuat chatbot dan video AI, kita pastikan laptop siap,
            memilih **provider** (mesin AI yang menjawab), dan memahami dua hal yang sering bikin bingung:
            **token** dan **kunci API**.
            """,
            goals=[
                "Menjalankan `gigai doctor` dan membaca laporannya.",
                "Memahami pilihan provider: offline, tier gratis, gateway trainer, Ollama.",
                "Menjelaskan apa itu token dan kenapa token = biaya.",
                "Menyimpan kunci API dengan aman (file `.env` / Colab Secrets), tidak pernah di dalam notebook.",
            ],
            parts=[
                ("Cek set-up dengan `gigai doctor`", 10),
                ("Memilih provider", 10),
                ("Ganti provider (kalau punya kunci API)", 5, "opsional"),
                ("Apa itu token", 10),
                ("Kunci API dan rahasia", 10),
                ("Latihan + ringkasan", 5),
            ],
        ),
        install(),
        md("""
        ## 0. Siapkan gigai

        Sel di bawah memuat gigai dan latihan untuk lab ini. Kalau muncul error `ModuleNotFoundError`,
        berarti gigai belum terpasang: panggil trainer atau lihat `labs/README.md`.
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        import os

        from IPython.display import display

        import gigai
        from gigai.latihan import lab1
        from gigai.latihan.pictures import token_split

        print("gigai versi", gigai.__version__)
        """),
        md("""
        ## 1. Cek set-up dengan `gigai doctor`

        `gigai doctor` memeriksa Python, paket-paket, ffmpeg, suara offline, dan provider mana yang siap.
        Koneksi internet dan kunci API hanya dicek kalau diminta: `gigai doctor --online`. Laporannya
        **tidak** memuat kunci API, jadi aman dikirim ke trainer kalau ada masalah (`gigai doctor --out laporan.txt`).

        Di terminal/Anaconda Prompt cukup ketik `gigai doctor`. Dari notebook kita panggil lewat Python:
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        # Hasilnya berbeda di tiap laptop, itu normal. Yang penting: baris bertanda ❌ (gagal).
        import gigai.doctor

        laporan = gigai.doctor.run()
        print(laporan)  # versi teks ini aman disalin ke WhatsApp trainer: kunci dan folder pribadi disamarkan
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        print("Kesimpulan:", laporan.verdict())
        """),
        md("""
        **Cara membaca laporan:** ✅ berarti siap, ⚠️ berfungsi tapi ada catatan, ❌ perlu diperbaiki (laporan selalu memberi
        saran *Coba*). Provider `offline` selalu siap — itu jaring pengaman kita kalau wifi mati.

        ## 2. Memilih provider

        *Provider* adalah layanan yang menjalankan model bahasa (LLM). gigai bisa bicara dengan banyak provider
        lewat satu perintah yang sama, `gigai.chat(...)`:

        | Provider | Perlu apa | Catatan |
        |---|---|---|
        | `offline` | tidak perlu apa-apa | mesin lokal gigai: menjawab dari teks yang kita berikan, bukan LLM sungguhan |
        | `gemini` | `GEMINI_API_KEY` (gratis dari Google AI Studio) | tier gratis, ada batas per menit |
        | `groq` | `GROQ_API_KEY` (gratis) | sangat cepat, tier gratis |
        | `openrouter` | `OPENROUTER_API_KEY` | ada model gratis (akhiran `:free`) |
        | `openai` | `OPENAI_API_KEY` + saldo | kunci baru tanpa saldo → error 429 `insufficient_quota` |
        | `gateway` | token dari trainer + `GIGAI_BASE_URL` | satu koneksi untuk seluruh ruangan |
        | `ollama` | aplikasi Ollama di laptop | jalan tanpa internet, butuh RAM ≥ 8 GB |
        | `replay` | kaset rekaman | memutar ulang jawaban yang direkam trainer |

        Urutan pilihan otomatis: argumen `provider=` → variabel `GIGAI_PROVIDER` → kunci pertama yang ditemukan →
        Ollama yang sedang jalan → `offline`. Daftar provider dan kesiapannya:
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        for row in gigai.providers():
            print(f"{row.get('name', '?'):<11} siap? {str(row.get('ready', '?')):<40} {row.get('default_model', '')}")
        """),
        md("""
        Model yang sedang aktif di notebook ini:
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        model = gigai.get_model()
        print("Model aktif:", model.label, "| offline?", model.is_offline)
        """),
        md("""
        Kalau ada yang salah, gigai tidak menampilkan "tumpukan error" Python yang panjang, tapi satu pesan
        dengan **kode** (misalnya `GIGAI-E011`), penjelasannya, nilai yang bermasalah, dan saran **Coba**.
        Contohnya nama provider yang salah ketik. Sel ini **sengaja** salah; `expected_error()` menampilkan
        errornya di kotak merah dan notebook tetap jalan (tanpa itu, *Run All* berhenti di sini):
        """),
        code("""
        from gigai.latihan.boxes import expected_error

        with expected_error():
            gigai.chat("Halo!", provider="chatgpt-gratis")
        """),
        md("""
        Sebutkan kode errornya ke trainer kalau butuh bantuan; saran *Coba* biasanya sudah cukup.

        *(Opsional)* Mau ganti provider? Hapus tanda `#` di baris yang sesuai lalu jalankan ulang sel di atas.
        Untuk lab ini kita tetap memakai `offline` agar semua orang bisa mengikuti.
        """),
        code("""
        # os.environ["GIGAI_PROVIDER"] = "gemini"    # pakai Gemini (butuh GEMINI_API_KEY di .env)
        # os.environ["GIGAI_PROVIDER"] = "gateway"   # pakai gateway trainer (butuh token + GIGAI_BASE_URL)
        # os.environ["GIGAI_PROVIDER"] = "ollama"    # pakai Ollama di laptop sendiri
        print(gigai.chat("Halo! Kamu siapa?", provider="offline"))
        """),
        md("""
        Jawaban dari mesin offline selalu diawali `[mode offline]`. Itu disengaja: kita harus **jujur** kapan
        jawaban datang dari LLM sungguhan dan kapan dari mesin cadangan.

        ## 3. Apa itu token?

        LLM tidak membaca huruf atau kata, tapi **token**: potongan teks (kadang satu kata, kadang sepotong kata).
        Aturan kasar: 1 token ≈ 4 huruf bahasa Inggris; bahasa Indonesia biasanya **lebih boros** karena
        kata-katanya dipotong lebih kecil (misal `me|nye|diakan`).

        Kenapa penting? Karena **provider menagih per token** — token yang kita kirim (*input*) dan token yang
        dijawab (*output*) — dan setiap model punya batas token per permintaan (*context window*).
        """),
        md("""
        Lihat potongannya: setiap warna satu token. Ini **ilustrasi** (tokenizer asli berbeda untuk tiap model
        dan dipelajari dari data), tapi idenya sama: kata Indonesia berimbuhan dipotong jadi beberapa token.
        """),
        code("""
        for contoh in ["Halo!", "Jam buka Kopi Kita hari Minggu?", "Menyediakan layanan pesan antar untuk mahasiswa"]:
            display(token_split(contoh))
        """),
        md("""
        Untuk memperkirakan biaya tanpa tokenizer, cukup aturan kasar: **1 token ≈ 4 huruf**.
        """),
        code("""
        def kira_token(teks: str) -> int:
            \"\"\"Perkiraan kasar: 1 token kira-kira 4 huruf (bahasa Indonesia sering lebih boros).\"\"\"
            return max(1, round(len(teks) / 4))


        kalimat = "Menyediakan layanan pesan antar untuk mahasiswa"
        print(f"Perkiraan kasar: {kira_token(kalimat)} token, ilustrasi potongan: {len(token_split(kalimat))} token")
        """),
        md("""
        gigai mencatat token setiap panggilan. Setelah satu panggilan `gigai.chat`, lihat ringkasannya
        (mesin offline gratis, jadi biayanya Rp 0):
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        gigai.chat("Apa itu token?", provider="offline")
        gigai.usage()
        """),
        md("""
        ## 4. Kunci API: apa itu dan bagaimana menyimpannya

        Kunci API (*API key*) adalah **kata sandi** untuk memakai layanan AI atas nama akunmu. Siapa pun yang
        memegang kuncimu bisa menghabiskan saldomu. Aturannya:

        1. **Jangan** pernah menempel kunci di sel notebook, di chat grup, di screenshot, atau di GitHub.
        2. Simpan di file `.env` di folder proyek (file ini tidak ikut di-commit, ada di `.gitignore`):
           ```
           GEMINI_API_KEY=isi-kunci-kamu-di-sini
           ```
           Di Colab: ikon 🔑 **Secrets** di panel kiri, nama `GEMINI_API_KEY`, aktifkan *Notebook access*.
        3. Kalau kunci bocor: **hapus (revoke)** di dasbor provider, lalu buat yang baru.

        gigai membaca kunci dari environment, `.env`, atau Colab Secrets — dan tidak pernah mencetaknya utuh.
        Kalau perlu menunjukkan kunci (misal ke trainer), pakai `mask`:
        """),
        code("""
        from gigai.config import mask, setting

        contoh_kunci = "sk-proj.INI.BUKAN.KUNCI.ASLI.cuma.contoh.1234"
        print("Ditampilkan aman:", mask(contoh_kunci))
        # setting() mencari di environment, lalu .env, lalu Colab Secrets. Kita cetak versi tersamar saja.
        print("GEMINI_API_KEY di laptop ini:", mask(setting("GEMINI_API_KEY")))
        """),
        md("""
        ## 5. Latihan

        Cara kerja latihan (sama di semua lab): isi bagian `____`, jalankan selnya, lalu jalankan
        `lab1.q1.check()`. Kalau belum diisi, hasilnya ⏳ *belum dicoba*. Butuh bantuan? `lab1.q1.hint()`
        memberi arah, `lab1.q1.hint(2)` petunjuk yang lebih jelas; kalau benar-benar buntu, `lab1.q1.solution()`.

        > **Apa yang dikirim saat kamu menjalankan `check()`?** Kalau trainer menjalankan *gateway* ruangan dan
        > laptopmu tersambung ke sana, gigai mengirim **nomor lab, nomor latihan, hasilnya** (*belum dicoba*,
        > *belum benar*, *benar*) **dan waktunya** ke layar trainer, supaya trainer tahu siapa yang perlu dibantu.
        > Jawabanmu, kodemu, dan kunci API **tidak** dikirim. Tanpa gateway ruangan, tidak ada yang dikirim ke
        > mana pun. Mau mematikannya? Tulis `GIGAI_PROGRESS=0` di file `.env` (atau jalankan
        > `os.environ["GIGAI_PROGRESS"] = "0"`).
        """),
        # Exercise cells are filled in by lab_exercises (see build.py).
        "EXERCISES",
        recap(
            [
                "`gigai doctor` memeriksa laptop; laporannya aman dikirim karena kunci disamarkan.",
                "Provider dipilih lewat `provider=` atau `GIGAI_PROVIDER`; `offline` selalu tersedia sebagai cadangan.",
                "Token = potongan teks; biaya dan batas LLM dihitung per token.",
                "Kunci API disimpan di `.env` atau Colab Secrets, tidak pernah di notebook; bocor → revoke.",
            ],
            "Lab 2 — *Prompt pertama*: pesan, peran, system prompt, temperature, dan biaya dalam rupiah.",
        ),
    ]
