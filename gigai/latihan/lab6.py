"""Lab 6 exercises: a storyboard with a fast hook, a call to action, and a sensible length."""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import scene_duration, scene_text, scenes_of
from gigai.latihan.core import Exercise, Lab, expect

HOOK_MAX_SECONDS = 3.0
MIN_TOTAL, MAX_TOTAL = 15.0, 60.0
CTA_WORDS = ("pesan", "order", "beli", "klik", "kunjungi", "hubungi", "follow", "ikuti", "dm", "wa ", "whatsapp",
             "cek", "coba", "daftar", "link", "checkout", "datang", "mampir", "gofood", "grabfood", "shopee",
             "tokopedia", "booking", "sekarang", "buy", "visit", "call")


def _hook(storyboard: Any) -> None:
    scenes = scenes_of(storyboard)
    expect(scenes, "Storyboard belum punya scene.", "The storyboard has no scenes.")
    first = scene_duration(scenes[0])
    expect(first <= HOOK_MAX_SECONDS, f"Scene pertama {first:g} detik. Hook harus <= {HOOK_MAX_SECONDS:g} detik: "
           "penonton memutuskan scroll dalam 3 detik.", f"The first scene is {first:g} s; a hook must be "
           f"<= {HOOK_MAX_SECONDS:g} s.")
    expect(scene_text(scenes[0]).strip(), "Scene hook belum ada teks/narasinya.", "The hook scene has no text.")


def _cta(storyboard: Any) -> None:
    scenes = scenes_of(storyboard)
    expect(len(scenes) >= 2, "Buat minimal 2 scene: hook dan ajakan.", "Make at least 2 scenes: hook and CTA.")
    last = scene_text(scenes[-1]).lower() + " "
    expect(any(w in last for w in CTA_WORDS),
           "Scene terakhir belum berisi ajakan bertindak (misalnya 'Pesan sekarang via WhatsApp!').",
           "The last scene has no call to action (e.g. 'Order now on WhatsApp!').")


def _length(storyboard: Any) -> None:
    scenes = scenes_of(storyboard)
    expect(len(scenes) >= 3, f"Baru {len(scenes)} scene; buat minimal 3 (hook, isi, ajakan).",
           f"Only {len(scenes)} scenes; make at least 3 (hook, body, CTA).")
    total = sum(scene_duration(s) for s in scenes)
    expect(MIN_TOTAL <= total <= MAX_TOTAL, f"Total {total:g} detik. Video pendek promo: {MIN_TOTAL:g}-{MAX_TOTAL:g}"
           " detik.", f"Total {total:g} s; a short promo is {MIN_TOTAL:g}-{MAX_TOTAL:g} s.")


q1 = Exercise("q1", "Hook <= 3 detik di scene pertama", _hook, vars=("storyboard",), hints=[
    "Lihat durasi scene pertama: `storyboard.scenes[0].duration`.",
    "Ubah lewat tabel: `rows = storyboard.table(); rows[0][\"durasi\"] = 3; storyboard = storyboard.from_table(rows)`.",
], solution_code="rows = storyboard.table()\nrows[0][\"durasi\"] = 3\nrows[0][\"narasi\"] = \"Ngantuk di kelas pagi?\"\n"
                 "storyboard = storyboard.from_table(rows)")
q2 = Exercise("q2", "Ajakan bertindak di scene terakhir", _cta, vars=("storyboard",), hints=[
    "Penonton harus tahu langkah berikutnya: pesan, klik, DM, datang.",
    "Isi `Brief(cta=\"Pesan via GoFood sekarang!\")` atau edit narasi scene terakhir.",
], solution_code="rows = storyboard.table()\nrows[-1][\"narasi\"] = \"Pesan sekarang via GoFood, ya!\"\n"
                 "storyboard = storyboard.from_table(rows)")
q3 = Exercise("q3", "Panjang video 15-60 detik", _length, vars=("storyboard",), hints=[
    "Jumlahkan durasi semua scene: `storyboard.duration`.",
    "Tambah/kurangi scene, atau ubah kolom durasi di `storyboard.table()`.",
], solution_code="print(storyboard.duration)  # atur durasi tiap scene sampai total 15-60 detik")

lab = Lab("lab6", "Lab 6: Storyboard video pendek", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress", "HOOK_MAX_SECONDS", "CTA_WORDS"]
