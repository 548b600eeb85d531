"""A second, fresh table for the checks changed in issue 21, written AFTER the change and run once as written.

Its first run is the figure that counts (the first table, check_cases.py, was fitted to). Answers the checks
still misjudge are listed in ``KNOWN_MISSES`` with the first-run verdict, not fixed in the same round.
"""

from __future__ import annotations

from tests.latihan.check_cases import _bot, _msgs, _persona, _proposal, _sb

PEMPEK = ("""# Pempek Cek Nia\n\nPempek kapal selam Rp 12.000, lenjer Rp 8.000, paket 10 biji Rp 70.000.\n"""
          """Buka Selasa-Minggu 09.00-20.00, Senin libur.\nPesan lewat WA 0811-7777-1212, kirim ke seluruh Palembang.\n""")
BAKSO = ("Bakso urat Rp 15.000 semangkok. Bakso jumbo Rp 25.000. Buka jam 10 pagi sampai habis. "
         "Alamat Jl. Veteran 3, Malang. Pesan antar via GrabFood.")

FRESH = {
    "lab1.q2": (
        [lambda: ("sk-proj.CONTOH.bukan.kunci...WXYZ",), lambda: ("sk-proj.contoh.bukan.kunci.asli.wxyz",),
         lambda: ("rahasia",), lambda: ("SK-PROJ.CONTOH.BUKAN.KUNCI.ASLI.WXYZ ***",), lambda: ("***",)],
        [lambda: ("sk-...WXYZ",), lambda: ("sk-***",), lambda: ("***WXYZ",), lambda: ("sk-proj.***.WXYZ",),
         lambda: ("•••••••• WXYZ",)],
    ),
    "lab1.q3": (
        [lambda: ("tes",), lambda: ("jawab",), lambda: ("Halo!",), lambda: ("gigai.chat",), lambda: ("x y",)],
        [lambda: ("[mode offline] Saya mesin offline gigai.",), lambda: ("Bisa, saya bantu buat caption.",),
         lambda: ("Ya, tentu saja.",), lambda: ("Halo! Ada yang bisa saya bantu?",),
         lambda: ("Maaf, saya tidak tahu.",)],
    ),
    "lab2.q1": (
        [lambda: (_msgs("Kamu adalah chatbot yang ramah dan sopan."),),
         lambda: (_msgs("Be a friendly customer service bot for a bakso shop in Malang."),),
         lambda: (_msgs("Kamu CS yang baik, jawab pertanyaan pelanggan dengan jelas."),),
         lambda: (_msgs("asdf asdf asdf asdf asdf asdf"),),
         lambda: (_msgs("Kamu CS Kopi Kita, jawab menu dan harga kopi."),)],
        [lambda: (_msgs("Kamu CS Pempek Cek Nia, Palembang. Jawab pakai bahasa santai, sebut harga dari menu."),),
         lambda: (_msgs("Jadilah admin Bakso Mas Gun di Malang yang ramah; jangan janji antar di luar kota."),),
         lambda: (_msgs("kamu bot salon yuni, jawab jadwal potong rambut dan harga creambath"),),
         lambda: (_msgs("Kamu asisten Rental PS Bocah Ceria. Info: Rp 5.000 per jam, buka 10.00-22.00."),),
         lambda: (_msgs("Peran: CS Toko Madu Pak Haji (Cirebon). Jawab singkat, arahkan order ke WA."),)],
    ),
    "lab3.q1": (
        [lambda: (_bot("Nia", "Pempek Cek Nia", "WA", knowledge=PEMPEK),),
         lambda: (_bot("xx", "Pempek Cek Nia", "0811-7777-1212", knowledge=PEMPEK),),
         lambda: (_bot("Nia", "toko", "0811-7777-1212", knowledge=PEMPEK),),
         lambda: (_persona("Nia", "Pempek Cek Nia", "0811-7777-1212"),),
         lambda: (_bot("Nia", "Pempek Cek Nia", "hubungi admin", knowledge=PEMPEK),)],
        [lambda: (_bot("Nia", "Pempek Cek Nia", "WA 0811-7777-1212", knowledge=PEMPEK),),
         lambda: (_bot("Gun", "Bakso Mas Gun", "baksomasgun@yahoo.com", knowledge=BAKSO),),
         lambda: (_bot("Yuni", "Salon Cantik Yuni", "IG: @salonyuni", knowledge=PEMPEK.replace(
             "Pempek Cek Nia", "Salon Cantik Yuni")),),
         lambda: (_bot("Ceria", "Rental PS Bocah Ceria", "Hubungi 0822 1234 5678", knowledge=BAKSO.replace(
             "Bakso", "Sewa PS")),),
         lambda: (_bot("Pak Haji", "Toko Madu Pak Haji", "https://wa.me/6281311112222", knowledge=BAKSO),)],
    ),
    "lab3.q2": (
        [lambda: (_bot("Nia", "Pempek Cek Nia", "0811-7777-1212", knowledge="Pempek enak dan murah."),),
         lambda: (_bot("Nia", "Pempek Cek Nia", "0811-7777-1212",
                       knowledge="Menu: pempek\nHarga: murah\nJam: pagi"),),
         lambda: (_bot("Nia", "Pempek Cek Nia", "0811-7777-1212",
                       knowledge="We sell pempek. Price from 8k. Open every day."),),
         lambda: (_bot("Nia", "Pempek Cek Nia", "0811-7777-1212", knowledge="Produk: ____\nHarga: ____"),),
         lambda: (_bot("Nia", "Pempek Cek Nia", "0811-7777-1212", knowledge=None),)],
        [lambda: (_bot("Nia", "Pempek Cek Nia", "WA 0811-7777-1212", knowledge=PEMPEK),),
         lambda: (_bot("Gun", "Bakso Mas Gun", "0812-5555-4444", knowledge=BAKSO),),
         lambda: (_bot("Yuni", "Salon Cantik Yuni", "@salonyuni", knowledge="Potong rambut Rp 35.000.\n"
                       "Creambath Rp 60.000.\nBuka 09.00-18.00 kecuali Senin.\nBooking via DM @salonyuni."),),
         lambda: (_bot("Ceria", "Rental PS Bocah Ceria", "0822 1234 5678", knowledge="- PS5 Rp 10.000 per jam\n"
                       "- PS4 Rp 6.000 per jam\n- Buka jam 10 pagi - 10 malam\n- Lokasi dekat SMA 3"),),
         lambda: (_bot("Pak Haji", "Toko Madu Pak Haji", "0813 1111 2222", knowledge="Madu hutan 500 gram "
                       "Rp 95.000. Madu randu 1 kg Rp 150.000. Kirim JNE dari Cirebon. Pesan lewat WhatsApp."),)],
    ),
    "lab6.q1": (
        [lambda: (_sb("Halo kak, mampir dulu yuk!"),), lambda: (_sb("Selamat pagi pecinta pempek!"),),
         lambda: (_sb("Kali ini kami mau kasih tahu menu baru kami yang enak banget buat kalian semua."),),
         lambda: (_sb("Check out our new menu!"),), lambda: (_sb("Seblak Teh Euis"),)],
        [lambda: (_sb("Pempek asli Palembang, tanpa pengawet."),), lambda: (_sb("Baksonya segede kepalan!"),),
         lambda: (_sb("Rambut kusut jelang kondangan?"),), lambda: (_sb("Main PS sejam cuma goceng."),),
         lambda: (_sb("Madu palsu bikin rugi."),)],
    ),
    "lab6.q2": (
        [lambda: (_sb("Lapar?", cta="Makasih ya sudah nonton sampai habis!"),),
         lambda: (_sb("Lapar?", cta="Jangan lupa like dan follow!"),),
         lambda: (_sb("Lapar?", cta="Order sekarang juga!"),),
         lambda: (_sb("Lapar?", cta="Buy now at our shop!"),),
         lambda: (_sb("Lapar?", cta="Like, share, komen, follow IG kami, dan kunjungi tokonya!"),)],
        [lambda: (_sb("Lapar?", cta="Pesan pempek via WA 0811-7777-1212."),),
         lambda: (_sb("Lapar?", cta="Langsung ke Jl. Veteran 3, Malang!"),),
         lambda: (_sb("Lapar?", cta="Booking kursi di DM @salonyuni."),),
         lambda: (_sb("Lapar?", cta="Cek harga di link bio."),),
         lambda: (_sb("Lapar?", cta="Checkout madu di Tokopedia Toko Madu Pak Haji."),)],
    ),
    "lab9.q1": (
        [lambda br=br: (_proposal(br), br) for br in (
            "Mbak Nia mau video buat pempeknya",
            "Klien: Pempek Cek Nia\nHalo.",
            "Klien: Bakso Mas Gun\nMas, mau tanya harga.",
            "Client: Salon Yuni\nPlease make a chatbot for my salon so customers can book haircuts online.",
            "Tolong bikinkan chatbot untuk usaha saya ya, nanti saya kirim detailnya.",
        )],
        [lambda br=br: (_proposal(br), br) for br in (
            "Klien: Pempek Cek Nia\nDek, pempek ayuk di Palembang mau promosi. Bikinkan 3 video TikTok ya, "
            "budget 600 ribu, 2 minggu.",
            "Klien: Bakso Mas Gun\nMas, tiap malam orang tanya bakso masih ada atau habis lewat WA. Butuh "
            "chatbot yang jawab stok dan menu.",
            "Klien: Salon Cantik Yuni\nKak, booking salon saya masih manual lewat chat. Pengen ada bot buat "
            "jadwal creambath dan potong. Budget 1 juta.",
            "Klien: Rental PS Bocah Ceria\nBang, tolong desain poster promo dan 2 video pendek buat rental PS "
            "saya, deadline minggu depan.",
            "Klien: Toko Madu Pak Haji\nAssalamualaikum, toko madu saya di Cirebon mau jualan online. Perlu "
            "caption dan video promo untuk Instagram, budget 1,5 juta.",
        )],
    ),
}

# First run (2026-12-07, after the change): lazy caught 37/40, reasonable passed 39/40. The one reasonable
# "miss" was a bug in this file (PEMPEK lost its second line to a missing parenthesis), fixed as data; the
# three lazy answers below still pass and are left for the next round rather than fitted now.
KNOWN_MISSES = {("lab1.q2", "lazy", 4),   # "***": as masked as "****", which the first table calls reasonable
                ("lab1.q3", "lazy", 3),   # "gigai.chat": two tokens, looks like a short reply
                ("lab2.q1", "lazy", 3)}   # "asdf asdf ...": nonsense words count as specific words
