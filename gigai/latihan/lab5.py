"""Lab 5 exercises: a Gradio app for your own bot, and the right way to share it with the room."""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import expect_own_business, get
from gigai.latihan.core import Exercise, Lab, expect, fail
from gigai.latihan.judge import business_problem

SHARE_MODES = ("local", "lan", "share", "server")

SOLUTION_Q1 = """\
bot_saya = Chatbot(
    persona=Persona(name="Kece", business="Thrift Kece Bandung", tone="ramah, santai",
                    topics=["produk", "harga", "jam buka", "cara pesan"],
                    admin_contact="WhatsApp 0812-3456-7890"),
    knowledge=Knowledge.from_markdown(
        "# Thrift Kece Bandung\\n\\nHarga: jaket denim Rp 85.000, kemeja flanel Rp 55.000.\\n"
        "Jam buka: Senin-Sabtu pukul 10.00-21.00.\\nCara pesan: DM Instagram @thriftkece.",
        source="thrift_kece.md"),
)
demo = build_chat_app(bot_saya)
print(bot_saya.reply("Berapa harga jaket denim?", []).text)"""
SOLUTION_Q2 = """\
cara_berbagi = "lan"  # teman sekelas di wifi yang sama
auth = ("tamu", "kece-2026")  # opsional di wifi kelas, wajib untuk link publik"""


def _demo(demo: Any) -> None:
    module = type(demo).__module__ or ""
    expect(module.startswith("gradio") and callable(getattr(demo, "launch", None)),
           "`demo` harus aplikasi Gradio (hasil build_chat_app(...)) yang belum di-launch.",
           "`demo` must be a Gradio app (from build_chat_app(...)), not launched yet.")
    expect(type(demo).__name__ in ("Blocks", "ChatInterface", "Interface", "TabbedInterface")
           or hasattr(demo, "blocks"), "`demo` belum berupa aplikasi Gradio utuh.", "`demo` is not a whole app.")
    title = str(get(demo, "title", default="") or "")
    expect_own_business(title, "Aplikasimu")
    business = title.split("·")[-1].strip()  # build_chat_app titles an app "<bot name> · <business>"
    problem = business_problem(business, "Judul aplikasimu")
    expect(problem is None, (problem or "") + " Aplikasi dari `build_chat_app(bot_saya)` memakai nama usaha di "
           "Persona(business=...).", problem or "")


def _share(share_mode: Any, auth: Any = None) -> None:
    expect(isinstance(share_mode, str) and share_mode.strip().lower() in SHARE_MODES,
           f"Pilih salah satu: {', '.join(SHARE_MODES)}.", f"Choose one of: {', '.join(SHARE_MODES)}.")
    mode = share_mode.strip().lower()
    if mode == "local":
        fail("'local' hanya bisa dibuka dari laptopmu sendiri (127.0.0.1): teman sekelas tidak bisa masuk.",
             "'local' only opens on your own laptop (127.0.0.1): classmates cannot reach it.")
    if mode == "share":
        fail("'share' membuat link PUBLIK lewat internet (butuh internet, sering diblokir antivirus). Untuk teman "
             "di wifi yang sama, ada cara yang tidak keluar ke internet.",
             "'share' makes a PUBLIC internet link; for classmates on the same wifi there is a local way.")
    if mode == "server":
        fail("'server' untuk aplikasi yang jalan terus di server (deploy), bukan untuk dicoba teman sekelas sekarang.",
             "'server' is for a deployed app, not for classmates trying it now.")
    if auth is not None:
        ok = (isinstance(auth, (tuple, list)) and len(auth) == 2 and all(isinstance(a, str) for a in auth)
              and auth[0].strip() and len(auth[1]) >= 6)
        expect(ok, 'Kalau memakai `auth`, isi `("nama_pengguna", "password-minimal-6-huruf")`.',
               'If you use `auth`, set `("user", "password-of-6+")`.')


q1 = Exercise("q1", "Aplikasi Gradio untuk bot-mu", _demo, vars=("demo",), hints=[
    "Di bagian 2 ada fungsi yang MEMBANGUN aplikasi dari sebuah bot tanpa meluncurkannya. Bot siapa yang dipakai?",
    "Buat dulu `bot_saya = Chatbot(persona=Persona(...), knowledge=...)` untuk usahamu (salin dari Lab 3), "
    "lalu `demo = build_chat_app(bot_saya)`.",
], solution_code=SOLUTION_Q1)
q2 = Exercise("q2", "Pilih cara berbagi", _share, vars=("cara_berbagi", "auth?"), hints=[
    "Teman sekelas ada di wifi yang sama denganmu. Baca lagi tabel cara berbagi: mana yang tidak butuh internet?",
    "Mode yang membuka aplikasi di alamat wifi laptopmu (misalnya `http://192.168.1.23:7860`).",
    '`cara_berbagi = "lan"`',
], solution_code=SOLUTION_Q2)

lab = Lab("lab5", "Lab 5: Aplikasi web Gradio", [q1, q2])
progress = lab.progress
__all__ = ["q1", "q2", "lab", "progress", "SHARE_MODES"]
