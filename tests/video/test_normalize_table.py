"""Narration you can publish: 87 cases written the way Indonesian promos are written.

Each case is what the offline voice is asked to say (captions keep the written form).
"""

import pytest

from gigai.video.normalize import PRONOUNCE, normalize_id, pronunciations
from gigai.video.tts import spoken_segments

CASES = [
    ("Hubungi 0812-2233-4455", "Hubungi nol delapan satu dua, dua dua tiga tiga, empat empat lima lima"),
    ("WA 081222334455 ya", "we a nol delapan satu dua, dua dua tiga tiga, empat empat lima lima, ya"),
    (
        "Info: +62 812-2233-4455",
        "Info: plus enam dua, delapan satu dua, dua dua tiga tiga, empat empat lima lima",
    ),
    ("Telp (022) 2503-123", "telepon nol dua dua, dua lima nol tiga, satu dua tiga"),
    (
        "Chat admin di 0857 1234 5678 sekarang",
        "Chat admin di nol delapan lima tujuh, satu dua tiga empat, lima enam tujuh delapan, sekarang",
    ),
    (
        "Order lewat wa.me/6281222334455",
        "order lewat we a titik me garis miring enam dua, delapan satu dua, dua dua tiga tiga, empat empat lima lima",
    ),
    ("Follow @kopikita.id", "folo et kopikita titik id"),
    ("Cek IG @dapur_bunda99 ya", "Cek ai ji et dapur garis bawah bunda sembilan sembilan ya"),
    ("Info lengkap di kopikita.id/promo", "Info lengkap di kopikita titik id garis miring promo"),
    ("Kunjungi www.tokoku.com", "Kunjungi we we we titik tokoku titik com"),
    ("Link: https://laundrykilat.my.id/daftar", "link: laundrykilat titik my titik id garis miring daftar"),
    ("Promo 12.12 cuma hari ini!", "Promo dua belas dua belas cuma hari ini!"),
    ("Harbolnas 11.11 diskon gede", "Harbolnas sebelas sebelas diskon gede"),
    ("Sale 9.9 mulai jam 00.00", "sel sembilan sembilan mulai jam dua belas malam"),
    ("Udah 10.000+ terjual", "Udah lebih dari sepuluh ribu terjual"),
    ("100+ pelanggan puas", "lebih dari seratus pelanggan puas"),
    ("Buka Senin-Sabtu", "Buka Senin sampai Sabtu"),
    ("Buka Senin s/d Jumat", "Buka Senin sampai Jumat"),
    (
        "Buka Senin - Minggu 08.00 - 22.00 WIB",
        "Buka Senin sampai Minggu delapan pagi sampai sepuluh malam",
    ),
    (
        "Jam buka 10.00-21.00 WITA",
        "Jam buka sepuluh pagi sampai sembilan malam",
    ),
    ("Pesan paling lambat H-1", "Pesan paling lambat H min satu"),
    ("Open PO sampai H-7 Lebaran", "Open pe o sampai H min tujuh Lebaran"),
    ("Dikirim H+1 setelah bayar", "Dikirim H plus satu setelah bayar"),
    ("Order via GoFood & ShopeeFood", "order via go fud dan syopi fud"),
    ("Ada di GrabFood juga", "Ada di grep fud juga"),
    ("Bisa bayar pakai QRIS", "Bisa bayar pakai kiris"),
    ("Gratis ongkir se-Bandung", "Gratis ongkos kirim se-Bandung"),
    ("Free ongkir min. belanja 50rb", "gratis ongkos kirim minimal belanja lima puluh ribu"),
    ("Cashback 20% pakai ShopeePay", "kesbek dua puluh persen pakai syopi pei"),
    ("Flash sale jam 12.00 WIB", "flesy sel jam dua belas siang"),
    ("Best seller kami: Es Kopi Susu", "bes seler kami: Es Kopi Susu"),
    ("Ready stock, langsung kirim", "redi stok, langsung kirim"),
    ("Booking dulu via DM", "buking dulu via di em"),
    ("Follow, like, dan share ya!", "folo, laik, dan syer ya!"),
    ("Cuma Rp 18.000!", "Cuma delapan belas ribu rupiah!"),
    ("Harga Rp18.000,-", "Harga delapan belas ribu rupiah"),
    ("Mulai Rp 1,5 juta", "Mulai satu koma lima juta rupiah"),
    ("Cuma 25rb aja", "Cuma dua puluh lima ribu aja"),
    ("Hemat 10k tiap pembelian", "Hemat sepuluh ribu tiap pembelian"),
    ("Diskon 50% semua menu", "Diskon lima puluh persen semua menu"),
    ("Diskon s.d. 70%", "Diskon sampai tujuh puluh persen"),
    ("Beli 2 gratis 1", "Beli dua gratis satu"),
    ("Berat 500gr", "Berat lima ratus gram"),
    ("Isi 1 kg", "Isi satu kilogram"),
    ("1/2 kg cuma 45rb", "setengah kilogram cuma empat puluh lima ribu"),
    ("Botol 250ml", "Botol dua ratus lima puluh mililiter"),
    ("Galon 19L", "Galon sembilan belas liter"),
    ("Ukuran 2,5 kg", "Ukuran dua koma lima kilogram"),
    ("Jarak 3 km dari kampus", "Jarak tiga kilometer dari kampus"),
    ("Ruangan 24 m2", "Ruangan dua puluh empat meter persegi"),
    ("85rb/toples", "delapan puluh lima ribu per toples"),
    ("Rp 35.000/porsi", "tiga puluh lima ribu rupiah per porsi"),
    ("Minum 3x sehari", "Minum tiga kali sehari"),
    ("Garansi 2x24 jam", "Garansi dua kali dua puluh empat jam"),
    ("Buka 24/7", "Buka dua puluh empat jam, tujuh hari"),
    ("Kue2 enak", "Kue-Kue enak"),
    ("Juara ke-2 lomba", "Juara kedua lomba"),
    ("Tanggal 17/08/2025", "Tanggal tujuh belas Agustus dua ribu dua puluh lima"),
    ("Mulai 01-12-2026", "Mulai satu Desember dua ribu dua puluh enam"),
    ("Jl. Ir. H. Juanda No. 128", "jalan Ir. H. Juanda nomor seratus dua puluh delapan"),
    ("Yg penting enak bgt", "yang penting enak banget"),
    ("Gak pake ribet", "nggak pake ribet"),
    ("Bisa COD", "Bisa bayar di tempat"),
    ("Wifi kencang 50 Mbps", "waifai kencang lima puluh megabit per detik"),
    ("Ruang tunggu ber-AC", "Ruang tunggu ber a se"),
    ("Khusus UMKM", "Khusus u em ka em"),
    ("Diskon buat yang bawa KTM", "Diskon buat yang bawa ka te em"),
    ("Ada 12 varian rasa", "Ada dua belas varian rasa"),
    ("Stok tinggal 5 pcs!", "Stok tinggal lima biji!"),
    ("Top up game 100 diamond", "top ap game seratus diamond"),
    ("Promo 🔥🔥 hari ini", "Promo hari ini"),
    ("Kopi ☕ + roti 🍞 = 30rb", "Kopi plus roti = tiga puluh ribu"),
    ("Nonton live TikTok kami jam 19.00", "Nonton laif tik tok kami jam tujuh malam"),
    ("Cek story IG kami", "Cek stori ai ji kami"),
    ("Hampers Lebaran custom", "hempers Lebaran kastem"),
    ("Pakai packaging aman", "Pakai pekejing aman"),
    ("Weekend ceria", "wikend ceria"),
    ("Happy hour 14.00-17.00", "hepi auer dua siang sampai lima sore"),
    ("Pick up di toko", "pik ap di toko"),
    ("Event tiap Sabtu", "ifen tiap Sabtu"),
    ("Booking lapangan Rp 150.000/jam", "buking lapangan seratus lima puluh ribu rupiah per jam"),
    ("Baterai 5000 mAh", "Baterai lima ribu mili ampere jam"),
    ("Layar 6,5 inch", "Layar enam koma lima inci"),
    ("Kapasitas 128 GB", "Kapasitas seratus dua puluh delapan giga"),
    ("Diskon Rp 5.000 untuk member", "Diskon lima ribu rupiah untuk member"),
    ("Satu-satunya di Jogja", "Satu-satunya di Jogja"),
    ("Harga mulai 2jt", "Harga mulai dua juta"),
]


