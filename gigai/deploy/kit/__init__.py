"""Files copied as they are into an exported chatbot folder (``gigai deploy export``); gigai never imports them.

app.py (web chat + webhooks, one server), botcore.py (retrieval, guardrails, provider: gradio-free),
conversations.py (per-customer memory, rate limit, de-dup), whatsapp.py (WhatsApp Business Cloud API webhook),
telegram_hook.py (Telegram webhook for a host), DEPLOY.md and CHANNELS.md (Indonesian guides).
They depend on gradio, openai, httpx and python-dotenv only, never on gigai (which is not on PyPI); the bot's
data comes from bot.json, written by ``gigai.deploy.bot_data``: no text is ever pasted into Python source.
"""
