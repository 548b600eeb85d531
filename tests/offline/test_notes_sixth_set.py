"""Internal notes, session 5's sixth set: 13 fresh knowledge pastes, written before the register signal, run once.

New businesses (hair salon, photocopy shop, herbal shop, satay stall, private tutoring, coffee roaster, AC service,
welding workshop, clothing reseller, massage parlour, car wash, print shop, daycare), notes in everyday forms no
earlier set used (a stylist about to resign, a staff tip about a jamming printer, a regular customer's debt "masih
ngutang", an errand "titip beli 2 tabung", a parent who always asks for a discount, an English "Reminder to self",
a borrowed vacuum pump to return, a bold "Yg perlu dibenerin" list, a "> ingat:" quote about defective returns, a
complaint paid from the till, an order queue "kerjain dulu"), and public look-alikes (a named therapist offered to
customers, "kami tidak menerima utang", a delivery target, a staff-friendly claim, a daycare's teachers named).

FIRST RUN, on the code at commit 49efc2e, before the register signal (python -m tests.offline.test_notes_sixth_set):
  notes held 5/12 (42%), public facts kept 55/55 (100%), 13 of 13 pastes with no public fact held back (the offline
  engine's fact split: 55/55). Held: the resigning stylist, the regular's debt "ngutang", the English "Reminder to
  self", the late pay of Asep, the complaint paid "dari kas". Missed: the jamming printer tip, the gas errand, the
  parent's discount, the borrowed vacuum pump, the leaking roof under "**Yg perlu dibenerin**", the "> ingat:" note
  on defective returns, the order queue "kerjain dulu orderan Bu Sari".

AFTER the register signal (gigai.offline.noteregister, built without reading this set), run once: notes held 6/12
(50%), public facts kept 55/55; newly held: the parent's discount "Ortunya Kevin ... kasih aja 15%". The other six
stay missed. ``MISSED``/``FALSE_HOLDS`` list what this set still gets wrong (not fitted); everything else is a
regression test.
"""

from __future__ import annotations

import pytest

from tests.offline.test_notes_first_set import Listed, Paste, measure