@pytest.mark.parametrize("written, spoken", CASES)
def test_promo_wording(written, spoken):
    assert normalize_id(written) == spoken


def test_table_is_big_enough_and_has_no_raw_digits_or_symbols():
    assert len(CASES) >= 80
    for _, spoken in CASES:
        assert not any(ch.isdigit() for ch in spoken), spoken
        assert "@" not in spoken and "%" not in spoken


def test_pronunciation_table_is_data_and_participants_can_add_words(monkeypatch):
    table = pronunciations()
    assert table["gofood"] == "go fud" and table["whatsapp"] == "wotsap"
    monkeypatch.setitem(PRONOUNCE, "Kopikita", "kopi kita")
    assert normalize_id("Mampir ke Kopikita") == "Mampir ke kopi kita"


def test_caption_tokens_keep_written_contact_and_ranges():
    pairs = spoken_segments("Buka Senin - Sabtu jam 08.00 - 17.00 WIB, WA 0812-2233-4455 atau @kopikita.id")
    written = [w for w, _ in pairs]
    assert "Senin - Sabtu" in written and "0812-2233-4455" in written and "@kopikita.id" in written
    said = dict(pairs)
    assert said["Senin - Sabtu"] == "Senin sampai Sabtu"
    assert said["0812-2233-4455"] == "nol delapan satu dua, dua dua tiga tiga, empat empat lima lima"
    assert said["08.00 - 17.00 WIB,"].startswith("delapan pagi sampai lima sore")  # "jam" is already said


def test_phone_number_takes_seconds_not_ages():
    from gigai.video.tts import speak

    sp = speak("WA 0812-2233-4455")
    phone = [w for w in sp.words if w.text == "0812-2233-4455"][0]
    assert 2.0 < phone.end - phone.start < 6.0  # once 7.7 s of "delapan ratus dua belas sampai ..."
