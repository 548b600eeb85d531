"""Product phrases in a client's words: where a business name sits in a capitalised run, which words lead into
the thing sold and which end it.

    >>> split_name("Roti Sobek Bu Tin")
    ('Roti Sobek', 'Roti Sobek Bu Tin')
    >>> phrase("Jual dimsum mentai isi 6 harga")
    ('dimsum mentai', True)

Used by gigai.video.reader (Lab 6, Lab 7).
"""

from __future__ import annotations

import re

# Venue words that make a capitalised run a business name: most lead it ("Dapur Bu Rini"), some end it
# ("Gentleman Barbershop", "Bersih Kilat Cleaning Service"); a lead word followed by no name ends one.
VENUE = {
    "toko", "warung", "kedai", "bengkel", "laundry", "salon", "studio", "bakery", "katering", "catering", "dapur",
    "butik", "apotek", "klinik", "kafe", "cafe", "resto", "restoran", "depot", "percetakan", "konveksi",
    "barbershop", "bimbel", "sanggar", "rental", "gym", "fitness", "florist", "optik", "homestay", "villa",
    "penginapan", "hotel", "petshop", "galeri", "lembaga", "kantin", "distro", "outlet", "gerai", "kios", "griya",
    "pondok", "service", "services", "care", "trans", "travel", "tour", "mart", "shop", "store", "official",
    "collection", "kitchen", "corner", "house", "rumah", "lapak", "olshop", "boutique", "photography", "foto",
}  # fmt: skip
VENUE_TAIL = {"barbershop", "service", "services", "care", "trans", "travel", "tour", "mart", "shop", "store",
               "official", "collection", "kitchen", "corner", "house", "photography", "bakery", "boutique"}  # fmt: skip
HONORIFIC = {"bu", "ibu", "pak", "bapak", "mbak", "mba", "mas", "mama", "mami", "bunda", "oma", "opa", "cak",
              "ning", "uda", "koh", "cik", "abah", "umi", "teh", "aa", "om", "tante", "bude", "pakde", "kang",
              "eyang", "nenek", "mak", "bang", "budhe", "mpok", "ci"}  # fmt: skip
# Channels and places are never a business name, even capitalised ("di Shopee", "area Kuta").
CHANNELS = {"shopee", "tokopedia", "gofood", "grabfood", "shopeefood", "tiktok", "instagram", "ig", "wa",
             "whatsapp", "telegram", "facebook", "fb", "lazada", "blibli", "maps", "google"}  # fmt: skip
# Words that lead into the thing sold and are dropped from it ("jual pashmina" -> "pashmina").
LEAD = re.compile(
    r"^(?:(?:yuk|ayo|lagi|sedang|kini|sekarang|ada|juga|promo|promosi|jual|jualan|menjual|dijual|terima|nerima|"
    r"menerima|pesanan|order|open|po|pre-?order|ready|stok|stock|tersedia|sedia|menyediakan|nyediain|melayani|"
    r"disewakan|ikut|ikutan|cobain|coba|hadir|launching|new|baru|menu|buka|pendaftaran|kami|aku|saya|sy|kita|"
    r"punya|usaha|bisnis|produk|harga|paketan|spesial|special|khusus|best|seller|andalan|favorit|nih|ini|dia|"
    r"namanya|the|titip|mau|ingin|pengen|minta|tolong|dibuatin|dibikinin|bikinin|buatin|video|untuk|buat|bwt|"
    r"utk|dong|ya|kak|min|juga|dan|&|\+|-|:)\b[\s:,-]*)+",
    re.IGNORECASE,
)
# A product phrase ends where a preposition, price word, descriptor or name clause starts.
STOP_AT = re.compile(
    r"\s+(?:di|dari|dr|oleh|by|untuk|utk|buat|bwt|bagi|dengan|dgn|yang|yg|dekat|deket|sekitar|area|wilayah|mulai|"
    r"cuma|cuman|hanya|harga|harganya|normal|normalnya|biasanya|namanya|"
    r"minimal|min|se-\w+|sampai|sampe|hingga|s/d|tiap|setiap|nih|ya|yaa|lho|loh|kak|dong|aja|kami|aku|sy|saya|kita|"
    r"lagi|ada|sekarang|kini|sudah|udah|bisa|panggilan|ke|atau|mulai|cabang)\b",
    re.IGNORECASE,
)
# Descriptors end a product phrase only in lower case ("madu hutan asli Sumbawa"; "Madu Hutan Asli" is a name).
DESCRIPTOR = re.compile(
    r"\s+(?:usia|umur|kualitas|ukuran|isi|varian|rasa|bahan|asli|khas|buatan|produksi|murah|meriah|enak|terbaik|termurah|berkualitas|fresh|"
    r"lengkap|homemade|original|premium|mantap|mantul|kekinian|viral)\b"
)
SHOUTED = re.compile(DESCRIPTOR.pattern, re.IGNORECASE)
NOT_PRODUCT = {"ongkir", "cabang", "outlet", "gerai", "lokasi", "alamat", "tempat", "kantor", "toko", "usaha", "olshop",
                "bisnis", "info", "informasi", "promo", "diskon", "harga", "menu", "semua", "video", "konten",
                "kelebihan", "keunggulan", "fasilitas", "catatan", "pengiriman", "pembayaran", "jadwal"}  # fmt: skip


