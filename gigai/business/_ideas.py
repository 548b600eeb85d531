"""Read a business idea or client brief for the offline drafts: which service, which customers, where.

Keyword tables, not AI: the point is that offline drafts are sound and specific to the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# keyword -> (segment label, what their customers ask about)
SEGMENTS: list[tuple[tuple[str, ...], str, str]] = [
    (("kopi", "kafe", "cafe", "coffee"), "kedai kopi dan kafe", "menu, harga, jam buka, promo"),
    (("laundry", "binatu"), "usaha laundry", "harga per kilo, lama cuci, antar-jemput"),
    (("salon", "barbershop", "barber", "pangkas"), "salon dan barbershop", "layanan, harga, booking jadwal"),
    (("katering", "catering"), "usaha katering", "menu paket, minimal order, jadwal kirim"),
    (("warung", "rumah makan", "resto", "restoran", "kuliner", "makanan", "bakso", "martabak"),
     "warung dan usaha kuliner", "menu, harga, ongkir, jam buka"),
    (("olshop", "toko online", "online shop", "fashion", "baju", "hijab", "thrift"),
     "toko online dan fashion", "stok, ukuran, ongkir, cara bayar"),
    (("bengkel", "motor", "mobil"), "bengkel kendaraan", "servis, harga suku cadang, antrean"),
    (("klinik", "apotek", "dokter gigi"), "klinik dan apotek", "jadwal praktik, layanan, biaya"),
    (("kos", "kost", "kontrakan", "properti"), "pemilik kos dan properti", "kamar kosong, harga, fasilitas"),
    (("les", "bimbel", "kursus", "sekolah", "guru"), "bimbel dan lembaga kursus", "jadwal kelas, biaya, pendaftaran"),
    (("travel", "wisata", "homestay", "penginapan"), "usaha wisata dan penginapan", "paket, ketersediaan, harga"),
    (("petani", "tani", "sayur", "buah"), "petani dan penjual hasil bumi", "stok panen, harga, pengiriman"),
    (("kerajinan", "batik", "souvenir", "craft"), "pengrajin dan toko oleh-oleh", "katalog, harga grosir, pesanan"),
    (("umkm", "usaha kecil", "ukm"), "UMKM", "produk, harga, cara pesan"),
]

SERVICES: dict[str, tuple[str, ...]] = {
    "chatbot": ("chatbot", "bot", "whatsapp", "wa ", "cs ", "customer service", "asisten", "balas chat", "faq"),
    "video": ("video", "reels", "tiktok", "shorts", "konten", "content", "promo"),
    "design": ("desain", "design", "logo", "poster", "feed instagram"),
    "copywriting": ("caption", "copywriting", "naskah iklan", "deskripsi produk"),
}

SERVICE_LABEL = {
    "chatbot": "chatbot AI untuk membalas pelanggan",
    "video": "video pendek AI (Reels/TikTok/Shorts)",
    "design": "desain konten visual",
    "copywriting": "caption dan teks jualan",
}

_CITY = re.compile(r"\b(?:di|dari|wilayah|area|kota)\s+([A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)?)")


@dataclass
class IdeaFacts:
    text: str
    services: list[str] = field(default_factory=list)
    segment: str = "UMKM"
    asks: str = "produk, harga, cara pesan"
    city: str | None = None
    name: str | None = None  # a business or client name found in the text

    @property
    def service_phrase(self) -> str:
        return " dan ".join(SERVICE_LABEL[s] for s in self.services)

    @property
    def where(self) -> str:
        return f" di {self.city}" if self.city else ""


def read_idea(text: str) -> IdeaFacts:
    """Services, customer segment, city and a proper name spotted in ``text``."""
    low = f" {text.lower()} "
    services = [s for s, keys in SERVICES.items() if any(k in low for k in keys)]
    if not services:
        services = ["chatbot", "video"]
    facts = IdeaFacts(text=text.strip(), services=services)
    for keys, segment, asks in SEGMENTS:
        if any(re.search(rf"\b{re.escape(k)}", low) for k in keys):
            facts.segment, facts.asks = segment, asks
            break
    m = _CITY.search(text)
    if m:
        facts.city = m.group(1).strip()
    facts.name = find_name(text)
    return facts


_NAME_LINE = re.compile(r"^\s*(?:klien|client|nama usaha|usaha|bisnis|brand|toko)\s*[:=]\s*(.+)$", re.I | re.M)
_QUOTED = re.compile(r"[\"“']([^\"”']{3,40})[\"”']")


def find_name(text: str) -> str | None:
    """A business name: a 'Klien: X' line, a quoted name, or a run of Capitalised Words."""
    m = _NAME_LINE.search(text)
    if m:
        return m.group(1).strip().rstrip(".")
    m = _QUOTED.search(text)
    if m:
        return m.group(1).strip()
    skip = {"Saya", "Kami", "Aku", "Halo", "Di", "Untuk", "Jasa", "Ide", "Bisnis", "Video", "Chatbot", "Kota",
            "Kak", "Mas", "Mbak", "Pak", "Bu", "Tolong", "Dengan", "Dan", "Yang", "Kalau", "Ada"}
    for m in re.finditer(r"\b([A-Z][a-zA-Z0-9&]+(?:\s+[A-Z][a-zA-Z0-9&]+){1,3})\b", text):
        words = [w for w in m.group(1).split() if w not in skip]
        before = text[max(0, m.start() - 4):m.start()].lower()
        if len(words) >= 2 and not before.endswith("di "):
            return " ".join(words)
    return None


_NUM_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
              "sepuluh": 10, "dua belas": 12}


def count_of(text: str, nouns: tuple[str, ...]) -> int | None:
    """``count_of("buat 4 video promo", ("video",)) -> 4``; number words work too."""
    low = text.lower()
    noun = "|".join(re.escape(n) for n in nouns)
    m = re.search(rf"(\d+)\s*(?:buah\s+|x\s+)?(?:{noun})", low)
    if m:
        return int(m.group(1))
    for word, value in sorted(_NUM_WORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{word}\s+(?:{noun})", low):
            return value
    return None


def days_of(text: str) -> int | None:
    """A deadline in days: '2 minggu' -> 14, 'dalam 10 hari' -> 10, 'sebulan' -> 30."""
    low = text.lower()
    m = re.search(r"(\d+)\s*(hari|minggu|pekan|bulan)", low)
    if m:
        n, unit = int(m.group(1)), m.group(2)
        return n * {"hari": 1, "minggu": 7, "pekan": 7, "bulan": 30}[unit]
    for word, days in (("seminggu", 7), ("sepekan", 7), ("sebulan", 30), ("dua minggu", 14)):
        if word in low:
            return days
    return None


def budget_of(text: str) -> int | None:
    """A budget the client mentions: 'budget Rp 2,5 juta' / 'anggaran 3jt' -> rupiah int."""
    from gigai.business.money import parse_rupiah

    m = re.search(r"(?:budget|anggaran|dana|biaya maksimal|maks(?:imal)?)\D{0,12}"
                  r"((?:rp\.?\s*)?\d[\d.,]*\s*(?:juta|jt|rb|ribu|k)?)", text.lower())
    if not m:
        return None
    try:
        value = parse_rupiah(m.group(1))
    except Exception:  # noqa: BLE001 - a number we cannot read is no budget
        return None
    return value if value >= 10_000 else None


def llm_label(provider: str | None, model: str | None) -> str | None:
    """The resolved model's label, or None when it is the offline engine or the LLM layer is unavailable
    (then the drafts come from the text itself, and say so)."""
    try:
        import gigai

        resolved = gigai.get_model(provider, model)
    except Exception:  # noqa: BLE001
        return None
    if getattr(resolved, "is_offline", False):
        return None
    return str(getattr(resolved, "label", provider or "llm"))
