"""Lab 6 exercises: a storyboard with a hook that stops the scroll, one clear call to action, a sensible length.

The rubrics are written to reject the lab's own bad examples: a hook that greets ("Halo semuanya, selamat
datang di video kami") and a CTA that asks for everything ("follow, like, share, komen, DM, kunjungi toko").
"""

from __future__ import annotations

import re
from typing import Any

from gigai.latihan._util import expect_own_business, get, scene_duration, scene_text, scenes_of
from gigai.latihan.core import Exercise, Lab, expect, fail
from gigai.latihan.judge import language_problem

HOOK_MAX_SECONDS = 3.0
MIN_TOTAL, MAX_TOTAL = 15.0, 60.0
GREETINGS = ("halo", "hallo", "hai", "hay", "hi", "hello", "hey", "selamat datang", "selamat pagi", "selamat siang",
             "selamat sore", "selamat malam", "assalamualaikum", "assalamu alaikum", "permisi", "apa kabar",
             "welcome", "salam", "guys")
SURPRISE = ("ternyata", "rahasia", "jangan", "stop", "berhenti", "awas", "cuma", "hanya", "gratis", "pertama",
            "baru", "salah", "siapa sangka", "nggak nyangka", "gak nyangka", "bayangin", "bayangkan", "serius",
            "beneran", "wajib", "viral", "dijamin", "hemat", "murah")
NUMBER_WORDS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                "belas", "puluh", "ratus", "ribu", "juta", "setengah", "separuh", "persen")
# Actions a viewer can take, grouped: "pesan" and "order" are one action.
ACTIONS = {
    "beli": ("pesan", "order", "beli", "checkout", "borong", "booking", "reservasi", "daftar", "buy"),
    "hubungi": ("dm", "chat", "hubungi", "telepon", "telpon", "call", "wa"),
    "datang": ("datang", "mampir", "kunjungi", "visit"),
    "klik": ("klik", "cek", "tap", "click"),
    "follow": ("follow", "ikuti"),
    "like": ("like", "suka"),
    "share": ("share", "bagikan"),
    "komen": ("komen", "comment", "komentar"),
    "subscribe": ("subscribe", "langganan"),
    "simpan": ("save", "simpan"),
}
CHANNELS = ("whatsapp", "wa", "dm", "instagram", "ig", "tiktok", "shopee", "tokopedia", "gofood", "grabfood",
            "shopeefood", "bio", "link", "website", "situs", "telepon", "telpon", "line", "telegram", "toko",
            "outlet", "alamat", "jl", "jalan", "lokasi", "kedai", "warung", "lazada", "bukalapak", "maps", "inbox")
CTA_WORDS = tuple(w for group in ACTIONS.values() for w in group)  # kept for older notebooks

SOLUTION = """\
draf = write_storyboard(brief_saya, scenes=5)
storyboard = draf.ubah(1, teks="Outfit ospek gitu-gitu aja?", durasi=3)
storyboard = storyboard.ubah(-1, teks="Checkout di Shopee Thrift Kece sekarang!")
storyboard"""
SOLUTION_BRIEF = """\
brief_saya = Brief(
    product="Jaket Denim Thrift",
    business="Thrift Kece Bandung",
    audience="mahasiswa baru",
    price="Rp 85.000",
    benefits=["satu-satunya, nggak bakal kembaran", "sudah dicuci dan siap pakai"],
    cta="Checkout di Shopee Thrift Kece sekarang!",
)"""


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9@]+", text.lower())


def _has(words: list[str], text: str, term: str) -> bool:
    return (" " in term and term in text) or term in words


HOOK_MAX_WORDS = 12  # about what a narrator says in 3 seconds
INTRODUCTIONS = ("kami", "perkenalkan", "kenalin", "inilah", "ini dia", "ini adalah", "video ini", "di video ini",
                 "pada video ini", "saya akan", "aku akan", "kali ini")


