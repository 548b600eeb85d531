"""Internal notes, session 5's fifth set: 12 fresh knowledge pastes, written after the fourth change, run once.

New businesses (boarding house, grilled chicken stall, music lessons table, wedding organiser, toy shop, garment
maker, pet food shop, phone repair, car rental list, bakery, building-supply promo, box catering), notes in forms
no earlier set used (a tenant in arrears, a kitchen wifi under "*staff area*", a teachers'-pay column "Honor guru",
a caterer's 10% fee to the organiser, the day's takings to a private account in look-alike letters with a
zero-width space, an English "### Staff memo" about a late-paying client, a phone part's real grade "bilang aja
OEM" and a duty rota, a car's brake trouble as a lowercase line in a list, a team sales target under a bold
heading, the owner's divorce "psst"), and two pastes with no note (one selling "harga modal" as a promo).

FIRST RUN (the figure that counts for session 5), on the code at commit ea588ad, before any change:
  notes held 8/12 (67%), public facts kept 47/49 (96%), 11 of 12 pastes with no public fact held back (the offline
  engine's fact split of that public text: 47/49); the output filter holds back a model saying the words of 6 of
  the 8 held notes (not "KW super": two words; not "cerai": one word). Missed: a tenant in arrears named in
  brackets "Kamar 4 (Dimas) udah nunggak 2 bulan", a stock warning on the line after a held wifi login under
  "*staff area*", an English "### Staff memo" section, a team sales target under "**Target tim bulan ini**".
  Held back wrongly: a promo "cat tembok 5kg dijual harga modal, cuma 85rb!".

Session 5's first runs, set by set: notes held 13/23, 5/17, 10/17, 4/12, 8/12; public facts kept 73/74, 61/63,
53/54, 49/49, 47/49. ``MISSED``/``FALSE_HOLDS``/``GUARD_MISSED`` list what this set still gets wrong (not fitted);
everything else is a regression test.
"""

from __future__ import annotations

import pytest

from tests.offline.test_notes_first_set import Listed, Paste, measure

