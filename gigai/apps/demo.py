"""The live-demo studio for the projector: chatbot + Video Studio tabs, a provider switch, record/replay, a
spend meter, a short sample promo, and a demo that never dies: a failing provider continues offline with a
visible notice.

    gigai demo                         # this laptop only: http://127.0.0.1:7860
    gigai demo --lan --port 8080       # the room's wifi (phones too)
    gigai demo --share                 # a public Gradio link, behind a generated password

Trainer controls (provider switch, recording, the sample render) exist only for the trainer: on the
trainer's own laptop (a loopback client) or for the ``trainer`` login (``GIGAI_TRAINER_SECRET``, separate
from the participants' share password); participants never see them and the server refuses their calls.
The provider switch is global for the app (one trainer, one projector) and the Video Studio writes its
storyboards through it, so a demo switched to offline spends nothing. On a 1280x720 projector at 150% zoom
the header is one line, and the chat shows several lines of the answer above the input.
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigai.apps.demo_model import DemoModel, code_of
from gigai.lang import say

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
        cls, text = (
            "gigai-offline",
            say(f"⚠️ {name} gagal, lanjut offline", f"⚠️ {name} failed, continuing offline"),
        )
    elif model.name == "replay":
        cls, text = "gigai-offline", say("🔁 Replay · jawaban rekaman, bukan AI online",
                                         "🔁 Replay · recorded answers, not a live AI")  # fmt: skip
    elif model.is_offline:
        cls, text = "gigai-offline", say("🔌 Mode offline · mesin lokal gigai, bukan AI online",
                                         "🔌 Offline mode · gigai's local engine, not an online AI")  # fmt: skip
    else:
        model_id = html.escape(str(model.model_id))
        cls, text = "gigai-online", f"🌐 Online · {name} · {model_id}"
    rec = say(" · ⏺️ merekam", " · ⏺️ recording") if model.record and not model.is_offline else ""
    extra = note or model.last_notice
    notice = f'<div class="gigai-notice">{html.escape(extra)}</div>' if extra else ""
    return f'<span class="gigai-badge {cls}" data-testid="gigai-demo-badge">{text}{rec}</span>{notice}'


def spend_meter() -> str:
    """Calls, tokens and rupiah so far, from gigai's usage accounting (per provider in the tooltip)."""
    try:
        import gigai
        from gigai.business.money import rupiah

        s = gigai.usage().summary()
    except Exception:  # noqa: BLE001
        return "<span>💸 " + say("meter tidak tersedia", "meter unavailable") + "</span>"

    def money(idr: float) -> str:  # one demo call costs a fraction of a rupiah: show the sen
        return rupiah(idr, decimals=2 if 0 < idr < 1_000 else 0)

    per = " · ".join(f"{n}: {money(v['cost_idr'])}" for n, v in s.get("per_provider", {}).items())
    if s.get("estimated_calls"):
        per = say("perkiraan", "estimated") + (f" · {per}" if per else "")
    est = "≈" if s.get("estimated_calls") else ""  # estimated: said in the tooltip
    tokens = f"{s['tokens_in'] + s['tokens_out']:,}".replace(",", ".")
    calls = say(f"{s['calls']} panggilan", f"{s['calls']} calls")
    parts = [f"💸 {est}{money(s['cost_idr'])}", calls, f"{tokens} token"]
    nowrap = " · ".join(f'<span style="white-space:nowrap">{p}</span>' for p in parts)  # wraps between parts
    return f'<span data-testid="gigai-spend" title="{html.escape(per)}">{nowrap}</span>'


def safe(fn=None, *, outputs: int = 1):
    """Wrap a Gradio handler: any exception becomes a notice in the first output (one log line)."""
    import functools

    def wrap(fn):
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - one log line, never a traceback in the trainer's terminal
                log.warning("demo handler %s failed: %s", fn.__name__, code_of(exc))
                text = say(f"⚠️ Ada yang gagal ({code_of(exc)}); demo tetap jalan.",
                           f"⚠️ Something failed ({code_of(exc)}); the demo goes on.")  # fmt: skip
                if outputs == 1:
                    return text
                import gradio as gr

                return (text, *(gr.skip() for _ in range(outputs - 1)))

        return wrapper

    return wrap(fn) if fn is not None else wrap


