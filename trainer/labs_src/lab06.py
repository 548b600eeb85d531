from nb import code, header, install, md, recap

FILENAME = "06_naskah_video.ipynb"
TITLE = "Naskah video: dari brief ke storyboard"


def cells():
    return [
        header(
            number=6,
            filename=FILENAME,
            title=TITLE,
            minutes=60,
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
                "Tahu aturan label konten AI, hak musik dan gambar, dan izin wajah/suara sebelum mengunggah.",
            ],
            parts=[
                ("Hook dan CTA: teori singkat", 10),
                ("Brief → storyboard", 10),
                ("Menyunting scene dengan `ubah`", 10),
                ("Label AI, hak musik/gambar, izin wajah dan suara", 5),
                ("Menyimpan storyboard", 5),
                ("Latihan + ringkasan", 20),
            ],
        ),
        install(),
        code("""
        # NBVAL_IGNORE_OUTPUT
        import tempfile
        from pathlib import Path

        import gigai
        from IPython.display import display

        from gigai.latihan import lab6
        from gigai.latihan.pictures import thumbnails
        from gigai.video import Brief, Scene, Storyboard, write_storyboard

        print("Model aktif:", gigai.get_model().label)
        """),
        md("""
        ## 1. Hook dan call to action

        Penonton memutuskan dalam **2–3 detik pertama** apakah lanjut menonton atau *scroll*, jadi scene hook
        paling lama 3 detik. Struktur video promo 15–60 detik yang sering dipakai:

        | bagian | tugas | contoh |
        |---|---|---|
        | **Hook** (scene 1) | membuat penonton berhenti *scroll* | pertanyaan ("Ngantuk pas kelas pagi?"), angka ("3 menit jadi!"), hal mengejutkan |
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

        Sebelum merender, lihat dulu gambaran tiap scene (kartu pertama tiap scene, ukuran kecil) dan tabelnya:
        """),
        code("""
        display(thumbnails(naskah))
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

        Cara utama — `ubah(nomor, ...)`: satu panggilan untuk satu scene. Nomor 1 = scene pertama (hook), -1 =
        scene terakhir (ajakan). `teks=` mengisi narasi dan teks layar sekaligus; `narasi=`, `teks_layar=`, dan
        `durasi=` mengubahnya satu per satu. Beberapa `ubah` bisa disambung:
        """),
        code("""
        naskah_v2 = naskah.ubah(1, teks="Ngantuk pas kelas pagi?", durasi=3)
        naskah_v2 = naskah_v2.ubah(-1, narasi="Pesan sekarang di GoFood, ketik Kopi Kita!")
        print("Lama:", naskah.scenes[0].narration)
        print("Baru:", naskah_v2.scenes[0].narration)
        """),
        md("""
        *(Opsional)* Cara tabel: `table()` memberi baris-baris yang bisa disunting (juga di Excel/Google Sheets
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
        ## 4. Sebelum mengunggah: label AI, hak musik dan gambar, izin

        - **Label konten AI.** TikTok, Instagram/Facebook (Reels) dan YouTube (Shorts) meminta kreator memberi
          label pada konten AI yang **terlihat nyata**: wajah atau suara orang yang dibuat/ditiru AI, kejadian
          yang tidak pernah terjadi, foto realistis buatan AI. Caranya: sakelar *AI-generated content* (TikTok),
          *AI info* (Meta), *Altered or synthetic content* (YouTube Studio) saat mengunggah. Kartu teks dan suara
          narasi offline seperti di lab ini jelas bukan rekaman nyata, tapi kalau kamu memakai foto/wajah/suara
          buatan AI yang realistis, **pasang labelnya** (video dari gigai juga ditutup dengan kartu "Dibuat
          dengan bantuan AI"; lihat Lab 7). Sumber: [TikTok, konten buatan AI](https://support.tiktok.com/en/using-tiktok/creating-videos/ai-generated-content);
          [YouTube, mengungkapkan konten yang diubah atau sintetis](https://support.google.com/youtube/answer/14328491)
          (berlaku sejak 18 Maret 2024); [Meta, cara mengenali konten AI](https://www.meta.com/help/artificial-intelligence/1783222608822690/).
        - **Musik.** Lagu populer di aplikasi TikTok umumnya dilisensikan untuk akun **pribadi**. Akun bisnis dan
          video promosi memakai **Commercial Music Library** TikTok (musik yang boleh dipakai untuk promosi, hanya
          di TikTok): [TikTok Commercial Music Library](https://ads.tiktok.com/business/creativecenter/music/pc/en).
          Musik bawaan gigai (folder `assets/music`) boleh dipakai; lagu dari Spotify/YouTube **tidak**.
        - **Gambar.** Pakai foto produk sendiri atau foto yang lisensinya jelas. Gambar dari Google Image bukan
          gratis dipakai; logo dan karakter milik merek lain juga tidak.
        - **Wajah dan suara.** Minta izin (sebaiknya tertulis, cukup chat WhatsApp) sebelum menampilkan wajah atau
          suara pelanggan, karyawan, atau teman. Jangan meniru suara atau wajah orang lain (termasuk artis) dengan AI.

        Ini bukan nasihat hukum, dan aturan platform sering berubah (dicek 1 Desember 2026): buka lagi tautannya
        sebelum mengunggah untuk klien.

        ## 5. Menyimpan naskah

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
        ## 6. Latihan: naskah untuk usahamu

        Tulis brief untuk usaha pilihanmu (boleh sama dengan bot di Lab 3), buat naskah, lalu perbaiki
        **hook** dan **CTA**-nya. Pemeriksa menilai rubrik, bukan kalimat tertentu: hook maks. 3 detik dengan
        pertanyaan, angka, atau hal mengejutkan (bukan salam); CTA berisi **satu** ajakan dan kanalnya (WhatsApp,
        DM Instagram, GoFood, Shopee, alamat toko); durasi masuk akal. Contoh buruk dari bagian 1 tidak lolos,
        begitu juga draf template yang belum disunting dan usaha contoh (Kopi Kita).
        """),
        "EXERCISES",
        recap(
            [
                "Brief → `write_storyboard()` → naskah berisi scene: narasi, teks layar, visual, durasi.",
                "Hook (maks. 3 detik) menghentikan *scroll*; CTA di akhir berisi satu ajakan yang jelas.",
                "`naskah.ubah(1, teks=..., durasi=3)` menyunting satu scene dan menghasilkan naskah baru; versi lama aman.",
                "`save()`/`Storyboard.load()` menyimpan dan membaca `storyboard.json` untuk Lab 7.",
                "Label konten AI yang realistis, musik dari Commercial Music Library untuk akun bisnis, izin wajah/suara.",
            ],
            "Lab 7 — *Video AI*: narasi, caption, visual, musik, dan render video.",
        ),
    ]