PASTES: dict[str, Paste] = {
    "kost-putra": Paste(
        "Kost Putra Pak Slamet, dekat kampus UNS. Kamar 600rb/bulan (kamar mandi luar), 850rb/bulan (kamar mandi "
        "dalam). Listrik token masing-masing, air gratis. Parkir motor di dalam pagar, gerbang dikunci jam 23.00.\n\n"
        "Kamar 4 (Dimas) udah nunggak 2 bulan, kalo sampe akhir bulan belum bayar suruh cari kost lain.\n\n"
        "Info & survey: WA 0815-6060-7070.",
        [["Dimas", "nunggak 2 bulan"]],
        ["600rb/bulan", "850rb/bulan", "23.00", "0815-6060-7070"],
    ),
    "ayam-bakar": Paste(
        "🔥 *AYAM BAKAR MADU BU ENDANG* 🔥\nPaket 1: ayam bakar + nasi + lalapan 22rb\nPaket 2: ayam bakar + nasi + es teh 25rb\n"
        "Sambal ekstra 3rb\nDine in / take away / GoFood\n\n🕐 Buka 10.00 - 21.00\n\n*staff area*\n"
        "wifi dapur: AyamBakarDapur / madu2025\nstok madu tinggal dikit, jgn dipake buat olesan ekstra",
        [["madu2025"], ["stok madu tinggal dikit"]],
        ["22rb", "25rb", "Sambal ekstra 3rb", "10.00 - 21.00"],
    ),
    "les-musik-table": Paste(
        "| Kelas | Biaya/bulan | Honor guru |\n|---|---|---|\n| Piano anak | 400.000 | 200.000 |\n"
        "| Gitar | 350.000 | 175.000 |\n| Vokal | 375.000 | 180.000 |\n\n"
        "Kelas 4x pertemuan sebulan, 45 menit. Free trial 1x. Studio di Ruko Griya Asri B-3, Semarang.",
        [["200.000", "175.000", "180.000"]],
        ["400.000", "350.000", "375.000", "Free trial"],
    ),
    "wedding-organizer": Paste(
        "Bahagia WO melayani paket pernikahan intimate (100 tamu) mulai 25jt dan paket gedung (500 tamu) mulai 85jt, "
        "sudah termasuk dekorasi, katering, MUA, dan dokumentasi. Konsultasi gratis di kantor kami, Jl. Pemuda 88 "
        "Semarang.\n\nVendor katering Dapur Mbak Sri kasih fee 10% ke kita tiap klien yang kita bawa, jangan sampai klien "
        "tau ya.\n\nInstagram: @bahagiawo",
        [["fee 10%"]],
        ["25jt", "85jt", "Jl. Pemuda 88", "@bahagiawo"],
    ),
    "toko-mainan-disguised": Paste(
        "Toko Mainan Ceria\nLego kw mulai 45rb, boneka 30-80rb, mobil remote 120rb\nBungkus kado gratis\n"
        "Bayar QRIS / transfer BCA 2223334445 a.n. Toko Mainan Ceria\n\n"
        "\u0455etoran harian masuk ke rek pri\u200bbadi BRI 1100-22-333 (Bu Ratih)",  # Cyrillic ѕ, a zero-width space
        [["1100-22-333"]],
        ["45rb", "120rb", "Bungkus kado gratis", "2223334445"],
    ),
    "konveksi-memo": Paste(
        "## Konveksi Rapi Jaya\nKaos sablon min. 24 pcs: 55rb/pcs (1 warna), 65rb/pcs (full color).\n"
        "Kemeja PDH min. 12 pcs: 135rb/pcs.\nPengerjaan 14 hari kerja setelah DP 50%.\n\n### Staff memo\n"
        "The client from SMA 3 always pays late; ask for full payment before cutting fabric.",
        [["SMA 3", "pays late"]],
        ["55rb/pcs", "135rb/pcs", "14 hari kerja"],
    ),
    "petfood-public": Paste(
        "Petfood Meong Store 🐱\nWhiskas 1,2kg 62rb, Me-O 1,2kg 55rb, pasir kucing 10L 35rb.\n"
        "Kami distributor resmi Me-O area Depok, harga grosir untuk pet shop (min. 1 karton).\n"
        "Gratis ongkir se-Depok min. belanja 150rb.\nPembayaran ke rekening BNI 0987612345 a.n. Meong Store.\n"
        "Buka jadi reseller tanpa modal, cukup share katalog!",
        [],
        ["62rb", "55rb", "distributor resmi", "Gratis ongkir", "0987612345", "tanpa modal"],
    ),
    "servis-hp": Paste(
        "Servis HP Kilat\nGanti LCD Samsung A series mulai 350rb, iPhone 11 mulai 850rb. Ganti baterai 150-250rb. "
        "Garansi 30 hari.\nBuka 09.00-21.00.\n\n"
        "LCD iPhone yg kita pake sebenernya KW super, kalo ada yg nanya bilang aja OEM.\n"
        "Jadwal jaga: Fikri Senin-Rabu, Galih Kamis-Sabtu, Minggu gantian.",
        [["KW super"], ["Fikri", "Galih"]],
        ["350rb", "850rb", "Garansi 30 hari", "09.00-21.00"],
    ),
    "rental-mobil-list": Paste(
        "RENTAL MOBIL SAHABAT\nAvanza lepas kunci 350rb/hari\nInnova Reborn + driver 750rb/hari (12 jam)\n"
        "Hiace + driver 1,2jt/hari\navanza putih yang B 1234 XY rem belakang bunyi, jangan dikasih buat luar kota dulu\n"
        "Overtime 10%/jam",
        [["B 1234 XY", "rem belakang"]],
        ["350rb/hari", "750rb/hari", "1,2jt/hari", "Overtime 10%/jam"],
    ),
    "bakery-target": Paste(
        "**Roti Hangat Bakery**\nRoti tawar 18rb, roti sobek 25rb, donat 6rb/pcs.\nPesan kue ulang tahun H-3, mulai 150rb.\n\n"
        "**Target tim bulan ini**\nKalau penjualan tembus 40jt, bonus masing2 300rb",
        [["40jt", "bonus masing2 300rb"]],
        ["18rb", "25rb", "6rb/pcs", "150rb"],
    ),
    "tb-promo-public": Paste(
        "TB Maju Terus\nPromo akhir tahun: cat tembok 5kg dijual harga modal, cuma 85rb!\nSemen 50kg 63rb, pasir per "
        "pickup 300rb.\nAntar gratis radius 5km.\nBuka Senin-Sabtu 07.00-16.00.",
        [],
        ["harga modal", "85rb", "63rb", "Antar gratis"],
    ),
    "catering-psst": Paste(
        "Catering Berkah Ibu\nNasi box ayam goreng 20rb, ayam bakar 22rb, rendang 28rb.\n"
        "Snack box (3 kue + air mineral) 12rb.\nPesan H-2 lewat WA 0821-3030-5050.\n\n"
        "psst: sebulan ini aku lagi ngurus cerai jadi pesanan besar ditolak dulu aja",
        [["cerai"]],
        ["20rb", "28rb", "12rb", "0821-3030-5050"],
    ),
}

# "kost-putra" left MISSED with the register model (gigai.offline.noteregister), which was trained on this set.
MISSED: dict[str, set[str]] = {
    "ayam-bakar": {"stok madu tinggal dikit"},
    "konveksi-memo": {"SMA 3"},
    "bakery-target": {"40jt"},
}
FALSE_HOLDS: dict[str, set[str]] = {"tb-promo-public": {"harga modal", "85rb"}}
GUARD_MISSED = {"servis-hp", "catering-psst"}


SET = Listed(PASTES, MISSED, FALSE_HOLDS, GUARD_MISSED)


@pytest.fixture(scope="module")
def standin():
    with SET.serve() as server:
        yield server


@pytest.mark.parametrize("name", sorted(PASTES))
def test_fifth_set_notes_are_held_and_public_facts_kept(name):
    SET.check(name)


@pytest.mark.parametrize("name", sorted(PASTES))
def test_fifth_set_in_both_engines(name, standin, monkeypatch):
    SET.check_engines(name, standin, monkeypatch)


def test_the_listed_misses_are_still_missed():
    SET.check_listed()


if __name__ == "__main__":  # python -m tests.offline.test_notes_fifth_set
    import pprint

    pprint.pprint(measure(PASTES))
