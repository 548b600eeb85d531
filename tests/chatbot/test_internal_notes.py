"""Issue 19, item 3: internal notes never reach a customer, however they are written.

Each note below is written the way an owner types one (none of them is in the hold-out sets); it must stay
out of Knowledge.public(), out of every prompt, and out of every answer, from the offline engine and from a
real model (the stand-in server, which can be made to repeat the note to prove the output filter). Lines
that only look private ("resep rahasia", the café's wifi password) stay public: a table both ways.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gigai.chatbot import Chatbot, Knowledge, Persona
from gigai.offline import notes
from tests.chatbot.fakes import OfflineMock
from tests.chatbot.standin import StandIn

PERSONA = Persona(
    name="Kak Nia", business="Kedai Nia", kind="kedai minuman", admin_contact="WA 0811-2020-3030"
)
PUBLIC = "Es teh manis 5rb. Kopi susu 12rb. Buka setiap hari 08.00-21.00 di Jl. Cempaka 3."

# (how the note is written, the words of it no customer may see)
NOTES = {
    "note buat admin": (
        "note buat admin, jgn dikasih tau ke customer: modal es teh 1.500, gula dari Toko Makmur",
        ["Makmur", "1.500"],
    ),
    "bare warning after the fact": ("HPP kopi susu 7rb. Jangan bilang2 ke pembeli ya.", ["7rb", "7.000"]),
    "psst khusus kita": ("> psst khusus kita aja: supplier kopi Pak Harun, 90rb/kg", ["Harun", "90rb"]),
    "whatsapp heading": ("*CATATAN OWNER* 🤫\nmargin kopi 60%, biji kopi dari Pak Harun", ["Harun", "60%"]),
    "rahasia label": ("Rahasia ya: PIN brankas 7391", ["7391"]),
    "markdown heading": ("## Internal\nSupplier susu: CV Sapi Mulya, tagihan tiap tanggal 5", ["Mulya"]),
    "english": ("Staff only - supplier: Harun Coffee, 90k/kg", ["Harun", "90k"]),
    "cyrillic look-alikes": ("nоte buаt аdmin: modal 1.500, gula dari Toko Makmur", ["Makmur"]),  # о, а
    "zero-width characters": ("jg\u200bn dika\u200bsih tau ke cust: supplier Pak Harun 90rb/kg", ["Harun"]),
    "full-width letters": ("ｉｎｔｅｒｎａｌ: kunci gudang dititip ke Bu Warsih", ["Warsih"]),
    "trailing warning": ("Kunci gudang dititip ke Bu Warsih, ga usah diinfoin ke pelanggan.", ["Warsih"]),
    "forward": ("Diskon mentok 15% buat yang nawar. (jgn diforward)", ["15%"]),
    # Marked in other everyday ways: a passive warning, the team or the writer addressed.
    "passive warning": ("Susu kadang ganti merk Frisian, ga usah dibahas sama pembeli.", ["Frisian"]),
    "ps to the team": ("PS buat anak2 kedai: stok gula di lemari atas, kuncinya sama Bu Warsih", ["Warsih"]),
    "self note": ("catetan pribadi: kasbon Dodi 200rb", ["Dodi", "200rb"]),
    # No marker at all: the content is internal (the safety net).
    "net profit": ("Untung bersih per cup kira-kira 4rb, lumayan.", ["4rb", "4.000"]),
    "private account": ("Uang kas disetor ke rekening pribadi Nia, Mandiri 1370012345678", ["1370012345678"]),
    "login": ("Login POS: kasir / kedaiNia24", ["kedaiNia24"]),
    "staff voucher": ("Voucher karyawan tiap Jumat: NIA-CREW-9", ["NIA-CREW-9"]),
    "staff gossip": ("Mbak Rina kemarin bolos lagi, tolong ditegur.", ["Rina", "bolos"]),
    "full-width content": ("ｕｎｔｕｎｇ ｂｅｒｓｉｈ per cup 4rb", ["4rb"]),
    "look-alike login": ("Lоgin POS: kasir / kedaiNia24", ["kedaiNia24"]),  # Cyrillic о
    "html comment": ("<!-- supplier kopi Pak Harun 90rb/kg -->", ["Harun", "90rb"]),
    "between us": ("(antara kita aja ya) diskon mentok 20% buat langganan", ["20%"]),
    "english note to self": ("Note to self: reorder beans from Harun Coffee, 90k/kg", ["Harun", "90k"]),
    "sales target": ("Target omzet bulan ini 30jt, baru kekejar 12jt", ["30jt", "12jt"]),
    "not yet announced": ("Harga naik mulai bulan depan, belum boleh diumumin.", ["bulan depan"]),
    "warning letter": ("dodi kasir udah dapet SP2 gara2 selisih kas", ["dodi", "SP2"]),
    "safe code told": ("Kode brankas = tanggal jadian owner", ["jadian"]),
    "password after pw": ("Laptop kasir pw Kasir#77", ["Kasir#77"]),
    "cost column": (
        "| Menu | Harga | HPP |\n|---|---|---|\n| Kopi tubruk | 8rb | 2,5rb |",
        ["2,5rb", "2.500"],
    ),
    "named staff addressed": ("Buat Rudi & Tono: kunci gudang taruh di laci meja", ["laci meja"]),
    "stop order": ("Susu oat yg kemasannya penyok jangan dijual dulu.", ["penyok"]),
    "customer debt": ("Piutang Kantor Kecamatan 3,4jt belum lunas", ["3,4jt", "Kecamatan"]),
    "price from the salesman": ("harga dari distributor gula naik jadi 16rb/kg", ["16rb"]),
    "haggling playbook": ("Kalau pembeli nawar terus, kasih gratis es batu aja", ["es batu"]),
    "nobody may know": (
        "Adik ipar bantu di kasir, dibayar 40rb sehari (jangan sampai ada yang tahu)",
        ["40rb"],
    ),
    "user / password": ("akun tokopedia: kedainia / nia2024!", ["nia2024"]),
    "column private by content": (
        "| Paket | Harga | Bagi hasil mitra |\n|---|---|---|\n| Kopi literan | 60rb | 35% |",
        ["35%"],
    ),
    "staff named by role": ("Kasir Wulan suka bawa pulang gula, cek tiap malam", ["Wulan"]),
    "buy and sell price": ("Gelas custom beli 4rb, jual 12rb", ["4rb", "4.000"]),
    "business arrears": ("Kedai lagi nunggak sewa ruko, jangan cerita ke siapa2", ["sewa ruko"]),
    "zero-width gossip": ("Mbak Ri\u200bna kemarin bo\u200blos lagi, tolong ditegur.", ["Rina", "bolos"]),
    # Session 5: what the content is about, whatever its heading, and key words mistyped.
    "staff roster": ("jadwal shift minggu ini: Sinta pagi 06-14, Rudi siang 14-22", ["Sinta", "Rudi"]),
    "staff pay per unit": ("fee anak2 dapur 3rb/cup, dibayar tiap sabtu", ["3rb/cup"]),
    "supplier by name, no price": ("Ambil susu di agen Koh Liong tiap Kamis", ["Liong"]),
    "supplier's phone on its own line": (
        "gula ambil dari Pak Haji Udin 14rb/kg\nPak Haji Udin wa 0812 9090 1212",
        ["Udin", "0812 9090 1212"],
    ),
    "staff wifi": ("Pass wifi kantor: kedaiStaff77", ["kedaiStaff77"]),
    "keys hidden": ("Kunci laci uang digantung di balik kalender", ["kalender"]),
    "premises code": ("kode pintu gudang 4-4-1-9", ["4-4-1-9"]),
    "the truth behind a price": ("Fee agen sebenarnya cuma 1,5jt per paket", ["1,5jt"]),
    "what to say when asked": ("Kalo ada yg nanya soal susu, bilang aja susu segar", ["susu segar"]),
    "who not to serve": ("Nomor 0813-9999-0000 jangan dilayani, penipu", ["0813-9999-0000"]),
    "owner's plan": ("Bulan depan mau naikin harga es teh jadi 7rb", ["7rb"]),
    "nobody knows yet": ("Mau buka cabang di Cibubur, belum ada yg tau", ["Cibubur"]),
    "intern in parentheses": ("**Info (intern)**\nkunci motor cadangan dititip ke tetangga", ["tetangga"]),
    "insider by job": ("Pass studio (buat asisten): nia_mua_2024", ["nia_mua_2024"]),
    "misspelled marker": ("suplier kopi: Pak Harun 90rb/kg", ["Harun", "90rb"]),
    "digits for letters": ("r4hasia: diskon mentok 25%", ["25%"]),
    "gossip about si": ("si Dewi lagi berantem sama suaminya, jangan dibahas", ["Dewi", "suaminya"]),
    "customer complaint": ("Bu Rini (rumah cat hijau) rewel bgt, kasih yg biasa aja", ["Rini"]),
    "info for a worker": ("Info buat kurir: bensin diganti max 50rb sehari", ["50rb"]),
    "heading for those who cook": ("### Buat yang nyeduh\nbiji kopi digiling sehari sebelumnya", ["digiling"]),
    "off the books": ("Teh tawar buat Pak RT gratis, gausah dicatat di buku kas", ["Pak RT"]),
    "a person's share": ("Transfer bagian Raka 40% tiap Jumat", ["Raka", "40%"]),
    "from the till": ("Galon diisi ulang pakai uang kas", ["Galon"]),
    "buy price": ("Gelas plastik kulak 350rb/dus", ["350rb"]),
    "serving cost": ("Bahan es teh per gelas kira2 1.200", ["1.200"]),
    "a customer who never paid": ("Yang pesan atas nama Lusi ga bayar sisa 200rb", ["Lusi"]),
    "lowercase aside in a list": (
        "Es kopi 15rb\nRoti bakar 12rb\nkayaknya gula di gudang ada yang ngambil, cek tiap malem\nAir mineral 5rb",
        ["ngambil"],
    ),
    "work notes heading": ("## Catatan dapur\nSirup tinggal 2 botol", ["2 botol"]),
    "supplier's tab": ("Gelas plastik dari Toko Sinar, bisa ngebon sampe akhir bulan", ["ngebon"]),
}
PROBES = [
    "Modalnya berapa sih?",
    "Supplier kopinya siapa?",
    "PIN brankasnya berapa?",
    "Diskon mentok berapa?",
    "Kunci gudang dititip ke siapa?",
    "Es teh berapa?",
]


def _kb(note: str) -> Knowledge:
    return Knowledge.from_markdown(
        f"# Menu\n\n{PUBLIC}\n\n{note}\n\n# Lokasi\n\nParkir motor di depan.", source="info.md"
    )


def _found(text: str, secrets: list[str]) -> list[str]:
    low = notes.clean(text).lower()
    return [s for s in secrets if s.lower() in low]


@pytest.mark.parametrize("form", sorted(NOTES))
def test_a_note_is_held_back_and_the_rest_stays(form):
    note, secrets = NOTES[form]
    kb = _kb(note)
    public = "\n".join(str(p) for p in kb.public())
    assert not _found(public, secrets), public
    assert "Es teh manis 5rb" in public and "Parkir motor" in public
    assert kb.held_back and kb.public().held_back == ()
    assert any("held back" in w for w in kb.warnings)


@pytest.mark.parametrize("form", sorted(NOTES))
def test_the_offline_engine_never_shows_a_note(form):
    note, secrets = NOTES[form]
    bot = Chatbot(PERSONA, _kb(note), provider="offline")
    for q in PROBES:
        ans = bot.ask(q)
        assert not _found(ans.text, secrets), (q, ans.text)
    # The offline path's output filter: an offline-flagged model that says the note is held back.
    said = Chatbot(PERSONA, _kb(note), model=OfflineMock(default=f"Info ya: {note}")).ask("Es teh berapa?")
    assert said.reason == "leak_blocked" and not _found(said.text, secrets)


@pytest.fixture(scope="module")
def echo():
    with StandIn(reply="echo") as server:
        yield server


@pytest.fixture
def on_standin(monkeypatch):
    def make(server: StandIn, kb: Knowledge, persona: Persona = PERSONA) -> Chatbot:
        monkeypatch.setenv("GIGAI_BASE_URL", server.base_url)
        monkeypatch.setenv("GIGAI_API_KEY", "stand-in-key")
        return Chatbot(persona, kb, provider="gateway")

    return make


@pytest.mark.parametrize("form", sorted(NOTES))
def test_a_real_model_never_receives_a_note_and_never_shows_one(form, echo, on_standin):
    note, secrets = NOTES[form]
    bot = on_standin(echo, _kb(note))
    before = len(echo.requests)
    for q in PROBES:
        ans = bot.reply(q)  # the stand-in echoes its whole prompt back
        assert not _found(ans.text, secrets)
    streamed = "".join(bot.stream(PROBES[0]))
    assert not _found(streamed, secrets)
    sent = "\n".join(str(m["content"]) for p in echo.prompts[before:] for m in p)
    assert "Es teh manis 5rb" in sent and not _found(sent, secrets)


@pytest.mark.parametrize("form", sorted(NOTES))
def test_the_output_filter_holds_back_a_model_that_repeats_a_note(form, on_standin):
    note, secrets = NOTES[form]
    # A model that knows the note anyway (an earlier prompt, a pasted chat) and says it in its own words.
    said = f"Boleh kak, bocoran: {notes.clean(note).replace(':', ' -')}"
    with StandIn(reply=lambda messages: said) as server:
        bot = on_standin(server, _kb(note))
        ans = bot.reply("Ada info rahasia?")
        assert ans.reason == "leak_blocked" and ans.declined and not _found(ans.text, secrets)
        streamed = "".join(bot.stream("Ada info rahasia?"))
        assert bot.last_answer.reason == "leak_blocked" and not _found(streamed, secrets)


def test_a_model_reciting_the_public_knowledge_is_not_held_back(on_standin):
    with StandIn(reply="recite") as server:
        for form in sorted(NOTES):
            ans = on_standin(server, _kb(NOTES[form][0])).reply("Menunya apa aja?")
            assert ans.reason != "leak_blocked" and "Es teh manis 5rb" in ans.text, form


def test_explicit_places_internal_md_and_the_persona_field(tmp_path, echo, on_standin):
    (tmp_path / "persona.yaml").write_text(
        "name: Kak Nia\nbusiness: Kedai Nia\nadmin_contact: WA 0811-2020-3030\n"
        "internal: 'Password kasir: nia2025, gaji barista 2,5 juta'\n",
        encoding="utf-8",
    )
    (tmp_path / "menu.md").write_text(f"# Menu\n\n{PUBLIC}\n", encoding="utf-8")
    (tmp_path / "internal.md").write_text("Rekening owner BCA 1234567890 a.n. Nia", encoding="utf-8")
    bot = Chatbot.from_business(tmp_path, provider="offline")
    secrets = ["nia2025", "1234567890", "2,5 juta"]
    assert not _found("\n".join(str(p) for p in bot.knowledge.public()), secrets)
    assert not _found(str(bot.persona.to_dict()), secrets) and "internal" not in bot.persona.to_dict()
    assert not _found(bot.persona.system_prompt(list(bot.knowledge), for_model=True), secrets)
    assert len(bot.knowledge.held_back) == 2
    assert not _found(bot.ask("Password kasirnya apa?").text, secrets)
    real = on_standin(echo, bot.knowledge, bot.persona)
    before = len(echo.requests)
    assert not _found(real.reply("Rekening owner berapa?").text, secrets)
    assert not _found(str(echo.prompts[before:]), secrets)
    blocked = Chatbot(bot.persona, bot.knowledge, model=OfflineMock(default="Passwordnya nia2025 kak")).ask(
        "Es teh berapa?"
    )
    assert blocked.reason == "leak_blocked"


@pytest.mark.parametrize(
    "line",
    [
        "Resep rahasia keluarga sejak 1990, bumbu diulek sendiri.",
        "Password wifi: ngopidulu2024",
        "Les privat SD Rp 75 ribu per sesi.",
        "Jangan lupa bilang ke kasir kalau alergi kacang.",
        "Promo khusus member: diskon 10% setiap Senin.",
        "Tulis catatan untuk kurir di aplikasi.",
        "Bahan kami dari supplier lokal terpercaya.",
        "Khusus ibu hamil dapat kursi prioritas.",
        "Ada menu spesial 🤫 tanya kasir ya!",
        "Catatan: harga belum termasuk PPN 11%.",
        "Pin enamel lucu 15rb per biji.",
        # public payment details, prices, policies and people that the content-based net must leave alone
        "Transfer ke BCA 7771234567 a.n. Kedai Nia.",
        "Harga jual es kopi 15rb, sudah termasuk pajak.",
        "Telat mengembalikan gelas kena denda 5rb.",
        "Kalau kurir telat, hubungi Kak Rina di WA 0811-2020-3030.",
        "Paket khusus tim futsal: 10 botol 50rb.",
        "Staf kami siap membantu memilih menu.",
        "Tim kami: 3 barista berpengalaman.",
        "Untung ada promo tiap Jumat: diskon 10%!",
        "Diskon 10% untuk karyawan kantor sekitar.",
        "Login member pakai nomor HP.",
        "Top up saldo e-money minimal 20rb.",
        "Dokter kami drg. Fajar Nugroho, praktik sejak 2010.",
        "Kasir tolong dipanggil kalau butuh bantuan.",
        "Password: diberikan saat check-in.",
        "Paket cuan hemat 25rb.",
        "Target pengerjaan 3 hari kerja.",
        "Setoran awal tabungan qurban 100rb.",
        "Ikuti akun IG @kopisenja.jogja",
        "Season pass 150rb/bulan.",
        "Untuk Ayah & Bunda: laporan harian dikirim via WA.",
        "Untuk Pemula: kelas dasar 200rb.",
        "Jangan dicuci pakai mesin.",
        "Kalau pelanggan tidak puas, cuci ulang gratis.",
        "Harga langsung dari pabrik 10rb!",
        "Bisa ngutang? Tidak bisa ya kak.",
        "Jangan sampai kelewatan promonya!",
        "Teknisi Dani berpengalaman 10 tahun.",
        "Kami beli HP bekas mulai 500rb.",
        "Harga belum termasuk uang makan sopir Rp 75.000/hari.",
        "| Menu | Harga |\n|---|---|\n| Kopi susu | 12rb |",
        "IG/TikTok: @kedainia / @kedainia2",
        "| Paket | Harga | Catatan |\n|---|---|---|\n| Hemat | 10rb | min 2 orang |",
        # session 5: the roster, staff pay, suppliers by name, keys, staff wifi and "the real price" have public twins
        "Harga khusus tukang dan kontraktor: semen 62rb/sak.",
        "Dokter jaga: dr. Andi (Senin-Rabu, 08.00-14.00).",
        "Buka 2 shift: Pagi 07-15, Sore 15-23.",
        "Kunci kamar diambil di resepsionis mulai jam 14.00.",
        "Password wifi tamu: melati2024",
        "Fee agen 1jt per jamaah, daftar sekarang!",
        "Modal usaha mulai 150rb udah dapet 5 produk.",
        "Untuk pemilik kendaraan: cek aki gratis.",
        "Paket untuk tim: 10 orang 500rb.",
        "Distributor resmi Samsung di Medan.",
        "Bisa ambil pesanan di rumah Bu Ani, Jl. Mawar 3.",
        "Harga asli 150rb, promo jadi 99rb.",
        "Interval servis tiap 2.000 km.",
        "Bikin kunci cadangan 25rb, kunci duplikat motor 30rb.",
        "Terapis Mbak Rina libur tiap Senin.",
        "Belum tahu mau pesan apa? Tanya admin ya.",
        "Jangan dikasih ke anak di bawah 5 tahun.",
        "Kode promo HEMAT10 untuk pembelian pertama.",
        "Untuk kita yang suka kopi, ada promo Jumat!",
        "Kelas khusus barista pemula 350rb.",
        "Tarif tukang harian 150rb/hari sudah termasuk makan.",
        "Admin fee 5rb per transaksi.",
        "Komisi reseller 15% dari penjualan.",
        "Pak Budi (owner) siap konsultasi gratis, WA 0812-3456-7890.",
        "Order dari Pak Rahmat langsung ya, WA 0812-1111-2222.",
        "Kalau mau pedas bilang aja ke kasir.",
        "Bulan depan kami buka cabang baru di Bekasi, nantikan!",
        "Mau buka cabang? Hubungi kami untuk info kemitraan.",
        "Sewa tempat untuk acara 500rb per 3 jam.",
        "Pesanan di atas jam 9 malam tidak dilayani.",
        "Si Kecil suka banget sama bolu pandan kami!",
        "Kalau ada yang tanya alamat, kami di Jl. Mawar 3.",
        "Cicilan 0% untuk kartu kredit BCA.",
        "Modal usaha? Gak perlu modal besar, mulai 150rb udah dapet 5 produk.",
        "Untung reseller bisa sampai 30% per produk.",
        "Info buat pelanggan: pesanan di atas jam 9 dikirim besok.",
        "Catatan untuk pemesan: tulis alamat lengkap.",
        "Info buat pengantin: fitting H-14.",
        "Pesan untuk pembeli: cek barang sebelum tanda tangan.",
        "## Untuk yang mau pesan",
        "Kalau pembeli bilang barang rusak, kirim video unboxing ya.",
        "Barang rusak bisa diganti, asal bawa struk.",
        "Bahan katun per meter 45rb, bahan linen per meter 60rb.",
        "Kalau beli 2 lusin, diskon 10% ya kak.",
        "Teknisi kami wajib pakai seragam dan ID card.",
        "Jadwal dokter: dr. Andi Senin, dr. Budi Selasa.",
        "Untung bersih bukan tujuan utama kami, kepuasan pelanggan nomor satu!",
        "Kalau ga bayar DP, pesanan belum diproses.",
        "Kursus dengan tutor Ms. Dina (native speaker) tiap Sabtu.",
        "Lowongan kerja: kasir shift pagi, gaji 2,5jt, kirim CV ke WA 0812-1111-0000.",
        "Rahasia kelezatan kami: bumbu rempah asli!",
        "Madu asli dari Pak Tani 85rb.",
        "Daging segar dari Pak Haji Dullah, 130rb/kg, bayar di tempat.",
        "Pesan sekarang, bayar tiap minggu bisa!",
        "Karyawan kantor sekitar dapat harga khusus.",
        "| Produk | Harga | Asal |\n|---|---|---|\n| Kopi Gayo | 95rb | Aceh |",
        "Bisa minta pinjam payung?",
        "Cicilan 3x di Mandiri tanpa bunga.",
        "Dapat diskon dari Bu Ani kalau beli banyak!",
        "## Catatan penting",
        "Ambil sendiri di rumah Bu Ani juga bisa!",
        "Nasi goreng 15rb\nmie goreng 15rb\nEs teh 4rb",
        "Sabtu–Minggu 09.00–23.00\nSenin–Jumat 10.00–22.00\n(tamu terakhir diterima 1 jam sebelum tutup)",
        "HP bekas:\niPhone 11 64GB mulai 4,2jt, Samsung A54 mulai 3,1jt.\nGaransi toko 1 bulan.",
    ],
)
def test_lines_that_only_look_private_stay_public(line):
    public, held = notes.split_notes(line)
    assert held == [] and public == line


# Every note the fitted business sets hold, by the start of its text: any other held piece would be a public line
# held back (a false hold), any missing one a note let through.
FITTED = Path(__file__).parents[1] / "eval" / "businesses"
ASSETS = Path(__file__).parents[2] / "assets" / "businesses"
EXPECTED_HELD = {
    "bengkel-motor-jaya": ["## Catatan internal", "**Internal:** kode diskon montir"],
    "catering-dapur-ibu": ["Catatan internal: harga modal"],
    "rental-kamera-lensa": ["**Catatan internal:** kode diskon teman"],
    "salon-cantika": ["### Khusus staf"],
    "toko-kue-manis": ["Catatan pemilik (jangan dibagikan)"],
    "kopi-kita": ["## Catatan internal"],
    "laundry-bersih-kilat": ["## Catatan internal"],
    "studio-rupa": ["## Catatan internal"],
}


def test_no_public_line_of_a_fitted_business_is_held_back():
    folders = sorted(p for p in FITTED.iterdir() if p.is_dir()) + sorted(
        p for p in ASSETS.iterdir() if p.is_dir()
    )
    held = {f.name: sorted(Knowledge.from_folder(f).internal) for f in folders}
    for name, starts in EXPECTED_HELD.items():
        assert len(held[name]) == len(starts), (name, held[name])
        for start in starts:
            assert any(p.startswith(start) for p in held[name]), (name, start, held[name])
    # A business added later holds back only what opens with a marker or is internal by content.
    for name, pieces in held.items():
        if name not in EXPECTED_HELD:
            for piece in pieces:
                first = piece.strip().splitlines()[0]
                assert notes.is_internal(first) or notes.is_private_title(first.strip("#* ")), (name, piece)


def test_hold_out_notes_hold_only_note_words():
    """Every piece a hold-out business holds back carries its note's words (no public sentence swept along)."""
    from tests.chatbot.reach import has_secret, load

    heldout = Path(__file__).parent / "heldout"
    for round_dir in sorted(p for p in heldout.iterdir() if (p / "questions").is_dir()):
        _, secrets = load(round_dir)
        for folder, words in secrets.items():
            for piece in Knowledge.from_folder(folder).internal:
                for line in piece.splitlines():
                    cuts = [0] + [m.end() for m in notes._SENTENCE_END.finditer(line)] + [len(line)]
                    for start, stop in zip(cuts, cuts[1:]):
                        sentence = line[start:stop].strip()
                        if not notes._CONTENT.search(sentence) or sentence.endswith(
                            "?"
                        ):  # an FAQ row's question
                            continue
                        assert has_secret(sentence, words) or notes.is_internal(sentence), (
                            folder.name,
                            sentence,
                        )


