"""The live-demo studio for the projector: chatbot + Video Studio tabs, a provider switch, record/replay, a
spend meter, a 30-second sample promo, and a demo that never dies: a failing provider continues offline with a
visible notice.

    gigai demo                         # this laptop only: http://127.0.0.1:7860
    gigai demo --lan --port 8080       # the room's wifi (phones too)
    gigai demo --share                 # a public Gradio link, behind a generated password

Trainer controls (provider switch, recording, the sample render) answer only the trainer's own machine
(a loopback client) or a visitor who logged in with the share password; everyone else can chat and use the
studio. The provider switch is global for the app (one trainer, one projector), not per browser tab.
The layout fits a 1280x720 projector at 150% zoom: the chat input is visible without scrolling.
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigai.apps.demo_model import DemoModel, code_of

if TYPE_CHECKING:
    import gradio as gr

log = logging.getLogger(__name__)


# -- screen pieces ---------------------------------------------------------------------------------------
def provider_choices() -> list[str]:
    """offline, replay, then every preset that looks usable here (key found, or base URL set)."""
    names = ["offline", "replay"]
    try:
        import gigai

        for row in gigai.providers():
            name = row.get("name")
            if name in names:
                continue
            if row.get("key_found") or (not row.get("key_env") and row.get("base_url")):
                names.append(name)
            elif name in ("gateway", "llamacpp") and row.get("base_url"):
                names.append(name)
    except Exception:  # noqa: BLE001 - the switch still offers offline and replay
        log.warning("could not list providers", exc_info=True)
    return names


def badge(model: DemoModel, note: str | None = None) -> str:
    """One badge: what answers right now, said once (offline, replay, online, or failed and continuing offline)."""
    name = html.escape(model.name)
    if model.last_notice and model.name not in ("offline", "replay"):
        cls, text = "gigai-offline", f"⚠️ {name} gagal, lanjut offline / failed, continuing offline"
    elif model.name == "replay":
        cls, text = (
            "gigai-offline",
            "🔁 Replay · jawaban rekaman, bukan AI online / recorded answers, not a live AI",
        )
    elif model.is_offline:
        cls, text = (
            "gigai-offline",
            "🔌 Mode offline · mesin lokal gigai, bukan AI online / local engine, not an online AI",
        )
    else:
        model_id = html.escape(str(model.model_id))
        cls, text = "gigai-online", f"🌐 Online · {name} · {model_id}"
    rec = " · ⏺️ merekam / recording" if model.record and not model.is_offline else ""
    extra = note or model.last_notice
    notice = f'<div class="gigai-notice">{html.escape(extra)}</div>' if extra else ""
    return f'<span class="gigai-badge {cls}" data-testid="gigai-demo-badge">{text}{rec}</span>{notice}'


def spend_meter() -> str:
    """Calls, tokens and rupiah so far, from gigai's usage accounting."""
    try:
        import gigai
        from gigai.business.money import rupiah

        s = gigai.usage().summary()
    except Exception:  # noqa: BLE001
        return "<span>💸 meter tidak tersedia / meter unavailable</span>"

    def money(idr: float) -> str:  # one demo call costs a fraction of a rupiah: show the sen
        return rupiah(idr, decimals=2 if 0 < idr < 1_000 else 0)

    per = " · ".join(
        f"{html.escape(n)}: {money(v['cost_idr'])}" for n, v in s.get("per_provider", {}).items()
    )
    est = " (perkiraan / estimated)" if s.get("estimated_calls") else ""
    tokens = f"{s['tokens_in'] + s['tokens_out']:,}".replace(",", ".")
    return (
        f'<span data-testid="gigai-spend">💸 {money(s["cost_idr"])}{est} · {s["calls"]} panggilan/calls · '
        f"{tokens} token</span>" + (f"<br><small>{per}</small>" if per else "")
    )


def safe(fn=None, *, outputs: int = 1):
    """Wrap a Gradio handler: any exception becomes a bilingual notice in the first output (one log line)."""
    import functools

    def wrap(fn):
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - one log line, never a traceback in the trainer's terminal
                log.warning("demo handler %s failed: %s", fn.__name__, code_of(exc))
                text = f"⚠️ Ada yang gagal ({code_of(exc)}); demo tetap jalan. / Something failed; the demo goes on."
                if outputs == 1:
                    return text
                import gradio as gr

                return (text, *(gr.skip() for _ in range(outputs - 1)))

        return wrapper

    return wrap(fn) if fn is not None else wrap


