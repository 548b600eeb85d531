from nb import code, header, install, md, recap

FILENAME = "07_video_ai.ipynb"
TITLE = "Video AI: narasi, caption, visual, musik, render"


def cells():
    return [
        header(
            number=7,
            filename=FILENAME,
            title=TITLE,
            minutes=70,
            intro="""
            Saatnya storyboard dari Lab 6 menjadi video! gigai menjalankan *pipeline* bertahap:
            **naskah → narasi (suara) → caption → visual → musik → render**. Kita lihat tiap tahap, membuat
            **preview** cepat, lalu (di kelas) merender versi final 9:16 untuk TikTok/Reels.
            """,
            goals=[
                "Menyiapkan teks narasi bahasa Indonesia agar enak diucapkan (`normalize_id`).",
                "Membuat suara narasi offline dan melihat waktu tiap kata untuk caption.",
                "Memahami pilihan visual (kartu teks, foto sendiri, gambar AI) dan musik.",
                "Merender video preview, menontonnya di notebook, lalu merender versi final.",
                "Membaca file kredit (`credits.json`) dan menghormati lisensi aset.",
            ],
            parts=[
                ("Pipeline video", 5),
                ("Narasi dan normalisasi teks", 10),
                ("Caption dari waktu kata", 10, "opsional"),
                ("Visual dan musik", 10, "opsional"),
                ("Render preview", 10),
                ("Kredit dan render final", 5, "opsional"),
                ("Latihan + ringkasan", 20),
            ],
        ),
        install(),
        code("""
        # NBVAL_IGNORE_OUTPUT
        import json
        import tempfile
        from pathlib import Path

        from IPython.display import Audio, Video, display

        import gigai
        from gigai.latihan import lab7
        from gigai.video import Brief, Storyboard, normalize_id, render, write_storyboard
        from gigai.video.tts import SAMPLE_RATE, speak

        folder = Path(tempfile.mkdtemp(prefix="video-"))
        print("Model aktif:", gigai.get_model().label)
        """),
        md("""
        ## 1. Pipeline video

        | tahap | yang terjadi | kalau offline |
        |---|---|---|
        | naskah | storyboard dari Lab 6 | template gigai |
        | narasi | teks → suara, plus waktu setiap kata | suara espeak-ng (robotik tapi jelas) |
        | caption | kata-kata muncul sesuai suara | sama persis |
        | visual | kartu teks bergradasi, foto/video milikmu, atau gambar AI | kartu teks |
        | musik | musik latar yang volumenya diturunkan saat narasi | musik bawaan gigai |
        | render | semua digabung ffmpeg menjadi `.mp4` | sama persis |

        Kita mulai dari storyboard pendek (3 scene) supaya render cepat. Kalau kamu menyimpan storyboard di
        Lab 6, muat dengan `Storyboard.load("hasil/storyboard.json")`.
        """),
        code("""
        brief = Brief(product="Kopi Susu Gula Aren", business="Kopi Kita", audience="mahasiswa",
                      price="Rp 18.000", cta="Pesan via GoFood!")
        storyboard = write_storyboard(brief, scenes=3)
        storyboard
        """),
        md("""
        ## 2. Narasi: teks yang enak diucapkan

        Mesin suara membaca "Rp 18.000" atau "yg" dengan aneh. `normalize_id` mengubah tulisan menjadi
        ucapan; **caption tetap memakai tulisan asli**.
        """),
        code("""
        for tulisan in ["Cuma Rp 18.000, diskon 10%!", "Buka jam 08.00-22.00 WIB", "Beli 3x gratis 1, yg penting hepi"]:
            print(f"{tulisan!r:40} → {normalize_id(tulisan)}")
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        narasi = speak(storyboard.scenes[0].narration, voice="offline")
        print(f"Suara: {narasi.voice}, durasi {narasi.duration:.1f} detik")
        display(Audio(narasi.samples, rate=SAMPLE_RATE))
        """),
        md("""
        Suara offline memang robotik. Dengan internet, coba `voice="edge"` (suara Microsoft Edge bahasa
        Indonesia, gratis) — kalau gagal, gigai otomatis kembali ke suara offline dan memberi catatan.

        ## 3. Caption dari waktu kata

        Mesin suara melaporkan **kapan setiap kata diucapkan**. Dari situ gigai membuat caption yang muncul
        kata demi kata (gaya TikTok) dan file subtitle `.srt`/`.vtt`.
        """),
        code("""
        for kata in narasi.words:
            print(f"{kata.start:5.2f}–{kata.end:5.2f} dtk  {kata.text}")
        """),
        md("""
        ## 4. Visual dan musik

        Setiap scene punya `visual`:

        - `card` — kartu teks dengan gradasi warna (`palette`: sunset, ocean, forest, grape, candy, gold).
        - `image` / `video` — foto atau video **milikmu sendiri** (`path="foto_produk.jpg"`). Paling meyakinkan!
        - `ai` — deskripsi gambar untuk generator gambar AI (offline: otomatis diganti kartu teks).

        Musik latar dipilih dengan `music=` (misal `"lofi"`), atau `None` tanpa musik. Semua aset bawaan gigai
        punya lisensi yang jelas dan tercatat di `credits.json`.

        Ingat aturan dari Lab 6 bagian 4: foto/video orang lain (pelanggan, karyawan, teman) hanya dengan
        **izin**; lagu populer dari Spotify/YouTube **tidak** boleh untuk promosi (akun bisnis TikTok memakai
        *Commercial Music Library*); foto atau suara realistis buatan AI diberi **label AI** saat diunggah.
        """),
        code("""
        scene_akhir = storyboard.scenes[-1]
        visual_baru = scene_akhir.visual.model_copy(update={"palette": "gold"})
        storyboard = storyboard.model_copy(update={
            "scenes": storyboard.scenes[:-1] + [scene_akhir.model_copy(update={"visual": visual_baru})],
        })
        print([s.visual.palette for s in storyboard.scenes])
        """),
        md("""
        ## 5. Render preview

        `preset="preview"` merender versi kecil dan cepat untuk mengecek naskah, waktu, dan caption.
        Di laptop 4 GB ini butuh beberapa detik sampai sekitar satu menit.
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        video_preview = render(storyboard, out=Path("hasil") / "promo_preview.mp4", preset="preview",
                               voice="offline", music="lofi", progress=False)
        print("Selesai:", video_preview.as_posix(), f"({video_preview.stat().st_size // 1024} KB)")
        """),
        md("""
        Tonton hasilnya di bawah. Videonya **tidak** disimpan di dalam notebook (notebook tetap kecil); pemutar
        membaca file `hasil/promo_preview.mp4` di samping notebook. Di Colab, pakai `Video(..., embed=True)`.
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        Video(video_preview.as_posix(), width=270)
        """),
        md("""
        Di samping video ada file subtitle dan kredit:
        """),
        code("""
        print(sorted(p.name for p in video_preview.parent.iterdir() if p.name.startswith(video_preview.stem)))
        """),
        code("""
        file_kredit = video_preview.with_name(video_preview.stem + ".credits.json")
        if not file_kredit.exists():
            file_kredit = video_preview.parent / "credits.json"  # nama file di versi gigai yang lebih lama
        kredit = json.loads(file_kredit.read_text(encoding="utf-8"))
        print("Aset yang dipakai video ini:")
        for aset in kredit.get("assets", []):
            jenis = {"font": "font", "voice": "suara", "music": "musik", "image": "gambar", "video": "video"}.get(
                aset.get("asset"), aset.get("asset", "aset"))
            print(f"- {jenis}: {aset.get('source', '-')} | lisensi: {aset.get('license', '-')}")
        label_ai = kredit.get("ai_disclosure", "-")
        print("Label AI di akhir video:", label_ai.get("closing_card") if isinstance(label_ai, dict) else label_ai)
        """),
        md("""
        **Kenapa kredit penting?** Musik, font, dan gambar punya pemilik. Platform bisa menurunkan (*takedown*)
        video yang memakai aset tanpa izin, dan itu merusak akun usahamu. Cantumkan kredit di deskripsi video.

        ## 6. *(Opsional)* Render final (di kelas)

        Versi final 1080×1920 (9:16) lebih lama: sekitar setengah sampai satu menit untuk video 30 detik, jadi
        sel ini **tidak** ikut *Run All*: ganti `buat_video_final = False` menjadi `True`, lalu jalankan selnya.
        Hasilnya disimpan di folder `hasil/` di samping notebook.
        """),
        code("""
        buat_video_final = False  # ganti True untuk merender versi final (± 1 menit)

        if buat_video_final:
            storyboard_final = write_storyboard(brief, scenes=5)
            video_final = render(storyboard_final, out=Path("hasil") / "promo_final.mp4", preset="9:16",
                                 voice="offline", music="lofi")
            print("Video final:", video_final.as_posix())
            display(Video(video_final.as_posix(), width=270))
        else:
            print("Render final dilewati. Ganti buat_video_final = True lalu jalankan sel ini lagi.")
        """),
        md("""
        ## 7. Latihan
        """),
        "EXERCISES",
        recap(
            [
                "Pipeline: naskah → narasi → caption → visual → musik → render; semua tahap jalan offline.",
                "`normalize_id` membuat angka, harga, dan singkatan enak diucapkan; caption tetap tulisan asli.",
                "Waktu kata dari mesin suara = caption yang pas dengan suara.",
                "Render `preview` dulu untuk cek cepat, baru `9:16` untuk final.",
                "`credits.json` mencatat lisensi setiap aset: cantumkan di deskripsi video.",
            ],
            "Hari 2 — Lab 8: dari bot dan video menjadi **usaha**: tarif, kanvas bisnis, dan proposal.",
        ),
    ]
