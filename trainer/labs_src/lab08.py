from nb import check, code, exercise, header, install, md, progress, recap

from gigai.latihan.lab8 import BAD_OUTREACH

FILENAME = "08_model_bisnis.ipynb"
TITLE = "Model bisnis: klien, tarif, dan biaya"


def cells():
    return [
        header(
            number=8,
            filename=FILENAME,
            title=TITLE,
            minutes=75,
            intro="""
            Kemarin kamu membuat chatbot dan video. Hari ini kita menjualnya: **di mana** klien pertamamu,
            **berapa** harga yang tidak membuatmu rugi (termasuk hosting dan biaya API), dan **bagaimana**
            menyapa calon klien. Semua latihan memakai **usahamu sendiri** atau usaha calon klien nyata
            (keluarga, tetangga, teman) — contoh di notebook ini (jasa untuk laundry di Bandung) tidak lolos
            pemeriksa.
            """,
            goals=[
                "Mengenal tempat freelancer Indonesia mendapat klien dan berapa potongan tiap platform.",
                "Mengisi Business Model Canvas untuk idemu sendiri, lalu mengoreksi draf otomatisnya.",
                "Menghitung tarif per jam yang menutup biaya hidup dan kerja; tahu kapan pajak berlaku.",
                "Menghitung biaya bot yang menjawab 24 jam (hosting + API) dan memasukkannya ke harga.",
                "Menulis pesan perkenalan yang jelas untuk calon klien pertama.",
            ],
            parts=[
                ("1. Di mana klien? Platform dan potongannya", 8),
                ("2. Kanvas bisnis (q1)", 12),
                ("3. Tarif dan pajak (q2)", 15),
                ("4. Bot 24 jam: hosting + API (q3)", 8),
                ("5. Harga proyek (q4)", 7),
                ("6. Paket Basic/Standard/Premium (q5)", 8, "opsional"),
                ("7. Pesan perkenalan (q6)", 10),
                ("8. Portofolio (q7)", 7, "opsional"),
            ],
        ),
        install(),
        code("""
        from gigai.business import (DEFAULT_TIERS, EXAMPLE_MONTHLY_COSTS, HOSTING, api_cost_estimate,
                                    compare_pricing, draft_canvas, package_tiers, platform_fees, portfolio_piece,
                                    rate_calculator, running_cost, rupiah, tax_facts)
        from gigai.latihan import lab8

        # `____` menandai bagian yang harus kamu isi. Selama belum diisi, check() menjawab "belum dicoba".
        ____ = None
        print("Siap. Contoh format rupiah:", rupiah(1250000))
        """),
        md("""
        > **Jalur minimum** (kalau kelas tertinggal): bagian 1, 2, 3, 4, 5, 7. Bagian 6 (paket) dan 8
        > (portofolio) boleh jadi PR.

        ## 1. Di mana klien pertamamu?

        Klien pertama biasanya **bukan** dari internet, tapi dari orang yang sudah percaya padamu: usaha
        keluarga, warung langganan, teman yang jualan online, grup UMKM di kotamu. Datang membawa **demo di HP**
        (bot dari Lab 3-5, video dari Lab 7) lebih meyakinkan daripada brosur.

        Setelah punya 1-3 contoh hasil kerja, marketplace freelance membantu menemukan klien baru. Mereka
        menahan pembayaran klien sampai pekerjaan selesai (rekening bersama/escrow), tapi **memotong** sebagian
        dari bayaranmu. Tabel di bawah menunjukkan berapa yang sampai ke kamu dari pesanan Rp 1 juta:
        """),
        code("platform_fees(1_000_000)"),
        md("""
        Yang perlu diingat:

        - **Potongan dihitung dari bayaranmu**, jadi masukkan ke harga. Di Fiverr, harga Rp 1.000.000 berarti
          kamu menerima sekitar Rp 800.000 — belum termasuk biaya tarik dana dan selisih kurs.
        - **Jangan pindahkan pembayaran ke luar platform** untuk klien yang kamu temukan di sana: akunmu bisa
          diblokir, dan kamu kehilangan perlindungan saat klien tidak membayar.
        - Platform lokal (Fastwork, Sribu, Projects.co.id) memakai rupiah dan bahasa Indonesia; Upwork dan
          Fiverr butuh profil berbahasa Inggris dan bersaing dengan freelancer seluruh dunia.
        - Angka potongan berubah-ubah. Tanggal pengecekan dan sumbernya ada di bawah tabel: cek halaman
          bantuan resmi sebelum memasang harga.

        ## 2. Kanvas bisnis

        *Business Model Canvas* merangkum bisnismu dalam sembilan blok di satu halaman: siapa kliennya, masalah
        apa yang kamu selesaikan, lewat mana kamu menjangkau mereka, dari mana uang masuk, dan biaya apa yang
        keluar. `draft_canvas` membuat draf dari satu kalimat idemu (dengan LLM kalau ada kunci API; offline
        dari kata-kata idemu sendiri). Ini **contoh** dari notebook:
        """),
        code("""
        contoh_kanvas = draft_canvas(lab8.EXAMPLE_IDEA)
        contoh_kanvas
        """),
        md("""
        Draf otomatis itu umum. Kamu yang tahu detailnya: **siapa persisnya klien pertamamu** (bukan "UMKM",
        tapi "warung sate di dekat kampus yang ramai pesanan WhatsApp") dan **lewat mana kamu akan menemuinya**.

        ### Latihan 1 (q1) — Kanvas untuk idemu sendiri
        Tulis idemu, buat drafnya, lalu ubah minimal satu blok dengan `.edit(...)`. Nama blok:
        `customer_segments`, `value_propositions`, `channels`, `customer_relationships`, `revenue_streams`,
        `key_resources`, `key_activities`, `key_partners`, `cost_structure`.
        """),
        exercise(8, "q1", """
        ide_saya = "____"  # satu kalimat: jasa apa, untuk siapa, di kota mana
        kanvas_saya = ____  # TODO: draft_canvas(ide_saya).edit(customer_segments=["..."], channels=["..."])
        kanvas_saya
        """),
        *check(8, "q1"),
        md("""
        ## 3. Berapa tarifmu?

        **Tarif per jam = (target penghasilan bersih + biaya kerja + pajak) ÷ jam TERTAGIH per bulan.**

        Jam tertagih adalah jam yang dibayar klien. Jam membalas chat, mencari klien, belajar, dan mengurus
        invoice tidak dibayar siapa pun — freelancer penuh waktu biasanya hanya bisa menagih 15-30 jam per
        minggu. Libur, sakit, dan mudik juga masuk hitungan (`weeks_off`). Contoh dari notebook:
        """),
        code("""
        contoh_tarif = rate_calculator(5_000_000, 20, EXAMPLE_MONTHLY_COSTS, weeks_off=4)
        contoh_tarif
        """),
        md("""
        **Pajak: kenapa di atas tertulis 0?** Ada dua jalur, dipilih dari **jenis** penghasilanmu, bukan besarnya:

        - **Pekerjaan bebas** (jasa keahlian yang kamu kerjakan sendiri: desain, menulis, konsultasi, konten,
          mengajar). PPh Final 0,5% PP 55/2022 **tidak** berlaku di sini. Penghasilan neto dihitung dari
          pembukuan atau **NPPN** (beritahu DJP dalam 3 bulan pertama tahun pajak), dikurangi **PTKP Rp 54 juta**
          setahun (lajang), lalu tarif Pasal 17 (5% untuk Rp 60 juta pertama).
        - **Usaha** (jualan, atau jasa yang dijalankan sebagai usaha): PPh Final 0,5% PP 55/2022, bebas untuk
          omzet sampai Rp 500 juta setahun, paling lama 7 tahun pajak untuk orang pribadi.

        Penghasilan pemula biasanya **tetap 0** pajaknya, karena di bawah PTKP atau di bawah Rp 500 juta; itu
        sebabnya kalkulator memakai pajak 0. Sel berikut merangkum kedua jalur, NIK sebagai NPWP, dan potongan
        PPh 21/23 dari klien perusahaan:
        """),
        code("tax_facts()"),
        md("""
        ### Latihan 2 (q2) — Tarifmu sendiri
        Isi biaya kerja bulananmu yang nyata (minimal 3, termasuk internet/kuota), target penghasilan bersih,
        dan jam tertagih per minggu. Angka contoh notebook tidak lolos: ini tentang hidupmu.
        """),
        exercise(8, "q2", """
        biaya_saya = {
            "____": 0,  # contoh: "Kuota HP + wifi": 250_000
            "____": 0,  # contoh: "Penyusutan laptop": 150_000
            "____": 0,  # contoh: "Langganan API dan aplikasi": 100_000
        }
        tarif_saya = ____  # TODO: rate_calculator(target_bersih_per_bulan, jam_tertagih_per_minggu, biaya_saya)
        tarif_saya
        """),
        *check(8, "q2"),
        md("Dengan tarif itu, berapa penghasilanmu setahun, dan berapa pajaknya di kedua jalur?"),
        code("""
        if tarif_saya is not None:
            display(tax_facts(tarif_saya.revenue_needed_per_month * 12))
        else:
            print("Isi `tarif_saya` di Latihan 2 dulu, lalu jalankan sel ini lagi.")
        """),
        md("""
        ## 4. Bot yang menjawab 24 jam: hosting + API

        Jujur ke klien soal apa yang kamu serahkan. Yang kita buat kemarin adalah **aplikasi chat web**: sebuah
        link yang dibuka pelanggan di HP. Link itu hanya hidup selama komputernya menyala:

        - Dari **laptopmu** (mode LAN, Lab 5) bot mati saat laptop ditutup — cukup untuk demo, tidak untuk
          pelanggan sungguhan.
        - Untuk 24 jam, aplikasi dijalankan di **hosting** (VPS atau layanan hosting aplikasi), dan setiap
          percakapan memakai **API LLM** yang dibayar per token.
        - **WhatsApp bukan bawaan.** Menyambungkan bot ke nomor WhatsApp usaha butuh *WhatsApp Business
          Platform* (Cloud API) dari Meta: akun bisnis yang diverifikasi, nomor khusus, server dengan alamat
          publik, dan **biaya per percakapan/pesan** dari Meta di luar biaya API LLM. Jangan menjanjikan
          "chatbot WhatsApp" di harga link web. Panduannya: `gigai bot --help`, dan file `CHANNELS.md`
          di folder hasil `gigai bot export` (Telegram lebih mudah: bisa langsung dari laptop).

        Biaya API untuk 1.000 percakapan sebulan:
        """),
        code("api_cost_estimate(1_000, provider=\"gemini\")"),
        md("Pilihan hosting (kisaran harga, cek penyedianya):"),
        code("""
        for kunci, h in HOSTING.items():
            print(f"{kunci:8} {rupiah(h.idr_per_month):>11}/bulan  {'24 jam' if h.always_on else 'TIDAK 24 jam'}  {h.name}")
        """),
        md("""
        ### Latihan 3 (q3) — Biaya bot klienmu per bulan
        Perkirakan berapa percakapan per bulan di usaha klienmu (misalnya 20 chat sehari ≈ 600 sebulan) dan
        pilih hosting yang menyala 24 jam.
        """),
        exercise(8, "q3", """
        biaya_bot = ____  # TODO: running_cost(percakapan_per_bulan, hosting="____")
        biaya_bot
        """),
        *check(8, "q3"),
        md("""
        Biaya ini berulang **setiap bulan**, jadi tawarkan **langganan perawatan**: hosting + API + beberapa
        jam kerjamu (update menu, cek jawaban yang salah). Contoh dengan 2 jam perawatan per bulan:
        """),
        code("""
        if biaya_bot is not None and tarif_saya is not None:
            print("Langganan perawatan per bulan:", rupiah(biaya_bot.monthly_fee(tarif_saya, maintenance_hours=2)))
        else:
            print("Isi `tarif_saya` (Latihan 2) dan `biaya_bot` (Latihan 3) dulu.")
        """),
        md("""
        ## 5. Harga proyek

        Harga minimum proyek = jam kerjamu × tarif per jam + biaya yang kamu bayarkan untuk klien (di sini:
        bulan pertama bot). Di bawah itu kamu **membayar** untuk bekerja.

        ### Latihan 4 (q4) — Harga setup chatbot untuk klienmu
        """),
        exercise(8, "q4", """
        jam_proyek = ____  # jam kerja: analisis, persona, basis pengetahuan, uji coba, revisi, serah terima
        harga_proyek = ____  # TODO: tarif_saya.price_for(jam_proyek, extra_costs=biaya_bot.total)
        """),
        *check(8, "q4"),
        md("Harga yang sama dengan tiga cara menagih, dan yang sampai ke kamu kalau lewat platform:"),
        code("""
        if harga_proyek is not None and tarif_saya is not None:
            display(compare_pricing(tarif_saya, jam_proyek, api_cost=biaya_bot.total if biaya_bot else 0))
            display(platform_fees(harga_proyek))
        else:
            print("Isi Latihan 2-4 dulu.")
        """),
        md("""
        ## 6. Paket Basic / Standard / Premium (opsional)

        Paket memudahkan klien memilih dan mudah dijual di Instagram atau marketplace. Isinya harus cocok
        dengan usaha klienmu. Isi bawaan gigai:
        """),
        code("package_tiers(contoh_tarif, service=\"chatbot\")"),
        md("""
        ### Latihan 5 (q5) — Paketmu
        Salin paket bawaan, ubah isi (`deliverables`) minimal satu paket, lalu hitung harganya.
        """),
        exercise(8, "q5", """
        tier_saya = [dict(t) for t in DEFAULT_TIERS["chatbot"]]
        tier_saya[0]["deliverables"] = ["____"]  # isi paket Basic untuk klienmu
        paket_saya = ____  # TODO: package_tiers(tarif_saya, tiers=tier_saya, api_cost=biaya_bot.total)
        paket_saya
        """),
        *check(8, "q5"),
        md(f"""
        ## 7. Pesan perkenalan

        Pesan pertama menentukan apakah calon klien membalas. Bandingkan. **Kurang baik:**

        > {BAD_OUTREACH}

        Umum, tentang dirimu, tanpa tawaran, tanpa langkah berikutnya. **Lebih baik** punya empat bagian:

        1. Sapa **nama usahanya** (tunjukkan kamu sudah melihat usahanya).
        2. Sebut **masalah** yang kamu lihat (chat menumpuk malam hari, konten jarang diunggah).
        3. Tawarkan sesuatu yang **konkret**: demo gratis dengan menu mereka, contoh video, harga mulai Rp ...
        4. Akhiri dengan **satu pertanyaan** yang mudah dijawab ("Boleh saya tunjukkan 10 menit besok sore?").

        ### Latihan 6 (q6) — Pesan untuk calon klienmu
        """),
        exercise(8, "q6", """
        pesan_perkenalan = "____"  # 2-5 kalimat untuk WhatsApp/DM calon klienmu
        print(pesan_perkenalan)
        """),
        *check(8, "q6"),
        md("""
        ## 8. Portofolio (opsional)

        Portofolio menjual jasamu sebelum kamu bicara. Ceritakan satu hasil kerja hari pertama sebagai
        **masalah → solusi → hasil**, dengan **angka** di hasilnya (berapa chat terjawab, berapa menit hemat).

        ### Latihan 7 (q7) — Satu karya portofolio
        """),
        exercise(8, "q7", """
        portofolio = ____  # TODO: portfolio_piece("Judul", client="...", problem="...", solution="...", result="...")
        portofolio
        """),
        *check(8, "q7"),
        *progress(8),
        recap(
            [
                "Klien pertama biasanya dari jaringanmu sendiri; marketplace memotong 10-20% dari bayaranmu.",
                "Tarif = (target + biaya + pajak) ÷ jam tertagih. Pajak pemula sering 0: di bawah PTKP (pekerjaan bebas) atau Rp 500 juta (usaha).",
                "Bot 24 jam butuh hosting + API setiap bulan: tagih sebagai langganan perawatan.",
                "Link web ≠ WhatsApp: WhatsApp Business API butuh verifikasi Meta dan biaya per percakapan.",
                "Pesan perkenalan: nama usahanya, masalahnya, tawaran konkret, satu pertanyaan.",
            ],
            "Lab 9: proposal, SPK, dan invoice untuk klienmu (pakai `tarif_saya` dari lab ini).",
        ),
    ]