CSS = """
.gigai-badge {display:inline-block; padding:2px 12px; border-radius:999px; font-size:.95em; font-weight:600}
#gigai-spend {text-align:right; font-size:.9em}
.gigai-offline {background:#fff4d6; color:#7a5200; border:1px solid #f0c36d}
.gigai-online {background:#e3f6e8; color:#1d6b34; border:1px solid #8fd3a3}
.gigai-notice {margin-top:4px; padding:4px 10px; background:#fdecea; color:#8a1c12; border-radius:6px; font-size:.9em}
#gigai-title h2 {margin:0; font-size:1.25em}
#gigai-demo-chat {height:calc(100vh - 330px) !important; min-height:140px}
#gigai-studio #video, #gigai-sample-video {height:auto !important; max-height:62vh}
#gigai-studio video, #gigai-sample-video video {max-height:52vh !important; width:auto; margin:auto}
"""


def build_demo_app(
    *,
    business: str = "kopi-kita",
    provider: str | None = None,
    providers: list[str] | None = None,
    cassette: str | Path | None = None,
    studio: bool = True,
    timeout: float = 20.0,
) -> gr.Blocks:
    """One Gradio app for the projector. Returns the Blocks (never launches). Used in: trainer notes."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from gigai._deps import require
    from gigai.apps.trainer_gate import REFUSED, trainer_allowed, with_request

    gr = require("gradio")
    choices = providers or provider_choices()
    start = provider or ("offline" if "offline" in choices else choices[0])
    if start not in choices:
        choices = [start, *choices]
    model = DemoModel(start, cassette=cassette, timeout=timeout)
    # Built before the demo's own Blocks: a Blocks created inside another is placed there at once, and a
    # later .render() inside the Tab then shows it a second time (Gradio 6.31).
    studio_blocks = _studio_blocks() if studio else None

    with gr.Blocks(title="gigai · demo langsung / live demo", analytics_enabled=False) as demo:
        with gr.Row(equal_height=True, elem_id="gigai-top"):
            gr.Markdown("## gigai · demo langsung / live demo", elem_id="gigai-title")
            meter = gr.HTML(spend_meter(), elem_id="gigai-spend")
        status = gr.HTML(badge(model), elem_id="gigai-demo-status")
        with gr.Accordion("⚙️ Kontrol trainer / trainer controls", open=False, elem_id="gigai-trainer"):
            with gr.Row():
                pick = gr.Dropdown(
                    choices, value=start, label="Penyedia AI / provider", elem_id="gigai-provider"
                )
                record = gr.Checkbox(
                    False, label="⏺️ Rekam untuk replay / record for replay", elem_id="gigai-record"
                )
                refresh_btn = gr.Button("🔄 perbarui meter / refresh", size="sm")

        @safe(outputs=2)
        def on_pick(name: str, request: gr.Request):
            if not trainer_allowed(request):
                log.warning("demo: provider switch refused for a visitor")
                return badge(model, REFUSED), model.name
            model.select(name)
            return badge(model), model.name

        @safe(outputs=2)
        def on_record(on: bool, request: gr.Request):
            if not trainer_allowed(request):
                log.warning("demo: recording switch refused for a visitor")
                return badge(model, REFUSED), model.record
            model.record = bool(on)
            return badge(model), model.record

        @safe(outputs=2)
        def refresh() -> tuple[str, str]:
            return badge(model), spend_meter()

        def controls(request: gr.Request):
            allowed = trainer_allowed(request)
            return gr.update(interactive=allowed), gr.update(interactive=allowed)

        for fn in (on_pick, on_record, controls):  # string annotations (PEP 563) hide gr.Request from Gradio
            with_request(fn, gr)
        pick.input(on_pick, pick, [status, pick], api_name="set_provider")
        record.input(on_record, record, [status, record], api_name="set_record")
        refresh_btn.click(refresh, None, [status, meter], api_name="refresh")
        demo.load(controls, None, [pick, record], api_visibility="private", queue=False)
        gr.Timer(3.0).tick(
            refresh, None, [status, meter], api_name="auto_refresh", api_visibility="private", queue=False
        )

        with gr.Tabs():
            with gr.Tab("💬 Chatbot"):
                _chat_tab(gr, model, business)
            if studio:
                with gr.Tab("🎞️ Video Studio", elem_id="gigai-studio"):
                    from gigai.apps.trainer_gate import sample_promo_panel

                    sample_promo_panel(gr, business)
                    _studio_tab(gr, studio_blocks)
    demo.gigai_model = model  # for tests and notebooks
    from gigai.apps.quiet import quiet_errors

    return quiet_errors(demo)  # a participant's mistake is one log line, never a traceback


def _chat_tab(gr: Any, model: DemoModel, business: str) -> None:
    # The chat app's own handler (streaming, sources, bilingual errors) in a layout built here: rendering
    # build_chat_app()'s whole Blocks inside a Tab shows its chatbot and textbox twice (Gradio 6.31).
    try:
        from gigai.apps.chat_app import chat_handler
        from gigai.chatbot import Chatbot

        bot = Chatbot.from_business(business, model=model)
        p = bot.persona
        chatbot = gr.Chatbot(label=f"🤖 {p.name} · {p.business}", elem_id="gigai-demo-chat")
        textbox = gr.Textbox(
            placeholder="Ketik pertanyaan… / Type a question…",
            show_label=False,
            submit_btn="Kirim",
            max_lines=2,
            max_length=bot.max_chars,
            elem_id="gigai-demo-input",
        )
        gr.ChatInterface(
            chat_handler(bot),
            chatbot=chatbot,
            textbox=textbox,
            examples=list(p.examples)[:4] or None,
            examples_label="Contoh pertanyaan",
            api_name="chat",
            save_history=False,
        )
    except Exception as exc:  # noqa: BLE001 - the other tab must still work
        log.warning("chat tab unavailable: %s", code_of(exc))
        gr.Markdown(
            f"⚠️ Chatbot belum tersedia ({code_of(exc)}). / The chatbot is not available.\n\n"
            f"Coba / Try: `gigai chat --provider offline` di terminal untuk melihat pesan lengkapnya / in a "
            "terminal to see the full message"
        )


def _studio_blocks() -> Any:
    """The Video Studio's Blocks when it must be rendered (no ``studio_tab`` yet), else None."""
    try:
        from gigai.apps import studio

        if hasattr(studio, "studio_tab"):
            return None  # built inside the Tab instead
        return _prefilled(studio.build_studio_app())
    except Exception as exc:  # noqa: BLE001 - shown in the tab
        log.warning("studio unavailable: %s", code_of(exc))
        return exc