CSS = """
#gigai-top {align-items:center; gap:6px; flex-wrap:nowrap}
#gigai-top > .column {min-width:0 !important}
#gigai-head {font-size:.9em; line-height:1.3}
#gigai-head .gigai-title {font-weight:700; margin-right:8px}
.gigai-badge {display:inline-block; padding:1px 10px; border-radius:999px; font-size:.9em; font-weight:600}
#gigai-spend {text-align:right; font-size:.8em; line-height:1.25}
.gigai-offline {background:#fff4d6; color:#7a5200; border:1px solid #f0c36d}
.gigai-online {background:#e3f6e8; color:#1d6b34; border:1px solid #8fd3a3}
.gigai-notice {margin-top:2px; padding:2px 8px; background:#fdecea; color:#8a1c12; border-radius:6px; font-size:.85em}
#gigai-trainer {padding:0 !important}
#gigai-trainer > button {padding:4px 8px !important; font-size:.85em}
#gigai-tabs {gap:6px}
#gigai-tabs .tab-wrapper {height:32px; padding-bottom:0}
#gigai-tabs button[role=tab] {padding:2px 10px; font-size:.9em; height:32px}
#gigai-demo-chat {height:calc(100vh - 215px) !important; min-height:200px}
.gradio-container .main {padding-top:4px !important}
.gradio-container .contain {gap:8px}
#gigai-studio #video, #gigai-sample-video {height:auto !important; max-height:62vh}
#gigai-studio video, #gigai-sample-video video {max-height:52vh !important; width:auto; margin:auto}
"""


def _head(model: DemoModel, note: str | None = None) -> str:
    """The one-line header: the app's name and the provider badge (with a notice below it)."""
    title = html.escape(say("gigai · demo langsung", "gigai · live demo"))
    return f'<div id="gigai-head"><span class="gigai-title">{title}</span>{badge(model, note)}</div>'


