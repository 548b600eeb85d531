from nb import code, header, install, md, recap

FILENAME = "05_demo_gradio.ipynb"
TITLE = "Demo Gradio: dari bot menjadi aplikasi"


def cells():
    return [
        header(
            number=5,
            filename=FILENAME,
            title=TITLE,
            minutes=70,
            intro="""
            Bot di notebook hanya bisa dipakai kita sendiri. Dengan **Gradio** kita mengubahnya menjadi aplikasi
            web dalam beberapa baris, membagikannya ke teman sekelas lewat wifi ruangan, lalu mengekspornya
            menjadi folder yang siap di-*deploy* ke internet.
            """,
            goals=[
                "Menulis fungsi balasan dengan format riwayat Gradio 6 (`{'role', 'content'}`).",
                "Membuat aplikasi chat dengan `gr.ChatInterface` dan dengan `build_chat_app(bot)`.",
                "Menguji aplikasi tanpa membuka browser (memanggil fungsinya langsung).",
                "Meluncurkan aplikasi dan membagikannya di jaringan ruangan (LAN).",
                "Mengekspor aplikasi untuk deploy (`export_app`) dan memahami pilihan hosting.",
                "Tahu jujur bedanya link web dan WhatsApp: apa yang dibutuhkan supaya bot ada di WhatsApp toko.",
            ],
            parts=[
                ("Fungsi balasan", 10),
                ("Aplikasi dengan ChatInterface", 10, "opsional"),
                ("Aplikasi gigai", 5),
                ("Meluncurkan dan berbagi di ruangan", 10),
                ("Latihan", 15),
                ("Ekspor untuk deploy", 10, "opsional"),
                ("Telegram dan WhatsApp", 10, "opsional"),
            ],
        ),
        install(),
        code("""
        # NBVAL_IGNORE_OUTPUT
        import os

        os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # jangan kirim statistik; aman saat offline

        import gradio as gr
        from IPython.display import display

        import gigai
        from gigai.apps.chat_app import build_chat_app
        from gigai.apps.sharing import lan_ip, launch_shared
        from gigai.chatbot import Chatbot, Knowledge, Persona
        from gigai.latihan import lab5
        from gigai.latihan.pictures import qr

        print("Gradio", gr.__version__, "| model:", gigai.get_model().label)
        """),
        md("""
        ## 1. Fungsi balasan

        Aplikasi chat Gradio memanggil **satu fungsi** setiap kali pengguna mengirim pesan:

        ```python
        def balas(pesan: str, riwayat: list[dict]) -> str: ...
        ```

        Sejak Gradio 6, `riwayat` **selalu** berupa daftar `{"role": ..., "content": ...}` — bentuk yang sama
        dengan pesan di Lab 2 (tutorial lama yang memakai pasangan `[tanya, jawab]` sudah tidak berlaku).
        """),
        code("""
        bot = Chatbot.from_business("kopi-kita")


        def balas(pesan: str, riwayat: list[dict]) -> str:
            \"\"\"Dipanggil Gradio untuk setiap pesan. Riwayat dikirim ulang oleh Gradio setiap kali.\"\"\"
            jawab = bot.reply(pesan, riwayat)  # seperti bot.ask(), tapi riwayatnya dari Gradio
            return jawab.with_sources()        # teks jawaban + baris "Sumber: ..."


        # Uji fungsinya dulu, tanpa aplikasi: ini cara cepat menemukan bug.
        riwayat_uji = [
            {"role": "user", "content": "Halo"},
            {"role": "assistant", "content": "Halo kak! Ada yang bisa dibantu?"},
        ]
        print(balas("Jam berapa buka?", riwayat_uji))
        """),
        md("""
        ## 2. Aplikasi dengan `gr.ChatInterface`

        `ChatInterface` membungkus fungsi balasan menjadi aplikasi chat lengkap. Membuat aplikasi **tidak**
        menjalankannya — itu baru terjadi saat `.launch()`.
        """),
        code("""
        app_sederhana = gr.ChatInterface(
            fn=balas,
            title="Kopi Kita Bot",
            description="Tanya menu, harga, dan jam buka.",
            examples=["Jam buka?", "Harga kopi susu?"],
            api_name="chat",
        )
        print(type(app_sederhana).__name__, "siap diluncurkan")
        """),
        md("""
        ## 3. Aplikasi gigai: `build_chat_app(bot)`

        gigai menyediakan aplikasi yang lebih lengkap: streaming, sumber jawaban, label provider (supaya jujur
        kalau sedang mode offline), dan contoh pertanyaan dari persona. Fungsinya **mengembalikan** aplikasi,
        tidak meluncurkannya.
        """),
        code("""
        app_kopi = build_chat_app(bot)
        print(type(app_kopi).__name__, "siap diluncurkan")
        """),
        md("""
        ## 4. Meluncurkan dan berbagi di ruangan

        Sel di bawah ditandai `# NBVAL_SKIP`: sel itu dilewati saat notebook diuji otomatis, karena
        meluncurkan server. **Di kelas, jalankan sel ini.** Aplikasi akan tampil di bawah sel dan di alamat
        `http://127.0.0.1:7860`.

        - Jangan pakai `debug=True` di notebook: sel akan menunggu selamanya.
        - Untuk menghentikan: jalankan `app_kopi.close()`.
        """),
        code("""
        # NBVAL_SKIP
        app_kopi.launch()
        """),
        md("""
        **Empat cara berbagi** (`launch_shared(app, mode=...)`):

        | mode | siapa yang bisa membuka | butuh internet? | kapan dipakai |
        |---|---|---|---|
        | `local` | hanya laptopmu (`127.0.0.1`) | tidak | mencoba sendiri |
        | `lan` | semua yang ada di **wifi yang sama** (`http://192.168.x.x:7860`) | tidak | demo di kelas/toko |
        | `share` | **siapa pun** yang punya link `*.gradio.live` (72 jam) | ya | teman di luar ruangan; wajib password |
        | `server` | pelanggan, 24 jam, dari server/hosting | ya | setelah deploy (bagian 6) |

        Mode `lan`: gigai membuka server di `0.0.0.0` dan mencetak alamat yang bisa dibuka dari HP teman.
        Tambahkan `auth=("tamu", "kopi123")` kalau tidak mau semua orang di wifi masuk. Mode `share` butuh
        internet, dan antivirus sering mengkarantina file `frpc` yang dipakainya (lihat TRAINER.md). Link publik
        berarti **siapa pun** bisa memakai kuota API-mu.

        Supaya teman tidak perlu mengetik alamat, tampilkan **QR code** alamat wifi laptopmu; teman cukup
        memindainya dengan kamera HP (alamatnya berbeda di tiap laptop dan tiap wifi). Di **Colab**, notebook
        jalan di server Google, bukan di laptopmu: mode `lan` tidak bisa dibuka teman; pakai `share` + password.
        """),
        code("""
        # NBVAL_IGNORE_OUTPUT
        alamat_wifi = f"http://{lan_ip()}:7860"
        display(qr(alamat_wifi))
        """),
        code("""
        # NBVAL_SKIP
        app_kopi.close()  # tutup peluncuran sebelumnya dulu
        launch_shared(app_kopi, mode="lan", auth=("tamu", "kopi123"))
        """),
        code("""
        # NBVAL_SKIP
        app_kopi.close()  # hentikan server setelah selesai mencoba
        """),
        md("""
        ## 5. Latihan
        """),
        "EXERCISES",
        md("""
        ## 6. *(Opsional)* Ekspor untuk deploy

        Supaya bot bisa dipakai pelanggan 24 jam, aplikasinya harus jalan di server. `export_app` menulis
        folder mandiri: `app.py`, `requirements.txt`, `README.md` (dengan *front matter* untuk Hugging Face
        Spaces), `bot.json` (persona dan pengetahuan publik; catatan internal tidak ikut) dan salinan pustaka
        gigai di folder `gigai/`, supaya bot di server menjawab persis seperti di laptopmu. Folder itu bisa
        dijalankan di mana saja dengan `python app.py`.
        Kita ekspor ke folder sementara dan melihat isinya:
        """),
        code("""
        import tempfile
        from pathlib import Path

        from gigai.deploy.export import export_app

        folder_ekspor = Path(tempfile.mkdtemp(prefix="ekspor-")) / "bot_saya"
        hasil_ekspor = export_app(folder_ekspor, business="kopi-kita")
        pustaka = [f for f in hasil_ekspor.rglob("*") if f.is_file() and f.relative_to(hasil_ekspor).parts[0] == "gigai"]
        for f in sorted(hasil_ekspor.rglob("*")):
            if f.is_file() and f not in pustaka:
                print(f.relative_to(hasil_ekspor).as_posix())
        print(f"gigai/ ({len(pustaka)} file pustaka)")
        """),
        code("""
        print((hasil_ekspor / "app.py").read_text(encoding="utf-8")[:800])
        """),
        md("""
        **Ke mana di-deploy?**

        - **Hugging Face Spaces**: sejak 21 Juli 2026 membuat Space Gradio **butuh paket berbayar**; akun gratis
          hanya boleh maksimal 2 Space ZeroGPU (email terverifikasi, akun > 30 hari). Kunci API disimpan sebagai
          *Space secret*, **bukan** di file.
        - **Alternatif**: server/VPS mana pun yang bisa menjalankan `python app.py` (Railway, Render, VPS lokal),
          atau kontainer Docker. Kunci selalu lewat variabel environment.
        - **Demo di ruangan**: mode `lan` dari laptopmu sudah cukup.
        - **Data pelanggan** (ingat Lab 3, UU PDP): bot yang sudah online menerima chat pelanggan sungguhan.
          Pakai kunci API berbayar atau model sendiri (bukan tier gratis yang boleh memakai isi chat), jangan
          menyimpan log chat tanpa perlu, dan tulis di salam pembuka bahwa yang menjawab adalah bot.

        ## 7. *(Opsional)* Telegram hari ini, WhatsApp kalau tokonya siap

        Yang kita buat hari ini adalah **link web**. Pelanggan Indonesia kebanyakan bertanya lewat
        **WhatsApp**, dan itu jalur yang berbeda. Ringkasan jujur dari panduan lengkap
        `gigai/deploy/kit/CHANNELS.md` (ikut tersalin sebagai `CHANNELS.md` di folder ekspor; dicek
        1 Desember 2026):

        **Telegram: gratis, hari ini, dari laptop (±10 menit).**
        1. Di Telegram buka **@BotFather**, kirim `/newbot`, beri nama dan username berakhiran `bot`.
        2. Simpan token yang diberikan di file `.env`: `TELEGRAM_BOT_TOKEN=...` (token = kunci rumah; bocor?
           `/revoke` di BotFather).
        3. Pasang sekali `pip install "gigai[channels]"`, lalu jalankan di terminal:
           `gigai bot telegram --business folder-usahamu`.
        4. Bot hanya hidup selama laptop menyala dan online; untuk 24 jam jalankan di komputer yang selalu nyala.

        **WhatsApp: jalur resmi, butuh persiapan toko.**
        - Tidak ada cara resmi menyambungkan bot ke aplikasi WhatsApp biasa. Jalurnya **WhatsApp Business
          Platform (Cloud API)** dari Meta, dan bot harus jalan di server (bagian 6): folder ekspor sudah
          punya webhook `/whatsapp`.
        - Uji coba gratis dengan nomor tes Meta (maksimal 5 nomor penerima terdaftar).
        - Untuk nomor toko sungguhan: **verifikasi bisnis** Meta (dokumen usaha, misalnya NIB), nama tampilan
          disetujui, metode pembayaran. Bisa makan waktu beberapa hari sampai minggu.
        - Biaya: Meta menagih pesan *template* (promo, notifikasi di luar jendela 24 jam); aturan dan tarifnya
          berubah-ubah, jadi selalu cek [halaman harga resmi](https://developers.facebook.com/docs/whatsapp/pricing)
          sebelum memberi harga ke klien. Ditambah hosting dan biaya model AI.

        Saran untuk klien pertama: mulai dari **web chat + Telegram** sebagai uji coba 2 minggu, WhatsApp
        setelah verifikasi bisnis selesai. Cara menghitung biayanya ke dalam penawaran dibahas di Lab 8-9.
        """),
        recap(
            [
                "Fungsi balasan Gradio: `balas(pesan, riwayat)`, riwayat = daftar `{'role', 'content'}` (Gradio 6).",
                "Uji fungsi balasan langsung sebelum membuat aplikasi; `build_chat_app(bot)` hanya membangun, tidak meluncurkan.",
                "`app.launch()` untuk diri sendiri, `launch_shared(app, mode='lan')` untuk ruangan; jangan `debug=True`.",
                "Bagikan ke kelas dengan mode `lan` (+ QR code); `share` = link publik, wajib password.",
                "`export_app()` menulis folder siap deploy; kunci API selalu lewat environment/secret.",
                "Link web bukan WhatsApp: Telegram bisa hari ini, WhatsApp butuh Cloud API, server, dan verifikasi bisnis.",
            ],
            "Lab 6 — *Naskah video*: dari brief ke storyboard dengan LLM, hook dan call to action.",
        ),
    ]
