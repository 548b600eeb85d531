"""The customer-service chat app: streaming answers, sources, example questions, a clear button, a badge.

    from gigai.chatbot import Chatbot
    from gigai.apps.chat_app import build_chat_app
    demo = build_chat_app(Chatbot.from_business("kopi-kita"))
    demo.launch()          # or gigai.apps.sharing.launch_shared(demo, mode="lan")

History lives in each browser session (Gradio's own chat history), never in a module global, and the bot
itself is stateless (``Chatbot.respond``), so one bot serves the whole room. The queue bounds concurrency.
When the provider fails mid-conversation (venue wifi, a revoked key, a rate limit), the offline engine answers
over the same persona and knowledge with one notice, like the exported bot and the messaging channels;
``GIGAI_FALLBACK=none`` shows the error with its code and hint instead.

Used in: Lab 3, Lab 5 (berbagi & deploy).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from gigai.lang import say

if TYPE_CHECKING:
    import gradio as gr

    from gigai.chatbot import Chatbot

log = logging.getLogger(__name__)

CSS = """
.gigai-badge {display:inline-block; padding:2px 10px; border-radius:999px; font-size:0.85em;}
.gigai-offline {background:#fff4d6; color:#7a5200; border:1px solid #f0c36d;}
.gigai-online {background:#e3f6e8; color:#1d6b34; border:1px solid #8fd3a3;}
"""


def badge_html(model: Any) -> str:
    """The provider badge: offline is labelled plainly so nobody mistakes it for a real LLM."""
    from html import escape

    label = escape(getattr(model, "label", "?"))
    if getattr(model, "is_offline", False):
        text = say(f"🔌 Mode offline · {label} — jawaban dari mesin lokal, bukan AI sungguhan",
                   f"🔌 Offline mode · {label} — answers from a local engine, not a real LLM")  # fmt: skip
        return f'<span class="gigai-badge gigai-offline" data-testid="gigai-badge">{text}</span>'

    return f'<span class="gigai-badge gigai-online" data-testid="gigai-badge">🌐 Online · {label}</span>'


def fallback_on() -> bool:
    """The app answers offline when the provider fails unless ``GIGAI_FALLBACK=none`` (like the exported bot
    and the messaging channels: a demo on venue wifi must not die on stage)."""
    from gigai.config import setting
    from gigai.llm.wrappers import fallback_enabled

    return fallback_enabled(setting("GIGAI_FALLBACK") or "offline")


def error_text(exc: Any) -> str:
    """A GigaiError as the chat shows it: code, one-language message, hint. Codes and hints, never keys or paths."""
    return f"⚠️ [GIGAI-{exc.code}] {say(exc.id, exc.en)}" + (
        say("\n\nCoba: ", "\n\nTry: ") + exc.hint if exc.hint else ""
    )


def _bubbles(parts: Iterator[Any], lead: str = "") -> Iterator[str]:
    """The growing text of streamed Answers, then the final one with its sources and notice (each once)."""
    for part in parts:
        text = part.with_sources() if part.done else part.text
        if part.done and part.notice and part.notice not in lead:
            text += f"\n\n_{part.notice}_"
        yield lead + text


def chat_handler(bot: Chatbot):
    """The ChatInterface function: a generator that yields the growing answer, then answer + sources.

    When the provider fails (no connection, timeout, 5xx, rejected key, rate limit), the offline engine answers
    over the same persona and knowledge (``bot.with_provider("offline")``, as the messaging channels do) under
    one notice; ``GIGAI_FALLBACK=none`` shows the error with its code and hint instead."""
    from gigai.errors import GigaiError, ProviderError

    def offline(message: str, history: list[dict[str, Any]], exc: ProviderError) -> Iterator[str]:
        from gigai.llm.wrappers import notice

        who = getattr(bot.model, "provider", None) or "provider"
        log.warning("%s failed (GIGAI-%s): the offline engine answers", who, exc.code)  # for the trainer
        twin = bot.with_provider("offline")  # made per failure: a persona changed in a lab cell is followed
        # The whole bubble is replaced: half a real answer and an offline one must not run together.
        yield from _bubbles(twin.respond(message, history), lead=f"_{notice(who, exc)}_\n\n")

    def chat(message: str, history: list[dict[str, Any]], request: Any = None) -> Iterator[str]:
        if isinstance(message, dict):  # multimodal textbox
            message = message.get("text", "")
        # Each browser session is one visitor for the bot's limits in front of a real model (chatbot/limits.py).
        user = getattr(request, "session_hash", None)
        try:
            try:
                yield from _bubbles(bot.respond(message, history, **({"user": user} if user else {})))
            except ProviderError as exc:
                if not fallback_on():
                    raise
                yield from offline(message, history, exc)
        except GigaiError as exc:
            yield error_text(exc)
        except Exception as exc:  # noqa: BLE001 - a participant's page must not die on one bad answer
            log.warning("chat handler failed: %s", type(exc).__name__)  # one line, no traceback
            yield say(
                "⚠️ Maaf, terjadi kesalahan. Coba lagi sebentar.",
                "⚠️ Sorry, something went wrong, please retry.",
            )

    gradio = sys.modules.get("gradio")  # loaded by whoever builds the app: then gradio passes the request
    if gradio is not None:
        chat.__annotations__["request"] = gradio.Request
    return chat


def build_chat_app(
    bot: Chatbot,
    *,
    title: str | None = None,
    examples: list[str] | None = None,
    concurrency_limit: int = 8,
    max_queue: int = 64,
    height: int = 460,
) -> gr.Blocks:
    """A Gradio 6 Blocks app for ``bot``; call ``.launch()`` (theme/css go there) or ``launch_shared``."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from gigai._deps import require

    gr = require("gradio")
    p = bot.persona
    title = title or f"{p.name} · {p.business}"
    examples = list(examples if examples is not None else p.examples)[:6]

    with gr.Blocks(title=title, analytics_enabled=False, fill_height=True) as demo:
        ask = say(f"Tanya apa saja seputar {p.business}.", f"Ask anything about {p.business}.")
        gr.Markdown(f"## 🤖 {title}\n{p.greeting or ask}")
        gr.HTML(badge_html(bot.model), elem_id="gigai-badge")
        chatbot = gr.Chatbot(
            label=say(f"Chat dengan {p.name}", f"Chat with {p.name}"),
            height=height,
            elem_id="gigai-chat",
            placeholder=say(
                f"**{p.name}** siap membantu. Ketik pertanyaanmu di bawah 👇",
                f"**{p.name}** is here to help. Type your question below 👇",
            ),
        )
        textbox = gr.Textbox(
            placeholder=say("Ketik pertanyaan…", "Type a question…"),
            show_label=False,
            submit_btn=say("Kirim", "Send"),
            max_lines=4,
            max_length=bot.max_chars,
        )
        chat = gr.ChatInterface(
            chat_handler(bot),
            chatbot=chatbot,
            textbox=textbox,
            examples=examples or None,
            examples_label=say("Contoh pertanyaan", "Example questions"),
            api_name="chat",
            concurrency_limit=concurrency_limit,
            autofocus=True,
            save_history=False,
            fill_height=True,
        )
        clear = gr.Button(
            say("🧹 Hapus percakapan", "🧹 Clear the chat"),
            variant="secondary",
            size="sm",
            elem_id="gigai-clear",
        )
        # The chat history lives in the chatbot AND in ChatInterface's per-session state: reset both.
        targets = [chatbot] + [
            getattr(chat, n) for n in ("chatbot_state", "chatbot_value") if hasattr(chat, n)
        ]
        clear.click(lambda: tuple([] for _ in targets), None, targets, api_visibility="private", queue=False)
        contact = p.admin_contact or "-"
        gr.Markdown("<sub>" + say(
            f"Jawaban bisa salah: cek lagi ke admin untuk harga dan pesanan. Kontak admin: {contact} · dibuat dengan gigai",
            f"Answers can be wrong: check prices and orders with the admin. Admin: {contact} · made with gigai",
        ) + "</sub>")  # fmt: skip
    demo.queue(default_concurrency_limit=concurrency_limit, max_size=max_queue)
    from gigai.apps.uploads import limit_uploads

    return limit_uploads(demo)  # Gradio's upload route is open on every app: cap it


def main() -> None:  # pragma: no cover - convenience: python -m gigai.apps.chat_app [slug]
    import sys

    from gigai.apps.sharing import launch_shared
    from gigai.chatbot import Chatbot

    slug = sys.argv[1] if len(sys.argv) > 1 else "kopi-kita"
    demo = build_chat_app(Chatbot.from_business(slug))
    launch_shared(demo, mode=os.environ.get("GIGAI_SHARE", "local"), css=CSS)


if __name__ == "__main__":  # pragma: no cover
    main()
