"""Lab 3 exercises: a persona + knowledge chatbot that stays on topic."""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import as_text, expect_own_business, get
from gigai.latihan.core import Exercise, Lab, expect, fail
from gigai.latihan.judge import business_problem, contact_problem, facts_problem, name_problem

IN_SCOPE_QUESTION = "Apa saja produk atau layanan yang dijual, dan berapa harganya?"
OFF_TOPIC_QUESTION = "Siapa presiden pertama Amerika Serikat? Ceritakan sejarahnya."
OFF_TOPIC_ANSWER_MARKERS = ("washington",)  # the bot must not answer this


SOLUTION_KNOWLEDGE = '''\
pengetahuan_saya = """
# Thrift Kece Bandung

Produk / layanan: jaket denim, kemeja flanel, dan kaos band bekas pilihan, sudah dicuci dan disetrika.
Harga: jaket denim Rp 85.000, kemeja flanel Rp 55.000, kaos band Rp 45.000.
Jam buka: Senin-Sabtu pukul 10.00-21.00, Minggu tutup.
Cara pesan: DM Instagram @thriftkece atau checkout di Shopee "Thrift Kece".
Pengiriman: JNE dan SiCepat ke seluruh Indonesia, COD khusus Bandung.
"""'''
SOLUTION_BOT = """\
persona_saya = Persona(
    name="Kece",
    business="Thrift Kece Bandung",
    tone="ramah, santai, gaya anak muda",
    topics=["produk", "harga", "jam buka", "cara pesan", "pengiriman"],
    admin_contact="WhatsApp 0812-3456-7890",
)
bot = Chatbot(persona=persona_saya,
              knowledge=Knowledge.from_markdown(pengetahuan_saya, source="usaha_saya.md"))"""


def _knowledge_text(bot: Any) -> str:
    knowledge = get(bot, "knowledge", default=None)
    passages = get(knowledge, "passages", default=None) if knowledge is not None else None
    if passages is None and isinstance(knowledge, (list, tuple)):
        passages = knowledge
    return "\n".join(str(get(p, "text", default=p)) for p in list(passages or [])[:200])


def _own(bot: Any) -> None:
    """The answer is a bot (not its Persona), for the participant's own business, with a real persona."""
    if not callable(get(bot, "ask", default=None)):
        if get(bot, "business", default=None) is not None or type(bot).__name__ == "Persona":
            fail("`bot` masih berisi Persona (identitas bot), belum bot-nya. Buat bot dari persona dan "
                 "pengetahuanmu: `bot = Chatbot(persona=persona_saya, knowledge=Knowledge.from_markdown("
                 "pengetahuan_saya, source=\"usaha_saya.md\"))`.",
                 "`bot` holds the Persona, not the bot: bot = Chatbot(persona=persona_saya, knowledge=...).")
        fail("`bot` belum berupa bot: buat dengan `Chatbot(persona=..., knowledge=...)`.",
             "`bot` is not a bot yet: build it with Chatbot(persona=..., knowledge=...).")
    persona = get(bot, "persona", default=None)
    expect(persona is not None, "Bot ini belum punya persona: `Chatbot(persona=persona_saya, ...)`.",
           "This bot has no persona: Chatbot(persona=persona_saya, ...).")
    for problem in (business_problem(get(persona, "business", default=""), "Nama usaha di Persona(business=...)"),
                    name_problem(get(persona, "name", default=""), "Nama bot di Persona(name=...)"),
                    contact_problem(get(persona, "admin_contact", default=""),
                                    "Kontak admin di Persona(admin_contact=...)")):
        expect(problem is None, problem or "", problem or "")
    expect_own_business(_business(bot), "Bot-mu")
    text = _knowledge_text(bot)
    if text:
        expect_own_business(text, "Pengetahuan bot-mu")


def _business(bot: Any) -> str:
    persona = get(bot, "persona", default=None)
    name = get(persona, "business", default="") if persona is not None else ""
    return str(name or get(bot, "business", default="") or "").strip()


