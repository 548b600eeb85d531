"""Lab 1 exercises: choose a provider, keep keys secret, first chat.

    from gigai.latihan import lab1
    lab1.q1.check()
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from gigai.latihan._util import known_providers
from gigai.latihan.core import Exercise, Lab, expect

DEMO_KEY = "sk-proj.CONTOH.bukan.kunci.asli.WXYZ"  # fake; dots keep secret scanners quiet

SOLUTION_Q1 = 'provider = "offline"  # tanpa kunci API; "gemini"/"groq" kalau kamu punya kunci'
SOLUTION_Q2 = """\
api_key = lab1.DEMO_KEY  # kunci palsu, hanya untuk latihan
kunci_tersamar = mask(api_key)
print(kunci_tersamar)"""
SOLUTION_Q3 = """\
jawaban = gigai.chat("Apa saja yang bisa kamu bantu untuk usaha kecil seperti warung kopi?", provider=provider)
print(jawaban)"""


def _provider(provider: Any) -> None:
    expect(isinstance(provider, str), "`provider` harus berupa teks dalam tanda kutip, misalnya \"gemini\".",
           '`provider` must be a string, e.g. "gemini".')
    names = known_providers()
    expect(provider.strip().lower() in names,
           f"Provider '{provider}' tidak dikenal. Pilihan: {', '.join(names)}.",
           f"Unknown provider '{provider}'. Choices: {', '.join(names)}.")


_MASK_RUN = re.compile(r"(\*{3,}|\.{3,}|…|x{3,}|X{3,}|•{3,}|#{3,}|\[[^\]]*\])")


def _masked(masked: Any, api_key: Any = None) -> None:
    key = api_key if isinstance(api_key, str) and api_key else DEMO_KEY
    expect(isinstance(masked, str), "`kunci_tersamar` harus berupa teks.", "`kunci_tersamar` must be a string.")
    expect(masked != key and key.lower() not in masked.lower(),
           "Kuncinya masih terlihat utuh! Jangan pernah tampilkan kunci.", "The whole key is visible! Never show a key.")
    # What of the key can be read in the masked text: runs of 3+ characters shared with the key.
    blocks = SequenceMatcher(None, key.lower(), masked.lower(), autojunk=False).get_matching_blocks()
    shown = [b.size for b in blocks if b.size >= 3]
    expect(max(shown, default=0) <= 8 and sum(shown) <= len(key) / 2,
           "Terlalu banyak bagian kunci yang terlihat: sisakan paling banyak awal dan akhirnya saja.",
           "Too much of the key is visible: show at most its start and end.")
    expect(_MASK_RUN.search(masked), "Belum ada tanda bahwa kunci disamarkan (misalnya '...' atau '****').",
           "Show that the key is masked (e.g. '...' or '****').")


def _reply(jawaban: Any) -> None:
    text = str(getattr(jawaban, "text", jawaban))
    expect(isinstance(jawaban, str) or hasattr(jawaban, "text"),
           "`jawaban` harus teks balasan dari gigai.chat(...).", "`jawaban` must be the text returned by gigai.chat.")
    expect(len(text.strip()) >= 2, "Jawabannya kosong. Sudahkah kamu memanggil gigai.chat(...)?",
           "The reply is empty. Did you call gigai.chat(...)?")
    tokens = re.findall(r"\w+", text)
    expect(len(tokens) >= 2 and len(text.strip()) >= 8,
           f"`jawaban` berisi '{text.strip()}', belum kalimat balasan dari model. Simpan hasil "
           "`gigai.chat(\"pertanyaanmu\", provider=provider)` di `jawaban`.",
           "`jawaban` is not a reply from the model yet: store the result of gigai.chat(...) in it.")


q1 = Exercise("q1", "Pilih provider", _provider, vars=("provider",), hints=[
    "Lihat tabel provider di bagian 2: kolom *Perlu apa* menunjukkan mana yang bisa dipakai tanpa kunci API.",
    'Tanpa kunci, pakai mesin bawaan gigai: `provider = "offline"`. Punya kunci Gemini? `"gemini"`.',
], solution_code=SOLUTION_Q1)
q2 = Exercise("q2", "Samarkan kunci API", _masked, vars=("kunci_tersamar", "api_key?"), hints=[
    "Kunci API itu seperti PIN ATM: yang boleh terlihat hanya potongan kecil, sisanya disembunyikan.",
    "Di bagian 4 ada fungsi yang menyamarkan kunci. Panggil fungsi itu dengan `api_key`.",
    "`kunci_tersamar = mask(api_key)`",
], solution_code=SOLUTION_Q2)
q3 = Exercise("q3", "Chat pertama", _reply, vars=("jawaban",), hints=[
    "Kirim satu kalimat pertanyaanmu sendiri lewat fungsi chat gigai, dengan provider pilihanmu.",
    '`jawaban = gigai.chat("pertanyaanmu", provider=provider)`',
], solution_code=SOLUTION_Q3)

lab = Lab("lab1", "Lab 1: Mulai dengan LLM", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress", "DEMO_KEY"]
