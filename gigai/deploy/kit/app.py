"""A customer-service chatbot exported by the gigai lab kit (Gig Economy AI training).

Run:   pip install -r requirements.txt  &&  python app.py        (then open http://127.0.0.1:7860)
Data:  bot.json (persona + public knowledge). Edit it, restart, done.
Keys:  in a .env file next to this one (like in the labs) or as the host's environment variables /
       secrets, never in code. Without a key the bot runs in OFFLINE mode (it quotes facts from bot.json).
Channels: the same server answers WhatsApp Business at /whatsapp and Telegram at /telegram (CHANNELS.md).

This folder needs gradio, openai, httpx and python-dotenv; it does not need gigai installed.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import botcore  # noqa: E402 - after the analytics switch
import gradio as gr  # noqa: E402

respond = botcore.respond  # the chat function (also what the gradio_client API "/chat" calls)


def build():
    with gr.Blocks(title=botcore.TITLE, analytics_enabled=False) as demo:
        gr.Markdown(f"## 🤖 {botcore.TITLE}\n{botcore.PERSONA.get('greeting') or ''}")
        badge = (
            "🔌 Mode offline: jawaban dari data, bukan AI sungguhan / offline mode, not a real LLM"
            if botcore.CLIENT is None
            else f"🌐 Online · {botcore.LABEL}"
        )
        gr.Markdown(f"`{badge}`")
        gr.ChatInterface(
            respond,
            examples=botcore.PERSONA.get("examples") or None,
            api_name="chat",
            textbox=gr.Textbox(
                placeholder="Ketik pertanyaan… / Type a question…",
                submit_btn="Kirim",
                show_label=False,
                max_length=botcore.MAX_CHARS,
            ),
            chatbot=gr.Chatbot(label=f"Chat dengan {botcore.PERSONA['name']}", height=460),
            save_history=False,
        )
        admin = botcore.PERSONA.get("admin_contact") or "-"
        gr.Markdown(f"<sub>Kontak admin: {admin} · dibuat dengan gigai</sub>")
    demo.queue(default_concurrency_limit=8, max_size=64)
    return demo


demo = build()


def server():
    """One web server: the chat page at /, webhooks at /whatsapp and /telegram, a health check at /healthz."""
    import telegram_hook
    import whatsapp
    from fastapi import FastAPI

    api = FastAPI(title=botcore.TITLE, docs_url=None, redoc_url=None, openapi_url=None)
    api.include_router(whatsapp.router)
    api.include_router(telegram_hook.router)

    @api.get("/healthz")
    def healthz():
        return {
            "ok": True,
            "model": botcore.LABEL,
            "whatsapp_missing": whatsapp.configured(),
            "telegram_missing": telegram_hook.configured(),
        }

    return gr.mount_gradio_app(api, demo, path="/", show_error=False)


if __name__ == "__main__":
    import telegram_hook
    import uvicorn
    import whatsapp

    host = os.environ.get("GRADIO_SERVER_NAME", "0.0.0.0")
    port = int(os.environ.get("PORT") or os.environ.get("GRADIO_SERVER_PORT") or 7860)
    missing = whatsapp.configured()
    print(f"{botcore.TITLE} · model: {botcore.LABEL}")
    print(f"Buka / open: http://127.0.0.1:{port}   (berhenti / stop: Ctrl+C)")
    if missing:
        print("WhatsApp: belum aktif / not active (isi / set: " + ", ".join(missing) + ")")
    else:
        print("WhatsApp: webhook aktif di / active at /whatsapp")
    print(telegram_hook.register())
    uvicorn.run(server(), host=host, port=port, log_level="warning", timeout_graceful_shutdown=3)
