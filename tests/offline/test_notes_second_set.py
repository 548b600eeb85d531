"""Internal notes, session 5's second set: 13 fresh knowledge pastes, written after the change, run once.

New businesses (pet grooming, English course, warung nasi, AC service, hijab shop, photographer, bicycle
workshop, beauty clinic, moving service, homestay, cookie pre-orders, costume rental, shoe cleaning), notes in
forms the first set did not use (a groomer's dilution trick, a tutor's pay and lateness, a "## Buat yang masak"
section, a technician's procedure inside an FAQ answer, a marketplace password, a partner's share and his
mother's hospital bills, a discount for the RT head "gausah ditulis di nota", a driver's fuel allowance, a gate
code in look-alike letters with a zero-width space, a customer who never paid, an English admin rota, a plan to
raise the deposit) and two pastes with no note (a clinic's payment account and doctors, a job opening).

FIRST RUN (the figure that counts), on the code at commit b5adfb8, before any change:
  notes held 5/17 (29%), public facts kept 61/63 (97%), 12 of 13 pastes with no public fact held back (the
  offline engine's fact split of that public text: 61/63). Missed: a tutor's pay ("honor tutor"), a tutor's
  lateness ("Ms. Dina"), a section headed "## Buat yang masak" (its supplier held, its cooking-oil sale not), a
  technician's procedure inside an FAQ answer, a buy price "kulak 110rb", a discount "gausah ditulis di nota", a
  driver's allowance under "Info buat sopir:" (two notes), a customer "atas nama Lusi" who never paid, the cost
  of a jar "sisanya cuan", an English admin rota, a plan "baru diumumin" later. Held back wrongly: a job opening
  "gaji UMR, kirim CV ke WA 0812-..." (the phone read as the amount). Output filter: a model saying the words of
  the 5 held notes is held back for 4 (not "1:3 biar irit").

Seen afterwards (a fitted set now): a second change closed these as classes (a note, info or message addressed to
anyone but the customers; a heading "Buat yang <does a job>"; off the books "gausah ditulis di nota"; an
honorarium, a share "bagian Raka 40%", money "dari kas"; "kulak" + amount, "sisanya cuan", a serving's material
cost; a quiet discount "kalo ... diskon ... aja"; "naikin deposit"; a staff member told what to do "Teknisi
harus ..."; more forms of address and "atas nama X" with non-payment; an English "admin schedule"; an amount is
never a phone number; a job advertisement is public; a labelled entry ends a "Label: content" note; the output
filter compares one-digit ratios "1:3"). Now 17/17 held, 63/63 kept. The figure that counts for that change is
the third set's first run (test_notes_third_set.py). ``MISSED``/``FALSE_HOLDS``/``GUARD_MISSED`` list what a set
still gets wrong; everything else is a regression test.
"""

from __future__ import annotations

import pytest

from tests.offline.test_notes_first_set import Listed, Paste, measure