def hook_problem(text: str, label: str = "") -> str | None:
    """Why a hook would not stop the scroll (Indonesian), or None. A hook may be a question, a number, a bold
    claim or a surprise; what fails is a greeting, a self-introduction, only the business name (``label``),
    text in English, or more than fits in 3 seconds."""
    low = " ".join(_words(text))
    words = low.split()
    if not words:
        return "Scene hook belum ada teks/narasinya."
    if any(low == g or low.startswith(g + " ") for g in GREETINGS):
        return ("Hook-mu dibuka dengan salam. Salam membuang 3 detik pertama: langsung ke hal yang membuat "
                "penonton penasaran (pertanyaan, angka, klaim berani, atau hal mengejutkan).")
    problem = language_problem(text, "Hook-mu")
    if problem:
        return problem
    if any(low == i or low.startswith(i + " ") for i in INTRODUCTIONS):
        return ("Hook-mu memperkenalkan diri atau videonya. Penonton belum peduli siapa kamu: buka dengan "
                "masalah, rasa, harga, atau hal mengejutkan tentang produkmu.")
    own = set(_words(label))
    if own and set(words) <= own:
        return ("Hook-mu hanya nama usaha/produk. Tambahkan alasan untuk berhenti scroll, misalnya "
                "'Seblak paling nendang se-Cihampelas.' atau 'Level 5, berani?'.")
    if len(words) > HOOK_MAX_WORDS:
        return (f"Hook-mu {len(words)} kata: tidak muat diucapkan dalam 3 detik. Pendekkan jadi paling banyak "
                f"{HOOK_MAX_WORDS} kata.")
    return None


def cta_problem(text: str) -> str | None:
    """Why a CTA text is not one concrete action with a channel (Indonesian), or None when it is. Naming the
    channel (WhatsApp, GoFood, an address, a link in bio) makes the action concrete ("Cari kami di GoFood")."""
    low = " ".join(_words(text))
    words = low.split()
    problem = language_problem(text, "Ajakanmu")
    if problem:
        return problem
    actions = [name for name, verbs in ACTIONS.items() if any(v in words for v in verbs)]
    if len(actions) > 2:
        return (f"Terlalu banyak ajakan sekaligus ({', '.join(actions)}). Pilih SATU langkah yang paling penting.")
    if any(_has(words, low, c) for c in CHANNELS) or "@" in text or re.search(r"\b0\d{2,3}[- ]?\d", text):
        return None
    if not actions:
        return ("Scene terakhir belum berisi ajakan bertindak: apa yang harus penonton lakukan, dan di mana? "
                "(misalnya 'Pesan sekarang via WhatsApp!')")
    return ("Ajakannya belum menyebut di mana: WhatsApp, DM Instagram, GoFood, Shopee, alamat toko, "
            "atau link di bio?")


def _hook_text(scene: Any) -> str:
    """The hook as the viewer meets it: the narration, else the on-screen text."""
    for name in ("narration", "narasi", "on_screen_text", "teks_layar", "text", "caption"):
        value = str(get(scene, name, default="") or "").strip()
        if value:
            return value
    return ""


def _all_text(storyboard: Any) -> str:
    return " ".join(scene_text(s) for s in scenes_of(storyboard)) + " " + str(get(storyboard, "title", default=""))


def _not_template(storyboard: Any, draf: Any, index: int, what: str) -> None:
    scenes = scenes_of(storyboard)
    if draf is not None and draf is not storyboard:
        old = scenes_of(draf)
        if old and scene_text(old[index]).strip() == scene_text(scenes[index]).strip():
            fail(f"{what} masih sama persis dengan draf dari write_storyboard(). Sunting dengan kata-katamu sendiri.",
                 f"The {what.lower()} is still the draft's text; rewrite it in your own words.")
    elif draf is storyboard or get(storyboard, "source", default="") == "template":
        fail("Ini masih naskah template yang belum kamu sunting. Ubah hook dan ajakannya dengan "
             "draf.ubah(1, teks=...) dan .ubah(-1, teks=...).", "This is still the unedited template; edit the hook and CTA with ubah().")


