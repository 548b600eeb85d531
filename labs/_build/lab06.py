from nb import code, header, install, md, recap

FILENAME = "06_naskah_video.ipynb"
TITLE = "Naskah video: dari brief ke storyboard"


def cells():
    return [
        header(
            number=6,
            filename=FILENAME,
            title=TITLE,
            minutes=45,
            intro="""
            Video pendek (TikTok, Reels, Shorts) adalah etalase UMKM hari ini. Sebelum merender video (Lab 7),
            kita butuh **naskah** yang bagus. Di lab ini LLM membantu menulis *storyboard* dari sebuah *brief*,
            lalu kita menyunting scene-nya sendiri — karena kita yang paling kenal produk kita.
            """,
            goals=[
                "Menulis *brief* produk: apa, untuk siapa, harga, keunggulan, ajakan.",
                "Membuat naskah dengan `write_storyboard()` dan membaca tabel scene-nya.",
                "Menyunting scene (narasi, teks layar, durasi) tanpa merusak naskah asli.",
                "Menjelaskan apa yang membuat *hook* (maks. 3 detik) dan *call to action* yang kuat.",
                "Menyimpan storyboard ke `storyboard.json` untuk dirender di Lab 7.",
            ],
            parts=[
                ("Hook dan CTA: teori singkat", 10),
                ("Brief → storyboard", 10),
                ("Menyunting scene", 10),
                ("Menyimpan storyboard", 5),
                ("Latihan + ringkasan", 10),
            ],
        ),
        install(),
        code("""
        # NBVAL_IGNORE_OUTPUT
        import tempfile
        from pathlib import Path

        import gigai
        from gigai.latihan import lab6
        from gigai.video import Brief, Scene, Storyboard, write_storyboard

        print("Model aktif:", gigai.get_model().label)
        """),
        md("""
        ## 1. Hook dan call to action

        Penonton memutuskan dalam **2–3 detik pertama** apakah lanjut menonton atau *scroll*, jadi scene hook
        paling lama 3 detik. Struktur video promo 15–60 detik yang sering dipakai:

        | bagian | tugas | contoh |
        |---|---|---|
        | **Hook** (scene 1) | menghentikan jempol | pertanyaan ("Ngantuk pas kelas pagi?"), angka ("3 menit jadi!"), hal mengejutkan |
        | Masalah / kenalan | "ini aku banget" | "Tugas numpuk, dompet tipis." |
        | Produk + manfaat | solusi, bukan daftar fitur | "Kopi susu gula aren: melek tanpa bikin kantong bolong." |
        | Bukti / penawaran | alasan percaya | harga, testimoni, promo |
        | **CTA** (scene terakhir) | satu ajakan yang jelas | "Pesan sekarang di GoFood, ketik *Kopi Kita*!" |

        Hook yang **lemah**: "Halo semuanya, selamat datang di video kami." CTA yang **lemah**: tidak ada, atau
        terlalu banyak ("follow, like, share, komen, DM, kunjungi toko...").

        ## 2. Dari brief ke naskah

        *Brief* adalah ringkasan pesanan: produk, usaha, target penonton, harga, keunggulan, ajakan.
        """),
        code("""
        brief = Brief(
            product="Kopi Susu Gula Aren",
            business="Kopi Kita",
            audience="mahasiswa",
            price="Rp 18.000",
            benefits=["bikin melek buat nugas", "gula aren asli, tidak terlalu manis"],
            cta="Pesan via GoFood, cari Kopi Kita!",
        )
        naskah = write_storyboard(brief, scenes=5)
        naskah
        """),
        md("""
        Tanpa LLM (mode offline), naskah dibuat dari **template** gigai, dan catatannya bilang begitu.
        Dengan provider sungguhan, LLM menulis naskah yang lebih kreatif — tapi tetap dengan struktur yang sama:
        hook di scene pertama, CTA di scene terakhir.

        Total durasi dan isi tiap scene:
        """),
        code("""
        print("Judul  :", naskah.title)
        print("Durasi :", naskah.duration, "detik")
        print("Sumber :", naskah.source)
        for i, scene in enumerate(naskah.scenes, 1):
            print(f"{i}. [{scene.duration:.0f} dtk] {scene.on_screen_text!r:30} | {scene.narration}")
        """),
        md("""
        ## 3. Menyunting scene

        LLM memberi draf pertama; **kamu** editornya. Storyboard di gigai tidak diubah di tempat: setiap suntingan
        menghasilkan naskah **baru**, sehingga versi lama tetap ada untuk dibandingkan.

        Cara 1 — ganti satu scene dengan `model_copy(update=...)`:
        """),
        code("""
        hook_baru = naskah.scenes[0].model_copy(update={
            "narration": "Ngantuk pas kelas pagi? Tiga teguk, langsung melek!",
            "on_screen_text": "Ngantuk pas kelas pagi?",
            "duration": 3.0,
        })
        naskah_v2 = naskah.model_copy(update={"scenes": [hook_baru] + naskah.scenes[1:]})
        print("Lama:", naskah.scenes[0].narration)
        print("Baru:", naskah_v2.scenes[0].narration)
        """),
        md("""
        Cara 2 — lewat tabel: `table()` memberi baris-baris yang bisa disunting (juga di Excel/Google Sheets
        atau di aplikasi studio gigai), lalu `from_table()` membuat naskah baru.
        Contoh: hapus scene ke-4 dan pendekkan semua durasi menjadi maksimal 5 detik.
        """),
        code("""
        baris = naskah_v2.table()
        baris = [b for b in baris if b["no"] != 4]
        for b in baris:
            b["durasi"] = min(b["durasi"], 5.0)
        naskah_v3 = naskah_v2.from_table(baris)
        naskah_v3
        """),
        md("""
        ## 4. Menyimpan naskah

        Lab 7 merender video dari file `storyboard.json`. Kita simpan di folder sementara; di laptopmu sendiri
        kamu boleh menyimpannya di folder proyek, misal `Path("hasil/storyboard.json")`.
        """),
        code("""
        folder = Path(tempfile.mkdtemp(prefix="naskah-"))
        file_sb = naskah_v3.save(folder / "storyboard.json")
        print("Tersimpan:", file_sb.name, f"({file_sb.stat().st_size} byte)")

        dibaca_lagi = Storyboard.load(file_sb)
        print("Sama dengan yang disimpan?", dibaca_lagi == naskah_v3)
        """),
        md("""
        ## 5. Latihan: naskah untuk usahamu

        Tulis brief untuk usaha pilihanmu (boleh sama dengan bot di Lab 3), buat naskah, lalu perbaiki
        **hook** dan **CTA**-nya. Pemeriksa menilai rubrik (hook pendek dan memancing rasa ingin tahu, CTA berisi
        satu ajakan yang jelas, durasi masuk akal) — bukan kalimat tertentu.
        """),
        "EXERCISES",
        recap(
            [
                "Brief → `write_storyboard()` → naskah berisi scene: narasi, teks layar, visual, durasi.",
                "Hook (maks. 3 detik) menghentikan *scroll*; CTA di akhir berisi satu ajakan yang jelas.",
                "Suntingan menghasilkan naskah baru (`model_copy`, `table()`/`from_table()`), versi lama aman.",
                "`save()`/`Storyboard.load()` menyimpan dan membaca `storyboard.json` untuk Lab 7.",
            ],
            "Lab 7 — *Video AI*: narasi, caption, visual, musik, dan render video.",
        ),
    ]
