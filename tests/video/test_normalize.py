import pytest

from gigai.video.normalize import drawable, normalize_id, number_words, strip_emoji


@pytest.mark.parametrize(
    "written, spoken",
    [
        ("Rp 25.000", "dua puluh lima ribu rupiah"),
        ("Rp25.000", "dua puluh lima ribu rupiah"),
        ("Rp 1.250.000", "satu juta dua ratus lima puluh ribu rupiah"),
        ("Rp 15rb", "lima belas ribu rupiah"),
        ("cuma 20k", "cuma dua puluh ribu"),
        ("Rp 1,5 juta", "satu koma lima juta rupiah"),
        ("diskon 10%", "diskon sepuluh persen"),
        ("diskon 12,5%", "diskon dua belas koma lima persen"),
        ("17/08/2025", "tujuh belas Agustus dua ribu dua puluh lima"),
        ("jam 19.00 WIB", "jam tujuh malam"),
        ("buka 08:30-21:00", "buka setengah sembilan pagi sampai sembilan malam"),
        ("minum 3x sehari", "minum tiga kali sehari"),
        ("yg gak ribet", "yang nggak ribet"),
        ("kue2 enak", "kue-kue enak"),
        ("pemenang ke-2", "pemenang kedua"),
        ("ada 12 rasa", "ada dua belas rasa"),
        ("enak bgt 🔥🔥", "enak banget"),
    ],
)
def test_normalize_cases(written, spoken):
    assert normalize_id(written) == spoken


def test_number_words_uses_num2words():
    assert number_words(1500) == "seribu lima ratus"
    assert number_words(0) == "nol"


def test_emoji_and_unsupported_characters_are_removed():
    assert strip_emoji("Halo 👋 kak ✨") == "Halo kak"
    assert drawable("Kopi 你好 enak\x07 banget 😍") == "Kopi enak banget"
    assert drawable("Crème brûlée — mantap") == "Crème brûlée — mantap"