def title_case(s: str) -> str:
    return s.title() if s.isupper() and len(s) > 3 else s


def is_cap(w: str) -> bool:
    return bool(re.match(r"[A-Z][a-z'&.-]", w)) or (w.isupper() and len(w) > 3)


def _part(words: list[str], a: int, b: int) -> str:
    """The words around a name at words[a:b]: those before it ("Mie Ayam" of "Mie Ayam Pakde Karso buka lagi"),
    else those after it ("Roti Sobek Keju" of "Toko Roti Ceria: Roti Sobek Keju")."""
    return " ".join(words[:a]) if a > 0 else " ".join(words[b:])


def split_name(phrase: str) -> tuple[str, str]:
    """(product part, business name): a venue word or an honorific marks the name ('Roti Sobek Bu Tin')."""
    words = title_case(phrase).split()
    caps = [is_cap(w) for w in words]

    def run_end(i: int) -> int:
        while i < len(words) and caps[i] and words[i].lower() not in CHANNELS:
            i += 1
            if words[i - 1][-1] in ":,;":  # "Toko Roti Ceria: Roti Sobek Keju"
                break
        return i

    for i, w in enumerate(words):
        low = w.lower().strip(".,")
        if low in HONORIFIC and i + 1 < len(words) and caps[i + 1]:
            a, b = i, run_end(i + 1)
            while a > 0 and caps[a - 1]:  # "Dimsum Mentai Mama Wati": the name starts at the run
                a -= 1
            return _part(words, i, b), " ".join(words[a:b]).strip(" :,;")
        if low in VENUE and caps[i]:
            follows = i + 1 < len(words) and caps[i + 1]
            if low in VENUE_TAIL or not follows:
                a = i
                while a > 0 and caps[a - 1] and i - a < 3:
                    a -= 1
                if a == i and not follows:
                    continue
                b = run_end(i + 1)
            else:
                a, b = i, run_end(i + 1)
            return _part(words, a, b), " ".join(words[a:b]).strip(" :,;")
    # a trailing run of two or more capitalised words after a lower-case phrase: "Jasa cuci AC Dingin Terus"
    k = len(words)
    while k > 0 and caps[k - 1]:
        k -= 1
    if 0 < k and len(words) - k >= 2 and any(w[:1].islower() for w in words[:k]):
        return " ".join(words[:k]), " ".join(words[k:])
    return phrase, ""


SELL = re.compile(
    r"(?i)^\s*(?:(?:\w+\s+){0,4}?)(?:jual|jualan|menjual|terima|nerima|menerima|melayani|menyediakan|"
    r"sedia|disewakan|dijual|ikut|ikutan|buka pendaftaran|punya usaha|open order|open po|ready|po)\b"
)


def phrase(src: str) -> tuple[str, bool]:
    """The product phrase in ``src`` (name parts and lead words removed) and whether a selling verb led to it."""
    verb = SELL.match(src)
    if verb:
        src = src[verb.end() :]
    shouted = src.split("\x00")[0].strip()
    head, _ = split_name(LEAD.sub("", title_case(shouted)))
    return trim(head, shouted=shouted.isupper()), bool(verb)


_LABELS = {
    "level",
    "lvl",
    "no",
    "nomor",
    "tipe",
    "type",
    "seri",
    "series",
    "size",
    "gen",
    "vol",
    "edisi",
    "paket",
}


def trim(phrase: str, *, shouted: bool = False) -> str:
    """Lead words off, stop at a preposition/price word/descriptor, no placeholder or number at the end.

    ``shouted``: the client wrote it in CAPITALS, so capitals say nothing about a name ("ES KRIM HOMEMADE").
    """
    p = phrase.split("\x00")[0]
    p = LEAD.sub("", p.strip(" ,.:;-+&!?'\"")).strip()
    p = p.split(":")[0]  # "Servis Hemat: servis rutin + ganti oli": the heading names it
    p = STOP_AT.split(" " + p, maxsplit=1)[0].strip()
    p = (SHOUTED if shouted else DESCRIPTOR).split(" " + p, maxsplit=1)[0].strip()
    words = p.split()
    # a bare number after a lower-case word is a quantity ("isi 6"); "Level 5" or "A6400" belong to a name
    while words and ((re.match(r"[\d.,/x-]", words[-1]) and not (len(words) > 1 and words[-2].lower() in _LABELS))
                     or words[-1].lower() in {"&", "+", "dan", "-", "atau", "x"}):  # fmt: skip
        words.pop()
    if len(words) > 2 and re.match(r"\d", words[-2]) and words[-1].islower():  # "kelas intensif 3 bulan"
        words = words[:-2]
    p = " ".join(words).strip(" ,.:;-+&!?'\"")
    return title_case(p)


def plausible(p: str) -> bool:
    words = p.split()
    return (
        1 <= len(words) <= 6
        and words[0].lower() not in NOT_PRODUCT
        and not all(w.lower() in CHANNELS | HONORIFIC for w in words)
        and not re.search(r"[@\x00'\"]|\b\d{3,}\b", p)
        and not words[0][:1].isdigit()
    )


__all__ = [
    "split_name",
    "phrase",
    "trim",
    "plausible",
    "title_case",
    "is_cap",
    "LEAD",
    "STOP_AT",
    "SELL",
    "NOT_PRODUCT",
    "CHANNELS",
    "HONORIFIC",
    "VENUE",
]
