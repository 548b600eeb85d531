"""Customer-service chatbots for small businesses: persona, knowledge, guardrails, memory.

    from gigai.chatbot import Chatbot
    bot = Chatbot.from_business("kopi-kita")
    print(bot.ask("Jam buka hari Minggu?"))

Nothing heavy is imported here.
"""

from gigai.chatbot.bot import Answer, Chatbot, businesses, businesses_dir
from gigai.chatbot.knowledge import Knowledge, Passage, tokenize
from gigai.chatbot.memory import count_tokens, trim_history
from gigai.chatbot.persona import Persona

__all__ = [
    "Answer",
    "Chatbot",
    "Knowledge",
    "Passage",
    "Persona",
    "businesses",
    "businesses_dir",
    "count_tokens",
    "tokenize",
    "trim_history",
]