def _hook(storyboard: Any, draf: Any = None) -> None:
    scenes = scenes_of(storyboard)
    expect(scenes, "Storyboard belum punya scene.", "The storyboard has no scenes.")
    expect_own_business(_all_text(storyboard), "Storyboard-mu")
    first = scene_duration(scenes[0])
    expect(first <= HOOK_MAX_SECONDS, f"Scene pertama {first:g} detik. Hook paling lama {HOOK_MAX_SECONDS:g} detik: "
           "penonton memutuskan scroll atau tidak dalam 3 detik.", f"The first scene is {first:g} s; a hook must be "
           f"<= {HOOK_MAX_SECONDS:g} s.")
    label = " ".join(str(x) for x in (get(storyboard, "title", default=""), get(draf, "title", default="")) if x)
    problem = hook_problem(_hook_text(scenes[0]), label)
    expect(problem is None, problem or "", "The hook should make viewers curious: not a greeting, an introduction, "
           "only the business name, or more than 3 seconds of words.")
    _not_template(storyboard, draf, 0, "Hook")


def _cta(storyboard: Any, draf: Any = None) -> None:
    scenes = scenes_of(storyboard)
    expect(len(scenes) >= 2, "Buat minimal 2 scene: hook dan ajakan.", "Make at least 2 scenes: hook and CTA.")
    expect_own_business(_all_text(storyboard), "Storyboard-mu")
    problem = cta_problem(scene_text(scenes[-1]))
    expect(problem is None, problem or "", "The last scene needs ONE concrete action with a channel.")
    _not_template(storyboard, draf, -1, "Ajakan")


def _length(storyboard: Any) -> None:
    scenes = scenes_of(storyboard)
    expect_own_business(_all_text(storyboard), "Storyboard-mu")
    expect(len(scenes) >= 3, f"Baru {len(scenes)} scene; buat minimal 3 (hook, isi, ajakan).",
           f"Only {len(scenes)} scenes; make at least 3 (hook, body, CTA).")
    total = sum(scene_duration(s) for s in scenes)
    expect(MIN_TOTAL <= total <= MAX_TOTAL, f"Total {total:g} detik. Video promo pendek: {MIN_TOTAL:g}-{MAX_TOTAL:g}"
           " detik.", f"Total {total:g} s; a short promo is {MIN_TOTAL:g}-{MAX_TOTAL:g} s.")


q1 = Exercise("q1", "Hook maks. 3 detik yang memancing rasa ingin tahu", _hook, vars=("storyboard", "draf?"), hints=[
    "Bayangkan kamu sedang scroll: kalimat apa di detik pertama yang membuatmu berhenti? Lihat tabel di bagian 1.",
    "Hook yang kuat: pertanyaan, angka, atau hal mengejutkan, dan bukan salam. Durasi scene pertama maks. 3 detik.",
    '`storyboard = draf.ubah(1, teks="Seblak paling nendang se-Cihampelas.", durasi=3)`',
], solution_code=SOLUTION)
q2 = Exercise("q2", "Satu ajakan bertindak dengan kanalnya", _cta, vars=("storyboard", "draf?"), hints=[
    "Setelah menonton, penonton harus tahu SATU langkah berikutnya, dan di mana melakukannya.",
    "Satu kata kerja (pesan, DM, checkout, mampir) + satu kanal (WhatsApp, Instagram, GoFood, Shopee, alamat).",
    '`storyboard = storyboard.ubah(-1, teks="Pesan sekarang via WhatsApp 0812-...!")`',
], solution_code=SOLUTION)
q3 = Exercise("q3", "Panjang video 15-60 detik", _length, vars=("storyboard",), hints=[
    "Video promo pendek yang ditonton sampai habis biasanya di bawah satu menit. Berapa total durasimu?",
    "`storyboard.duration` menjumlahkan durasi semua scene; ubah durasinya: `storyboard.ubah(2, durasi=8)`.",
], solution_code=SOLUTION)

lab = Lab("lab6", "Lab 6: Storyboard video pendek", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress", "HOOK_MAX_SECONDS", "CTA_WORDS", "hook_problem", "cta_problem"]
