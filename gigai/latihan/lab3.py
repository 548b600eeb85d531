"""Lab 3 exercises: a persona + knowledge chatbot that stays on topic."""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import as_text, get
from gigai.latihan.core import Exercise, Lab, expect, fail

IN_SCOPE_QUESTION = "Apa saja produk atau layanan yang dijual, dan berapa harganya?"
OFF_TOPIC_QUESTION = "Siapa presiden pertama Amerika Serikat? Ceritakan sejarahnya."
OFF_TOPIC_ANSWER_MARKERS = ("washington",)  # the bot must not answer this


def _business(bot: Any) -> str:
    persona = get(bot, "persona", default=None)
    name = get(persona, "business", default="") if persona is not None else ""
    return str(name or get(bot, "business", default="") or "").strip()


def _ask(bot: Any, question: str) -> Any:
    expect(callable(get(bot, "ask", default=None)), "Objek ini belum punya method .ask(): buat dengan Chatbot(...).",
           "This object has no .ask() method: build it with Chatbot(...).")
    answer = bot.ask(question)
    if hasattr(bot, "reset"):
        try:
            bot.reset()  # checks must not leave their questions in the participant's history
        except Exception:  # noqa: BLE001
            pass
    return answer


def _system_prompt(bot: Any) -> None:
    prompt = get(bot, "system_prompt", default=None)
    prompt = prompt() if callable(prompt) else prompt
    expect(isinstance(prompt, str) and len(prompt.strip()) >= 30,
           "Bot belum punya system prompt yang jelas.", "The bot has no clear system prompt.")
    business = _business(bot)
    expect(business and business.lower() not in ("usaha kami", "bisnis kami", "-"),
           "Isi nama usaha di Persona(business=...), jangan dibiarkan bawaan.",
           "Set the business name in Persona(business=...), not the default.")
    expect(business.lower() in prompt.lower(), f"System prompt belum menyebut nama usaha '{business}'.",
           f"The system prompt does not mention the business '{business}'.")


def _knowledge(bot: Any, question: Any = None) -> None:
    knowledge = get(bot, "knowledge", default=None)
    try:
        size = len(knowledge) if knowledge is not None else 0
    except TypeError:
        size = 1
    expect(size > 0, "Bot belum punya pengetahuan: isi knowledge=Knowledge.from_folder(...) atau dari teks.",
           "The bot has no knowledge yet: pass knowledge=Knowledge.from_folder(...) or text.")
    q = question if isinstance(question, str) and question.strip() else IN_SCOPE_QUESTION
    text = as_text(_ask(bot, q))
    expect(len(text.strip()) >= 5, "Bot tidak menjawab pertanyaan tentang usahanya sendiri.",
           "The bot gave no answer about its own business.")


def _declines(bot: Any) -> None:
    answer = _ask(bot, OFF_TOPIC_QUESTION)
    text = as_text(answer).lower()
    if any(m in text for m in OFF_TOPIC_ANSWER_MARKERS):
        fail("Bot menjawab pertanyaan di luar topik. Tambahkan aturan di persona: hanya bahas urusan usahamu.",
             "The bot answered an off-topic question. Tell it to stay on your business only.")
    expect(text.strip(), "Bot tidak membalas sama sekali; sebaiknya menolak dengan sopan.",
           "The bot gave no reply; it should decline politely.")


q1 = Exercise("q1", "System prompt menyebut usahamu", _system_prompt, vars=("bot",), hints=[
    "Persona menentukan siapa bot-nya: nama, usaha, gaya bicara.",
    'Buat `Persona(name="...", business="Nama Usahamu", tone="ramah")` lalu `Chatbot(persona=...)`.',
], solution_code='from gigai.chatbot import Chatbot, Persona, Knowledge, businesses_dir\n\n'
                 'persona = Persona(name="Mang Kopi", business="Kopi Kita", tone="ramah, santai",\n'
                 '                  admin_contact="WhatsApp 0812-0000-0000")\n'
                 'bot = Chatbot(persona=persona, knowledge=Knowledge.from_folder(businesses_dir() / "kopi-kita"))')
q2 = Exercise("q2", "Bot menjawab dari pengetahuan", _knowledge, vars=("bot", "question?"), hints=[
    "Bot hanya tahu apa yang kamu berikan: menu, harga, jam buka, FAQ.",
    "`Knowledge.from_folder(\"folder_usahamu\")` (folder berisi .md/.csv) atau `Chatbot.from_business(\"kopi-kita\")`.",
], solution_code='bot = Chatbot.from_business("kopi-kita")\nprint(bot.ask("Ada menu apa saja?"))')
q3 = Exercise("q3", "Bot menolak pertanyaan di luar topik", _declines, vars=("bot",), hints=[
    "Bot CS yang baik tidak menjawab soal sejarah, PR sekolah, atau politik.",
    "Persona gigai sudah punya aturan 'tolak dengan sopan'. Pastikan kamu memakai Chatbot, bukan gigai.chat biasa.",
], solution_code='bot = Chatbot.from_business("kopi-kita")\nprint(bot.ask("Siapa presiden pertama Amerika?"))')

lab = Lab("lab3", "Lab 3: Chatbot dengan persona dan pengetahuan", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress", "OFF_TOPIC_QUESTION", "IN_SCOPE_QUESTION"]
