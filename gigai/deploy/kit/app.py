"""A customer-service chatbot exported by the gigai lab kit (Gig Economy AI training).

Run:   pip install -r requirements.txt  &&  python app.py        (then open http://127.0.0.1:7860)
Data:  bot.json (persona + public knowledge). Edit it, restart, done.
Keys:  in a .env file next to this one (like in the labs) or as the host's environment variables /
       secrets, never in code. Without a key the bot runs in OFFLINE mode (gigai's offline engine).
Limits: questions per visitor per minute / per day and per day in total, tokens per day, the same question
        answered once (CHAT_* settings, DEPLOY.md; gigai's own limiter, also for WhatsApp and Telegram).
Channels: the same server answers WhatsApp Business at /whatsapp and Telegram at /telegram (CHANNELS.md).

The bot is gigai's own Chatbot: the ``gigai/`` folder here is a copy of the library (chatbot, guardrails,
offline engine, provider layer), so the answers are the ones the lab gave.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import botcore  # noqa: E402 - after the analytics switch
import gradio as gr  # noqa: E402
import limits  # noqa: E402

from gigai.lang import say  # noqa: E402


def respond(message, history, request: gr.Request = None):
    """The chat function (also what the gradio_client API "/chat" calls): gigai's answer, or the limits' reply."""
    refused = limits.refusal(request)
    if refused:
        yield refused
        return
    yield from botcore.respond(message, history, user=limits.visitor(request))


def build():
    with gr.Blocks(title=botcore.TITLE, analytics_enabled=False) as demo:
        gr.Markdown(f"## 🤖 {botcore.TITLE}\n{botcore.PERSONA.get('greeting') or ''}")
        badge = (
            say(
                "🔌 Mode offline: jawaban dari data, bukan AI sungguhan",
                "🔌 Offline mode: answers from data, not a real AI",
            )
            if botcore.OFFLINE
            else f"🌐 Online · {botcore.LABEL}"
        )
        gr.Markdown(f"`{badge}`")
        gr.ChatInterface(
            respond,
            examples=botcore.PERSONA.get("examples") or None,
            api_name="chat",
            textbox=gr.Textbox(
                placeholder=say("Ketik pertanyaan…", "Type a question…"),
                submit_btn=say("Kirim", "Send"),
                show_label=False,
                max_length=botcore.MAX_CHARS,
            ),
            chatbot=gr.Chatbot(
                label=say("Chat dengan", "Chat with") + f" {botcore.PERSONA['name']}", height=460
            ),
            save_history=False,
        )
        admin = botcore.PERSONA.get("admin_contact") or "-"
        gr.Markdown(f"<sub>{say('Kontak admin', 'Admin contact')}: {admin} · gigai</sub>")
    demo.queue(default_concurrency_limit=8, max_size=64)
    return demo


demo = build()


def chat_functions(blocks) -> set[int]:
    """The indices of the events that run the chat function (what the rate limit counts)."""
    out = set()
    for index, fn in dict(enumerate(blocks.fns) if isinstance(blocks.fns, list) else blocks.fns).items():
        name = str(getattr(fn, "api_name", "") or "")
        target = getattr(getattr(fn, "fn", None), "__name__", "")
        if name.startswith("chat") or target in (
            "_stream_fn",
            "_submit_fn",
            "_examples_stream_fn",
            "_examples_fn",
        ):
            out.add(index)
    return out


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

    app = gr.mount_gradio_app(api, demo, path="/", show_error=False)
    rules = limits.Limits(contact=botcore.PERSONA.get("admin_contact") or "")
    app.add_middleware(limits.ChatLimitMiddleware, limits=rules, chat_fns=chat_functions(demo))
    return app


if __name__ == "__main__":
    import telegram_hook
    import uvicorn
    import whatsapp

    host = os.environ.get("GRADIO_SERVER_NAME", "0.0.0.0")
    port = int(os.environ.get("PORT") or os.environ.get("GRADIO_SERVER_PORT") or 7860)
    print(f"{botcore.TITLE} · model: {botcore.LABEL}")
    print(
        say(
            f"Buka: http://127.0.0.1:{port}   (berhenti: Ctrl+C)",
            f"Open: http://127.0.0.1:{port}   (stop: Ctrl+C)",
        )
    )
    print(whatsapp.status())
    print(telegram_hook.register())
    uvicorn.run(server(), host=host, port=port, log_level="warning", timeout_graceful_shutdown=3)
