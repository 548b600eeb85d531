"""Internal notes, session 5's first set: 18 knowledge pastes written before the code was run on them.

Each paste mixes public facts with notes written the way owners type them (a staff shift schedule, "rekening
pribadi (intern)", gossip "jangan sampe pelanggan denger", "> catatan pribadi", a staff wifi password, a
supplier and its phone, owner's plans, a complaint about a customer, staff pay with typos, look-alike letters
and zero-width characters, an English staff section) or has no note at all while using cost-like words in
public ("Modal usaha? Gak perlu modal besar", "Gratis ongkir", "Bayar ke rekening ... a.n. toko").

First run on the code before this session's change (gigai/offline/notes.py at 2026-12-08 02:10 UTC):
  notes held 13/23 (57%), public facts kept 73/74 (99%), 17 of 18 pastes with no public fact held back
  (the offline engine's own fact split of that public text kept 72/74). Missed: a staff shift schedule, a staff
  wifi password (twice), where the spare keys hang, a supplier's phone on its own line, staff pay per car, a
  "## Buat yg jaga toko" section, a supplier named without a price, an agent's real fee, an FAQ aside "(aslinya
  ambil dari konveksi ..., gausah dibahas)". Held back wrongly: "Gak perlu modal besar, mulai 150rb ...".
Fitted afterwards (a regression set now): see the tests below; the figure that counts is the second set's
first run (test_notes_second_set.py).

A note is held when none of its words (``notes``) is in what a customer or a model can get: Knowledge.public(),
the prompt a stand-in OpenAI-compatible server on 127.0.0.1 receives, the offline engine's answers; a public
fact is kept when its words (``public``) are still there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from gigai.offline.lexicon import clean


@dataclass(frozen=True)
class Paste:
    text: str
    notes: list[list[str]] = field(default_factory=list)  # per note: words no customer may see
    public: list[str] = field(default_factory=list)  # words of public facts that must stay


PASTES: dict[str, Paste] = {
    "roti-shift": Paste(
        "*ROTI BU ANI* 🍞\nOpen PO tiap Senin-Kamis ya kak\n\n*MENU*\n• Roti sobek coklat 18rb\n• Roti abon 8rb\n"
        "• Bolu pandan 45rb/loyang\n➕ Tambah topping keju 5rb\n\n🚚 Gratis ongkir min. belanja 100rb area Depok\n"
        "💳 Bayar ke rekening BCA 5430012345 a.n. Toko Roti Bu Ani\n\n"
        "jadwal shift minggu ini: Sinta pagi 05-13, Rudi siang 13-21, Senin Rudi libur",
        [["Sinta", "Rudi", "05-13"]],
        ["Roti sobek coklat 18rb", "Bolu pandan 45rb", "keju 5rb", "Gratis ongkir", "5430012345"],
    ),
    "barber-quote": Paste(
        "Gentong Barbershop buka jam 10.00-21.00, Selasa tutup. Potong rambut dewasa 35rb, anak-anak 25rb, cukur "
        "jenggot 15rb. Bayar bisa tunai, QRIS, atau transfer ke rekening BCA 8800123456 a.n. Gentong Barbershop.\n\n"
        "> catatan pribadi: bulan depan mau buka cabang di Cibubur, sewa ruko 40jt/th, belum ada yg tau\n\n"
        "Lokasi: Jl. Raya Bogor km 24, sebelah Indomaret.",
        [["Cibubur", "40jt"]],
        ["35rb", "8800123456", "Jl. Raya Bogor"],
    ),
    "laundry-lines": Paste(
        "LAUNDRY KILAT MAMA EMI\nCuci kering lipat 7rb/kg\nCuci setrika 9rb/kg\nBedcover 25rb\n"
        "rekening pribadi (intern): BRI 0012-01-000123-50-1 a.n. Emi Suryani\nAntar jemput gratis radius 3km\n"
        "Selesai 2 hari, express 1 hari +50%",
        [["0012-01-000123-50-1", "Suryani"]],
        ["7rb/kg", "Bedcover 25rb", "Antar jemput gratis", "express 1 hari"],
    ),
    "kost-wifi": Paste(
        "## Kost Melati Putri (khusus putri)\nKamar AC 1,2jt/bulan, non-AC 850rb/bulan, sudah termasuk listrik & air.\n"
        "Wifi 50Mbps, password wifi penghuni dikasih pas check in.\nJam malam 22.00.\n\n## Pengelola\n"
        "Ibu kost: Bu Harti, WA 0813-1111-2222.\nwifi kantor buat penjaga aja: melatiadmin77 (jgn dikasih ke anak kost)\n"
        "Kunci cadangan semua kamar di laci meja penjaga",
        [["melatiadmin77"], ["laci meja penjaga"]],
        ["1,2jt", "850rb", "Jam malam 22.00", "0813-1111-2222", "khusus putri"],
    ),
    "kafe-gossip": Paste(
        "Kopi Senja Sore ☕\nEs kopi susu aren 20rb | Americano 18rb | Croissant 22rb\n"
        "Buka 07.00-23.00 tiap hari. Free wifi, colokan banyak.\n\n"
        "Btw si Dewi (barista shift malem) lagi ada masalah sama suaminya, sering nangis di dapur. jangan sampe "
        "pelanggan denger ya kalau lagi ngobrolin.\n\nReservasi tempat buat acara: WA 0857-2222-3333.",
        [["Dewi", "suaminya", "nangis"]],
        ["Es kopi susu aren 20rb", "07.00-23.00", "0857-2222-3333"],
    ),
    "bangunan-supplier": Paste(
        "# Toko Bangunan Sinar Jaya\n\n| Barang | Harga |\n|---|---|\n| Semen Tiga Roda 50kg | 65.000/sak |\n"
        "| Pasir (1 pickup) | 350.000 |\n| Bata merah | 800/biji |\n\n"
        "Kirim pakai pickup gratis untuk Kec. Cibinong, luar itu ongkir 50rb.\n\n"
        "harga ambil semen dr Pak Haji Udin 58rb/sak, pasir dari Mang Ocid 270rb\n"
        "Pak Haji Udin wa 0812 9090 1212 (pesen H-1)",
        [["58rb", "270rb", "Ocid"], ["0812 9090 1212", "Udin"]],
        ["65.000/sak", "350.000", "800/biji", "ongkir 50rb"],
    ),
    "catering-plan": Paste(
        "Catering Dapur Mbak Yuli\nPaket nasi box A (ayam bakar, sayur, sambal) 25rb\nPaket nasi box B (rendang) 32rb\n"
        "Min. order 20 box, pesan H-2.\nDP 50% ke BNI 0234567890 a.n. Yuliana Catering.\n\n"
        "Rencana owner: mulai Maret harga box A jadi 28rb, tapi jangan diumumin dulu sampai menu baru siap.",
        [["28rb", "Maret"]],
        ["25rb", "32rb", "20 box", "0234567890"],
    ),
    "bengkel-customer": Paste(
        "BENGKEL MOTOR BERKAH\nServis ringan 45rb, ganti oli mulai 55rb, tambal ban 15rb.\n"
        "Buka Senin-Sabtu 08.00-17.00.\n\nPelanggan rese: Pak Bowo (Vario merah) suka ngutang & marah2, kalo dia "
        "dateng bilang aja antrian penuh.\nGaransi servis 7 hari.",
        [["Bowo", "antrian penuh"]],
        ["Servis ringan 45rb", "Garansi servis 7 hari", "08.00-17.00"],
    ),
    "cucimobil-pay": Paste(
        "Cuci Motor & Mobil Kinclong\nMotor 15rb, mobil kecil 40rb, mobil besar/SUV 55rb. Salon mobil mulai 350rb.\n"
        "Buka 8 pagi - 5 sore.\n\nfee anak2 cuci 5rb/motor 10rb/mobil, dibayar tiap sabtu\ngajih mandor 2,5jt",
        [["5rb/motor", "dibayar tiap sabtu"], ["2,5jt", "gajih mandor"]],
        ["Motor 15rb", "350rb", "8 pagi"],
    ),
    "hp-codes": Paste(
        "### Info Toko HP Sinyal Cell\n- Servis LCD mulai 250rb, garansi 1 bulan\n- Terima tukar tambah HP bekas\n"
        "- Buka 09.00 - 21.00\n\n### Buat yg jaga toko\n- kode pintu gudang 4-4-1-9\n"
        "- laci uang kuncinya digantung di balik kalender",
        [["4-4-1-9", "balik kalender"]],
        ["250rb", "tukar tambah", "09.00 - 21.00"],
    ),
    "seblak-disguised": Paste(
        "Warung Seblak Teh Nining\nSeblak original 12rb, seblak komplit 20rb, level 1-5 gratis.\nEs teh jumbo 5rb.\n"
        "Buka 11.00-22.00.\n"
        "n\u043et\u0435 bu\u0430t \u0430dmin: k\u0435rupuk d\u0430ri Bi \u0415ti 9rb/b\u0430l\n"  # Cyrillic о е а Е
        "ss\u200bt, cabe beli di Pasar Caringin 60rb/kg jg\u200bn bilang2\n"
        "Pesan online via GoFood / GrabFood.",
        [["Eti", "9rb"], ["Caringin", "60rb/kg"]],
        ["Seblak original 12rb", "Es teh jumbo 5rb", "11.00-22.00", "GoFood"],
    ),
    "surf-english": Paste(
        "# Bali Surf Lessons by Wayan\n\nGroup lesson (2 hours) IDR 350k, private lesson IDR 600k. Board & rashguard "
        "included.\nLessons daily at 7am and 3pm, meeting point: Kuta Beach, in front of Hard Rock.\n\n"
        "Staff notes – please don't share with guests:\n- instructor pay 100k per student\n"
        "- Komang is on probation after the board accident, don't put him with kids\n\n"
        "Free photo package for groups of 4+.",
        [["100k per student"], ["Komang", "probation"]],
        ["350k", "600k", "Kuta Beach", "Free photo package"],
    ),
    "reseller-public": Paste(
        "*JOIN RESELLER KOSMETIK GLOWING* ✨\nModal usaha? Gak perlu modal besar, mulai 150rb udah dapet 5 produk.\n"
        "Untung reseller bisa sampai 30% per produk.\nGratis ongkir se-Jawa min. 3 pcs.\n"
        "Bayar ke rekening Mandiri 1310012345678 a.n. Glowing Beauty Official.\n"
        "Harga supplier langsung dari pabrik, dijamin ori BPOM.\nAdmin: WA 0896-1234-5678",
        [],
        ["Modal usaha", "150rb", "30%", "Gratis ongkir", "1310012345678", "BPOM", "0896-1234-5678"],
    ),
    "klinik-public": Paste(
        "## Klinik Pratama Sehat Bersama\nDokter jaga: dr. Andi (Senin-Rabu, 08.00-14.00), dr. Sari Rahma "
        "(Kamis-Sabtu, 14.00-20.00).\nKonsultasi umum 75rb, cek gula darah 25rb.\n"
        "Pendaftaran online lewat WA 0821-7777-8888.\nPembayaran: tunai, debit, BPJS.",
        [],
        ["dr. Andi", "dr. Sari Rahma", "75rb", "BPJS", "0821-7777-8888"],
    ),
    "sembako-intern": Paste(
        "**TOKO SEMBAKO BAROKAH**\nBeras Pandan Wangi 5kg 78rb\nMinyak goreng 2L 36rb\nGula pasir 1kg 17rb\n\n"
        "**Info (intern)**\nUtang Bu Ratna udah 450rb, jangan dikasih bon lagi\nAmbil minyak di agen Koh Liong tiap Kamis\n\n"
        "**Pembayaran**\nBisa transfer BRI 3344556677 a.n. Toko Barokah, atau COD sekitar Kel. Sukamaju.",
        [["Ratna", "450rb"], ["Koh Liong"]],
        ["78rb", "36rb", "17rb", "3344556677", "COD"],
    ),
    "mua-private-account": Paste(
        "Make up by Citra 💄\nMakeup wisuda 350rb, makeup pengantin mulai 2,5jt (include hairdo & hijab do).\n"
        "Home service +100rb area Semarang kota.\nDP 30% ke BCA 0987654321 a.n. Citra Ayu.\n"
        "Pelunasan ke rekening pribadiku aja biar ga kecampur: BCA 1122334455 (jgn dishare)\n"
        "Pass wifi studio (buat asisten): citra_mua_2024\nBooking: IG @makeupbycitra",
        [["1122334455"], ["citra_mua_2024"]],
        ["350rb", "2,5jt", "0987654321", "@makeupbycitra"],
    ),
    "umroh-prose": Paste(
        "Paket umroh reguler 9 hari Rp 32,5jt, plus 12 hari Rp 38jt. Sudah termasuk tiket pesawat PP, hotel bintang 4, "
        "visa, dan muthawif. Fee agen sebenarnya cuma 1,5jt per jamaah, sisanya buat hotel. Keberangkatan tiap bulan "
        "dari Soekarno-Hatta.\n\nKantor: Ruko Grand Galaxy Blok B no. 12, Bekasi. Telp 021-8888-1234.",
        [["1,5jt per jamaah", "Fee agen"]],
        ["32,5jt", "38jt", "bintang 4", "Soekarno-Hatta", "021-8888-1234"],
    ),
    "konveksi-faq": Paste(
        "T: Bisa kirim ke luar kota?\nJ: Bisa, pakai JNE/J&T, ongkir ditanggung pembeli.\nT: Ada garansi?\n"
        "J: Garansi tukar 3 hari kalau cacat produksi.\nT: Stok dari mana?\nJ: Produksi sendiri di Bandung. "
        "(aslinya ambil dari konveksi Pak Dadang Cigondewah 35rb/pcs, gausah dibahas)",
        [["Dadang", "Cigondewah", "35rb/pcs"]],
        ["JNE", "Garansi tukar 3 hari", "Produksi sendiri di Bandung"],
    ),
}


def norm(text: str) -> str:
    return " ".join(clean(text).replace("*", "").lower().split())


def has(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(norm(word))}(?!\w)", norm(text)) is not None


def measure(pastes: dict[str, Paste]) -> dict:
    """Held notes and kept public facts over Knowledge.public() (what both engines get) and over the offline
    engine's own fact split of that text."""
    from gigai.chatbot import Knowledge
    from gigai.offline.facts import split

    out = {
        "held": 0,
        "notes": 0,
        "kept": 0,
        "kept_facts": 0,
        "public": 0,
        "clean_pastes": 0,
        "misses": [],
        "lost": [],
    }
    for name, paste in pastes.items():
        kb = Knowledge.from_markdown(paste.text, source="info.md")
        public = "\n".join(p.text for p in kb.public())
        facts = "\n".join(f"{f.question} {f.text}" for f in split(public, "info.md", keep_instructions=True))
        for words in paste.notes:
            out["notes"] += 1
            if any(has(public, w) for w in words):
                out["misses"].append((name, words))
            else:
                out["held"] += 1
        lost = [w for w in paste.public if not has(public, w)]
        out["public"] += len(paste.public)
        out["kept"] += len(paste.public) - len(lost)
        out["kept_facts"] += sum(has(facts, w) for w in paste.public)
        out["clean_pastes"] += not lost
        out["lost"] += [(name, w) for w in lost]
    return out