PASTES: dict[str, Paste] = {
    "petshop-groomer": Paste(
        "🐾 *PAWPAW PETSHOP & GROOMING* 🐾\nGrooming kucing basic 60rb, full 90rb\nGrooming anjing kecil 85rb\n"
        "Penitipan kucing 35rb/hari (bawa makanan sendiri)\nAntar jemput hewan area Bintaro +25rb\n\n"
        "📍 Jl. Cendrawasih 12, Bintaro\n⏰ 09.00-18.00, Rabu libur\n\n"
        "_ps utk groomer: shampoo yg botol ijo itu campur air 1:3 biar irit, jgn bilang2_",
        [["1:3", "biar irit"]],
        ["60rb", "85rb", "35rb/hari", "+25rb", "Jl. Cendrawasih 12", "Rabu libur"],
    ),
    "kursus-inggris": Paste(
        "English Corner Pekanbaru membuka kelas reguler (2x seminggu, 90 menit) Rp 350.000/bulan dan kelas privat "
        "Rp 100.000/sesi. Tutor kami lulusan S1 Sastra Inggris. Kelas TOEFL prep 8 pertemuan Rp 1.200.000.\n\n"
        "Honor tutor privat 60rb per sesi, tutor reguler 1,5jt/bln. Ms. Dina sering telat, udah ditegur 2x.\n\n"
        "Pendaftaran: WA 0852-6543-2100 atau datang ke Jl. Sudirman 45 (lantai 2).",
        [["60rb per sesi", "1,5jt/bln"], ["Dina", "ditegur"]],
        ["Rp 350.000/bulan", "Rp 100.000/sesi", "Rp 1.200.000", "0852-6543-2100", "Jl. Sudirman 45"],
    ),
    "warung-nasi": Paste(
        "# Warung Nasi Bu Tini\n\n| Menu | Harga |\n|---|---|\n| Nasi rames | 13.000 |\n| Nasi ayam goreng | 18.000 |\n"
        "| Es jeruk | 5.000 |\n\nBuka jam 6 pagi sampai habis. Bisa pesan nasi kotak untuk acara, minimal 30 kotak.\n\n"
        "## Buat yang masak\nAyam potong ambil di Bang Jali pasar Kebayoran, jam 4 subuh. Bayar mingguan.\n"
        "Minyak jelantah jangan dibuang, dijual ke pengepul 4rb/liter.",
        [["Bang Jali", "jam 4 subuh"], ["jelantah", "4rb/liter"]],
        ["13.000", "18.000", "5.000", "minimal 30 kotak"],
    ),
    "servis-ac-faq": Paste(
        "**Tanya jawab**\nQ: Cuci AC berapa?\nA: Cuci AC split 0,5-1 PK Rp 75.000, 1,5-2 PK Rp 90.000.\n"
        "Q: Ada garansi?\nA: Garansi pengerjaan 14 hari.\nQ: Teknisinya bawa tangga sendiri?\n"
        "A: Iya kak, semua alat kami bawa. (Teknisi harus bawa balik sisa freon ke gudang, dicek Pak Yanto tiap sore)",
        [["sisa freon", "Yanto"]],
        ["Rp 75.000", "14 hari", "semua alat kami bawa"],
    ),
    "hijab-shop": Paste(
        "Halo kak, selamat datang di Hijab Syari Aisyah 🌸\nPashmina ceruti 35rb, bergo instan 45rb, gamis set 185rb.\n"
        "Reseller min. 6 pcs dapat harga khusus (tanya admin).\nPengiriman tiap hari jam 3 sore via JNE/J&T/SiCepat.\n\n"
        "akun shopee: aisyahsyari.official\npass: Aisyah#2024 (jgn dikasih siapa2)\n"
        "ambil gamis di Tanah Abang blok B los 14, kulak 110rb",
        [["Aisyah#2024"], ["los 14", "110rb"]],
        ["35rb", "45rb", "185rb", "min. 6 pcs", "jam 3 sore"],
    ),
    "fotografer": Paste(
        "## Lensa Kita Photography\nPrewedding outdoor 2,5jt (3 jam, 2 lokasi, 40 foto edit)\n"
        "Wisuda 500rb/orang, grup 5 orang 1,8jt\nDP 30% via BCA 7654321098 a.n. Lensa Kita\n\n"
        "> reminder to self: transfer bagian Raka 40% dari tiap job prewed, jangan lupa. dia lagi butuh buat biaya "
        "rumah sakit ibunya\n\nBooking min. H-7 lewat DM IG @lensakita.id",
        [["Raka", "40%", "rumah sakit"]],
        ["2,5jt", "500rb/orang", "7654321098", "H-7"],
    ),
    "bengkel-sepeda": Paste(
        "GOWES SERVICE CENTER\nSetel ulang gigi 35rb\nGanti kampas rem 50rb (sudah termasuk kampas)\nOverhaul full 250rb\n"
        "kalo nerima sepeda dari pak rt diskon 50% aja, gausah ditulis di nota\nServis panggilan ke rumah +30rb\n"
        "Buka Sen-Sab 10.00-19.00",
        [["pak rt", "diskon 50%"]],
        ["35rb", "50rb", "250rb", "+30rb", "10.00-19.00"],
    ),
    "klinik-public": Paste(
        "Glow Beauty Clinic menyediakan facial basic Rp 150.000, facial acne Rp 200.000, dan peeling Rp 350.000. "
        "Konsultasi dokter gratis untuk pasien baru. Harga sudah termasuk PPN, tanpa biaya tambahan. Pembayaran bisa "
        "lewat transfer ke rekening Mandiri 1440099887766 a.n. PT Glow Beauty Indonesia atau QRIS. Dokter kami: "
        "dr. Melati Sp.DV praktik Selasa & Kamis, dr. Yoga praktik Sabtu. Member dapat diskon 10% dan poin tiap "
        "transaksi. Semua produk terdaftar BPOM.",
        [],
        ["Rp 150.000", "Rp 350.000", "1440099887766", "dr. Melati", "dr. Yoga", "diskon 10%", "BPOM"],
    ),
    "jasa-pindahan": Paste(
        "JASA PINDAHAN SIAP ANGKUT 🚚\nPickup bak + 2 kuli dalam kota Rp 350rb\nEngkel box + 3 kuli Rp 650rb\n"
        "Tambahan kuli Rp 100rb/orang\nBongkar pasang lemari gratis\n\n"
        "Info buat sopir: bensin diganti pake struk, max 150rb sekali jalan. Uang makan kuli 25rb/org dari kas.\n"
        "Order: WA 0878-3030-4040 (Pak Darto)",
        [["struk", "max 150rb"], ["25rb/org", "dari kas"]],
        ["Rp 350rb", "Rp 650rb", "Rp 100rb/orang", "0878-3030-4040", "lemari gratis"],
    ),
    "homestay-disguised": Paste(
        "# Homestay Omah Jogja\nKamar standar 250rb/malam, kamar keluarga 450rb/malam, sarapan untuk 2 orang.\n"
        "Check in 14.00, check out 12.00. Parkir mobil muat 3.\nPassword wifi tamu: omahjogja123\n\n"
        "\u041aode gembok pagar belakang: 2580 (khusu\u200bs yg jaga malam)\n"  # Cyrillic К, a zero-width space
        "Kalau tamu minta late checkout, boleh sampai jam 2 siang tanpa biaya asal kamar belum dibooking.",
        [["2580"]],
        ["250rb/malam", "450rb/malam", "omahjogja123", "Parkir mobil muat 3"],
    ),
    "kue-lebaran": Paste(
        "*KUE KERING MAMA NOVI* 🍪\nNastar 500gr 120rb\nKastengel 500gr 130rb\nPutri salju 500gr 110rb\n"
        "PO lebaran ditutup tgl 20 Ramadan ya!\n\n"
        "catatan: yg pesen atas nama Lusi 0813-2222-1111 tahun lalu ga bayar sisa, minta lunas di depan\n"
        "hitungan aku: bahan nastar per toples kira2 55rb, sisanya cuan",
        [["Lusi", "0813-2222-1111"], ["55rb", "cuan"]],
        ["120rb", "130rb", "110rb", "20 Ramadan"],
    ),
    "rental-kostum": Paste(
        'Costume Rental "Dress Up Sby"\n- Kostum adat anak 75rb/3 hari\n- Kostum superhero dewasa 150rb/3 hari\n'
        "- Deposit 100rb, balik utuh kalau kostum kembali bersih\n- Telat balikin denda 20rb/hari\n\n"
        "Admin schedule: Vina handles chat Mon–Wed, Tasya Thu–Sat. Sunday no admin.\n"
        "Plan Q1: naikin deposit jadi 200rb, tunggu abis musim wisuda baru diumumin",
        [["Vina", "Tasya"], ["200rb", "musim wisuda"]],
        ["75rb/3 hari", "150rb/3 hari", "Deposit 100rb", "20rb/hari"],
    ),
    "cuci-sepatu-public": Paste(
        "Shoe Clean Lab 👟\nDeep clean 55rb, unyellowing 75rb, repaint 150rb.\nStaf kami terlatih, pengerjaan 3-4 hari.\n"
        "Gratis antar jemput min. 3 pasang area Depok.\nTransfer ke BRI 0987-01-002233-50-7 a.n. Shoe Clean Lab.\n"
        "Ada lowongan part time: shift pagi/sore, gaji UMR, kirim CV ke WA 0812-7000-8000.",
        [],
        [
            "55rb",
            "75rb",
            "Staf kami terlatih",
            "Gratis antar jemput",
            "0987-01-002233-50-7",
            "lowongan part time",
            "gaji UMR",
        ],
    ),
}

# Notes this set still lets through, by paste: the first word of each (see the docstring).
MISSED: dict[str, set[str]] = {}
FALSE_HOLDS: dict[str, set[str]] = {}
# Held notes whose words a model may still say (none since the change after this set's first run).
GUARD_MISSED: set[str] = set()


SET = Listed(PASTES, MISSED, FALSE_HOLDS, GUARD_MISSED)


@pytest.fixture(scope="module")
def standin():
    with SET.serve() as server:
        yield server


@pytest.mark.parametrize("name", sorted(PASTES))
def test_second_set_notes_are_held_and_public_facts_kept(name):
    SET.check(name)


@pytest.mark.parametrize("name", sorted(PASTES))
def test_second_set_in_both_engines(name, standin, monkeypatch):
    SET.check_engines(name, standin, monkeypatch)


def test_the_listed_misses_are_still_missed():
    SET.check_listed()


if __name__ == "__main__":  # python -m tests.offline.test_notes_second_set
    import pprint

    pprint.pprint(measure(PASTES))