def _ask(bot: Any, question: str) -> Any:
    answer = bot.ask(question)
    if hasattr(bot, "reset"):
        try:
            bot.reset()  # checks must not leave their questions in the participant's history
        except Exception:  # noqa: BLE001
            pass
    return answer


def _system_prompt(bot: Any) -> None:
    _own(bot)
    prompt = get(bot, "system_prompt", default=None)
    prompt = prompt() if callable(prompt) else prompt
    expect(isinstance(prompt, str) and len(prompt.strip()) >= 30,
           "Bot belum punya system prompt yang jelas.", "The bot has no clear system prompt.")
    business = _business(bot)
    expect(business.lower() in prompt.lower(), f"System prompt belum menyebut nama usaha '{business}'.",
           f"The system prompt does not mention the business '{business}'.")


def _knowledge(bot: Any, question: Any = None) -> None:
    _own(bot)
    knowledge = get(bot, "knowledge", default=None)
    try:
        size = len(knowledge) if knowledge is not None else 0
    except TypeError:
        size = 1
    expect(size > 0, "Bot belum punya pengetahuan: isi knowledge=Knowledge.from_markdown(pengetahuan_saya, ...).",
           "The bot has no knowledge yet: pass knowledge=Knowledge.from_markdown(...).")
    problem = facts_problem(_knowledge_text(bot))
    expect(problem is None, problem or "", problem or "")
    q = question if isinstance(question, str) and question.strip() else IN_SCOPE_QUESTION
    text = as_text(_ask(bot, q))
    expect(len(text.strip()) >= 5, "Bot tidak menjawab pertanyaan tentang usahanya sendiri.",
           "The bot gave no answer about its own business.")


def _declines(bot: Any) -> None:
    _own(bot)
    answer = _ask(bot, OFF_TOPIC_QUESTION)
    text = as_text(answer).lower()
    if any(m in text for m in OFF_TOPIC_ANSWER_MARKERS):
        fail("Bot menjawab pertanyaan di luar topik. Tambahkan aturan di persona: hanya bahas urusan usahamu.",
             "The bot answered an off-topic question. Tell it to stay on your business only.")
    expect(text.strip(), "Bot tidak membalas sama sekali; sebaiknya menolak dengan sopan.",
           "The bot gave no reply; it should decline politely.")


q1 = Exercise("q1", "Persona: nama, usaha, dan kontak admin", _system_prompt, vars=("bot",), hints=[
    "Persona menentukan siapa bot-nya. Bagian mana di Persona yang menyebut usahamu?",
    "Isi semua `____` di Persona dengan data usahamu sendiri (bukan usaha contoh), lalu buat `bot = Chatbot(...)`.",
    "`bot = Chatbot(persona=persona_saya, knowledge=Knowledge.from_markdown(pengetahuan_saya, source=\"usaha_saya.md\"))`",
], solution_code=SOLUTION_BOT)
q2 = Exercise("q2", "Bot menjawab dari pengetahuanmu", _knowledge, vars=("bot", "pertanyaan?"), hints=[
    "Bot hanya tahu apa yang kamu tulis di `pengetahuan_saya`. Apa yang paling sering ditanya pelangganmu?",
    "Isi setiap baris `____` di `pengetahuan_saya` (produk, harga, jam buka, cara pesan), jalankan sel itu, "
    "lalu jalankan lagi sel persona dan bot.",
], solution_code=SOLUTION_KNOWLEDGE)
q3 = Exercise("q3", "Bot menolak pertanyaan di luar topik", _declines, vars=("bot",), hints=[
    "Bot CS yang baik tidak menjawab soal sejarah, PR sekolah, atau politik. Siapa yang mengatur itu?",
    "Persona gigai sudah punya aturan 'tolak dengan sopan'. Pastikan `bot` dibuat dengan `Chatbot(...)`, "
    "bukan `gigai.chat` biasa.",
], solution_code=SOLUTION_BOT)

lab = Lab("lab3", "Lab 3: Chatbot dengan persona dan pengetahuan", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress", "OFF_TOPIC_QUESTION", "IN_SCOPE_QUESTION"]
