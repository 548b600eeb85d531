from nb import check, code, exercise, header, install, md, progress, recap

FILENAME = "09_proposal_klien.ipynb"
TITLE = "Proposal, perjanjian jasa, dan invoice untuk klien"


def cells():
    return [
        header(
            number=9,
            filename=FILENAME,
            title=TITLE,
            minutes=75,
            intro="""
            Calon klien membalas pesanmu: "Boleh, kirim penawarannya ya." Di lab ini kamu menyusun tiga dokumen
            yang dipakai freelancer sungguhan: **proposal** (apa, kapan, berapa), **perjanjian jasa**
            (revisi, kepemilikan, pembatalan, meterai), dan **invoice** (tagihan DP). Angka-angkanya dihitung
            kode dari tarifmu, jadi tidak ada salah jumlah — dan kalau harga berubah, DP ikut berubah.
            """,
            goals=[
                "Mengubah pesan klien menjadi proposal: lingkup, jadwal, harga, syarat pembayaran.",
                "Menyusun penawaran harga sendiri dan melihat DP/pelunasan mengikuti penawaran.",
                "Membuat perjanjian jasa sederhana: lingkup, revisi, hasil kerja milik klien setelah lunas, pembatalan, meterai.",
                "Membuat invoice DP dan tahu pajak apa yang bisa dipotong klien perusahaan.",
                "Menyimpan proposal sebagai PDF dan melihatnya langsung di notebook.",
            ],
            parts=[
                ("1. Contoh: dari pesan klien ke proposal", 8),
                ("2. Proposal untuk klienmu (q1)", 12),
                ("3. Penawaran dan syarat bayar (q2, q3)", 12),
                ("4. Perjanjian jasa: revisi, kepemilikan, pembatalan, meterai (q4)", 12),
                ("5. Invoice dan pajak yang dipotong klien (q5)", 8),
                ("6. PDF dan pratinjau (q6)", 8),
                ("7. Video pitch (q7)", 15, "opsional"),
            ],
        ),
        install(),
        code("""
        from gigai.business import (EXAMPLE_MONTHLY_COSTS, draft_contract, draft_proposal, invoice_for,
                                    pdf_preview, quote, rate_calculator, rupiah, tax_facts)
        from gigai.latihan import lab9

        # `____` menandai bagian yang harus kamu isi. Selama belum diisi, check() menjawab "belum dicoba".
        ____ = None
        """),
        md("""
        > **Jalur minimum** (kalau kelas tertinggal): bagian 1-6. Bagian 7 (video pitch) boleh jadi PR.

        Tarif dari Lab 8 tidak terbawa ke notebook ini. Tulis ulang angkamu (target bersih per bulan, jam
        tertagih per minggu, biaya bulanan); kalau belum sempat, pakai contoh ini dulu.
        """),
        code("""
        tarif_saya = rate_calculator(4_000_000, 18, EXAMPLE_MONTHLY_COSTS, weeks_off=4)  # ganti dengan angka Lab 8-mu
        print("Tarif per jam:", rupiah(tarif_saya.hourly))
        """),
        md("""
        ## 1. Contoh: dari pesan klien ke proposal

        Ini pesan WhatsApp dari calon klien **contoh**. `draft_proposal` menyusun masalah, lingkup, jadwal, dan
        harga. Harga dihitung dari **tarifmu** × perkiraan jam, bukan dikarang AI. Offline, drafnya disusun dari
        kata-kata pesan klien sendiri (dengan kunci API, LLM yang menulis teksnya).
        """),
        code('''
        contoh_brief = """Klien: Laundry Bersih Kilat
        Halo kak, kami laundry di Bandung. Tiap malam banyak chat nanya harga per kilo dan kapan selesai.
        Mau dibuatkan chatbot WhatsApp dan 3 video TikTok promo. Target selesai 2 minggu, budget sekitar Rp 1,5 juta."""

        contoh_proposal = draft_proposal(contoh_brief, rate=tarif_saya, freelancer="Rani", contact="WA 0812-0000-0000")
        contoh_proposal
        '''),
        md("""
        Perhatikan bagian **Catatan**: klien minta "chatbot WhatsApp", tapi yang kita kirim adalah **link
        aplikasi web**. Menyambungkan ke nomor WhatsApp resmi butuh WhatsApp Business API (verifikasi Meta dan
        biaya per percakapan), jadi proposal menulisnya di "Tidak termasuk". Lebih baik jujur di proposal
        daripada berdebat saat serah terima.

        **Harga berubah, DP ikut berubah.** Klien menawar, kamu mengurangi lingkup dan mengganti penawaran.
        Syarat pembayaran **dihitung ulang** dari penawaran baru (tidak pernah diketik tangan):
        """),
        code("""
        penawaran_lain = quote([("Setup chatbot FAQ laundry", 1, 850_000), ("Video promo TikTok 9:16", 3, 150_000)])
        contoh_baru = contoh_proposal.with_quote(penawaran_lain)
        print("Sebelum:", contoh_proposal.payment_terms[0])
        print("Sesudah:", contoh_baru.payment_terms[0], "| total", rupiah(contoh_baru.total))
        """),
        md("""
        ## 2. Proposal untuk klienmu

        ### Latihan 1 (q1) — Pesan klienmu, proposalmu
        Pakai calon klien dari Lab 8 (usaha keluarga, teman, tetangga). Tulis pesannya seperti chat sungguhan:
        nama usaha (baris `Klien: ...`), kota, masalah, layanan yang diminta, tenggat, budget. Lalu buat
        proposal dengan namamu. Contoh laundry di atas tidak lolos pemeriksa.
        """),
        exercise(9, "q1", '''
        brief_klien = """Klien: ____
        ____"""
        proposal_saya = ____  # TODO: draft_proposal(brief_klien, rate=tarif_saya, freelancer="____", contact="____")
        proposal_saya
        '''),
        *check(9, "q1"),
        md("""
        ## 3. Penawaran harga dan syarat bayar

        Draf otomatis membuat satu baris per pekerjaan. Biasanya kamu menyederhanakannya untuk klien: beberapa
        item yang mudah dimengerti. `quote()` menjumlah subtotal, diskon, dan PPN. **PPN** hanya untuk PKP
        (omzet di atas Rp 4,8 miliar setahun): kebanyakan freelancer menulis `ppn=0`.
        Proposal chatbot menjanjikan bot yang menjawab **24 jam**: itu hanya benar kalau bot jalan di hosting
        yang selalu menyala (Lab 8). Masukkan baris hosting di penawaranmu; kalau lupa, proposal menampilkan
        kotak ⚠️ **Cek dulu** di notebook (kotak itu tidak ikut ke PDF klien).

        ### Latihan 2 (q2) — Penawaranmu
        Bentuk item: `("Nama item", harga)`, `("Nama item", jumlah, harga_satuan)`, atau
        `("Nama item", jumlah, "satuan", harga_satuan)`.
        """),
        exercise(9, "q2", """
        penawaran_saya = ____  # TODO: quote([("____", 1, 0), ("____", 2, 0)], ppn=0)
        penawaran_saya
        """),
        *check(9, "q2"),
        md("""
        ### Latihan 3 (q3) — Tempelkan penawaran ke proposal
        `with_quote` membuat proposal **baru**; DP dan pelunasan dihitung dari penawaranmu. Kamu juga bisa
        mengatur DP (`dp=0.5` di `draft_proposal`) dan jumlah revisi (`revisions=2`).
        """),
        exercise(9, "q3", """
        proposal_final = ____  # TODO: proposal_saya.with_quote(penawaran_saya)
        """),
        *check(9, "q3"),
        md("""
        ## 4. Perjanjian jasa

        Proposal adalah tawaran; **perjanjian jasa** adalah kesepakatan yang ditandatangani kedua pihak sebelum DP
        dibayar. (Jangan menyebutnya "Surat Perjanjian Kerja": *perjanjian kerja* adalah istilah hubungan
        karyawan dan majikan di UU Ketenagakerjaan. Freelancer dan klien adalah dua pihak yang setara. Kalau klien
        perusahaan mengirim "SPK", biasanya itu *Surat Perintah Kerja*: perintah memulai pekerjaan.) Untuk proyek
        kecil, yang paling sering jadi masalah:

        - **Lingkup**: apa yang termasuk dan tidak. Fitur baru = penawaran baru, bukan "revisi".
        - **Revisi**: berapa putaran termasuk harga, dan berapa biaya putaran tambahan.
        - **Kepemilikan**: hasil kerja menjadi milik klien **setelah lunas**; sebelum itu tetap milikmu.
          Aset pihak ketiga (musik, font, model AI) mengikuti lisensinya; kamu boleh memajangnya di portofolio
          kalau klien setuju.
        - **Pembatalan**: DP tidak kembali kalau klien membatalkan setelah pekerjaan dimulai; dikembalikan kalau
          kamu yang membatalkan.
        - **Data pelanggan** klien dijaga (UU Pelindungan Data Pribadi, UU 27/2022).
        - **Meterai**: surat perjanjian kena bea meterai **Rp 10.000**, terutang **saat ditandatangani**, untuk
          setiap rangkap (UU 10/2020 tentang Bea Meterai). Meterai tidak menentukan sah atau tidaknya
          perjanjian, tapi pajaknya tetap terutang; tempel meterai atau pakai e-meterai.

        `draft_contract` menyusun perjanjian jasa dari proposal final. Ini **templat, bukan nasihat hukum**: baca
        bersama klien dan sesuaikan.

        ### Latihan 4 (q4) — Perjanjian jasa untuk proyekmu
        """),
        exercise(9, "q4", """
        perjanjian = ____  # TODO: draft_contract(proposal_final, client_rep="____ (pemilik)", city="____")
        perjanjian
        """),
        *check(9, "q4"),
        md("""
        ## 5. Invoice dan pajak yang dipotong klien

        Setelah perjanjian jasa ditandatangani, kirim **invoice DP**. Setelah serah terima, invoice **pelunasan**
        (`invoice_for(proposal_final, "pelunasan")`). Jumlahnya diambil dari proposal final, jadi DP +
        pelunasan selalu sama dengan total.

        Kalau klienmu **perusahaan** (PT/CV), mereka bisa memotong pajak sebelum membayar: PPh 21 kalau kamu
        orang pribadi, PPh 23 kalau kamu badan usaha. Uang yang masuk jadi lebih kecil dari invoice — itu
        normal. Minta **bukti potong** dan simpan untuk SPT Tahunan; pakai NIK-mu sebagai NPWP.
        """),
        code("tax_facts()"),
        md("""
        ### Latihan 5 (q5) — Invoice DP
        Tulis ke mana klien mentransfer (bank atau e-wallet dan nomornya).
        """),
        exercise(9, "q5", """
        invoice_dp = ____  # TODO: invoice_for(proposal_final, "dp", bank="____")
        invoice_dp
        """),
        *check(9, "q5"),
        md("""
        ## 6. PDF dan pratinjau

        Klien lebih suka satu file rapi daripada teks panjang di chat. `to_pdf` menyimpan PDF di folder
        `hasil/` (di samping notebook) dan `pdf_preview` menampilkan halamannya di sini, persis seperti yang
        akan dilihat klien.

        ### Latihan 6 (q6) — Proposal jadi PDF
        """),
        exercise(9, "q6", """
        pdf_proposal = ____  # TODO: proposal_final.to_pdf("hasil/proposal_saya.pdf")
        """),
        *check(9, "q6"),
        md("Perjanjian jasa dan invoice juga bisa jadi PDF (sel ini menunggu sampai Latihan 4-5 diisi):"),
        code("""
        # NBVAL_IGNORE_OUTPUT
        if perjanjian is not None and invoice_dp is not None:
            display(pdf_preview(perjanjian.to_pdf("hasil/perjanjian_jasa.pdf"), pages=2))
            display(pdf_preview(invoice_dp.to_pdf("hasil/invoice_dp.pdf"), pages=1))
        else:
            print("Isi `perjanjian` (Latihan 4) dan `invoice_dp` (Latihan 5) dulu.")
        """),
        md("""
        **Sebelum mengirim ke klien**: baca sekali lagi dengan suara keras. Nama klien benar? Tanggal dan
        jatuh tempo masuk akal? Lingkup sesuai yang dibicarakan? Kirim PDF lewat WhatsApp atau email, lalu
        tanyakan satu hal: "Ada yang ingin diubah sebelum kita tanda tangan perjanjiannya?"

        ## 7. Video pitch (opsional)

        Video 30 detik yang memperkenalkan **jasamu** membuat klien ingat kamu. Pakai pipeline hari pertama
        (render `preview` cepat di laptop).

        ### Latihan 7 (q7) — Video pitch
        """),
        exercise(9, "q7", """
        from gigai.video import Brief, render, write_storyboard

        brief_pitch = Brief(product="____", business="____", audience="____", cta="____")
        video_pitch = ____  # TODO: render(write_storyboard(brief_pitch, scenes=3), out="hasil/pitch.mp4", preset="preview", progress=False)
        """),
        *check(9, "q7"),
        *progress(9),
        recap(
            [
                "Proposal: apa, kapan, berapa, bagaimana bayarnya. Harga dari tarif × jam, dijumlah kode.",
                "Ganti penawaran dengan `with_quote`: DP dan pelunasan ikut berubah, tidak ada angka lama tertinggal.",
                "Perjanjian jasa: lingkup, kuota revisi, milik klien setelah lunas, pembatalan, meterai Rp 10.000. Bukan nasihat hukum.",
                "Invoice DP dulu, pelunasan saat serah terima; klien perusahaan bisa memotong PPh 21/23 (minta bukti potong).",
                "Jujur soal WhatsApp: link web hari ini, WhatsApp Business API butuh verifikasi dan biaya Meta.",
            ],
            "Kerja kelompok dan *demo day*: satu paket jasa (bot + video + proposal) untuk satu UMKM nyata.",
        ),
    ]