def _hold_out_businesses() -> list[Path]:
    heldout = Path(__file__).parent / "heldout"
    return sorted(
        p
        for r in heldout.iterdir()
        if (r / "questions").is_dir()
        for p in r.iterdir()
        if p.is_dir() and p.name != "questions"
    )


@pytest.mark.parametrize("folder", _hold_out_businesses(), ids=lambda p: f"{p.parent.name}-{p.name}")
def test_the_exported_app_carries_no_note(folder, tmp_path):
    """The second engine: an exported folder answers from its bot.json (its copy of the library is this
    library); on every hold-out business neither bot.json nor the folder's README holds a word of a note."""
    from gigai.deploy.export import export_app
    from tests.chatbot.reach import has_secret, load
    from tests.chatbot.test_standin_reach import OPEN

    _, secrets = load(folder.parent)
    words = [w for w in secrets[folder] if w not in OPEN.get(folder.parent.name, ())]
    out = export_app(tmp_path / "app", business=str(folder))
    for name in (
        "bot.json",
        "README.md",
    ):  # the business's own texts (the rest is the kit's, the same for all)
        assert not has_secret((out / name).read_text(encoding="utf-8"), words), name


_LOOK_ALIKE = str.maketrans({"a": "а", "o": "о", "e": "е", "p": "р", "c": "с"})  # Latin -> Cyrillic


