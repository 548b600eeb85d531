"""Files copied as they are into an exported chatbot folder (``gigai bot export``); gigai never imports them.

app.py (web chat + webhooks, one server), botcore.py (loads bot.json into gigai's own Chatbot), limits.py
(questions per visitor and per day), conversations.py (per-customer memory, rate limit, de-duplication that
survives a restart), whatsapp.py (WhatsApp Business Cloud API webhook), telegram_hook.py (Telegram webhook
for a host), DEPLOY.md and CHANNELS.md (Indonesian guides). Beside them the export puts ``gigai/``, a copy of
the library's bot modules (:mod:`gigai.deploy.vendor`), and bot.json from ``gigai.deploy.export.bot_data``:
no text is ever pasted into Python source.
"""
