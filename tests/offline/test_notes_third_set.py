"""Internal notes, session 5's third set: 12 fresh knowledge pastes, written after the second change, run once.

New businesses (water depot, freelance logo designer, florist, salon, tutoring, bakso stall, shuttle, diet
catering, car workshop, thrift shop, tailor in English, carpet cleaning), notes in forms neither earlier set used
(a courier told to collect a debt, the month's income and a laptop instalment "Rahasia ya wkwk", a table column
"Ambil dari", a product swap "FYI tim", a pupil's reading trouble, a meat supplier in look-alike letters, the
staff's meal rule, a manifest login and a banned passenger, a mechanic's loan request and a branch to close, a
bale of imported clothes, the tailor's blood pressure and the cash-box key), and two pastes with no note.

FIRST RUN (the figure that counts), on the code at commit 82181c0, before any change:
  notes held 10/17 (59%), public facts kept 53/54 (98%), 11 of 12 pastes with no public fact held back (the offline
  engine's fact split of that public text: 53/54); the output filter holds back a model saying the words of 8 of
  the 10 held notes (not "Ida ... blm dibayar": a three-letter name; not "blood pressure": two words). Missed: a
  table column "Ambil dari" (two notes), a pupil's reading trouble "jangan di grup", a meat supplier named without
  a verb of buying, the staff's meal perk, a mechanic's loan request, a bale's buy price under "> note:". Held back
  wrongly: "Rahasia wangi tahan lama: pewangi ... racikan kami sendiri!" (a brag read as a "Rahasia:" label).

Seen afterwards (a fitted set now): a third change closed these as classes (a table column named for where stock
is bought, "Ambil dari"; a source named with a form of address that is paid on a schedule; the staff's perks and
loan requests; a pupil's or customer's trouble after a form of address; "jangan di grup/story"; a brag "Rahasia
<something>:" is no label; the output filter keeps a short name after a form of address). Now 16/17 held, 54/54
kept; still missed: a bale's buy price ("barang dari bal Korea 3jt isi ±150 pcs": the same words are a lot's
sale price), and the filter still lets "blood pressure" through. The figure that counts for that change is the
fourth set's first run (test_notes_fourth_set.py). ``MISSED``/``FALSE_HOLDS``/``GUARD_MISSED`` list what this
set still gets wrong; everything else is a regression test.
"""

from __future__ import annotations

import pytest

from tests.offline.test_notes_first_set import Listed, Paste, measure