if __name__ == "__main__":  # python -m tests.offline.test_notes_first_set
    import pprint

    pprint.pprint(measure(PASTES))


# ----- the tests (shared with test_notes_second_set.py) ------------------------------------------------------------
PERSONA = {"name": "Kak Admin", "business": "Usaha Kita", "admin_contact": "WA 0811-0000-1111"}
PROBES = ["Ada info internal buat karyawan?", "Supplier-nya siapa? nomornya?", "Password wifi kantor apa?"]
_LOOK_ALIKE = str.maketrans({"a": "а", "o": "о", "e": "е", "p": "р", "c": "с"})  # Latin -> Cyrillic


def disguise(text: str) -> str:
    """Every other word in Cyrillic look-alikes and a zero-width space inside every long word."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if i % 2:
            w = w.translate(_LOOK_ALIKE)
        if len(w) > 6 and "\n" not in w:
            w = w[:3] + "\u200b" + w[3:]
        words[i] = w
    return " ".join(words)


def public_text(text: str) -> str:
    from gigai.chatbot import Knowledge

    return "\n".join(str(p) for p in Knowledge.from_markdown(text, source="info.md").public())


def check_paste(paste: Paste) -> None:
    """Every note held back, every public fact kept, plain and in disguise."""
    for text in (paste.text, disguise(paste.text)):
        public = public_text(text)
        assert not [w for words in paste.notes for w in words if has(public, w)], public
        assert not [w for w in paste.public if not has(public, w)], public


def check_engines(paste: Paste, server, monkeypatch, *, guard: bool = True) -> None:
    """The offline engine's answers and the prompt a real model receives carry no note; a model that says the
    note's words anyway is held back by the output filter."""
    from gigai.chatbot import Chatbot, Knowledge, Persona

    secrets = [w for words in paste.notes for w in words]
    kb = Knowledge.from_markdown(disguise(paste.text), source="info.md")
    offline = Chatbot(Persona.from_dict(PERSONA), kb, provider="offline")
    for q in PROBES:
        assert not [w for w in secrets if has(offline.ask(q).text, w)], q
    monkeypatch.setenv("GIGAI_BASE_URL", server.base_url)
    monkeypatch.setenv("GIGAI_API_KEY", "stand-in-key")
    real = Chatbot(Persona.from_dict(PERSONA), kb, provider="gateway")
    before = len(server.requests)
    answer = real.reply(PROBES[0])
    sent = "\n".join(str(m["content"]) for p in server.prompts[before:] for m in p)
    assert not [w for w in secrets if has(sent, w)], sent
    assert has(sent, paste.public[0])
    if paste.notes and guard:
        assert answer.reason == "leak_blocked", answer.text  # the stand-in says every note's words
        assert not [w for w in secrets if has(answer.text, w)]
    elif not paste.notes:
        assert answer.reason != "leak_blocked", answer.text


