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

_PRICE = re.compile(r"(?:Rp\.?\s?\d[\d.,]*\s?(?:rb|ribu|k|jt|juta)?|\b\d+\s?(?:rb|ribu|k)\b)", re.IGNORECASE)
_DISCOUNT = re.compile(
    r"(?:(?:diskon|disc|potongan|cashback|hemat)\s*(?:s\.?d\.?|sampai|hingga|up to)?\s*"
    r"(?:\d+\s?%|Rp\.?\s?\d[\d.]*\s?(?:rb|k)?)"
    r"|\d+\s?%\s*(?:off|diskon)|beli\s+\d+\s+gratis\s+\d+|buy\s*\d+\s*get\s*\d+|gratis ongkir|free ongkir"
    r"|promo\s+\d{1,2}\.\d{1,2})",
    re.IGNORECASE,
)
_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu"
_HOURS = re.compile(
    rf"(?:(?:setiap hari|tiap hari|(?:{_DAYS})(?:\s*(?:-|–|s\.?d\.?|sampai|sd)\s*(?:{_DAYS}))?)[,:]?\s*)?"
    r"(?:buka\s*)?(?:jam|pukul|pkl\.?)?\s*\d{1,2}[.:]\d{2}\s*(?:-|–|s\.?d\.?|sampai)\s*\d{1,2}[.:]\d{2}"
    r"(?:\s*(?:WIB|WITA|WIT))?",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?:\+62|62|0)8\d{1,2}(?:[\s.-]?\d{2,5}){2,4}")
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]")
_URL = re.compile(r"\b(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:id|com|co|net|org|shop|store|link)"
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
_BIZ = re.compile(rf"\b(?:{_BIZ_WORDS})(?:\s+[A-Z0-9][\w'&-]*){{1,3}}")
_PROMO_HEAD = re.compile(
    r"\b(?i:promo|jual|menu baru|launching|produk baru|ready|open order|tersedia|paket)\s*:?\s+"
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
    parts = re.split(r"(?<=[.!?])\s+|\n+|\s[-•*]\s|\u2705|\u2728", text)
    return [_clean(p) for p in parts if _clean(p)]


def _first(rx: re.Pattern[str], text: str) -> str:
    m = rx.search(text)
    return _clean(m.group(0)) if m else ""


def _business(text: str) -> str:
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
    out = _clean(" ".join(words))
    return out.title() if out.isupper() and len(out) > 3 else out


def _plain(cand: str, business: str, contact: str) -> bool:
    """A usable product name: 1-6 words, no price, no contact, not the business itself, not a greeting."""
    words = cand.split()
    return (
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
    m = _PROMO_HEAD.search(text)
    if m:
        cand = _tidy(re.split(r"\s+(?:di|dari)\b", _clean(m.group(1)))[0])
        if cand and _plain(cand, business, contact):
            return cand[:80]
    if business:  # "Laundry Bersih Kilat, cuci setrika kiloan cuma Rp 8.000" -> "cuci setrika kiloan"
        m = re.search(
            re.escape(business) + r"\s*[,:-]\s*([a-z][\w-]*(?:\s+[a-z][\w-]*){1,5}?)"
            r"(?=\s+(?:cuma|mulai|hanya|harga|buat|untuk|dengan|di|yang|dan)\b|\s*[.,!(]|\s+Rp|\s+\d)",
            text,
        )
        if m:
            return _clean(m.group(1))[:80]
        # "Catering Bu Sri menerima pesanan nasi box untuk ..." -> "nasi box"
        m = re.search(
            re.escape(business)
            + r"\s+(?:menerima pesanan|menerima|menjual|jual|menyediakan|sedia|hadir dengan)\s+"
            r"([a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)(?=\s+(?:untuk|buat|dengan|di|yang|dan|mulai|cuma)\b|\s*[.,!(]|$)",
            text,
        )
        if m:
            return _clean(m.group(1))[:80]
    # the first clause of the message when it is short: "Les privat matematika SD-SMP, guru ..."
    sentences = _sentences(text)
    if sentences:
        clause = _tidy(re.split(r"[,:;(]", sentences[0])[0])
        if (
            2 <= len(clause.split()) <= 5
            and _plain(clause, business, contact)
            and clause.split()[0] not in _STOP
        ):
            return clause[:80]
    for m in _CAPS.finditer(text):
        cand = _tidy(_clean(m.group(0)))
        if len(cand.split()) >= 2 and _plain(cand, business, contact):
            return cand[:80]
    for sent in sentences:
        cand = _tidy(" ".join(sent.split()[:6]))
        if cand and _plain(cand, business, contact):
            return cand[:80]
    return "Produk kami"


_BENEFIT_HEAD = re.compile(r"\b(?:kelebihan|keunggulan|kenapa pilih|fasilitas|why us)[^:]{0,20}:\s*", re.I)


def _benefits(text: str, skip: list[str]) -> list[str]:
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
    for s in _sentences(text):
        if any(k and k.lower() in s.lower() for k in skip):
            continue
        for clause in re.split(r",\s*|\s+dan\s+|\s*\+\s*", s):
            c = _clean(clause)
            if _BENEFIT_HINT.search(c) and 2 <= len(c.split()) <= 7 and not _PRICE.search(c):
                c = c[0].lower() + c[1:] if c[:2].istitle() and not c[:2].isupper() else c
                if c not in out:
                    out.append(c)
    return out[:4]


def _cta(text: str, contact: str) -> str:
    for s in reversed(_sentences(text)):
        if _CTA_WORDS.search(s) and len(s) <= 90:
            return s if s.endswith(("!", ".", "?")) else s + "!"
    if contact.startswith("@"):
        return f"Follow {contact} ya!"
    if contact:
        return f"Pesan via WhatsApp {contact}!"
    return "Pesan sekarang, ya!"


def brief_from_text(text: str) -> Brief:
    """Rules, no LLM: turn the client's message into a Brief (product, business, price, discount, ...)."""
    check_brief_text(text)
    text = text.strip()
    business = _business(text)
    contact = _first(_PHONE, text) or _first(_HANDLE, text) or _first(_URL, text)
    product = _product(text, business, contact)
    prices = [_clean(p) for p in _PRICE.findall(text)]
    discount = _first(_DISCOUNT, text)
    hours = _first(_HOURS, text)
    audience_m = _AUDIENCE.search(text)
    benefits = _benefits(text, [contact, hours, discount])
    return Brief(
        product=product,
        business=business if business.lower() != product.lower() else "",
        audience=_clean(audience_m.group(1)) if audience_m else "kamu",
        price=prices[0] if prices else "",
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
