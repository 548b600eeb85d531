"""The same question asked again in disguise, as a participant trying to make the bot pay twice would write
it (session 5, written before the repeat check was changed), and different questions that must stay different.

    python -m tests.chatbot.repeat_attacks      # how many disguises reach the model a second time

Each disguise is asked right after its original by the same visitor in the same conversation.

Figures (session 5): DISGUISES, written first, reached the model again 16/20 on the old code, 0/20 after the
change (fitted). FRESH_DISGUISES, written after the change, first run 2/20 (old code 15/20): "mohon infonya"
and a trailing "ok" are not fillers. Different questions answered as repeats: 0/10 and 0/10 on both codes.
"""

from __future__ import annotations

ORIGINAL = "Harga kopi susu berapa?"

DISGUISES = [
    "Harga kopi susu berapa? ya",
    "harga kopi susu berapa min",
    "Harga kopi susu berapa 123",
    "H\u0251rg\u0251 kopi susu ber\u0251p\u0251?",  # LATIN SMALL LETTER ALPHA
    "Harga kopi susu berapa kak",
    "harga kopi susu berapa dong",
    "Harga kopi susu berapa?? 😊😊",
    "harga kopi susu berapa ya kak 2",
    "\U0001d407\U0001d41a\U0001d42b\U0001d420\U0001d41a kopi susu berapa",  # MATHEMATICAL BOLD
    "\u0397arga k\u03bfpi \u0455usu berapa",  # Greek capital eta, Greek omicron, Cyrillic dze
    "harga kopi susu brp",
    "harga kopi susu berapa sih",
    "harga kopi susu berapaa nih",
    "harga kopi susu berapa 1",
    "harga kopi susu berapa x",
    "harga kopi susu berapa ..... ?",
    "harga kopi susu berapa (2)",
    "harga kopi susu berapa, tolong",
    "harga kopi-susu berapa wkwkwk",
    "Harga kopi susu berapa \u028fa",  # LATIN LETTER SMALL CAPITAL Y
]

# Different questions: each must reach the model although it shares most words with ORIGINAL or its pair.
DIFFERENT = [
    ("Harga kopi susu berapa?", "Harga kopi hitam berapa?"),
    ("Harga kopi susu berapa?", "Ada kopi susu?"),
    ("Paket 1 berapa?", "Paket 2 berapa?"),
    ("Meja untuk 2 orang ada?", "Meja untuk 4 orang ada?"),
    ("Harga kopi susu berapa?", "Harga kopi susu gula aren berapa?"),
    ("Jam buka hari Senin?", "Jam buka hari Minggu?"),
    ("Bisa kirim ke Bekasi?", "Bisa kirim ke Bogor?"),
    ("Harga kamar berapa?", "Harga kamera berapa?"),
    ("Ongkir ke Depok berapa?", "Ongkir ke Depok kapan sampai?"),
    ("Kopi susu ukuran besar berapa?", "Kopi susu ukuran kecil berapa?"),
]


def measure() -> tuple[int, int]:
    """(disguises that reached the model again, different questions wrongly answered as repeats)."""
    from gigai.chatbot.limits import Limiter, Limits

    through = merged = 0
    for text in DISGUISES:
        lim = Limiter(Limits(per_minute=0, total_per_minute=0), clock=lambda: 1000.0)
        first = lim.admit("web:1", ORIGINAL)
        lim.settle(first, "Rp 18.000", tokens=5)
        through += lim.admit("web:1", text).ok
    for a, b in DIFFERENT:
        lim = Limiter(Limits(per_minute=0, total_per_minute=0), clock=lambda: 1000.0)
        first = lim.admit("web:1", a)
        lim.settle(first, "jawaban", tokens=5)
        merged += not lim.admit("web:1", b).ok
    return through, merged


if __name__ == "__main__":
    through, merged = measure()
    print(f"disguised repeats that reached the model again: {through}/{len(DISGUISES)}")
    print(f"different questions treated as repeats: {merged}/{len(DIFFERENT)}")


# Written after the change, run once (the figure that counts), then kept as a regression set.
FRESH_ORIGINAL = "Kalau hari Minggu buka jam berapa?"

FRESH_DISGUISES = [
    "kalau hari minggu buka jam berapa ya min??",
    "Kalau hari Minggu buka jam berapa 99",
    "Klo hari Minggu buka jam brp",
    "KALAU HARI MINGGU BUKA JAM BERAPA!!!",
    "kalau hari minggu buka jam berapa kakak 🙏🙏",
    "k a l a u hari minggu buka jam berapa",
    "Kalau hari Mіnggu buka jam berapa",  # Cyrillic і
    "Kalau hari Minggu buka jam ʙerapa",  # LATIN LETTER SMALL CAPITAL B
    "Kalau hari Minggu buka jam berapa hehehe",
    "Kalau hari Minggu buka jam berapa gan?",
    "kalau hari minggu buka jam berapa\u200b\u200b",
    "Kalau hari Minggu buka jam berapa? 7",
    "kalau hari Minggu buka jam berapa sis",
    "Kalau hari Minggu buka jam berapa? makasih",
    "Kalau hari Minggu buka jam berapa ya bos",
    "Kalau hari Minggu buka jam berapa, mohon infonya",
    "Kalau hari Minggu buka jam berapa yaaa",
    "Kalau hari Minggu buka jam berapa z",
    "ｋａｌａｕ hari Minggu buka jam berapa",  # full-width
    "Kalau hari Minggu buka jam berapa ok",
]

FRESH_DIFFERENT = [
    ("Kalau hari Minggu buka jam berapa?", "Kalau hari Sabtu buka jam berapa?"),
    ("Kalau hari Minggu buka jam berapa?", "Kalau hari Minggu tutup jam berapa?"),
    ("Ukuran L ada?", "Ukuran M ada?"),
    ("Kirim 2 kg berapa?", "Kirim 5 kg berapa?"),
    ("Bisa bayar pakai QRIS?", "Bisa bayar pakai transfer?"),
    ("Kamar no 3 kosong?", "Kamar no 4 kosong?"),
    ("Harga sewa per hari?", "Harga sewa per minggu?"),
    ("Ada diskon pelajar?", "Ada diskon mahasiswa?"),
    ("Berapa lama pengiriman ke Medan?", "Berapa lama pengiriman ke Makassar?"),
    ("Apa bisa COD?", "Apa bisa cicil?"),
]

# Noticed in review (not a first run): chat words that look like laughter or fillers but carry the question.
REVIEW_DIFFERENT = [
    ("Barangnya ori?", "Barangnya kw?"),
    ("Tasnya kw?", "Tasnya kw super?"),
]
