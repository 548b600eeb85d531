"""The brief: what the participant sells, to whom, for how much, and the photos to show.

A brief is either a :class:`Brief` or the client's own words (a WhatsApp message, up to 2,000 characters):

    >>> b = brief_from_text("Promo Kopi Susu Gula Aren di Kopi Kita cuma Rp 18.000! WA 0812-2233-4455")
    >>> b.product, b.price, b.contact
    ('Kopi Susu Gula Aren', 'Rp 18.000', '0812-2233-4455')

Offline, :func:`brief_from_text` extracts product, business, prices, discounts, hours, contact and call to
action with rules; online, ``write_storyboard`` first asks the LLM for the structured Brief.
Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from gigai.errors import InputError
from gigai.video.normalize import drawable

MAX_BRIEF_CHARS = 2000
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp", ".bmp")
CLIP_EXT = (".mp4", ".mov", ".m4v", ".webm", ".3gp", ".mkv")


def _bilingual_validation(exc: ValidationError, what: str) -> InputError:
    """One readable bilingual error for the first problem pydantic found."""
    err = exc.errors()[0]
    field = ".".join(str(x) for x in err.get("loc", ())) or what
    if err.get("type") == "extra_forbidden":
        return InputError(
            "E161", f"{what}: kolom '{field}' tidak dikenal.", f"{what}: unknown field '{field}'.",
            hint=f"Kolom yang ada / known fields: {', '.join(Brief.model_fields)}", value=field,
        )  # fmt: skip
    return InputError(
        "E162", f"{what}: isi kolom '{field}' tidak valid.", f"{what}: field '{field}' is not valid.",
        hint=str(err.get("msg", ""))[:160], value=str(err.get("input", ""))[:120],
    )  # fmt: skip


class Brief(BaseModel):
    """What the participant sells and to whom; every field but ``product`` is optional.

    ``photos``: the participant's own pictures (and short clips), product photo first.
    Unknown fields are refused (a typo must not silently drop the photos).
    """

    model_config = ConfigDict(extra="forbid")

    product: str = Field(min_length=1, max_length=200)
    business: str = Field(default="", max_length=120)
    audience: str = Field(default="anak muda", max_length=120)
    price: str = Field(default="", max_length=80)
    discount: str = Field(default="", max_length=120)
    hours: str = Field(default="", max_length=120)
    contact: str = Field(default="", max_length=120)
    benefits: list[str] = Field(default_factory=list, max_length=8)
    cta: str = Field(default="Cek link di bio, ya!", max_length=120)
    tone: str = "santai, Gen-Z"
    language: str = "id"
    photos: list[str] = Field(default_factory=list, max_length=12)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _bilingual_validation(exc, "Brief") from None

    @property
    def images(self) -> list[str]:
        return [p for p in self.photos if not p.lower().endswith(CLIP_EXT)]

    @property
    def clips(self) -> list[str]:
        return [p for p in self.photos if p.lower().endswith(CLIP_EXT)]


# ---------------------------------------------------------------- rules for a free-text brief

# A price keeps its unit ("Rp7.000/kg", "15rb per bungkus"): "Rp 7.000" alone would tell customers a wrong price.
_UNIT = (r"(?:\s?/\s?[a-z]{1,10}\b|\s(?:per|/)\s(?:kg|kilo|gram|liter|pcs|biji|buah|porsi|box|bungkus|botol|cup|gelas|"
         r"loyang|paket|pax|orang|anak|sesi|jam|hari|malam|minggu|bulan|tahun|meter|lembar|unit|ekor|potong|"
         r"dudukan|item|lusin|kodi|set|pasang|kamar|m2)\b)?")
_PRICE = re.compile(
    r"(?:Rp\.?\s?\d(?:[\d.,]*\d)?(?:\s?(?:rb|ribu|k|jt|juta)\b)?|\b\d+\s?(?:rb|ribu|k)\b)" + _UNIT,
    re.IGNORECASE,
)
_DISCOUNT = re.compile(
    r"(?:(?:diskon|disc|potongan|cashback|hemat)\s*(?:s\.?d\.?|sampai|hingga|up to)?\s*"
    r"(?:\d+\s?%|Rp\.?\s?\d[\d.]*\s?(?:rb|k)?|\d[\d.]*\s?(?:rb|ribu|k)\b)"
    r"|\d+\s?%\s*(?:off|diskon)|beli\s+\d+\s+gratis\s+\d+|buy\s*\d+\s*get\s*\d+|gratis ongkir|free ongkir"
    r"|promo\s+\d{1,2}\.\d{1,2})"
    # until when: "diskon 20% sampai 12.12", "potongan 5rb s.d. 31 Desember"
    r"(?:\s+(?:sampai|s\.?d\.?|hingga|until)\s+(?:tgl\.?\s*|tanggal\s+)?\d{1,2}(?:[./]\d{1,2}\b|\s+[A-Z][a-z]{2,}))?",
    re.IGNORECASE,
)
_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu"
_HOURS = re.compile(
    rf"(?:(?:setiap hari|tiap hari|(?:{_DAYS})(?:\s*(?:-|–|s\.?d\.?|sampai|sd)\s*(?:{_DAYS}))?)[,:]?\s*)?"
    r"(?:buka\s*)?(?:jam|pukul|pkl\.?)?\s*\d{1,2}[.:]\d{2}\s*(?:-|–|s\.?d\.?|sampai)\s*\d{1,2}[.:]\d{2}"
    r"(?:\s*(?:WIB|WITA|WIT))?"
    r"|(?:buka\s+)?(?:jam|pukul)\s+\d{1,2}(?:[.:]\d{2})?(?:\s*(?:pagi|siang|sore|malam))?\s*(?:-|–|s\.?d\.?|sampai)\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*(?:WIB|WITA|WIT|pagi|sore|malam))?(?:,?\s*(?:setiap hari|tiap hari))?",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![/\w])(?:\+62|62|0)8\d{1,2}(?:[\s.-]?\d{2,5}){2,4}")
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]")
_URL = re.compile(r"\b(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:id|com|co|net|org|shop|store|link|me|ly|io|app|site)"
                  r"(?:/[\w./-]*)?\b", re.IGNORECASE)  # fmt: skip
_CTA_WORDS = re.compile(
    r"\b(pesan|order|dm|hubungi|chat|klik|cek|kunjungi|mampir|checkout|follow|beli|booking|reservasi|"
    r"daftar|wa\b|whatsapp)",
    re.IGNORECASE,
)
_BIZ_WORDS = (
    "Toko|Warung|Kedai|Bengkel|Laundry|Salon|Studio|Kopi|Bakery|Katering|Catering|Dapur|Rumah|Butik|"
    "Apotek|Klinik|Kafe|Cafe|Resto|Depot|Percetakan|Konveksi|Barbershop|Kursus|Les|Ayam|Bakso|Mie|Sate"
)
_BIZ_WORDS += (
    "|Konveksi|Kebun|Outlet|Griya|Sanggar|Pondok|Kios|Gerai|Rental|Kolam|Gym|Fitness|Sekolah|Bimbel|Angkringan|"
    "Distro|Florist|Optik|Homestay|Villa|Penginapan|Hotel|Petshop|Pet Shop|Galeri|Lembaga|Kantin|Rumah Makan|RM"
)
_BIZ = re.compile(rf"\b(?:{_BIZ_WORDS})(?:[ \t]+[A-Z0-9][\w'&-]*){{1,4}}")
# "dari Kopi Kita", "oleh Toko Madu Pak Darto", "by Dapur Mama Rara": a capitalised name after the word
_BIZ_AFTER = re.compile(r"(?:\b(?i:dari|oleh|by|nama usaha(?:nya|ku|ku)?|usaha)\s+)((?:[A-Z0-9][\w'&-]*[ \t]*){1,5})")
_BIZ_AT = re.compile(rf"\b(?i:di)\s+((?:{_BIZ_WORDS})(?:[ \t]+[A-Z0-9][\w'&-]*){{1,4}})")
_NOT_NAME = re.compile(rf"(?:Rp|Jl|Jln|Jalan|WA|IG|Jam|Buka|Harga|Cuma|{_DAYS})\b\.?", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:(?:promo(?:\s+(?:gajian|lebaran|ramadhan|ramadan|akhir tahun|awal bulan|akhir bulan|weekend|payday|spesial|special|merdeka|kemerdekaan|natal|tahun baru|imlek|hari ibu|ulang tahun|anniversary|\d{1,2}\.\d{1,2})\b[!:.]*)?|(?:saya|aku|kami)\s+(?:mau\s+|ingin\s+)?(?:promo(?:si)?(?:in|kan)?|jualan|jual|menjual|punya|buka)(?:\s+usaha)?|jualan|jual|open\s+order|open\s+po|pre-?order|po|ready\s+(?:stok|stock)|ready|tersedia|menu\s+baru|"
    r"launching|new|sale|flash\s+sale|(?:diskon|disc|potongan)\s+\d+\s?%|\d+\s?%\s+off)\b[\s:!-]*)+",
    re.IGNORECASE,
)
_EMOJI = re.compile("[\U0001F000-\U0001FFFF\u2600-\u27BF\u2B00-\u2BFF]+[\uFE0F\u200d]*")
_GREETING = re.compile(
    r"^\s*(?:(?:halo|hallo|hai|hi|hei|pagi|siang|sore|malam|permisi|assalamu'?alaikum)\b[\s,]*"
    r"(?:(?:kak|kakak|min|gan|sis|bro|semua|guys)\b)?[\s!,.]*)+",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r",?\s*(?:di\s+)?\b(?:Jl|Jln|Jalan)\b\.?[^\n.,]*(?=[,.\n]|$)")


def _prepare(text: str) -> str:
    """The message without greeting, emoji (a line break where one separated two parts) and street address."""
    t = _EMOJI.sub("\n", text)
    t = _GREETING.sub("", t)
    t = re.sub(r"(?im)^[^\n.!]*\b(?:bikin(?:in)?|buat(?:in)?|dibuatin|dibikinin|dibuatkan)\s+video\b[^\n.!]*[.!]*\s*", "", t)
    t = _GREETING.sub("", t)
    t = _ADDRESS.sub("", t)
    t = re.sub(r"[ \t]*\n[ \t\n]*", "\n", t)
    return t.strip()
_PROMO_HEAD = re.compile(
    r"\b(?i:(?:menu|produk)\s+(?:andalan|favorit|best seller)(?:nya|\s+kami)?|best seller|promo(?:\s+(?:gajian|lebaran|ramadhan|ramadan|akhir tahun|awal bulan|akhir bulan|weekend|payday|spesial|special|merdeka|kemerdekaan|natal|tahun baru|imlek|hari ibu|ulang tahun|anniversary|\d{1,2}\.\d{1,2})\b[!:.]*)?|(?:saya|aku|kami)\s+(?:jualan|jual|menjual)|jualan|jual|menu baru|launching|produk baru|ready(?: stok| stock)?|open order|open po|po|tersedia|"
    r"paket|(?:diskon|disc) \d+\s?%)\s*:?\s+"
    r"((?:[A-Z0-9][\w'&-]*\s*){1,5})"
)
_CAPS = re.compile(r"\b[A-Z][\w'&-]*(?:\s+[A-Z0-9][\w'&-]*){1,4}")
_AUDIENCE = re.compile(
    r"\b(?:buat|untuk|khusus)\s+((?:para\s+)?(?:mahasiswa|pelajar|ibu[\w -]{0,12}|bapak[\w -]{0,8}|"
    r"anak[\w -]{0,10}|karyawan|pekerja[\w -]{0,8}|keluarga|pemilik[\w -]{0,12}|pecinta[\w -]{0,12}|"
    r"warga[\w -]{0,12}|member))",
    re.IGNORECASE,
)
_BENEFIT_HINT = re.compile(
    r"\b(tanpa|asli|gratis|garansi|100%|halal|fresh|segar|higienis|cepat|murah|awet|wangi|bersih|empuk|"
    r"renyah|original|lembut|nyaman|bisa|dijamin|terpercaya|ramah|luas|enak|homemade|premium)\b",
    re.IGNORECASE,
)
_STOP = {"Halo", "Hai", "Kak", "Min", "Admin", "Selamat", "Terima", "Mohon", "Tolong", "Saya", "Kami", "Ini"}


def _clean(s: str) -> str:
    return re.sub(r"\s{2,}", " ", s.strip(" \t\n-–•*:;,.!?\u2705\u2728")).strip()


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+|\s[-•*|]\s|\u2705|\u2728|•", text)
    return [_clean(p) for p in parts if _clean(p)]


def _first(rx: re.Pattern[str], text: str) -> str:
    m = rx.search(text)
    return _clean(m.group(0)) if m else ""


def _name(cand: str) -> str:
    words = _clean(cand).split()
    while words and words[-1].lower() in {"di", "dan", "yang", "ready", "buka"}:
        words.pop()
    return " ".join(words)


def _business(text: str) -> str:
    for rx in (_BIZ_AFTER, _BIZ_AT):
        for m in rx.finditer(text):
            cand = _name(m.group(1))
            if cand and not _NOT_NAME.match(cand) and not re.match(r"\d", cand):
                return cand
    m = _BIZ.search(text)
    if m:
        return _clean(re.split(r"\s+(?:di|yang|dengan|sudah|buka|ada|cuma|hanya)\b", m.group(0))[0])
    m = re.search(r"\b(?:di|dari|kami,?)\s+((?:[A-Z][\w'&-]*\s*){1,3})", text)
    return _clean(m.group(1)) if m else ""


_PRICE_WORDS = {
    "cuma",
    "mulai",
    "hanya",
    "harga",
    "diskon",
    "promo",
    "order",
    "pesan",
    "ready",
    "open",
    "gratis",
}


def _tidy(cand: str) -> str:
    """Drop price words and numbers at the end, emoji anywhere; ALL CAPS becomes Title Case."""
    words = [w for w in drawable(cand).split() if re.search(r"\w", w)]
    price_like = r"[\d.,]*\d(?:rb|k|jt|ribu)|\d{1,3}(?:\.\d{3})+"
    while words and (
        words[-1].lower().strip("!.,") in _PRICE_WORDS or re.fullmatch(price_like, words[-1].lower())
    ):
        words.pop()
    while words and words[0] in _STOP:
        words.pop(0)
    out = _clean(_LEAD.sub("", " ".join(words)))
    return out.title() if out.isupper() and len(out) > 3 else out


def _plain(cand: str, business: str, contact: str) -> bool:
    """A usable product name: 1-6 words, no price, no contact, not the business itself, not a greeting."""
    words = cand.split()
    return (
        bool(words)
        and words[0].lower() not in {"cabang", "outlet", "gerai", "lapak", "usaha", "lokasi", "alamat", "area", "tolong",
                                     "kelebihan", "keunggulan", "fasilitas", "kenapa", "info", "catatan"}
        and
        1 <= len(words) <= 6
        and not _PRICE.search(cand)
        and not _PHONE.search(cand)
        and "@" not in cand
        and (not contact or contact not in cand)
        and cand.lower() not in business.lower()
        and not business.lower().startswith(cand.lower())
        and not re.match(rf"(?:{_DAYS})\b", cand)
        and sum(ch.isdigit() for ch in cand) <= 2
    )


def _product(text: str, business: str, contact: str = "") -> str:
    m = re.search(r"(?m)^\s*\*([^*\n]{3,60})\*", text)  # WhatsApp bold line: "*DIMSUM MENTAI MAMA ENY*"
    if m:
        cand = _tidy(m.group(1))
        if cand and _plain(cand, business, contact):
            return cand[:80]
    m = _PROMO_HEAD.search(text)
    if m:
        cand = _tidy(re.split(r"\s+(?:di|dari)\b", _clean(m.group(1)))[0])
        if cand and _plain(cand, business, contact):
            return cand[:80]
    if business:  # "Laundry Bersih Kilat, cuci setrika kiloan cuma Rp 8.000" -> "cuci setrika kiloan"
        m = re.search(
            re.escape(business) + r"\s*[,:-]\s*([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){1,5}?)"
            r"(?=\s+(?:cuma|mulai|hanya|harga|buat|untuk|dengan|di|yang|dan)\b|\s*[.,!(]|\s+Rp|\s+\d)",
            text,
        )
        if m and _plain(_clean(m.group(1)), business, contact) and m.group(1).split()[0].lower() not in _PRICE_WORDS:
            return _clean(m.group(1))[:80]
        # "Catering Bu Sri menerima pesanan nasi box untuk ..." -> "nasi box"
        m = re.search(
            re.escape(business)
            + r"\s+(?:menerima pesanan|menerima|menjual|jual|menyediakan|sedia|hadir dengan|buka|punya|ada|"
            r"(?=(?:sewa|jasa|servis|cuci|les|kelas|paket)\s))\s*"
            r"([a-z][\w-]*(?:\s+[\w-]+){0,4}?)(?=\s+(?:untuk|buat|dengan|di|yang|dan|mulai|cuma)\b|\s*[.,!(\n]|"
            r"\s+Rp|\s+\d|$)",
            text,
        )
        if m:
            return _clean(m.group(1))[:80]
    # the first clause of the message when it is short: "Les privat matematika SD-SMP, guru ..."
    sentences = _sentences(text)
    for k, sent in enumerate(sentences[:2]):
        head = re.split(r"[,:;(]", sent)[0]
        if business and business in head and not re.search(r"\s(?:dari|di|oleh|by)\s+" + re.escape(business), head):
            continue
        if k and not (business and business in sentences[0]):
            break
        clause = _tidy(re.split(r"\s+(?:dari|di|oleh|by)\s+(?=[A-Z])|\s+di\s+", head)[0])
        if (
            1 <= len(clause.split()) <= 5
            and (len(clause.split()) >= 2 or clause[:1].isupper())
            and _plain(clause, business, contact)
            and clause.split()[0] not in _STOP
        ):
            return clause[:80]
    for m in _CAPS.finditer(text):
        cand = _tidy(_clean(m.group(0)))
        if len(cand.split()) >= 2 and _plain(cand, business, contact):
            return cand[:80]
    for sent in sentences:
        cand = _tidy(" ".join(re.split(r"[,:;(]", sent)[0].split()[:6]))
        if cand and _plain(cand, business, contact):
            return cand[:80]
    return "Produk kami"


_BENEFIT_HEAD = re.compile(r"\b(?:kelebihan|keunggulan|kenapa pilih|fasilitas|why us)[^:]{0,20}:\s*", re.I)


_CHANNEL = re.compile(
    r"\b(?:gofood|grabfood|shopeefood|shopee|tokopedia|tiktok ?shop|wa|whatsapp|ig|instagram|dm|link|bio|"
    r"makasih|terima ?kasih|ditunggu|tolong|mohon|minta|video|info|buka|tutup|libur|open|close|"
    r"stok|stock|harga|alamat|lokasi|normal|biasanya)\b|@|\d{3,}|\bRp|\d+\s?(?:rb|k|ribu)\b",
    re.IGNORECASE,
)


def _descriptive(clause: str, names: list[str]) -> bool:
    """A clause that describes the product (a benefit): short, no price/contact/channel, not a name."""
    low = clause.lower()
    return (
        1 <= len(clause.split()) <= 7
        and not _CHANNEL.search(clause)
        and not _CTA_WORDS.search(clause)
        and not _LEAD.match(clause)
        and not _DISCOUNT.search(clause)
        and not _HOURS.search(clause)
        and not any(n and (n.lower() in low or low in n.lower()) for n in names)
        and clause.split()[0] not in _STOP
        and not re.match(rf"(?:{_DAYS})\b", clause)
        and not re.match(r"(?:area|lokasi|alamat|wilayah)\b", clause, re.I)  # where, not why
        and not re.match(r"\d{1,2}(?:[.:]\d{2})?\s*(?:pagi|siang|sore|malam|WIB|WITA|WIT)\b", clause, re.I)
    )


def _benefits(text: str, skip: list[str], names: list[str] | None = None) -> list[str]:
    out: list[str] = []
    m = _BENEFIT_HEAD.search(text)
    if m:  # "Kelebihan kami: a, b, c + d." -> every clause is a benefit
        section = re.split(r"(?<=[.!?])\s|\n", text[m.end() :])[0]
        for clause in re.split(r",\s*|\s+dan\s+|\s*\+\s*|;\s*", section):
            c = _clean(clause)
            if 1 <= len(c.split()) <= 7 and c not in out:
                out.append(c)
        if out:
            return out[:6]
    names = [n for n in (names or []) if n]
    for s in _sentences(text):
        if any(k and k.lower() in s.lower() for k in skip) or _CTA_WORDS.search(s):
            continue  # the sentence giving the contact, hours or the call to action
        for clause in re.split(r",\s*|;\s*", s):
            c = _clean(clause)
            if _descriptive(c, names):
                c = c[0].lower() + c[1:] if c[:2].istitle() and not c[:2].isupper() else c
                if c.lower() not in {x.lower() for x in out}:
                    out.append(c)
    return out[:6]


def _cta(text: str, contact: str) -> str:
    for s in reversed(_sentences(text)):
        if _CTA_WORDS.search(s) and len(s) <= 90:
            s = re.sub(r"\s+(?:ya\s+|aja\s+)?(?:kak|kakak|gan|sis)\b(?=[!.?]*$)", "", s)
            return s if s.endswith(("!", ".", "?")) else s + "!"
    if contact.startswith("@"):
        return f"Follow {contact} ya!"
    if contact:
        return f"Pesan via WhatsApp {contact}!"
    return "Pesan sekarang, ya!"


def _starting(text: str, price: str) -> str:
    """'Paket logo mulai Rp 350.000': keep the client's 'mulai', or the video promises a flat price."""
    said = re.search(r"\b(?:mulai|mulai dari|start from|from)\s+" + re.escape(price), text, re.IGNORECASE)
    return f"mulai {price}" if said else price