def build_demo_app(
    *,
    business: str = "kopi-kita",
    provider: str | None = None,
    providers: list[str] | None = None,
    cassette: str | Path | None = None,
    studio: bool = True,
    timeout: float = 20.0,
    work_dir: str | Path | None = None,
) -> gr.Blocks:
    """One Gradio app for the projector. Returns the Blocks (never launches). Used in: trainer notes."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from gigai._deps import require
    from gigai.apps.trainer_gate import refused, trainer_allowed, with_request
    from gigai.apps.uploads import limit_uploads

    gr = require("gradio")
    choices = providers or provider_choices()
    start = provider or ("offline" if "offline" in choices else choices[0])
    if start not in choices:
        choices = [start, *choices]
    model = DemoModel(start, cassette=cassette, timeout=timeout)

    with gr.Blocks(title=say("gigai · demo langsung", "gigai · live demo"), analytics_enabled=False) as demo:
        with gr.Row(equal_height=False, elem_id="gigai-top"):
            with gr.Column(scale=5, min_width=0):
                status = gr.HTML(_head(model), elem_id="gigai-demo-status", padding=False)
            with gr.Column(scale=2, min_width=0):
                meter = gr.HTML(spend_meter(), elem_id="gigai-spend", padding=False)
            # Trainer only: hidden until the page load says this browser is the trainer's.
            with gr.Column(scale=2, min_width=0, visible=False) as trainer_col:
                with gr.Accordion(say("⚙️ Kontrol trainer", "⚙️ Trainer controls"), open=False,
                                  elem_id="gigai-trainer"):  # fmt: skip
                    pick = gr.Dropdown(choices, value=start, label=say("Penyedia AI", "AI provider"),
                                       elem_id="gigai-provider")  # fmt: skip
                    record = gr.Checkbox(False, label=say("⏺️ Rekam untuk replay", "⏺️ Record for replay"),
                                         elem_id="gigai-record")  # fmt: skip
                    refresh_btn = gr.Button(say("🔄 perbarui meter", "🔄 refresh meter"), size="sm")

        @safe(outputs=2)
        def on_pick(name: str, request: gr.Request):
            if not trainer_allowed(request):
                log.warning("demo: provider switch refused for a visitor")
                return _head(model, refused()), model.name
            model.select(name)
            return _head(model), model.name

        @safe(outputs=2)
        def on_record(on: bool, request: gr.Request):
            if not trainer_allowed(request):
                log.warning("demo: recording switch refused for a visitor")
                return _head(model, refused()), model.record
            model.record = bool(on)
            return _head(model), model.record

        @safe(outputs=2)
        def refresh() -> tuple[str, str]:
            return _head(model), spend_meter()

        with gr.Tabs(elem_id="gigai-tabs"):
            with gr.Tab("💬 Chatbot"):
                _chat_tab(gr, model, business)
            sample = None
            if studio:
                with gr.Tab("🎞️ Video Studio", elem_id="gigai-studio"):
                    from gigai.apps.trainer_gate import sample_promo_panel

                    sample = sample_promo_panel(gr, business)
                    _studio_tab(gr, model, work_dir)

        def controls(request: gr.Request):
            allowed = trainer_allowed(request)
            shown = [
                gr.update(visible=allowed),
                gr.update(interactive=allowed),
                gr.update(interactive=allowed),
            ]
            return (*shown, gr.update(visible=allowed)) if sample is not None else tuple(shown)

        for fn in (on_pick, on_record, controls):  # string annotations (PEP 563) hide gr.Request from Gradio
            with_request(fn, gr)
        pick.input(on_pick, pick, [status, pick], api_name="set_provider")
        record.input(on_record, record, [status, record], api_name="set_record")
        refresh_btn.click(refresh, None, [status, meter], api_name="refresh")
        targets = [trainer_col, pick, record] + ([sample] if sample is not None else [])
        demo.load(controls, None, targets, api_visibility="private", queue=False)
        gr.Timer(3.0).tick(
            refresh, None, [status, meter], api_name="auto_refresh", api_visibility="private", queue=False
        )
    demo.gigai_model = model  # for tests and notebooks
    from gigai.apps.quiet import quiet_errors

    return limit_uploads(quiet_errors(demo))  # a participant's mistake is one log line, never a traceback


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
            placeholder=say("Ketik pertanyaan…", "Type a question…"),
            show_label=False,
            submit_btn=say("Kirim", "Send"),
            max_lines=2,
            max_length=bot.max_chars,
            elem_id="gigai-demo-input",
        )
        gr.ChatInterface(
            chat_handler(bot),
            chatbot=chatbot,
            textbox=textbox,
            examples=list(p.examples)[:4] or None,
            examples_label=say("Contoh pertanyaan", "Example questions"),
            api_name="chat",
            save_history=False,
        )
    except Exception as exc:  # noqa: BLE001 - the other tab must still work
        log.warning("chat tab unavailable: %s", code_of(exc))
        gr.Markdown(say(
            f"⚠️ Chatbot belum tersedia ({code_of(exc)}).\n\nCoba `gigai chat --provider offline` di terminal "
            "untuk melihat pesan lengkapnya.",
            f"⚠️ The chatbot is not available ({code_of(exc)}).\n\nTry `gigai chat --provider offline` in a "
            "terminal to see the full message.",
        ))  # fmt: skip


def _studio_tab(gr: Any, model: DemoModel, work_dir: str | Path | None) -> None:
    try:
        from gigai.apps.studio import studio_tab

        # the demo's own provider switch writes the storyboards: offline on screen means no upstream call
        studio_tab(provider=model, work_dir=work_dir)
    except Exception as exc:  # noqa: BLE001
        log.warning("studio tab unavailable: %s", code_of(exc))
        gr.Markdown(say(
            f"⚠️ Video Studio belum tersedia ({code_of(exc)}).\n\nCoba `gigai video render --help` di terminal.",
            f"⚠️ The Video Studio is not available ({code_of(exc)}).\n\nTry `gigai video render --help` in a "
            "terminal.",
        ))  # fmt: skip


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
        prevent_thread_lock=not block, trainer_note=True,
    )  # fmt: skip


if __name__ == "__main__":  # pragma: no cover
    main()