def _prefilled(blocks: Any) -> Any:
    """Empty studio fields take their example (the placeholder) as value: "Buat storyboard" works at once."""
    for block in getattr(blocks, "blocks", {}).values():
        placeholder = getattr(block, "placeholder", None)
        if type(block).__name__ == "Textbox" and placeholder and not getattr(block, "value", None):
            block.value = placeholder
    return blocks


def _studio_tab(gr: Any, prebuilt: Any) -> None:
    try:
        if isinstance(prebuilt, Exception):
            raise prebuilt
        if prebuilt is not None:
            prebuilt.render()
        else:
            from gigai.apps.studio import studio_tab

            studio_tab()  # an empty form renders the studio's own example brief: "Buat storyboard" works at once
    except Exception as exc:  # noqa: BLE001
        log.warning("studio tab unavailable: %s", code_of(exc))
        gr.Markdown(
            f"⚠️ Video Studio belum tersedia ({code_of(exc)}). / The Video Studio is not available.\n\n"
            "Coba / Try: `gigai video render --help` di terminal / in a terminal (pesan lengkap / full message)"
        )


def main(
    *,
    host: str | None = None,
    port: int | None = None,
    lan: bool = False,
    share: bool = False,
    password: bool = True,
    provider: str | None = None,
    business: str = "kopi-kita",
    block: bool = True,
):
    """``gigai demo``: build and launch; returns the ShareInfo (addresses, login)."""
    from gigai.apps.sharing import launch_shared

    mode = "share" if share else ("lan" if lan else os.environ.get("GIGAI_SHARE", "local"))
    demo = build_demo_app(provider=provider or os.environ.get("GIGAI_PROVIDER") or None, business=business)
    return launch_shared(
        demo, mode=mode, host=host, port=port, auth="auto" if password else False, css=CSS,
        prevent_thread_lock=not block,
    )  # fmt: skip


if __name__ == "__main__":  # pragma: no cover
    main()
