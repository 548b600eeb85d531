"""Files copied as they are into an exported chatbot folder (``gigai deploy export``); gigai never imports them.

app.py (web chat + WhatsApp webhook, one server), botcore.py (retrieval, guardrails, provider: gradio-free),
whatsapp.py (WhatsApp Business Cloud API webhook), DEPLOY.md and CHANNELS.md (Indonesian guides).
They depend on gradio, openai, httpx and python-dotenv only, never on gigai (which is not on PyPI); the bot's
data comes from bot.json, written by ``gigai.deploy.bot_data``: no text is ever pasted into Python source.
"""
