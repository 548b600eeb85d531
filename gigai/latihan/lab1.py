"""Lab 1 exercises: choose a provider, keep keys secret, first chat.

    from gigai.latihan import lab1
    lab1.q1.check()
"""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import known_providers
from gigai.latihan.core import Exercise, Lab, expect

DEMO_KEY = "sk-proj.CONTOH.bukan.kunci.asli.WXYZ"  # fake; dots keep secret scanners quiet


def _provider(provider: Any) -> None:
    expect(isinstance(provider, str), "`provider` harus berupa teks, misalnya \"offline\".",
           '`provider` must be a string, e.g. "offline".')
    names = known_providers()
    expect(provider.strip().lower() in names,
           f"Provider '{provider}' tidak dikenal. Pilihan: {', '.join(names)}.",
           f"Unknown provider '{provider}'. Choices: {', '.join(names)}.")


def _masked(masked: Any, api_key: Any = None) -> None:
    key = api_key if isinstance(api_key, str) and api_key else DEMO_KEY
    expect(isinstance(masked, str), "`masked_key` harus berupa teks.", "`masked_key` must be a string.")
    expect(masked != key and key not in masked, "Kuncinya masih terlihat utuh! Jangan pernah tampilkan kunci.",
           "The whole key is visible! Never show a key.")
    leaked = any(key[i:i + 8] in masked for i in range(0, max(1, len(key) - 8)))
    expect(not leaked, "Terlalu banyak bagian kunci yang terlihat (8 huruf berurutan atau lebih).",
           "Too much of the key is visible (8 characters in a row or more).")
    expect(len(masked) >= 4 and ("..." in masked or "*" in masked or "…" in masked),
           "Tanda bahwa kunci disamarkan belum ada (misalnya '...' atau '****').",
           "Show that the key is masked (e.g. '...' or '****').")


def _reply(reply: Any) -> None:
    text = str(getattr(reply, "text", reply))
    expect(isinstance(reply, str) or hasattr(reply, "text"), "`reply` harus teks jawaban dari gigai.chat(...).",
           "`reply` must be the text returned by gigai.chat(...).")
    expect(len(text.strip()) >= 2, "Jawabannya kosong. Sudahkah kamu memanggil gigai.chat(...)?",
           "The reply is empty. Did you call gigai.chat(...)?")


q1 = Exercise("q1", "Pilih provider", _provider, vars=("provider",), hints=[
    "Tanpa kunci API, pilih mesin offline bawaan gigai.",
    'Tulis `provider = "offline"` (atau "gemini"/"groq" kalau kamu punya kunci).',
], solution_code='provider = "offline"')
q2 = Exercise("q2", "Samarkan kunci API", _masked, vars=("masked_key", "api_key?"), hints=[
    "Kunci API itu seperti PIN ATM: jangan pernah dicetak utuh.",
    "gigai punya fungsi `gigai.config.mask(...)`.",
    "`masked_key = gigai.config.mask(api_key)`",
], solution_code="from gigai import config\n\napi_key = lab1.DEMO_KEY\nmasked_key = config.mask(api_key)\n"
                 "print(masked_key)")
q3 = Exercise("q3", "Chat pertama", _reply, vars=("reply",), hints=[
    "Panggil `gigai.chat(...)` dengan satu kalimat pertanyaan.",
    '`reply = gigai.chat("Halo! Kenalin dong, kamu siapa?", provider=provider)`',
], solution_code='import gigai\n\nreply = gigai.chat("Halo! Kenalin dong, kamu siapa?", provider=provider)\n'
                 "print(reply)")

lab = Lab("lab1", "Lab 1: Mulai dengan LLM", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress", "DEMO_KEY"]