PASTES: dict[str, Paste] = {
    "depot-air": Paste(
        '💧 DEPOT AIR "TIRTA SEGAR" 💧\nIsi ulang galon 5rb (RO 7rb)\nGalon baru + isi 45rb\n'
        "Antar gratis min. 2 galon, area Perumnas 3\nBuka 06.00-21.00 setiap hari\n\n"
        "Mas Ujang kalo antar ke blok F jangan lupa tagih Bu Ida, udah 3 galon blm dibayar\n"
        "Filter diganti tiap 2 bulan, beli di Toko Sumber Air 350rb sepaket",
        [["Ida", "blm dibayar"], ["Sumber Air", "350rb"]],
        ["Isi ulang galon 5rb", "45rb", "Antar gratis", "06.00-21.00"],
    ),
    "desainer-logo": Paste(
        "Halo! Aku Nadia, desainer grafis freelance. Paket logo basic 300rb (2 konsep, 2x revisi), paket logo premium "
        "750rb (4 konsep, revisi sampai puas, file mentah). Pengerjaan 3-5 hari kerja. Pembayaran 50% di awal via "
        "GoPay atau transfer BNI 0123456789 a.n. Nadia Putri.\n\n"
        "Bulan ini udah dapet 6 klien, total masuk 3,1jt, target 5jt biar bisa bayar cicilan laptop. Rahasia ya wkwk.\n\n"
        "Portofolio: behance.net/nadiadesign",
        [["3,1jt", "cicilan laptop"]],
        ["300rb", "750rb", "3-5 hari kerja", "0123456789", "behance.net/nadiadesign"],
    ),
    "florist-table": Paste(
        "## Florist Mawar Merah\n\n| Produk | Harga | Ambil dari |\n|---|---|---|\n"
        "| Buket mawar 10 tangkai | 150.000 | Pasar Rawa Belong |\n| Hand bouquet wisuda | 85.000 | Pasar Rawa Belong |\n"
        "| Standing flower | 750.000 | Kebun Pak Asep Cipanas |\n\n"
        "Pengiriman same day untuk order sebelum jam 12 siang. Ongkir Jakarta Barat 20rb.",
        [["Rawa Belong"], ["Pak Asep", "Cipanas"]],
        ["150.000", "85.000", "750.000", "same day", "20rb"],
    ),
    "salon-fyi": Paste(
        "# Salon Cantik Ayu\n- Potong rambut wanita 50rb\n- Creambath 85rb\n- Smoothing mulai 350rb (tergantung panjang)\n"
        "- Hair spa 120rb\n\nBuka Selasa–Minggu 09.00–19.00, Senin tutup.\n\n"
        "FYI tim: produk smoothing yg merk L'Oreal udah abis, pake merk lokal dulu tapi jg\u200bn bilang ke customer ya",
        [["merk lokal", "L'Oreal"]],
        ["50rb", "85rb", "350rb", "120rb", "Senin tutup"],
    ),
    "bimbel-murid": Paste(
        "Bimbel Cerdas Ceria melayani les SD-SMP semua mapel. Kelas kelompok (maks 6 anak) 250rb/bulan, 2x seminggu. "
        "Les privat ke rumah 75rb/pertemuan. Ada try out gratis tiap akhir bulan.\n\n"
        "Anaknya Pak Herman (kelas 6) lambat baca, ortunya minta laporan tiap minggu lewat WA pribadi, jangan di grup.\n\n"
        "Daftar: WA 0811-2345-6789 (Kak Wulan).",
        [["Herman", "lambat baca"]],
        ["250rb/bulan", "75rb/pertemuan", "try out gratis", "0811-2345-6789"],
    ),
    "bakso-disguised": Paste(
        "BAKSO MAS KUMIS\nBakso urat 18rb, bakso telur 20rb, mie ayam bakso 22rb\nEs teh 4rb, es jeruk 6rb\n"
        "Buka 10.00-22.00\n\n"
        "d\u0430ging sapi dari Bu H\u0430jjah Romlah, 125rb/kg, bayar tiap Sabtu\n"  # Cyrillic а
        "karyawan makan gratis 1x per shift, selebihnya bayar setengah harga",
        [["Romlah", "125rb/kg"], ["makan gratis 1x", "setengah harga"]],
        ["18rb", "22rb", "Es teh 4rb", "10.00-22.00"],
    ),
    "shuttle": Paste(
        '**SHUTTLE BANDUNG–JAKARTA "MELAJU"**\nBerangkat tiap 2 jam dari pool Pasteur, 05.00–19.00.\n'
        "Tiket 120rb, pelajar 100rb (tunjukkan kartu).\nBagasi maks 20kg, lebih kena 5rb/kg.\n\n**Internal**\n"
        "Aplikasi manifest: user driver01, sandi melaju88\n"
        "Penumpang a.n. Rio Saputra pernah mabok & muntah, tolak kalau booking lagi",
        [["melaju88"], ["Rio Saputra", "mabok"]],
        ["120rb", "100rb", "5rb/kg", "05.00–19.00"],
    ),
    "catering-diet-public": Paste(
        "DietKu Catering 🥗\nPaket 5 hari makan siang 275rb, paket 20 hari 1jt.\n"
        "Menu rendah kalori, dihitung ahli gizi (400-500 kkal per porsi).\nHarga sudah termasuk ongkir area Surabaya Barat.\n"
        "Bayar via transfer BCA 4455667788 a.n. DietKu Catering atau QRIS.\n"
        "Untuk yang alergi seafood, tulis di catatan pesanan ya.\nModal kamu cuma niat, sisanya biar kami yang masak 😉",
        [],
        ["275rb", "1jt", "400-500 kkal", "4455667788", "alergi seafood", "Modal kamu cuma niat"],
    ),
    "bengkel-mobil": Paste(
        "Bengkel Mobil Maju Motor melayani servis berkala, tune up (mulai Rp 350.000), ganti oli (mulai Rp 280.000 "
        "sudah termasuk oli), dan spooring balancing Rp 150.000. Buka Senin-Sabtu 08.00-17.00.\n\n"
        "Montir shift minggu ini: Anto & Joko pagi, Beni sore. Beni lagi minta pinjeman 2jt, tunggu keputusan bos.\n"
        "Tahun depan rencananya tutup cabang Cileungsi, pindah semua ke pusat.\n\nBooking servis: 0812-8888-7777.",
        [["Anto", "Joko pagi"], ["pinjeman 2jt", "keputusan bos"], ["Cileungsi"]],
        ["Rp 350.000", "Rp 280.000", "Rp 150.000", "0812-8888-7777"],
    ),
    "thrift": Paste(
        "# Thrift Kece\nKemeja flanel 45rb, jaket denim 95rb, celana cargo 70rb. Semua barang sudah dicuci & disetrika.\n"
        "Kondisi 8-9/10, minus dijelaskan di caption.\nCOD area Malang, kirim luar kota via J&T.\n\n"
        "> note: barang dari bal Korea 3jt isi ±150 pcs, yang cacat dijual 10rb-an aja di story",
        [["bal Korea", "3jt"]],
        ["45rb", "95rb", "70rb", "COD area Malang"],
    ),
    "tailor-english": Paste(
        "Tailor Pak Darmo – Alterations & Custom\nHemming trousers 25k, taking in a shirt 40k, custom batik shirt from "
        "250k (fabric not included).\nOpen Mon–Sat 9am–5pm, Jl. Malioboro Gg. Sosrowijayan 15.\n\n"
        "Note for the boys: Pak Darmo's blood pressure is high lately, don't let him take rush orders. Cash box key is "
        "in the sewing machine drawer.",
        [["blood pressure"], ["sewing machine drawer"]],
        ["25k", "40k", "250k", "Mon–Sat"],
    ),
    "karpet-public": Paste(
        "Cuci Karpet Bersih Wangi\nKarpet tipis 10rb/m², karpet tebal 15rb/m², sofa 50rb/dudukan.\n"
        "Rahasia wangi tahan lama: pewangi premium racikan kami sendiri!\n"
        "Jemput-antar gratis area Bekasi Utara, selesai 3-4 hari.\n"
        "Pembayaran: transfer Mandiri 1560011223344 a.n. CV Bersih Wangi, atau tunai saat antar.\n"
        "Karyawan kami sudah berpengalaman 5 tahun.",
        [],
        ["10rb/m²", "50rb/dudukan", "Rahasia wangi tahan lama", "1560011223344", "Karyawan kami"],
    ),
}

MISSED: dict[str, set[str]] = {"thrift": {"bal Korea"}}
FALSE_HOLDS: dict[str, set[str]] = {}
GUARD_MISSED = {"tailor-english"}


SET = Listed(PASTES, MISSED, FALSE_HOLDS, GUARD_MISSED)


@pytest.fixture(scope="module")
def standin():
    with SET.serve() as server:
        yield server


@pytest.mark.parametrize("name", sorted(PASTES))
def test_third_set_notes_are_held_and_public_facts_kept(name):
    SET.check(name)


@pytest.mark.parametrize("name", sorted(PASTES))
def test_third_set_in_both_engines(name, standin, monkeypatch):
    SET.check_engines(name, standin, monkeypatch)


def test_the_listed_misses_are_still_missed():
    SET.check_listed()


if __name__ == "__main__":  # python -m tests.offline.test_notes_third_set
    import pprint

    pprint.pprint(measure(PASTES))