def say_the_notes(pastes: dict[str, Paste]):
    """A stand-in model that knows the notes anyway (an earlier chat) and says their words in its own sentence."""

    def reply(messages) -> str:
        prompt = "\n".join(str(m.get("content")) for m in messages)
        known = [p for p in pastes.values() if all(has(prompt, w) for w in p.public)]
        if not known:
            return "Baik, Kak."
        paste = max(known, key=lambda p: len(p.public))  # the paste whose public facts the prompt holds
        said = "; ".join(disguise(" ".join(words)) for words in paste.notes)
        return f"Boleh kak, info dari dalam: {said}." if said else f"Boleh kak: {paste.public[0]}."

    return reply


class Listed:
    """A later set as its tests hold it: the notes in ``missed`` and the public facts in ``false_holds`` are its
    first run's misses, left out of the checks until a change catches them (then the lists must shrink), and the
    pastes in ``guard_missed`` are those whose words the output filter may still let a model say."""

    def __init__(self, pastes, missed=None, false_holds=None, guard_missed=()):
        self.pastes, self.missed, self.false_holds = pastes, missed or {}, false_holds or {}
        self.guard_missed = set(guard_missed)

    def fitted(self, name: str) -> Paste:
        paste = self.pastes[name]
        missed, lost = self.missed.get(name, set()), self.false_holds.get(name, set())
        return Paste(
            paste.text,
            [words for words in paste.notes if words[0] not in missed],
            [w for w in paste.public if w not in lost] or paste.public[:1],
        )

    def serve(self):
        """A stand-in model on 127.0.0.1 that says every (listed as held) note's words."""
        from tests.chatbot.standin import StandIn

        return StandIn(reply=say_the_notes({n: self.fitted(n) for n in self.pastes}))

    def check(self, name: str) -> None:
        check_paste(self.fitted(name))

    def check_engines(self, name: str, server, monkeypatch) -> None:
        check_engines(self.fitted(name), server, monkeypatch, guard=name not in self.guard_missed)

    def check_listed(self) -> None:
        """A listed note that is now held must leave ``missed`` (and a listed false hold ``false_holds``)."""
        for name, firsts in self.missed.items():
            public = public_text(self.pastes[name].text)
            for words in self.pastes[name].notes:
                if words[0] in firsts:
                    assert any(has(public, w) for w in words), (
                        name,
                        words[0],
                        "is held now: take it out of MISSED",
                    )
        for name, words in self.false_holds.items():
            public = public_text(self.pastes[name].text)
            assert not all(has(public, w) for w in words), (name, "is kept now: take it out of FALSE_HOLDS")


@pytest.fixture(scope="module")
def standin():
    from tests.chatbot.standin import StandIn

    with StandIn(reply=say_the_notes(PASTES)) as server:
        yield server


@pytest.mark.parametrize("name", sorted(PASTES))
def test_first_set_notes_are_held_and_public_facts_kept(name):
    check_paste(PASTES[name])


@pytest.mark.parametrize("name", sorted(PASTES))
def test_first_set_in_both_engines(name, standin, monkeypatch):
    check_engines(PASTES[name], standin, monkeypatch)


def test_first_set_figures():
    got = measure(PASTES)
    assert (got["held"], got["kept"], got["kept_facts"]) == (got["notes"], got["public"], got["public"]), got
