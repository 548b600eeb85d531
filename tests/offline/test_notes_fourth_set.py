"""Internal notes, session 5's fourth set: 12 fresh knowledge pastes, written after the third change, run once.

New businesses (camping gear rental, wedding-invitation printer, gelato shop, home cleaning, photocopy shop,
swimming lessons, coffee stall, dress rental table, phone-credit counter, walking tour in English, mie ayam stall,
second-hand phones), notes in forms no earlier set used (a damaged tent under "*buat yg jaga basecamp*", paper
bought on credit from a named trader, a "## Catatan shift malam" section, the cleaners' 60% share "jangan sampai
bocor", a supplier's phone in look-alike letters, a bank loan instalment, a "Catatan" column that is a warning
about a dress, a server login and a low-balance rule, a tour guide's commission "Just between us", a suspicion
of theft from the drawer in a list of prices), and two pastes with no note.

FIRST RUN (the figure that counts for session 5), on the code at commit 0474fb7, before any change:
  notes held 4/12 (33%), public facts kept 49/49 (100%), 12 of 12 pastes with no public fact held back (the offline
  engine's fact split of that public text: 49/49); the output filter holds back a model saying the words of 3 of
  the 4 held notes (not "no. 7 retak"). Missed: paper bought on credit from "Pak Liem" (no verb of buying the net
  knows: "dapet dari"), a "## Catatan shift malam" section (two notes), a supplier's phone whose name comes after
  the number, a bank loan instalment "Cicilan KUR", a "Catatan" column holding a warning about a dress, a
  low-balance rule on the line after a held login, a suspicion of theft written as a lowercase line in a price
  list.

Seen afterwards (a fitted set now): a fourth change closed these as classes (a lowercase sentence among a block's
short capitalised entries is the owner's aside; a heading "Catatan <the work: shift, dapur, gudang, kasir ...>";
"dapet dari" + a named source; a supplier's name up to 40 characters after the word; a supplier's tab "ngebon"; a
bank loan "KUR", "cicilan ... ke BRI"). Now 10/12 held, 49/49 kept; still missed: a warning about one dress in a
table's "Catatan" cell, a low-balance rule on the line after a held login. The figure that counts for that change
is the fifth set's first run (test_notes_fifth_set.py).
"""

from __future__ import annotations

import pytest

from tests.offline.test_notes_first_set import Listed, Paste, measure

