"""Lab 5 exercises: a Gradio app object, and a safe way to share it."""

from __future__ import annotations

from typing import Any

from gigai.latihan.core import Exercise, Lab, expect

SHARE_MODES = ("local", "lan", "share", "server")


def _demo(demo: Any) -> None:
    module = type(demo).__module__ or ""
    expect(module.startswith("gradio") and callable(getattr(demo, "launch", None)),
           "`demo` harus objek Gradio (gr.Blocks / gr.ChatInterface) yang belum di-launch.",
           "`demo` must be a Gradio object (gr.Blocks / gr.ChatInterface).")
    expect(type(demo).__name__ in ("Blocks", "ChatInterface", "Interface", "TabbedInterface")
           or hasattr(demo, "blocks"), "`demo` belum berupa aplikasi Gradio utuh.", "`demo` is not a whole app.")


def _share(share_mode: Any, auth: Any = None) -> None:
    expect(isinstance(share_mode, str) and share_mode.strip().lower() in SHARE_MODES,
           f"Pilih salah satu: {', '.join(SHARE_MODES)}.", f"Choose one of: {', '.join(SHARE_MODES)}.")
    if share_mode.strip().lower() == "share":
        ok = (isinstance(auth, (tuple, list)) and len(auth) == 2 and all(isinstance(a, str) for a in auth)
              and auth[0].strip() and len(auth[1]) >= 6)
        expect(ok, "Link share itu PUBLIK: isi `auth = (\"user\", \"password-minimal-6\")`.",
               'Share links are PUBLIC: set `auth = ("user", "password-of-6+")`.')


q1 = Exercise("q1", "Aplikasi Gradio dibuat", _demo, vars=("demo",), hints=[
    "Fungsi `build_chat_app(bot)` MENGEMBALIKAN aplikasi; jangan langsung launch.",
    "`from gigai.apps.chat_app import build_chat_app` lalu `demo = build_chat_app(bot)`.",
], solution_code="from gigai.apps.chat_app import build_chat_app\n\ndemo = build_chat_app(bot)")
q2 = Exercise("q2", "Pilih cara berbagi", _share, vars=("share_mode", "auth?"), hints=[
    "Di kelas satu wifi: 'lan'. Untuk teman di luar: 'share' (link publik 72 jam) + password.",
    "`share_mode = \"lan\"` atau `share_mode = \"share\"; auth = (\"tamu\", \"kopi2026\")`.",
], solution_code='share_mode = "share"\nauth = ("tamu", "kopi-rahasia-2026")')

lab = Lab("lab5", "Lab 5: Aplikasi web Gradio", [q1, q2])
progress = lab.progress
__all__ = ["q1", "q2", "lab", "progress", "SHARE_MODES"]