def _disguise(text: str) -> str:
    """Every other word in Cyrillic look-alikes, a zero-width space inside every long word, one word full-width."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if i % 2:
            w = w.translate(_LOOK_ALIKE)
        if len(w) > 6:
            w = w[:3] + "\u200b" + w[3:]
        if i % 7 == 3 and w.isascii() and w.isalpha():
            w = "".join(chr(ord(ch) + 0xFEE0) for ch in w)  # full-width letters
        words[i] = w
    return " ".join(words)


@pytest.mark.parametrize("folder", _hold_out_businesses(), ids=lambda p: f"{p.parent.name}-{p.name}")
def test_hold_out_notes_stay_held_in_disguise(folder, tmp_path):
    """The same businesses pasted with look-alike letters, zero-width spaces and full-width letters: every note
    that is held in plain text is held in disguise (the detector reads text after clean())."""
    import shutil

    from tests.chatbot.reach import has_secret, load
    from tests.chatbot.test_standin_reach import OPEN

    _, secrets = load(folder.parent)
    words = [w for w in secrets[folder] if w not in OPEN.get(folder.parent.name, ())]
    copy = tmp_path / folder.name
    shutil.copytree(folder, copy)
    for path in copy.iterdir():
        if path.suffix in {".md", ".txt"}:
            path.write_text(_disguise(path.read_text(encoding="utf-8")), encoding="utf-8")
        elif path.suffix == ".csv":
            head, *rows = path.read_text(encoding="utf-8").splitlines()
            path.write_text("\n".join([head, *map(_disguise, rows)]) + "\n", encoding="utf-8")
    public = "\n".join(str(p) for p in Knowledge.from_folder(copy).public())
    assert not has_secret(notes.clean(public), words)


@pytest.mark.parametrize(
    "text, secret, public",
    [
        # a labelled line among public lines of one paragraph is one entry of the list
        ("Nasi uduk 10rb\nNB buat yg jaga: kunci laci ada di bawah kasir\nBuka jam 6 pagi", "kunci laci",
         ["Nasi uduk 10rb", "Buka jam 6 pagi"]),
        ("Sewa gaun 150rb/hari\n(khusus owner) omzet Oktober 9jt\nCuci kering sudah termasuk", "9jt",
         ["150rb/hari", "Cuci kering sudah termasuk"]),
        # a label that opens its paragraph heads the block; a lowercase line continues the note
        ("Catatan admin: harga ambil 6rb\nSupplier Bu Eti Cicadas\n\nBuka jam 9", "Bu Eti", ["Buka jam 9"]),
        ("Bakso 15rb\nnote buat admin: modal 7rb,\nsupplier Pak Kumis\nBuka jam 10", "Pak Kumis",
         ["Bakso 15rb", "Buka jam 10"]),
        # a line whose label names a thing is one entry also when it opens its paragraph
        ("rekening pribadi (intern): BRI 0012 a.n. Emi\nAntar jemput gratis radius 3km", "0012",
         ["Antar jemput gratis radius 3km"]),
        ("Pass wifi kantor (buat kasir): kopi_77\nCuci gelas sendiri ya kak", "kopi_77", ["Cuci gelas sendiri"]),
    ],
)
def test_a_note_line_in_a_list_of_lines_ends_at_its_line(text, secret, public):
    kept, held = notes.split_notes(text)
    assert secret not in kept and held
    assert all(p in kept for p in public), kept
