"""Who may touch the trainer's controls in the demo app, and the short sample promo the trainer opens with.

    trainer_allowed(request)    # True on the trainer's own laptop, or for the "trainer" login

Participants (on the room's wifi, or logged in through a share link with the participants' password) chat
and use the studio; they never switch the provider (the trainer's key and budget), turn recording on, or
start renders on the trainer's laptop. The trainer reaches those controls from the laptop itself (a
loopback client with a loopback Host, no proxy headers) or, from another device, by logging in as
``trainer`` with the trainer secret (``GIGAI_TRAINER_SECRET``), which is separate from the share password
and never printed. Used in: the trainer's demo app.
"""

from __future__ import annotations

import hmac
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from gigai.lang import say

log = logging.getLogger("gigai.apps.demo")

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
TRAINER_USER = "trainer"
SECRET_ENV = "GIGAI_TRAINER_SECRET"
MIN_SECRET = 10


def refused() -> str:
    """The notice a participant sees when a trainer control refuses them."""
    return say(
        "🔒 Hanya trainer (di laptop trainer, atau login trainer) yang bisa mengubah ini.",
        "🔒 Only the trainer (on the trainer's laptop, or with the trainer login) can change this.",
    )


def trainer_secret(share_password: str | None = None) -> str | None:
    """The trainer secret from ``GIGAI_TRAINER_SECRET`` (None when unset); refused if short or the share password."""
    from gigai.errors import AppError

    secret = (os.environ.get(SECRET_ENV) or "").strip()
    if not secret:
        return None
    if len(secret) < MIN_SECRET:
        raise AppError(
            "E240",
            f"{SECRET_ENV} terlalu pendek (minimal {MIN_SECRET} karakter).",
            f"{SECRET_ENV} is too short (at least {MIN_SECRET} characters).",
            hint=f"Pakai kata sandi acak yang panjang di .env: {SECRET_ENV}=...",
        )
    if share_password and hmac.compare_digest(secret, share_password):
        raise AppError(
            "E241",
            "Kata sandi trainer sama dengan kata sandi peserta.",
            "The trainer secret equals the participants' password.",
            hint=f"Pilih {SECRET_ENV} yang berbeda dari kata sandi share.",
        )
    return secret


def _host_name(host_header: str) -> str:
    host = (host_header or "").strip().lower()
    if host.startswith("["):  # [::1]:7860
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def on_this_laptop(request: Any) -> bool:
    """True for a loopback client that came straight in: no proxy or tunnel headers and a loopback Host.

    A share link arrives through Gradio's tunnel client on this laptop (a loopback client), but with the
    tunnel's Host (``*.gradio.live``) and forwarding headers, so it is not "this laptop".
    """
    headers = getattr(request, "headers", None) or {}
    if headers.get("x-forwarded-for") or headers.get("forwarded") or headers.get("x-real-ip"):
        return False
    client = getattr(getattr(request, "client", None), "host", None)
    return client in LOOPBACK and _host_name(headers.get("host", "")) in LOOPBACK


def trainer_allowed(request: Any) -> bool:
    """True on the trainer's laptop (loopback, straight in) or for the ``trainer`` login; never for participants."""
    if request is None:  # a direct Python call (notebook, test), not a browser
        return True
    if getattr(request, "username", None) == TRAINER_USER:  # only exists when a trainer secret was set
        return True
    return on_this_laptop(request)


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
    """Render the kit's short sample promo offline: (path or None, a note with the time taken)."""
    try:
        from gigai.video import sample_promo
    except (ImportError, AttributeError):
        return None, say(
            'ℹ️ Contoh promo belum tersedia di versi gigai ini. Coba: `pip install -U -e ".[labs]"`',
            'ℹ️ The sample promo is not available in this gigai version. Try: `pip install -U -e ".[labs]"`',
        )
    folder = Path(out_dir) if out_dir else Path(tempfile.mkdtemp(prefix="gigai-contoh-"))
    t0 = time.monotonic()
    path = sample_promo(folder / f"contoh-promo-{business}.mp4", business=business)
    took = time.monotonic() - t0
    return Path(path), say(
        f"✅ Dibuat offline dalam {took:.1f} detik", f"✅ Rendered offline in {took:.1f} s"
    )


def sample_promo_panel(gr: Any, business: str) -> Any:
    """An accordion with one button that renders the sample promo on the spot (trainer only); returns it."""
    with gr.Accordion(
        say("🎬 Contoh video promo (offline)", "🎬 Sample promo video (offline)"),
        open=False,
        visible=False,  # shown by the demo's page load, to the trainer only
        elem_id="gigai-sample",
    ) as panel:
        button = gr.Button(
            say("▶️ Buat contoh sekarang", "▶️ Render the sample now"), size="sm", elem_id="gigai-sample-btn"
        )
        note = gr.Markdown()
        video = gr.Video(label=say("Contoh", "Sample"), elem_id="gigai-sample-video", interactive=False)

        def make(request: gr.Request):
            if not trainer_allowed(request):
                return gr.skip(), refused()
            try:
                path, text = render_sample(business)
            except Exception as exc:  # noqa: BLE001 - one line in the log, a notice on screen
                code = getattr(exc, "code", None) or type(exc).__name__
                log.warning("sample promo failed: %s", code)
                return gr.skip(), say(f"⚠️ Contoh gagal dibuat ({code}).", f"⚠️ The sample failed ({code}).")
            return (str(path) if path else gr.skip()), text

        with_request(make, gr)
        button.click(make, None, [video, note], api_name="sample_promo", concurrency_limit=1)
    return panel
