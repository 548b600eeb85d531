"""Lab 2 exercises: chat messages with a system role, choosing temperature, cost in rupiah."""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import expect_own_business, number
from gigai.latihan.core import Exercise, Lab, expect, fail
from gigai.latihan.judge import language_problem, specific_words, words


def rupiah(amount: float) -> str:
    from gigai.business.money import rupiah as fmt  # the one money format (owner: gigai.business)

    return fmt(amount)

# The case for q3 (shown in the notebook): a coffee-shop bot's month. A real model gets the business's whole
# knowledge with every question (gigai.business.api_cost measures ~5,000 tokens in per conversation).
COST_CASE = {
    "conversations": 1_000,
    "tokens_in_per_conversation": 5_000,
    "tokens_out_per_conversation": 300,
    "price_in_usd_per_million": 0.15,
    "price_out_usd_per_million": 0.60,
    "usd_idr": 16_500,
}


SOLUTION_Q1 = """\
messages = [
    {"role": "system", "content": "Kamu CS Thrift Kece, toko baju bekas pilihan di Bandung. "
                                  "Jawab ramah dan singkat, panggil pelanggan 'kak'. "
                                  "Kalau tidak tahu, arahkan ke admin WhatsApp 0812-3456-7890."},
    {"role": "user", "content": "Ada jaket denim ukuran L?"},
]
print(gigai.chat(messages))"""
SOLUTION_Q2 = """\
temperature_cs = 0.2     # CS: jawaban konsisten, tidak mengarang
temperature_promo = 0.9  # caption promo: lebih variatif"""
SOLUTION_Q3 = """\
c = lab2.COST_CASE
dolar = (c["conversations"] * c["tokens_in_per_conversation"] / 1_000_000 * c["price_in_usd_per_million"]
         + c["conversations"] * c["tokens_out_per_conversation"] / 1_000_000 * c["price_out_usd_per_million"])
biaya_sebulan = dolar * c["usd_idr"]
print(rupiah(biaya_sebulan), "per bulan")"""


def expected_cost_idr(case: dict[str, float] = COST_CASE) -> float:
    n = case["conversations"]
    usd = (n * case["tokens_in_per_conversation"] * case["price_in_usd_per_million"]
           + n * case["tokens_out_per_conversation"] * case["price_out_usd_per_million"]) / 1e6
    return usd * case["usd_idr"]


def _messages(messages: Any) -> None:
    expect(isinstance(messages, list), "`messages` harus berupa list berisi dict.",
           "`messages` must be a list of dicts.")
    expect(messages, "`messages` masih kosong.", "`messages` is empty.")
    for i, m in enumerate(messages):
        expect(isinstance(m, dict) and "role" in m and "content" in m,
               f"Pesan ke-{i + 1} harus dict dengan kunci 'role' dan 'content'.",
               f"Message {i + 1} must be a dict with 'role' and 'content'.")
        expect(m["role"] in ("system", "user", "assistant"),
               f"Role '{m['role']}' tidak dikenal: pakai system, user, atau assistant.",
               f"Unknown role '{m['role']}': use system, user or assistant.")
    expect(messages[0]["role"] == "system", "Pesan pertama sebaiknya ber-role 'system' (instruksi untuk bot).",
           "The first message should have role 'system' (the bot's instructions).")
    system = str(messages[0]["content"])
    expect(len(system.strip()) >= 20 and len(words(system)) >= 4,
           "Isi system prompt terlalu pendek: jelaskan siapa bot-nya dan apa tugasnya.",
           "The system prompt is too short: say who the bot is and what it does.")
    problem = language_problem(system, "System prompt-mu")
    expect(problem is None, problem or "", problem or "")
    expect(len(specific_words(system)) >= 2,
           "System prompt-mu masih umum (cocok untuk bot mana saja). Sebutkan usahamu: namanya, apa yang dijual, "
           "di mana, dan batasannya.", "The system prompt is generic: name your business, what it sells and where.")
    expect(any(m["role"] == "user" and str(m["content"]).strip() for m in messages),
           "Belum ada pesan dari 'user'.", "There is no 'user' message yet.")
    expect_own_business(messages[0]["content"], "System prompt-mu")


