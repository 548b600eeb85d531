"""Properties of a participant's answer that checks judge: written in Indonesian, a real name, a reachable
contact, several facts, a number written the way people write numbers. Each function returns None when the
property holds, else the reason in the participant's language (``gigai.lang.say``).

These are the shared measures behind the labs' checks, so that "a real business name" means the same in Lab 3,
Lab 5 and Lab 9. They judge the form of the work, never exact wording.
"""

from __future__ import annotations

import re
from typing import Any

from gigai.lang import say

__all__ = ["language_problem", "name_problem", "business_problem", "contact_problem", "facts_of",
           "facts_problem", "parse_number", "specific_words", "words"]

_WORD = re.compile(r"[a-zà-ÿ]+(?:['-][a-zà-ÿ]+)*", re.I)
# Function words: they carry no content and show which language a text is written in.
_EN = frozenset("the and you your is are to for of with our we can i it be will from have has do does what how "
                "this that these those please my me us they their would could should an at on by about into "
                "if or not no yes here there when where which who why all any each more most other some such "
                "than then them very just also only open daily every day order orders now call contact free "
               "delivery available price prices cost costs hungry try get buy new best today write make in business "
               "businesses small local owners customers people help helps want need needs".split())
_ID = frozenset("yang dan di ke dari untuk dengan ini itu kamu saya kami kita anda bisa ada tidak nggak gak mau "
                "buat sudah udah akan juga atau kak ya apa berapa jam harga sekarang lewat via pesan dong aja "
                "banget lagi jadi kalau kalo sama tapi karena setiap per mulai sampai buka tutup hari kasih "
                "tolong mohon silakan terima boleh sih deh nih tuh punya adalah pada oleh agar supaya bikin "
                "dibuatkan cuma hanya baru lebih paling pas enak murah".split())
# Words every generic instruction has; a text made only of them says nothing about one business.
_GENERIC = _ID | frozenset(
    "asisten assistant membantu bantu helpful ramah sopan jawab menjawab singkat jelas baik selalu semua orang "
    "pelanggan customer service cs bot chatbot ai kepada dalam bahasa indonesia seorang profesional pertanyaan "
    "informasi user pengguna gaya santai formal tugas tugasmu kamu adalah".split())
# Names that are not names: what a participant types to get past a blank.
_GENERIC_NAMES = frozenset(
    "a b c x y z aa ab abc abcd asd asdf qwerty test tes testing coba nama name bot chatbot asisten assistant "
    "admin cs ai robot usaha bisnis toko warung umkm klien client saya kami kita perusahaan company "
    "usaha saya usaha kami bisnis saya bisnis kami toko saya nama usaha nama usahamu nama bot - ? none null".split())
_GENERIC_PHRASES = ("usaha kami", "usaha saya", "bisnis kami", "bisnis saya", "toko kami", "toko saya",
                    "nama usaha", "nama usahamu", "nama bot", "nama kamu", "(nama kamu)")
_PHONE = re.compile(r"(?:\+?62|\b0)[\s.()-]*\d(?:[\s.()-]*\d){6,13}")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_HANDLE = re.compile(r"(?:^|[\s(:])@[A-Za-z0-9_.]{3,}")
_LINK = re.compile(r"\b(?:https?://|www\.|wa\.me/|t\.me/|bit\.ly/|linktr\.ee/|instagram\.com/|tiktok\.com/)\S+", re.I)


def words(text: Any) -> list[str]:
    return [w.lower() for w in _WORD.findall(str(text or ""))]


def language_problem(text: Any, what: str = "Jawabanmu") -> str | None:
    """Kind words when ``text`` is written in English (the labs, and the participants' customers, read
    Indonesian); None for Indonesian text, mixed text with English loan words, or text too short to tell."""
    ws = words(text)
    en = sum(w in _EN for w in ws)
    idn = sum(w in _ID for w in ws)
    if (en >= 3 and en > 2 * idn) or (len(ws) <= 10 and en >= 2 and idn == 0):
        return say(f"{what} tertulis dalam bahasa Inggris. Pelanggan dan klienmu di lab ini berbahasa Indonesia: "
                   "tulis ulang dalam bahasa Indonesia (istilah seperti 'chatbot' atau 'order' boleh tetap dipakai).",
                   "This answer is written in English; the labs expect Indonesian text (customers and clients "
                   "read Indonesian).")
    return None


def _clean(value: Any) -> str:
    return " ".join(str(value or "").split())


def name_problem(value: Any, what: str = "Nama") -> str | None:
    """Why ``value`` is not a real name (a person's or a bot's): empty, a letter, a number, a generic word."""
    text = _clean(value)
    letters = re.sub(r"[^a-zà-ÿ]", "", text.lower())
    if not text or text.lower() in _GENERIC_NAMES or text.lower() in _GENERIC_PHRASES:
        return say(f"{what} '{text}' belum nama sungguhan. Tulis nama yang akan dibaca pelanggan, misalnya 'Kiki'.",
                   f"'{text}' is not a real name yet, e.g. 'Kiki'.")
    if len(letters) < 2 or not re.search(r"[aiueo]", letters):
        return say(f"{what} '{text}' belum nama sungguhan: tulis nama yang bisa diucapkan, misalnya 'Kiki'.",
                   f"'{text}' is not a name one can say, e.g. 'Kiki'.")
    return None