PASTES: dict[str, Paste] = {
    "salon-resign": Paste(
        "Salon Cantik Mbak Wulan 💇‍♀️\nPotong + blow 45rb, creambath 60rb, smoothing mulai 250rb.\n"
        "Buka Selasa-Minggu 09.00-18.00, Senin libur.\nBooking via WA 0813-4545-6767 ya kak.\n\n"
        "Mbak Yuni minggu depan resign, belum dapet pengganti, jadwal smoothing dikurangin dulu.",
        [["Yuni", "resign"]],
        ["45rb", "60rb", "250rb", "09.00-18.00", "0813-4545-6767"],
    ),
    "fotokopi-printer": Paste(
        "FOTOKOPI & PRINT BINTANG\nFotokopi 250/lembar, print hitam 500, print warna 1.500\nJilid spiral 7rb, laminating 5rb\n"
        "Buka 07.00-20.00 (Minggu tutup)\n\n"
        "printer warna yg di pojok sering macet, kalo rame pake yg satunya aja trus kertasnya dikipas dulu",
        [["printer warna yg di pojok"]],
        ["250/lembar", "1.500", "Jilid spiral 7rb", "07.00-20.00"],
    ),
    "herbal-ngutang": Paste(
        "Toko Herbal Sehat Alami menjual madu hutan 120rb/botol, habbatussauda 85rb, minyak zaitun 65rb. "
        "Kirim ke seluruh Indonesia lewat JNE/J&T. Pesan lewat Shopee: Herbal Sehat Alami.\n\n"
        "Pak Harun yang langganan tiap Jumat masih ngutang 450rb dari bulan lalu, tagih pelan2.\n\n"
        "Alamat toko: Jl. Kenanga 12, Sleman.",
        [["Harun", "450rb"]],
        ["120rb/botol", "85rb", "Jl. Kenanga 12"],
    ),
    "sate-gas": Paste(
        "*SATE KAMBING PAK KUMIS*\nSate kambing 10 tusuk 40rb\nTongseng 35rb\nGulai 30rb\nNasi 5rb\n\n"
        "Buka jam 16.00 sampai habis\nDelivery via GrabFood & ShopeeFood\n\n"
        "besok gas tinggal 1, titip beli 2 tabung ke agen sebelum jam 3 ya",
        [["gas tinggal 1", "2 tabung ke agen"]],
        ["40rb", "Tongseng 35rb", "16.00", "GrabFood"],
    ),
    "les-ortu": Paste(
        "## Les Privat Cerdas\nLes SD (Matematika, IPA) 75rb/sesi, SMP 90rb/sesi, SMA 110rb/sesi. Guru datang ke rumah "
        "area Bekasi. Paket 8 sesi hemat 10%.\n\n"
        "Ortunya Kevin tiap bulan minta diskon, kasih aja 15% biar ga rewel, tapi yg lain jangan.\n\n"
        "Daftar: WA 0857-1212-3434.",
        [["Kevin", "15%"]],
        ["75rb/sesi", "90rb/sesi", "hemat 10%", "0857-1212-3434"],
    ),
    "roaster-english": Paste(
        "# Sangrai Coffee Roastery\nHouse blend 250g 85k, Gayo single origin 250g 110k, Toraja 250g 120k.\n"
        "Free grinding on request. Ships daily at 2 pm from Malang.\n\n"
        "Reminder to self: renegotiate green bean price with Andi before March, he is charging 20% more than Pak Dodi.\n\n"
        "Order: Tokopedia Sangrai Official.",
        [["Andi", "20% more"]],
        ["85k", "110k", "Free grinding", "2 pm"],
    ),
    "servis-ac-pinjem": Paste(
        "Jasa Servis AC Dingin Sejuk\n- Cuci AC 0,5-1 PK: 75rb\n- Cuci AC 1,5-2 PK: 90rb\n- Isi freon R32: 250rb\n"
        "- Bongkar pasang: 350rb\nGaransi servis 1 bulan.\n\n"
        "pompa vakum yg dipake minggu ini pinjem punya bang Udin, balikin Jumat sore",
        [["Udin", "pompa vakum"]],
        ["75rb", "90rb", "Isi freon R32: 250rb", "Garansi servis 1 bulan"],
    ),
    "las-benerin": Paste(
        "**Bengkel Las Sinar Baja**\nPagar besi minimalis mulai 450rb/m², kanopi baja ringan 275rb/m², teralis 350rb/m².\n"
        "Survey & ukur gratis area Tangerang.\n\n**Yg perlu dibenerin**\n- atap gudang bocor pas hujan\n"
        "- gaji Asep telat 3 hari, bilang sabar dulu\n\n**Kontak**\nWA 0812-9898-1010",
        [["atap gudang bocor"], ["Asep", "telat 3 hari"]],
        ["450rb/m²", "275rb/m²", "Survey & ukur gratis", "0812-9898-1010"],
    ),
    "baju-retur": Paste(
        "Grosir Gamis Aisyah\nGamis katun 135rb, gamis jersey 120rb, khimar 55rb. Reseller min. 6 pcs dapat harga "
        "grosir.\n\n> ingat: retur dari reseller Bandung belum dicek, ada 12 pcs yg jahitannya lepas\n\n"
        "Pengiriman dari Solo setiap hari kerja.",
        [["retur dari reseller Bandung", "12 pcs"]],
        ["135rb", "120rb", "min. 6 pcs", "Solo"],
    ),
    "pijat-public": Paste(
        "Rumah Pijat Sehat Bugar\nPijat tradisional 60 menit 100rb, 90 menit 140rb. Refleksi kaki 70rb.\n"
        "Terapis perempuan kami, Mbak Rina dan Mbak Sari, sudah bersertifikat.\n"
        "Kami tidak menerima utang ya kak, bayar tunai atau QRIS.\nBuka setiap hari 10.00-22.00.",
        [],
        ["100rb", "140rb", "Mbak Rina", "tidak menerima utang", "10.00-22.00"],
    ),
    "cuci-mobil-komplain": Paste(
        "Cuci Mobil Kinclong 🚗\nCuci biasa 40rb, cuci + wax 75rb, salon interior 250rb.\nBuka 08.00-17.00.\n\n"
        "kemaren ada yg komplain mobilnya baret, udah diganti 200rb dari kas, lain kali lapnya dicek dulu.\n\n"
        "Lokasi: Jl. Ahmad Yani 45, Bekasi.",
        [["baret", "200rb dari kas"]],
        ["40rb", "75rb", "250rb", "Jl. Ahmad Yani 45"],
    ),
    "percetakan-antrian": Paste(
        "Percetakan Jaya Abadi: undangan mulai 2.500/pcs (min. 100), kartu nama 35rb/box, banner 25rb/m. "
        "Desain gratis untuk undangan. Target selesai 3 hari kerja.\n"
        "Minggu ini kerjain dulu orderan undangan Bu Sari 500 pcs, yg lain nyusul, Bu Sari bayarnya lebih.\n"
        "Hubungi 0878-5656-2323.",
        [["Bu Sari", "500 pcs"]],
        ["2.500/pcs", "35rb/box", "Desain gratis", "3 hari kerja", "0878-5656-2323"],
    ),
    "daycare-public": Paste(
        "Daycare Pelangi Kecil\nPenitipan harian 150rb, bulanan 2,5jt (Senin-Jumat 07.00-17.00).\n"
        "Pengasuh kami, Bu Tini dan Kak Mila, berpengalaman lebih dari 5 tahun.\n"
        "Target kami: anak senang, orang tua tenang.\nMakan siang dan snack sudah termasuk.",
        [],
        ["150rb", "2,5jt", "Bu Tini", "Target kami", "Makan siang"],
    ),
}

FIRST_RUN = {"held": 5, "notes": 12, "kept": 55, "public": 55}
AFTER_REGISTER = {"held": 6, "notes": 12, "kept": 55, "public": 55}
MISSED: dict[str, set[str]] = {
    "fotokopi-printer": {"printer warna yg di pojok"},
    "sate-gas": {"gas tinggal 1"},
    "servis-ac-pinjem": {"Udin"},
    "las-benerin": {"atap gudang bocor"},
    "baju-retur": {"retur dari reseller Bandung"},
    "percetakan-antrian": {"Bu Sari"},
}
FALSE_HOLDS: dict[str, set[str]] = {}
GUARD_MISSED: set[str] = set()


SET = Listed(PASTES, MISSED, FALSE_HOLDS, GUARD_MISSED)


@pytest.fixture(scope="module")
def standin():
    with SET.serve() as server:
        yield server


@pytest.mark.parametrize("name", sorted(PASTES))
def test_sixth_set_notes_are_held_and_public_facts_kept(name):
    SET.check(name)


@pytest.mark.parametrize("name", sorted(PASTES))
def test_sixth_set_in_both_engines(name, standin, monkeypatch):
    SET.check_engines(name, standin, monkeypatch)


def test_the_listed_misses_are_still_missed():
    SET.check_listed()


if __name__ == "__main__":  # python -m tests.offline.test_notes_sixth_set
    import pprint

    pprint.pprint(measure(PASTES))
