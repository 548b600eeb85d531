"""Narration as people say it (issue 22): chat abbreviations from the pronunciation data, times the everyday way,
"50% off" as "diskon lima puluh persen", and what already read right (prices, phones, H-1, 2x, handles) kept.

Each case is checked on what the voice is really asked to say (tts.spoken_segments: caption token by caption token).
Written before the change; the old normaliser got 9 of the first 28 right.
"""

import json
from pathlib import Path

import pytest

import gigai.video.normalize as normalize
from gigai.video.normalize import PRONOUNCE, clock, pronunciations
from gigai.video.tts import spoken_segments

# (written, fragments the voice must say, fragments it must never say)
CASES = [
    ("Sy tunggu orderannya ya", ["saya tunggu"], []),
    ("Cocok bwt kamu yg sibuk", ["buat kamu yang sibuk"], []),
    ("Jgn sampai kehabisan!", ["jangan sampai"], []),
    ("Hub. Pak Darmo 0821 3344 5566", ["hubungi pak darmo"], ["hub."]),
    ("Hub 0813-2525-6060", ["hubungi nol delapan"], []),
    ("Pengalaman 10 thn", ["sepuluh tahun"], []),
    ("Khusus utk member dgn KTM", ["untuk member dengan"], []),
    ("Udh coba? Enak bgt!", ["udah coba", "enak banget"], []),
    ("Gk pakai pengawet", ["nggak pakai"], []),
    ("Promo s/d 31 Des", ["sampai tiga puluh satu desember"], []),
    ("PO dibuka s/d 20 Mar", ["sampai dua puluh maret"], []),
    ("Daftar sebelum 15 Jan", ["lima belas januari"], []),
    ("Diskon berlaku s/d 17 Agt", ["tujuh belas agustus"], []),
    ("Early bird sampai 10 Feb", ["sepuluh februari"], []),
    ("Buka jam 10.00-22.00", ["jam sepuluh pagi sampai sepuluh malam"], ["pukul", "dua puluh dua"]),
    ("Buka 08.00-17.00 WIB", ["delapan pagi sampai lima sore"], ["waktu indonesia", "pukul"]),
    ("Live jam 19.00 WIB", ["jam tujuh malam"], ["waktu indonesia", "pukul"]),
    ("Buka jam 8 pagi - 10 malam", ["jam delapan pagi sampai sepuluh malam"], []),
    ("Kelas jam 07.00", ["jam tujuh pagi"], ["pukul"]),
    ("Makan siang 12.30 - 14.00", ["setengah satu sampai dua siang"], ["pukul"]),
    (
        "Hub. Pak Darmo 0821 3344 5566",
        ["nol delapan dua satu, tiga tiga empat empat, lima lima enam enam"],
        ["ratus"],
    ),
    ("Promo opening 50% off semua menu", ["diskon lima puluh persen"], ["persen off"]),
    ("Diskon 30% off", ["diskon tiga puluh persen"], ["diskon diskon", "persen off"]),
    ("Cuma Rp 25.000 aja", ["dua puluh lima ribu rupiah"], []),
    ("Ganti baterai 150rb", ["seratus lima puluh ribu"], []),
    ("Pesan H-1 ya", ["h min satu"], []),
    ("Ulang 2x seminggu", ["dua kali"], []),
    ("Follow @kopiteduh.jogja", ["et kopiteduh titik jogja"], []),
    ("WA 0812-2233-4455", ["nol delapan satu dua, dua dua tiga tiga"], []),
    # clothing sizes: the voice read "XL" as the Roman numeral forty and dropped the dash of "S-XL" (first run: 1/8
    # of these and 1/8 of a fresh set written after the change, which then read 8/8)
    ("Kaos polos ukuran S-XL", ["s sampai eks el"], ["empat puluh"]),
    ("Tersedia S, M, L, XL", ["eks el"], ["empat puluh"]),
    ("Ready XXL dan 3XL", ["dobel eks el", "tiga eks el"], []),
    ("Gamis all size muat sampai 90kg", ["ol saiz"], []),
    ("Jaket size M - XXL", ["saiz m sampai dobel eks el"], []),
    ("Ukuran M/L ready", ["m atau l"], ["per"]),
    ("Kartu XL unlimited", ["eks el"], ["empat puluh"]),
    ("Celana chino 28-34", ["dua puluh delapan sampai tiga puluh empat"], []),
    ("Hoodie oversize L-XXL 150rb", ["l sampai dobel eks el"], ["empat puluh"]),
    ("Daster rayon free size", ["fri saiz"], []),
    ("Kemeja anak size XS s/d XL", ["eks es sampai eks el"], ["empat puluh"]),
    ("Stok 2XL tinggal 3", ["dua eks el"], []),
    ("Kaos couple S–XXL", ["s sampai dobel eks el"], []),
    ("Dress bisa S/M", ["s atau m"], ["per"]),
    # letter codes stay letters and words stay words
    ("Daftar BPJS di CV Maju", ["bpjs", "cv maju"], []),
    ("Promo s/d 31 Des", ["sampai tiga puluh satu desember"], []),
]


def said(text: str) -> str:
    return " ".join(s for _, s in spoken_segments(text)).lower()


@pytest.mark.parametrize("text, want, never", CASES, ids=[c[0][:30] for c in CASES])
def test_narration_is_said_the_everyday_way(text, want, never):
    out = said(text)
    for w in want:
        assert w in out, (w, out)
    for b in never:
        assert b not in out, (b, out)


ABBREVIATIONS = ["xl", "xxl", "size", "bwt", "jgn", "sy", "hub", "thn", "utk", "dgn", "udh", "bgt", "yg", "gk", "jan", "feb", "mar", "apr",
                 "jun", "jul", "agt", "agu", "sep", "okt", "nov", "des", "tgl", "bln"]  # fmt: skip


def test_abbreviations_live_in_the_pronunciation_data_not_in_code():
    data = json.loads((Path(normalize.__file__).with_name("pronunciation.json")).read_text(encoding="utf-8"))
    for a in ABBREVIATIONS:
        assert a in data, a
    assert not hasattr(normalize, "SLANG")  # one owner for how a word is said
    source = Path(normalize.__file__).read_text(encoding="utf-8")
    assert '"bwt"' not in source and '"jgn"' not in source


def test_a_participant_can_change_how_a_word_is_said(monkeypatch):
    monkeypatch.setitem(PRONOUNCE, "bgt", "bangettt")
    assert pronunciations()["bgt"] == "bangettt" and "bangettt" in said("Enak bgt")


@pytest.mark.parametrize(
    "h, m, spoken",
    [(0, 0, "dua belas malam"), (7, 0, "tujuh pagi"), (11, 0, "sebelas siang"), (15, 0, "tiga sore"),
     (19, 0, "tujuh malam"), (22, 0, "sepuluh malam"), (12, 30, "setengah satu siang"), (8, 15, "delapan lewat lima belas pagi")],
)  # fmt: skip
def test_clock_reads_like_people_do(h, m, spoken):
    assert clock(h, m) == spoken


@pytest.mark.parametrize("text", ["Des", "Jan", "Sy", "BGT", "Hub."])
def test_abbreviations_in_any_case(text):
    assert said(text) != text.lower()