def brief_from_text(text: str) -> Brief:
    """Rules, no LLM: turn the client's message into a Brief (product, business, price, discount, ...)."""
    check_brief_text(text)
    text = _prepare(text) or text.strip()
    business = _business(text)
    wa_link = re.search(r"\b(?:https?://)?(?:wa\.me|api\.whatsapp\.com|wa\.link)/[\w?=/-]+", text)
    contact = _first(_PHONE, text) or (wa_link.group(0) if wa_link else "") or _first(_HANDLE, text) or _first(_URL, text)
    product = _product(text, business, contact)
    if business and business.lower() in product.lower():  # "Nugget Ayam Homemade": 'Ayam ...' was the food
        business = ""
        product = _product(text, business, contact)
    # "Dari Rp 250.000 jadi Rp 175.000": the price the customer pays now
    now = re.search(r"\b(?:jadi|sekarang|now|cuma|hanya)\s+(" + _PRICE.pattern + ")", text, re.IGNORECASE)
    prices = [_clean(now.group(1))] if now else [_clean(p) for p in _PRICE.findall(text)]
    discount = _first(_DISCOUNT, text)
    hours = _first(_HOURS, text)
    audience_m = _AUDIENCE.search(text)
    benefits = _benefits(text, [contact, hours], [product, business])
    return Brief(
        product=product,
        business=business if business.lower() != product.lower() else "",
        audience=_clean(audience_m.group(1)) if audience_m else "kamu",
        price=_starting(text, re.sub(r"^Rp\.\s?", "Rp ", prices[0])) if prices else "",
        discount=discount,
        hours=hours,
        contact=contact,
        benefits=benefits,
        cta=_cta(text, contact)[:120],
    )


def check_brief_text(text: str) -> str:
    """A free-text brief is 1..2,000 characters; otherwise one bilingual error (never a pydantic dump)."""
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            "E160", "Brief kosong.", "The brief is empty.",
            hint='write_storyboard("Promo Kopi Susu Gula Aren Rp 18.000 ...")', value=text,
        )  # fmt: skip
    if len(text) > MAX_BRIEF_CHARS:
        raise InputError(
            "E160",
            f"Brief terlalu panjang ({len(text)} karakter, maksimal {MAX_BRIEF_CHARS}).",
            f"The brief is too long ({len(text)} characters, at most {MAX_BRIEF_CHARS}).",
            hint="Ringkas pesan klien: produk, harga, promo, jam buka, kontak / keep the essentials",
            value=text[:60] + "...",
        )
    return text


__all__ = ["Brief", "brief_from_text", "check_brief_text", "MAX_BRIEF_CHARS", "IMAGE_EXT", "CLIP_EXT"]
