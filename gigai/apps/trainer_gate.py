"""Who may touch the trainer's controls in the demo app, and the 30-second sample promo the trainer opens with.

    trainer_allowed(request)    # True for the trainer's own machine or a visitor logged in with the password

A visitor on the room's wifi can chat and use the studio, but cannot switch the provider (the trainer's key
and budget), turn recording on, or start renders on the trainer's laptop. Used in: the trainer's demo.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("gigai.apps.demo")

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
REFUSED = (
    "🔒 Hanya trainer (di laptop trainer, atau dengan kata sandi share) yang bisa mengubah ini. / "
    "Only the trainer (on the trainer's laptop, or with the share password) can change this."
)


def _host_name(host_header: str) -> str:
    host = (host_header or "").strip().lower()
    if host.startswith("["):  # [::1]:7860
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def trainer_allowed(request: Any) -> bool:
    """True for a loopback client that came straight in (no proxy, loopback Host) or a logged-in visitor."""
    if request is None:  # a direct Python call (notebook, test), not a browser
        return True
    if getattr(request, "username", None):  # behind the share password (launch_shared's auth)
        return True
    headers = getattr(request, "headers", None) or {}
    if headers.get("x-forwarded-for") or headers.get("forwarded"):  # a tunnel or proxy: not this machine
        return False
    client = getattr(getattr(request, "client", None), "host", None)
    return client in LOOPBACK and _host_name(headers.get("host", "")) in LOOPBACK


def with_request(fn: Any, gr: Any) -> Any:
    """Give ``fn``'s ``request`` parameter the real ``gr.Request`` annotation so Gradio passes the request.

    With ``from __future__ import annotations`` the annotation is the string "gr.Request", which Gradio cannot
    resolve when ``gr`` is imported inside a function; it would then call ``fn`` without the request.
    """
    fn.__annotations__["request"] = gr.Request
    wrapped = getattr(fn, "__wrapped__", None)
    if wrapped is not None:
        wrapped.__annotations__["request"] = gr.Request
    return fn


def render_sample(business: str = "kopi-kita", out_dir: str | Path | None = None) -> tuple[Path | None, str]:
    """Render the kit's 30-second sample promo offline: (path or None, bilingual note with the time taken)."""
    try:
        from gigai.video import sample_promo
    except (ImportError, AttributeError):
        return None, (
            "ℹ️ Contoh promo belum tersedia di versi gigai ini. / The sample promo is not available in this "
            'gigai version. Coba / Try: `pip install -U -e ".[labs]"`'
        )
    folder = Path(out_dir) if out_dir else Path(tempfile.mkdtemp(prefix="gigai-contoh-"))
    t0 = time.monotonic()
    path = sample_promo(folder / f"contoh-promo-{business}.mp4", business=business)
    took = time.monotonic() - t0
    return Path(path), f"✅ Dibuat offline dalam {took:.1f} detik / rendered offline in {took:.1f} s"


def sample_promo_panel(gr: Any, business: str) -> None:
    """An accordion with one button that renders the sample promo on the spot (trainer only)."""
    with gr.Accordion("🎬 Contoh promo 30 detik (offline) / 30-second sample promo", open=False):
        button = gr.Button(
            "▶️ Buat contoh sekarang / render the sample now", size="sm", elem_id="gigai-sample-btn"
        )
        note = gr.Markdown()
        video = gr.Video(label="Contoh / sample", elem_id="gigai-sample-video", interactive=False)

        def make(request: gr.Request):
            if not trainer_allowed(request):
                return gr.skip(), REFUSED
            try:
                path, text = render_sample(business)
            except Exception as exc:  # noqa: BLE001 - one line in the log, a notice on screen
                code = getattr(exc, "code", None) or type(exc).__name__
                log.warning("sample promo failed: %s", code)
                return gr.skip(), f"⚠️ Contoh gagal dibuat ({code}). / The sample failed."
            return (str(path) if path else gr.skip()), text

        with_request(make, gr)
        button.click(make, None, [video, note], api_name="sample_promo", concurrency_limit=1)