def _temperatures(temperature_cs: Any, temperature_creative: Any = None) -> None:  # creative = temperature_promo
    cs = number(temperature_cs, "temperature_cs")
    expect(0 <= cs <= 2, "Temperature harus di antara 0 dan 2.", "Temperature must be between 0 and 2.")
    expect(cs <= 0.5, f"{cs:g} terlalu tinggi untuk customer service: jawaban bisa berubah-ubah dan mengarang. "
           "Pakai 0-0.5.", f"{cs:g} is too high for customer service: answers vary and invent. Use 0-0.5.")
    if temperature_creative is None:
        fail("Isi juga `temperature_promo` untuk menulis caption promo.",
             "Also set `temperature_promo` for writing promo captions.")
    cr = number(temperature_creative, "temperature_promo")
    expect(0 <= cr <= 2, "Temperature harus di antara 0 dan 2.", "Temperature must be between 0 and 2.")
    expect(cr >= 0.7 and cr > cs, f"{cr:g} terlalu rendah untuk ide kreatif: coba 0.7-1.2.",
           f"{cr:g} is too low for creative ideas: try 0.7-1.2.")
    expect(cr <= 1.5, f"{cr:g} terlalu tinggi: teks bisa ngawur. Coba 0.7-1.2.",
           f"{cr:g} is too high: text gets random. Try 0.7-1.2.")


def _cost(biaya_sebulan: Any) -> None:
    value = number(biaya_sebulan, "biaya_sebulan")
    want = expected_cost_idr()
    if abs(value - want) <= 0.01 * want:
        return
    usd = want / COST_CASE["usd_idr"]
    if abs(value - usd) <= 0.01 * usd:
        fail("Itu masih dalam USD: kalikan dengan kurs rupiah.", "That is still in USD: multiply by the rate.")
    if abs(value - want * 1e6) <= 0.01 * want * 1e6:
        fail("Harga ditulis per 1 JUTA token: bagi dengan 1.000.000.", "Prices are per 1 MILLION tokens: divide.")
    per_conv = want / COST_CASE["conversations"]
    if abs(value - per_conv) <= 0.01 * per_conv:
        fail("Itu biaya satu percakapan; hitung untuk semua percakapan sebulan.",
             "That is one conversation; compute the whole month.")
    in_only = COST_CASE["conversations"] * COST_CASE["tokens_in_per_conversation"] * \
        COST_CASE["price_in_usd_per_million"] / 1e6 * COST_CASE["usd_idr"]
    if abs(value - in_only) <= 0.01 * in_only:
        fail("Token keluar (jawaban) juga dibayar, dan harganya lebih mahal.",
             "Output tokens are paid too, at a higher price.")
    fail(f"Hasilmu {rupiah(value)}, belum pas. Hitung token masuk dan keluar terpisah, lalu jumlahkan.",
         f"You got {value:,.0f}; compute input and output tokens separately, then add them.")


q1 = Exercise("q1", "Daftar pesan dengan role system", _messages, vars=("messages",), hints=[
    "Satu pesan adalah dict dengan dua kunci. Lihat tabel peran di bagian 2: pesan mana yang dikirim pertama?",
    "Urutannya: dulu pesan `system` (siapa bot-nya, gayanya, batasannya, untuk usahamu), lalu pesan `user`.",
    'Bentuknya: `messages = [{"role": "system", "content": "Kamu CS ..."}, {"role": "user", "content": "..."}]`',
], solution_code=SOLUTION_Q1)
q2 = Exercise("q2", "Pilih temperature", _temperatures, vars=("temperature_cs", "temperature_promo?"), hints=[
    "Ingat bagian 4: tugas mana yang butuh jawaban sama setiap kali, dan mana yang butuh variasi?",
    "Customer service butuh konsisten (0 sampai 0,5); caption promo butuh kreatif (0,7 sampai 1,2).",
], solution_code=SOLUTION_Q2)
q3 = Exercise("q3", "Biaya API sebulan dalam rupiah", _cost, vars=("biaya_sebulan",), hints=[
    "Harga model ditulis dalam dolar per 1 juta token, dan token masuk/keluar harganya beda.",
    "Total token masuk = jumlah percakapan × token masuk per percakapan. Sama untuk token keluar.",
    "(token_masuk / 1.000.000 × harga_masuk + token_keluar / 1.000.000 × harga_keluar) × kurs",
], solution_code=SOLUTION_Q3)

lab = Lab("lab2", "Lab 2: Dasar-dasar LLM", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress", "COST_CASE", "expected_cost_idr"]