def business_problem(value: Any, what: str = "Nama usaha") -> str | None:
    """Why ``value`` is not a business's own name: empty, too short, a placeholder or a generic word."""
    text = _clean(value)
    ws = words(text)
    if not text or text.lower() in _GENERIC_NAMES or text.lower() in _GENERIC_PHRASES or not ws:
        return say(f"{what} '{text}' belum nama usaha sungguhan. Tulis nama yang dipakai usahanya, misalnya "
                   "'Seblak Teh Euis' atau 'Bengkel Motor Jaya'.",
                   f"'{text}' is not a real business name yet, e.g. 'Seblak Teh Euis'.")
    if sum(len(w) for w in ws) < 4 or all(len(w) < 3 for w in ws):
        return say(f"{what} '{text}' terlalu pendek untuk nama usaha. Tulis nama lengkapnya, misalnya "
                   "'Seblak Teh Euis'.", f"'{text}' is too short for a business name.")
    return None


def contact_problem(value: Any, what: str = "Kontak admin") -> str | None:
    """Why ``value`` cannot be used to reach a human: it needs a phone/WhatsApp number, an email, an @handle
    or a link (wa.me/..., a website)."""
    text = _clean(value)
    if _PHONE.search(text) or _EMAIL.search(text) or _HANDLE.search(text) or _LINK.search(text):
        return None
    return say(f"{what} '{text}' belum bisa dihubungi pelanggan. Tulis nomor WhatsApp/telepon (0812-...), "
               "email, atau akun (@namaakun).",
               f"'{text}' cannot be reached: write a phone/WhatsApp number, an email or an @account.")


def specific_words(text: Any) -> list[str]:
    """Content words of ``text`` that are not generic instruction words (names, products, places)."""
    return [w for w in words(text) if w not in _GENERIC and len(w) > 2]


_BLANK_VALUE = re.compile(r"^\s*[-–—_.?…]*\s*$")


def facts_of(text: Any) -> list[str]:
    """The distinct facts in a knowledge text: lines or sentences with at least three words, whose value
    (after a ``Label:``) is not empty; headings and repeats do not count."""
    facts: list[str] = []
    seen: set[str] = set()
    for raw in re.split(r"\n|(?<=[.!?])\s+", str(text or "")):
        line = raw.strip().lstrip("-*•").strip()
        if not line or line.startswith("#"):
            continue
        value = line.split(":", 1)[1] if ":" in line and len(line.split(":", 1)[0].split()) <= 4 else line
        if _BLANK_VALUE.match(value):
            continue
        key = " ".join(words(line))
        if len(words(line)) + len(re.findall(r"\d+", line)) < 3 or key in seen:
            continue
        seen.add(key)
        facts.append(line)
    return facts


def facts_problem(text: Any, *, minimum: int = 3, what: str = "Pengetahuan bot-mu") -> str | None:
    """Why a knowledge text is too thin to answer customers: fewer than ``minimum`` facts, or no concrete
    detail (a price, an hour, a number to call)."""
    facts = facts_of(text)
    if len(facts) < minimum:
        return say(f"{what} baru berisi {len(facts)} fakta. Tulis minimal {minimum} fakta yang sering ditanya "
                   "pelanggan, satu per baris: produk, harga, jam buka, cara pesan.",
                   f"The knowledge has {len(facts)} facts; write at least {minimum} (products, prices, hours, how to "
                   "order).")
    if not re.search(r"\d", " ".join(facts)):
        return say(f"{what} belum punya detail konkret: tulis harga, jam buka, atau nomor pemesanan dengan angka.",
                   "The knowledge has no concrete detail: add prices, opening hours or a number, with digits.")
    return language_problem(" ".join(facts), what)


_SCALE = {"rb": 1e3, "ribu": 1e3, "k": 1e3, "jt": 1e6, "juta": 1e6, "miliar": 1e9, "milyar": 1e9}
_UNITS = ("rupiah", "rp", "idr", "detik", "dtk", "s", "sec", "menit", "jam", "persen", "%", "x", "kali", "orang",
          "percakapan", "chat")


def parse_number(value: Any) -> float | None:
    """A number written as a participant writes it: ``3``, ``"0,2"``, ``"Rp 6.682,50"``, ``"Rp 25rb"``,
    ``"1,5 juta"``, ``"3 detik"``. None when there is no single number in it."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().lower().replace("\u00a0", " ")
    m = re.fullmatch(r"(?:rp\.?|idr)?\s*([-+]?[\d.,]+)\s*([a-z%]*)\.?\s*([a-z%]*)", text)
    if not m:
        return None
    digits, unit, unit2 = m.group(1), m.group(2), m.group(3)
    if unit and unit not in _SCALE and unit not in _UNITS:
        return None
    if unit2 and unit2 not in _UNITS:
        return None
    if "," in digits and "." in digits:  # Indonesian: dots group thousands, the comma is the decimal point
        digits = digits.replace(".", "").replace(",", ".")
    elif "," in digits:
        head, _, tail = digits.rpartition(",")
        digits = head.replace(",", "") + ("." + tail if len(tail) != 3 else tail)
    elif digits.count(".") > 1 or (digits.count(".") == 1 and len(digits.rpartition(".")[2]) == 3
                                   and (unit in _SCALE or text.startswith(("rp", "idr")))):
        digits = digits.replace(".", "")
    try:
        number = float(digits)
    except ValueError:
        return None
    return number * _SCALE.get(unit, 1.0)