PASTES: dict[str, Paste] = {
    "sewa-camping": Paste(
        "⛺ *SEWA ALAT CAMPING GUNUNG* ⛺\nTenda 2P 35rb/hari, 4P 50rb/hari\nCarrier 60L 25rb/hari\n"
        "Sleeping bag 10rb/hari\nJaminan KTP asli + DP 50%\n\n*buat yg jaga basecamp* 🙏\n"
        "tenda no. 7 frame-nya retak, jangan disewain sampe diganti",
        [["no. 7", "retak"]],
        ["35rb/hari", "25rb/hari", "10rb/hari", "Jaminan KTP"],
    ),
    "percetakan": Paste(
        "Percetakan Kartika menerima cetak undangan pernikahan mulai 2.500/lembar (min. 200 lembar), desain gratis 2x "
        "revisi. Kartu nama 35rb/box isi 100. Proses 5-7 hari kerja setelah desain ACC.\n\n"
        "Kertas art carton kita dapet dari Pak Liem di Pasar Baru, 1,1jt per rim, bisa ngebon sampai akhir bulan.\n\n"
        "Alamat: Jl. Veteran 21, Bogor. WA 0813-1818-2020.",
        [["Liem", "1,1jt per rim"]],
        ["2.500/lembar", "35rb/box", "5-7 hari kerja", "Jl. Veteran 21", "0813-1818-2020"],
    ),
    "gelato": Paste(
        "# Gelato Nona\n- Single scoop 25rb, double 40rb\n- Waffle cone +8rb\n- Buka 12.00-22.00 (Jumat-Sabtu sampai 23.00)\n\n"
        "## Catatan shift malam\nSisa gelato yang udah dibuka lebih dari 3 hari dibuang, jangan dijual. Kunci freezer "
        "besar dibawa pulang sama Sarah.",
        [["3 hari dibuang"], ["Sarah"]],
        ["25rb", "40rb", "+8rb", "12.00-22.00"],
    ),
    "home-cleaning": Paste(
        "BersihIn Home Cleaning\nGeneral cleaning 2 jam 150rb (1 petugas), deep cleaning rumah tipe 36 450rb (2 petugas, "
        "4 jam).\nBawa alat & cairan sendiri, pelanggan tidak perlu menyiapkan apa-apa.\n"
        "Area Tangerang Selatan. Booking H-1 via WA 0857-7070-8080.\n\n"
        "Petugas dapet 60% dari harga, sisanya buat operasional + margin kita. Jangan sampai bocor ke petugas baru juga.",
        [["60% dari harga", "margin kita"]],
        ["150rb", "450rb", "Tangerang Selatan", "0857-7070-8080"],
    ),
    "fotokopi-disguised": Paste(
        "FOTOKOPI & ATK BERKAH JAYA\nFotokopi A4 300/lembar, bolak-balik 500\nPrint warna 2rb/lembar\n"
        "Jilid spiral 7rb, laminating 5rb\nBuka 07.00-21.00\n\n"
        "n\u043em\u043er w\u0430 \u0455upl\u200bier kertas: 0812-4545-6767 (Koh Ahong), minta harga grosir",  # Cyrillic о а ѕ
        [["0812-4545-6767", "Ahong"]],
        ["300/lembar", "2rb/lembar", "Jilid spiral 7rb", "07.00-21.00"],
    ),
    "les-renang-public": Paste(
        "Les Renang Hiu Kecil 🏊\nKelas anak (5-12 th) 8x pertemuan 400rb, kelas dewasa 8x 500rb.\n"
        "Pelatih bersertifikat, rasio 1 pelatih : 5 murid.\nJadwal: Sabtu & Minggu pagi di Kolam Renang Tirta, Cibinong.\n"
        "Biaya tiket masuk kolam ditanggung peserta (15rb).\nBayar ke BRI 0021-01-556677-50-3 a.n. Hiu Kecil Swim.",
        [],
        ["400rb", "500rb", "1 pelatih : 5 murid", "15rb", "0021-01-556677-50-3"],
    ),
    "warkop": Paste(
        "Warkop Bang Jek\nKopi hitam 4rb, kopi susu 6rb, indomie telor 12rb, roti bakar 10rb.\n"
        "Buka 24 jam, wifi gratis (password: warkopjek).\n\n"
        "Bang Jek lagi sakit, warung dipegang adiknya dulu sampe lebaran. Cicilan KUR ke BRI 1,8jt/bln jatuh tempo tgl 10.",
        [["KUR", "1,8jt/bln"]],
        ["Kopi hitam 4rb", "indomie telor 12rb", "Buka 24 jam", "warkopjek"],
    ),
    "sewa-gaun-table": Paste(
        "| Gaun | Sewa 3 hari | Catatan |\n|---|---|---|\n| Kebaya modern putih | 750rb | - |\n"
        "| Gaun pesta navy | 350rb | resleting agak seret, jgn dikasih ke yg badannya besar |\n| Jas pria hitam | 300rb | - |\n\n"
        "Fitting di butik Jl. Cemara 8, Medan. DP 50%, pelunasan saat ambil.",
        [["resleting"]],
        ["750rb", "350rb", "300rb", "Jl. Cemara 8"],
    ),
    "konter-pulsa": Paste(
        "Konter Pulsa Rizky Cell\nPulsa 10rb bayar 12rb, 25rb bayar 27rb, 50rb bayar 51rb\n"
        "Token listrik semua nominal, admin 2rb\nAksesoris HP: casing mulai 25rb\n\n"
        "Login aplikasi server pulsa: rizkycell / PIN transaksi 887766\nKalo saldo server tinggal < 500rb WA aku langsung",
        [["887766"], ["saldo server"]],
        ["bayar 12rb", "admin 2rb", "casing mulai 25rb"],
    ),
    "walking-tour": Paste(
        "Jogja Heritage Walk with Mas Bimo\n3-hour walking tour of the Kraton area, IDR 200k per person (min. 2), "
        "includes mineral water and entrance tickets.\nStart 7am at Alun-Alun Utara. Private tour for families IDR 650k.\n\n"
        "Just between us: the batik shop on Jl. Tirtodipuran gives me 15% of whatever guests buy.",
        [["15%", "Tirtodipuran"]],
        ["200k", "650k", "Alun-Alun Utara"],
    ),
    "mie-ayam": Paste(
        "MIE AYAM PAK NO\nMie ayam biasa 13rb\nMie ayam bakso 17rb\nkayaknya ada yg ambil duit dari laci, cek cctv tiap malem\n"
        "Es teh manis 4rb\nBungkus +1rb",
        [["ambil duit dari laci", "cctv"]],
        ["13rb", "17rb", "Es teh manis 4rb", "Bungkus +1rb"],
    ),
    "hp-bekas-public": Paste(
        "## Gadget Second Murah\nKami beli HP bekas kondisi normal, harga sesuai pasaran. HP dijual sudah dicek 30 titik, "
        "garansi toko 1 bulan.\niPhone 11 64GB mulai 4,2jt, Samsung A54 mulai 3,1jt.\n"
        "Tukar tambah bisa, selisih dibayar tunai/transfer.\nCicilan 0% pakai kartu kredit BCA & Mandiri.\n"
        "Untung bareng, pelanggan puas!",
        [],
        ["30 titik", "4,2jt", "3,1jt", "Tukar tambah", "Cicilan 0%"],
    ),
}

MISSED: dict[str, set[str]] = {"sewa-gaun-table": {"resleting"}, "konter-pulsa": {"saldo server"}}
FALSE_HOLDS: dict[str, set[str]] = {}
GUARD_MISSED = {"sewa-camping"}


SET = Listed(PASTES, MISSED, FALSE_HOLDS, GUARD_MISSED)


@pytest.fixture(scope="module")
def standin():
    with SET.serve() as server:
        yield server


@pytest.mark.parametrize("name", sorted(PASTES))
def test_fourth_set_notes_are_held_and_public_facts_kept(name):
    SET.check(name)


@pytest.mark.parametrize("name", sorted(PASTES))
def test_fourth_set_in_both_engines(name, standin, monkeypatch):
    SET.check_engines(name, standin, monkeypatch)


def test_the_listed_misses_are_still_missed():
    SET.check_listed()


if __name__ == "__main__":  # python -m tests.offline.test_notes_fourth_set
    import pprint

    pprint.pprint(measure(PASTES))
